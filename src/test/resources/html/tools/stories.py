# Invented news stories for the page test set: every name, place and event here is made up.
# Each story: slug, title, authors, published, modified, site, host, lang, tags, description, blocks.
# A block is ("p", text), ("h", heading) or ("li", [items]) or ("q", quote paragraph).
S = []
def story(**k): S.append(k)

story(slug="wp-harbour-ferry", title="Harbour Ferry Service Returns After Eight-Month Repair", authors=["Maren Holtby"],
 published="2026-03-04T08:15:00+01:00", modified="2026-03-04T10:02:00+01:00", site="Vellmoor Gazette", host="vellmoorgazette.example",
 lang="en-GB", tags=["Transport", "Vellmoor"], description="The blue ferry is back on the water between Vellmoor and Oskarholm.",
 blocks=[("p","The blue ferry between Vellmoor and the island of Oskarholm carried its first passengers in eight months on Tuesday morning, after a repair of its hull took twice as long as the council had promised."),
 ("p","About 140 commuters queued on the quay before the 7.10 departure, some with flasks of coffee and one with a brass band. The crossing took eleven minutes, two fewer than before the repair, because the new propellers push harder against the tide."),
 ("h","Why the repair ran late"),
 ("p","Engineers at the Brandt yard found rust deep inside the ballast tanks in August, council papers show. Replacing the plates meant ordering steel from abroad, and the first delivery was the wrong thickness."),
 ("p","\u201cWe would rather be late than sail a ship we are not sure of,\u201d said Ilse Varnholt, who chairs the council\u2019s transport committee. She said the final bill came to 2.3 million crowns, 600,000 more than planned."),
 ("p","Islanders spent the winter on a chartered landing craft that could not run in strong wind. The school on Oskarholm closed on nineteen days because teachers could not get across."),
 ("p","Timetables are unchanged, and monthly passes bought for the autumn will be honoured until the end of May.")])

story(slug="wp-bakery-award", title="Corner Bakery Wins Regional Bread Prize for Rye Loaf", authors=["Tomasz Wendel", "Ada Crane"],
 published="2026-02-11T14:30:00-05:00", modified=None, site="Pine Hollow Ledger", host="pinehollowledger.example",
 lang="en-US", tags=["Food", "Business", "Awards"], description="A family bakery on Mill Street took the top prize at the regional bread fair.",
 blocks=[("p","A family bakery on Mill Street has won the top prize at the Tri-County Bread Fair for a dark rye loaf its owners have baked the same way for forty years."),
 ("p","Judges tasted 212 breads over two days in the fairground hall. They gave the Okafor Bakery\u2019s rye 96 points out of 100, praising a crust they called \u201cthick enough to knock on\u201d and a crumb that stayed moist after a day."),
 ("p","Grace Okafor, who runs the shop with her brother Daniel, said the recipe came from their grandmother and needs a starter fed twice a day. \u201cThe secret is patience and a cold back room,\u201d she said."),
 ("p","The prize carries $2,500 and a place at the state fair in June. The siblings plan to spend the money on a second oven so they can stop turning customers away by noon."),
 ("p","Sales doubled the morning after the result was announced, Daniel Okafor said, and the shop sold out of rye by 9 a.m.")])

story(slug="arc-council-budget", title="City Council Approves Budget With Bigger Share for Libraries", authors=["Rosalind Achebe"],
 published="2026-01-22T19:45:00-06:00", modified="2026-01-23T07:10:00-06:00", site="The Prairie Courier", host="prairiecourier.example",
 lang="en-US", tags=["City Hall", "Budget", "Libraries"], description="Libraries gain four percent as the council passes a $1.2 billion budget.",
 blocks=[("p","The Corlan City Council passed a $1.2 billion budget late Wednesday after a six-hour session, giving the public library system its largest increase in a decade."),
 ("p","The vote was 9-2. Council member Hector Lindqvist and council member June Abara voted no, both saying the plan relied too heavily on a one-time land sale to close a gap in the parks department."),
 ("p","Libraries will receive $48 million, four percent more than last year. The money restores Sunday hours at five branches and pays for a mobile library van that will visit the northern suburbs twice a week."),
 ("p","\u201cPeople told us over and over that the library is the only warm, free place they can sit all afternoon,\u201d said council president Mirela Dunst. \u201cThis budget takes them at their word.\u201d"),
 ("h","Police overtime capped"),
 ("p","The budget also caps police overtime at $31 million, down from $39 million spent last year. Chief Arnold Feyisetan told the council the cap would be hard to meet during the summer festival season."),
 ("p","The new fiscal year begins on April 1.")])

story(slug="arc-wildfire-evacuation", title="Residents Return Home as Crews Contain Ridge Fire", authors=["Paolo Sarkis", "Lena Obuya"],
 published="2026-08-17T06:00:00-07:00", modified="2026-08-17T11:20:00-07:00", site="Sierra Morning Post", host="sierramorningpost.example",
 lang="en-US", tags=["Wildfires", "Weather"], description="Evacuation orders lifted for three towns after the Ridge Fire was 80 percent contained.",
 blocks=[("p","Evacuation orders for Alder Flat, Coyote Springs and Tamsen were lifted Sunday morning after firefighters brought the Ridge Fire to 80 percent containment, the county fire authority said."),
 ("p","The fire burned about 4,200 acres of brush and pine over five days and destroyed eleven buildings, most of them barns and sheds. No one was hurt."),
 ("p","Cooler air and a light rain on Saturday night helped crews build lines along the eastern flank, said battalion chief Noor Halvorsen. \u201cWe got a gift from the weather and we used every hour of it,\u201d she said."),
 ("p","Residents lined up at a checkpoint on Route 9 before dawn. Many found their homes untouched but covered in a fine grey ash."),
 ("p","Officials warned that power may be cut again this week as utility crews replace damaged poles. The cause of the fire is under investigation.")])

