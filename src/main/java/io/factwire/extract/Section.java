package io.factwire.extract;

import java.util.List;

/**
 * A run of paragraphs under one heading; the lead before the first heading has a null heading.
 * {@code [start,end)} covers the heading line (when there is one) and the paragraphs.
 */
public record Section(int index, String heading, int start, int end, List<Paragraph> paragraphs) implements Spanned {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
