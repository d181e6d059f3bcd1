"""The Russian corpus of issue 16: phrases and sentences as Russian-language media print casualty figures.

Written blind, before the reader learnt Russian and without reading it, in the manner of TASS, RIA Novosti,
Interfax, regional operational headquarters and governors' Telegram posts, the Russian and Ukrainian defence
ministries' bulletins, health ministries and UN monitors. The format is tests/language_corpus.py's; the events,
figures and names are invented or altered, and none may be cited as a fact.

Labelling decisions particular to Russian:

- "пострадали" / "пострадавшие" are the injured (wounded) when the text gives the dead apart or none; when the
  dead are counted among them ("пострадали 12 человек, из них трое погибли") they are casualties.
- "жертвы" of a strike or an attack ("жертвами удара стали 35 человек", "число жертв теракта") are the killed;
  "жертвы среди гражданского населения" of the UN monitors' reports are civilian casualties, broken down into
  killed and wounded.
- "до" after a verb of growth ("возросло до 24", "увеличилось до 15") is the new value, exact; before a number
  with no such verb ("потери составили до 230", "уничтожено до 40") it is a ceiling, at_most.
- "превысило N" is more than N; "достигло N" is N.
- "тысячи" after "около", "более", "свыше" is the genitive singular (about/over a thousand), not the plural
  "тысячи" (thousands, vague); likewise "сотни".
- "несколько" is several (3); "несколько сотен" is 3 × 100 under either convention; "десятки" 10 (literal 20),
  "сотни" 100 (200), "тысячи" 1,000 (2,000), "десятки тысяч" 10,000 (20,000), "сотни тысяч" 100,000 (200,000).
- "ликвидировано N оккупантов", "уничтожено N боевиков", "нейтрализованы" are killed, military; "потери" alone
  are casualties; hostages or prisoners who were shot ("расстреляли пятерых заложников") are killed.
- "полсотни" / "полусотни" is 50, "полторы сотни" 150, "пять десятков" 50, "десяток" 10.
"""

from __future__ import annotations

from tests.language_corpus import Case, Expected, Extraction

NBSP = "\u00a0"

