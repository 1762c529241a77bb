package io.factwire.page;

/** The page holds no article: a home page, a login form, an image page. */
public final class NoArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoArticleException(String message) {
        super(message);
    }
}
