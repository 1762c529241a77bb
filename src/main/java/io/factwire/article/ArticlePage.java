package io.factwire.article;

import java.util.List;

/** One page of the article listing; {@code next} is the opaque cursor of the following page, or null. */
public record ArticlePage(List<ArticleSummary> items, String next) {}
