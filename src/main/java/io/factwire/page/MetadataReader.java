package io.factwire.page;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata, each member from the most trusted place that has it: JSON-LD (an Article of any kind,
 * also inside {@code @graph} or arrays, with {@code @id} references followed), then OpenGraph and
 * {@code article:*}, then {@code <meta name>} (author, description, dates, Parse.ly, Sailthru, Dublin Core),
 * then {@code <time datetime>} and visible bylines, then {@code <title>} and {@code <h1>}.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle",
            "article",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "reviewnewsarticle",
            "asknewsarticle",
            "blogposting",
            "liveblogposting",
            "socialmediaposting",
            "report",
            "techarticle",
            "scholarlyarticle",
            "satiricalarticle",
            "posting");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by[:\\s]+");
    private static final Pattern NAME_SEPARATORS =
            Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\|)\\s*");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—·•»:\\-]+\\s+|\\s*::\\s*");
    private static final List<String> PUBLISHED_NAMES = List.of(
            "article:published_time",
            "og:published_time",
            "article.published",
            "parsely-pub-date",
            "sailthru.date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "dcterms.date",
            "dc.date.created",
            "cxenseparse:recs:publishtime",
            "datepublished",
            "article_date_original",
            "originalpublicationdate");
    private static final List<String> MODIFIED_NAMES = List.of(
            "article:modified_time",
            "og:updated_time",
            "article.updated",
            "dcterms.modified",
            "dc.date.modified",
            "lastmod",
            "last-modified",
            "datemodified");
    private static final List<String> AUTHOR_NAMES = List.of(
            "article:author",
            "author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "byl",
            "twitter:creator:name");

    private final Document doc;
    private final Map<String, List<String>> meta = new HashMap<>();
    private final Map<String, JsonNode> ids = new HashMap<>();
    private final List<JsonNode> ldNodes = new ArrayList<>();
    private JsonNode article;

    private MetadataReader(Document doc) {
        this.doc = doc;
    }

    static PageMetadata read(Document doc, String givenUrl) {
        return new MetadataReader(doc).read(givenUrl);
    }

    private PageMetadata read(String givenUrl) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = (m.hasAttr("property")
                            ? m.attr("property")
                            : m.hasAttr("name")
                                    ? m.attr("name")
                                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv"))
                    .strip()
                    .toLowerCase(Locale.ROOT);
            String content = m.attr("content").strip();
            if (!key.isEmpty() && !content.isEmpty()) {
                meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
            }
        }
        readJsonLd();
        String source = first(
                ld(a -> text(resolve(a.get("publisher")), "name")),
                metaValue("og:site_name"),
                websiteName(),
                metaValue("application-name"),
                metaValue("publisher"));
        String title = cleanTitle(
                first(
                        ld(a -> str(a.get("headline"))),
                        ld(a -> str(a.get("name"))),
                        metaValue("og:title"),
                        metaValue("parsely-title"),
                        metaValue("sailthru.title"),
                        metaValue("dc.title"),
                        metaValue("twitter:title"),
                        titleElement(),
                        h1()),
                source);
        List<String> authors = authors();
        String published = firstDate(
                ld(a -> str(a.get("datePublished"))),
                ld(a -> str(a.get("dateCreated"))),
                metaDate(PUBLISHED_NAMES),
                itempropDate("datePublished"),
                timeElement(),
                visibleDate());
        String modified =
                firstDate(ld(a -> str(a.get("dateModified"))), metaDate(MODIFIED_NAMES), itempropDate("dateModified"));
        String url = absolute(first(linkHref("canonical"), metaValue("og:url"), ld(a -> str(a.get("url"))), givenUrl));
        String lang = language(first(
                ld(a -> str(a.get("inLanguage"))),
                metaValue("og:locale"),
                metaValue("content-language"),
                metaValue("language"),
                metaValue("dc.language"),
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")));
        String description = first(
                ld(a -> str(a.get("description"))),
                metaValue("og:description"),
                metaValue("description"),
                metaValue("sailthru.description"),
                metaValue("twitter:description"));
        String image = absolute(first(
                ld(a -> image(a.get("image"))),
                ld(a -> image(a.get("thumbnailUrl"))),
                metaValue("og:image:secure_url"),
                metaValue("og:image"),
                metaValue("og:image:url"),
                metaValue("twitter:image"),
                metaValue("twitter:image:src"),
                metaValue("thumbnail")));
        return new PageMetadata(title, authors, published, modified, url, source, lang, description, image, tags());
    }

    /**
     * The {@code articleBody} the page's JSON-LD article gives, as plain paragraphs (split at its line breaks), or
     * an empty list.
     */
    static List<String> articleBody(Document doc) {
        MetadataReader reader = new MetadataReader(doc);
        reader.readJsonLd();
        String body = reader.ld(
                a -> a.hasNonNull("articleBody") ? a.get("articleBody").asText() : null);
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf('<') >= 0) {
            body = org.jsoup.Jsoup.parse(body).wholeText();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\\n")) {
            String p = Blocks.clean(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    /** Whether the page's JSON-LD describes an article of some kind. */
    static boolean declaresArticle(Document doc) {
        MetadataReader reader = new MetadataReader(doc);
        reader.readJsonLd();
        return reader.article != null;
    }

    // ---- JSON-LD

    private void readJsonLd() {
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String data = script.data().strip();
            if (data.startsWith("<!--")) {
                data = data.substring(4);
            }
            if (data.endsWith("-->")) {
                data = data.substring(0, data.length() - 3);
            }
            try {
                collect(JSON.readTree(data), 0);
            } catch (Exception e) {
                // a broken block is skipped like a browser's structured-data reader skips it
            }
        }
        for (JsonNode node : ldNodes) {
            if (isArticle(node)) {
                article = node;
                return;
            }
        }
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ldNodes.add(node);
        if (node.hasNonNull("@id") && node.size() > 1) {
            ids.putIfAbsent(node.get("@id").asText(), node);
        }
        collect(node.get("@graph"), depth + 1);
        for (String nested : List.of("mainEntity", "mainEntityOfPage", "hasPart", "itemListElement")) {
            JsonNode n = node.get(nested);
            if (n != null && (n.isObject() && n.size() > 1 || n.isArray())) {
                collect(n, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.hasNonNull("@id") && node.size() == 1) {
            JsonNode target = ids.get(node.get("@id").asText());
            return target == null ? node : target;
        }
        if (node != null && node.isArray() && !node.isEmpty()) {
            return resolve(node.get(0));
        }
        return node;
    }

    private String ld(Function<JsonNode, String> read) {
        return article == null ? null : read.apply(article);
    }

    private String websiteName() {
        for (JsonNode node : ldNodes) {
            JsonNode type = node.get("@type");
            if (type != null && type.asText().equalsIgnoreCase("WebSite")) {
                return str(node.get("name"));
            }
        }
        return null;
    }

    private static String str(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : str(node.get(0));
        }
        if (node.isObject()) {
            return str(node.has("@value") ? node.get("@value") : node.get("@id"));
        }
        String s = Blocks.clean(node.asText());
        return s.isEmpty() ? null : s;
    }

    private static String text(JsonNode node, String member) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return str(node);
        }
        return str(node.get(member));
    }

    private String image(JsonNode node) {
        JsonNode n = resolve(node);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return str(n);
        }
        return first(str(n.get("url")), str(n.get("contentUrl")));
    }

    // ---- authors

    private List<String> authors() {
        if (article != null && article.has("author")) {
            List<String> names = new ArrayList<>();
            JsonNode author = article.get("author");
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                JsonNode r = resolve(a);
                String name = r == null ? null : r.isTextual() ? r.asText() : str(r.get("name"));
                if (name != null) {
                    names.addAll(splitNames(name, false));
                }
            }
            if (!names.isEmpty()) {
                return dedupe(names);
            }
        }
        for (String key : AUTHOR_NAMES) {
            List<String> values = meta.getOrDefault(key, List.of());
            List<String> names = new ArrayList<>();
            for (String v : values) {
                if (!looksLikeUrl(v)) {
                    names.addAll(splitNames(v, false));
                }
            }
            if (!names.isEmpty()) {
                return dedupe(names);
            }
        }
        List<String> names = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String value = name != null
                    ? name.hasAttr("content") ? name.attr("content") : name.text()
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            names.addAll(splitNames(value, true));
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("a[rel=author], [class*=byline] [class*=name], [class*=author-name], "
                    + "[class*=byline], [class~=(?i)^author$]")) {
                names.addAll(splitNames(e.text(), true));
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return dedupe(names);
    }

    /** Names in a byline, without "By" and without what is not a name (roles, outlets, dates). */
    static List<String> splitNames(String raw, boolean visible) {
        List<String> names = new ArrayList<>();
        String s = BY.matcher(Blocks.clean(raw)).replaceFirst("");
        for (String part : NAME_SEPARATORS.split(s)) {
            String name = BY.matcher(part).replaceFirst("").strip();
            if (name.isEmpty() || looksLikeUrl(name) || name.startsWith("@")) {
                continue;
            }
            if (visible && !looksLikeName(name)) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))
                    && !w.equals("de")
                    && !w.equals("van")
                    && !w.equals("von")
                    && !w.equals("da")
                    && !w.equals("al")
                    && !w.equals("bin")) {
                return false;
            }
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/") || s.startsWith("www.");
    }

    private static List<String> dedupe(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    // ---- tags

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        if (article != null && article.has("keywords")) {
            JsonNode k = article.get("keywords");
            if (k.isArray()) {
                k.forEach(t -> tags.addAll(splitTags(t.asText())));
            } else {
                tags.addAll(splitTags(k.asText()));
            }
        }
        if (tags.isEmpty()) {
            meta.getOrDefault("article:tag", List.of()).forEach(t -> tags.addAll(splitTags(t)));
        }
        for (String key : List.of("parsely-tags", "sailthru.tags", "news_keywords", "keywords")) {
            if (tags.isEmpty()) {
                meta.getOrDefault(key, List.of()).forEach(t -> tags.addAll(splitTags(t)));
            }
        }
        return dedupe(tags);
    }

    private static List<String> splitTags(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.split("[,;]")) {
            String tag = Blocks.clean(t);
            if (!tag.isEmpty()) {
                out.add(tag);
            }
        }
        return out;
    }

    // ---- dates

    private String metaDate(List<String> names) {
        for (String key : names) {
            for (String v : meta.getOrDefault(key, List.of())) {
                String d = Dates.normalize(v);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private String itempropDate(String prop) {
        for (Element e : doc.select("[itemprop=" + prop + "]")) {
            String d = Dates.normalize(
                    e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private String timeElement() {
        Element scope = doc.selectFirst("article");
        Element root = scope != null ? scope : doc.body();
        if (root == null) {
            return null;
        }
        Element preferred = root.selectFirst("time[pubdate][datetime], time[class*=publish][datetime]");
        for (Element t : preferred != null ? List.of(preferred) : root.select("time[datetime]")) {
            String d = Dates.normalize(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private String visibleDate() {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select("[class*=date], [class*=time], [class*=publish], [class*=byline]")) {
            String text = e.text();
            if (text.length() < 120) {
                String d = Dates.findWritten(text);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String firstDate(String... values) {
        for (String v : values) {
            String d = Dates.normalize(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // ---- title

    private String titleElement() {
        Element t = doc.selectFirst("title");
        return t == null ? null : Blocks.clean(t.text());
    }

    private String h1() {
        Element h = doc.body() == null ? null : doc.body().selectFirst("h1");
        return h == null ? null : Blocks.clean(h.text());
    }

    /** The headline without the site's name around it ("Storm Hits Coast | The Daily" is "Storm Hits Coast"). */
    private String cleanTitle(String title, String site) {
        if (title == null) {
            return null;
        }
        String t = Blocks.clean(title);
        String h1 = h1();
        if (h1 != null && !h1.isEmpty() && !t.equals(h1) && t.contains(h1) && Page.words(h1) >= 3) {
            return h1;
        }
        String[] parts = TITLE_SEPARATORS.split(t);
        if (parts.length < 2) {
            return t;
        }
        String host = host();
        List<String> kept = new ArrayList<>(List.of(parts));
        // the site's name, its host or a short trailing part after "|" goes
        while (kept.size() > 1) {
            String last = kept.get(kept.size() - 1);
            String lower = last.toLowerCase(Locale.ROOT);
            boolean siteName = site != null && lower.equals(site.toLowerCase(Locale.ROOT))
                    || host != null && host.contains(lower.replace(" ", "").replace(".com", ""));
            if (!siteName) {
                break;
            }
            kept.remove(kept.size() - 1);
        }
        if (kept.size() > 1 && site != null && kept.get(0).equalsIgnoreCase(site)) {
            kept.remove(0);
        }
        if (kept.size() == parts.length) {
            int bar = t.lastIndexOf(" | ");
            if (bar > 0 && Page.words(t.substring(bar + 3)) <= 4 && Page.words(t.substring(0, bar)) >= 3) {
                return t.substring(0, bar).strip();
            }
            return t;
        }
        // cut from the original text so separators inside the headline survive
        int start = t.indexOf(kept.get(0));
        String lastKept = kept.get(kept.size() - 1);
        int end = t.indexOf(lastKept, start) + lastKept.length();
        return t.substring(start, end).strip();
    }

    private String host() {
        try {
            String base = doc.location();
            String h = base == null || base.isEmpty() ? null : URI.create(base).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replace("www.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- helpers

    private String metaValue(String key) {
        List<String> values = meta.get(key);
        return values == null ? null : Blocks.clean(values.get(0));
    }

    private String linkHref(String rel) {
        for (Element link : doc.select("link[rel][href]")) {
            for (String r : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (r.equals(rel)) {
                    return link.attr("href").strip();
                }
            }
        }
        return null;
    }

    private String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String base = doc.location();
        try {
            URI u = new URI(url.strip().replace(" ", "%20"));
            if (u.isAbsolute()) {
                return u.getScheme().startsWith("http") ? u.toString() : null;
            }
            if (base == null || base.isEmpty()) {
                return null;
            }
            URI resolved = new URI(base).resolve(u);
            return resolved.isAbsolute() ? resolved.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String language(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String l = raw.strip().replace('_', '-');
        String[] parts = l.split("-");
        if (!parts[0].matches("[A-Za-z]{2,3}")) {
            return null;
        }
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return out.toString();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
