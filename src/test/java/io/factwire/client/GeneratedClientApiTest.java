package io.factwire.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.client.api.AcrossApi;
import io.factwire.client.api.ArticlesApi;
import io.factwire.client.api.ChangesApi;
import io.factwire.client.api.SearchApi;
import io.factwire.client.api.ServiceApi;
import io.factwire.client.model.Article;
import io.factwire.client.model.ArticleFields;
import io.factwire.client.model.ArticlePage;
import io.factwire.client.model.ArticleReplacement;
import io.factwire.client.model.ArticleSummaryFields;
import io.factwire.client.model.ChangePage;
import io.factwire.client.model.FactType;
import io.factwire.client.model.ImportOutcome;
import io.factwire.client.model.NewArticle;
import io.factwire.client.model.NewsArticle;
import io.factwire.client.model.Problem;
import io.factwire.web.OpenApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client openapi-generator makes from openapi.yaml during the build, used as an integrating developer
 * would, against the real server: every operation of the contract, paging, partial articles, writes with the
 * bearer key, 304 revalidation and problems read as {@link Problem}.
 */
class GeneratedClientApiTest {
    static final String SEED = TestServer.SEED_ID;

    @TempDir
    static Path dir;

    static TestServer server;
    static ApiClient reader;
    static ApiClient writer;
    /** operationIds exercised, checked against the contract's at the end. */
    static final Set<String> used = new TreeSet<>();

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
        reader = new ApiClient();
        reader.updateBaseUri(server.base());
        writer = new ApiClient();
        writer.updateBaseUri(server.base());
        // the native library has no auth helpers; a request interceptor is its way to send the bearer key
        writer.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + TestServer.API_KEY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(String text) throws Exception {
        return TestServer.JSON.readTree(text);
    }

    private static Problem problem(ApiException e) throws Exception {
        return JSON.getDefault().getMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void everyOperationOfTheContractWorksThroughTheGeneratedClient() throws Exception {
        ArticlesApi articles = new ArticlesApi(reader);
        ArticlesApi writing = new ArticlesApi(writer);

        // writes with the bearer key
        Article created = writing.createArticle(
                new NewArticle()
                        .text(
                                "Harbour Cranes Return\n\nAbout 40 dock workers went back to work on Monday, the port said.")
                        .publishedAt("2026-04-06")
                        .source("Port Wire"),
                null);
        used.add("createArticle");
        assertThat(created.getId()).isEqualTo("harbour-cranes-return");
        assertThat(created.getLinks().getSelf())
                .isEqualTo(URI.create(server.base() + "/v1/articles/" + created.getId()));
        writing.createArticle(new NewArticle().text("Second Story\n\nNothing dated here."), null);
        String etag = articles.getArticleWithHttpInfo(created.getId(), null, null)
                .getHeaders()
                .get("etag")
                .get(0);
        Article replaced = writing.replaceArticle(
                created.getId(),
                new ArticleReplacement().source("Harbour Desk"),
                etag,
                null); // If-Match: the version just read

        used.add("replaceArticle");
        assertThat(replaced.getRevision()).isEqualTo(2);
        assertThat(replaced.getSource()).isEqualTo("Harbour Desk");

        // list, following next to the end
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            ArticlePage page =
                    articles.listArticles(1, cursor, null, null, null, null, null, null, null, null, null, null);
            page.getItems().stream().map(ArticleSummaryFields::getId).forEach(ids::add);
            cursor = page.getNext();
        } while (cursor != null);
        used.add("listArticles");
        assertThat(ids).containsExactly(SEED, "harbour-cranes-return", "second-story");
        ArticleSummaryFields undated = articles.listArticles(
                        100, null, null, null, null, null, null, null, null, null, null, null)
                .getItems()
                .get(2);
        assertThat(undated.getPublishedAt()).as("null stays null, not 1970").isNull();
        assertThat(undated.getCounts()).isNotNull();
        ArticleSummaryFields titleOnly = articles.listArticles(
                        1, null, List.of("id", "title"), null, null, null, null, null, null, null, null, null)
                .getItems()
                .get(0);
        assertThat(titleOnly.getTitle()).isNotBlank();
        assertThat(titleOnly.getCounts()).isNull();

        // one article, whole and with fields
        ArticleFields whole = articles.getArticle(SEED, null, null);
        used.add("getArticle");
        assertThat(whole.getQuotes()).isNotEmpty();
        assertThat(whole.getBody()).startsWith("Pyongyang");
        ArticleFields partial = articles.getArticle(SEED, List.of("id", "revision"), null);
        assertThat(partial.getId()).isEqualTo(SEED);
        assertThat(partial.getRevision()).isEqualTo(1);
        assertThat(partial.getQuotes()).as("not selected: absent, not []").isNull();
        assertThat(partial.getBody()).isNull();

        // its parts
        assertThat(articles.listSections(SEED).getItems()).isNotEmpty();
        used.add("listSections");
        assertThat(articles.getSection(SEED, 0).getIndex()).isZero();
        used.add("getSection");
        assertThat(articles.listQuotes(SEED, null, false, true).getItems())
                .allMatch(q -> !q.getFragment() && q.getRule().startsWith("speaker.") && q.getSourceRule() != null);
        used.add("listQuotes");
        assertThat(articles.listFacts(SEED, List.of(FactType.TROOP_COUNT), null).getItems())
                .isNotEmpty()
                .allMatch(f -> f.getType() == FactType.TROOP_COUNT && f.getRule() == null);
        used.add("listFacts");

        // extraction without storing
        assertThat(articles.extractArticle(new NewArticle().text("Dry Run\n\nAbout 12 soldiers arrived."), null, null)
                        .getTitle())
                .isEqualTo("Dry Run");
        used.add("extractArticle");

        // NDJSON export: one Article per line
        String export = Files.readString(articles.exportArticles().toPath());
        used.add("exportArticles");
        List<Article> exported = new ArrayList<>();
        for (String line : export.split("\n")) {
            exported.add(JSON.getDefault().getMapper().readValue(line, Article.class));
        }
        assertThat(exported).extracting(Article::getId).containsExactly(SEED, "harbour-cranes-return", "second-story");

        // search and the lists across articles
        assertThat(new SearchApi(reader)
                        .search("dock workers", null, null, null, null, null, null, 10, null)
                        .getItems())
                .extracting(hit -> hit.getArticle().getId())
                .containsExactly("harbour-cranes-return");
        used.add("search");
        AcrossApi across = new AcrossApi(reader);
        assertThat(across.listAllQuotes("Kim Jong Un", null, null, null, null, null, 5, null, null)
                        .getItems())
                .isNotEmpty()
                .allMatch(q -> q.getArticleId().equals(SEED));
        used.add("listAllQuotes");
        assertThat(across.listAllFacts(List.of(FactType.TROOP_COUNT), 10, null, null, null, null, 50, null, null)
                        .getItems())
                .isNotEmpty();
        used.add("listAllFacts");
        assertThat(across.listSpeakers(10, null).getItems()).isNotEmpty();
        used.add("listSpeakers");

        // changes, then a deletion
        writing.deleteArticle("second-story", null, null);
        used.add("deleteArticle");
        ChangePage changes = new ChangesApi(reader).listChanges(0, 100);
        used.add("listChanges");
        assertThat(changes.getItems())
                .extracting(c -> c.getType().getValue())
                .containsExactly("created", "created", "created", "updated", "deleted");
        assertThat(changes.getItems().get(4).getLink()).isNull();

        // the service operations
        ServiceApi service = new ServiceApi(reader);
        assertThat(service.getHealth().getArticles()).isEqualTo(2);
        used.add("getHealth");
        // a JSON Feed, one article per item
        ImportOutcome imported = writing.importFeed(java.util.Map.of(
                "version",
                "https://jsonfeed.org/version/1.1",
                "title",
                "Port Wire",
                "items",
                List.of(java.util.Map.of(
                        "id",
                        "1",
                        "title",
                        "Cranes Idle",
                        "content_text",
                        "The cranes stood idle on Tuesday while the engineers checked every cable."))));
        used.add("importFeed");
        assertThat(imported.getCreated()).isEqualTo(1);
        assertThat(service.getReadiness().getStatus()).isNotNull();
        used.add("getReadiness");
        assertThat(service.getLiveness().getStatus()).isNotNull();
        used.add("getLiveness");
        assertThat(Files.readString(service.getMetrics().toPath())).contains("http_server_requests_seconds");
        used.add("getMetrics");
        assertThat(Files.readString(service.getOpenApi().toPath())).startsWith("openapi: 3.1");
        used.add("getOpenApi");

        Set<String> contract = new TreeSet<>();
        new OpenApiContract()
                .api()
                .getPaths()
                .values()
                .forEach(item -> item.readOperations().stream()
                        .filter(op -> op.getTags() == null || !op.getTags().contains("pages")) // HTML for people
                        .forEach(op -> contract.add(op.getOperationId())));
        assertThat(used).isEqualTo(contract);
    }

