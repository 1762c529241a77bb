package io.factwire.feed;

import java.util.List;

/**
 * One item of a feed: its HTML ({@code content:encoded} / Atom {@code content} / JSON Feed {@code content_html},
 * else the description or summary) and its metadata. Dates as {@link io.factwire.page.Dates#normalize} gives them.
 */
public record FeedItem(
        String title,
        String html,
        String url,
        String publishedAt,
        String modifiedAt,
        List<String> authors,
        List<String> tags,
        String summary,
        String image) {
    public FeedItem {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
