package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Storage failures are named to the client (507, 503 with Retry-After) and classified by SQLite result code. */
class StorageFailuresApiTest {
    @TempDir
    Path dir;

    @Test
    void sqliteResultCodesAreClassifiedNotMessages() {
        assertThat(Database.failureOf(new RuntimeException(new SQLiteException("x", SQLiteErrorCode.SQLITE_FULL))))
                .isEqualTo(Database.Failure.FULL);
        assertThat(Database.failureOf(new SQLiteException("x", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)))
                .isEqualTo(Database.Failure.BUSY);
        assertThat(Database.failureOf(new SQLiteException("x", SQLiteErrorCode.SQLITE_READONLY_DBMOVED)))
                .isEqualTo(Database.Failure.READ_ONLY);
        assertThat(Database.failureOf(
                        new SQLiteException("SQLITE_FULL in the message only", SQLiteErrorCode.SQLITE_CONSTRAINT)))
                .isEqualTo(Database.Failure.OTHER);
        assertThat(Database.failureOf(new IllegalStateException("no SQLite here")))
                .isNull();
    }

    @Test
    void aWriteWhileAnotherProcessHoldsTheLockIsA503WithRetryAfterAndChangesNothing() throws Exception {
        AppConfig config = TestServer.config(dir, Map.of("FACTWIRE_REQUEST_TIMEOUT_SECONDS", "1"));
        try (TestServer server = TestServer.start(config);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + config.database())) {
            try (Statement lock = other.createStatement()) {
                lock.execute("BEGIN IMMEDIATE");
            }
            Response answer = server.postJson("/v1/articles", "{\"text\": \"Locked Out\\n\\nNothing stored.\"}");
            answer.assertProblem(503, null);
            assertThat(answer.json().get("type").asText()).isEqualTo("urn:factwire:problem:storage-unavailable");
            assertThat(answer.header("Retry-After")).isNotBlank();
            try (Statement release = other.createStatement()) {
                release.execute("ROLLBACK");
            }
            assertThat(server.get("/v1/articles").json().get("items")).isEmpty();
        }
    }

    @Test
    void aFullDiskIsA507NamingItAndTheStoreStaysReadable() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Assumptions.assumeTrue(isRoot(), "mounting a small tmpfs needs root (CI runs as root)");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString())
                .inheritIO()
                .start();
        assertThat(mount.waitFor()).as("mount a 1 MiB tmpfs").isZero();
        try {
            AppConfig config = TestServer.config(small);
            try (TestServer server = TestServer.start(config)) {
                Response answer = null;
                int stored = 0;
                for (int i = 0; i < 400; i++) {
                    answer = server.postJson(
                            "/v1/articles",
                            "{\"text\": \"Filler Story " + i + "\\n\\n"
                                    + ("Padding words about harbour " + i + ". ").repeat(200) + "\"}");
                    if (answer.status() != 201) {
                        break;
                    }
                    stored++;
                }
                answer.assertProblem(507, null);
                assertThat(answer.json().get("detail").asText()).contains("full");
                assertThat(server.get("/v1/articles?limit=100")
                                .json()
                                .get("items")
                                .size())
                        .isEqualTo(stored);
            }
        } finally {
            new ProcessBuilder("umount", "-l", small.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        return id.waitFor() == 0 && uid.equals("0");
    }
}
