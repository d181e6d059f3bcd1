"""Fourth batch of real Russian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://gfaclaims.com/bezopasnost/6405-v-perestrelke-silovikov-s-boevikami-v-dagestane-pogibli-dva-mirnyh-zhitelya.html (the first figure is the one serviceman; the sentence gives no total)
    Case(
        "В ходе боестолкновения, которое произошло вчера вечером в Кизлярском районе Дагестана, погиб один военнослужащий и двое гражданских лиц.",
        "exact",
        1,
        1,
        1,
        "killed",
        "military",
        "all",
    ),
    # same page (the first figure is the six civilians)
    Case(
        "По имеющейся информации, шесть гражданских и один военнослужащий получили ранения.",
        "exact",
        6,
        6,
        6,
        "wounded",
        "civilian",
        "all",
    ),
    # same page ('уничтожить' (destroy) said of gunmen: killed)
    Case(
        "Правоохранителям удалось уничтожить двоих боевиков, их личности устанавливаются.",
        "exact",
        2,
        2,
        2,
        "killed",
        "military",
        "all",
    ),
    # https://vchaspik.ua/region/272677v-morg-dzerzhinska-dostavleny-trupy-muzhchin-i-zhenshchin (the 15 are the total; 3 and 5 are its parts)
    Case(
        "В центральную городскую больницу Дзержинска доставлено с различными ранениями 15 человек, из них 3 с тяжкими телесными повреждениями, 5- с телесными повреждениями средней тяжести.",
        "exact",
        15,
        15,
        15,
        "wounded",
        "all",
        "all",
    ),
    # same page (bodies: killed; the first figure is the two men, said to be neither civilians nor Ukrainian soldiers, so population all)
    Case(
        "В морг доставлено 2 трупа мужчин (не из числа гражданского населения и вооруженных сил Украины) и 2 трупа женщин, погибших вследствие осколочных ранений.",
        "exact",
        2,
        2,
        2,
        "killed",
        "all",
        "men",
    ),
    # https://newsru.com/russia/16Jul2003/pogib.html ('7-летний' is an age; the first casualty figure is the one boy killed)
    Case(
        '7-летний мальчик погиб и еще двое взрослых получили ранения различной степени тяжести в результате артобстрела из автоматического оружия машины в Веденском районе Чечни, сообщает "Интерфакс".',
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "children",
    ),
    # same page (местные жители (local residents) name no side: population all)
    Case(
        "Также в Веденском районе в результате обстрела неизвестными получили ранения двое местных жителей.",
        "exact",
        2,
        2,
        2,
        "wounded",
        "all",
        "all",
    ),
    # https://29ru.net/ru24-pro/395261261
    Case(
        "Бедствие унесло 95 жизней, ещё 130 человек госпитализированы.",
        "exact",
        95,
        95,
        95,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "Кроме того, различные травмы зафиксированы у 130 человек.",
        "exact",
        130,
        130,
        130,
        "wounded",
        "all",
        "all",
    ),
    # https://russian.rt.com/world/news/1109239-chislo-zhertv-zemletryasenie-turciya/amp (жертвы are the dead here: the sentence before counts the dead at 17 674)
    Case(
        "Ранее сообщалось о 17 134 жертвах землетрясений.",
        "exact",
        17134,
        17134,
        17134,
        "killed",
        "all",
        "all",
    ),
    # https://amp.ren.tv/news/v-mire/217758-rastet-chislo-zhertv-zemletriaseniia-v-kitae
    Case(
        "Ранее сообщалось о 19 погибших и 343 пострадавших.",
        "exact",
        19,
        19,
        19,
        "killed",
        "all",
        "all",
    ),
    # https://teletype.in/@imed3/1158508.html
    Case("В результате теракта погибли 14 человек.", "exact", 14, 14, 14, "killed", "all", "all"),
    # same page (the girl is a part of the 27)
    Case("27 ранены, среди них восьмимесячная девочка.", "exact", 27, 27, 27, "wounded", "all", "all"),
    # https://inukr.net/foreign/3417-v-centre-groznogo-sovershen-terakt.-pogibli-7.html (the seven include the bomber)
    Case(
        "Погибли семь человек, включая бомбиста-самоубийцу, осуществившего эту акцию",
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "all",
    ),
    # same page (жертвы are the dead here (4 + 2 + the bomber = the 7 dead); police officers of the interior ministry read as population all, as the methodology reads police)
    Case(
        "Жертвами нападения стали четверо старших офицеров МВД Чечни и двое гражданских лиц, один из которых - уроженец Турции, а другой - Грузии.",
        "exact",
        4,
        4,
        4,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case("По крайней мере 10 человек получили ранения.", "at_least", 10, 10, None, "wounded", "all", "all"),
    # https://78.ru/amp/articles/2024-03-23/krupneishie-terakti-v-rossii (the children are a part of the total)
    Case(
        "По последним данным, погибли более 100 человек, включая детей.",
        "more_than",
        101,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (hostages: captured)
    Case(
        "Террористы взяли в заложники по разным данным от 1200 до 1600 местных жителей, которых согнали в районную больницу.",
        "range",
        1200,
        None,
        1600,
        "captured",
        "all",
        "all",
    ),
    # https://sancho-pancho-salon.ru/050625/novosti-spisok-teraktov-v-moskve-po-godam (dates and the theatre's name around; 'свыше 900' is more than)
    Case(
        "23 октября — 26 октября — Теракт на Дубровке — группа чеченских боевиков под руководством чеченского сепаратиста Мовсара Бараева захватила свыше 900 заложников в здании Театрального центра на Дубровке (Москва).",
        "more_than",
        901,
        None,
        None,
        "captured",
        "all",
        "all",
    ),
    # https://www.todes-chkalovarena.ru/060725/novosti-terakty-v-rossii-za-poslednie-2-goda
    Case("Террористы захватили 1586 заложников.", "exact", 1586, 1586, 1586, "captured", "all", "all"),
    # https://pricom.kz/novosti-mira/bolee-23-milliona-chelovek-pokinuli-ukrainu-oon.html (people who left the country at war: displaced)
    Case(
        "Как сообщило миграционное агентство, по состоянию на 10 марта Украину покинули более 2,3 миллиона человек, из которых более 112 тысяч являются гражданами других стран.",
        "more_than",
        2300001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://rus.azathabar.com/a/31754834.html ('2 миллионов 950 тысяч' is one number, 2,950,000)
    Case(
        "Вооруженное вторжение России в Украину, начавшееся 24 февраля, вынудило более 2 миллионов 950 тысяч человек покинуть страну в поисках безопасности, защиты и помощи, сообщает управление Верховного комиссара ООН по делам беженцев.",
        "more_than",
        2950001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # same page
    Case(
        "В Украине также насчитывается по меньшей мере 1,85 миллиона внутренне перемещенных лиц.",
        "at_least",
        1850000,
        1850000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://diasporanews.com/stories/iz-za-vojny-ukrainu-pokinuli-bolee-4-millionov-zhitelej/ ('По оценкам' (by estimates) read as an estimate: approximate)
    Case(
        "По оценкам, 6,5 миллиона человек также были вынуждены покинуть свои дома внутри страны.",
        "approximate",
        None,
        6500000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://zhyrnalist.blogspot.com/2022/04/blog-post_48.html ('восемь недель' is a duration)
    Case(
        "Спустя восемь недель после начала российского вторжения, Украину покинули уже пять миллионов человек, и это число продолжает расти.",
        "exact",
        5000000,
        5000000,
        5000000,
        "displaced",
        "all",
        "all",
    ),
    # https://ru.espreso.tv/s-nachala-voyny-okolo-39-milliona-chelovek-uekhali-iz-ukrainy-oon
    Case(
        "По состоянию на 27 марта, из-за полномасштабного вторжения России, из Украины выехали 3 866 224 человека",
        "exact",
        3866224,
        3866224,
        3866224,
        "displaced",
        "all",
        "all",
    ),
    # https://amp.ridus.ru/zhitelej-krymskogo-rajona-poprosili-pomoch-v-poiske-propavshih-vo-vremya-navodneniya-39751.html
    Case(
        "Оперативный штаб по ликвидации ЧС в Краснодарском крае обратился к жителям с просьбой помочь в поисках пятерых пропавших без вести.",
        "exact",
        5,
        5,
        5,
        "missing",
        "all",
        "all",
    ),
    # same page (жертвы наводнения are its dead, whose bodies were identified; the first figure is the 48 men; the missing space in '48 мужчин,102' is the page's)
    Case(
        "Ранее ведомство сообщило, что установлены личности 48 мужчин,102 женщин, троих малолетних детей и одного подростка, ставших жертвами наводнения в Крымске и Крымском районе Краснодарского края.",
        "exact",
        48,
        48,
        48,
        "killed",
        "all",
        "men",
    ),
    # https://amp.ren.tv/news/v-rossii/434109-vosem-chelovek-chisliatsia-propavshimi-bez-vesti-v-zone-pavodka-v-irkutskoi-oblasti
    Case(
        "В зоне паводка в Иркутской области пропавшими без вести числятся восемь человек.",
        "exact",
        8,
        8,
        8,
        "missing",
        "all",
        "all",
    ),
    # same page (жертвы паводка are its dead)
    Case(
        "По данным экстренных служб, жертвами паводка стали 18 человек.",
        "exact",
        18,
        18,
        18,
        "killed",
        "all",
        "all",
    ),
    # https://yuga.ru/news/267569 (the 34 650 who пострадали from the flood are the people it affected, not injured: no casualty figure; the first is the 166 dead)
    Case(
        "Всего после затопления пострадало 34 650 человек, погибшими на настоящий момент считаются 166 человек.",
        "exact",
        166,
        166,
        166,
        "killed",
        "all",
        "all",
    ),
    # https://interfax-russia.ru/index.php/south-and-north-caucasus/news/odin-iz-chislivshihsya-propavshim-posle-podtopleniya-v-yalte-nayden-zhivym
    Case(
        "Ранее сообщалось об одном погибшем, 43 травмированных и двоих пропавших - женщине и мужчине.",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "all",
    ),
    # http://194.58.96.114/node/61149 (a range with the scale written once: 2.5 to 3 million)
    Case(
        "Но, как бы то ни было, к концу 1941 года в немецком плену оказались 2,5 - 3 млн советских военнослужащих.",
        "range",
        2500000,
        None,
        3000000,
        "captured",
        "military",
        "all",
    ),
    # http://ik-ptz.ru/exam-tests---2017-math/byl-v-plenu-vremya-vov-krupnaya-ryba-general-artillerii-valter.html
    Case(
        "За годы Великой Отечественной войны в советский плен попало около трех с половиной миллионов солдат, которых позднее судили за различные военные преступления.",
        "approximate",
        None,
        3500000,
        None,
        "captured",
        "military",
        "all",
    ),
    # same page (схвачены (seized): captured)
    Case(
        "Вместе с ним во время Сталинградской битвы были схвачены все члены его штаба - 44 генерала.",
        "exact",
        44,
        44,
        44,
        "captured",
        "military",
        "all",
    ),
    # https://www.interfax.ru/amp/285642
    Case(
        "Авиаудар, нанесенный ВВС Сирии к югу от Дамаска, привел к гибели десяти мирных жителей, сообщает в среду базирующийся в Лондоне Сирийский наблюдательный совет по правам человека.",
        "exact",
        10,
        10,
        10,
        "killed",
        "civilian",
        "all",
    ),
    # same page (the first figure is the three women)
    Case(
        "Правозащитники отмечают, что погибли трое женщин, шестеро детей и один мужчина.",
        "exact",
        3,
        3,
        3,
        "killed",
        "all",
        "women",
    ),
    # https://infosmi.net/events/90160-v-sirii-iz-za-aviaudara-po-shkole-pogiblo-28-chelovek/amp/
    Case(
        "В результате авиаудара погибло 28 человек, в том числе двое детей.",
        "exact",
        28,
        28,
        28,
        "killed",
        "all",
        "all",
    ),
    # http://hronika.info/mir/220531-v-rezultate-aviaudarov-v-sirii-pogibli-pyatero-detey.html ('112.ua' is a source's name)
    Case(
        "В результате авианалета в провинции Идлиб в Сирии погибло 18 человек, пятеро среди них – дети, информирует Хроника.инфо со ссылкой на 112.ua.",
        "exact",
        18,
        18,
        18,
        "killed",
        "all",
        "all",
    ),
    # same page ('Минимум' is at least)
    Case("Минимум 19 человек погибли, 22 человека ранены.", "at_least", 19, 19, None, "killed", "all", "all"),
    # https://manas.news/world/v-stolice-afganistana-proizoshel-moshhnyj-vzryv/amp
    Case(
        "По меньшей мере 29 человек погибли, еще 72 пострадали в результате взрыва, произошедшего в субботу, 24 октября, в районе Дашт-э-Барчи в Кабуле.",
        "at_least",
        29,
        29,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (жертвы are the dead here, the wounded counted apart)
    Case(
        "Изначально в МВД Афганистана сообщали, что жертвами взрыва стали по меньшей мере 10 человек, еще не менее 20 получили ранения.",
        "at_least",
        10,
        10,
        None,
        "killed",
        "all",
        "all",
    ),
    # http://magnolia.kz/world/18776-smertnik-podorval-sebya-v-kabule-bolee-20-chelovek-pogibli-i-42-postradali-tv.html (жертвы are the dead, the wounded counted apart; 'все пострадавшие - мирные жители' says all the victims were civilians)
    Case(
        "Министерство внутренних дел Афганистана сообщило, что жертвами взрыва в Кабуле стали 24 человека, еще 42 получили ранения, все пострадавшие - мирные жители, передает РИА Новости со ссылкой на телеканал 1TV.",
        "exact",
        24,
        24,
        24,
        "killed",
        "civilian",
        "all",
    ),
    # same page ('возросло до' is 'rose to')
    Case(
        "По уточненным агентством Рейтер данным, число погибших возросло до 35.",
        "exact",
        35,
        35,
        35,
        "killed",
        "all",
        "all",
    ),
    # https://lite.mir24.tv/amp/news/16301989/ataka-smertnika-v-kabule-pogiblo-57-chelovek
    Case(
        "Атака смертника в столице Афганистана унесла жизни уже 57 человек и еще 119 человек получили ранения разной степени тяжести.",
        "exact",
        57,
        57,
        57,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "Согласно имеющейся информации, погибли семь человек, десять жителей пострадали.",
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "all",
    ),
    # https://interfax.ru/world/741034
    Case(
        "Всего, по уточненным данным Минобороны НКР, с начала боев погибли 1 815 военных Армии обороны непризнанного Карабаха.",
        "exact",
        1815,
        1815,
        1815,
        "killed",
        "military",
        "all",
    ),
    # https://amp.kavkaz-uzel.eu/articles/356623/ (бойцы (fighters) of an army: military)
    Case(
        "Минобороны Нагорного Карабаха опубликовало сегодня список из 81 бойца, убитого в зоне конфликта за время боевых действий.",
        "exact",
        81,
        81,
        81,
        "killed",
        "military",
        "all",
    ),
    # same page
    Case(
        "Общее число погибших солдат Армии обороны составило не менее 1586.",
        "at_least",
        1586,
        1586,
        None,
        "killed",
        "military",
        "all",
    ),
    # https://tut-news.ru/v-mire/v-nagornom-karabahe-zayavili-o-3-tys-ubityh-azerbaydzhanskih-voennyh ('потери' (losses) taken as casualties, though the headline speaks of the killed)
    Case(
        "Местные власти сообщают, что потери армии Азербайджана достигли трех тысяч человек и постепенно увеличиваются.",
        "exact",
        3000,
        3000,
        3000,
        "casualties",
        "military",
        "all",
    ),
    # same page ('сотни' is hundreds)
    Case(
        "В свою очередь Азербайджан представил мировой общественности информацию о сотнях убитых армянских военнослужащих в Нагорном Карабахе.",
        "vague",
        100,
        None,
        None,
        "killed",
        "military",
        "all",
        literal_low=200,
    ),
    # https://m.ru24.net/various/51543971
    Case(
        "В Нагорном Карабахе с 1 по 7 апреля погибли 36 военнослужащих непризнанной республики.",
        "exact",
        36,
        36,
        36,
        "killed",
        "military",
        "all",
    ),
    # same page ('человека' names no army, so population all though the 24 officers among them show the page means soldiers)
    Case(
        "Ранения получили 122 человека, в том числе 24 офицера, передает РИА Новости.",
        "exact",
        122,
        122,
        122,
        "wounded",
        "all",
        "all",
    ),
    # https://afn.by/news/i/281884
    Case(
        "Во время боев в Нагорном Карабахе погибли около 200 военнослужащих Азербайджана.",
        "approximate",
        None,
        200,
        None,
        "killed",
        "military",
        "all",
    ),
    # same page
    Case(
        "Генпрокуратура страны указала, что пять человек погибли и 19 пострадали.",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "all",
    ),
    # https://novideo.rbc.ru/photoreport/03/04/2016/5700b55a9a7947e39e76f381 (wounded or killed together: casualties)
    Case(
        "Со стороны армянской армии, по данным ведомства, более 100 армянских солдат были ранены или убиты.",
        "more_than",
        101,
        None,
        None,
        "casualties",
        "military",
        "all",
    ),
    # http://www.bowlclub.ru/v-karabaxe-zayavili-o-151-pogibshem-voennom/ ('потеряла 830 военных' (lost 830 servicemen): the quotation that follows calls them '830 убитых военных', so killed; a reader of 'lost' alone would say casualties)
    Case(
        "Он также заявил, что армия Азербайджана за истекшие 24 часа боев в Нагорном Карабахе потеряла 830 военных.",
        "exact",
        830,
        830,
        830,
        "killed",
        "military",
        "all",
    ),
    # https://kontrakty.ua/article/163408 (combat losses of the troops: military; no losses and no wounds, zero casualties)
    Case(
        "Боевых потерь и ранений в результате вражеских выстрелов не было.",
        "exact",
        0,
        0,
        0,
        "casualties",
        "military",
        "all",
    ),
    # https://t.me/s/Govorit_NeMoskva?before=33867 ('До 11 возросло' is 'rose to 11', not 'up to 11'; the post has no full stop there)
    Case(
        "До 11 возросло число погибших от взрыва на АЗС в Дагестане — из-под обломков извлекли еще одно тело",
        "exact",
        11,
        11,
        11,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "Еще 22 человека пострадали — все они доставлены в больницы.",
        "exact",
        22,
        22,
        22,
        "wounded",
        "all",
        "all",
    ),
    # https://ctv.by/news/v-mire/v-sudane-vozobnovilis-boevye-dejstviya ('за два месяца' is a duration)
    Case(
        "По предварительным данным, за два месяца конфликта погибли 860 мирных жителей.",
        "exact",
        860,
        860,
        860,
        "killed",
        "civilian",
        "all",
    ),
    # same page ('Почти полмиллиона' is nearly half a million: approximate 500,000)
    Case(
        "Почти полмиллиона человек были вынуждены покинуть страну.",
        "approximate",
        None,
        500000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://islam.kz/ru/news/v-mire/voz-okolo-300-chelovek-pogibli-pri-boyah-v-sudane-18519 ('(спецназа)' is the page's gloss)
    Case(
        "По меньшей мере 300 человек погибли, более 2 600 получили ранения с начала столкновений между армией и силами быстрого реагирования (спецназа) Судана.",
        "at_least",
        300,
        300,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (жертвы конфликта are its dead here: the figure before it counts the dead)
    Case("Ранее сообщалось о 270 жертвах конфликта.", "exact", 270, 270, 270, "killed", "all", "all"),
    # https://mezha.net/ua/bukvy/103277-stolknoveniya-v-jemene-vsego-za-sutki-pogibli-149-chelovek/amp ('по меньшей мере' set between commas after the verb)
    Case(
        "За последние сутки в портовом городе Йемена Ходейде в боях между правительственными войсками и повстанцами погибли, по меньшей мере, 149 человек.",
        "at_least",
        149,
        149,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (a breakdown named after its total; the first figure is the 110 Houthi rebels: military)
    Case(
        "В частности, среди погибших 110 повстанцев-хуситов, 32 бойца правительственных формирований и семь мирных жителей.",
        "exact",
        110,
        110,
        110,
        "killed",
        "military",
        "all",
    ),
    # https://oqu.news/news/udan/amp
    Case(
        "Число погибших достигло 459 человек, а количество раненых превысило 4 000.",
        "exact",
        459,
        459,
        459,
        "killed",
        "all",
        "all",
    ),
    # http://inform.sumy.ua/news2/index.php?id=737732 (жертвы are the dead here, the wounded counted apart; 'превысило' is more than)
    Case(
        "Число жертв конфликта в Йемене превысило 6,4 тыс. человек, более 30,5 тыс. получили ранения.",
        "more_than",
        6401,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (leading quotation mark trimmed; the closing one and the attribution kept)
    Case(
        'Около 2,8 млн человек были вынуждены покинуть свои дома", - говорится в сообщении.',
        "approximate",
        None,
        2800000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://stapravda.ru/20130621/skolko_sovetskikh_grazhdan_na_samom_dele_pogiblo_vo_vremya_velik_69174.html ('43 448 тыс.' is 43,448,000; 'людские потери' (human losses) taken as casualties, as 'безвозвратные потери' in the third batch, though Sokolov means the dead)
    Case(
        "Согласно оценке российского публициста Бориса Соколова, общие людские потери СССР в 1939-1945 гг. составили 43 448 тыс. человек, а общее число погибших в рядах Советских Вооруженных сил в 1941-1945 гг. - 26,4 млн человек (из них 4 млн человек погибли в плену).",
        "exact",
        43448000,
        43448000,
        43448000,
        "casualties",
        "all",
        "all",
    ),
    # https://moscsp.ru/oficialnaya-statistika-pogibshih-vo-vtoroi-mirovoi-lyudskie.html (the 8.7 million soldiers are a part of the total)
    Case(
        "Официальная статистика – 26,6 млн. погибших, в том числе 8,7 млн. военнослужащих – занижает потери среди тех, кто был на фронте.",
        "exact",
        26600000,
        26600000,
        26600000,
        "killed",
        "all",
        "all",
    ),
    # https://lv.vesti.news/ozvucheny-poteri-sssr-velikoi-otechestvennoi-voine-16043022150077.htm ('потерял' (lost): the page says the figure holds combat losses, deaths in captivity and the missing, so casualties)
    Case(
        "В Минобороны РФ заявляют, что в ходе Великой Отечественной Войны СССР потерял более 8,8 млн военнослужащих.",
        "more_than",
        8800001,
        None,
        None,
        "casualties",
        "military",
        "all",
    ),
    # same page ('порядка' (of the order of) is approximate)
    Case(
        "В свою очередь начальник управления Минобороны РФ по увековечиванию памяти погибших при защите Отечества Владимир Попов сообщил, что потери немецкой армии в ходе войны составили порядка 6,7 млн человек.",
        "approximate",
        None,
        6700000,
        None,
        "casualties",
        "military",
        "all",
    ),
    # https://thelib.ru/books/sokolov_bv/pravda_o_velikoy_otechestvennoy_voyne-read-19.html (line breaks joined; 'безвозвратные потери' taken as casualties, as in the third batch)
    Case(
        "Безвозвратные потери мирного населения Германии германскими исследователями оцениваются примерно в 2 млн. человек, из которых около 0,5 млн. - это жертвы стратегических бомбардировок союзной авиации, 300 тыс. - евреи, цыгане и противники Гитлера, умершие в концлагерях или казненные нацистами.",
        "approximate",
        None,
        2000000,
        None,
        "casualties",
        "civilian",
        "all",
    ),
]

NON_FIGURES = [
    # https://29ru.net/ru24-pro/395261261 (a distance and counts of settlements)
    "Отмечается, что в радиусе 20 километров от эпицентра расположены три посёлка и около трёх десятков деревень.",
    # https://russian.rt.com/world/news/1109239-chislo-zhertv-zemletryasenie-turciya/amp (people rescued alive)
    "Октай добавил, что за последние 24 часа из-под завалов спасли 121 человека.",
    # https://amp.ren.tv/news/v-mire/217758-rastet-chislo-zhertv-zemletriaseniia-v-kitae (aftershocks)
    "После этого было зафиксировано более 1700 афтершоков.",
    # https://inukr.net/foreign/3417-v-centre-groznogo-sovershen-terakt.-pogibli-7.html (people evacuated from a hall for the time of a bomb alert, not displaced)
    "Около 800 человек, находившихся в зале, были эвакуированы.",
    # https://www.todes-chkalovarena.ru/060725/novosti-terakty-v-rossii-za-poslednie-2-goda (defendants)
    'Обвиняемыми по делу о теракте в "Крокусе" проходят 13 фигурантов, среди них четверо исполнителей, предполагаемые спонсоры и вербовщики.',
    # https://rus.azathabar.com/a/31754834.html (a percentage)
    "Управление уточняет, что на долю украинско-польской границы пришлось более 60 процентов всех беженцев.",
    # https://zhyrnalist.blogspot.com/2022/04/blog-post_48.html (people who returned home)
    "Вместе с тем свыше 700 000 украинцев вернулись из Польши на родину.",
    # https://amp.ren.tv/news/v-rossii/434109-vosem-chelovek-chisliatsia-propavshimi-bez-vesti-v-zone-pavodka-v-irkutskoi-oblasti (houses and settlements)
    "Подтопленными остаются 3,4 тысячи жилых домов, расположенных в 31 населенном пункте трех районов.",
    # https://the-village.ru/people/whats-new/171497-liza-alert (a rate of police reports per day)
    "Каждый день в отделения полиции Москвы приносят по 50 заявлений о пропавших без вести.",
    # https://tvzvezda.ru/news/20251161354-dxiVJ.html (a duration)
    "Он рассказал, что семь дней провел без еды и воды, спрятавшись в подвале под обстрелами, прежде чем решился выйти с поднятыми руками.",
    # http://hronika.info/mir/220531-v-rezultate-aviaudarov-v-sirii-pogibli-pyatero-detey.html (missiles and a range in km)
    "ВМС США выпустили 59 крылатых ракет типа Tomahawk с дальностью полета 2 тыс. км по военному аэродрому аш-Шайрат вблизи провинции Хомс.",
    # https://tut-news.ru/v-mire/v-nagornom-karabahe-zayavili-o-3-tys-ubityh-azerbaydzhanskih-voennyh (equipment)
    "Она рассказала, что были уничтожены также более 200 танков, свыше 100 беспилотников и одна артиллерийская установка.",
    # https://t.me/s/Govorit_NeMoskva?before=33867 (money)
    "От 250 тысяч до 500 тысяч рублей получат пострадавшие, сообщил глава Дагестана Сергей Меликов.",
    # https://mosregtoday.ru/news/sec/v-jemene-obostrilsya-voennyj-konflikt (people at risk of famine, no harm counted)
    "По прогнозам экспертов ООН, два миллиона местных жителей на пороге голодной смерти.",
    # https://mezha.net/ua/bukvy/103277-stolknoveniya-v-jemene-vsego-za-sutki-pogibli-149-chelovek/amp (a date)
    "Вооруженный конфликт в Йемене продолжается с марта 2014 года.",
    # http://inform.sumy.ua/news2/index.php?id=737732 (a daily rate)
    "Отметим, представитель ООН приветствовала режим прекращения боевых действий, вступивший в силу в минувшие выходные, и сообщила, что до 10 апреля в Йемене ежедневно погибали или получали ранения в среднем шесть детей.",
]
