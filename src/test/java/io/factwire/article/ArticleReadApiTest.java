package io.factwire.article;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read API over a data directory (the seed plus small articles) and one hand-made article. */
class ArticleReadApiTest {
    private static final int SMALL_ARTICLES = 3;
    private static final int ALL = SMALL_ARTICLES + 2;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        AppConfig config = TestServer.config(dir);
        TestServer.addSeed(config);
        for (int i = 1; i <= SMALL_ARTICLES; i++) {
            Files.writeString(
                    config.dataDir().resolve("small-" + i + ".txt"),
                    "Small Article " + i + "\n\nThe body of small article number " + i + ".\n");
        }
        HandMadeArticle.store(config.database());
        server = TestServer.start(config);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void startupIngestsEveryArticleOfTheDataDirectory() {
        JsonNode items = server.get("/v1/articles?limit=100").json().get("items");
        assertThat(ids(items))
                .hasSize(ALL)
                .contains(SEED_ID, HandMadeArticle.ID, "small-article-1", "small-article-2", "small-article-3");
    }

    @Test
    void seedArticleIsServedWhole() {
        JsonNode article = server.get("/v1/articles/" + SEED_ID).json();
        assertThat(article.get("id").asText()).isEqualTo(SEED_ID);
        assertThat(article.get("title").asText())
                .isEqualTo("North Korea’s Kim Jong Un Honors Soldiers Killed in Ukraine War");
        assertThat(article.get("body").asText()).startsWith("Pyongyang, North Korea");
        assertThat(article.get("contentHash").asText()).hasSize(64);
        assertThat(article.get("links").get("self").asText()).isEqualTo(server.base() + "/v1/articles/" + SEED_ID);
        assertThat(article.get("sections")).isNotEmpty();
    }

    @Test
    void everyOffsetPointsIntoTheBody() {
        for (String id : ids(server.get("/v1/articles?limit=100").json().get("items"))) {
            JsonNode article = server.get("/v1/articles/" + id).json();
            String body = article.get("body").asText();
            for (String list : List.of("quotes", "facts")) {
                for (JsonNode item : article.get(list)) {
                    assertThat(body.substring(
                                    item.get("start").asInt(), item.get("end").asInt()))
                            .as(id + " " + list)
                            .isEqualTo(item.get("text").asText());
                }
            }
        }
    }

    @Test
    void handMadeArticleComesBackAsStored() {
        JsonNode article = server.get("/v1/articles/" + HandMadeArticle.ID).json();
        assertThat(article.get("dateline").asText()).isEqualTo("Seoul, South Korea");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2026-03-02");
        assertThat(article.get("sections")).hasSize(2);
        assertThat(article.get("sections").get(0).get("heading").isNull()).isTrue();
        JsonNode quote = article.get("quotes").get(1);
        assertThat(quote.get("text").asText()).isEqualTo("a clear message");
        assertThat(quote.get("source").isNull()).isTrue();
        assertThat(quote.get("fragment").asBoolean()).isTrue();
        JsonNode troops = article.get("facts").get(1);
        assertThat(troops.get("type").asText()).isEqualTo("troop_count");
        assertThat(troops.get("quantity").get("value").asLong()).isEqualTo(2000);
        assertThat(troops.get("quantity").get("approximate").asBoolean()).isTrue();
        assertThat(troops.has("time")).isFalse();
        assertThat(troops.has("name")).isFalse();
        assertThat(article.get("facts").get(3).get("time").get("value").asText())
                .isEqualTo("P10D");
    }

    @Test
    void listingCountsWhatWasExtracted() {
        JsonNode summary = find(server.get("/v1/articles?limit=100").json().get("items"), HandMadeArticle.ID);
        assertThat(summary.get("counts").get("sections").asInt()).isEqualTo(2);
        assertThat(summary.get("counts").get("quotes").asInt()).isEqualTo(2);
        assertThat(summary.get("counts").get("facts").asInt()).isEqualTo(7);
        assertThat(summary.get("link").asText()).isEqualTo(server.base() + "/v1/articles/" + HandMadeArticle.ID);
    }

