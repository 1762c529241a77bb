package io.factwire.page;

/** The page holds no article: a home page, a login form, an image page. */
public final class NoArticleException extends RuntimeException {
    public NoArticleException(String message) {
        super(message);
    }
}
