package io.factwire.article;

/** One row of {@code sections}; its paragraphs are {@link ParagraphRow}s with the same section index. */
public record SectionRow(int index, String heading, int start, int end) {}
