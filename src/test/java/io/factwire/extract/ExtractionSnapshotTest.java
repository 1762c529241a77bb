package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole extraction of every test article, compared byte for byte with a committed snapshot, so that any
 * change of output shows up as a diff to review. Run with {@code -Dfactwire.snapshots.update=true} to rewrite
 * the snapshots after an intended change; the diff then goes into the commit. The fresh held-out set
 * ({@code heldout2}) has no snapshot: a diff of its extraction shown while rules change would be a look at it,
 * and it is scored only by {@link FreshHeldOutScoreTest}, before and after a round of changes.
 */
class ExtractionSnapshotTest {
    private static final List<Path> SETS = List.of(
            Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/heldout"),
            Path.of("src/test/resources/world"),
            Path.of("src/test/resources/world2"),
            Path.of("src/test/resources/world3"));
    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
    private static final boolean UPDATE = Boolean.getBoolean("factwire.snapshots.update");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Extractor EXTRACTOR = new Extractor();

    @TestFactory
    Stream<DynamicTest> everyTestArticleExtractsExactlyAsItsSnapshot() {
        return articles().stream()
                .map(article -> DynamicTest.dynamicTest(article.toString(), () -> {
                    Path snapshot = snapshotOf(article);
                    String now = render(extract(article));
                    if (UPDATE) {
                        Files.createDirectories(snapshot.getParent());
                        Files.writeString(snapshot, now, StandardCharsets.UTF_8);
                        return;
                    }
                    assertThat(snapshot)
                            .as("snapshot of " + article + " (run with -Dfactwire.snapshots.update=true)")
                            .exists();
                    String before = Files.readString(snapshot, StandardCharsets.UTF_8);
                    if (!now.equals(before)) {
                        throw new AssertionError("extraction of " + article + " changed; first difference:\n"
                                + firstDifference(before, now) + "\nIf intended, rewrite the snapshots with "
                                + "-Dfactwire.snapshots.update=true and review the diff.");
                    }
                }));
    }

    @Test
    void everySnapshotBelongsToATestArticle() throws IOException {
        List<Path> expected =
                articles().stream().map(ExtractionSnapshotTest::snapshotOf).toList();
        try (Stream<Path> files = Files.walk(SNAPSHOTS)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .as("orphaned snapshots")
                    .allMatch(expected::contains);
        }
    }

    /** One line per item, so a change shows as the lines of the items it touched. */
    static String render(Extraction extraction) {
        try {
            StringBuilder out = new StringBuilder();
            out.append("title ")
                    .append(JSON.writeValueAsString(extraction.title()))
                    .append('\n');
            out.append("dateline ")
                    .append(JSON.writeValueAsString(extraction.dateline()))
                    .append('\n');
            out.append("body ")
                    .append(JSON.writeValueAsString(extraction.body()))
                    .append('\n');
            for (Section section : extraction.sections()) {
                out.append("section ").append(JSON.writeValueAsString(section)).append('\n');
            }
            for (Quote quote : extraction.quotes()) {
                out.append("quote ").append(JSON.writeValueAsString(quote)).append('\n');
            }
            for (Fact fact : extraction.facts()) {
                out.append("fact ").append(JSON.writeValueAsString(fact)).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Extraction extract(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Path gold = article.resolveSibling(article.getFileName().toString().replace(".txt", ".gold.json"));
        LocalDate published = null;
        if (Files.exists(gold)) {
            JsonNode node = JSON.readTree(gold.toFile());
            if (node.hasNonNull("publishedAt")) {
                published = LocalDate.parse(node.get("publishedAt").asText().substring(0, 10));
            }
        }
        return EXTRACTOR.extract(text, published);
    }

    private static List<Path> articles() {
        List<Path> all = new ArrayList<>();
        for (Path set : SETS) {
            try (Stream<Path> files = Files.list(set)) {
                files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static Path snapshotOf(Path article) {
        return SNAPSHOTS
                .resolve(article.getParent().getFileName().toString())
                .resolve(article.getFileName().toString().replace(".txt", ".extraction"));
    }

    private static String firstDifference(String before, String now) {
        String[] a = before.split("\n", -1);
        String[] b = now.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String was = i < a.length ? a[i] : "<none>";
            String is = i < b.length ? b[i] : "<none>";
            if (!was.equals(is)) {
                return "line " + (i + 1) + "\n- " + shorten(was) + "\n+ " + shorten(is);
            }
        }
        return "(none)";
    }

    private static String shorten(String line) {
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
