package io.factwire.corpus;

import java.time.LocalDate;

/** Which quotes {@code GET /v1/quotes} keeps; null parts keep everything. */
public record QuoteFilter(
        String speaker, String source, String text, Boolean fragment, LocalDate publishedFrom, LocalDate publishedTo) {
    public String fromIso() {
        return publishedFrom == null ? null : publishedFrom.toString();
    }

    public String toIso() {
        return publishedTo == null ? null : publishedTo.toString();
    }
}
