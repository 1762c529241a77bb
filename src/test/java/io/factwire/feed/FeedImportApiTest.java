package io.factwire.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /v1/import} with RSS, Atom and JSON Feed bodies; DTDs, entities and bad feeds refused. */
class FeedImportApiTest {
    private static final Path FEEDS = Path.of("src/test/resources/feeds");
    private static final String AUTH = "Bearer " + TestServer.API_KEY;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Response post(String file, String type) throws IOException {
        return server.post(
                "/v1/import", Files.readAllBytes(FEEDS.resolve(file)), "Content-Type", type, "Authorization", AUTH);
    }

    @Test
    void rssItemsBecomeArticlesFromTheirContentElseTheirDescriptionAndEachOutcomeIsListed() throws IOException {
        Response r = post("harbour.rss.xml", "application/rss+xml");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("outcome").asText()).isEqualTo("created");
        assertThat(items.get(1).get("outcome").asText()).isEqualTo("created");
        assertThat(items.get(2).get("outcome").asText()).isEqualTo("failed");
        assertThat(items.get(2).get("error").asText()).contains("No article found");
        assertThat(r.json().get("created").asInt()).isEqualTo(2);

        JsonNode school =
                server.get("/v1/articles/" + items.get(0).get("id").asText()).json();
        assertThat(school.get("title").asText()).isEqualTo("Island School Reopens After Storm Repairs");
        assertThat(school.get("publishedAt").asText()).isEqualTo("2026-02-16T07:30:00+01:00");
        assertThat(school.get("authors").get(0).asText()).isEqualTo("Maren Holtby");
        assertThat(school.get("source").asText()).isEqualTo("Vellmoor Gazette");
        assertThat(school.get("lang").asText()).isEqualTo("en-GB");
        assertThat(school.get("tags").toString()).contains("Oskarholm");
        assertThat(school.get("body").asText()).contains("mock exams").doesNotContain("appeared first on");
        assertThat(school.get("sections").get(1).get("heading").asText()).isEqualTo("Lessons in the church hall");
        JsonNode ferry =
                server.get("/v1/articles/" + items.get(1).get("id").asText()).json();
        assertThat(ferry.get("authors").get(0).asText()).isEqualTo("Ada Crane");
        assertThat(ferry.get("publishedAt").asText()).isEqualTo("2026-02-14T09:00:00Z");

        JsonNode again = post("harbour.rss.xml", "application/rss+xml").json();
        assertThat(again.get("items").get(0).get("outcome").asText()).isEqualTo("exists");
    }

    @Test
    void atomAndJsonFeedEntriesAreStoredWithTheirMetadata() throws IOException {
        JsonNode atom = post("glacier.atom.xml", "application/atom+xml").json();
        assertThat(atom.get("created").asInt()).isEqualTo(2);
        JsonNode lake = server.get(
                        "/v1/articles/" + atom.get("items").get(0).get("id").asText())
                .json();
        assertThat(lake.get("authors").get(0).asText()).isEqualTo("Solveig Brandt");
        assertThat(lake.get("url").asText()).isEqualTo("https://alpinesciencereview.example/2026/09/meltwater-lake");
        assertThat(lake.get("body").asText()).contains("sudden flood");
        JsonNode pollen = server.get(
                        "/v1/articles/" + atom.get("items").get(1).get("id").asText())
                .json();
        assertThat(pollen.get("authors").get(0).asText()).isEqualTo("Editorial Desk");
        assertThat(pollen.get("body").asText()).contains("larch pollen");

        JsonNode json = post("marathon.feed.json", "application/feed+json").json();
        JsonNode race = server.get(
                        "/v1/articles/" + json.get("items").get(0).get("id").asText())
                .json();
        assertThat(race.get("publishedAt").asText()).isEqualTo("2026-04-26T15:00:00+09:00");
        assertThat(race.get("tags").toString()).contains("Marathon");
    }

    @Test
    void feedsWithADtdAreRefusedSoNoEntityIsEverResolved() throws IOException {
        JsonNode xxe = post("xxe.rss.xml", "application/rss+xml").assertProblem(400, "body");
        assertThat(xxe.get("detail").asText()).contains("DTD");
        assertThat(server.get("/v1/articles").body()).doesNotContain("root:");
        JsonNode bomb = post("bomb.rss.xml", "application/rss+xml").assertProblem(400, "body");
        assertThat(bomb.get("detail").asText()).contains("DTD");
    }

    @Test
    void brokenFeedsAndOtherMediaTypesAreRefused() {
        server.post(
                        "/v1/import",
                        "<rss><channel><item>".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/rss+xml",
                        "Authorization",
                        AUTH)
                .assertProblem(400, "body");
        server.post(
                        "/v1/import",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/feed+json",
                        "Authorization",
                        AUTH)
                .assertProblem(400, "body");
        server.post(
                        "/v1/import",
                        "x".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "text/plain",
                        "Authorization",
                        AUTH)
                .assertProblem(415, null);
        server.post("/v1/import", "<rss/>".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/rss+xml")
                .assertProblem(401, null);
    }
}
