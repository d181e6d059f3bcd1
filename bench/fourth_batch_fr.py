"""Fourth batch of real French sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://gnews.one/dix-soldats-tues-au-niger-dans-une-attaque-dans-la-region-de-gotheye-441314.html
    Case(
        "Au Niger, 10 soldats nigériens ont été tués et quinze ont été blessés vendredi dans une double attaque de jihadistes présumés dans l'ouest du pays, près du Burkina Faso, a annoncé le ministre nigérien de la Défense qui fait état de 41 assaillants tués.",
        "exact",
        10,
        10,
        10,
        "killed",
        "military",
    ),
    # https://www.vipeoples.net/Mort-de-71-militaires-au-Niger-Macky-Sall-presente-ses-condoleances-au-president-Mahamadou-Issoufou_a76114.html
    # The number is written twice, in words and in digits; "près de cinq ans" is a duration.
    Case(
        "Douze (12) soldats ont été blessés, et d'autres portés disparus lors de cette attaque, la plus meurtrière depuis le début de l'offensive jihadiste au Niger, il y a près de cinq ans, selon les médias.",
        "exact",
        12,
        12,
        12,
        "wounded",
        "military",
    ),
    # https://sahel-intelligence.com/?p=25750
    # "48 heures" is a duration. The dead are villagers who were members of self-defence militias
    # (militiamen): read as military.
    Case(
        "Le gouvernement nigérien avait décrété un deuil national de 48 heures à compter de vendredi après la mort de 69 villageois membres de milices d’autodéfense dans une attaque près de la frontière du Mali, dans la région de Tillabéri (ouest).",
        "exact",
        69,
        69,
        69,
        "killed",
        "military",
    ),
    # https://cyberlego.com/web/2023/10/03/niger-29-soldats-tues-dans-lattaque-terroriste-la-plus-meurtriere-depuis-le-coup-detat
    # "plus d'une centaine de terroristes" counts the attackers, not a casualty; the first casualty figure is 29.
    Case(
        "Les militaires au pouvoir au Niger ont annoncé, dans la nuit de lundi à mardi, que « plus d’une centaine de terroristes » avaient attaqué des forces de sécurité près de la frontière malienne, tuant 29 soldats.",
        "exact",
        29,
        29,
        29,
        "killed",
        "military",
    ),
    # http://news.abamako.com/h/285930.html
    # (leading quotation mark trimmed) An army officer's "nous avons perdu six hommes" (we lost six men) is
    # read as six soldiers killed; "premier" is an ordinal.
    Case(
        'Selon un premier bilan, nous avons perdu six hommes", a dit le responsable militaire.',
        "exact",
        6,
        6,
        6,
        "killed",
        "military",
    ),
    # http://news.abamako.com/h/285930.html
    # (leading quotation mark trimmed) Dead, wounded and missing soldiers counted together: casualties.
    Case(
        "On peut parler d'une vingtaine de personnes si on compte les militaires maliens morts, blessés et disparus\", a dit l'élu local, soulignant que le bilan n'est \"pas encore très clair\".",
        "approximate",
        None,
        20,
        None,
        "casualties",
        "military",
    ),
    # https://xalimasn.com/?p=543951
    Case(
        "Le bilan s’établit «côté ennemi (à) une dizaine de terroristes tués», sans perte en vie humaine pour les militaires maliens, selon la même source.",
        "approximate",
        None,
        10,
        None,
        "killed",
        "military",
    ),
    # https://tribuneouest.com/2019/10/21/mali-larmee-annonce-avoir-neutralise-50-ennemis-et-libere-36-soldats/
    # Soldiers the army is still searching for: missing.
    Case(
        "L’armée malienne n’en a pas pour autant fini puisqu’elle est toujours à la recherche de 27 de ses soldats.",
        "exact",
        27,
        27,
        27,
        "missing",
        "military",
    ),
    # https://cyberlego.com/web/2023/04/08/rd-congo-une-vingtaine-de-personnes-tuees-dans-une-nouvelle-attaque-attribuee-aux-adf
    Case(
        "Nouveau massacre dans l’est de la République démocratique du Congo, une vingtaine de civils ont été tuées vendredi après-midi, dans une attaque attribuée aux ADF (Forces Démocratiques Alliées), affiliées au groupe État islamique.",
        "approximate",
        None,
        20,
        None,
        "killed",
        "civilian",
    ),
    # https://www.lenouvelliste.ch/monde/rdcongo-7-morts-dans-une-attaque-des-rebelles-ougandais-418904
    # "depuis vingt ans" and "dix derniers mois" are durations.
    Case(
        "Rebelles musulmans implantés depuis vingt ans dans l'est de la RDC, les ADF sont accusés d'avoir tué plus de 400 civils - essentiellement à l'arme blanche, dans une série de massacres au cours des dix derniers mois dans le territoire de Beni et ayant débordé dans la Province-Orientale voisine.",
        "more_than",
        401,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://radiookapi.net/2024/08/12/actualite/securite/nord-kivu-au-moins-12-civils-tues-dans-une-nouvelle-attaque-des-adf
    # A total with its parts (two women, one child): the label is the total.
    Case(
        "Les corps de douze civils dont ceux de deux femmes et d’un enfant, ont été ramenés dimanche 11 août à la morgue de l’Hôpital général de référence d’Oicha, chef-lieu du territoire de Béni, (Nord-Kivu).",
        "exact",
        12,
        12,
        12,
        "killed",
        "civilian",
    ),
    # https://afrique7.com/?p=27135
    Case(
        "Depuis sa création 2009, Boko Haram aurait provoqué la mort de plus de 36.000 personnes, principalement au Nigeria, et forcé environ 3 millions d’autres à fuir leur domicile, selon l’ONU.",
        "more_than",
        36001,
        None,
        None,
        "killed",
    ),
    # http://french.china.org.cn/foreign/txt/2025-05/14/content_117875489.htm
    # "16 à 25 ans" is a range of ages, not of people.
    Case(
        "Le même jour dans la journée, trois jeunes bergers âgés de 16 à 25 ans ont été enlevés alors qu'ils faisaient paître leurs troupeaux près de la route nationale N°1.",
        "exact",
        3,
        3,
        3,
        "captured",
    ),
    # https://aa.com.tr/fr/afrique/cameroun-cinq-villageois-tu%C3%A9s-par-boko-haram-dans-lextr%C3%AAme-nord-/1707377
    Case(
        "Une quinzaine de jeunes femmes ont encore été enlevées dans l’Extrême-Nord du Cameroun la semaine dernière.",
        "approximate",
        None,
        15,
        None,
        "captured",
        "all",
        "women",
    ),
    # https://aa.com.tr/fr/afrique/cameroun-cinq-villageois-tu%C3%A9s-par-boko-haram-dans-lextr%C3%AAme-nord-/1707377
    # "sans faire de victimes" (without casualties): zero.
    Case(
        "Toujours dans la même région, un poste militaire a été attaqué et incendié dans la nuit de vendredi à samedi 18 janvier, sans faire de victimes.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://archives.beninwebtv.com/2018/07/cameroun-des-morts-et-23-soldats-disparus-apres-une-attaque-de-boko-haram
    Case(
        "La télévision nationale nigériane a annoncé dimanche que vingt-trois soldats nigérians sont portés disparus après être tombés dans une embuscade de Boko Haram dans le nord-est du pays.",
        "exact",
        23,
        23,
        23,
        "missing",
        "military",
    ),
    # https://lodj.ma/Nigeria-plus-de-130-ecoliers-kidnappes-rentrent-chez-eux_a94587.html
    # Kidnapped and since freed, read as captured (the earlier batches' convention). "écoliers" are
    # schoolchildren: group children (unlike "élèves", pupils of any age).
    Case(
        "Plus de 130 écoliers nigérians, enlevés, le 7 mars, par des hommes armés dans une école à Kuriga, une ville de l'État de Kaduna (Nord-ouest du Nigéria), vont pouvoir rentrer chez eux après avoir été arrachés par l’armée nigériane des mains de leurs ravisseurs.",
        "more_than",
        131,
        None,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://cnews.fr/monde/2021-09-02/nigeria-liberation-de-dizaines-deleves-enleves-dans-le-nord-ouest-1122143
    Case(
        "Plus de 1.000 élèves ont ainsi été enlevés depuis janvier lors d’attaques contre des écoles par des groupes armés, une manière pour eux de récupérer de l’argent en demandant des rançons aux proches des jeunes victimes.",
        "more_than",
        1001,
        None,
        None,
        "captured",
    ),
    # https://www.ukrinform.fr/rubric-ato/3996870-au-moins-douze-civils-tues-et-74-blesses-dans-une-attaque-aerienne-massive-russe-sur-lukraine.html
    Case(
        "Dans la région de Kyiv, au moins quatre civils ont été tués, encore 23 civils, dont six enfants, ont été blessés.",
        "at_least",
        4,
        4,
        None,
        "killed",
        "civilian",
    ),
    # https://alicomguinee.com/guerre-en-ukraine-cinq-civils-tues-dans-des-frappes/
    # "37 ans" is an age; the figure is the one man killed.
    Case(
        "Le parquet ukrainien a déclaré qu’un homme de 37 ans avait perdu la vie et qu’un autre avait été blessé au cours d’une attaque russe contre un engin agricole en pleine récolte, dans un champ près de Bilopillia, dans la région de Soumy (nord).",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "men",
    ),
    # https://menanews.info/?p=45984
    Case(
        "L’attaque a également fait 18 blessés, dont 11 ont été hospitalisés.", "exact", 18, 18, 18, "wounded"
    ),
    # https://japanese.todaiinews.com/detail/6515f5c2bb438bfd351f583d034db92f?hl=fr-FR
    # (the page's missing apostrophes kept) Prisoners of war exchanged, read as captured.
    Case(
        "Alors que linvasion militaire de lUkraine par la Russie se poursuit, le ministère russe de la Défense a annoncé que, sur la base dun accord conclu lors de discussions directes de haut niveau entre les deux pays la semaine dernière, les deux parties avaient échangé 270 prisonniers de guerre et 120 civils.",
        "exact",
        270,
        270,
        270,
        "captured",
        "military",
    ),
    # https://azvision.az/amp/fr/news/124851/news.html
    # Freed prisoners, read as captured; the first figure is the 42 soldiers among them. "blessures" (wounds
    # from torture) gives no count of wounded.
    Case(
        "Parmi les prisonniers libérés, 42 sont des soldats, deux des civils et certains présentent des blessures causées par la torture, a indiqué Andriy Yermak sur l'application de messagerie Telegram.",
        "exact",
        42,
        42,
        42,
        "captured",
        "military",
    ),
    # https://eurecanews.info/guerre-en-ukraine-selon-kiev-9-000-soldats-ont-ete-tues-depuis-le-debut-de-linvasion-russe
    Case(
        "La précédente estimation date de la mi-avril, lorsque le président Zelensky avait déclaré que jusqu’à 3.000 militaires ukrainiens avaient été tués et environ 10.000 blessés depuis le début de l’offensive russe.",
        "at_most",
        None,
        None,
        3000,
        "killed",
        "military",
    ),
    # https://dosequotidienne.ca/2026/01/29/chronique-12-million-de-soldats-russes-sacrifies-pour-12-de-territoire-ukrainien-conquis
    # "1,5%" is a share of territory. Dead or maimed together: casualties; the "hommes" are the Russian
    # troops of the column's subject (military), counted as soldiers rather than by sex.
    Case(
        "Pour ce 1,5%, des centaines de milliers d’hommes sont morts ou ont été mutilés.",
        "vague",
        100000,
        None,
        None,
        "casualties",
        "military",
    ),
    # https://frnews24.info/149193-Netanyahu-annonce-une-enquete-militaire-sur-le-desastre-des-21-soldats-tues-a-Gaza.html
    # (a leading "- " bullet trimmed)
    Case(
        "Vingt-et-un soldats israéliens ont été tués à Gaza, après qu'une grenade propulsée par une roquette a touché le bâtiment dans lequel ils se trouvaient, a déclaré mardi un porte-parole de l'armée israélienne.",
        "exact",
        21,
        21,
        21,
        "killed",
        "military",
    ),
    # https://malitribune.com/guerre-israel-hamas-le-bilan-a-gaza-monte-a-2-215-morts-dont-724-enfants
    Case(
        "Le nombre de morts à Gaza est monté à 2.215 morts incluant 724 enfants, a indiqué samedi le ministère palestinien de la Santé du Hamas, après la multiplication des bombardements israéliens sur ce territoire palestinien contrôlé par le mouvement islamiste.",
        "exact",
        2215,
        2215,
        2215,
        "killed",
    ),
    # https://www.bluewin.ch/fr/infos/international/le-sort-incertain-des-64-otages-du-hamas-gaza-2394507.html
    # "presque un an" hedges a duration, not the 97 held in captivity.
    Case(
        "Au 3 octobre, presque un an après l'attaque du Hamas et le début de la guerre dans le territoire palestinien, 97 personnes y sont toujours retenues en captivité, dont 64 présumées vivantes, 33 ayant été déclarées mortes par l'armée israélienne.",
        "exact",
        97,
        97,
        97,
        "captured",
    ),
    # https://www.i24news.tv/fr/actu/israel-en-guerre/artc-gaza-seule-une-cinquantaine-d-otages-seraient-encore-en-vie
    Case(
        "Sur les quelque 250 otages capturés lors de l'attaque menée par le Hamas le 7 octobre, 116 sont toujours détenus, dont beaucoup sont présumés morts.",
        "approximate",
        None,
        250,
        None,
        "captured",
    ),
    # https://www.staging.libe.io/checknews/au-moins-un-quart-des-otages-encore-detenus-a-gaza-sont-morts-20240411_HM2RCJCHBZD3BDJRAFK7J3CACQ
    Case(
        "En février, le New York Times avait révélé un rapport confirmant qu’au moins 30 otages étaient décédés.",
        "at_least",
        30,
        30,
        None,
        "killed",
    ),
    # https://m.ru24.net/foreign/391421451
    # "estime à 2 600" (puts his estimate at): read as approximate; "une seconde attaque" is an ordinal.
    Case(
        "Alors que le Hezbollah revendique ce vendredi une seconde attaque sur une base navale israélienne près d’Haïfa, le ministre libanais de la Santé estime à 2 600 le nombre de personnes tuées au Liban depuis le 23 septembre, date du début de la campagne de bombardements israéliens.",
        "approximate",
        None,
        2600,
        None,
        "killed",
    ),
    # https://www.h24info.ma/frappes-israeliennes-sur-le-liban-274-morts-des-milliers-de-familles-deplacees/
    # Rescue workers among the dead: civilian (as medical and humanitarian personnel).
    Case(
        "Parmi les morts figurent également deux secouristes, alors que 16 personnels de santé ont été blessés, a-t-il ajouté, précisant que « deux ambulances, un camion de pompiers et un centre de soin ont été pris pour cible« .",
        "exact",
        2,
        2,
        2,
        "killed",
        "civilian",
    ),
    # https://www.h24info.ma/frappes-israeliennes-sur-le-liban-274-morts-des-milliers-de-familles-deplacees/
    # "environ la moitié" is a fraction, not a figure; the first figure is the 2006 war's range of wounded.
    Case(
        "Ce chiffre représente environ la moitié du nombre de blessés de la guerre de 2006 entre Israël et le Hezbollah, qui avait fait entre « 10.000 et 11.000 blessés« .",
        "range",
        10000,
        None,
        11000,
        "wounded",
    ),
    # http://origin-web.yenisafak.com/fr/international/liban-2-574-morts-et-12-001-blesses-depuis-le-8-octobre-2023-34698
    Case(
        "L’agression israélienne a provoqué le déplacement forcé d'au moins 1 340 000 personnes, dont plus de 400 000 enfants, selon un décompte d’Anadolu basé sur plusieurs communiqués des autorités libanaises et l’UNICEF.",
        "at_least",
        1340000,
        1340000,
        None,
        "displaced",
    ),
    # https://headtopics.com/fr/l-armee-israelienne-tue-cinq-terroristes-a-jenine-48994484
    # "environ" hedges the six weeks, not the figure.
    Case(
        "En six semaines environ, plus de 190 Palestiniens y ont été tués selon le ministère de la Santé.",
        "more_than",
        191,
        None,
        None,
        "killed",
    ),
    # https://www.journaldequebec.com/2023/10/30/cisjordanie-quatre-palestiniens-tues-lors-dun-raid-israelien-a-jenine
    # "23 à 28 ans" is a range of ages.
    Case(
        "Les quatre Palestiniens tués par les tirs de l'armée sont âgés de 23 à 28 ans, a précisé le ministère de la Santé dans un communiqué.",
        "exact",
        4,
        4,
        4,
        "killed",
    ),
    # https://patrimoineinfo.fr/massacre-del-fasher-2-200-victimes-les-autorites-soudanaises-confirment-la-violence-des-rebelles-fsr
    Case(
        "Les autorités sudanaises ont révélé que plus de 2 200 civils ont trouvé la mort lors du massacre perpétré à El-Fasher par les forces rebélles des FSR.",
        "more_than",
        2201,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://www.tesaaworld.com/fr/news/more-than-60-killed-in-bombing-targeting-a-displacement-shelter-in-el-fasher
    # "deux drones" and "plus de huit obus" count weapons; the first casualty figure is "dizaines de
    # victimes" killed, of mixed groups.
    Case(
        "Les \"Comités de résistance d'El Fasher\" ont déclaré que l'attaque a été menée par deux drones et plus de huit obus incendiaires, entraînant la mort de dizaines de victimes parmi les femmes, les enfants et les personnes âgées, en plus de la présence de corps toujours sous les décombres.",
        "vague",
        10,
        None,
        None,
        "killed",
    ),
    # https://francais.news-pravda.com/ue/2024/08/05/213414.html
    # "entre le 27 et le 29 juillet" is a range of dates.
    Case(
        "Les bombardements paramilitaires de la ville entre le 27 et le 29 juillet ont fait 65 morts, principalement des femmes et des enfants.",
        "exact",
        65,
        65,
        65,
        "killed",
    ),
    # https://thinkpolis.com/soudan-el-fasher-pris-pour-cible-par-une-attaque-de-drones-le-bilan-atteint-au-moins-60-morts
    # The first figure is the superseded first toll, "environ une trentaine".
    Case(
        "Le premier bilan évoquait environ une trentaine de morts; le décompte actualisé est d’au moins 60 victimes.",
        "approximate",
        None,
        30,
        None,
        "killed",
    ),
    # https://thequickflash.com/fr/article/guerre-au-soudan-assiegee-par-les-forces-de-soutien-r
    Case(
        "Entre le 19 et le 29 septembre, au moins 91 civils ont été tués par des bombardements d’artillerie, des incursions terrestres et des frappes de drones, selon le Haut-Commissariat des Nations unies aux droits de l’homme.",
        "at_least",
        91,
        91,
        None,
        "killed",
        "civilian",
    ),
    # https://francais.news-pravda.com/world/2025/07/17/499516.html
    Case(
        "L’Observatoire des droits de l’homme fait état d’un lourd bilan dans le sud syrien, où les affrontements ont fait plus de 500 morts, dont 154 civils.",
        "more_than",
        501,
        None,
        None,
        "killed",
    ),
    # https://omondo.info/index.php/fr-faits-marquants-fr/yemen-9-morts-dont-4-civils-dans-un-raid-aerien
    # Civilians and rebels together: the total, population all.
    Case(
        "Neuf personnes ont été tuées dans un raid aérien de la coalition militaire dirigée par l'Arabie saoudite, dont quatre civils yéménites et cinq rebelles houthis.",
        "exact",
        9,
        9,
        9,
        "killed",
    ),
    # https://frycoms.net/?p=4060
    Case(
        "Un Double attentat à la voiture piégée samedi dernier à Mogadiscio la capitale somalienne, a fait environ 100 morts y compris des enfants.",
        "approximate",
        None,
        100,
        None,
        "killed",
    ),
    # https://afrik.com/somalie-13-morts-dans-un-double-attentat-devant-le-palais-presidentiel
    # ("personne" singular is the page's) "sans doute près de" (probably nearly): approximate.
    Case(
        "En octobre 2017, un double attentat à la bombe dans le district de Hodan avait tué sans doute près de 500 personne.",
        "approximate",
        None,
        500,
        None,
        "killed",
    ),
    # https://topfm.mu/entre-10-50-morts-lors-dune-explosion-dans-une-mosquee-kabul-hier
    Case(
        "Plusieurs enfants auraient été parmi les blessés.",
        "vague",
        3,
        None,
        None,
        "wounded",
        "all",
        "children",
    ),
    # https://alter-locus.fr/2022/08/18/afghanistan-plus-de-20-morts-apres-un-attentat-a-la-bombe-contre-une-mosquee-a-kaboul
    # ("mousquetaires", a mistranslation of worshippers, is the page's)
    Case(
        "Selon la police, 33 autres mousquetaires ont été blessés dans l’explosion survenue pendant les prières du mercredi soir, principalement par des éclats d’obus et des brûlures.",
        "exact",
        33,
        33,
        33,
        "wounded",
    ),
    # http://www.dakaractu.com/Plus-de-70-morts-dans-l-attaque-de-deux-mosquees-en-Afghanistan_a140548.html
    # "victimes" alone: casualties.
    Case(
        "A Ghor, un autre attaque a visé une mosquée sunnite et a fait, selon la police locale, 33 victimes.",
        "exact",
        33,
        33,
        33,
        "casualties",
    ),
    # https://fr.news-front.su/2017/08/25/afghanistan-attaque-suicide-dans-une-mosquee-chiite-a-kaboul
    # (leading « trimmed)
    Case(
        "Il y a bien sûr des victimes, mais nous ignorons combien à ce stade », a-t-il ajouté.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
    ),
    # https://cnews.fr/monde/2017-08-25/afghanistan-attaque-suicide-dans-une-mosquee-chiite-kaboul-763164
    # Three attackers shot dead ("abattus"): killed, military (assailants).
    Case(
        "Les assaillants, au nombre de trois selon lui, ont été abattus, a-t-il ajouté.",
        "exact",
        3,
        3,
        3,
        "killed",
        "military",
    ),
    # https://kewoulo.info/kaboul-kamikaze-se-exploser-mosquee-chiite-bondee
    Case(
        "Il y a un an, c’est une manifestation pacifique de la communauté chiite hazara qui avait été la cible d’un attentat suicide tuant 80 personnes.",
        "exact",
        80,
        80,
        80,
        "killed",
    ),
    # https://ru24.net/foreign/392698599
    Case(
        "Plus de 40 000 personnes ont été déplacées en seulement dix jours en Haïti, selon l'ONU.",
        "more_than",
        40001,
        None,
        None,
        "displaced",
    ),
    # https://www.alvinet.com/similaires/haiti-1-3-million-de-deplaces-internes-fuient-l-enfer-des-gangs-soit-plus-d-un-habitant-sur-10/69016899
    # (a headline) "plus d'un habitant sur 10" is a ratio.
    Case(
        "Haïti : 1,3 million de déplacés internes fuient l'enfer des gangs, soit plus d'un habitant sur 10",
        "exact",
        1300000,
        1300000,
        1300000,
        "displaced",
    ),
    # https://sitadelmagazine.com/massacre-a-cite-soleil-un-groupe-dhommes-armes-assassines-au-moins-110-personnes-pendant-le-week-end
    # The total before its parts by day.
    Case(
        "Pour se venger, Mikanò et sa bande ont assassiné à coups de balles et de machettes, poignardant vifs 110 personnes à Cité Soleil (60 personnes le vendredi, 50 autres le dimanche).",
        "exact",
        110,
        110,
        110,
        "killed",
    ),
    # https://infonews101.com/?p=3159
    # (leading « trimmed)
    Case(
        "Ces derniers meurtres portent le nombre de morts cette année en Haïti à un chiffre stupéfiant de 5 000 personnes », a observé le Haut-Commissaire des Nations Unies aux droits de l’homme, Volker Türk.",
        "exact",
        5000,
        5000,
        5000,
        "killed",
    ),
    # https://www.alterpresse.org/spip.php?article28436
    # (a subheading) "Au mois" is the page's typo for "Au moins" (at least), as its body shows; "13 jours" is
    # a duration and the orphans are no casualty.
    Case(
        "Au mois 191 personnes assassinées par des gangs armés en 13 jours / Au mois 158 enfants devenus orphelins",
        "at_least",
        191,
        191,
        None,
        "killed",
    ),
    # https://lechodalgerie.dz/chine-le-bilan-du-seisme-au-sichuan-salourdit-a-19-morts-et-247-blesses
    Case(
        "Le séisme pourrait avoir fait des milliers de blessés et plus de 130.000 habitations ont pu être endommagées, selon la Commission.",
        "vague",
        1000,
        None,
        None,
        "wounded",
    ),
    # https://www.lessentiel.lu/fr/story/le-bilan-du-seisme-en-chine-s-alourdit-943729307150
    # "magnitude 7,9" is a measure, not a count.
    Case(
        "En 2008, un séisme de magnitude 7,9 avait fait près de 70 000 morts dans cette région.",
        "approximate",
        None,
        70000,
        None,
        "killed",
    ),
    # https://www.linternaute.com/actualite/monde/1227325-nepal/
    Case(
        "Selon un dernier bilan établi lundi en fin de matinée, au moins 3 617 personnes ont perdu la vie après qu’un tremblement de terre de magnitude 7,8 a frappé le Népal, samedi matin.",
        "at_least",
        3617,
        3617,
        None,
        "killed",
    ),
    # http://vertigo.revues.org/11074
    # "41 et 26" are two floods' tolls "respectivement" (a list, not a range): the first is 41;
    # "deux cas" counts floods.
    Case(
        "À partir de deux cas d’inondations récentes qui ont fait respectivement 41 et 26 morts en France en 2010, cet article examine le profil des victimes et les circonstances de décès des personnes.",
        "exact",
        41,
        41,
        41,
        "killed",
    ),
    # https://mcinformactions.net/naufrage-dans-la-manche-un-mort-et-deux-portes-disparus
    # ("autre" singular is the page's)
    Case("Deux autre exilés sont portés disparus.", "exact", 2, 2, 2, "missing"),
    # https://a2itv.com/2025/06/30/cinq-corps-flottant-reperes-en-mer-mediterranee-par-long-sea-watch/
    # (a subheading) "dix ans" is a duration.
    Case("25 000 morts en Méditerranée centrale en dix ans", "exact", 25000, 25000, 25000, "killed"),
    # https://prudencia.media/articles/naufrage_d_une_embarcation_de_migrants_a_calais___bilan_et_contexte
    # "aucune personne n'était portée disparue": zero missing.
    Case(
        "Les efforts de secours ont indiqué qu'aucune personne n'était portée disparue après l'opération, selon la préfecture maritime.",
        "exact",
        0,
        0,
        0,
        "missing",
    ),
    # https://www.aria.developpement-durable.gouv.fr/accident/27575/
    # "jusqu'à 10 m" is a distance, not "up to" a figure; "ne fait pas de blessé": zero wounded.
    Case(
        "Le bâtiment est détruit, quelques tuiles sont projetées jusqu’à 10 m aux alentours, mais l’accident ne fait pas de blessé.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://letempsdesbanlieues.com/incendie-a-nanterre-quatre-pompiers-blesses-dans-une-explosion
    # Firefighters wounded on duty in a fire: population all (the brigade's military status is beside the
    # point of a fire).
    Case(
        "Quatre membres de la brigade des sapeurs-pompiers de Paris ont été légèrement blessés au cours d’une intervention.",
        "exact",
        4,
        4,
        4,
        "wounded",
    ),
    # https://rts.ch/info/regions/valais/13864091-un-mort-dans-une-importante-avalanche-audessus-de-nendaz.html
    # "17h30" is a time.
    Case(
        "L'opération a permis de dégager un skieur, malheureusement décédé, indique vers 17h30 la police cantonale dans un communiqué.",
        "exact",
        1,
        1,
        1,
        "killed",
    ),
    # https://marine-oceans.com/actualites/suisse-deux-morts-en-deux-jours-dans-des-avalanches
    # "20 ans" is an age.
    Case(
        "Mardi, une skieuse suédoise de 20 ans a perdu la vie dans une coulée dans les Alpes valaisannes (sud-ouest de la Suisse).",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "women",
    ),
    # http://journalmetro.com/actualites/national/1083062/attentat-de-quebec-3-blesses-en-etat-critique/
    # "Trois des 19" are the critically injured among the 19 wounded: the label is the total the sentence
    # states, 19 wounded.
    Case(
        "Trois des 19 personnes blessées dans l’attentat terroriste survenu à Sainte-Foy reposaient dans un état jugé critique, lundi matin, à l’unité des soins intensifs de l’Hôpital de l’Enfant-Jésus.",
        "exact",
        19,
        19,
        19,
        "wounded",
    ),
    # https://www.voltairenet.org/article8052.html
    # A range written high end first ("un maximum de ... et un minimum de").
    Case(
        "Les chiffres les plus crédibles semblent indiquer que le nombre de morts Tutsi se situe entre un maximum de 800 000 et un minimum de 500 000.",
        "range",
        500000,
        None,
        800000,
        "killed",
    ),
    # https://francegenocidetutsi.com/fgtshow.php?num=1734
    # (line breaks of the page joined)
    Case(
        "Un autre responsable d'une agence des Nations unies au Rwanda, qui souhaite garder l'anonymat, a pour sa part estimé ce bilan à environ 1,5 million de morts.",
        "approximate",
        None,
        1500000,
        None,
        "killed",
    ),
    # http://www.francegenocidetutsi.org/GenocideTutsiRwanda.html.en
    # "Du 15 au 17 avril" is a range of dates; "7 à 10 000" shares its scale (7,000 to 10,000).
    # "victimes" alone: casualties.
    Case(
        "Du 15 au 17 avril, dans la seule église de Nyarubuye non loin de la frontière tanzanienne, on a compté 7 à 10 000 victimes.",
        "range",
        7000,
        None,
        10000,
        "casualties",
    ),
    # http://aujourdhui.ma/monde/un-million-de-victimes-du-genocide-5645
    Case(
        "Celles-ci faisaient jusqu’alors état de 500.000 à 800.000 morts membres de la minorité tutsie ou de la majorité hutue modérée, massacrés par des extrémistes hutus entre avril et juillet 1994.",
        "range",
        500000,
        None,
        800000,
        "killed",
    ),
]

NON_FIGURES = [
    # https://menanews.info/?p=45984
    # (missiles and drones shot down)
    "La défense aérienne ukrainienne a abattu 21 des 23 missiles de croisière Kh-101 et Kh-555, ainsi que deux drones.",
    # https://www.bbc.com/afrique/monde-63858254
    # (a percentage of territory)
    "Les groupes armés contrôlent - et terrorisent - au moins 60 % de la capitale et de ses environs, selon les groupes haïtiens de défense des droits de l'homme.",
    # https://www.connectas.org/especiales/haiti-el-gobierno-de-las-pandillas/fr
    # (a distance)
    "A une centaine de mètres de distance, la voiture des kidnappeurs la suivait.",
    # http://www.meteocity.com/magazine/actualites/dramatiques-inondations-en-france-en-allemagne-et-en-belgique_3622/
    # (departments hit by rain, rainfall and durations)
    "En France, ce sont pas moins de 23 départements qui ont été touchés par les fortes pluies, pouvant atteindre par endroits 70 mm d'eau au mètre carré en 24 heures, soit autant qu'en un mois de précipitations normales !",
    # https://journaldupays.com/2020/mali-au-moins-cinq-soldats-tues-dans-une-embuscade
    # (troops deployed, no harm said of them)
    "Tout le Sahel, Mali, Niger, Burkina Faso, Tchad, Cameroun, Nigeria– est désormais la cible des attaques de plus en plus meurtrières de plusieurs groupes islamistes, en dépit du renforcement des armées locales, de la présence de 4 500 militaires français de la force antidjihadiste Barkhane et d’une force des Nations unies au Mali.",
    # http://french.china.org.cn/foreign/txt/2025-05/14/content_117875489.htm
    # (the raiders and the livestock they took)
    "Mardi dans la nuit, une dizaine d'hommes armés ont pillé plusieurs maisons dans le village de Tayer, sur l'axe Mora-Waza, emportant plus de 40 moutons et chèvres, des téléphones portables et de l'argent.",
    # https://alter-locus.fr/2022/08/18/afghanistan-plus-de-20-morts-apres-un-attentat-a-la-bombe-contre-une-mosquee-a-kaboul
    # (armed men guarding a building)
    "Jeudi matin, le bâtiment, dont les fenêtres ont été brisées, était protégé par des dizaines de talibans armés qui étaient également présents dans les rues environnantes et contrôlaient les entrées, a rapporté l'agence de presse AFP.",
    # https://fr.news-front.su/2017/08/25/afghanistan-attaque-suicide-dans-une-mosquee-chiite-a-kaboul
    # (attackers still fighting, not casualties)
    "Outre le kamikaze, deux ou trois autres hommes armés semblent être entrés dans la mosquée d’où ils échangent des tirs avec la police, a encore indiqué M. Danish à la chaîne Tolo News.",
    # http://firerescuefrance.blogspot.com/2012/04/caserne-des-pompiers-soufflee-par-une.html
    # (a fire station's staff and the commune's population)
    "Un beau bâtiment, abritant le matériel et la vingtaine de soldats du feu du centre de premier secours desservant prioritairement les 2500 habitants de la commune.",
    # http://www.francegenocidetutsi.org/GenocideTutsiRwanda.html.en
    # (a rate: deaths each day)
    "Entre le 12 et le 25 avril, on estime qu'au moins 25 000 personnes mourraient quotidiennement sous les armes des miliciens, des militaires et de la population civile, avec l'appui des autorités administratives.",
    # https://www.alterpresse.org/spip.php?article28436
    # (houses and vehicles burned)
    "81 maisons et 57 véhicules au moins ont été incendiés.",
    # https://rts.ch/info/regions/valais/13864091-un-mort-dans-une-importante-avalanche-audessus-de-nendaz.html
    # (rescue equipment; the buried skiers are only possible)
    "Huit hélicoptères, des conducteurs de chiens et la police étaient alors sur place à la recherche d'éventuels skieurs ensevelis.",
    # https://www.tdg.ch/suisse/Un-Vaudois-perd-la-vie-dans-une-avalanche/story/23770617
    # (people unharmed, and ages)
    "Deux autres personnes, des Valaisans âgés de 47 et 48 ans, sont sorties indemnes de la coulée.",
    # https://www.journaldequebec.com/2023/10/30/cisjordanie-quatre-palestiniens-tues-lors-dun-raid-israelien-a-jenine
    # (vehicles taking part in a raid)
    "Selon l'agence officielle palestinienne Wafa, «plus de 100 véhicules militaires et deux bulldozers» de l'armée israélienne ont participé à ce raid à Jénine et son camp de réfugiés, une place forte des groupes armés palestiniens et cible de fréquentes incursions militaires israéliennes.",
    # https://thinkpolis.com/soudan-el-fasher-pris-pour-cible-par-une-attaque-de-drones-le-bilan-atteint-au-moins-60-morts
    # (the city's civilian population and a duration)
    "Après plus d’un an de siège, la ville, qui abrite environ 400 000 civils, est confrontée à un risque d’effondrement; beaucoup y vivent dans des abris improvisés souterrains pour échapper aux bombardements quotidiens.",
    # https://mcinformactions.net/naufrage-dans-la-manche-un-mort-et-deux-portes-disparus
    # (people rescued)
    "Par ailleurs, 179 personnes ont été secourues cette journée-là, a indiqué la préfecture maritime.",
    # https://www.quebechebdo.com/actualites/138922/attentat-de-quebec-les-deux-blesses-cr-4728634-2/
    # (a rate: emergencies a year)
    "Même s’il est rare que l’équipe médicale du CHU doive composer avec des blessures par balle, ce type d’urgence peut survenir environ une quinzaine de fois par année, dû à des accidents de chasse, entre autres, ou des actes de violence.",
]
