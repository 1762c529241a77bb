package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The reader and the reference in headless Chromium against a real server: every quote and fact of the API
 * drawn over exactly its text, toggles, tooltips, the side panel, the cross-article pages, Swagger UI with a
 * working "Try it out", and no console error on any page. Screenshots go to {@code target/screenshots/}.
 */
class PagesBrowserTest {
    /** Invented: emoji before and inside the spans (two UTF-16 units each), facts inside quotes. */
    static final String STORY = """
            Harbour Guard Drill Ends Early 🚢

            VELMORA, March 4 (Coastline News) – About 1,200 soldiers of the 14th Coastal Brigade finished a \
            three-week drill on Tuesday 🌊, officials said.

            “We moved 300 sailors 💪 to the northern pier in two days,” said Colonel Ilse Marren, the brigade \
            commander. She said the drill had “gone better than planned”.

            Injuries

            The Velmoran Ministry of Defence said 12 soldiers were injured during the exercise 🩹 and that all \
            of them had returned to duty by Friday.""";

    @TempDir
    static Path dir;

    static TestServer server;
    static Browser browser;
    static String base;
    static String storyId;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.startWithSeed(dir.resolve("server"));
        JsonNode created = server.postJson(
                        "/v1/articles",
                        TestServer.JSON.writeValueAsString(
                                Map.of("text", STORY, "publishedAt", "2026-03-04", "source", "Coastline News")))
                .json();
        storyId = created.get("id").asText();
        base = "http://localhost:" + server.app().port();
        browser = new Browser(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @BeforeEach
    void forgetEarlierMessages() {
        browser.size(1280, 900);
        browser.consoleErrors();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).as("browser console").isEmpty();
    }

    @Test
    void readerListsArticlesSearchesWithMarkedSnippetsAndOpensAnArticle() {
        browser.open(base + "/");
        assertThat(browser.all(".results .card")).hasSize(2);
        assertThat(browser.find("h1").getText()).isEqualTo("Articles");
        browser.screenshot("reader-list");

        WebElement q = browser.find("input[name=q]");
        q.sendKeys("drill");
        browser.find("form.filters button[type=submit]").click();
        browser.until(d -> d.getCurrentUrl().contains("q=drill"));
        browser.waitForReader();
        List<WebElement> cards = browser.all(".results .card");
        assertThat(cards).hasSize(1);
        assertThat(browser.all(".snippet mark"))
                .isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase("drill"));
        browser.screenshot("reader-search");

