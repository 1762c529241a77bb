package io.factwire.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /v1/changes}: created, updated and deleted events in commit order, page by page. */
class ChangeFeedApiTest {
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
    void feedShowsEveryWriteInOrderAndDeletionsWithoutALink() {
        long since =
                server.get("/v1/changes?limit=1000").json().get("lastSequence").asLong();
        String self = server.postJson("/v1/articles", "{\"text\": \"Feed Story\\n\\nFirst.\"}")
                .header("Location");
        server.putJson(self, "{\"source\": \"Wire\"}");
        server.delete(self);

        Response feed = server.get("/v1/changes?since=" + since);
        assertThat(feed.status()).isEqualTo(200);
        JsonNode items = feed.json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.findValuesAsText("type")).containsExactly("created", "updated", "deleted");
        assertThat(items.findValuesAsText("articleId")).containsOnly("feed-story");
        assertThat(items.findValues("revision").stream().map(JsonNode::asInt)).containsExactly(1, 2, 3);
        assertThat(items.get(0).get("link").asText()).isEqualTo(self);
        assertThat(items.get(2).get("link").isNull()).isTrue();
        assertThat(feed.json().get("lastSequence").asLong())
                .isEqualTo(items.get(2).get("sequence").asLong());
        assertThat(feed.json().get("more").asBoolean()).isFalse();
    }

    @Test
    void feedStartsWithTheArticlesStoredAtStartUp() {
        JsonNode first = server.get("/v1/changes?limit=1").json().get("items").get(0);
        assertThat(first.get("type").asText()).isEqualTo("created");
        assertThat(first.get("articleId").asText()).isEqualTo(TestServer.SEED_ID);
    }

    @Test
    void followingLastSequenceReadsEveryEventOnceAcrossPages() {
        for (int i = 0; i < 3; i++) {
            server.postJson("/v1/articles", "{\"text\": \"Paged Story " + i + "\\n\\nBody " + i + ".\"}");
        }
        List<Long> sequences = new ArrayList<>();
        long since = 0;
        boolean more = true;
        while (more) {
            Response page = server.get("/v1/changes?limit=2&since=" + since);
            page.json()
                    .get("items")
                    .forEach(item -> sequences.add(item.get("sequence").asLong()));
            more = page.json().get("more").asBoolean();
            assertThat(page.header("Link") != null).isEqualTo(more);
            since = page.json().get("lastSequence").asLong();
        }
        assertThat(sequences).isSorted().doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
        assertThat(server.get("/v1/changes?since=" + since).json().get("items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"since=-1", "since=x", "limit=0", "limit=1001"})
    void badParametersAre400(String query) {
        server.get("/v1/changes?" + query).assertProblem(400, query.substring(0, query.indexOf('=')));
    }
}
