package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names found from what surrounds them, not from lists (issue 14): every name here is invented, in no lexicon list
 * and no gazetteer, so only the context can type it.
 */
class EntityContextRulesTest {

    private static List<String> names(FactType type, String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), type).stream()
                .map(Fact::name)
                .toList();
    }

    @Test
    void typingRulesHaveUniqueNamesAndAnExampleEach() {
        EntityFinder finder = new EntityFinder(Lexicon.get(), new Gazetteer(Lexicon.get()));
        List<String> names = finder.ruleNames();
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
        assertThat(names).allMatch(n -> n.matches("entity\\.[a-z-]+"));
        assertThat(finder.ruleExamples()).hasSameSizeAs(names).allMatch(e -> !e.isBlank());
    }

    @Test
    void membersOfAGroupNameTheGroup() {
        assertThat(names(FactType.ORGANIZATION, "Zorvath Brotherhood rivals and Kelmuri fighters clashed at dawn."))
                .contains("Kelmuri");
        assertThat(names(FactType.ORGANIZATION, "The Tessaran Vanguard claimed responsibility for the blast."))
                .contains("Tessaran Vanguard");
    }

    @Test
    void aCommonWordBeforeFightersIsNoGroup() {
        assertThat(names(FactType.ORGANIZATION, "Resistance fighters blew up a bridge on Tuesday."))
                .isEmpty();
    }

    @Test
    void placesInAListAfterACueAreAllPlaces() {
        assertThat(names(FactType.PLACE, "Shelling was reported near Dravoshka, Ulmevo and Keshtany on Monday."))
                .contains("Dravoshka", "Ulmevo", "Keshtany");
        assertThat(names(FactType.PLACE, "Farmers in the Orvenka and Tashlivo districts lost their crops."))
                .contains("Orvenka", "Tashlivo");
    }

    @Test
    void aMonthOpeningTheListStopsIt() {
        assertThat(names(FactType.PLACE, "It happened in October, Dravel Moskin recalled."))
                .isEmpty();
    }

    @Test
    void aPlaceWordInAppositionAndANamedSiteMakePlaces() {
        assertThat(names(FactType.PLACE, "Families from Vashtuk, a town in the hills, fled."))
                .contains("Vashtuk");
        assertThat(names(FactType.PLACE, "A fire broke out in the Drolsa refugee camp overnight."))
                .contains("Drolsa refugee camp");
    }

    @Test
    void aPossessiveBeforeASiteWordIsNoPlaceName() {
        assertThat(names(FactType.PLACE, "Workers at Velnoka's plant went on strike."))
                .doesNotContain("Velnoka's plant");
    }

    @Test
    void aBylineAndAnOfTheOrganisationNameAPersonAndTheOrganisation() {
        assertThat(names(FactType.PERSON, "By Orsola Vendrimi, Harbour Wire", "The council met on Monday."))
                .contains("Orsola Vendrimi");
        List<Fact> facts = Extracts.of("Tamsk Ulveri of the Coastal Renewal Party won the seat.")
                .facts();
        assertThat(facts).anySatisfy(f -> assertThat(f.name()).isEqualTo("Tamsk Ulveri"));
        assertThat(facts).anySatisfy(f -> assertThat(f.name()).isEqualTo("Coastal Renewal Party"));
    }

    @Test
    void aPlaceFoundByACueCountsInItsBareMentions() {
        List<Fact> places = Extracts.facts(
                Extracts.of("Troops advanced near Brevskoye on Monday.", "By nightfall Brevskoye was quiet."),
                FactType.PLACE);
        assertThat(places).extracting(Fact::text).containsExactly("Brevskoye", "Brevskoye");
    }

    @Test
    void aNameOwningAStateWordIsAPlace() {
        assertThat(names(FactType.PLACE, "Analysts say Ostravel's foreign ministry summoned the envoy."))
                .contains("Ostravel");
        assertThat(names(FactType.PLACE, "Talks with the Vrenmark government stalled on Monday."))
                .contains("Vrenmark");
    }

    @Test
    void aNameCoordinatedWithAKnownPlaceIsAPlace() {
        assertThat(names(FactType.PLACE, "The pact between Finland and Ostravel was signed in June."))
                .contains("Ostravel");
        assertThat(names(FactType.PLACE, "Residents of Drelvo, Kasnivo and Ulmetsk say the shelling began at dawn."))
                .contains("Drelvo");
    }

    @Test
    void aBareSubjectOfAVerbIsAPlaceAndTheNamesCoordinatedWithItToo() {
        assertThat(names(
                        FactType.PLACE,
                        "Ostravel and Vrenmark signed a defence treaty in June.",
                        "Later, Vrenmark has said it will send more troops."))
                .contains("Ostravel", "Vrenmark");
        assertThat(names(FactType.PLACE, "Officials said Ostravel estimates that 300 soldiers were killed."))
                .contains("Ostravel");
    }

    @Test
    void aSubjectThatIsAPersonOrAnEnglishNounIsNoPlace() {
        assertThat(names(
                        FactType.PLACE,
                        "Dravel Imoskin Tarvo, a spokesman for the army, spoke on Monday.",
                        "Imoskin said the road was closed."))
                .isEmpty();
        assertThat(names(FactType.PLACE, "The shelling stopped at dawn. Rescuers worked through the night."))
                .isEmpty();
        assertThat(names(FactType.PLACE, "Talks with Drelvonic Aerospace ended. Drelvonic executives left."))
                .isEmpty();
    }

    @Test
    void aNameBeforeBasedIsAPlaceAndTheInstituteAfterItAnOrganisation() {
        assertThat(names(FactType.PLACE, "said Anna Velt of the Ostravel-based Institute for Peace Studies."))
                .contains("Ostravel");
        assertThat(names(FactType.ORGANIZATION, "said Anna Velt of the Ostravel-based Institute for Peace Studies."))
                .contains("Institute for Peace Studies");
    }

    @Test
    void aPhotoCreditNamesAPerson() {
        assertThat(names(FactType.PERSON, "Soldiers unload crates. Photo: Dravel Imoskin / Harbour Wire"))
                .contains("Dravel Imoskin");
    }

    @Test
    void aKindOfOrganisationInAppositionNamesAnOrganisation() {
        assertThat(names(
                        FactType.ORGANIZATION,
                        "Tarnakul, a splinter faction that broke away last year, claimed the raid."))
                .contains("Tarnakul");
        assertThat(names(FactType.PERSON, "Dara Velkon, a spokesman for the group, said nothing."))
                .contains("Dara Velkon");
    }

    @Test
    void aKindWordAfterTheNameOrAnOutletKindBeforeItNamesAnOrganisation() {
        assertThat(names(FactType.ORGANIZATION, "Protesters from the Keep Oskbury Green campaign held placards."))
                .contains("Keep Oskbury Green");
        assertThat(names(FactType.ORGANIZATION, "The findings were published in the journal Velmaric Letters."))
                .contains("Velmaric Letters");
    }

    @Test
    void theFirstWordOfAnOrganisationStandingAsANameIsThatOrganisation() {
        assertThat(names(
                        FactType.ORGANIZATION,
                        "Oskarro Foods Inc. said it would build a plant.",
                        "Shares of Oskarro rose 3 per cent, and Oskarro said it expected more orders."))
                .contains("Oskarro Foods Inc");
    }

    @Test
    void anAddressAfterAnAgeIsAPlace() {
        assertThat(names(FactType.PLACE, "Tarvo Kesselring, 58, of Mill Lane, Oskhaven, admitted fraud."))
                .contains("Oskhaven");
    }

    @Test
    void aNameWithASurnameParticleIsAPersonAndItsCapitalisedSurnameToo() {
        List<Fact> people = Extracts.facts(
                Extracts.of(
                        "The third shepherd, Jelko van der Velm, is 74 and has no children.",
                        "Van der Velm, asked what will happen to his flock, shrugs."),
                FactType.PERSON);
        assertThat(people).extracting(Fact::name).containsOnly("Jelko van der Velm");
    }

    @Test
    void aNameOpeningASentenceFollowedByAPronounIsConfirmedByItsSurname() {
        assertThat(names(
                        FactType.PERSON,
                        "Marte Zeilvoort came to the village in 1989 and never left. She married a shepherd.",
                        "In her kitchen, Zeilvoort pours coffee."))
                .contains("Marte Zeilvoort");
    }
}
