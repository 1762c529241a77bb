package io.factwire.extract;

/** Small character-level checks used on every word, written out so no regular expression runs per call. */
final class Words {
    private Words() {}

    /** Whether a character of {@code s} is a digit ({@link Character#isDigit(char)}; ASCII read without a table). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Words separated by white space. */
    static int count(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** {@link Character#isWhitespace(char)}, with ASCII answered without a table look-up. */
    static boolean isWhitespace(char c) {
        return c < 128
                ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                : Character.isWhitespace(c);
    }

    /** "Kim’s" → "Kim", "soldiers’" → "soldiers". */
    static String stripPossessive(String s) {
        if (s.endsWith("’s") || s.endsWith("'s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("’") || s.endsWith("'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
