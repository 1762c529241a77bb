package io.factwire.extract;

/**
 * A person, place or organisation found in the body, and the name of the typing rule that decided it
 * ("entity.person-title"): the provenance served with the fact.
 */
record EntityMention(Fact fact, String rule) {
}
