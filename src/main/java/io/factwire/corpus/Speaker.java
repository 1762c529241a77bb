package io.factwire.corpus;

/** A speaker with how often and in how many articles they are quoted. */
public record Speaker(String speaker, int quotes, int articles) {}
