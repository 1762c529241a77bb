package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader and the reference over plain HTTP: media types, security headers, caching, the off switch. */
class PagesApiTest {
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/articles/" + TestServer.SEED_ID,
                "/articles/no-such-article",
                "/speakers",
                "/facts",
                "/?q=regiment&factType=date"
            })
    void readerAddressesServeTheShellUnderAStrictPolicy(String path) {
        Response page = server.get(path, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("http");
        assertThat(page.body()).contains("<script src=\"/assets/app.js\" defer></script>");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleAndLoadNothingFromElsewhere() {
        for (String path : new String[] {"/", "/docs"}) {
            String html = server.get(path).body();
            assertThat(html.replaceAll("<script src=\"[^\"]+\"( defer)?></script>", ""))
                    .as(path)
                    .doesNotContain("<script")
                    .doesNotContain("<style")
                    .doesNotContain(" style=")
                    .doesNotContainPattern(" on[a-z]+=")
                    .doesNotContain("http:")
                    .doesNotContain("https:");
        }
    }

    @Test
    void docsIsSwaggerUiFromTheWebjarPointedAtThisServersContract() {
        Response docs = server.get("/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Security-Policy")).contains("default-src 'self'", "connect-src 'self'");
        assertThat(docs.body()).contains("/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js");
        Response bundle = server.get("/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        Response initializer = server.get("/docs/swagger-initializer.js");
        assertThat(initializer.body())
                .contains("url: '/openapi.yaml'", "validatorUrl: null")
                .doesNotContain("petstore");
        assertThat(server.get("/docs/swagger-ui.css").header("Content-Type")).startsWith("text/css");
    }

    @Test
    void assetsCarryTheirMediaTypesAndRevalidateByEtag() {
        Response script = server.get("/assets/app.js", "Accept-Encoding", "gzip");
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(script.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(server.get("/assets/style.css").header("Content-Type")).startsWith("text/css");
        assertThat(server.get("/assets/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
        Response again =
                server.get("/assets/app.js", "Accept-Encoding", "gzip", "If-None-Match", script.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(server.send("HEAD", "/docs", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/assets/nope.js",
                "/assets/index.html",
                "/docs/index.html",
                "/docs/swagger-ui.js",
                "/articles/a/b"
            })
    void filesNotServedAreA404Problem(String path) {
        server.get(path, "Accept", "text/html").assertProblem(404, null);
    }

    @Test
    void apiAnswersStayProblemsWhenABrowserAsksForHtml() {
        server.get("/v1/articles/no-such-article", "Accept", "text/html").assertProblem(404, null);
        server.get("/v1/nothing-here", "Accept", "text/html").assertProblem(404, null);
    }

    @Test
    void pagesOffServesTheApiAlone(@TempDir Path otherDir) {
        try (TestServer apiOnly =
                TestServer.startWithSeed(TestServer.config(otherDir, Map.of("FACTWIRE_PAGES", "false")))) {
            for (String path : new String[] {
                "/",
                "/articles/" + TestServer.SEED_ID,
                "/docs",
                "/assets/app.js",
                "/docs/swagger-ui-bundle.js",
                "/speakers",
                "/facts"
            }) {
                apiOnly.get(path, "Accept", "text/html").assertProblem(404, null);
            }
            assertThat(apiOnly.get("/v1/articles/" + TestServer.SEED_ID).status())
                    .isEqualTo(200);
            assertThat(apiOnly.get("/openapi.yaml").status()).isEqualTo(200);
            assertThat(apiOnly.app().routes()).noneMatch(route -> route.endsWith(" /") || route.contains("/docs"));
        }
    }
}
