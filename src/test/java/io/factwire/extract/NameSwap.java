package io.factwire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Swaps every person and place of an article, in its text and in its gold, for invented names of the same shape,
 * so that a test can ask whether the extractor finds names that no list of its holds.
 *
 * <p>The words to swap are the capitalised words of the gold's person and place names (facts of those types, by
 * {@code name} and {@code text}). Each word gets one invented word, the same for every article and every mention,
 * so a surname alone, a possessive or an upper-case dateline still refers to the same invented person or place.
 * Invented words keep the length, the capitalisation and the first letter's kind (vowel or consonant) of the word
 * they replace; place words of six letters or more also keep their last two letters, the usual carrier of a place
 * name's morphology ("-ka", "-ia", "-sk"). Generic words that name no one (North, River, Lake, titles, month names,
 * the cue words and demonyms of the lexicon) and words any test article writes in lower case are left alone.
 *
 * <p>The generator is a {@link Random} with a fixed seed over the words in sorted order, so every run swaps the same
 * way. An invented word is never a word of any resource of the extractor (lexicon lists, gazetteer, plain or
 * gzipped), never a word of any test article, and never given twice.
 */
final class NameSwap {
    static final long SEED = 14L;
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern URL = Pattern.compile("\\S*(?:://|www\\.)\\S*");
    private static final String CONSONANTS = "bdfgklmnprstvzh";
    private static final String VOWELS = "aeiou";
    private static final String CODAS = "nrlsm";
    /** Lexicon lists whose words are cues or generic words, never names of their own. */
    private static final List<String> GENERIC_LISTS = List.of(
            "place-suffixes",
            "place-prefixes",
            "locative-words",
            "person-titles",
            "org-words",
            "common-capitalized",
            "months",
            "unit-words",
            "name-connectors",
            "demonyms");

