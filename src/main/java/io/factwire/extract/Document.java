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
        // Lists whose binary searches read arrays of offsets (Spans).
        blocks = Ranges.of(blocks);
        sentences = Ranges.of(sentences);
        sections = Ranges.of(sections);
        tokens = Ranges.of(tokens);
    }

    /** The words inside {@code [start,end)}, found by binary search over the document's words. */
    List<Token> tokensIn(int start, int end) {
        return tokens.subList(Spans.firstStartingAtOrAfter(tokens, start), Spans.firstStartingAtOrAfter(tokens, end));
    }

    /** Sections are in text order: the last one starting at or before {@code offset}, by binary search. */
    int sectionAt(int offset) {
        int k = Spans.lastStartingAtOrBefore(sections, offset);
        return k < 0 ? 0 : sections.get(k).index();
    }

    /** The block holding {@code offset}, else the next one, else the last one (0 when there is none). */
    int blockIndexAt(int offset) {
        return Math.max(Math.min(Spans.firstEndingAfter(blocks, offset), blocks.size() - 1), 0);
    }

    /** The sentence holding {@code offset}, else the next one, else the last one. */
    Span sentenceAt(int offset) {
        if (sentences.isEmpty()) {
            return new Span(0, body.length());
        }
        return sentences.get(Math.min(Spans.firstEndingAfter(sentences, offset), sentences.size() - 1));
    }

    String text(int start, int end) {
        return body.substring(start, end);
    }
}
