package io.factwire.article;

/** One row of the {@code articles} table. Dates are ISO 8601 text, as stored. */
public record ArticleRow(String id, String contentHash, String origin, String rawText, String title, String dateline,
                         String body, String publishedAt, String url, String source, int extractorVersion,
                         int revision, String createdAt, String updatedAt) {
    ArticleRow withRevision(int newRevision) {
        return new ArticleRow(id, contentHash, origin, rawText, title, dateline, body, publishedAt, url, source,
                extractorVersion, newRevision, createdAt, updatedAt);
    }

    ArticleRow withId(String newId) {
        return new ArticleRow(newId, contentHash, origin, rawText, title, dateline, body, publishedAt, url, source,
                extractorVersion, revision, createdAt, updatedAt);
    }
}
