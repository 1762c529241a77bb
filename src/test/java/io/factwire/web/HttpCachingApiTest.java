package io.factwire.web;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.store.Database;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETags, 304s, Last-Modified, Cache-Control, gzip, HEAD, and cached answers dropped by writes. */
class HttpCachingApiTest {
    static final String ARTICLE = "/v1/articles/" + SEED_ID;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server =
                TestServer.startWithSeed(TestServer.config(dir, Map.of("FACTWIRE_CACHE_CONTROL", "public, max-age=5")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/articles",
                "/v1/articles?limit=1",
                ARTICLE,
                ARTICLE + "/sections",
                ARTICLE + "/sections/1",
                ARTICLE + "/quotes?fragment=false",
                ARTICLE + "/facts?type=troop_count",
                "/v1/changes",
                "/health",
                "/openapi.yaml"
            })
    void everyGetHasAStrongETagAndIfNoneMatchGives304WithoutABody(String path) {
        Response first = server.get(path);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=5");
        assertThat(server.get(path).header("ETag")).as("same bytes, same ETag").isEqualTo(etag);

        Response revalidated = server.get(path, "If-None-Match", etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(server.get(path, "If-None-Match", "\"other\", W/" + etag).status())
                .isEqualTo(304);
        assertThat(server.get(path, "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/articles",
                ARTICLE,
                ARTICLE + "/sections",
                ARTICLE + "/sections/0",
                ARTICLE + "/quotes",
                ARTICLE + "/facts",
                "/v1/changes",
                "/health",
                "/openapi.yaml"
            })
    void everyGetRouteAnswersHeadWithTheSameHeadersAndNoBody(String path) {
        Response get = server.get(path);
        Response head = server.send("HEAD", path, HttpRequest.BodyPublishers.noBody());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.bytes().length));
    }

