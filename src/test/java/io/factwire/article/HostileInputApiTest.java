package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary text with extreme numbers and dates is stored, never a 500; publication dates stay in 0001–9999. */
class HostileInputApiTest {
    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It lasted 99999999999999999999 days.",
                "The town was founded 999999999999 days ago.",
                "The feud went on for 9223372036854775807 decades.",
                "Some 99999999999999999999 soldiers were sent.",
                "It formed 99999999999999999999 years ago, last week."
            })
    void textWithNumbersOfAnySizeIsStored(String sentence) {
        Response created = server.postJson(
                "/v1/articles",
                "{\"text\": \"Odd Figures " + Math.abs(sentence.hashCode()) + "\\n\\n" + sentence
                        + "\", \"publishedAt\": \"2026-03-07\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (JsonNode fact : created.json().get("facts")) {
            JsonNode value = fact.path("time").path("value");
            assertThat(value.asText(""))
                    .as("no negative period or year")
                    .doesNotContain("-1")
                    .doesNotStartWith("P-");
        }
    }

    @Test
    void relativeDatesAgainstTheLastDayOfYear9999AreStored() {
        Response created = server.postJson(
                "/v1/articles",
                "{\"text\": \"Calendar End\\n\\nThe council met last week "
                        + "and will meet next month, next year and tomorrow.\", \"publishedAt\": \"9999-12-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+10000-01-01", "0000-12-31", "-0001-01-01"})
    void publishedAtOutsideYears1To9999Is400NamingTheMember(String date) {
        server.postJson(
                        "/v1/articles",
                        "{\"text\": \"Far Off\\n\\nThe council met last week.\", \"publishedAt\": \"" + date + "\"}")
                .assertProblem(400, "publishedAt");
        server.post(
                        "/v1/extract",
                        ("{\"text\": \"Far Off\\n\\nThe council met last week.\", \"publishedAt\": \"" + date + "\"}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "Content-Type",
                        "application/json")
                .assertProblem(400, "publishedAt");
    }

    @Test
    void aSidecarWithAPublicationDateOutsideYears1To9999SkipsItsFile(@TempDir Path other) throws Exception {
        AppConfig config = TestServer.config(other);
        Files.createDirectories(config.dataDir());
        Files.writeString(config.dataDir().resolve("far.txt"), "Far Off\n\nThe council met last week.\n");
        Files.writeString(config.dataDir().resolve("far.json"), "{\"publishedAt\": \"+999999999-12-31\"}");
        Files.writeString(config.dataDir().resolve("near.txt"), "Near By\n\nThe council met last week.\n");
        try (TestServer s = TestServer.start(config)) {
            JsonNode items = s.get("/v1/articles").json().get("items");
            assertThat(items).extracting(i -> i.get("id").asText()).containsExactly("near-by");
        }
    }

    @Test
    void aDataFileTooCostlyToExtractIsSkippedAndTheOthersAreStored(@TempDir Path other) throws Exception {
        AppConfig config = TestServer.config(other, Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "1"));
        Files.createDirectories(config.dataDir());
        Files.writeString(config.dataDir().resolve("costly.txt"), "Costly\n\n" + "“a” 'b c' ".repeat(15_000));
        Files.writeString(config.dataDir().resolve("quiet.txt"), "Quiet Day\n\nNothing happened.\n");
        try (TestServer s = TestServer.start(config)) {
            JsonNode items = s.get("/v1/articles").json().get("items");
            assertThat(items).extracting(i -> i.get("id").asText()).containsExactly("quiet-day");
        }
    }
}
