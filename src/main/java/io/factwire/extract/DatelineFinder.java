package io.factwire.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of the first paragraph and returns its place part:
 * {@code Pyongyang, North Korea – …}, {@code LONDON, March 3 (Reuters) -}, {@code Warsaw, (Agency - 3rd Mar,
 * 2026) -}, {@code Tallinn: …}, {@code RIGA, March 3. /TASS/.}, {@code KYIV (AP) —}.
 */
final class DatelineFinder {
    private static final int MAX_PREFIX = 90;
    private static final Pattern DASH = Pattern.compile("\\s+(?:[–—]|-{1,2})\\s+|\\s*[–—]\\s+");
    private static final Pattern AGENCY_SLASH = Pattern.compile("^(.{2,60}?)[.,]?\\s*/[^/\\n]{2,40}/\\.?\\s");
    private static final Pattern COLON = Pattern.compile("^([\\p{Lu}][\\p{L}'’.\\- ]{1,40}?):\\s");
    private static final Pattern PLACE_PART = Pattern.compile("^[\\p{Lu}][\\p{L}'’./\\- ]*$");
    private final Pattern datePart;
    private static final Pattern NOT_THE_LEAD = Pattern.compile(
            "(?i)^(by\\s|updated|published|posted|last updated|photo|image|video|listen|\\(?reporting by|editor[’']?s note|note:"
                    + "|correction:|warning:|key (points|developments)|[-•*] ).*|^[^.!?]{0,60}$");
    /** A dateline opens a lead; a byline with a dash ("Anna Berg — 7 May 2026") is too short to be one. */
    private static final int LEAD_WORDS = 10;

    private static final Pattern SINGLE_PLACE_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]{2,}");
    /** A paragraph this long is the lead itself: the dateline is not looked for past it. */
    private static final int FULL_LEAD_WORDS = 25;

    private final Set<String> labels;
    private final Set<String> sectionLabels;
    private final Gazetteer gazetteer;

    DatelineFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.labels = lexicon.lowerSet("common-capitalized");
        this.sectionLabels = lexicon.lowerSet("section-labels");
        this.gazetteer = gazetteer;
        datePart = Pattern.compile(".*\\d.*|(?i)(" + new Calendar(lexicon).lowerCaseNamePattern() + ")\\.?( \\d.*)?"
                + "|(?i)(mon|tues|wednes|thurs|fri|satur|sun)day");
    }

    /**
     * The dateline of the lead. Bylines, timestamps, captions and standfirsts may stand above the lead; the
     * dateline opens the lead (a paragraph of some length) or stands alone on the line above it as a known place.
     */
    Optional<String> find(List<String> openingParagraphs) {
        String placeLine = null;
        String lineAbove = null;
        for (String paragraph : openingParagraphs) {
            String text = paragraph.strip();
            int words = Words.count(text);
            if (words >= LEAD_WORDS) {
                Optional<String> found = find(text);
                if (found.isPresent()) {
                    return found;
                }
                if (words >= FULL_LEAD_WORDS && !NOT_THE_LEAD.matcher(text).matches()) {
                    // One capitalised word alone right above the lead is where it was filed from ("Sindhupalchok").
                    if (placeLine == null
                            && lineAbove != null
                            && SINGLE_PLACE_WORD.matcher(lineAbove).matches()
                            && !labels.contains(lineAbove.toLowerCase(java.util.Locale.ROOT))
                            && !sectionLabels.contains(lineAbove.toLowerCase(java.util.Locale.ROOT))) {
                        placeLine = lineAbove;
                    }
                    break;
                }
            } else if (placeLine == null && isPlaceLine(text)) {
                placeLine = text;
            }
            lineAbove = text;
        }
        return Optional.ofNullable(placeLine);
    }

    /** "Pristina" or "Kabul, Afghanistan" alone on a line: a place the article was filed from. */
    private boolean isPlaceLine(String text) {
        if (text.isEmpty() || Words.count(text) > 4) {
            return false;
        }
        for (String part : text.split(",\\s*")) {
            if (gazetteer.isPlace(part.strip())) {
                return true;
            }
        }
        return false;
    }

    Optional<String> find(String firstParagraph) {
        Matcher slash = AGENCY_SLASH.matcher(firstParagraph);
        if (slash.find()) {
            return placeOf(slash.group(1));
        }
        String prefix = prefixBeforeDash(firstParagraph);
        if (prefix != null) {
            return placeOf(prefix);
        }
        Matcher colon = COLON.matcher(firstParagraph);
        if (colon.find()
                && !labels.contains(colon.group(1).strip().toLowerCase(Locale.ROOT))
                && colon.group(1).strip().split("\\s+").length <= 4
                && isKnownOrCapitals(colon.group(1).strip())) {
            return placeOf(colon.group(1));
        }
        return Optional.empty();
    }

    /** "Tallinn:" or "NARVA:" is a dateline; "Exclusive:" is a label. */
    private boolean isKnownOrCapitals(String place) {
        return gazetteer.isPlace(place) || place.equals(place.toUpperCase(java.util.Locale.ROOT));
    }

    /** The text before the first spaced dash that is outside parentheses, if it is short. */
    private static String prefixBeforeDash(String paragraph) {
        int depth = 0;
        int limit = Math.min(paragraph.length(), MAX_PREFIX + 40);
        for (int i = 0; i < limit; i++) {
            char c = paragraph.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '–' || c == '—' || c == '-')) {
                if (c == '-'
                        && i + 2 < paragraph.length()
                        && paragraph.charAt(i + 1) == '-'
                        && paragraph.charAt(i + 2) == ' '
                        && i > 0
                        && paragraph.charAt(i - 1) == ' ') {
                    return i <= MAX_PREFIX ? paragraph.substring(0, i) : null;
                }
                boolean spacedBefore = i > 0 && paragraph.charAt(i - 1) == ' ';
                boolean spacedAfter = i + 1 < paragraph.length() && paragraph.charAt(i + 1) == ' ';
                boolean longDash = c != '-';
                if ((spacedBefore && spacedAfter) || (longDash && spacedAfter)) {
                    return i <= MAX_PREFIX ? paragraph.substring(0, i) : null;
                }
            }
        }
        return null;
    }

    /** Keeps the leading comma-separated parts that name a place; stops at a date or a parenthesis. */
    private Optional<String> placeOf(String prefix) {
        String head = prefix.strip();
        int paren = head.indexOf('(');
        if (paren >= 0) {
            head = head.substring(0, paren).strip();
        }
        StringBuilder place = new StringBuilder();
        for (String part : head.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (datePart.matcher(p).matches() || !PLACE_PART.matcher(p).matches() || p.split("\\s+").length > 4) {
                break;
            }
            if (place.length() > 0) {
                place.append(", ");
            }
            place.append(p);
        }
        String result = place.toString().replaceAll("[.\\s]+$", "");
        if (result.isEmpty() || labels.contains(result.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(result);
    }
}
