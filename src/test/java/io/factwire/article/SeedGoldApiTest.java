package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.AppConfig;
import io.factwire.Golds;
import io.factwire.TestServer;
import io.factwire.extract.GoldScorer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article as the API serves it, after storage and back, scored against its gold file. */
class SeedGoldApiTest {
    @Test
    void servedSeedArticleScoresPerfectQuotesAndFacts(@TempDir Path dir) {
        AppConfig config = TestServer.config(dir);
        TestServer.addSeed(config);
        try (TestServer server = TestServer.start(config)) {
            GoldScorer.Result result = GoldScorer.score(
                    server.get("/v1/articles/" + TestServer.SEED_ID).json(), Golds.seed());
            assertThat(result.problems()).as(result.report()).isEmpty();
            assertThat(result.quotes().f1()).as(result.report()).isEqualTo(1.0);
            assertThat(result.facts().counts().f1()).as(result.report()).isEqualTo(1.0);
            assertThat(result.facts().values().ok())
                    .as(result.report())
                    .isEqualTo(result.facts().values().n());
            assertThat(result.entities().counts().f1()).as(result.report()).isGreaterThanOrEqualTo(0.9);
        }
    }
}
