package io.factwire.corpus;

import io.factwire.article.QuoteView;
import org.jdbi.v3.core.mapper.Nested;

/** A quote with the article it is in and its position among all quotes. */
public record QuoteRow(long id, String articleId, @Nested QuoteView quote) {}
