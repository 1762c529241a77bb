package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners that replaced regular expressions give what the expressions gave. */
class HandWrittenScannersTest {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    @Test
    void splittingAtBlankLinesGivesWhatThePatternGives() {
        Random random = new Random(7);
        String alphabet = "ab \n\n\t\r\u000B\f.\u00a0";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(LayoutParser.splitAtBlankLines(s))
                    .as("split of %s", s.replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(BLANK_LINES.split(s)));
        }
    }

    @Test
    void aTextWithoutAFutureWordHasNoFutureCue() {
        Random random = new Random(11);
        String[] words = {
            "will",
            "Will",
            "WOULD",
            "is",
            "are",
            "was",
            "were",
            "due",
            "set",
            "to",
            "plans",
            "plan",
            "planned",
            "for",
            "expected",
            "expecting",
            "forecast",
            "ahead",
            "of",
            "upcoming",
            "next",
            "nextel",
            "willow",
            "said",
            "the",
            "2026",
            "x",
            "scheduled",
            "shall",
            "é",
            "_",
            "-",
            ",",
            "  "
        };
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]);
                text.append(random.nextInt(3) == 0 ? "" : " ");
            }
            String s = text.toString();
            if (DateFinder.FUTURE.matcher(s).find()) {
                assertThat(DateFinder.mayHoldFutureCue(s)).as(s).isTrue();
            }
        }
    }

    @Test
    void aPatternOpensOnlyWithTheCharactersFoundForIt() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String[] patterns = {
            "(©|copyright|\\(c\\)) .*",
            "(first )?(uploaded|published) on\\b.{0,60}",
            "advertisement",
            "(#[\\p{L} ]+\\s*)+",
            "\\S+@\\S+",
            "(name|email)\\s*\\*?",
            "k?elvin",
            "(?:a|b)+c",
            "x{0,2}y",
            "[ab]c",
            "(?=a)a",
            "a*"
        };
        Random random = new Random(5);
        String alphabet = "©(cCoOpPyYfFuUiIrRsStT aAnNmMdDeElLvVkK\u212A@#x*by";
        for (String regex : patterns) {
            Pattern pattern = Pattern.compile(regex, flags);
            java.util.Set<Character> first = FirstChars.of(regex);
            for (int round = 0; round < 5_000; round++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String s = text.toString();
                if (first != null && pattern.matcher(s).lookingAt()) {
                    char c = s.charAt(0);
                    assertThat(first.contains(c) || first.contains(FirstChars.fold(c)))
                            .as(regex + " on " + s)
                            .isTrue();
                }
            }
        }
        assertThat(FirstChars.of("(©|copyright|\\(c\\)) .*")).containsExactlyInAnyOrder('©', 'c', '(');
        assertThat(FirstChars.of("[ab]c")).isNull();
        assertThat(FirstChars.of("a*")).isNull();
    }
}
