package io.factwire.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sorted lists page by the key of their last item: a page never repeats or skips an item when articles are
 * stored between two pages, each order keeps its documented direction, and cursors of another order, or
 * counts of items to skip, are refused.
 */
class KeysetPagesApiTest {
    @TempDir
    static Path dir;

    static TestServer server;
    static int stored;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dir));
        int[] soldiers = {450, 8000, 120, 2300};
        String[] dates = {"\"2026-04-02\"", "\"2025-11-20\"", "null", "\"2026-04-02\"", "null", "\"2026-01-09\""};
        for (int i = 0; i < dates.length; i++) {
            String text = "Post " + (char) ('A' + i) + " Reinforced\\n\\nAbout " + soldiers[i % soldiers.length]
                    + " soldiers were sent to border post " + (char) ('A' + i) + " on Friday, officials said. "
                    + "\\\"We hold the line,\\\" said " + (i % 2 == 0 ? "Tova Renn" : "Ivo Marsh") + ".";
            server.postJson("/v1/articles", "{\"text\": \"" + text + "\", \"publishedAt\": " + dates[i] + "}");
            stored++;
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Walks a listing by its Link headers, calling {@code between} after the first page. */
    private static List<JsonNode> walk(String path, Runnable between) {
        List<JsonNode> items = new ArrayList<>();
        boolean first = true;
        while (path != null) {
            Response page = server.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            page.json().get("items").forEach(items::add);
            path = page.header("Link") == null ? null : page.header("Link").replaceAll("^<|>; rel=\"next\"$", "");
            if (first) {
                between.run();
                first = false;
            }
        }
        return items;
    }

    private static void storeAnother(String date) {
        stored++;
        server.postJson(
                "/v1/articles",
                "{\"text\": \"Late Bulletin " + stored + "\\n\\nA late bulletin number " + stored
                        + " came in.\", \"publishedAt\": " + date + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stored", "published", "-published", "updated", "-updated"})
    void sortedListPagesNeitherRepeatNorSkipWhenArticlesAreStoredBetweenThem(String sort) {
        List<String> before = new ArrayList<>();
        server.get("/v1/articles?limit=100")
                .json()
                .get("items")
                .forEach(a -> before.add(a.get("id").asText()));
        List<JsonNode> walked = walk("/v1/articles?sort=" + sort + "&limit=2", () -> storeAnother("\"2026-02-14\""));
        List<String> ids = walked.stream().map(a -> a.get("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(before);
        if (sort.endsWith("published")) {
            List<JsonNode> dated =
                    walked.stream().filter(a -> !a.get("publishedAt").isNull()).toList();
            assertThat(walked.subList(0, dated.size()))
                    .as("undated articles come last")
                    .isEqualTo(dated);
            Comparator<String> order = sort.startsWith("-") ? Comparator.reverseOrder() : Comparator.naturalOrder();
            assertThat(dated.stream().map(a -> a.get("publishedAt").asText()).toList())
                    .isSortedAccordingTo(order);
        }
    }

    @Test
    void troopCountsFromAMinimumComeSmallestFirstAndUpToAMaximumLargestFirst() {
        assertThat(values(walk("/v1/facts?type=troop_count&min=100&limit=1", () -> {})))
                .containsExactly(120L, 450L, 450L, 2300L, 8000L, 8000L);
        assertThat(values(walk("/v1/facts?type=troop_count&max=5000&limit=2", () -> {})))
                .containsExactly(2300L, 450L, 450L, 120L);
        assertThat(values(walk("/v1/facts?min=400&max=3000&limit=1", () -> {}))).containsExactly(450L, 450L, 2300L);
    }

    private static List<Long> values(List<JsonNode> facts) {
        return facts.stream().map(f -> f.get("quantity").get("value").asLong()).toList();
    }

    @Test
    void speakerCountsFollowWritesAndTheirPagesWalkEveryone() {
        List<JsonNode> speakers = walk("/v1/speakers?limit=1", () -> {});
        assertThat(speakers.stream().map(s -> s.get("speaker").asText()).toList())
                .containsExactly("Ivo Marsh", "Tova Renn");
        assertThat(speakers.get(0).get("quotes").asInt()).isEqualTo(3);
        assertThat(speakers.get(0).get("articles").asInt()).isEqualTo(3);

        String self = server.postJson("/v1/articles", """
                {"text": "Harbour Watch\\n\\n\\"Ships wait,\\" said Ivo Marsh. \\"Ships leave,\\" said Ivo Marsh."}""").header("Location");
        JsonNode ivo = server.get("/v1/speakers?limit=1").json().get("items").get(0);
        assertThat(ivo.get("quotes").asInt()).isEqualTo(5);
        assertThat(ivo.get("articles").asInt()).isEqualTo(4);
        server.delete(self);
        ivo = server.get("/v1/speakers?limit=1").json().get("items").get(0);
        assertThat(ivo.get("quotes").asInt()).isEqualTo(3);
        assertThat(ivo.get("articles").asInt()).isEqualTo(3);
    }

    @Test
    void countsOfItemsToSkipAndCursorsOfAnotherOrderAre400() {
        String published = server.get("/v1/articles?sort=published&limit=1")
                .json()
                .get("next")
                .asText();
        server.get("/v1/articles?sort=-updated&cursor=" + published).assertProblem(400, "cursor");
        server.get("/v1/articles?sort=published&cursor=" + b64("skip:1")).assertProblem(400, "cursor");
        String fromMin =
                server.get("/v1/facts?min=1&limit=1").json().get("next").asText();
        server.get("/v1/facts?max=10000&cursor=" + fromMin).assertProblem(400, "cursor");
        server.get("/v1/speakers?cursor=" + b64("speakers:1")).assertProblem(400, "cursor");
        server.get("/v1/facts?min=1&cursor=" + b64("facts-up=eA.MQ")).assertProblem(400, "cursor");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
