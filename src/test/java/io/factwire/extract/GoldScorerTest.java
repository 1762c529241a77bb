package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.extract.GoldScorer.Counts;
import io.factwire.extract.GoldScorer.Ratio;
import io.factwire.extract.GoldScorer.Result;
import io.factwire.extract.GoldScorer.WrongSpeaker;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves that {@link GoldScorer} agrees with {@code shared/eval/score.py}. Every expected number below was produced by
 * running {@code python3 score.py ARTICLE gold.json --json} on the fixtures in {@code src/test/resources/scorer/}
 * (one gold file, one article JSON per case); the test itself never runs Python or reads {@code shared}.
 */
class GoldScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = GoldScorerTest.class.getResourceAsStream("/scorer/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Result score(String article) throws IOException {
        return GoldScorer.score(resource(article + ".json"), resource("gold.json"));
    }

    @Test
    void perfectMatchScoresOneEverywhere() throws IOException {
        // the title differs only in quote style and case, which norm folds away
        Result r = score("perfect");
        assertThat(r.problems()).isEmpty();
        assertThat(r.badOffsets()).isZero();
        assertThat(r.quotes()).isEqualTo(new Counts(3, 3, 3, 3));
        assertThat(r.speaker()).isEqualTo(new Ratio(2, 2));
        assertThat(r.source()).isEqualTo(new Ratio(1, 1));
        assertThat(r.fragment()).isEqualTo(new Ratio(3, 3));
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.facts().values()).isEqualTo(new Ratio(6, 6));
        assertThat(r.entities().counts()).isEqualTo(new Counts(4, 4, 4, 4));
        assertThat(r.entities().values()).isEqualTo(new Ratio(4, 4));
        assertThat(r.missedQuotes()).isEmpty();
        assertThat(r.extraQuotes()).isEmpty();
        assertThat(r.facts().missed()).isEmpty();
        assertThat(r.facts().extra()).isEmpty();
        assertThat(r.passes(1, 1, 1)).isTrue();
        assertThat(r.summary())
                .isEqualTo("quotes P=1.00 R=1.00 F1=1.00 speaker=2/2 source=1/1 fragment=3/3 | "
                        + "facts P=1.00 R=1.00 F1=1.00 values=6/6 | entities F1=1.00 | problems=0");
    }

    @Test
    void missedQuoteShortPartialAndWrongSpeaker() throws IOException {
        // "fought like heroes" is 18/23 = 78% of the gold quote: no match (missed + extra);
        // "were not afraid of the drones" is 29/32 = 91%: a match; "mass heroism" matches with a wrong speaker
        Result r = score("missed_quote");
        assertThat(r.problems()).isEmpty();
        assertThat(r.quotes()).isEqualTo(new Counts(2, 3, 2, 3));
        assertThat(r.quotes().precision()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(r.quotes().recall()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(r.quotes().f1()).isCloseTo(0.6666666666666666, within(1e-12));
        assertThat(r.speaker()).isEqualTo(new Ratio(0, 1));
        assertThat(r.source()).isEqualTo(new Ratio(0, 0));
        assertThat(r.fragment()).isEqualTo(new Ratio(1, 2));
        assertThat(r.missedQuotes()).containsExactly("They fought like heroes");
        assertThat(r.extraQuotes()).containsExactly("fought like heroes");
        assertThat(r.wrongSpeakers()).containsExactly(new WrongSpeaker("mass heroism", "Kim", "Kim Jong Un"));
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.entities().counts()).isEqualTo(new Counts(4, 4, 4, 4));
    }

    @Test
    void extraFactsLowerPrecisionAndDuplicatesCountOnce() throws IOException {
        Result r = score("extra_fact");
        assertThat(r.problems()).isEmpty();
        assertThat(r.quotes()).isEqualTo(new Counts(3, 3, 3, 3));
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 8, 6, 6));
        assertThat(r.facts().counts().precision()).isCloseTo(0.75, within(1e-12));
        assertThat(r.facts().counts().recall()).isCloseTo(1.0, within(1e-12));
        assertThat(r.facts().counts().f1()).isCloseTo(0.8571428571428571, within(1e-12));
        assertThat(r.facts().extra())
                .containsExactly("date:120-day deployment", "equipment:Order of Freedom and Independence");
        assertThat(r.facts().values()).isEqualTo(new Ratio(6, 6));
        assertThat(r.entities().counts()).isEqualTo(new Counts(4, 5, 4, 4));
        assertThat(r.entities().counts().precision()).isCloseTo(0.8, within(1e-12));
        assertThat(r.entities().counts().f1()).isCloseTo(0.888888888888889, within(1e-12));
        assertThat(r.entities().extra()).containsExactly("organization:state media");
    }

    @Test
    void factMatchingOnlyAcceptableIsNeutral() throws IOException {
        // "the unit" and "drones" match only acceptable entries: left out of precision;
        // the person "Kim" is contained in the gold "Kim Jong Un", so it is a correct prediction, not a neutral one
        Result r = score("acceptable_only");
        assertThat(r.problems()).isEmpty();
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.facts().extra()).isEmpty();
        assertThat(r.entities().counts()).isEqualTo(new Counts(5, 5, 4, 4));
        assertThat(r.entities().values()).isEqualTo(new Ratio(4, 4));
        assertThat(r.facts().counts().f1()).isEqualTo(1.0);
    }

    @Test
    void wrongValuesAreCountedOnMatchedFacts() throws IOException {
        // wrong date value, approximate missing, award without name, entity name differs; name differing only in
        // case and a range given as 3000.0 with an extra approximate flag are right
        Result r = score("wrong_value");
        assertThat(r.problems()).isEmpty();
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.facts().values()).isEqualTo(new Ratio(3, 6));
        assertThat(r.facts().wrongValues())
                .containsExactly(
                        "date:Friday",
                        "troop_count:Roughly 14,000 soldiers",
                        "award:Order of Freedom and Independence");
        assertThat(r.entities().values()).isEqualTo(new Ratio(3, 4));
        assertThat(r.entities().wrongValues()).containsExactly("place:Pyongyang");
    }

    @Test
    void badOffsetsAreStructureProblems() throws IOException {
        // six bad spans (shifted, code-point offsets after an emoji, start > end, null end, start true, float start),
        // only five reported; a negative start that Python's slicing resolves correctly is not bad
        Result r = score("bad_offset");
        assertThat(r.badOffsets()).isEqualTo(6);
        assertThat(r.problems())
                .containsExactly(
                        "offsets: quote 'They fought like heroes' at [103,125) reads 'hey fought like heroes'",
                        "offsets: fact '528th Regiment' at [35,21) reads ''",
                        "offsets: fact 'Friday' at [46,52) reads 'n Frid'",
                        "offsets: fact 'Pyongyang' at [0,None) reads ''",
                        "offsets: fact 'Russia' at [True,226) reads 'yongyang – 🇰🇵 The 528th Regiment returned on Friday "
                                + "after a 120-day deployment, state media said. “They fought like heroes,” Kim Jong Un said, "
                                + "according to KCNA.\\n\\nWhat Happened Next\\n\\nRoughly 14,000 soldiers served in Russia'");
        assertThat(r.structureOk()).isFalse();
        assertThat(r.passes(0, 0, 0)).isFalse();
        // the scores themselves do not look at offsets
        assertThat(r.quotes()).isEqualTo(new Counts(3, 3, 3, 3));
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.entities().counts()).isEqualTo(new Counts(4, 4, 4, 4));
    }

    @Test
    void wrongHeadingDatelineAndBoilerplate() throws IOException {
        Result r = score("wrong_heading");
        assertThat(r.problems())
                .containsExactly(
                        "dateline: 'Pyongyang, North Korea' != 'Pyongyang'",
                        "section headings: [None, 'what happened'] != [None, 'what happened next']",
                        "body contains 'Leave a Reply'");
        assertThat(r.badOffsets()).isZero();
        assertThat(r.quotes()).isEqualTo(new Counts(3, 3, 3, 3));
        assertThat(r.facts().counts()).isEqualTo(new Counts(6, 6, 6, 6));
        assertThat(r.passes(0, 0, 0)).isFalse();
    }

    @Test
    void nothingExtractedScoresZero() throws IOException {
        Result r = score("empty");
        assertThat(r.problems()).isEmpty();
        assertThat(r.quotes()).isEqualTo(new Counts(0, 0, 0, 3));
        assertThat(r.quotes().precision()).isEqualTo(0.0);
        assertThat(r.quotes().f1()).isEqualTo(0.0);
        assertThat(r.speaker()).isEqualTo(new Ratio(0, 0));
        assertThat(r.fragment()).isEqualTo(new Ratio(0, 0));
        assertThat(r.facts().counts()).isEqualTo(new Counts(0, 0, 0, 6));
        assertThat(r.facts().values()).isEqualTo(new Ratio(0, 0));
        assertThat(r.entities().counts()).isEqualTo(new Counts(0, 0, 0, 4));
        assertThat(r.missedQuotes())
                .containsExactly("They fought like heroes", "mass heroism", "We were not afraid of the drones");
        assertThat(r.facts().missed())
                .containsExactly(
                        "military_unit:528th Regiment",
                        "date:Friday",
                        "duration:120-day",
                        "troop_count:Roughly 14,000 soldiers",
                        "casualty_count:between 3,000 and 4,000",
                        "award:Order of Freedom and Independence");
        assertThat(r.entities().missed())
                .containsExactly("person:Kim Jong Un", "place:Pyongyang", "place:Russia", "organization:KCNA");
        assertThat(r.passes(0, 0, 0)).isTrue();
        assertThat(r.passes(0.01, 0, 0)).isFalse();
    }

    @Test
    void microAverageSumsCounts() throws IOException {
        List<Result> all = new ArrayList<>();
        for (String name : List.of(
                "perfect",
                "missed_quote",
                "extra_fact",
                "acceptable_only",
                "wrong_value",
                "bad_offset",
                "wrong_heading",
                "empty")) {
            all.add(score(name).labelled(name));
        }
        Result t = Result.sum(all);
        assertThat(t.quotes()).isEqualTo(new Counts(20, 21, 20, 24));
        assertThat(t.speaker()).isEqualTo(new Ratio(12, 13));
        assertThat(t.source()).isEqualTo(new Ratio(6, 6));
        assertThat(t.fragment()).isEqualTo(new Ratio(19, 20));
        assertThat(t.facts().counts()).isEqualTo(new Counts(42, 44, 42, 48));
        assertThat(t.facts().values()).isEqualTo(new Ratio(39, 42));
        assertThat(t.entities().counts()).isEqualTo(new Counts(29, 30, 28, 32));
        assertThat(t.entities().values()).isEqualTo(new Ratio(27, 28));
        assertThat(t.badOffsets()).isEqualTo(6);
        assertThat(t.problems())
                .hasSize(8)
                .allMatch(p -> p.startsWith("bad_offset: ") || p.startsWith("wrong_heading: "));
        assertThat(t.quotes().precision()).isCloseTo(0.9523809523809523, within(1e-12));
        assertThat(t.quotes().recall()).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(t.quotes().f1()).isCloseTo(0.888888888888889, within(1e-12));
        assertThat(t.facts().counts().f1()).isCloseTo(0.9130434782608695, within(1e-12));
        assertThat(t.entities().counts().f1()).isCloseTo(0.918552036199095, within(1e-12));
        assertThat(t.extraQuotes()).containsExactly("missed_quote: fought like heroes");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`  “Hello,”  World!!  `|`hello,\" world`",
                "Straße ẞ İstanbul ς|strasse ss i̇stanbul σ",
                "`'\"Kim’s\u00a0army\"' .;`|`kim's army\"'`",
                "`\u2014 dash\u2013es \u3000`|- dash-es",
                "`  `|``",
                "...|``",
                "Ab\u001ccd\u2028ef?!|ab cd ef",
                "“ Quoted ”!|`quoted \"`",
                "The 528th Regiment’s “latest”  hardware,|`the 528th regiment's \"latest\" hardware`",
            })
    void normMatchesPython(String in, String expected) {
        assertThat(GoldScorer.norm(in)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void quoteMatchBoundaries() {
        assertThat(GoldScorer.quoteMatch("abcdefgh", "abcdefghij")).isTrue(); // exactly 80%
        assertThat(GoldScorer.quoteMatch("abcdefg", "abcdefghi")).isFalse(); // 77.8%
        assertThat(GoldScorer.quoteMatch("bcdefghij", "abcdefghij")).isTrue();
        assertThat(GoldScorer.quoteMatch(null, null)).isTrue();
        assertThat(GoldScorer.quoteMatch("", null)).isFalse();
        assertThat(GoldScorer.quoteMatch("“Nobody”", "nobody.")).isTrue();
        assertThat(GoldScorer.norm(null)).isNull();
    }
}
