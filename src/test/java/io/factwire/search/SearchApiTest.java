package io.factwire.search;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /v1/search}: ranking, phrases, prefixes, snippets with offsets, filters, pages, bad queries. */
class SearchApiTest {
    @TempDir
    static Path dir;

    static AppConfig config;
    static TestServer server;
    static String body;

    @BeforeAll
    static void start() {
        config = TestServer.config(dir);
        TestServer.addSeed(config);
        server = TestServer.start(config);
        server.postJson("/v1/articles", """
                {"text": "Harbour Reopens After Storm\\n\\nThe harbour at Pellin reopened on Monday. \\"We are open\
                 again,\\" said Ada Lind, the harbour master.", "publishedAt": "2026-02-02", "source": "Coast Wire"}""");
        server.postJson("/v1/articles", """
                {"text": "Storm Warning for the Coast\\n\\nForecasters warned of a storm on the coast.",
                 "publishedAt": "2026-01-15"}""");
        body = server.get("/v1/articles/" + SEED_ID).json().get("body").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Response search(String query) {
        return server.get("/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> ids(Response response) {
        List<String> ids = new ArrayList<>();
        response.json()
                .get("items")
                .forEach(hit -> ids.add(hit.get("article").get("id").asText()));
        return ids;
    }

    @Test
    void snippetsMarkTheMatchesAndTheirOffsetsPointIntoTheBody() {
        Response response = search("mine clearance");
        assertThat(response.status()).isEqualTo(200);
        JsonNode hit = response.json().get("items").get(0);
        assertThat(hit.get("article").get("id").asText()).isEqualTo(SEED_ID);
        assertThat(hit.get("score").asDouble()).isPositive();
        JsonNode snippet = hit.get("snippets").get(0);
        assertThat(snippet.get("text").asText()).contains("<mark>mine</mark> <mark>clearance</mark>");
        int start = snippet.get("start").asInt();
        int end = snippet.get("end").asInt();
        assertThat(snippet.get("text").asText().replaceAll("</?mark>", ""))
                .isEqualTo(body.substring(start, end).replace("&", "&amp;").replace("\"", "&quot;"));
        for (JsonNode match : snippet.get("matches")) {
            assertThat(body.substring(
                            match.get("start").asInt(), match.get("end").asInt()))
                    .isIn("mine", "clearance", "Mine", "clearing");
        }
    }

    @Test
    void titleMatchesRankFirstAndAreHighlighted() {
        Response response = search("storm");
        assertThat(ids(response)).containsExactly("storm-warning-for-the-coast", "harbour-reopens-after-storm");
        assertThat(response.json().get("items").get(0).get("titleHighlight").asText())
                .isEqualTo("<mark>Storm</mark> Warning for the Coast");
    }

    @Test
    void phrasesMatchOnlyAsAWhole() {
        assertThat(ids(search("\"harbour master\""))).containsExactly("harbour-reopens-after-storm");
        assertThat(ids(search("\"master harbour\""))).isEmpty();
    }

    @Test
    void prefixesMatchTheStartOfWords() {
        assertThat(ids(search("harb*"))).containsExactly("harbour-reopens-after-storm");
        assertThat(ids(search("harb"))).isEmpty();
    }

    @Test
    void quotesAreSearchedToo() {
        assertThat(ids(search("\"open again\""))).containsExactly("harbour-reopens-after-storm");
    }

    @Test
    void filtersNarrowTheHits() {
        assertThat(ids(server.get("/v1/search?q=storm&publishedFrom=2026-02-01")))
                .containsExactly("harbour-reopens-after-storm");
        assertThat(ids(server.get("/v1/search?q=storm&publishedTo=2026-01-31")))
                .containsExactly("storm-warning-for-the-coast");
        assertThat(ids(server.get("/v1/search?q=storm&speaker=ada%20lind")))
                .containsExactly("harbour-reopens-after-storm");
        assertThat(ids(server.get("/v1/search?q=soldiers&factType=troop_count")))
                .containsExactly(SEED_ID);
        assertThat(ids(server.get("/v1/search?q=storm&factType=troop_count"))).isEmpty();
        assertThat(ids(server.get("/v1/search?q=storm&source=coast%20wire")))
                .containsExactly("harbour-reopens-after-storm");
        assertThat(server.get("/v1/articles?source=COAST%20WIRE").json().findValuesAsText("id"))
                .containsExactly("harbour-reopens-after-storm");
        assertThat(ids(server.get("/v1/search?q=storm&source=Nobody"))).isEmpty();
    }

    @Test
    void pagesFollowTheCursor() {
        Response first = server.get("/v1/search?q=storm&limit=1");
        assertThat(ids(first)).hasSize(1);
        String next = first.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
        Response second = server.get(next);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.json().get("next").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\"unclosed phrase",
                "***",
                "-- !!",
                "OR AND NOT",
                "title:storm NEAR(",
                "a\"b\"\"",
                "storm)"
            })
    void operatorsAndPunctuationNeverCauseA500(String query) {
        Response response = search(query);
        assertThat(response.status()).as(query).isIn(200, 400);
        if (response.status() == 400) {
            response.assertProblem(400, "q");
        }
    }

    @Test
    void missingQueryAndBadFiltersAre400() {
        server.get("/v1/search").assertProblem(400, "q");
        server.get("/v1/search?q=storm&publishedFrom=yesterday").assertProblem(400, "publishedFrom");
        server.get("/v1/search?q=storm&publishedFrom=2026-02-01&publishedTo=2026-01-01")
                .assertProblem(400, "publishedTo");
        server.get("/v1/search?q=storm&factType=weather").assertProblem(400, "factType");
        server.get("/v1/search?q=storm&limit=101").assertProblem(400, "limit");
        server.get("/v1/search?q=storm&cursor=abc").assertProblem(400, "cursor");
    }

    @Test
    void orMatchesEitherTermAndAMinusLeavesArticlesOut() {
        assertThat(ids(search("pellin OR forecasters")))
                .containsExactlyInAnyOrder("harbour-reopens-after-storm", "storm-warning-for-the-coast");
        assertThat(ids(search("storm -harbour"))).containsExactly("storm-warning-for-the-coast");
        assertThat(ids(search("storm -\"harbour master\""))).containsExactly("storm-warning-for-the-coast");
        assertThat(ids(search("storm OR")))
                .containsExactly("storm-warning-for-the-coast", "harbour-reopens-after-storm");
        search("-storm").assertProblem(400, "q");
    }

    @Test
    void hitsSortByPublicationEitherWayWithUndatedLast() {
        assertThat(ids(server.get("/v1/search?q=storm&sort=published")))
                .containsExactly("storm-warning-for-the-coast", "harbour-reopens-after-storm");
        assertThat(ids(server.get("/v1/search?q=storm&sort=-published")))
                .containsExactly("harbour-reopens-after-storm", "storm-warning-for-the-coast");
        assertThat(ids(server.get("/v1/search?q=storm%20OR%20soldiers&sort=-published")))
                .endsWith(SEED_ID); // the seed has no publication date
        server.get("/v1/search?q=storm&sort=rank").assertProblem(400, "sort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relevance", "published", "-published"})
    void searchPagesNeverRepeatAHitAndKeepTheirOrder(String sort) {
        String q = "storm%20OR%20soldiers%20OR%20harbour";
        List<String> all = ids(server.get("/v1/search?q=" + q + "&sort=" + sort + "&limit=100"));
        List<String> paged = new ArrayList<>();
        String path = "/v1/search?q=" + q + "&sort=" + sort + "&limit=1";
        while (path != null) {
            Response page = server.get(path);
            paged.addAll(ids(page));
            path = page.header("Link") == null ? null : page.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
        }
        assertThat(all).hasSize(3);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void aCursorOfAnotherOrderOrOfACountToSkipIsA400() {
        String byRank =
                server.get("/v1/search?q=storm&limit=1").json().get("next").asText();
        server.get("/v1/search?q=storm&sort=published&cursor=" + byRank).assertProblem(400, "cursor");
        String skip = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("search:1".getBytes());
        server.get("/v1/search?q=storm&cursor=" + skip).assertProblem(400, "cursor");
    }

    @Test
    void replacedAndDeletedArticlesLeaveTheIndexConsistent() {
        String self = server.postJson("/v1/articles", "{\"text\": \"Glacier Survey\\n\\nA glacier retreated.\"}")
                .header("Location");
        assertThat(ids(search("glacier"))).containsExactly("glacier-survey");
        server.putJson(self, "{\"text\": \"Glacier Survey\\n\\nThe ice field advanced.\"}");
        assertThat(ids(search("retreated"))).isEmpty();
        assertThat(ids(search("advanced"))).containsExactly("glacier-survey");
        server.delete(self);
        assertThat(ids(search("glacier"))).isEmpty();
        Database.open(config.database())
                .writes()
                .useHandle(h ->
                        h.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"));
    }
}
