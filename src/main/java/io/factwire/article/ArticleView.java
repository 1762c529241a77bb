package io.factwire.article;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factwire.web.AbsoluteLink;
import java.util.List;

/**
 * The whole article as {@code GET /v1/articles/{id}} serves it. Unknown metadata is an explicit null.
 * Built only by {@link ArticleService}, and served from cached bytes.
 */
public record ArticleView(
        String id,
        String title,
        String dateline,
        String publishedAt,
        String url,
        String source,
        List<String> authors,
        String modifiedAt,
        String lang,
        String description,
        String image,
        List<String> tags,
        String body,
        List<SectionView> sections,
        List<QuoteView> quotes,
        List<FactView> facts,
        int extractorVersion,
        String contentHash,
        int revision,
        String createdAt,
        String updatedAt,
        Links links) {

    public record Links(
            @JsonSerialize(using = AbsoluteLink.class) String self,
            @JsonSerialize(using = AbsoluteLink.class) String sections,
            @JsonSerialize(using = AbsoluteLink.class) String quotes,
            @JsonSerialize(using = AbsoluteLink.class) String facts) {
        static Links of(String id) {
            String self = ArticleSummary.link(id);
            return new Links(self, self + "/sections", self + "/quotes", self + "/facts");
        }
    }
}
