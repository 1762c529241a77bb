package io.factwire.web;

import io.javalin.http.Context;

/** Builds one {@code Vary} header from the parts that each add a request header the answer depends on. */
final class Vary {
    private Vary() {}

    static void add(Context ctx, String requestHeader) {
        String current = ctx.res().getHeader("Vary");
        ctx.header("Vary", current == null || current.isEmpty() ? requestHeader : current + ", " + requestHeader);
    }
}
