package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Military formations: numbered, named, kinds, acronyms and short forms. */
class MilitaryUnitTest {

    private static List<Fact> units(String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), FactType.MILITARY_UNIT);
    }

    @Test
    void numberedFormationIsAUnitWithoutTheArticle() {
        assertThat(units("The 3rd Mechanised Brigade held the line near the river."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("3rd Mechanised Brigade");
                    assertThat(f.name()).isEqualTo("3rd Mechanised Brigade");
                });
    }

    @Test
    void numberedFormationKeepsItsOfPhrase() {
        assertThat(units("Soldiers of the 41st Regiment of Signals repaired the lines."))
                .extracting(Fact::text)
                .containsExactly("41st Regiment of Signals");
    }

    @Test
    void spelledOrdinalFormationIsAUnit() {
        assertThat(units("The Fifth Army advanced along the coast."))
                .extracting(Fact::text)
                .containsExactly("Fifth Army");
    }

    @Test
    void longNumberedFormationNameIsKeptWhole() {
        assertThat(units("The 155th Separate Marine Brigade landed on the coast."))
                .extracting(Fact::text)
                .containsExactly("155th Separate Marine Brigade");
    }

    @Test
    void numberedFormationWithLowerCaseWordsIsAUnit() {
        assertThat(units("Troops of the 72nd mechanised brigade left the town."))
                .extracting(Fact::text)
                .containsExactly("72nd mechanised brigade");
    }

    @Test
    void namedFormationEndingInAFormationWordIsAUnit() {
        assertThat(units("The Royal Marines landed on the coast."))
                .extracting(Fact::text)
                .containsExactly("Royal Marines");
    }

    @Test
    void countryPossessiveBeforeANamedUnitIsLeftOut() {
        assertThat(units("Ukraine’s Azov Brigade held the town."))
                .extracting(Fact::text)
                .containsExactly("Azov Brigade");
    }

    @Test
    void kindOfFormationMidSentenceIsAUnitNamedInLowerCase() {
        assertThat(units("The special operations forces raided the depot."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("special operations forces");
                    assertThat(f.name()).isEqualTo("special operations forces");
                });
    }

    @Test
    void kindWithAFormationNounIsAUnit() {
        assertThat(units("A naval infantry battalion guarded the port."))
                .extracting(Fact::text)
                .containsExactly("naval infantry battalion");
        assertThat(units("The air assault brigade was moved forward."))
                .extracting(Fact::text)
                .containsExactly("air assault brigade");
    }

    @Test
    void acronymInBracketsAfterANameIsTheSameUnitThereAndLater() {
        List<Fact> found = units("The Korean People’s Army (KPA) sent engineers, and KPA officers oversaw them.");
        assertThat(found).extracting(Fact::text).containsExactly("Korean People’s Army", "KPA", "KPA");
        assertThat(found).extracting(Fact::name).containsOnly("Korean People’s Army");
    }

    @Test
    void shortFormIsNamedByTheFullForm() {
        List<Fact> found = units(
                "Soldiers of the 41st Regiment of Signals repaired the lines.", "Later the 41st Regiment moved north.");
        assertThat(found).extracting(Fact::text).containsExactly("41st Regiment of Signals", "41st Regiment");
        assertThat(found).extracting(Fact::name).containsOnly("41st Regiment of Signals");
    }

    @Test
    void shortFormWithADifferentNumberKeepsItsOwnName() {
        List<Fact> found = units(
                "Soldiers of the 41st Regiment of Signals repaired the lines.", "Later the 42nd Regiment moved north.");
        assertThat(found).extracting(Fact::name).containsExactly("41st Regiment of Signals", "42nd Regiment");
    }

    @Test
    void formationWordAloneIsNoUnit() {
        assertThat(units("The brigade moved north and the regiment followed.")).isEmpty();
    }

    @Test
    void unitsCarryTheirSection() {
        Extraction e = Extracts.of(
                Extracts.LEAD, "A lasting legacy", "The 3rd Mechanised Brigade held the line near the river.");
        assertThat(Extracts.facts(e, FactType.MILITARY_UNIT))
                .singleElement()
                .extracting(Fact::section)
                .isEqualTo(1);
    }
}
