package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops site furniture (comment forms, share prompts, related-link lists, newsletter prompts, copyright and
 * credit lines) from an article's paragraphs, by the general patterns in {@code lexicon/boilerplate.txt}.
 */
final class BoilerplateFilter {
    /** Site furniture is a line or two; longer paragraphs are article text and are not matched at all. */
    private static final int MAX_FURNITURE_CHARS = 200;

    private static final int TAIL_MARKER_WORDS = 4;
    private static final int LINKED_HEADLINE_WORDS = 16;
    private static final int TAIL_LINE_WORDS = 15;
    private static final int ARTICLE_PARAGRAPH_WORDS = 30;
    private static final Pattern LINK_LIST_START = Pattern.compile("(?i)list of \\d+ items");
    private static final Pattern LINK_LIST_END = Pattern.compile("(?i)end of list");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private final Furniture anywhere;
    private final Furniture tailMarkers;

    BoilerplateFilter(Lexicon lexicon) {
        List<String> anywhereLines = new ArrayList<>();
        List<String> tailLines = new ArrayList<>();
        for (String line : lexicon.lines("boilerplate")) {
            if (line.startsWith("tail:")) {
                tailLines.add(line.substring(5));
            } else {
                anywhereLines.add(line);
            }
        }
        anywhere = Furniture.of(anywhereLines);
        tailMarkers = Furniture.of(tailLines);
    }

