package io.factwire.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * An answer ready to send again and again: the bytes, their gzip form when that is worth sending, a strong
 * ETag for each (a hash of exactly those bytes) and the other headers, all computed once.
 */
public record PreparedResponse(
        byte[] body,
        String etag,
        byte[] gzipped,
        String gzipEtag,
        String contentType,
        String lastModified,
        Map<String, String> headers) {
    /** Below this, gzip saves less than the headers and CPU it costs. */
    static final int MIN_GZIP_BYTES = 1024;

    static PreparedResponse of(byte[] body, String contentType, String lastModifiedIso, Map<String, String> headers) {
        byte[] gzipped = body.length >= MIN_GZIP_BYTES ? gzip(body) : null;
        if (gzipped != null && gzipped.length > body.length * 9 / 10) {
            gzipped = null; // hardly compressible: not worth the client's work
        }
        return new PreparedResponse(
                body,
                etag(body),
                gzipped,
                gzipped == null ? null : etag(gzipped),
                contentType,
                lastModifiedIso == null ? null : httpDate(lastModifiedIso),
                Map.copyOf(headers));
    }

    long size() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
    }

    /** A quoted strong ETag: 128 bits of SHA-256, base64url. */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** IMF-fixdate (RFC 9110 5.6.7): always a two-digit day, unlike RFC 1123's formatter. */
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    static String httpDate(String isoInstant) {
        return IMF_FIXDATE.format(Instant.parse(isoInstant));
    }
}