story(slug="drupal-river-cleanup", title="Volunteers Pull Two Tonnes of Rubbish From the Ellery River", authors=["Siobhan Marr"],
 published="2026-04-19", modified=None, site="Ellery Valley News", host="elleryvalleynews.example",
 lang="en-IE", tags=["Environment", "Community"], description="More than 300 volunteers spent Saturday clearing the river banks.",
 blocks=[("p","More than 300 volunteers in waders and gloves pulled about two tonnes of rubbish from the Ellery River on Saturday, the largest haul in the ten years the clean-up has run."),
 ("p","Among the finds were four shopping trolleys, a rowing boat with no bottom, a parking meter and hundreds of drinks cans. One group found a wedding ring, which was handed to the gardaí."),
 ("p","Organiser Cathal Brennock said heavy flooding in February had washed debris down from upstream towns. \u201cThe river tells you what the valley threw away,\u201d he said."),
 ("p","The county council lent two skips and a tractor. Everything that could be recycled was sorted on the bank by a team from the local secondary school."),
 ("p","The next clean-up is planned for September, when the water is at its lowest.")])

story(slug="drupal-school-merger", title="Two Village Schools to Merge Under New Plan", authors=["Dafydd Rowe"],
 published="2026-05-06T12:00:00+01:00", modified=None, site="Cambrian Herald", host="cambrianherald.example",
 lang="en-GB", tags=["Education"], description="Pupils from Llanfair Isaf will move to Bryncoed from September 2027.",
 blocks=[("p","Two primary schools in the upper valley will merge under a plan approved by the county education board on Tuesday, ending more than a century of teaching in the village of Llanfair Isaf."),
 ("p","Llanfair Isaf has 23 pupils in a building designed for 90. Its pupils will move to Bryncoed, four miles away, from September 2027, and the county will run a free bus."),
 ("h","Parents divided"),
 ("p","Some parents welcomed the larger school, which has a sports hall and a music teacher. Others said the village would lose its heart. \u201cWhen the school goes, the young families go,\u201d said Nia Pughe, whose two children attend Llanfair Isaf."),
 ("p","The board said the old building will be offered to the community council for a peppercorn rent."),
 ("p","A consultation on the bus route opens next month.")])

story(slug="ghost-solar-coop", title="How a Solar Co-op Paid Back Its Members in Six Years", authors=["Ingrid Saele"],
 published="2026-06-02T09:00:00+02:00", modified="2026-06-03T08:00:00+02:00", site="The Current Ledger", host="currentledger.example",
 lang="en", tags=["Energy", "Co-operatives"], description="Inside the Fjellby solar co-op, which returned every member's money ahead of schedule.",
 blocks=[("p","When 212 households in Fjellby each put 5,000 kroner into a shared solar roof on the old grain store in 2020, the business plan promised their money back in nine years. It took six."),
 ("h","A roof nobody wanted"),
 ("p","The grain store had been empty since the mill closed. Its south-facing roof was big enough for 1,400 panels, and the farmer who owned it rented it for a token fee in exchange for free power for his workshop."),
 ("p","Electricity prices rose sharply in the co-op\u2019s second year. Every kilowatt-hour sold to the grid was worth almost double what the plan assumed."),
 ("q","\u201cWe were lucky, and we were also stubborn about costs,\u201d said treasurer Bjarne Ulvik. \u201cWe never paid anyone to do what a member could do on a Saturday.\u201d"),
 ("h","What comes next"),
 ("p","Members voted in April to put this year\u2019s surplus into a battery the size of a shipping container, so the village hall can run through winter outages."),
 ("p","Two neighbouring villages have asked for copies of the co-op\u2019s rules.")])

story(slug="ghost-museum-night", title="Museum Opens Its Storerooms for One Night Only", authors=["Amadou Keita"],
 published="2026-10-09T18:00:00+00:00", modified=None, site="Quayside Notes", host="quaysidenotes.example",
 lang="en", tags=["Culture", "Museums"], description="Objects unseen for decades went on show in the basement of the maritime museum.",
 blocks=[("p","For one night on Friday, the maritime museum let visitors walk through the basement storerooms where 90 percent of its collection is kept."),
 ("p","Tickets for the 400 places sold out in eleven minutes. Visitors saw ship models in glass cases that have not been opened since the 1950s, a diver\u2019s helmet with its original leather straps and a drawer of compasses that all point slightly wrong."),
 ("h","Space runs out"),
 ("p","Curator Halima Osei said the museum can show only a small share of what it owns because the galleries are full. \u201cPeople assume the good things are upstairs. Often they are down here waiting for a wall,\u201d she said."),
 ("p","The museum is raising money for a new wing, and said the evening was partly meant to show donors what it would hold."),
 ("p","A second storeroom night is planned for the spring.")])

