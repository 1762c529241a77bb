package io.factwire.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Conditional writes (RFC 9110 13.1.1, 13.1.4): reads {@code If-Match} and {@code If-Unmodified-Since} into a
 * {@link Condition} on the resource as it stands, and answers writes with the ETag a GET of the result would
 * carry, so a client can chain read, write, write without lost updates.
 */
public final class ConditionalWrites {
    /** The client's requirement on the current representation; tested by the service inside its transaction. */
    @FunctionalInterface
    public interface Condition {
        boolean holds(Object currentBody, String updatedAtIso);
    }

    private final ObjectMapper mapper;
    private final boolean requireIfMatch;

    public ConditionalWrites(ObjectMapper mapper, boolean requireIfMatch) {
        this.mapper = mapper;
        this.requireIfMatch = requireIfMatch;
    }

    /**
     * The request's condition, or null when it states none. If-Match wins over If-Unmodified-Since; a date
     * that does not parse is ignored, as RFC 9110 asks. Without If-Match, and when the server requires one,
     * a 428.
     */
    public Condition of(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null && !ifMatch.isBlank()) {
            List<String> tags = Arrays.stream(ifMatch.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
            if (tags.contains("*")) {
                return (body, updatedAt) -> true; // any current representation: the resource must exist
            }
            // strong comparison: a weak tag never matches
            return (body, updatedAt) -> {
                PreparedResponse current = prepared(body, ctx);
                return tags.contains(current.etag())
                        || (current.gzipEtag() != null && tags.contains(current.gzipEtag()));
            };
        }
        if (requireIfMatch) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "This server requires 'If-Match' on " + ctx.method()
                            + ": send the ETag of the version you read, or '*'.");
        }
        String ifUnmodifiedSince = ctx.header("If-Unmodified-Since");
        if (ifUnmodifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifUnmodifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return (body, updatedAt) -> !Instant.parse(updatedAt)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .isAfter(since);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** Writes {@code body} as the JSON answer with {@code status} and the ETag a GET of it would have. */
    public void answer(Context ctx, HttpStatus status, Object body) {
        PreparedResponse prepared = prepared(body, ctx);
        ctx.disableCompression(); // the ETag names exactly these bytes
        ctx.status(status)
                .header("ETag", prepared.etag())
                .contentType(Representation.JSON)
                .result(prepared.body());
    }

    /** With this request's absolute links, as a GET through the same base would serve it (same bytes, same ETag). */
    private PreparedResponse prepared(Object body, Context ctx) {
        try {
            return PreparedResponse.of(
                    Links.writer(mapper, ctx).writeValueAsBytes(body), Representation.JSON, null, Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }
}
