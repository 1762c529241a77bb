package io.factwire.article;

/** A part of an article with the article's {@code updatedAt}, which is when the part last changed too. */
public record Dated<T>(T value, String updatedAt) {}