story(slug="medium-remote-island-doctor", title="What I Learned as the Only Doctor on a Remote Island", authors=["Keziah Morland"],
 published="2026-07-14T10:12:00+00:00", modified=None, site="Longreads Circle", host="longreadscircle.example",
 lang="en", tags=["Medicine", "Rural Life", "Essay"], description="A year of house calls by boat taught a young doctor to listen first.",
 blocks=[("p","The first patient I saw on Skerrin was a fisherman who had stitched his own hand with sail thread two weeks earlier. He came to me not because it hurt, he said, but because his wife had told him to."),
 ("p","I arrived on the island with a bag of equipment, a satellite phone and the confidence of someone three years out of training. The nearest hospital was a ninety-minute boat ride when the sea allowed it, and it often did not."),
 ("h","Listening before looking"),
 ("p","In the city, I had learned to move fast. On the island there was no waiting room and no queue, and the fastest way to understand a patient was to let them talk until they stopped."),
 ("p","Most visits took place in kitchens. I learned who slept badly from the state of the teapot, and who had stopped eating from what was left in the bread bin."),
 ("h","The night of the storm"),
 ("p","In February a storm cut the island off for six days. A teenager broke her leg on the second day, and I set it on a kitchen table with her grandmother holding the lamp. She walks without a limp today."),
 ("p","I left Skerrin after a year. I still call the fisherman every Christmas, and he still tells me his hand is fine.")])

story(slug="blogger-birdwatch", title="Rare Shrike Spotted at Marsh Reserve for First Time in Decades", authors=["Edwin Falk"],
 published="2026-09-28T16:40:00+01:00", modified=None, site="Fenland Field Notes", host="fenlandfieldnotes.example",
 lang="en-GB", tags=["Birds", "Nature reserves"], description="A red-backed shrike was seen at Holme Fen for the first time since 1989.",
 blocks=[("p","A red-backed shrike turned up at the Holme Fen reserve this morning, the first record of the species here since 1989."),
 ("p","I was walking the east bank at about half past seven when I saw a bird perched on top of a hawthorn, tail flicking, watching the grass below like a tiny hawk. Through the scope the grey head and chestnut back were unmistakable."),
 ("p","By ten there were forty people on the bank. The warden, Priya Lomond, asked everyone to stay on the path so the bird would keep feeding along the hedge."),
 ("p","Shrikes store food by spiking insects on thorns, and by lunchtime we could see two beetles and a bumblebee on the same bush. It is a grim habit and a wonderful thing to watch."),
 ("p","It was still there at four o\u2019clock. If you go tomorrow, park at the north gate and walk quietly.")])

story(slug="amp-tram-strike", title="Tram Drivers Walk Out Over Night Shift Rotas", authors=["Giulia Marchetti"],
 published="2026-11-03T05:30:00+01:00", modified="2026-11-03T09:45:00+01:00", site="Metro Daily Wire", host="metrodailywire.example",
 lang="en", tags=["Transport", "Labour"], description="No trams ran in Valderno on Monday as drivers struck for 24 hours.",
 blocks=[("p","No trams ran in Valderno on Monday after drivers began a 24-hour strike over new night shift rotas, leaving buses packed and roads jammed across the city centre."),
 ("p","The drivers\u2019 union says the new rotas would put some members on four night shifts in a row without a full day off. The transport authority says the schedule meets the law and is needed to run trams until 2 a.m. at weekends."),
 ("p","\u201cNobody is against night trams. We are against drivers falling asleep at the controls,\u201d said union steward Enzo Raffaldi outside the Porta Sud depot."),
 ("p","The authority added 60 extra buses for the day. Commuters reported waits of up to forty minutes at the central station."),
 ("p","Talks are scheduled to resume on Thursday.")])

story(slug="amp-stadium-vote", title="Voters Reject Plan for New Football Stadium", authors=["Henrik Solvang"],
 published="2026-03-16T22:10:00+01:00", modified=None, site="Nordvik Today", host="nordviktoday.example",
 lang="en", tags=["Sport", "Referendum"], description="A stadium by the harbour was turned down by 58 percent of voters.",
 blocks=[("p","Voters in Nordvik rejected a plan for a 20,000-seat football stadium on the old harbour site on Sunday, with 58 percent voting no in a referendum that drew the highest turnout for a local vote in twenty years."),
 ("p","The club had promised to pay two thirds of the cost. Opponents argued the city would be left with the rest and with the traffic on match days."),
 ("p","Club chairman Oddvar Brekke said he was disappointed but would respect the result. \u201cWe will keep playing at Sletta, and we will keep filling it,\u201d he said."),
 ("p","The harbour site will now go back to the planning committee, which has received proposals for housing and a swimming hall.")])

story(slug="wire-copper-mine", title="Miners End Strike at Kasenge Copper Pit After Pay Deal", authors=["Joseph Mwale"],
 published="2026-05-21T13:05:00+02:00", modified=None, site="Continental Press Agency", host="cpa-wire.example",
 lang="en", tags=["Mining", "Labour", "Zambezia"], description="Workers return after a two-week strike at the Kasenge pit.",
 blocks=[("p","KASENGE, May 21 (CPA) - Workers at the Kasenge copper mine will return to work on Thursday after accepting a 9 percent pay rise, ending a two-week strike that halted output at one of the region\u2019s largest pits, their union said."),
 ("p","The deal also raises the underground allowance and adds two days of annual leave, said Mercy Banda, general secretary of the Mine Workers Union."),
 ("p","Kasenge Mining, which is majority owned by a regional investment fund, said in a statement that output would be back to normal within ten days. The mine produced about 140,000 tonnes of copper last year."),
 ("p","Copper prices rose slightly during the strike as traders weighed the loss of supply."),
 ("p","(Reporting by Joseph Mwale; Editing by Clara Hutton)")])

