package io.factwire;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything configurable, read once at start-up and passed down.
 *
 * @param port         HTTP port; 0 picks a free one
 * @param database     the SQLite file, created on first start
 * @param dataDir      directory of {@code *.txt} articles (and {@code *.json} sidecars) ingested on start
 * @param apiKey       bearer key for writes; null disables writes
 * @param maxBodyBytes largest request body accepted
 */
public record AppConfig(int port, Path database, Path dataDir, String apiKey, long maxBodyBytes) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE = "data/factwire.db";
    public static final String DEFAULT_DATA_DIR = "data/articles";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    /**
     * Reads {@code PORT}, {@code FACTWIRE_DB}, {@code FACTWIRE_DATA_DIR}, {@code FACTWIRE_API_KEY} and
     * {@code FACTWIRE_MAX_BODY_BYTES}; a malformed number is an {@link IllegalArgumentException} naming it.
     */
    public static AppConfig fromEnv(Map<String, String> env) {
        String apiKey = env.get("FACTWIRE_API_KEY");
        return new AppConfig(
                (int) number(env, "PORT", DEFAULT_PORT, 0, 65535),
                Path.of(env.getOrDefault("FACTWIRE_DB", DEFAULT_DATABASE)),
                Path.of(env.getOrDefault("FACTWIRE_DATA_DIR", DEFAULT_DATA_DIR)),
                apiKey == null || apiKey.isEmpty() ? null : apiKey,
                number(env, "FACTWIRE_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1, Integer.MAX_VALUE));
    }

    private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }
}
