package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits normalised article text into title and body: the first line is the title; paragraphs are separated by
 * blank lines (or stand one to a line); hard-wrapped lines are joined; boilerplate is dropped; headings are
 * marked. The body is rebuilt with one blank line between blocks so every offset is into that text.
 */
final class LayoutParser {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final String PARAGRAPH_BREAK = "\n\n";

    private final BoilerplateFilter boilerplate;
    private final HeadingDetector headings;

    LayoutParser(BoilerplateFilter boilerplate, HeadingDetector headings) {
        this.boilerplate = boilerplate;
        this.headings = headings;
    }

    Layout parse(String text) {
        String trimmed = text.strip();
        int titleEnd = trimmed.indexOf('\n');
        String title = MARKDOWN_HEADING
                .matcher(titleEnd < 0 ? trimmed : trimmed.substring(0, titleEnd))
                .replaceFirst("")
                .strip();
        String rest = titleEnd < 0 ? "" : trimmed.substring(titleEnd + 1);

        List<String> paragraphs = new ArrayList<>();
        for (String chunk : splitAtBlankLines(rest)) {
            paragraphs.addAll(paragraphsOf(chunk.strip()));
        }
        paragraphs = boilerplate.keepArticle(paragraphs);
        List<Boolean> marked = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean markdown = MARKDOWN_HEADING.matcher(paragraphs.get(i)).find();
            marked.add(markdown);
            paragraphs.set(i, MARKDOWN_HEADING.matcher(paragraphs.get(i)).replaceFirst(""));
        }

        StringBuilder body = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        int firstBody = HeadingDetector.firstBodyParagraph(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (body.length() > 0) {
                body.append(PARAGRAPH_BREAK);
            }
            String paragraph = paragraphs.get(i);
            int start = body.length();
            body.append(paragraph);
            // "## A lasting legacy" is a heading by its author's own mark.
            boolean heading = marked.get(i) && i > 0 || headings.isHeading(paragraphs, i, firstBody);
            blocks.add(new Block(start, body.length(), heading));
        }
        return new Layout(title, body.toString(), blocks);
    }

    /**
     * What splitting at the pattern {@code \n\s*\n} gives (trailing empty strings dropped), read by hand: a
     * line break, then the white space after it as far as its last line break. The pattern tried at every position
     * of every body cost more than the paragraphs' other work.
     */
    static List<String> splitAtBlankLines(String text) {
        List<String> parts = new ArrayList<>();
        int n = text.length();
        int index = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != '\n') {
                i++;
                continue;
            }
            int j = i + 1;
            int lastBreak = -1;
            while (j < n && isPatternSpace(text.charAt(j))) {
                if (text.charAt(j) == '\n') {
                    lastBreak = j;
                }
                j++;
            }
            if (lastBreak < 0) {
                // No second line break in this white space: no match starts inside it either.
                i = j;
                continue;
            }
            parts.add(text.substring(index, i));
            index = lastBreak + 1;
            i = lastBreak + 1;
        }
        if (index == 0) {
            return List.of(text);
        }
        parts.add(text.substring(index));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size);
    }

    /** White space as {@code \s} reads it. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A chunk between blank lines is one hard-wrapped paragraph, or one paragraph a line. */
    private static List<String> paragraphsOf(String chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        String[] lines = chunk.split("\n");
        if (lines.length == 1 || looksHardWrapped(lines)) {
            return List.of(String.join(" ", lines));
        }
        return List.of(lines);
    }

    private static boolean looksHardWrapped(String[] lines) {
        int wrapped = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            if (line.length() >= 40 && ".!?:\"”".indexOf(last) < 0) {
                wrapped++;
            }
        }
        // Hard wrapping breaks every line but the last at about the same width, never after a colon or full stop.
        return wrapped == lines.length - 1;
    }
}