story(slug="wire-grain-corridor", title="Grain Ships Resume Sailings From Port of Velisk", authors=["Anton Pereira"],
 published="2026-09-02T09:41:00Z", modified="2026-09-02T11:00:00Z", site="Continental Press Agency", host="cpa-wire.example",
 lang="en", tags=["Shipping", "Agriculture"], description="Three bulk carriers left Velisk after the harbour reopened.",
 blocks=[("p","VELISK, Sept 2 (CPA) - Three bulk carriers loaded with wheat left the port of Velisk on Tuesday, the first sailings since a storm damaged the harbour wall last month, the port authority said."),
 ("p","The ships carry about 120,000 tonnes of grain bound for buyers in the eastern Mediterranean, port director Oksana Drach told reporters."),
 ("p","Repairs to the outer wall will continue for another month, and ships longer than 200 metres must still wait for daylight to enter."),
 ("p","Farmers in the region had warned that silos were nearly full ahead of the maize harvest."),
 ("p","(Reporting by Anton Pereira; Writing by Lise Thorvald; Editing by Mark Ellery)")])

story(slug="liveblog-election-night", title="Election Night in Marrowby: Results as They Came In", authors=["Fiona Castell", "Raj Menon"],
 published="2026-05-08T21:00:00+01:00", modified="2026-05-09T03:30:00+01:00", site="Marrowby Evening Star", host="marrowbystar.example",
 lang="en-GB", tags=["Elections", "Local politics"], description="Live: every ward result from the Marrowby council election.",
 blocks=[("h","Turnout slightly up"),
 ("p","Turnout across the borough was 38.4 percent, up two points on the last election, the returning officer announced shortly after 1 a.m."),
 ("h","Greens take Riverside ward"),
 ("p","The Greens have won Riverside ward for the first time, with Tamsin Oyelaran beating the sitting councillor by 212 votes. She thanked volunteers who knocked on every door on the estate."),
 ("h","Counting resumes after short break"),
 ("p","Counting resumed at the leisure centre after a fire alarm cleared the hall for twenty minutes. Officials said no ballot boxes were left unattended."),
 ("h","First result declared"),
 ("p","Harbour ward is the first to declare: Labour hold, with a slightly reduced majority of 640. The winning candidate, Derek Amoah, said the result showed voters wanted the pier restored."),
 ("h","Polls have closed"),
 ("p","Polls closed at 10 p.m. and ballot boxes are now arriving at the count. We will bring you every result here as it is declared.")])

story(slug="graph-hospital-wing", title="New Children's Wing Opens at St Aldric Hospital", authors=["Beatrix Lowe"],
 published="2026-02-27T07:00:00+00:00", modified="2026-02-27T12:15:00+00:00", site="Westmarch Observer", host="westmarchobserver.example",
 lang="en-GB", tags=["Health", "Hospitals", "Westmarch"], description="The 40-bed wing has its own play garden and school room.",
 blocks=[("p","A new children\u2019s wing with 40 beds, a play garden and a classroom opened at St Aldric Hospital on Thursday, three years after a fundraising drive began with a bake sale."),
 ("p","The wing cost \u00a318 million, a third of it raised by local people. Patients were moved in from the old ward, which had leaking windows and shared bathrooms, over the weekend."),
 ("p","Play specialist Corinne Adjei showed visitors a room where children can practise having a scan on a toy machine before the real thing. \u201cIf they have done it with a teddy, they are not frightened,\u201d she said."),
 ("h","Parents stay overnight"),
 ("p","Every room has a fold-out bed so a parent can stay. The old ward had four chairs for 28 children."),
 ("p","The hospital trust said it would now turn to its maternity unit, which it hopes to rebuild by 2030.")])

story(slug="graph-chess-prodigy", title="Eleven-Year-Old Wins National Chess Title", authors=["Omar Feld"],
 published="2026-07-06T17:20:00-04:00", modified=None, site="Lakeshore Standard", host="lakeshorestandard.example",
 lang="en-US", tags=["Chess", "Youth"], description="Priya Sandoval became the youngest champion in the tournament's history.",
 blocks=[("p","Priya Sandoval, 11, won the national open chess championship on Sunday, becoming the youngest winner in the tournament\u2019s 70-year history."),
 ("p","She finished the nine rounds with seven wins and two draws, beating two grandmasters along the way. In the final round she held a difficult endgame for more than three hours."),
 ("p","Her coach, Viktor Amsel, said she studies for two hours after school and plays online against opponents from across the world at weekends. \u201cShe is calm in a way adults are not,\u201d he said."),
 ("p","The title earns her a place in the international youth championship in October. Asked what she would do first, Sandoval said she wanted to sleep.")])

story(slug="paywall-pension-reform", title="Pension Reform Would Raise Retirement Age to 67 by 2034", authors=["Claudette Imbert"],
 published="2026-04-02T06:00:00+02:00", modified=None, site="The Federal Review", host="federalreview.example",
 lang="en", tags=["Pensions", "Government"], description="The cabinet's draft sets out a gradual rise in the retirement age.",
 blocks=[("p","The cabinet on Wednesday approved a draft law that would raise the state retirement age from 65 to 67 in steps of two months a year, starting in 2028 and ending in 2034."),
 ("p","Labour minister Rafael Ostrowski said the change was needed because the number of pensioners will grow by a quarter over the next fifteen years while the workforce shrinks. Workers in physically demanding jobs would be able to retire at 64 with a full pension.")])

story(slug="paywall-housing-market", title="House Prices Fall for Third Straight Month", authors=["Nathaniel Oduya"],
 published="2026-10-14T07:30:00+01:00", modified=None, site="Capital Business Daily", host="capitalbusinessdaily.example",
 lang="en-GB", tags=["Housing", "Economy"], description="Average prices slipped 0.6 percent in September.",
 blocks=[("p","Average house prices fell 0.6 percent in September, the third monthly drop in a row, as higher mortgage rates kept first-time buyers away, according to figures from the Northgate Building Society."),
 ("p","The typical home now costs 4.1 percent less than a year ago. Prices fell fastest in commuter towns, where buyers had pushed them up during the years of cheap borrowing."),
 ("p","\u201cThe market is adjusting, not collapsing,\u201d said Northgate\u2019s chief economist, Harriet Ngata. She expects prices to stabilise in the spring if rates stop rising.")])