    @Test
    void headOfAMissingArticleIs404() {
        Response head = server.send("HEAD", "/v1/articles/missing", HttpRequest.BodyPublishers.noBody());
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.bytes()).isEmpty();
    }

    @Test
    void articleAndItsPartsCarryLastModifiedAndHonourIfModifiedSince() {
        JsonNode article = server.get(ARTICLE).json();
        String expected = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .format(Instant.parse(article.get("updatedAt").asText()).atOffset(ZoneOffset.UTC));
        for (String path : new String[] {ARTICLE, ARTICLE + "/sections", ARTICLE + "/quotes", ARTICLE + "/facts"}) {
            assertThat(server.get(path).header("Last-Modified")).as(path).isEqualTo(expected);
        }
        assertThat(server.get(ARTICLE, "If-Modified-Since", expected).status()).isEqualTo(304);
        assertThat(server.get(ARTICLE, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                        .status())
                .isEqualTo(200);
        assertThat(server.get("/v1/articles").header("Last-Modified")).isNull();
    }

    @Test
    void largeAnswersAreGzippedWhenAcceptedWithTheirOwnETag() {
        Response plain = server.get(ARTICLE);
        Response gzipped = server.get(ARTICLE, "Accept-Encoding", "br, gzip;q=0.8");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
        assertThat(gzipped.bytes().length).isLessThan(plain.bytes().length / 2);
        assertThat(gzipped.body()).isEqualTo(plain.body());
        assertThat(gzipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
        assertThat(server.get(ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", gzipped.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void smallAnswersAndRefusedGzipComeUncompressed() {
        assertThat(server.get("/health", "Accept-Encoding", "gzip").header("Content-Encoding"))
                .isNull();
        assertThat(server.get(ARTICLE, "Accept-Encoding", "gzip;q=0").header("Content-Encoding"))
                .isNull();
        assertThat(server.get(ARTICLE).header("Content-Encoding")).isNull();
    }

    @Test
    void replacingAnArticleDropsItsCachedAnswersEverywhere() {
        String self = server.postJson(
                        "/v1/articles", "{\"text\": \"Cached Story\\n\\nAbout 300 soldiers were deployed on Monday.\"}")
                .header("Location");
        Response article = server.get(self);
        Response facts = server.get(self + "/facts?type=troop_count");
        Response list = server.get("/v1/articles?limit=100");
        Response feed = server.get("/v1/changes?limit=1000");

        server.putJson(self, "{\"text\": \"Cached Story\\n\\nAbout 700 soldiers were deployed on Monday.\"}");

        Response articleAfter = server.get(self, "If-None-Match", article.header("ETag"));
        assertThat(articleAfter.status()).isEqualTo(200);
        assertThat(articleAfter.json().get("revision").asInt()).isEqualTo(2);
        Response factsAfter = server.get(self + "/facts?type=troop_count", "If-None-Match", facts.header("ETag"));
        assertThat(factsAfter.status()).isEqualTo(200);
        assertThat(factsAfter.body()).contains("700").doesNotContain("300");
        assertThat(server.get("/v1/articles?limit=100", "If-None-Match", list.header("ETag"))
                        .status())
                .isEqualTo(200);
        assertThat(server.get("/v1/changes?limit=1000", "If-None-Match", feed.header("ETag"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deletingAnArticleDropsItsCachedAnswers() {
        String self = server.postJson("/v1/articles", "{\"text\": \"Doomed Story\\n\\nSoon gone.\"}")
                .header("Location");
        assertThat(server.get(self).status()).isEqualTo(200);
        assertThat(server.get(self + "/quotes").status()).isEqualTo(200);
        assertThat(server.get("/v1/articles?limit=100").body()).contains(self);

        server.delete(self);

        server.get(self).assertProblem(404, null);
        server.get(self + "/quotes").assertProblem(404, null);
        assertThat(server.get("/v1/articles?limit=100").body()).doesNotContain(self);
    }

    @Test
    void repeatedReadsAreAnsweredFromMemoryWithoutTheDatabase(@TempDir Path otherDir) {
        AppConfig config = TestServer.config(otherDir);
        TestServer.addSeed(config);
        try (TestServer cached = TestServer.start(config)) {
            Response article = cached.get(ARTICLE);
            Response facts = cached.get(ARTICLE + "/facts?type=troop_count,casualty_count");
            Response list = cached.get("/v1/articles");
            // pull the tables out from under the server: only answers held in memory can still be given
            Database.open(config.database()).writes().useHandle(h -> {
                h.execute("PRAGMA foreign_keys = OFF");
                h.execute("DROP TABLE facts");
                h.execute("DROP TABLE quotes");
                h.execute("DROP TABLE paragraphs");
                h.execute("DROP TABLE sections");
            });
            assertThat(cached.get(ARTICLE).body()).isEqualTo(article.body());
            assertThat(cached.get(ARTICLE + "/facts?type=troop_count,casualty_count")
                            .body())
                    .isEqualTo(facts.body());
            assertThat(cached.get("/v1/articles").body()).isEqualTo(list.body());
            assertThat(cached.get(ARTICLE, "If-None-Match", article.header("ETag"))
                            .status())
                    .isEqualTo(304);
            assertThat(cached.get(ARTICLE + "/quotes").status())
                    .as("never cached, so it needs the tables")
                    .isEqualTo(500);
        }
    }

    @Test
    void queryParametersInAnotherOrderShareTheCachedAnswer() {
        Response one = server.get("/v1/changes?since=0&limit=2");
        Response other = server.get("/v1/changes?limit=2&since=0");
        assertThat(other.header("ETag")).isEqualTo(one.header("ETag"));
    }

    @Test
    void withTheCacheTurnedOffAnswersStillCarryETagsAndRevalidate(@TempDir Path otherDir) {
        AppConfig config = TestServer.config(otherDir, Map.of("FACTWIRE_CACHE_MAX_BYTES", "0"));
        TestServer.addSeed(config);
        try (TestServer uncached = TestServer.start(config)) {
            String etag = uncached.get(ARTICLE).header("ETag");
            assertThat(uncached.get(ARTICLE, "If-None-Match", etag).status()).isEqualTo(304);
        }
    }
}
