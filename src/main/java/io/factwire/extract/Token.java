package io.factwire.extract;

import java.util.Locale;

/** A word of the body at {@code [start,end)}. Its lower-case form is made once: every stage asks for it. */
final class Token implements Spanned {
    private final String text;
    private final String lower;
    private final int start;
    private final int end;

    Token(String text, int start, int end) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.start = start;
        this.end = end;
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return end;
    }

    /**
     * Whether the word starts with a capital, or is a name behind an Arabic article written in lower case
     * ("al-Tarnawi", "el-Osk"), which stands inside names as a capitalised word does.
     */
    boolean capitalized() {
        // Asked of every word by several stages: answered once (a benign race: every thread computes the same).
        if (capitalized == 0) {
            capitalized = isCapitalized() ? YES : NO;
        }
        return capitalized == YES;
    }

    private static final byte YES = 1;
    private static final byte NO = 2;
    /** 0 until {@link #capitalized()} is first asked. */
    private byte capitalized;

    private boolean isCapitalized() {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(0))) {
            return true;
        }
        int hyphen = text.indexOf('-');
        return hyphen >= 2
                && hyphen <= 3
                && hyphen + 1 < text.length()
                && Character.isUpperCase(text.charAt(hyphen + 1))
                && ARTICLES.contains(text.substring(0, hyphen));
    }

    /** Arabic articles written before a name with a hyphen. */
    private static final java.util.Set<String> ARTICLES =
            java.util.Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul");

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return text.length() >= 2 && letter;
    }

    @Override
    public String toString() {
        return text + "[" + start + "," + end + ")";
    }
}
