package io.factwire.article;

/** One row of {@code paragraphs}: the {@code index}-th paragraph of section {@code section}. */
public record ParagraphRow(int section, int index, int start, int end) {}
