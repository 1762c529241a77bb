package io.factwire.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} over a range for patterns whose every match starts a word (a leading {@code \b} and a
 * letter or digit): the pattern is tried only where a letter or digit follows a character that is no ASCII word
 * character, about one position in six, instead of at every position. Same matches, in the same order: at each
 * position tried, {@link Matcher#lookingAt()} finds what {@code find()} would find there, and a position skipped
 * cannot start such a match. Bounds are transparent, as the stages' windows need for look-behind and {@code \b}.
 */
final class WordStartMatcher {
    private static final Opening ANY = (text, at) -> true;
    private final Matcher matcher;
    private final CharSequence text;
    private final int end;
    private final Opening first;
    private int next;

    WordStartMatcher(Pattern pattern, CharSequence text, int start, int end) {
        this(pattern, text, start, end, ANY);
    }

    /**
     * With {@code first}, a test every character that can open a match passes (a capital, a digit): positions
     * whose character fails it are not tried. Surrogates are not asked about.
     */
    WordStartMatcher(Pattern pattern, CharSequence text, int start, int end, IntPredicate first) {
        this(pattern, text, start, end, (t, at) -> first.test(t.charAt(at)));
    }

    /** With {@code opening}, a test every position that can open a match passes; surrogates are not asked about. */
    WordStartMatcher(Pattern pattern, CharSequence text, int start, int end, Opening opening) {
        this(reusable(pattern, text), text, start, end, opening);
    }

    /**
     * With a matcher over {@code text} from {@link #reusable(Pattern, CharSequence)}, shared by the windows of one
     * text in turn: each {@link #find()} sets its region.
     */
    WordStartMatcher(Matcher matcher, CharSequence text, int start, int end, IntPredicate first) {
        this(matcher, text, start, end, (t, at) -> first.test(t.charAt(at)));
    }

    /** With a reusable matcher, as above, and a test of the position every match opens at. */
    WordStartMatcher(Matcher matcher, CharSequence text, int start, int end, Opening opening) {
        this.matcher = matcher;
        this.text = text;
        this.end = end;
        this.first = opening;
        this.next = start;
    }

    /** A matcher over {@code text} with the bounds this class needs (transparent, not anchoring). */
    static Matcher reusable(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match, as {@code find()} would give it; then {@link #matcher()} holds its groups. */
    boolean find() {
        while (next < end) {
            int at = next++;
            if (!mayStartWord(text, at) || !Character.isSurrogate(text.charAt(at)) && !first.test(text, at)) {
                continue;
            }
            matcher.region(at, end);
            if (matcher.lookingAt()) {
                next = Math.max(matcher.end(), at + 1);
                return true;
            }
        }
        return false;
    }

    /**
     * For the {@code first} test of {@link #WordStartMatcher(Pattern, CharSequence, int, int, Opening)}: the letters
     * at a position, as far as they go, are one of {@code words} (lower case, compared in ASCII as the patterns'
     * {@code (?i)} does), or the position holds what {@code otherwise} lets through.
     */
    static Opening words(java.util.Collection<String> words, IntPredicate otherwise) {
        java.util.Set<String> set = java.util.Set.copyOf(words);
        // What every word of the set has: asked before a new string is made for the look-up.
        boolean[] initials = new boolean[128];
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String word : set) {
            if (!word.isEmpty() && word.charAt(0) < 128) {
                initials[word.charAt(0)] = true;
            }
            shortest = Math.min(shortest, word.length());
            longest = Math.max(longest, word.length());
        }
        int minLength = shortest;
        int maxLength = longest;
        return (text, at) -> {
            char c = text.charAt(at);
            if (otherwise.test(c)) {
                return true;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (minLength > 0 && (lower >= 128 || !initials[lower])) {
                return false;
            }
            int end = at;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - at < minLength || end - at > maxLength) {
                return false;
            }
            char[] letters = new char[end - at];
            for (int i = at; i < end; i++) {
                char l = text.charAt(i);
                if (l >= 128) {
                    return false;
                }
                letters[i - at] = l >= 'A' && l <= 'Z' ? (char) (l + ('a' - 'A')) : l;
            }
            return set.contains(new String(letters));
        };
    }

    /** A test of a position where a word starts: whether a match may open there. */
    interface Opening {
        boolean test(CharSequence text, int at);
    }

    /** ASCII letters that open one of the {@code |}-separated words, case aside: for the {@code first} test. */
    static IntPredicate initials(String words) {
        boolean[] letters = new boolean[128];
        for (String word : words.split("\\|")) {
            char c = Character.toLowerCase(word.charAt(0));
            if (c < 128) {
                letters[c] = true;
            }
        }
        return c -> c < 128 && letters[Character.toLowerCase(c)];
    }

    Matcher matcher() {
        return matcher;
    }

    /**
     * A superset of the positions where {@code \b} holds before a word character, whichever definition of a word
     * character the regex engine uses (Unicode letters and digits, or ASCII only): surrogates are let through.
     */
    static boolean mayStartWord(CharSequence text, int at) {
        char c = text.charAt(at);
        if (c < 128 ? !isAsciiWordChar(c) : !(Character.isLetterOrDigit(c) || Character.isSurrogate(c))) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !(before < 128 && isAsciiWordChar(before));
    }

    /** An ASCII letter, digit or underscore: {@link Character#isLetterOrDigit(char)} or '_' below 128, no table read. */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
