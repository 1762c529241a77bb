package io.factwire.search;

import java.util.Arrays;
import java.util.Optional;

/** Orders of search hits: best first (bm25), or by publication date either way with undated hits last. */
public enum SearchSort {
    RELEVANCE("relevance", false),
    PUBLISHED("published", false),
    PUBLISHED_DESC("-published", true);

    private final String id;
    private final boolean descending;

    SearchSort(String id, boolean descending) {
        this.id = id;
        this.descending = descending;
    }

    public String id() {
        return id;
    }

    /** The keyset comparison and the ORDER BY direction: constants, never client text. */
    String after() {
        return descending ? "<" : ">";
    }

    String direction() {
        return descending ? "DESC" : "ASC";
    }

    /** Cursors of one order are refused by another: a position means nothing there. */
    String cursorKind() {
        return "search" + id;
    }

    public static Optional<SearchSort> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
