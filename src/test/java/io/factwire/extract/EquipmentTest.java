package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Weapons and vehicles by model number or known name; the name leaves the generic noun out. */
class EquipmentTest {

    private static List<Fact> equipment(String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), FactType.EQUIPMENT);
    }

    @Test
    void modelNumberWithAnEquipmentNounIsEquipmentNamedWithoutTheNoun() {
        assertThat(equipment("Russia deployed S-400 air defence systems near the city."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("S-400 air defence systems");
                    assertThat(f.name()).isEqualTo("S-400");
                });
    }

    @Test
    void knownNameWithAModelNumberIsOneSystem() {
        assertThat(equipment("Poland bought Leopard 2A6 tanks for the brigade."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Leopard 2A6 tanks");
                    assertThat(f.name()).isEqualTo("Leopard 2A6");
                });
    }

    @Test
    void hyphenatedModelBeforeANounIsEquipment() {
        assertThat(equipment("Shahed-136 drones fell on the city overnight."))
                .extracting(Fact::name)
                .containsExactly("Shahed-136");
    }

    @Test
    void shortModelsBeforeANounAreEquipment() {
        assertThat(equipment("The army used TB2 drones in the valley."))
                .extracting(Fact::name)
                .containsExactly("TB2");
        assertThat(equipment("The brigade fired M777 howitzers at the ridge."))
                .extracting(Fact::name)
                .containsExactly("M777");
    }

    @Test
    void allCapsKnownNameCountsWithoutANoun() {
        assertThat(equipment("Ukraine received more HIMARS from its allies."))
                .extracting(Fact::name)
                .containsExactly("HIMARS");
    }

    @Test
    void knownNameWithAnEquipmentNounIsEquipment() {
        assertThat(equipment("The Patriot air defence system shot down the missile."))
                .first()
                .satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Patriot air defence system");
                    assertThat(f.name()).isEqualTo("Patriot");
                });
    }

    @Test
    void pluralKnownNameInASentenceAboutWeaponsIsEquipmentNamedInTheSingular() {
        assertThat(equipment("Kyiv asked for more Patriots and IRIS-T systems."))
                .extracting(Fact::name)
                .containsExactly("Patriot", "IRIS-T");
    }

    @Test
    void knownNameThatIsAnOrdinaryWordIsNoEquipmentWithoutANoun() {
        assertThat(equipment("The Patriot newspaper ran a story about the mayor."))
                .isEmpty();
        assertThat(equipment("A Tiger was seen in the zoo.")).isEmpty();
    }

    @Test
    void technologyAndDiseaseCodesAreNoEquipment() {
        assertThat(equipment("The company built a new 5G network for the town."))
                .isEmpty();
        assertThat(equipment("Cases of COVID-19 rose at the base.")).isEmpty();
    }

    @Test
    void modelNumberOutsideAMilitarySentenceIsNoEquipment() {
        assertThat(equipment("The minister flew in on flight AB12 from the capital."))
                .isEmpty();
    }

    @Test
    void designationFollowedByAGroupWordIsNoEquipmentAnywhereInTheArticle() {
        assertThat(equipment(
                        "The K17 rebels shelled the road with artillery.",
                        "Fighters from the K17 attacked a convoy with drones and rockets."))
                .extracting(Fact::text)
                .containsExactly("artillery", "drones", "rockets");
    }

    @Test
    void systemNameAfterAModelIsPartOfTheName() {
        assertThat(equipment("The air force flew C-130 Hercules transport aircraft to the base."))
                .extracting(Fact::name)
                .containsExactly("C-130 Hercules");
    }
}
