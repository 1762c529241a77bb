package io.factwire.page;

import java.util.List;

/**
 * What a page says about its article. Any member may be null (the lists are empty instead); dates are in the
 * form of {@link Dates#normalize}, URLs absolute.
 */
public record PageMetadata(
        String title,
        List<String> authors,
        String publishedAt,
        String modifiedAt,
        String url,
        String source,
        String lang,
        String description,
        String image,
        List<String> tags) {
    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static final PageMetadata NONE =
            new PageMetadata(null, List.of(), null, null, null, null, null, null, null, List.of());
}
