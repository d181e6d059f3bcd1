"""Fifth batch of real Russian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://doxa.team/news/2024-09-02-obstreli ('мирны:е житель:ницы' is the page's gender-neutral spelling)
    Case(
        "Не менее шести человек погибли из-за обстрелов Украины за последние сутки, еще 92 мирны:е житель:ницы были ранены.",
        "at_least",
        6,
        6,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://smotrim.ru/amp/article/2931665 (the next sentence says the dead are civilians; this one names no one, so population all)
    Case(
        "В настоящее время известно как минимум о трех погибших.",
        "at_least",
        3,
        3,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://24.kz/ru/news/in-the-world/item/623882-oon-bolee-114-mln-chelovek-pokinuli-svoi-doma ('могло превысить' (may have exceeded) read as more than)
    Case(
        "Число перемещённых лиц в мире могло превысить 114 миллионов человек.",
        "more_than",
        114000001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://nsn.fm/in-the-world/chislo-zhertv-zemletryaseniya-na-severo-zapade-kitaya-uvelichilos-do-134 ('6,2' is a magnitude, '18 декабря' a date)
    Case(
        "Землетрясение магнитудой 6,2, произошедшее 18 декабря на северо-западе Китая, по последним данным, унесло жизни 134 человек, сообщает Центральное телевидение Китая.",
        "exact",
        134,
        134,
        134,
        "killed",
        "all",
        "all",
    ),
    # https://earth-chronicles.ru/news/2022-09-08-165266 (жертвы are the dead here: the page sums them as 46 + 36; 'возросло до' is 'rose to')
    Case(
        "Количество жертв мощного землетрясения в провинции Сычуань на юго-западе КНР возросло до 82 человек, еще 35 числятся пропавшими без вести.",
        "exact",
        82,
        82,
        82,
        "killed",
        "all",
        "all",
    ),
    # https://x-true.info/18355-chislo-zhertv-nepalskogo-zemletryaseniya-prevysilo-7-tysyach.html
    Case(
        "Операционный центр по чрезвычайным ситуациям Непала насчитал уже более 7 тысяч человек погибших в результате сильнейшего за последнее время землетрясения.",
        "more_than",
        7001,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://kubantoday.ru/terakt-v-volgograde/ ('несколько' is several: floor 3)
    Case(
        "Теракт, в результате которого погибли несколько человек, произошел 21 октября около автобусной остановки.",
        "vague",
        3,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://www.newsinfo.ru/news/2004-09-01/item/588095 (people still in hospital after the blast: wounded; the 22, 14 and 2 are its parts)
    Case(
        "В больницах столицы остаются 38 человек: 22 мужчины, 14 женщин, двое детей.",
        "exact",
        38,
        38,
        38,
        "wounded",
        "all",
        "all",
    ),
    # https://360tv.news/amp/proisshestviya/vseh-uchastnikov-zahvata-zalozhnikov-v-rostovskom-sizo-likvidirovali ('ликвидировали' (liquidated) said of gunmen: killed)
    Case(
        "Перед этим источник СМИ утверждал, что ликвидировали двух боевиков, а четверых только ранили.",
        "exact",
        2,
        2,
        2,
        "killed",
        "military",
        "all",
    ),
    # same page (hostages alive and unharmed: zero casualties; the double space is the page's)
    Case(
        "Заложники живы и не пострадали, их  освободили в результате специальной операции.",
        "exact",
        0,
        0,
        0,
        "casualties",
        "all",
        "all",
    ),
    # http://fsb.ru/fsb/press/message/single.htm%21id%3D10340957%40fsbMessage.html (hostages with no number: unquantified; the date, time and house number are no figures)
    Case(
        "21 сентября с.г. в 9 часов 30 минут группа вооруженных людей в масках ворвалась в частную гостиницу по адресу улица Колораша дом 24 поселка Лазаревское Сочинского района Краснодарского края и захватила в заложники гражданских лиц.",
        "unquantified",
        None,
        None,
        None,
        "captured",
        "civilian",
        "all",
    ),
    # https://belgoroddiame.ru/bojcy-rosgvardii-osvobodili-zalozhnicu-v-belgorode ('несколько' is several: floor 3)
    Case(
        "Ранее сообщалось о том, что мужчина взял в заложники несколько человек в жилом доме в Губкине.",
        "vague",
        3,
        None,
        None,
        "captured",
        "all",
        "all",
    ),
    # https://daily.com.ua/world/23-10-20231197647 (the 182 children are a part of the 463)
    Case(
        "Только за последние сутки погибли 463 палестинца, в том числе 182 ребенка.",
        "exact",
        463,
        463,
        463,
        "killed",
        "all",
        "all",
    ),
    # http://www.nautilus.co.il/analytic/987328/smi_soobshcheniya_o_gibeli_9_detey_v_khanyunis_mogut_byt ('24 часа' is a duration)
    Case(
        "За последние 24 часа в ряде СМИ распространились сообщения о том, что 9 детей из одной семьи погибли в результате авиаудара Армии обороны Израиля по городу Хан-Юнис.",
        "exact",
        9,
        9,
        9,
        "killed",
        "all",
        "children",
    ),
    # same page ('младше 12 лет' is an age; the mother received the bodies of seven of the children: killed)
    Case(
        "Согласно публикациям, все дети были младше 12 лет, а их мать, работающая врачом в больнице Насер, получила тела семерых из них, находясь на дежурстве в отделении неотложной помощи.",
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "children",
    ),
    # https://www.24da.ru/2023/10/28/%d0%b2-%d0%bf%d0%b0%d0%bb%d0%b5%d1%81%d1%82%d0%b8%d0%bd%d0%b5-%d0%bd%d0%b0%d0%b7%d0%b2%d0%b0%d0%bb%d0%b8-%d1%87%d0%b8%d1%81%d0%bb%d0%be-%d0%bf%d0%be%d0%b3%d0%b8%d0%b1%d1%88%d0%b8%d1%85-%d0%b2-%d1%81
    Case(
        "В результате израильских обстрелов и бомбардировок сектора Газа погибли по меньшей мере восемь тысяч человек.",
        "at_least",
        8000,
        8000,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://mignews.net/news/arabisrael/minzdrav-hamasa-2329-palestincev-pogibli-v-gaze.html ('7 октября' is a date)
    Case(
        "С момента начала войны, развязанной ХАМАСом против Израиля 7 октября, в Газе погибли 2329 палестинцев.",
        "exact",
        2329,
        2329,
        2329,
        "killed",
        "all",
        "all",
    ),
    # https://rusbnews.ru/category/mezdunarodnye-novosti ('значительные жертвы' (significant casualties) with no number: unquantified)
    Case(
        "Генеральный секретарь Антониу Гутерриш выразил крайнюю озабоченность по поводу эскалации, которая привела к значительным жертвам и разрушениям.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "all",
        "all",
    ),
    # same page
    Case(
        "По данным, в столкновениях между враждующими племенами за последнюю неделю погибло не менее 100 человек и более 200 получили ранения.",
        "at_least",
        100,
        100,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://pluralia.forumverona.com/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%83%D0%B4%D0%B0%D0%BD-4-%D1%82%D1%8B%D1%81%D1%8F%D1%87%D0%B8-%D0%BF%D0%BE%D0%B3%D0%B8%D0%B1%D1%88%D0%B8%D1%85-%D0%B8-4-%D0%BC%D0%B8%D0%BB%D0%BB%D0%B8%D0%BE%D0%BD%D0%B0-%D0%BF%D0%B5%D1%80/ ('по оценкам' (by estimates) read as approximate)
    Case(
        "С начала конфликта, по оценкам, 4000 человек погибли и 4 миллиона были перемещены.",
        "approximate",
        None,
        4000,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (the unclosed quotation mark is the page's; 'сотни мирных жителей' is a part)
    Case(
        "Установить точное число жертв сложно, но «предварительные цифры показывают, что на сегодняшний день убито более 4000 человек, в том числе, сотни мирных жителей.",
        "more_than",
        4001,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://ru.abna24.com/story/1385613 (killed or wounded together: casualties; fighters of the RSF: military)
    Case(
        "Суданская армия подчеркнула, что в понедельник в городах Омдурман, Бахри и Хартум были убиты или ранены более 20 бойцов Сил быстрого реагирования.",
        "more_than",
        21,
        None,
        None,
        "casualties",
        "military",
        "all",
    ),
    # http://news.day.az/world/820789.html ('группу сирийцев' (a group of Syrians) gives no number: unquantified)
    Case(
        'Боевики запрещенной в РФ террористической группировки "Исламское государство" (ИГ) убили группу сирийцев, подвесив их вниз головой как жертвенных животных.',
        "unquantified",
        None,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://1news.az/news/20140816113012068-V-Sirii-boeviki-Islamskogo-gosudarstva-za-dve-nedeli-kaznili-700-chelovek ('казнили' (executed): killed; 'двух недель' is a duration)
    Case(
        "В восточных районах Сирии боевики экстремистской группировки «Исламское государство» в течение последних двух недель казнили около 700 человек, сообщает правозащитная организация Сирийский центр мониторинга за соблюдением прав человека (OSDH).",
        "approximate",
        None,
        700,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://newsterr.com/v-mire/proisshestviya-boeviki-islamskogo-gosudarstva-kaznili-116-naemnikov-zahotevshih-vernutsya-domoy/96793 (the executed were the group's own foreign fighters: military)
    Case(
        "Боевики «Исламского государства» (ИГ) казнили 116 своих бывших товарищей-иностранцев, которые захотели вернуться домой.",
        "exact",
        116,
        116,
        116,
        "killed",
        "military",
        "all",
    ),
    # http://www.segodnia.ru/news/171420
    Case(
        "Боевики террористической организации «Исламское государство» совершили нападение на деревню в Сирии, взяв в заложники 400 мирных жителей.",
        "exact",
        400,
        400,
        400,
        "captured",
        "civilian",
        "all",
    ),
    # https://inforesist.com.ua/v-obse-soobshhili-kolichestvo-pogibshix-na-donbasse ('превышает' (exceeds) is more than)
    Case(
        "Число погибших во время военных действий на Донбассе превышает 5 тысяч человек.",
        "more_than",
        5001,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (forced to leave their homes: displaced)
    Case(
        "Около миллиона человек вынуждены были покинуть свои дома.",
        "approximate",
        None,
        1000000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://osradio.ru/v_mire/87211-boeviki-ig-ubili-okolo-280-chelovek-v-sirijjskojj.html (the old, women and children are parts of the 280)
    Case(
        "Боевики террористической группировки «Исламское государство» (ИГ, запрещена в РФ) убили около 280 человек, в том числе стариков, женщин и детей, в сирийской провинции Дэйр-эз-Зор, куда ранее была доставлена российская гуманитарная помощь, передает РИА Новости со ссылкой на Sputnik International.",
        "approximate",
        None,
        280,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://blognews.com.ua/novosti/v-oon-obnovili-dannye-o-pogibshih-grazhdanskih-za-chetyre-goda-voyny-na-donbasse (read as written: '2500 тысяч' is 2,500,000, though the page surely means 2,500; 'четыре года' is a duration)
    Case(
        "За четыре года войны на Донбассе погибли более 2500 тысяч гражданских.",
        "more_than",
        2500001,
        None,
        None,
        "killed",
        "civilian",
        "all",
    ),
    # http://rodina.news/latest/pohitili/61 (девушки (young women, girls): group women)
    Case(
        "По словам местных жителей, боевики радикальной исламистской группировки Боко Харам из лагеря Mamman Nur похитили 22 девушки в ходе двух нападений на деревни на северо-востоке Нигерии.",
        "exact",
        22,
        22,
        22,
        "captured",
        "all",
        "women",
    ),
    # https://snob.ru/news/v-nigerii-boeviki-pokhitili-bolee-200-uchenikov/ (school pupils: children)
    Case(
        "На северо-западе Нигерии боевики похитили более 200 учеников.",
        "more_than",
        201,
        None,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://ru.interfax.com.ua/news/general/475397-amp.html ('могли утонуть' (may have drowned): presumed dead, read as killed)
    Case(
        'Около 64 мигрантов могли утонуть при попытке пересечь Средиземное море за минувшие выходные дни, сообщает в понедельник агентство "Ассошиэйтед пресс" со ссылкой на заявление представителя Международной организации по миграции (МОМ).',
        "approximate",
        None,
        64,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://ru.interfax.com.ua/news/general/261400-amp.html (нелегалы (illegal migrants) name no side: population all)
    Case(
        "По его словам, 20 находившихся на судне нелегалов уже погибли.",
        "exact",
        20,
        20,
        20,
        "killed",
        "all",
        "all",
    ),
    # https://eurointegration.com.ua/rus/news/2016/05/1/7048668
    Case("Пропавшими числятся 84 человека.", "exact", 84, 84, 84, "missing", "all", "all"),
    # https://www.korabel.ru/news/comments/v_egeyskom_more_perevernulos_sudno_s_migrantami.html
    Case("В результате - без вести пропали 12 человек.", "exact", 12, 12, 12, "missing", "all", "all"),
    # https://www.mordor.news/blog/tvrain_71550 (held as hostages: captured)
    Case(
        "Армия обороны Израиля (ЦАХАЛ) сообщила, что по меньшей мере 199 человек удерживаются в качестве заложников в секторе Газа.",
        "at_least",
        199,
        199,
        None,
        "captured",
        "all",
        "all",
    ),
    # same page ('13 октября' is a date; 'от 100 до 150' a range)
    Case(
        "13 октября власти Израиля сообщали, что боевики ХАМАС взяли в заложники от 100 до 150 человек.",
        "range",
        100,
        None,
        150,
        "captured",
        "all",
        "all",
    ),
    # https://silkway.news/ru/v-rukah-hamas-bolshe-zalozhnikov-chem-767433 ('в руках у боевиков' (in the gunmen's hands): held hostage, captured)
    Case("В руках у боевиков ХАМАС 222 человека.", "exact", 222, 222, 222, "captured", "all", "all"),
    # https://iarex.ru/news/114048.html (hostages killed: the metric is killed; the hostages are of all kinds)
    Case(
        "Из-за ударов Израиля по сектору Газа убиты 50 заложников.",
        "exact",
        50,
        50,
        50,
        "killed",
        "all",
        "all",
    ),
    # http://istlyap.ru/poteri-krasnoj-armii-v-gody-vtoroj-mirovoj-vojny-8-668-400-chelovek/ ('потери' (losses): the next sentence defines them as those killed in battle, dead of wounds or dead in captivity, so killed; a reader of the sentence alone would say casualties)
    Case(
        "Из них потери Красной Армии, с учётом боёв на Дальнем Востоке в августе 1945 года, — 8 668 400 человек.",
        "exact",
        8668400,
        8668400,
        8668400,
        "killed",
        "military",
        "all",
    ),
    # https://ntv.ru/novosti/96961 (the 4 children are a part of the 11)
    Case(
        "В результате трагедии погибли 11 человек, в том числе 4 детей.",
        "exact",
        11,
        11,
        11,
        "killed",
        "all",
        "all",
    ),
    # https://www.vesti.ru/article/1862631 ('унес жизни' (took the lives): killed)
    Case(
        "Теракт унес жизни 14 человек, более 30 получили травмы.",
        "exact",
        14,
        14,
        14,
        "killed",
        "all",
        "all",
    ),
    # https://www.vesti.ru/article/2310852
    Case(
        "Как сообщает Reuters, в результате теракта погибли 7 человек, еще 17 получили ранения.",
        "exact",
        7,
        7,
        7,
        "killed",
        "all",
        "all",
    ),
    # https://social.avtoradio.ru/blog/43967168217/Vlasti-Kirgizii-soobschili-o-chisle-pogibshih-i-ranenyih-v-hode-?utm_referrer=mirtesen.ru
    Case(
        "Минздрав Киргизии сообщил о 24 погибших и более 100 пострадавших в столкновениях на киргизско-таджикской границе.",
        "exact",
        24,
        24,
        24,
        "killed",
        "all",
        "all",
    ),
    # https://kloop.kg/blog/2022/01/28/v-batkene-iz-za-prigranichnogo-konflikta-evakuirovali-11-tysyach-chelovek/?utm_source=rss&utm_medium=rss&utm_campaign=v-batkene-iz-za-prigranichnogo-konflikta-evakuirovali-11-tysyach-chelovek (villagers evacuated from a conflict: displaced)
    Case(
        "В Баткенской области эвакуировали 24 237 сельчан из-за конфликта на кыргызско-таджикской границе.",
        "exact",
        24237,
        24237,
        24237,
        "displaced",
        "all",
        "all",
    ),
    # http://texty.org.ua/articles/105492/skorb-y-otchajanye-v-kazakhstane-k-chemu-pryvely-janvarskye-protest-y-kak-to-proyskhodylo-vzhljad-yz-almat/ ('35 лет' is a duration, '1986' and '2022-го' years; 'сотни убитых' (hundreds killed): vague)
    Case(
        "Как и восстание алматынской молодежи 35 лет назад (в 1986 году), которое вошло в историю Казахстана как «Желтоксан» («декабрь»), «Кантар» 2022-го принес сотни убитых, но не принес казахстанцам долгожданных перемен.",
        "vague",
        100,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=200,
    ),
    # https://gazeta.media/?p=11561 (the 19 soldiers and security officers are a part of the 230)
    Case(
        "В Казахстане во время январских массовых протестов погибли 230 человек, среди них 19 военных и силовиков, сообщил генеральный прокурор республики Берик Асылов на заседании в Мажилисе.",
        "exact",
        230,
        230,
        230,
        "killed",
        "all",
        "all",
    ),
    # https://news.ru/cis/10-yanvarya-obyavleno-dnem-nacionalnogo-traura-v-kazahstane (detained: captured; 'террористов' is the ministry's word for them, read as military as the methodology reads terrorists)
    Case(
        "Ранее в МВД республики заявили, что при урегулировании ситуации с протестами были задержаны около четырёх тысяч террористов.",
        "approximate",
        None,
        4000,
        None,
        "captured",
        "military",
        "all",
    ),
    # https://odnastroka.ru/politics/allpolitics/137515-raketnyy-udar-v-yemene-unes-zhizni-15-chelovek.html (жертвы are the dead here, the wounded counted apart)
    Case(
        "Жертвами ударов стали не менее 15 человек, еще 20 были ранены и доставлены в больницы, многие пострадавшие находятся в тяжелом состоянии.",
        "at_least",
        15,
        15,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://azon.global/ru/tags/ploxoi (deaths from a cholera epidemic in the war: killed, as deaths)
    Case(
        "С марта этого года от эпидемии холеры в Йемене умерло более 720 человек.",
        "more_than",
        721,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://meduza.io/feature/2023/09/13/iz-za-navodneniya-v-livii-pogibli-tysyachi-chelovek-razrushena-chetvert-goroda-derna (a range with the scale written once: 2,000 to 5,000)
    Case(
        "По разным оценкам, от двух до пяти тысяч человек погибли и не менее 10 тысяч пропали без вести после наводнения в Ливии, сообщает Reuters.",
        "range",
        2000,
        None,
        5000,
        "killed",
        "all",
        "all",
    ),
    # https://iznanka.news/articles/Mir/V-Livii-v-rezultate-navodneniya-pogibli-11-tysyach-chelovek.html
    Case(
        "В ливийском городе Дерна в результате мощного наводнения погибли 11 тысяч человек.",
        "exact",
        11000,
        11000,
        11000,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "Ещё 10 тысяч числятся пропавшими без вести.",
        "exact",
        10000,
        10000,
        10000,
        "missing",
        "all",
        "all",
    ),
    # https://klops.ru/other/2023-09-14/279194-11-tys-pogibli-20-tys-propali-bez-vesti-v-livii-prodolzhayut-podschityvat-chislo-zhertv-navodneniya (жертвы are the dead here: the headline says '11 тыс. погибли')
    Case(
        "Число жертв разрушительного наводнения на северо-востоке Ливии увеличилось до 11 тыс. человек.",
        "exact",
        11000,
        11000,
        11000,
        "killed",
        "all",
        "all",
    ),
    # https://mt.tvr.by/blog/43481367331/Ne-menee-5-3-tyis-chelovek-stali-zhertvami-navodneniya-v-Livii?utm_referrer=mirtesen.ru
    Case("Погибших уже не менее 5 300 человек.", "at_least", 5300, 5300, None, "killed", "all", "all"),
    # http://goodlikes.ru/kak-terroristy-zahvatili-shkolu-pogibshie-v-hode-terakta/ (the first figure is the 1,251 hostages; the 330 dead are counted among them)
    Case(
        "В течение нескольких дней террористы подвергали мучениям - 1251 заложника, 330 из которых погибли.",
        "exact",
        1251,
        1251,
        1251,
        "captured",
        "all",
        "all",
    ),
    # same page
    Case(
        "Шестьсот человек получили ранения - и среди них опять масса детей.",
        "exact",
        600,
        600,
        600,
        "wounded",
        "all",
        "all",
    ),
    # http://spsim.ru/?p=64113
    Case("В результате теракта погибли 334 человека.", "exact", 334, 334, 334, "killed", "all", "all"),
    # https://pravmir.ru/beslan-11-let-tragedii ('в руках у боевиков' (in the gunmen's hands): hostages, captured; children, women and staff are its parts)
    Case(
        "Всего в руках у боевиков оказались 1100 человек — дети, женщины, сотрудники школы.",
        "exact",
        1100,
        1100,
        1100,
        "captured",
        "all",
        "all",
    ),
    # https://uznatpochemu.ru/blog/pochemu-zahvatili-shkolu-v-beslane.php ('сотни' is hundreds; the hostages are children, parents and teachers: group all)
    Case(
        "Группа вооруженных боевиков проникла в школу во время празднования Дня Знаний и взяла в заложники сотни детей, родителей и учителей.",
        "vague",
        100,
        None,
        None,
        "captured",
        "all",
        "all",
        literal_low=200,
    ),
    # https://regnum.ru/news/2582625.html (police officers read as population all, as the methodology reads police)
    Case(
        "По информации властей провинции, погибли пятеро полицейских.",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "all",
    ),
    # http://m.rosbalt.ru/world/2018/01/15/1674444.html ('Как минимум' is at least; police: population all)
    Case(
        "Как минимум семь полицейских погибли, трое ранены в результате атаки боевиков на западе Афганистана.",
        "at_least",
        7,
        7,
        None,
        "killed",
        "all",
        "all",
    ),
    # http://aminews.info/2022/12/30/%d0%b2-%d1%81%d0%ba-%d1%80%d0%b0%d1%81%d1%81%d0%ba%d0%b0%d0%b7%d0%b0%d0%bb%d0%b8-%d0%be-%d0%bf%d1%80%d0%b5%d1%81%d1%82%d1%83%d0%bf%d0%bb%d0%b5%d0%bd%d0%b8%d1%8f%d1%85-%d1%83%d0%ba%d1%80%d0%b0%d0%b8 (bodies of civilians found: killed)
    Case(
        "После того, как Мариуполь был взят под контроль и российские силы обследовали бывшие позиции ВСУ, было найдено более 3000 тел мирных граждан.",
        "more_than",
        3001,
        None,
        None,
        "killed",
        "civilian",
        "all",
    ),
]

NON_FIGURES = [
    # https://the-village-kz.com/village/city/news-city/24915-pochti-tret-naseleniya-ukrainy-pokinula-svoi-doma-posle-nachala-voyny (a percentage)
    "По данным UNO-Flüchtlingshilfe, около 90 % беженцев, которые вынужденно покинули Украину, — это женщины и дети.",
    # https://ru.abna24.com/story/1385613 (a rate per hour)
    "Детский фонд ООН (ЮНИСЕФ) объявил о гуманитарной катастрофе для суданских детей после возникновения конфликта в этой стране и заявил, что каждый час в Судане погибает или получает ранения один ребенок.",
    # https://pravmir.ru/beslan-11-let-tragedii (hostages released, not taken)
    "Во второй день удалось освободить 24 человека – в основном, женщин с грудными детьми.",
    # https://ru.interfax.com.ua/news/general/261400-amp.html (people aboard a sinking ship, no harm counted)
    "Более 300 человек находятся на борту судна, которое тонет в Средиземном море, сообщили в понедельник в Международной организации по миграции (IOM).",
    # https://eurointegration.com.ua/rus/news/2016/05/1/7048668 (people left in the boat, later rescued)
    "На момент обнаружения в ней оставалось 26 человек.",
    # https://www.korabel.ru/news/comments/v_egeyskom_more_perevernulos_sudno_s_migrantami.html (people rescued)
    "Спасателям удалось вытащить из воды 16 человек.",
    # https://1tv.ru/news/2019-11-06/375243-na_severo_zapade_rossii_desyatki_naselennyh_punktov_uhodyat_pod_vodu (a duration and settlements)
    "За три дня здесь выпала месячная норма осадков, отрезав шесть поселков от цивилизации.",
    # https://ywas.ru/pedicure/osvobozhdenie-beslanskoi-shkoly-terakt-v-beslane---uzhas-kotoryi-ne.html (people gathered at a school ceremony)
    "На торжественной линейке у средней школы №1 собралось несколько сотен человек.",
    # https://meduza.io/feature/2023/09/13/iz-za-navodneniya-v-livii-pogibli-tysyachi-chelovek-razrushena-chetvert-goroda-derna (a town's population)
    "В городе с населением 125 тысяч человек разрушены жилые кварталы, на улицах лежат перевернутые автомобили.",
    # https://klops.ru/other/2023-09-14/279194-11-tys-pogibli-20-tys-propali-bez-vesti-v-livii-prodolzhayut-podschityvat-chislo-zhertv-navodneniya (a distance)
    "Масштаб трагедии был бы гораздо меньше, если бы не обрушившиеся плотины, сперва не устояла дамба, расположенная в 12 км от города, затем потоки воды смыли другую преграду.",
    # https://gazeta.media/?p=11561 (criminal cases)
    "По его словам, по факту беспорядков в стране возбуждено более 3,7 тысячи уголовных дел.",
    # https://azon.global/ru/tags/ploxoi (cases of disease)
    "По всей стране зарегистрировано более 203 тысяч случаев заболевания.",
]