        cards.get(0).findElement(org.openqa.selenium.By.cssSelector("h2 a")).click();
        browser.until(d -> d.getCurrentUrl().endsWith("/articles/" + storyId));
        browser.waitForReader();
        assertThat(browser.find("h1").getText())
                .isEqualTo(article(storyId).get("title").asText());
    }

    @Test
    void filtersNarrowTheListAndCursorsPageThroughIt() {
        browser.open(base + "/?source=coastline%20news");
        assertThat(titles()).containsExactly(article(storyId).get("title").asText());
        browser.open(base + "/?speaker=" + "Kim%20Jong%20Un");
        assertThat(titles())
                .containsExactly(article(TestServer.SEED_ID).get("title").asText());
        browser.open(base + "/?publishedFrom=2026-03-01&publishedTo=2026-03-31&factType=troop_count");
        assertThat(titles()).containsExactly(article(storyId).get("title").asText());

        for (String list : new String[] {"/?limit=1", "/?q=soldiers&limit=1"}) {
            browser.open(base + list);
            List<String> first = titles();
            assertThat(first).hasSize(1);
            browser.find("nav.pager a[rel=next]").click();
            browser.until(d -> d.getCurrentUrl().contains("cursor="));
            browser.waitForReader();
            assertThat(titles()).hasSize(1).doesNotContainAnyElementsOf(first);
            assertThat(browser.all("nav.pager a[rel=next]"))
                    .as(list + " has two articles")
                    .isEmpty();
            assertThat(browser.find("nav.pager a").getText()).isEqualTo("First page");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestServer.SEED_ID, "STORY"})
    void everyQuoteAndFactOfTheApiIsDrawnOverExactlyItsText(String which) {
        String id = which.equals("STORY") ? storyId : which;
        JsonNode article = article(id);
        String body = article.get("body").asText();
        Map<String, String> expected = new HashMap<>();
        article.get("quotes")
                .forEach(q -> expected.put(key("quote", q), q.get("text").asText()));
        article.get("facts")
                .forEach(f -> expected.put(
                        key(f.get("type").asText(), f), f.get("text").asText()));
        expected.forEach(
                (k, text) -> assertThat(body.substring(start(k), end(k))).as(k).isEqualTo(text));
        assertThat(expected)
                .hasSize(article.get("quotes").size() + article.get("facts").size());

        browser.open(base + "/articles/" + id);
        @SuppressWarnings("unchecked")
        Map<String, String> drawn = (Map<String, String>) browser.script("""
                const out = {};
                document.querySelectorAll('.article-body [data-kind]').forEach((n) => {
                  const k = n.dataset.kind + '|' + n.dataset.start + '|' + n.dataset.end;
                  out[k] = (out[k] || '') + n.textContent;
                });
                return out;""");
        assertThat(drawn).isEqualTo(expected);
        // and not a character of the body lost, doubled or moved
        assertThat(browser.script("return document.querySelector('.article-body').textContent"))
                .isEqualTo(body);
        if (which.equals("STORY")) {
            assertThat(body).contains("🌊", "💪", "🩹");
            browser.screenshot("reader-article-emoji");
        } else {
            browser.screenshot("reader-article");
        }
    }

    @Test
    void crossingAndNestedSpansShareTheirOffsetsAcrossSeveralElements() {
        browser.open(base + "/");
        // made-up spans over a made-up text, drawn by the page's own code
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.script("""
                const body = 'ab😀cdefghij';
                const items = [
                  {kind: 'date', start: 0, end: 7, index: 0, id: 'a'},
                  {kind: 'place', start: 4, end: 12, index: 1, id: 'b'},
                  {kind: 'quote', start: 1, end: 5, index: 2, id: 'c'},
                  {kind: 'person', start: 5, end: 6, index: 3, id: 'd'}];
                const box = document.createElement('div');
                window.factwire.highlightRange(box, body, 0, body.length, items, new Map());
                const joined = {}, count = {};
                box.querySelectorAll('[data-kind]').forEach((n) => {
                  const k = n.dataset.kind + '|' + n.dataset.start + '|' + n.dataset.end;
                  joined[k] = (joined[k] || '') + n.textContent;
                  count[k] = (count[k] || 0) + 1;
                });
                const inner = box.querySelector('[data-kind=person]');
                return {joined, count, all: box.textContent,
                  personInside: inner.parentElement.closest('[data-kind=place]') !== null
                    && inner.parentElement.closest('[data-kind=date]') !== null};""");
        String body = "ab😀cdefghij";
        assertThat(result.get("all")).isEqualTo(body);
        assertThat(result.get("joined"))
                .isEqualTo(Map.of(
                        "date|0|7",
                        body.substring(0, 7),
                        "place|4|12",
                        body.substring(4, 12),
                        "quote|1|5",
                        body.substring(1, 5),
                        "person|5|6",
                        body.substring(5, 6)));
        @SuppressWarnings("unchecked")
        Map<String, Long> count = (Map<String, Long>) result.get("count");
        // the quote starts first, so the place is cut where the quote ends and again where the date ends
        assertThat(count.get("place|4|12"))
                .as("place crosses the ends of the quote and the date")
                .isEqualTo(3);
        assertThat(count.get("quote|1|5")).isEqualTo(1);
        assertThat(count.get("date|0|7")).isEqualTo(1);
        assertThat(result.get("personInside")).isEqualTo(true);
    }

    @Test
    void anArticleThatDoesNotExistIsSaidSo() {
        browser.open(base + "/articles/no-such-article");
        assertThat(browser.find("main [role=alert]").getText()).contains("no article", "no-such-article");
        // the one message: the browser's own note of the API's 404
        assertThat(browser.consoleErrors()).singleElement().asString().contains("/v1/articles/no-such-article", "404");
    }

    @Test
    void legendTogglesHideAndShowEachKind() {
        browser.open(base + "/articles/" + storyId);
        for (String kind : kinds(article(storyId))) {
            String first = ".article-body [data-kind=\"" + kind + "\"]";
            String property = kind.equals("quote") ? "background-color" : "border-bottom-style";
            String shown = browser.find(first).getCssValue(property);
            assertThat(shown).as(kind).isNotIn("none", "rgba(0, 0, 0, 0)");
            browser.find("[data-toggle=\"" + kind + "\"]").click();
            assertThat(browser.find(first).getCssValue(property))
                    .as(kind + " off")
                    .isIn("none", "rgba(0, 0, 0, 0)");
            browser.find("[data-toggle=\"" + kind + "\"]").click();
            assertThat(browser.find(first).getCssValue(property))
                    .as(kind + " on again")
                    .isEqualTo(shown);
        }
    }

    @Test
    void hoverAndKeyboardFocusShowSpeakerSourceAndValue() {
        JsonNode article = article(storyId);
        JsonNode quote = article.get("quotes").get(0);
        JsonNode count = null;
        for (JsonNode f : article.get("facts")) {
            if (f.has("quantity") && count == null) {
                count = f;
            }
        }
        assertThat(count).as("the story states a count").isNotNull();
        String countType = count.get("type").asText();
        browser.open(base + "/articles/" + storyId);

        new Actions(browser.driver())
                .moveToElement(browser.find(selector("quote", quote)))
                .perform();
        WebElement tip = browser.find("#tooltip");
        browser.until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains(quote.get("speaker").asText(), "Source:");

        JsonNode inside = null;
        for (JsonNode f : article.get("facts")) {
            if (f.get("start").asInt() >= quote.get("start").asInt()
                    && f.get("end").asInt() <= quote.get("end").asInt()) {
                inside = f;
            }
        }
        assertThat(inside).as("the story has a fact inside its first quote").isNotNull();
        new Actions(browser.driver())
                .moveToElement(browser.find(selector(inside.get("type").asText(), inside)))
                .perform();
        String insideText = inside.get("text").asText();
        browser.until(d -> tip.getText().contains("Value:"));
        assertThat(tip.getText())
                .as("a fact inside a quote: " + insideText)
                .contains("Value:", quote.get("speaker").asText(), "Source:");

        // keyboard only: from the legend's last switch, Tab walks the highlights in reading order
        List<WebElement> switches = browser.all("[data-toggle]");
        browser.script("arguments[0].focus()", switches.get(switches.size() - 1));
        WebElement target = browser.find(selector(countType, count));
        for (int i = 0; i < 100 && !target.equals(browser.driver().switchTo().activeElement()); i++) {
            new Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(target);
        browser.until(d -> tip.isDisplayed()
                && tip.getText().startsWith(countType.equals("troop_count") ? "Troop count" : "Casualty count"));
        String value = String.format(
                java.util.Locale.ROOT,
                "%,d",
                count.get("quantity").has("value")
                        ? count.get("quantity").get("value").asLong()
                        : count.get("quantity").get("max").asLong());
        assertThat(tip.getText()).contains("Value:", value);
        assertThat(browser.find(selector(count.get("type").asText(), count)).getAttribute("aria-describedby"))
                .isEqualTo("tooltip");
    }

    @Test
    void sidePanelListsEverythingAndAClickFocusesIt() {
        JsonNode article = article(TestServer.SEED_ID);
        browser.open(base + "/articles/" + TestServer.SEED_ID);
        List<WebElement> links = browser.all("aside.panel li a");
        assertThat(links)
                .hasSize(article.get("quotes").size() + article.get("facts").size());
        WebElement last = links.get(links.size() - 1);
        String target = last.getAttribute("href").replaceAll(".*#", "");
        last.click();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo(target);
        assertThat((Boolean) browser.script("const r = document.activeElement.getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight"))
                .isTrue();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#" + target);
    }

    @Test
    void articlePageHasLandmarksAndEveryItemIsReachableByKeyboard() {
        JsonNode article = article(TestServer.SEED_ID);
        browser.open(base + "/articles/" + TestServer.SEED_ID);
        for (String landmark : new String[] {"header", "nav", "main", "aside[aria-label]", "footer", "article h1"}) {
            assertThat(browser.all(landmark)).as(landmark).hasSize(1);
        }
        assertThat(browser.all(".article-body [data-kind][tabindex='0']"))
                .hasSize(article.get("quotes").size() + article.get("facts").size());
    }

    @Test
    void everyTextOnTheReaderPagesHasAContrastOfAtLeast4Point5() {
        for (String page : new String[] {
            "/", "/?q=drill", "/articles/" + storyId, "/articles/" + TestServer.SEED_ID, "/speakers", "/facts"
        }) {
            browser.open(base + page);
            // WCAG 2 relative luminance of each element's text colour against the first opaque background behind it
            @SuppressWarnings("unchecked")
            List<String> low = (List<String>) browser.script("""
                    const rgba = (c) => c.match(/[\\d.]+/g).map(Number);
                    const lum = (c) => { const [r, g, b] = rgba(c).slice(0, 3).map((v) => { v /= 255;
                      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                      return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                    const behind = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                      const v = rgba(c); if (v.length < 4 || v[3] > 0) return c; } return 'rgb(255, 255, 255)'; };
                    const low = [];
                    document.querySelectorAll('body *').forEach((e) => {
                      if (!e.getClientRects().length) return;
                      if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) return;
                      const a = lum(getComputedStyle(e).color), b = lum(behind(e));
                      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                      if (ratio < 4.5) low.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2) + ' '
                        + e.textContent.slice(0, 40));
                    });
                    return low;""");
            assertThat(low).as(page).isEmpty();
        }
    }

    @Test
    void phoneWidthArticleFitsWithoutSidewaysScrolling() {
        browser.size(390, 844);
        browser.open(base + "/articles/" + storyId);
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        browser.screenshot("reader-article-phone");
        for (String page : new String[] {"/", "/?q=drill", "/speakers", "/facts"}) {
            browser.open(base + page);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(page)
                    .isTrue();
        }
    }

    @Test
    void speakersPageListsEveryoneQuotedAndTheirQuotes() {
        JsonNode speakers = server.get("/v1/speakers").json().get("items");
        browser.open(base + "/speakers");
        List<String> names = browser.all("tbody tr td:first-child").stream()
                .map(WebElement::getText)
                .toList();
        List<String> expected = new ArrayList<>();
        speakers.forEach(s -> expected.add(s.get("speaker").asText()));
        assertThat(names).isEqualTo(expected).isNotEmpty();
        browser.screenshot("reader-speakers");

        browser.find("tbody tr td a").click();
        browser.until(d -> d.getCurrentUrl().contains("speaker="));
        browser.waitForReader();
        JsonNode quotes =
                server.get(speakers.get(0).get("link").asText()).json().get("items");
        assertThat(browser.all(".results blockquote")).hasSize(quotes.size());

        // each quote links to its place in the article: a shareable address that focuses it
        JsonNode last = quotes.get(quotes.size() - 1);
        List<WebElement> links = browser.all(".results .meta a");
        links.get(links.size() - 1).click();
        String anchor =
                "quote-" + last.get("start").asInt() + "-" + last.get("end").asInt();
        browser.until(d ->
                d.getCurrentUrl().endsWith("/articles/" + last.get("articleId").asText() + "#" + anchor));
        browser.waitForReader();
        browser.until(d -> anchor.equals(browser.script("return document.activeElement.id")));
        assertThat(browser.find("#" + anchor).getAttribute("data-kind")).isEqualTo("quote");
    }

    @Test
    void factsExplorerFiltersAcrossArticlesByTypeAndValue() {
        JsonNode troops =
                server.get("/v1/facts?type=troop_count&min=1000").json().get("items");
        browser.open(base + "/facts?type=troop_count&min=1000");
        List<String> texts = browser.all("tbody tr td:nth-child(2)").stream()
                .map(WebElement::getText)
                .toList();
        List<String> expected = new ArrayList<>();
        troops.forEach(f -> expected.add(f.get("text").asText()));
        assertThat(texts).isEqualTo(expected).isNotEmpty();
        assertThat(browser.find("select[name=type]").getAttribute("value")).isEqualTo("troop_count");
        assertThat(browser.all("tbody tr td:nth-child(4)"))
                .extracting(WebElement::getText)
                .contains(article(storyId).get("title").asText());

        browser.open(base + "/facts?type=troop_count");
        List<Long> values = new ArrayList<>();
        server.get("/v1/facts?type=troop_count")
                .json()
                .get("items")
                .forEach(f -> values.add(f.get("quantity").get("value").asLong()));
        assertThat(values).hasSizeGreaterThan(2);
        browser.find("th button.sort").click();
        assertThat(shownValues()).isEqualTo(values.stream().sorted().toList());
        browser.find("th button.sort").click();
        assertThat(shownValues())
                .isEqualTo(values.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        assertThat(browser.find("th[aria-sort=descending]").getText()).startsWith("Value");
        browser.screenshot("reader-facts");
    }

    private static List<Long> shownValues() {
        return browser.all("tbody tr td:nth-child(3)").stream()
                .map(td -> Long.parseLong(td.getText().replaceAll("[^0-9]", "")))
                .toList();
    }

    @Test
    void docsRendersEveryPathAndTryItOutAnswers200FromThisServer() {
        browser.open(base + "/docs");
        browser.until(d -> !browser.all(".opblock").isEmpty());
        Set<String> shown = new HashSet<>();
        browser.all(".opblock-summary-path").forEach(p -> shown.add(p.getAttribute("data-path")));
        assertThat(shown).isEqualTo(new OpenApiContract().api().getPaths().keySet());
        browser.screenshot("docs");

        // an operation with parameters and a highlighted example, drawn under the page's strict policy
        WebElement list = browser.find("#operations-articles-listArticles");
        list.findElement(org.openqa.selenium.By.cssSelector(".opblock-summary-control"))
                .click();
        browser.until(d -> !list.findElements(org.openqa.selenium.By.cssSelector(".parameters"))
                .isEmpty());

        WebElement health = browser.find("#operations-service-getHealth");
        health.findElement(org.openqa.selenium.By.cssSelector(".opblock-summary-control"))
                .click();
        browser.until(d -> !health.findElements(org.openqa.selenium.By.cssSelector(".try-out__btn"))
                .isEmpty());
        health.findElement(org.openqa.selenium.By.cssSelector(".try-out__btn")).click();
        health.findElement(org.openqa.selenium.By.cssSelector(".execute")).click();
        browser.until(d -> !health.findElements(
                        org.openqa.selenium.By.cssSelector(".live-responses-table tbody .response-col_status"))
                .isEmpty());
        assertThat(health.findElement(
                                org.openqa.selenium.By.cssSelector(".live-responses-table tbody .response-col_status"))
                        .getText())
                .startsWith("200");
        assertThat(health.findElement(org.openqa.selenium.By.cssSelector(".request-url"))
                        .getText())
                .endsWith(base + "/health");
        browser.script(
                "arguments[0].scrollIntoView({block: 'center'})",
                health.findElement(org.openqa.selenium.By.cssSelector(".live-responses-table")));
        browser.screenshot("docs-try-it-out");
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>) browser.script("return performance.getEntriesByType('resource').map((e) => e.name)");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
    }

    private static List<String> titles() {
        return browser.all(".results .card h2").stream()
                .map(WebElement::getText)
                .toList();
    }

    private static JsonNode article(String id) {
        return server.get("/v1/articles/" + id).json();
    }

    private static List<String> kinds(JsonNode article) {
        List<String> kinds = new ArrayList<>();
        if (!article.get("quotes").isEmpty()) {
            kinds.add("quote");
        }
        article.get("facts").forEach(f -> {
            if (!kinds.contains(f.get("type").asText())) {
                kinds.add(f.get("type").asText());
            }
        });
        return kinds;
    }

    private static String key(String kind, JsonNode item) {
        return kind + "|" + item.get("start").asInt() + "|" + item.get("end").asInt();
    }

    private static int start(String key) {
        return Integer.parseInt(key.split("\\|")[1]);
    }

    private static int end(String key) {
        return Integer.parseInt(key.split("\\|")[2]);
    }

    private static String selector(String kind, JsonNode item) {
        return ".article-body [data-kind=\"" + kind + "\"][data-start=\""
                + item.get("start").asInt() + "\"][data-end=\""
                + item.get("end").asInt() + "\"]";
    }
}
