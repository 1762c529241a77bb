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
        assertThat(slug)
                .hasSizeLessThanOrEqualTo(ArticleIds.MAX_SLUG_LENGTH)
                .endsWith("word")
                .doesNotEndWith("-");
    }

    @Test
    void titlesInEveryScriptGetReadableSlugs() {
        assertThat(ArticleIds.slug("Київ відкриває новий міст", HASH)).isEqualTo("kiiv-vidkrivae-novij-mist");
        assertThat(ArticleIds.slug("Москва и Минск подписали договор", HASH))
                .isEqualTo("moskva-i-minsk-podpisali-dogovor");
        assertThat(ArticleIds.slug("Αθήνα: νέα γέφυρα", HASH)).isEqualTo("athena-nea-gephyra");
        assertThat(ArticleIds.slug("مرفأ جديد في المدينة", HASH)).matches("[a-z0-9]+(-[a-z0-9]+){3}");
        assertThat(ArticleIds.slug("גשר חדש בעיר", HASH)).matches("[a-z0-9]+(-[a-z0-9]+){2,}");
        assertThat(ArticleIds.slug("北京新桥开通", HASH)).isEqualTo("bei-jing-xin-qiao-kai-tong");
        assertThat(ArticleIds.slug("김정은", HASH)).isEqualTo("gimjeong-eun");
        assertThat(ArticleIds.slug("Ærø: Ørsted bygger ved Søby", HASH)).isEqualTo("aero-orsted-bygger-ved-soby");
    }

    @Test
    void tagsAndEntitiesAreStrippedBeforeSlugging() {
        assertThat(ArticleIds.slug("<b>Harbour</b> &amp; <i>Rail</i> Plan", HASH))
                .isEqualTo("harbour-rail-plan");
        assertThat(ArticleIds.slug("Caf&#233; &#x4E2D; Strike&nbsp;Ends", HASH)).isEqualTo("cafe-zhong-strike-ends");
        assertThat(ArticleIds.slug("<script>x</script>", HASH)).isEqualTo("x");
        assertThat(ArticleIds.slug("Fish &unknownentity; Chips", HASH)).isEqualTo("fish-chips");
    }

    @Test
    void titleWithNothingToSlugFallsBackToTheHash() {
        assertThat(ArticleIds.slug("", HASH)).isEqualTo("article-" + HASH.substring(0, 12));
        assertThat(ArticleIds.slug("<br/> — !!", HASH)).isEqualTo("article-" + HASH.substring(0, 12));
    }

    @Test
    void contentHashIgnoresLineEndingsAndOuterWhitespaceOnly() {
        String hash = ArticleIds.contentHash("Title\n\nBody.");
        assertThat(ArticleIds.contentHash("Title\r\n\r\nBody.\r\n  ")).isEqualTo(hash);
        assertThat(ArticleIds.contentHash("Title\n\nBody!")).isNotEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }
}
