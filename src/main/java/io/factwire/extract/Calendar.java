package io.factwire.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month and weekday names, and how a partial date resolves against the publication date. */
final class Calendar {
    private final Map<String, Integer> months = new HashMap<>();
    /** Each month's names as written in the list, the full name first. */
    private final java.util.List<java.util.List<String>> names = new java.util.ArrayList<>();

    private final String monthAlternation;
    static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final java.util.Set<String> WEEKDAY_NAMES =
            java.util.Set.of(WEEKDAYS.toLowerCase(Locale.ROOT).split("\\|"));

    Calendar(Lexicon lexicon) {
        for (String line : lexicon.lines("months")) {
            String[] parts = line.split("\\|");
            names.add(java.util.List.of(parts).subList(1, parts.length));
            for (int i = 1; i < parts.length; i++) {
                months.put(parts[i].toLowerCase(Locale.ROOT), Integer.parseInt(parts[0]));
            }
        }
        monthAlternation = months.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1))
                .collect(Collectors.joining("|"));
    }

    /** Every month name and abbreviation, lower case. */
    java.util.Set<String> lowerCaseNames() {
        return java.util.Set.copyOf(months.keySet());
    }

    /** Month names and abbreviations, capitalised, longest first, for a regular expression. */
    String monthPattern() {
        return monthAlternation;
    }

    /** The full month names, capitalised, in calendar order, but {@code except}, for a regular expression. */
    String fullNamePattern(String except) {
        return names.stream().map(n -> n.get(0)).filter(n -> !n.equals(except)).collect(Collectors.joining("|"));
    }

    /** Every month name and abbreviation, lower case, for a case-insensitive regular expression. */
    String lowerCaseNamePattern() {
        return months.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|"));
    }

    /** The shortest name of each month, lower case ("jan", "sep", "may"): what longer forms of it start with. */
    String lowerCaseStemPattern() {
        return names.stream()
                .map(n -> n.stream()
                        .min((a, b) -> a.length() - b.length())
                        .orElseThrow()
                        .toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

    /** "March", "mid-December", "Sept": a capitalised month name or abbreviation. */
    boolean isMonth(String token) {
        if (!capitalisedAfterHyphen(token)) {
            return false;
        }
        String word = bare(token);
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && months.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** What {@link #nameKind(Token)} answers. */
    static final int MONTH = 1;

    static final int WEEKDAY = 2;

    /**
     * {@link #MONTH} when {@link #isMonth(String)} holds for the word, else {@link #WEEKDAY} when
     * {@link #isWeekday(String)} does, else 0 (no name is both). A word without a hyphen or an apostrophe is its own
     * name, and its lower case is the token's: no new string.
     */
    int nameKind(Token token) {
        String text = token.text();
        if (text.indexOf('-') < 0 && text.indexOf('\'') < 0 && text.indexOf('’') < 0) {
            if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
                return 0;
            }
            String lower = token.lower();
            return months.containsKey(lower) ? MONTH : WEEKDAY_NAMES.contains(lower) ? WEEKDAY : 0;
        }
        return isMonth(text) ? MONTH : isWeekday(text) ? WEEKDAY : 0;
    }

    /** "Friday", "Sunday’s": a capitalised weekday name. */
    static boolean isWeekday(String token) {
        if (!capitalisedAfterHyphen(token)) {
            return false;
        }
        String word = bare(token);
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && WEEKDAY_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name after the last hyphen starts with a capital: asked first, since most words do not, and
     * it needs no new string.
     */
    static boolean capitalisedAfterHyphen(String token) {
        int start = token.lastIndexOf('-') + 1;
        return start < token.length() && Character.isUpperCase(token.charAt(start));
    }

    /** The name after a hyphen, before a possessive. */
    private static String bare(String token) {
        return Words.stripPossessive(token.substring(token.lastIndexOf('-') + 1));
    }

    int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static int weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> 1;
            case "tue" -> 2;
            case "wed" -> 3;
            case "thu" -> 4;
            case "fri" -> 5;
            case "sat" -> 6;
            default -> 7;
        };
    }

    /** The year of a month and day given without one: the last such day on or before publication, or the next. */
    static int yearOf(LocalDate published, int month, int day, boolean future) {
        int year = published.getYear();
        LocalDate candidate = LocalDate.of(year, month, Math.min(day, 28));
        if (!future && candidate.isAfter(published)) {
            return year - 1;
        }
        if (future && candidate.isBefore(published)) {
            return year + 1;
        }
        return year;
    }

    static LocalDate weekdayNear(LocalDate published, int weekday, boolean future) {
        int today = published.getDayOfWeek().getValue();
        if (future) {
            int ahead = (weekday - today + 7) % 7;
            return published.plusDays(ahead == 0 ? 7 : ahead);
        }
        int back = (today - weekday + 7) % 7;
        return published.minusDays(back);
    }

    static String week(LocalDate date) {
        return String.format(
                Locale.ROOT,
                "%04d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
