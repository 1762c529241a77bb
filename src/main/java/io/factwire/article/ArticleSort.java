package io.factwire.article;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders of the article list; articles without a publication date come last either way. Every order is a walk
 * of an index from the last article served (a keyset), so a page never skips or repeats an article.
 */
public enum ArticleSort {
    STORED("stored", Key.STORED, false),
    PUBLISHED("published", Key.PUBLISHED, false),
    PUBLISHED_DESC("-published", Key.PUBLISHED, true),
    UPDATED("updated", Key.UPDATED, false),
    UPDATED_DESC("-updated", Key.UPDATED, true);

    /** What the list is ordered by; ties go by storage position in the same direction. */
    enum Key {
        STORED,
        PUBLISHED,
        UPDATED
    }

    private final String id;
    private final Key key;
    private final boolean descending;

    ArticleSort(String id, Key key, boolean descending) {
        this.id = id;
        this.key = key;
        this.descending = descending;
    }

    public String id() {
        return id;
    }

    Key key() {
        return key;
    }

    boolean descending() {
        return descending;
    }

    /** The keyset comparison and the ORDER BY direction: constants of this enum, never client text. */
    String after() {
        return descending ? "<" : ">";
    }

    String direction() {
        return descending ? "DESC" : "ASC";
    }

    /** The position before the first article: below (or, descending, above) every stored one. */
    String firstText() {
        return descending ? "~" : ""; // '~' sorts after every ISO date and instant
    }

    long firstSeq() {
        return descending ? Long.MAX_VALUE : 0;
    }

    public static Optional<ArticleSort> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
