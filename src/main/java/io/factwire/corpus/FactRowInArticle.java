package io.factwire.corpus;

import io.factwire.article.FactRow;
import org.jdbi.v3.core.mapper.Nested;

/** A fact with the article it is in and its position among all facts. */
public record FactRowInArticle(
        long id, String articleId, @Nested FactRow fact) {}
