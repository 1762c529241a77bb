package io.factwire.extract;

import java.util.List;

/**
 * Everything extracted from one article. {@code body} is the article text after the title, paragraphs and
 * headings separated by blank lines, boilerplate removed; every offset in here points into it.
 */
public record Extraction(
        String title, String dateline, String body, List<Section> sections, List<Quote> quotes, List<Fact> facts) {
    public Extraction {
        sections = List.copyOf(sections);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
    }
}
