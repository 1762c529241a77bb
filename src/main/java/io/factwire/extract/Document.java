package io.factwire.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The laid-out article the fact and quote stages read: the body, its blocks and sentences, its sections and
 * the publication date relative dates resolve against (null when unknown).
 */
record Document(String body, List<Block> blocks, List<Span> sentences, List<Section> sections, LocalDate publishedAt) {
    Document {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        sections = List.copyOf(sections);
    }

    int sectionAt(int offset) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i).start() <= offset) {
                return sections.get(i).index();
            }
        }
        return 0;
    }

    int blockIndexAt(int offset) {
        for (int i = 0; i < blocks.size(); i++) {
            if (offset < blocks.get(i).end() || i == blocks.size() - 1) {
                return i;
            }
        }
        return 0;
    }

    Span sentenceAt(int offset) {
        for (Span sentence : sentences) {
            if (offset < sentence.end()) {
                return sentence;
            }
        }
        return sentences.isEmpty() ? new Span(0, body.length()) : sentences.get(sentences.size() - 1);
    }

    String text(int start, int end) {
        return body.substring(start, end);
    }
}
