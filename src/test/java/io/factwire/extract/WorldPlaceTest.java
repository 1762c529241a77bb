package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places from the world gazetteer: unlisted towns and divisions count; ambiguous names need a cue. */
class WorldPlaceTest {

    private static List<String> places(String... paragraphs) {
        return Extracts.facts(Extracts.of(paragraphs), FactType.PLACE).stream()
                .map(Fact::text)
                .toList();
    }

    @Test
    void gazetteerHoldsTownsDivisionsAndCountriesWithoutCaseOrDiacritics() {
        WorldGazetteer world = WorldGazetteer.get();
        assertThat(world.size()).isGreaterThan(140_000);
        assertThat(world.find("Mardan")).satisfies(e -> {
            assertThat(e.is(WorldGazetteer.TOWN)).isTrue();
            assertThat(e.population()).isGreaterThan(100_000);
        });
        assertThat(world.find("Kunar").is(WorldGazetteer.REGION)).isTrue();
        assertThat(world.find("Gloucestershire").is(WorldGazetteer.DISTRICT)).isTrue();
        assertThat(world.find("Jundiai")).isEqualTo(world.find("Jundiaí")).isNotNull();
        assertThat(world.find("Nowhere-on-the-Map Qqq")).isNull();
        assertThat(WorldGazetteer.key("Łódź’s")).isEqualTo("lodz's");
    }

    @Test
    void unlistedTownCountsWithoutCue() {
        assertThat(places("Floodwater reached Nowshera and Mardan overnight, officials said."))
                .contains("Nowshera", "Mardan");
    }

    @Test
    void divisionFollowedByAWordOfItsKindIsOnePlace() {
        assertThat(places("Aid convoys left for Kunar Province and Rakhine State this week."))
                .contains("Kunar Province", "Rakhine State");
    }

    @Test
    void placeWrittenWithoutItsDiacriticsIsFound() {
        assertThat(places("Buses to Jundiai ran again after the storm.")).containsExactly("Jundiai");
    }

    @Test
    void ambiguousTownNeedsALocativeCue() {
        assertThat(places("The new phone works better on Mobile networks, the vendor claimed."))
                .isEmpty();
        assertThat(places("The council met in Mobile on Tuesday to discuss the port."))
                .containsExactly("Mobile");
        assertThat(places("Same rules apply to every district this year.")).isEmpty();
        assertThat(places("Volunteers gathered near Nice before the march.")).containsExactly("Nice");
        assertThat(places("Volunteers camped in a field and nearby Bath was quiet."))
                .containsExactly("Bath");
    }

    @Test
    void ambiguousTownCountsWhenACountryOrApositionFollows() {
        assertThat(places("Delegates arrived from Bath, England, on Friday.")).contains("Bath");
        assertThat(places("Heavy rain fell on Young, a town in the hills, all week."))
                .containsExactly("Young");
    }

    @Test
    void knownPlaceAfterALocativeIsNoPersonEvenAfterARole() {
        assertThat(places("The vote was close, said Min Thu, a security analyst based in Chiang Rai."))
                .containsExactly("Chiang Rai");
    }

    @Test
    void givenNameIsNoPlaceWithoutCue() {
        assertThat(places("The engineer Florence Achieng said the bridge was safe."))
                .isEmpty();
        assertThat(places("Rescuers thanked Victoria for the supplies.")).isEmpty();
    }

    @Test
    void firstWordOfTheLeadIsADatelineOnlyWhenPunctuatedAsOne() {
        assertThat(places("Bath (AP) — Trains stopped running on Monday.")).contains("Bath");
        assertThat(places("Bath water ran cold in the old hotel on Monday.")).isEmpty();
    }

    @Test
    void largeAmbiguousCityCountsMidSentenceButNotOpeningOne() {
        assertThat(places("Flights to the coast were cancelled because Phoenix had no fuel left."))
                .containsExactly("Phoenix");
        assertThat(places("Phoenix rose from the ashes in the old story.")).isEmpty();
    }

    @Test
    void laterBareMentionOfAPlaceFoundWithACueCountsToo() {
        assertThat(places("The storm hit homes in Florence on Monday.", "By Tuesday Florence had power again."))
                .containsExactly("Florence", "Florence");
    }

    @Test
    void nameCountedLikeAThingIsNoPlace() {
        assertThat(places("The army ordered 40 Mardan launchers last year.")).isEmpty();
    }

    @Test
    void nameOfFightersIsNoPlaceHereOrLater() {
        assertThat(places(
                        "Nowshera militiamen blocked the road on Monday.",
                        "Officials said Nowshera had withdrawn by night."))
                .isEmpty();
    }

    @Test
    void surnameWithAPersonCueIsNoPlace() {
        assertThat(places("Mardan said the water had gone down.")).isEmpty();
        assertThat(places("Later, Mardan, a former deputy minister, spoke to reporters."))
                .isEmpty();
    }

    @Test
    void acronymIsNoTownOfTheSameLetters() {
        assertThat(WorldGazetteer.get().find("KANo")).isNotNull();
        assertThat(places("The count was slow, KANo observers reported.")).isEmpty();
    }
}
