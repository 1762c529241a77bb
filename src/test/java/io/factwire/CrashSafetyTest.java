package io.factwire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.cli.MaintenanceCommands;
import io.factwire.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as its own process, killed with SIGKILL in the middle of a stream of POSTs, then started again:
 * every article whose creation was acknowledged is there, and the database passes its checks.
 */
class CrashSafetyTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedArticleSurvivesAKillDuringAPostLoop() throws Exception {
        int port = freePort();
        Process server = start(port);
        List<String> acknowledged = new ArrayList<>();
        try {
            awaitHealthy(port);
            for (int i = 0; acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL; i++) {
                HttpResponse<String> answer = post(
                        port,
                        "{\"text\": \"Crash Story " + i + "\\n\\nFiled as number " + i + " before the power went.\"}");
                if (answer.statusCode() == 201) {
                    acknowledged.add(
                            TestServer.JSON.readTree(answer.body()).get("id").asText());
                }
            }
            // a write is in flight while the process dies
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    try {
                        post(port, "{\"text\": \"Late Story " + i + "\\n\\nSent while the server was killed.\"}");
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            writer.start();
            Thread.sleep(200);
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(server.waitFor()).isNotZero();
            writer.join(10_000);
        } finally {
            server.destroyForcibly();
        }

        Process again = start(port);
        try {
            awaitHealthy(port);
            for (String id : acknowledged) {
                HttpResponse<String> article = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/articles/" + id))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(article.statusCode()).as(id).isEqualTo(200);
            }
        } finally {
            again.destroyForcibly();
            again.waitFor();
        }
        OutputStream sink = OutputStream.nullOutputStream();
        assertThat(new MaintenanceCommands(
                                Database.open(dir.resolve("factwire.db")), new PrintStream(sink), new PrintStream(sink))
                        .check(List.of()))
                .isZero();
    }

    private Process start(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("FACTWIRE_DB", dir.resolve("factwire.db").toString());
        env.put("FACTWIRE_DATA_DIR", dir.resolve("articles").toString());
        env.put("FACTWIRE_API_KEY", TestServer.API_KEY);
        return builder.redirectErrorStream(true)
                .redirectOutput(dir.resolve("server-" + port + ".log").toFile())
                .start();
    }

    private HttpResponse<String> post(int port, String json) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/articles"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestServer.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealthy(int port) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = TestServer.JSON.readTree(health.body());
                if (health.statusCode() == 200 && body.has("status")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not come up on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
