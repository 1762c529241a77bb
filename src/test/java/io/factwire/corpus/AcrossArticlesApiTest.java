package io.factwire.corpus;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /v1/quotes}, {@code /v1/facts}, {@code /v1/speakers}, and the article list's filters and sorts. */
class AcrossArticlesApiTest {
    static final String HARBOUR = "harbour-reopens";
    static final String COAST = "coast-guard-deployed";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
        server.postJson("/v1/articles", """
                {"text": "Harbour Reopens\\n\\nThe harbour reopened on Monday. \\"We are open again,\\" said Ada Lind, \
                the harbour master.", "publishedAt": "2026-02-02", "source": "Coast Daily"}""");
        server.postJson("/v1/articles", """
                {"text": "Coast Guard Deployed\\n\\nAbout 600 soldiers were deployed on Friday, March 6, 2026. \
                \\"The coast is safe,\\" said Ada Lind.", "publishedAt": "2026-03-07"}""");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> values(Response response, String member) {
        List<String> values = new ArrayList<>();
        response.json().get("items").forEach(item -> values.add(item.get(member).asText()));
        return values;
    }

    @Test
    void quotesAcrossArticlesCarryTheirArticleAndFilter() {
        Response all = server.get("/v1/quotes?limit=500");
        assertThat(values(all, "articleId")).contains(SEED_ID, HARBOUR, COAST);
        JsonNode first = all.json().get("items").get(0);
        assertThat(first.get("link").asText())
                .isEqualTo(
                        server.base() + "/v1/articles/" + first.get("articleId").asText());

        assertThat(values(server.get("/v1/quotes?speaker=ada%20lind"), "articleId"))
                .containsExactly(HARBOUR, COAST);
        assertThat(values(server.get("/v1/quotes?source=yonhap"), "articleId")).containsOnly(SEED_ID);
        assertThat(values(server.get("/v1/quotes?q=OPEN%20again"), "text")).containsExactly("We are open again");
        assertThat(values(server.get("/v1/quotes?speaker=Ada%20Lind&publishedFrom=2026-03-01"), "articleId"))
                .containsExactly(COAST);
        assertThat(values(server.get("/v1/quotes?fragment=true"), "fragment")).containsOnly("true");
    }

    @Test
    void quotePagesFollowTheCursorWithoutRepeats() {
        List<String> seen = new ArrayList<>();
        String path = "/v1/quotes?limit=3";
        while (path != null) {
            Response page = server.get(path);
            page.json()
                    .get("items")
                    .forEach(q -> seen.add(
                            q.get("articleId").asText() + q.get("start").asInt()));
            path = page.header("Link") == null ? null : page.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
        }
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void factsFilterByTypeQuantityDateAndText() {
        assertThat(values(server.get("/v1/facts?type=troop_count&min=500"), "articleId"))
                .containsExactlyInAnyOrder(SEED_ID, COAST);
        assertThat(values(server.get("/v1/facts?type=troop_count&min=500&max=1000"), "articleId"))
                .containsExactly(COAST);
        assertThat(values(server.get("/v1/facts?type=casualty_count&max=3500"), "text"))
                .contains("between 3,000 and 4,000");
        assertThat(values(server.get("/v1/facts?type=date&from=2026-03-01&to=2026-03-31"), "articleId"))
                .containsOnly(COAST)
                .isNotEmpty();
        assertThat(values(server.get("/v1/facts?q=kursk"), "articleId"))
                .containsOnly(SEED_ID)
                .isNotEmpty();
        JsonNode fact = server.get("/v1/facts?type=troop_count&min=500&max=1000")
                .json()
                .get("items")
                .get(0);
        assertThat(fact.get("quantity").get("value").asInt()).isEqualTo(600);
        assertThat(fact.get("link").asText()).isEqualTo(server.base() + "/v1/articles/" + COAST);
    }

    @Test
    void speakersComeMostQuotedFirstWithALinkToTheirQuotes() {
        Response response = server.get("/v1/speakers");
        assertThat(values(response, "speaker")).containsExactly("Kim Jong Un", "Ada Lind");
        JsonNode ada = response.json().get("items").get(1);
        assertThat(ada.get("quotes").asInt()).isEqualTo(2);
        assertThat(ada.get("articles").asInt()).isEqualTo(2);
        assertThat(values(server.get(ada.get("link").asText()), "speaker")).containsOnly("Ada Lind");
    }

    @Test
    void articleListFiltersByDateSpeakerAndFactType() {
        assertThat(values(server.get("/v1/articles?publishedFrom=2026-01-01"), "id"))
                .containsExactly(HARBOUR, COAST);
        assertThat(values(server.get("/v1/articles?publishedTo=2026-02-28"), "id"))
                .containsExactly(HARBOUR);
        assertThat(values(server.get("/v1/articles?speaker=kim%20jong%20un"), "id"))
                .containsExactly(SEED_ID);
        assertThat(values(server.get("/v1/articles?factType=troop_count"), "id"))
                .containsExactly(SEED_ID, COAST);
    }

    @Test
    void articleListSortsByPublicationAndUpdate() {
        assertThat(values(server.get("/v1/articles?sort=published"), "id")).containsExactly(HARBOUR, COAST, SEED_ID);
        assertThat(values(server.get("/v1/articles?sort=-published"), "id")).containsExactly(COAST, HARBOUR, SEED_ID);
        assertThat(values(server.get("/v1/articles?sort=-updated"), "id")).containsExactly(COAST, HARBOUR, SEED_ID);
        Response first = server.get("/v1/articles?sort=-published&limit=2");
        String next = first.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
        assertThat(next).contains("sort=-published");
        assertThat(values(server.get(next), "id")).containsExactly(SEED_ID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/quotes?limit=501",
                "/v1/facts?limit=0",
                "/v1/speakers?limit=1000",
                "/v1/articles?limit=101",
                "/v1/facts?min=many",
                "/v1/facts?type=weather",
                "/v1/facts?from=March",
                "/v1/quotes?fragment=maybe",
                "/v1/articles?sort=title",
                "/v1/quotes?cursor=x",
                "/v1/articles?publishedFrom=2026-03-01&publishedTo=2026-02-01"
            })
    void badParametersAre400NeverASilentCap(String path) {
        String parameter =
                path.substring(path.lastIndexOf('?') + 1, path.indexOf('=')).replaceAll("&.*", "");
        if (path.contains("publishedTo")) {
            parameter = "publishedTo";
        }
        server.get(path).assertProblem(400, parameter);
    }
}
