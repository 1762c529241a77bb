package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The furniture patterns that may start anywhere in a paragraph are tried only when their words are there. */
class BoilerplateFilterTest {
    private static final BoilerplateFilter FILTER = new BoilerplateFilter(Lexicon.get());
    private static final String ARTICLE =
            "Officials in the river town said on Monday that the new bridge would open to traffic "
                    + "before the end of the month, after two years of delays caused by floods and by a shortage of steel.";

    @Test
    void requiredWordsAreTheLiteralStartOfWhatFollowsTheOpeningWildcard() {
        assertThat(BoilerplateFilter.requiredWords(".*your email will be kept.*"))
                .containsExactly("your email will be kept");
        assertThat(BoilerplateFilter.requiredWords(".*\\b(made by|built with (care|love))\\b.*"))
                .containsExactly("made by", "built with ");
        assertThat(BoilerplateFilter.requiredWords(".{2,40} is printed by .*")).containsExactly(" is printed by ");
        assertThat(BoilerplateFilter.requiredWords(".*\\bGET (now )?set\\b.*")).containsExactly("get ");
        // A quantified last letter may be absent from a match: it is not required.
        assertThat(BoilerplateFilter.requiredWords(".*colou?r.*")).containsExactly("colo");
    }

    @Test
    void patternsWithNoLiteralAfterTheWildcardOrWithoutOneAreMatchedAsBefore() {
        assertThat(BoilerplateFilter.requiredWords(".*\\d+ items")).isNull();
        assertThat(BoilerplateFilter.requiredWords(".*(\\w+|about) us")).isNull();
        assertThat(BoilerplateFilter.requiredWords("advertisement")).isNull();
    }

    @Test
    void furnitureThatMayStartAnywhereIsStillDroppedWhateverItsCase() {
        List<String> kept = FILTER.keepArticle(List.of(
                ARTICLE,
                "Your Email Address Will Not Be Published. Required fields are marked",
                "Ana Petrel and Ivo Brand contributed to this report.",
                ARTICLE));
        assertThat(kept).containsExactly(ARTICLE, ARTICLE);
    }
}
