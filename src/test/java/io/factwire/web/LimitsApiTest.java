package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals that protect the server: text length, rate limit, the time a request may take. */
class LimitsApiTest {
    @TempDir
    Path dir;

    private static long articleCount(TestServer server) {
        return server.get("/health").json().get("articles").asLong();
    }

    @Test
    void textOverTheLimitIs400AndStoresNothing() {
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_MAX_TEXT_CHARS", "40"));
        try (TestServer server = TestServer.start(config)) {
            server.postJson("/v1/articles", "{\"text\": \"Long Story\\n\\nThis body is well over forty characters.\"}")
                    .assertProblem(400, "text");
            assertThat(articleCount(server)).isZero();
            assertThat(server.postJson("/v1/articles", "{\"text\": \"Short\\n\\nFits.\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void pastTheRateLimitAClientGets429WithRetryAfterAndNothingRuns() {
        AppConfig config =
                TestServer.config(dir, Map.of("FACTWIRE_RATE_LIMIT", "3", "FACTWIRE_RATE_LIMIT_LOOPBACK", "true"));
        try (TestServer server = TestServer.start(config)) {
            Response first = server.get("/v1/articles");
            assertThat(first.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(first.header("RateLimit-Remaining")).isEqualTo("2");
            assertThat(Integer.parseInt(first.header("RateLimit-Reset"))).isBetween(1, 60);
            server.get("/v1/articles");
            Response third = server.postJson("/v1/articles", "{\"text\": \"Allowed\\n\\nThird request.\"}");
            assertThat(third.status()).isEqualTo(201);
            assertThat(third.header("RateLimit-Remaining")).isEqualTo("0");

            Response refused = server.postJson("/v1/articles", "{\"text\": \"Refused\\n\\nFourth request.\"}");
            refused.assertProblem(429, null);
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
            assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
            Response cors = server.get("/v1/articles/refused", "Origin", "https://page.example");
            cors.assertProblem(429, null);
            assertThat(cors.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(cors.header("Access-Control-Expose-Headers")).contains("Retry-After", "RateLimit-Remaining");
        }
        try (TestServer again = TestServer.start(TestServer.config(dir))) {
            assertThat(again.get("/v1/articles/refused").status())
                    .as("the refused write stored nothing")
                    .isEqualTo(404);
            assertThat(again.get("/v1/articles/allowed").status()).isEqualTo(200);
        }
    }

    @Test
    void loopbackClientsAreNotLimitedByDefault() {
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_RATE_LIMIT", "1"));
        try (TestServer server = TestServer.start(config)) {
            for (int i = 0; i < 3; i++) {
                Response response = server.get("/health");
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("RateLimit-Limit")).isNull();
            }
        }
    }
}
