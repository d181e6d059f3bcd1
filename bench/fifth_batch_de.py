"""Fifth batch of real German sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://www.insuedthueringen.de/inhalt.anschlag-auf-weihnachtsmarkt-prozess-gegen-todesfahrer-von-magdeburg-beginnt.9cc984c2-7273-4f31-92d8-9ce406529fff.html
    # "45 bis 75 Jahren" is an age range; the five women are a part of the six.
    Case(
        "Bei dem Anschlag werden sechs Menschen getötet: fünf Frauen im Alter von 45 bis 75 Jahren sowie ein neunjähriger Junge.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # https://30sekunden.news/viele-tote/
    Case(
        "Bei einem Selbstmordanschlag bei einer Veranstaltung einer islamistischen Partei im Nordwesten Pakistans sind gestern mehr als 40 Menschen getötet worden.",
        "more_than",
        41,
        None,
        None,
        "killed",
    ),
    # https://30sekunden.news/viele-tote/
    Case(
        "Wie der Gesundheitsminister der Provinz Khyber Pakhtunkhwa, Riaz Anwar, mitteilte, wurden bei dem Anschlag mindestens 44 Menschen getötet und mehr als hundert weitere verletzt.",
        "at_least",
        44,
        44,
        None,
        "killed",
    ),
    # https://20fix.com/afghanistan-erneut-starkes-erdbeben-zahl-der-toten-steigt-weiter
    # "sollen ... gezählt worden sein" (are said to have been counted) is hearsay, not a hedge on the number.
    Case(
        "Mittlerweile sollen 2.217 Tote sowie fast 4.000 Verletzte gezählt worden sein.",
        "exact",
        2217,
        2217,
        2217,
        "killed",
    ),
    # https://www.insidebw.de/?p=1164382
    # "Stärke 6,9" is a magnitude.
    Case(
        "Nach dem Erdbeben der Stärke 6,9 auf den Philippinen ist die Zahl der Todesopfer auf mindestens 72 gestiegen.",
        "at_least",
        72,
        72,
        None,
        "killed",
    ),
    # https://www.spiegel.de/politik/ausland/uno-bericht-45-millionen-fluechtlinge-weltweit-a-906653.html
    # "vor 18 Jahren" is a duration; people fleeing war, disasters and expulsion are displaced.
    Case(
        "So viele Flüchtlinge gab es zuletzt vor 18 Jahren: 45 Millionen Menschen weltweit fliehen vor Krieg, Naturkatastrophen und Vertreibung.",
        "exact",
        45000000,
        45000000,
        45000000,
        "displaced",
    ),
    # https://hpd.de/node/9060
    # Refugees, asylum seekers and internally displaced together: displaced. The page writes "es es".
    Case(
        "Anlässlich des Weltflüchtlingstages teilte die UNHCR mit, dass es es auf der Welt mehr als 50 Millionen Flüchtlinge, Asylsuchende und Binnenvertriebene gibt.",
        "more_than",
        50000001,
        None,
        None,
        "displaced",
    ),
    # https://hpd.de/node/9060
    # Decimal comma with a scale word.
    Case(
        "Allein 2,5 Millionen Menschen seien durch den syrischen Bürgerkrieg zu Flüchtlingen geworden, 6,5 Millionen zu Binnenvertriebenen.",
        "exact",
        2500000,
        2500000,
        2500000,
        "displaced",
    ),
    # https://katzentatzenforum.at/forum/thread/776-satellitenbild-der-woche-indien
    # "mussten ihre Häuser verlassen" (had to leave their homes) is displacement.
    Case(
        "Mindestens sieben Millionen Menschen in Indien, Nepal, Bangladesch und Pakistan mussten ihre Häuser verlassen, Behörden meldeten 270 Todesfälle.",
        "at_least",
        7000000,
        7000000,
        None,
        "displaced",
    ),
    # https://www.zvw.de/inhalt.bangladesch-ueberschwemmungen-in-suedasien-mehr-als-1500-tote.41220569-ed75-4e35-bbd3-c78cec5943c2.html
    Case(
        "Allein in Indien starben seit Juni mehr als 1300 Menschen, wie aus den aktuellen Zahlen der örtlichen Behörden hervorging.",
        "more_than",
        1301,
        None,
        None,
        "killed",
    ),
    # http://vergessene-kriege.blogspot.com/2010/04/angreifer-in-armeeuniform-sturmen.html
    # The "Soldaten" are the attackers' disguise, not the victims; the victims are residents ("Bewohner"), five women among them: population all.
    Case(
        "Als irakische Soldaten getarnte Angreifer haben Samstag Nacht ein Dorf nahe der irakischen Hauptstadt Bagdad überfallen und mindestens 24 Bewohner getötet, darunter fünf Frauen.",
        "at_least",
        24,
        24,
        None,
        "killed",
    ),
    # http://uncut-news.ch/2019/03/26/mali-geraet-zunehmend-ausser-kontrolle/
    Case(
        "Ein Massaker am vergangenen Samstag in einem Dorf in Mali an der Grenze zur Burkina Faso fordert 134 Tote, wie gestern bekannt wurde.",
        "exact",
        134,
        134,
        134,
        "killed",
    ),
    # https://newssummedup.com/summary/Bewaffnete-%C3%BCberfallen-Dorf-134-Tote-xvutv1
    Case(
        "Bewaffnete Männer haben den Vereinten Nationen zufolge ein Dorf in Mali überfallen und mindestens 134 Menschen getötet.",
        "at_least",
        134,
        134,
        None,
        "killed",
    ),
    # https://www.lvz.de/archiv/artikel-28-02-2021/
    # Abducted schoolgirls, now released, are read as captured (as in the earlier batches); pupils are group children.
    Case(
        "317 Schülerinnen, die am Freitag von bewaffneten Banden in Nigeria verschleppt wurden, sind wieder frei.",
        "exact",
        317,
        317,
        317,
        "captured",
        "all",
        "children",
    ),
    # https://www.lvz.de/archiv/artikel-28-02-2021/
    # The 27 children are a part of the 46; "17. Februar" is a date.
    Case(
        "Bereits am Samstag wurden 46 Personen, darunter 27 Kinder, freigelassen, die am 17. Februar entführt wurden.",
        "exact",
        46,
        46,
        46,
        "captured",
    ),
    # https://www.badische-zeitung.de/hunderte-verschleppte-schulmaedchen-in-nigeria-wieder-frei
    # "vier Tagen" is a duration; abducted schoolgirls, now free, read as captured, group children.
    Case(
        "Nach vier Tagen in der Hand von Geiselnehmern sind hunderte verschleppter Schulmädchen aus dem westafrikanischen Staat Nigeria wieder in Freiheit.",
        "vague",
        100,
        None,
        None,
        "captured",
        "all",
        "children",
        literal_low=200,
    ),
    # https://igambler.net/2021/03/02/nigeria-gouverneur-meldet-freilassung-entfuhrter-schulerinnen
    # "in ihre Gewalt gebracht" (took into their power) is abduction; schoolgirls are group children.
    Case(
        "Bewaffnete hatten eine nigerianische Schule gestürmt und über 300 Mädchen in ihre Gewalt gebracht.",
        "more_than",
        301,
        None,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://test.ovb-heimatzeitungen.de/politik/2018/08/09/dutzende-kinder-im-jemen-getoetet.ovb (dateline "Sanaa –" trimmed)
    Case(
        "Bei einem verheerenden Luftangriff auf einen Schulbus im Jemen sind nach Huthi-Darstellung mindestens 47 Menschen getötet worden, die meisten davon Kinder und Teenager.",
        "at_least",
        47,
        47,
        None,
        "killed",
    ),
    # https://www.berliner-kurier.de/politik-wirtschaft/ukraine-krieg/der-horror-von-kiew-li.2233046
    # "27 Menschenleben forderten" (claimed 27 lives) is killed; the four children are a part.
    Case(
        "Der Katastrophenschutz der ukrainischen Hauptstadt bestätigte die schreckliche Nachricht nach den Angriffen, die insgesamt 27 Menschenleben forderten, darunter vier Kinder.",
        "exact",
        27,
        27,
        27,
        "killed",
    ),
    # https://www.berliner-kurier.de/politik-wirtschaft/ukraine-krieg/der-horror-von-kiew-li.2233046
    Case(
        "Insgesamt zählt die Ukraine mindestens 37 Tote und 170 Verletzte nach den jüngsten russischen Angriffen.",
        "at_least",
        37,
        37,
        None,
        "killed",
    ),
    # https://epaper.swp.de/haller-tagblatt/politik/25.10.2025/bootsungluckim-mittelmeer/950368b2-bf68-4fb6-ae71-fe0380ee418b
    # "ertrunken" (drowned) is killed.
    Case(
        "14 Migranten sind bei einem Bootsunglück vor dem türkischen Badeort Bodrum ertrunken.",
        "exact",
        14,
        14,
        14,
        "killed",
    ),
    # https://epaper.swp.de/haller-tagblatt/politik/25.10.2025/bootsungluckim-mittelmeer/950368b2-bf68-4fb6-ae71-fe0380ee418b
    Case(
        "Laut der Internationalen Organisation für Migration starben in diesem Jahr bisher mehr als 1400 Migranten bei dem Versuch, das Mittelmeer auf dem Weg in die EU zu überqueren.",
        "more_than",
        1401,
        None,
        None,
        "killed",
    ),
    # https://www.evangelische-zeitung.de/un-zahl-der-binnenvertriebene-im-sudan-hat-sich-verdoppelt
    # "fast verdoppelt" (nearly doubled) is no figure; "fast 7,1 Millionen" (nearly) is approximate.
    Case(
        "Die Zahl der Binnenvertriebenen im Sudan hat sich seit Beginn des Konflikts fast verdoppelt – auf fast 7,1 Millionen.",
        "approximate",
        None,
        7100000,
        None,
        "displaced",
    ),
    # https://www.evangelische-zeitung.de/un-zahl-der-binnenvertriebene-im-sudan-hat-sich-verdoppelt
    # "in die Flucht" (drove to flight) is displacement.
    Case(
        "Demnach trieb allein der Mitte April begonnene blutige Machtkampf rivalisierender Generäle 3,8 Millionen Menschen in die Flucht.",
        "exact",
        3800000,
        3800000,
        3800000,
        "displaced",
    ),
    # https://www.collector.com.tr//965775829
    # "binnen drei Tagen" is a duration.
    Case(
        "Nach erneuten Kämpfen mussten im Sudan binnen drei Tagen mehr als 10.000 Menschen fliehen.",
        "more_than",
        10001,
        None,
        None,
        "displaced",
    ),
    # https://www.brennessel.com/mindestens-13-000-menschen-bei-konflikt-im-sudan-getoetet/ (dateline "Genf:" trimmed)
    Case(
        "Bei den Kämpfen zwischen der Armee und Milizen im Sudan sind seit April vergangenen Jahres mindestens 13.000 Menschen getötet worden.",
        "at_least",
        13000,
        13000,
        None,
        "killed",
    ),
    # https://mail.ctif.org/de/news/wohnblock-deutschland-explodiert-25-menschen-verletzt
    Case(
        "Dabei sollen 25 Menschen verletzt worden sein, vier von ihnen schwer.",
        "exact",
        25,
        25,
        25,
        "wounded",
    ),
    # https://wom87.de/deutschland/bayern/freyung-grafenau/explosion-erschuettert-unternehmen-in-fuerstenfeldbruck-schaeden-gross
    # No injured or dead: zero casualties.
    Case(
        "Bislang sind keine Verletzten oder Toten zu vermelden.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://www.newsdeutschland.com/thema/explosion.htm?start=40
    Case(
        "Sieben Menschen sterben, 31 werden verletzt.",
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # https://www.newsdeutschland.com/thema/explosion.htm?start=40
    # "Verletzt wurde niemand": zero wounded.
    Case(
        "Verletzt wurde niemand, aber der Schaden ist gross.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://eisbludan.com/?p=18600
    # "ihr Leben verloren" (lost their lives) is killed.
    Case(
        "Das Gesundheitsministerium im Gazastreifen gab bekannt, dass heute im Flüchtlingslager Jibaliye infolge israelischer Angriffe mindestens 82 Menschen ihr Leben verloren haben.",
        "at_least",
        82,
        82,
        None,
        "killed",
    ),
    # https://www.cash.ch/news/top-news/israel-bombardiert-sudlichen-gazastreifen-667719
    Case(
        "Am Montag hatte die Gesundheitsbehörde mitgeteilt, seit Beginn der israelischen Gegenangriffe seien in dem Palästinensergebiet 19.453 Menschen getötet und rund 52.300 verletzt worden.",
        "exact",
        19453,
        19453,
        19453,
        "killed",
    ),
    # https://www.cash.ch/news/waffenruhe-in-nahost-halt-weiter-an-870130
    # Hostages still held (and said to be alive) are captured.
    Case(
        "20 Geiseln sollen noch am Leben sein.",
        "exact",
        20,
        20,
        20,
        "captured",
    ),
    # https://www.wr.de/politik/leben-in-truemmern-wie-schlimm-ist-die-lage-in-gaza-id239928716.html
    # "Getöteten und Verwundeten" (killed and wounded) together: casualties.
    Case(
        "Während die islamistische Terrororganisation Hamas von 400 Getöteten und Verwundeten spricht, heißt es von Mitarbeitern der palästinensischen Gesundheitsbehörden, mindestens 50 Palästinenser seien getötet worden und mindestens weitere 150 verwundet.",
        "exact",
        400,
        400,
        400,
        "casualties",
    ),
    # http://wirtschaftsthemen.net/panorama/afghanistankrieg-drei-deutsche-soldaten-gefallen/001764.html
    # "seit 1993" is a year; "fielen" (fell) is killed.
    Case(
        "Bei Gefechten fielen seit 1993 bislang 16 Soldaten.",
        "exact",
        16,
        16,
        16,
        "killed",
        "military",
    ),
    # https://app-webview.sparknews.funkemedien.de/nrw-waz/politik/article4300770/liste-der-blutigen-vorfaelle.html
    # "in 2002" is a year.
    Case(
        "Seit Beginn der deutschen Beteiligung an der NATO-Truppe ISAF in 2002 wurden bei Gefechten und Anschlägen 28 Bundeswehrsoldaten getötet.",
        "exact",
        28,
        28,
        28,
        "killed",
        "military",
    ),
    # https://augengeradeaus.net/tag/afghanistsn-bundeswehr/
    # "seit mehr als 22 Monaten" is a duration, not a figure; "ein deutscher Soldat ... gefallen" is one soldier killed.
    Case(
        "Erstmals seit mehr als 22 Monaten ist ein deutscher Soldat in Nordafghanistan gefallen, ein weiterer Bundeswehrsoldat wurde verwundet.",
        "exact",
        1,
        1,
        1,
        "killed",
        "military",
    ),
    # https://www.mz.de/deutschland-und-welt/politik/afghanistan-bisher-fielen-39-deutsche-soldaten-2239509 (dateline "Halle/MZ. -" trimmed)
    Case(
        "Beim Bundeswehr-Einsatz in Afghanistan sind bislang 39 deutsche Soldaten ums Leben gekommen, viele Dutzend wurden zum Teil schwer verletzt.",
        "exact",
        39,
        39,
        39,
        "killed",
        "military",
    ),
    # https://www.mz.de/deutschland-und-welt/politik/afghanistan-bisher-fielen-39-deutsche-soldaten-2239509
    # "Elf der 39" (eleven of the 39): the first figure is the eleven who "fielen ... zum Opfer" (fell victim to suicide bombers), killed.
    Case(
        "Elf der 39 Soldaten fielen Selbstmordattentätern zum Opfer, andere wurden bei Gefechten mit Taliban getötet - wie jetzt die drei Soldaten bei einem Hinterhalt bei Kundus.",
        "exact",
        11,
        11,
        11,
        "killed",
        "military",
    ),
    # https://www.ngo-online.de/2009/04/30/tod-an-der-front/
    # A toll that rises to ("steigt ... auf") a number is that number. The page writes "Feuergefächten".
    Case(
        "Mit den jüngsten Feuergefächten von Kundus steigt die Zahl der in Afghanistan gefallenen Bundeswehrsoldaten auf 24 an.",
        "exact",
        24,
        24,
        24,
        "killed",
        "military",
    ),
    # https://www.morgenpost.de/printarchiv/panorama/article135122811/Taifun-Hagupit-Schwere-Verwuestungen-aber-wenige-Tote.html
    Case(
        "Damals kamen mehr als 7000 Menschen ums Leben.",
        "more_than",
        7001,
        None,
        None,
        "killed",
    ),
    # https://www.morgenpost.de/printarchiv/panorama/article135122811/Taifun-Hagupit-Schwere-Verwuestungen-aber-wenige-Tote.html
    Case(
        "Nach Angaben des Katastrophenschutzes sind drei Menschen an Unterkühlung und durch einen umstürzenden Baum ums Leben gekommen.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://feedrapid.com/de/kongo-un-berichten-von-hunderten-leichenfunden-in-umkaempfter-stadt-rebellen-sprechen-von-feuerpause
    Case(
        "Hunderte weitere Menschen wurden verletzt.",
        "vague",
        100,
        None,
        None,
        "wounded",
        literal_low=200,
    ),
    # https://tageswoche.ch/allgemein/rebellen-im-kongo-ueberfallen-fluechtlingslager-nahe-goma/index.html
    # "niemand getötet": zero killed.
    Case(
        "Es sei aber niemand getötet worden.",
        "exact",
        0,
        0,
        0,
        "killed",
    ),
    # https://www.tag24.de/justiz/mord/gewalteskalation-nach-rebellenangriff-2900-tote-hunderte-frauen-missbraucht-und-angezuendet-3357538
    # "Opfer" (victims) here are the dead: the sentence before speaks of "die Zahl der Toten" rising, and the headline gives "2900 Tote". The first figure is the 700.
    Case(
        "Die Vereinten Nationen sprachen von 700 Opfern innerhalb weniger Tage, in dieser Woche wurde die Zahl auf 2900 erhöht!",
        "exact",
        700,
        700,
        700,
        "killed",
    ),
    # https://firmen-presse-deutschland.de/irak-5/
    # The page writes "in der der Nähe".
    Case(
        "Ein Selbstmordattentäter hat gestern in der nordirakischen Stadt Mossul acht Menschen in der der Nähe eines Marktes getötet.",
        "exact",
        8,
        8,
        8,
        "killed",
    ),
    # https://firmen-presse-deutschland.de/irak-5/
    # The first figure is the five soldiers among the dead; the three civilians are a figure of their own.
    Case(
        "Bei den Toten handelt es sich demnach um fünf Soldaten und drei Zivilisten.",
        "exact",
        5,
        5,
        5,
        "killed",
        "military",
    ),
    # https://www.herder.de/geschichte-politik/neueste-geschichte/bevoelkerungsverluste-und-vertreibung-im-2-weltkrieg/
    # "ca." (circa) is approximate.
    Case(
        "Insgesamt kamen ca. 60 Millionen Menschen ums Leben, davon – und dies war eines der einschneidendsten Merkmale dieses Krieges – etwa die Hälfte Zivilisten.",
        "approximate",
        None,
        60000000,
        None,
        "killed",
    ),
    # https://www.herder.de/geschichte-politik/neueste-geschichte/bevoelkerungsverluste-und-vertreibung-im-2-weltkrieg/
    # The first figure is the 5.7 million captured Red Army soldiers; the 3.3 million who died of them come second.
    Case(
        "Von den 5,7 Millionen gefangenen Rotarmisten kamen 3,3 Millionen in deutschen Lagern um.",
        "exact",
        5700000,
        5700000,
        5700000,
        "captured",
        "military",
    ),
    # https://www.morgenweb.de/mannheimer-morgen_artikel,-politik-zahl-der-toten-nach-staaten-im-zweiten-weltkrieg-1939-1945-_arid,1636604.html
    # "schätzungsweise mehr als" (an estimated more than): the bound is the "more than".
    Case(
        "Insgesamt wurden schätzungsweise mehr als 70 Millionen Menschen getötet.",
        "more_than",
        70000001,
        None,
        None,
        "killed",
    ),
    # https://www.morgenweb.de/mannheimer-morgen_artikel,-politik-zahl-der-toten-nach-staaten-im-zweiten-weltkrieg-1939-1945-_arid,1636604.html
    # "Die höchsten Verluste" has no number; the figure counts soldiers killed or dead in captivity: killed.
    Case(
        "Die höchsten Verluste musste die Sowjetunion verzeichnen: Rund zehn Millionen Soldaten der Roten Armee wurden getötet oder starben in Kriegsgefangenschaft.",
        "approximate",
        None,
        10000000,
        None,
        "killed",
        "military",
    ),
    # http://chroniknet.de/extra/zeitgeschichte/1945-kriegsende-die-schreckliche-bilanz-des-zweiten-weltkrieges/
    # "seit 1939" is a year.
    Case(
        "Über 50 Millionen Menschen sind seit 1939 ums Leben gekommen.",
        "more_than",
        50000001,
        None,
        None,
        "killed",
    ),
    # http://chroniknet.de/extra/zeitgeschichte/1945-kriegsende-die-schreckliche-bilanz-des-zweiten-weltkrieges/
    # "110 Millionen Soldaten" are the soldiers who served, no casualty; the figure is the 27 million who fell.
    Case(
        "Von 110 Millionen Soldaten sind 27 Millionen bei den weltweiten Kämpfen gefallen.",
        "exact",
        27000000,
        27000000,
        27000000,
        "killed",
        "military",
    ),
    # https://wikiless.lunar.icu/w/index.php?mobileaction=toggle_view_mobile&oldid=15929699&title=Wikipedia%3AHistorical_archive%2FWikiProjects%2FWikiProject_Concepts%2FExamples
    # A range after a hedge ("ungefähr 55 bis 60 Millionen") is the range; the scale applies to both ends.
    Case(
        "Während des Zweiten Weltkrieges fanden Schätzungen zufolge ungefähr 55 bis 60 Millionen Menschen den Tod, darunter nicht nur viele Soldaten, sondern auch Zivilisten.",
        "range",
        55000000,
        None,
        60000000,
        "killed",
    ),
    # https://www.dasding.de/newszone/bielefeld-amok-100.html
    # "Verletzt wurde ... niemand": zero wounded.
    Case(
        "Verletzt wurde zum Glück niemand; das Gebäude war schon weitgehend leer.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://www.dasding.de/newszone/bielefeld-amok-100.html
    # "Ende Mai" is a date; the sentence ends in a colon on the page.
    Case(
        "Ende Mai sind an einer Grundschule in den USA 20 Menschen getötet worden:",
        "exact",
        20,
        20,
        20,
        "killed",
    ),
    # https://sek-einsatz.de/polizei-themen/polizei-news/amoklaufuebung-an-schule-in-wathlingen/7739
    # "(42)" is the attacker's age.
    Case(
        "Ein geisteskranker Invalide (42) tötet in der katholischen Volksschule des Kölner Vororts Volkhoven zehn Menschen.",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # http://mehrwissen.info/www/mehrwissen/maininfo.nsf/index/72EC349DFFE4D31080256BA700757B04!OpenDocument&continent=Europe&country=Deutschland&city=Erfurt&id=&end.html
    # The first figure is the 12 teachers killed; teachers are population all.
    Case(
        "Dabei sterben 12 Lehrer, die Schulleiterin, eine Sekretärin, zwei Schülerinnen und ein Polizist.",
        "exact",
        12,
        12,
        12,
        "killed",
    ),
    # https://www.news.at/news/amoklauf-graz
    # "mehrere Schüler" (several pupils) is vague 3, group children; "offenbar auch Lehrer" is an unquantified second group.
    Case(
        "Bei einem mutmaßlichen Amoklauf in einer Grazer Schule in der Dreierschützengasse sind am Dienstagvormittag mehrere Schüler und offenbar auch Lehrer zumindest schwer verletzt worden.",
        "vague",
        3,
        None,
        None,
        "wounded",
        "all",
        "children",
    ),
    # http://de.wikipedia.org./wiki/Geiselnahmen_der_Hamas_w%C3%A4hrend_des_Terrorangriffs_auf_Israel_2023
    # "7. Oktober 2023" is a date.
    Case(
        "Während des Terrorangriffs der Hamas auf Israel am 7. Oktober 2023 wurden 239 Geiseln in den Gazastreifen entführt.",
        "exact",
        239,
        239,
        239,
        "captured",
    ),
    # https://pclmedia.de/de/Zentralbank
    # "bei über 1.500" (at over 1,500) is more than.
    Case(
        "Die Zahl der Todesopfer durch Überschwemmungen in Libyen liegt allein in einer Stadt bei über 1.500, sagte ein Minister, der den östlichen Hafen von Derna besuchte.",
        "more_than",
        1501,
        None,
        None,
        "killed",
    ),
    # https://zsz.ch/flutkatastrophe-in-derna-libyen-hier-lebten-meine-nachbarn-meine-geschwister-nun-liegen-sie-alle-unter-truemmern-145206417705
    # "zahlreiche Leichen" (numerous bodies) is unquantified killed.
    Case(
        "Am Mittwoch wurden zahlreiche Leichen an die Küste der Stadt geschwemmt.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://www.bueso.de/frieden-entwicklung-afrika
    # Thousands by space ("11 300").
    Case(
        "Die Zahl der Todesopfer, in der durch Dammbrüche ausgelöste Flutkatastrophe im Nordosten Libyens, ist nach Angaben der UNO auf mindestens 11 300 Menschen gestiegen, weitere 10 100 werden allein in der verwüsteten Stadt Darna vermisst.",
        "at_least",
        11300,
        11300,
        None,
        "killed",
    ),
    # https://nrwaktuelle.de/n/280-erstmals-seit-juli-kiew-und-moskau-tauschten-wiede
    # Prisoners released in an exchange are read as captured (as in the earlier batches); men and women, civilians and soldiers: population and group all.
    Case(
        "Demnach seien 230 Männer und Frauen freigelassen worden.",
        "exact",
        230,
        230,
        230,
        "captured",
    ),
]

NON_FIGURES = [
    # https://www.insidebw.de/?p=1164382 (aftershocks)
    "Laut dem philippinischen Institut für Vulkanologie und Seismologie kam es bisher zu rund 2.300 Nachbeben.",
    # http://vergessene-kriege.blogspot.com/2010/04/angreifer-in-armeeuniform-sturmen.html (a distance)
    "Die uniformierten Männer seien im Dorf Sufidscha, etwa 25 Kilometer südlich von Bagdad entfernt, in Fahrzeugen vorgefahren, die denen der Armee ähnelten, sagte ein Sprecher des Innenministeriums.",
    # https://wom87.de/deutschland/bayern/freyung-grafenau/explosion-erschuettert-unternehmen-in-fuerstenfeldbruck-schaeden-gross (a time)
    "Der Vorfall wurde gegen 8.40 Uhr gemeldet.",
    # https://www.wr.de/politik/leben-in-truemmern-wie-schlimm-ist-die-lage-in-gaza-id239928716.html (residents of a camp, no harm)
    "Auf einer Fläche, die kleiner ist als der Englische Garten in München, leben 116.000 Menschen.",
    # https://tageswoche.ch/allgemein/rebellen-im-kongo-ueberfallen-fluechtlingslager-nahe-goma/index.html (a distance; residents of a camp, a range with no harm)
    "In Mugunga III gut zehn Kilometer westlich von Goma leben etwa 30’000 bis 35’000 Menschen.",
    # https://wikiless.lunar.icu/w/index.php?mobileaction=toggle_view_mobile&oldid=15929699&title=Wikipedia%3AHistorical_archive%2FWikiProjects%2FWikiProject_Concepts%2FExamples (a step of a table)
    "Personen werden in 10.000-Schritten aufgelistet.",
    # https://sek-einsatz.de/polizei-themen/polizei-news/amoklaufuebung-an-schule-in-wathlingen/7739 (a duration)
    "Die Streifenpolizisten durchkämmten bei der Übung das Schulgebäude und konnten den „Amokläufer“ bereits nach rund 5 Minuten stellen.",
    # https://eisbludan.com/?p=18600 (residents of a camp, no harm)
    "Ungefähr 24.000 Menschen leben im Flüchtlingslager Balata, das von den Vereinten Nationen (UN) verwaltet wird.",
    # https://pclmedia.de/de/Zentralbank (residents; dams and bridges)
    "Große Teile von Derna, wo etwa 100.000 Menschen leben, stehen unter Wasser, nachdem zwei Dämme und vier Brücken eingestürzt sind.",
    # https://www.bueso.de/frieden-entwicklung-afrika (a height in metres, a date)
    "Flutwellen von 6-7 Metern trafen die Region um Darna am 11. September, nachdem die Darna- und Mansour-Dämme südlich der Stadt durch schwere Regenfälle überflutet wurden und brachen, so dass die Wassermassen in die Mittelmeerstadt Darna stürzten und Häuser, Büros, Kliniken, Schulen und Menschen ins Meer spülten.",
    # https://nrwaktuelle.de/n/280-erstmals-seit-juli-kiew-und-moskau-tauschten-wiede (a duration)
    "Die Ukraine wehrt seit mehr als 22 Monaten eine russische Invasion ab.",
    # https://www.brennessel.com/mindestens-13-000-menschen-bei-konflikt-im-sudan-getoetet/ (people in need of aid)
    "Insgesamt benötigten rund 25 Millionen Menschen dringend humanitäre Hilfe.",
    # https://mail.ctif.org/de/news/wohnblock-deutschland-explodiert-25-menschen-verletzt (storeys of a building)
    "Bei der schweren Explosion wurde das gesamte Haus, das aus drei Stockwerken und einem Luftzug bestand, zerstört, berichtet die deutsche Nachrichtenagentur DPA.",
]
