package io.factwire.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters a match of a regular expression can open with, read from the expression's text, for patterns
 * compiled case-insensitively with Unicode case ({@code CASE_INSENSITIVE | UNICODE_CASE}): each as
 * {@link #fold(char)} gives it. Knows literals, escaped literals, groups with alternatives, and quantifiers; anything
 * else (classes, {@code .}, {@code \s}, look-arounds, flags, anchors) may open with any character. A match can open
 * with a character {@code c} only if {@code c} or its fold is in the set.
 */
final class FirstChars {
    private final String regex;
    private int at;

    private FirstChars(String regex) {
        this.regex = regex;
    }

    /** Case folding as the regex engine compares characters under Unicode case. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The folded characters a match of {@code regex} opens with, or null when it may open with any or none. */
    static Set<Character> of(String regex) {
        FirstChars parser = new FirstChars(regex);
        try {
            Result result = parser.alternation();
            if (parser.at != regex.length() || result.any() || result.nullable()) {
                return null;
            }
            return result.chars();
        } catch (IndexOutOfBoundsException unreadable) {
            return null;
        }
    }

    /** What a part of the expression opens with: characters, or any; and whether it may match nothing. */
    private record Result(Set<Character> chars, boolean any, boolean nullable) {
        static final Result ANY = new Result(Set.of(), true, false);

        static Result of(char c) {
            Set<Character> chars = new HashSet<>();
            chars.add(fold(c));
            return new Result(chars, false, false);
        }
    }

    private Result alternation() {
        Set<Character> chars = new HashSet<>();
        boolean any = false;
        boolean nullable = false;
        while (true) {
            Result r = sequence();
            chars.addAll(r.chars());
            any |= r.any();
            nullable |= r.nullable();
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return new Result(chars, any, nullable);
        }
    }

    private Result sequence() {
        Set<Character> chars = new HashSet<>();
        boolean any = false;
        boolean nullable = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Result item = item();
            if (nullable) {
                chars.addAll(item.chars());
                any |= item.any();
                nullable = item.nullable();
            }
        }
        return new Result(chars, any, nullable);
    }

    private Result item() {
        Result atom = atom();
        if (at < regex.length()) {
            char q = regex.charAt(at);
            boolean optional = false;
            if (q == '?' || q == '*') {
                at++;
                optional = true;
            } else if (q == '+') {
                at++;
            } else if (q == '{') {
                int close = regex.indexOf('}', at);
                String bounds = regex.substring(at + 1, close);
                optional = bounds.startsWith("0");
                at = close + 1;
            } else {
                return atom;
            }
            // Lazy or possessive.
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            if (optional) {
                return new Result(atom.chars(), atom.any(), true);
            }
        }
        return atom;
    }

    private Result atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(' -> {
                at++;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?<", at) && Character.isLetter(regex.charAt(at + 2))) {
                    at = regex.indexOf('>', at) + 1;
                } else if (regex.charAt(at) == '?') {
                    // Look-arounds, flags: read past, open with anything.
                    skipGroup();
                    return Result.ANY;
                }
                Result inner = alternation();
                at++; // ')'
                return inner;
            }
            case '[' -> {
                skipClass();
                return Result.ANY;
            }
            case '\\' -> {
                char e = regex.charAt(at + 1);
                at += 2;
                if (Character.isLetterOrDigit(e)) {
                    if (e == 'p' || e == 'P') {
                        if (regex.charAt(at) == '{') {
                            at = regex.indexOf('}', at) + 1;
                        } else {
                            at++;
                        }
                    } else if (e == 'u' || e == 'x' || e == 'Q' || e == 'k' || e == 'N') {
                        throw new IndexOutOfBoundsException("not read: \\" + e);
                    }
                    return Result.ANY;
                }
                return Result.of(e);
            }
            case '.', '^', '$' -> {
                at++;
                return Result.ANY;
            }
            default -> {
                at++;
                if (Character.isSurrogate(c)) {
                    throw new IndexOutOfBoundsException("not read: a surrogate");
                }
                return Result.of(c);
            }
        }
    }

    private void skipGroup() {
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                at--;
                skipClass();
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
    }

    private void skipClass() {
        at++; // '['
        if (regex.charAt(at) == '^') {
            at++;
        }
        if (regex.charAt(at) == ']') {
            at++;
        }
        int depth = 1;
        while (depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }
}
