package io.factwire.extract;

/** A paragraph or heading of the body as laid out: its span and whether it is a heading. */
record Block(int start, int end, boolean heading) implements Spanned {}
