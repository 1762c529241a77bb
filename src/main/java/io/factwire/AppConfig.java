package io.factwire;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything configurable, read once at start-up and passed down.
 *
 * @param port         HTTP port; 0 picks a free one
 * @param database     the SQLite file, created on first start
 * @param dataDir      directory of {@code *.txt} articles (and {@code *.json} sidecars) ingested on start
 * @param apiKeys      bearer keys accepted for writes; empty disables writes
 * @param maxBodyBytes largest request body accepted, but for pages and feeds
 * @param maxPageBytes largest web page ({@code text/html}) or feed body accepted
 * @param cacheControl  the {@code Cache-Control} of every GET answer
 * @param cacheMaxBytes memory for cached GET answers; 0 turns the cache off
 * @param corsReadOrigins  browser origins that may read, {@code *} for any
 * @param corsWriteOrigins browser origins that may write, {@code *} for any
 * @param maxTextChars     longest article text accepted over HTTP
 * @param rateLimit        requests per minute per client; 0 turns the limit off
 * @param rateLimitLoopback whether clients on this machine are limited too
 * @param requestTimeoutSeconds bound on each database call, on an idle connection and on reading a request's
 *                              headers
 * @param requireIfMatch   whether PUT and DELETE must carry {@code If-Match} (428 without it)
 * @param durableSync      SQLite {@code synchronous=FULL} (a commit survives power loss) instead of NORMAL
 * @param pages        whether the server also serves the reader at {@code /} and the API reference at {@code /docs}
 * @param extractTimeoutMs bound on extracting one text (HTTP, CLI, data folder); over it is a 422
 * @param extractRateLimit {@code POST /v1/extract} requests per minute per client; 0 turns this limit off
 * @param host         the interface to listen on; null listens on all of them
 * @param publicUrl    the server's URL as clients reach it (scheme, host, optional port and path prefix, no
 *                     trailing slash); links are built on it; null builds them from each request
 * @param trustProxy   whether {@code Forwarded} and {@code X-Forwarded-*} headers may say the request's scheme
 *                     and host (only behind a proxy that sets them)
 * @param logFormat    {@code text} or {@code json}
 * @param maxImportBytes largest NDJSON body of {@code POST /v1/import}; each of its lines is one article, no
 *                       longer than {@code maxBodyBytes}
 */
