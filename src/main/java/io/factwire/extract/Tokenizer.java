package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text range with their offsets: letters and digits, with inner dots ("U.S."), inner apostrophes and
 * hyphens before a letter or digit ("Kim’s", "120-day"), and a closing apostrophe ("soldiers’"). A trailing full
 * stop is not part of a word unless the word is initials ("U.S."). Written as a loop: it runs over every body.
 */
final class Tokenizer {
    List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i++;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((c == '\'' || c == '’' || c == '-')
                        && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i < to && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            int end = i;
            if (text.charAt(end - 1) == '.' && !isInitials(text, start, end)) {
                end--;
            }
            tokens.add(new Token(text.substring(start, end), start, end));
        }
        return tokens;
    }

    /** "U.S." or "E.U.": letters each followed by a dot. */
    private static boolean isInitials(String text, int start, int end) {
        if ((end - start) % 2 != 0 || end - start < 4) {
            return false;
        }
        for (int k = start; k < end; k += 2) {
            if (!Character.isLetter(text.charAt(k)) || text.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }
}
