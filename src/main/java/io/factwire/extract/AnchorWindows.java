package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The stretches of a text worth running expensive patterns over: every match must contain an anchor word (a
 * month, a time unit, a formation noun), so each anchor token is widened by how far a match can reach before and
 * after it, inside its block. Patterns then scan a few percent of the body instead of all of it.
 */
final class AnchorWindows {
    private final Predicate<Token> anchor;
    private final int before;
    private final int after;

    AnchorWindows(Predicate<Token> anchor, int before, int after) {
        this.anchor = anchor;
        this.before = before;
        this.after = after;
    }

    /** Disjoint ranges [start,end) in text order. */
    List<Span> in(Document doc) {
        List<Span> windows = new ArrayList<>();
        for (Token token : doc.tokens()) {
            if (anchor.test(token)) {
                widen(doc, token, windows);
            }
        }
        return windows;
    }

    /**
     * The windows of several anchors in one pass over the words: {@code kinds} answers, for a word, a bit set of the
     * anchors it is a word of (bit {@code i} for {@code anchors.get(i)}, at most 32 anchors), so a word is
     * classified once, with the look-ups it needs, instead of asked by every anchor in turn. Same windows as
     * {@link #in(Document)} gives for each anchor whose test agrees with its bit.
     */
    static List<List<Span>> in(
            Document doc, List<AnchorWindows> anchors, java.util.function.ToIntFunction<Token> kinds) {
        List<List<Span>> windows = new ArrayList<>(anchors.size());
        for (int i = 0; i < anchors.size(); i++) {
            windows.add(new ArrayList<>());
        }
        for (Token token : doc.tokens()) {
            int bits = kinds.applyAsInt(token);
            while (bits != 0) {
                int i = Integer.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                anchors.get(i).widen(doc, token, windows.get(i));
            }
        }
        return windows;
    }

    private void widen(Document doc, Token token, List<Span> windows) {
        Block block = doc.blocks().get(doc.blockIndexAt(token.start()));
        int start = Math.max(block.start(), token.start() - before);
        int end = Math.min(block.end(), token.end() + after);
        if (!windows.isEmpty() && windows.get(windows.size() - 1).end() >= start) {
            Span last = windows.remove(windows.size() - 1);
            start = last.start();
            end = Math.max(end, last.end());
        }
        windows.add(new Span(start, end));
    }
}
