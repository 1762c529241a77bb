package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Head counts: troops or casualties, with a value or range and how the text hedges it. */
class CountTest {

    private static List<Fact> counts(Extraction e) {
        return e.facts().stream()
                .filter(f -> f.type() == FactType.TROOP_COUNT || f.type() == FactType.CASUALTY_COUNT)
                .toList();
    }

    private static Fact only(String paragraph) {
        List<Fact> found = counts(Extracts.of(paragraph));
        assertThat(found).as(paragraph).hasSize(1);
        return found.get(0);
    }

    @Test
    void digitsWithThousandsSeparatorBeforeTroopsAreATroopCount() {
        Fact f = only("The country deployed 1,200 troops to the border.");
        assertThat(f.type()).isEqualTo(FactType.TROOP_COUNT);
        assertThat(f.text()).isEqualTo("1,200 troops");
        assertThat(f.quantity()).isEqualTo(Quantity.exact(1200));
    }

    @Test
    void spaceAsThousandsSeparatorIsReadAsOneNumber() {
        Fact f = only("Officials said 1 000 soldiers were stationed in the north.");
        assertThat(f.text()).isEqualTo("1 000 soldiers");
        assertThat(f.quantity().value()).isEqualTo(1000L);
    }

    @Test
    void millionAfterADecimalIsAWholeCount() {
        Fact f = only("An estimated 1.5 million troops were mobilised across the country.");
        assertThat(f.quantity().value()).isEqualTo(1_500_000L);
        assertThat(f.quantity().approximate()).isTrue();
        assertThat(f.text()).isEqualTo("An estimated 1.5 million troops");
    }

    @Test
    void twoDozenIsTwentyFour() {
        Fact f = only("Two dozen soldiers were killed in the attack.");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
        assertThat(f.text()).isEqualTo("Two dozen soldiers");
        assertThat(f.quantity().value()).isEqualTo(24L);
    }

    @Test
    void numberWordsAreRead() {
        assertThat(only("The army sent twenty-five soldiers to the post.")
                        .quantity()
                        .value())
                .isEqualTo(25L);
        assertThat(only("Three hundred troops arrived in the port.").quantity().value())
                .isEqualTo(300L);
        assertThat(only("The storm killed nine people in the valley.")
                        .quantity()
                        .value())
                .isEqualTo(9L);
    }

    @Test
    void betweenXAndYIsARange() {
        Fact f = only("Between 3,000 and 4,000 troops were sent to the region.");
        assertThat(f.text()).isEqualTo("Between 3,000 and 4,000 troops");
        assertThat(f.quantity()).isEqualTo(Quantity.range(3000, 4000, false));
    }

    @Test
    void hyphenatedNumbersAreARange() {
        Fact f = only("Reports said 3,000-4,000 soldiers had been deployed.");
        assertThat(f.text()).isEqualTo("3,000-4,000 soldiers");
        assertThat(f.quantity().min()).isEqualTo(3000L);
        assertThat(f.quantity().max()).isEqualTo(4000L);
        assertThat(f.quantity().value()).isNull();
    }

    @Test
    void enDashBetweenNumbersIsARange() {
        Fact f = only("Officials said 3,000–4,000 soldiers were sent north.");
        assertThat(f.quantity()).isEqualTo(Quantity.range(3000, 4000, false));
    }

    @Test
    void fromXToYIsARange() {
        Fact f = only("The army moved from 10,000 to 12,000 troops into the area.");
        assertThat(f.text()).isEqualTo("from 10,000 to 12,000 troops");
        assertThat(f.quantity()).isEqualTo(Quantity.range(10000, 12000, false));
    }

    @Test
    void hedgedRangeIsAnApproximateRange() {
        Fact f = only("About 3,000-4,000 troops were deployed.");
        assertThat(f.text()).isEqualTo("About 3,000-4,000 troops");
        assertThat(f.quantity()).isEqualTo(Quantity.range(3000, 4000, true));
    }

    @Test
    void casualtiesAmongTroopsSentAreACasualtyCountAndTheTroopsATroopCount() {
        List<Fact> found =
                counts(Extracts.of("North Korea has sent 11,000 soldiers to Russia, and 1,000 of them were killed."));
        assertThat(found).extracting(Fact::text).containsExactly("11,000 soldiers", "1,000 of them");
        assertThat(found).extracting(Fact::type).containsExactly(FactType.TROOP_COUNT, FactType.CASUALTY_COUNT);
    }

    @Test
    void atLeastIsAnApproximateValueLeaningUp() {
        Fact f = counts(Extracts.of("At least 40 civilians were killed in the shelling."))
                .get(0);
        assertThat(f.text()).isEqualTo("At least 40 civilians");
        assertThat(f.quantity()).isEqualTo(Quantity.approximately(40, "at_least"));
    }

