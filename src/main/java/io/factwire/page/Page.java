package io.factwire.page;

import java.util.List;

/**
 * An article read from a web page: its headline, its text in Factwire's text format (the title line, a blank
 * line, then paragraphs separated by blank lines, section headings as {@code ## Heading} paragraphs) and what
 * the page says about it.
 */
public record Page(String title, List<String> paragraphs, List<Boolean> headings, PageMetadata metadata) {
    public Page {
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
    }

    /** The article in Factwire's text format, ready for the extractor. */
    public String text() {
        StringBuilder out = new StringBuilder(title);
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append("\n\n");
            if (headings.get(i)) {
                out.append("## ");
            }
            out.append(paragraphs.get(i));
        }
        return out.append('\n').toString();
    }

    /** The body alone, paragraphs separated by blank lines, headings as plain paragraphs. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Words as the article-extraction benchmarks count them: runs of letters, digits and underscores. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_';
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
