package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.Golds;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus article posted and read back: whatever the extractor finds, the stored and served article keeps
 * it intact (offsets into the body, counts) and every answer fits the contract.
 */
class CorpusThroughApiTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void everyCorpusArticleSurvivesTheRoundTrip(@TempDir Path dir) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            for (Path text : texts) {
                String name = text.getFileName().toString().replace(".txt", "");
                ObjectNode request = TestServer.JSON.createObjectNode().put("text", Files.readString(text));
                request.set("publishedAt", Golds.load(name).get("publishedAt"));
                Response created = server.postJson("/v1/articles", request.toString());
                assertThat(created.status()).as(name).isEqualTo(201);
                JsonNode article = server.get(created.header("Location")).json();
                assertThat(article).as(name).isEqualTo(created.json());
                assertOffsetsPointIntoTheBody(name, article);
            }
            assertThat(server.get("/v1/articles?limit=100").json().get("items")).hasSize(texts.size());
        }
    }

    private static void assertOffsetsPointIntoTheBody(String name, JsonNode article) {
        String body = article.get("body").asText();
        for (String list : List.of("quotes", "facts", "sections")) {
            for (JsonNode item : article.get(list)) {
                int start = item.get("start").asInt();
                int end = item.get("end").asInt();
                assertThat(start).as(name + " " + list).isBetween(0, end);
                assertThat(end).as(name + " " + list).isLessThanOrEqualTo(body.length());
                if (item.has("text")) {
                    assertThat(body.substring(start, end))
                            .as(name + " " + list)
                            .isEqualTo(item.get("text").asText());
                }
            }
        }
    }
}
