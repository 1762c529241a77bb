package io.factwire.article;

/**
 * What a conditional write requires of the article as it stands when the write takes the lock (the HTTP layer
 * makes one from {@code If-Match} or {@code If-Unmodified-Since}). Tested inside the write's transaction, so no
 * other write can slip in between the test and the change.
 */
@FunctionalInterface
public interface Precondition {
    /** No condition: the write goes ahead on whatever is stored. */
    Precondition NONE = current -> true;

    boolean holds(ArticleView current);
}
