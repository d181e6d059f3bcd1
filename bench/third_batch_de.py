"""Third batch of real German sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://www.mdr.de/nachrichten/welt/osteuropa/politik/ukraine-russland-krieg-charkiw-schoigu-100.html
    Case(
        "Russische Nachrichtenagenturen schrieben von 20 Verletzten, darunter ein vermisstes Kind.",
        "exact",
        20,
        20,
        20,
        "wounded",
    ),
    # https://m.vovworld.vn/de-DE/nachrichten/mindestens-19-toten-bei-einem-angriff-auf-die-stadt-belgorod-in-russland-1294599.vov
    Case(
        "In einer auf Telegram veröffentlichten Erklärung teilte das russische Ministerium für Katastrophenschutz mit, dass Rettungskräfte 15 Leichen in den Trümmern eines zehnstöckigen Wohnhauses gefunden hätten.",
        "exact",
        15,
        15,
        15,
        "killed",
    ),
    # https://www.stern.de/news/zahl-der-todesopfer-nach-angriff-auf-dnipro-auf-35-gestiegen-33103118.html?utm_campaign=alle&utm_medium=rss-feed&utm_source=standard
    # "Bewohner" (residents) are not said to be civilians: population all.
    Case(
        'Der "feindliche Angriff" habe "das Leben von 35 Bewohnern des Gebäudes gekostet", erklärte der Gouverneur der Region Dnipropetrowsk, Valentin Resnitschenko, am Montag in Onlinediensten.',
        "exact",
        35,
        35,
        35,
        "killed",
    ),
    # https://www.stern.de/news/zahl-der-todesopfer-nach-angriff-auf-dnipro-auf-35-gestiegen-33103118.html?utm_campaign=alle&utm_medium=rss-feed&utm_source=standard
    Case(
        "Unter den Todesopfern sind demnach auch zwei Kinder.",
        "exact",
        2,
        2,
        2,
        "killed",
        "all",
        "children",
    ),
    # https://www.sueddeutsche.de/politik/vereinte-nationen-drei-millionen-vertriebene-im-sudan-1.6105697
    Case(
        "Seit dem Ausbruch der Kämpfe im Sudan Mitte April sind nach UN-Angaben bis Anfang August bereits drei Millionen Menschen im Land vertrieben worden.",
        "exact",
        3000000,
        3000000,
        3000000,
        "displaced",
    ),
    # https://www.deutschlandfunk.de/kaempfe-im-sudan-treiben-erneut-viele-menschen-in-die-flucht-100.html
    # "ihr Zuhause verloren" (lost their home) is displacement.
    Case(
        "Allein in der vergangenen Woche hätten fast 200.000 Menschen wegen der Gewalt ihr Zuhause verloren, teilte die UNO in New York mit.",
        "approximate",
        None,
        200000,
        None,
        "displaced",
    ),
    # http://www.monde-diplomatique.de/index.php?dig=%2F2012%2F01%2F13%2Fa0048&id=archivseite
    # "einem Krieg zum Opfer fallen" said of people means to die in it: killed, not casualties.
    Case(
        "Seit dem 15. April 2023 tobt in Sudan ein Bürgerkrieg, dem inzwischen schätzungsweise mehr als 150 000 Menschen zum Opfer gefallen sind.",
        "more_than",
        150001,
        None,
        None,
        "killed",
    ),
    # https://www.srf.ch/news/international/nach-chaos-bei-geiseluebergabe-palaestinensische-haeftlinge-werden-nach-verzoegerungen-freigelassen
    # The first figure is the eight abductees handed over (released captives are read as captured); the
    # "rund 80" still held comes second.
    Case(
        "Nach der Übergabe der acht Entführten werden noch rund 80 Geiseln im Gazastreifen festgehalten.",
        "exact",
        8,
        8,
        8,
        "captured",
    ),
    # https://www.srf.ch/news/international/nach-chaos-bei-geiseluebergabe-palaestinensische-haeftlinge-werden-nach-verzoegerungen-freigelassen
    # Hostages said to be dead are killed; 33 is the whole the eight are part of.
    Case(
        "Die Hamas teilte zuletzt mit, dass acht der 33 Geiseln tot seien.",
        "exact",
        8,
        8,
        8,
        "killed",
    ),
    # https://www.n-tv.de/politik/Diese-Geiseln-sind-wieder-in-Freiheit-article24566131.html
    # Released hostages, read as captured; "fünf Tagen" is a duration.
    Case(
        "An den vergangenen fünf Tagen kommen Dutzende Geiseln aus den Fängen der Hamas frei.",
        "vague",
        12,
        None,
        None,
        "captured",
        literal_low=24,
    ),
    # https://www.n-tv.de/politik/Diese-Geiseln-sind-wieder-in-Freiheit-article24566131.html
    Case(
        "Etwa 240 Menschen hatten die Islamisten nach den Massakern am 7. Oktober verschleppt, bislang kamen 84 im Rahmen des Abkommens zwischen Israel und der Hamas frei.",
        "approximate",
        None,
        240,
        None,
        "captured",
    ),
    # https://vclip.net/video/x5ojw1h
    Case(
        "Ein verheerender Anschlag hat das Diplomatenviertel von Kabul erschüttert: Im morgendlichen Berufsverkehr riss ein Selbstmordattentäter dutzende Menschen mit in den Tod.",
        "vague",
        12,
        None,
        None,
        "killed",
        literal_low=24,
    ),
    # https://comparemela.com/ampnews/islamists-remained
    # "Angreifer" (attackers) are armed: military.
    Case(
        "Unter den Toten seien auch fünf Angreifer, die von Spezialkräften der Polizei getötet worden seien, heißt es weiter.",
        "exact",
        5,
        5,
        5,
        "killed",
        "military",
    ),
    # http://www.stern.de/politik/ausland/afghanistan--ueber-35-menschen-sterben-bei-anschlag-in-kabul-7550500.html?utm_campaign=alle-videos&utm_medium=rssfeed&utm_source=standard
    Case(
        "Bei einem Selbstmordanschlag in der afghanischen Hauptstadt Kabul sind zahlreiche Menschen getötet worden.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # http://www.stern.de/politik/ausland/afghanistan--ueber-35-menschen-sterben-bei-anschlag-in-kabul-7550500.html?utm_campaign=alle-videos&utm_medium=rssfeed&utm_source=standard
    # "rund drei Dutzend" = about 36.
    Case(
        "Ein Regierungsvertreter sprach am Montagvormittag von rund drei Dutzend Toten und vielen Verletzten.",
        "approximate",
        None,
        36,
        None,
        "killed",
    ),
    # https://www.nau.ch/news/ausland/malis-armee-totet-rund-zehn-dschihadisten-bei-kampfen-65842669
    Case(
        "In Mali hat die Armee nach eigenen Angaben mehrere dschihadistische Kämpfer getötet.",
        "vague",
        3,
        None,
        None,
        "killed",
        "military",
    ),
    # https://www.nau.ch/news/ausland/malis-armee-totet-rund-zehn-dschihadisten-bei-kampfen-65842669
    Case(
        "Bei den Gefechten, die sich bereits am Donnerstag ereigneten, seien rund zehn Terroristen getötet worden.",
        "approximate",
        None,
        10,
        None,
        "killed",
        "military",
    ),
    # https://www.tt.com/ticker/16117558/25-malische-soldaten-bei-islamisten-angriff-getoetet
    # The page's previous sentence says the 60 are soldiers; this sentence alone does not: population all.
    Case("Weitere 60 würden vermisst, wie die Regierung bekannt gab.", "exact", 60, 60, 60, "missing"),
    # https://lepaysdefrance.fr/de/Politik/22132-16-malische-soldaten-bei-angriffen-mutmasslicher-dschihadisten-getoetet.html
    # "neutralisiert" (neutralised) is killed.
    Case(
        '37 "Terroristen" seien "neutralisiert" worden, erklärte die Armee.',
        "exact",
        37,
        37,
        37,
        "killed",
        "military",
    ),
    # https://lepaysdefrance.fr/de/Politik/22132-16-malische-soldaten-bei-angriffen-mutmasslicher-dschihadisten-getoetet.html
    Case(
        "Die Miliz erklärte, bei der Attacke auf den Armeestützpunkt dutzende Soldaten getötet oder verletzt zu haben.",
        "vague",
        12,
        None,
        None,
        "casualties",
        "military",
        literal_low=24,
    ),
    # https://lepaysdefrance.fr/de/Politik/22132-16-malische-soldaten-bei-angriffen-mutmasslicher-dschihadisten-getoetet.html
    # "mehrere tausend" = several thousand (3 x 1,000); soldiers and civilians together: population all.
    Case(
        "In dem Konflikt wurden mehrere tausend Soldaten und Zivilisten getötet, zwei Millionen Menschen wurden aus ihrer Heimat vertrieben.",
        "vague",
        3000,
        None,
        None,
        "killed",
    ),
    # https://deutsch.rt.com/newsticker/41018-jemen-von-saudi-koalition-attackiert/
    # "mindesten" is the page's misspelling of "mindestens".
    Case(
        "Nach vorläufigen Angaben sind bei der Attacke mindesten 25 Menschen umgekommen, 73 Verletzte wurden ins Krankenhaus geliefert.",
        "at_least",
        25,
        25,
        None,
        "killed",
    ),
    # http://www.nordkurier.de/nachrichten/ticker/sanaa/mindestens-44-tote-bei-saudischen-luftangriffen-im-jemen-0715358506.html
    Case(
        "Zudem wurden bei der Bombardierung des von den Huthi-Rebellen kontrollierten Armee-Hauptquartiers mehr als 180 Personen verletzt, wie ein Mitarbeiter des Gesundheitsministeriums weiter mitteilte.",
        "more_than",
        181,
        None,
        None,
        "wounded",
    ),
    # http://www.nordkurier.de/nachrichten/ticker/sanaa/mindestens-44-tote-bei-saudischen-luftangriffen-im-jemen-0715358506.html
    # "Viele der Opfer": unquantified victims (casualties), soldiers and civilians together.
    Case(
        "Viele der Opfer seien demnach jemenitische Soldaten, die aufseiten der Huthis kämpfen, sowie Zivilisten.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
    ),
    # http://heinrich-schwenker.italodito.it/html/der_krieg.html
    Case(
        "3 Millionen Menschen gelten noch bis heute als vermisst.",
        "exact",
        3000000,
        3000000,
        3000000,
        "missing",
    ),
    # http://heinrich-schwenker.italodito.it/html/der_krieg.html
    # "1939 - 1945" is a period. "verloren ... Menschen" (lost people) read literally as losses (casualties),
    # though the 20 million are usually counted as deaths.
    Case(
        "Die Sowjetunion verloren von 1939 - 1945 20 Millionen Menschen, Deutschland beklagte im gleichen Zeitraum 4,8 Millionen Verluste und weitere 2,5 Millionen Opfer durch Flucht, Vertreibung und Verschleppung unmittelbar nach dem Krieg.",
        "exact",
        20000000,
        20000000,
        20000000,
        "casualties",
    ),
    # https://www.aerztezeitung.de/Panorama/Millionen-Tote-und-Staedte-in-Truemmern-409249.html
    # A range whose upper end is hedged ("mehr als 60") stays a range; the scale is shared.
    Case(
        "Der Krieg in Europa und Asien kostete nach unterschiedlichen Schätzungen zwischen 55 und mehr als 60 Millionen Menschen das Leben, die meisten davon Zivilisten.",
        "range",
        55000000,
        None,
        60000000,
        "killed",
    ),
    # https://www.aerztezeitung.de/Panorama/Millionen-Tote-und-Staedte-in-Truemmern-409249.html
    # "Opfer" read literally as victims (casualties), though the figure is usually given for US deaths; the
    # sentence does not say they were soldiers.
    Case(
        "Die USA beklagten in Europa (bis Mai 1945) und im Pazifik (bis September 1945) 405.000 Opfer.",
        "exact",
        405000,
        405000,
        405000,
        "casualties",
    ),
    # https://forum.gamezone.de/threads/spiele-ueber-weltkriege.55015
    Case(
        "Die direkten und indirekten Opfer der Atombombenabwürfe von Hiroshima und Nagasaki belaufen sich in die Hunderttausende.",
        "vague",
        100000,
        None,
        None,
        "casualties",
        literal_low=200000,
    ),
    # https://thetvdb.plex.tv/series/271254-show/episodes/4605833
    Case(
        "Elf Millionen deutsche Soldaten gerieten im Zweiten Weltkrieg in Gefangenschaft.",
        "exact",
        11000000,
        11000000,
        11000000,
        "captured",
        "military",
    ),
    # https://celialuxury.com/?p=23629
    # "6. Armee" is a unit number.
    Case(
        "Mit der Kapitulation der 6. Armee unter Generalfeldmarschall Friedrich Paulus gerieten mehr als 91.000 deutsche Soldaten in sowjetische Gefangenschaft.",
        "more_than",
        91001,
        None,
        None,
        "captured",
        "military",
    ),
    # https://erdbebennews.de/2013/04/schweres-erdbeben-in-china-sichuan-mindestens-193-tote-23-vermisste-und-15-554-verletzte/
    # "maximal" = at most.
    Case("Chinesische Medien nennen momentan maximal 46 Tote.", "at_most", None, None, 46, "killed"),
    # https://erdbebennews.de/2013/04/schweres-erdbeben-in-china-sichuan-mindestens-193-tote-23-vermisste-und-15-554-verletzte/
    # "Opferzahl" (number of victims) read literally as casualties.
    Case(
        "Chinesische Offizielle schätzen die Opferzahl nach diesem Beben auf etwa 400.",
        "approximate",
        None,
        400,
        None,
        "casualties",
    ),
    # https://www.hasepost.de/erdbeben-in-suedostasien-todesopferzahl-steigt-rasant-an-582417/?hepo_open_popup=1
    Case(
        "Tausende weitere Menschen sollen verletzt sein.",
        "vague",
        1000,
        None,
        None,
        "wounded",
        literal_low=2000,
    ),
    # https://dasfazit.at/nachrichten/international/12547.html
    Case(
        "Weitere 2.700 Menschen, darunter 1.500 Kinder, werden noch immer vermisst, teilte das palästinensische Gesundheitsministerium mit.",
        "exact",
        2700,
        2700,
        2700,
        "missing",
    ),
    # https://www.mallorca-services.es/bislang-nahezu-10-000-tote-in-gaza-durch-israelische-angriffe
    Case("4.008 der Toten sind Kinder.", "exact", 4008, 4008, 4008, "killed", "all", "children"),
    # https://nex24.news/2024/02/gaza-zahl-der-toten-steigt-auf-ueber-30-000/ (dateline "Gaza –" trimmed)
    Case(
        "Nach gestrigen Angriffen des israelischen Militärs auf Ziele in Gaza ist die Zahl der getöteten Palästinenser auf über 30.000 angestiegen.",
        "more_than",
        30001,
        None,
        None,
        "killed",
    ),
    # https://taz.de/!5483894
    Case(
        "94 Schulmädchen in Nigeria sind möglicherweise von der islamistischen Terrorgruppe Boko Haram entführt worden.",
        "exact",
        94,
        94,
        94,
        "captured",
        "all",
        "children",
    ),
    # https://www.bzbasel.ch/ausland/armee-in-nigeria-befreit-nach-boko-haram-ueberfall-76-schuelerinnen-132238072
    Case(
        "Möglicherweise befänden sich aber noch mindestens ein Dutzend weitere Schülerinnen in der Hand der Islamisten.",
        "at_least",
        12,
        12,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://www.bzbasel.ch/ausland/armee-in-nigeria-befreit-nach-boko-haram-ueberfall-76-schuelerinnen-132238072
    Case(
        "In dem Konflikt wurden bisher mindestens 20'000 Menschen getötet und 2,6 Millionen in die Flucht getrieben.",
        "at_least",
        20000,
        20000,
        None,
        "killed",
    ),
    # https://www.bzbasel.ch/ausland/armee-in-nigeria-befreit-nach-boko-haram-ueberfall-76-schuelerinnen-132238072
    Case(
        "Seit 2009 entführten die Islamisten zudem tausende Menschen.",
        "vague",
        1000,
        None,
        None,
        "captured",
        literal_low=2000,
    ),
    # https://www.finanzen.net/nachricht/aktien/london-mit-ziemlicher-sicherheit-tausende-russische-verluste-11171925
    Case(
        "Nach Einschätzung der Nato sind in der Ukraine bislang zwischen 7000 und 15 000 russische Soldaten getötet worden.",
        "range",
        7000,
        None,
        15000,
        "killed",
        "military",
    ),
    # https://www.gea.de/welt_artikel,-ukraine-krieg-fast-500-000-russen-gefallen-oder-verletzt-_arid,6906706.html
    Case(
        "Seit Beginn des Kriegs in der Ukraine sind nach Einschätzung der britischen Regierung mehr als 465.000 russische Soldaten getötet oder verletzt worden.",
        "more_than",
        465001,
        None,
        None,
        "casualties",
        "military",
    ),
    # https://kurier.at/politik/ausland/krieg-in-der-ukraine-london-wirft-moskau-desinformation-bei-opferzahlen-vor/402308426
    Case(
        "Russland hatte den Tod von 89 Soldaten gemeldet, den britischen Geheimdiensten zufolge soll es höchstwahrscheinlich über 300 Opfer gegeben haben.",
        "exact",
        89,
        89,
        89,
        "killed",
        "military",
    ),
    # https://www.br.de/alphalernen/faecher/geschichte/dreissig-jaehriger-krieg-entvoelkerung-100.html
    # "3 bis 4 Millionen": the scale applies to both ends.
    Case(
        "Während die einen von 3 bis 4 Millionen Menschen ausgehen, die während des 30jährigen Krieges ums Leben kamen, sprechen andere Quellen von bis zu 7 Millionen Toten, wiederum andere gar von 9 Millionen.",
        "range",
        3000000,
        None,
        4000000,
        "killed",
    ),
    # https://mydailyselfmotivation.com/articles/history-fact-fiction/10-dramatic-events-from-europes-longest-war.html
    # "Zwischen 1618 und 1648" is a period, not a range of people.
    Case(
        "Zwischen 1618 und 1648 verwickelten sich die europäischen Großmächte in einen bösartigen, endlosen Konflikt, durch den Millionen Menschen starben.",
        "vague",
        1000000,
        None,
        None,
        "killed",
        literal_low=2000000,
    ),
    # https://diebewertung.de/traurig-6
    Case(
        "6.163 Soldaten der Regierung und 1.051 Rebellen seien gefallen.",
        "exact",
        6163,
        6163,
        6163,
        "killed",
        "military",
    ),
    # https://www.salzburg24.at/s24-archiv/mehr-als-130000-kriegstote-in-syrien-art-34748
    # Children and women together are no single group: group all.
    Case(
        "Unter den getöteten Zivilisten befänden sich mehr als 11.700 Kinder und Frauen.",
        "more_than",
        11701,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://www.zeit.de/politik/ausland/2013-04/syrien-opfer-maerz
    Case(
        "Außerdem seien Tausende Menschen vermisst gemeldet.",
        "vague",
        1000,
        None,
        None,
        "missing",
        literal_low=2000,
    ),
    # https://www.zeit.de/politik/ausland/2013-04/syrien-opfer-maerz
    # "drei Tagen" is a duration.
    Case(
        "Allein in den letzten drei Tagen sind nach Angaben der Opposition Hunderte Menschen gestorben.",
        "vague",
        100,
        None,
        None,
        "killed",
        literal_low=200,
    ),
    # https://www.rnz.de/nachrichten_artikel,-zzz-dpa-Thema-Aktuell-Sechstes-Todesopfer-nach-Flutkatastrophe-in-Niederbayern-_arid,196712.html
    # 28, 56 and 78 are ages.
    Case(
        "Unter den Toten sind auch drei Frauen im Alter von 28, 56 und 78 Jahren.",
        "exact",
        3,
        3,
        3,
        "killed",
        "all",
        "women",
    ),
    # https://aussiedlerbote.de/de/14-45-uhr-soder-die-hochwasserlage-in-bayern-bleibt-ernst-und-kritisch
    Case(
        "Söder erwähnte auch bis zu sieben vermisste Personen, wobei die Zahl möglicherweise steigen könnte.",
        "at_most",
        None,
        None,
        7,
        "missing",
    ),
    # https://www.watson.ch/513674832-unwetter-aufraeumen-nach-hochwasser-in-deutschland-naechstes-unwetter-kommt
    # "75-Jährigen" is an age; the toll rose to four.
    Case(
        "Mit dem 75-Jährigen erhöht sich die Zahl der Toten in Simbach auf vier.",
        "exact",
        4,
        4,
        4,
        "killed",
    ),
    # https://mein-berlin.net/berlin/maskierte-schuetzen-feuern-auf-wohnhaus-in-spandau-schock-in-der-nacht
    Case(
        "Glücklicherweise gab es nach ersten Angaben der Polizei keine Verletzten.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://www.lr-online.de/nachrichten/explosion-auf-dem-buttermarkt-in-kamenz-36632602.html
    # "zu Schaden kommen" (come to harm) covers killed and injured: casualties.
    Case("Glücklicherweise kam keine Person zu Schaden.", "exact", 0, 0, 0, "casualties"),
    # https://kulturforum.info/de/kk-magazin/news-tipps/news/1746-1006305-bloss-weg-hier-die-russen-kommen
    # "ihre Heimat verloren" (lost their homeland) is displacement.
    Case(
        "Mehr als zwölf Millionen Deutsche verloren ihre Heimat.",
        "more_than",
        12000001,
        None,
        None,
        "displaced",
    ),
    # https://de.mgwiki.top/wiki/Demographic_estimates_of_the_flight_and_expulsion_of_Germans
    Case(
        "Schätzungen der Zahl der vertriebenen Deutschen schwanken zwischen 12,0 und 16,5 Millionen.",
        "range",
        12000000,
        None,
        16500000,
        "displaced",
    ),
    # https://de.mgwiki.top/wiki/Demographic_estimates_of_the_flight_and_expulsion_of_Germans
    # "auf 2,2 Millionen geschätzt" (estimated at) carries no qualifier: exact, as "wird auf 5.000 bis 13.000
    # geschätzt" was read as a plain range in the earlier batch. 1958 is a year.
    Case(
        "Die Zahl der Todesopfer aufgrund von Flucht und Vertreibung wurde 1958 von der westdeutschen Regierung nach der Bevölkerungsbilanzmethode auf 2,2 Millionen geschätzt.",
        "exact",
        2200000,
        2200000,
        2200000,
        "killed",
    ),
    # http://chronik.hennstedt-dithmarschen.de/dorf.php?id=26
    # The 18 million are the Germans who lived there (no harm said of them); the figure is the 12 to 14 million
    # who lost their homeland.
    Case(
        "Doch allgemein wird angenommen, dass von den 18 Millionen Deutschen, die 1939 in den Ostprovinzen und osteuropäischen Siedlungsgebieten wohnten, bis 1947 zwischen 12 und 14 Millionen ihre Heimat verloren.",
        "range",
        12000000,
        None,
        14000000,
        "displaced",
    ),
    # https://www.tagesspiegel.de/internationales/gefangenenaustausch-zwischen-moskau-und-kiew-die-jungs-waren-von-emotionen-uberwaltigt-11140231.html
    # "je 195" = 195 on each side; exchanged prisoners are read as captured. "zweite" is an ordinal.
    Case(
        "Es war der zweite große Gefangenenaustausch innerhalb eines Monats: Das russische Verteidigungsministerium hat mitgeteilt, dass die Ukraine und Russland je 195 Gefangene an die andere Seite übergeben hätten.",
        "exact",
        195,
        195,
        195,
        "captured",
    ),
    # https://www.sueddeutsche.de/politik/ukraine-russland-austausch-von-gefangenen-1.6341893
    # Prisoners of war who died are killed; POWs are soldiers (the earlier batch read "Kriegsgefangene" so).
    Case(
        "Moskau erklärte, dass 65 ukrainische Kriegsgefangene bei dem Absturz umgekommen seien.",
        "exact",
        65,
        65,
        65,
        "killed",
        "military",
    ),
    # https://www.stuttgarter-zeitung.de/inhalt.tag-eins-der-somme-schlacht-wird-fuer-britische-soldaten-zum-schlachthaus.995aa155-e878-4fa4-a05c-8973c1938e6b.html
    # "verlieren ... Mann" (lose men) are the army's losses: casualties, military.
    Case(
        "Allein am ersten Tag ihres Sturmangriffes verlieren die Briten mehr als 20.000 Mann.",
        "more_than",
        20001,
        None,
        None,
        "casualties",
        "military",
    ),
    # https://www.stuttgarter-zeitung.de/inhalt.tag-eins-der-somme-schlacht-wird-fuer-britische-soldaten-zum-schlachthaus.995aa155-e878-4fa4-a05c-8973c1938e6b.html
    # "30 Minuten" is a duration; "fallen" (fall in battle) is killed.
    Case(
        "Schon in den ersten 30 Minuten fallen 8000 Mann im deutschen MG-Feuer.",
        "exact",
        8000,
        8000,
        8000,
        "killed",
        "military",
    ),
    # https://14-tagebuecher.de/page/de/event/59/gabrielle-west
    Case(
        "Sie hinterlässt insgesamt mehr als 1,1 Millionen Tote und Verwundete auf allen Seiten.",
        "more_than",
        1100001,
        None,
        None,
        "casualties",
    ),
    # https://diebewertung.de/nigeria-29
    # "berichteten ... von" is "reported", not a qualifier.
    Case(
        "Rettungskräfte berichteten der Nachrichtenagentur dpa von 70 bis 100 Toten, zudem seien zahlreiche Menschen verletzt worden.",
        "range",
        70,
        None,
        100,
        "killed",
    ),
    # https://www.cicero.de/aussenpolitik/iran-israel-hamas-hisbollah
    Case(
        "Erstaunlicherweise gab es aber nur einen einzigen Toten – einen Palästinenser im Westjordanland, der von herabfallenden Raketenteilen getroffen wurde; ein weiteres palästinensisches Todesopfer im angeblichen Kampf für die Rechte der Palästinenser – sowie zwei Verletzte in Tel Aviv.",
        "exact",
        1,
        1,
        1,
        "killed",
    ),
    # https://www.helmstedter-nachrichten.de/politik/article234882235/tote-putin-militaer-verluste-ukraine-krieg-opfer.html
    # "2. März" is a date. The 498 are Russian soldiers by the page's context; the sentence does not say so:
    # population all.
    Case(
        "Einmal, ein einziges Mal in dieser Zeit hat Russlands Regierung Opferzahlen veröffentlicht, am 2. März: 498 Getötete und 1597 Verwundete.",
        "exact",
        498,
        498,
        498,
        "killed",
    ),
    # https://www.helmstedter-nachrichten.de/politik/article234882235/tote-putin-militaer-verluste-ukraine-krieg-opfer.html
    # 1989 is a year, "zehnjährigem" a duration; the troops' losses in lives are killed, military.
    Case(
        "Als die sowjetischen Truppen 1989 nach zehnjährigem Einsatz Afghanistan verließen, beliefen sich ihre Verluste laut offiziellen Angaben auf mehr als 15.000 Menschenleben.",
        "more_than",
        15001,
        None,
        None,
        "killed",
        "military",
    ),
    # https://www.finanznachrichten.de/nachrichten-2022-03/55383392-westliche-experten-vermuten-tausende-tote-auf-beiden-seiten-003.htm
    # "20 Jahren" is a duration; "nur fast" = almost.
    Case(
        "Zum Vergleich: In Afghanistan wurden in 20 Jahren Krieg nur fast 2.500 US-Soldaten getötet.",
        "approximate",
        None,
        2500,
        None,
        "killed",
        "military",
    ),
    # https://www.computerwoche.de/a/us-anschlaege-weniger-deutsche-opfer-als-vermutet,524366
    Case(
        "Die New Yorker Behörden gehen nach gestern veröffentlichten Zahlen von insgesamt 4.900 bis 5.200 Toten aus.",
        "range",
        4900,
        None,
        5200,
        "killed",
    ),
]

NON_FIGURES = [
    # https://www.mdr.de/nachrichten/welt/osteuropa/politik/ukraine-russland-krieg-charkiw-schoigu-100.html (storeys)
    "Bilder zeigten, dass mindestens zehn Stockwerke des Gebäudes eingestürzt waren.",
    # https://www.sueddeutsche.de/politik/vereinte-nationen-drei-millionen-vertriebene-im-sudan-1.6105697 (people facing hunger, no harm counted)
    "6,2 Millionen Menschen könnten schon bald kaum noch zu essen haben.",
    # http://www.shortnews.de/id/1235413/selbstmordattentat-in-kabul-40-menschen-sterben-bei-gewaltiger-explosion?utm_source=rss&utm_medium=brennpunkte&utm_campaign=180127 (ordinal, duration)
    "Es ist bereits der zweite Anschlag innerhalb von einer Woche in Kabul.",
    # https://www.nau.ch/news/ausland/malis-armee-totet-rund-zehn-dschihadisten-bei-kampfen-65842669 (troops stationed, no harm)
    "In Mali sind tausende ausländische Soldaten stationiert, um den westafrikanischen Krisenstaat zu stabilisieren und das Vordringen islamistischer Milizen zu verhindern.",
    # http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=95005 (aftershocks)
    "Ihre Arbeit wurde durch etwa 1.000 Nachbeben und die Kälte erschwert.",
    # https://www.hasepost.de/erdbeben-in-suedostasien-todesopferzahl-steigt-rasant-an-582417/?hepo_open_popup=1 (ordinal, population of a city)
    "Mandalay, die zweitgrößte Stadt des Landes mit 1,6 Millionen Einwohnern, verzeichnet die meisten Opfer.",
    # https://www.gea.de/welt_artikel,-ukraine-krieg-fast-500-000-russen-gefallen-oder-verletzt-_arid,6906706.html (a daily rate)
    "Demnach war die Rate der getöteten oder verwundeten russischen Soldaten pro Tag noch nie so hoch wie im vergangenen Monat mit geschätzt mehr als 1000 Verlusten täglich.",
    # https://www.verlagshaus-jaumann.de/inhalt.krieg-in-der-ukraine-russische-truppen-erzielen-gelaendegewinne-bei-awdijiwka.dc0340d9-ebd9-4993-a5f2-19a206ca8d8e.html (a daily average, a rate)
    "Zahlen des ukrainischen Generalstabs, wonach im November durchschnittlich täglich mehr als 900 russische Soldaten getötet oder verletzt wurden, seien zwar nicht verifizierbar, aber plausibel, heißt es es in der Mitteilung auf X (vormals Twitter) weiter.",
    # https://www.br.de/alphalernen/faecher/geschichte/dreissig-jaehriger-krieg-entvoelkerung-100.html (population, a year)
    "Unterschiedlichen Schätzungen zufolge lebten um das Jahr 1600 zwischen 15 und mehr als 20 Millionen Menschen im Römisch-Deutschen Reich zwischen den Flüssen Somme und Oder sowie den Meeren Nordsee und Adria.",
    # https://www.salzburg24.at/s24-archiv/mehr-als-130000-kriegstote-in-syrien-art-34748 (a fraction)
    "Über ein Drittel dieser Bürgerkriegsopfer seien Zivilisten, teilte die oppositionelle Beobachterstelle für Menschenrechte in Syrien am Dienstag mit.",
    # https://gratis-mmorpg.com/2017/11/21/tote-bei-selbstmordanschlag-in-nigeria/ (an age: "jünger als 15 Jahre")
    "Die meisten der Opfer seien jünger als 15 Jahre gewesen, erklärte Unicef.",
    # https://www.stuttgarter-zeitung.de/inhalt.tag-eins-der-somme-schlacht-wird-fuer-britische-soldaten-zum-schlachthaus.995aa155-e878-4fa4-a05c-8973c1938e6b.html (attacking troops, no harm)
    "Nach wochenlangem mörderischem Artilleriefeuer auf die deutschen Unterstände treten am 1. Juli 1916 auf 40 Kilometern Länge 120.000 Briten zum Sturmangriff an.",
    # https://www.watson.ch/583125885-unwetter-deutschland-siebtes-opfer-nach-hochwasser-katastrophe-in-bayern (money)
    "Das Landratsamt Rottal-Inn hat Opfern der Flutkatastrophe bereits am Freitag Sofortgelder in Höhe von insgesamt 645'000 Euro ausgezahlt.",
    # https://www.finanzen.at/nachrichten/aktien/roundup-3-hochwasser-in-sueddeutschland-bleibt-kritisch-augen-auf-donau-pegel-1033449541 (an age and an ordinal)
    "Die 57-Jährige ist das fünfte bekannte Todesopfer.",
]
