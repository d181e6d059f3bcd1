"""Fifth batch of real French sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://french.presstv.ir/Detail/2017/03/05/513100/Lutte-anti-Daech-au-moins-220-civils-tués-par-la-coalition-depuis-2014
    # The cue "au moins" is inside the quotation marks with the number; "2014" is a year.
    Case(
        "La coalition internationale contre Daech en Irak et en Syrie a reconnu samedi avoir tué « au moins 220 » civils depuis le début de ses opérations militaires en 2014.",
        "at_least",
        220,
        220,
        None,
        "killed",
        "civilian",
    ),
    # https://sfrpresse.sfr.fr/article/10364524-4471-43ce-8e67-10f008042df4
    # "34 038 frappes aériennes" counts strikes, not people.
    Case(
        "La coalition internationale antidjihadiste menée par les États-Unis, dont fait partie la France, en Syrie et en Irak a reconnu hier la mort de 1 257 civils au cours des 34 038 frappes aériennes depuis le début de l’opération Inherent Resolve en 2014.",
        "exact",
        1257,
        1257,
        1257,
        "killed",
        "civilian",
    ),
    # https://raids.fr/?p=10401
    # "chiffré à 132 le nombre de civils tués": the number comes before what it counts.
    Case(
        "Dans son rapport annuel requis par le Congrès, le Pentagone a chiffré à 132 le nombre de civils tués et à 91 le nombre de blessés dans les opérations militaires américaines menées en 2019 dans le monde.",
        "exact",
        132,
        132,
        132,
        "killed",
        "civilian",
    ),
    # http://www.hitslife.com/showAllImages/4/?day=7&image_id=117478&month=9
    # The first figure is the prime minister's 700, ahead of the official 614.
    Case(
        "Le bilan de 700 morts évoqué par le premier ministre démissionnaire est supérieur au plus récent bilan officiel de 614 morts et 75 disparus.",
        "exact",
        700,
        700,
        700,
        "killed",
    ),
    # https://pdfslide.fr/news-politics/haiti-seisme-meurtrier.html
    # The official toll comes first; the expected range is a second figure.
    Case(
        "En date du 28 janvier 2010, le bilan officiel cite pour ce séisme 175 000 morts, cependant les autorités haïtiennes s’attendent à un bilan final de 250 000 à 300 000 morts.",
        "exact",
        175000,
        175000,
        175000,
        "killed",
    ),
    # https://jnews-france.fr/seisme-en-turquie-et-en-syrie-les-dix-seismes-les-plus-meurtriers-de-ces-quinze-dernieres-annees/
    # "près d’un quart de siècle" hedges a duration, not the toll.
    Case(
        "Pour l’heure, le bilan provisoire du séisme en Turquie et en Syrie, le plus important qui ait frappé la région depuis près d’un quart de siècle, est de 670 morts.",
        "exact",
        670,
        670,
        670,
        "killed",
    ),
    # https://panorapost.com/post.php?id=25115
    Case(
        "Après avoir lancé un appel à l’aide à la plateforme téléphonique Alarm Phone, 91 personnes ont disparu en mer Méditerranée le 9 février.",
        "exact",
        91,
        91,
        91,
        "missing",
    ),
    # https://alarmphone.org/fr/2023/04/29/agence-de-sauvetage-ou-police-aux-frontieres-les-derives-de-la-politique-des-garde-cotes-britanniques/
    # "Moins d’un mois" is a duration.
    Case(
        "Moins d’un mois plus tôt, quatre personnes avaient perdu la vie, et un nombre inconnu de personnes restent portées disparues en mer, lorsqu’un autre canot pneumatique a coulé dans les eaux britanniques à proximité d’un chalutier de pêche.",
        "exact",
        4,
        4,
        4,
        "killed",
    ),
    # https://www.infomigrants.net/fr/tag/naufrage/
    # (a photo caption)
    Case(
        "Au moins 27 personnes sont mortes mercredi 24 novembre dans la Manche.",
        "at_least",
        27,
        27,
        None,
        "killed",
    ),
    # http://afran.ir/francais/modules/news/article.php?storyid=13746
    Case(
        "Un bilan provisoire fait état d’au moins 15 morts et de plusieurs blessés.",
        "at_least",
        15,
        15,
        None,
        "killed",
    ),
    # https://www.aps.dz/monde/116273-irak-plus-de-20-morts-dans-un-double-attentat-suicide-a-baghdad
    Case(
        "Outre les 32 morts, Hassan al-Tamimi, a fait état de 110 blessés.",
        "exact",
        32,
        32,
        32,
        "killed",
    ),
    # https://radioj.fr/actualite-4657-un-attentat-suicide-a-bagdad-fait-au-moins-28-morts-et-73-blesses
    # "Deux kamikazes" are the attackers, not a stated toll; the first casualty figure is 28 dead.
    Case(
        "Deux kamikazes se sont fait exploser ce jeudi matin faisant au moins 28 morts et 73 blessés dans un marché central de Bagdad, la capitale de l'Irak, ont annoncé des sources policières et médicales.",
        "at_least",
        28,
        28,
        None,
        "killed",
    ),
    # https://unhcr.org/be/nouvelles-medias/nouvelles/page/80
    # Forced to flee: displaced. The "milliers" trapped are not displaced.
    Case(
        "Une récente attaque des insurgés contre la ville côtière de Palma a forcé au moins 11 000 personnes à fuir, et des milliers d’autres seraient encore prises au piège dans cette zone.",
        "at_least",
        11000,
        11000,
        None,
        "displaced",
    ),
    # https://africpulse.com/?p=888
    # (a headline, without a full stop)
    Case(
        "L’ONU alerte sur un nombre inédit de 120 millions de personnes déplacées de force dans le monde",
        "exact",
        120000000,
        120000000,
        120000000,
        "displaced",
    ),
    # https://lecourrier.vn/conflit-israel-iran-le-hcr-appelle-a-une-desescalade-urgente-face-a-des-craintes-humanitaires/1285397.html
    # Refugees hosted by Iran: displaced. "2024" is part of the report's title; "3,5 millions" has a decimal comma with a scale word.
    Case(
        "Selon le rapport Tendances mondiales 2024 publié la semaine dernière par le HCR, l'Iran accueille environ 3,5 millions de réfugiés, principalement en provenance d'Afghanistan, ce qui en fait le plus grand pays d'accueil de réfugiés au monde.",
        "approximate",
        None,
        3500000,
        None,
        "displaced",
    ),
    # https://www.bfmtv.com/archives/international/asie/2025/06/page2
    Case(
        "Deux personnes sont décédées dans la ville d’Odessa, où une maternité a été la cible d’attaques aériennes.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://chretiens.com/?p=329344
    # (the "KYIV (Reuters) -" dateline trimmed) The sentence states its toll in two parts, two adults and one child (three dead in all); the first figure it states is the two adults.
    Case(
        "Deux adultes et un enfant ont été tués jeudi dans l’attaque par un drone russe d’un camion livrant des bonbonnes de gaz dans la région de Tchernihiv, dans le nord de l’Ukraine frontalier de la Russie, ont déclaré les autorités ukrainiennes.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://futursmedias.sn/international/six-personnes-ont-ete-tuees-dans-une-attaque-au-burkina-faso/
    # The six dead are members of the VDP, the army's armed auxiliaries (the page says so): read as military.
    Case(
        "Un responsable des Volontaires pour la protection de la patrie (VDP) a déclaré vendredi que « six personnes ont été tuées et une autre a été blessée » dans l’attaque de Dablo.",
        "exact",
        6,
        6,
        6,
        "killed",
        "military",
    ),
    # https://directnewsinfo.com/?p=7323
    # Auxiliaries and civilians together: population all.
    Case(
        "Une quarantaine de personnes, dont des supplétifs de l’armée, ont été tuées le week-end dans l’ouest du Burkina Faso, lors de deux attaques de jihadistes présumés, ont indiqué mardi à l’AFP des sources sécuritaire et locales.",
        "approximate",
        None,
        40,
        None,
        "killed",
    ),
    # https://voi.id/fr/berita/387750
    # (the "JAKARTA -" dateline trimmed; "gibira", a machine translation of Gezira, is the page's)
    Case(
        "Les forces de soutien paramilitaire rapide du Soudan ont attaqué des villages de l’État de gibira, tuant 100 personnes, selon des militants locaux.",
        "exact",
        100,
        100,
        100,
        "killed",
    ),
    # https://directactu.net/?p=85412
    Case(
        "Au moins 40 civils ont été tués dimanche lors d’une attaque des Forces de soutien rapide (RSF) contre un village situé au centre du Soudan, selon un comité de résistance local.",
        "at_least",
        40,
        40,
        None,
        "killed",
        "civilian",
    ),
    # https://news.dayfr.com/aujourd/3841677.html
    Case(
        "Un membre des Comités de résistance, un réseau de base formé par des résidents soudanais, a déclaré à CNN que plus de 200 autres civils ont été blessés lors de l’attaque du village d’Al-Sareeha, et 150 autres ont été arrêtés par les RSF.",
        "more_than",
        201,
        None,
        None,
        "wounded",
        "civilian",
    ),
    # https://lebledparle.com/au-moins-29-morts-au-cours-des-attaques-en-ituri-dans-l-est-de-la-republique-democratique-du-congo
    Case(
        "La RDC est en deuil à la suite de l’attaque qui a causé la mort d’une vingtaine de personnes, selon le bilan provisoire.",
        "approximate",
        None,
        20,
        None,
        "killed",
    ),
    # https://sahutiafrica.net/rdc-ituri-une-attaque-de-la-milice-codeco-dejouee-une-dizaine-de-miliciens-neutralises/
    # Militiamen "neutralisés" by the army: killed, military.
    Case(
        "Au moins douze miliciens Codeco ont été neutralisés après une attaque déjouée par l’armée congolaise dans le territoire de Djugu en Ituri, Est de la RDC, a annoncé le lieutenant Jules Ngongo, porte-parole de l’armée, dans cette région, mercredi 11 janvier.",
        "at_least",
        12,
        12,
        None,
        "killed",
        "military",
    ),
    # https://peacerwandacongo.org/2023/06/massacre-des-codeco-en-lituri-40-d.html
    # "corps sans vie" (lifeless bodies): killed.
    Case(
        "Maki Lombe, un témoin oculaire de l'incident, a déclaré à Reuters avoir vu les corps sans vie de plus de 40 personnes.",
        "more_than",
        41,
        None,
        None,
        "killed",
    ),
    # https://fr.africanews.com/2021/02/23/nigeria-liberation-des-53-otages-du-bus-de-kundu/
    # Hostages since freed, read as captured (the earlier batches' convention); the label is the total before its parts.
    Case(
        "Au Nigeria, un groupe de 53 otages, dont 20 femmes et neuf enfants, enlevés près du village de Kundu, ont été libérés par leurs ravisseurs ce dimanche.",
        "exact",
        53,
        53,
        53,
        "captured",
    ),
    # https://atlanticactu.com/nigeria-les-autorites-ont-libere-environ-200-victimes-de-kidnappings
    # Freed hostages, read as captured.
    Case(
        "Les forces de sécurité nigérianes ont libéré près de 200 otages de « bandits », ces gangs de criminels qui terrorisent le nord-ouest du pays depuis de longs mois, lors de raids contre leurs camps en forêt, a annoncé la police jeudi soir.",
        "approximate",
        None,
        200,
        None,
        "captured",
    ),
    # https://www.ivoirematin.com/fr/news/10/nigeria-11-otages-liberes-par-larmee-apres-trois-mois-de-captivite_n_117347.html
    # "près de 92 jours" hedges a duration, not the 11 hostages.
    Case(
        "L’armée nigériane a annoncé, ce mardi, le sauvetage réussi de 11 personnes retenues en otage depuis près de 92 jours.",
        "exact",
        11,
        11,
        11,
        "captured",
    ),
    # https://www.bfmtv.com/outre-mer/mayotte/direct-cyclone-a-mayotte-une-situation-dramatique-qui-laisse-craindre-un-bilan-lourd_LN-202412150064.html
    Case(
        "Le passage dévastateur du cyclone Chido sur l'île de Mayotte a fait au moins 14 morts et 250 blessés selon un dernier bilan très provisoire.",
        "at_least",
        14,
        14,
        None,
        "killed",
    ),
    # https://geide.asso.fr/cyclone
    # "entre 1970 et 2019" is a range of years, not of people.
    Case(
        "Les cyclones ont provoqué entre 1970 et 2019 environ 760 000 morts.",
        "approximate",
        None,
        760000,
        None,
        "killed",
    ),
    # http://ventforce10.blogspot.com/2012/01
    Case(
        "138000 morts en Birmanie avec le cyclone Nargis !",
        "exact",
        138000,
        138000,
        138000,
        "killed",
    ),
    # https://sunuafrikradio.com/libye-le-bilan-des-inondations-grimpe-a-au-moins-11-300-morts-a-derna/
    Case(
        "En Libye, le bilan des décès dans la ville côtière de Derna a grimpé à 11 300 morts alors que les efforts de recherche se poursuivent après une inondation massive due à la rupture de deux barrages sous de fortes pluies.",
        "exact",
        11300,
        11300,
        11300,
        "killed",
    ),
    # https://news-rim.com/2023/09/13/lybiele-point-sur-la-situation
    Case(
        "Les inondations qui ont dévasté la ville de Derna dans l’est du pays ont fait plus de 5300 morts, d’après le gouvernement de Tripoli.",
        "more_than",
        5301,
        None,
        None,
        "killed",
    ),
    # https://www.dhnet.be/dernieres-depeches/2023/09/13/tempete-daniel-libye-au-moins-30000-deplaces-apres-les-inondations-a-derna-6OAZKM2CIZFQ5EQIS7LYQMXLQA/
    Case(
        "\"Au moins 30.000 personnes déplacées\" à Derna, a indiqué l'Organisation internationale des migrations (OIM) dans un rapport sur la situation dans l'est de la Libye après le passage de la tempête Daniel dans la nuit de dimanche à lundi.",
        "at_least",
        30000,
        30000,
        None,
        "displaced",
    ),
    # https://lemonde-arabe.fr/author/sara-fregonese/
    # The first figure is "plusieurs milliers de blessés" (several thousand = 3 × 1,000, under either convention), before the 137 dead.
    Case(
        "Suite aux explosions qui ont dévasté la ville de Beyrouth le mardi 4 août, causant plusieurs milliers de blessés et 137 morts (bilan provisoire), le port a été détruit.",
        "vague",
        3000,
        None,
        None,
        "wounded",
    ),
    # http://www.shemsfm.net:8080/fr/actualites_world-news/257496/liban-au-moins-135-morts-et-pres-de-5-000-blesses-selon-un-nouveau-bilan
    # ("prés" for "près" is the page's)
    Case(
        "L’énorme déflagration a fait au moins 135 morts, prés de 5000 blessés et des dizaines de disparus, selon un nouveau bilan fourni mercredi par le ministre de la Santé, Hamad Hassan.",
        "at_least",
        135,
        135,
        None,
        "killed",
    ),
    # http://ephemeridesalcide.com/aou/04.html
    Case(
        "Selon le dernier bilan de la Croix-Rouge libanaise, plus de 100 personnes ont été tuées et plus de 4000 autres blessées.",
        "more_than",
        101,
        None,
        None,
        "killed",
    ),
    # https://profilpelajar.com/fr/Frappes_aériennes_à_Dahyan
    # (the citation marker "[1]" is the page's) "2018, 51" is a date then the toll; the label is the total before its part.
    Case(
        "Le 9 août 2018, 51 civils dont 40 enfants ont été tués dans des frappes aériennes contre un bus, dans le nord du Yémen, attribuées à la coalition militaire dirigée par l'Arabie saoudite[1].",
        "exact",
        51,
        51,
        51,
        "killed",
        "civilian",
    ),
    # http://www.loophaiti.com/content/yemen-au-moins-29-enfants-tues-dans-une-attaque-contre-un-bus
    Case(
        'Au moins 29 enfants ont été tués dans une attaque qui a visé jeudi un bus dans le nord du Yémen sous contrôle rebelle, a annoncé le Comité international de la Croix-Rouge (CICR), la coalition sous commandement saoudien affirmant avoir mené une opération militaire "légitime" dans le secteur.',
        "at_least",
        29,
        29,
        None,
        "killed",
        "all",
        "children",
    ),
    # https://lecollimateur.ma/129581
    Case(
        "Le dernier bilan communiqué par le ministère de l’Intérieur, fait état de 1037 morts, 1204 blessés, dont 721 se trouvant « dans un état critique ».",
        "exact",
        1037,
        1037,
        1037,
        "killed",
    ),
    # https://perspectivesmed.com/le-maroc-en-deuil-le-seisme-a-cause-plus-de-2-100-morts/
    # "1.351" uses a dot as thousands separator; the first figure is one province's toll.
    Case(
        "La secousse a fait 1.351 morts dans la province d’Al Haouz, 492 morts dans la province de Taroudant, 201 morts dans la province de Chichaoua et 17 à la préfecture de Marrakech, a précisé le ministère.",
        "exact",
        1351,
        1351,
        1351,
        "killed",
    ),
    # https://perspectivesmed.com/le-maroc-en-deuil-le-seisme-a-cause-plus-de-2-100-morts/
    # "Aucun nouveau décès" (no new death): zero killed, written without a numeral.
    Case(
        "Aucun nouveau décès n’a été enregistré dans les provinces et préfectures de Ouarzazate, Azilal, Agadir Ida Outanane, Grand Casablanca, Youssoufia et Tinghir, ajoute la même source.",
        "exact",
        0,
        0,
        0,
        "killed",
    ),
    # https://www.les-docus.com/?p=400406
    # "Il y a 30 ans" is a duration.
    Case(
        "Il y a 30 ans, environ 8 000 musulmans furent exécutés par les forces serbes de Bosnie dans l’enclave de Srebrenica, pourtant déclarée « zone protégée » par l’ONU.",
        "approximate",
        None,
        8000,
        None,
        "killed",
    ),
    # https://sagapedia.com/fr/Massacre_de_Srebrenica
    # (the doubled comma and the missing month are the page's) Men and children together: group all.
    Case(
        "Le génocide de Srebrenica, également appelé massacre de Srebrenica,, est le meurtre de masse de plus de 8 000 hommes et enfants musulmans bosniaques dans la région de Srebrenica, en Bosnie-Herzégovine, au mois de , durant la guerre de Bosnie-Herzégovine.",
        "more_than",
        8001,
        None,
        None,
        "killed",
    ),
    # https://www.turquie2023.com/2020/12/03/haut-karabakh-2-873-soldats-azerbaidjanais-tombes-en-martyr-au-cours-de-loperation/
    # "tombés en martyr" (fell as martyrs): killed. (The page's address says 2 873; its text says 2 783.)
    Case(
        "Au total, 2 783 soldats azerbaïdjanais sont tombés en martyr dans la guerre du Haut-Karabakh menée par l’armée pour libérer ses terres de l’occupation arménienne, a déclaré jeudi le ministère azerbaïdjanais de la Défense.",
        "exact",
        2783,
        2783,
        2783,
        "killed",
        "military",
    ),
    # https://maghrebaujourdhui.com/3702-Azerbadjan--2-904-soldats-ont-perdu-la-vie-lors-de-la-guerre-du-Haut-Karabagh
    # "a perdu 2 904 soldats" (lost): the page's title says they lost their lives, so killed, as "nous avons perdu six hommes" in the fourth batch.
    Case(
        "Il a donc été indiqué que l'armée azerbaïdjanaise a perdu 2 904 soldats lors de l'opération menée dans le Haut-Karabagh pour libérer cette région de l'occupation arménienne.",
        "exact",
        2904,
        2904,
        2904,
        "killed",
        "military",
    ),
    # https://maghrebaujourdhui.com/3702-Azerbadjan--2-904-soldats-ont-perdu-la-vie-lors-de-la-guerre-du-Haut-Karabagh
    Case(
        "En outre, il a été précisé que 10 soldats azerbaïdjanais sont toujours portés disparus.",
        "exact",
        10,
        10,
        10,
        "missing",
        "military",
    ),
    # https://rtenafrique.tv/news/122633-gaza-12-morts-frappe-israelienne-ecole-deplaces
    # Mostly women and children, not only: group all.
    Case(
        "La Défense civile de Gaza rapporte que douze personnes, majoritairement des femmes et des enfants, ont été tuées par une frappe israélienne sur une école servant d’abri à Gaza-ville.",
        "exact",
        12,
        12,
        12,
        "killed",
    ),
    # http://mapressedujour.com/ca/fr/frame/3497/307178206
    # "personnes déplacées" describes the camp; it is no count of the displaced.
    Case(
        "La Défense civile dans la bande de Gaza a annoncé samedi matin la mort de 14 personnes, tuées dans deux frappes israéliennes, l’une « sur une école », l’autre sur un camp de « tentes pour personnes déplacées ».",
        "exact",
        14,
        14,
        14,
        "killed",
    ),
    # https://squidappvideo.com/2024/08/10/gaza-plusieurs-dizaines-de-morts-apres-des-frappes-israeliennes
    Case(
        "La Défense civile de la bande de Gaza a affirmé samedi que 93 personnes avaient péri après une frappe israélienne sur une école qui abritait « des déplacés palestiniens ».",
        "exact",
        93,
        93,
        93,
        "killed",
    ),
    # https://topito.com/index.php/accidents-foules-meurtriers
    # "7 personnes par mètre carré" is a crowd density, not a casualty figure.
    Case(
        "A cause de la chaleur et de la densité de 7 personnes par mètre carré, entre 769 et 2121 personnes (selon les sources) ont perdu la vie, et des milliers ont été blessées.",
        "range",
        769,
        None,
        2121,
        "killed",
    ),
    # http://xibaaru.com/people/bousculade-a-la-mecque-au-moins-700-morts/
    # The first figure is the earlier crane collapse's 109 dead, before the stampede's toll.
    Case(
        "Après l’effondrement d’une grue sur le chantier d’agrandissement de la Grande Mosquée qui avait tué 109 personnes le 11 septembre, une bousculade survenue ce jeudi à Mina pendant le pèlerinage a fait au moins 717 victimes et 805 blessés selon un dernier bilan.",
        "exact",
        109,
        109,
        109,
        "killed",
    ),
    # http://www.radiocanada.com/nouvelles/International/2006/01/12/005-LaMecque-tragedie.shtml
    Case(
        "Une bousculade devant les stèles représentant Satan a fait au moins 345 morts et 289 blessés près de La Mecque en Arabie Saoudite.",
        "at_least",
        345,
        345,
        None,
        "killed",
    ),
    # https://chemin-de-fer.blog4ever.com/articles/catastrophes-ferroviaires
    # (the page's mix of curly and straight apostrophes kept)
    Case(
        "À l’époque les portes étaient fermées à clé par les chefs de trains, d’où un lourd bilan : 55 morts, dont l'explorateur Jules Dumont d'Urville.",
        "exact",
        55,
        55,
        55,
        "killed",
    ),
    # http://www.newsnet.fr/303922
    # Soldiers held by the other side and repatriated in an exchange: captured, military.
    Case(
        "La Russie a rapatrié 157 militaires détenus en Ukraine et, en échange, a transféré 157 prisonniers de guerre ukrainiens, a annoncé ce 5 février le ministère russe de la Défense.",
        "exact",
        157,
        157,
        157,
        "captured",
        "military",
    ),
    # https://atlasinfo.fr/plus-de-20-000-morts-depuis-le-debut-de-la-revolte-en-syrie_a31882.html
    # The total before its part (the civilians).
    Case(
        "Plus de 20.000 personnes, dont près de 14.000 civils, ont été tuées dans les violences en Syrie depuis le début de la révolte contre le régime du président Bachar al-Assad en mars 2011, a rapporté samedi l’Observatoire syrien des droits de l’homme (OSDH).",
        "more_than",
        20001,
        None,
        None,
        "killed",
    ),
    # https://frances.prensa-latina.cu/2018/11/14/pres-de-deux-mille-fosses-clandestines-au-mexique
    # "deux mille 884" mixes words and digits (2,884); bodies found in graves: killed. The missing space in "corps,324" is the page's.
    Case(
        "Selon la source, ont été retrouvés dans ces fosses deux mille 884 corps,324 crânes, 217 ossements et des milliers de fragments osseux.",
        "exact",
        2884,
        2884,
        2884,
        "killed",
    ),
    # https://news-24.fr/le-3e-militant-volontaire-de-recherche-de-sepulture-tue-au-mexique/
    Case(
        "Les équipes de recherche bénévoles, généralement composées de mères de plus de 100 000 personnes disparues au Mexique, disent qu’elles veulent seulement retrouver les corps de leurs proches, les pleurer et les enterrer correctement.",
        "more_than",
        100001,
        None,
        None,
        "missing",
    ),
    # https://philatelie-pour-tous.fr/la-bataille-de-verdun-1916/
    # (the sentence follows a colon on the page, hence the lower case) Losses of the battle of Verdun, dead, missing or wounded together: casualties, military.
    Case(
        "elle fait plus de 700 000 pertes (morts, disparus ou blessés), 362 000 soldats français et 337 000 allemands, une moyenne de 70 000 victimes pour chacun des dix mois de la bataille.",
        "more_than",
        700001,
        None,
        None,
        "casualties",
        "military",
    ),
    # https://christinerobledo.blogspot.com/2021/12/19-decembre-1916.html
    # (line breaks of the page joined) The battle of Verdun: dead, wounded or missing together, casualties, military.
    Case(
        "Débutée le 19 février de cette même année, elle fera plus de 714 231 morts, blessés ou disparus.",
        "more_than",
        714232,
        None,
        None,
        "casualties",
        "military",
    ),
    # http://intemporaris.com/pages/indochine/vous-avez-dit-bouddistes.html
    # Refugees who crossed the border: displaced.
    Case(
        "Selon les Nations Unies, 500.000 Rohingyas ont déjà traversé la frontière.",
        "exact",
        500000,
        500000,
        500000,
        "displaced",
    ),
    # http://www.kelnews.fr/2017/09/15/birmanie-les-villages-rohingya-incendies-vus-du-ciel/
    Case(
        "Près de 400 000 d’entre eux ont déjà fui au Bangladesh, pays voisin, pour y trouver refuge.",
        "approximate",
        None,
        400000,
        None,
        "displaced",
    ),
    # https://lenouvelliste.com/article/241408/plus-de-civils-meurent-en-haiti-quen-ukraine
    Case(
        "De début janvier à la mi-mars 2023, un total de 531 personnes ont été tuées et 300 blessées dans des incidents liés aux gangs, principalement dans la capitale, Port-au-Prince, selon les informations recueillies par le Service des droits humains du Bureau intégré des Nations Unies en Haïti (BINUH).",
        "exact",
        531,
        531,
        531,
        "killed",
    ),
    # https://hebdo24.com/2022/08/02/justice/94-morts-120-blesses-12-disparus-en-trois-semaines
    Case(
        "Dans un rapport publié ce lundi, le Bureau Intégré des Nations Unies en Haïti (BINUH) a fait état d’au moins 94 personnes tuées et 12 autres portées disparues dans le nord et l’ouest de la région métropolitaine de Port-au-Prince à cause de la violence des gangs armés.",
        "at_least",
        94,
        94,
        None,
        "killed",
    ),
    # https://karibinfo.com/news/haiti-plus-de-1-200-morts-en-trois-mois-binuh-fait-le-decompte-macabre-de-la-violence
    # (leading « trimmed) Killed and wounded together: casualties; boys and girls: children. "troisième trimestre" is an ordinal period.
    Case(
        "Au cours du troisième trimestre, au moins 59 garçons et filles ont été tués et blessés, victimes de meurtre, de blessures, d’enlèvement, et de violences sexuelles.",
        "at_least",
        59,
        59,
        None,
        "casualties",
        "all",
        "children",
    ),
]

NON_FIGURES = [
    # https://alarmphone.org/fr/2023/04/29/agence-de-sauvetage-ou-police-aux-frontieres-les-derives-de-la-politique-des-garde-cotes-britanniques/
    # (a date; a boat left adrift, no one harmed)
    "Cependant, le 2 janvier 2023, les garde-côtes britanniques ont orchestré le retour de personnes migrantes depuis les eaux britanniques vers la France par des moyens plus subtils; pensant n’attirer aucun soupçon, une embarcation a été laissée à la dérive.",
    # https://profilbaru.com/fr/Naufrage_du_24_novembre_2021_dans_la_Manche
    # (rescuers charged in court, and dates)
    "En mai et juin 2023, sept sauveteurs sont mis en examen pour non-assistance à personne en danger.",
    # https://amomama.fr/167516-un-kamikaze-fait-au-moins-68-morts-182-b.html
    # (guests at a wedding, not its victims)
    "Plus de mille personnes ont assisté aux célébrations.",
    # https://chretiens.com/?p=329344
    # (drones shot down)
    "L’armée de l’air ukrainienne a dit avoir abattu 78 drones sur les 105 engins tirés par les forces russes.",
    # http://www.geide.asso.fr/index.php/incendies-industriels/cyclone-particuliers/
    # (a range of cyclones a year)
    "Dans le monde, 80 à 85 cyclones se forment chaque année.",
    # https://www.franceinter.fr/monde/le-plus-intense-le-plus-meurtrier-le-plus-couteux-ces-ouragans-qui-ont-marque-l-histoire
    # (a wind speed)
    "Avec des vents à plus de 295 km/h, Dorian est devenu dimanche soir l'ouragan le plus violent jamais enregistré dans le nord-ouest des Bahamas.",
    # http://ephemeridesalcide.com/aou/04.html
    # (a time of day and an ordinal)
    "Une première explosion a été entendue vers 18 h – heure locale – suivie d’une deuxième déflagration très puissante qui a provoqué un gigantesque champignon de fumée dans le ciel.",
    # http://www.slate.fr/grand-format/une-semaine-dans-le-monde-en-7-photos-193539
    # (a weight of chemicals and a duration)
    "Des cuves de 2.750 tonnes de nitrate d'ammonium, un produit explosif, avaient été stockées sur le port depuis plus de six ans, à proximité immédiate de zones densément peuplées du centre-ville.",
    # https://www.leral.net/Seismes-au-Maroc-632-morts-et-329-blesses-selon-un-dernier-bilan-provisoire_a354330.html
    # (an ordinal and a magnitude; aftershocks)
    "La première secousse, de magnitude 7, enregistrée sur la commune d’Ighil, dans la région de Marrakech, a été suivie de plusieurs répliques ressenties dans une très grande partie du pays, dont Casablanca, Rabat, ou encore Agadir.",
    # https://wikimonde.com/article/Massacre_de_Srebrenica
    # (peacekeepers deployed, no harm said of them)
    "Celle-ci y maintenait une force d'environ 400 Casques bleus néerlandais, présents dans la région de Srebrenica au moment du massacre[6].",
    # https://www.turquie2023.com/2020/12/03/haut-karabakh-2-873-soldats-azerbaidjanais-tombes-en-martyr-au-cours-de-loperation/
    # (settlements and villages taken)
    "Pendant le conflit, l’Azerbaïdjan a libéré plusieurs villes et près de 300 colonies et villages de l’occupation arménienne.",
    # http://www.radiocanada.com/nouvelles/International/2006/01/12/005-LaMecque-tragedie.shtml
    # (a count of times and a span of years)
    "Cette lapidation doit être effectuée à trois reprises entre mardi et jeudi, selon le rituel édicté par le prophète Mahomet il y a 1400 ans.",
    # https://tunisiatimes.tn/?p=90124
    # (a stadium's capacity and a crowd)
    "Le stade de l’équipe peut contenir 32 000 personnes, mais ils étaient quelque 200 000 à s’être rendus autour de l’enceinte.",
    # https://people.brandeis.edu/~pjankows/Annexe.Verdun.html
    # (a reporting interval; losses named but not counted)
    "Les unités établissaient tous les cinq jours un « état numérique des pertes » qu'elles adressaient, via le quartier général de leur corps et de leur armée, au Bureau du personnel de l'état-major.",
]
