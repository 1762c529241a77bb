package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.factwire.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page on another origin (a tiny server on a second port) in headless Chromium: it reads the API, and its
 * write gets through only when its origin is in {@code FACTWIRE_CORS_WRITE_ORIGINS}.
 */
class CrossOriginBrowserTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>elsewhere</title></head>
            <body><p id="read"></p><p id="write"></p><script src="/page.js"></script></body></html>""";
    private static final String SCRIPT = """
            const api = new URLSearchParams(location.search).get('api');
            const report = (id, text) => { document.getElementById(id).textContent = text; };
            fetch(api + '/v1/articles?limit=1')
              .then((r) => r.json().then((page) => report('read', r.status + ' ' + page.items.length)))
              .catch(() => report('read', 'blocked'))
              .then(() => fetch(api + '/v1/articles', {
                method: 'POST',
                headers: {'Authorization': 'Bearer %s', 'Content-Type': 'application/json'},
                body: JSON.stringify({text: 'Ferry Timetable Changes\\n\\nThe island ferry will sail twice a day.'})
              }))
              .then((r) => report('write', String(r.status)))
              .catch(() => report('write', 'blocked'));""".formatted(TestServer.API_KEY);

    @TempDir
    static Path dir;

    static HttpServer elsewhere;
    static String pageOrigin;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            boolean script = exchange.getRequestURI().getPath().equals("/page.js");
            byte[] body = (script ? SCRIPT : PAGE).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", script ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        elsewhere.start();
        // 127.0.0.1 against the API's localhost: another origin, as the browser sees it
        pageOrigin = "http://127.0.0.1:" + elsewhere.getAddress().getPort();
        browser = new Browser(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        elsewhere.stop(0);
    }

    private static Map<String, String> runPage(TestServer api) {
        browser.driver().get(pageOrigin + "/?api=http://localhost:" + api.app().port());
        browser.until(d -> !browser.find("#write").getText().isEmpty());
        return Map.of(
                "read",
                browser.find("#read").getText(),
                "write",
                browser.find("#write").getText());
    }

    @Test
    void anotherOriginReadsButCannotWriteWhenNotListed() {
        try (TestServer api = TestServer.startWithSeed(TestServer.config(dir.resolve("closed")))) {
            assertThat(runPage(api)).isEqualTo(Map.of("read", "200 1", "write", "blocked"));
            assertThat(api.get("/v1/articles").json().get("items")).hasSize(1);
        }
    }

    @Test
    void aListedOriginWrites() {
        try (TestServer api = TestServer.startWithSeed(
                TestServer.config(dir.resolve("open"), Map.of("FACTWIRE_CORS_WRITE_ORIGINS", pageOrigin)))) {
            assertThat(runPage(api)).isEqualTo(Map.of("read", "200 1", "write", "201"));
            assertThat(api.get("/v1/articles/ferry-timetable-changes").status()).isEqualTo(200);
        }
    }
}
