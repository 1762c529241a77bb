package io.factwire.article;

import io.factwire.page.Dates;
import java.time.LocalDate;

/**
 * An article to store: its raw text and what is known about it (each may be null except the text and the
 * metadata). {@code publishedAt} is a date ({@code 2025-12-13}) or an RFC 3339 date-time as given.
 */
public record NewArticle(String text, String publishedAt, String url, String source, ArticleMetadata metadata) {
    public NewArticle {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    public NewArticle(String text, LocalDate publishedAt, String url, String source) {
        this(text, publishedAt == null ? null : publishedAt.toString(), url, source, ArticleMetadata.NONE);
    }

    /** The article's local calendar date, against which relative dates in its text are resolved. */
    public LocalDate publishedDate() {
        return Dates.localDate(publishedAt);
    }

    NewArticle withPublishedAt(String newPublishedAt) {
        return new NewArticle(text, newPublishedAt, url, source, metadata);
    }
}
