"""Fourth batch of real German sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://donare.info/topics/Kriegsverbrechen?page=2
    Case(
        "Nach Angaben der Gesundheitsbehörden in Gaza haben israelische Streitkräfte seit Oktober 2023 bei ihren Angriffen im Gazastreifen mehr als 55.000 Palästinenser getötet – die meisten davon Kinder, Frauen und ältere Menschen – und mehr als 127.000 weitere Menschen verletzt.",
        "more_than",
        55001,
        None,
        None,
        "killed",
    ),
    # https://www.wnoz.de/nachrichten/deutschland-und-die-welt/politik/international/hamas-behoerde-mehr-als-31.000-tote-in-gaza-401100.html (dateline "Gaza (dpa) -" trimmed)
    Case(
        "Die Zahl der getöteten Menschen seit Kriegsbeginn im Gazastreifen ist nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde auf 31.045 gestiegen.",
        "exact",
        31045,
        31045,
        31045,
        "killed",
    ),
    # https://www.onvista.de/news/2023/11-01-hamas-behoerde-zahl-der-toten-in-gaza-steigt-auf-mehr-als-8700-0-10-26197580
    # "Kinder und Jugendliche im Alter unter 18 Jahren" are minors: group children; 18 is an age.
    Case(
        "Unter den Toten seien 3648 Kinder und Jugendliche im Alter unter 18 Jahren, berichtete die Behörde in Gaza am Mittwoch.",
        "exact",
        3648,
        3648,
        3648,
        "killed",
        "all",
        "children",
    ),
    # https://www.wallstreet-online.de/nachricht/17647367-hamas-behoerde-214-tote-gazastreifen (dateline trimmed)
    Case(
        "Bei israelischen Angriffen im Gazastreifen sind nach Angaben der von der islamistischen Hamas kontrollierten Gesundheitsbehörde mindestens 214 weitere Menschen getötet und rund 300 verletzt worden.",
        "at_least",
        214,
        214,
        None,
        "killed",
    ),
    # https://www.vol.at/beobachter-tote-bei-angriffen-syrischer-regierungstruppen/6319858
    Case(
        "Den Angaben der Syrischen Beobachtungsstelle für Menschenrechte zufolge sind seit Beginn der Offensive Ende April mehr als 730 Menschen getötet worden.",
        "more_than",
        731,
        None,
        None,
        "killed",
    ),
    # https://www.vol.at/bombenexplosionen-auf-markt-in-bagdad-mindestens-21-tote/1325058
    Case(
        "Bei den schnell aufeinanderfolgenden Explosionen wurden 60 weitere Menschen verletzt.",
        "exact",
        60,
        60,
        60,
        "wounded",
    ),
    # https://telebasel.ch/2017/07/19/30-zivilisten-bei-luftangriffen-in-syrien-getoetet/comment-page-1/
    # Thousands by apostrophe (U+2019); the 100’000 civilians are a part of the total.
    Case(
        "Nach Angaben der Beobachtungsstelle sind im Syrienkrieg bereits mehr als 330’000 Menschen getötet worden, darunter fast 100’000 Zivilisten.",
        "more_than",
        330001,
        None,
        None,
        "killed",
    ),
    # https://mygully.com/archive/index.php/t-3477252.html
    # "seit mehr als drei Jahren" is a duration, not a figure.
    Case(
        "Nach Schätzungen der Vereinten Nationen wurden in dem seit mehr als drei Jahren dauernden Bürgerkrieg in Syrien rund 200.000 Menschen getötet.",
        "approximate",
        None,
        200000,
        None,
        "killed",
    ),
    # https://www.welt.de/newsticker/news2/article180513086/Anschlaege-Selbstmordanschlag-auf-schiitische-Moschee-im-Osten-Afghanistans.html
    Case(
        "Nach Angaben der Gesundheitsbehörde in der Provinz Paktia gab es mindestens vier Tote und 60 Verletzte.",
        "at_least",
        4,
        4,
        None,
        "killed",
    ),
    # https://dailytv.net/video/x8kld7p
    # "in die Flucht getrieben" (driven to flee) is displacement.
    Case(
        "Die schweren Kämpfe im Sudan haben UN-Angaben zufolge seit Mitte April hunderttausende Menschen in die Flucht getrieben.",
        "vague",
        100000,
        None,
        None,
        "displaced",
        literal_low=200000,
    ),
    # https://wilfriedscharf.de/?p=16303
    # "zu Tode gekommen" (came to death) is killed.
    Case(
        "In der westlichen Provinz Darfur sind gerade wieder über 300 Zivilisten zu Tode gekommen.",
        "more_than",
        301,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://web3.okx.ac/de/discover/post/59228735989952
    Case(
        "Die Kämpfe haben über 40.000 Menschen das Leben gekostet und 14 Millionen vertrieben.",
        "more_than",
        40001,
        None,
        None,
        "killed",
    ),
    # http://www.hubber.me/news/afghanistan-mindestens-29-tote-nach-anschlag-auf-moschee/
    Case(
        "Bei einem Selbstmordanschlag in einer schiitischen Moschee im Westen Afghanistans sind mindestens 29 Menschen getötet und mehr als 60 verletzt worden.",
        "at_least",
        29,
        29,
        None,
        "killed",
    ),
    # http://www.fm1today.ch/mindestens-sechs-tote-bei-anschlag-auf-schiitische-moschee-in-kabul/517080
    # The first figure is the three civilians among the dead; the police officer is a figure of his own.
    Case(
        "Unter den Toten seien drei Zivilisten und ein Polizist.",
        "exact",
        3,
        3,
        3,
        "killed",
        "civilian",
    ),
    # http://www.fm1today.ch/mindestens-sechs-tote-bei-anschlag-auf-schiitische-moschee-in-kabul/517080
    # "um die 30" = around 30.
    Case(
        "Damals waren um die 30 Menschen getötet und rund 80 verletzt worden.",
        "approximate",
        None,
        30,
        None,
        "killed",
    ),
    # https://www.bild.de/politik/2017/afghanistan/anschlag-auf-moschee-tote-52734444.bild.html
    # "elf große Anschläge" is a count of attacks; "getötet und verletzt" is casualties.
    Case(
        "In Kabul allein gab es seit Januar elf große Anschläge, in denen mehr als 1000 Menschen getötet und verletzt wurden.",
        "more_than",
        1001,
        None,
        None,
        "casualties",
    ),
    # https://rp-online.de/politik/ausland/tuerkei-syrien-diese-staedte-hat-das-erdbeben-getroffen_aid-84459165
    # "gibt die Zahl ... mit 3419 an" (puts the number at) carries no qualifier.
    Case(
        "Der türkische stellvertretende Innenminister gibt die Zahl der Toten auf türkischem Gebiet mit 3419 an.",
        "exact",
        3419,
        3419,
        3419,
        "killed",
    ),
    # https://mein.evangelisch.de/inhalte/212660/21-02-2023/besuch-erdbebenregion-bundesregierung-sagt-weitere-50-millionen-euro-zu
    # "geborgen" (recovered) dead are killed.
    Case(
        "Mehr als 10.000 Tote sind dort bislang geborgen worden.",
        "more_than",
        10001,
        None,
        None,
        "killed",
    ),
    # https://www.wz.de/panorama/deutschland-verdoppelt-erdbeben-hilfe-fuer-tuerkei-und-syrien_aid-87002421
    # Thousands by space; "Millionen wurden obdachlos" comes second.
    Case(
        "Insgesamt kamen mehr als 50 000 Menschen ums Leben und Millionen wurden obdachlos.",
        "more_than",
        50001,
        None,
        None,
        "killed",
    ),
    # https://thekasaantimes.de/spurlos-verschwunden-geheimnis-um-40-geiseln-mitten-in-der-gaza-krise
    Case(
        "Die Terrormiliz Hamas hat bei ihrem Angriff auf Israel etwa 260 Geiseln in den Gaza-Streifen verschleppt und dort versteckt.",
        "approximate",
        None,
        260,
        None,
        "captured",
    ),
    # https://exxpress.at/sorge-um-132-geiseln-hamas-spricht-von-unbekanntem-schicksal/embed/
    Case(
        "Die Sorgen um die 132 verbliebenen israelischen Geiseln in Haft der Hamas-Terroristen werden immer größer.",
        "exact",
        132,
        132,
        132,
        "captured",
    ),
    # https://exxpress.at/sorge-um-132-geiseln-hamas-spricht-von-unbekanntem-schicksal/embed/
    # "viele" (many) of the hostages dead: unquantified.
    Case(
        "“Höchstwahrscheinlich” seien viele tot.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://www.stol.it/artikel/politik/hamas-raeumt-toetung-von-geisel-durch-bewacher-ein
    # Two female hostages wounded: group women; hostages are not said to be civilians.
    Case(
        "Zwei weibliche Geiseln seien bei einem weiteren Vorfall schwer verletzt worden, sagte ein Sprecher der Terroristen am Montagabend.",
        "exact",
        2,
        2,
        2,
        "wounded",
        "all",
        "women",
    ),
    # https://www.handelsblatt.com/politik/international/ukraine-krieg-russland-und-die-ukraine-tauschen-hunderte-gefangene-aus/100004987.html
    # Released prisoners are read as captured (as in the earlier batch); "mit wenigen Ausnahmen Militärangehörige" (soldiers with a few exceptions) leaves population all.
    Case(
        "Laut Angaben der beiden Regierungen kamen 230 Ukrainer und 248 Russen frei, mit wenigen Ausnahmen Militärangehörige.",
        "exact",
        230,
        230,
        230,
        "captured",
    ),
    # https://www.jungewelt.de/artikel/501157.russisch-ukrainischer-gefangenaustausch-hat-begonnen.html
    # "jeweils" = on each side; exchanged prisoners of war are captured, military.
    Case(
        "Es seien jeweils 270 Kriegsgefangene und 120 Zivilisten übergeben worden, teilte das Verteidigungsministerium am Freitag in Moskau mit.",
        "exact",
        270,
        270,
        270,
        "captured",
        "military",
    ),
    # https://de.nachrichten.yahoo.com/monatelanger-gefangenenschaft-ukrainische-russische-soldat-165414235.html
    # Returned prisoners of war, read as captured.
    Case(
        "Dutzende russische und ukrainische Kriegsgefangene sind in ihr Land zurückgekehrt.",
        "vague",
        12,
        None,
        None,
        "captured",
        "military",
        literal_low=24,
    ),
    # https://www.varient.de/unsere-leute-sind-zu-hause-hunderte-ukrainische-kriegsgefangene-freigelassen-51249.html
    # Freed from captivity, read as captured.
    Case(
        "Bislang kamen so demnach über 4700 Ukrainer aus russischer Gefangenschaft frei.",
        "more_than",
        4701,
        None,
        None,
        "captured",
    ),
    # https://vof-news.eu/de/diese-bilder-ruhren-zu-tranen-49-ukrainer-sind-wieder-frei
    Case(
        "49 ukrainische Kriegsgefangene durften nach einem erneuten Gefangenenaustausch Russland verlassen und wieder in ihre ersehnte Heimat zurück.",
        "exact",
        49,
        49,
        49,
        "captured",
        "military",
    ),
    # https://technik-smartphone-news.de/retter-suchen-nach-hunderten-vermissten-bei-ueberschwemmungen-in-deutschland-german
    Case(
        "Allein in der rheinland-pfälzischen Region Ahrweiler bleiben bis zu 1.300 Menschen vermisst, nachdem sintflutartige Regenfälle weite Teile Europas überschwemmt hatten und mehr als 150 Menschen starben.",
        "at_most",
        None,
        None,
        1300,
        "missing",
    ),
    # https://www.esslinger-zeitung.de/inhalt.flutkatastrophe-noch-immer-hunderte-vermisste.e95a5d74-f0e9-4f37-95cb-9ceb3c557b0c.html (dateline "Köln -" trimmed)
    # "Knapp eine Woche" is a duration.
    Case(
        "Knapp eine Woche nach den Überschwemmungen im Westen Deutschlands werden in den Krisengebieten noch immer Hunderte Menschen vermisst.",
        "vague",
        100,
        None,
        None,
        "missing",
        literal_low=200,
    ),
    # https://elsiglofuturo.es/de/Boulevard/331617-toedliche-bootsungluecke-im-mittelmeer-suche-nach-dutzenden-vermissten.html
    # "gut 50" (a good fifty) is fifty or somewhat more: read as at least 50, not as more than 50.
    Case(
        "Wie die italienische Nachrichtenagentur Ansa berichtete, suchten die Rettungskräfte zudem nach gut 50 Vermissten, die nach Angaben von Überlebenden über Bord gegangen waren.",
        "at_least",
        50,
        50,
        None,
        "missing",
    ),
    # https://www.tagesschau.de/ausland/europa/boot-migranten-mittelmeer-100.html
    Case(
        "Im Mittelmeer sind bei einem Bootsunglück drei Menschen ums Leben gekommen, mindestens zwölf werden noch vermisst.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://phroot.kroovy.de/gopherproxy/?q=gopher.leitzahl.de%2F0%2Fnews%2F515933a535ad179b520b5e9e7ae7bbe7f594e5d9.txt
    Case(
        "Die Regierung in Beirut meldete mindestens 270 Tote und mehr als 1.200 Verletzte.",
        "at_least",
        270,
        270,
        None,
        "killed",
    ),
    # https://www.handelsgruppe.net/?p=2761
    Case(
        "Eine Frau in Haifa wurde dabei leicht verletzt.",
        "exact",
        1,
        1,
        1,
        "wounded",
        "all",
        "women",
    ),
    # https://gaya.one/de/world-events/breaking-news/1ef99f4a-6421-662c-9e5f-c78d8d7af87e
    # "30. September" is a date; the 38 that follows it are the soldiers.
    Case(
        "Die israelische Militärführung erklärte, dass seit Beginn der Bodenoperationen am 30. September 38 Soldaten im Libanon getötet wurden.",
        "exact",
        38,
        38,
        38,
        "killed",
        "military",
    ),
    # https://investmentweek.com/eskalation-im-nahen-osten-hohe-opferzahlen-bei-neuen-angriffen-im-libanon
    # "fast" = nearly: approximate; the women are counted among the dead ("unter den Verstorbenen").
    Case(
        "Besonders tragisch ist der hohe Anteil von fast 600 Frauen und 183 Minderjährigen unter den Verstorbenen.",
        "approximate",
        None,
        600,
        None,
        "killed",
        "all",
        "women",
    ),
    # https://rp-online.de/panorama/ausland/nigeria-bewaffnete-entfuehren-ueber-200-kinder-aus-grundschule_aid-108473653
    # Pupils of a primary school: group children.
    Case(
        "Bewaffnete Angreifer haben am Donnerstag im Nordwesten Nigerias mindestens 287 Schülerinnen und Schüler entführt.",
        "at_least",
        287,
        287,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://de.azvision.az/news/94326/hunderte-schuljungen-von-bewaffneten-angreifern-entf%C3%BChrt.html
    # "mehrere hundert" = several hundred (3 x 100); children abducted and later released are read as captured.
    Case(
        "Zuletzt hatte die islamistische Terrorgruppe Boko Haram im Dezember mehrere hundert Kinder gekidnappt und sie eine Woche später wieder freigelassen.",
        "vague",
        300,
        None,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://www.kreiszeitung.de/politik/ukraine-krieg-verluste-russland-offiziere-tote-militaer-armee-news-ticker-zr-92210140.html
    # "zehn Jahre" is a duration, 1979 and 1989 years.
    Case(
        "Zum Vergleich: Im zehn Jahre währenden Afghanistan-Krieg von 1979 bis 1989 sind nach offiziellen Angaben 14.453 sowjetische Soldaten gefallen, 53.753 Soldaten wurden damals verwundet.",
        "exact",
        14453,
        14453,
        14453,
        "killed",
        "military",
    ),
    # https://www.achgut.com/artikel/ein_moerderischer_abnutzungskrieg/P8
    # "Soldaten verloren" (lost soldiers) read as the army's losses (casualties), as the earlier batch read "verlieren ... Mann", though the figure was given for deaths.
    Case(
        "Damals hatte Verteidigungsminister Sergej Schoigu erklärt, dass die russische Armee während der „Spezialoperation“ in der Ukraine 5.937 Soldaten verloren habe.",
        "exact",
        5937,
        5937,
        5937,
        "casualties",
        "military",
    ),
    # https://www.dw.com/de/russlands-verluste-im-ukraine-krieg/a-61234632
    Case(
        "Online vermeldete sie unter Berufung auf Militärkreise, es habe bislang 9861 gefallene und über 16.000 verwundete russische Soldaten gegeben.",
        "exact",
        9861,
        9861,
        9861,
        "killed",
        "military",
    ),
    # https://www.dw.com/de/russlands-verluste-im-ukraine-krieg/a-61234632
    # "tausenden von Opfern" (thousands of victims): vague casualties; "wenigen Tagen" is a duration.
    Case(
        'Was nach dem Willen des Kremls eine "Spezialoperation" werden sollte, die nach wenigen Tagen abgeschlossen sein sollte, hat sich mittlerweile zu einem Krieg ausgeweitet, der bereits jetzt auf beiden Seiten zu tausenden von Opfern geführt hat.',
        "vague",
        1000,
        None,
        None,
        "casualties",
        literal_low=2000,
    ),
    # https://www.stuttgarter-nachrichten.de/inhalt.ukraine-krieg-bericht-1-2-millionen-moskauer-soldaten-verwundet-oder-tot.4c5137ed-5c4d-4717-9216-7a368143db8c.html (dateline "Moskau/Kiew -" trimmed)
    # "durch Verwundung oder Tod verloren" is casualties; "fast vier Jahren" is a duration.
    Case(
        "Die russische Armee hat nach Berechnungen von US-Experten in den fast vier Jahren Angriffskrieg gegen die Ukraine 1,2 Millionen Soldaten durch Verwundung oder Tod verloren.",
        "exact",
        1200000,
        1200000,
        1200000,
        "casualties",
        "military",
    ),
    # https://www.stuttgarter-nachrichten.de/inhalt.jemen-mindestens-20-tote-bei-luftangriff-auf-hochzeit.27797c0f-2081-4905-8aec-a8295e486627.html
    # At least 19 guests and the bride: at least 20 killed.
    Case(
        "Mindestens 19 Gäste und die Braut seien getötet worden, sagte der Chef der Gesundheitsbehörde in der Provinz Hadscha, Chaled al-Nadhri, am Montag der Nachrichtenagentur AP.",
        "at_least",
        20,
        20,
        None,
        "killed",
    ),
    # https://www.oe24.at/welt/ueber-100-tote-auf-hochzeit-im-jemen/206294782
    Case(
        "Die von Saudi-Arabien geführte Koalition hat im Westen des Jemen eine Hochzeitsfeier bombardiert und mehr als 100 Menschen getötet.",
        "more_than",
        101,
        None,
        None,
        "killed",
    ),
    # https://www.imi-online.de/2015/10/08/jemen-luftangriffe-auf-hochzeit/
    Case(
        "Bisher starben laut The Guardian mehr als 4000 Menschen durch den Krieg im Jemen, welcher das Land in eine humanitäre Krise trieb.",
        "more_than",
        4001,
        None,
        None,
        "killed",
    ),
    # http://de.abna24.com/news/westasien-nahost/viele-tote-bei-luftangriff-auf-hochzeit-im-jemen_890560.html
    Case(
        "Mehr als 40 weitere Menschen wurden bei dem Angriff verletzt, sagte Ministeriumssprecher Abdel-Karim al-Kahlani.",
        "more_than",
        41,
        None,
        None,
        "wounded",
    ),
    # https://www.rf-news.de/2015/kw40/29.09.15-jemen-luftangriffe-auf-hochzeit
    Case(
        "Gestern kamen bei einem Luftangriff des saudi-arabischen Militärbündnisses auf den Jemen 27 Zivilisten ums Leben, als die Luftschläge eine Hochzeitgesellschaft in einem Dorf in der Nähe der jemenitischen Hafenstadt Mocha am Roten Meer trafen.",
        "exact",
        27,
        27,
        27,
        "killed",
        "civilian",
    ),
    # http://article.wn.com/view/2009/03/10/Selbstmordanschlag_auf_Markt32_Menschen_sterben_im_Irak
    # Members of the security forces: military; "zahlreiche" (numerous) is unquantified.
    Case(
        "Unter den Toten waren zahlreiche Angehörige der Sicherheitskräfte.",
        "unquantified",
        None,
        None,
        None,
        "killed",
        "military",
    ),
    # https://www.wienerzeitung.at/nachrichten/politik/welt/409246-Bombenexplosionen-in-Bagdad-Zahlreiche-Opfer.html
    # "zumindest" = at least; 13.00 and 10.00 are times.
    Case(
        "Demnach wurde durch die Detonationen, die sich um 13.00 Uhr Ortszeit (10.00 Uhr MEZ) ereigneten, zumindest ein Mensch getötet.",
        "at_least",
        1,
        1,
        None,
        "killed",
    ),
    # https://www.wienerzeitung.at/h/kongo-rebellen-richten-blutbad-an
    Case(
        "Als die Kämpfer sich nach Gefechten mit der Armee in den Busch zurückzogen, waren nach Angaben von Augenzeugen bis zu 100 Menschen tot.",
        "at_most",
        None,
        None,
        100,
        "killed",
    ),
    # https://derchotv.de/2017/11/27/mehrere-tote-bei-selbstmordanschlag-in-bagdad/
    # The first figure is the nine civilians; the two members of the security forces come second.
    Case(
        "Neun Zivilisten und zwei Sicherheitskräfte wurden verletzt.",
        "exact",
        9,
        9,
        9,
        "wounded",
        "civilian",
    ),
    # https://www.diepresse.com/6204576/der-vergessene-krieg-im-norden-aethiopiens?from=rss
    # "Zigtausende" = tens of thousands.
    Case(
        "Zigtausende sind in dem Konflikt bereits getötet worden.",
        "vague",
        10000,
        None,
        None,
        "killed",
        literal_low=20000,
    ),
    # https://www.faz.net/aktuell/politik/ausland/nord-aethiopien-hoffnung-auf-deeskalation-im-tigray-krieg-17952060.html
    # "mehr als eine halbe Million" = more than 500,000; deaths from hunger caused by the fighting counted as deaths.
    Case(
        "Aufgrund von Hunger und mangelnder medizinischer Versorgung als Folge der Kämpfe könnten mehr als eine halbe Million Menschen gestorben sein, schrieben Wissenschaftler der Universität Gent kürzlich.",
        "more_than",
        500001,
        None,
        None,
        "killed",
    ),
    # https://news360.es/deutschland/2023/01/15/die-au-schatzt-dass-mindestens-600-000-menschen-wahrend-des-krieges-in-der-athiopischen-region-tigray-getotet-wurden
    # "Ende 2020" is a date.
    Case(
        "Der Vermittler der Afrikanischen Union (AU) im Tigray-Konflikt im Norden Äthiopiens, Olusegun Obasanjo, schätzt, dass in dem Ende 2020 begonnenen Krieg zwischen der äthiopischen Armee und der Tigray People’s Liberation Front (TPLF) im Norden des Landes mindestens 600.000 Menschen ums Leben gekommen sind.",
        "at_least",
        600000,
        600000,
        None,
        "killed",
    ),
    # https://www.derstandard.at/story/2000121623509/tausende-aethiopier-fliehen-wegenmilitaeroffensive-in-den-sudan?ref=rss
    # People who left their region because of the fighting are displaced.
    Case(
        "Die Vereinten Nationen sprachen nach Reuters-Informationen am Mittwoch von 6.000 bis 7.000 Menschen, die die Region Tigray im Norden des Landes wegen der anhaltenden Kämpfe bereits Richtung Grenze verlassen haben.",
        "range",
        6000,
        None,
        7000,
        "displaced",
    ),
    # https://www.welt-sichten.org/personen/191/katja-dorothea-buck?page=10
    Case(
        "Tausende Menschen wurden schon getötet, Zehntausenden droht die Hungersnot.",
        "vague",
        1000,
        None,
        None,
        "killed",
        literal_low=2000,
    ),
    # https://de.in-ukraine.info/article/715034990-faktichni-cifri-bilshi-ponad-14-tisyach-civilnih-s
    # "14. 059" is the page's spacing of 14.059 (the killed and injured it breaks into add up to 14,059); civilians who were victims of the war: casualties.
    Case(
        "Ungefähr 14. 059 Zivilisten waren Opfer des Krieges in der Ukraine.",
        "approximate",
        None,
        14059,
        None,
        "casualties",
        "civilian",
    ),
    # https://staging.unric.org/de/mindestens-10-000-zivilisten-in-ukraine-getoetet
    # "vor 21 Monaten" is a duration.
    Case(
        "Seit Russlands Einmarsch vor 21 Monaten haben die Vereinten Nationen in der Ukraine mindestens 10.000 getötete Zivilisten registriert – darunter mehr als 560 Kinder.",
        "at_least",
        10000,
        10000,
        None,
        "killed",
        "civilian",
    ),
    # https://nachrichten-pforzheim.de/aktuelle-ereignisse-mindestens-847-zivilisten-getoetet/
    # "Nichtkombattanten" (non-combatants) are civilians.
    Case(
        "Mindestens 1.399 Nichtkombattanten seien verletzt worden, teilte das UN-Menschenrechtsbüro mit.",
        "at_least",
        1399,
        1399,
        None,
        "wounded",
        "civilian",
    ),
    # https://www.radiohagen.de/artikel/drohne-bei-erding-abgestuerzt-1973927.html
    # "nicht zu Schaden gekommen" (came to no harm): no casualties.
    Case(
        "Personen seien nicht zu Schaden gekommen.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://newsflash24.de/blaulicht/schleswig-holstein/mucheln-transportdrohne-setzt-acker-in-brand
    # "keine Personen in der Nähe" (nobody nearby) is no casualty figure; "niemand verletzt" is zero wounded.
    Case(
        "Zum Zeitpunkt des Absturzes befanden sich keine Personen in der Nähe, so dass niemand verletzt wurde.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://chaspravdy.com/de/nachrichten/krieg-und-verbrechen/2025/11/06/zwei-jugendliche-bei-drohnenexplosion-in-chernihiv-verletzt
    # "etwa 14 bis 15 Jahren" is an age range, not a range of people; teenagers of that age are children.
    Case(
        "Zwei Jugendliche im Alter von etwa 14 bis 15 Jahren wurden verletzt, nachdem ein Teil einer abgestürzten russischen Drohne explodiert war, berichtete der Zivilschutz.",
        "exact",
        2,
        2,
        2,
        "wounded",
        "all",
        "children",
    ),
    # https://genderempathygap.de/das-massaker-von-srebrenica-2-1995/
    # "11. Juli 1995" is a date. Boys and men together are no single group: group all.
    Case(
        "Beim Massaker von Srebrenica ab dem 11. Juli 1995 wurden 8000 Jungen und Männer in einer UN-Schutzzone in unmittelbarer Nachbarschaft von UN-Blauhelmsoldaten ermordet.",
        "exact",
        8000,
        8000,
        8000,
        "killed",
    ),
    # https://ru24.pro/smi/salzburg-com/395403952
    Case(
        "In Myanmar sind bei einem Luftangriff der Armee nach Angaben einer Rebellengruppe mindestens 40 Menschen getötet worden.",
        "at_least",
        40,
        40,
        None,
        "killed",
    ),
    # https://de.itb.co.jp/2025/01/23/asia-pacificmyanmar-crisis-civilians-killed-in-airstrikes-as-rohingya-risk-dangerous-journeys
    # The bodies of seven women and three men: the first figure is the seven women (killed).
    Case(
        "„Wir haben die Leichen von sieben Frauen und drei Männern gezählt“, sagte ein Dorfbewohner aus Mee Lai, der seinen Namen aus Sicherheitsgründen nicht nennen wollte.",
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "women",
    ),
    # https://www.basellandschaftlichezeitung.ch/ausland/amnesty-berichtet-von-ethnischen-saeuberungen-militaers-werden-trotzdem-in-der-schweiz-empfangen-131818228
    # Thousands by apostrophe; a range after a hedge ("schätzungsweise") stays a range.
    Case(
        "Allein seit Sonntagnacht sind schätzungsweise 10'000 bis 15'000 Rohingya-Flüchtlinge nach Bangladesch geflohen, heisst es weiter.",
        "range",
        10000,
        None,
        15000,
        "displaced",
    ),
    # https://ludger-eversmann.de/tag/israel
    # "zum Opfer fallen" said of people is to die (as in the earlier batch); civilians and security forces together: population all. 2007 is a year.
    Case(
        "Die palästinensische Organisation Hamas, die nach jahrelangen erbitterten Auseinandersetzungen unter anderen islamistischen Gruppierungen in Palästina im Jahr 2007 im Gaza-Streifen die Macht übernommen hatte, hat an diesem Tag einen bis dahin unvergleichlichen Schlag gegen Menschen aus Israel geführt, dem allein an diesem Tag rund 1.200 Zivilpersonen und Sicherheitskräfte zum Opfer fielen.",
        "approximate",
        None,
        1200,
        None,
        "killed",
    ),
    # https://rekordversuch.evangelisch.de/themen/erster-weltkrieg
    # Killed, wounded or missing together: casualties. Germans and French are not said to be soldiers in this sentence: population all. The page writes "liessen" and "veraenderte".
    Case(
        "Mehr als 700.000 Deutsche und Franzosen liessen in einer beispiellosen Materialschlacht ab dem 21. Februar 1916 ihr Leben, wurden verwundet oder blieben vermisst - ohne dass sich der Frontverlauf wesentlich veraenderte.",
        "more_than",
        700001,
        None,
        None,
        "casualties",
    ),
    # https://de.statista.com/statistik/daten/studie/1072983/umfrage/gefallene-soldaten-schlacht-von-verdun-1916/
    # "Dezember 1916" is a date.
    Case(
        "Im Dezember 1916 fand die Schlacht schließlich ohne einen Sieger ihr Ende, insgesamt starben rund 305.000 Soldaten auf dem Schlachtfeld.",
        "approximate",
        None,
        305000,
        None,
        "killed",
        "military",
    ),
    # https://de.knowledgr.com/08954995/2010ErdbebenInHaiti
    # The first figure is the range 100,000 to about 160,000 (a hedge on the upper end leaves it a range); the government's 220,000 to 316,000 comes second.
    Case(
        "Die Zahl der Todesopfer reicht von 100.000 bis etwa 160.000 bis hin zu den Zahlen der haitianischen Regierung von 220.000 bis 316.000.",
        "range",
        100000,
        None,
        160000,
        "killed",
    ),
    # https://beeview.de/die-zahl-der-todesopfer-in-haiti-steigt-auf-1941-sturm-verursacht-zusaetzliche-unannehmlichkeiten-fuer-obdachlose/
    # 1941 is the toll, not a year.
    Case(
        "Die Zahl der Todesopfer bei dem schweren Erdbeben in Haiti am Samstag ist auf 1941 gestiegen, sagen regionale Zivilschutzorganisationen.",
        "exact",
        1941,
        1941,
        1941,
        "killed",
    ),
    # https://topnews.media/news/deutschland/krieg-in-der-ukraine-ukraine-meldet-nachtliche-angriffe-auf-charkiw-tote-und-verletzte
    Case(
        "Infolge der Attacken seien sechs Menschen getötet worden, teilt der Militärgouverneur der Region Charkiw auf Telegram mit.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # https://newsportal.koeln/news-allgemein/ukraine-ueber-65-millionen-menschen-innerhalb-auf-der-flucht/
    # "im eigenen Land auf der Flucht" (fleeing within their own country) is displacement.
    Case(
        "Vor dem Hintergrund des russischen Angriffs auf die Ukraine sind mehr als 6,5 Millionen Menschen im eigenen Land auf der Flucht.",
        "more_than",
        6500001,
        None,
        None,
        "displaced",
    ),
    # https://ga.de/news/politik/ausland/ukraine-un-hilfswerk-warnt-vor-schwieriger-humanitaerer-lage_aid-105854635
    # "gehen ... von ... aus" (assume) carries no qualifier; the first figure is the internally displaced.
    Case(
        "Nach Angaben Grandis gehen die Vereinten Nationen von 3,7 Millionen Binnenflüchtlingen in der Ukraine und weiteren 6,3 Millionen Flüchtlingen in anderen Ländern aus.",
        "exact",
        3700000,
        3700000,
        3700000,
        "displaced",
    ),
]

NON_FIGURES = [
    # https://gate.coron.tech/?p=4235719 (storeys of a building)
    "Der Einschlag einer russischen Rakete in einem 22-geschossigen Wohnhaus im Schewtschenko-Stadtviertel von Kiew hat in den unteren Etagen ganze Wohnungen weggesprengt.",
    # https://www.wallstreet-online.de/nachricht/17647367-hamas-behoerde-214-tote-gazastreifen (hospitals)
    "Nach Angaben der Weltgesundheitsorganisation (WHO) arbeiten nur noch acht von einst 36 Krankenhäusern einigermaßen.",
    # https://www.goslarsche.de/Nachrichten/Sudan-33-Millionen-Vertriebene-nach-100-Tagen-Konflikt-441791.html (the strength of a militia, no harm)
    "Im Sudan kämpft die RSF-Miliz des früheren Vizepräsidenten Daglo - eine aus arabischen Milizen in Darfur hervorgegangene Quasi-Armee mit Zehntausenden Kämpfern - gegen die Streitkräfte unter Staatschef al-Burhan.",
    # https://www.pilatustoday.ch/diverse-news/-ueber-vier-millionen-menschen-auf-der-flucht-136913464 (people depending on aid)
    "Laut UNO hängt das Überleben von 4 Millionen Menschen von fremder Hilfe ab.",
    # http://www.fm1today.ch/mindestens-sechs-tote-bei-anschlag-auf-schiitische-moschee-in-kabul/517080 (a time)
    "Der Angriff begann um kurz nach 21 Uhr (Ortszeit).",
    # https://www.bild.de/politik/2017/afghanistan/anschlag-auf-moschee-tote-52734444.bild.html (worshippers present, no harm)
    "Die Terroristen stürmten die Moschee, während rund 300 Gläubige gerade zum Abendgebet zusammengekommen waren.",
    # https://jugendinfo.blog/2023/03/22 (people affected, no harm counted; the page writes "Erbeben")
    "Rund 23 Mio. Menschen sind von dem stärksten Erbeben, dass jemals in der Region um die Türkei und Syrien gemessen wurde, betroffen.",
    # https://www.varient.de/unsere-leute-sind-zu-hause-hunderte-ukrainische-kriegsgefangene-freigelassen-51249.html (an ordinal)
    "Nach Angaben des für Kriegsgefangenenbelange zuständigen Stabs in Kiew war dies bereits der 64. Austausch seit Beginn des Kriegs.",
    # https://elsiglofuturo.es/de/Boulevard/331617-toedliche-bootsungluecke-im-mittelmeer-suche-nach-dutzenden-vermissten.html (people rescued)
    'Wie Resqship mitteilte, rettete die Crew des Motorsegelschiffs "Nadir" zwischen Libyen und Lampedusa 51 Menschen von einem Holzboot.',
    # https://www.tagesschau.de/ausland/europa/boot-migranten-mittelmeer-100.html (people on board)
    "Ihnen zufolge hätten sich etwa 17 Personen auf dem Boot befunden.",
    # https://www.wiwo.de/politik/ausland/ukraine-krieg-die-lage-am-dienstag-g7-koordinieren-ermittlungen-zu-kriegsverbrechen-in-ukraine/28116300.html (a percentage)
    "So habe eine russische Einheit in der Region Luhansk im Osten in der vergangenen Woche etwa 70 Prozent ihrer Soldaten verloren.",
    # https://oskarmaria.de/index.php?option=com_content&view=article&id=2000:russische-kriegstote-stand-29-02-24&catid=58&Itemid=1575 (a daily average, a rate)
    "Zum Vergleich - in der zweiten Hälfte des Jahres 2023 hatten wir durchschnittlich etwa 73 gefallene Soldaten pro Tag registriert.",
    # https://ru24.pro/smi/salzburg-com/395403952 (houses)
    "Ein Sprecher der Arakan-Armee, die im Teilstaat Rakhine gegen das Militär kämpft, sagte am Donnerstag, der Angriff auf das Dorf Kyauk Ni Maw habe einen Brand ausgelöst, der mehr als 500 Häuser erfasst habe.",
    # https://ga.de/news/politik/ausland/ukraine-un-hilfswerk-warnt-vor-schwieriger-humanitaerer-lage_aid-105854635 (people contacted)
    "Durch Besuche und Telefonate habe man Kontakt zu 70.000 bis 80.000 Menschen gehabt.",
    # https://de.knowledgr.com/08954995/2010ErdbebenInHaiti (a date, aftershocks, a magnitude)
    "Bis zum 24. Januar wurden mindestens 52 Nachbeben mit einer Größe von 4,5 oder mehr registriert.",
    # https://www.volksfreund.de/nachrichten/politik/politik-ausland/israel-setzt-im-kampf-gegen-hamas-auf-gezielte-toetungen_aid-100036867 (a date, attackers who entered, no harm)
    "Am 7. Oktober, dem „schwarzen Schabbat“ (Samstag), drangen nach Medienangaben rund 2500 Hamas-Terroristen aus dem Gazastreifen in einem Überraschungsangriff in Israel ein.",
    # https://mein.evangelisch.de/inhalte/212660/21-02-2023/besuch-erdbebenregion-bundesregierung-sagt-weitere-50-millionen-euro-zu (money)
    "33 Millionen Euro davon sind für Hilfen in der Türkei reserviert, 17 Millionen Euro sollen über UN- und Nichtregierungsorganisationen den Menschen in Syrien zugutekommen.",
]
