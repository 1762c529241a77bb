package io.factwire.extract;

/**
 * A person, place or organisation found in the body, and the name of the typing rule that decided it
 * ("entity.person-title"): the provenance served with the fact, so the fact carries the same name.
 */
record EntityMention(Fact fact, String rule) {
    EntityMention {
        if (rule != null && !rule.equals(fact.rule())) {
            fact = fact.withRule(rule);
        }
    }
}
