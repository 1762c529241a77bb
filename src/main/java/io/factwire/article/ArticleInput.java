package io.factwire.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.InvalidInputException;
import io.factwire.page.Dates;
import io.factwire.page.Page;
import io.factwire.page.PageMetadata;
import io.factwire.page.PageReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads article input from JSON: the body of {@code POST /v1/articles} and the {@code NAME.json} sidecar of a
 * data-directory file. Strict, so typos surface: unknown members, wrong types and bad values are
 * {@link InvalidInputException}s naming the member.
 */
public final class ArticleInput {
    private static final List<String> METADATA =
            List.of("publishedAt", "url", "source", "authors", "modifiedAt", "lang", "description", "image", "tags");
    private static final List<String> REQUEST =
            Stream.concat(Stream.of("text", "html"), METADATA.stream()).toList();
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_SOURCE_LENGTH = 200;
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_LIST_SIZE = 100;
    private static final int MAX_DESCRIPTION_LENGTH = 5000;
    /** A date, or an RFC 3339 date-time (seconds and offset may be left out, as pages and feeds often do). */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})?)?");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    private final ObjectMapper mapper;
    private final int maxTextChars;
    private final PageReader pages = new PageReader();

    /** {@code maxTextChars} bounds texts sent over HTTP; files from the data directory are the operator's. */
    public ArticleInput(ObjectMapper mapper, int maxTextChars) {
        this.mapper = mapper;
        this.maxTextChars = maxTextChars;
    }

    /**
     * {@code {"text" | "html", "publishedAt"?, "url"?, "source"?, "authors"?, …}}: the article's text, or a web
     * page to read it from; members given win over what the page says.
     */
    public NewArticle fromRequest(byte[] json) {
        return fromRequest(object(json, "body"));
    }

    private NewArticle fromRequest(JsonNode node) {
        checkMembers(node, REQUEST);
        if (node.hasNonNull("html") == node.hasNonNull("text")) {
            throw new InvalidInputException(
                    node.hasNonNull("html") ? "html" : "text",
                    "Give exactly one of 'text' (the article's raw text) and 'html' (a web page holding it).");
        }
        if (node.hasNonNull("html")) {
            String html = string(node, "html");
            return override(fromPage(pages.read(html, url(node))), node);
        }
        return override(new NewArticle(text(node), null, null, null, ArticleMetadata.NONE), node);
    }

    /** One line of an NDJSON import: its article, and the id it asks for (an exported article's) or null. */
    public record ImportLine(NewArticle article, String id) {}

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 200;

    /**
     * A line of an NDJSON import: what {@code POST /v1/articles} takes ({@code {"text" | "html", …}}, the same
     * rules), or an article as {@code GET /v1/export} writes it. An exported article's text is its title above its
     * body, which extracts to the same title, dateline and body; its metadata is kept, its id asked for, and what
     * was extracted from it and its history (revision, times) are made anew.
     */
    public ImportLine fromImportLine(byte[] json) {
        JsonNode node = object(json, "line");
        if (node.has("text") || node.has("html")) {
            return new ImportLine(fromRequest(node), null);
        }
        String body = string(node, "body");
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(
                    "line",
                    "A line holds an article to store ({\"text\" | \"html\", …}) "
                            + "or one that GET /v1/export wrote (with its 'body'); this one has neither.");
        }
        String text = exportedText(string(node, "title"), body);
        if (text.length() > maxTextChars) {
            throw new InvalidInputException(
                    "body", "The article's title and body are longer than " + maxTextChars + " characters.");
        }
        NewArticle article = override(new NewArticle(text, null, null, null, ArticleMetadata.NONE), node);
        JsonNode id = node.get("id");
        boolean usable = id != null
                && id.isTextual()
                && id.textValue().length() <= MAX_ID_LENGTH
                && ID.matcher(id.textValue()).matches();
        return new ImportLine(article, usable ? id.textValue() : null);
    }

    /** The text an exported article is stored from again: its title above its body. */
    static String exportedText(String title, String body) {
        return title == null || title.isBlank() ? body : title + "\n\n" + body;
    }

    /** A web page sent as it is ({@code text/html}); {@code url} is where it came from, or null. */
    public NewArticle fromHtml(byte[] html, String contentType, String url) {
        return fromPage(pages.read(html, contentType, url == null ? null : checkedUrl("url", url)));
    }

    /** The article of a page read elsewhere (a feed item), with the page's metadata. */
    public NewArticle fromPage(Page page) {
        String text = page.text();
        if (text.length() > maxTextChars) {
            throw new InvalidInputException(
                    "html", "The page's article is longer than " + maxTextChars + " characters.");
        }
        PageMetadata m = page.metadata();
        return new NewArticle(
                text,
                m.publishedAt(),
                usableUrl(m.url()),
                m.source() == null ? null : limited(m.source()),
                new ArticleMetadata(
                        m.authors(), m.modifiedAt(), m.lang(), m.description(), usableUrl(m.image()), m.tags()));
    }

    /** A URL a page or feed gave, when it is one this API keeps (absolute http or https); else none. */
    private static String usableUrl(String url) {
        try {
            return url == null ? null : checkedUrl("url", url);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String limited(String source) {
        return source.length() <= MAX_SOURCE_LENGTH ? source : source.substring(0, MAX_SOURCE_LENGTH);
    }

    /** {@code base} with every metadata member that {@code node} has, an explicit null clearing it. */
    private NewArticle override(NewArticle base, JsonNode node) {
        ArticleMetadata m = base.metadata();
        return new NewArticle(
                base.text(),
                node.has("publishedAt") ? date(node, "publishedAt") : base.publishedAt(),
                node.has("url") ? url(node) : base.url(),
                node.has("source") ? source(node) : base.source(),
                new ArticleMetadata(
                        node.has("authors") ? names(node, "authors") : m.authors(),
                        node.has("modifiedAt") ? date(node, "modifiedAt") : m.modifiedAt(),
                        node.has("lang") ? lang(node) : m.lang(),
                        node.has("description") ? description(node) : m.description(),
                        node.has("image") ? image(node) : m.image(),
                        node.has("tags") ? names(node, "tags") : m.tags()));
    }

    /**
     * The body of a replacement, {@code {"text"?, "html"?, "publishedAt"?, …}}, applied to {@code current}: a
     * member that is absent keeps its current value, an explicit null clears metadata.
     */
    public NewArticle merge(byte[] json, NewArticle current) {
        JsonNode node = object(json, "body");
        checkMembers(node, REQUEST);
        if (node.hasNonNull("html") && node.hasNonNull("text")) {
            throw new InvalidInputException("html", "Give at most one of 'text' and 'html'.");
        }
        String text = node.hasNonNull("html")
                ? fromPage(pages.read(string(node, "html"), current.url())).text()
                : node.has("text") ? text(node) : current.text();
        return override(
                new NewArticle(text, current.publishedAt(), current.url(), current.source(), current.metadata()), node);
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
        if (sidecar == null) {
            return new NewArticle(text, null, null, null, ArticleMetadata.NONE);
        }
        JsonNode node = object(sidecar, "sidecar");
        checkMembers(node, METADATA);
        return override(new NewArticle(text, null, null, null, ArticleMetadata.NONE), node);
    }

    private static void checkMembers(JsonNode node, List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                checkedText("body", name); // a name that is not valid text cannot be echoed back
                throw new InvalidInputException(
                        name, "Unknown member '" + name + "'; expected " + String.join(", ", allowed) + ".");
            }
        }
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
                throw new InvalidInputException(
                        member,
                        "Member '" + member + "' is not valid Unicode: an unpaired " + "surrogate (U+" + hex(c)
                                + ") at character " + i + ".");
            } else if (isRefusedControl(c)) {
                throw new InvalidInputException(
                        member,
                        "Member '" + member + "' holds the control character U+"
                                + hex(c) + " at character " + i
                                + "; only tab, line feed, carriage return and form feed "
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

    /** A date or RFC 3339 date-time, kept exactly as given so it reads back the same. */
    private static String date(JsonNode node, String member) {
        String value = string(node, member);
        if (value == null) {
            return null;
        }
        if (!DATE_OR_TIME.matcher(value).matches()
                || Dates.normalize(value) == null
                || !isPublicationYear(Dates.localDate(value))) {
            throw new InvalidInputException(
                    member,
                    "Member '" + member + "' must be a date (YYYY-MM-DD) or an "
                            + "RFC 3339 date-time (YYYY-MM-DDThh:mm:ss+hh:mm) from 0001-01-01 to 9999-12-31, not '"
                            + value
                            + "'.");
        }
        return value;
    }

    private static List<String> names(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_LIST_SIZE) {
            throw new InvalidInputException(
                    member, "Member '" + member + "' must be an array of at most " + MAX_LIST_SIZE + " strings.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()
                    || item.textValue().isBlank()
                    || item.textValue().length() > MAX_NAME_LENGTH) {
                throw new InvalidInputException(
                        member,
                        "Member '" + member + "' must hold non-empty strings of at " + "most " + MAX_NAME_LENGTH
                                + " characters.");
            }
            out.add(checkedText(member, item.textValue().strip()));
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static String lang(JsonNode node) {
        String value = string(node, "lang");
        if (value != null && !LANGUAGE_TAG.matcher(value).matches()) {
            throw new InvalidInputException(
                    "lang", "Member 'lang' must be a BCP 47 language tag such as 'en' or " + "'pt-BR'.");
        }
        return value;
    }

    private static String description(JsonNode node) {
        String value = string(node, "description");
        if (value != null && value.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException(
                    "description", "Member 'description' is longer than " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        return value;
    }

    private static String image(JsonNode node) {
        String value = string(node, "image");
        return value == null ? null : checkedUrl("image", value);
    }

    /** Publication dates are in years 0001–9999, the years ISO 8601 writes with four digits. */
    public static boolean isPublicationYear(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private static String url(JsonNode node) {
        String value = string(node, "url");
        return value == null ? null : checkedUrl("url", value);
    }

    static String checkedUrl(String member, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() <= MAX_URL_LENGTH
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw new InvalidInputException(
                member,
                "'" + member + "' must be an absolute http(s) URL of at most " + MAX_URL_LENGTH + " characters.");
    }

    private static String source(JsonNode node) {
        String value = string(node, "source");
        if (value != null && (value.isBlank() || value.length() > MAX_SOURCE_LENGTH)) {
            throw new InvalidInputException(
                    "source",
                    "Member 'source' must be a non-empty name of at most " + MAX_SOURCE_LENGTH + " characters.");
        }
        return value;
    }
}
