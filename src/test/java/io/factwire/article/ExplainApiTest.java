package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ?explain=true}: every quote and fact names the rule that decided it; without it, no rule member at all. */
class ExplainApiTest {
    private static final String ARTICLE = "/v1/articles/pier-opens";
    private static final String PIER = """
            {"text": "Pier Opens\\n\\nThe new pier at Halvik opened on Monday, March 2, 2026, with about 300 soldiers \
            guarding it. \\"It took us two years,\\" said Captain Mira Osk, the harbour master, according to \
            Reuters.\\n\\n\\"The boats come back next week.\\"", "publishedAt": "2026-03-03"}""";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        // Not a test of the extraction limit: a machine busy with other builds must not time the article out.
        server = TestServer.start(TestServer.config(dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "60000")));
        assertThat(server.postJson("/v1/articles", PIER).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The quotes and facts of an answer, wherever the route puts them. */
    private static List<JsonNode> itemsOf(JsonNode answer, String member) {
        List<JsonNode> items = new ArrayList<>();
        (answer.has("items") ? answer.get("items") : answer.get(member)).forEach(items::add);
        return items;
    }

    private static void assertEveryQuoteExplained(List<JsonNode> quotes) {
        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.path("rule").asText()).startsWith("speaker.");
            assertThat(q.path("sourceRule").asText()).startsWith("source.");
        });
    }

    private static void assertEveryFactExplained(List<JsonNode> facts) {
        assertThat(facts)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("rule").asText()).matches("[a-z]+(\\.[a-z-]+)?"));
    }

    private static void assertNoRule(List<JsonNode> items) {
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.has("rule")).as("rule in " + item).isFalse();
            assertThat(item.has("sourceRule")).as("sourceRule in " + item).isFalse();
        });
    }

    @Test
    void anArticleExplainedNamesTheRuleOfEveryQuoteAndFact() {
        JsonNode explained = server.get(ARTICLE + "?explain=true").json();
        assertEveryQuoteExplained(itemsOf(explained, "quotes"));
        assertEveryFactExplained(itemsOf(explained, "facts"));

        JsonNode plain = server.get(ARTICLE).json();
        assertNoRule(itemsOf(plain, "quotes"));
        assertNoRule(itemsOf(plain, "facts"));
        assertNoRule(itemsOf(server.get(ARTICLE + "?explain=false").json(), "quotes"));
    }

    @Test
    void anArticlesQuotesAndFactsExplained() {
        assertEveryQuoteExplained(
                itemsOf(server.get(ARTICLE + "/quotes?explain=true").json(), "items"));
        assertEveryFactExplained(
                itemsOf(server.get(ARTICLE + "/facts?explain=true").json(), "items"));
        assertNoRule(itemsOf(server.get(ARTICLE + "/quotes").json(), "items"));
        assertNoRule(itemsOf(server.get(ARTICLE + "/facts").json(), "items"));
    }

    @Test
    void quotesAndFactsAcrossArticlesExplained() {
        assertEveryQuoteExplained(
                itemsOf(server.get("/v1/quotes?limit=500&explain=true").json(), "items"));
        assertEveryFactExplained(
                itemsOf(server.get("/v1/facts?limit=500&explain=true").json(), "items"));
        assertNoRule(itemsOf(server.get("/v1/quotes?limit=500").json(), "items"));
        assertNoRule(itemsOf(server.get("/v1/facts?limit=500").json(), "items"));
    }

    @Test
    void theExtractorTriedWithoutStoringExplains() {
        byte[] body = PIER.replace("Pier Opens", "Pier Opening").getBytes(StandardCharsets.UTF_8);
        Response explained = server.post("/v1/extract?explain=true", body, "Content-Type", "application/json");
        assertThat(explained.status()).isEqualTo(200);
        assertEveryQuoteExplained(itemsOf(explained.json(), "quotes"));
        assertEveryFactExplained(itemsOf(explained.json(), "facts"));
        Response plain = server.post("/v1/extract", body, "Content-Type", "application/json");
        assertNoRule(itemsOf(plain.json(), "quotes"));
        assertNoRule(itemsOf(plain.json(), "facts"));
    }

    @Test
    void theRulesSayWhatDecided() {
        JsonNode pier =
                server.get("/v1/quotes?speaker=mira%20osk&explain=true").json().get("items");
        assertThat(pier.get(0).get("rule").asText()).isEqualTo("speaker.said-name-after-quote");
        assertThat(pier.get(0).get("sourceRule").asText()).isEqualTo("source.according-to");
        assertThat(pier.get(1).get("rule").asText())
                .as("a paragraph that opens with a quotation carries on the speech")
                .isEqualTo("speaker.continues-paragraph");
        List<String> factRules = new ArrayList<>();
        server.get(ARTICLE + "/facts?explain=true")
                .json()
                .get("items")
                .forEach(f -> factRules.add(f.get("rule").asText()));
        assertThat(factRules).contains("date.month-day-year", "count.hedged-number", "entity.person-title");
    }

    @ParameterizedTest
    @ValueSource(strings = {ARTICLE, ARTICLE + "/quotes", ARTICLE + "/facts", "/v1/quotes", "/v1/facts"})
    void theExplainedAnswerIsItsOwnCachedVariant(String path) {
        Response plain = server.get(path);
        Response explained = server.get(path + (path.contains("?") ? "&" : "?") + "explain=true");
        assertThat(explained.header("ETag")).isNotEqualTo(plain.header("ETag"));
        assertThat(server.get(path + "?explain=true", "If-None-Match", plain.header("ETag"))
                        .status())
                .as("the plain answer's ETag does not validate the explained one")
                .isEqualTo(200);
        assertThat(server.get(path, "If-None-Match", explained.header("ETag")).status())
                .isEqualTo(200);
        assertThat(server.get(path + "?explain=true", "If-None-Match", explained.header("ETag"))
                        .status())
                .isEqualTo(304);
        assertThat(server.get(path).body())
                .as("the plain answer cached before stays plain")
                .isEqualTo(plain.body());
    }

    @Test
    void explainIsTrueOrFalse() {
        server.get(ARTICLE + "?explain=yes").assertProblem(400, "explain");
    }
}
