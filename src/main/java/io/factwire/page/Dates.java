package io.factwire.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication times as Factwire keeps them: a date ({@code 2025-01-13}) or an RFC 3339 date-time with the offset
 * it was given in ({@code 2025-01-13T11:17:00+09:00}); a time without an offset stays local
 * ({@code 2025-01-13T11:17:00}). Reads what pages and feeds write: ISO 8601 with or without seconds or the
 * offset's colon, RFC 822 ({@code Mon, 13 Jan 2025 11:17:00 +0900}) and written-out dates.
 */
public final class Dates {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter FRACTION = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .toFormatter(Locale.ROOT);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    /** RFC 822 zone names that feeds still write. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"),
            Map.entry("GMT", "+0000"),
            Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"),
            Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"),
            Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"),
            Map.entry("PDT", "-0700"));

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,4}|[+-]\\d{4})?");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    private static final Pattern WRITTEN_DATE =
            Pattern.compile("(?:[A-Z][a-z]+\\.? \\d{1,2}, \\d{4})|(?:\\d{1,2} [A-Z][a-z]+\\.? \\d{4})");

    private Dates() {}

    /** {@code text} in Factwire's form, or null when it is no date this class can read. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return iso(m);
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return m.group(4) == null
                        ? date.toString()
                        : format(date.atTime(
                                Integer.parseInt(m.group(4)),
                                Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
            }
            m = SLASHED.matcher(t);
            if (m.lookingAt()) {
                return LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)))
                        .toString();
            }
            m = RFC822.matcher(t);
            if (m.matches()) {
                return rfc822(m);
            }
            m = ISO.matcher(t);
            if (m.find() && m.start() == 0) {
                return iso(m); // a date-time followed by more, e.g. "2025-01-13T11:17:00+09:00 (updated)"
            }
            return written(t);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A date or date-time found anywhere in visible text ("Published March 3, 2026 at 9:00"), as a date. */
    public static String findWritten(String text) {
        Matcher m = WRITTEN_DATE.matcher(text);
        while (m.find()) {
            String date = written(m.group().replace(".", ""));
            if (date != null) {
                return date;
            }
        }
        Matcher iso = ISO.matcher(text);
        return iso.find() ? normalize(iso.group()) : null;
    }

    private static String written(String t) {
        String cleaned = t.replace(".", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(cleaned, f.withResolverStyle(ResolverStyle.SMART))
                        .toString();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    private static String format(LocalDateTime time) {
        return time.getNano() == 0 ? SECONDS.format(time) : FRACTION.format(time);
    }

    private static String iso(Matcher m) {
        LocalDate date =
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return date.toString();
        }
        int nanos = 0;
        if (m.group(7) != null) {
            nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
        }
        LocalDateTime time = date.atTime(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                nanos);
        String zone = m.group(8);
        if (zone == null) {
            return format(time);
        }
        return format(time) + offset(zone);
    }

    private static String offset(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return "Z";
        }
        String digits = zone.replace(":", "");
        String hh = digits.substring(1, 3);
        String mm = digits.length() >= 5 ? digits.substring(3, 5) : "00";
        ZoneOffset.of(digits.charAt(0) + hh + ":" + mm); // throws when out of range
        return digits.charAt(0) + hh + ":" + mm;
    }

    private static String rfc822(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? 2000 + year : year;
        String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT)
                + m.group(2).substring(1).toLowerCase(Locale.ROOT);
        LocalDate date = LocalDate.parse(
                m.group(1) + " " + month + " " + year, DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
        LocalDateTime time = date.atTime(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String zone = m.group(7);
        if (zone == null) {
            return format(time);
        }
        String numeric = zone.startsWith("+") || zone.startsWith("-") ? zone : ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (numeric == null) {
            return format(time);
        }
        return numeric.equals("+0000") && !zone.startsWith("+") ? format(time) + "Z" : format(time) + offset(numeric);
    }

    /** The local calendar date of a normalised value: relative dates in the text count from it. */
    public static LocalDate localDate(String normalized) {
        return normalized == null ? null : LocalDate.parse(normalized.substring(0, 10));
    }
}
