package io.factwire.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page as a browser would (jsoup's HTML5 tree builder, the charset as {@link PageCharset} finds it)
 * and answers its article and metadata, or throws {@link NoArticleException} when it holds none. Pure Java:
 * no web or database code. Thread-safe.
 */
public final class PageReader {
    /** Fewer words than this is a page without an article (a login form, an image page, an error page). */
    static final int MIN_ARTICLE_WORDS = 30;
    /** A page of headline links (a home page, a section front) has at least this many of them ... */
    private static final int TEASER_HEADINGS = 4;
    /** ... and not many more words per headline than a teaser holds. */
    private static final int WORDS_PER_TEASER = 60;
    private static final int UNTITLED_WORDS = 12;

    private final ContentExtractor content = new ContentExtractor();

    /** {@code html} as sent; {@code contentType} the HTTP header or null; {@code url} the page's address or null. */
    public Page read(byte[] html, String contentType, String url) {
        return read(PageCharset.decode(html, contentType), url);
    }

    public Page read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PageMetadata metadata = MetadataReader.read(doc, url);
        List<Blocks.Block> blocks = content.extract(doc, metadata.title());
        int words = 0;
        for (Blocks.Block b : blocks) {
            words += b.heading() ? 0 : b.words();
        }
        if (words < MIN_ARTICLE_WORDS) {
            throw new NoArticleException("No article found: the page has " + words
                    + " words of running text outside its navigation and furniture.");
        }
        int teasers = teaserHeadings(doc);
        if (metadata.publishedAt() == null && !declaresArticle(doc) && teasers >= TEASER_HEADINGS
                && words < teasers * WORDS_PER_TEASER) {
            throw new NoArticleException("No article found: the page is a list of " + teasers
                    + " linked headlines, like a home page or a section front.");
        }
        List<String> paragraphs = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (Blocks.Block b : blocks) {
            paragraphs.add(b.text());
            headings.add(b.heading());
        }
        String title = metadata.title() != null ? metadata.title() : firstWords(paragraphs.get(0));
        return new Page(title, paragraphs, headings, metadata);
    }

    private static int teaserHeadings(Document doc) {
        int n = 0;
        for (Element h : doc.select("h1, h2, h3, h4")) {
            int linked = 0;
            for (Element a : h.getElementsByTag("a")) {
                linked += a.text().length();
            }
            if (!h.text().isEmpty() && linked >= h.text().length() * 0.8) {
                n++;
            }
        }
        for (Element parentLink : doc.select("a h1, a h2, a h3, a h4")) {
            if (!parentLink.text().isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static boolean declaresArticle(Document doc) {
        Element type = doc.selectFirst("meta[property=og:type]");
        return type != null && type.attr("content").toLowerCase(Locale.ROOT).contains("article");
    }

    private static String firstWords(String paragraph) {
        String[] words = paragraph.split("\\s+");
        if (words.length <= UNTITLED_WORDS) {
            return paragraph;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, UNTITLED_WORDS)) + "…";
    }
}
