package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /v1/articles}: storing, deduplication, authentication and every refusal. */
class ArticleIngestApiTest {
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

    @Test
    void postingNewTextReturns201WithLocationAndTheWholeArticle() {
        Response created = server.postJson("/v1/articles", """
                {"text": "Ceasefire Talks Resume in Geneva\\n\\nDelegations met on Tuesday.",
                 "publishedAt": "2026-01-06", "url": "https://example.com/geneva", "source": "Example Wire"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo(server.base() + "/v1/articles/ceasefire-talks-resume-in-geneva");
        JsonNode article = created.json();
        assertThat(article.get("id").asText()).isEqualTo("ceasefire-talks-resume-in-geneva");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2026-01-06");
        assertThat(article.get("url").asText()).isEqualTo("https://example.com/geneva");
        assertThat(article.get("source").asText()).isEqualTo("Example Wire");
        assertThat(server.get(created.header("Location")).json()).isEqualTo(article);
    }

    @Test
    void postingSameTextTwiceReturnsSameArticle() {
        String json = "{\"text\": \"Bridge Reopens\\n\\nThe bridge reopened.\"}";
        Response first = server.postJson("/v1/articles", json);
        long before = articleCount();
        Response second = server.postJson("/v1/articles", json);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void sameTextWithOtherLineEndingsAndOuterWhitespaceIsTheSameArticle() {
        Response unix = server.postJson("/v1/articles", "{\"text\": \"Port Closes\\n\\nThe port closed.\"}");
        Response windows = server.postJson(
                "/v1/articles",
                "{\"text\": \"  Port Closes\\r\\n\\r\\nThe port closed.\\r\\n\", \"source\": \"Other Wire\"}");
        assertThat(windows.status()).isEqualTo(200);
        assertThat(windows.json().get("id")).isEqualTo(unix.json().get("id"));
        assertThat(windows.json().get("source").isNull())
                .as("the stored metadata is kept")
                .isTrue();
    }

    @Test
    void differentTextsWithTheSameTitleGetSuffixedIds() {
        String a = server.postJson("/v1/articles", "{\"text\": \"Storm Hits Coast\\n\\nFirst report.\"}")
                .json()
                .get("id")
                .asText();
        String b = server.postJson("/v1/articles", "{\"text\": \"Storm Hits Coast\\n\\nSecond report.\"}")
                .json()
                .get("id")
                .asText();
        String c = server.postJson("/v1/articles", "{\"text\": \"Storm Hits Coast!\\n\\nThird report.\"}")
                .json()
                .get("id")
                .asText();
        assertThat(a).isEqualTo("storm-hits-coast");
        assertThat(b).isEqualTo("storm-hits-coast-2");
        assertThat(c).isEqualTo("storm-hits-coast-3");
    }

    @Test
    void writesWithoutAKeyAre401WithAChallengeAndChangeNothing() {
        long before = articleCount();
        Response response = server.post(
                "/v1/articles", "{\"text\": \"Unsigned\\n\\nNo key.\"}".getBytes(), "Content-Type", "application/json");
        response.assertProblem(401, null);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"factwire\"");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void writesWithAWrongKeyAre401AndChangeNothing() {
        long before = articleCount();
        for (String authorization : new String[] {
            "Bearer wrong-key", "Bearer " + TestServer.API_KEY + "x", "Basic " + TestServer.API_KEY, "Bearer "
        }) {
            Response response = server.post(
                    "/v1/articles",
                    "{\"text\": \"Forged\\n\\nWrong key.\"}".getBytes(),
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    authorization);
            response.assertProblem(401, null);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer realm=\"factwire\"");
        }
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void nonJsonContentTypeIs415AndChangesNothing() {
        long before = articleCount();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/jsonx"}) {
            Response response = server.post(
                    "/v1/articles",
                    "{\"text\": \"Plain\\n\\nText.\"}".getBytes(),
                    "Content-Type",
                    type,
                    "Authorization",
                    "Bearer " + TestServer.API_KEY);
            response.assertProblem(415, null);
        }
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void bodyOverTheLimitIs413AndChangesNothing() {
        long before = articleCount();
        String text = "Long Read\\n\\n" + "word ".repeat(20_000); // ~100 KB against the test limit of 64 KiB
        Response response = server.postJson("/v1/articles", "{\"text\": \"" + text + "\"}");
        response.assertProblem(413, null);
        assertThat(articleCount()).isEqualTo(before);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("not json", "body"),
                Arguments.of("", "body"),
                Arguments.of("[\"text\"]", "body"),
                Arguments.of("{\"text\": \"a\"} trailing", "body"),
                Arguments.of("{\"text\": \"a\", \"text\": \"b\"}", "body"),
                Arguments.of("{}", "text"),
                Arguments.of("{\"text\": null}", "text"),
                Arguments.of("{\"text\": \"\"}", "text"),
                Arguments.of("{\"text\": \"  \\n \"}", "text"),
                Arguments.of("{\"text\": 42}", "text"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"publishedAt\": \"13/12/2025\"}", "publishedAt"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"publishedAt\": \"2025-02-30\"}", "publishedAt"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"publishedAt\": 20251213}", "publishedAt"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"url\": \"not a url\"}", "url"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"url\": \"ftp://example.com/a\"}", "url"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"source\": \"\"}", "source"),
                Arguments.of("{\"text\": \"T\\n\\nB\", \"published_at\": \"2025-12-13\"}", "published_at"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badBodyIs400NamingTheMemberAndChangesNothing(String body, String parameter) {
        long before = articleCount();
        Response response = server.post(
                "/v1/articles",
                body.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json; charset=utf-8",
                "Authorization",
                "Bearer " + TestServer.API_KEY);
        response.assertProblem(400, parameter);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void serverWithoutAKeyRefusesWritesWith403ButServesReads(@TempDir Path otherDir) {
        AppConfig noKey = TestServer.config(otherDir, Map.of("FACTWIRE_API_KEY", ""));
        TestServer.addSeed(noKey);
        try (TestServer readOnly = TestServer.start(noKey)) {
            Response refused = readOnly.postJson("/v1/articles", "{\"text\": \"Refused\\n\\nNo writes.\"}");
            refused.assertProblem(403, null);
            assertThat(readOnly.get("/v1/articles").json().get("items")).hasSize(1);
            assertThat(readOnly.get("/v1/articles/" + TestServer.SEED_ID).status())
                    .isEqualTo(200);
        }
    }

    private static long articleCount() {
        return server.get("/health").json().get("articles").asLong();
    }
}
