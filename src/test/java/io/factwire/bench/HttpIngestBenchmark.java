package io.factwire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk ingest over HTTP: posts the first {@code COUNT} articles of a generated corpus (text plus the sidecar's
 * {@code publishedAt} and {@code source}) to {@code POST /v1/articles} from {@code CONNECTIONS} clients at once,
 * each waiting for its answer before sending the next. Bodies are built before the clock starts. Prints the
 * articles per second of wall time. Not a test: run by {@code bench/run.sh}.
 *
 * <p>Usage: {@code HttpIngestBenchmark BASE_URL API_KEY CORPUS_DIR COUNT CONNECTIONS}, or
 * {@code HttpIngestBenchmark --ndjson CORPUS_DIR COUNT} to print the same bodies as NDJSON lines for
 * {@code POST /v1/import}.
 */
public final class HttpIngestBenchmark {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--ndjson")) {
            try (var out = new java.io.BufferedOutputStream(System.out, 1 << 16)) {
                for (byte[] body : bodies(Path.of(args[1]), Integer.parseInt(args[2]))) {
                    out.write(body);
                    out.write('\n');
                }
            }
            return;
        }
        URI base = URI.create(args[0]);
        String key = args[1];
        Path dir = Path.of(args[2]);
        int count = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        List<byte[]> bodies = bodies(dir, count);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = base.resolve("/v1/articles");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(
                    () -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            HttpRequest request = HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Authorization", "Bearer " + key)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
                                    .build();
                            try {
                                HttpResponse<Void> response =
                                        client.send(request, HttpResponse.BodyHandlers.discarding());
                                if (response.statusCode() == 201) {
                                    created.incrementAndGet();
                                } else if (response.statusCode() != 200) {
                                    failed.incrementAndGet();
                                }
                            } catch (IOException e) {
                                failed.incrementAndGet();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    },
                    "ingest-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "posted=%d created=%d failed=%d seconds=%.2f articles_per_second=%.1f%n",
                count, created.get(), failed.get(), seconds, count / seconds);
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    /** The first {@code count} articles as {@code POST /v1/articles} bodies: the text and the sidecar's members. */
    private static List<byte[]> bodies(Path dir, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = String.format("a%06d", i);
            ObjectNode body =
                    (ObjectNode) mapper.readTree(dir.resolve(name + ".json").toFile());
            body.put("text", Files.readString(dir.resolve(name + ".txt")));
            bodies.add(mapper.writeValueAsBytes(body));
        }
        return bodies;
    }
}
