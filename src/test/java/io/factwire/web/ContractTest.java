package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.extract.FactType;
import io.factwire.store.Database;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** openapi.yaml against itself, the code and the running server. */
class ContractTest {
    private static final OpenApiContract CONTRACT = new OpenApiContract();

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void specIsOpenApi31AndParsesWithoutMessages() {
        assertThat(CONTRACT.parseResult().getMessages()).isEmpty();
        assertThat(CONTRACT.api().getSpecVersion()).isEqualTo(SpecVersion.V31);
    }

    @Test
    void everySpecifiedOperationIsRoutedAndEveryRouteIsSpecified() {
        assertThat(new HashSet<>(server.app().routes())).isEqualTo(CONTRACT.operations());
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() throws JsonProcessingException {
        List<String> checked = new ArrayList<>();
        List<Content> contents = new ArrayList<>();
        CONTRACT.api()
                .getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(op -> {
                    if (op.getRequestBody() != null) {
                        contents.add(op.getRequestBody().getContent());
                    }
                    op.getResponses().values().stream()
                            .map(ApiResponse::getContent)
                            .forEach(contents::add);
                }));
        CONTRACT.api().getComponents().getResponses().values().forEach(r -> contents.add(r.getContent()));
        for (Content content : contents) {
            if (content == null) {
                continue;
            }
            for (var media : content.values()) {
                if (media.getExample() != null && media.getSchema().get$ref() != null) {
                    String json = Json31.mapper().writeValueAsString(media.getExample());
                    assertThat(CONTRACT.validate(media.getSchema().get$ref(), json))
                            .as(media.getSchema().get$ref() + " example " + json)
                            .isEmpty();
                    checked.add(media.getSchema().get$ref());
                }
            }
        }
        assertThat(checked)
                .contains(
                        "#/components/schemas/ArticleFields",
                        "#/components/schemas/ArticlePage",
                        "#/components/schemas/NewArticle",
                        "#/components/schemas/Problem");
    }

    @Test
    void specFactTypesAreTheExtractorsFactTypes() {
        List<Object> specTypes = new ArrayList<>(
                CONTRACT.api().getComponents().getSchemas().get("FactType").getEnum());
        assertThat(specTypes)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactType.values())
                        .map(FactType::id)
                        .map(Object.class::cast)
                        .toList());
    }

    @Test
    void contractCheckRejectsBodiesThatBreakTheSchema() {
        assertThat(CONTRACT.validate(
                        "#/components/schemas/Problem",
                        "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":\"400\",\"detail\":\"d\"}"))
                .isNotEmpty();
        assertThat(CONTRACT.validate("#/components/schemas/Quote", "{\"text\":\"a\",\"extra\":1}"))
                .isNotEmpty();
        // a selection of fields is still typed member by member, and a whole article is checked as one
        assertThat(CONTRACT.validate("#/components/schemas/ArticleFields", "{\"id\":5}"))
                .isNotEmpty();
        assertThat(CONTRACT.validate("#/components/schemas/ArticleFields", "{\"id\":\"a\",\"x\":1}"))
                .isNotEmpty();
        assertThat(CONTRACT.validate("#/components/schemas/ArticleFields", "{\"id\":\"a\"}"))
                .isEmpty();
        assertThat(CONTRACT.validate("#/components/schemas/Article", "{\"id\":\"a\"}"))
                .isNotEmpty();
    }

    @Test
    void wholeAnswersWithoutFieldsAreWholeArticlesAndSummaries() {
        // the contract types these answers as partial (for generated clients); without fields they are whole
        assertThat(CONTRACT.validate(
                        "#/components/schemas/Article",
                        server.get("/v1/articles/" + TestServer.SEED_ID).body()))
                .isEmpty();
        server.get("/v1/articles")
                .json()
                .get("items")
                .forEach(item -> assertThat(CONTRACT.validate("#/components/schemas/ArticleSummary", item.toString()))
                        .isEmpty());
    }

    @Test
    void servedSpecIsTheRepositoryFile() throws IOException {
        Response response = server.get("/openapi.yaml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/yaml");
        assertThat(response.body()).isEqualTo(Files.readString(Path.of("openapi.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void healthSaysOkAndCountsArticles() {
        Response response = server.get("/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("ok");
        assertThat(response.json().get("articles").asLong()).isEqualTo(1);
        assertThat(response.json().get("schemaVersion").asInt()).isEqualTo(Database.MIGRATIONS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "*/*", "application/json", "text/plain", "image/png"})
    void unknownRouteIsA404ProblemWhateverTheAcceptHeader(String accept) {
        server.get("/no/such/route", "Accept", accept).assertProblem(404, null);
    }

    @Test
    void unknownRouteWithoutAcceptHeaderIsA404Problem() {
        server.get("/v2/articles").assertProblem(404, null);
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternals(@TempDir Path otherDir) {
        var config = TestServer.config(otherDir);
        TestServer.addSeed(config);
        try (TestServer broken = TestServer.start(config)) {
            Database.open(config.database()).writes().useHandle(h -> h.execute("DROP TABLE quotes"));
            Response response = broken.get("/v1/articles/" + TestServer.SEED_ID + "/quotes");
            JsonNode problem = response.assertProblem(500, null);
            assertThat(response.body()).doesNotContain("no such table").doesNotContainIgnoringCase("sqlite");
            assertThat(problem.get("type").asText()).isEqualTo(ProblemType.INTERNAL_ERROR.uri());
        }
    }

    @Test
    void methodNotInTheContractIsA405ProblemWithAllow() {
        Response response = server.send(
                "PATCH",
                "/v1/articles/" + TestServer.SEED_ID,
                HttpRequest.BodyPublishers.noBody(),
                "Accept",
                "text/html");
        response.assertProblem(405, null);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, PUT, DELETE");
        assertThat(server.get("/v1/articles/" + TestServer.SEED_ID).status()).isEqualTo(200);
    }
}
