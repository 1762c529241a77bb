package io.factwire.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it, by the vocabulary of {@code hints.txt}: furniture that is
 * never article text (strong), furniture unless the name also says content (weak), and article text (positive).
 */
final class Hints {
    private static final Pattern NAME_PARTS = Pattern.compile("[^a-z0-9]+");
    private static final List<String> FURNITURE_ROLES = List.of(
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
            "search",
            "dialog",
            "alertdialog",
            "menu",
            "menubar",
            "toolbar");

    private record Word(String text, boolean token) {
        boolean in(String names, String[] parts) {
            if (!token) {
                return names.contains(text);
            }
            for (String part : parts) {
                if (part.equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Word> strong = new ArrayList<>();
    private final List<Word> weak = new ArrayList<>();
    private final List<Word> positive = new ArrayList<>();

    static final Hints DEFAULT = load();

    private static Hints load() {
        Hints hints = new Hints();
        try (InputStream in = Hints.class.getResourceAsStream("hints.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String kind = line.substring(0, colon);
                String word = line.substring(colon + 1).strip();
                boolean token = word.startsWith("token:");
                Word w = new Word(token ? word.substring(6) : word, token);
                switch (kind) {
                    case "strong" -> hints.strong.add(w);
                    case "weak" -> hints.weak.add(w);
                    case "positive" -> hints.positive.add(w);
                    default -> throw new IllegalStateException("Unknown hint kind in hints.txt: " + kind);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hints;
    }

    private static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    private static boolean any(List<Word> words, String names) {
        if (names.isBlank()) {
            return false;
        }
        String[] parts = NAME_PARTS.split(names);
        for (Word w : words) {
            if (w.in(names, parts)) {
                return true;
            }
        }
        return false;
    }

    boolean positive(Element e) {
        return any(positive, names(e)) || "articleBody".equals(e.attr("itemprop"));
    }

    /** Furniture by name or role: strong words always, weak ones when nothing in the name says content. */
    boolean furniture(Element e) {
        String names = names(e);
        if (FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return any(strong, names) || any(weak, names) && !any(positive, names) && !positive(e);
    }

    boolean strongFurniture(Element e) {
        return any(strong, names(e));
    }

    /** Readability's class weight: names saying content add, names saying furniture take away. */
    int weight(Element e) {
        String names = names(e);
        int weight = 0;
        if (any(strong, names) || any(weak, names)) {
            weight -= 25;
        }
        if (any(positive, names) || positive(e)) {
            weight += 25;
        }
        return weight;
    }
}