story(slug="multi-article-library-fines", title="Library Scraps Late Fines and Sees Books Come Back", authors=["Dolores Whitcombe"],
 published="2026-01-09T11:00:00-05:00", modified=None, site="Hudson Bend Chronicle", host="hudsonbendchronicle.example",
 lang="en-US", tags=["Libraries"], description="A year after ending fines, returns are up and lost books are down.",
 blocks=[("p","A year after the Hudson Bend Public Library stopped charging late fines, more books are coming back, not fewer, according to a report to the library board on Monday."),
 ("p","Returns of overdue items rose 18 percent, and the number of books written off as lost fell by a third. Some came back after a decade, including a cookbook checked out in 2013."),
 ("p","Library director Samuel Oyelowo said fines had kept poorer families away. \u201cA child with a four-dollar fine stops coming. A child with no fine brings the book back and takes another,\u201d he said."),
 ("p","The library lost about $22,000 a year in fine income, which the county has replaced from its general fund."),
 ("p","Board members voted to make the policy permanent.")])

story(slug="multi-article-marathon", title="Record Field of 9,000 Runners Takes on City Marathon", authors=["Kenji Arata"],
 published="2026-04-26T15:00:00+09:00", modified=None, site="Harbour City Sports", host="harbourcitysports.example",
 lang="en", tags=["Running", "Marathon"], description="The city marathon had its biggest field and a course record.",
 blocks=[("p","A record 9,000 runners started the Harbour City Marathon on Sunday, and the men\u2019s course record fell for the first time in eight years."),
 ("p","Daniel Kiprono crossed the line in 2 hours 8 minutes 41 seconds, 52 seconds faster than the old record, after breaking away from a group of four on the long climb over the bay bridge."),
 ("p","The women\u2019s race was won by Aiko Tanabe in 2:26:03. She said she had been ill two weeks ago and nearly withdrew."),
 ("p","Organisers said 8,611 runners finished. Medical teams treated about 120 people, mostly for cramp and blisters, and none seriously.")])

story(slug="h1-repeat-bridge-inspection", title="Engineers Close Old Stone Bridge After Inspection", authors=["Marguerite Lacombe"],
 published="2026-06-18T16:00:00+02:00", modified=None, site="Valley Courier", host="valleycourier.example",
 lang="en", tags=["Infrastructure"], description="Cracks in the central arch forced the closure of the Pont Vieux.",
 blocks=[("p","The Pont Vieux, a stone bridge that has carried traffic over the river Aulne since 1780, was closed to vehicles on Wednesday after engineers found cracks in its central arch."),
 ("p","Pedestrians and cyclists can still cross. Drivers face a detour of about nine kilometres through Saint-Merin."),
 ("p","The regional roads office said the cracks appeared after lorries ignored a weight limit of 3.5 tonnes. Cameras will now be installed at both ends of the bridge."),
 ("p","Repairs are expected to take at least six months and will cost about 1.2 million euros, said engineer Yves Tallard.")])

story(slug="h1-repeat-festival-cancelled", title="Summer Music Festival Cancelled After Sponsor Pulls Out", authors=["Callum Ferris"],
 published="2026-03-29", modified=None, site="Northbank Weekly", host="northbankweekly.example",
 lang="en-GB", tags=["Music", "Festivals"], description="The Meadowlark festival will not take place this year.",
 blocks=[("p","The Meadowlark music festival, which drew 15,000 people to Harrow Park last summer, has been cancelled this year after its main sponsor withdrew, organisers said on Sunday."),
 ("p","Ticket holders will get a full refund within fourteen days. About 6,000 early-bird tickets had been sold."),
 ("p","Festival director Imogen Tait said the team had tried for two months to find a new backer. \u201cWe would rather stop for a year than put on a festival we cannot pay for,\u201d she said."),
 ("p","The organisers hope to return next summer with a smaller, two-day event.")])

story(slug="lazy-images-glacier", title="Glacier Retreat Uncovers Forest Buried for 4,000 Years", authors=["Solveig Brandt"],
 published="2026-08-30T12:00:00+02:00", modified=None, site="Alpine Science Review", host="alpinesciencereview.example",
 lang="en", tags=["Climate", "Glaciers", "Science"], description="Tree stumps emerging from the Tessin glacier are being dated.",
 blocks=[("p","The retreat of the Tessin glacier has exposed dozens of tree stumps that were buried under ice about 4,000 years ago, researchers said on Friday."),
 ("p","The stumps, some still rooted in the soil, stand at 2,300 metres, well above today\u2019s tree line. They show that summers were once warm enough for larch and pine to grow there."),
 ("p","\u201cEvery summer the ice gives back a few more metres of this forest,\u201d said glaciologist Matteo Rinaldi, who leads the dating work. Samples have been sent for radiocarbon tests."),
 ("p","The glacier has lost about a kilometre of length since 1990."),
 ("p","The team will return in September to map the site before snow covers it.")])

story(slug="lazy-images-lighthouse", title="Lighthouse Keeper's Cottage Restored as Small Museum", authors=["Eilidh MacRae"],
 published="2026-05-30T10:00:00+01:00", modified=None, site="Coastline Magazine", host="coastlinemagazine.example",
 lang="en-GB", tags=["Heritage"], description="The cottage at Rubha Dubh opens to visitors this weekend.",
 blocks=[("p","The keeper\u2019s cottage at the Rubha Dubh lighthouse opens as a small museum this weekend after a two-year restoration by a group of volunteers."),
 ("p","The rooms have been furnished as they were in 1920, when the keeper lived there with his wife and five children. The logbooks, which record every ship that passed, are on show in the kitchen."),
 ("p","Volunteer Angus Birnie, whose grandfather kept the light, found the original brass lamp in a shed in Oban. \u201cIt had been used as a doorstop for fifty years,\u201d he said."),
 ("p","The museum is open from Friday to Sunday until October. Entry is free.")])

