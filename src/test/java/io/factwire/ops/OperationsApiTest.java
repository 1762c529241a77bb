package io.factwire.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.store.Database;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Request ids in answers and logs, JSON logs, Prometheus metrics, liveness and readiness, the bound interface. */
class OperationsApiTest {
    static final String ARTICLE = "/v1/articles/" + TestServer.SEED_ID;

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
    void aSafeRequestIdIsEchoedAndAnUnsafeOrMissingOneIsReplaced() {
        assertThat(server.get("/v1/articles", "X-Request-Id", "trace-01:ab/c=").header("X-Request-Id"))
                .isEqualTo("trace-01:ab/c=");
        String made = server.get("/v1/articles").header("X-Request-Id");
        assertThat(made).matches("[0-9a-f]{24}");
        assertThat(server.get("/v1/articles").header("X-Request-Id")).isNotEqualTo(made);
        assertThat(server.get("/v1/articles", "X-Request-Id", "x".repeat(129)).header("X-Request-Id"))
                .matches("[0-9a-f]{24}");
        assertThat(server.get("/v1/articles", "X-Request-Id", "two words").header("X-Request-Id"))
                .matches("[0-9a-f]{24}");
        Response error = server.get("/v1/articles?limt=1", "X-Request-Id", "err-1");
        error.assertProblem(400, "limt");
        assertThat(error.header("X-Request-Id")).isEqualTo("err-1");
    }

    @Test
    void everyLogLineOfARequestCarriesItsIdAndJsonLinesAreObjects() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.INFO);
        try {
            server.postJson("/v1/articles", "{\"text\": \"Logged Story\\n\\nA line for the log.\"}");
            Response created = server.post(
                    "/v1/articles",
                    "{\"text\": \"Second Logged\\n\\nMore.\"}".getBytes(),
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Bearer " + TestServer.API_KEY,
                    "X-Request-Id",
                    "req-42");
            assertThat(created.status()).isEqualTo(201);
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        List<ILoggingEvent> second = captured.list.stream()
                .filter(e -> e.getFormattedMessage().contains("POST /v1/articles"))
                .toList();
        assertThat(second).hasSize(2);
        assertThat(second).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsKey("requestId"));
        assertThat(second.get(1).getMDCPropertyMap().get("requestId")).isEqualTo("req-42");
        assertThat(second.get(0).getMDCPropertyMap().get("requestId")).isNotEqualTo("req-42");

        JsonLayout layout = new JsonLayout();
        String line = layout.doLayout(second.get(1));
        assertThat(line).endsWith(System.lineSeparator()).doesNotContain("\n{");
        JsonNode json = TestServer.JSON.readTree(line);
        assertThat(json.get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("message").asText()).contains("POST /v1/articles -> 201");
        assertThat(json.get("time").asText()).endsWith("Z");
    }

    @Test
    void metricsArePrometheusTextByRouteTemplateWithHistograms() {
        server.postJson("/v1/articles", "{\"text\": \"Metered Story\\n\\nCounted once.\"}");
        server.get("/v1/articles/missing");
        for (int i = 0; i < 5; i++) {
            server.get(ARTICLE); // repeated, so one is a cache hit even if a write elsewhere clears the cache once
        }
        Response metrics = server.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        String text = metrics.body();
        assertThat(text)
                .containsPattern("http_server_requests_seconds_bucket\\{method=\"GET\",route=\"/v1/articles/"
                        + "\\{id}\",status=\"404\",le=\"[0-9.+Inf]+\"} 1");
        assertThat(text)
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/v1/articles/"
                        + "\\{id}\",status=\"200\"} [1-9]");
        assertThat(text).containsPattern("factwire_ingests_total\\{outcome=\"created\",source=\"http\"} [1-9]");
        assertThat(text).containsPattern("factwire_ingests_total\\{outcome=\"created\",source=\"directory\"} 1");
        assertThat(text).containsPattern("factwire_extraction_seconds_count [1-9]");
        assertThat(text).contains("factwire_extraction_seconds_bucket");
        assertThat(text).containsPattern("factwire_cache_lookups_total\\{result=\"hit\"} [1-9]");
        assertThat(text).containsPattern("factwire_cache_hit_ratio 0\\.\\d*[1-9]");
        assertThat(text).containsPattern("factwire_db_connections\\{pool=\"reads\",state=\"idle\"} \\d");
        assertThat(text).contains("jvm_memory_used_bytes");
        assertThat(text).doesNotContain("route=\"/v1/articles/missing\"");
    }

    @Test
    void livenessAndReadinessAnswerBesideHealth() {
        assertThat(server.get("/health/live").json().get("status").asText()).isEqualTo("ok");
        JsonNode ready = server.get("/health/ready").json();
        assertThat(ready.get("status").asText()).isEqualTo("ok");
        assertThat(ready.get("articles").asLong()).isPositive();
    }

    @Test
    void aServerWhoseDatabaseFailsIsLiveButNotReady(@TempDir Path other) {
        AppConfig config = TestServer.config(other);
        try (TestServer broken = TestServer.start(config)) {
            Database.open(config.database()).writes().useHandle(h -> {
                h.execute("PRAGMA foreign_keys=OFF");
                h.execute("ALTER TABLE counters RENAME TO gone"); // what the article count reads
            });
            assertThat(broken.get("/health/live").status()).isEqualTo(200);
            broken.get("/health/ready").assertProblem(503, null);
            broken.get("/health").assertProblem(503, null);
        }
    }

    @Test
    void factwireHostBindsOneInterface(@TempDir Path other) throws IOException {
        AppConfig config = TestServer.config(other, Map.of("FACTWIRE_HOST", "127.0.0.1"));
        try (TestServer bound = TestServer.start(config)) {
            assertThat(bound.get("/health/live").status()).isEqualTo(200);
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(
                                new InetSocketAddress("127.0.0.2", bound.app().port()), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.2", server.app().port()), 2000);
            assertThat(socket.isConnected()).as("by default every interface").isTrue();
        }
    }
}
