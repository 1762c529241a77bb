package io.factwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code backup} on a database a live server is using. */
class MaintenanceCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkPassesOnAHealthyDatabaseWhileTheServerRuns() {
        AppConfig config = TestServer.config(dir);
        try (TestServer server = TestServer.startWithSeed(config)) {
            assertThat(commands(config).check(List.of())).as(text(out)).isZero();
            assertThat(text(out))
                    .contains(
                            "ok      integrity_check",
                            "ok      facts within their articles' ranges",
                            "ok      search index",
                            "1 articles");
        }
    }

    @Test
    void checkFailsWhenTheSearchIndexNoLongerMatchesTheArticles() {
        AppConfig config = TestServer.config(dir);
        TestServer.startWithSeed(config).close();
        // a change behind the index's back, as a bad manual edit would make
        Database.open(config.database()).writes().useHandle(h -> h.execute("UPDATE articles SET title = 'x'"));
        assertThat(commands(config).check(List.of())).isEqualTo(1);
        assertThat(text(out)).contains("FAILED  search index");
    }

    @Test
    void checkFailsWhenAFactIsOutsideItsArticlesRange() {
        // the seed must have its facts even on a loaded machine
        AppConfig config = TestServer.config(dir, java.util.Map.of("FACTWIRE_EXTRACT_TIMEOUT_MS", "600000"));
        TestServer.startWithSeed(config).close();
        // facts have no foreign key (their article names their range of ids): the check covers them instead
        Database.open(config.database())
                .writes()
                .useHandle(h -> h.execute("UPDATE facts SET id = id + 1000000 WHERE id = (SELECT max(id) FROM facts)"));
        assertThat(commands(config).check(List.of())).isEqualTo(1);
        assertThat(text(out)).contains("FAILED  facts within their articles' ranges: 2 rows");
    }

    @Test
    void backupCopiesALiveDatabaseConsistentlyAndNeverOverwrites() throws Exception {
        AppConfig config = TestServer.config(dir);
        Path copy = dir.resolve("copy.db");
        try (TestServer server = TestServer.startWithSeed(config)) {
            server.postJson("/v1/articles", "{\"text\": \"Second Story\\n\\nIt happened.\"}");
            assertThat(commands(config).backup(List.of(copy.toString())))
                    .as(text(err))
                    .isZero();
            assertThat(commands(config).backup(List.of(copy.toString()))).isEqualTo(2);
        }
        Database copied = Database.open(copy);
        long articles = copied.reads()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM articles")
                        .mapTo(Long.class)
                        .one());
        assertThat(articles).isEqualTo(2);
        assertThat(new MaintenanceCommands(copied, new PrintStream(out), new PrintStream(err)).check(List.of()))
                .isZero();
    }

    @Test
    void debianSqlite340CanOpenTheSchemaAndCheckIt() throws Exception {
        Assumptions.assumeTrue(onPath("sqlite3"), "the sqlite3 shell is not installed (.ci/run installs it)");
        AppConfig config = TestServer.config(dir);
        TestServer.startWithSeed(config).close();
        Process shell = new ProcessBuilder(
                        "sqlite3",
                        config.database().toString(),
                        "PRAGMA integrity_check; SELECT count(*) FROM article_search_source;")
                .redirectErrorStream(true)
                .start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("ok\n1");
    }

    private MaintenanceCommands commands(AppConfig config) {
        return new MaintenanceCommands(
                Database.open(config.database()), new PrintStream(out, true), new PrintStream(err, true));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
