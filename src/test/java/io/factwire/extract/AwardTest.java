package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Awards and honorary titles. */
class AwardTest {

    private static List<String> awards(String... paragraphs) {
        return Extracts.texts(Extracts.of(paragraphs), FactType.AWARD);
    }

    @Test
    void orderOfAndItsNameIsAnAward() {
        assertThat(awards("The soldier received the Order of Courage for his actions."))
                .containsExactly("Order of Courage");
    }

    @Test
    void heroOfTheWithALongNameIsAnAward() {
        assertThat(awards("She was named a Hero of the Soviet Union in the ceremony."))
                .containsExactly("Hero of the Soviet Union");
    }

    @Test
    void medalForIsAnAward() {
        assertThat(awards("He received the Medal for Courage last year.")).containsExactly("Medal for Courage");
    }

    @Test
    void namesEndingInCrossOrStarAreAwards() {
        assertThat(awards("He was awarded the Victoria Cross and the Bronze Star."))
                .containsExactly("Victoria Cross", "Bronze Star");
    }

    @Test
    void awardNameIsItsText() {
        Fact f = Extracts.facts(
                        Extracts.of("The soldier received the Order of Courage for his actions."), FactType.AWARD)
                .get(0);
        assertThat(f.name()).isEqualTo("Order of Courage");
    }

    @Test
    void redCrossIsNoAward() {
        assertThat(awards("The Red Cross delivered aid to the town.")).isEmpty();
    }

    @Test
    void redStarNewspaperIsNoAward() {
        assertThat(awards("The Red Star newspaper printed the list.")).isEmpty();
    }

    @Test
    void lowerCaseMedalIsNoAward() {
        assertThat(awards("He won a medal for bravery and a cross for valour.")).isEmpty();
    }

    @Test
    void awardsInHeadingsAreNotCounted() {
        assertThat(awards(
                        Extracts.LEAD,
                        "Order of Courage for the sappers",
                        "The drills continued into the night with artillery fire heard across the valley."))
                .isEmpty();
    }

    @Test
    void humanitarianBodyEndingInCrossOrCrescentIsNoAward() {
        assertThat(awards("The Vellan Red Crescent opened a shelter after the soldiers were awarded medals."))
                .isEmpty();
    }

    @Test
    void nameEndingInStarIsAnAwardOnlyWhenSomethingIsConferred() {
        assertThat(awards("The Morning Star ran the story on its front page.")).isEmpty();
        assertThat(awards("The sergeant was awarded the Silver Star last year."))
                .containsExactly("Silver Star");
    }
}
