package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equipment named by a generic noun, and ships by name and class. */
class WeaponNounTest {

    private static List<Fact> equipment(String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), FactType.EQUIPMENT);
    }

    private static List<String> texts(String... paragraphs) {
        return equipment(paragraphs).stream().map(Fact::text).toList();
    }

    @Test
    void weaponNounsCountAloneWithTheirMilitaryWords() {
        assertThat(texts("Overnight the army shot down 40 attack drones and three short-range ballistic missiles."))
                .containsExactly("attack drones", "short-range ballistic missiles");
    }

    @Test
    void theNameIsTheSingularPhrase() {
        assertThat(equipment("Gunners moved two howitzers and several armoured personnel carriers to the ridge."))
                .extracting(Fact::name)
                .containsExactly("howitzer", "armoured personnel carrier");
    }

    @Test
    void anOrdinaryNounNeedsAMilitaryWordBeforeIt() {
        assertThat(texts("The vehicles and boats of the fishermen were parked by the systems shed."))
                .isEmpty();
        assertThat(texts("Armoured vehicles and naval patrol boats guarded the harbour."))
                .containsExactly("Armoured vehicles", "naval patrol boats");
    }

    @Test
    void aWordGivingTheNounAnotherSenseRulesItOut() {
        assertThat(texts("A think tank said a fuel tank exploded and a suicide bomber was killed."))
                .isEmpty();
    }

    @Test
    void aNounUsedAsAModifierGivesWayToThePhraseItBegins() {
        assertThat(texts("The unit fired rocket launchers and missile batteries at dawn."))
                .containsExactly("rocket launchers", "missile batteries");
    }

    @Test
    void namedEquipmentIsNotSplitIntoAGenericNoun() {
        assertThat(texts("The army received Leopard 2A6 tanks and more drones."))
                .containsExactly("Leopard 2A6 tanks", "drones");
    }

    @Test
    void capitalisedNounsInsideNamesAreNotGenericWeapons() {
        assertThat(texts("She works for the Tank Museum and the Missile Defence Agency."))
                .isEmpty();
    }

    @Test
    void aShipAfterANavalPrefixIsEquipmentAndSoIsItsNameLater() {
        assertThat(texts(
                        "The frigate HMS Larkspur Bay sailed on Monday.",
                        "Officers aboard Larkspur Bay said the sea was calm."))
                .containsExactly("frigate", "HMS Larkspur Bay", "Larkspur Bay");
    }

    @Test
    void anAmbiguousPrefixNamesAShipOnlyInASentenceAboutVessels() {
        assertThat(texts("The tanker MV Orrin Star was boarded off the coast.")).contains("MV Orrin Star");
        assertThat(texts("The INS Director said the rules had changed.")).isEmpty();
    }

    @Test
    void shipClassesAndTypesAreEquipment() {
        assertThat(texts("The navy ordered two Stormbird-class frigates and a Type 88A corvette."))
                .containsExactly("Stormbird-class frigates", "Type 88A corvette");
        assertThat(texts("A Kestrel II-class patrol vessel shadowed the convoy."))
                .containsExactly("Kestrel II-class patrol vessel");
    }
}
