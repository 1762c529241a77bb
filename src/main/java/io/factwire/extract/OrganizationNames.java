package io.factwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives organisations the full names the article used for them, for short mentions and for acronyms. */
final class OrganizationNames {
    private static final Pattern ACRONYM_AFTER = Pattern.compile(" \\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7})\\)");

    private OrganizationNames() {}

    /** "Office of Public Safety Reports (OPSR)": the acronym, there and later, names the organisation in full. */
    static List<EntityMention> withAcronymsExpanded(String body, List<EntityMention> mentions) {
        Map<String, String> acronyms = new HashMap<>();
        for (EntityMention mention : mentions) {
            Fact f = mention.fact();
            if (f.type() == FactType.ORGANIZATION && f.text().contains(" ")) {
                Matcher m = ACRONYM_AFTER.matcher(body).region(f.end(), body.length());
                if (m.lookingAt()) {
                    acronyms.putIfAbsent(m.group(1), f.name());
                }
            }
        }
        if (acronyms.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            Fact f = mention.fact();
            String full = f.type() == FactType.ORGANIZATION ? acronyms.get(f.text()) : null;
            out.add(full == null ? mention : renamed(mention, full));
        }
        return out;
    }

    /** "the Directorate" names the "Directorate of Coastal Defence of Velmor" that the article gave in full. */
    static List<EntityMention> withFullNames(List<EntityMention> mentions, Set<String> organizations) {
        // The longest name that goes on from a short one (the first of them when several are as long), kept per
        // short name; only names sharing its prefix are looked at, found in sorted order.
        java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>();
        int order = 0;
        for (String org : organizations) {
            sorted.putIfAbsent(org, order++);
        }
        Map<String, String> fullByName = new HashMap<>();
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            Fact f = mention.fact();
            String full = f.name();
            if (f.type() == FactType.ORGANIZATION) {
                full = fullByName.computeIfAbsent(f.name(), name -> {
                    String prefix = name + " ";
                    String best = name;
                    int bestOrder = Integer.MAX_VALUE;
                    for (Map.Entry<String, Integer> e :
                            sorted.tailMap(prefix, true).entrySet()) {
                        String org = e.getKey();
                        if (!org.startsWith(prefix)) {
                            break;
                        }
                        if (org.length() > best.length() || org.length() == best.length() && e.getValue() < bestOrder) {
                            best = org;
                            bestOrder = e.getValue();
                        }
                    }
                    return best;
                });
            }
            out.add(full.equals(f.name()) ? mention : renamed(mention, full));
        }
        return out;
    }

    /** The same mention under the organisation's full name; the rule that found it stays. */
    private static EntityMention renamed(EntityMention mention, String full) {
        Fact f = mention.fact();
        return new EntityMention(
                new Fact(f.type(), f.text(), f.start(), f.end(), null, null, full, f.section()), mention.rule());
    }
}
