package io.factwire.extract;

/**
 * Cleans raw article text before anything else reads it: one kind of line break, no invisible characters,
 * ordinary spaces, no runs of spaces, no spaces at line ends. Quote marks and dashes are kept as written:
 * the body is served as the article's text, and clients highlight in it. One pass over the characters.
 */
final class TextNormalizer {
    String normalize(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        boolean lineStart = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\u2028' || c == '\u2029') {
                c = '\n';
            }
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\n') {
                out.append('\n');
                pendingSpace = false;
                lineStart = true;
            } else if (c == ' ' || isOddSpace(c)) {
                pendingSpace = !lineStart;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                lineStart = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #normalize} would give the text back unchanged, as most texts that went through it once
     * would: only plain line breaks and single spaces between other characters. Asked first: it copies nothing.
     */
    private static boolean isNormal(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                boolean lineStart = i == 0 || raw.charAt(i - 1) == '\n';
                boolean beforeBreak = i + 1 == raw.length() || raw.charAt(i + 1) == ' ' || raw.charAt(i + 1) == '\n';
                if (lineStart || beforeBreak) {
                    return false;
                }
            } else if (c == '\r' || c == '\u2028' || c == '\u2029' || isInvisible(c) || isOddSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isOddSpace(char c) {
        return c == '\t'
                || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }
}
