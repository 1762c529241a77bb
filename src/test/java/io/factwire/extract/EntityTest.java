package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People, places and organisations, and later mentions resolved to the full name. */
class EntityTest {

    private static List<Fact> of(FactType type, String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), type);
    }

    @Test
    void titledPersonIsNamedWithoutTheTitle() {
        assertThat(of(FactType.PERSON, "Prime Minister Anna Berg met the troops in the capital."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Anna Berg");
                    assertThat(f.name()).isEqualTo("Anna Berg");
                });
    }

    @Test
    void abbreviatedTitleWithAFullStopMarksAPerson() {
        assertThat(of(FactType.PERSON, "Officials met Gen. Ivo Sepp in the capital."))
                .extracting(Fact::name)
                .containsExactly("Ivo Sepp");
        assertThat(of(FactType.PERSON, "Officials met Prof. Ivo Sepp in the capital."))
                .extracting(Fact::name)
                .containsExactly("Ivo Sepp");
    }

    @Test
    void laterSurnameMentionHasTheSameCanonicalName() {
        List<Fact> people = of(
                FactType.PERSON,
                "Prime Minister Anna Berg met General Ivo Sepp in the capital.",
                "Berg later spoke to Sepp by phone.");
        assertThat(people).extracting(Fact::text).containsExactly("Anna Berg", "Ivo Sepp", "Berg", "Sepp");
        assertThat(people).extracting(Fact::name).containsExactly("Anna Berg", "Ivo Sepp", "Anna Berg", "Ivo Sepp");
    }

    @Test
    void nameWithoutCueIsAPersonWhenItsSurnameIsUsedLater() {
        List<Fact> people = of(
                FactType.PERSON,
                "Rescuers pulled Ledia Hysa from the rubble on Monday.",
                "Hysa said the walls cracked.");
        assertThat(people).extracting(Fact::name).containsExactly("Ledia Hysa", "Ledia Hysa");
    }

    @Test
    void familyNameFirstMentionLaterResolvesToTheFullName() {
        List<Fact> people = of(FactType.PERSON, "Leader Kim Jong Un inspected the site.", "Kim praised the workers.");
        assertThat(people).extracting(Fact::name).containsExactly("Kim Jong Un", "Kim Jong Un");
        assertThat(people.get(1).text()).isEqualTo("Kim");
    }

    @Test
    void nameBeforeASpeechVerbIsAPerson() {
        assertThat(of(FactType.PERSON, "Marta Lind said profits were up."))
                .extracting(Fact::name)
                .containsExactly("Marta Lind");
    }

    @Test
    void nameWithAnAppositiveRoleIsAPerson() {
        assertThat(of(FactType.PERSON, "The company’s chief executive, Marta Lind, said sales had risen."))
                .extracting(Fact::name)
                .containsExactly("Marta Lind");
    }

    @Test
    void knownPlaceIsAPlaceByGazetteer() {
        assertThat(of(FactType.PLACE, "Tallinn and Riga sent aid to Narva."))
                .extracting(Fact::text)
                .containsExactly("Tallinn", "Riga", "Narva");
    }

    @Test
    void unknownNameAfterNearIsAPlace() {
        assertThat(of(FactType.PLACE, "Fighting continued near Kostrova overnight."))
                .extracting(Fact::name)
                .containsExactly("Kostrova");
    }

    @Test
    void unknownNameAfterTheVillageOfIsAPlace() {
        assertThat(of(FactType.PLACE, "Drones struck the village of Plekhovo overnight."))
                .extracting(Fact::name)
                .containsExactly("Plekhovo");
    }

    @Test
    void twoWordNameAfterOutsideIsOnePlace() {
        assertThat(of(FactType.PLACE, "Fighting continued outside Zelenyi Hai overnight."))
                .extracting(Fact::name)
                .containsExactly("Zelenyi Hai");
    }

    @Test
    void monthAfterInIsNoPlace() {
        Extraction e = Extracts.of("The troops left in March for the coast.");
        assertThat(Extracts.facts(e, FactType.PLACE)).isEmpty();
    }

    @Test
    void countryPossessiveIsAPlaceWithoutThePossessive() {
        assertThat(of(FactType.PLACE, "Estonia’s army held drills in the north."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Estonia");
                    assertThat(f.name()).isEqualTo("Estonia");
                });
    }

    @Test
    void nameWithAnOrganisationWordIsAnOrganisation() {
        assertThat(of(FactType.ORGANIZATION, "The Ministry of Defence and the World Health Organization sent doctors."))
                .extracting(Fact::name)
                .containsExactly("Ministry of Defence", "World Health Organization");
    }

    @Test
    void acronymIsAnOrganisation() {
        assertThat(of(FactType.ORGANIZATION, "The UN and the EU sent observers to the town."))
                .extracting(Fact::name)
                .containsExactly("UN", "EU");
    }

    @Test
    void fullNameAndAcronymInBracketsAreBothOrganisations() {
        assertThat(of(
                        FactType.ORGANIZATION,
                        "Officials from the North Atlantic Treaty Organization (NATO) met in Brussels."))
                .extracting(Fact::text)
                .containsExactly("North Atlantic Treaty Organization", "NATO");
    }

    @Test
    void newsAgencyIsAnOrganisation() {
        assertThat(of(FactType.ORGANIZATION, "The report was carried by Reuters and Yonhap."))
                .extracting(Fact::name)
                .containsExactly("Reuters", "Yonhap");
    }

    @Test
    void sentenceStartWordIsNotPartOfAName() {
        assertThat(of(FactType.PLACE, "During the night Narva was quiet."))
                .extracting(Fact::text)
                .containsExactly("Narva");
    }

    @Test
    void nationalityWordIsNoEntity() {
        Extraction e = Extracts.of("Estonian and Latvian soldiers trained together.");
        assertThat(e.facts().stream().filter(f -> !f.type().isCore())).isEmpty();
    }

    @Test
    void knownPersonIsFoundInAHeading() {
        Extraction e = Extracts.of(
                "Prime Minister Anna Berg visited the troops on the plain outside the town on a cold morning.",
                "Berg Praises Troops",
                "The drills continued into the night with artillery fire heard across the valley.");
        assertThat(Extracts.facts(e, FactType.PERSON)).extracting(Fact::text).containsExactly("Anna Berg", "Berg");
    }

    @Test
    void entitiesLeaveSpansTakenByOtherFactsAlone() {
        Extraction e = Extracts.of("The 3rd Mechanised Brigade held the line near the river.");
        assertThat(e.facts().stream().filter(f -> !f.type().isCore())).isEmpty();
    }
}
