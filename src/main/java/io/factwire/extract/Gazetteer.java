package io.factwire.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Known places and news outlets, looked up by the exact words of a name. */
final class Gazetteer {
    private final Set<String> places = new HashSet<>();
    private final Map<String, String> outlets = new HashMap<>();
    /** Aliases the list writes in lower case; they match only as written. */
    private final Set<String> lowerCaseAliases = new HashSet<>();

    private final int longestPlace;

    Gazetteer(Lexicon lexicon) {
        places.addAll(lexicon.lines("countries"));
        places.addAll(lexicon.lines("places"));
        longestPlace = places.stream().mapToInt(String::length).max().orElse(0);
        for (String line : lexicon.lines("news-agencies")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                outlets.put(name.toLowerCase(Locale.ROOT), names[0]);
                if (name.equals(name.toLowerCase(Locale.ROOT))) {
                    lowerCaseAliases.add(name);
                }
            }
        }
    }

    /** No place name is longer: a longer run of words need not be joined to be looked up. */
    int longestPlace() {
        return longestPlace;
    }

    boolean isPlace(String name) {
        return places.contains(name);
    }

    /** The canonical short name of a news outlet ("Associated Press" gives "AP"). */
    Optional<String> outlet(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        String canonical = outlets.get(key);
        if (canonical == null) {
            return Optional.empty();
        }
        // Short names must be written as the list writes them: in capitals, or in lower case where the list
        // gives a lower-case alias (an agency styled "xyz"), so "Xyz" at the start of a sentence is no outlet.
        String written = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        boolean caseMatters = name.length() <= 4
                && !name.equals(name.toUpperCase(Locale.ROOT))
                && !lowerCaseAliases.contains(written);
        return caseMatters ? Optional.empty() : Optional.of(canonical);
    }
}
