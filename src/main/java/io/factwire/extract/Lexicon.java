package io.factwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The general word lists the stages use, read once from {@code lexicon/*.txt} on the classpath. Nothing in
 * here is about a particular article: lists of speech verbs, agencies, months, unit words and the like.
 */
public final class Lexicon {
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    private static final Lexicon DEFAULT = new Lexicon();

    public static Lexicon get() {
        return DEFAULT;
    }

    private Lexicon() {}

    /** The non-comment, non-blank lines of {@code lexicon/NAME.txt}. */
    public List<String> lines(String name) {
        return lines.computeIfAbsent(name, Lexicon::read);
    }

    /** The lines of a list as a set of lower-case words. */
    public Set<String> lowerSet(String name) {
        Set<String> set = new HashSet<>();
        for (String line : lines(name)) {
            set.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(set);
    }

    /** The lines of a list as a set, case kept. */
    public Set<String> set(String name) {
        return Set.copyOf(lines(name));
    }

    private static List<String> read(String name) {
        String path = "lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
