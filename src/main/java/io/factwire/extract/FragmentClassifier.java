package io.factwire.extract;

/**
 * Tells a quoted phrase inside the writer's own sentence (a fragment: called the plan a “bridge too far”)
 * from a quoted statement. A statement runs on over paragraphs, is long, follows a colon, opens its paragraph,
 * or starts with a capital and closes on its own punctuation or after "said that". A quotation that starts in
 * lower case inside a sentence is a fragment, whatever punctuation American style puts inside its marks.
 */
final class FragmentClassifier {
    private static final int STATEMENT_WORDS = 15;

    boolean isFragment(String body, QuoteSpan q, Block block) {
        String text = q.coveredText(body);
        int words = Words.count(text);
        if (q.runsOn() || words > STATEMENT_WORDS) {
            return false;
        }
        if (block.heading()) {
            return true;
        }
        int lead = q.open() - 1;
        while (lead >= block.start() && body.charAt(lead) == ' ') {
            lead--;
        }
        boolean afterColon = lead >= block.start() && body.charAt(lead) == ':';
        boolean opensParagraph = lead < block.start();
        if (afterColon || (opensParagraph && words >= 3)) {
            return false;
        }
        char first = firstLetter(text);
        if (Character.isLowerCase(first)) {
            return true;
        }
        char last = body.charAt(q.close() - 1);
        boolean closedByPunctuation = ".!?,;…".indexOf(last) >= 0;
        if (closedByPunctuation && words >= 2) {
            return false;
        }
        String before =
                body.substring(Math.max(block.start(), q.open() - 6), q.open()).toLowerCase(java.util.Locale.ROOT);
        boolean reported = before.endsWith("that ") || before.endsWith("said ") || before.endsWith("says ");
        return !(reported && words >= 4);
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
