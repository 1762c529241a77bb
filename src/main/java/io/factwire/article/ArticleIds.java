package io.factwire.article;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two identities of an article: a readable slug for URLs and a content hash for "same text". Slugs are
 * made only for new articles: an id, once stored, never changes, whatever this class later does.
 */
final class ArticleIds {
    static final int MAX_SLUG_LENGTH = 80;
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** The entities titles actually carry; any other named one is dropped like a tag. */
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—",
            "rsquo", "’", "lsquo", "‘");

    private ArticleIds() {}

    /** Built once on first use: loading ICU's transliteration rules takes a while. */
    private static final class ToAscii {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

        // ICU does not promise that one instance may transliterate on several threads at once
        static synchronized String apply(String text) {
            return INSTANCE.transliterate(text);
        }
    }

    /**
     * {@code North Korea’s Kim…} → {@code north-korea-s-kim…}: markup and entities removed, any script
     * transliterated to Latin and then to ASCII, every run of other characters a single hyphen, cut at a word
     * boundary. A title with nothing left falls back to {@code article-} and the start of the content hash.
     */
    static String slug(String title, String contentHash) {
        String ascii = ToAscii.apply(withoutMarkup(title));
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
        }
        return slug.isEmpty() ? "article-" + contentHash.substring(0, 12) : slug;
    }

    /** Tags out, character references decoded, unknown named entities out. */
    static String withoutMarkup(String title) {
        String text = TAG.matcher(title).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity) {
        if (entity.startsWith("#")) {
            boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
            int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : " ";
        }
        return NAMED.getOrDefault(entity, " ");
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