    @Test
    void hedgesGiveTheirQualifier() {
        assertThat(only("Roughly 5,000 soldiers arrived in the port.")
                        .quantity()
                        .qualifier())
                .isEqualTo("approximately");
        assertThat(only("More than 200 people were injured.").quantity().qualifier())
                .isEqualTo("above");
        assertThat(only("Up to 600 marines were deployed.").quantity().qualifier())
                .isEqualTo("at_most");
        assertThat(only("Nearly 30 soldiers were captured.").quantity().qualifier())
                .isEqualTo("below");
    }

    @Test
    void hedgeWordIsPartOfTheFactText() {
        Fact f = only("Roughly 5,000 soldiers arrived in the port.");
        assertThat(f.text()).isEqualTo("Roughly 5,000 soldiers");
        assertThat(f.quantity().approximate()).isTrue();
    }

    @Test
    void unhedgedCountIsNotApproximate() {
        Fact f = only("The country deployed 1,200 troops to the border.");
        assertThat(f.quantity().approximate()).isFalse();
        assertThat(f.quantity().qualifier()).isNull();
    }

    @Test
    void killedMakesACasualtyCount() {
        Fact f = only("The strike killed 12 civilians in the market.");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
        assertThat(f.quantity().value()).isEqualTo(12L);
    }

    @Test
    void woundedAfterTheNumberMakesACasualtyCount() {
        List<Fact> found = counts(Extracts.of("At least 40 civilians were killed and about 120 were wounded."));
        assertThat(found).extracting(Fact::type).containsExactly(FactType.CASUALTY_COUNT, FactType.CASUALTY_COUNT);
        assertThat(found.get(1).text()).isEqualTo("about 120");
        assertThat(found.get(1).quantity()).isEqualTo(Quantity.approximately(120, "approximately"));
    }

    @Test
    void bareNumberRightAfterKilledIsACasualtyCount() {
        Fact f = counts(Extracts.of("The attack killed 20 and wounded dozens more."))
                .get(0);
        assertThat(f.text()).isEqualTo("20");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
    }

    @Test
    void soldiersDeployedAreTroopsNotCasualties() {
        Fact f = only("Roughly 5,000 soldiers were deployed along the river.");
        assertThat(f.type()).isEqualTo(FactType.TROOP_COUNT);
    }

    @Test
    void peopleWithoutACasualtyWordAreNoCount() {
        assertThat(counts(Extracts.of("The town has 4,500 residents and two schools.")))
                .isEmpty();
    }

    @Test
    void moneyIsNoCount() {
        assertThat(counts(Extracts.of("The ministry spent 500 million dollars on the troops.")))
                .isEmpty();
        assertThat(counts(Extracts.of("The troops were paid $400 each for the month.")))
                .isEmpty();
    }

    @Test
    void percentagesAreNoCount() {
        assertThat(counts(Extracts.of("Troop numbers rose 15 percent this year.")))
                .isEmpty();
        assertThat(counts(Extracts.of("Troop numbers rose 15% this year."))).isEmpty();
    }

    @Test
    void vehiclesAreNoCount() {
        assertThat(counts(Extracts.of("The army deployed 300 tanks and 40 helicopters near the border.")))
                .isEmpty();
    }

    @Test
    void decimalsAreNoCount() {
        assertThat(counts(Extracts.of("A magnitude 6.4 quake struck the region where troops were stationed.")))
                .isEmpty();
    }

    @Test
    void decimalMagnitudeDoesNotHideTheCasualtyCountAfterIt() {
        Fact f = only("A magnitude 6.4 quake struck and 12 people died.");
        assertThat(f.text()).isEqualTo("12 people");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
    }

    @Test
    void ageIsNoCount() {
        List<Fact> found = counts(Extracts.of("A 45-year-old soldier and 3 children were killed."));
        assertThat(found).extracting(Fact::text).containsExactly("3 children");
    }

    @Test
    void numberInsideAWordOrModelIsNoCount() {
        assertThat(counts(Extracts.of("The S-400 battery was deployed with its crew of troops.")))
                .isEmpty();
    }

    @Test
    void yearAfterInIsADateNotATroopCount() {
        Extraction e = Extracts.of("Troops were deployed to the border in 2024 after the talks failed.");
        assertThat(counts(e)).isEmpty();
        assertThat(Extracts.texts(e, FactType.DATE)).containsExactly("2024");
    }

    @Test
    void countsInAHeadingAreNotCounted() {
        Extraction e = Extracts.of(
                Extracts.LEAD,
                "Army sends 5,000 troops north",
                "The drills continued into the night with artillery fire heard across the valley.");
        assertThat(counts(e)).isEmpty();
    }

