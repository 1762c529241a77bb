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
    private static final int BODY_PARAGRAPH_WORDS = 15;
    private static final Pattern CLOSERS = Pattern.compile("[\\s\"'”’»)\\]]+$");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L}'’ ]{0,30}:(\\s|$).*");
    private static final Pattern BULLET = Pattern.compile("^([-•*–—·▪►]|\\d+[.)])\\s.*");
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            "^(by|photo|image|picture|video|caption|credit|source|file photo|updated|published|posted|reporting)\\b.*"
                    + "|.*\\b(getty images|via getty|afp photo|reuters/|ap photo|/ap|/afp|photo:|image:)\\b.*|.*\\((photo|image|file photo)\\b.*"
                    + "|.*[.!?] [\\p{Lu}(].*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A heading divides article text: some real paragraph must come before it, so a standfirst or a byline block
     * under the title is not taken for one.
     */
    private static boolean bodyTextBefore(List<String> paragraphs, int index) {
        for (int i = 0; i < index; i++) {
            String p = paragraphs.get(i).strip();
            if (Words.count(p) >= BODY_PARAGRAPH_WORDS) {
                return true;
            }
        }
        return false;
    }

    boolean isHeading(List<String> paragraphs, int index) {
        if (index == 0 || index >= paragraphs.size() - 1) {
            return false;
        }
        String text = paragraphs.get(index).strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || text.contains("\n") || !bodyTextBefore(paragraphs, index)) {
            return false;
        }
        if (Words.count(text) > MAX_WORDS) {
            return false;
        }
        String bare = CLOSERS.matcher(text).replaceAll("");
        if (bare.isEmpty() || ".,;:!…".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
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
        return !LABEL.matcher(text).matches() && !BULLET.matcher(text).matches()
                && !NOT_A_HEADING.matcher(text).matches();
    }
}
