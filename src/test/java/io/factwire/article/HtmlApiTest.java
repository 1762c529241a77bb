package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages in: {@code text/html} bodies and {@code {"html": …}}, metadata stored, served and filtered. */
class HtmlApiTest {
    private static final Path PAGES = Path.of("src/test/resources/html");
    private static final Path NO_ARTICLE = Path.of("src/test/resources/html-no-article");
    private static final String AUTH = "Bearer " + TestServer.API_KEY;

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(
                dir, Map.of("FACTWIRE_MAX_BODY_BYTES", "100000", "FACTWIRE_MAX_PAGE_BYTES", "300000")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] page(String name) throws IOException {
        return Files.readAllBytes(PAGES.resolve(name + ".html"));
    }

    @Test
    void extractTakesAPageWithoutCharsetAndAnswersItsArticleAndMetadata() throws IOException {
        Response r = server.post(
                "/v1/extract?url=https://vellmoorgazette.example/x",
                page("wp-harbour-ferry"),
                "Content-Type",
                "text/html");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("title").asText()).isEqualTo("Harbour Ferry Service Returns After Eight-Month Repair");
        assertThat(a.get("publishedAt").asText()).isEqualTo("2026-03-04T08:15:00+01:00");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("Maren Holtby");
        assertThat(a.get("url").asText()).isEqualTo("https://vellmoorgazette.example/2026/03/wp-harbour-ferry");
        assertThat(a.get("source").asText()).isEqualTo("Vellmoor Gazette");
        assertThat(a.get("lang").asText()).isEqualTo("en-GB");
        assertThat(a.get("body").asText())
                .startsWith("The blue ferry between Vellmoor")
                .doesNotContain("Leave a Reply")
                .doesNotContain("Share this")
                .doesNotContain("Photo: Staff");
        assertThat(a.get("sections").get(1).get("heading").asText()).isEqualTo("Why the repair ran late");
        // relative dates count from the article's local date: Tuesday before 2026-03-04 is 2026-03-03
        assertThat(a.get("facts").toString()).contains("\"value\":\"2026-03-03\"");
    }

    @Test
    void aLegacyCharsetIsReadFromTheHeaderOrThePage() throws IOException {
        byte[] french = page("cp1252-fromagerie");
        Response fromMeta = server.post("/v1/extract", french, "Content-Type", "text/html");
        assertThat(fromMeta.json().get("body").asText()).contains("Étienne Bérard");
        Response fromHeader = server.post(
                "/v1/extract",
                "<html><body><article><p>Le fromager a gagné le prix régional avec un comté affiné dix-huit mois, un résultat salué par tout le village et par les éleveurs de la vallée voisine.</p><p>Il vend désormais ses meules jusque dans les grandes villes de la région, où les épiciers fins se les disputent chaque semaine.</p></article></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1),
                "Content-Type",
                "text/html; charset=ISO-8859-1");
        assertThat(fromHeader.json().get("body").asText()).contains("gagné le prix régional");
        Response japanese = server.post("/v1/extract", page("sjis-matsuri"), "Content-Type", "text/html");
        assertThat(japanese.json().get("title").asText()).isEqualTo("港町で三年ぶりに灯籠祭り開催");
    }

    @Test
    void pagesWithoutAnArticleAre422() throws IOException {
        for (String name : new String[] {"home-page", "login", "image-page"}) {
            Response r = server.post(
                    "/v1/extract", Files.readAllBytes(NO_ARTICLE.resolve(name + ".html")), "Content-Type", "text/html");
            JsonNode problem = r.assertProblem(422, null);
            assertThat(problem.get("type").asText()).as(name).isEqualTo("urn:factwire:problem:no-article");
        }
    }

    @Test
    void brokenHtmlParsesAsBrowsersParseIt() {
        String broken = "<html><body><div><p>Unclosed <b>bold <i>and italic text that runs on and on, with enough "
                + "words in it to be an article: the committee met on Monday to talk about the bridge, the "
                + "road and the ferry, and then it met again<table><tr><td>cell</div></span></p></body>";
        Response r = server.post("/v1/extract", broken.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
        assertThat(r.status()).as(r.body()).isIn(200, 422);
        assertThat(r.body()).contains("committee met on Monday");
        Response garbage = server.post(
                "/v1/extract", new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0x80, '<', '<'}, "Content-Type", "text/html");
        garbage.assertProblem(422, null);
    }

    @Test
    void pagesHaveTheirOwnLargerLimitAndAPageOverItIs413() throws IOException {
        // scripts and styles make pages large: a 150 KB page passes where a JSON body of that size would not
        String padding = "<script>var data = '" + "x".repeat(150_000) + "';</script>";
        String page = new String(page("drupal-river-cleanup"), StandardCharsets.UTF_8)
                .replace("</head>", padding + "</head>");
        Response large = server.post("/v1/extract", page.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html");
        assertThat(large.status()).as(large.body()).isEqualTo(200);
        ObjectNode json = TestServer.JSON.createObjectNode();
        json.put("html", page);
        server.post("/v1/extract", json.toString().getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json")
                .assertProblem(413, null);
        byte[] big =
                ("<html><body>" + "<p>word </p>".repeat(30000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        server.post("/v1/extract", big, "Content-Type", "text/html").assertProblem(413, null);
    }

    @Test
    void storedPagesKeepTheirMetadataAndTheListFiltersOnIt() throws IOException {
        Response stored = server.post(
                "/v1/articles?url=https://prairiecourier.example/a",
                page("arc-council-budget"),
                "Content-Type",
                "text/html",
                "Authorization",
                AUTH);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String id = stored.json().get("id").asText();
        ObjectNode json = TestServer.JSON.createObjectNode();
        json.put("html", new String(page("ghost-solar-coop"), StandardCharsets.UTF_8));
        json.put("source", "Given Source");
        Response second = server.post(
                "/v1/articles",
                json.toString().getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json",
                "Authorization",
                AUTH);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("source").asText()).isEqualTo("Given Source");
        assertThat(second.json().get("authors").get(0).asText()).isEqualTo("Ingrid Saele");

        JsonNode got = server.get("/v1/articles/" + id).json();
        assertThat(got.get("authors").get(0).asText()).isEqualTo("Rosalind Achebe");
        assertThat(got.get("tags").toString()).contains("Libraries");
        assertThat(got.get("publishedAt").asText()).isEqualTo("2026-01-22T19:45:00-06:00");
        assertThat(server.get("/v1/articles?author=rosalind%20achebe").json().get("items"))
                .hasSize(1);
        assertThat(server.get("/v1/articles?tag=energy")
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(second.json().get("id").asText());
        assertThat(server.get("/v1/articles?lang=en&source=The%20Prairie%20Courier")
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(server.get("/v1/articles?lang=fr").json().get("items")).isEmpty();
        JsonNode ld = server.get("/v1/articles/" + id, "Accept", "application/ld+json")
                .json();
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Rosalind Achebe");
        assertThat(server.get("/v1/export").body()).contains("\"authors\":[\"Rosalind Achebe\"]");
    }

    @Test
    void publishedAtTakesADateOrADateTimeAndReadsBackAsGiven() {
        Response r = server.postJson(
                "/v1/articles",
                "{\"text\": \"Port Reopens\\n\\nThe port reopened on Friday after"
                        + " the storm.\", \"publishedAt\": \"2025-01-13T11:17+09:00\", \"authors\": [\"Ana Lind\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("publishedAt").asText()).isEqualTo("2025-01-13T11:17+09:00");
        assertThat(r.json().get("facts").toString()).contains("\"value\":\"2025-01-10\"");
        server.postJson("/v1/articles", "{\"text\": \"X\\n\\nY.\", \"publishedAt\": \"13/01/2025\"}")
                .assertProblem(400, "publishedAt");
        server.postJson("/v1/articles", "{\"text\": \"X\\n\\nY.\", \"html\": \"<p>y</p>\"}")
                .assertProblem(400, null);
    }
}
