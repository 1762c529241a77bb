package io.factwire.change;

/** One event of the change feed, as stored. */
public record Change(long sequence, String type, String articleId, int revision, String at) {}