story(slug="related-inline-fishing-quota", title="Fishing Fleet Gets Larger Cod Quota After Stocks Recover", authors=["Ragnhild Eide"],
 published="2026-12-01T08:00:00+01:00", modified=None, site="Coast and Sea", host="coastandsea.example",
 lang="en", tags=["Fisheries"], description="The cod quota rises 12 percent for next year.",
 blocks=[("p","The coastal fishing fleet will be allowed to catch 12 percent more cod next year after surveys showed stocks had recovered faster than expected, the fisheries ministry said on Monday."),
 ("p","Scientists counted more young cod in the northern grounds than in any year since 2009, helped by colder water and a ban on trawling near spawning areas."),
 ("p","Skipper Arne Holmvik, who fishes out of Bremsund with a crew of four, said the increase would let him keep his boat working through March. \u201cFor small boats, that month decides the year,\u201d he said."),
 ("p","Environmental groups said the rise was modest enough to be safe but asked the ministry to keep the spawning area ban in place.")])

story(slug="related-inline-metro-line", title="Metro Line Extension to Airport Opens Two Years Late", authors=["Beatriz Quintal"],
 published="2026-09-15T06:30:00-03:00", modified=None, site="Diário Austral English", host="diarioaustral.example",
 lang="en", tags=["Transport", "Airports"], description="The Line 4 extension cuts the trip to the airport to 25 minutes.",
 blocks=[("p","The extension of Metro Line 4 to the international airport opened on Monday, two years behind schedule and 30 percent over budget, cutting the trip from the city centre to 25 minutes."),
 ("p","Trains run every six minutes at peak times. The single fare is the same as on the rest of the network, which city officials said was meant to take taxis and cars off the motorway."),
 ("p","The delay was caused mainly by water seeping into the tunnel under the river, said transport secretary Leandro Vasques."),
 ("p","About 40,000 passengers a day are expected to use the new stations in the first year.")])

story(slug="table-layout-harvest", title="Apple Harvest Best in Ten Years, Growers Say", authors=["Walter Brunner"],
 published="2026-10-02", modified=None, site="Rural Weekly", host="ruralweekly.example",
 lang="en", tags=["Agriculture"], description="A warm spring and no late frost gave orchards a bumper crop.",
 blocks=[("p","Orchards in the Tal valley are picking their best apple crop in ten years, growers said this week, after a warm spring with no late frost and just enough rain in August."),
 ("p","The growers' association expects about 48,000 tonnes, a quarter more than last year. Prices paid by the juice factories have dropped as a result."),
 ("p","Grower Lotte Kessler said she had hired six extra pickers and still could not keep up. \u201cThe trees are bent to the ground,\u201d she said."),
 ("p","Cold stores in the valley are nearly full, and some growers are selling direct from the farm gate.")])

story(slug="nextjs-startup-funding", title="Battery Recycling Start-Up Raises $40 Million", authors=["Ayesha Raman"],
 published="2026-02-03T15:00:00Z", modified=None, site="Venture Signal", host="venturesignal.example",
 lang="en", tags=["Startups", "Batteries", "Funding"], description="Cellward will build a second plant with the new money.",
 blocks=[("p","Cellward, a start-up that recovers lithium and nickel from old electric-car batteries, has raised $40 million to build a second recycling plant, the company said on Tuesday."),
 ("p","The round was led by a group of pension funds. Cellward\u2019s first plant, in a former paper mill, processes about 5,000 tonnes of batteries a year."),
 ("p","Chief executive Tobias Lindgren said the second plant would triple capacity by 2028. \u201cThe batteries from the first wave of electric cars are coming off the road now,\u201d he said."),
 ("h","Metals back into new cells"),
 ("p","The company says it recovers more than 90 percent of the lithium, which it sells to cell makers in Europe."),
 ("p","Cellward employs 120 people and plans to hire 80 more.")])

story(slug="nextjs-court-ruling", title="Court Orders Airline to Refund Passengers for Cancelled Flights", authors=["Marcus Adeyemi"],
 published="2026-06-24T13:00:00+02:00", modified=None, site="Consumer Desk", host="consumerdesk.example",
 lang="en", tags=["Consumer rights", "Aviation"], description="The ruling covers about 30,000 passengers.",
 blocks=[("p","A commercial court ordered the airline SkyHop to refund about 30,000 passengers whose flights were cancelled during a pilots' strike last summer, in a ruling published on Wednesday."),
 ("p","The airline had offered vouchers instead of cash. The court said passengers were entitled to choose a refund and must be paid within 30 days."),
 ("p","A consumer group that brought the case said the average claim was about 240 euros. SkyHop said it was studying the ruling and had not decided whether to appeal.")])

