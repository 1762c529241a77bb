package io.factwire.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The laid-out article the fact and quote stages read: the body, its blocks and sentences, its sections and
 * the publication date relative dates resolve against (null when unknown), and the budget the stages spend.
 */
record Document(
        String body,
        List<Block> blocks,
        List<Span> sentences,
        List<Section> sections,
        List<Token> tokens,
        LocalDate publishedAt,
        ExtractionBudget budget) {
    Document {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        sections = List.copyOf(sections);
        tokens = List.copyOf(tokens);
    }

    /** The words inside {@code [start,end)}, found by binary search over the document's words. */
    List<Token> tokensIn(int start, int end) {
        int lo = firstTokenAtOrAfter(start);
        int hi = firstTokenAtOrAfter(end);
        return tokens.subList(lo, hi);
    }

    private int firstTokenAtOrAfter(int offset) {
        return Token.firstAtOrAfter(tokens, offset);
    }

    /** Sections are in text order: the last one starting at or before {@code offset}, by binary search. */
    int sectionAt(int offset) {
        int lo = 0;
        int hi = sections.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sections.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0 : sections.get(lo - 1).index();
    }

    int blockIndexAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(lo, 0);
    }

    Span sentenceAt(int offset) {
        if (sentences.isEmpty()) {
            return new Span(0, body.length());
        }
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sentences.get(lo);
    }

    String text(int start, int end) {
        return body.substring(start, end);
    }
}
