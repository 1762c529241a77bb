package io.factwire.web;

/** The kinds of problem this API reports; {@link #uri()} is the problem's {@code type}. */
public enum ProblemType {
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    TIMEOUT(503, "timeout", "Request took too long"),
    NOT_READY(503, "not-ready", "Not ready");

    private static final String PREFIX = "urn:factwire:problem:";

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String name, String title) {
        this.status = status;
        this.uri = PREFIX + name;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail, String instance, String parameter) {
        return new Problem(uri, title, status, detail, instance, parameter);
    }
}
