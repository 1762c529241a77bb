package io.factwire.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The page reader's rules, each on a small invented page. */
class PageReaderTest {
    private static final PageReader READER = new PageReader();
    private static final String LONG = "The harbour board met on Monday evening and agreed, after a long debate, to "
            + "repair the north pier before the summer season, when the ferries and fishing boats need it most.";

    private static Page read(String body) {
        return READER.read(
                "<html><head><title>Pier Repairs Agreed | Coast News</title></head><body>" + body + "</body></html>",
                "https://coast.example/pier");
    }

    @Test
    void nothingFromScriptsStylesTemplatesOrHiddenElementsAppears() {
        Page page = read("<article><p>" + LONG + "</p><script>var secret = 'script words';</script>"
                + "<style>.x{content:'style words'}</style><noscript>noscript words</noscript>"
                + "<template><p>template words here</p></template><p hidden>hidden words</p>"
                + "<p aria-hidden=\"true\">aria words</p><p style=\"display: none\">display words</p>"
                + "<p>" + LONG.replace("Monday", "Tuesday") + "</p></article>");
        assertThat(page.body())
                .contains("Tuesday")
                .doesNotContain(
                        "script words",
                        "style words",
                        "noscript",
                        "template words",
                        "hidden words",
                        "aria words",
                        "display words");
    }

    @Test
    void doubleBreaksSplitParagraphsAndHeadingsBecomeSections() {
        Page page = read("<div class=\"post-body\">" + LONG + "<br><br>" + LONG.replace("Monday", "Friday")
                + "<h3>What happens next</h3><p>" + LONG.replace("Monday", "Sunday") + "</p></div>");
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(page.headings()).containsExactly(false, false, true, false);
        assertThat(page.text()).startsWith("Pier Repairs Agreed\n\n").contains("\n\n## What happens next\n\n");
    }

    @Test
    void theTitleLosesTheSiteNameAndBylinesLoseBy() {
        Page page = read("<article><div class=\"byline\">By Jo Lind and Ana Berg</div><p>" + LONG + "</p><p>" + LONG
                + "</p></article>");
        assertThat(page.title()).isEqualTo("Pier Repairs Agreed");
        assertThat(page.metadata().authors()).containsExactly("Jo Lind", "Ana Berg");
        assertThat(page.body()).doesNotContain("By Jo Lind");
    }

    @Test
    void jsonLdGraphWinsOverMetaTagsAndIdReferencesAreFollowed() {
        String html = "<html><head><title>Other | Site</title><meta name=\"author\" content=\"Meta Name\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Graph Person\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Graph Headline\",\"author\":{\"@id\":\"#p\"},"
                + "\"datePublished\":\"2026-05-01T10:00+02:00\",\"keywords\":\"ports, ferries\"}]}</script>"
                + "</head><body><article><p>" + LONG + "</p></article></body></html>";
        PageMetadata m = READER.read(html, null).metadata();
        assertThat(m.title()).isEqualTo("Graph Headline");
        assertThat(m.authors()).containsExactly("Graph Person");
        assertThat(m.publishedAt()).isEqualTo("2026-05-01T10:00:00+02:00");
        assertThat(m.tags()).containsExactly("ports", "ferries");
    }

    @Test
    void aPageWithTooLittleTextHasNoArticle() {
        assertThatThrownBy(() -> read("<nav><a href=\"/\">Home</a></nav><p>Sign in to continue.</p>"))
                .isInstanceOf(NoArticleException.class);
    }

    @Test
    void charsetComesFromHeaderThenByteOrderMarkThenMetaThenUtf8() {
        byte[] latin = "<meta charset=\"windows-1252\"><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(PageCharset.detect(latin, null).name()).isEqualTo("windows-1252");
        assertThat(PageCharset.detect(latin, "text/html; charset=ISO-8859-2").name())
                .isEqualTo("ISO-8859-2");
        assertThat(PageCharset.detect(latin, "text/html; charset=iso-8859-1").name())
                .isEqualTo("windows-1252");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '<', 'p', '>'};
        assertThat(PageCharset.detect(bom, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.detect(
                                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                        .getBytes(StandardCharsets.US_ASCII),
                                null)
                        .name())
                .isEqualTo("GBK");
        assertThat(PageCharset.detect("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.decode(latin, null)).contains("caf\u00e9");
    }

    @Test
    void datesKeepTheirOffsetAndReadTheFormsPagesAndFeedsWrite() {
        assertThat(Dates.normalize("2025-01-13T11:17+09:00")).isEqualTo("2025-01-13T11:17:00+09:00");
        assertThat(Dates.normalize("2025-01-13T11:17:05.250Z")).isEqualTo("2025-01-13T11:17:05.25Z");
        assertThat(Dates.normalize("2025-01-13T11:17:00+0900")).isEqualTo("2025-01-13T11:17:00+09:00");
        assertThat(Dates.normalize("Mon, 13 Jan 2025 11:17:00 EST")).isEqualTo("2025-01-13T11:17:00-05:00");
        assertThat(Dates.normalize("2025-01-13")).isEqualTo("2025-01-13");
        assertThat(Dates.normalize("January 13, 2025")).isEqualTo("2025-01-13");
        assertThat(Dates.normalize("13/01/2025")).isNull();
        assertThat(Dates.localDate("2025-01-13T23:30:00-05:00")).hasToString("2025-01-13");
    }

    @Test
    void aPageRenderedByScriptsFallsBackToItsJsonLdArticleBody() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Pier Repairs Agreed\",\"articleBody\":\"" + LONG + "\\n" + LONG.replace("Monday", "Friday")
                + "\"}</script></head><body><div id=\"root\"></div><script>render()</script></body></html>";
        Page page = READER.read(html, null);
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.body()).contains("Friday evening");
    }

    @Test
    void deeplyNestedOrHugeMarkupIsReadWithoutFailing() {
        String deep = "<div>".repeat(50_000) + "<p>" + LONG + "</p>" + "</div>".repeat(50_000);
        assertThat(read(deep).body()).contains("north pier");
        String wide = "<article>" + ("<p>" + LONG + "</p>").repeat(2_000) + "</article>";
        assertThat(read(wide).paragraphs()).hasSizeGreaterThan(1_000);
    }

    @Test
    void aShortBriefIsAnArticleWhenThePageSaysItIsOne() {
        String brief = "<article><p>The north pier reopened on Monday after repairs.</p></article>";
        assertThatThrownBy(() -> read(brief)).isInstanceOf(NoArticleException.class);
        Page page = READER.read(
                "<html><head><meta property=\"og:type\" content=\"article\"><title>Pier Reopens"
                        + "</title></head><body>" + brief + "</body></html>",
                null);
        assertThat(page.body()).isEqualTo("The north pier reopened on Monday after repairs.");
    }
}
