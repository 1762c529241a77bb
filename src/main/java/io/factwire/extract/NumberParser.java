package io.factwire.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number written in digits ("12,500", "1 000", "3.5 million") or words ("nine", "twenty-five",
 * "two dozen", "a dozen", "three hundred", "two thousand") at a position of the text.
 */
final class NumberParser {
    /** A number and the text it took. */
    record Parsed(long value, int start, int end) {
    }

    private static final Pattern DIGITS = Pattern.compile(
            "\\G(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)(?:\\s+(million|thousand|hundred)\\b)?");
    private static final Pattern WORDS = Pattern.compile("\\G(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?"
            + "(?:\\s+(dozen|hundred|thousand|million))?(?:\\s+(thousand|million))?\\b");
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);
    private final Map<String, Long> words = new HashMap<>();

    NumberParser(Lexicon lexicon) {
        for (String line : lexicon.lines("number-words")) {
            String[] parts = line.split("\\s+");
            words.put(parts[0], Long.parseLong(parts[1]));
        }
        words.put("a", 1L);
        words.put("an", 1L);
    }

    Parsed parse(String text, int at, int limit) {
        if (at >= limit || !mayStartNumber(text, at, limit)) {
            return null;
        }
        Matcher d = DIGITS.matcher(text).region(at, limit);
        if (d.lookingAt()) {
            String digits = d.group(1).replace(",", "").replace(" ", "");
            if (digits.length() > 30) {
                return null;
            }
            if (digits.length() <= 18 && digits.indexOf('.') < 0) {
                // Whole numbers that fit a long, the usual case, without decimal arithmetic.
                try {
                    return new Parsed(Math.multiplyExact(Long.parseLong(digits), multiplier(d.group(2))), at, d.end());
                } catch (ArithmeticException tooLarge) {
                    return null;
                }
            }
            // Exact decimal arithmetic: a double would round numbers past 2^53 to a neighbour, a wrong value.
            BigDecimal value = new BigDecimal(digits)
                    .multiply(BigDecimal.valueOf(multiplier(d.group(2)))).setScale(0, RoundingMode.HALF_UP);
            // A number too large for a count is no count at all.
            return value.compareTo(MAX_COUNT) > 0 ? null : new Parsed(value.longValueExact(), at, d.end());
        }
        Matcher w = WORDS.matcher(text).region(at, limit);
        if (w.lookingAt()) {
            String first = w.group(1).toLowerCase(Locale.ROOT);
            boolean article = first.equals("a") || first.equals("an");
            if (article && w.group(3) == null) {
                return null;
            }
            long value = words.get(first);
            if (w.group(2) != null) {
                value += words.get(w.group(2).toLowerCase(Locale.ROOT));
            }
            if (w.group(3) != null) {
                value *= multiplier(w.group(3));
            }
            if (w.group(4) != null) {
                value *= multiplier(w.group(4));
            }
            return new Parsed(value, at, w.end());
        }
        return null;
    }

    private static long multiplier(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand" -> 1_000;
            case "million" -> 1_000_000;
            default -> 1;
        };
    }

    /** A cheap look before the regular expressions: a digit, or a word that is a number word or an article. */
    private boolean mayStartNumber(String text, int at, int limit) {
        char c = text.charAt(at);
        if (Character.isDigit(c)) {
            return true;
        }
        int end = at;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && words.containsKey(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    Long wordValue(String word) {
        return words.get(word.toLowerCase(Locale.ROOT));
    }
}
