package io.factwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.App;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar factwire.jar ingest FILE… [--published YYYY-MM-DD]} against a database file. */
class IngestCommandTest {
    @TempDir
    Path dir;

    AppConfig config;
    Path story;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        config = TestServer.config(dir);
        story = Files.writeString(dir.resolve("story.txt"), "Convoy Reaches Border\n\nThe convoy arrived on Friday.\n");
    }

    @Test
    void ingestStoresFilesThatTheServerThenServes() {
        Path seed = Path.of("data/articles", TestServer.SEED_FILE);
        int status = ingest(story.toString(), seed.toString(), "--published", "2025-12-13");
        assertThat(status).as(text(err)).isZero();
        assertThat(text(out).lines())
                .containsExactly(
                        "created convoy-reaches-border  " + story, "created " + TestServer.SEED_ID + "  " + seed);
        try (TestServer server = TestServer.start(config)) {
            JsonNode article = server.get("/v1/articles/convoy-reaches-border").json();
            assertThat(article.get("publishedAt").asText()).isEqualTo("2025-12-13");
            assertThat(server.get("/v1/articles").json().get("items")).hasSize(2);
        }
    }

    @Test
    void aFileTooCostlyToExtractFailsAloneAndTheOthersAreStored() throws IOException {
        config = TestServer.config(dir, java.util.Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "1"));
        Path costly = Files.writeString(dir.resolve("costly.txt"), "Costly\n\n" + "“a” 'b c' ".repeat(15_000));
        assertThat(ingest(costly.toString(), story.toString())).isEqualTo(1);
        assertThat(text(out).lines()).containsExactly("created convoy-reaches-border  " + story);
        assertThat(text(err)).contains("failed  " + costly, "timeout");
    }

    @Test
    void aPublicationDateOutsideYears1To9999IsAUsageError() {
        assertThat(ingest(story.toString(), "--published", "+10000-01-01")).isEqualTo(2);
        assertThat(text(err)).contains("0001-01-01 to 9999-12-31");
    }

    @Test
    void ingestingTheSameFileAgainReportsTheStoredArticle() {
        ingest(story.toString());
        out.reset();
        assertThat(ingest(story.toString())).isZero();
        assertThat(text(out)).startsWith("exists  convoy-reaches-border");
    }

    @Test
    void sidecarNextToTheFileGivesItsMetadata() throws IOException {
        Files.writeString(dir.resolve("story.json"), "{\"source\": \"Example Wire\", \"publishedAt\": \"2025-01-02\"}");
        ingest(story.toString());
        try (TestServer server = TestServer.start(config)) {
            JsonNode article = server.get("/v1/articles/convoy-reaches-border").json();
            assertThat(article.get("source").asText()).isEqualTo("Example Wire");
            assertThat(article.get("publishedAt").asText()).isEqualTo("2025-01-02");
        }
    }

    @Test
    void missingFileFailsWithStatus1AndTheOthersAreStillIngested() {
        int status = ingest(dir.resolve("missing.txt").toString(), story.toString());
        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains("failed  ").contains("missing.txt");
        assertThat(text(out)).contains("created convoy-reaches-border");
    }

    @Test
    void aDirectoryStandsForItsTextFilesStoredInBatchesWithTheSameRulesAsOneByOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        int files = IngestCommand.BATCH + 3; // more than one batch
        for (int i = 0; i < files; i++) {
            Files.writeString(
                    folder.resolve(String.format("f%03d.txt", i)),
                    "Talks Resume\n\nDelegates met on Tuesday, round " + i + ".\n");
        }
        Files.writeString(folder.resolve("f999.txt"), "Talks Resume\n\nDelegates met on Tuesday, round 0.\n");
        Files.writeString(folder.resolve("notes.md"), "not an article");

        assertThat(ingest(folder.toString())).as(text(err)).isZero();

        List<String> lines = text(out).lines().toList();
        assertThat(lines).hasSize(files + 1);
        assertThat(lines.get(0)).isEqualTo("created talks-resume  " + folder.resolve("f000.txt"));
        assertThat(lines.get(1)).isEqualTo("created talks-resume-2  " + folder.resolve("f001.txt"));
        assertThat(lines.get(files)).isEqualTo("exists  talks-resume  " + folder.resolve("f999.txt"));
        try (TestServer server = TestServer.start(config)) {
            assertThat(server.get("/health").json().get("articles").asInt()).isEqualTo(files);
        }
    }

    @Test
    void pagesAndFeedsAreIngestedOneArticlePerPageAndPerItemAlsoFromADirectory() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Path.of("src/test/resources/html/ghost-solar-coop.html"), folder.resolve("coop.html"));
        Files.copy(Path.of("src/test/resources/feeds/glacier.atom.xml"), folder.resolve("glacier.xml"));
        Files.copy(Path.of("src/test/resources/feeds/marathon.feed.json"), folder.resolve("marathon.json"));
        Files.writeString(folder.resolve("coop.json"), "{\"source\": \"Sidecar, not a feed\"}");
        int status = ingest(folder.toString());
        assertThat(status).as(text(err)).isZero();
        assertThat(text(out).lines()).hasSize(4).allMatch(line -> line.startsWith("created "));
        assertThat(text(out)).contains("glacier.xml#2").contains("coop.html");
        Path bomb = Files.copy(Path.of("src/test/resources/feeds/bomb.rss.xml"), dir.resolve("bomb.xml"));
        assertThat(ingest(bomb.toString())).isEqualTo(1);
        assertThat(text(err)).contains("DTD");
    }

    @Test
    void usageErrorsExitWith2AndStoreNothing() {
        assertThat(ingest()).isEqualTo(2);
        assertThat(ingest(story.toString(), "--published")).isEqualTo(2);
        assertThat(ingest(story.toString(), "--published", "13.12.2025")).isEqualTo(2);
        assertThat(ingest(story.toString(), "--force")).isEqualTo(2);
        assertThat(text(err)).contains(IngestCommand.USAGE);
        assertThat(text(out)).isEmpty();
    }

    private int ingest(String... args) {
        App app = App.create(config);
        return new IngestCommand(
                        app.importer(),
                        app.feeds(),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false,
                        app.archive())
                .run(List.of(args));
    }

    @Test
    void aBulkLoadIntoAnEmptyArchiveLeavesTheFilePackedAndAnotherLoadDoesNot() throws Exception {
        // a hundred articles: enough for the index pages a load splits to show against a packed copy
        int status = ingest(
                "src/test/resources/corpus",
                "src/test/resources/world",
                "src/test/resources/heldout",
                "src/test/resources/heldout2");
        assertThat(status).as(text(err)).isZero();
        assertThat(text(err)).contains("packed the database after loading an empty archive");
        // packed: a copy that VACUUM INTO writes with every page full is no smaller
        assertThat(fileSize(config.database())).isEqualTo(fileSize(packedCopy(config.database())));

        err.reset();
        assertThat(ingest(story.toString())).as(text(err)).isZero();
        assertThat(text(err)).doesNotContain("packed");
    }

    private Path packedCopy(Path database) {
        Path copy = dir.resolve("packed-copy.db");
        org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + database)
                .useHandle(h -> h.execute("VACUUM INTO ?", copy.toString()));
        return copy;
    }

    private static long fileSize(Path file) throws IOException {
        return Files.size(file);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
