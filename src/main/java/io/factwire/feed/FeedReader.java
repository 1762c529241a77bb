package io.factwire.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.page.Dates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 (and 0.9x), Atom 1.0 and JSON Feed 1.x. XML is read with the JDK's streaming parser set to
 * resolve nothing: a feed that declares a DTD is refused outright, so neither external entities (XXE) nor
 * entity expansion (billion laughs) can happen. Feeds over {@link #MAX_BYTES} or {@link #MAX_ITEMS} items are
 * refused too. Pure Java; thread-safe.
 */
public final class FeedReader {
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_ITEMS = 2000;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLInputFactory XML = xmlFactory();

    /** What a body or file is, by its media type or, failing that, its first bytes. */
    public enum Kind {
        RSS,
        ATOM,
        JSON_FEED
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // a parser without these properties resolves nothing anyway once DTDs are off
        }
        return f;
    }

    /** The feed kind a media type names, or null when it names none. */
    public static Kind kindOfMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/rss+xml" -> Kind.RSS;
            case "application/atom+xml" -> Kind.ATOM;
            case "application/feed+json" -> Kind.JSON_FEED;
            default -> null;
        };
    }

    /** Whether a file's first bytes look like a feed: JSON naming a jsonfeed version, or XML. */
    public static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading();
        if (head.startsWith("{")) {
            return head.contains("jsonfeed.org");
        }
        // XML is tried as a feed whatever its root: the reader refuses what is not one (or declares a DTD)
        return head.startsWith("<?xml")
                || head.startsWith("<!DOCTYPE")
                || head.startsWith("<rss")
                || head.startsWith("<feed");
    }

    public Feed read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new FeedException("The feed is larger than " + MAX_BYTES + " bytes.");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading();
        return head.startsWith("{") ? readJson(bytes) : readXml(bytes);
    }

    // ---- JSON Feed

    private Feed readJson(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new FeedException("The JSON Feed is not valid JSON.");
        }
        if (root == null || !root.isObject() || !root.path("version").asText().contains("jsonfeed.org")) {
            throw new FeedException("Not a JSON Feed: no 'version' naming https://jsonfeed.org/version/1.x.");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FeedException("The JSON Feed has no 'items' array.");
        }
        if (items.size() > MAX_ITEMS) {
            throw new FeedException("The feed has more than " + MAX_ITEMS + " items.");
        }
        List<String> feedAuthors = jsonAuthors(root);
        List<FeedItem> out = new ArrayList<>();
        for (JsonNode item : items) {
            String html = text(item, "content_html");
            if (html == null && text(item, "content_text") != null) {
                html = "<p>" + escape(text(item, "content_text")).replace("\n\n", "</p><p>") + "</p>";
            }
            List<String> authors = jsonAuthors(item);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> tags.add(t.asText()));
            out.add(new FeedItem(
                    text(item, "title"),
                    html != null ? html : text(item, "summary"),
                    first(text(item, "url"), text(item, "external_url")),
                    Dates.normalize(text(item, "date_published")),
                    Dates.normalize(text(item, "date_modified")),
                    authors.isEmpty() ? feedAuthors : authors,
                    tags,
                    text(item, "summary"),
                    first(text(item, "image"), text(item, "banner_image"))));
        }
        return new Feed(text(root, "title"), text(root, "language"), out);
    }

    private static List<String> jsonAuthors(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.path("authors").forEach(a -> {
            if (a.hasNonNull("name")) {
                names.add(a.get("name").asText());
            }
        });
        if (names.isEmpty() && node.path("author").hasNonNull("name")) {
            names.add(node.path("author").get("name").asText());
        }
        return names;
    }

    private static String text(JsonNode node, String member) {
        JsonNode v = node.get(member);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- RSS and Atom

    /** Fields of the item being read; the element names of RSS and Atom map onto them. */
    private static final class ItemBuilder {
        String title;
        String content;
        String description;
        String url;
        String guid;
        String published;
        String modified;
        String image;
        final List<String> authors = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        FeedItem build(List<String> feedAuthors) {
            String link = url != null ? url : guid != null && guid.startsWith("http") ? guid : null;
            return new FeedItem(
                    title,
                    content != null ? content : description,
                    link,
                    Dates.normalize(published),
                    Dates.normalize(modified),
                    authors.isEmpty() ? feedAuthors : authors,
                    tags,
                    content != null ? description : null,
                    image);
        }
    }

    private Feed readXml(byte[] bytes) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return readXml(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new FeedException("The feed is not well-formed XML"
                    + (e.getLocation() == null
                            ? "."
                            : " (line " + e.getLocation().getLineNumber() + ")."));
        }
    }

    private Feed readXml(XMLStreamReader r) throws XMLStreamException {
        String feedTitle = null;
        String feedLang = null;
        List<String> feedAuthors = new ArrayList<>();
        List<FeedItem> items = new ArrayList<>();
        ItemBuilder item = null;
        boolean inAuthor = false;
        boolean inSource = false;
        boolean rootSeen = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new FeedException("The feed declares a DTD; feeds with DTDs or entity declarations are refused.");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new FeedException("The feed uses an undeclared entity '&" + r.getLocalName() + ";'.");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("item") || name.equals("entry")) {
                    if (item != null) {
                        items.add(item.build(feedAuthors));
                        if (items.size() > MAX_ITEMS) {
                            throw new FeedException("The feed has more than " + MAX_ITEMS + " items.");
                        }
                    }
                    item = null;
                } else if (name.equals("author") && ATOM.equals(r.getNamespaceURI())) {
                    inAuthor = false;
                } else if (name.equals("source")) {
                    inSource = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            if (!rootSeen) {
                rootSeen = true;
                if (!name.equals("rss") && !name.equals("feed") && !name.equals("RDF")) {
                    throw new FeedException("Not RSS or Atom: the root element is <" + name + ">.");
                }
                String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                feedLang = lang == null || lang.isBlank() ? null : lang;
                continue;
            }
            if (name.equals("item") || name.equals("entry")) {
                item = new ItemBuilder();
                continue;
            }
            if (name.equals("source") && item != null) {
                inSource = true; // an entry's source feed: its title and authors are not the entry's
                continue;
            }
            if (inSource) {
                continue;
            }
            if (name.equals("author") && ns.equals(ATOM)) {
                inAuthor = true;
                continue;
            }
            if (item == null) {
                // channel or feed level
                if (name.equals("title") && feedTitle == null) {
                    feedTitle = clean(r.getElementText());
                } else if (name.equals("language") && feedLang == null) {
                    feedLang = clean(r.getElementText());
                } else if (inAuthor && name.equals("name")) {
                    add(feedAuthors, r.getElementText());
                }
                continue;
            }
            switch (name) {
                case "title" -> item.title = elementText(r, ns);
                case "link" -> {
                    String href = r.getAttributeValue(null, "href");
                    String rel = r.getAttributeValue(null, "rel");
                    if (href != null) {
                        if ((rel == null || rel.equals("alternate")) && item.url == null) {
                            item.url = href.strip();
                        }
                    } else {
                        item.url = clean(r.getElementText());
                    }
                }
                case "guid", "id" -> item.guid = clean(r.getElementText());
                case "encoded" -> item.content = r.getElementText();
                case "content" -> {
                    if (ns.equals(ATOM)) {
                        item.content = elementText(r, ns);
                    } else {
                        skip(r);
                    }
                }
                case "description", "summary" -> item.description = elementText(r, ns);
                case "pubDate", "published", "issued" -> item.published = clean(r.getElementText());
                case "date" -> {
                    String date = clean(r.getElementText());
                    if (item.published == null) {
                        item.published = date;
                    }
                }
                case "updated", "modified" -> item.modified = clean(r.getElementText());
                case "creator" -> add(item.authors, r.getElementText());
                case "author" -> add(item.authors, rssAuthor(r.getElementText()));
                case "name" -> {
                    if (inAuthor) {
                        add(item.authors, r.getElementText());
                    } else {
                        skip(r);
                    }
                }
                case "category" -> {
                    String term = r.getAttributeValue(null, "term");
                    add(item.tags, term != null ? term : r.getElementText());
                }
                case "enclosure", "thumbnail" -> {
                    String type = r.getAttributeValue(null, "type");
                    String url = r.getAttributeValue(null, "url");
                    if (url != null && item.image == null && (type == null || type.startsWith("image/"))) {
                        item.image = url;
                    }
                }
                default -> {
                    // elements of other vocabularies are not read
                }
            }
        }
        if (!rootSeen) {
            throw new FeedException("The feed is empty.");
        }
        return new Feed(feedTitle, feedLang, items);
    }

    /**
     * An element's text; Atom's {@code type="xhtml"} content is markup, which the parser hands over as events and
     * which is written back here as HTML.
     */
    private static String elementText(XMLStreamReader r, String ns) throws XMLStreamException {
        String type = r.getAttributeValue(null, "type");
        if (ATOM.equals(ns) && "xhtml".equals(type)) {
            StringBuilder html = new StringBuilder();
            int level = 1;
            while (level > 0) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    level++;
                    html.append('<').append(r.getLocalName()).append('>');
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    level--;
                    if (level > 0) {
                        html.append("</").append(r.getLocalName()).append('>');
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    html.append(escape(r.getText()));
                }
            }
            return html.toString();
        }
        String text = r.getElementText();
        if (ATOM.equals(ns) && (type == null || type.equals("text"))) {
            return escape(text);
        }
        return text;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            }
        }
    }

    /** RSS's author is an e-mail address, often with the name in brackets: "jo@example.org (Jo Velt)". */
    private static String rssAuthor(String value) {
        String v = value.strip();
        int open = v.indexOf('(');
        int close = v.lastIndexOf(')');
        if (open >= 0 && close > open) {
            return v.substring(open + 1, close);
        }
        return v.contains("@") ? null : v;
    }

    private static void add(List<String> list, String value) {
        String v = clean(value);
        if (v != null && !list.contains(v)) {
            list.add(v);
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
