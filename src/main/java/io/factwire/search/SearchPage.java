package io.factwire.search;

import io.factwire.article.ArticleSummary;
import java.util.List;

/** One page of search hits, best first; {@code next} is the cursor of the following page, or null. */
public record SearchPage(List<Hit> items, String next) {

    /**
     * A matching article: its summary, its relevance, its title with the matches marked (null when the title
     * did not match) and snippets of its body.
     */
    public record Hit(ArticleSummary article, double score, String titleHighlight, List<Snippet> snippets) {}

    /** A window {@code [start, end)} of the body, its HTML-escaped text with {@code <mark>}ed matches. */
    public record Snippet(String text, int start, int end, List<Span> matches) {}

    /** A match, {@code [start, end)} in the body. */
    public record Span(int start, int end) {}
}
