package io.factwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factwire.search.SearchPage.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets are marked in Java ({@link MatchMarker}) instead of by FTS5's {@code highlight()}; this holds them to
 * SQLite's own answers over every text of the test sets: the stem of every word they contain, and the spans
 * highlight() marks for words, phrases, prefixes and OR queries drawn from them.
 */
class HighlightParityTest {
    private static final String[] SETS = {"corpus", "world", "world2", "world3"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @TempDir
    static Path dir;

    private static Connection db;
    private static final Map<Long, String> texts = new LinkedHashMap<>();
    private static final TreeSet<String> words = new TreeSet<>();

    @BeforeAll
    static void indexTheTestSets() throws Exception {
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parity.db"));
        String tokenizer = tokenizerOfTheSearchIndex();
        try (Statement s = db.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE texts USING fts5(body, tokenize = '" + tokenizer + "')");
            s.execute("CREATE VIRTUAL TABLE words USING fts5(word, tokenize = '" + tokenizer + "')");
            s.execute("CREATE VIRTUAL TABLE word_stems USING fts5vocab(words, instance)");
        }
        db.setAutoCommit(false); // one commit for the set, not one per row
        long id = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO texts(rowid, body) VALUES (?, ?)")) {
            for (String set : SETS) {
                for (String text : articles(set)) {
                    texts.put(++id, text);
                    insert.setLong(1, id);
                    insert.setString(2, text);
                    insert.executeUpdate();
                    Matcher m = WORD.matcher(text);
                    while (m.find()) {
                        words.add(m.group());
                    }
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO words(rowid, word) VALUES (?, ?)")) {
            long n = 0;
            for (String word : words) {
                insert.setLong(1, ++n);
                insert.setString(2, word);
                insert.executeUpdate();
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    @Test
    void everyWordOfTheTestSetsStemsAsTheSearchIndexStemsIt() throws SQLException {
        List<String> wordList = new ArrayList<>(words);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        try (Statement s = db.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT doc, term FROM word_stems WHERE col = 'word' ORDER BY doc, offset")) {
            while (rs.next()) {
                String word = wordList.get((int) rs.getLong(1) - 1);
                MatchMarker marker = new MatchMarker(List.of(new SearchQuery.Term(word, false)));
                // one word a row: the marker must mark the whole word, and only where SQLite's stem is its own
                String sqliteStem = rs.getString(2);
                String javaStem = String.join(" ", MatchMarker.stems(word));
                compared++;
                if (!sqliteStem.equals(javaStem)) {
                    mismatches.add(word + ": sqlite " + sqliteStem + ", java " + javaStem);
                }
                assertEquals(List.of(new Span(0, word.length())), marker.spans(word), word);
            }
        }
        assertTrue(compared > 5_000, "compared " + compared + " words");
        assertEquals(List.of(), mismatches.subList(0, Math.min(40, mismatches.size())), mismatches.size() + " differ");
    }

    @Test
    void marksTheSpansHighlightMarksForWordsPhrasesPrefixesAndAlternatives() throws SQLException {
        Random random = new Random(7);
        List<String> wordList = new ArrayList<>(words);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            queries.add(pick(wordList, random));
        }
        for (int i = 0; i < 80; i++) {
            queries.add(pick(wordList, random) + " OR " + pick(wordList, random));
            queries.add(pick(wordList, random) + " " + pick(wordList, random));
        }
        for (int i = 0; i < 80; i++) {
            String word = pick(wordList, random);
            queries.add(word.substring(0, Math.max(1, word.length() / 2)) + "*");
        }
        for (int i = 0; i < 80; i++) {
            String text = texts.get(1L + random.nextInt(texts.size()));
            Matcher m = WORD.matcher(text.substring(random.nextInt(text.length() / 2)));
            List<String> run = new ArrayList<>();
            while (run.size() < 2 + i % 2 && m.find()) {
                run.add(m.group());
            }
            queries.add("\"" + String.join(" ", run) + "\"");
        }
        int hits = 0;
        for (String q : queries) {
            MatchMarker marker = new MatchMarker(SearchQuery.searchedTerms(q));
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT rowid, highlight(texts, 0, char(2), char(3)) FROM texts WHERE texts MATCH ?")) {
                s.setString(1, SearchQuery.toFts(q));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        hits++;
                        String text = texts.get(rs.getLong(1));
                        assertEquals(
                                spansMarkedIn(rs.getString(2)), marker.spans(text), q + " in text " + rs.getLong(1));
                    }
                }
            }
        }
        assertTrue(hits > 2_000, "only " + hits + " hits compared");
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    /** The spans between highlight()'s markers, as offsets into the text without them. */
    private static List<Span> spansMarkedIn(String marked) {
        List<Span> spans = new ArrayList<>();
        int removed = 0;
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            if (marked.charAt(i) == '\u0002') {
                start = i - removed++;
            } else if (marked.charAt(i) == '\u0003') {
                spans.add(new Span(start, i - removed++));
            }
        }
        return spans;
    }

    private static String tokenizerOfTheSearchIndex() throws IOException {
        try (InputStream in = HighlightParityTest.class.getResourceAsStream("/io/factwire/store/V3__search.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("tokenize = '([^']+)'").matcher(sql);
            assertTrue(m.find(), "the search index's tokenizer");
            return m.group(1);
        }
    }

    private static List<String> articles(String set) throws IOException, java.net.URISyntaxException {
        Path folder = Path.of(HighlightParityTest.class.getResource("/" + set).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
