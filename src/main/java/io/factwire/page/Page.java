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

    /**
     * Words: runs of letters and digits, where each Chinese, Japanese or Korean character counts as one, since
     * those scripts write no spaces.
     */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (ideographic(c)) {
                n++;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static boolean ideographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
