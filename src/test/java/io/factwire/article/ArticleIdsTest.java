package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    private static final String HASH = ArticleIds.contentHash("x");

    @Test
    void slugKeepsLettersAndDigitsAndHyphenatesTheRest() {
        assertThat(ArticleIds.slug("North Korea’s Kim Jong Un Honors Soldiers Killed in Ukraine War", HASH))
                .isEqualTo("north-korea-s-kim-jong-un-honors-soldiers-killed-in-ukraine-war");
        assertThat(ArticleIds.slug("  “Mass Heroism”: 528th Regiment!  ", HASH))
                .isEqualTo("mass-heroism-528th-regiment");
    }

    @Test
    void slugDropsAccents() {
        assertThat(ArticleIds.slug("Zelenskyy in Kraków: Défense Talks", HASH))
                .isEqualTo("zelenskyy-in-krakow-defense-talks");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = ArticleIds.slug("word ".repeat(40), HASH);
        assertThat(slug).hasSizeLessThanOrEqualTo(ArticleIds.MAX_SLUG_LENGTH).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void titleWithoutLatinLettersFallsBackToTheHash() {
        assertThat(ArticleIds.slug("김정은", HASH)).isEqualTo("article-" + HASH.substring(0, 12));
        assertThat(ArticleIds.slug("", HASH)).isEqualTo("article-" + HASH.substring(0, 12));
    }

    @Test
    void contentHashIgnoresLineEndingsAndOuterWhitespaceOnly() {
        String hash = ArticleIds.contentHash("Title\n\nBody.");
        assertThat(ArticleIds.contentHash("Title\r\n\r\nBody.\r\n  ")).isEqualTo(hash);
        assertThat(ArticleIds.contentHash("Title\n\nBody!")).isNotEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }
}
