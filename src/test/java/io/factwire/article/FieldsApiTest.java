package io.factwire.article;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code fields=} on the list and on a single article. */
class FieldsApiTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
        server.postJson("/v1/articles", "{\"text\": \"Second Story\\n\\nAnother body.\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> names(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void fieldsSelectMembersOfASingleArticle() {
        JsonNode article = server.get("/v1/articles/" + SEED_ID + "?fields=id,title,quotes")
                .json();
        assertThat(names(article)).containsExactly("id", "title", "quotes");
        assertThat(article.get("quotes")).hasSize(6);
    }

    @Test
    void fieldsSelectMembersOfEveryListItemAndTheNextLinkKeepsThem() {
        Response page = server.get("/v1/articles?limit=1&fields=id,updatedAt");
        JsonNode items = page.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(names(items.get(0))).containsExactly("id", "updatedAt");
        assertThat(page.json().get("next").isNull()).isFalse();
        assertThat(page.header("Link")).contains("fields=id,updatedAt").contains("cursor=");
        String next = page.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
        assertThat(names(server.get(next).json().get("items").get(0))).containsExactly("id", "updatedAt");
    }

    @Test
    void repeatedFieldsParametersAddUp() {
        JsonNode article = server.get("/v1/articles/" + SEED_ID + "?fields=id&fields=revision")
                .json();
        assertThat(names(article)).containsExactly("id", "revision");
    }

    @Test
    void selectedAnswersAreCachedApartFromWholeOnes() {
        String whole = server.get("/v1/articles/" + SEED_ID).header("ETag");
        String part = server.get("/v1/articles/" + SEED_ID + "?fields=id").header("ETag");
        assertThat(part).isNotEqualTo(whole);
        assertThat(server.get("/v1/articles/" + SEED_ID, "If-None-Match", part).status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/articles?fields=id,nope",
                "/v1/articles?fields=",
                "/v1/articles?fields=body",
                "/v1/articles/" + SEED_ID + "?fields=counts",
                "/v1/articles/" + SEED_ID + "?fields=title,,id"
            })
    void unknownFieldIs400NamingTheParameter(String path) {
        server.get(path).assertProblem(400, "fields");
    }
}
