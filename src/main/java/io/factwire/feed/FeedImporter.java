package io.factwire.feed;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleInput;
import io.factwire.article.ArticleService;
import io.factwire.article.ArticleService.Ingested;
import io.factwire.page.NoArticleException;
import io.factwire.page.Page;
import io.factwire.page.PageMetadata;
import io.factwire.page.PageReader;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Stores each item of a feed as an article: its content HTML (else its description) read as the article's
 * text, with the item's title, link, dates, authors and categories, and the feed's title as the source. One bad
 * item fails alone; the answer says what became of each.
 */
public final class FeedImporter {
    /** What became of one item: {@code created}, {@code exists} (the same text was stored) or {@code failed}. */
    public record ItemOutcome(int index, String title, String url, String outcome, String id, String error) {}

    /** Every item's outcome, in feed order, with the counts. */
    public record FeedOutcome(List<ItemOutcome> items, int created, int exists, int failed) {}

    private final ArticleService articles;
    private final ArticleInput input;
    private final FeedReader feeds = new FeedReader();
    private final PageReader pages = new PageReader();

    public FeedImporter(ArticleService articles, ArticleInput input) {
        this.articles = articles;
        this.input = input;
    }

    /** Reads and stores a feed; a feed that cannot be read or is refused is an {@link InvalidInputException}. */
    public FeedOutcome importFeed(byte[] bytes) {
        Feed feed;
        try {
            feed = feeds.read(bytes);
        } catch (FeedException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
        List<ItemOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int exists = 0;
        int failed = 0;
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String title =
                    item.title() == null ? null : Jsoup.parse(item.title()).text();
            try {
                Page page = pages.readFragment(
                        item.html(),
                        item.url(),
                        new PageMetadata(
                                title,
                                item.authors(),
                                item.publishedAt(),
                                item.modifiedAt(),
                                item.url(),
                                feed.title(),
                                feed.lang(),
                                item.summary() == null
                                        ? null
                                        : Jsoup.parse(item.summary()).text(),
                                item.image(),
                                item.tags()));
                Ingested ingested = articles.ingest(input.fromPage(page));
                outcomes.add(new ItemOutcome(
                        i,
                        page.title(),
                        item.url(),
                        ingested.created() ? "created" : "exists",
                        ingested.article().id(),
                        null));
                if (ingested.created()) {
                    created++;
                } else {
                    exists++;
                }
            } catch (NoArticleException | InvalidInputException e) {
                outcomes.add(new ItemOutcome(i, title, item.url(), "failed", null, e.getMessage()));
                failed++;
            }
        }
        return new FeedOutcome(outcomes, created, exists, failed);
    }
}
