package io.factwire.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a number written in digits ("12,500", "1 000", "3.5 million") or words ("nine", "twenty-five",
 * "two dozen", "a dozen", "three hundred", "two thousand") at a position of the text. A hand-written scanner
 * with look-ups in the lexicon's number words and scales: it runs at every word of every body, where a regular
 * expression cost more than the rest of the count stage.
 */
final class NumberParser {
    /** A number and the text it took. */
    record Parsed(long value, int start, int end) implements Spanned {}

    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Digits multiply by a scale of at least this ("3 million"); "3 dozen" is three. */
    private static final long DIGIT_SCALE = 100;
    /** A second scale after the first is at least this ("two hundred thousand"). */
    private static final long SECOND_SCALE = 1_000;
    /** Every number word and article, lower case, with its value: what {@link #wordValue} answers. */
    private final Map<String, Long> words = new HashMap<>();
    /** Words that open a number: number words of 1 and more that are no scale, and the articles. */
    private final Map<String, Long> openers = new HashMap<>();
    /** "one" … "nine": what may follow a hyphen or a space ("twenty-five"). */
    private final Map<String, Long> units = new HashMap<>();

    private final Map<String, Long> scales = new HashMap<>();
    /** {@link #openers} by first letter: a word is looked up among a handful, with no new string. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final List<String>[] openersByInitial = new List[128];

    NumberParser(Lexicon lexicon) {
        for (String line : lexicon.lines("number-scales")) {
            String[] parts = line.split("\\s+");
            scales.put(parts[0], Long.parseLong(parts[1]));
        }
        for (String line : lexicon.lines("number-words")) {
            String[] parts = line.split("\\s+");
            long value = Long.parseLong(parts[1]);
            words.put(parts[0], value);
            if (value >= 1 && !scales.containsKey(parts[0])) {
                openers.put(parts[0], value);
            }
            if (value >= 1 && value <= 9) {
                units.put(parts[0], value);
            }
        }
        for (String article : List.of("a", "an")) {
            words.put(article, 1L);
            openers.put(article, 1L);
        }
        for (String opener : openers.keySet()) {
            if (openersByInitial[opener.charAt(0)] == null) {
                openersByInitial[opener.charAt(0)] = new ArrayList<>();
            }
            openersByInitial[opener.charAt(0)].add(opener);
        }
    }

    /** Number words of at least {@code min} and at most {@code max} that are no scale, longest first, for a pattern. */
    String wordAlternation(long min, long max) {
        List<String> list = new ArrayList<>();
        openers.forEach((word, value) -> {
            if (value >= min && value <= max && !word.equals("a") && !word.equals("an")) {
                list.add(word);
            }
        });
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", list);
    }

    Parsed parse(String text, int at, int limit) {
        if (at >= limit) {
            return null;
        }
        char c = text.charAt(at);
        if (isAsciiDigit(c)) {
            return digits(text, at, limit);
        }
        return Character.isLetter(c) ? words(text, at, limit) : null;
    }

