package io.factwire.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells section headings from paragraphs: a heading is a short line of its own, with no sentence-ending
 * punctuation, that is neither the lead, a label ("Source: …"), a list item, a byline nor a photo credit.
 */
final class HeadingDetector {
    private static final int MAX_CHARS = 120;
    private static final int MAX_WORDS = 15;
    private static final int QUESTION_WORDS = 8;
    /** "Background:" alone on its line heads what follows; "Source: the ministry" is a label in a paragraph. */
    private static final int LABEL_HEADING_WORDS = 3;
    /** Leads run long; standfirsts, bylines and captions above them do not. */
    private static final int BODY_PARAGRAPH_WORDS = 25;

    private static final Pattern CLOSERS = Pattern.compile("[\\s\"'”’»)\\]]+$");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L}'’ ]{0,30}:\\s+\\S.*");
    /** "April 3, 2027", "9:45 am, June 14": a timestamp line under a byline, not a heading. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?i)^(?:[\\p{L}]+,?\\s+)?(?:\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?|GMT|UTC|[A-Z]{2,4}T)?[,\\s]*)?"
                    + "(?:(?:\\d{1,2}\\s+)?(?:" + new Calendar(Lexicon.get()).lowerCaseStemPattern()
                    + ")[a-z]*\\.?(?:\\s+\\d{1,2})?,?\\s+(?:19|20)\\d\\d"
                    + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})?(?:[,\\s]+\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?|GMT|UTC|[A-Z]{2,4}T)?)?\\s*$");
    /** "15:32 GMT - Kremlin declines to comment": an entry of a live blog. */
    private static final Pattern LIVE_ENTRY =
            Pattern.compile("^\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?|GMT|UTC|[A-Z]{2,4}T)?\\s*[-–—]\\s+\\S");
    /** "Dana Orlik and Tomas Vell" over a date line: a byline. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?:[\\p{Lu}][\\p{L}’'\\-.]+\\s*){1,4}(?:(?:and|&|,)\\s*(?:[\\p{Lu}][\\p{L}’'\\-.]+\\s*){1,4})*");

    private static final Pattern BULLET = Pattern.compile("^([-•*–—·▪►]|\\d+[.)])\\s.*");
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            "^(by|photo|image|picture|video|caption|credit|source|file photo|updated|published|posted|reporting)\\b.*"
                    + "|.*\\b(getty images|via getty|afp photo|reuters/|ap photo|/ap|/afp|photo:|image:)\\b.*|.*\\((photo|image|file photo)\\b.*"
                    + "|.*[.!?] [\\p{Lu}(].*",
            Pattern.CASE_INSENSITIVE);

    /** Index of the first paragraph long enough to be body text, or the number of paragraphs when none is. */
    static int firstBodyParagraph(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Words.count(paragraphs.get(i).strip()) >= BODY_PARAGRAPH_WORDS) {
                return i;
            }
        }
        return paragraphs.size();
    }

    boolean isHeading(List<String> paragraphs, int index) {
        return isHeading(paragraphs, index, firstBodyParagraph(paragraphs));
    }

    /** With {@code firstBody} from {@link #firstBodyParagraph}, worked out once for all paragraphs. */
    boolean isHeading(List<String> paragraphs, int index, int firstBody) {
        if (index == 0 || index >= paragraphs.size() - 1) {
            return false;
        }
        String text = paragraphs.get(index).strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || text.contains("\n")) {
            return false;
        }
        if (!LIVE_ENTRY.matcher(text).find() && firstBody >= index) {
            return false;
        }
        if (NAME_LINE.matcher(text).matches()
                && TIMESTAMP.matcher(paragraphs.get(index + 1).strip()).matches()) {
            return false;
        }
        if (Words.count(text) > MAX_WORDS) {
            return false;
        }
        String bare = CLOSERS.matcher(text).replaceAll("");
        boolean bareLabel = bare.endsWith(":") && Words.count(bare) <= LABEL_HEADING_WORDS;
        if (bare.isEmpty() || !bareLabel && ".,;:!…".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            return false;
        }
        if (bare.endsWith("?") && text.split("\\s+").length > QUESTION_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        boolean startsRight = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«".indexOf(first) >= 0;
        if (!startsRight || !text.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        return !LABEL.matcher(text).matches()
                && !BULLET.matcher(text).matches()
                && !NOT_A_HEADING.matcher(text).matches()
                && !TIMESTAMP.matcher(text).matches();
    }
}
