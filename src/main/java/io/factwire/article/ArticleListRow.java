package io.factwire.article;

/** An article as the listing shows it: its metadata, its position, and how much was extracted from it. */
public record ArticleListRow(
        long seq,
        String id,
        String title,
        String dateline,
        String publishedAt,
        String url,
        String source,
        int revision,
        String createdAt,
        String updatedAt,
        String authors,
        String modifiedAt,
        String lang,
        String description,
        String image,
        String tags,
        int sections,
        int quotes,
        int facts) {}
