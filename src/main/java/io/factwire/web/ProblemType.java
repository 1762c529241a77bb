package io.factwire.web;

/** The kinds of problem this API reports; {@link #uri()} is the problem's {@code type}. */
public enum ProblemType {
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    CONTENT_TOO_LARGE(413, "content-too-large", "Content too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    NO_ARTICLE(422, "no-article", "No article found"),
    TOO_COSTLY(422, "too-costly", "Too costly to extract"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    TIMEOUT(503, "timeout", "Request took too long"),
    NOT_READY(503, "not-ready", "Not ready"),
    BUSY(503, "busy", "Too busy"),
    STORAGE_BUSY(503, "storage-unavailable", "Storage unavailable"),
    HTTP_VERSION_NOT_SUPPORTED(505, "http-version-not-supported", "HTTP version not supported"),
    STORAGE_FULL(507, "storage-full", "Storage full");

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
