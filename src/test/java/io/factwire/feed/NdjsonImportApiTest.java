package io.factwire.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /v1/import} with {@code application/x-ndjson}: one article a line, streamed, an outcome a line. */
class NdjsonImportApiTest {
    private static final String AUTH = "Bearer " + TestServer.API_KEY;
    private static final String NDJSON = "application/x-ndjson";
    /** Members that depend on the server (links) or on the store's history (revision, times). */
    private static final List<String> HISTORY = List.of("revision", "createdAt", "updatedAt", "links");
    /** An import stores the title above the body as the text: its hash is of that. */
    private static final String HASH = "contentHash";

    @TempDir
    Path dir;

    /** The first extraction of a fresh server runs cold; on a busy machine it may pass the default 2 s budget. */
    private static io.factwire.AppConfig config(Path dir) {
        return TestServer.config(dir, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "60000"));
    }

    private static Response importLines(TestServer server, String body) {
        return server.post(
                "/v1/import", body.getBytes(StandardCharsets.UTF_8), "Content-Type", NDJSON, "Authorization", AUTH);
    }

    private static String textLine(String text, String... members) {
        ObjectNode line = TestServer.JSON.createObjectNode().put("text", text);
        for (int i = 0; i < members.length; i += 2) {
            line.put(members[i], members[i + 1]);
        }
        return line.toString();
    }

    @Test
    void anExportImportedIntoAFreshServerGivesTheSameArticlesUnderTheSameIds() throws Exception {
        String export;
        try (TestServer source = TestServer.start(config(dir.resolve("a")))) {
            post(
                    source,
                    textLine(
                            "Brigade Returns to Varnholm\n\nVARNHOLM (Example Wire) – About "
                                    + "1,200 soldiers of the 14th Mountain Brigade returned on Friday after a six-month deployment.\n\n"
                                    + "\u201cThey did everything we asked of them,\u201d General Ilse Marrow said at the barracks.",
                            "publishedAt",
                            "2026-02-20T09:30+01:00"));
            post(
                    source,
                    textLine(
                            "Talks Resume\n\nDelegates met in Lindenfeld on Tuesday, " + "officials said.",
                            "publishedAt",
                            "2026-01-08",
                            "source",
                            "Example Wire"));
            // same title: the second one is talks-resume-2, which the import must keep
            post(
                    source,
                    textLine(
                            "Talks Resume\n\nA second round opened on Friday with 40 " + "delegates.",
                            "url",
                            "https://news.example/talks-2"));
            post(
                    source,
                    "{\"text\": \"Ferry Returns\\n\\nThe ferry sailed again on Monday.\", "
                            + "\"authors\": [\"Ada Crane\"], \"tags\": [\"Transport\"], \"lang\": \"en\"}");
            source.delete("/v1/articles/talks-resume"); // the import holds what is stored now, not what was
            export = source.get("/v1/export").body();
            // into the store it came from, it finds every article already there
            JsonNode home = importLines(source, export).json();
            assertThat(home.get("exists").asInt()).as(home.toString()).isEqualTo(3);
        }
        List<JsonNode> before = lines(export);
        assertThat(before).hasSize(3);

        try (TestServer target = TestServer.start(config(dir.resolve("b")))) {
            Response r = importLines(target, export);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode items = r.json().get("items");
            assertThat(r.json().get("created").asInt()).as(r.body()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(items.get(i).get("line").asInt()).isEqualTo(i + 1);
                assertThat(items.get(i).get("id").asText())
                        .isEqualTo(before.get(i).get("id").asText());
            }
            List<JsonNode> after = lines(target.get("/v1/export").body());
            assertThat(after).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(withoutHistory(after.get(i))).isEqualTo(withoutHistory(before.get(i)));
            }
            // importing it again stores nothing twice
            JsonNode again = importLines(target, export).json();
            assertThat(again.get("exists").asInt()).isEqualTo(3);
            assertThat(target.get("/health").json().get("articles").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aBadLineFailsAloneWithItsLineNumberAndTheOthersAreStored() {
        try (TestServer server = TestServer.start(config(dir))) {
            String tooLong = textLine("Long Story\n\n" + "The river rose. ".repeat(5000)); // over the 64 KiB body limit
            String body = String.join(
                            "\n",
                            textLine("Bridge Opens\n\nThe bridge opened on Sunday.", "publishedAt", "2026-04-05"),
                            "{not json",
                            "",
                            "{\"text\": \"Dam Repaired\\n\\nWork ended.\", \"colour\": \"red\"}",
                            tooLong,
                            "[1, 2]",
                            textLine("Bridge Opens\n\nThe bridge opened on Sunday."),
                            "{\"html\": \"<html><head><title>Mill Burns</title></head><body><article><h1>Mill Burns</h1>"
                                    + "<p>The old mill by the river burned down on Friday night, and the fire crews from three villages "
                                    + "worked until dawn to keep the flames from the bakery next door, firefighters said.</p>"
                                    + "<p>Nobody was hurt. The owners said the building had stood empty since the spring, when "
                                    + "the last miller retired, and that they had planned to turn it into a museum.</p>"
                                    + "</article></body></html>\", "
                                    + "\"url\": \"https://news.example/mill\"}")
                    + "\r\n";
            Response r = importLines(server, body);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode items = r.json().get("items");
            assertThat(items).hasSize(7); // the blank line is skipped
            assertThat(outcome(items.get(0))).isEqualTo("1 created bridge-opens");
            assertThat(outcome(items.get(1))).startsWith("2 failed").contains("not valid JSON");
            assertThat(outcome(items.get(2))).startsWith("4 failed").contains("colour");
            assertThat(outcome(items.get(3))).startsWith("5 failed").contains("longer than 65536 bytes");
            assertThat(outcome(items.get(4))).startsWith("6 failed").contains("JSON object");
            assertThat(outcome(items.get(5))).isEqualTo("7 exists bridge-opens");
            assertThat(outcome(items.get(6))).isEqualTo("8 created mill-burns");
            assertThat(items.get(6).get("url").asText()).isEqualTo("https://news.example/mill");
            assertThat(r.json().get("created").asInt()).isEqualTo(2);
            assertThat(r.json().get("exists").asInt()).isEqualTo(1);
            assertThat(r.json().get("failed").asInt()).isEqualTo(4);
            assertThat(server.get("/v1/articles/bridge-opens")
                            .json()
                            .get("publishedAt")
                            .asText())
                    .isEqualTo("2026-04-05");
        }
    }

    @Test
    void manyLinesAreStoredInOrderAcrossBatches() {
        try (TestServer server = TestServer.start(config(dir))) {
            StringBuilder body = new StringBuilder();
            int count = 250; // more than one batch of the writer
            for (int i = 0; i < count; i++) {
                body.append(textLine("Harbour Report\n\nShips in port on day " + i + ": " + (i % 17) + "."))
                        .append('\n');
            }
            JsonNode answer = importLines(server, body.toString()).json();
            assertThat(answer.get("created").asInt()).isEqualTo(count);
            JsonNode items = answer.get("items");
            assertThat(items.get(0).get("id").asText()).isEqualTo("harbour-report");
            assertThat(items.get(1).get("id").asText()).isEqualTo("harbour-report-2");
            assertThat(items.get(count - 1).get("id").asText()).isEqualTo("harbour-report-" + count);
            assertThat(items.get(count - 1).get("line").asInt()).isEqualTo(count);
        }
    }

    @Test
    void aBodyOverTheImportLimitIsRefusedWhenDeclaredAndCutOffWhenStreamed() {
        try (TestServer server = TestServer.start(TestServer.config(
                dir, Map.of("FACTWIRE_MAX_IMPORT_BYTES", "300", "FACTWIRE_EXTRACT_TIMEOUT_MS", "60000")))) {
            String line = textLine("Snow Closes Pass\n\nThe pass closed on Monday after heavy snow.") + "\n";
            String body = line
                    + line.replace("Monday", "Tuesday")
                    + line.replace("Monday", "Friday")
                    + line.replace("Monday", "Sunday");
            assertThat(body.length()).isGreaterThan(300);
            importLines(server, body).assertProblem(413, null);

            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Response streamed = server.send(
                    "POST",
                    "/v1/import",
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                    "Content-Type",
                    NDJSON,
                    "Authorization",
                    AUTH);
            assertThat(streamed.status()).isEqualTo(200);
            JsonNode items = streamed.json().get("items");
            JsonNode last = items.get(items.size() - 1);
            assertThat(last.get("outcome").asText()).isEqualTo("failed");
            assertThat(last.get("error").asText()).contains("longer than 300 bytes");
            assertThat(items.get(0).get("outcome").asText()).isEqualTo("created");
        }
    }

    @Test
    void anotherContentTypeOrNoKeyIsRefusedWithAProblem() {
        try (TestServer server = TestServer.start(config(dir))) {
            server.post(
                            "/v1/import",
                            "{}".getBytes(StandardCharsets.UTF_8),
                            "Content-Type",
                            "application/json",
                            "Authorization",
                            AUTH)
                    .assertProblem(415, null);
            server.post("/v1/import", textLine("A\n\nB.").getBytes(StandardCharsets.UTF_8), "Content-Type", NDJSON)
                    .assertProblem(401, null);
        }
    }

    private static void post(TestServer server, String json) {
        Response r = server.postJson("/v1/articles", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static String outcome(JsonNode item) {
        String text = item.get("line").asInt() + " " + item.get("outcome").asText();
        return item.get("error").isNull()
                ? text + " " + item.get("id").asText()
                : text + " " + item.get("error").asText();
    }

    private static List<JsonNode> lines(String ndjson) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                out.add(TestServer.JSON.readTree(line));
            }
        }
        return out;
    }

    private static JsonNode withoutHistory(JsonNode article) {
        ObjectNode copy = article.deepCopy();
        HISTORY.forEach(copy::remove);
        copy.remove(HASH);
        return copy;
    }
}