    /**
     * The patterns of one kind. Those that start at the paragraph's start are one alternation, matched once. Those
     * that may start anywhere ({@code .*words…}, {@code .{2,40} words…}) try every position, so each is tried only
     * when the paragraph contains one of the words its match must contain.
     */
    private record Furniture(
            Pattern anchored,
            java.util.Map<Character, Pattern> anchoredByFirst,
            Pattern anchoredAnyFirst,
            List<Pattern> floating,
            List<List<String>> required) {
        static Furniture of(List<String> lines) {
            List<String> anchored = new ArrayList<>();
            List<Pattern> floating = new ArrayList<>();
            List<List<String>> required = new ArrayList<>();
            for (String line : lines) {
                List<String> words = requiredWords(line);
                if (words == null) {
                    anchored.add("(?:" + line + ")");
                } else {
                    floating.add(Pattern.compile(line, FLAGS));
                    required.add(words);
                }
            }
            // One alternation: a paragraph is matched once, not once per pattern. Split by the character each
            // alternative can open with, so a paragraph is matched against the alternatives its first character
            // can open (and those that may open with any), not against all of them.
            java.util.Map<Character, List<String>> byFirst = new java.util.HashMap<>();
            List<String> anyFirst = new ArrayList<>();
            for (String alternative : anchored) {
                java.util.Set<Character> first = FirstChars.of(alternative);
                if (first == null) {
                    anyFirst.add(alternative);
                } else {
                    first.forEach(c ->
                            byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(alternative));
                }
            }
            java.util.Map<Character, Pattern> anchoredByFirst = new java.util.HashMap<>();
            byFirst.forEach((c, alternatives) -> {
                List<String> all = new ArrayList<>(alternatives);
                all.addAll(anyFirst);
                anchoredByFirst.put(c, Pattern.compile(String.join("|", all), FLAGS));
            });
            return new Furniture(
                    Pattern.compile(String.join("|", anchored), FLAGS),
                    java.util.Map.copyOf(anchoredByFirst),
                    anyFirst.isEmpty() ? null : Pattern.compile(String.join("|", anyFirst), FLAGS),
                    List.copyOf(floating),
                    List.copyOf(required));
        }

        /**
         * Whether the whole text matches one of the anchored alternatives: as {@code anchored} would answer, asking
         * only the alternatives that can open with the text's first character.
         */
        boolean anchoredMatches(String text) {
            if (text.isEmpty() || Character.isSurrogate(text.charAt(0))) {
                return anchored.matcher(text).matches();
            }
            char first = text.charAt(0);
            char folded = FirstChars.fold(first);
            Pattern exact = anchoredByFirst.get(first);
            Pattern byFold = folded == first ? null : anchoredByFirst.get(folded);
            if (exact == null && byFold == null) {
                return anchoredAnyFirst != null
                        && anchoredAnyFirst.matcher(text).matches();
            }
            return exact != null && exact.matcher(text).matches()
                    || byFold != null && byFold.matcher(text).matches();
        }

        boolean matches(String text) {
            if (anchoredMatches(text)) {
                return true;
            }
            String folded = null;
            for (int i = 0; i < floating.size(); i++) {
                if (folded == null) {
                    folded = fold(text);
                }
                if (containsAny(folded, required.get(i))
                        && floating.get(i).matcher(text).matches()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsAny(String folded, List<String> words) {
            for (String word : words) {
                if (folded.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * For a pattern that opens with {@code .*} or {@code .{m,n}}: the literal words one of which its match must
     * contain (the literal start of what follows, or of each alternative of the group that follows), case-folded;
     * null for any other pattern, or when some alternative opens with no literal.
     */
    static List<String> requiredWords(String regex) {
        int i;
        if (regex.startsWith(".*")) {
            i = 2;
        } else if (regex.startsWith(".{") && regex.indexOf('}') > 0) {
            i = regex.indexOf('}') + 1;
        } else {
            return null;
        }
        if (regex.startsWith("\\b", i)) {
            i += 2;
        }
        List<String> alternatives = new ArrayList<>();
        if (i < regex.length() && regex.charAt(i) == '(' && !regex.startsWith("(?", i)) {
            int depth = 0;
            int from = i + 1;
            for (int k = i; k < regex.length(); k++) {
                char c = regex.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    alternatives.add(regex.substring(from, k));
                    break;
                } else if (c == '|' && depth == 1) {
                    alternatives.add(regex.substring(from, k));
                    from = k + 1;
                }
            }
            if (alternatives.isEmpty()) {
                return null;
            }
        } else {
            alternatives.add(regex.substring(i));
        }
        List<String> words = new ArrayList<>();
        for (String alternative : alternatives) {
            String literal = literalStart(alternative);
            if (literal.isEmpty()) {
                return null;
            }
            words.add(fold(literal));
        }
        return words;
    }

    /** The characters a pattern opens with that match only themselves, less one a quantifier may drop. */
    private static String literalStart(String regex) {
        int end = 0;
        while (end < regex.length() && "\\()[]{}.*+?|^$".indexOf(regex.charAt(end)) < 0) {
            end++;
        }
        if (end < regex.length() && "?*{+".indexOf(regex.charAt(end)) >= 0) {
            end = Math.max(0, end - 1);
        }
        return regex.substring(0, end);
    }

    /** Case folding as the regex engine compares characters under CASE_INSENSITIVE and UNICODE_CASE. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** The paragraphs that belong to the article, in order. */
    List<String> keepArticle(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        boolean inLinkList = false;
        // The last paragraph that reads like article text, found once: every marker asks what follows it.
        int lastArticleParagraph = -1;
        for (int k = 0; k < paragraphs.size(); k++) {
            if (Words.count(paragraphs.get(k)) > ARTICLE_PARAGRAPH_WORDS) {
                lastArticleParagraph = k;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            String probe = paragraph.strip();
            // An inline list of links ("list of 3 items" … "end of list") is furniture from start to end.
            if (LINK_LIST_START.matcher(probe).matches()) {
                inLinkList = true;
            }
            if (inLinkList) {
                inLinkList = !LINK_LIST_END.matcher(probe).matches();
                continue;
            }
            // A bare marker ("Related", "Leave a Reply", "Comments (4)") in the second half starts the page's tail;
            // one with a link after it ("READ MORE: …") is a single line of furniture.
            boolean tail = matchesAny(tailMarkers, probe);
            boolean bareMarker = tail && Words.count(probe) <= TAIL_MARKER_WORDS;
            if (bareMarker && i >= paragraphs.size() / 2 && lastArticleParagraph <= i) {
                break;
            }
            if (bareMarker) {
                // "RELATED ARTICLE" mid-article: the headline links under it go with it.
                while (i + 1 < paragraphs.size()
                        && looksLikeLinkedHeadline(paragraphs.get(i + 1).strip())) {
                    i++;
                }
                continue;
            }
            if (!tail && !matchesAny(anywhere, probe)) {
                kept.add(paragraph);
            }
        }
        dropTrailingFurniture(kept);
        return kept;
    }

    /**
     * The page's tail after the last paragraph of the article: short lines that are not sentences (author names,
     * tags, link lists, credits). A paragraph ending a sentence, or a quotation, ends the article.
     */
    private static void dropTrailingFurniture(List<String> kept) {
        while (kept.size() > 1) {
            String last = kept.get(kept.size() - 1).strip();
            boolean sentence = !last.isEmpty() && ".!?\"”’…。！？」』".indexOf(last.charAt(last.length() - 1)) >= 0;
            if (sentence || Words.count(last) > TAIL_LINE_WORDS) {
                return;
            }
            kept.remove(kept.size() - 1);
        }
    }

    /** A headline in a list of links: short, and not a sentence. */
    private static boolean looksLikeLinkedHeadline(String text) {
        return !text.isEmpty()
                && Words.count(text) <= LINKED_HEADLINE_WORDS
                && ".!?:\"”。！？」』".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static boolean matchesAny(Furniture furniture, String text) {
        return text.length() <= MAX_FURNITURE_CHARS && furniture.matches(text);
    }
}
