"""Third batch of real Russian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://riafan.ru/23056835-pravoohraniteli_vozbudili_delo_po_faktu_obstrela_zhilih_domov_pod_bryanskom_so_storoni_vsu (пострадали read as injured, as in the earlier batches; the page's next sentences say the seven were wounded and are in hospital)
    Case(
        "Военнослужащие Вооруженных сил Украины открыли огонь по жилым домам в Брянской области, в результате чего пострадали семь мирных жителей.",
        "exact",
        7,
        7,
        7,
        "wounded",
        "civilian",
        "all",
    ),
    # https://pc.org.ua/boevye-dejstvija-na-donbasse-6-mirnyh-zhitelej-ubity-eshhe-11-raneny/
    Case("Вследствие обстрелов погибли 6 мирных жителей.", "exact", 6, 6, 6, "killed", "civilian", "all"),
    # https://rossaprimavera.ru/news/33339793 (leading « trimmed; the three are said to be men, so group men)
    Case(
        "За прошедшие сутки поступили сведения о гибели трех мирных жителей, мужчин: 1960, 1973 и 1957 годов рождения.",
        "exact",
        3,
        3,
        3,
        "killed",
        "civilian",
        "men",
    ),
    # https://job-sbu.org/v-kirovske-snaryad-popal-v-tolpu-lyudey-67508.html ('может достигать' (may reach) read as a ceiling; жертвы are the dead here, the wounded are counted apart)
    Case(
        "По неподтвержденным данным, количество жертв может достигать 7 человек, еще семеро доставлены в лечебные учреждения с ранениями различной степени тяжести, передает «Остров».",
        "at_most",
        None,
        None,
        7,
        "killed",
        "all",
        "all",
    ),
    # same page (two singular nouns joined by 'и': two dead)
    Case("Женщина и мужчина скончались на месте.", "exact", 2, 2, 2, "killed", "all", "all"),
    # https://trt.global/russian/article/d8907bbf08f0
    Case(
        "С момента срыва перемирия 18 марта в Газе погибли почти 12 тыс. человек, более 50 тыс. получили ранения.",
        "approximate",
        None,
        12000,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page (пострадавшие read as injured (Gaza's ministry then counted about 162,000 injured); 'превысило' is more than)
    Case(
        "Общее число пострадавших с начала войны превысило 162 тыс.",
        "more_than",
        162001,
        None,
        None,
        "wounded",
        "all",
        "all",
    ),
    # https://trt.global/russian/article/621d647af219
    Case(
        "В результате серии израильских авиаударов по сектору Газа с утра пятницы погибли 34 палестинца, включая женщин и детей.",
        "exact",
        34,
        34,
        34,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "Десятки получили ранения, сообщает Министерство здравоохранения региона.",
        "vague",
        12,
        None,
        None,
        "wounded",
        "all",
        "all",
        literal_low=24,
    ),
    # https://www.kommersant.ru/doc/5966379
    Case(
        "По данным Минздрава Судана, по меньшей мере 528 человек погибли и 4599 ранены в ходе конфликта.",
        "at_least",
        528,
        528,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "По словам господина Мазу, которые приводит агентство Reuters, страну уже покинули около 73 тыс. человек.",
        "approximate",
        None,
        73000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://russian.news.cn/20230515/342116c8e28343e7a8eae148d2d95ff4/c.html
    Case(
        "Согласно данным УКГВ, с 15 апреля в результате конфликта перемещенными лицами стали более 936 тыс. человек, в том числе около 736,2 тыс. внутренне перемещенных лиц, около 200 тыс. человек нашли убежище в соседних странах.",
        "more_than",
        936001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://russian.adnkronos.com/2025/06/03/%D1%81%D1%83%D0%B4%D0%B0%D0%BD-%D0%BE%D0%BE%D0%BD-4-%D0%BC%D0%BB%D0%BD-%D1%87%D0%B5%D0%BB%D0%BE%D0%B2%D0%B5%D0%BA-%D0%B1%D0%B5%D0%B6%D0%B0%D0%BB%D0%B8-%D1%81-%D0%BD%D0%B0%D1%87%D0%B0%D0%BB%D0%B0/ (leading '(Adnkronos) – ' trimmed)
    Case(
        "Около четырех миллионов человек бежали из Судана с начала столкновений в апреле 2023 года между суданскими вооруженными силами и военизированными формированиями Сил быстрого реагирования.",
        "approximate",
        None,
        4000000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://www.svoboda.org/amp/24167649.html
    Case(
        "Около миллиона чернокожих жителей суданской провинции Дарфур были вынуждены бежать, спасаясь от террора проправительственных арабских формирований.",
        "approximate",
        None,
        1000000,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://www.vedomosti.ru/politics/news/2026/01/19/1170367-boeviki-prihozhan
    Case(
        "Председатель Христианской ассоциации Нигерии в северном регионе Джон Хаяб сообщил, что первоначально было похищено 172 человека, девять из которых позже сбежали или были освобождены.",
        "exact",
        172,
        172,
        172,
        "captured",
        "all",
        "all",
    ),
    # same page
    Case(
        "Данные депутата Стинго отличаются: он говорит о 168 пропавших.",
        "exact",
        168,
        168,
        168,
        "missing",
        "all",
        "all",
    ),
    # https://tehnowar.ru/419911-Radikaly-pohitili-gruppu-lyudey-v-stolice-Nigerii.html
    Case(
        "В результате атак они захватили в заложники 64 человек из этих деревень.",
        "exact",
        64,
        64,
        64,
        "captured",
        "all",
        "all",
    ),
    # same page ('несколько десятков' = several tens, 3 x 10 under either convention)
    Case(
        "Террористы взяли в плен несколько десятков детей и увезли их в неизвестном направлении.",
        "vague",
        30,
        None,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://m.astanatv.kz/ru/news/73898 ('без пострадавших' labelled no casualties, as 'Обошлось без пострадавших' in the second batch)
    Case("К счастью, обошлось без разрушений и пострадавших.", "exact", 0, 0, 0, "casualties", "all", "all"),
    # same page
    Case("326 жителей получили тяжелые травмы.", "exact", 326, 326, 326, "wounded", "all", "all"),
    # https://zemletryaseniya.ru/tailand-zemletryasenie-i-150-000-zhertv-golod-bolezni-i-4-milliarda-dollarov-predvaritelnye-itogi-masshtabnogo-stixijnogo-bedstviya-v-indijskom-okeane/ (the tsunami's жертвы are its dead)
    Case(
        "В декабре 2004 года у побережья Индонезии произошло одно из самых сильных землетрясений современности, вызвавшее цунами, жертвами которого стали более 200 тыс. человек в разных странах региона.",
        "more_than",
        200001,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://utro.ru/articles/2013/07/22/1132825.shtml
    Case(
        "Землетрясение в Китае унесло десятки жизней",
        "vague",
        12,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=24,
    ),
    # http://men.devushkam.net/showpost.php?p=40198&postcount=486
    Case(
        "В ходе боёв наши войска потеряли до 7.000 убитыми и ранеными и 5.000 пропавшими без вести, значительная часть которых образовала партизанские отряды, действующие в тылу противника, 80 танков, 85 орудий, 200 пулемётов.",
        "at_most",
        None,
        None,
        7000,
        "casualties",
        "military",
        "all",
    ),
    # same page
    Case(
        "За этот же период боёв юго-западнее Ржева немцы потеряли более 10.000 солдат и офицеров только убитыми, свыше 200 танков, более 70 орудий, не менее 250 пулемётов и миномётов, 30 бронемашин и 50 самолётов.",
        "more_than",
        10001,
        None,
        None,
        "killed",
        "military",
        "all",
    ),
    # https://iknigi.net/avtor-boris-vadimovich-sokolov/80405-sssr-i-rossiya-na-boyne-lyudskie-poteri-v-voynah-xx-veka-boris-sokolov/read/page-11.html (350 and 380 count the people there, no harm; the 602 dead mix soldiers and civilians, so population all)
    Case(
        "Из 350 японских военнослужащих и 380 мирных граждан погибли 602.",
        "exact",
        602,
        602,
        602,
        "killed",
        "all",
        "all",
    ),
    # https://newsbel.by/08/09/ataka-na-avtobus-v-jemene-pogibli-29-detej-eshhe-30-raneny
    Case(
        "Сегодня, 9 августа 2018 года, зарубежные средства массовой информации сообщили, что в Йемене в результате атаки на автобус погибли 29 детей, еще 30 ранены.",
        "exact",
        29,
        29,
        29,
        "killed",
        "all",
        "children",
    ),
    # same page (жертвы are the dead here (the page sets them against 'тридцати девяти погибших'); 'не меньше' is at least)
    Case("Сообщается, что жертв точно не меньше 20.", "at_least", 20, 20, None, "killed", "all", "all"),
    # same page
    Case(
        "Однако другие источники говорят о тридцати девяти погибших.",
        "exact",
        39,
        39,
        39,
        "killed",
        "all",
        "all",
    ),
    # https://fakty.ictv.ua/ru/proisshestvija/20180809-v-yemeni-pidirvaly-avtobus-z-ditmy-20-zagyblyh-35-poranenyh/ (dead and injured together)
    Case(
        "Международный комитет Красного Креста сообщил в Twitter о поступлении в больницы десятков погибших и пострадавших в результате удара.",
        "vague",
        12,
        None,
        None,
        "casualties",
        "all",
        "all",
        literal_low=24,
    ),
    # http://vybory.org.ua/?id=143117
    Case(
        'Обсерватория имеет документальные подтверждения гибели 106 тысяч человек, в том числе, 53 851 гражданских лиц, 26 853 солдат сирийской армии и 171 боевика "Хизбаллы".',
        "exact",
        106000,
        106000,
        106000,
        "killed",
        "all",
        "all",
    ),
    # http://telegraf.com.ua/mir/blizhniy-vostok/202397-na-protyazhenii-konflikta-v-sirii-pogiblo-37-tyis-chelovek.html
    Case(
        "Согласно сообщениям, погибли 9,4 тысяч солдат армии президента Башара Асада и 1,3 тысяч дезертиров.",
        "exact",
        9400,
        9400,
        9400,
        "killed",
        "military",
        "all",
    ),
    # https://ont.by/amp/news/seriya-teraktov-v-afganistane-pogibli-po-menshej-mere-15-chelovek
    Case("Ещё двое считаются пропавшими без вести.", "exact", 2, 2, 2, "missing", "all", "all"),
    # https://lenta.ru/news/2021/10/14/asadabad/
    Case(
        "В результате взрыва как минимум 11 человек пострадали, а также погиб глава полиции района Шайтал-ва-Шинтан провинции Кунар.",
        "at_least",
        11,
        11,
        None,
        "wounded",
        "all",
        "all",
    ),
    # https://ru.sputnik.kz/20200716/Taliban-snova-atakuet-seriya-teraktov-proizoshla-v-Afganistane---video-14496699.html
    Case(
        "В результате погибли не менее десяти человек, более пятидесяти получили ранения.",
        "at_least",
        10,
        10,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://aif.ru/incidents/v_meksike_14_chelovek_stali_zhertvami_perestrelki_narkokartelya_s_policiey (the first figure is the four police (population all); the sentence gives no total of the 14)
    Case(
        "В Мексике четверо полицейских и 10 членов наркокартеля погибли в результате перестрелки, которая произошла между ними в небольшом городе Вилла Уньон примерно в 60 километрах от границы с США, пишет издание Universal, ссылаясь на губернатора штата Мигеля Рикельме.",
        "exact",
        4,
        4,
        4,
        "killed",
        "all",
        "all",
    ),
    # https://wap.belta.by/special/world/view/v-meksike-pri-stolknovenii-politsii-s-boevikami-narkokartelja-pogibli-14-chelovek-371268-2019 (боевики (gunmen/militants) read as armed: military)
    Case(
        "По словам губернатора региона Мигеля Солиса, были убиты 10 предполагаемых боевиков наркокартеля и четыре стража порядка, еще шестеро полицейских получили ранения.",
        "exact",
        10,
        10,
        10,
        "killed",
        "military",
        "all",
    ),
    # https://ukrain.com.ua/society/v-meksike-v-perestrelke-policii-s-narkokarteliami-pogibli-14-chelovek.html
    Case(
        "Отметим, за последние 15 лет в Мексике в результате войн между мощными наркокартелями погибли десятки тысяч человек.",
        "vague",
        10000,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=20000,
    ),
    # same page
    Case("Четверо погибших были полицейскими.", "exact", 4, 4, 4, "killed", "all", "all"),
    # https://nashemisto.dp.ua/ru/2022/10/12/raketnyj-udar-po-zaporozhju-i-oblasti-vragu-vypustil-7-raket-s-300 ('жертв нет' read as no dead (the three people pulled from the rubble were alive); a reader of жертвы as victims would say casualties)
    Case("Жертв, к счастью нет.", "exact", 0, 0, 0, "killed", "all", "all"),
    # https://www.sb.by/articles/v-luganske-iz-za-detonatsii-perekhvachennoy-rakety-tochka-u-postradali-desyat-domov.html
    Case(
        "Жертв и пострадавших среди мирного населения города нет.",
        "exact",
        0,
        0,
        0,
        "casualties",
        "civilian",
        "all",
    ),
    # https://pravda.com.ua/rus/news/2023/12/29/7435108/index.amp ('9-х' is the numeral 9 with a case ending)
    Case(
        "В 16.53 спасатели сообщили, что уже известно о 9-х пострадавших, из них один ребенок.",
        "exact",
        9,
        9,
        9,
        "wounded",
        "all",
        "all",
    ),
    # https://newsdaily24.de/ru-us/kategoriya/povestka-dnya/vse-hotyat-vernutsya-domoj:-vzglyad-iznutri-na-krizis-peremesheniya-v-katatumbo-155698
    Case(
        "Вынужденные бежать из Тибу под покровом ночи, они присоединились к более чем 55 000 человек, которые были перемещены из -за новой вспышки насилия.",
        "more_than",
        55001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://sudamerica.ru/colombia/ei9teoe (the 91 676 'cases' are people forced from their homes in 2025, as the clause before says)
    Case(
        "Управление омбудсмена не подсчитало количество людей, которые были вынуждены покинуть свои дома в январе, но в 2025 году было зарегистрировано 91 676 случаев.",
        "exact",
        91676,
        91676,
        91676,
        "displaced",
        "all",
        "all",
    ),
    # https://user.bibliboba.online/books/ia-izmenilas-navsegda-1/p/54
    Case(
        "По официальной правительственной статистике, количество внутренне перемещенных лиц – 720 000 человек с 1995 года, в то время как неправительственные организации оценивают их количество почти в два миллиона.",
        "exact",
        720000,
        720000,
        720000,
        "displaced",
        "all",
        "all",
    ),
    # https://contrafront.ru/bf/1369 (civilians and soldiers together: population all)
    Case(
        "В результате вооруженного нападения боевиков на общину в восточной части Буркина-Фасо убиты 5 человек, в том числе гражданские и военнослужащие.",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "all",
    ),
    # https://txt.newsru.co.il/world/6sep2023/bf_105.html (the first figure is the 17 soldiers)
    Case(
        "По данным AFP, убиты не менее 17 солдат и 36 добровольцев.",
        "at_least",
        17,
        17,
        None,
        "killed",
        "military",
        "all",
    ),
    # https://tomsk.mk.ru/incident/
    Case(
        'До 600 человек были застрелены за считанные часы боевиками, связанными с "Аль-Каидой" (запрещенная в России террористическая организация), во время августовского нападения на город в Буркина-Фасо.',
        "at_most",
        None,
        None,
        600,
        "killed",
        "all",
        "all",
    ),
    # https://nocor.info/news/52443-terroristy_ubili_sotni_ljudej_v_burkina-faso
    Case(
        "Террористы убили сотни людей в Буркина-Фасо",
        "vague",
        100,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=200,
    ),
    # https://news.samaratoday.ru/news/32069
    Case(
        "В здании школы в Беслане, захваченной боевиками 1 сентября, погибли около ста человек, передают корреспонденты с места событий.",
        "approximate",
        None,
        100,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page ('может значительно превышать' (may far exceed) read as more than; жертвы are the dead of the school siege)
    Case(
        "Количество жертв может значительно превышать 150, сообщил журналистам помощник президента Асламбек Аслаханов.",
        "more_than",
        151,
        None,
        None,
        "killed",
        "all",
        "all",
    ),
    # same page
    Case(
        "В больницы доставлено более 400 пострадавших, более половины из которых, по словам медиков, — дети.",
        "more_than",
        401,
        None,
        None,
        "wounded",
        "all",
        "all",
    ),
    # https://rg.ru/2022/06/23/mo-rf-vsu-prodolzhaiut-nesti-ogromnye-poteri-v-lnr-i-dnr.html
    Case(
        "Противник в ходе военной спецоперации по защите республик Донбасса продолжает нести значительные потери.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        "all",
    ),
    # same page
    Case(
        "По его словам, только в 34-м батальоне 57-й мотопехотной бригады вооруженных сил Украины (ВСУ) потери за два дня составили более 150 человек убитыми и около 450 раненых.",
        "more_than",
        151,
        None,
        None,
        "killed",
        "military",
        "all",
    ),
    # https://mirtesen.tsargrad.tv/blog/43091552603/Poteri-VSU-v-rayone-Rabotino-otsenili-v-desyat-tyisyach-chelovek?utm_referrer=mirtesen.ru
    Case(
        "Украинские войска в боях за Работино потеряли не менее десяти тысяч боевиков, сообщил врио губернатора Запорожской области Евгений Балицкий.",
        "at_least",
        10000,
        10000,
        None,
        "casualties",
        "military",
        "all",
    ),
    # https://24newnews.ru/life/tass-boycy-gruppirovki-voysk-zapad-unichtozhili-svyshe-500-voennyh-vsu-za-sutki-749089.html
    Case(
        'В зоне ответственности группировки войск "Запад" Вооруженных сил России украинская армия потеряла за сутки до 555 человек.',
        "at_most",
        None,
        None,
        555,
        "casualties",
        "military",
        "all",
    ),
    # https://66.ru/news/society/53752/
    Case(
        "Более 15 тысяч советских солдат и офицеров погибли там.",
        "more_than",
        15001,
        None,
        None,
        "killed",
        "military",
        "all",
    ),
    # same page ('безвозвратные потери' (irrecoverable losses: dead and missing) taken literally as losses, casualties; a reader of them as deaths would say killed)
    Case(
        "Афганские безвозвратные потери оцениваются разными экспертами в диапазоне от 670 тысяч до миллиона человек.",
        "range",
        670000,
        None,
        1000000,
        "casualties",
        "all",
        "all",
    ),
    # https://korrespondent.net/amp/1186420-segodnya-22-ya-godovshchina-vyvoda-sovetskih-vojsk-iz-afganistana
    Case(
        "За годы афганской войны, которая продолжалась с 1979 по 1989 годы, Советская армия, КГБ и МВД потеряли убитыми в общей сложности 15 тысяч 51 человека.",
        "exact",
        15051,
        15051,
        15051,
        "killed",
        "military",
        "all",
    ),
    # same page (the sentence itself names no army, so population all though the page means Soviet servicemen)
    Case(
        "Санитарные потери составили почти 54 тысячи раненых, контуженных, травмированных.",
        "approximate",
        None,
        54000,
        None,
        "wounded",
        "all",
        "all",
    ),
    # https://marsrus.ru/190325/novosti-prichiny-navodnenij-v-rossii (443 counts houses; the first casualty figure is the 218 evacuated)
    Case(
        "Было затоплено 443 дома, эвакуированы 218 человек.",
        "exact",
        218,
        218,
        218,
        "displaced",
        "all",
        "all",
    ),
    # https://newsmir.info/1010275
    Case(
        "Также, более 100 тыс человек покинули свое жилье и переехали в безопасные места.",
        "more_than",
        100001,
        None,
        None,
        "displaced",
        "all",
        "all",
    ),
    # https://lenta.ru/news/2000/03/08/arest
    Case(
        "Подразделения МВД, проводившие зачистку населенного пункта Петропавловское, задержали 22 боевика из отряда под командованием Хожи Исламова, сообщает ИТАР-ТАСС.",
        "exact",
        22,
        22,
        22,
        "captured",
        "military",
        "all",
    ),
    # same page (detained on suspicion: captured; 'года года' is the page's)
    Case(
        "С начала этого года года в Чечне задержано около семи тысяч человек по подозрению в причастности к боевым действиям против федеральных войск, незаконное хранение оружия, другие преступления и правонарушения.",
        "approximate",
        None,
        7000,
        None,
        "captured",
        "all",
        "all",
    ),
    # http://rus.delfi.lv/news/daily/abroad/chechnya-komsomolskoe-zachischeno-boeviki-koncentriruyutsya-v-shatoe.d?id=69565
    Case(
        'Российские внутренние войска вчера закончили "жесткую зачистку" села Комсомольское, в плен сдались более 100 боевиков из отряда Гелаева.',
        "more_than",
        101,
        None,
        None,
        "captured",
        "military",
        "all",
    ),
    # https://newsru.ru/russia/05aug2006/sutki.html (surrendered: captured)
    Case(
        "Кроме того, в Чечне за минувшие сутки еще десять боевиков сдали оружие и добровольно сдались властям.",
        "exact",
        10,
        10,
        10,
        "captured",
        "military",
        "all",
    ),
    # https://samal-akparat.com/razdely/reportazh/item/175727-chislo-pogibshih-v-crocus-city-hall-vyroslo-do-144-chelovek ('увеличилось до' is 'rose to', not 'up to')
    Case(
        "Число погибших во время теракта в зале подмосковного Crocus City Hall увеличилось до 144 человек, ещё 551 человек пострадал, сообщил Интерфакс со ссылкой на пресс-службу ГУ МЧС РФ по Московской области в субботу.",
        "exact",
        144,
        144,
        144,
        "killed",
        "all",
        "all",
    ),
    # same page (leading « trimmed; here the 695 пострадавших include the 144 dead, so casualties, not wounded)
    Case(
        "По состоянию на 06:00 30 марта в результате теракта пострадали 695 человек (в том числе 15 детей), из них 144 погибли (в том числе 5 детей)», — говорится в релизе, опубликованном на сайте ведомства.",
        "exact",
        695,
        695,
        695,
        "casualties",
        "all",
        "all",
    ),
    # https://www.zakon.kz/amp/mir/6428420-mchs-opublikovalo-spisok-iz-99-postradavshikh-v-terakte-v-krokus-siti-kholle.html
    Case(
        'Ранее российские СМИ сообщили о том, что погибших в "Крокус Сити Холле" не менее 62.',
        "at_least",
        62,
        62,
        None,
        "killed",
        "all",
        "all",
    ),
    # https://vologda-poisk.ru/news/obschestvo/nazvano-nastoyaschee-kolichestvo-pogibshih-rossiyskih-voennyh-v-zone-provedeniya-spetsoperatsii
    Case(
        "С 24 февраля 2022 года на полях боев погибло 5 937 служащих ВС РФ.",
        "exact",
        5937,
        5937,
        5937,
        "killed",
        "military",
        "all",
    ),
    # https://rima.media/document/2022-03-02-polit-941313-minoborony-rf-vpervye-nazvalo-chislo-pogibshikh-soldat-v ('украинцев' names no army, so population all though the ministry means soldiers)
    Case("Ранены 3 700 украинцев, а 572 взяты в плен.", "exact", 3700, 3700, 3700, "wounded", "all", "all"),
    # https://m.c-inform.info/news/id/104479 (the double space is the page's)
    Case(
        "Вооруженные формирования Украины, по словам Шойгу, потеряли  более 61 тыс человек убитыми и более 49 тыс ранеными.",
        "more_than",
        61001,
        None,
        None,
        "killed",
        "military",
        "all",
    ),
    # https://m.for-ua.com/article/1059041
    Case(
        "Как ранее сообщал ForUm, по информации СНБО более 30 украинских военных погибли с начала режима прекращения огня на востоке Украины по состоянию на 30 сентября.",
        "more_than",
        31,
        None,
        None,
        "killed",
        "military",
        "all",
    ),
]

NON_FIGURES = [
    # https://riafan.ru/23056835-pravoohraniteli_vozbudili_delo_po_faktu_obstrela_zhilih_domov_pod_bryanskom_so_storoni_vsu
    "В результате попадания снаряда сгорели два жилых дома.",
    # https://pc.org.ua/boevye-dejstvija-na-donbasse-6-mirnyh-zhitelej-ubity-eshhe-11-raneny/ (houses and infrastructure)
    "Также пострадала инфраструктура региона: были повреждены 25 жилых домов и 7 объектов инфраструктуры.",
    # https://rossaprimavera.ru/news/33339793 (a count of shellings)
    "По данным представительства, за прошедшие сутки ВСУ 59 раз обстреляли населенные пункты ДНР.",
    # https://job-sbu.org/v-kirovske-snaryad-popal-v-tolpu-lyudey-67508.html (leading « trimmed; shells and a block number)
    "Около шести снарядов прилетели в район 49-го квартала.",
    # https://www.svoboda.org/amp/24167649.html (money)
    "Из необходимых 700 миллионов долларов собрано меньше половины.",
    # https://tehnowar.ru/419911-Radikaly-pohitili-gruppu-lyudey-v-stolice-Nigerii.html (attackers, no harm said of them)
    "Жители окрестных домов рассказали, что около 20 боевиков проникли в коттедж с целью ограбления.",
    # https://nashemisto.dp.ua/ru/2022/10/12/raketnyj-udar-po-zaporozhju-i-oblasti-vragu-vypustil-7-raket-s-300 (missiles)
    "Выпущено около семи ракет С-300, сообщает сайт «Наше Місто» со ссылкой на главу области Александра Старуха.",
    # https://www.sb.by/articles/v-luganske-iz-za-detonatsii-perekhvachennoy-rakety-tochka-u-postradali-desyat-domov.html (houses, a car, a power line)
    "В результате оказались повреждены десять домов, легковая машина и ЛЭП.",
    # https://contrafront.ru/bf/1369 (a vague count of attackers, no harm said of them)
    "Десятки джихадистов на мотоциклах в четверг атаковали общину Партиага провинции Тапоа.",
    # https://nocor.info/news/52443-terroristy_ubili_sotni_ljudej_v_burkina-faso (a date; the toll is said to be unknown)
    "Нападение произошло 24 августа в Барсалогу в центральной части страны, точное число погибших неизвестно.",
    # https://rg.ru/2022/06/23/mo-rf-vsu-prodolzhaiut-nesti-ogromnye-poteri-v-lnr-i-dnr.html (soldiers left in each company, no harm said of them)
    'В каждой из рот этого украинского батальона, по данным российских военных, осталось по 15-20 солдат (численность роты - 100-150 человек - прим. "РГ").',
    # https://marsrus.ru/190325/novosti-prichiny-navodnenij-v-rossii (money)
    "Общий ущерб от паводка превысил 39 млрд рублей.",
    # https://m.kompromat1.guru/articles/tag/_%D0%B7%D0%B0%D1%82%D0%BE%D0%BF%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5?pg=6 (people at risk of flooding, no harm said of them)
    "Из-за разрушения Каховской гидроэлектростанции (ГЭС) в зоне риска подтопления оказались свыше 22 тысяч жителей.",
    # https://newizv.ru/news/2023-04-16/40-voennyh-pogibli-pri-napadenii-neizvestnyh-na-severe-burkina-faso-404487 (a percentage)
    "Президент республики Ибрагим Траоре объяснил, что это необходимая мера для борьбы «атаками джихадистов», которые контролируют около 40% территории государства.",
    # https://lenta.ru./news/2000/08/06/emir (the size of a unit, no harm counted)
    "Кроме того, в воскресенье в лесу около села Петропавловское северо-восточнее Грозного федералы разгромили крупный отряд боевиков, численностью до 100 человек.",
    # https://vologda-poisk.ru/news/obschestvo/nazvano-nastoyaschee-kolichestvo-pogibshih-rossiyskih-voennyh-v-zone-provedeniya-spetsoperatsii (people to be mobilised)
    "В планах главы государства и минобороны призвать около 300 тысяч человек.",
    # https://m.c-inform.info/news/id/104479 (a percentage)
    "Больше 90% раненых из общего числа вернулись в строй, добавил Шойгу.",
]
