package io.factwire.extract;

/**
 * Tells a quoted phrase inside the writer's own sentence (a fragment: claimed their “latest military hardware”)
 * from a quoted statement: a statement ends in punctuation inside its marks, follows a colon, opens its
 * paragraph, or is long.
 */
final class FragmentClassifier {
    private static final int STATEMENT_WORDS = 15;

    boolean isFragment(String body, QuoteSpan q, Block block) {
        String text = body.substring(q.start(), q.end());
        int words = text.split("\\s+").length;
        if (q.runsOn() || words > STATEMENT_WORDS) {
            return false;
        }
        char last = body.charAt(q.close() - 1);
        boolean closedByPunctuation = ".!?,;…".indexOf(last) >= 0 || (q.close() - 1 > q.start() && ".!?,".indexOf(body.charAt(q.close() - 1)) >= 0);
        int lead = q.open() - 1;
        while (lead >= block.start() && body.charAt(lead) == ' ') {
            lead--;
        }
        boolean afterColon = lead >= block.start() && body.charAt(lead) == ':';
        boolean opensParagraph = lead < block.start();
        if (block.heading()) {
            return true;
        }
        if (afterColon || (opensParagraph && words >= 3)) {
            return false;
        }
        if (closedByPunctuation && words >= 3) {
            return wordsEndInPhrase(body, q);
        }
        return true;
    }

    /** “international justice.” ends a sentence of the writer's, not a statement: a short phrase with a full stop. */
    private static boolean wordsEndInPhrase(String body, QuoteSpan q) {
        String text = body.substring(q.start(), q.end());
        return text.split("\\s+").length <= 3 && text.endsWith(".") && Character.isLowerCase(text.charAt(0));
    }
}
