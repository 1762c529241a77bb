package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Durations as ISO 8601 periods: "120-day" (P120D), "four months" (P4M), "less than four months" (P4M, mod
 * LESS_THAN), "48 hours" (PT48H), "a five-week tour" (P5W). Vague ones ("several weeks") keep a null value.
 * Ages ("45-year-old") and points in time ("two years ago") are not durations.
 */
final class DurationFinder implements FactFinder {
    /** Compiled once, not on every call. */
    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    /** Compiled once, not on every call. */
    private static final Pattern SPAN_LEAD = Pattern.compile(
            ".*\\b(for|within|over|lasted|lasting|took|spent|than|nearly|almost|about|around|single|after|in)\\s$");
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|year|decade)";
    private final Pattern adjective;
    private final Pattern noun;
    /** Where a count (a digit, a number word, an article, a hedge) can open a match of {@link #adjective} or {@link #noun}. */
    private final WordStartMatcher.Opening countOpener;

    private static final IntPredicate PAST_ONE_OPENER = WordStartMatcher.initials("the|past|previous|last|coming|next");
    private static final IntPredicate VAGUE_OPENER =
            WordStartMatcher.initials("several|a|few|many|some|weeks|months|years|decades");
    /** The hedges of {@code lexicon/hedges.txt}, lower case, and the TIMEX3 modifier of each. */
    private final Map<String, String> hedgeMods = new HashMap<>();

    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:(?:several|a few|few|many|some)\\s+" + UNIT
            + "s|(?<=\\bfor\\s)" + "(?:weeks|months|years|decades))\\b(?!\\s+(?:ago|earlier|later)\\b)");
    private static final Pattern PAST_ONE = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:past|previous|last|coming|next)\\s+(?<unit>day|week|month|year|decade)\\b");
    /** A duration whose count does not fit a long: kept as a fact without a value (compared by identity). */
    private static final String TOO_LONG = new String("too long");

    private static final AnchorWindows ANCHORS = new AnchorWindows(t -> isTimeUnitWord(t.lower()), 45, 2);
    private final NumberParser numbers;

    DurationFinder(Lexicon lexicon, NumberParser numbers) {
        this.numbers = numbers;
        List<String> hedges = new ArrayList<>();
        for (String line : lexicon.lines("hedges")) {
            int split = line.lastIndexOf(' ');
            String hedge = line.substring(0, split).toLowerCase(Locale.ROOT);
            hedges.add(hedge);
            hedgeMods.put(hedge, timexMod(line.substring(split + 1)));
        }
        hedges.sort((a, b) -> b.length() - a.length());
        // "a week", "single day", "a hundred days", "twenty-one years": the number words of the lexicon and articles.
        String numberWords = "a|an|single|hundred|" + numbers.wordAlternation(1, 90);
        List<String> openingWords = new ArrayList<>(List.of(numberWords.split("\\|")));
        hedges.forEach(h -> openingWords.add(h.split(" ")[0]));
        countOpener = WordStartMatcher.words(openingWords, c -> c >= '0' && c <= '9');
        String number = "(?<num>\\d+(?:[.,]\\d+)?|" + numberWords + ")" + "(?:(?<=ty)[- ](?<num2>"
                + numbers.wordAlternation(1, 9) + "))?";
        String hedge =
                "(?:(?<hedge>" + hedges.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+)?";
        adjective = Pattern.compile("(?i)\\b" + number + "-" + UNIT + "\\b(?!-old|-olds|\\s+old)");
        noun = Pattern.compile("(?i)\\b" + hedge + number + "\\s+" + UNIT + "s?\\b(?!\\s+(?:ago|old)\\b)(?!-old)");
    }

    /** A count's qualifier (hedges.txt) as a TIMEX3 modifier. */
    private static String timexMod(String qualifier) {
        return switch (qualifier) {
            case "below" -> "LESS_THAN";
            case "above" -> "MORE_THAN";
            case "at_least" -> "EQUAL_OR_MORE";
            case "at_most" -> "EQUAL_OR_LESS";
            case "approximately" -> "APPROX";
            default -> throw new IllegalStateException("hedges.txt: unknown qualifier " + qualifier);
        };
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> found = new ArrayList<>();
        Claims own = new Claims();
        List<Span> windows = ANCHORS.in(doc);
        for (Pattern pattern : List.of(adjective, noun, PAST_ONE, VAGUE)) {
            for (Span window : windows) {
                WordStartMatcher scan = pattern == PAST_ONE || pattern == VAGUE
                        ? new WordStartMatcher(
                                pattern,
                                body,
                                window.start(),
                                window.end(),
                                pattern == PAST_ONE ? PAST_ONE_OPENER : VAGUE_OPENER)
                        : new WordStartMatcher(pattern, body, window.start(), window.end(), countOpener);
                Matcher m = scan.matcher();
                doc.budget().step(window.length());
                while (scan.find()) {
                    doc.budget().check();
                    int start = m.start();
                    int end = m.end();
                    if (own.overlaps(start, end) || claimed.overlaps(start, end)) {
                        continue;
                    }
                    if (pattern == noun
                            && isBareArticle(m)
                            && (!introducesSpan(body, start) || m.group("unit").equalsIgnoreCase("second"))) {
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
                    String mod = pattern == noun ? modOf(m.group("hedge")) : null;
                    found.add(new Fact(
                            FactType.DURATION,
                            body.substring(start, end),
                            start,
                            end,
                            null,
                            new TimeValue(value, mod),
                            null,
                            doc.sectionAt(start),
                            pattern == adjective
                                    ? "duration.adjective"
                                    : pattern == noun
                                            ? "duration.number-unit"
                                            : pattern == PAST_ONE ? "duration.past-unit" : "duration.vague"));
                    own.add(start, end);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Ends in a time unit, or in one and "s" ("days", "midweek"); no new string, it is asked of every word. */
    private static boolean isTimeUnitWord(String lower) {
        int end = lower.endsWith("s") ? lower.length() - 1 : lower.length();
        if (end < 3) {
            return false;
        }
        // The unit a word can end in is read off its last letter: at most two units are compared.
        return switch (lower.charAt(end - 1)) {
            case 'd' -> endsWith(lower, end, "second");
            case 'e' -> endsWith(lower, end, "minute") || endsWith(lower, end, "decade");
            case 'r' -> endsWith(lower, end, "hour") || endsWith(lower, end, "year");
            case 'y' -> endsWith(lower, end, "day");
            case 'k' -> endsWith(lower, end, "week");
            case 'h' -> endsWith(lower, end, "month");
            default -> false;
        };
    }

    /** Whether {@code lower} up to {@code end} ends with {@code unit}. */
    private static boolean endsWith(String lower, int end, String unit) {
        return end >= unit.length() && lower.startsWith(unit, end - unit.length());
    }

    private static boolean isBareArticle(Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        return (num.equals("a") || num.equals("an") || num.equals("one")) && m.group("hedge") == null;
    }

    /** "for a week", "within a month", "lasted a year": an article-number duration needs such a lead word. */
    private static boolean introducesSpan(String body, int start) {
        String before = body.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return SPAN_LEAD.matcher(before).matches();
    }

    private String period(Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        long n;
        if (num.equals("a") || num.equals("an") || num.equals("single")) {
            n = 1;
        } else if (Character.isDigit(num.charAt(0))) {
            if (num.contains(".")
                    || num.contains(",") && !GROUPED_DIGITS.matcher(num).matches()) {
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

    private String modOf(String hedge) {
        return hedge == null
                ? null
                : hedgeMods.get(SPACES.matcher(hedge.toLowerCase(Locale.ROOT)).replaceAll(" "));
    }
}
