package io.factwire.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article subtree as Factwire's paragraphs: h2–h6 become headings; p, li, blockquote, table rows and
 * other blocks become paragraphs; a {@code <br>} ends a paragraph; inline markup is read as text.
 */
final class Blocks {
    /** A paragraph or a heading, with how many of its characters are link text. */
    record Block(String text, boolean heading, int linkChars) {
        int words() {
            return Page.words(text);
        }
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A short paragraph that is mostly a link ("Related: …", "Read more: …") points away from the article. */
    private static final double LINK_LINE_DENSITY = 0.5;

    private static final int LINK_LINE_WORDS = 30;

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;

    private Blocks() {}

    static List<Block> of(Element root, String title) {
        Blocks b = new Blocks();
        b.visit(root, false);
        b.flush();
        String titleKey = key(title);
        List<Block> kept = new ArrayList<>();
        for (Block block : b.blocks) {
            if (!titleKey.isEmpty() && key(block.text()).equals(titleKey)) {
                continue; // the headline repeated in the body
            }
            if (!block.heading()
                    && block.words() < LINK_LINE_WORDS
                    && block.linkChars() > block.text().length() * LINK_LINE_DENSITY) {
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    static int textChars(List<Block> blocks) {
        int chars = 0;
        for (Block b : blocks) {
            chars += b.text().length();
        }
        return chars;
    }

    private static String key(String text) {
        return text == null ? "" : clean(text).toLowerCase(Locale.ROOT);
    }

    private void visit(Node node, boolean inLink) {
        if (node instanceof TextNode t) {
            String s = t.text();
            text.append(s);
            if (inLink) {
                linkChars += s.strip().length();
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (name.equals("br") || name.equals("hr")) {
            flush();
            return;
        }
        if (HEADINGS.contains(name)) {
            flush();
            String heading = clean(e.text());
            if (!heading.isEmpty()) {
                blocks.add(new Block(heading, !name.equals("h1") || !blocks.isEmpty(), linkText(e)));
            }
            return;
        }
        boolean block = ContentExtractor.BLOCK_TAGS.contains(name) && !name.equals("td") && !name.equals("th");
        if (block) {
            flush();
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        }
        boolean link = inLink || name.equals("a");
        for (Node child : e.childNodes()) {
            visit(child, link);
        }
        if (block) {
            flush();
        } else if (name.equals("td") || name.equals("th")) {
            text.append(' ');
        }
    }

    private static int linkText(Element e) {
        int chars = 0;
        for (Element a : e.getElementsByTag("a")) {
            chars += a.text().length();
        }
        return chars;
    }

    private void flush() {
        String paragraph = clean(text.toString());
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(paragraph, false, Math.min(linkChars, paragraph.length())));
        }
        text.setLength(0);
        linkChars = 0;
    }

    /** One line of text: every run of white space (no-break and zero-width spaces too) one space. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
