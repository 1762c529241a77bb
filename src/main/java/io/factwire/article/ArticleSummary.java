package io.factwire.article;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factwire.web.AbsoluteLink;
import java.util.List;

/** One entry of the article listing. */
public record ArticleSummary(
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
        int revision,
        String createdAt,
        String updatedAt,
        Counts counts,
        @JsonSerialize(using = AbsoluteLink.class) String link) {

    public record Counts(int sections, int quotes, int facts) {}

    public static ArticleSummary of(ArticleListRow row) {
        return new ArticleSummary(
                row.id(),
                row.title(),
                row.dateline(),
                row.publishedAt(),
                row.url(),
                row.source(),
                JsonLists.read(row.authors()),
                row.modifiedAt(),
                row.lang(),
                row.description(),
                row.image(),
                JsonLists.read(row.tags()),
                row.revision(),
                row.createdAt(),
                row.updatedAt(),
                new Counts(row.sections(), row.quotes(), row.facts()),
                link(row.id()));
    }

    static String link(String id) {
        return "/v1/articles/" + id;
    }
}
