package io.factwire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.web.OpenApiContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A real Factwire server for tests: {@link App#create} on a free port over an SQLite file in a test's temp
 * directory, talked to over HTTP. Every answer it receives is checked against {@code openapi.yaml}.
 */
public final class TestServer implements AutoCloseable {
    public static final String API_KEY = "test-api-key";
    public static final String SEED_FILE = "kim-jong-un-honors-soldiers-killed-in-ukraine-war.txt";
    public static final String SEED_ID = "north-korea-s-kim-jong-un-honors-soldiers-killed-in-ukraine-war";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final OpenApiContract CONTRACT = new OpenApiContract();

    private final App app;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(App app) {
        this.app = app;
    }

    /** Database {@code dir/factwire.db}, data directory {@code dir/articles}, the test API key, 64 KiB bodies. */
    public static AppConfig config(Path dir) {
        return config(dir, Map.of());
    }

    /** {@link #config(Path)} with more environment variables, which override the test defaults. */
    public static AppConfig config(Path dir, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of(
                "PORT",
                "0",
                "FACTWIRE_DB",
                dir.resolve("factwire.db").toString(),
                "FACTWIRE_DATA_DIR",
                dir.resolve("articles").toString(),
                "FACTWIRE_API_KEY",
                API_KEY,
                "FACTWIRE_MAX_BODY_BYTES",
                String.valueOf(64 * 1024)));
        all.putAll(env);
        return AppConfig.fromEnv(all);
    }

    /** Copies the seed article into {@code config}'s data directory. */
    public static void addSeed(AppConfig config) {
        try {
            Files.createDirectories(config.dataDir());
            Files.copy(Path.of("data/articles", SEED_FILE), config.dataDir().resolve(SEED_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server over {@code dir} with the seed article in its data directory. */
    public static TestServer startWithSeed(Path dir) {
        return startWithSeed(TestServer.config(dir));
    }

    /** A server over {@code config} with the seed article in its data directory. */
    public static TestServer startWithSeed(AppConfig config) {
        addSeed(config);
        return start(config);
    }

    /** Started, with the start's background work (data directory, re-extraction) done. */
    public static TestServer start(AppConfig config) {
        App app = App.create(config).start();
        try {
            if (!app.awaitUpkeep(120)) {
                throw new IllegalStateException("the start's background work took over 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new TestServer(app);
    }

    /** The server's base URL as tests reach it, which absolute links start with. */
    public String base() {
        return "http://localhost:" + app.port();
    }

    public App app() {
        return app;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** POSTs JSON with the test API key. */
    public Response postJson(String path, String json) {
        return post(
                path,
                json.getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + API_KEY);
    }

    /** PUTs JSON with the test API key. */
    public Response putJson(String path, String json) {
        return send(
                "PUT",
                path,
                HttpRequest.BodyPublishers.ofString(json),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + API_KEY);
    }

    /** DELETEs with the test API key. */
    public Response delete(String path) {
        return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), "Authorization", "Bearer " + API_KEY);
    }

    public Response post(String path, byte[] body, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** {@code path} is a path on this server or an absolute URL the server gave (a link). */
    public Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        URI uri = URI.create(path.startsWith("http") ? path : base() + path);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response answer = new Response(response, decode(response));
            CONTRACT.check(method, uri.getPath(), response.statusCode(), response.headers(), answer.body());
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as text, gunzipped when it came gzipped. */
    private static String decode(HttpResponse<byte[]> response) throws IOException {
        byte[] bytes = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(null))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }

    /** An answer: status, headers and body, with the body parsed as JSON on demand. */
    public record Response(HttpResponse<byte[]> raw, String body) {
        public int status() {
            return raw.statusCode();
        }

        /** The bytes as they came over the wire (gzipped, when they were). */
        public byte[] bytes() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Asserts a problem+json answer with {@code status}, naming {@code parameter} when that is not null. */
        public JsonNode assertProblem(int status, String parameter) {
            assertThat(status()).as(body()).isEqualTo(status);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("detail").asText())
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            if (parameter != null) {
                assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
            }
            return problem;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