    @Test
    void numberParserReadsDigitsAndWords() {
        NumberParser parser = new NumberParser(Lexicon.get());
        assertThat(parser.parse("12,500 troops", 0, 13).value()).isEqualTo(12500L);
        assertThat(parser.parse("1 000 troops", 0, 12).value()).isEqualTo(1000L);
        assertThat(parser.parse("3.5 million", 0, 11).value()).isEqualTo(3_500_000L);
        assertThat(parser.parse("a dozen", 0, 7).value()).isEqualTo(12L);
        assertThat(parser.parse("two thousand", 0, 12).value()).isEqualTo(2000L);
        assertThat(parser.parse("ninety-nine", 0, 11).value()).isEqualTo(99L);
        assertThat(parser.parse("a soldier", 0, 9)).isNull();
        assertThat(parser.parse("troops", 0, 6)).isNull();
    }

    @Test
    void troopsSentAreNotCasualtiesWhenSomeOfThemWereKilled() {
        Extraction e = Extracts.of("The army sent 40,000 troops and 12 of them were killed.");
        assertThat(Extracts.fact(e, FactType.TROOP_COUNT, "40,000 troops")).isPresent();
        assertThat(Extracts.fact(e, FactType.CASUALTY_COUNT, "40,000 troops")).isEmpty();
    }

    @Test
    void troopsSentBeforeACommaAreNotCasualties() {
        Extraction e = Extracts.of("Of the 500 troops sent, 40 were killed.");
        assertThat(Extracts.fact(e, FactType.CASUALTY_COUNT, "500 troops")).isEmpty();
        assertThat(Extracts.fact(e, FactType.CASUALTY_COUNT, "40")).isPresent();
    }

    @Test
    void hedgesBeforeACountMakeItApproximateWithTheirQualifier() {
        record Case(String sentence, String text, long value, String qualifier) {}
        for (Case c : List.of(
                new Case("As many as 40 soldiers were sent to the pass.", "As many as 40 soldiers", 40, "at_most"),
                new Case("At least a dozen civilians were killed.", "At least a dozen civilians", 12, "at_least"),
                new Case("More than 300 troops arrived in Osk.", "More than 300 troops", 300, "above"),
                new Case("Nearly 2,000 soldiers were deployed to Tarn.", "Nearly 2,000 soldiers", 2000, "below"),
                new Case("Fewer than 80 fighters were stationed there.", "Fewer than 80 fighters", 80, "below"),
                new Case("Some 200 marines were deployed to the island.", "Some 200 marines", 200, "approximately"),
                new Case("Perhaps 150 fighters were killed in the raid.", "Perhaps 150 fighters", 150, "approximately"),
                new Case("The garrison topped 3,000 troops in spring.", "topped 3,000 troops", 3000, "above"))) {
            Fact f = only(c.sentence());
            assertThat(f.text()).as(c.sentence()).isEqualTo(c.text());
            assertThat(f.quantity()).as(c.sentence()).isEqualTo(Quantity.approximately(c.value(), c.qualifier()));
        }
    }

    @Test
    void aNumberAfterATotalAndItsVerbCountsThatTotal() {
        Fact toll = only("The death toll from the Osk landslide rose to 41 on Tuesday.");
        assertThat(toll.type()).isEqualTo(FactType.CASUALTY_COUNT);
        assertThat(toll.quantity()).isEqualTo(Quantity.exact(41));
        assertThat(toll.rule()).isEqualTo("count.total-reaches");
        Fact losses = only("Velmar's losses in the valley exceeded 500 soldiers, the ministry said.");
        assertThat(losses.type()).isEqualTo(FactType.CASUALTY_COUNT);
        assertThat(losses.text()).isEqualTo("exceeded 500 soldiers");
        assertThat(losses.quantity().approximate()).isTrue();
        Fact troops = only("The new convoy brings the number of Tarnish soldiers in the region to more than 6,000.");
        assertThat(troops.type()).isEqualTo(FactType.TROOP_COUNT);
        assertThat(troops.quantity()).isEqualTo(Quantity.approximately(6000, "above"));
        Fact prisoners = only("The exchange brought the number of prisoners held by Osk to nine.");
        assertThat(prisoners.type()).isEqualTo(FactType.CASUALTY_COUNT);
    }

    @Test
    void aCountAmongACasualtyCountIsACasualtyCountToo() {
        Extraction e = Extracts.of("The shelling killed 22 civilians, among them eight children, officials said.");
        assertThat(Extracts.fact(e, FactType.CASUALTY_COUNT, "eight children"))
                .get()
                .extracting(Fact::rule)
                .isEqualTo("count.part-of-count");
    }