story(slug="captions-volcano", title="Volcano Eruption Forces Closure of Island Airport", authors=["Ana Lucía Ferreira"],
 published="2026-11-20T04:15:00-01:00", modified="2026-11-20T09:00:00-01:00", site="Atlantic Islands Post", host="atlanticislandspost.example",
 lang="en", tags=["Volcanoes", "Travel"], description="Ash from Monte Cinzento grounded flights on Sao Bento.",
 blocks=[("p","The airport on Sao Bento island closed on Thursday after Monte Cinzento erupted overnight, sending a column of ash about six kilometres into the sky."),
 ("p","Around 1,500 people living on the volcano\u2019s northern slope were moved to schools and sports halls in the island\u2019s capital as a precaution, the civil protection agency said."),
 ("p","Lava flowed down an uninhabited valley toward the sea. Scientists at the island observatory said the eruption could last weeks."),
 ("p","\u201cThe volcano is behaving as we expected, which is the best news we can have,\u201d said observatory director Rui Medeiros."),
 ("p","Ferries to the neighbouring islands were running normally.")])

story(slug="captions-elephant-calf", title="Zoo Welcomes First Elephant Calf in Its History", authors=["Pieter de Wolff"],
 published="2026-07-27T09:30:00+02:00", modified=None, site="Lowlands Daily", host="lowlandsdaily.example",
 lang="en", tags=["Animals", "Zoos"], description="The female calf was born after a 22-month pregnancy.",
 blocks=[("p","The city zoo has its first elephant calf, a female born early on Sunday after a pregnancy of 22 months, keepers said."),
 ("p","The calf weighed about 110 kilograms and was standing within an hour. Her mother, Tembo, and two other cows from the herd stayed close around her all morning."),
 ("p","Head keeper Femke Jansen said staff had watched the birth on cameras from the office so as not to disturb the herd. \u201cWe just held our breath,\u201d she said."),
 ("p","Visitors will be able to see the calf from next week. The zoo will ask the public to help choose her name.")])

story(slug="cp1252-fromagerie", title="Une fromagerie de Vaudrec remporte le concours régional", authors=["Hélène Marchais"],
 published="2026-03-12T10:00:00+01:00", modified=None, site="L'Écho du Plateau", host="echoduplateau.example",
 lang="fr-FR", tags=["Gastronomie", "Vaudrec"], description="Le comté affiné dix-huit mois de la fromagerie Bérard a séduit le jury.",
 blocks=[("p","La fromagerie Bérard, installée à Vaudrec depuis 1962, a remporté mardi le premier prix du concours régional des fromages affinés avec un comté de dix-huit mois."),
 ("p","Le jury, composé de douze affineurs et cuisiniers, a goûté 148 fromages. Il a salué « une pâte fondante et un goût de noisette très franc »."),
 ("p","« C’est la récompense de toute une équipe », a déclaré Étienne Bérard, qui dirige la fromagerie avec sa sœur Agnès. Les meules sont retournées à la main chaque semaine dans une cave creusée sous l’église."),
 ("p","Le prix ouvre les portes du salon national de l’agriculture, en février prochain.")])

story(slug="latin2-tramwaj", title="Nowa linia tramwajowa w Zielonej Górce otwarta", authors=["Zofia Wróblewska"],
 published="2026-09-01T12:00:00+02:00", modified=None, site="Gazeta Zielonogórska", host="gazetazg.example",
 lang="pl", tags=["Transport"], description="Tramwaje pojadą na nowe osiedle co dziesięć minut.",
 blocks=[("p","Pierwsze tramwaje przejechały w poniedziałek nową linią łączącą centrum Zielonej Górki z osiedlem Słoneczne Wzgórze. Podróż trwa teraz czternaście minut zamiast trzydziestu."),
 ("p","Budowa trwała dwa lata i kosztowała 310 milionów złotych. Tramwaje będą kursować co dziesięć minut, a w godzinach szczytu co sześć."),
 ("p","„Czekaliśmy na to od dwudziestu lat” – powiedziała mieszkanka osiedla Halina Kęsicka, która jechała pierwszym kursem z wnukiem."),
 ("p","Miasto zapowiada, że w przyszłym roku linia zostanie przedłużona do dworca kolejowego.")])

story(slug="sjis-matsuri", title="港町で三年ぶりに灯籠祭り開催", authors=["佐藤 遥"],
 published="2026-08-15T20:00:00+09:00", modified=None, site="みなと新聞", host="minato-shimbun.example",
 lang="ja", tags=["祭り", "地域"], description="三年ぶりの灯籠祭りに約二万人が訪れた。",
 blocks=[("p","架空の港町・浜野町で十五日夜、三年ぶりに灯籠祭りが開かれ、約二万人の見物客が海辺に集まった。"),
 ("p","地元の小学生が絵を描いた灯籠およそ三千個が港の岸壁に並べられ、日が沈むと一斉に明かりがともされた。"),
 ("p","実行委員長の山川誠さんは「子どもたちの笑顔が戻ってきてうれしい」と話した。祭りは十七日まで続く。")])

story(slug="gb2312-library", title="河畔新图书馆正式向市民开放", authors=["李晓雯"],
 published="2026-04-23T09:00:00+08:00", modified=None, site="河畔日报", host="hepan-daily.example",
 lang="zh-CN", tags=["文化", "图书馆"], description="新图书馆藏书六十万册，每天开放十二小时。",
 blocks=[("p","虚构城市河畔市的新图书馆于二十三日正式向市民开放，当天吸引了约八千名读者入馆参观借阅。"),
 ("p","新馆建筑面积三万平方米，藏书约六十万册，设有儿童阅览区、自习室和一座可容纳三百人的报告厅。"),
 ("p","馆长王立新表示，图书馆每天开放十二小时，希望成为市民的第二个客厅。")])

