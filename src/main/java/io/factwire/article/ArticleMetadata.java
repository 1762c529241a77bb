package io.factwire.article;

import java.util.List;

/**
 * What is known about an article beyond its date, address and outlet: who wrote it, when it last changed, its
 * language, summary, lead image and tags. From the page or feed it came from, or given in the JSON body or the
 * sidecar. Lists are never null.
 */
public record ArticleMetadata(
        List<String> authors, String modifiedAt, String lang, String description, String image, List<String> tags) {
    public static final ArticleMetadata NONE = new ArticleMetadata(List.of(), null, null, null, null, List.of());

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
