package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.store.Database;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code PUT} and {@code DELETE /v1/articles/{id}}, {@code POST /v1/extract}, and several API keys. */
class ArticleWriteApiTest {
    static final String OTHER_KEY = "second-key";

    @TempDir
    static Path dir;

    static AppConfig config;
    static TestServer server;

    @BeforeAll
    static void start() {
        config = TestServer.config(dir, Map.of("FACTWIRE_API_KEYS", OTHER_KEY + ", third-key"));
        server = TestServer.start(config);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode post(String title, String body) {
        Response created = server.postJson(
                "/v1/articles", "{\"text\": \"" + title + "\\n\\n" + body + "\", \"source\": \"Wire\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aTitleInAnotherScriptGetsAReadableIdThatItsEditsKeep() {
        JsonNode article = post("Львів отримав нові трамваї", "Перші трамваї вийшли на лінію в понеділок.");
        assertThat(article.get("id").asText()).isEqualTo("l-viv-otrimav-novi-tramvai");
        Response edited = server.putJson(
                article.get("links").get("self").asText(), "{\"text\": \"Інша назва\\n\\nТекст змінено.\"}");
        assertThat(edited.json().get("id").asText()).isEqualTo("l-viv-otrimav-novi-tramvai");
        assertThat(post("<em>Markup</em> &amp; Title", "Tags out.").get("id").asText())
                .isEqualTo("markup-title");
    }

    @Test
    void newArticleIsRevisionOneCreatedWhenUpdated() {
        JsonNode article = post("Revision One", "A first version.");
        assertThat(article.get("revision").asInt()).isEqualTo(1);
        assertThat(article.get("createdAt").asText())
                .isEqualTo(article.get("updatedAt").asText())
                .endsWith("Z");
    }

    @Test
    void replacingTheTextReExtractsKeepsTheIdAndBumpsTheRevision() {
        JsonNode before = post("Troops Move North", "About 300 soldiers were deployed on Monday.");
        String self = before.get("links").get("self").asText();
        Response replaced = server.putJson(
                self, "{\"text\": \"Troops Move South\\n\\nAbout 500 soldiers were deployed on Tuesday.\"}");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode after = replaced.json();
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("title").asText()).isEqualTo("Troops Move South");
        assertThat(after.get("body").asText()).contains("500 soldiers");
        assertThat(after.get("source").asText())
                .as("absent members keep their value")
                .isEqualTo("Wire");
        assertThat(after.get("revision").asInt()).isEqualTo(2);
        assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat(after.get("updatedAt").asText())
                .isGreaterThanOrEqualTo(before.get("updatedAt").asText());
        assertThat(after.get("contentHash")).isNotEqualTo(before.get("contentHash"));
        assertThat(server.get(self).json()).isEqualTo(after);
    }

    @Test
    void replacingOnlyMetadataKeepsTheTextAndNullClears() {
        JsonNode before = post("Metadata Only", "The text stays.");
        String self = before.get("links").get("self").asText();
        JsonNode after = server.putJson(self, "{\"publishedAt\": \"2026-02-01\", \"source\": null}")
                .json();
        assertThat(after.get("body")).isEqualTo(before.get("body"));
        assertThat(after.get("publishedAt").asText()).isEqualTo("2026-02-01");
        assertThat(after.get("source").isNull()).isTrue();
        assertThat(after.get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void replacementThatChangesNothingKeepsTheRevision() {
        JsonNode before = post("Nothing Changes", "Same as ever.");
        Response same = server.putJson(before.get("links").get("self").asText(), "{\"source\": \"Wire\"}");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json()).isEqualTo(before);
    }

    @Test
    void replacingWithAnotherArticlesTextIs409AndChangesNothing() {
        post("Taken Text", "Already stored.");
        JsonNode other = post("Free Text", "Stored too.");
        String self = other.get("links").get("self").asText();
        server.putJson(self, "{\"text\": \"Taken Text\\n\\nAlready stored.\"}").assertProblem(409, null);
        assertThat(server.get(self).json()).isEqualTo(other);
    }

    @Test
    void refusedReplacementsChangeNothing() {
        JsonNode article = post("Guarded", "Nobody may change this without a key.");
        String self = article.get("links").get("self").asText();
        server.send(
                        "PUT",
                        self,
                        HttpRequest.BodyPublishers.ofString("{\"source\": \"X\"}"),
                        "Content-Type",
                        "application/json")
                .assertProblem(401, null);
        server.putJson(self, "{\"text\": \"\"}").assertProblem(400, "text");
        server.putJson(self, "{\"title\": \"x\"}").assertProblem(400, "title");
        server.send(
                        "PUT",
                        self,
                        HttpRequest.BodyPublishers.ofString("{}"),
                        "Content-Type",
                        "text/plain",
                        "Authorization",
                        "Bearer " + TestServer.API_KEY)
                .assertProblem(415, null);
        assertThat(server.get(self).json()).isEqualTo(article);
    }

    @Test
    void replacingOrDeletingAMissingArticleIs404() {
        server.putJson("/v1/articles/no-such-article", "{\"source\": \"X\"}").assertProblem(404, null);
        server.delete("/v1/articles/no-such-article").assertProblem(404, null);
    }

    @Test
    void deleteAnswers204AndTheArticleThen404s() {
        String self = post("Short Lived", "Gone soon.").get("links").get("self").asText();
        Response deleted = server.delete(self);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        server.get(self).assertProblem(404, null);
        server.get(self + "/quotes").assertProblem(404, null);
        assertThat(server.delete(self).status()).isEqualTo(404);
    }

    @Test
    void deleteWithoutAKeyIs401AndKeepsTheArticle() {
        String self = post("Kept", "Still here.").get("links").get("self").asText();
        server.send("DELETE", self, HttpRequest.BodyPublishers.noBody(), "Authorization", "Bearer wrong")
                .assertProblem(401, null);
        assertThat(server.get(self).status()).isEqualTo(200);
    }

    @Test
    void everyConfiguredKeyIsAccepted() {
        for (String key : new String[] {TestServer.API_KEY, OTHER_KEY, "third-key"}) {
            Response created = server.post(
                    "/v1/articles",
                    ("{\"text\": \"Written With " + key + "\\n\\nBody.\"}").getBytes(StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Bearer " + key);
            assertThat(created.status()).as(key).isEqualTo(201);
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheArticleAsItWas() {
        JsonNode before = post("Atomic Article", "Some 40 troops were deployed on Friday to the border.");
        String self = before.get("links").get("self").asText();
        Database db = Database.open(config.database());
        // facts are written after the article row, its sections and its quotes: fail there
        db.writes().useHandle(h -> h.execute("""
                CREATE TRIGGER fail_half_way BEFORE INSERT ON facts
                BEGIN SELECT RAISE(ABORT, 'forced failure'); END"""));
        try {
            server.putJson(self, "{\"text\": \"Atomic Article\\n\\nSome 90 troops were deployed on Monday.\"}")
                    .assertProblem(500, null);
        } finally {
            db.writes().useHandle(h -> h.execute("DROP TRIGGER fail_half_way"));
        }
        assertThat(server.get(self).json()).isEqualTo(before);
        long changes = db.reads()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM changes WHERE article_id = :id")
                        .bind("id", before.get("id").asText())
                        .mapTo(Long.class)
                        .one());
        assertThat(changes).as("no change event for a rolled-back write").isEqualTo(1);
    }

    @Test
    void extractAnswersWhatStoringWouldServeAndStoresNothing() {
        String text = "Extract Only\\n\\nRoughly 2,000 soldiers were deployed on Friday, officials said.";
        long before = server.get("/health").json().get("articles").asLong();
        Response extracted = server.post(
                "/v1/extract",
                ("{\"text\": \"" + text + "\", \"publishedAt\": \"2026-03-06\"}").getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json");
        assertThat(extracted.status()).as(extracted.body()).isEqualTo(200);
        assertThat(server.get("/health").json().get("articles").asLong()).isEqualTo(before);
        assertThat(server.get("/v1/articles/extract-only").status()).isEqualTo(404);

        JsonNode stored = server.postJson(
                        "/v1/articles", "{\"text\": \"" + text + "\", \"publishedAt\": \"2026-03-06\"}")
                .json();
        ObjectNode comparable = stored.deepCopy();
        comparable.remove(java.util.List.of("id", "revision", "createdAt", "updatedAt", "links"));
        assertThat(extracted.json()).isEqualTo(comparable);
        assertThat(extracted.json().get("facts")).isNotEmpty();
    }

    @Test
    void extractRefusesBadInputLikePost() {
        server.post(
                        "/v1/extract",
                        "{\"text\": \" \"}".getBytes(StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/json")
                .assertProblem(400, "text");
        server.post("/v1/extract", "text".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain")
                .assertProblem(415, null);
    }
}
