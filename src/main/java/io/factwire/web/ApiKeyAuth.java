package io.factwire.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Guards writes with one shared API key sent as {@code Authorization: Bearer <key>}. With no key configured,
 * writes are refused outright (403); a missing or wrong key is 401 with a {@code WWW-Authenticate} challenge.
 */
public final class ApiKeyAuth {
    private static final String SCHEME = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"factwire\"";

    /** SHA-256 of the key, compared in constant time; equal lengths also hide the key's length. */
    private final byte[] keyDigest;

    /** {@code apiKey} null or empty means writes are disabled. */
    public ApiKeyAuth(String apiKey) {
        this.keyDigest = apiKey == null || apiKey.isEmpty() ? null : sha256(apiKey);
    }

    /** Wraps a write handler so it runs only for callers presenting the key. */
    public Handler writer(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    private void check(Context ctx) {
        if (keyDigest == null) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Writes are disabled: the server was started without an API key (FACTWIRE_API_KEY).");
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Writes need the header 'Authorization: Bearer <API key>'.", Map.of("WWW-Authenticate", CHALLENGE));
        }
        String token = authorization.substring(SCHEME.length()).strip();
        if (!MessageDigest.isEqual(sha256(token), keyDigest)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The API key is not valid.",
                    Map.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
