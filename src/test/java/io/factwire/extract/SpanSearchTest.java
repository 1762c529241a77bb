package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a range contains and overlaps, and the binary searches over ranges in text order. */
class SpanSearchTest {
    /** Three disjoint ranges with gaps: [2,5) [5,9) [12,15). */
    private static final List<Span> RANGES = List.of(new Span(2, 5), new Span(5, 9), new Span(12, 15));

    @Test
    void aRangeContainsItsStartButNotItsEnd() {
        Span s = new Span(3, 6);
        assertThat(s.contains(3)).isTrue();
        assertThat(s.contains(5)).isTrue();
        assertThat(s.contains(6)).isFalse();
        assertThat(s.contains(2)).isFalse();
        assertThat(s.length()).isEqualTo(3);
    }

    @Test
    void anEmptyRangeContainsNoOffsetAndOverlapsNothing() {
        Span empty = new Span(4, 4);
        assertThat(empty.length()).isZero();
        assertThat(empty.contains(4)).isFalse();
        assertThat(empty.overlaps(new Span(0, 10))).isFalse();
        assertThat(new Span(0, 10).overlaps(empty)).isFalse();
        assertThat(empty.overlaps(empty)).isFalse();
        assertThat(empty.coveredText("abcdefgh")).isEmpty();
    }

    @Test
    void anEmptyRangeLiesWithinARangeThatReachesIt() {
        assertThat(new Span(0, 4).contains(new Span(4, 4))).isTrue();
        assertThat(new Span(0, 4).contains(new Span(5, 5))).isFalse();
    }

    @Test
    void touchingRangesDoNotOverlap() {
        assertThat(new Span(2, 5).overlaps(new Span(5, 9))).isFalse();
        assertThat(new Span(5, 9).overlaps(new Span(2, 5))).isFalse();
    }

    @Test
    void rangesSharingOneCharacterOverlapEitherWay() {
        assertThat(new Span(2, 6).overlaps(new Span(5, 9))).isTrue();
        assertThat(new Span(5, 9).overlaps(new Span(2, 6))).isTrue();
        assertThat(new Span(0, 10).overlaps(new Span(3, 4))).isTrue();
    }

    @Test
    void aRangeContainsTheRangesWithinItOnly() {
        Span outer = new Span(2, 9);
        assertThat(outer.contains(new Span(2, 9))).isTrue();
        assertThat(outer.contains(new Span(3, 5))).isTrue();
        assertThat(outer.contains(new Span(1, 5))).isFalse();
        assertThat(outer.contains(new Span(8, 10))).isFalse();
    }

    @Test
    void coveredTextIsTheSubstringOfTheRange() {
        assertThat(new Span(4, 9).coveredText("The quick fox")).isEqualTo("quick");
    }

    @Test
    void everyRecordWithOffsetsAnswersTheSameQuestions() {
        Block block = new Block(3, 8, false);
        Token token = new Token("river", 10, 15);
        assertThat(block.span()).isEqualTo(new Span(3, 8));
        assertThat(token.overlaps(block)).isFalse();
        assertThat(new Paragraph(0, 20).contains(token)).isTrue();
        assertThat(token.coveredText("The north river bank")).isEqualTo("river");
    }

    @Test
    void aBackwardsOrNegativeRangeIsRefused() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fact(FactType.PERSON, "", 5, 4, null, null, "Ana Vel", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote("", -1, 0, null, null, null, false, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstStartingAtOrAfterFindsTheBoundsOfTheList() {
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 0)).isZero();
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 2)).isZero();
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 3)).isEqualTo(1);
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 5)).isEqualTo(1);
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 12)).isEqualTo(2);
        assertThat(Spans.firstStartingAtOrAfter(RANGES, 13)).isEqualTo(3);
        assertThat(Spans.firstStartingAtOrAfter(List.<Span>of(), 7)).isZero();
    }

    @Test
    void lastStartingAtOrBeforeIsMinusOneBeforeTheFirstRange() {
        assertThat(Spans.lastStartingAtOrBefore(RANGES, 1)).isEqualTo(-1);
        assertThat(Spans.lastStartingAtOrBefore(RANGES, 2)).isZero();
        assertThat(Spans.lastStartingAtOrBefore(RANGES, 11)).isEqualTo(1);
        assertThat(Spans.lastStartingAtOrBefore(RANGES, 99)).isEqualTo(2);
        assertThat(Spans.lastStartingAtOrBefore(List.<Span>of(), 7)).isEqualTo(-1);
    }

    @Test
    void firstEndingAfterSkipsRangesEndingAtTheOffset() {
        assertThat(Spans.firstEndingAfter(RANGES, 0)).isZero();
        assertThat(Spans.firstEndingAfter(RANGES, 4)).isZero();
        assertThat(Spans.firstEndingAfter(RANGES, 5)).isEqualTo(1);
        assertThat(Spans.firstEndingAfter(RANGES, 10)).isEqualTo(2);
        assertThat(Spans.firstEndingAfter(RANGES, 15)).isEqualTo(3);
    }

    @Test
    void coveringFindsTheRangeHoldingAnOffsetAndNoneInAGap() {
        assertThat(Spans.covering(RANGES, 2)).isEqualTo(new Span(2, 5));
        assertThat(Spans.covering(RANGES, 5)).isEqualTo(new Span(5, 9));
        assertThat(Spans.covering(RANGES, 14)).isEqualTo(new Span(12, 15));
        assertThat(Spans.covering(RANGES, 1)).isNull();
        assertThat(Spans.covering(RANGES, 9)).isNull();
        assertThat(Spans.covering(RANGES, 15)).isNull();
        assertThat(Spans.covering(List.<Span>of(), 0)).isNull();
    }

    @Test
    void searchesByAnyKeyFindTheFirstKeyAtLeastOrAboveAValue() {
        List<Integer> keys = List.of(1, 3, 3, 3, 8);
        assertThat(Spans.firstAtLeast(keys, Integer::intValue, 3)).isEqualTo(1);
        assertThat(Spans.firstAbove(keys, Integer::intValue, 3)).isEqualTo(4);
        assertThat(Spans.firstAtLeast(keys, Integer::intValue, 9)).isEqualTo(5);
        assertThat(Spans.firstAbove(keys, Integer::intValue, 0)).isZero();
    }
}
