package io.factwire.change;

import java.util.List;

/** The change feed: created, updated and deleted articles in the order the writes committed. */
public final class ChangeService {
    private final ChangeDao changes;

    public ChangeService(ChangeDao changes) {
        this.changes = changes;
    }

    /** The sequence of the newest event; it moves on every write, whichever process made it. */
    public long latestSequence() {
        return changes.latestSequence();
    }

    /** Up to {@code limit} events after sequence {@code since}. */
    public ChangePage after(long since, int limit) {
        List<Change> rows = changes.after(since, limit + 1);
        boolean more = rows.size() > limit;
        List<Change> page = more ? rows.subList(0, limit) : rows;
        long last = page.isEmpty() ? since : page.get(page.size() - 1).sequence();
        return new ChangePage(page.stream().map(ChangePage.ChangeView::of).toList(), last, more);
    }
}
