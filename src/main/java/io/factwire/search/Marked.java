package io.factwire.search;

/** An article's title and body with each match between the control characters START and END. */
public record Marked(String title, String body) {
    static final char START = '\u0002';
    static final char END = '\u0003';
}
