package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the "world2" development set of issues 13 and 14: ten articles in styles the other sets
 * lack (wire copy of short attributed paragraphs, a council meeting, a Q&A interview, a court report, a
 * press-release business story, a feature whose speakers are introduced paragraphs before their quotes, an
 * obituary, a sports report, a science story, a disaster report quoting agencies). It was scored once before any
 * rule change made with it, so its first figures were an estimate on unseen text; the floors sit below those.
 */
class World2ScoreTest {
    static final Path WORLD2 = Path.of("src/test/resources/world2");
    private static final Map<String, GoldScorer.Result> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEveryArticle() throws IOException {
        RESULTS.putAll(WorldScoreTest.scoreAll(WORLD2));
    }

    @Test
    void world2SetHasTenArticlesOfThreeHundredToNineHundredWords() throws IOException {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(10);
        for (String name : RESULTS.keySet()) {
            String text = Files.readString(WORLD2.resolve(name + ".txt"));
            assertThat(text.split("\\s+").length).as(name).isBetween(300, 900);
        }
    }

    /** A gold text the article does not contain could never be matched: it would only lower recall silently. */
    @Test
    void everyGoldTextOccursInItsArticle() throws IOException {
        WorldScoreTest.assertEveryGoldTextOccursInItsArticle(WORLD2);
    }

    @Test
    void everyOffsetReadsBackItsText() {
        for (GoldScorer.Result r : RESULTS.values()) {
            assertThat(r.badOffsets()).as(r.report()).isZero();
        }
    }

    @Test
    void microAveragedScoresStayAboveTheirFloors() {
        RESULTS.forEach((name, r) -> System.out.println(WorldScoreTest.line(name, r)));
        if (System.getenv("WORLD2_REPORT") != null) {
            RESULTS.values().forEach(r -> System.out.println(r.report()));
        }
        GoldScorer.Result all = GoldScorer.Result.sum(RESULTS.values());
        System.out.println("world2 micro-average over " + RESULTS.size() + " articles: " + all.summary()
                + " | entities " + all.entities().counts());
        assertThat(all.quotes().f1()).as(all.summary()).isGreaterThanOrEqualTo(0.97);
        assertThat(all.speaker().rate()).as(all.summary()).isGreaterThanOrEqualTo(0.75);
        assertThat(all.facts().counts().f1()).as(all.summary()).isGreaterThanOrEqualTo(0.94);
        assertThat(all.entities().counts().recall()).as(all.summary()).isGreaterThanOrEqualTo(0.77);
        assertThat(all.entities().counts().f1()).as(all.summary()).isGreaterThanOrEqualTo(0.84);
    }
}
