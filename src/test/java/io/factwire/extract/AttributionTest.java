package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who said each quotation, as which words, and which outlet reported it. */
class AttributionTest {

    @Test
    void speakerNamedAfterSaidFollowingTheQuotation() {
        Quote q = Extracts.of("“We will not retreat from the river,” said Anna Berg, the defence minister.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isEqualTo("Anna Berg");
        assertThat(q.speakerMention()).isEqualTo("Anna Berg");
    }

    @Test
    void speakerNamedBeforeSaidFollowingTheQuotation() {
        Quote q = Extracts.of("“The line holds for now,” Anna Berg said.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void speakerBeforeTheQuotationWithToldReportersAndAColon() {
        Extraction e = Extracts.of(
                "Defence minister Anna Berg visited the front on Monday.",
                "Berg told reporters: “The enemy withdrew overnight.”");
        Quote q = e.quotes().get(0);
        assertThat(q.speaker()).isEqualTo("Anna Berg");
        assertThat(q.speakerMention()).isEqualTo("Berg");
    }

    @Test
    void laterSurnameMentionGivesTheFullCanonicalName() {
        Extraction e = Extracts.of(
                "“We will not retreat,” said Anna Berg, the defence minister.", "“The line holds,” Berg said.");
        assertThat(e.quotes()).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
        assertThat(e.quotes().get(1).speakerMention()).isEqualTo("Berg");
    }

    @Test
    void titledNameAfterTheQuotationIsTheSpeaker() {
        Quote q = Extracts.of("“The troops are ready,” Lieutenant General Ivo Sepp said.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isEqualTo("Ivo Sepp");
    }

    @Test
    void speakerBeforeSaidAndAColonIntroducesTheQuotation() {
        Quote q = Extracts.of("A spokesman for the ministry, Jaan Kask, said later: “The drills will continue.”")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isEqualTo("Jaan Kask");
    }

    @Test
    void pronounResolvesToThePersonNamedJustBefore() {
        Extraction e = Extracts.of(
                "Finnish President Anna Berg visited the border on Monday.",
                "“Nobody wants a war,” she told reporters.");
        Quote q = e.quotes().get(0);
        assertThat(q.speaker()).isEqualTo("Anna Berg");
        assertThat(q.speakerMention()).isEqualTo("she");
    }

    @Test
    void pronounWithNobodyNamedBeforeKeepsTheMentionButNoSpeaker() {
        Quote q =
                Extracts.of("“Nobody wants a war,” he told reporters.").quotes().get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention()).isEqualTo("he");
    }

    @Test
    void roleResolvesToThePersonIntroducedWithThatRole() {
        Extraction e = Extracts.of(
                "Defence ministry spokeswoman Liisa Kask said the exercise had gone to plan.",
                "“Every unit reached its position on time,” the spokeswoman said.");
        Quote q = e.quotes().get(0);
        assertThat(q.speaker()).isEqualTo("Liisa Kask");
        assertThat(q.speakerMention()).isEqualTo("the spokeswoman");
    }

    @Test
    void leaderResolvesToTheHeadOfStateIntroducedBefore() {
        Extraction e = Extracts.of(
                "Finnish President Anna Berg visited the border on Monday.",
                "“We will defend every metre,” said the Finnish leader.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Anna Berg");
        assertThat(e.quotes().get(0).speakerMention()).isEqualTo("the Finnish leader");
    }

    @Test
    void unnamedSpeakerStaysNullWithTheMentionKept() {
        Quote q = Extracts.of("“We saw the flashes all night,” a resident told reporters.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention()).isEqualTo("a resident");
    }

    @Test
    void anonymousOfficialIsNoNamedSpeakerEvenWithPeopleNamedBefore() {
        Extraction e = Extracts.of(
                "General Ivo Sepp inspected the troops on Monday.",
                "“The convoy is large,” an official said, speaking on condition of anonymity.");
        Quote q = e.quotes().get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention()).isEqualTo("an official");
    }

    @Test
    void oneSoldierIsAnIndefiniteSpeaker() {
        Quote q = Extracts.of("“It was a quiet night,” one soldier said.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention()).isEqualTo("one soldier");
    }

    @Test
    void quotationWithNoAttributionAtAllHasNoSpeakerAndNoMention() {
        Quote q = Extracts.of("The poster read “Victory is near” in red letters.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isNull();
    }

    @Test
    void secondQuotationInTheSameParagraphSharesTheSpeaker() {
        Extraction e = Extracts.of("“We hold the bridge,” Anna Berg said. “We hold the town too.”");
        assertThat(e.quotes()).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void paragraphOpeningWithAnUnattributedQuotationContinuesTheSpeechBefore() {
        Extraction e = Extracts.of("“We hold the bridge,” Anna Berg said.", "“And we will hold the town.”");
        assertThat(e.quotes()).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void quotedPhraseBelongsToTheSpeakerOfItsSentence() {
        Quote q = Extracts.of("Anna Berg called the attack “a cowardly act” on Monday.")
                .quotes()
                .get(0);
        assertThat(q.speaker()).isEqualTo("Anna Berg");
        assertThat(q.fragment()).isTrue();
    }

    @Test
    void nameInsideTheQuotationIsNotTheSpeaker() {
        Extraction e = Extracts.of(
                "General Ivo Sepp inspected the troops on Monday.", "“Anna Berg knows the plan,” Sepp said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Ivo Sepp");
    }

    // sources

    @Test
    void accordingToAnAgencyIsTheSource() {
        Quote q = Extracts.of("“The bridge is closed,” an official said, according to Yonhap.")
                .quotes()
                .get(0);
        assertThat(q.source()).isEqualTo("Yonhap");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void toldAnAgencyMakesItTheSource() {
        Extraction e = Extracts.of(
                "Defence ministry spokeswoman Liisa Kask visited the port.",
                "“We have no plans to withdraw,” Kask told Reuters.");
        Quote q = e.quotes().get(0);
        assertThat(q.source()).isEqualTo("Reuters");
        assertThat(q.speaker()).isEqualTo("Liisa Kask");
    }

    @Test
    void citingAnAgencyMakesItTheSource() {
        Quote q = Extracts.of("The agency, citing TASS, said troops were “ready to act at any moment.”")
                .quotes()
                .get(0);
        assertThat(q.source()).isEqualTo("TASS");
    }

    @Test
    void outletIsGivenAsWrittenWithoutItsArticle() {
        assertThat(Extracts.of("“The talks are over,” a diplomat told the Associated Press.")
                        .quotes()
                        .get(0)
                        .source())
                .isEqualTo("Associated Press");
        assertThat(Extracts.of("“The talks are over,” a diplomat told AP.")
                        .quotes()
                        .get(0)
                        .source())
                .isEqualTo("AP");
    }

    @Test
    void agencyReportingTheQuotationIsTheSource() {
        Quote q = Extracts.of("“The leader inspected the new unit,” KCNA reported.")
                .quotes()
                .get(0);
        assertThat(q.source()).isEqualTo("KCNA");
    }

    @Test
    void slashAgencyDatelineIsTheSourceOfEveryQuotation() {
        Extraction e = Extracts.of(
                "RIGA, March 3. /TASS/. The minister spoke to troops on Monday.",
                "“We are ready,” the minister said.",
                "“We will stay,” he added.");
        assertThat(e.quotes()).hasSize(2).extracting(Quote::source).containsOnly("TASS");
    }

    @Test
    void agencyNamedInTheQuotationIsNotTheSource() {
        Quote q =
                Extracts.of("“Reuters got it wrong,” Anna Berg said.").quotes().get(0);
        assertThat(q.source()).isNull();
        assertThat(q.speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void quotationWithNoOutletNamedHasNoSource() {
        Quote q = Extracts.of("“We will not retreat,” said Anna Berg, the defence minister.")
                .quotes()
                .get(0);
        assertThat(q.source()).isNull();
    }

    @Test
    void outletIsReadFromADescriptivePhrase() {
        SourceFinder attributor = new SourceFinder(new Gazetteer(Lexicon.get()));
        assertThat(attributor.outletIn("Japan’s Kyodo news agency")).startsWith("Kyodo");
        assertThat(attributor.outletIn("the Associated Press")).isEqualTo("Associated Press");
        assertThat(attributor.outletIn("local broadcaster Baltic Wire")).isEqualTo("Baltic Wire");
        assertThat(attributor.outletIn("his neighbours")).isNull();
    }

    @Test
    void roleInAnAppositiveAfterTheNameResolvesToThatPerson() {
        Extraction e = Extracts.of(
                "Liisa Kask, a spokeswoman for the ministry, said the drills had ended.",
                "“Every unit reached its position on time,” the spokeswoman said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Liisa Kask");
    }

    @Test
    void commanderInAnAppositiveResolvesToThatPerson() {
        Extraction e = Extracts.of(
                "General Ivo Sepp, the army commander, inspected the troops.",
                "“They trained hard,” the commander said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Ivo Sepp");
    }

    @Test
    void callSignOfAStationToldTheQuoteIsItsSource() {
        assertThat(Extracts.of("Principal Ana Ortiz told WQRT 5 that the roof held. “We ran,” she said.")
                        .quotes()
                        .get(0)
                        .source())
                .isEqualTo("WQRT 5");
    }

    @Test
    void aliasTheListWritesInLowerCaseMatchesOnlyAsWritten() {
        Gazetteer gazetteer = new Gazetteer(Lexicon.get());
        assertThat(gazetteer.outlet("dpa")).contains("DPA");
        assertThat(gazetteer.outlet("DPA")).contains("DPA");
        assertThat(gazetteer.outlet("Dpa")).isEmpty();
    }

    @Test
    void organisationKnownByTheLastWordOfItsNameSpeaksAsThatOrganisation() {
        Extraction e = Extracts.of(
                "Prices at the Osk grain market rose again on Monday, the Velmar Farmers Union said.",
                "“Nobody can sell at these prices,” the union said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Farmers Union");
        assertThat(e.quotes().get(0).speakerMention()).isEqualTo("the union");
    }

    @Test
    void itBeforeASpeechVerbIsTheOrganisationTheSentenceBeforeNamed() {
        Extraction e = Extracts.of(
                "The Velmar Farmers Union rejected the new tax. In a statement, it said the tax was “a blow to every farm”.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Farmers Union");
        assertThat(e.quotes().get(0).speakerMention()).isEqualTo("it");
    }

    @Test
    void itAfterAQuotedSentenceIsLeftToTheQuotationsSpeaker() {
        Extraction e = Extracts.of(
                "The Velmar Farmers Union met on Monday.",
                "“The tax is unfair,” Dara Molen said. It added that “talks must resume”.");
        assertThat(e.quotes()).extracting(Quote::speaker).containsExactly("Dara Molen", "Dara Molen");
    }

    @Test
    void statementThatSaysSomethingIsItsIssuersWords() {
        Extraction e = Extracts.of(
                "The Velmar Farmers Union published a statement on Monday. The statement said prices were “out of reach”.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Farmers Union");
    }

    @Test
    void theMinistryIsTheMinistryNamedLastBeforeNotLater() {
        Extraction e = Extracts.of(
                "The Estonian Ministry of Defence said the drills would last a week. “Every unit is ready,” the ministry said.",
                "The Latvian Ministry of Defence will hold its own drills in May.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Estonian Ministry of Defence");
    }

    @Test
    void aMinistryEveryCountryHasKeepsTheCountryWrittenBeforeIt() {
        Extraction e = Extracts.of("Estonia’s Defence Ministry called the flight “a deliberate provocation”.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Estonia’s Defence Ministry");
    }

    @Test
    void aMilitaryNamedByItsPeopleIsTheSpeakerAsWritten() {
        Extraction e = Extracts.of("The Latvian military said it had shot down “two small drones” near the border.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Latvian military");
    }

    @Test
    void nameAfterTheQuotationDoesNotReachIntoTheNextSentence() {
        Extraction e = Extracts.of(
                "Deputy minister Jaan Kask said only that “every loss is counted”. The Velmar Farmers Union has"
                        + " estimated the losses at two hundred farms.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Jaan Kask");
    }

    @Test
    void outletThatReportedWhatANamedSpeakerSaidParagraphsBeforeIsTheSource() {
        Extraction e = Extracts.of(
                "Floods closed the port of Osk on Monday, Ukrinform reports with reference to the Velmar Port Authority.",
                "Ships waited offshore for a second day.",
                "“The harbour will reopen when the water falls,” the Velmar Port Authority said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Port Authority");
        assertThat(e.quotes().get(0).source()).isEqualTo("Ukrinform");
        assertThat(e.quotes().get(0).sourceRule()).isEqualTo("source.speaker-introduction");
    }

    @Test
    void outletKnownByItsFullNameIsNamedByItsShortNameWhenTheNameNeedsItsKind() {
        Extraction e = Extracts.of(
                "“The harvest is the best in ten years,” Dara Molen said, according to the Korean Central News Agency.");
        assertThat(e.quotes().get(0).source()).isEqualTo("KCNA");
    }

    @Test
    void letterThatWarnsIsTheWordsOfTheBodyThatWroteIt() {
        Extraction e = Extracts.of(
                "The Velmar Farmers Union wrote to the governor on Monday.",
                "The letter warned that “the harvest will rot in the fields”.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Farmers Union");
    }

    @Test
    void honorificBeforeANameIsNoPartOfTheSpeakersName() {
        Extraction e = Extracts.of("“The road is closed again,” said Daw Khin Myat Aye, a teacher in the town.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Khin Myat Aye");
    }

    @Test
    void personInAnAsideAfterWhoIsNotTheSpeakerOfTheSentence() {
        Extraction e = Extracts.of(
                "Ambassador Dara Molen, who stood beside Governor Vesna Kral at the ceremony, called the bridge"
                        + " “a gift to both nations”.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Dara Molen");
    }

    @Test
    void outletAPersonSpokeToIsNotTheSpeaker() {
        Extraction e = Extracts.of(
                "A farmer who lost his barn told Reuters by telephone that the water came “in less than an hour”.");
        assertThat(e.quotes().get(0).speaker()).isNull();
        assertThat(e.quotes().get(0).source()).isEqualTo("Reuters");
    }

    @Test
    void quotationSignedOnTheNextLineWithADashIsTheSignersWords() {
        Extraction e = Extracts.of(
                "What the harbour board says:",
                "“The harbour will reopen once the channel is dredged.”",
                "— Vesna Kral, port director",
                "Ships are waiting offshore.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Vesna Kral");
        assertThat(e.quotes().get(0).rule()).isEqualTo("speaker.dash-line-after");
    }

    @Test
    void aPronounAfterAnUnnamedSpokesmanNamesNobody() {
        Extraction e = Extracts.of(
                "Vesna Kral, a trader in Osk, said the market had burned.",
                "A police spokesman in Tarn said 12 suspects had been held. “More arrests will follow,” he said.");
        assertThat(e.quotes().get(0).speaker()).isNull();
    }

    @Test
    void aDefiniteRoleAfterAnUnnamedIntroductionNamesNobody() {
        Extraction e = Extracts.of(
                "Governor Dara Molen, a senior official, visited the camp on Monday.",
                "A local official, who asked not to be named, said the road was cut.",
                "“Nobody can reach the villages,” the official said.");
        assertThat(e.quotes().get(0).speaker()).isNull();
    }

    @Test
    void aPlaceThatSpeaksIsItsGovernment() {
        Extraction e = Extracts.of(
                "The talks were held in Velmar on Wednesday.",
                "Velmar confirmed the deal in a statement. “Security remains our first concern,” it said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar");
    }

    @Test
    void theGroupIsTheOrganisationTheParagraphNamed() {
        Extraction e = Extracts.of(
                "The Velmar Farmers Front, which says it defends herders, denied any role. “Our men touched nobody,”"
                        + " the group said in a message.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Velmar Farmers Front");
    }

    @Test
    void aRoleThenANameAfterTheQuoteIsTheSpeaker() {
        Extraction e = Extracts.of("“We are still digging,” a firefighter, Tarno Velikov, told local radio.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Tarno Velikov");
    }

    @Test
    void aFamilyRoleIntroducedBeforeACommaFindsThePerson() {
        Extraction e = Extracts.of(
                "Her son, Osvald Tarnberg, said the cause was heart failure.",
                "“She had no patience for ceremonies,” her son said.");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Osvald Tarnberg");
    }

    @Test
    void anInterviewAnswerQuotingItsOwnWordsIsTheAnswerer() {
        Extraction e = Extracts.of(
                "We spoke to Ilse Varnhagen, director of the Osk port, about the drought.",
                "Q: What do you want?",
                "Varnhagen: Rail. I wrote to the ministry in March saying: “Give us the rail link.”");
        assertThat(e.quotes().get(0).speaker()).isEqualTo("Ilse Varnhagen");
        assertThat(e.quotes().get(0).rule()).isEqualTo("speaker.interview-first-person");
    }
}
