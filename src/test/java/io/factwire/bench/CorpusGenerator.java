package io.factwire.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded generator of synthetic news articles for benchmarks: titles, datelines with agencies, section
 * headings, quotes with named speakers and titles, troop and casualty counts, dates (absolute and weekday),
 * durations, military units, equipment, places and organisations, from templates and word lists of its own.
 * The same seed and count give the same files, so runs compare. Each article is about 500 words.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR [COUNT=100000] [SEED=42]}. Writes {@code a000001.txt} with a sidecar
 * {@code a000001.json} ({@code publishedAt}, {@code source}) for each article, and {@code manifest.properties}
 * (count, seed, total bytes of text). Not a test: run by {@code bench/run.sh}.
 */
public final class CorpusGenerator {

    // ---- word lists -------------------------------------------------------------------------------------------
    record Place(String city, String country, String region) {}

    private static final Place[] PLACES = {
        new Place("Kyiv", "Ukraine", "Kyiv Oblast"), new Place("Kharkiv", "Ukraine", "Kharkiv Oblast"),
        new Place("Zaporizhzhia", "Ukraine", "Zaporizhzhia Oblast"), new Place("Odesa", "Ukraine", "Odesa Oblast"),
        new Place("Dnipro", "Ukraine", "Dnipropetrovsk Oblast"), new Place("Tallinn", "Estonia", "Harju County"),
        new Place("Narva", "Estonia", "Ida-Viru County"), new Place("Riga", "Latvia", "Vidzeme"),
        new Place("Vilnius", "Lithuania", "Vilnius County"), new Place("Warsaw", "Poland", "Masovia"),
        new Place("Rzeszow", "Poland", "Subcarpathia"), new Place("Helsinki", "Finland", "Uusimaa"),
        new Place("Bucharest", "Romania", "Ilfov"), new Place("Constanta", "Romania", "Dobruja"),
        new Place("Sofia", "Bulgaria", "Sofia Province"), new Place("Seoul", "South Korea", "Gyeonggi"),
        new Place("Pyongyang", "North Korea", "South Pyongan"), new Place("Tokyo", "Japan", "Kanto"),
        new Place("Manila", "Philippines", "Luzon"), new Place("Yangon", "Myanmar", "Yangon Region"),
        new Place("Sittwe", "Myanmar", "Rakhine State"), new Place("Bangkok", "Thailand", "Central Thailand"),
        new Place("Jakarta", "Indonesia", "Java"), new Place("Nairobi", "Kenya", "Nairobi County"),
        new Place("Addis Ababa", "Ethiopia", "Oromia"), new Place("Khartoum", "Sudan", "Khartoum State"),
        new Place("Pemba", "Mozambique", "Cabo Delgado"), new Place("Lagos", "Nigeria", "Lagos State"),
        new Place("Bamako", "Mali", "Koulikoro"), new Place("Lima", "Peru", "Lima Region"),
        new Place("Arequipa", "Peru", "Arequipa Region"), new Place("Bogota", "Colombia", "Cundinamarca"),
        new Place("Quito", "Ecuador", "Pichincha"), new Place("Santiago", "Chile", "Santiago Metropolitan Region"),
        new Place("Yerevan", "Armenia", "Ararat Valley"), new Place("Baku", "Azerbaijan", "Absheron"),
        new Place("Tbilisi", "Georgia", "Kartli"), new Place("Ankara", "Turkey", "Central Anatolia"),
        new Place("Beirut", "Lebanon", "Mount Lebanon"), new Place("Amman", "Jordan", "Amman Governorate"),
        new Place("Tirana", "Albania", "Tirana County"), new Place("Viseu", "Portugal", "Beira Alta"),
        new Place("Lisbon", "Portugal", "Lisbon District"), new Place("Athens", "Greece", "Attica"),
        new Place("Brussels", "Belgium", "Brussels-Capital Region"), new Place("Geneva", "Switzerland", "Lake Geneva"),
        new Place("Berlin", "Germany", "Brandenburg"), new Place("Paris", "France", "Ile-de-France"),
        new Place("Madrid", "Spain", "Castile"), new Place("Rome", "Italy", "Lazio"),
        new Place("Taipei", "Taiwan", "Northern Taiwan"), new Place("Hanoi", "Vietnam", "Red River Delta"),
        new Place("Dhaka", "Bangladesh", "Dhaka Division"), new Place("Kathmandu", "Nepal", "Bagmati"),
        new Place("Islamabad", "Pakistan", "Punjab"), new Place("Kabul", "Afghanistan", "Kabul Province"),
    };
    private static final String[] VILLAGES = {
        "Stepove", "Novopil", "Permiskula", "Mocimboa", "Ancuabe", "Ponnagyun", "Kalinovka", "Hrushivka",
        "Bilohirya", "Malynivka", "Sosnivka", "Dobropillia", "Kupiansk", "Lyman", "Vovchansk", "Orikhiv",
        "Robotyne", "Tokmak", "Kamianske", "Ivanivka", "Zolochiv", "Berestove", "Pokrovka", "Velyka Novosilka",
    };
    private static final String[] AGENCIES = {
        "Reuters", "AP", "AFP", "Yonhap", "Kyodo", "Anadolu", "EFE", "ANSA", "dpa", "TASS", "Xinhua", "BNS", "PAP",
    };
    private static final String[] GIVEN = {
        "Olena", "Andriy", "Kristjan", "Liis", "Rein", "Tom", "Sarah", "Mikhail", "Anna", "Jonas", "Marta",
        "Piotr", "Agnieszka", "Mihai", "Elena", "Georgi", "Maria", "Carlos", "Lucia", "Jorge", "Ana", "Ahmed",
        "Fatima", "Samuel", "Grace", "David", "Helen", "Pedro", "Ines", "Nikos", "Eleni", "Aram", "Lilit",
        "Ilham", "Leyla", "Mehmet", "Ayse", "James", "Emily", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Thomas",
    };
    private static final String[] FAMILY = {
        "Kovalenko",
        "Shevchenko",
        "Tamm",
        "Aavik",
        "Ashby",
        "Miller",
        "Nowak",
        "Kowalski",
        "Popescu",
        "Ionescu",
        "Petrov",
        "Dimitrov",
        "Garcia",
        "Fernandez",
        "Lopez",
        "Silva",
        "Santos",
        "Papadopoulos",
        "Hakobyan",
        "Aliyev",
        "Yilmaz",
        "Demir",
        "Okafor",
        "Mwangi",
        "Kamau",
        "Tanaka",
        "Sato",
        "Kim",
        "Park",
        "Lee",
        "Nguyen",
        "Rahman",
        "Haddad",
        "Mansour",
        "Lindqvist",
        "Virtanen",
        "Berzins",
        "Kazlauskas",
        "Muller",
        "Dubois",
        "Rossi",
        "Bianchi",
        "Costa",
        "Moreau",
        "Schmidt",
        "Novak",
        "Horvat",
        "Kruger",
    };
    private static final String[] OFFICIAL_TITLES = {
        "Defence Minister", "Foreign Minister", "Interior Minister", "Prime Minister", "President",
        "army spokesman", "military spokeswoman", "regional governor", "Health Minister", "mayor",
        "Brigadier General", "Colonel", "Lieutenant Colonel", "Major General", "Major",
        "police chief", "emergency services chief", "government spokeswoman", "deputy minister",
    };
    private static final String[] CIVILIAN_ROLES = {
        "a teacher",
        "a farmer",
        "a nurse",
        "a shopkeeper",
        "a retired engineer",
        "a volunteer driver",
        "a local official",
        "a student",
        "a fisherman",
        "an aid worker",
        "a doctor at the city hospital",
    };
    private static final String[] ORDINALS = {
        "1st", "2nd", "3rd", "4th", "5th", "7th", "10th", "12th", "14th", "17th", "21st", "24th", "28th", "33rd",
        "36th", "41st", "47th", "53rd", "62nd", "72nd", "80th", "92nd", "93rd", "110th", "155th",
    };
    private static final String[] FORMATIONS = {
        "Mechanized Brigade", "Infantry Brigade", "Artillery Brigade", "Marine Brigade", "Air Assault Brigade",
        "Tank Battalion", "Infantry Battalion", "Engineer Regiment", "Motor Rifle Division",
                "Territorial Defence Brigade",
    };
    private static final String[] EQUIPMENT = {
        "Patriot air defence systems",
        "HIMARS rocket launchers",
        "Leopard 2 tanks",
        "Bradley fighting vehicles",
        "K9 howitzers",
        "Caesar howitzers",
        "Mistral missiles",
        "Shahed drones",
        "Lancet drones",
        "Javelin anti-tank missiles",
        "F-16 fighter jets",
        "Bayraktar drones",
        "NASAMS batteries",
        "Stryker vehicles",
    };
    private static final String[] ORGS = {
        "the United Nations",
        "NATO",
        "the European Union",
        "the Red Cross",
        "the World Health Organization",
        "the International Monetary Fund",
        "the African Union",
        "Amnesty International",
        "Doctors Without Borders",
        "the Organization for Security and Co-operation in Europe",
        "the World Food Programme",
        "UNICEF",
    };
    private static final String[] COUNT_NOUNS_TROOPS = {
        "soldiers", "troops", "servicemen", "reservists", "marines", "conscripts"
    };
    private static final String[] COUNT_NOUNS_PEOPLE = {"people", "civilians", "residents", "villagers", "families"};
    private static final String[] CASUALTY_VERBS = {"killed", "wounded", "injured", "missing", "dead"};
    private static final String[] QUALIFIERS = {
        "about", "at least", "more than", "nearly", "roughly", "some", "up to", "around"
    };
    private static final String[] NUMBER_WORDS = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "20"
    };
    private static final String[] DURATION_UNITS = {"days", "weeks", "months", "hours", "years"};
    private static final String[] SAY = {
        "said",
        "told reporters",
        "said in a statement",
        "told parliament",
        "told state television",
        "wrote on social media"
    };
    private static final String[] AWARDS = {
        "the Order of Courage",
        "the Hero of Ukraine title",
        "the Medal for Military Merit",
        "the Cross of Valour",
        "the Order of Lenin"
    };

    // ---- sentence templates -----------------------------------------------------------------------------------
    // Topics shape titles, headings and the vocabulary of the filler sentences.
    private static final String[] TOPICS = {"front", "quake", "election", "aid", "border", "fire", "talks", "economy"};

    private static final String[][] TITLES = {
        {
            "{Country} troops push back near {Village} as {Unit} reports gains",
            "Fighting intensifies around {City} as {Agency} reports {n} {troops} moved to front",
            "{Unit} withdraws from {Village} after {dur} of shelling"
        },
        {
            "Magnitude {mag} earthquake strikes {Region}, at least {n} dead",
            "Rescuers search rubble in {City} after {mag} quake",
            "{Country} declares emergency after earthquake near {City}"
        },
        {
            "{Country} votes in tight presidential runoff as turnout tops {pct} percent",
            "Opposition leader {Name} claims victory in {Country} election",
            "{City} braces for protests after disputed {Country} vote"
        },
        {
            "{Org} pledges {money} in aid for {Country}",
            "Aid convoy reaches {City} after {dur} blockade",
            "{Country} receives new {Equipment} from allies"
        },
        {
            "{Country} reinforces border near {City} with {n} more {troops}",
            "Drones cross into {Country} airspace near {City}; {Unit} on alert",
            "{Country} and neighbours agree on joint border patrols"
        },
        {
            "Wildfire forces evacuation of {n} {people} near {City}",
            "Firefighters battle blaze in {Region} for {dur}",
            "{Country} asks {Org} for help as fires spread"
        },
        {
            "Ceasefire talks resume in {City} after {dur}",
            "{Country} and rivals sign prisoner exchange deal in {City}",
            "Envoys meet in {City} as {Org} urges restraint"
        },
        {
            "{Country} central bank raises rates to {pct} percent",
            "Inflation in {Country} slows for a {ord} month",
            "{Country} unveils {money} spending plan for {Region}"
        },
    };
    private static final String[][] HEADINGS = {
        {"Battle for {Village}", "A long front", "Artillery duel", "The view from {City}", "Reinforcements"},
        {"Search and rescue", "Aftershocks", "Damage in {City}", "A country on a fault line", "Aid arrives"},
        {"A divided country", "Turnout", "Fraud claims", "What comes next", "The campaign"},
        {"What the money buys", "Delays", "On the ground in {City}", "Allies step up"},
        {"Drones at night", "Patrols", "A tense frontier", "Allies respond"},
        {"Evacuations", "Hot, dry and windy", "Losses", "Questions for the government"},
        {"The sticking points", "Prisoners", "Who was in the room", "A fragile truce"},
        {"Markets react", "Prices", "The budget", "Outlook"},
    };
    private static final String[][] FILLER = {
        {
            "{Name2} said {troops} from the {Unit} had held their positions around {Village} on {weekday} despite heavy shelling.",
            "{Q} {n} {troops} were moved to the area over {dur}, according to the {Country} general staff.",
            "The {Unit} said its artillery had destroyed {small} {Equipment2} near {Village} on {date}.",
            "Officials said {Q} {n2} {troops} had been {casualty} since the offensive began in {month}.",
            "The claims could not be independently verified by {Agency}.",
            "Satellite images reviewed by {Agency} showed new trenches {km} kilometres east of {City}."
        },
        {
            "The quake struck at a depth of {km} kilometres at {time} local time on {date}, the geological service said.",
            "{Q} {n} {people} were {casualty} and {n2} buildings damaged across {Region}.",
            "Rescue teams from {Org} arrived in {City} on {weekday} with sniffer dogs and heavy equipment.",
            "More than {n2} aftershocks were recorded over the following {dur}.",
            "Schools in {Region} will stay closed for {dur}, the education ministry said."
        },
        {
            "Turnout stood at {pct} percent by {time}, the electoral commission said on {weekday}.",
            "{Name2}, who led the first round with {pct} percent, promised to fight corruption.",
            "Observers from {Org} said voting in {City} was largely orderly but reported {small} serious complaints.",
            "Polls closed at {time} and results are expected on {date}.",
            "Some {n} {people} rallied in central {City} on {date} to demand a recount."
        },
        {
            "The package includes {small} {Equipment2} and ammunition worth {money}, officials said.",
            "{Org} said {Q} {n} {people} in {Region} depended on food aid.",
            "The first deliveries reached {City} on {date}, {dur} later than planned.",
            "Parliament approved the spending on {weekday} by {n2} votes to {small}."
        },
        {
            "Border guards reported {small} drone incursions near {City} over {dur}.",
            "{Q} {n} {troops} and {small} {Equipment2} were sent to the border on {date}.",
            "The {Unit} will lead the patrols from {month}, the defence ministry said.",
            "Residents of {Village} said they heard explosions on {weekday} night."
        },
        {
            "The fire has burned {Q} {n} hectares since {date}, the civil protection agency said.",
            "{Q} {n2} firefighters and {small} water-bombing planes were fighting the blaze.",
            "{Q} {small} {people} were {casualty} and {n2} homes destroyed in {Region}.",
            "Temperatures reached {deg} degrees in {City} on {weekday}."
        },
        {
            "Delegations met in {City} on {weekday} for the first time in {dur}.",
            "The two sides agreed to exchange {Q} {n2} prisoners by {date}, the mediators said.",
            "{Org} has called for a ceasefire of at least {dur} to allow aid into {Region}.",
            "The talks are expected to resume on {date} in {City2}."
        },
        {
            "The bank raised its main rate by {small} percentage points to {pct} percent on {date}.",
            "Inflation reached {pct} percent in {month}, the statistics office said.",
            "The plan would create {Q} {n} jobs in {Region} over {dur}, the finance ministry said.",
            "{Org} expects growth of {small} percent this year."
        },
    };
    private static final String[] QUOTES = {
        "We are not going anywhere. This is our land and we will hold it",
        "The situation is difficult but under control",
        "Nobody expected it to happen so fast",
        "We need more help, and we need it now",
        "Every day we wait costs lives",
        "I have lived here for {age} years and I have never seen anything like this",
        "This is a test of our resolve, and we will not fail it",
        "The numbers speak for themselves",
        "We will rebuild, but it will take {dur}",
        "Our soldiers did exactly what they were trained to do",
        "There is no military solution. There has to be a political one",
        "We are asking our partners to keep their promises",
        "The night was the worst. You could hear everything",
        "We counted {small} explosions before midnight",
        "It is too early to say who is responsible",
    };
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private final SplittableRandom random;
    private final LocalDate published;
    private final int topic;
    private final Place place;
    private final Place otherPlace;
    private final String unit;
    private final String agency;

    private CorpusGenerator(long seed) {
        random = new SplittableRandom(seed);
        published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365 * 3));
        topic = random.nextInt(TOPICS.length);
        place = pick(PLACES);
        otherPlace = pick(PLACES);
        unit = pick(ORDINALS) + " " + pick(FORMATIONS);
        agency = pick(AGENCIES);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusGenerator OUT_DIR [COUNT=100000] [SEED=42]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Files.createDirectories(out);
        long[] bytes = new long[count];
        long[] words = new long[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            Article a = article(seed, i);
            byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
            bytes[i] = text.length;
            words[i] = a.text().split("\\s+").length;
            String name = String.format("a%06d", i + 1);
            try {
                Files.write(out.resolve(name + ".txt"), text);
                Files.writeString(
                        out.resolve(name + ".json"),
                        "{\"publishedAt\": \"" + a.publishedAt() + "\", \"source\": \"" + a.source() + "\"}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long totalBytes = 0;
        long totalWords = 0;
        for (int i = 0; i < count; i++) {
            totalBytes += bytes[i];
            totalWords += words[i];
        }
        Files.writeString(
                out.resolve("manifest.properties"),
                "articles=" + count + "\nseed=" + seed + "\ntext_bytes=" + totalBytes + "\nwords=" + totalWords + "\n");
        System.out.printf(
                "wrote %d articles (%d bytes of text, %.0f words/article) to %s%n",
                count, totalBytes, (double) totalWords / count, out);
    }

    /** One generated article. */
    public record Article(String text, LocalDate publishedAt, String source) {}

    /** Article number {@code index} of the corpus with {@code seed}; independent of every other index. */
    public static Article article(long seed, int index) {
        CorpusGenerator g = new CorpusGenerator(seed * 1_000_003L + index);
        return new Article(g.text(), g.published, g.agency);
    }

    private String text() {
        StringBuilder sb = new StringBuilder(4000);
        sb.append(fill(pick(TITLES[topic]))).append("\n\n");
        // dateline in one of the forms wires use
        String dateline = switch (random.nextInt(3)) {
            case 0 -> place.city().toUpperCase(Locale.ROOT) + " (" + agency + ") – ";
            case 1 -> place.city().toUpperCase(Locale.ROOT) + ", " + place.country() + " — ";
            default -> place.city() + ", " + monthDay(published) + " (" + agency + ") - ";
        };
        sb.append(dateline).append(lead()).append("\n\n");
        int sections = 2 + random.nextInt(3);
        int words = countWords(sb);
        int target = 430 + random.nextInt(140);
        for (int s = 0; s < sections && words < target; s++) {
            if (s > 0) {
                sb.append(fill(pick(HEADINGS[topic]))).append("\n\n");
            }
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                String para = random.nextInt(10) < 4 ? quoteParagraph() : fillerParagraph();
                sb.append(para).append("\n\n");
                words += para.split(" ").length;
                if (words >= target) {
                    break;
                }
            }
        }
        while (words < target) {
            String para = fillerParagraph();
            sb.append(para).append("\n\n");
            words += para.split(" ").length;
        }
        return sb.toString().strip() + "\n";
    }

    private String lead() {
        return fill(
                switch (topic) {
                    case 0 ->
                        "{Country} said on {weekday} that {Q} {n} {troops} of the {Unit} had been moved towards {Village}, "
                                + "about {km} kilometres from {City}, after {dur} of fighting in which {Q} {n2} people were {casualty}.";
                    case 1 ->
                        "A magnitude {mag} earthquake struck {Region} on {date}, killing {Q} {n} people and forcing "
                                + "{n2} residents of {City} from their homes, officials said.";
                    case 2 ->
                        "Voters in {Country} went to the polls on {weekday} in a presidential runoff between {Name2} "
                                + "and {Name3}, after a campaign of {dur} dominated by prices and corruption.";
                    case 3 ->
                        "{Org} pledged {money} on {date} to help {Country} through the winter, as officials in {City} "
                                + "warned that {Q} {n} {people} could lose heating within {dur}.";
                    case 4 ->
                        "{Country} moved {Q} {n} {troops} to its border near {City} on {weekday} after {small} drones "
                                + "crossed into its airspace over {dur}, the defence ministry said.";
                    case 5 ->
                        "A wildfire that broke out near {City} on {date} has forced {Q} {n} {people} from their homes "
                                + "and burned through {n2} hectares of forest in {Region}, officials said on {weekday}.";
                    case 6 ->
                        "Envoys from {Country} and its neighbours met in {City} on {weekday} for talks on a ceasefire, "
                                + "the first such meeting in {dur}, with {Org} acting as mediator.";
                    default ->
                        "The central bank of {Country} raised its main interest rate to {pct} percent on {date}, "
                                + "its {ord} increase in {dur}, as inflation in {City} reached a {n2}-month high.";
                });
    }

    private String fillerParagraph() {
        int sentences = 2 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(capital(fill(random.nextInt(4) == 0 ? generalSentence() : pick(FILLER[topic]))));
        }
        return sb.toString();
    }

    private String generalSentence() {
        return pick(new String[] {
            "{Name2} was awarded {Award} in {City} on {date}.",
            "A spokesperson for {Org2} in {City2} said it was following the situation closely.",
            "Officials in {City2} said they had offered help to {Country}.",
            "The {Unit} has been based near {City} since {month}.",
            "{Name2}, a researcher in {City2}, said the figures were likely to rise over the next {dur}.",
            "About {km} percent of the {people} in {Region} had no electricity on {weekday}, the grid operator said.",
            "Flights to {City} were suspended for {dur} on {date}.",
            "The ministry said {Q} {n} {people} had registered for help by {weekday}.",
            "Local media reported power cuts in {Village} lasting {dur}.",
            "In {month}, {Country} received {small} {Equipment2} from its allies.",
        });
    }

    private String quoteParagraph() {
        String speaker = name();
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        String role = random.nextInt(4) == 0 ? pick(CIVILIAN_ROLES) + " from " + pick(VILLAGES) : pick(OFFICIAL_TITLES);
        String quote = fill(pick(QUOTES));
        String second = fill(pick(QUOTES));
        return switch (random.nextInt(4)) {
            case 0 ->
                "“" + quote + ",” " + speaker + ", " + role + ", " + pick(SAY) + " on " + weekday() + ". “" + second
                        + ".”";
            case 1 ->
                capital(role.startsWith("a") ? role : role + " " + speaker)
                        + (role.startsWith("a") ? " named " + speaker : "") + " " + pick(SAY) + " that the next "
                        + fill("{dur}")
                        + " would be decisive. “" + quote + ",” " + surname + " said.";
            case 2 ->
                "“" + quote + ".” That was how " + speaker + " described the past " + fill("{dur}") + " to " + agency
                        + " in " + place.city() + ".";
            default -> speaker + " said: “" + quote + ".” " + capitalFirst(fill(pick(FILLER[topic])));
        };
    }

    // ---- placeholders -----------------------------------------------------------------------------------------

    private String fill(String template) {
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            sb.append(template, i, open);
            sb.append(value(template.substring(open + 1, close)));
            i = close + 1;
        }
        return sb.toString();
    }

    private String value(String key) {
        return switch (key) {
            case "Country" -> place.country();
            case "City" -> place.city();
            case "City2" -> otherPlace.city();
            case "Region" -> place.region();
            case "Village" -> pick(VILLAGES);
            case "Unit" -> random.nextInt(3) == 0 ? pick(ORDINALS) + " " + pick(FORMATIONS) : unit;
            case "Agency" -> agency;
            case "Org", "Org2" -> pick(ORGS);
            case "Equipment", "Equipment2" -> pick(EQUIPMENT);
            case "Award" -> pick(AWARDS);
            case "Name", "Name2", "Name3" -> name();
            case "troops" -> pick(COUNT_NOUNS_TROOPS);
            case "people" -> pick(COUNT_NOUNS_PEOPLE);
            case "casualty" -> pick(CASUALTY_VERBS);
            case "Q" -> pick(QUALIFIERS);
            case "n" -> bigNumber();
            case "n2" -> Integer.toString(2 + random.nextInt(400));
            case "small" -> pick(NUMBER_WORDS);
            case "km" -> Integer.toString(3 + random.nextInt(120));
            case "deg" -> Integer.toString(30 + random.nextInt(16));
            case "pct" -> (1 + random.nextInt(80)) + "." + random.nextInt(10);
            case "mag" -> (5 + random.nextInt(3)) + "." + random.nextInt(10);
            case "age" -> Integer.toString(20 + random.nextInt(60));
            case "money" ->
                pick(new String[] {"$", "€", "£"})
                        + (1 + random.nextInt(900))
                        + pick(new String[] {" million", " billion"});
            case "dur" -> pick(NUMBER_WORDS) + " " + pick(DURATION_UNITS);
            case "date" -> date();
            case "weekday" -> weekday();
            case "month" -> MONTHS[random.nextInt(12)];
            case "ord" -> pick(new String[] {"second", "third", "fourth", "fifth", "sixth"});
            case "time" ->
                (1 + random.nextInt(12)) + ":" + (10 + random.nextInt(50)) + pick(new String[] {" a.m.", " p.m."});
            default -> throw new IllegalArgumentException("unknown placeholder " + key);
        };
    }

    private String bigNumber() {
        int n = switch (random.nextInt(3)) {
            case 0 -> 10 + random.nextInt(990);
            case 1 -> 1_000 + random.nextInt(49) * 500;
            default -> 100 + random.nextInt(99) * 100;
        };
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String date() {
        LocalDate d = published.minusDays(random.nextInt(40));
        return random.nextBoolean()
                ? monthDay(d)
                : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String monthDay(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth();
    }

    private String weekday() {
        return published.minusDays(1 + random.nextInt(6)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String name() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalFirst(String s) {
        return capital(s);
    }

    private static int countWords(CharSequence s) {
        return s.toString().split("\\s+").length;
    }

    /** Lists used elsewhere in the bench (search terms). */
    static List<String> searchTerms() {
        List<String> terms = new ArrayList<>();
        for (Place p : PLACES) {
            terms.add(p.city());
        }
        terms.addAll(List.of(FAMILY));
        terms.addAll(List.of(VILLAGES));
        return terms;
    }
}