    private static final Set<String> COMPASS_AND_QUALIFIERS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "upper",
            "lower",
            "new",
            "old",
            "great",
            "little",
            "saint",
            "st",
            "san",
            "santa",
            "greater",
            "republic",
            "democratic",
            "united",
            "kingdom",
            "states",
            "of",
            "the");

    private final Map<String, String> swaps;

    private NameSwap(Map<String, String> swaps) {
        this.swaps = swaps;
    }

    /**
     * A swap for the person and place words of all these golds. {@code vocabulary} is the text whose lower-case
     * words count as common words, never swapped; no invented word is a word of it either.
     */
    static NameSwap forGolds(List<JsonNode> golds, List<String> vocabulary) {
        Set<String> generic = new HashSet<>(COMPASS_AND_QUALIFIERS);
        for (String list : GENERIC_LISTS) {
            Lexicon.get().lines(list).forEach(line -> words(line).forEach(w -> generic.add(lower(w))));
        }
        // a word some article writes in lower case is a common word ("square", "school"), not a name; web
        // addresses do not count ("apnews.com/hub/russia-ukraine")
        for (String text : vocabulary) {
            words(URL.matcher(text).replaceAll(" ")).stream()
                    .filter(w -> Character.isLowerCase(w.codePointAt(0)))
                    .forEach(generic::add);
        }
        Set<String> placeWords = new TreeSet<>();
        Set<String> personWords = new TreeSet<>();
        for (JsonNode gold : golds) {
            for (JsonNode fact : gold.get("facts")) {
                String type = fact.get("type").asText();
                if (!type.equals("person") && !type.equals("place")) {
                    continue;
                }
                for (String field : List.of("name", "text")) {
                    for (String w : words(fact.path(field).asText(""))) {
                        if (Character.isUpperCase(w.codePointAt(0)) && w.length() > 1 && !generic.contains(lower(w))) {
                            (type.equals("place") ? placeWords : personWords).add(lower(w));
                        }
                    }
                }
            }
        }
        Set<String> taken = new HashSet<>(resourceWords());
        vocabulary.forEach(t -> words(t).forEach(w -> taken.add(lower(w))));
        Random random = new Random(SEED);
        Map<String, String> swaps = new LinkedHashMap<>();
        for (String w : placeWords) {
            swaps.put(w, invent(w, true, random, taken));
        }
        for (String w : personWords) {
            if (!swaps.containsKey(w)) { // a word naming both, like a town named after a person, is swapped once
                swaps.put(w, invent(w, false, random, taken));
            }
        }
        return new NameSwap(swaps);
    }

    /** Every invented word, lower case. */
    Set<String> inventedWords() {
        return Set.copyOf(swaps.values());
    }

    /** Original word (lower case) to invented word (lower case). */
    Map<String, String> swaps() {
        return Map.copyOf(swaps);
    }

    /** The text with every capitalised mention of a swapped word replaced. */
    String text(String text) {
        return replace(text);
    }

    /** A deep copy of the gold with every string swapped the same way as the text ({@code type}s kept). */
    JsonNode gold(JsonNode gold) {
        JsonNode copy = gold.deepCopy();
        swapStrings(copy);
        return copy;
    }

    private void swapStrings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("type") || e.getKey().equals("article")) {
                    continue;
                }
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(replace(e.getValue().textValue())));
                } else {
                    swapStrings(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(replace(array.get(i).textValue())));
                } else {
                    swapStrings(array.get(i));
                }
            }
        }
    }

    private String replace(String s) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String swap = swaps.get(lower(w));
            if (swap == null || !Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(sameCase(w, swap)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String sameCase(String original, String invented) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return invented.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(invented.charAt(0)) + invented.substring(1);
    }

    private static String invent(String word, boolean place, Random random, Set<String> taken) {
        int length = word.codePointCount(0, word.length());
        String ending = place && length >= 6 ? asciiEnding(word) : "";
        boolean startsWithVowel = VOWELS.indexOf(Character.toLowerCase(word.charAt(0))) >= 0;
        for (int attempt = 0; attempt < 2000; attempt++) {
            // the world gazetteer holds nearly every short syllable pair, so a short word may grow by a letter
            int grown = attempt < 1000 ? 0 : 1;
            StringBuilder sb = syllables(length + grown - ending.length(), startsWithVowel, random);
            if (!ending.isEmpty() && isVowel(sb.charAt(sb.length() - 1)) == isVowel(ending.charAt(0))) {
                String pool = isVowel(ending.charAt(0)) ? CONSONANTS : VOWELS;
                sb.setCharAt(sb.length() - 1, pool.charAt(random.nextInt(pool.length())));
            }
            String candidate = sb + ending;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no invented word for " + word);
    }

    /** Consonant-vowel syllables, a quarter of them closed by a soft consonant ("man", "tel"): never three consonants. */
    private static StringBuilder syllables(int length, boolean startWithVowel, Random random) {
        StringBuilder sb = new StringBuilder();
        boolean vowel = startWithVowel;
        while (sb.length() < length) {
            if (vowel) {
                sb.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
                if (sb.length() < length - 1 && random.nextInt(4) == 0) {
                    sb.append(CODAS.charAt(random.nextInt(CODAS.length())));
                }
            } else {
                sb.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            }
            vowel = !vowel;
        }
        return sb;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** The last two letters when they are plain ASCII letters, else nothing. */
    private static String asciiEnding(String word) {
        String end = lower(word.substring(word.length() - 2));
        return end.chars().allMatch(c -> c >= 'a' && c <= 'z') ? end : "";
    }

    /** Every word of every resource of the extractor, lower case; gzipped resources are read unzipped. */
    static Set<String> resourceWords() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            Set<String> out = new HashSet<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.toString().endsWith(".gz")) {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                        bytes = in.readAllBytes();
                    }
                }
                words(new String(bytes, StandardCharsets.UTF_8)).forEach(w -> out.add(lower(w)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> words(String s) {
        return WORD.matcher(s).results().map(r -> r.group()).collect(Collectors.toList());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