    @Test
    void revalidationWithTheETagIsA304TheClientReports() throws Exception {
        ArticlesApi articles = new ArticlesApi(reader);
        ApiResponse<ArticleFields> first = articles.getArticleWithHttpInfo(SEED, null, null);
        String etag = first.getHeaders().get("etag").get(0);
        ApiException notModified = catchThrowableOfType(
                ApiException.class,
                () -> articles.getArticleWithHttpInfo(SEED, null, null, Map.of("If-None-Match", etag)));
        assertThat(notModified.getCode()).isEqualTo(304);
        assertThat(notModified.getResponseHeaders().firstValue("ETag")).contains(etag);
        assertThat(notModified.getResponseBody()).isNullOrEmpty();
    }

    @Test
    void errorsAreReadAsProblems() throws Exception {
        ApiException missing = catchThrowableOfType(
                ApiException.class, () -> new ArticlesApi(reader).getArticle("no-such-article", null, null));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(problem(missing).getType()).hasToString("urn:factwire:problem:not-found");

        ApiException badLimit = catchThrowableOfType(
                ApiException.class,
                () -> new ArticlesApi(reader)
                        .listArticles(500, null, null, null, null, null, null, null, null, null, null, null));
        Problem problem = problem(badLimit);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getParameter()).isEqualTo("limit");

        ApiException noKey = catchThrowableOfType(
                ApiException.class,
                () -> new ArticlesApi(reader).createArticle(new NewArticle().text("Keyless\n\nRefused."), null));
        assertThat(noKey.getCode()).isEqualTo(401);
        assertThat(problem(noKey).getDetail()).contains("Authorization: Bearer");
    }

    @Test
    void jsonLdIsItsOwnMediaTypeReadAsNewsArticle() throws Exception {
        // one operation answers both forms; the client's Accept picks, and the JSON-LD model reads the answer
        HttpResponse<String> ld = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(reader.getBaseUri() + "/v1/articles/" + SEED))
                                .header("Accept", "application/ld+json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ld.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        NewsArticle article = JSON.getDefault().getMapper().readValue(ld.body(), NewsArticle.class);
        assertThat(article.getHeadline()).startsWith("North Korea");
        assertThat(article.getAtId()).isEqualTo(server.base() + "/v1/articles/" + SEED);
        assertThat(json(ld.body()).get("hasPart")).isNotEmpty();
    }
}
