package io.factwire.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** The two identities of an article: a readable slug for URLs and a content hash for "same text". */
final class ArticleIds {
    static final int MAX_SLUG_LENGTH = 80;

    private ArticleIds() {
    }

    /**
     * {@code North Korea’s Kim…} → {@code north-korea-s-kim…}: ASCII letters and digits, accents dropped, every
     * other run of characters a single hyphen, cut at a word boundary. A title with no such characters (empty,
     * or in a non-Latin script) falls back to {@code article-} and the start of the content hash.
     */
    static String slug(String title, String contentHash) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
        }
        return slug.isEmpty() ? "article-" + contentHash.substring(0, 12) : slug;
    }

    /** SHA-256 (hex) of the text with line endings unified and outer whitespace trimmed. */
    static String contentHash(String rawText) {
        String normalised = rawText.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
