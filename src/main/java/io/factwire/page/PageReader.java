package io.factwire.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
    private static final int WORDS_PER_TEASER = 40;

    private static final int UNTITLED_WORDS = 12;
    /** Found text this much shorter than the JSON-LD articleBody was not the article (or not all of it). */
    private static final double DECLARED_BODY_SHARE = 0.5;
    /** A paragraph this long is running text: what comes before it may be the page's byline and date lines. */
    private static final int LEAD_WORDS = 20;

    private static final int PAGE_LINE_WORDS = 12;
    private static final Pattern BYLINE = Pattern.compile("(?i)(?:by|written by|words by|von|par|por)\\s+\\p{Lu}");

    private final ContentExtractor content = new ContentExtractor();

    /** {@code html} as sent; {@code contentType} the HTTP header or null; {@code url} the page's address or null. */
    public Page read(byte[] html, String contentType, String url) {
        return read(PageCharset.decode(html, contentType), url);
    }

    public Page read(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        PageMetadata metadata = MetadataReader.read(doc, url);
        List<Blocks.Block> blocks = withoutPageLines(content.extract(doc, metadata.title()), metadata);
        int words = runningWords(blocks);
        // a page that renders its text with scripts often still states it in its JSON-LD
        List<String> stated = MetadataReader.articleBody(doc);
        int declaredWords = stated.stream().mapToInt(Page::words).sum();
        if (declaredWords >= MIN_ARTICLE_WORDS && words < declaredWords * DECLARED_BODY_SHARE) {
            blocks = stated.stream().map(p -> new Blocks.Block(p, false, 0)).toList();
            words = declaredWords;
        }
        boolean declared = declaresArticle(doc) || MetadataReader.declaresArticle(doc);
        // a page that calls itself an article is believed down to a single sentence; others need a paragraph
        if (words == 0 || words < MIN_ARTICLE_WORDS && !declared) {
            throw new NoArticleException("No article found: the page has " + words
                    + " words of running text outside its navigation and furniture.");
        }
        int teasers = teaserHeadings(doc);
        if (metadata.publishedAt() == null
                && !declared
                && teasers >= TEASER_HEADINGS
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

    /**
     * Drops what the page prints around the article's text rather than in it: byline, date and section lines
     * above the first paragraph of running text, and headings left with no paragraph after them.
     */
    static List<Blocks.Block> withoutPageLines(List<Blocks.Block> blocks, PageMetadata metadata) {
        List<Blocks.Block> kept = new ArrayList<>();
        boolean lead = true;
        for (Blocks.Block b : blocks) {
            if (lead && b.words() >= LEAD_WORDS) {
                lead = false;
            }
            if (lead && !b.heading() && pageLine(b.text(), metadata)) {
                continue;
            }
            kept.add(b);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean pageLine(String text, PageMetadata metadata) {
        int words = Page.words(text);
        if (words > PAGE_LINE_WORDS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (BYLINE.matcher(text).lookingAt()) {
            return true;
        }
        for (String author : metadata.authors()) {
            if (lower.contains(author.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String tag : metadata.tags()) {
            if (lower.equals(tag.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        char last = text.charAt(text.length() - 1);
        return ".!?。".indexOf(last) < 0 && Dates.findWritten(text) != null;
    }

    /**
     * The article of an HTML fragment that is known to be one (a feed item's content), with metadata given by its
     * container: no scoring, only the cleaning of every page. Throws {@link NoArticleException} when it holds no
     * text at all.
     */
    public Page readFragment(String html, String url, PageMetadata metadata) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html, url == null ? "" : url);
        ContentExtractor.removeNeverText(doc.body());
        String headline =
                metadata.title() == null ? null : Jsoup.parse(metadata.title()).text();
        List<Blocks.Block> blocks = withoutPageLines(Blocks.of(doc.body(), headline), metadata);
        List<String> paragraphs = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (Blocks.Block b : blocks) {
            paragraphs.add(b.text());
            headings.add(b.heading());
        }
        if (paragraphs.isEmpty()) {
            throw new NoArticleException("No article found: the item has no text.");
        }
        String title = headline != null && !headline.isBlank() ? headline : firstWords(paragraphs.get(0));
        return new Page(
                title,
                paragraphs,
                headings,
                new PageMetadata(
                        title,
                        metadata.authors(),
                        metadata.publishedAt(),
                        metadata.modifiedAt(),
                        metadata.url(),
                        metadata.source(),
                        metadata.lang(),
                        metadata.description(),
                        metadata.image(),
                        metadata.tags()));
    }

    private static int runningWords(List<Blocks.Block> blocks) {
        int words = 0;
        for (Blocks.Block b : blocks) {
            words += b.heading() ? 0 : b.words();
        }
        return words;
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
