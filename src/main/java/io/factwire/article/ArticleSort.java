package io.factwire.article;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the article list; articles without a publication date come last either way. */
public enum ArticleSort {
    STORED("stored", "a.seq"),
    PUBLISHED("published", "a.published_at IS NULL, a.published_at, a.seq"),
    PUBLISHED_DESC("-published", "a.published_at IS NULL, a.published_at DESC, a.seq DESC"),
    UPDATED("updated", "a.updated_at, a.seq"),
    UPDATED_DESC("-updated", "a.updated_at DESC, a.seq DESC");

    private final String id;
    private final String orderBy;

    ArticleSort(String id, String orderBy) {
        this.id = id;
        this.orderBy = orderBy;
    }

    public String id() {
        return id;
    }

    /** The ORDER BY clause: a constant of this enum, never client text. */
    String orderBy() {
        return orderBy;
    }

    public static Optional<ArticleSort> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
