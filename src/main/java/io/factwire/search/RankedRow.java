package io.factwire.search;

/** A matching article's position, its bm25 rank (lower is better) and, when sorted by it, its date. */
public record RankedRow(long seq, double rank, String publishedAt) {}
