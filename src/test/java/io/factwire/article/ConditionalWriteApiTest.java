package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** If-Match and If-Unmodified-Since on PUT and DELETE, and the ETags write answers carry. */
class ConditionalWriteApiTest {
    private static final String PATH = "/v1/articles/bridge-reopens";
    private static final String NEW = "{\"text\": \"Bridge Reopens\\n\\nThe bridge reopened on Monday.\"}";

    @TempDir
    Path dir;

    @Test
    void writeAnswersCarryTheEtagThatAGetOfTheArticleCarries() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            Response created = server.postJson("/v1/articles", NEW);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("ETag")).isEqualTo(server.get(PATH).header("ETag"));
            Response replaced = put(server, "{\"source\": \"Desk\"}");
            assertThat(replaced.status()).isEqualTo(200);
            assertThat(replaced.header("ETag"))
                    .isEqualTo(server.get(PATH).header("ETag"))
                    .isNotEqualTo(created.header("ETag"));
        }
    }

    @Test
    void aPutWithTheCurrentEtagSucceedsAndAStaleOneIs412WithNothingChanged() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            String first = server.postJson("/v1/articles", NEW).header("ETag");
            String second =
                    put(server, "{\"source\": \"Desk\"}", "If-Match", first).header("ETag");
            put(server, "{\"source\": \"Other desk\"}", "If-Match", first).assertProblem(412, null);
            assertThat(server.get(PATH).json().get("source").asText()).isEqualTo("Desk");
            assertThat(server.get(PATH).json().get("revision").asInt()).isEqualTo(2);
            assertThat(put(server, "{\"source\": \"Other desk\"}", "If-Match", "\"x\", " + second)
                            .status())
                    .as("any tag of the list may match")
                    .isEqualTo(200);
        }
    }

    @Test
    void theGzipEtagOfTheArticleMatchesTooButAWeakOrGarbageTagNever() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            server.postJson("/v1/articles", NEW);
            String gzipTag = server.get(PATH, "Accept-Encoding", "gzip").header("ETag");
            String plainTag = server.get(PATH).header("ETag");
            put(
                            server,
                            "{\"source\": \"A\"}",
                            "If-Match",
                            "W/" + server.get(PATH).header("ETag"))
                    .assertProblem(412, null);
            put(server, "{\"source\": \"A\"}", "If-Match", "garbage").assertProblem(412, null);
            if (!gzipTag.equals(plainTag)) {
                assertThat(put(server, "{\"source\": \"A\"}", "If-Match", gzipTag)
                                .status())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void ifMatchStarNeedsTheArticleToExist() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            put(server, "{\"source\": \"A\"}", "If-Match", "*").assertProblem(404, null);
            server.postJson("/v1/articles", NEW);
            assertThat(put(server, "{\"source\": \"A\"}", "If-Match", "*").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aDeleteWithAStaleEtagIs412AndTheArticleStays() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            String first = server.postJson("/v1/articles", NEW).header("ETag");
            String second = put(server, "{\"source\": \"Desk\"}").header("ETag");
            delete(server, "If-Match", first).assertProblem(412, null);
            assertThat(server.get(PATH).status()).isEqualTo(200);
            assertThat(delete(server, "If-Match", second).status()).isEqualTo(204);
            assertThat(server.get(PATH).status()).isEqualTo(404);
        }
    }

    @Test
    void ifUnmodifiedSinceBeforeTheLastChangeIs412AndAfterItPasses() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            server.postJson("/v1/articles", NEW);
            put(server, "{\"source\": \"A\"}", "If-Unmodified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
                    .assertProblem(412, null);
            assertThat(put(server, "{\"source\": \"A\"}", "If-Unmodified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")
                            .status())
                    .isEqualTo(200);
            assertThat(put(server, "{\"source\": \"B\"}", "If-Unmodified-Since", "not a date")
                            .status())
                    .as("an unparseable date is ignored")
                    .isEqualTo(200);
        }
    }

    @Test
    void aServerThatRequiresIfMatchRefusesWritesWithoutItWith428() {
        try (TestServer server =
                TestServer.start(TestServer.config(dir, Map.of("FACTWIRE_REQUIRE_IF_MATCH", "true")))) {
            String tag = server.postJson("/v1/articles", NEW).header("ETag");
            put(server, "{\"source\": \"A\"}").assertProblem(428, null);
            delete(server).assertProblem(428, null);
            assertThat(server.get(PATH).json().get("revision").asInt()).isEqualTo(1);
            assertThat(put(server, "{\"source\": \"A\"}", "If-Match", tag).status())
                    .isEqualTo(200);
        }
    }

    private static Response put(TestServer server, String json, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Content-Type";
        all[1] = "application/json";
        all[2] = "Authorization";
        all[3] = "Bearer " + TestServer.API_KEY;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return server.send("PUT", PATH, HttpRequest.BodyPublishers.ofString(json), all);
    }

    private static Response delete(TestServer server, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + TestServer.API_KEY;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return server.send("DELETE", PATH, HttpRequest.BodyPublishers.noBody(), all);
    }
}