public record AppConfig(
        int port,
        Path database,
        Path dataDir,
        List<String> apiKeys,
        long maxBodyBytes,
        String cacheControl,
        long cacheMaxBytes,
        List<String> corsReadOrigins,
        List<String> corsWriteOrigins,
        int maxTextChars,
        int rateLimit,
        boolean rateLimitLoopback,
        int requestTimeoutSeconds,
        boolean requireIfMatch,
        boolean durableSync,
        boolean pages,
        long maxPageBytes,
        int extractTimeoutMs,
        int extractRateLimit,
        String host,
        String publicUrl,
        boolean trustProxy,
        String logFormat,
        long maxImportBytes) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATABASE = "data/factwire.db";
    public static final String DEFAULT_DATA_DIR = "data/articles";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Web pages run larger than articles: inline scripts, styles and data often pass a megabyte. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;
    /** Caches may keep answers but must ask again (cheaply, with the ETag) before reusing them. */
    public static final String DEFAULT_CACHE_CONTROL = "public, no-cache";

    public static final long DEFAULT_CACHE_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;
    public static final int DEFAULT_RATE_LIMIT = 600;
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
    /** Ordinary articles extract in a few milliseconds; the limit only stops texts made to be costly. */
    public static final int DEFAULT_EXTRACT_TIMEOUT_MS = 2000;
    /** Extraction costs far more than a read, and needs no key: a tenth of the general limit. */
    public static final int DEFAULT_EXTRACT_RATE_LIMIT = 60;

    public static final List<String> LOG_FORMATS = List.of("text", "json");
    /** An NDJSON import streams, so its size bounds its time, not its memory: about 50,000 exported articles. */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 1L << 30;

    public AppConfig {
        apiKeys = List.copyOf(apiKeys);
        corsReadOrigins = List.copyOf(corsReadOrigins);
        corsWriteOrigins = List.copyOf(corsWriteOrigins);
    }

    /** Says how many API keys there are, never what they are, so logging a config leaks no key. */
    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", database=" + database + ", dataDir=" + dataDir + ", apiKeys="
                + apiKeys.size() + " configured, maxBodyBytes=" + maxBodyBytes + ", cacheControl=" + cacheControl
                + ", cacheMaxBytes=" + cacheMaxBytes + ", corsReadOrigins=" + corsReadOrigins
                + ", corsWriteOrigins=" + corsWriteOrigins + ", maxTextChars=" + maxTextChars + ", rateLimit="
                + rateLimit + ", rateLimitLoopback=" + rateLimitLoopback + ", requestTimeoutSeconds="
                + requestTimeoutSeconds + ", requireIfMatch=" + requireIfMatch + ", durableSync=" + durableSync
                + ", pages=" + pages + ", extractTimeoutMs=" + extractTimeoutMs
                + ", extractRateLimit=" + extractRateLimit + ", host=" + (host == null ? "all interfaces" : host)
                + ", publicUrl=" + publicUrl + ", trustProxy=" + trustProxy + ", logFormat=" + logFormat
                + ", maxImportBytes=" + maxImportBytes + "]";
    }

    /**
     * Reads {@code PORT}, {@code FACTWIRE_DB}, {@code FACTWIRE_DATA_DIR}, {@code FACTWIRE_API_KEYS} and
     * {@code FACTWIRE_API_KEY}, {@code FACTWIRE_MAX_BODY_BYTES}, {@code FACTWIRE_CACHE_CONTROL} and
     * {@code FACTWIRE_CACHE_MAX_BYTES}, {@code FACTWIRE_CORS_ORIGINS} (default {@code *}) and
     * {@code FACTWIRE_CORS_WRITE_ORIGINS} (default none), {@code FACTWIRE_MAX_TEXT_CHARS},
     * {@code FACTWIRE_RATE_LIMIT}, {@code FACTWIRE_RATE_LIMIT_LOOPBACK},
     * {@code FACTWIRE_REQUEST_TIMEOUT_SECONDS}, {@code FACTWIRE_REQUIRE_IF_MATCH}, {@code FACTWIRE_SYNC} and
     * {@code FACTWIRE_PAGES} (default {@code true}), {@code FACTWIRE_EXTRACT_TIMEOUT_MS} and
     * {@code FACTWIRE_EXTRACT_RATE_LIMIT}, {@code FACTWIRE_MAX_IMPORT_BYTES}; a malformed value is an
     * {@link IllegalArgumentException} naming the variable.
     */
    public static AppConfig fromEnv(Map<String, String> env) {
        return new AppConfig(
                (int) number(env, "PORT", DEFAULT_PORT, 0, 65535),
                Path.of(env.getOrDefault("FACTWIRE_DB", DEFAULT_DATABASE)),
                Path.of(env.getOrDefault("FACTWIRE_DATA_DIR", DEFAULT_DATA_DIR)),
                apiKeys(env),
                number(env, "FACTWIRE_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1, Integer.MAX_VALUE),
                text(env, "FACTWIRE_CACHE_CONTROL", DEFAULT_CACHE_CONTROL),
                number(env, "FACTWIRE_CACHE_MAX_BYTES", DEFAULT_CACHE_MAX_BYTES, 0, Long.MAX_VALUE),
                env.get("FACTWIRE_CORS_ORIGINS") == null ? List.of("*") : list(env.get("FACTWIRE_CORS_ORIGINS")),
                list(env.get("FACTWIRE_CORS_WRITE_ORIGINS")),
                (int) number(env, "FACTWIRE_MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS, 1, Integer.MAX_VALUE),
                (int) number(env, "FACTWIRE_RATE_LIMIT", DEFAULT_RATE_LIMIT, 0, Integer.MAX_VALUE),
                bool(env, "FACTWIRE_RATE_LIMIT_LOOPBACK", false),
                (int) number(env, "FACTWIRE_REQUEST_TIMEOUT_SECONDS", DEFAULT_REQUEST_TIMEOUT_SECONDS, 1, 3600),
                bool(env, "FACTWIRE_REQUIRE_IF_MATCH", false),
                syncMode(env),
                bool(env, "FACTWIRE_PAGES", true),
                number(env, "FACTWIRE_MAX_PAGE_BYTES", DEFAULT_MAX_PAGE_BYTES, 1, Integer.MAX_VALUE),
                (int) number(env, "FACTWIRE_EXTRACT_TIMEOUT_MS", DEFAULT_EXTRACT_TIMEOUT_MS, 1, 3_600_000),
                (int) number(env, "FACTWIRE_EXTRACT_RATE_LIMIT", DEFAULT_EXTRACT_RATE_LIMIT, 0, Integer.MAX_VALUE),
                text(env, "FACTWIRE_HOST", null),
                publicUrl(env.get("FACTWIRE_PUBLIC_URL")),
                bool(env, "FACTWIRE_TRUST_PROXY", false),
                oneOf(env, "FACTWIRE_LOG_FORMAT", LOG_FORMATS),
                number(env, "FACTWIRE_MAX_IMPORT_BYTES", DEFAULT_MAX_IMPORT_BYTES, 1, Long.MAX_VALUE));
    }

    /** An absolute http(s) URL without query or fragment; a trailing slash is dropped. */
    private static String publicUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if ((("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null)) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("FACTWIRE_PUBLIC_URL must be an absolute http or https URL without "
                + "query or fragment, such as https://api.example.com, not '" + value + "'");
    }

    private static String oneOf(Map<String, String> env, String name, List<String> values) {
        String value = text(env, name, values.get(0));
        if (!values.contains(value)) {
            throw new IllegalArgumentException(
                    name + " must be one of " + String.join(", ", values) + ", not '" + value + "'");
        }
        return value;
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    }

    /** {@code FACTWIRE_SYNC}: {@code normal} (the default) or {@code full}; true means full. */
    private static boolean syncMode(Map<String, String> env) {
        String value = text(env, "FACTWIRE_SYNC", "normal");
        return switch (value) {
            case "normal" -> false;
            case "full" -> true;
            default -> throw new IllegalArgumentException("FACTWIRE_SYNC must be normal or full, not '" + value + "'");
        };
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** {@code FACTWIRE_API_KEYS} (comma-separated) plus the older single {@code FACTWIRE_API_KEY}; blanks dropped. */
    private static List<String> apiKeys(Map<String, String> env) {
        List<String> keys = new ArrayList<>(list(env.get("FACTWIRE_API_KEYS")));
        String single = env.get("FACTWIRE_API_KEY");
        if (single != null && !single.isBlank() && !keys.contains(single.strip())) {
            keys.add(single.strip());
        }
        return keys;
    }

    private static List<String> list(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
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
        throw new IllegalArgumentException(
                name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
