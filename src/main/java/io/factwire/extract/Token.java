package io.factwire.extract;

/** A word of the body at {@code [start,end)}. */
record Token(String text, int start, int end) {
    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        return text.length() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().anyMatch(Character::isLetter);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
