package io.factwire.search;

import io.factwire.article.ArticleListRow;
import org.jdbi.v3.core.mapper.Nested;

/** A matching article and its relevance (bm25, negated so that higher is better). */
public record SearchRow(@Nested ArticleListRow article, double score) {
}
