package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extractor holds no rule made for one article: no exception for a name from a test article in the code,
 * no comment or string quoting a test article's title. General vocabularies live in {@code lexicon/}.
 */
class NoOneArticleRulesTest {
    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path LEXICON = Path.of("src/main/resources/io/factwire/extract/lexicon");
    private static final List<String> ARTICLE_DIRS =
            List.of("corpus", "heldout", "heldout2", "world", "world2", "world3");
    /** Exceptions that were once written into the code for single articles. */
    private static final List<String> ONE_ARTICLE_LITERALS =
            List.of("M23", "Sidewinder", "Hercules", "Red Cross", "Red Star", "KWNX", "\"dpa\"");

    private static final Pattern COMMENT_OR_STRING =
            Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");

    @Test
    void mainCodeNamesNoneOfTheOneArticleExceptions() {
        String code = String.join("\n", mainSources());
        List<String> found =
                ONE_ARTICLE_LITERALS.stream().filter(code::contains).toList();
        assertThat(found).as("one-article exceptions in src/main/java").isEmpty();
    }

    @Test
    void noCommentOrStringInMainCodeQuotesATestArticleTitle() {
        StringBuilder quoted = new StringBuilder();
        for (String source : mainSources()) {
            Matcher m = COMMENT_OR_STRING.matcher(source);
            while (m.find()) {
                quoted.append(m.group()).append('\n');
            }
        }
        String text = quoted.toString();
        Set<String> found = new TreeSet<>();
        for (String phrase : titlePhrases()) {
            if (text.contains(phrase)) {
                found.add(phrase);
            }
        }
        assertThat(found)
                .as("phrases from test article titles in comments or strings of src/main/java")
                .isEmpty();
    }

    @Test
    void theTitleCheckFindsAPhraseFromATitle() {
        // The check above cannot pass by finding no phrases at all.
        assertThat(titlePhrases()).hasSizeGreaterThan(50);
    }

    @Test
    void noCommentOrStringInMainCodeOrLexiconNamesAPersonFromATestArticle() {
        Set<String> surnames = testArticleSurnames();
        Set<String> found = new TreeSet<>();
        List<String> quoted = new ArrayList<>();
        for (String source : mainSources()) {
            Matcher m = COMMENT_OR_STRING.matcher(source);
            while (m.find()) {
                quoted.add(m.group());
            }
        }
        for (Path list : list(LEXICON)) {
            if (!list.toString().endsWith(".txt")) {
                continue;
            }
            read(list).lines().filter(line -> line.startsWith("#")).forEach(quoted::add);
        }
        for (String text : quoted) {
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                if (surnames.contains(w.group().replaceAll("[’']s$", ""))) {
                    found.add(w.group());
                }
            }
        }
        assertThat(found)
                .as("surnames of people in test articles, in comments or strings of src/main or lexicon comments")
                .isEmpty();
    }

    @Test
    void theSurnameCheckKnowsThePeopleOfTheTestArticles() {
        assertThat(testArticleSurnames()).hasSizeGreaterThan(200);
    }

    /**
     * The last word of every person the golds of the test articles name, unless it is a listed given name or an
     * everyday English word ("Young", "Park"), which comments may use for their own sense.
     */
    private static Set<String> testArticleSurnames() {
        Set<String> given = Lexicon.get().lowerSet("given-names");
        Set<String> common = Lexicon.get().lowerSet("common-words");
        Set<String> surnames = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String dir : ARTICLE_DIRS) {
            for (Path gold : list(Path.of("src/test/resources", dir))) {
                if (!gold.toString().endsWith(".gold.json")) {
                    continue;
                }
                try {
                    for (JsonNode fact : json.readTree(gold.toFile()).path("facts")) {
                        if (!fact.path("type").asText().equals("person")) {
                            continue;
                        }
                        List<String> words = new ArrayList<>();
                        Matcher w = WORD.matcher(fact.path("text").asText());
                        while (w.find()) {
                            words.add(w.group().replaceAll("[’']s$", ""));
                        }
                        if (words.size() < 2) {
                            continue;
                        }
                        String last = words.get(words.size() - 1);
                        String lower = last.toLowerCase(Locale.ROOT);
                        if (last.length() >= 4
                                && Character.isUpperCase(last.charAt(0))
                                && !given.contains(lower)
                                && !common.contains(lower)) {
                            surnames.add(last);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return surnames;
    }

    /**
     * Every two capitalised words in a row in a test article's first line ("Harbour Board", "Mayor Ilse"), except
     * names of countries and places, which the gazetteer lists as general vocabulary anyway.
     */
    private static Set<String> titlePhrases() {
        Set<String> places = new HashSet<>(Lexicon.get().lines("countries"));
        places.addAll(Lexicon.get().lines("places"));
        Set<String> phrases = new HashSet<>();
        for (String dir : ARTICLE_DIRS) {
            for (Path article : list(Path.of("src/test/resources", dir))) {
                if (!article.toString().endsWith(".txt")) {
                    continue;
                }
                List<String> run = new ArrayList<>();
                Matcher w = WORD.matcher(firstLine(article) + " .");
                int last = -1;
                while (w.find()) {
                    String word = w.group().replaceAll("[’']s$", "");
                    boolean adjacent = last < 0 || w.start() - last <= 1;
                    if (!adjacent || !Character.isUpperCase(word.charAt(0))) {
                        addPairs(run, places, phrases);
                        run.clear();
                    }
                    if (Character.isUpperCase(word.charAt(0))) {
                        run.add(word);
                    }
                    last = w.end();
                }
                addPairs(run, places, phrases);
            }
        }
        return phrases;
    }

    private static void addPairs(List<String> run, Set<String> places, Set<String> phrases) {
        for (int i = 0; i + 2 <= run.size(); i++) {
            String phrase = run.get(i) + " " + run.get(i + 1);
            if (!places.contains(phrase)) {
                phrases.add(phrase);
            }
        }
    }

    private static List<String> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(NoOneArticleRulesTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Path file) {
        String text = read(file);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
