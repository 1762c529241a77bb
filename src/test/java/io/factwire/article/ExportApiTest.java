package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /v1/export} over more articles than one of its batches, with writes landing while it streams: every
 * article stored before it began and not deleted comes out once, in stored order, and the stream ends.
 */
class ExportApiTest {
    /** More than ArticleService reads per batch (100), so the walk crosses batches. */
    private static final int ARTICLES = 230;

    @TempDir
    Path dir;

    @Test
    void anExportWhileArticlesAreWrittenGivesEveryEarlierArticleOnceAndEnds() throws Exception {
        try (TestServer server =
                TestServer.start(TestServer.config(dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "60000")))) {
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i <= ARTICLES; i++) {
                lines.append(TestServer.JSON
                                .createObjectNode()
                                .put(
                                        "text",
                                        "Ferry Timetable Number " + i + "\n\nThe harbour office of Quillmoor published "
                                                + "timetable number " + i + " on Monday; " + (i * 7)
                                                + " crossings are planned, a clerk said.")
                                .toString())
                        .append('\n');
            }
            Response stored = server.post(
                    "/v1/import",
                    lines.toString().getBytes(StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/x-ndjson",
                    "Authorization",
                    "Bearer " + TestServer.API_KEY);
            assertThat(stored.json().get("created").asInt()).as(stored.body()).isEqualTo(ARTICLES);
            List<String> before = new ArrayList<>();
            for (JsonNode line : exportLines(server, null)) {
                before.add(line.get("id").asText());
            }
            assertThat(before).hasSize(ARTICLES).doesNotHaveDuplicates();

            // The stream is read one line, then articles are updated, added and deleted, then the rest is read.
            List<String> deleted = List.of(before.get(150), before.get(ARTICLES - 1));
            List<JsonNode> during = exportLines(server, () -> {
                for (String id : deleted) {
                    assertThat(server.delete("/v1/articles/" + id).status()).isEqualTo(204);
                }
                for (int i = 0; i < 5; i++) {
                    Response r = server.postJson(
                            "/v1/articles",
                            TestServer.JSON
                                    .createObjectNode()
                                    .put(
                                            "text",
                                            "Late Notice " + i + "\n\nA late notice, number " + i + ", was posted.")
                                    .toString());
                    assertThat(r.status()).as(r.body()).isEqualTo(201);
                }
            });
            List<String> ids = during.stream().map(l -> l.get("id").asText()).toList();
            assertThat(ids).doesNotHaveDuplicates();
            Set<String> expected = new HashSet<>(before);
            deleted.forEach(expected::remove);
            // stored order: the earlier articles keep the order of the first export, whatever came in meanwhile
            assertThat(ids.stream().filter(expected::contains).toList())
                    .isEqualTo(before.stream().filter(expected::contains).toList());
            assertThat(server.get("/health").json().get("articles").asInt()).isEqualTo(ARTICLES - 2 + 5);
        }
    }

    /** The export's lines as they arrive; {@code meanwhile} runs once the first line has been read. */
    private static List<JsonNode> exportLines(TestServer server, Runnable meanwhile) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/v1/export"))
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(TestServer.JSON.readTree(line));
                if (meanwhile != null && lines.size() == 1) {
                    meanwhile.run();
                }
            }
        }
        return lines;
    }
}
