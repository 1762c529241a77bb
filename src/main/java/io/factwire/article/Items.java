package io.factwire.article;

import java.util.List;

/** A list answer, {@code {"items":[…]}}; an object rather than a bare array so it can grow members. */
public record Items<T>(List<T> items) {}