story(slug="bom-utf8-orchestra", title="Youth Orchestra Plays Sold-Out Concert in Old Mill", authors=["Freya Lindahl"],
 published="2026-12-06T19:30:00+01:00", modified=None, site="Kettering Vale Post", host="ketteringvalepost.example",
 lang="en-GB", tags=["Music"], description="Sixty young musicians filled the restored mill with Sibelius.",
 blocks=[("p","Sixty musicians aged between twelve and nineteen played to a sold-out audience of 500 in the restored Harker Mill on Saturday, the first concert held in the building since it closed as a factory in 1978."),
 ("p","The Kettering Vale Youth Orchestra performed Sibelius and a new piece by local composer Anwen Tudor, written for the mill\u2019s echo."),
 ("p","Conductor Rhys Bellamy said the players had rehearsed in a school gym for months. \u201cHearing the sound fill that space for the first time, some of them cried,\u201d he said."),
 ("p","The mill\u2019s trust hopes to hold four concerts a year.")])

story(slug="blogger-recipe-county-fair", title="County Fair Pie Contest Draws Record Entries", authors=["Louisa Tremain"],
 published="2026-08-09T18:00:00-05:00", modified=None, site="Prairie Porch", host="prairieporch.example",
 lang="en-US", tags=["County fair", "Baking"], description="Seventy-two pies, one winner, and a very full judge.",
 blocks=[("p","Seventy-two pies were entered in the Harlan County Fair pie contest this year, the most since the contest began in 1958."),
 ("p","The winner was a sour cherry lattice baked by retired postmaster Glen Whitaker, who said he used cherries from the tree his late wife planted."),
 ("p","Judge Marta Velasquez tasted every pie. She said afterwards that she would not eat dessert again until Christmas."),
 ("p","Second place went to a peach and ginger pie by twelve-year-old Emma Coyle, who entered for the first time.")])

story(slug="wp-vip-ferry-strike-analysis", title="Why the Port Strike Matters Far Beyond the Docks", authors=["Elena Vasquez-Hart"],
 published="2026-06-30T05:00:00-04:00", modified="2026-06-30T09:30:00-04:00", site="Bayline Times", host="baylinetimes.example",
 lang="en-US", tags=["Ports", "Economy", "Labor"], description="A walkout by crane operators is rippling through supply chains.",
 blocks=[("p","A strike by 900 crane operators at the Port of Calder has entered its second week, and its effects are now showing up far from the waterfront, in furniture stores, car dealerships and supermarkets."),
 ("p","About 60 container ships are waiting offshore. Shipping lines have begun sending cargo to ports hundreds of miles away, where it is loaded onto trucks and trains at higher cost."),
 ("h","What the two sides want"),
 ("p","The union wants a guarantee that automated cranes will not replace its members without retraining. The port authority says it has offered a five-year guarantee but cannot promise one for longer."),
 ("p","\u201cThis is about whether there is a job here for my kids,\u201d said crane operator Luis Badenhorst, who has worked at the port for 22 years."),
 ("h","Who feels it first"),
 ("p","Small retailers with little storage are the first to run short. A toy shop owner in Calder said her shelves would be half empty by the end of the month."),
 ("p","Economists at the state university estimate the strike costs the regional economy about $35 million a day.")])

story(slug="drupal-gov-press-release", title="Province Announces Free Bus Travel for Pupils", authors=["Office of Communications"],
 published="2026-08-20T10:00:00-04:00", modified=None, site="Government of New Arden", host="newarden.example",
 lang="en-CA", tags=["Education", "Transit"], description="Pupils aged 6 to 18 will ride buses free from September.",
 blocks=[("p","All pupils aged 6 to 18 will ride public buses free of charge across the province from September 1, the Minister of Education, Rachelle Doucet, announced today."),
 ("p","The program will cost about $14 million a year and will be paid by the province. Pupils will show their school card to the driver."),
 ("p","\u201cNo child should miss school or an after-school activity because the family cannot afford the fare,\u201d Minister Doucet said."),
 ("p","Transit operators in 22 municipalities have agreed to take part.")])

story(slug="ghost-newsletter-podcast", title="A Small-Town Radio Station Finds a Global Audience Online", authors=["Theo Papadakis"],
 published="2026-11-11T08:00:00+00:00", modified=None, site="Signal and Noise", host="signalandnoise.example",
 lang="en", tags=["Media", "Radio"], description="Radio Kelvedon's farm reports are streamed in forty countries.",
 blocks=[("p","Radio Kelvedon broadcasts from a room above a hardware shop, and until last year its listeners lived within twenty miles. Now its morning farm report is streamed in forty countries."),
 ("p","The change came after a clip of presenter Doris Ambler reading the pig prices in a calm, slow voice went around the world on social media."),
 ("h","Keeping it local"),
 ("p","The station has not changed its programmes. \u201cPeople abroad like it because it is not for them,\u201d said station manager Clive Oduya."),
 ("p","Donations from listeners now pay for a second transmitter and a part-time news reporter.")])

story(slug="arc-opinion-column", title="Our Town Needs a Plan for Its Empty Shops", authors=["Winifred Ashdown"],
 published="2026-02-20T06:00:00-05:00", modified=None, site="The Prairie Courier", host="prairiecourier.example",
 lang="en-US", tags=["Opinion", "Downtown"], description="Empty storefronts are a problem the city can solve.",
 blocks=[("p","Walk down Elm Street on a Saturday and count the empty shops. I counted fourteen last week, on a street that had two when I moved here in 2009."),
 ("p","Landlords are not the villains. Many bought buildings when rents were high and would rather leave a shop empty than sign a lease that lowers the value of the building on paper."),
 ("p","The city could change that. Other towns have charged a fee on storefronts left empty for more than a year, and used the money to help new businesses with their first rent."),
 ("p","We could also let artists and start-ups use empty shops for short periods at no cost. A lit window is better than a dark one."),
 ("p","None of this needs new money. It needs the council to decide that Elm Street is worth a plan.")])
