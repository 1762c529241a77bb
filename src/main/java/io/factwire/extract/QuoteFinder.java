package io.factwire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotations in curly, straight or angle double quotes, and in single quotes where they are used as
 * quote marks rather than apostrophes. Single quotes inside a double-quoted quotation belong to it. A
 * quotation left open at the end of a paragraph runs on when the next paragraph opens a mark again.
 */
final class QuoteFinder {
    private static final String OPENERS = "“„«";
    private static final String CLOSERS = "”»";

    List<QuoteSpan> find(Document doc) {
        String body = doc.body();
        List<QuoteSpan> quotes = new ArrayList<>();
        int group = 0;
        boolean previousRanOn = false;
        for (Block block : doc.blocks()) {
            doc.budget().step(2L * block.length() + 1);
            List<Marks> marks = doubleQuoted(body, block.start(), block.end());
            List<Marks> singles = singleQuoted(body, block.start(), block.end(), marks, doc.budget());
            List<Marks> all = new ArrayList<>(marks);
            all.addAll(singles);
            all.sort(Comparator.comparingInt(Marks::open));
            boolean ranOn = false;
            for (Marks mark : all) {
                doc.budget().check();
                int open = mark.open();
                int close = mark.close();
                boolean continues = previousRanOn && open == block.start();
                if (!continues) {
                    group++;
                }
                int innerEnd = close < 0 ? block.end() : close;
                QuoteSpan span = trimmed(body, open + 1, innerEnd, open, close, group);
                if (span != null) {
                    quotes.add(span);
                }
                ranOn = close < 0;
            }
            previousRanOn = ranOn;
        }
        return quotes;
    }

    /** Where a quotation's marks stand; {@code close} is -1 for a mark still open at the block's end. */
    private record Marks(int open, int close) {}

    /** The pairs of double quote marks. */
    private static List<Marks> doubleQuoted(String body, int from, int to) {
        List<Marks> pairs = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            // Only quote marks matter below, and every mark but the straight one is outside ASCII.
            if (c < 128 && c != '"') {
                continue;
            }
            boolean spaceBefore = i == from || isSpaceOrOpenPunct(body.charAt(i - 1));
            boolean spaceAfter = i + 1 >= to || Character.isWhitespace(body.charAt(i + 1));
            if (open < 0) {
                if (OPENERS.indexOf(c) >= 0 || ((c == '"' || c == '”') && spaceBefore && !spaceAfter)) {
                    open = i;
                }
            } else if (CLOSERS.indexOf(c) >= 0 || c == '"') {
                if (c == '"' && spaceBefore && !spaceAfter && i > open + 1) {
                    // An opening straight mark while one is open: the earlier one was never closed.
                    pairs.add(new Marks(open, lastNonSpace(body, open, i)));
                    open = i;
                } else {
                    pairs.add(new Marks(open, i));
                    open = -1;
                }
            } else if (OPENERS.indexOf(c) >= 0 && c != '«' && spaceBefore) {
                pairs.add(new Marks(open, lastNonSpace(body, open, i)));
                open = i;
            }
        }
        if (open >= 0) {
            pairs.add(new Marks(open, -1));
        }
        return pairs;
    }

    private static int lastNonSpace(String body, int open, int next) {
        int end = next;
        while (end > open + 1 && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Single-quoted phrases outside double quotes: an opening mark at a word start and a closing mark at a word
     * end, at least two words apart, so apostrophes (Kim’s, ’90s, rock ’n’ roll) are not taken for quotes.
     */
    private static List<Marks> singleQuoted(
            String body, int from, int to, List<Marks> doubles, ExtractionBudget budget) {
        List<Marks> pairs = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            budget.check();
            if ((c == '‘' || c == '\'')
                    && (i == from || isSpaceOrOpenPunct(body.charAt(i - 1)))
                    && i + 1 < to
                    && Character.isLetter(body.charAt(i + 1))
                    && !inside(doubles, i)) {
                int close = findSingleClose(body, i + 1, to, budget);
                // A curly opening mark is no apostrophe, so one quoted word counts; straight marks need two.
                if (close > 0
                        && (c == '‘' && close - i > 2
                                || body.substring(i + 1, close).strip().contains(" "))) {
                    pairs.add(new Marks(i, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return pairs;
    }

    private static int findSingleClose(String body, int from, int to, ExtractionBudget budget) {
        for (int j = from; j < to; j++) {
            budget.check();
            char c = body.charAt(j);
            if ((c == '’' || c == '\'') && !Character.isWhitespace(body.charAt(j - 1))) {
                boolean wordEnd = j + 1 >= to || !Character.isLetterOrDigit(body.charAt(j + 1));
                boolean plural = body.charAt(j - 1) == 's' && j + 1 < to && body.charAt(j + 1) == ' ';
                if (wordEnd && !plural) {
                    return j;
                }
            }
            if (c == '"' || c == '“' || c == '”' || j - from > 300) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Double-quoted pairs are in text order and do not overlap, so only the last one opening before
     * {@code offset} can hold it: found by binary search.
     */
    private static boolean inside(List<Marks> pairs, int offset) {
        int k = Spans.firstAtLeast(pairs, Marks::open, offset);
        if (k == 0) {
            return false;
        }
        Marks pair = pairs.get(k - 1);
        return pair.close() < 0 || offset < pair.close();
    }

    private static boolean isSpaceOrOpenPunct(char c) {
        return Character.isWhitespace(c) || "([{—–-/:".indexOf(c) >= 0;
    }

    private static QuoteSpan trimmed(String body, int start, int end, int open, int close, int group) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
            e--;
        }
        boolean hasWord = false;
        for (int i = s; i < e && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(body.charAt(i));
        }
        return hasWord ? new QuoteSpan(s, e, open, close, group) : null;
    }
}
