package io.factwire.web;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links, Location and change events are absolute: from FACTWIRE_PUBLIC_URL, a trusted proxy's headers, or Host. */
class AbsoluteLinksApiTest {
    static final String ARTICLE = "/v1/articles/" + SEED_ID;

    /** A raw HTTP/1.1 GET, since java.net.http will not send a Host of our choosing; returns head and body. */
    static String rawGet(TestServer server, String path, String... headerLines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nConnection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutConfigurationLinksFollowTheHostHeaderAndCachedAnswersAreKeptPerHost(@TempDir Path dir)
            throws IOException {
        try (TestServer server = TestServer.startWithSeed(dir)) {
            String a = rawGet(server, "/v1/articles", "Host: news-a.example:8080");
            String b = rawGet(server, "/v1/articles", "Host: news-b.example");
            assertThat(a).contains("\"link\":\"http://news-a.example:8080" + ARTICLE + "\"");
            assertThat(b)
                    .contains("\"link\":\"http://news-b.example" + ARTICLE + "\"")
                    .doesNotContain("news-a");
            assertThat(rawGet(
                            server,
                            "/v1/articles",
                            "Host: news-a.example:8080",
                            "X-Forwarded-Host: evil.example",
                            "X-Forwarded-Proto: https"))
                    .as("forwarded headers are ignored unless the proxy is trusted")
                    .doesNotContain("evil.example")
                    .contains("http://news-a.example:8080" + ARTICLE);
            Response viaClient = server.get("/v1/articles?limit=1");
            assertThat(viaClient.json().get("items").get(0).get("link").asText())
                    .isEqualTo(server.base() + ARTICLE);
        }
    }

    @Test
    void aForwardedHostThatCouldBreakAHeaderIsNotUsed(@TempDir Path dir) throws IOException {
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_TRUST_PROXY", "true"));
        try (TestServer server = TestServer.startWithSeed(config)) {
            // Jetty itself refuses such a Host; a proxy's header is only checked by us
            String answer =
                    rawGet(server, "/v1/articles?limit=1", "Host: internal", "X-Forwarded-Host: a.example>; rel=x");
            assertThat(answer)
                    .doesNotContain("a.example>")
                    .contains("\"link\":\"http://127.0.0.1:" + server.app().port() + ARTICLE + "\"");
        }
    }

    @Test
    void aTrustedProxySaysSchemeAndHost(@TempDir Path dir) throws IOException {
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_TRUST_PROXY", "true"));
        try (TestServer server = TestServer.startWithSeed(config)) {
            assertThat(rawGet(
                            server,
                            "/v1/articles?limit=1",
                            "Host: internal:7070",
                            "Forwarded: for=192.0.2.1;proto=https;host=\"news.example\", for=10.0.0.1"))
                    .contains("\"link\":\"https://news.example" + ARTICLE + "\"");
            assertThat(rawGet(
                            server,
                            "/v1/articles?limit=1",
                            "Host: internal:7070",
                            "X-Forwarded-Proto: https",
                            "X-Forwarded-Host: wire.example",
                            "X-Forwarded-Port: 8443"))
                    .contains("\"link\":\"https://wire.example:8443" + ARTICLE + "\"");
        }
    }

    @Test
    void thePublicUrlIsTheBaseOfEveryLink(@TempDir Path dir) {
        String base = "https://api.example/factwire";
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_PUBLIC_URL", base + "/"));
        try (TestServer server = TestServer.startWithSeed(config)) {
            server.postJson("/v1/articles", "{\"text\": \"Harbour Lights\\n\\nThe harbour lights came on.\"}");
            server.postJson("/v1/articles", "{\"text\": \"Tram Line Opens\\n\\nThe tram line opened.\"}");
            Response page = server.get("/v1/articles?limit=1");
            assertThat(page.header("Link")).startsWith("<" + base + "/v1/articles?limit=1&cursor=");
            assertThat(page.json().get("items").get(0).get("link").asText()).isEqualTo(base + ARTICLE);

            Response created = server.postJson("/v1/articles", "{\"text\": \"Ferry Delayed\\n\\nFog again.\"}");
            assertThat(created.header("Location")).isEqualTo(base + "/v1/articles/ferry-delayed");
            JsonNode links = created.json().get("links");
            assertThat(links.get("self").asText()).isEqualTo(base + "/v1/articles/ferry-delayed");
            assertThat(links.get("facts").asText()).isEqualTo(base + "/v1/articles/ferry-delayed/facts");

            assertThat(server.get("/v1/changes")
                            .json()
                            .get("items")
                            .get(0)
                            .get("link")
                            .asText())
                    .isEqualTo(base + ARTICLE);
            assertThat(server.get("/v1/speakers")
                            .json()
                            .get("items")
                            .get(0)
                            .get("link")
                            .asText())
                    .startsWith(base + "/v1/quotes?speaker=");
            assertThat(server.get("/v1/quotes?limit=1")
                            .json()
                            .get("items")
                            .get(0)
                            .get("link")
                            .asText())
                    .isEqualTo(base + ARTICLE);
            assertThat(server.get("/v1/export").body()).contains("\"self\":\"" + base + ARTICLE + "\"");
            assertThat(server.get(ARTICLE, "Accept", "application/ld+json")
                            .json()
                            .get("@id")
                            .asText())
                    .isEqualTo(base + ARTICLE);
            assertThat(server.get(ARTICLE + "?fields=id,links")
                            .json()
                            .get("links")
                            .get("self")
                            .asText())
                    .isEqualTo(base + ARTICLE);
        }
    }
}
