package io.factwire.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, normalised to ISO 8601 / TIMEX3 as precisely as the text allows: "March 2, 2026", "27 February",
 * "Feb. 27", "early August", "last May", "Friday", "yesterday", "earlier this month", "last year", "in 2024",
 * "on the 27th". Partial dates resolve against the publication date, backwards unless the sentence speaks of
 * the future; with no publication date the unknown parts stay X ("XXXX-08", "XXXX-WXX-5").
 */
final class DateFinder implements FactFinder {
    /** Compiled once, not on every call. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Compiled once, not on every call. */
    private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X");
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|shall|would|is due|are due|scheduled|is set to|are set to|plans? to|planned for|expected to|(?:is|are|was|were) expected|expecting|forecast|forecasts|ahead of|upcoming|next)\\b");
    private static final int FUTURE_CUE_CHARS = 64;
    /** Marks a date found in the text whose value falls outside the calendar this API writes (years 0001–9999). */
    private static final String BEYOND_CALENDAR = "beyond";

    private final List<Rule> rules = new ArrayList<>();
    /** The rules' anchors, each once, in the order of the rules. */
    private final List<AnchorWindows> anchors;
    /** For each rule, the index of its anchor in {@link #anchors}. */
    private final int[] anchorOfRule;
    /** The bit of each anchor in what {@link #kinds(Token)} answers (a bit at the anchor's index in {@link #anchors}). */
    private final int monthBit;

    private final int weekdayBit;
    private final int yearBit;
    private final int ordinalBit;
    private final int decadeBit;
    private final int numericDateBit;
    private final int slashDateBit;
    /** Lower-case anchor words (a day, a part of a day, a period, a season, "weekend", "ago") and their anchors' bits. */
    private final Map<String, Integer> wordBits = new java.util.HashMap<>();

    private static final Set<String> DAYS = Set.of("today", "yesterday", "tomorrow");
    private static final Set<String> DAY_PARTS = Set.of("night", "tonight", "morning", "afternoon", "evening", "today");
    private static final Set<String> PERIODS = Set.of("week", "month", "year");
    private static final Set<String> SEASON_NAMES = Set.of("spring", "summer", "autumn", "fall", "winter");

    private final Calendar calendar;
    private final NumberParser numbers;
    private final Set<String> speechVerbs;

    private record Rule(
            String name,
            AnchorWindows anchor,
            WordStartMatcher.Opening first,
            Pattern pattern,
            BiFunction<Matcher, Context, String> value,
            boolean hasRel,
            boolean hasMod) {}

    /** What may open a rule's match: a month or weekday name, a digit, or a word's first letter. */
    private static final IntPredicate DIGIT = c -> c >= '0' && c <= '9';

    private static IntPredicate initials(String words) {
        return WordStartMatcher.initials(words);
    }

    /** What a rule needs to resolve a match: the publication date and whether the sentence looks ahead. */
    private record Context(LocalDate published, boolean future) {}

    DateFinder(Calendar calendar, NumberParser numbers, Lexicon lexicon) {
        this.calendar = calendar;
        this.numbers = numbers;
        // Nouns a year can stand before as a modifier: "the 2016 peace agreement", "a 2024 deal".
        String yearNouns = String.join("|", lexicon.lowerSet("year-nouns"));
        speechVerbs = lexicon.lowerSet("speech-verbs");
        // Each rule scans only around the words it needs: a month name, a weekday, a year, a day number.
        AnchorWindows month = new AnchorWindows(t -> calendar.isMonth(t.text()), 30, 30);
        AnchorWindows weekday = new AnchorWindows(t -> Calendar.isWeekday(t.text()), 12, 2);
        Set<String> days = DAYS;
        AnchorWindows relativeDay = new AnchorWindows(t -> days.contains(t.lower()), 1, 1);
        Set<String> dayParts = DAY_PARTS;
        AnchorWindows partOfDay = new AnchorWindows(t -> dayParts.contains(t.lower()), 14, 1);
        AnchorWindows weekend = new AnchorWindows(t -> t.lower().equals("weekend"), 16, 1);
        Set<String> periods = PERIODS;
        AnchorWindows period = new AnchorWindows(t -> periods.contains(t.lower()), 20, 1);
        AnchorWindows yearNumber = new AnchorWindows(t -> t.text().length() == 4 && Words.hasDigit(t.text()), 10, 16);
        AnchorWindows ordinal = new AnchorWindows(
                t -> Character.isDigit(t.text().charAt(0)) && t.text().length() <= 4, 8, 20);
        String mon = "(?<mon>" + calendar.monthPattern() + ")\\.?";
        // A month rule's match opens with a month's name (its letters are the whole name) or with the lower-case
        // word the rule allows before it: tried only there, not at every capital.
        java.util.Collection<String> monthNames = calendar.lowerCaseNames();
        WordStartMatcher.Opening monthName = WordStartMatcher.words(monthNames, c -> false);
        String day = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
        String year = "(?<year>(?:19|20)\\d{2})";
        rule(
                "date.month-day-year",
                month,
                monthName,
                mon + "\\s+" + day + ",?\\s+" + year + "\\b",
                (m, c) -> ymd(m.group("year"), m, c));
        rule(
                "date.day-month-year",
                month,
                DIGIT,
                day + "\\s+(?:of\\s+)?" + mon + ",?\\s+" + year + "\\b",
                (m, c) -> ymd(m.group("year"), m, c));
        rule(
                "date.month-year",
                month,
                WordStartMatcher.words(monthNames, initials("early|mid|late")),
                "(?:(?<mod>early|mid|late|mid-)[- ]?)?" + mon + ",?\\s+" + year + "\\b",
                (m, c) -> m.group("year") + "-" + two(calendar.month(m.group("mon"))));
        rule("date.month-day", month, monthName, mon + "\\s+" + day + "\\b(?!,?\\s*\\d)", (m, c) -> ymd(null, m, c));
        rule("date.day-month", month, DIGIT, day + "\\s+(?:of\\s+)?" + mon + "\\b", (m, c) -> ymd(null, m, c));
        rule(
                "date.month-relative-year",
                month,
                monthName,
                mon + "\\s+(?<rely>last|next|this)\\s+year\\b",
                (m, c) -> monthOfRelativeYear(m, c));
        // "in October and November 2024": the first month takes the year of the second.
        rule(
                "date.month-before-month-year",
                month,
                monthName,
                "(?<mon>" + calendar.fullNamePattern("") + ")(?=\\s+(?:and|or|to|through)\\s+(?:"
                        + calendar.monthPattern() + ")\\.?,?\\s+" + year + "\\b)",
                (m, c) -> m.group("year") + "-" + two(calendar.month(m.group("mon"))));
        // "May" is also a verb: alone it is a month only after a cue word (the two rules after this one).
        rule(
                "date.month",
                month,
                WordStartMatcher.words(monthNames, initials("last|next|this|early|mid|late")),
                "(?:(?<rel>last|next|this|early|mid|late|mid-)[- ]?)?(?<mon>" + calendar.fullNamePattern("May")
                        + ")\\b",
                (m, c) -> monthOnly(m, c));
        rule(
                "date.relative-may",
                month,
                initials("last|next|this"),
                "(?<rel>last|next|this)\\s+(?<mon>May)\\b",
                (m, c) -> monthOnly(m, c));
        rule(
                "date.may-after-preposition",
                month,
                c -> c == 'M',
                "(?=May\\b)(?<=\\b(?:in|since|until|by|last|next|this|early|late|mid|of|during|from|to|through)\\s)(?<mon>May)\\b",
                (m, c) -> monthOnly(m, c));
        rule(
                "date.weekday",
                weekday,
                WordStartMatcher.words(
                        List.of(Calendar.WEEKDAYS.toLowerCase(Locale.ROOT).split("\\|")),
                        initials("last|next|this|coming")),
                "(?:(?<rel>last|next|this|coming)\\s+)?(?<wd>" + Calendar.WEEKDAYS + ")\\b",
                (m, c) -> weekday(m, c));
        // Before "today" alone, so "earlier today" stays one date.
        rule(
                "date.part-of-day",
                partOfDay,
                initials("last|tonight|this|earlier"),
                "(?i)\\b(?<rel>last\\s+night|tonight|this\\s+(?:morning|afternoon|evening)|earlier\\s+today)\\b",
                (m, c) -> partOfDay(m, c));
        rule(
                "date.weekend",
                weekend,
                initials("last|this|next|coming|the"),
                "(?i)\\b(?:(?<rel>last|this|next|coming)\\s+|the\\s+(?:(?:past|coming)\\s+)?)weekend\\b",
                (m, c) -> weekend(m, c));
        Set<String> seasonNames = SEASON_NAMES;
        AnchorWindows season = new AnchorWindows(t -> seasonNames.contains(t.lower()), 8, 1);
        rule(
                "date.season",
                season,
                initials("last|this|next|coming|past"),
                "(?i)\\b(?<rel>last|this|next|coming|past)\\s+(?<season>spring|summer|autumn|fall|winter)\\b",
                (m, c) -> season(m, c));
        rule(
                "date.relative-day",
                relativeDay,
                initials("today|yesterday|tomorrow"),
                "(?i)\\b(?<rel>today|yesterday|tomorrow)\\b",
                (m, c) -> relativeDay(m, c));
        rule(
                "date.relative-period",
                period,
                initials("earlier|later|last|this|next"),
                "(?i)\\b(?<when>(?:earlier|later)\\s+this|last|this|next)\\s+(?<unit>week|month|year)\\b",
                (m, c) -> relativePeriod(m, c));
        rule(
                "date.year-after-preposition",
                yearNumber,
                c -> c == '1' || c == '2',
                "(?=(?:19|20)\\d\\d\\b)(?<=\\b(?i:in|since|until|by|during|from|through|before|after|of|early|late|mid|between)[\\s-])"
                        + year + "\\b(?![-–]\\d|\\s*(?:%|percent))",
                (m, c) -> m.group("year"));
        rule(
                "date.year-in-list",
                yearNumber,
                c -> c == '1' || c == '2',
                "(?=(?:19|20)\\d\\d\\b)(?<=\\b(?:19|20)\\d\\d\\s(?:and|or|to)\\s)" + year + "\\b(?!\\s*(?:%|percent))",
                (m, c) -> m.group("year"));
        rule(
                "date.year-before-noun",
                yearNumber,
                c -> c == '1' || c == '2',
                "(?=(?:19|20)\\d\\d\\s)(?<=\\b(?:the|a|an|The|A|An)\\s)" + year + "(?=\\s+(?:" + yearNouns + ")\\b)",
                (m, c) -> m.group("year"));
        AnchorWindows decade = new AnchorWindows(
                t -> t.text().length() >= 5 && t.text().endsWith("s") && Words.hasDigit(t.text()), 4, 1);
        rule(
                "date.decade",
                decade,
                c -> c == '1' || c == '2',
                "(?<dec>(?:19|20)\\d)0s\\b",
                (m, c) -> m.group("dec") + "X");
        AnchorWindows numericDate = new AnchorWindows(
                t -> t.text().length() >= 6
                        && Words.hasDigit(t.text())
                        && (t.text().indexOf('.') > 0 || t.text().indexOf('-') > 0),
                0,
                4);
        rule(
                "date.iso",
                numericDate,
                c -> c == '1' || c == '2',
                "(?<iy>(?:19|20)\\d\\d)[-.](?<im>\\d\\d)[-.](?<id>\\d\\d)\\b",
                (m, c) -> numeric(m.group("iy"), m.group("im"), m.group("id")));
        AnchorWindows slashDate = new AnchorWindows(t -> t.text().length() <= 4 && Words.hasDigit(t.text()), 6, 10);
        rule(
                "date.numeric",
                slashDate,
                DIGIT,
                "(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y>(?:19|20)\\d\\d)\\b",
                (m, c) -> dayMonthOrMonthDay(m, c));
        AnchorWindows ago = new AnchorWindows(t -> t.lower().equals("ago"), 30, 0);
        rule(
                "date.ago",
                ago,
                c -> true,
                "(?i)(?<n>\\d+|a|an|" + numbers.wordAlternation(1, 12) + ")\\s+(?<u>day|week|month|year)s?\\s+ago\\b",
                (m, c) -> ago(m, c));
        rule(
                "date.ordinal-day",
                ordinal,
                c -> c == 't',
                "(?=the\\s+\\d)(?<=\\b[Oo]n\\s)the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?\\p{Lu})",
                (m, c) -> dayOfMonth(m, c));
        anchors = rules.stream().map(Rule::anchor).distinct().toList();
        if (anchors.size() > 32) {
            throw new IllegalStateException("more anchors than bits in an int");
        }
        anchorOfRule = rules.stream().mapToInt(r -> anchors.indexOf(r.anchor())).toArray();
        monthBit = bit(month);
        weekdayBit = bit(weekday);
        yearBit = bit(yearNumber);
        ordinalBit = bit(ordinal);
        decadeBit = bit(decade);
        numericDateBit = bit(numericDate);
        slashDateBit = bit(slashDate);
        wordBits(DAYS, relativeDay);
        wordBits(DAY_PARTS, partOfDay);
        wordBits(Set.of("weekend"), weekend);
        wordBits(PERIODS, period);
        wordBits(SEASON_NAMES, season);
        wordBits(Set.of("ago"), ago);
    }

    private int bit(AnchorWindows anchor) {
        return 1 << anchors.indexOf(anchor);
    }

    private void wordBits(Set<String> words, AnchorWindows anchor) {
        for (String word : words) {
            wordBits.merge(word, bit(anchor), (a, b) -> a | b);
        }
    }

    /**
     * The anchors a word is a word of, as bits: what each anchor's own test answers, with one look-up for the plain
     * anchor words, one for a capitalised month or weekday name, and the number shapes read only when the word
     * has a digit. Most words have none.
     */
    private int kinds(Token t) {
        String text = t.text();
        Integer words = wordBits.get(t.lower());
        int bits = words == null ? 0 : words;
        if (Calendar.capitalisedAfterHyphen(text)) {
            int name = calendar.nameKind(t);
            if (name == Calendar.MONTH) {
                bits |= monthBit;
            } else if (name == Calendar.WEEKDAY) {
                bits |= weekdayBit;
            }
        }
        if (Words.hasDigit(text)) {
            int length = text.length();
            if (length == 4) {
                bits |= yearBit;
            }
            if (length <= 4) {
                bits |= slashDateBit;
                if (Character.isDigit(text.charAt(0))) {
                    bits |= ordinalBit;
                }
            }
            if (length >= 5 && text.endsWith("s")) {
                bits |= decadeBit;
            }
            if (length >= 6 && (text.indexOf('.') > 0 || text.indexOf('-') > 0)) {
                bits |= numericDateBit;
            }
        }
        return bits;
    }

    private void rule(
            String name,
            AnchorWindows anchor,
            IntPredicate first,
            String regex,
            BiFunction<Matcher, Context, String> value) {
        rule(name, anchor, (text, at) -> first.test(text.charAt(at)), regex, value);
    }

    private void rule(
            String name,
            AnchorWindows anchor,
            WordStartMatcher.Opening first,
            String regex,
            BiFunction<Matcher, Context, String> value) {
        // A leading word boundary lets the matcher skip most positions at once.
        String anchored = regex.startsWith("(?=") || regex.startsWith("(?i)\\b") ? regex : "\\b" + regex;
        rules.add(new Rule(
                name,
                anchor,
                first,
                Pattern.compile(anchored),
                value,
                regex.contains("(?<rel>"),
                regex.contains("(?<mod>")));
    }

    @Override
    public List<Fact> find(Document doc, Claims claimed) {
        String body = doc.body();
        List<Fact> dates = new ArrayList<>();
        Claims own = new Claims();
        List<List<Span>> windowsByAnchor = AnchorWindows.in(doc, anchors, this::kinds);
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            // One matcher per rule and article, its region set for each window in turn.
            Matcher reused = WordStartMatcher.reusable(rule.pattern(), body);
            for (Span window : windowsByAnchor.get(anchorOfRule[r])) {
                WordStartMatcher scan = new WordStartMatcher(reused, body, window.start(), window.end(), rule.first());
                Matcher m = scan.matcher();
                doc.budget().step(window.end() - window.start());
                while (scan.find()) {
                    doc.budget().check();
                    int start = m.start();
                    int end = m.end();
                    if (end == start || own.overlaps(start, end) || claimed.overlaps(start, end)) {
                        continue;
                    }
                    Span sentence = doc.sentenceAt(start);
                    // "The troops will leave on Friday" looks ahead; "said on Friday that they will leave" does not.
                    int lookBack = Math.max(sentence.start(), start - FUTURE_CUE_CHARS);
                    boolean future = looksAhead(body.substring(lookBack, start))
                            || rule.hasRel() && "next".equalsIgnoreCase(m.group("rel"));
                    String value;
                    try {
                        value = normalisable(rule.value().apply(m, new Context(doc.publishedAt(), future)));
                    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                        // "999999999999 days ago", a publication date at the end of time: a date all the same.
                        value = BEYOND_CALENDAR;
                    }
                    if (value != null) {
                        String modWord = rule.hasMod() ? m.group("mod") : null;
                        String mod = modOf(modWord != null ? modWord : rule.hasRel() ? m.group("rel") : null);
                        dates.add(new Fact(
                                FactType.DATE,
                                body.substring(start, end),
                                start,
                                end,
                                null,
                                new TimeValue(value.equals(BEYOND_CALENDAR) ? null : value, mod),
                                null,
                                doc.sectionAt(start),
                                rule.name()));
                        own.add(start, end);
                    }
                }
            }
        }
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dates;
    }

    /**
     * Whether the words before a date speak of the future: a future cue with no speech verb after it ("will join
     * the exercise, officials said on Wednesday" reports on Wednesday what will happen).
     */
    private boolean looksAhead(String before) {
        if (!mayHoldFutureCue(before)) {
            return false;
        }
        Matcher cue = FUTURE.matcher(before);
        int lastEnd = -1;
        while (cue.find()) {
            lastEnd = cue.end();
        }
        if (lastEnd < 0) {
            return false;
        }
        String after = before.substring(lastEnd).toLowerCase(Locale.ROOT);
        for (String word : NON_LETTERS.split(after)) {
            if (speechVerbs.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} has a word one of {@link #FUTURE}'s matches must hold as a whole word ("will", "due",
     * "expected", "next"…), compared in ASCII case aside: where none is written, the pattern cannot match and is
     * not run. A necessary condition only.
     */
    static boolean mayHoldFutureCue(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean ascii = true;
            while (end < n && Character.isLetter(text.charAt(end))) {
                ascii &= text.charAt(end) < 128;
                end++;
            }
            if (ascii
                    && end - i >= 3
                    && end - i <= 9
                    && FUTURE_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** The words of {@link #FUTURE}'s alternatives one of which each match holds as a whole word. */
    private static final Set<String> FUTURE_WORDS = Set.of(
            "will",
            "shall",
            "would",
            "due",
            "scheduled",
            "set",
            "plan",
            "plans",
            "planned",
            "expected",
            "expecting",
            "forecast",
            "forecasts",
            "ahead",
            "upcoming",
            "next");

    /**
     * A value whose year is outside 0001–9999 has no ISO 8601 form without an agreed expansion: such a date is
     * kept as a fact without a value.
     */
    private static String normalisable(String value) {
        if (value == null
                || value.startsWith("X")
                || DECADE_VALUE.matcher(value).matches()) {
            return value;
        }
        int yearEnd = 0;
        while (yearEnd < value.length() && Character.isDigit(value.charAt(yearEnd))) {
            yearEnd++;
        }
        return yearEnd == 4 && !value.startsWith("0000") ? value : BEYOND_CALENDAR;
    }

    /** The named group, or null when this rule's pattern has none (checked from the pattern, not by exception). */
    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static String modOf(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "early" -> "START";
            case "mid", "mid-" -> "MID";
            case "late" -> "END";
            default -> null;
        };
    }

    private String ymd(String yearText, Matcher m, Context c) {
        int month = calendar.month(m.group("mon"));
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return null;
        }
        if (yearText != null) {
            return yearText + "-" + two(month) + "-" + two(day);
        }
        if (c.published() == null) {
            return "XXXX-" + two(month) + "-" + two(day);
        }
        return Calendar.yearOf(c.published(), month, day, c.future()) + "-" + two(month) + "-" + two(day);
    }

    private String monthOnly(Matcher m, Context c) {
        int month = calendar.month(m.group("mon"));
        String rel = group(m, "rel");
        if (c.published() == null) {
            return "XXXX-" + two(month);
        }
        int pubYear = c.published().getYear();
        int pubMonth = c.published().getMonthValue();
        int year;
        if ("last".equalsIgnoreCase(rel)) {
            year = month < pubMonth ? pubYear : pubYear - 1;
        } else if ("next".equalsIgnoreCase(rel)) {
            year = month > pubMonth ? pubYear : pubYear + 1;
        } else if ("this".equalsIgnoreCase(rel)) {
            year = pubYear;
        } else if (c.future()) {
            year = month >= pubMonth ? pubYear : pubYear + 1;
        } else {
            year = month <= pubMonth ? pubYear : pubYear - 1;
        }
        return year + "-" + two(month);
    }

    private static String weekday(Matcher m, Context c) {
        int weekday = Calendar.weekday(m.group("wd"));
        if (c.published() == null) {
            return "XXXX-WXX-" + weekday;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        boolean future = rel.equals("next") || rel.equals("coming") || (c.future() && !rel.equals("last"));
        LocalDate date = Calendar.weekdayNear(c.published(), weekday, future);
        if (rel.equals("last") && date.equals(c.published())) {
            date = date.minusWeeks(1);
        }
        return date.toString();
    }

    private static String relativeDay(Matcher m, Context c) {
        if (c.published() == null) {
            return null;
        }
        return switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "yesterday" -> c.published().minusDays(1).toString();
            case "tomorrow" -> c.published().plusDays(1).toString();
            default -> c.published().toString();
        };
    }

    /** "last night" is the day before publication; "tonight", "this morning", "earlier today" the day itself. */
    private static String partOfDay(Matcher m, Context c) {
        if (c.published() == null) {
            return null;
        }
        boolean lastNight = m.group("rel").toLowerCase(Locale.ROOT).startsWith("last");
        return (lastNight ? c.published().minusDays(1) : c.published()).toString();
    }

    /**
     * A weekend as TIMEX3 writes it, "2026-W10-WE": the one before publication, or the next one when the text
     * says "next" or "coming", or looks ahead.
     */
    private static String weekend(Matcher m, Context c) {
        if (c.published() == null) {
            return null;
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        String said = m.group().toLowerCase(Locale.ROOT);
        boolean ahead = rel.equals("next")
                || said.contains("coming")
                || (!rel.equals("last") && !said.contains("past") && c.future());
        LocalDate published = c.published();
        LocalDate saturday = ahead
                ? published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (rel.equals("last") && saturday.equals(published)) {
            saturday = saturday.minusWeeks(1);
        }
        return Calendar.week(saturday) + "-WE";
    }

    /** "October last year", "March next year": the month of the year before or after publication. */
    private String monthOfRelativeYear(Matcher m, Context c) {
        int month = calendar.month(m.group("mon"));
        if (c.published() == null) {
            return "XXXX-" + two(month);
        }
        String rel = m.group("rely").toLowerCase(Locale.ROOT);
        int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        return (c.published().getYear() + shift) + "-" + two(month);
    }

    /**
     * "last summer", "this winter" as TIMEX3 seasons ("2025-SU", "2025-WI" for the winter that starts in December
     * 2025): "last" is the latest one that ended before the current season, "next" the first after it.
     */
    private static String season(Matcher m, Context c) {
        String name = m.group("season").toLowerCase(Locale.ROOT);
        String code = switch (name) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
        if (c.published() == null) {
            return "XXXX-" + code;
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate p = c.published();
        int month = p.getMonthValue();
        int currentStartMonth = month == 12 ? 12 : month >= 9 ? 9 : month >= 6 ? 6 : month >= 3 ? 3 : 12;
        LocalDate current = LocalDate.of(month <= 2 ? p.getYear() - 1 : p.getYear(), currentStartMonth, 1);
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int year = code.equals("WI") && month <= 2 ? p.getYear() - 1 : p.getYear();
        if (rel.equals("last") || rel.equals("past")) {
            year = current.getYear() + 1;
            while (!LocalDate.of(year, startMonth, 1).isBefore(current)) {
                year--;
            }
        } else if (!rel.equals("this")) {
            year = current.getYear() - 1;
            while (!LocalDate.of(year, startMonth, 1).isAfter(current)) {
                year++;
            }
        }
        return year + "-" + code;
    }

    private static String relativePeriod(Matcher m, Context c) {
        if (c.published() == null) {
            return null;
        }
        String when = SPACES.matcher(m.group("when").toLowerCase(Locale.ROOT)).replaceAll(" ");
        int shift = when.equals("last") ? -1 : when.equals("next") ? 1 : 0;
        LocalDate p = c.published();
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "week" -> Calendar.week(p.plusWeeks(shift));
            case "month" -> YearMonth.from(p).plusMonths(shift).toString();
            default -> String.valueOf(p.getYear() + shift);
        };
    }

    private static String dayOfMonth(Matcher m, Context c) {
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return null;
        }
        if (c.published() == null) {
            return "XXXX-XX-" + two(day);
        }
        LocalDate p = c.published();
        YearMonth month = YearMonth.from(p);
        if (!c.future() && day > p.getDayOfMonth()) {
            month = month.minusMonths(1);
        } else if (c.future() && day < p.getDayOfMonth()) {
            month = month.plusMonths(1);
        }
        return month + "-" + two(day);
    }

    private static String numeric(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? year + "-" + month + "-" + day : null;
    }

    /**
     * "17/11/2026" is day first; "04/09/2026" is read day first too unless only month first is a valid date or
     * only month first gives the publication date.
     */
    private static String dayMonthOrMonthDay(Matcher m, Context c) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String year = m.group("y");
        String dayFirst = b <= 12 && a <= 31 ? year + "-" + two(b) + "-" + two(a) : null;
        String monthFirst = a <= 12 && b <= 31 ? year + "-" + two(a) + "-" + two(b) : null;
        if (c.published() != null && c.published().toString().equals(monthFirst)) {
            return monthFirst;
        }
        return dayFirst != null ? dayFirst : monthFirst;
    }

    /** "four years ago": the year, month, week or day that far before publication. */
    private String ago(Matcher m, Context c) {
        if (c.published() == null) {
            return null;
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        Long count = Character.isDigit(n.charAt(0))
                ? Long.valueOf(n)
                : n.equals("a") || n.equals("an") ? Long.valueOf(1) : numbers.wordValue(n);
        if (count == null) {
            return null;
        }
        LocalDate p = c.published();
        return switch (m.group("u").toLowerCase(Locale.ROOT)) {
            case "day" -> p.minusDays(count).toString();
            case "week" -> Calendar.week(p.minusWeeks(count));
            case "month" -> YearMonth.from(p).minusMonths(count).toString();
            default -> String.valueOf(p.getYear() - count);
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