    /**
     * "12,500", "12 500", "12500", "3.5", then " million", " thousand" or " hundred": thousands grouped by commas,
     * or by spaces when no digit or comma follows the last group; else plain digits with a decimal part.
     */
    private Parsed digits(String text, int at, int limit) {
        int run = digitRun(text, at, limit);
        int end = -1;
        if (run <= 3) {
            end = groups(text, at + run, limit, ',');
            if (end < 0) {
                end = spaceGroups(text, at + run, limit);
            }
        }
        if (end < 0) {
            end = at + run;
            if (end + 1 < limit && text.charAt(end) == '.' && isAsciiDigit(text.charAt(end + 1))) {
                end += 1 + digitRun(text, end + 1, limit);
            }
        }
        String digits = text.substring(at, end).replace(",", "").replace(" ", "");
        long multiplier = 1;
        Scale scale = scaleAfter(text, end, limit, DIGIT_SCALE, false);
        if (scale != null) {
            multiplier = scale.factor();
            end = scale.end();
        }
        if (digits.length() > 30) {
            return null;
        }
        if (digits.length() <= 18 && digits.indexOf('.') < 0) {
            // Whole numbers that fit a long, the usual case, without decimal arithmetic.
            try {
                return new Parsed(Math.multiplyExact(Long.parseLong(digits), multiplier), at, end);
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        // Exact decimal arithmetic: a double would round numbers past 2^53 to a neighbour, a wrong value.
        BigDecimal value =
                new BigDecimal(digits).multiply(BigDecimal.valueOf(multiplier)).setScale(0, RoundingMode.HALF_UP);
        // A number too large for a count is no count at all.
        return value.compareTo(MAX_COUNT) > 0 ? null : new Parsed(value.longValueExact(), at, end);
    }

    /** The end of one or more groups of a separator and three digits from {@code from}, or -1 when there is none. */
    private static int groups(String text, int from, int limit, char separator) {
        int end = from;
        while (end + 4 <= limit && text.charAt(end) == separator && digitRun(text, end + 1, end + 4) == 3) {
            end += 4;
        }
        return end > from ? end : -1;
    }

    /** Groups of a space and three digits, as many as leave no digit or comma right after them. */
    private static int spaceGroups(String text, int from, int limit) {
        int end = groups(text, from, limit, ' ');
        while (end > from) {
            if (end >= limit || !isAsciiDigit(text.charAt(end)) && text.charAt(end) != ',') {
                return end;
            }
            end -= 4;
        }
        return -1;
    }

    /**
     * "nine", "twenty-five", "two dozen", "a hundred thousand": a number word (or article), a unit after a hyphen
     * or space, a scale, a second larger scale; the longest of these that ends a word, as a regular expression
     * would take it.
     */
    private Parsed words(String text, int at, int limit) {
        char initial = text.charAt(at);
        List<String> candidates = initial < 128
                ? openersByInitial[initial >= 'A' && initial <= 'Z' ? initial + ('a' - 'A') : initial]
                : null;
        if (candidates == null) {
            return null;
        }
        int end = at;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = null;
        for (String candidate : candidates) {
            if (candidate.length() == end - at && asciiMatches(text, at, limit, candidate)) {
                first = candidate;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        long opener = openers.get(first);
        boolean article = first.equals("a") || first.equals("an");
        int unitEnd = -1;
        Long unit = null;
        if (end + 1 < limit && (text.charAt(end) == '-' || text.charAt(end) == ' ')) {
            unitEnd = wordAt(text, end + 1, limit, units);
            if (unitEnd > 0) {
                unit = units.get(asciiLower(text, end + 1, unitEnd));
            }
        }
        // Longest first, then without the unit, the scale, the second scale, as backtracking would.
        for (int withUnit = unitEnd > 0 ? 1 : 0; withUnit >= 0; withUnit--) {
            int afterUnit = withUnit == 1 ? unitEnd : end;
            Scale scale = scaleAfter(text, afterUnit, limit, 0, true);
            for (int withScale = scale != null ? 1 : 0; withScale >= 0; withScale--) {
                int afterScale = withScale == 1 ? scale.end() : afterUnit;
                Scale second = scaleAfter(text, afterScale, limit, SECOND_SCALE, true);
                for (int withSecond = second != null ? 1 : 0; withSecond >= 0; withSecond--) {
                    int last = withSecond == 1 ? second.end() : afterScale;
                    if (!endsWord(text, last, limit)) {
                        continue;
                    }
                    if (article && withScale == 0) {
                        return null;
                    }
                    long value = opener + (withUnit == 1 ? unit : 0);
                    if (withScale == 1) {
                        value *= scale.factor();
                    }
                    if (withSecond == 1) {
                        value *= second.factor();
                    }
                    return new Parsed(value, at, last);
                }
            }
        }
        return null;
    }

    /** A scale word and where it ends. */
    private record Scale(int end, long factor) {}

    /**
     * White space and a scale of at least {@code min} at {@code from}, or null. After digits the word is in lower
     * case and ends a word; after number words its case does not matter (ASCII), and only the whole number ends a
     * word.
     */
    private Scale scaleAfter(String text, int from, int limit, long min, boolean afterWords) {
        int k = from;
        while (k < limit && isSpace(text.charAt(k))) {
            k++;
        }
        if (k == from) {
            return null;
        }
        for (Map.Entry<String, Long> scale : scales.entrySet()) {
            String word = scale.getKey();
            int end = k + word.length();
            if (scale.getValue() < min) {
                continue;
            }
            if (afterWords
                    ? asciiMatches(text, k, limit, word)
                    : end <= limit && text.startsWith(word, k) && endsWord(text, end, limit)) {
                return new Scale(end, scale.getValue());
            }
        }
        return null;
    }

    /** The end of one of {@code vocabulary}'s words at {@code from}, case aside, whether or not a word ends there. */
    private static int wordAt(String text, int from, int limit, Map<String, Long> vocabulary) {
        for (String word : vocabulary.keySet()) {
            if (asciiMatches(text, from, limit, word)) {
                return from + word.length();
            }
        }
        return -1;
    }

    private static boolean asciiMatches(String text, int from, int limit, String lowerWord) {
        if (from + lowerWord.length() > limit) {
            return false;
        }
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = text.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The letters lower-cased if all are ASCII, else null: the patterns this replaces ignored case in ASCII only. */
    private static String asciiLower(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return null;
            }
            chars[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    /**
     * A word ends at {@code at} (after a letter): no letter, digit, underscore or combining mark follows before
     * {@code limit}, as {@code \b} reads it.
     */
    private static boolean endsWord(String text, int at, int limit) {
        if (at >= limit) {
            return true;
        }
        int c = text.codePointAt(at);
        return !(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static int digitRun(String text, int from, int limit) {
        int end = from;
        while (end < limit && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end - from;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space as {@code \s} reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    Long wordValue(String word) {
        return words.get(word.toLowerCase(Locale.ROOT));
    }
}
