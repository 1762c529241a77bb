package io.factwire.search;

import io.factwire.search.SearchPage.Snippet;
import io.factwire.search.SearchPage.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts snippets around the matches {@link MatchMarker} found in a text. Each snippet gives its offsets into the unmarked
 * text, the offsets of its matches, and its text HTML-escaped with each match in {@code <mark>}.
 */
final class Snippets {
    static final int CONTEXT = 80;
    static final int MAX_SNIPPETS = 3;

    private Snippets() {}

    /** Up to {@link #MAX_SNIPPETS} windows of {@code text} around its matches, overlapping ones merged. */
    static List<Snippet> around(String text, List<Span> matches) {
        List<Snippet> snippets = new ArrayList<>();
        int i = 0;
        while (i < matches.size() && snippets.size() < MAX_SNIPPETS) {
            int start = wordStart(text, Math.max(0, matches.get(i).start() - CONTEXT));
            int end = wordEnd(text, Math.min(text.length(), matches.get(i).end() + CONTEXT));
            List<Span> inside = new ArrayList<>();
            while (i < matches.size() && matches.get(i).start() < end) {
                end = Math.max(end, matches.get(i).end());
                inside.add(matches.get(i));
                i++;
            }
            snippets.add(new Snippet(marked(text, start, end, inside), start, end, inside));
        }
        return snippets;
    }

    /** {@code text} escaped for HTML, with {@code <mark>} around each span; null when nothing matched. */
    static String highlighted(String text, List<Span> spans) {
        return spans.isEmpty() ? null : marked(text, 0, text.length(), spans);
    }

    private static String marked(String text, int start, int end, List<Span> spans) {
        StringBuilder out = new StringBuilder(end - start + spans.size() * 13);
        int at = start;
        for (Span span : spans) {
            escape(out, text, at, span.start());
            out.append("<mark>");
            escape(out, text, span.start(), span.end());
            out.append("</mark>");
            at = span.end();
        }
        escape(out, text, at, end);
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    // windows start and end at whitespace, so no word is cut in two
    private static int wordStart(String text, int at) {
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
