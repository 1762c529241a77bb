package io.factwire.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads article input from JSON: the body of {@code POST /v1/articles} and the {@code NAME.json} sidecar of a
 * data-directory file. Strict, so typos surface: unknown members, wrong types and bad values are
 * {@link InvalidInputException}s naming the member.
 */
public final class ArticleInput {
    private static final List<String> METADATA = List.of("publishedAt", "url", "source");
    private static final List<String> REQUEST = List.of("text", "publishedAt", "url", "source");
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_SOURCE_LENGTH = 200;

    private final ObjectMapper mapper;
    private final int maxTextChars;

    /** {@code maxTextChars} bounds texts sent over HTTP; files from the data directory are the operator's. */
    public ArticleInput(ObjectMapper mapper, int maxTextChars) {
        this.mapper = mapper;
        this.maxTextChars = maxTextChars;
    }

    /** {@code {"text", "publishedAt"?, "url"?, "source"?}}; the text must not be blank. */
    public NewArticle fromRequest(byte[] json) {
        JsonNode node = object(json, "body");
        return withMetadata(text(node), node, REQUEST);
    }

    /**
     * The body of a replacement, {@code {"text"?, "publishedAt"?, "url"?, "source"?}}, applied to
     * {@code current}: a member that is absent keeps its current value, an explicit null clears metadata.
     */
    public NewArticle merge(byte[] json, NewArticle current) {
        JsonNode node = object(json, "body");
        NewArticle given = withMetadata(node.has("text") ? text(node) : current.text(), node, REQUEST);
        return new NewArticle(given.text(),
                node.has("publishedAt") ? given.publishedAt() : current.publishedAt(),
                node.has("url") ? given.url() : current.url(),
                node.has("source") ? given.source() : current.source());
    }

    private String text(JsonNode node) {
        String text = string(node, "text");
        if (text == null) {
            throw new InvalidInputException("text", "Member 'text' is required: the article's raw text.");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("text", "Member 'text' must not be empty.");
        }
        if (text.length() > maxTextChars) {
            throw new InvalidInputException("text", "Member 'text' is longer than " + maxTextChars + " characters.");
        }
        return text;
    }

    /** A data-directory file's text with its sidecar's metadata; {@code sidecar} is null when there is none. */
    public NewArticle fromFile(String text, byte[] sidecar) {
        checkedText("text", text);
        return sidecar == null ? new NewArticle(text, null, null, null)
                : withMetadata(text, object(sidecar, "sidecar"), METADATA);
    }

    private NewArticle withMetadata(String text, JsonNode node, List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                checkedText("body", name); // a name that is not valid text cannot be echoed back
                throw new InvalidInputException(name,
                        "Unknown member '" + name + "'; expected " + String.join(", ", allowed) + ".");
            }
        }
        return new NewArticle(text, date(node), url(node), source(node));
    }

    private JsonNode object(byte[] json, String what) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (IOException e) {
            String reason = e instanceof JacksonException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new InvalidInputException(what, "The " + what + " is not valid JSON: " + reason + ".");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(what, "The " + what + " must be a JSON object.");
        }
        return node;
    }

    /** The member as a string, null when absent or null; any other JSON type is an error. */
    private static String string(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(name, "Member '" + name + "' must be a string.");
        }
        return checkedText(name, value.textValue());
    }

    /**
     * Text is stored exactly as sent, or refused: JSON can carry a lone surrogate ({@code "\udc00"}), which
     * no UTF-8 store can keep (it would come back as {@code ?}, and hash like a real {@code ?}), and control
     * characters that no article holds. The one rule: tab, line feed, carriage return and form feed are
     * text; any other C0 or C1 control character (U+0000–U+001F, U+007F–U+009F) and any unpaired surrogate
     * is a 400 naming the member and the position.
     */
    static String checkedText(String member, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(member, "Member '" + member + "' is not valid Unicode: an unpaired "
                        + "surrogate (U+" + hex(c) + ") at character " + i + ".");
            } else if (isRefusedControl(c)) {
                throw new InvalidInputException(member, "Member '" + member + "' holds the control character U+"
                        + hex(c) + " at character " + i + "; only tab, line feed, carriage return and form feed "
                        + "are allowed.");
            }
        }
        return text;
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7f && c <= 0x9f);
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }

    private static LocalDate date(JsonNode node) {
        String value = string(node, "publishedAt");
        LocalDate date;
        try {
            date = value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("publishedAt",
                    "Member 'publishedAt' must be a date as YYYY-MM-DD, not '" + value + "'.");
        }
        if (date != null && !isPublicationYear(date)) {
            // ISO 8601 reads '+999999999-12-31' too; dates the extractor resolves against stay in four-digit years.
            throw new InvalidInputException("publishedAt",
                    "Member 'publishedAt' must be a date from 0001-01-01 to 9999-12-31, not '" + value + "'.");
        }
        return date;
    }

    /** Publication dates are in years 0001–9999, the years ISO 8601 writes with four digits. */
    public static boolean isPublicationYear(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private static String url(JsonNode node) {
        String value = string(node, "url");
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() <= MAX_URL_LENGTH && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw new InvalidInputException("url", "Member 'url' must be an absolute http(s) URL of at most "
                + MAX_URL_LENGTH + " characters.");
    }

    private static String source(JsonNode node) {
        String value = string(node, "source");
        if (value != null && (value.isBlank() || value.length() > MAX_SOURCE_LENGTH)) {
            throw new InvalidInputException("source",
                    "Member 'source' must be a non-empty name of at most " + MAX_SOURCE_LENGTH + " characters.");
        }
        return value;
    }
}
