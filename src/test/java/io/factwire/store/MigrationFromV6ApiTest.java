package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.extract.Extractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the last build before V7 (schema V6; {@code src/test/resources/migration/v6/}, made by
 * {@code make-fixture.sh} there) opened by this build: every answer reads back as that build gave it, recorded
 * in {@code expected.json} by {@link #main} against the old server. The fixture holds data-folder articles, a
 * posted one with metadata, a replaced one and a deleted one.
 */
class MigrationFromV6ApiTest {
    static final Path FIXTURE = Path.of("src/test/resources/migration/v6");

    /** Reads that do not depend on which articles there are; each article's own reads are added to them. */
    static final List<String> READS = List.of(
            "/v1/articles?limit=3",
            "/v1/articles?sort=-published&limit=4",
            "/v1/articles?sort=updated&limit=5",
            "/v1/articles?factType=troop_count",
            "/v1/articles?speaker=Kim%20Jong%20Un&limit=2",
            "/v1/search?q=soldiers",
            "/v1/search?q=killed&sort=-published",
            "/v1/search?q=troops&factType=date",
            "/v1/search?q=said",
            "/v1/search?q=ministry%20OR%20army&limit=3",
            "/v1/quotes?limit=7",
            "/v1/facts?limit=50",
            "/v1/facts?type=troop_count&min=10",
            "/v1/facts?type=casualty_count&max=500",
            "/v1/facts?type=date&from=2024-01-01",
            "/v1/facts?type=place&limit=9",
            "/v1/speakers?limit=4",
            "/v1/changes?since=0&limit=1000",
            "/v1/export");

    @TempDir
    Path dir;

    @Test
    void aV6DatabaseReadsBackTheSameAfterTheMigration() throws Exception {
        AppConfig config = fixtureCopy();
        // as if the fixture's extractor were this build's, so no re-extraction changes what is compared
        setExtractorVersionBeforeTheMigration(config, Extractor.VERSION);
        ObjectNode expected = (ObjectNode)
                TestServer.JSON.readTree(FIXTURE.resolve("expected.json").toFile());
        expected.findParents("extractorVersion")
                .forEach(o -> ((ObjectNode) o).put("extractorVersion", Extractor.VERSION));
        long before = Files.size(config.database());
        try (TestServer server = TestServer.start(config)) {
            server.app().awaitUpkeep(60);
            JsonNode actual = readAll(path -> server.get(path).body(), server.base());
            assertThat(actual.size()).isEqualTo(expected.size());
            expected.fieldNames()
                    .forEachRemaining(
                            path -> assertThat(actual.get(path)).as(path).isEqualTo(expected.get(path)));
            Database db = Database.open(config.database());
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            MaintenanceDao check = db.reads().onDemand(MaintenanceDao.class);
            assertThat(check.integrityCheck()).containsExactly("ok");
            assertThat(check.foreignKeyCheck()).isEmpty();
            assertThat(check.factRangeCheck()).isEmpty();
            db.writes().useExtension(MaintenanceDao.class, MaintenanceDao::searchIndexCheck);
        }
        assertThat(Files.size(config.database()))
                .as("file size after the migration")
                .isLessThan(before);
    }

    @Test
    void aMigratedArticleIsExtractedAgainFromItsStoredRawTextAfterAnExtractorUpgrade() throws Exception {
        AppConfig config = fixtureCopy();
        setExtractorVersionBeforeTheMigration(config, 1);
        JsonNode expected =
                TestServer.JSON.readTree(FIXTURE.resolve("expected.json").toFile());
        try (TestServer server = TestServer.start(config)) {
            assertThat(server.app().awaitUpkeep(120)).isTrue();
            JsonNode progress = server.get("/health").json().get("upkeep");
            assertThat(progress.get("reextracted").asLong()).isEqualTo(5);
            assertThat(progress.get("failed").asLong()).isZero();
            // a re-extraction hashes the raw text it inflated again: the old build's hash proves it whole
            JsonNode articles = expected.get("/v1/articles?limit=3");
            assertThat(articles).hasSize(5);
            for (JsonNode article : articles) {
                JsonNode now =
                        server.get("/v1/articles/" + article.get("id").asText()).json();
                assertThat(now.get("extractorVersion").asInt()).isEqualTo(Extractor.VERSION);
                JsonNode then = expected.get("/v1/articles/" + article.get("id").asText());
                assertThat(now.get("contentHash")).isEqualTo(then.get("contentHash"));
            }
        }
    }

    private static void setExtractorVersionBeforeTheMigration(AppConfig config, int version) {
        org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + config.database())
                .useHandle(h -> h.execute("UPDATE articles SET extractor_version = ?", version));
    }

    private AppConfig fixtureCopy() throws IOException {
        // a loaded machine must not make the re-extraction give up
        AppConfig config = TestServer.config(dir, java.util.Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "600000"));
        Files.copy(FIXTURE.resolve("factwire.db"), config.database());
        // the data folder as it was, so the start-up sync finds every file unchanged
        Files.createDirectories(config.dataDir());
        try (var files = Files.list(FIXTURE.resolve("articles"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.dataDir().resolve(file.getFileName()));
            }
        }
        return config;
    }

    /**
     * Every read of {@link #READS} and of each listed article, following each list's {@code next} links to its
     * end, by path; the server's own address is taken out of links so two servers compare.
     */
    static ObjectNode readAll(Function<String, String> get, String base) throws IOException {
        ObjectNode all = TestServer.JSON.createObjectNode();
        List<String> reads = new ArrayList<>(READS);
        for (JsonNode article : pages(get, base, "/v1/articles?limit=100")) {
            String id = "/v1/articles/" + article.get("id").asText();
            reads.addAll(List.of(id, id + "/sections", id + "/quotes", id + "/facts", id + "/sections/0"));
        }
        for (String path : reads) {
            if (path.startsWith("/v1/export")) {
                ArrayNode lines = all.putArray(path);
                for (String line : get.apply(path).split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(TestServer.JSON.readTree(line.replace(base, "")));
                    }
                }
            } else if (path.matches("/v1/articles/[^?]+")) {
                all.set(path, TestServer.JSON.readTree(get.apply(path).replace(base, "")));
            } else {
                all.set(path, pages(get, base, path));
            }
        }
        return all;
    }

    /** The items of every page of a list, in order. */
    private static ArrayNode pages(Function<String, String> get, String base, String first) throws IOException {
        ArrayNode items = TestServer.JSON.createArrayNode();
        String path = first;
        for (int page = 0; path != null && page < 500; page++) {
            JsonNode body = TestServer.JSON.readTree(get.apply(path).replace(base, ""));
            body.get("items").forEach(items::add);
            String next = body.hasNonNull("next") ? body.get("next").asText() : null;
            // a link, or (some lists) the cursor alone
            path = next == null || next.startsWith("/")
                    ? next
                    : first + (first.contains("?") ? "&" : "?") + "cursor=" + next;
        }
        return items;
    }

    /** Records {@code expected.json}: {@code MigrationFromV6ApiTest BASE_URL OUT_FILE}, against the old build. */
    public static void main(String[] args) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = args[0];
        ObjectNode all = readAll(
                path -> {
                    try {
                        HttpResponse<String> response = client.send(
                                HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(
                                    path + ": " + response.statusCode() + " " + response.body());
                        }
                        return response.body();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(path, e);
                    }
                },
                base);
        TestServer.JSON
                .writerWithDefaultPrettyPrinter()
                .writeValue(Path.of(args[1]).toFile(), all);
    }
}
