package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.extract.Extractor;
import io.factwire.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each start does with the data directory and the stored articles, across restarts. */
class DataDirectorySyncTest {
    /** Links carry the base URL; restarts pick new ports, so these tests fix the base. */
    static final Map<String, String> FIXED_BASE = Map.of("FACTWIRE_PUBLIC_URL", "http://factwire.test");

    @TempDir
    Path dir;

    @Test
    void restartIsIdempotent() {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        TestServer.addSeed(config);
        JsonNode first = run(config, s -> s.get("/v1/articles").json());
        JsonNode article =
                run(config, s -> s.get("/v1/articles/" + TestServer.SEED_ID).json());
        JsonNode second = run(config, s -> s.get("/v1/articles").json());
        JsonNode again =
                run(config, s -> s.get("/v1/articles/" + TestServer.SEED_ID).json());
        assertThat(second).isEqualTo(first);
        assertThat(second.get("items")).hasSize(1);
        assertThat(again).isEqualTo(article);
    }

    @Test
    void newFileIsIngestedOnTheNextStart() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        TestServer.addSeed(config);
        run(config, s -> s.get("/v1/articles"));
        Files.writeString(config.dataDir().resolve("later.txt"), "Later Story\n\nIt came later.\n");
        JsonNode items = run(config, s -> s.get("/v1/articles").json().get("items"));
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("id").asText()).isEqualTo("later-story");
    }

    @Test
    void changedFileIsReextractedUnderTheSameId() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        Path file = Files.createDirectories(config.dataDir()).resolve("story.txt");
        Files.writeString(file, "Dam Opens\n\nThe dam opened on Monday.\n");
        JsonNode before = run(config, s -> s.get("/v1/articles/dam-opens").json());
        Files.writeString(file, "Dam Opens Early\n\nThe dam opened on Sunday.\n");
        JsonNode after = run(config, s -> s.get("/v1/articles/dam-opens").json());
        assertThat(after.get("contentHash")).isNotEqualTo(before.get("contentHash"));
        assertThat(after.get("title").asText()).isEqualTo("Dam Opens Early");
        assertThat(after.get("body").asText()).contains("Sunday");
        JsonNode items = run(config, s -> s.get("/v1/articles").json().get("items"));
        assertThat(items).hasSize(1);
    }

    @Test
    void sidecarGivesPublicationDateUrlAndSourceAndItsChangesApply() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        Path data = Files.createDirectories(config.dataDir());
        Files.writeString(data.resolve("story.txt"), "Market Reopens\n\nTraders returned on Friday.\n");
        Files.writeString(
                data.resolve("story.json"),
                "{\"publishedAt\": \"2025-12-13\", \"url\": \"https://example.com/m\", \"source\": \"Wire\"}");
        JsonNode summary =
                run(config, s -> s.get("/v1/articles").json().get("items").get(0));
        assertThat(summary.get("publishedAt").asText()).isEqualTo("2025-12-13");
        assertThat(summary.get("url").asText()).isEqualTo("https://example.com/m");
        assertThat(summary.get("source").asText()).isEqualTo("Wire");
        Files.writeString(data.resolve("story.json"), "{\"publishedAt\": \"2025-12-14\"}");
        JsonNode updated = run(config, s -> s.get("/v1/articles/market-reopens").json());
        assertThat(updated.get("publishedAt").asText()).isEqualTo("2025-12-14");
        assertThat(updated.get("source").isNull()).isTrue();
    }

    @Test
    void fileWithABadSidecarIsSkippedAndTheOthersAreIngested() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        TestServer.addSeed(config);
        Files.writeString(config.dataDir().resolve("broken.txt"), "Broken Story\n\nText.\n");
        Files.writeString(config.dataDir().resolve("broken.json"), "{\"publishedAt\": \"yesterday\"}");
        JsonNode items = run(config, s -> s.get("/v1/articles").json().get("items"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo(TestServer.SEED_ID);
    }

    @Test
    void fileWhoseTextWasAlreadyPostedIsNotStoredTwice() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        run(config, s -> s.postJson("/v1/articles", "{\"text\": \"Posted First\\n\\nThen filed.\"}"));
        Files.createDirectories(config.dataDir());
        Files.writeString(config.dataDir().resolve("posted.txt"), "Posted First\n\nThen filed.\n");
        JsonNode items = run(config, s -> s.get("/v1/articles").json().get("items"));
        assertThat(items).hasSize(1);
    }

    @Test
    void anHttpEditOfADataFolderArticleSurvivesRestartsUntilItsFileChanges() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        Path file = Files.createDirectories(config.dataDir()).resolve("story.txt");
        Files.writeString(file, "Dam Opens\n\nThe dam opened on Monday.\n");
        run(
                config,
                s -> s.putJson(
                        "/v1/articles/dam-opens",
                        "{\"text\": \"Dam Opens\\n\\nThe dam opened on Tuesday.\", \"source\": \"Desk\"}"));
        JsonNode edited = run(config, s -> s.get("/v1/articles/dam-opens").json());
        JsonNode again = run(config, s -> s.get("/v1/articles/dam-opens").json());
        assertThat(again).as("an unchanged file undoes nothing").isEqualTo(edited);
        assertThat(again.get("body").asText()).contains("Tuesday");
        assertThat(again.get("source").asText()).isEqualTo("Desk");
        assertThat(again.get("revision").asInt()).isEqualTo(2);

        Files.writeString(file, "Dam Opens\n\nThe dam opened on Wednesday.\n");
        JsonNode fromFile = run(config, s -> s.get("/v1/articles/dam-opens").json());
        assertThat(fromFile.get("body").asText()).contains("Wednesday");
        assertThat(fromFile.get("revision").asInt())
                .as("a revision never goes back")
                .isEqualTo(3);
    }

    @Test
    void aDeletedDataFolderArticleStaysDeletedUntilItsFileChangesThenComesBackAtALaterRevision() throws IOException {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        Path file = Files.createDirectories(config.dataDir()).resolve("story.txt");
        Files.writeString(file, "Dam Opens\n\nThe dam opened on Monday.\n");
        run(config, s -> s.delete("/v1/articles/dam-opens"));
        int afterRestart = run(config, s -> s.get("/v1/articles/dam-opens").status());
        int afterAnother = run(config, s -> s.get("/v1/articles/dam-opens").status());
        assertThat(afterRestart).isEqualTo(404);
        assertThat(afterAnother).isEqualTo(404);

        Files.writeString(file, "Dam Opens\n\nThe dam opened on Friday.\n");
        JsonNode back = run(config, s -> s.get("/v1/articles/dam-opens").json());
        assertThat(back.get("body").asText()).contains("Friday");
        JsonNode events = run(config, s -> s.get("/v1/changes?since=0").json().get("items"));
        assertThat(events)
                .extracting(
                        e -> e.get("type").asText() + "@" + e.get("revision").asInt())
                .containsExactly("created@1", "deleted@2", "created@3");
        assertThat(back.get("revision").asInt()).isEqualTo(3);
    }

    @Test
    void articlesFromAnOlderExtractorAreReextractedInTheBackgroundAndHealthTellsHowFar() {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        TestServer.addSeed(config);
        JsonNode before =
                run(config, s -> s.get("/v1/articles/" + TestServer.SEED_ID).json());
        Database.open(config.database())
                .writes()
                .useHandle(h -> h.execute(
                        "UPDATE articles SET extractor_version = 0, title = 'stale' WHERE id = ?", TestServer.SEED_ID));
        JsonNode health = run(config, s -> s.get("/health").json());
        assertThat(health.get("upkeep").get("state").asText()).isEqualTo("done");
        assertThat(health.get("upkeep").get("stale").asInt()).isEqualTo(1);
        assertThat(health.get("upkeep").get("reextracted").asInt()).isEqualTo(1);
        JsonNode after =
                run(config, s -> s.get("/v1/articles/" + TestServer.SEED_ID).json());
        assertThat(after.get("extractorVersion").asInt()).isEqualTo(Extractor.VERSION);
        assertThat(after.get("revision").asInt())
                .as("a re-extraction is a new revision")
                .isEqualTo(2);
        assertThat(withoutRevision(after)).isEqualTo(withoutRevision(before));
    }

    @Test
    void theServerAnswersBeforeTheStartsBackgroundWorkIsDone() throws Exception {
        AppConfig config = TestServer.config(dir, FIXED_BASE);
        Path data = Files.createDirectories(config.dataDir());
        for (int i = 0; i < 30; i++) {
            Files.writeString(data.resolve("story-" + i + ".txt"), "Story Number " + i + "\n\nIt was filed.\n");
        }
        io.factwire.App app = io.factwire.App.create(config).start();
        try {
            java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://localhost:" + app.port() + "/health"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(TestServer.JSON
                            .readTree(health.body())
                            .get("upkeep")
                            .get("state")
                            .asText())
                    .isIn("pending", "running", "done");
            assertThat(app.awaitUpkeep(120)).isTrue();
        } finally {
            app.stop();
        }
        int stored = run(config, s -> s.get("/health").json().get("articles").asInt());
        assertThat(stored).isEqualTo(30);
    }

    private static JsonNode withoutRevision(JsonNode article) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) article.deepCopy())
                .without(java.util.List.of("revision", "updatedAt"));
    }

    /** Starts a server over {@code config}, asks it something, stops it. */
    private static <T> T run(AppConfig config, Function<TestServer, T> question) {
        try (TestServer server = TestServer.start(config)) {
            return question.apply(server);
        }
    }
}
