package io.factwire.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds a page's article text among its furniture, in the way of Readability: paragraphs score their ancestors
 * by length and commas, scores are cut by link density and nudged by class and id names, the best subtree and
 * its like siblings are kept, then cleaned of blocks that read as lists of links, forms or image galleries.
 * Three passes, each less strict, until one finds enough text.
 */
final class ContentExtractor {
    /** A pass that finds less than this many characters of text is retried less strictly. */
    private static final int ENOUGH_CHARS = 500;

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int BULK_REMOVAL = 16;
    private static final Set<String> NEVER_TEXT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "svg",
            "canvas",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "link",
            "meta",
            "figcaption",
            "figure",
            "picture",
            "video",
            "audio",
            "source",
            "map",
            "dialog",
            "head",
            "title");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "blockquote",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "footer",
            "hr",
            "address",
            "details",
            "summary",
            "center",
            "form",
            "fieldset",
            "nav",
            "aside",
            "body",
            "caption");
    private static final Set<String> CONDITIONAL =
            Set.of("form", "fieldset", "table", "ul", "ol", "dl", "div", "section", "header", "footer", "aside");

    private final Hints hints = Hints.DEFAULT;

    /** One pass's settings: each later pass trusts the page's markup less. */
    private record Pass(boolean dropFurniture, boolean weighClasses, boolean cleanConditionally) {}

    private static final List<Pass> PASSES =
            List.of(new Pass(true, true, true), new Pass(false, true, true), new Pass(false, false, false));

    /** The article's blocks from {@code page}, which is left unchanged; an empty list when there is no text. */
    List<Blocks.Block> extract(Document page, String title) {
        List<Blocks.Block> best = List.of();
        int bestChars = -1;
        for (Pass pass : PASSES) {
            Document doc = page.clone();
            List<Blocks.Block> blocks = run(doc, pass, title);
            int chars = Blocks.textChars(blocks);
            // a laxer pass wins only by finding much more: a little more is usually the furniture it let in
            if (bestChars < 0 || chars > bestChars * 2) {
                best = blocks;
                bestChars = chars;
            }
            if (chars >= ENOUGH_CHARS) {
                break;
            }
        }
        return best;
    }

    private List<Blocks.Block> run(Document doc, Pass pass, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        removeNeverText(body);
        removeFurniture(body, pass);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = score(body, pass, scores);
        Element top = pickTop(body, candidates, scores);
        List<Element> kept = withSiblings(top, scores);
        List<Blocks.Block> blocks = new ArrayList<>();
        for (Element e : kept) {
            clean(e, pass, scores);
            blocks.addAll(Blocks.of(e, title));
        }
        return blocks;
    }

    static void removeNeverText(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && (NEVER_TEXT.contains(e.normalName()) || hidden(e))) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    /**
     * Removes elements in bulk: jsoup re-indexes a parent's children on every removal, so thousands of doomed
     * siblings removed one by one would take quadratic time.
     */
    static void removeAll(List<Element> doomed) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element e : doomed) {
            if (e.parent() != null) {
                byParent.computeIfAbsent(e.parent(), k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(e);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = entry.getValue();
            if (gone.size() < BULK_REMOVAL) {
                gone.forEach(n -> {
                    if (n.parent() == parent) {
                        n.remove();
                    }
                });
                continue;
            }
            List<Node> kept = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * Navigation, asides, headers and footers go, and in the first pass whatever the class names call furniture;
     * but never an element that holds most of the page's text (some sites wrap everything in a header or a
     * form), nor the article element itself.
     */
    private void removeFurniture(Element body, Pass pass) {
        int pageChars = Math.max(1, paragraphChars(body));
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            boolean byTag = FURNITURE_TAGS.contains(tag);
            boolean byName = pass.dropFurniture()
                    && !tag.equals("article")
                    && !tag.equals("main")
                    && !"articleBody".equals(e.attr("itemprop"))
                    && hints.furniture(e);
            if ((byTag || byName) && paragraphChars(e) < pageChars * 0.6) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    private static int paragraphChars(Element e) {
        int chars = 0;
        for (Element p : e.getElementsByTag("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    /** Scores every paragraph's ancestors; answers the scored elements. */
    private List<Element> score(Element body, Pass pass, Map<Element, Double> scores) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String text;
            if (PARAGRAPH_TAGS.contains(e.normalName())) {
                if (e.normalName().equals("blockquote")
                        && !e.getElementsByTag("p").isEmpty()) {
                    continue; // its paragraphs score for themselves
                }
                text = e.text();
            } else if (!BLOCK_TAGS.contains(e.normalName()) || e.normalName().equals("li")) {
                continue;
            } else {
                // a div holding its text directly, paragraphs split by <br>s
                text = ownInlineText(e);
            }
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.normalName().equals("div") || e.normalName().equals("section") ? e : e.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, pass));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - linkDensity(c)));
        }
        return candidates;
    }

    /** Text of the element's own text nodes and inline children, not of its block children. */
    static String ownInlineText(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
                text.append(c.text());
            }
        }
        return text.toString().strip();
    }

    private double initialScore(Element e, Pass pass) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) {
            score += 25;
        }
        return score + (pass.weighClasses() ? hints.weight(e) : 0);
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            // in-page anchors (footnotes, "jump to") are not links away
            linked += href.startsWith("#") ? a.text().length() / 3 : a.text().length();
        }
        return Math.min(1.0, (double) linked / all);
    }

    private Element pickTop(Element body, List<Element> candidates, Map<Element, Double> scores) {
        List<Element> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        // Text split over several blocks of like weight: their common ancestor holds the article.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) >= topScore * 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && parent != body) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        scores.putIfAbsent(top, 0.0);
        // A parent scoring close to its child holds more of the same article.
        Element parent = top.parent();
        double lastScore = scores.get(top);
        double threshold = lastScore / 3;
        while (parent != null && parent != body) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null
                && top.parent() != body
                && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The top element with those of its siblings that score near it or read as article paragraphs. */
    private List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null || top == top.ownerDocument().body()) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                kept.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                kept.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                if (text.length() > 80 && density < 0.25
                        || !text.isEmpty() && text.length() <= 80 && density == 0 && endsSentence(text)) {
                    kept.add(sibling);
                }
            }
        }
        return kept;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.contains(". ") || t.endsWith(".");
    }

    /** Drops what inside the chosen subtree is not article text. */
    private void clean(Element root, Pass pass, Map<Element, Double> scores) {
        if (pass.dropFurniture()) {
            int rootChars = paragraphChars(root);
            List<Element> doomed = new ArrayList<>();
            for (Element e : root.getAllElements()) {
                if (e != root && hints.strongFurniture(e) && paragraphChars(e) < rootChars * 0.6) {
                    doomed.add(e);
                }
            }
            removeAll(doomed);
        }
        for (Element form : root.getElementsByTag("form")) {
            if (form != root && form.getElementsByTag("p").size() < 3) {
                form.remove();
            }
        }
        for (String level : List.of("h1", "h2", "h3", "h4", "h5", "h6")) {
            for (Element h : root.getElementsByTag(level)) {
                if (h != root && (pass.weighClasses() && hints.weight(h) < 0 || linkDensity(h) > 0.33)) {
                    h.remove();
                }
            }
        }
        if (!pass.cleanConditionally()) {
            return;
        }
        // innermost first, as Readability does: a list is judged before the div that holds it. Counts are kept
        // per element and summed from its children as they stand then, so each element costs its child count.
        Elements all = root.getAllElements();
        Map<Element, Stats> stats = new IdentityHashMap<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null && e != root) {
                continue;
            }
            Stats st = Stats.of(e, stats);
            stats.put(e, st);
            if (e != root
                    && st.textChars > 0
                    && CONDITIONAL.contains(e.normalName())
                    && shouldDrop(e, st, pass, scores)) {
                e.remove();
            }
        }
    }

    /** What the conditional cleaning weighs of an element's subtree. */
    private static final class Stats {
        int paragraphs;
        int images;
        int listItems;
        int headings;
        int textChars;
        int linkChars;
        int commas;

        static Stats of(Element e, Map<Element, Stats> known) {
            Stats st = new Stats();
            boolean link = e.normalName().equals("a");
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.text();
                    int chars = text.strip().length();
                    st.textChars += chars;
                    st.linkChars += link ? chars : 0;
                    st.commas += commas(text);
                } else if (child instanceof Element c) {
                    Stats cs = known.get(c);
                    if (cs == null) {
                        continue;
                    }
                    st.paragraphs += cs.paragraphs;
                    st.images += cs.images;
                    st.listItems += cs.listItems;
                    st.headings += cs.headings;
                    st.textChars += cs.textChars;
                    st.linkChars += link ? cs.textChars : cs.linkChars;
                    st.commas += cs.commas;
                }
            }
            switch (e.normalName()) {
                case "p" -> st.paragraphs++;
                case "img" -> st.images++;
                case "li" -> st.listItems++;
                case "h2", "h3", "h4", "h5", "h6" -> st.headings++;
                default -> {}
            }
            return st;
        }
    }

    private boolean shouldDrop(Element e, Stats st, Pass pass, Map<Element, Double> scores) {
        int weight = pass.weighClasses() ? hints.weight(e) : 0;
        double score = scores.getOrDefault(e, 0.0);
        if (weight + score < 0) {
            return true;
        }
        if (st.commas >= 10) {
            return false;
        }
        boolean list = e.normalName().equals("ul")
                || e.normalName().equals("ol")
                || e.normalName().equals("dl");
        int p = st.paragraphs;
        int img = st.images;
        int li = st.listItems - 100;
        double density = st.textChars == 0 ? 0 : (double) st.linkChars / st.textChars;
        int length = st.textChars;
        if (img > 1 && (double) p / img < 0.5) {
            return true;
        }
        if (!list && li > p) {
            return true;
        }
        if (!list && length < MIN_PARAGRAPH_CHARS && (img == 0 || img > 2) && st.headings == 0) {
            return true;
        }
        if (!list && weight < 25 && density > 0.2 && length < 1000) {
            return true;
        }
        if (list && density > 0.5) {
            return true;
        }
        return weight >= 25 && density > 0.5;
    }
}
