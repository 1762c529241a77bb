package io.factwire.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, for requests it refuses before any route runs (a request line or headers too
 * long, bad escapes or lengths, no Host, an unsupported HTTP version, a body that stopped arriving): the same
 * problem+json as every other error instead of Jetty's HTML page, and never a stack trace.
 */
public final class TransportProblems extends ErrorHandler {
    private static final int MAX_REASON = 120;

    private final ObjectMapper mapper;

    public TransportProblems(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Requests the parser rejected: there is no request object, only the status and Jetty's reason. */
    // Deprecated for removal in Jetty 12, yet still the only hook Jetty calls for requests it could not parse.
    @SuppressWarnings("removal")
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        return ByteBuffer.wrap(bytes(problem(status, reason)));
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = bytes(problem(code, message));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** No instance: the path may be what was wrong (too long, badly escaped). */
    static Problem problem(int status, String reason) {
        String why = clean(reason);
        return switch (status) {
            case 400 ->
                ProblemType.INVALID_INPUT.problem(
                        "The request is not valid HTTP" + (why == null || why.equals("Bad Request") ? "" : ": " + why)
                                + ".",
                        null,
                        null);
            case 408 -> ProblemType.REQUEST_TIMEOUT.problem("The request did not arrive in time.", null, null);
            case 413 -> ProblemType.CONTENT_TOO_LARGE.problem("The request body is too large.", null, null);
            case 414 -> ProblemType.URI_TOO_LONG.problem("The request's path and query are too long.", null, null);
            case 431 -> ProblemType.HEADERS_TOO_LARGE.problem("The request's headers are too large.", null, null);
            case 505 ->
                ProblemType.HTTP_VERSION_NOT_SUPPORTED.problem("Only HTTP/1.0 and HTTP/1.1 are served.", null, null);
            case 404 -> ProblemType.NOT_FOUND.problem("No resource at this path.", null, null);
            case 500 ->
                ProblemType.INTERNAL_ERROR.problem(
                        "The server failed to answer this request; the failure " + "is logged.", null, null);
            default -> {
                HttpStatus known = HttpStatus.forStatus(status);
                String title = known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
                yield new Problem("about:blank", title, status, why == null ? title + "." : why + ".", null, null);
            }
        };
    }

    /** Jetty's reason, kept short and to printable ASCII, since it may quote the bad input. */
    private static String clean(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        char[] chars = reason.strip().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] < 0x20 || chars[i] > 0x7e) {
                chars[i] = '?';
            }
        }
        String text = new String(chars);
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }

    private byte[] bytes(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"type\":\"about:blank\",\"status\":" + problem.status() + "}")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