CASES = (
    # --- whole sentences, as the press prints them -------------------------------------------------------------
    Case(
        "ХАРЬКОВ, 5 октября. /ТАСС/. В результате ракетного удара по селу Гроза Купянского района погибли по "
        "меньшей мере 52 человека, в том числе шестилетний ребенок, сообщил глава областной администрации "
        "Олег Синегубов.",
        "at_least",
        52,
        52,
        None,
        "killed",
        covers=("qualifier", "breakdown", "sentence"),
    ),
    Case(
        "БЕЛГОРОД, 30 декабря. /ТАСС/. Число погибших в результате обстрела Белгорода возросло до 24, среди них "
        "трое детей, сообщил губернатор Вячеслав Гладков в 14:20 по московскому времени.",
        "exact",
        24,
        24,
        24,
        "killed",
        covers=("false_friend", "breakdown", "sentence"),
    ),
    Case(
        "Число пострадавших при атаке беспилотников на Курск 12 августа увеличилось до 15 человек, четверо из них "
        "госпитализированы в областную больницу № 1.",
        "exact",
        15,
        15,
        15,
        "wounded",
        covers=("false_friend", "context_metric", "sentence"),
    ),
    Case(
        "За сутки потери ВСУ на Курском направлении составили до 230 военнослужащих, пять танков и 12 бронемашин, "
        "сообщило Минобороны России 15 августа.",
        "at_most",
        None,
        None,
        230,
        "casualties",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    Case(
        "По данным Генерального штаба ВСУ, за минувшие сутки ликвидировано 1 230 оккупантов, уничтожено 9 танков "
        "и 27 артиллерийских систем.",
        "exact",
        1230,
        1230,
        1230,
        "killed",
        "military",
        covers=("separator", "military", "sentence"),
    ),
    Case(
        "Общие боевые потери противника с 24.02.22 по 15.11.23 составили около 315 760 человек (+930 за сутки), "
        "сообщает Генштаб.",
        "approximate",
        None,
        315760,
        None,
        "casualties",
        "military",
        covers=("qualifier", "separator", "military", "sentence"),
    ),
    Case(
        "В секторе Газа с 7 октября погибли 43 799 палестинцев, более 103 600 получили ранения, сообщило "
        "министерство здравоохранения анклава в понедельник.",
        "exact",
        43799,
        43799,
        43799,
        "killed",
        covers=("separator", "sentence"),
    ),
    Case(
        "По данным Минздрава Газы, число погибших палестинцев к 29 февраля превысило 30 тысяч, еще 70 457 "
        "человек ранены.",
        "more_than",
        30001,
        None,
        None,
        "killed",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "Более 1,5 млн жителей Газы были вынуждены покинуть свои дома с начала войны, сообщает БАПОР в докладе "
        "№ 112.",
        "more_than",
        1500001,
        None,
        None,
        "displaced",
        covers=("qualifier", "separator", "sentence"),
    ),
    Case(
        "Около 2,1 тысячи мирных жителей были эвакуированы из Волчанска за последние 48 часов, сообщили в "
        "Харьковской областной военной администрации.",
        "approximate",
        None,
        2100,
        None,
        "displaced",
        "civilian",
        covers=("qualifier", "separator", "sentence"),
    ),
    Case(
        "Всего с 24 февраля 2022 года в Украине погибли 12 тыс. 368 мирных жителей, в том числе 659 детей, "
        "сообщила Мониторинговая миссия ООН по правам человека.",
        "exact",
        12368,
        12368,
        12368,
        "killed",
        "civilian",
        covers=("mixed", "breakdown", "sentence"),
    ),
    Case(
        "Из-за обстрела Каменки пострадали двое мирных жителей: 54-летний мужчина и 70-летняя женщина.",
        "exact",
        2,
        2,
        2,
        "wounded",
        "civilian",
        covers=("words", "context_metric", "sentence"),
    ),
    Case(
        "ДОНЕЦК, 21 января. /ТАСС/. Двадцать семь человек погибли, 25 получили ранения в результате обстрела "
        "рынка в Текстильщике Кировского района Донецка, сообщил глава ДНР Денис Пушилин.",
        "exact",
        27,
        27,
        27,
        "killed",
        covers=("words", "sentence"),
    ),
    Case(
        "Жертвами удара по центру Сум 13 апреля стали 35 человек, среди них двое детей, еще 117 человек ранены.",
        "exact",
        35,
        35,
        35,
        "killed",
        covers=("context_metric", "breakdown", "sentence"),
    ),
    Case(
        "Число жертв теракта в «Крокус Сити Холле» возросло до 145, сообщил Следственный комитет 28 марта.",
        "exact",
        145,
        145,
        145,
        "killed",
        covers=("context_metric", "false_friend", "sentence"),
    ),
    Case(
        "В результате атаки ВСУ на Горловку пострадали 12 человек, из них трое погибли, сообщил мэр города Иван "
        "Приходько в 9:15.",
        "exact",
        12,
        12,
        12,
        "casualties",
        covers=("context_metric", "breakdown", "sentence"),
    ),
    Case(
        "Обошлось без жертв и пострадавших, сообщили в ГУ МЧС по Белгородской области; повреждены 3 частных "
        "дома и 2 автомобиля.",
        "exact",
        0,
        0,
        0,
        "casualties",
        covers=("zero", "sentence"),
    ),
    Case(
        "Погибших и раненых нет, выбиты окна в 14 многоэтажках, сообщил мэр Николаева Александр Сенкевич утром 4 "
        "марта.",
        "exact",
        0,
        0,
        0,
        "casualties",
        covers=("zero", "sentence"),
    ),
    Case(
        "Сотни мирных жителей погибли под завалами в Мосуле в ходе штурма, длившегося 9 месяцев, заявили в ООН "
        "10 июля 2017 года.",
        "vague",
        100,
        None,
        None,
        "killed",
        "civilian",
        covers=("vague", "sentence"),
        literal_low=200,
    ),
    Case(
        "Десятки тысяч человек были вынуждены покинуть Нагорный Карабах за 24 часа после 19 сентября.",
        "vague",
        10000,
        None,
        None,
        "displaced",
        covers=("vague", "sentence"),
        literal_low=20000,
    ),
    Case(
        "Несколько сотен военнослужащих ВСУ попали в плен под Авдеевкой с 10 по 17 февраля, утверждает "
        "Минобороны РФ.",
        "vague",
        300,
        None,
        None,
        "captured",
        "military",
        covers=("vague", "false_friend", "sentence"),
    ),
    Case(
        "Около полусотни человек погибли при обрушении подъезда дома № 118 в Днепре 14 января, еще 75 "
        "пострадали.",
        "approximate",
        None,
        50,
        None,
        "killed",
        covers=("words", "qualifier", "sentence"),
    ),
    Case(
        "Из зоны подтопления в Херсонской области эвакуированы около двух тысяч 300 человек, в том числе 400 "
        "детей, сообщили в МВД Украины 7 июня.",
        "approximate",
        None,
        2300,
        None,
        "displaced",
        covers=("mixed", "words", "breakdown", "sentence"),
    ),
    Case(
        "По оценкам ООН, за время осады Мариуполя в марте–мае 2022 года погибли от 20 до 22 тысяч мирных "
        "жителей.",
        "range",
        20000,
        None,
        22000,
        "killed",
        "civilian",
        covers=("range", "sentence"),
    ),
    Case(
        "Сирийская обсерватория по правам человека сообщила о гибели не менее 130 боевиков с обеих сторон за 48 "
        "часов боев в провинции Алеппо.",
        "at_least",
        130,
        130,
        None,
        "killed",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    Case(
        "В Судане с апреля 2023 года погибли около 15 тыс. человек, более 8,5 млн стали беженцами или "
        "вынужденными переселенцами, по данным ООН.",
        "approximate",
        None,
        15000,
        None,
        "killed",
        covers=("qualifier", "separator", "sentence"),
    ),
    Case(
        "В Белгородской области за неделю с 1 по 7 июля ранены 39 мирных жителей, в том числе шестеро детей, "
        "сообщил оперштаб региона.",
        "exact",
        39,
        39,
        39,
        "wounded",
        "civilian",
        covers=("breakdown", "sentence"),
    ),
    Case(
        "УВКПЧ ООН зафиксировало 27 449 жертв среди гражданского населения: 9 701 погибшего и 17 748 раненых.",
        "exact",
        27449,
        27449,
        27449,
        "casualties",
        "civilian",
        covers=("context_metric", "separator", "breakdown", "sentence"),
    ),
    Case(
        "В рамках репатриации на Родину вернулись тела 757 погибших защитников, сообщил Координационный штаб 14 "
        "февраля.",
        "exact",
        757,
        757,
        757,
        "killed",
        "military",
        covers=("military", "sentence"),
    ),
    Case(
        "В районе Красного Лимана уничтожено до 40 боевиков 63-й механизированной бригады и 3 пикапа, заявил "
        "представитель группировки «Центр».",
        "at_most",
        None,
        None,
        40,
        "killed",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    Case(
        "Минздрав Ливана: за сутки погибли 52 человека, еще 206 получили ранения в результате израильских ударов "
        "по 14 населенным пунктам.",
        "exact",
        52,
        52,
        52,
        "killed",
        covers=("sentence",),
    ),
    Case(
        "С начала года на минах в Херсонской области подорвались и погибли 1 450 человек, сообщил ГСЧС 3 "
        "декабря.",
        "exact",
        1450,
        1450,
        1450,
        "killed",
        covers=("separator", "sentence"),
    ),
    Case(
        "Погибли пятеро военнослужащих, еще семеро получили ранения при обстреле позиций 110-й бригады под "
        "Авдеевкой.",
        "exact",
        5,
        5,
        5,
        "killed",
        "military",
        covers=("words", "military", "false_friend", "sentence"),
    ),
    Case(
        "Израильские военные объявили, что с начала наземной операции 27 октября погибли 330 солдат ЦАХАЛ.",
        "exact",
        330,
        330,
        330,
        "killed",
        "military",
        covers=("military", "sentence"),
    ),
    Case(
        "Как сообщил глава Донецкой ОВА Вадим Филашкин, за сутки 26 ноября россияне убили 4 жителей области, еще "
        "11 человек получили ранения.",
        "exact",
        4,
        4,
        4,
        "killed",
        covers=("sentence",),
    ),
    Case(
        "Противник понес значительные потери в живой силе и технике, отметили в штабе 3-го армейского корпуса.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        covers=("unquantified", "military", "sentence"),
    ),
    Case(
        "Есть погибшие и раненые, их число уточняется, написал в Telegram мэр Одессы около 22:00.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        covers=("unquantified", "sentence"),
    ),
    Case(
        "Гибель не менее тридцати мирных жителей в селе Олешки за 3 дня подтвердили в Мониторинговой миссии ООН.",
        "at_least",
        30,
        30,
        None,
        "killed",
        "civilian",
        covers=("words", "qualifier", "sentence"),
    ),
    Case(
        "Ранения получили более ста человек, в том числе 12 детей, после падения обломков ракеты на жилой "
        "квартал в 6:40.",
        "more_than",
        101,
        None,
        None,
        "wounded",
        covers=("words", "qualifier", "breakdown", "sentence"),
    ),
    Case(
        "Свыше 1 миллиона 300 тысяч жителей покинули север Газы с 13 октября, сообщило Агентство ООН по "
        "делам палестинских беженцев.",
        "more_than",
        1300001,
        None,
        None,
        "displaced",
        covers=("mixed", "qualifier", "sentence"),
    ),
    Case(
        "Боевики «Аш-Шабаб» расстреляли пятерых заложников в 40 км от Могадишо, сообщил источник в полиции.",
        "exact",
        5,
        5,
        5,
        "killed",
        covers=("words", "context_metric", "sentence"),
    ),
    Case(
        "За 2023 год от подрыва на минах и неразорвавшихся боеприпасах в Украине погибли по меньшей мере 98 "
        "детей, заявили в ЮНИСЕФ.",
        "at_least",
        98,
        98,
        None,
        "killed",
        group="children",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "В Херсоне под обстрел попал рейсовый автобус № 12: погибли четыре женщины, еще трое пассажиров ранены.",
        "exact",
        4,
        4,
        4,
        "killed",
        group="women",
        covers=("words", "sentence"),
    ),
    Case(
        f"В Донецкой области с начала вторжения погибли 9{NBSP}177 мирных жителей, по данным прокуратуры на 1 "
        "сентября.",
        "exact",
        9177,
        9177,
        9177,
        "killed",
        "civilian",
        covers=("separator", "sentence"),
    ),
    Case(
        "Около рынка на улице Университетской погибли трое прохожих, сообщил городской голова в 11:30.",
        "exact",
        3,
        3,
        3,
        "killed",
        covers=("false_friend", "words", "sentence"),
    ),
    Case(
        "В ходе столкновений на границе Армении и Азербайджана 13–14 сентября пропали без вести около 20 "
        "армянских военнослужащих.",
        "approximate",
        None,
        20,
        None,
        "missing",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    # --- short phrases ------------------------------------------------------------------------------------------
    Case(
        "не менее 40 мирных жителей погибли",
        "at_least",
        40,
        40,
        None,
        "killed",
        "civilian",
        covers=("qualifier",),
    ),
    Case("как минимум 12 человек погибли", "at_least", 12, 12, None, "killed", covers=("qualifier",)),
    Case(
        "минимум пять человек пропали без вести",
        "at_least",
        5,
        5,
        None,
        "missing",
        covers=("qualifier", "words"),
    ),
    Case("более чем 200 человек погибли", "more_than", 201, None, None, "killed", covers=("qualifier",)),
    Case("свыше 500 раненых", "more_than", 501, None, None, "wounded", covers=("qualifier",)),
    Case("более сотни раненых", "more_than", 101, None, None, "wounded", covers=("qualifier", "words")),
    Case("около тысячи погибших", "approximate", None, 1000, None, "killed", covers=("qualifier", "words")),
    Case("порядка 200 погибших", "approximate", None, 200, None, "killed", covers=("qualifier",)),
    Case(
        "почти 10 000 раненых", "approximate", None, 10000, None, "wounded", covers=("qualifier", "separator")
    ),
    Case(
        "эвакуированы примерно 3 тыс. человек",
        "approximate",
        None,
        3000,
        None,
        "displaced",
        covers=("qualifier",),
    ),
    Case(
        "приблизительно 600 тыс. беженцев",
        "approximate",
        None,
        600000,
        None,
        "displaced",
        covers=("qualifier",),
    ),
    Case(
        "потери составили не более 15 военнослужащих",
        "at_most",
        None,
        None,
        15,
        "casualties",
        "military",
        covers=("qualifier", "military"),
    ),
    Case(
        "погибли менее десяти человек", "fewer_than", None, None, 9, "killed", covers=("qualifier", "words")
    ),
    Case("меньше 20 погибших", "fewer_than", None, None, 19, "killed", covers=("qualifier",)),
    Case("20–25 погибших", "range", 20, None, 25, "killed", covers=("range",)),
    Case(
        "погибли от 30 до 40 боевиков",
        "range",
        30,
        None,
        40,
        "killed",
        "military",
        covers=("range", "military"),
    ),
    Case(
        "из страны бежали от 5 до 7 млн человек",
        "range",
        5000000,
        None,
        7000000,
        "displaced",
        covers=("range",),
    ),
    Case("пропали без вести 300–350 человек", "range", 300, None, 350, "missing", covers=("range",)),
    Case(
        "в плен попали двое или трое военнослужащих",
        "range",
        2,
        None,
        3,
        "captured",
        "military",
        covers=("range", "words"),
    ),
    Case("десятки погибших", "vague", 10, None, None, "killed", covers=("vague",), literal_low=20),
    Case("тысячи раненых", "vague", 1000, None, None, "wounded", covers=("vague",), literal_low=2000),
    Case("тысячи людей погибли", "vague", 1000, None, None, "killed", covers=("vague",), literal_low=2000),
    Case("несколько человек получили ранения", "vague", 3, None, None, "wounded", covers=("vague",)),
    Case("несколько десятков человек ранены", "vague", 30, None, None, "wounded", covers=("vague",)),
    Case("несколько тысяч беженцев", "vague", 3000, None, None, "displaced", covers=("vague",)),
    Case(
        "погибли десятки мирных жителей, еще более 100 ранены",
        "vague",
        10,
        None,
        None,
        "killed",
        "civilian",
        covers=("vague",),
        literal_low=20,
    ),
    Case(
        "сотни тысяч беженцев",
        "vague",
        100000,
        None,
        None,
        "displaced",
        covers=("vague",),
        literal_low=200000,
    ),
    Case(
        "десятки тысяч погибших", "vague", 10000, None, None, "killed", covers=("vague",), literal_low=20000
    ),
    Case(
        "миллионы беженцев", "vague", 1000000, None, None, "displaced", covers=("vague",), literal_low=2000000
    ),
    Case(
        "полторы сотни военнослужащих ВСУ сдались в плен",
        "exact",
        150,
        150,
        150,
        "captured",
        "military",
        covers=("words", "military"),
    ),
    Case(
        "пять десятков заложников были убиты",
        "exact",
        50,
        50,
        50,
        "killed",
        covers=("words", "context_metric"),
    ),
    Case("число погибших достигло сорока шести", "exact", 46, 46, 46, "killed", covers=("words",)),
    Case(
        "эвакуировано свыше семи тысяч жителей",
        "more_than",
        7001,
        None,
        None,
        "displaced",
        covers=("words", "qualifier"),
    ),
    Case("погибла одна женщина", "exact", 1, 1, 1, "killed", group="women", covers=("words",)),
    Case("погибли двое детей", "exact", 2, 2, 2, "killed", group="children", covers=("words",)),
    Case("ранены 19 детей", "exact", 19, 19, 19, "wounded", group="children"),
    Case("погибли трое пенсионеров", "exact", 3, 3, 3, "killed", group="elderly", covers=("words",)),
    Case("погибли двое мужчин", "exact", 2, 2, 2, "killed", group="men", covers=("words",)),
    Case("пропали без вести 37 человек", "exact", 37, 37, 37, "missing"),
    Case("в плен взяты 12 военнослужащих", "exact", 12, 12, 12, "captured", "military", covers=("military",)),
    Case("погиб 1 мирный житель, ранены 3", "exact", 1, 1, 1, "killed", "civilian"),
    Case("1,2 млн беженцев", "exact", 1200000, 1200000, 1200000, "displaced", covers=("separator",)),
    Case("2,5 тыс. раненых", "exact", 2500, 2500, 2500, "wounded", covers=("separator",)),
    Case("за сутки погибли 12 наших героев", "exact", 12, 12, 12, "killed", "military", covers=("military",)),
    Case(
        "нейтрализованы трое диверсантов",
        "exact",
        3,
        3,
        3,
        "killed",
        "military",
        covers=("military", "words"),
    ),
    Case(
        "под Бахмутом погибли 12 военнослужащих",
        "exact",
        12,
        12,
        12,
        "killed",
        "military",
        covers=("false_friend", "military"),
    ),
    Case(
        "противник понес большие потери",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        covers=("unquantified", "military"),
    ),
    Case("много погибших", "unquantified", None, None, None, "killed", covers=("unquantified",)),
    Case(
        "многочисленные жертвы среди мирного населения",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "civilian",
        covers=("unquantified", "context_metric"),
    ),
    Case("погибших нет", "exact", 0, 0, 0, "killed", covers=("zero",)),
    Case("никто не пострадал", "exact", 0, 0, 0, "wounded", covers=("zero", "context_metric")),
    Case("пострадавших нет", "exact", 0, 0, 0, "wounded", covers=("zero", "context_metric")),
    Case("около десятка раненых", "approximate", None, 10, None, "wounded", covers=("qualifier", "words")),
    Case("ранены 17 человек", "exact", 17, 17, 17, "wounded"),
    Case("убиты 8 человек", "exact", 8, 8, 8, "killed"),
)

NON_FIGURES = (
    "с 5 по 12 мая",
    "24 февраля 2022 года",
    "в 2014–2015 годах",
    "с 1991 года",
    "мальчику было 12 лет",
    "мужчина в возрасте 45 лет",
    "в 14:30 по московскому времени",
    "бойцы 93-й отдельной механизированной бригады",
    "на третий день наступления",
    "на 15% больше, чем в прошлом году",
    "ущерб оценивается в 5 млрд рублей",
    "уничтожены 12 танков и 7 БМП",
    "сбиты 25 беспилотников",
    "бои продолжались три дня",
    "в течение 24 часов",
    "повреждены 14 многоэтажных домов",
    "обстрелу подверглись 25 населенных пунктов",
    "противник выпустил 120 снарядов",
    "на улице Ленина, 25",
    "это уже 5-й обстрел за неделю",
    "доставлено 2 000 тонн гуманитарной помощи",
    "в 10 км от границы",
    "заседание Совбеза ООН назначено на 16:00",
    "приказ № 227",
    "каждый третий житель города",
    "пенсия выросла до 20 тысяч рублей",
)

EXTRACTIONS = (
    Extraction(
        "belgorod_tass",
        "БЕЛГОРОД, 15 февраля. /ТАСС/. Семь человек погибли, 17 получили ранения в результате обстрела Белгорода "
        "ВСУ, сообщил губернатор Белгородской области Вячеслав Гладков. По его словам, среди раненых трое детей. "
        "Повреждены 12 частных домов и 4 автомобиля.",
        (
            Expected(
                "Семь человек погибли",
                7,
                7,
                7,
                "killed",
                "Вячеслав Гладков | губернатор Белгородской области",
            ),
            Expected(
                "17 получили ранения",
                17,
                17,
                17,
                "wounded",
                "Вячеслав Гладков | губернатор Белгородской области",
            ),
            Expected("трое детей", 3, 3, 3, "wounded", "Вячеслав Гладков | губернатор Белгородской области"),
        ),
    ),
    Extraction(
        "gaza_health_ministry",
        "Число погибших в секторе Газа с 7 октября возросло до 41 788, сообщило в среду министерство "
        "здравоохранения анклава. По данным Минздрава Газы, еще 96 794 человека получили ранения. Среди "
        "погибших — 16 795 детей, уточнили в ведомстве.",
        (
            Expected(
                "возросло до 41 788",
                41788,
                41788,
                41788,
                "killed",
                "министерство здравоохранения анклава | Минздрав Газы | Минздрава Газы",
            ),
            Expected(
                "96 794 человека получили ранения",
                96794,
                96794,
                96794,
                "wounded",
                "Минздрава Газы | Минздрав Газы | министерство здравоохранения анклава",
            ),
            Expected(
                "16 795 детей",
                16795,
                16795,
                16795,
                "killed",
                "Минздрава Газы | Минздрав Газы | министерство здравоохранения анклава | ведомстве",
            ),
        ),
    ),
    Extraction(
        "general_staff_ua",
        "Общие боевые потери противника с 24.02.22 по 20.10.24 составили около 680 тысяч человек, сообщает "
        "Генеральный штаб ВСУ. За минувшие сутки ликвидировано 1 420 оккупантов. Также уничтожены 8 танков, 24 "
        "бронемашины и 40 артиллерийских систем.",
        (
            Expected(
                "около 680 тысяч человек",
                None,
                680000,
                None,
                "casualties",
                "Генеральный штаб ВСУ | Генштаб ВСУ",
            ),
            Expected(
                "ликвидировано 1 420 оккупантов",
                1420,
                1420,
                1420,
                "killed",
                "Генеральный штаб ВСУ | Генштаб ВСУ",
            ),
        ),
    ),
    Extraction(
        "mod_russia",
        "Подразделения группировки «Север» нанесли поражение формированиям трех механизированных бригад ВСУ, "
        "заявили в Минобороны России. Потери противника составили до 230 военнослужащих, два танка и пять "
        "автомобилей. По данным ведомства, в плен сдались 12 украинских военнослужащих.",
        (
            Expected(
                "до 230 военнослужащих",
                None,
                None,
                230,
                "casualties",
                "Минобороны России | Минобороны | ведомства",
            ),
            Expected(
                "в плен сдались 12 украинских военнослужащих",
                12,
                12,
                12,
                "captured",
                "Минобороны России | Минобороны | ведомства",
            ),
        ),
    ),
    Extraction(
        "un_monitoring_mission",
        "Мониторинговая миссия ООН по правам человека в Украине зафиксировала гибель 11 743 мирных жителей, в "
        "том числе 614 детей, с 24 февраля 2022 года. Еще 24 614 человек получили ранения, говорится в докладе "
        "миссии. Глава миссии Даниэлла Белл заявила, что в октябре погибли по меньшей мере 165 мирных жителей.",
        (
            Expected(
                "гибель 11 743 мирных жителей",
                11743,
                11743,
                11743,
                "killed",
                "Мониторинговая миссия ООН по правам человека в Украине | Мониторинговая миссия ООН",
            ),
            Expected(
                "614 детей",
                614,
                614,
                614,
                "killed",
                "Мониторинговая миссия ООН по правам человека в Украине | Мониторинговая миссия ООН",
            ),
            Expected(
                "24 614 человек получили ранения",
                24614,
                24614,
                24614,
                "wounded",
                "Мониторинговая миссия ООН по правам человека в Украине | Мониторинговая миссия ООН | миссии",
            ),
            Expected(
                "по меньшей мере 165 мирных жителей", 165, 165, None, "killed", "Даниэлла Белл | Глава миссии"
            ),
        ),
    ),
    Extraction(
        "dnipro_drones",
        "В результате атаки беспилотников на Днепр погибли два человека, еще девять ранены, сообщил глава "
        "Днепропетровской ОВА Сергей Лысак в Telegram. По словам мэра города Бориса Филатова, повреждены 3 "
        "многоэтажки.",
        (
            Expected("погибли два человека", 2, 2, 2, "killed", "Сергей Лысак | глава Днепропетровской ОВА"),
            Expected("девять ранены", 9, 9, 9, "wounded", "Сергей Лысак | глава Днепропетровской ОВА"),
        ),
    ),
    Extraction(
        "border_clashes_wire",
        "Как передает агентство Reuters, в результате столкновений на границе погибли не менее 40 человек. "
        "Ранее сообщалось о 12 пострадавших. Согласно данным УВКБ ООН, из района боев выехали более 6 тысяч "
        "беженцев.",
        (
            Expected("погибли не менее 40 человек", 40, 40, None, "killed", "Reuters | агентство Reuters"),
            Expected("12 пострадавших", 12, 12, 12, "wounded", None),
            Expected("более 6 тысяч беженцев", 6001, None, None, "displaced", "УВКБ ООН"),
        ),
    ),
)
