package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An unknown query parameter is a 400 naming it and listing the known ones, on every route of the contract. */
class StrictParametersApiTest {
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

    /** Every operation of openapi.yaml with the query parameters the contract gives it. */
    static Stream<Arguments> operations() {
        List<Arguments> all = new ArrayList<>();
        CONTRACT.api()
                .getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach(
                                (method, op) -> all.add(Arguments.of(method.name(), path, queryParameters(item, op)))));
        return all.stream();
    }

    private static List<String> queryParameters(PathItem item, Operation op) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            parameters.addAll(op.getParameters());
        }
        return parameters.stream()
                .map(p -> p.get$ref() == null
                        ? p
                        : CONTRACT.api()
                                .getComponents()
                                .getParameters()
                                .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                .filter(p -> p.getIn().equals("query"))
                .map(Parameter::getName)
                .toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void anUnknownParameterIsA400NamingItAndListingTheContractsParameters(
            String method, String template, List<String> known) {
        String path = template.replace("{id}", TestServer.SEED_ID)
                .replace("{index}", "0")
                .replace("{file}", template.startsWith("/docs") ? "swagger-initializer.js" : "app.js");
        Response response = server.send(
                method,
                path + "?limt=5",
                HttpRequest.BodyPublishers.noBody(),
                "Authorization",
                "Bearer " + TestServer.API_KEY);
        JsonNode problem = response.assertProblem(400, "limt");
        String detail = problem.get("detail").asText();
        assertThat(detail).contains("'limt'");
        if (known.isEmpty()) {
            assertThat(detail).contains("takes no query parameters");
        } else {
            String listed = detail.substring(detail.indexOf(" takes ") + 7, detail.length() - 1);
            assertThat(List.of(listed.split(", "))).containsExactlyInAnyOrderElementsOf(known);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void everyParameterTheContractListsIsAccepted(String method, String template, List<String> known) {
        assertThat(RouteRules.QUERY.getOrDefault(method + " " + template, List.of()))
                .containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void aFilterTheListDoesNotHaveIsRefusedNotIgnored() {
        server.get("/v1/articles?publisher=Lind").assertProblem(400, "publisher"); // author= is a filter now
        server.get("/v1/articles?page=2").assertProblem(400, "page");
        server.get("/v1/articles?limit=1&Limit=2").assertProblem(400, "Limit");
    }

    @Test
    void anEncodedParameterNameIsReadDecoded() {
        assertThat(server.get("/v1/articles?%6Cimit=1").status()).isEqualTo(200);
        server.get("/v1/articles?sp%61ker=x").assertProblem(400, "spaker");
    }

    @Test
    void anEmptyPairOrTrailingAmpersandIsNoParameter() {
        assertThat(server.get("/v1/articles?limit=1&").status()).isEqualTo(200);
        assertThat(server.get("/v1/articles?&&limit=1").status()).isEqualTo(200);
    }

    @Test
    void theRouteTableDescribesNoOperationTheContractLacks() {
        assertThat(CONTRACT.operations()).containsAll(RouteRules.QUERY.keySet());
        assertThat(Map.copyOf(RouteRules.PRODUCES).keySet()).allMatch(CONTRACT.operations()::contains);
    }
}
