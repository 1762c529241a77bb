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

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

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
