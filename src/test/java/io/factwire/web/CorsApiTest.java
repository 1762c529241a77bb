package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browser pages on other origins: who may read and write, preflights, and CORS headers on errors too. */
class CorsApiTest {
    static final String PAGE = "https://page.example";
    static final String EDITOR = "https://editor.example";
    static final String ARTICLE = "/v1/articles/" + TestServer.SEED_ID;

    @TempDir
    static Path dir;

    static TestServer open;

    @BeforeAll
    static void start() {
        open = TestServer.startWithSeed(dir);
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    private static Response preflight(TestServer server, String path, String origin, String method) {
        return server.send(
                "OPTIONS",
                path,
                HttpRequest.BodyPublishers.noBody(),
                "Origin",
                origin,
                "Access-Control-Request-Method",
                method,
                "Access-Control-Request-Headers",
                "authorization, content-type, if-none-match");
    }

    @Test
    void byDefaultAnyOriginMayReadAndSeeTheCachingAndPagingHeaders() {
        Response response = open.get("/v1/articles?limit=1", "Origin", PAGE);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("ETag", "Link", "Last-Modified");
    }

    @Test
    void errorAnswersCarryTheCorsHeadersToo() {
        Response missing = open.get("/v1/articles/no-such-article", "Origin", PAGE);
        missing.assertProblem(404, null);
        assertThat(missing.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Response badLimit = open.get("/v1/articles?limit=1000", "Origin", PAGE);
        badLimit.assertProblem(400, "limit");
        assertThat(badLimit.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void readPreflightAllowsConditionalRequests() {
        Response response = preflight(open, ARTICLE, PAGE, "GET");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("GET", "HEAD");
        assertThat(response.header("Access-Control-Allow-Headers"))
                .contains("Authorization", "Content-Type", "If-None-Match");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void extractIsAReadAnyOriginMayPost() {
        assertThat(preflight(open, "/v1/extract", PAGE, "POST").status()).isEqualTo(204);
        Response extracted = open.post(
                "/v1/extract",
                "{\"text\": \"Title\\n\\nBody.\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json",
                "Origin",
                PAGE);
        assertThat(extracted.status()).isEqualTo(200);
        assertThat(extracted.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void byDefaultNoOriginMayWriteAndTheRefusalIsReadableByThePageAndNamesTheWriteVariable() {
        Response refused = preflight(open, ARTICLE, PAGE, "PUT");
        JsonNode problem = refused.assertProblem(403, null);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(problem.get("detail").asText()).contains("FACTWIRE_CORS_WRITE_ORIGINS");
    }

    @Test
    void preflightAllowsRequestIdsPreconditionsAndPrefer() {
        Response response = preflight(open, ARTICLE, PAGE, "GET");
        assertThat(response.header("Access-Control-Allow-Headers"))
                .contains("X-Request-Id", "If-Match", "If-Unmodified-Since", "Prefer");
    }

    @Test
    void timingAllowOriginFollowsTheReadOrigins() {
        assertThat(open.get("/v1/articles", "Origin", PAGE).header("Timing-Allow-Origin"))
                .isEqualTo("*");
        assertThat(open.get("/v1/articles").header("Timing-Allow-Origin")).isNull();
    }

    @Test
    void aMethodErrorIsReadableByThePage() {
        Response response = open.send("PATCH", ARTICLE, HttpRequest.BodyPublishers.noBody(), "Origin", PAGE);
        response.assertProblem(405, null);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("Allow");
    }

    @Test
    void configuredOriginsMayWriteAndOthersOnlyRead(@TempDir Path otherDir) {
        AppConfig config = TestServer.config(
                otherDir, Map.of("FACTWIRE_CORS_ORIGINS", PAGE + "," + EDITOR, "FACTWIRE_CORS_WRITE_ORIGINS", EDITOR));
        TestServer.addSeed(config);
        try (TestServer server = TestServer.start(config)) {
            Response write = preflight(server, ARTICLE, EDITOR, "DELETE");
            assertThat(write.status()).isEqualTo(204);
            assertThat(write.header("Access-Control-Allow-Origin")).isEqualTo(EDITOR);
            assertThat(write.header("Access-Control-Allow-Methods")).contains("PUT", "DELETE", "GET");
            assertThat(write.header("Vary")).contains("Origin");

            Response unauthorized =
                    server.send("DELETE", ARTICLE, HttpRequest.BodyPublishers.noBody(), "Origin", EDITOR);
            unauthorized.assertProblem(401, null);
            assertThat(unauthorized.header("Access-Control-Allow-Origin")).isEqualTo(EDITOR);

            Response refusedWrite = preflight(server, ARTICLE, PAGE, "PUT");
            refusedWrite.assertProblem(403, null);
            assertThat(refusedWrite.header("Access-Control-Allow-Origin")).isEqualTo(PAGE);
            assertThat(refusedWrite.json().get("detail").asText()).contains("FACTWIRE_CORS_WRITE_ORIGINS");
            assertThat(server.get(ARTICLE, "Origin", PAGE).header("Timing-Allow-Origin"))
                    .isEqualTo(PAGE);

            Response strangerPreflight = preflight(server, ARTICLE, "https://stranger.example", "GET");
            strangerPreflight.assertProblem(403, null);
            assertThat(strangerPreflight.header("Access-Control-Allow-Origin")).isNull();
            assertThat(strangerPreflight.json().get("detail").asText()).contains("FACTWIRE_CORS_ORIGINS");
            Response read = server.get(ARTICLE, "Origin", PAGE);
            assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(PAGE);
            assertThat(read.header("Vary")).contains("Origin").contains("Accept-Encoding");

            Response stranger = server.get(ARTICLE, "Origin", "https://stranger.example");
            assertThat(stranger.status()).isEqualTo(200);
            assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();
            assertThat(stranger.header("Timing-Allow-Origin")).isNull();
        }
    }
}
