package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as ISO 8601 periods: "120-day" (P120D), "four months" (P4M), "less than four months" (P4M, mod
 * LESS_THAN), "48 hours" (PT48H), "a five-week tour" (P5W). Vague ones ("several weeks") keep a null value.
 * Ages ("45-year-old") and points in time ("two years ago") are not durations.
 */
final class DurationFinder implements FactFinder {
    private static final String NUMBER = "(?<num>\\d+(?:[.,]\\d+)?|a|an|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|hundred)(?:(?<=ty)[- ](?<num2>one|two|three|four|five|six|seven|eight|nine))?";
    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|year|decade)";
    private static final String HEDGE = "(?:(?<hedge>less than|fewer than|under|more than|over|nearly|almost|about|around|roughly|"
            + "some|at least|up to|just over|just under|approximately)\\s+)?";
    private static final Pattern ADJECTIVE = Pattern.compile("(?i)\\b" + NUMBER + "-" + UNIT + "\\b(?!-old|-olds|\\s+old)");
    private static final Pattern NOUN = Pattern.compile("(?i)\\b" + HEDGE + NUMBER + "\\s+" + UNIT + "s?\\b(?!\\s+(?:ago|old)\\b)(?!-old)");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:(?:several|a few|few|many|some)\\s+" + UNIT + "s|(?<=\\bfor\\s)"
            + "(?:weeks|months|years|decades))\\b(?!\\s+(?:ago|earlier|later)\\b)");
    private static final Pattern PAST_ONE = Pattern.compile("(?i)\\b(?:the\\s+)?(?:past|previous|last|coming|next)\\s+(?<unit>day|week|month|year|decade)\\b");
    /** A duration whose count does not fit a long: kept as a fact without a value (compared by identity). */
    private static final String TOO_LONG = new String("too long");
    private static final List<String> TIME_UNITS = List.of("second", "minute", "hour", "day", "week", "month", "year", "decade");
    private static final AnchorWindows ANCHORS = new AnchorWindows(t -> isTimeUnitWord(t.lower()), 45, 2);
    private final NumberParser numbers;

    DurationFinder(NumberParser numbers) {
        this.numbers = numbers;
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> found = new ArrayList<>();
        Claims own = new Claims();
        List<Span> windows = ANCHORS.in(doc);
        for (Pattern pattern : List.of(ADJECTIVE, NOUN, PAST_ONE, VAGUE)) {
            for (Span window : windows) {
                Matcher m = pattern.matcher(body).region(window.start(), window.end());
                m.useTransparentBounds(true);
                doc.budget().step(window.end() - window.start());
                while (m.find()) {
                    doc.budget().check();
                    int start = m.start();
                    int end = m.end();
                    if (own.overlaps(start, end) || claimed.overlaps(start, end)) {
                        continue;
                    }
                    if (pattern == NOUN && isBareArticle(m) && (!introducesSpan(body, start) || m.group("unit").equalsIgnoreCase("second"))) {
                        continue;
                    }
                    if (pattern == PAST_ONE && !body.regionMatches(true, start, "the ", 0, 4)) {
                        continue;
                    }
                    String value = pattern == VAGUE ? null : pattern == PAST_ONE ? one(m.group("unit")) : period(m);
                    if (pattern != VAGUE && value == null) {
                        continue;
                    }
                    if (value == TOO_LONG) {
                        // "a wait of 10000000000000000000000 days": a duration, too long to write as a number.
                        value = null;
                    }
                    String mod = pattern == NOUN ? modOf(m.group("hedge")) : null;
                    found.add(new Fact(FactType.DURATION, body.substring(start, end), start, end, null,
                            new TimeValue(value, mod), null, doc.sectionAt(start), pattern == ADJECTIVE ? "duration.adjective"
                            : pattern == NOUN ? "duration.number-unit" : pattern == PAST_ONE ? "duration.past-unit" : "duration.vague"));
                    own.add(start, end);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean isTimeUnitWord(String lower) {
        String w = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        for (String unit : TIME_UNITS) {
            if (w.endsWith(unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareArticle(Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        return (num.equals("a") || num.equals("an") || num.equals("one")) && m.group("hedge") == null;
    }

    /** "for a week", "within a month", "lasted a year": an article-number duration needs such a lead word. */
    private static boolean introducesSpan(String body, int start) {
        String before = body.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(for|within|over|lasted|lasting|took|spent|than|nearly|almost|about|around|single|after|in)\\s$");
    }

    private String period(Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        long n;
        if (num.equals("a") || num.equals("an") || num.equals("single")) {
            n = 1;
        } else if (Character.isDigit(num.charAt(0))) {
            if (num.contains(".") || num.contains(",") && !num.matches("\\d{1,3}(,\\d{3})+")) {
                return null;
            }
            String digits = num.replace(",", "");
            if (digits.length() > 18) {
                return TOO_LONG;
            }
            n = Long.parseLong(digits);
        } else {
            Long word = numbers.wordValue(num.equals("hundred") ? "one" : num);
            if (word == null) {
                return null;
            }
            n = num.equals("hundred") ? 100 : word;
            if (m.group("num2") != null) {
                n += numbers.wordValue(m.group("num2"));
            }
        }
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "second" -> "PT" + n + "S";
            case "minute" -> "PT" + n + "M";
            case "hour" -> "PT" + n + "H";
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "decade" -> n > Long.MAX_VALUE / 10 ? TOO_LONG : "P" + (n * 10) + "Y";
            default -> "P" + n + "Y";
        };
    }

    /** "the past week": one of the unit. */
    private static String one(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "decade" -> "P10Y";
            default -> "P1Y";
        };
    }

    private static String modOf(String hedge) {
        if (hedge == null) {
            return null;
        }
        return switch (hedge.toLowerCase(Locale.ROOT)) {
            case "less than", "fewer than", "under", "just under", "nearly", "almost" -> "LESS_THAN";
            case "more than", "over", "just over" -> "MORE_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }
}
