package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction over HTTP runs under {@code FACTWIRE_EXTRACT_TIMEOUT_MS}: a text that takes longer is a 422 "too
 * costly to extract" and nothing is stored; {@code POST /v1/extract} has its own, lower rate limit.
 */
class ExtractionCostApiTest {
    /** Tens of thousands of quotations: far more than a millisecond of work however fast the machine. */
    private static final String COSTLY = "{\"text\": \"Costly\\n\\n" + "“a” 'b c' ".repeat(15_000) + "\"}";

    @TempDir
    Path dir;

    private static long articleCount(TestServer server) {
        return server.get("/health").json().get("articles").asLong();
    }

    private static void assertTooCostly(Response answer) {
        answer.assertProblem(422, null);
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:factwire:problem:too-costly");
        assertThat(answer.json().get("detail").asText()).contains("1 ms", "nothing was stored");
    }

    @Test
    void extractingATextOverTheTimeIs422TooCostly() {
        try (TestServer server = TestServer.start(TestServer.config(
                dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "1", "FACTWIRE_MAX_BODY_BYTES", "1048576")))) {
            assertTooCostly(server.post(
                    "/v1/extract",
                    COSTLY.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json"));
        }
    }

    @Test
    void storingATextOverTheTimeIs422AndStoresNothing() {
        try (TestServer server = TestServer.start(TestServer.config(
                dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "1", "FACTWIRE_MAX_BODY_BYTES", "1048576")))) {
            assertTooCostly(server.postJson("/v1/articles", COSTLY));
            assertThat(articleCount(server)).isZero();
        }
    }

    @Test
    void replacingWithATextOverTheTimeIs422AndKeepsTheArticle() {
        AppConfig roomy = TestServer.config(dir, Map.of("FACTWIRE_MAX_BODY_BYTES", "1048576"));
        try (TestServer server = TestServer.start(roomy)) {
            assertThat(server.postJson("/v1/articles", "{\"text\": \"Quiet Day\\n\\nNothing happened.\"}")
                            .status())
                    .isEqualTo(201);
        }
        AppConfig strict = TestServer.config(
                dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "1", "FACTWIRE_MAX_BODY_BYTES", "1048576"));
        try (TestServer server = TestServer.start(strict)) {
            assertTooCostly(server.putJson("/v1/articles/quiet-day", COSTLY));
            Response kept = server.get("/v1/articles/quiet-day");
            assertThat(kept.json().get("body").asText()).isEqualTo("Nothing happened.");
            assertThat(kept.json().get("revision").asInt()).isEqualTo(1);
        }
    }

    @Test
    void ordinaryTextsExtractWellWithinTheDefaultTime() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            Response answer = server.post(
                    "/v1/extract",
                    "{\"text\": \"Border Post\\n\\nAbout 300 soldiers were sent on Friday.\"}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json");
            assertThat(answer.status()).isEqualTo(200);
        }
    }

    @Test
    void extractHasItsOwnLowerRateLimit() {
        AppConfig config = TestServer.config(
                dir,
                Map.of(
                        "FACTWIRE_EXTRACT_RATE_LIMIT",
                        "2",
                        "FACTWIRE_RATE_LIMIT",
                        "100",
                        "FACTWIRE_RATE_LIMIT_LOOPBACK",
                        "true"));
        byte[] body = "{\"text\": \"Short\\n\\nFits.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (TestServer server = TestServer.start(config)) {
            Response first = server.post("/v1/extract", body, "Content-Type", "application/json");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("RateLimit-Limit")).isEqualTo("2");
            assertThat(server.post("/v1/extract", body, "Content-Type", "application/json")
                            .status())
                    .isEqualTo(200);
            Response refused = server.post("/v1/extract", body, "Content-Type", "application/json");
            refused.assertProblem(429, null);
            assertThat(refused.header("Retry-After")).isNotNull();
            Response read = server.get("/v1/articles");
            assertThat(read.status()).as("other routes keep the general limit").isEqualTo(200);
            assertThat(read.header("RateLimit-Limit")).isEqualTo("100");
        }
    }
}
