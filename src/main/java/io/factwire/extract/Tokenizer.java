package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text range with their offsets; a trailing full stop is not part of a word unless it has inner dots. */
final class Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}.]|['’\\-](?=[\\p{L}\\p{N}]))*['’]?");

    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+");

    List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (word.endsWith(".") && word.indexOf('.') == word.length() - 1) {
                end--;
            } else if (word.endsWith(".") && !INITIALS.matcher(word).matches()) {
                end--;
            }
            tokens.add(new Token(text.substring(start, end), start, end));
        }
        return tokens;
    }
}
