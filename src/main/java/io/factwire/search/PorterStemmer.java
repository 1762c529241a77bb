package io.factwire.search;

/**
 * Martin Porter's 1980 suffix-stripping algorithm, as the search index's {@code porter} tokenizer applies it to
 * a lower-cased token: a token shorter than 3 or longer than 64 UTF-8 bytes is left as it is. Only the
 * snippet marker uses it, to find in a text the words the index matched; HighlightParityTest checks it against
 * SQLite's own stems.
 */
final class PorterStemmer {
    private static final int MIN_BYTES = 3;
    private static final int MAX_BYTES = 64;

    private PorterStemmer() {}

    static String stem(String word) {
        int bytes = utf8Length(word);
        if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
            return word;
        }
        StringBuilder w = new StringBuilder(word);
        step1a(w);
        step1b(w);
        step1c(w);
        step2(w);
        step3(w);
        step4(w);
        step5(w);
        return w.toString();
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Whether position {@code i} of the first {@code n} characters is a consonant ('y' after a consonant is not). */
    private static boolean consonant(CharSequence w, int i) {
        return switch (w.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !consonant(w, i - 1);
            default -> true;
        };
    }

    /** Porter's m: the number of vowel-consonant sequences in the first {@code n} characters. */
    private static int measure(CharSequence w, int n) {
        int i = 0;
        while (i < n && consonant(w, i)) {
            i++;
        }
        int m = 0;
        while (i < n) {
            while (i < n && !consonant(w, i)) {
                i++;
            }
            if (i == n) {
                break;
            }
            while (i < n && consonant(w, i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private static boolean hasVowel(CharSequence w, int n) {
        for (int i = 0; i < n; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleConsonant(CharSequence w, int n) {
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
    }

    /** Consonant-vowel-consonant at the end of the first {@code n}, the last not w, x or y (Porter's *o). */
    private static boolean cvc(CharSequence w, int n) {
        if (n < 3 || !consonant(w, n - 1) || consonant(w, n - 2) || !consonant(w, n - 3)) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last != 'w' && last != 'x' && last != 'y';
    }

    private static boolean endsWith(StringBuilder w, String suffix) {
        int n = w.length();
        return n >= suffix.length() && w.indexOf(suffix, n - suffix.length()) == n - suffix.length();
    }

    private static void replaceEnd(StringBuilder w, int suffixLength, String replacement) {
        w.setLength(w.length() - suffixLength);
        w.append(replacement);
    }

    private static void step1a(StringBuilder w) {
        if (endsWith(w, "sses")) {
            replaceEnd(w, 4, "ss");
        } else if (endsWith(w, "ies")) {
            replaceEnd(w, 3, "i");
        } else if (!endsWith(w, "ss") && endsWith(w, "s")) {
            replaceEnd(w, 1, "");
        }
    }

    private static void step1b(StringBuilder w) {
        if (endsWith(w, "eed")) {
            if (measure(w, w.length() - 3) > 0) {
                replaceEnd(w, 3, "ee");
            }
            return;
        }
        int cut = endsWith(w, "ed") ? 2 : endsWith(w, "ing") ? 3 : 0;
        if (cut == 0 || !hasVowel(w, w.length() - cut)) {
            return;
        }
        replaceEnd(w, cut, "");
        if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
            w.append('e');
        } else if (doubleConsonant(w, w.length())) {
            char last = w.charAt(w.length() - 1);
            if (last != 'l' && last != 's' && last != 'z') {
                w.setLength(w.length() - 1);
            }
        } else if (measure(w, w.length()) == 1 && cvc(w, w.length())) {
            w.append('e');
        }
    }

    private static void step1c(StringBuilder w) {
        if (endsWith(w, "y") && hasVowel(w, w.length() - 1)) {
            w.setCharAt(w.length() - 1, 'i');
        }
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"},
        {"tional", "tion"},
        {"enci", "ence"},
        {"anci", "ance"},
        {"izer", "ize"},
        {"bli", "ble"},
        {"alli", "al"},
        {"entli", "ent"},
        {"eli", "e"},
        {"ousli", "ous"},
        {"ization", "ize"},
        {"ation", "ate"},
        {"ator", "ate"},
        {"alism", "al"},
        {"iveness", "ive"},
        {"fulness", "ful"},
        {"ousness", "ous"},
        {"aliti", "al"},
        {"iviti", "ive"},
        {"biliti", "ble"},
        {"logi", "log"}
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"
    };

    /** The longest suffix of the table that ends the word is replaced when m of what precedes it is above 0. */
    private static void replaceLongest(StringBuilder w, String[][] table) {
        String[] best = null;
        for (String[] rule : table) {
            if (endsWith(w, rule[0]) && (best == null || rule[0].length() > best[0].length())) {
                best = rule;
            }
        }
        if (best != null && measure(w, w.length() - best[0].length()) > 0) {
            replaceEnd(w, best[0].length(), best[1]);
        }
    }

    private static void step2(StringBuilder w) {
        replaceLongest(w, STEP2);
    }

    private static void step3(StringBuilder w) {
        replaceLongest(w, STEP3);
    }

    private static void step4(StringBuilder w) {
        String best = null;
        for (String suffix : STEP4) {
            if (endsWith(w, suffix) && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        if (best == null) {
            return;
        }
        int stem = w.length() - best.length();
        if (best.equals("ion") && (stem == 0 || (w.charAt(stem - 1) != 's' && w.charAt(stem - 1) != 't'))) {
            return;
        }
        if (measure(w, stem) > 1) {
            w.setLength(stem);
        }
    }

    private static void step5(StringBuilder w) {
        int n = w.length();
        if (endsWith(w, "e")) {
            int m = measure(w, n - 1);
            if (m > 1 || (m == 1 && !cvc(w, n - 1))) {
                w.setLength(n - 1);
            }
        }
        n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 'l' && w.charAt(n - 2) == 'l' && measure(w, n) > 1) {
            w.setLength(n - 1);
        }
    }
}
