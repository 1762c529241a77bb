package io.factwire.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Guards writes with API keys sent as {@code Authorization: Bearer <key>}. With no key configured, writes are
 * refused outright (403); a missing or wrong key is 401 with a {@code WWW-Authenticate} challenge. Keys are
 * never logged or echoed.
 */
public final class ApiKeyAuth {
    private static final String SCHEME = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"factwire\"";

    /** SHA-256 of each key, compared in constant time; equal lengths also hide the keys' lengths. */
    private final List<byte[]> keyDigests;

    /** An empty {@code apiKeys} means writes are disabled. */
    public ApiKeyAuth(List<String> apiKeys) {
        this.keyDigests = apiKeys.stream().map(ApiKeyAuth::sha256).toList();
    }

    /** Wraps a write handler so it runs only for callers presenting a key. */
    public Handler writer(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    private void check(Context ctx) {
        if (keyDigests.isEmpty()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Writes are disabled: the server was started "
                            + "without an API key (FACTWIRE_API_KEYS or FACTWIRE_API_KEY).");
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    "Writes need the header 'Authorization: Bearer <API key>'.",
                    Map.of("WWW-Authenticate", CHALLENGE));
        }
        if (!matchesAKey(sha256(authorization.substring(SCHEME.length()).strip()))) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    "The API key is not valid.",
                    Map.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
        }
    }

    /** Compares against every key, without stopping at the first match, so timing does not tell which key. */
    private boolean matchesAKey(byte[] digest) {
        boolean match = false;
        for (byte[] key : keyDigests) {
            match |= MessageDigest.isEqual(digest, key);
        }
        return match;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