    @Test
    void countsJoinedByAndShareTheirCasualtyWord() {
        Extraction before = Extracts.of("The raid on the depot killed 15 soldiers and three farmers.");
        assertThat(Extracts.fact(before, FactType.CASUALTY_COUNT, "three farmers"))
                .get()
                .extracting(Fact::rule)
                .isEqualTo("count.coordinated");
        Extraction after = Extracts.of("At least six soldiers and two guards were wounded at the gate.");
        assertThat(Extracts.fact(after, FactType.CASUALTY_COUNT, "At least six soldiers"))
                .isPresent();
        assertThat(Extracts.fact(after, FactType.CASUALTY_COUNT, "two guards")).isPresent();
    }

    @Test
    void smallCountsInWordsAreCounts() {
        Fact f = only("Two soldiers from the 12th Brigade were injured when a shell misfired.");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
        assertThat(f.quantity()).isEqualTo(Quantity.exact(2));
        assertThat(only("Bandits abducted four teachers from the school in Velmo.")
                        .type())
                .isEqualTo(FactType.CASUALTY_COUNT);
    }

    @Test
    void displacedEvacuatedOrHomelessPeopleAreNoCasualties() {
        for (String sentence : List.of(
                "About 4,000 people were evacuated from Velmar after the dam burst.",
                "The fire in the camp left some 2,500 refugees homeless.",
                "More than 900 villagers fled into the hills near Osk, residents said.",
                "Rescuers said 30 miners were rescued unhurt after the collapse.")) {
            assertThat(counts(Extracts.of(sentence))).as(sentence).isEmpty();
        }
        Extraction missing = Extracts.of("Some 5,000 residents were evacuated and 12 were missing.");
        assertThat(counts(missing)).extracting(Fact::text).containsExactly("12");
        assertThat(counts(Extracts.of("The flood killed nine and displaced 4,000.")))
                .extracting(Fact::text)
                .containsExactly("nine");
        Extraction e = Extracts.of("The flood killed nine people and left 3,000 residents homeless.");
        assertThat(Extracts.fact(e, FactType.CASUALTY_COUNT, "nine people")).isPresent();
        assertThat(counts(e)).hasSize(1);
    }

    @Test
    void peopleNeverTroopsAreNoTroopCountWhateverTheVerb() {
        assertThat(counts(Extracts.of("The rebels ordered the 140 pupils sent home.")))
                .isEmpty();
    }

    @Test
    void agesAreNoCounts() {
        assertThat(counts(Extracts.of("Tarvo, 34, died when the mine exploded near the depot.")))
                .isEmpty();
        assertThat(counts(Extracts.of("The two captured soldiers, aged 19 and 23, were taken prisoner.")).stream()
                        .map(Fact::text))
                .doesNotContain("23", "19");
    }

    @Test
    void aCountSetOffByCommasLeavesTheVerbToTheCountItSitsIn() {
        Fact f = counts(Extracts.of("At least 30 people, nine of them children, were killed in the blast."))
                .get(0);
        assertThat(f.text()).isEqualTo("At least 30 people");
        assertThat(f.type()).isEqualTo(FactType.CASUALTY_COUNT);
    }

    @Test
    void aTotalNamedRightBeforeOfIsCounted() {
        Fact f = only("Velmar keeps an army of about 90,000, most of them conscripts.");
        assertThat(f.type()).isEqualTo(FactType.TROOP_COUNT);
        assertThat(f.quantity()).isEqualTo(Quantity.approximately(90000, "approximately"));
    }

    @Test
    void thingsCountedNearTroopsAreNoTroops() {
        Extraction e =
                Extracts.of("About 800 troops from 11 countries took part, with 30 armoured personnel carriers.");
        assertThat(counts(e)).extracting(Fact::text).containsExactly("About 800 troops");
    }

    @Test
    void oneCasualtyNamedWithAnArticleIsACountOfOne() {
        for (String sentence : List.of(
                "A sailor was killed when the patrol boat was rammed.",
                "Gunmen shot dead a security guard at the gate.",
                "A volunteer firefighter is missing after the fire.")) {
            Fact f = only(sentence);
            assertThat(f.type()).as(sentence).isEqualTo(FactType.CASUALTY_COUNT);
            assertThat(f.quantity()).as(sentence).isEqualTo(Quantity.exact(1));
            assertThat(f.rule()).as(sentence).isEqualTo("count.single-person");
        }
        assertThat(counts(Extracts.of("A soldier said the post was quiet."))).isEmpty();
        assertThat(counts(Extracts.of("A soldier killed three civilians.")))
                .extracting(Fact::text)
                .containsExactly("three civilians");
    }
}
