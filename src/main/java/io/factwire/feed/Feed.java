package io.factwire.feed;

import java.util.List;

/** A feed: its title (the outlet's name), language when it gives one, and its items in order. */
public record Feed(String title, String lang, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(items);
    }
}
