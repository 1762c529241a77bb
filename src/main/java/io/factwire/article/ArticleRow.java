package io.factwire.article;

import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/** One row of the {@code articles} table. Dates are ISO 8601 text, as stored; authors and tags JSON arrays. */
public record ArticleRow(
        String id,
        String contentHash,
        String origin,
        String rawText,
        String title,
        String dateline,
        String body,
        String publishedAt,
        String url,
        String source,
        int extractorVersion,
        int revision,
        String createdAt,
        String updatedAt,
        String authors,
        String modifiedAt,
        String lang,
        String description,
        String image,
        String tags) {
    @JdbiConstructor
    public ArticleRow {}

    /** A row without the metadata of pages and feeds (no authors, no tags). */
    public ArticleRow(
            String id,
            String contentHash,
            String origin,
            String rawText,
            String title,
            String dateline,
            String body,
            String publishedAt,
            String url,
            String source,
            int extractorVersion,
            int revision,
            String createdAt,
            String updatedAt) {
        this(
                id,
                contentHash,
                origin,
                rawText,
                title,
                dateline,
                body,
                publishedAt,
                url,
                source,
                extractorVersion,
                revision,
                createdAt,
                updatedAt,
                "[]",
                null,
                null,
                null,
                null,
                "[]");
    }

    ArticleRow withRevision(int newRevision) {
        return new ArticleRow(
                id,
                contentHash,
                origin,
                rawText,
                title,
                dateline,
                body,
                publishedAt,
                url,
                source,
                extractorVersion,
                newRevision,
                createdAt,
                updatedAt,
                authors,
                modifiedAt,
                lang,
                description,
                image,
                tags);
    }

    ArticleRow withId(String newId) {
        return new ArticleRow(
                newId,
                contentHash,
                origin,
                rawText,
                title,
                dateline,
                body,
                publishedAt,
                url,
                source,
                extractorVersion,
                revision,
                createdAt,
                updatedAt,
                authors,
                modifiedAt,
                lang,
                description,
                image,
                tags);
    }
}
