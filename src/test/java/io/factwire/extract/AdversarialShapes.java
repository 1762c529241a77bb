package io.factwire.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Texts made to find super-linear work: each shape repeats a unit up to a given length. The units are invented
 * and general (marks, digits, capitalised words), no article's text.
 */
final class AdversarialShapes {
    private AdversarialShapes() {}

    static Map<String, IntFunction<String>> all() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("curly pairs and straight singles", n -> "T\n\n" + repeat("“a” 'b c' ", n));
        shapes.put("every quote mark alternating with apostrophes", n -> "T\n\n" + repeat("“'”'\"'„'«'»'‘'’'‹'›' ", n));
        shapes.put(
                "every quote mark between letters, no spaces", n -> "T\n\n" + repeat("“a'”b'\"c'„d'«e'»f'‘g'’h'", n));
        shapes.put("single-quoted phrases and possessives", n -> "T\n\n" + repeat("'a b' ‘c d’ x's ", n));
        shapes.put("openers never closed", n -> "T\n\n" + repeat("“a b ", n));
        shapes.put("no spaces", n -> "T\n\n" + repeat("abcDefGhi.", n));
        shapes.put("only digits and commas", n -> "T\n\n" + repeat("1,234,567,", n));
        shapes.put("one-word lines", n -> "T\n\n" + repeat("Word\n", n));
        shapes.put("one-word sentences, one a line", n -> "T\n\n" + repeat("Word.\n", n));
        shapes.put("one-word paragraphs", n -> "T\n\n" + repeat("Signal.\n\n", n));
        shapes.put("capitalised words", n -> "T\n\n" + repeat("Alpha Beta Gamma Delta ", n));
        shapes.put("common capitalised words", n -> "T\n\n" + repeat("The During The After ", n));
        shapes.put(
                "said quotations with names",
                n -> "T\n\n" + repeat("“Go,” said Anna Berg. The minister said: “Stop.” He said ", n));
        shapes.put(
                "roles without names",
                n -> "T\n\nMinister Ilse Varga spoke. " + repeat("“No,” the minister said, the official said. ", n));
        shapes.put(
                "one long paragraph",
                n -> "T\n\n"
                        + repeat(
                                "About 300 soldiers of the 22nd Infantry Division were sent on Friday, "
                                        + "March 3, 2026, Kim said. \"We will win,\" he told Reuters, according to Yonhap. ",
                                n));
        shapes.put(
                "relative dates and durations",
                n -> "T\n\n" + repeat("two years ago last week in 2024 for four months ", n));
        shapes.put("units with one acronym", n -> "T\n\n" + repeat("the 1st Alpha Brigade (AB) and AB ", n));
        shapes.put(
                "related markers",
                n -> "T\n\nA long enough opening paragraph of the article with words.\n\n" + repeat("Related\n\n", n));
        shapes.put("dashes after quotations", n -> "T\n\n" + repeat("“a” — — — — — — — — ", n));
        return shapes;
    }

    static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