    @Test
    void pagesFollowTheCursorAndLinkHeaderWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String path = "/v1/articles?limit=2";
        int pages = 0;
        while (path != null) {
            Response page = server.get(path);
            JsonNode json = page.json();
            seen.addAll(ids(json.get("items")));
            pages++;
            if (json.get("next").isNull()) {
                assertThat(page.header("Link")).isNull();
                path = null;
            } else {
                String next = "/v1/articles?limit=2&cursor=" + json.get("next").asText();
                assertThat(page.header("Link")).isEqualTo("<" + server.base() + next + ">; rel=\"next\"");
                path = next;
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(
                        ids(server.get("/v1/articles?limit=100").json().get("items")));
    }

    @Test
    void defaultPageHoldsUpToTwentyArticles() {
        JsonNode page = server.get("/v1/articles").json();
        assertThat(page.get("items")).hasSize(ALL);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", ""})
    void limitOutsideOneToHundredIsA400NamingLimit(String limit) {
        server.get("/v1/articles?limit=" + limit).assertProblem(400, "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "YWZ0ZXI6LTE" /* after:-1 */, "YWZ0ZXI6eA" /* after:x */, "%25%25"})
    void cursorNotIssuedByTheApiIsA400NamingCursor(String cursor) {
        server.get("/v1/articles?cursor=" + cursor).assertProblem(400, "cursor");
    }

    @Test
    void unknownArticleIsA404ProblemOnEveryArticleRoute() {
        for (String suffix : List.of("", "/sections", "/sections/0", "/quotes", "/facts")) {
            server.get("/v1/articles/no-such-article" + suffix).assertProblem(404, null);
        }
    }

    @Test
    void sectionsCarryTheirTextFromTheBody() {
        JsonNode article = server.get("/v1/articles/" + HandMadeArticle.ID).json();
        JsonNode sections = server.get("/v1/articles/" + HandMadeArticle.ID + "/sections")
                .json()
                .get("items");
        assertThat(sections).hasSize(2);
        JsonNode second = sections.get(1);
        assertThat(second.get("heading").asText()).isEqualTo(HandMadeArticle.HEADING);
        assertThat(second.get("text").asText())
                .isEqualTo(article.get("body")
                        .asText()
                        .substring(
                                second.get("start").asInt(), second.get("end").asInt()));
        assertThat(article.get("sections").get(1).has("text"))
                .as("the whole article has the body instead")
                .isFalse();
    }

    @Test
    void sectionByIndexIsTheSameAsInTheList() {
        JsonNode sections = server.get("/v1/articles/" + HandMadeArticle.ID + "/sections")
                .json()
                .get("items");
        assertThat(server.get("/v1/articles/" + HandMadeArticle.ID + "/sections/1")
                        .json())
                .isEqualTo(sections.get(1));
    }

    @Test
    void sectionIndexBeyondTheArticleIsA404() {
        server.get("/v1/articles/" + HandMadeArticle.ID + "/sections/2").assertProblem(404, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"first", "-1", "1e3", "99999999999"})
    void sectionIndexThatIsNotANaturalNumberIsA400(String index) {
        server.get("/v1/articles/" + HandMadeArticle.ID + "/sections/" + index).assertProblem(400, "index");
    }

    @Test
    void quotesFilterBySpeakerIgnoringCase() {
        String quotes = "/v1/articles/" + HandMadeArticle.ID + "/quotes";
        assertThat(server.get(quotes).json().get("items")).hasSize(2);
        assertThat(server.get(quotes + "?speaker=park%20min").json().get("items"))
                .hasSize(2);
        assertThat(server.get(quotes + "?speaker=Kim%20Jong%20Un").json().get("items"))
                .isEmpty();
    }

    @Test
    void quotesFilterByFragment() {
        String quotes = "/v1/articles/" + HandMadeArticle.ID + "/quotes";
        JsonNode full = server.get(quotes + "?fragment=false").json().get("items");
        JsonNode fragments =
                server.get(quotes + "?fragment=true&speaker=Park%20Min").json().get("items");
        assertThat(full).hasSize(1);
        assertThat(full.get(0).get("text").asText()).isEqualTo("The drill went as planned");
        assertThat(full.get(0).get("speakerMention").asText()).isEqualTo("General Park Min");
        assertThat(full.get(0).get("source").asText()).isEqualTo("Yonhap");
        assertThat(fragments).hasSize(1);
        assertThat(fragments.get(0).get("text").asText()).isEqualTo("a clear message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE", ""})
    void fragmentThatIsNotTrueOrFalseIsA400(String value) {
        server.get("/v1/articles/" + HandMadeArticle.ID + "/quotes?fragment=" + value)
                .assertProblem(400, "fragment");
    }

    @Test
    void factsFilterByCommaSeparatedOrRepeatedTypes() {
        String facts = "/v1/articles/" + HandMadeArticle.ID + "/facts";
        assertThat(server.get(facts).json().get("items")).hasSize(7);
        assertThat(types(server.get(facts + "?type=troop_count,duration").json().get("items")))
                .containsExactly("troop_count", "duration");
        assertThat(types(server.get(facts + "?type=date&type=person").json().get("items")))
                .containsExactly("date", "person");
        assertThat(server.get(facts + "?type=casualty_count").json().get("items"))
                .isEmpty();
    }

    @Test
    void unknownFactTypeIsA400NamingIt() {
        Response response = server.get("/v1/articles/" + HandMadeArticle.ID + "/facts?type=troop_count,weapon");
        response.assertProblem(400, "type");
        assertThat(response.json().get("detail").asText()).contains("'weapon'");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> types(JsonNode items) {
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.get("type").asText()));
        return types;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id);
    }
}
