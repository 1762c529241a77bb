package io.factwire.article;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import io.factwire.web.OpenApiContract;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD for an article, and the NDJSON export of all of them. */
class FormatsApiTest {
    static final String ARTICLE = "/v1/articles/" + SEED_ID;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
        server.postJson(
                "/v1/articles",
                "{\"text\": \"Second Story\\n\\nAnother body.\", \"source\": \"Wire\","
                        + " \"url\": \"https://example.com/second\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void jsonLdIsANewsArticleWithQuotationsByTheirSpeakers() {
        Response ld = server.get(ARTICLE, "Accept", "application/ld+json");
        assertThat(ld.status()).isEqualTo(200);
        assertThat(ld.header("Content-Type")).startsWith("application/ld+json");
        assertThat(ld.header("Vary")).contains("Accept");
        JsonNode news = ld.json();
        assertThat(news.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(news.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(news.get("headline").asText()).startsWith("North Korea’s Kim Jong Un");
        JsonNode quote = news.get("hasPart").get(1);
        assertThat(quote.get("@type").asText()).isEqualTo("Quotation");
        assertThat(quote.get("creator").get("name").asText()).isEqualTo("Kim Jong Un");
        assertThat(quote.get("creator").get("@type").asText()).isEqualTo("Person");
        assertThat(quote.get("isBasedOn").get("@id").asText())
                .isEqualTo(news.get("@id").asText());
        assertThat(quote.get("sourceOrganization").get("name").asText()).isEqualTo("Yonhap");
    }

    @Test
    void plainJsonStaysTheDefaultAndBothFormsAreCachedApart() {
        Response json = server.get(ARTICLE, "Accept", "application/json, application/ld+json");
        Response ld = server.get(ARTICLE, "Accept", "application/ld+json, application/json;q=0.5");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(ld.header("Content-Type")).startsWith("application/ld+json");
        assertThat(ld.header("ETag")).isNotEqualTo(json.header("ETag"));
        assertThat(server.get(ARTICLE).header("ETag")).isEqualTo(json.header("ETag"));
        assertThat(server.get(ARTICLE, "Accept", "application/ld+json", "If-None-Match", ld.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void fieldsWithJsonLdIs400() {
        server.get(ARTICLE + "?fields=id", "Accept", "application/ld+json").assertProblem(400, "fields");
    }

    @Test
    void exportStreamsEveryArticleWholeOnePerLine() {
        Response export = server.get("/v1/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            lines.add(TestServer.JSON.valueToTree(parse(line)));
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(server.get(ARTICLE).json());
        assertThat(lines.get(1).get("id").asText()).isEqualTo("second-story");
        OpenApiContract contract = new OpenApiContract();
        for (JsonNode article : lines) {
            assertThat(contract.validate("#/components/schemas/Article", article.toString()))
                    .isEmpty();
        }
    }

    @Test
    void exportIsGzippedWhenAcceptedAndAnswersHead() {
        Response gzipped = server.get("/v1/export", "Accept-Encoding", "gzip");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.body().split("\n")).hasSize(2);
        Response head = server.send("HEAD", "/v1/export", HttpRequest.BodyPublishers.noBody());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(head.bytes()).isEmpty();
    }

    private static JsonNode parse(String line) {
        try {
            return TestServer.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
