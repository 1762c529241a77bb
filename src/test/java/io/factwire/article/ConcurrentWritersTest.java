package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six writers and six readers on a few articles for a bounded time (30 s unless
 * {@code -Dfactwire.concurrency.seconds} says otherwise): no 5xx, no acknowledged write lost, every answer's
 * revision unique per article, each writer's answer holding its own text, and a change feed without gaps that
 * ends in the state the articles are in.
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 6;
    private static final int READERS = 6;
    private static final int ARTICLES = 3;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("factwire.concurrency.seconds", 30));

    @TempDir
    Path dir;

    /** One acknowledged write: the article, the revision its answer gave, and the text it sent. */
    private record Ack(String id, int revision, String text) {}

    @Test
    void concurrentWritersAndReadersLoseNothingAndSeeNoServerError() throws Exception {
        try (TestServer server = TestServer.start(TestServer.config(dir, Map.of("FACTWIRE_MAX_BODY_BYTES", "65536")))) {
            List<String> ids = new ArrayList<>();
            for (int a = 0; a < ARTICLES; a++) {
                ids.add(server.postJson("/v1/articles", json(text(a, "first")))
                        .json()
                        .get("id")
                        .asText());
            }
            Queue acks = new Queue();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            long until = System.nanoTime() + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> write(server, ids, writer, until, acks, problems)));
            }
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                done.add(pool.submit(() -> read(server, ids, reader, until, problems)));
            }
            int requests = 0;
            for (Future<Integer> f : done) {
                requests += f.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(problems).as("answers that broke a rule").isEmpty();
            assertThat(requests).isGreaterThan(WRITERS + READERS);

            System.out.printf(
                    "concurrent writers: %d requests, %d acknowledged writes, %d deletions in %d s%n",
                    requests,
                    acks.all.size(),
                    acks.deletions.values().stream().mapToInt(Integer::intValue).sum(),
                    RUN.toSeconds());
            // every answer's revision is unique per article
            Map<String, Set<Integer>> seen = new HashMap<>();
            for (Ack ack : acks.all) {
                assertThat(seen.computeIfAbsent(ack.id(), k -> new java.util.HashSet<>())
                                .add(ack.revision()))
                        .as("revision %d of %s answered twice", ack.revision(), ack.id())
                        .isTrue();
            }
            // the feed has no gap, holds every acknowledged write, and ends where the articles are
            List<JsonNode> events = feed(server);
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i + 1);
            }
            Set<String> logged = new java.util.HashSet<>();
            Map<String, JsonNode> last = new HashMap<>();
            for (JsonNode e : events) {
                logged.add(e.get("articleId").asText() + "@" + e.get("revision").asInt() + ":"
                        + (e.get("type").asText().equals("deleted") ? "deleted" : "written"));
                last.put(e.get("articleId").asText(), e);
            }
            for (Ack ack : acks.all) {
                assertThat(logged).contains(ack.id() + "@" + ack.revision() + ":written");
            }
            for (String id : ids) {
                long deletedEvents = events.stream()
                        .filter(e -> e.get("articleId").asText().equals(id)
                                && e.get("type").asText().equals("deleted"))
                        .count();
                assertThat(deletedEvents).as("deletions of " + id).isEqualTo((long) acks.deletions.getOrDefault(id, 0));
            }
            for (String id : ids) {
                Response now = server.get("/v1/articles/" + id);
                JsonNode event = last.get(id);
                if (event.get("type").asText().equals("deleted")) {
                    assertThat(now.status()).isEqualTo(404);
                } else {
                    assertThat(now.json().get("revision").asInt())
                            .isEqualTo(event.get("revision").asInt());
                    Ack lastWrite = acks.all.stream()
                            .filter(a -> a.id().equals(id))
                            .max(java.util.Comparator.comparingInt(Ack::revision))
                            .orElseThrow();
                    if (lastWrite.revision() == now.json().get("revision").asInt()) {
                        assertThat(now.json().get("body").asText()).isEqualTo(body(lastWrite.text()));
                    }
                }
            }
        }
    }

    private static int write(
            TestServer server,
            List<String> ids,
            int writer,
            long until,
            Queue acks,
            ConcurrentLinkedQueue<String> problems) {
        Random random = new Random(writer);
        int requests = 0;
        for (int k = 0; System.nanoTime() < until; k++, requests++) {
            int a = random.nextInt(ids.size());
            String id = ids.get(a);
            String text = text(a, "writer " + writer + " write " + k);
            int op = random.nextInt(10);
            Response answer;
            if (op < 5) {
                answer = send(server, "PUT", id, json(text));
            } else if (op < 8) {
                Response current = server.get("/v1/articles/" + id);
                if (current.status() != 200) {
                    continue;
                }
                answer = send(server, "PUT", id, json(text), "If-Match", current.header("ETag"));
            } else if (op < 9) {
                answer = send(server, "DELETE", id, null);
                if (answer.status() == 204) {
                    acks.deleted(id); // a deletion's revision is only in the feed: count them instead
                }
            } else {
                // back under its id when deleted; while it exists, a new article with a suffixed id
                answer = server.postJson("/v1/articles", json(text));
            }
            if (answer.status() >= 500) {
                problems.add(answer.status() + " " + answer.body());
            } else if (answer.status() == 200 || answer.status() == 201) {
                JsonNode article = answer.json();
                if (!article.get("body").asText().equals(body(text)) && answer.status() != 200) {
                    problems.add(
                            "answer holds another text: " + article.get("body").asText());
                }
                if (!article.get("body").asText().equals(body(text))) {
                    continue; // POST of a text that was stored already: no write
                }
                acks.add(new Ack(
                        article.get("id").asText(), article.get("revision").asInt(), text));
            } else if (answer.status() != 204 && answer.status() != 404 && answer.status() != 412) {
                problems.add("unexpected " + answer.status() + " " + answer.body());
            }
        }
        return requests;
    }

    private static int read(
            TestServer server, List<String> ids, int reader, long until, ConcurrentLinkedQueue<String> problems) {
        Random random = new Random(100 + reader);
        Map<String, Integer> lastRevision = new HashMap<>();
        int requests = 0;
        for (; System.nanoTime() < until; requests++) {
            String id = ids.get(random.nextInt(ids.size()));
            Response answer = switch (random.nextInt(3)) {
                case 0 -> server.get("/v1/articles/" + id);
                case 1 -> server.get("/v1/articles?limit=10");
                default -> server.get("/v1/changes?limit=100");
            };
            if (answer.status() >= 500) {
                problems.add(answer.status() + " " + answer.body());
            }
            if (answer.status() == 200 && answer.json().has("revision")) {
                int revision = answer.json().get("revision").asInt();
                Integer before = lastRevision.put(id, revision);
                if (before != null && revision < before) {
                    problems.add(id + " went back from revision " + before + " to " + revision);
                }
            }
        }
        return requests;
    }

    private static List<JsonNode> feed(TestServer server) {
        List<JsonNode> events = new ArrayList<>();
        long since = 0;
        while (true) {
            JsonNode page = server.get("/v1/changes?limit=1000&since=" + since).json();
            page.get("items").forEach(events::add);
            if (page.get("items").isEmpty()) {
                return events;
            }
            since = page.get("lastSequence").asLong();
        }
    }

    private static Response send(TestServer server, String method, String id, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + TestServer.API_KEY));
        if (json != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        all.addAll(List.of(headers));
        return server.send(
                method,
                "/v1/articles/" + id,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                all.toArray(String[]::new));
    }

    /** Article {@code a}'s title keeps its id; the body says who wrote it. */
    private static String text(int a, String body) {
        return "Harbour Report " + (char) ('A' + a) + "\n\nThe harbour report was filed by " + body + ".";
    }

    private static String body(String text) {
        return text.substring(text.indexOf("\n\n") + 2);
    }

    private static String json(String text) {
        return "{\"text\": \"" + text.replace("\n", "\\n") + "\"}";
    }

    /** Acknowledged writes, from all writers. */
    private static final class Queue {
        final ConcurrentLinkedQueue<Ack> all = new ConcurrentLinkedQueue<>();
        final Map<String, Integer> deletions = new ConcurrentHashMap<>();

        void add(Ack ack) {
            all.add(ack);
        }

        void deleted(String id) {
            deletions.merge(id, 1, Integer::sum);
        }
    }
}
