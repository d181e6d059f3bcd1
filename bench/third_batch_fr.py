"""Third batch of real French sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://www.lnc.nc/print/1418569
    # "au moins" bounds "une quinzaine" (about 15): read as at least 15.
    Case(
        "Au moins une quinzaine de soldats ont été tués lundi soir, lors d'une attaque de jihadistes présumés dans le nord du Burkina Faso près de la frontière du Mali, a-t-on appris mardi auprès de sources sécuritaires.",
        "at_least",
        15,
        15,
        None,
        "killed",
        "military",
    ),
    # https://www.voaafrique.com/a/onze-soldats-tu%C3%A9s-lors-de-l-attaque-de-jeudi-dans-l-est-du-burkina-faso/6582012.html
    Case(
        "Dans la même matinée de jeudi, des individus armés ont par ailleurs attaqué un autocar à Seytenga, dans la province du Séno (nord), selon des habitants de la région qui ont précisé qu'un civil avait été tué et une dizaine de passagers blessés.",
        "exact",
        1,
        1,
        1,
        "killed",
        "civilian",
    ),
    # https://www.20min.ch/fr/story/des-jihadistes-presumes-tuent-treize-soldats-784304572409
    # (leading « trimmed; "eté" is the page's)
    Case(
        "Treize soldats ont eté tués et quatre blessés», a-t-elle ajouté, affirmant que «plusieurs terroristes ont été neutralisés».",
        "exact",
        13,
        13,
        13,
        "killed",
        "military",
    ),
    # https://maliactu.net/attaque-meurtriere-au-burkina-faso-53-combattants-tues/?amp=1
    # The army records its own wounded: military.
    Case(
        "L’armée a également enregistré une trentaine de blessés qui ont été évacués et pris en charge.",
        "approximate",
        None,
        30,
        None,
        "wounded",
        "military",
    ),
    # https://maliactu.net/attaque-meurtriere-au-burkina-faso-53-combattants-tues/?amp=1
    Case(
        "Depuis 2015, les violences perpétrées par des groupes armés affiliés à Al-Qaïda et à l’État islamique ont entraîné le déplacement de plus de deux millions de personnes à l’intérieur du Burkina Faso.",
        "more_than",
        2000001,
        None,
        None,
        "displaced",
    ),
    # https://www.rtl.be/actu/monde/international/plus-de-20-civils-tues-dans-une-attaque-au-mali-imputee-aux-jihadistes/2024-07-03/article/686796
    Case(
        "Plus de vingt civils ont été tués dans un village du centre du Mali lundi lors d'une attaque imputée aux jihadistes actifs dans la région, un des foyers de la violence au Sahel, ont indiqué deux responsables du gouvernorat dans la nuit de mardi à mercredi.",
        "more_than",
        21,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://actucameroun.com/2023/02/24/plusieurs-civils-massacres-au-centre-du-mali-par-des-hommes-armes/
    Case(
        "Une douzaine de civils ont été tués lors d’une attaque perpétrée contre un village du centre du Mali par des hommes armés qui y ont fait irruption.",
        "approximate",
        None,
        12,
        None,
        "killed",
        "civilian",
    ),
    # https://actucameroun.com/2023/02/24/plusieurs-civils-massacres-au-centre-du-mali-par-des-hommes-armes/
    # (leading « trimmed)
    Case("Il y a beaucoup de morts », a-t-il assuré.", "unquantified", None, None, None, "killed"),
    # http://mafrique.ma/index.php/divers/3024-mali-l-attaque-d-un-village-fait-au-moins-95-morts
    # (dateline "Bamako - " trimmed)
    Case(
        "Le gouvernement malien confirme la mort de 95 personnes dans l'attaque d'un village dogon, du centre du pays, fait état de 19 villageois « portés disparus » et soupçonne que cette attaque ait été menée par des « terroristes ».",
        "exact",
        95,
        95,
        95,
        "killed",
    ),
    # http://www.dknews-dz.com/article/141825-republique-democratique-du-congo-au-moins-30-morts-dans-lattaque-menee-samedi-en-ituri.html
    # (leading quotation mark trimmed) The first figure is the 16 more bodies found; the same sentence says they
    # make "30 civils massacrés", so they are civilians' bodies.
    Case(
        'Les civils qui sont allés rechercher les corps des victimes en ont retrouvé 16 autres dans la brousse, ce qui fait 30 civils massacrés", a déclaré Dieudonné Malangayi, responsable de la société civile de la collectivité ("chefferie") de Walese Vonkutu, interrogé par des médias sur place.',
        "exact",
        16,
        16,
        16,
        "killed",
        "civilian",
    ),
    # https://www.lalibre.be/dernieres-depeches/belga/2021/09/05/rdc-nouvelle-attaque-en-ituri-au-moins-14-morts-selon-une-source-locale-G5AHB3A4YBCSVK6BKAFQMW4ONM/
    # The dead are those of "massacres de civils": civilian.
    Case(
        "Ils sont considérés comme le plus meurtrier des groupes armés qui sévissent dans l'est de la RDC, accusés de massacres de civils ayant fait au moins 6.000 morts depuis 2013, selon un bilan de l'épiscopat congolais.",
        "at_least",
        6000,
        6000,
        None,
        "killed",
        "civilian",
    ),
    # https://haiti24.net/violence-des-gangs-en-haiti-530-morts-et-160-000-deplaces-selon-un-rapport-de-lonu
    Case(
        "Selon un rapport du Haut Commissariat aux droits de l’homme des Nations-Unies (HCDH), les affrontements entre gangs et leurs démonstrations en série enregistrés ces derniers jours, ont fait au total 531 morts, 300 blessées.",
        "exact",
        531,
        531,
        531,
        "killed",
    ),
    # https://haiti24.net/violence-des-gangs-en-haiti-530-morts-et-160-000-deplaces-selon-un-rapport-de-lonu
    Case(
        "277 personnes ont été kidnappées tandis que 160.000 ont été contraintes de quitter leurs toits, indique ce document précisant que ces cas d’assassinats, d’enlèvement et de déplacement ont été enregistrés dans la région métropolitaine de Port-au-Prince, et plusieurs villes de province dont Petite-Rivière de l’Artibonite, Verettes, Liancourt, Croix-des-Bouquets entre autres.",
        "exact",
        277,
        277,
        277,
        "captured",
    ),
    # https://elwatan-dz.com/index.php/haiti-les-violences-des-gangs-ont-fait-plus-de-2400-morts-depuis-le-1er-janvier
    Case(
        "Depuis le mardi 15 août, des milliers de résidents ont été contraints de fuir le quartier de Carrefour-Feuilles, un secteur stratégique contrôlé par les gangs, qui exercent une emprise sur une grande partie du pays déjà frappé par la pauvreté et l'insécurité.",
        "vague",
        1000,
        None,
        None,
        "displaced",
    ),
    # https://jqjo.com/2025-11-02/us/world/fr/Crise-humanitaire-à-el-Fasher-milliers-de-déplacés-fuyant-la-violence/78627
    # "quelques milliers" is "a few thousand" (2 x 1,000); it counts people who fled (and reached safety).
    Case(
        "Seulement quelques milliers de personnes ayant fui el-Fasher ont atteint un lieu sûr depuis que les Forces de soutien rapide du Soudan ont pris la ville, avec moins de 6 000 arrivées au camp de Tawila, tandis que les survivants rapportent des passages à tabac, des tirs et des agressions sexuelles.",
        "vague",
        2000,
        None,
        None,
        "displaced",
    ),
    # https://jqjo.com/2025-11-02/us/world/fr/Crise-humanitaire-à-el-Fasher-milliers-de-déplacés-fuyant-la-violence/78627
    Case(
        "L'ONU indique que 70 894 personnes ont été déplacées depuis la prise de contrôle, et l'OMS rapporte au moins 460 morts dans un hôpital.",
        "exact",
        70894,
        70894,
        70894,
        "displaced",
    ),
    # https://www.democratienouvelle.ca/le-point-culminant-de-la-guerre-au-soudan-des-milices-avides-de-sang/32053/
    Case(
        "Il y a des tas de cadavres devant les maisons et le sable est devenu rouge sang à plusieurs endroits.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://www.avant-premiere.com.tn/fr/2025/11/03/des-milliers-de-soudanais-fuient-kordofan-du-nord-avec-la-multiplication-des-affrontements
    Case(
        "Des témoins ont déclaré à l’ AFP que les Forces de soutien rapide avaient arrêté des centaines de civils alors qu’ils tentaient de quitter El Fasher et les avaient libérés en échange d’une rançon de centaines de dollars.",
        "vague",
        100,
        None,
        None,
        "captured",
        "civilian",
    ),
    # https://information.tv5monde.com/international/guerre-en-ukraine-kharkiv-nouveau-bombardee-211622
    # (leading quotation mark trimmed)
    Case(
        "À l'heure actuelle à Kharkiv, malheureusement, trois personnes sont mortes\", a indiqué sur Telegram le gouverneur régional, Oleg Sinegoubov.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://information.tv5monde.com/international/guerre-en-ukraine-kharkiv-nouveau-bombardee-211622
    Case(
        "Il a aussi précisé, cité par la télévision ukrainienne Hromadske, que 21 personnes avaient été blessées dans ces frappes sur quatre quartiers résidentiels de la ville.",
        "exact",
        21,
        21,
        21,
        "wounded",
    ),
    # https://tsa-algerie.dz/aucune-victime-a-deplorer-lors-des-frappes-occidentales-sur-la-syrie-armee-russe
    # "aucune victime" civil or military: zero casualties of both, population all.
    Case(
        "L’armée russe a affirmé samedi que les frappes menées par les États-Unis et leurs alliés contre la Syrie n’avaient fait « aucune victime » civile ou militaire.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://www.lorientlejour.com/article/419931/Irak_Deux_civils_tues_dans_un_bombardement_US_et_britannique.html
    Case(
        "Deux civils irakiens ont été tués hier dans un bombardement mené par des avions américains et britanniques contre des «installations civiles» dans le nord de l’Irak, a affirmé un porte-parole militaire.",
        "exact",
        2,
        2,
        2,
        "killed",
        "civilian",
    ),
    # https://www.convergencesrevolutionnaires.org/Les-bombes-francaises-ne-font-pas-de-morts
    # "20 frappes par jours" is a rate of strikes, not a figure; "seulement" (only) does not bound 33.
    Case(
        "C’est ce que semble dire la presse : 20 frappes par jours et seulement 33 djihadistes tués…",
        "exact",
        33,
        33,
        33,
        "killed",
        "military",
    ),
    # https://lepartisan.info/portail/modxls.php?l=autrequotidien&length=3&start=0
    # "un officier" is one officer, of the soldiers fired on: military.
    Case(
        "L’armée israélienne a affirmé avoir mené des « frappes précises », après que des « terroristes ont ouvert le feu » sur les soldats, blessant grièvement un officier.",
        "exact",
        1,
        1,
        1,
        "wounded",
        "military",
    ),
    # https://flasheconomie.ma/en-direct-treve-entre-israel-et-le-hamas-israel-confirme-la-reprise-des-negociations-lundi-a-washington-sur-la-deuxieme-phase-de-laccord
    # Released hostages, read as captured (the convention of the earlier batches and corpora).
    Case(
        "Depuis l’accord entre Israël et le Hamas, 18 otages israéliens et 583 détenus palestiniens ont été libérés.",
        "exact",
        18,
        18,
        18,
        "captured",
    ),
    # https://fr.m.vvikipidea.org/wiki/%C3%89change_d%27otages_isra%C3%A9liens_contre_des_prisonniers_palestiniens
    # Civilians and soldiers together: population all.
    Case(
        "Ces négociations ont lieu à la suite de l'enlèvement d'environ 250 civils et soldats israéliens par le Hamas dans le sud d'Israël lors des attaques du 7 octobre 2023[1].",
        "approximate",
        None,
        250,
        None,
        "captured",
    ),
    # http://cqfd-journal.org/Jerome-Coignard
    # "victimes" alone read as casualties (the OSDH counts deaths, but the sentence does not say so).
    Case(
        "Depuis mars 2011, l’Observatoire syrien des droits de l’homme (OSDH) a comptabilisé 240 381 victimes de la guerre en Syrie.",
        "exact",
        240381,
        240381,
        240381,
        "casualties",
    ),
    # http://cqfd-journal.org/Jerome-Coignard
    Case(
        "L’organisation précise que ce bilan, établi au 6 août 2015, est une estimation qui ne tient pas compte des quelque 30 000 personnes portées disparues, sur lesquelles près de 20 000 sont détenues dans les prisons du régime.",
        "approximate",
        None,
        30000,
        None,
        "missing",
    ),
    # https://oise-media.fr/bilan-conflit-syrie-depasse-300-000-morts-selon-lobservatoire-syrien-droits-de-lhomme
    # "Jusqu'au 12 septembre" is a date ("until"), not "up to"; the toll "a atteint" 301 781 exactly.
    Case(
        "Jusqu'au 12 septembre, le nombre de morts a atteint 301 781 dont 86 692 civils parmi lesquels 15 099 enfants, a affirmé l'ONG dans son nouveau bilan.",
        "exact",
        301781,
        301781,
        301781,
        "killed",
    ),
    # https://www.angersmag.info/bilan-dun-naufrage-de-migrants-a-sangatte-une-personne-toujours-portee-disparue_a10058.html
    # "plus qu'une seule" is "only one" (ne ... plus que), not "more than".
    Case(
        "La préfecture maritime a déclaré ce lundi 14 août qu'il n'y avait désormais plus qu'une seule personne disparue.",
        "exact",
        1,
        1,
        1,
        "missing",
    ),
    # https://www.radiofrance.fr/franceinter/naufrage-d-un-bateau-de-migrants-au-large-de-la-grece-une-semaine-apres-pourquoi-le-bilan-est-impossible-7112703
    # (a subheading) "Sans doute" (probably) hedges the range, which stays a range.
    Case("Sans doute entre 300 et 650 morts", "range", 300, None, 650, "killed"),
    # https://www.tendanceouest.com/actualite-101323-messine-italie-afp-mediterranee-pas-de-nouveau-survivant-retrouve-apres-le-naufrage-d-un-bateau-de-migrants
    Case(
        "Jusqu'à 400 migrants ont disparu dans le naufrage d'une embarcation de fortune dimanche en Méditerranée, selon des survivants débarqués mardi matin en Italie et interrogés par l'Organisation internationale pour les migrations (OIM) et l'ONG \"Save the children\".",
        "at_most",
        None,
        None,
        400,
        "missing",
    ),
    # https://francais.rt.com/international/21262-migrants-perissent-naufrage-mediterranee/amp
    # "une quarantaine de kilomètres" is a distance.
    Case(
        "Jeudi, un autre naufrage a eu lieu à une quarantaine de kilomètres des côtes libyennes, causant le décès de 20 à 30 personnes, a indiqué Antonello de Renzis Sonnino, le porte-parole de l'opération Sophia, la force navale européenne de lutte contre les passeurs.",
        "range",
        20,
        None,
        30,
        "killed",
    ),
    # https://francais.rt.com/international/21262-migrants-perissent-naufrage-mediterranee/amp
    # The 135 rescued migrants are no casualty figure; the first is the 45 bodies.
    Case(
        "Enfin, vendredi, la marine italienne a annoncé sur Twitter qu'elle avait secouru 135 migrants et récupéré 45 corps sans vie après un nouveau naufrage survenu en Méditerranée.",
        "exact",
        45,
        45,
        45,
        "killed",
    ),
    # http://www.senat.fr/ga/ga131/ga1313.html
    # The sentence makes these "victimes" a share of "nombre total des morts": killed.
    Case(
        "Suit Katmandou, avec 1 167 victimes, qui représentent 14 % du nombre total des morts, mais un très faible pourcentage du million d'habitants que compte la municipalité.",
        "exact",
        1167,
        1167,
        1167,
        "killed",
    ),
    # https://www.seneweb.com/news/Afrique/les-autorites-nigerianes-annoncent-la-li_n_336235.html
    # "élèves" (pupils) is not read as the group children.
    Case(
        "Mais leur nombre exact restait flou, les autorités annonçant 333 élèves disparus, puis 400 jeudi matin.",
        "exact",
        333,
        333,
        333,
        "missing",
    ),
    # https://afrikbuzz.com/urgent-nigeria-boko-haram-a-libere-les-344-eleves-enleves/
    Case(
        "Aucun des groupes kidnappés n’a été tué, a ajouté le porte-parole.",
        "exact",
        0,
        0,
        0,
        "killed",
    ),
    # http://www.atlantico.fr/decryptage/nigeria-peut-se-rejouir-avoir-ecrase-boko-haram-mais-qui-se-soucie-encore-centaines-jeunes-filles-enlevees-et-jamais-retrouvees-2919176.html
    # "tué et blessé" together: casualties.
    Case(
        "Le président nigérian Muhammadu Buhari a annoncé vendredi que le dernier camp restant de Boko Haram dans la forêt de Sambisa avait été pris par les forces nigérianes, bien que le soi-disant État Islamique, avec lequel une faction de Boko Haram est alliée, ait affirmé le même jour qu'il avait \"tué et blessé de nombreux soldats\" lors d'une attaque contre une caserne de l'armée à Yobe, un autre Etat dans le nord-est du pays.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
    ),
    # http://livresdeguerre.net/forum/contribution.php?index=1635
    Case(
        "Sur un total de 400'000 à 500'000 tués lors des 8 années de guerre, les morts peuvent être énoncés ainsi :",
        "range",
        400000,
        None,
        500000,
        "killed",
    ),
    # http://livresdeguerre.net/forum/contribution.php?index=1635
    # The OAS's own dead (an armed organisation), but the sentence does not say whose: population all.
    Case("L'OAS dénombra moins de 100 morts.", "fewer_than", None, None, 99, "killed"),
    # https://nouvelhay.com/en/2019/03/journee-nationale-des-victimes-de-la-guerre-et-des-combats-au-maghreb/?print=print
    # ("1e" for "le" is the page's)
    Case(
        "Pour les civils français d’Algérie,1e nombre est de 2 788 tués et 875 disparus jusqu’au cessez-le-feu.",
        "exact",
        2788,
        2788,
        2788,
        "killed",
        "civilian",
    ),
    # https://devoir-de-philosophie.com/ressources-gratuites/article-de-presse-le-bilan-des-pertes-humaines
    # "supplétifs" are the army's auxiliaries (harkis): military, though they were killed after the ceasefire.
    Case(
        "Enfin le chiffre le plus difficile à établir est celui des supplétifs musulmans tués après le cessez-le-feu; pour eux, les estimations varient entre 30 000 et 100 000 personnes.",
        "range",
        30000,
        None,
        100000,
        "killed",
        "military",
    ),
    # https://geurre-algerie.blogspot.com/2018/10/pertes-algeriennes.html
    # (leading "- " trimmed; "199" and "200" are footnote markers glued to the words) "un peu moins de" = a little
    # under: fewer than 300,000.
    Case(
        "Selon Xavier Yacono, dans une étude parue en 1982, estime, toujours à partir des recensements, les pertes algériennes à un peu moins de 300 000 morts199, bilan proche d'une estimation de Krim Belkacem200.",
        "fewer_than",
        None,
        None,
        299999,
        "killed",
    ),
    # https://www.armenews.com/spip.php?page=article&id_article=75179
    # "ne dépassera pas" = will not exceed: at most.
    Case(
        "Tigran Avinyan a noté que le nombre de morts ne dépassera pas 4000.",
        "at_most",
        None,
        None,
        4000,
        "killed",
    ),
    # https://www.armenews.com/spip.php?page=article&id_article=74794
    # "Jusqu’à présent" = so far, not "up to"; "seulement" does not bound; "environ" makes it approximate.
    Case(
        "Jusqu’à présent, seulement environ 2 000 personnes tuées ont été identifiées dans des listes publiées par l’Armée de défense d’Artsakh, la police, la Caisse d’assurance des soldats et le bureau du gouverneur de Syunik.",
        "approximate",
        None,
        2000,
        None,
        "killed",
    ),
    # https://237actu.com/crise-anglophone-la-saignee-continue
    # "sont tombés" (fell) = killed; "éléments de l'Armée" = soldiers.
    Case(
        "Trois éléments de l’Armée camerounaise sont encore tombés samedi dans la région du Nord-Ouest au cours d’une attaque attribuée aux forces séparatistes.",
        "exact",
        3,
        3,
        3,
        "killed",
        "military",
    ),
    # https://237actu.com/crise-anglophone-la-saignee-continue
    Case(
        "Cinq autres fonctionnaires ont été pris en otage et n'étaient toujours pas libérés dimanche, selon un préfet.",
        "exact",
        5,
        5,
        5,
        "captured",
    ),
    # http://www.lexpressiondz.com/internationale/297631-4-gendarmes-et-1-policier-tues-dans-les-regions-anglophones.html
    # (leading « trimmed) Wounded whose number was not given: unquantified; whose they are is not said.
    Case(
        "L'attaque s'est produite le matin (de dimanche) et de nouvelles recrues ont été surprises par des sécessionnistes», a indiqué cette source en précisant qu'il y avait également eu des «blessés» dont elle n'a pas précisé le nombre.",
        "unquantified",
        None,
        None,
        None,
        "wounded",
    ),
    # http://www.france24.com/fr/20170823-yemen-30-morts-raids-aeriens-sanaa-coalition-arabe-arabie-saoudite-houthis
    Case(
        "Le chef de la section du Croissant-Rouge à Sanaa, Hussein al-Tawil, a affirmé, dans une déclaration à la presse, que pas moins de 35 personnes avaient été tuées dans l'un de ces raids qui a frappé Arhab, localité située à la sortie nord de Sanaa.",
        "at_least",
        35,
        35,
        None,
        "killed",
    ),
    # http://www.france24.com/fr/20170823-yemen-30-morts-raids-aeriens-sanaa-coalition-arabe-arabie-saoudite-houthis
    Case(
        "L'agence Saba, contrôlée par les rebelles, a fait état de 71 victimes, morts et blessés, en attribuant les raids à la coalition arabe, qui soutient le gouvernement réfugié dans le Sud.",
        "exact",
        71,
        71,
        71,
        "casualties",
    ),
    # https://fr.rt.com/international/16050-yemen-moins-12-enfants-10
    Case(
        "Des milliers d’entre eux ont été blessés et restent sans abri.",
        "vague",
        1000,
        None,
        None,
        "wounded",
    ),
    # https://aujlafrance.com/article/guerre-en-ukraine-a-kiev-des-explosions-provoquees-par-des-drones-kamikazes
    Case(
        "Une femme a été tuée sous les décombres, et trois blessés ont été hospitalisés.",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "women",
    ),
    # https://mosaiquefm.net/amp/fr/actualites-internationales/1293431/{{appStore}}
    Case(
        "Le cadavre d'un homme a été retrouvé dans un appartement situé à proximité de l'explosion, a rapporté la police de Tel Aviv, ajoutant que les circonstances de ce décès restaient à déterminer.",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "men",
    ),
    # https://www.lorientlejour.com/article/1339233/deux-blesses-apres-la-chute-dun-drone-sur-belgorod-capitale-regionale-pres-de-lukraine.html
    Case(
        "Au total, 13 personnes ont été blessées dans la région de Belgorod au cours de la journée, selon le décompte officiel.",
        "exact",
        13,
        13,
        13,
        "wounded",
    ),
    # https://fr.allafrica.com/stories/202509200155.html
    Case(
        "Selon les médias locaux, d'autres attaques ont fait plusieurs victimes.",
        "vague",
        3,
        None,
        None,
        "casualties",
    ),
    # https://www.le-lorrain.fr/blog/2016/11/11/hommage-a-nos-poilus/
    # Soldiers of both armies by world knowledge, but the sentence does not say so: population all.
    Case(
        "La bataille de 1916 a fait plus de 700.000 victimes : 306.000 tués et disparus (dont 163.000 Français et 143.000 Allemands), environ 406.000 blessés (dont 216.000 Français et 190.000 Allemands).",
        "more_than",
        700001,
        None,
        None,
        "casualties",
    ),
]

NON_FIGURES = [
    # https://www.rtl.be/actu/monde/international/plus-de-20-civils-tues-dans-une-attaque-au-mali-imputee-aux-jihadistes/2024-07-03/article/686796
    # (a duration)
    'L\'attaque, lancée avant la tombée de la nuit, "a duré environ trois heures", a dit un représentant local des jeunes tenant lui aussi à garder son identité secrète, pour sa sécurité.',
    # http://mafrique.ma/index.php/divers/3024-mali-l-attaque-d-un-village-fait-au-moins-95-morts
    # (the village's population, no harm said of it)
    "C'est un village de 300 habitants.",
    # https://elwatan-dz.com/index.php/haiti-les-violences-des-gangs-ont-fait-plus-de-2400-morts-depuis-le-1er-janvier
    "Ces groupes armés contrôlent environ 80% de la capitale haïtienne, et les actes de violence sont monnaie courante.",
    # https://www.lorientlejour.com/article/419931/Irak_Deux_civils_tues_dans_un_bombardement_US_et_britannique.html
    # (formations and sorties of aircraft)
    "Selon lui, les avions «ennemis», regroupés en neuf formations venues en provenance de la Turquie, ont effectué 18 sorties au-dessus des provinces de Dohouk, Erbil et Ninive, dans le nord de l’Irak.",
    # https://www.20minutes.fr/monde/israel/4064333-20231128-guerre-hamas-israel-direct-nouvelles-liberations-attendues-alors-treve-prolongee-jusqu-jeudi-matin
    # (a rate: about ten hostages to be freed each day, against three times as many detainees; "19 ans" is an age)
    "Vendredi, Israël et le mouvement islamiste palestinien se sont engagés à libérer chaque jour une dizaine de femmes et enfants otages en échange de trois fois plus de détenus palestiniens, femmes et jeunes de moins de 19 ans.",
    # https://www.libe.ma/Syrie-Les-violences-ont-fait-39-000-morts-en-20-mois_a32318.html
    # (a rate: more than a hundred dead every day)
    "Les combats entre rebelles et soldats et les bombardements aériens et à l'artillerie de l'armée font plus d'une centaine de morts tous les jours.",
    # https://www.radiofrance.fr/franceinter/naufrage-d-un-bateau-de-migrants-au-large-de-la-grece-une-semaine-apres-pourquoi-le-bilan-est-impossible-7112703
    # (people on board, no harm said of them in this sentence)
    "Un bateau de pêche vétuste, surchargé, débordant de plusieurs centaines d'hommes, de femmes et d'enfants tentant de rejoindre la Grèce et l'Europe.",
    # https://letemps.news/?p=78797
    # (people exposed or vulnerable, not harmed)
    "23 millions de personnes sont «potentiellement exposées, dont environ cinq millions de personnes vulnérables», avait mis en garde l’Organisation mondiale de la santé (OMS) au lendemain de la première secousse.",
    # http://www.senat.fr/ga/ga131/ga1313.html
    # (a ratio of victims to buildings)
    "On compte ainsi une victime pour 57 bâtiments détruits.",
    # https://www.armenews.com/spip.php?page=article&id_article=75179
    # (residents of the lost territories, no harm said of them)
    "Parlant du nombre de résidents des territoires qui sont maintenant hors du contrôle de la République d’Artsakh, Tigran Avinyan a déclaré qu’il y en avait environ 28000 à 30000.",
    # https://www.armenews.com/spip.php?page=article&id_article=69224
    # (equipment losses)
    "L’ennemi a perdu 95 drones, 6 avions de chasse, 12 hélicoptères, et 181 blindés, en plus de plusieurs postes de tirs de missiles Smertch.",
    # https://ecostatafrik.com/seisme-meurtrier-le-bilan-toujours-provisoire-passe-a-912-morts-en-turquie-et-963-en-syrie
    # (people rescued)
    "Quelque 2470 personnes ont été secourues de structures effondrées.",
]
