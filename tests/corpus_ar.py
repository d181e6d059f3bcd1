"""An Arabic corpus for the reader (issue 16), written blind: before reading claims/parsing/, like a held-out set.

The sentences are written in the manner of Arabic-language media (health ministries' statements, SANA, WAFA, Al
Jazeera, the Syrian Observatory, UN Arabic releases, military spokesmen's bulletins); the events, figures and
names are invented or altered and none of them may be cited as a fact. Labels follow tests/language_corpus.py and
tests/reading_corpus.py: "ما لا يقل عن 40" is at_least 40/40/None, "أكثر من 300" more_than 301, "ما يصل إلى 50"
at_most None/None/50, "أقل من 10" fewer_than None/None/9; عشرات is vague 10 (20 literal), مئات 100 (200), آلاف 1,000
(2,000), عشرات الآلاف 10,000 (20,000), مئات الآلاف 100,000 (200,000); عدة and بضعة are several, 3, and "بضع
مئات" 3 × 100 under either convention. شهداء / استشهد / ارتقى (martyrdom) and a bulletin's "eliminated" or
"neutralised" are killed; إصابات, مصابين and جرحى are wounded; "بين قتيل وجريح", "قتل وجرح" and خسائر are
casualties; hostages or prisoners who were killed are killed. Children, women, citizens and Palestinians are
population `all` unless the text calls them civilians; soldiers, عناصر of an army or a militia, fighters, gunmen,
terrorists and the enemy are military.
"""

from __future__ import annotations

from tests.language_corpus import Case, Expected, Extraction

CASES = [
    # --- Whole sentences as Arabic-language media print them -------------------------------------------------------
    Case(
        "أعلنت وزارة الصحة في غزة، الأحد 12 مايو/أيار 2024، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 35 ألفا"
        " و34 شهيدا و79 ألفا و68 إصابة.",
        "exact",
        35034,
        35034,
        35034,
        "killed",
        covers=("mixed", "sentence"),
    ),
    Case(
        "وقالت الوزارة في بيان إن 82 شهيدا و234 مصابا وصلوا إلى مستشفيات القطاع خلال الساعات الـ24 الماضية.",
        "exact",
        82,
        82,
        82,
        "killed",
        covers=("sentence",),
    ),
    Case(
        "أفاد المرصد السوري لحقوق الإنسان بمقتل ما لا يقل عن 14 عنصرا من قوات النظام في هجوم لخلايا تنظيم داعش في"
        " بادية دير الزور، يوم الخميس 4 يناير.",
        "at_least",
        14,
        14,
        None,
        "killed",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    Case(
        "استشهد ثلاثة مواطنين وأصيب خمسة آخرون بجروح، إثر قصف إسرائيلي استهدف منزلا في حي الشجاعية شرق مدينة غزة"
        " فجر اليوم.",
        "exact",
        3,
        3,
        3,
        "killed",
        covers=("words", "sentence"),
    ),
    Case(
        "ذكرت وكالة الأنباء الفلسطينية (وفا) أن طفلين استشهدا برصاص قوات الاحتلال في مخيم جنين مساء الثلاثاء، وأن"
        " شابا ثالثا أصيب بجروح خطيرة.",
        "exact",
        2,
        2,
        2,
        "killed",
        "all",
        "children",
        covers=("words", "sentence"),
    ),
    Case(
        "وأعلن الدفاع المدني انتشال جثث 27 شخصا، بينهم 9 أطفال و6 نساء، من تحت أنقاض بناء مؤلف من خمسة طوابق في"
        " مدينة جنديرس بريف حلب.",
        "exact",
        27,
        27,
        27,
        "killed",
        covers=("breakdown", "sentence"),
    ),
    Case(
        "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن نحو 1.7 مليون شخص نزحوا داخل قطاع غزة، أي ما يعادل 75"
        " في المئة من السكان.",
        "approximate",
        None,
        1_700_000,
        None,
        "displaced",
        covers=("qualifier", "separator", "sentence"),
    ),
    Case(
        "أعلنت وزارة الصحة اللبنانية أن الغارات الإسرائيلية على الجنوب والبقاع أدت إلى استشهاد 492 شخصا، بينهم 35"
        " طفلا و58 سيدة، وإصابة 1645 آخرين يوم الاثنين 23 أيلول/سبتمبر.",
        "exact",
        492,
        492,
        492,
        "killed",
        covers=("breakdown", "sentence"),
    ),
    Case(
        "وأكد المتحدث العسكري أن القوات المسلحة كبدت العدو خسائر بشرية فادحة على جبهة مأرب خلال الساعات الـ48"
        " الماضية.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        covers=("unquantified", "military", "sentence"),
    ),
    Case(
        "قُتل أكثر من 300 مدني خلال الأسبوع الأول من المعارك في الخرطوم، وفق نقابة أطباء السودان.",
        "more_than",
        301,
        None,
        None,
        "killed",
        "civilian",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "أصيب أقل من 10 أشخاص بجروح طفيفة في الانفجار الذي وقع قرب محطة الحافلات عند الساعة 7:15 صباحا، بحسب"
        " الشرطة.",
        "fewer_than",
        None,
        None,
        9,
        "wounded",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "أسفرت المواجهات عن سقوط ما يقارب 200 قتيل في صفوف قوات الدعم السريع خلال يومين من القتال في محيط الفاشر.",
        "approximate",
        None,
        200,
        None,
        "killed",
        "military",
        covers=("qualifier", "military", "sentence"),
    ),
    Case(
        "قتل ما يصل إلى 50 شخصا في غارة جوية استهدفت سوقا شعبيا في بلدة الكومة بشمال دارفور، حسب ناشطين محليين.",
        "at_most",
        None,
        None,
        50,
        "killed",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "قالت وزارة الصحة إن حصيلة الضحايا ارتفعت إلى 104 قتلى و450 جريحا، مشيرة إلى أن الفرق الطبية ما زالت تعمل"
        " في 3 مواقع.",
        "exact",
        104,
        104,
        104,
        "killed",
        covers=("context_metric", "sentence"),
    ),
    Case(
        "وقدرت الأمم المتحدة عدد القتلى في السودان بين 20 و22 ألفا منذ اندلاع الحرب في 15 أبريل/نيسان 2023.",
        "range",
        20_000,
        None,
        22_000,
        "killed",
        covers=("range", "sentence"),
    ),
    Case(
        "لقي ما بين 15 و20 شخصا حتفهم في قصف مدفعي استهدف مخيم زمزم للنازحين، حسبما أفادت المنسقية العامة للنازحين"
        " واللاجئين.",
        "range",
        15,
        None,
        20,
        "killed",
        covers=("range", "sentence"),
    ),
    Case(
        "أعلن الجيش الإسرائيلي مقتل جنديين وإصابة ضابط بجروح خطيرة في معارك جنوب قطاع غزة، صباح الجمعة.",
        "exact",
        2,
        2,
        2,
        "killed",
        "military",
        covers=("words", "military", "sentence"),
    ),
    Case(
        "ذكرت وكالة سانا أن 4 من عناصر الجيش العربي السوري ارتقوا شهداء وأصيب 7 آخرون جراء اعتداء إرهابي على نقطة"
        " عسكرية في ريف إدلب الجنوبي.",
        "exact",
        4,
        4,
        4,
        "killed",
        "military",
        covers=("military", "context_metric", "sentence"),
    ),
    Case(
        "قالت حركة حماس في بيان إن 6 من الأسرى الإسرائيليين قتلوا في غارة جوية إسرائيلية على رفح يوم 10 أغسطس.",
        "exact",
        6,
        6,
        6,
        "killed",
        covers=("context_metric", "sentence"),
    ),
    Case(
        "أفاد مراسل الجزيرة باستشهاد 7 فلسطينيين، بينهم 3 أطفال، في غارة على منزل في دير البلح وسط القطاع.",
        "exact",
        7,
        7,
        7,
        "killed",
        covers=("breakdown", "sentence"),
    ),
    Case(
        "ولم يسفر القصف عن وقوع ضحايا، واقتصرت الأضرار على الماديات، وفق ما أعلنته مديرية الدفاع المدني في"
        " اللاذقية.",
        "exact",
        0,
        0,
        0,
        "casualties",
        covers=("zero", "context_metric", "sentence"),
    ),
    Case(
        "لم تسجل أي خسائر بشرية جراء سقوط الصاروخ في منطقة مفتوحة قرب مستوطنة سديروت مساء الأحد.",
        "exact",
        0,
        0,
        0,
        "casualties",
        covers=("zero", "sentence"),
    ),
    Case(
        "استشهد عشرات المواطنين في سلسلة غارات عنيفة على مخيم النصيرات وسط قطاع غزة منذ ساعات الصباح.",
        "vague",
        10,
        None,
        None,
        "killed",
        covers=("vague", "sentence"),
        literal_low=20,
    ),
    Case(
        "نزح مئات الآلاف من سكان ولاية الجزيرة منذ دخول قوات الدعم السريع إلى ود مدني في ديسمبر/كانون الأول 2023.",
        "vague",
        100_000,
        None,
        None,
        "displaced",
        covers=("vague", "sentence"),
        literal_low=200_000,
    ),
    Case(
        "وارتفع عدد الشهداء حتى الآن إلى 120 شهيدا، بحسب مصادر طبية في مستشفى شهداء الأقصى.",
        "exact",
        120,
        120,
        120,
        "killed",
        covers=("false_friend", "sentence"),
    ),
    Case(
        "نزح 300 شخص نحو جنوب القطاع خلال 3 أيام، وفق تقديرات محلية.",
        "exact",
        300,
        300,
        300,
        "displaced",
        covers=("false_friend", "sentence"),
    ),
    Case(
        "وأسفر الهجوم عن سقوط 15 شخصا بين قتيل وجريح، في حصيلة غير نهائية.",
        "exact",
        15,
        15,
        15,
        "casualties",
        covers=("false_friend", "context_metric", "sentence"),
    ),
    Case(
        "وصل عدد القتلى إلى 50 بعد وفاة 3 جرحى متأثرين بإصاباتهم، وفق مصدر في مستشفى الجمهورية.",
        "exact",
        50,
        50,
        50,
        "killed",
        covers=("false_friend", "sentence"),
    ),
    Case(
        "قتل 5 أشخاص حوالي الساعة الثالثة فجرا في قصف استهدف حي الصالحين بمدينة حلب.",
        "exact",
        5,
        5,
        5,
        "killed",
        covers=("false_friend", "sentence"),
    ),
    Case(
        "قصفت الطائرات الحربية الحي أكثر من مرة، ما أدى إلى مقتل 8 مدنيين وتدمير 4 منازل.",
        "exact",
        8,
        8,
        8,
        "killed",
        "civilian",
        covers=("false_friend", "sentence"),
    ),
    Case(
        "استشهد 3 أطفال تتراوح أعمارهم بين 8 و14 عاما بانفجار جسم من مخلفات الحرب في ريف درعا.",
        "exact",
        3,
        3,
        3,
        "killed",
        "all",
        "children",
        covers=("sentence",),
    ),
    Case(
        "مقتل 6 جنود من اللواء 47 في هجوم بطائرة مسيرة على مواقعهم قرب بلدة أفدييفكا، بحسب مصادر عسكرية.",
        "exact",
        6,
        6,
        6,
        "killed",
        "military",
        covers=("military", "sentence"),
    ),
    Case(
        "وفي 7 أكتوبر 2023 قُتل نحو 1200 شخص في إسرائيل، وفق الأرقام الإسرائيلية الرسمية.",
        "approximate",
        None,
        1200,
        None,
        "killed",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "في اليوم الـ100 للحرب، تجاوز عدد الشهداء في قطاع غزة 24 ألفا، وفق وزارة الصحة.",
        "more_than",
        24_001,
        None,
        None,
        "killed",
        covers=("qualifier", "mixed", "sentence"),
    ),
    Case(
        "وقالت اللجنة الدولية للصليب الأحمر إن زهاء 60 شخصا أصيبوا في الاشتباكات التي اندلعت في طرابلس ليل"
        " الاثنين.",
        "approximate",
        None,
        60,
        None,
        "wounded",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "أعلنت السلطات المحلية نزوح قرابة 90 ألف شخص من القرى الحدودية خلال الأسبوعين الماضيين.",
        "approximate",
        None,
        90_000,
        None,
        "displaced",
        covers=("qualifier", "mixed", "sentence"),
    ),
    Case(
        "قالت مصادر طبية إن 12 شخصا قتلوا على الأقل وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق مدينة أعزاز.",
        "at_least",
        12,
        12,
        None,
        "killed",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "أعلنت القوات المسلحة اليمنية ارتقاء 12 من أبطالها خلال تصديهم للعدوان في الحديدة.",
        "exact",
        12,
        12,
        12,
        "killed",
        "military",
        covers=("military", "context_metric", "sentence"),
    ),
    Case(
        "قال متحدث باسم الجيش إن قواته تمكنت من تحييد 25 إرهابيا وتدمير 3 عربات مدرعة في عملية نوعية شمال سيناء.",
        "exact",
        25,
        25,
        25,
        "killed",
        "military",
        covers=("military", "context_metric", "sentence"),
    ),
    Case(
        "أعلنت كتائب القسام مقتل أسيرين إسرائيليين بنيران جيش الاحتلال في قصف على خان يونس.",
        "exact",
        2,
        2,
        2,
        "killed",
        covers=("words", "context_metric", "sentence"),
    ),
    Case(
        "وأوضح التقرير أن 10 آلاف شخص ما زالوا في عداد المفقودين تحت أنقاض المباني المدمرة.",
        "exact",
        10_000,
        10_000,
        10_000,
        "missing",
        covers=("mixed", "sentence"),
    ),
    Case(
        "اعتقلت قوات الاحتلال 25 فلسطينيا على الأقل خلال حملة مداهمات في الضفة الغربية الليلة الماضية، بحسب نادي"
        " الأسير.",
        "at_least",
        25,
        25,
        None,
        "captured",
        covers=("qualifier", "sentence"),
    ),
    Case(
        "اختطف مسلحون 12 مدنيا من قرية في ولاية زمفرا يوم السبت 3 فبراير، وفق الشرطة المحلية.",
        "exact",
        12,
        12,
        12,
        "captured",
        "civilian",
        covers=("sentence",),
    ),
    Case(
        "وأكد المرصد السوري أن حصيلة القتلى في صفوف المدنيين منذ مطلع العام الجاري بلغت 1,342 قتيلا، بينهم 256"
        " طفلا.",
        "exact",
        1342,
        1342,
        1342,
        "killed",
        "civilian",
        covers=("separator", "breakdown", "sentence"),
    ),
    Case(
        "أعلنت وزارة الصحة ارتفاع حصيلة الشهداء إلى ٣٤٬٨٤٤ شهيدا، والإصابات إلى ٧٨٬٤٠٤ منذ بدء العدوان.",
        "exact",
        34_844,
        34_844,
        34_844,
        "killed",
        covers=("separator", "sentence"),
    ),
    Case(
        "بلغ عدد النازحين داخليا ١٫٧ مليون نازح وفق أحدث أرقام الوكالة.",
        "exact",
        1_700_000,
        1_700_000,
        1_700_000,
        "displaced",
        covers=("separator", "sentence"),
    ),
    Case(
        "وقالت الوزارة إن 34.183 فلسطينيا استشهدوا منذ السابع من أكتوبر.",
        "exact",
        34_183,
        34_183,
        34_183,
        "killed",
        covers=("separator", "sentence"),
    ),
    Case(
        "وأفاد الهلال الأحمر بأن طواقمه نقلت ۲۳ مصابا إلى مستشفيات المدينة بعد القصف.",
        "exact",
        23,
        23,
        23,
        "wounded",
        covers=("sentence",),
    ),
    Case(
        "وقتل 3 أو 4 جنود في الكمين الذي نصبه مسلحون على طريق سرت، بحسب مصدر أمني.",
        "range",
        3,
        None,
        4,
        "killed",
        "military",
        covers=("range", "military", "sentence"),
    ),
    Case(
        "أسفر القصف عن سقوط عدد كبير من الشهداء والجرحى في منطقة تل الهوى جنوب غرب مدينة غزة.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        covers=("unquantified", "sentence"),
    ),
    Case(
        "قُتِلَ ثَلاثَةُ أَشْخاصٍ وَأُصِيبَ آخَرُونَ فِي غارَةٍ عَلَى بَلْدَةِ عيتا الشعب.",
        "exact",
        3,
        3,
        3,
        "killed",
        covers=("words", "sentence"),
    ),
    Case(
        "وأفادت مصادر محلية بأن 9 مدنيين قتلوا وأصيب 14 آخرون، بينهم 4 نساء، في قصف طال السوق الشعبي في مدينة"
        " الأبيض عند الساعة 11 صباحا.",
        "exact",
        9,
        9,
        9,
        "killed",
        "civilian",
        covers=("sentence",),
    ),
    Case(
        "أحصت المفوضية السامية لحقوق الإنسان مقتل ما لا يقل عن 40 مدنيا في الهجمات التي شهدتها المنطقة بين 1 و15"
        " مارس.",
        "at_least",
        40,
        40,
        None,
        "killed",
        "civilian",
        covers=("qualifier", "sentence"),
    ),
    # --- Short phrases --------------------------------------------------------------------------------------------
    Case("قتل عشرون مدنيا", "exact", 20, 20, 20, "killed", "civilian", covers=("words",)),
    Case("إصابة عشرين شخصا", "exact", 20, 20, 20, "wounded", covers=("words",)),
    Case("مقتل مئة شخص", "exact", 100, 100, 100, "killed", covers=("words",)),
    Case("أكثر من مائة قتيل", "more_than", 101, None, None, "killed", covers=("words", "qualifier")),
    Case("استشهاد مئتي فلسطيني", "exact", 200, 200, 200, "killed", covers=("words",)),
    Case("مئتان من الجرحى", "exact", 200, 200, 200, "wounded", covers=("words",)),
    Case("ثلاثة آلاف نازح", "exact", 3000, 3000, 3000, "displaced", covers=("words",)),
    Case("سقوط ألفي قتيل", "exact", 2000, 2000, 2000, "killed", covers=("words",)),
    Case("مقتل خمسة عشر جنديا", "exact", 15, 15, 15, "killed", "military", covers=("words", "military")),
    Case("استشهاد إحدى عشرة امرأة", "exact", 11, 11, 11, "killed", "all", "women", covers=("words",)),
    Case("استشهدت ثلاث نساء", "exact", 3, 3, 3, "killed", "all", "women", covers=("words",)),
    Case("مقتل اثنين من المارة", "exact", 2, 2, 2, "killed", covers=("words",)),
    Case("إصابة خمسة وعشرين شخصا", "exact", 25, 25, 25, "wounded", covers=("words",)),
    Case("أربعمئة وخمسون مصابا", "exact", 450, 450, 450, "wounded", covers=("words",)),
    Case("نزوح سبعمائة شخص", "exact", 700, 700, 700, "displaced", covers=("words",)),
    Case(
        "أكثر من مليون نازح", "more_than", 1_000_001, None, None, "displaced", covers=("words", "qualifier")
    ),
    Case("مقتل ثماني نساء", "exact", 8, 8, 8, "killed", "all", "women", covers=("words",)),
    Case("استشهد ستة عشر طفلا", "exact", 16, 16, 16, "killed", "all", "children", covers=("words",)),
    Case("ثلاثمئة شهيد", "exact", 300, 300, 300, "killed", covers=("words",)),
    Case("ألف قتيل", "exact", 1000, 1000, 1000, "killed", covers=("words",)),
    Case("أكثر من ألفي شهيد", "more_than", 2001, None, None, "killed", covers=("words", "qualifier")),
    Case("ثلاثين ألف نازح", "exact", 30_000, 30_000, 30_000, "displaced", covers=("words",)),
    Case("13 ألفا و430 شهيدا", "exact", 13_430, 13_430, 13_430, "killed", covers=("mixed",)),
    Case("3 آلاف قتيل", "exact", 3000, 3000, 3000, "killed", covers=("mixed",)),
    Case("استشهاد ٣٤ فلسطينيا", "exact", 34, 34, 34, "killed"),
    Case("إصابة ۳۴ شخصا", "exact", 34, 34, 34, "wounded"),
    Case("استشهاد طفلين", "exact", 2, 2, 2, "killed", "all", "children", covers=("words",)),
    Case("شهيدان", "exact", 2, 2, 2, "killed", covers=("words",)),
    Case("إصابة جنديين", "exact", 2, 2, 2, "wounded", "military", covers=("words", "military")),
    Case("مقتل امرأتين", "exact", 2, 2, 2, "killed", "all", "women", covers=("words",)),
    Case(
        "سقوط آلاف القتلى والجرحى",
        "vague",
        1000,
        None,
        None,
        "casualties",
        covers=("vague", "context_metric"),
        literal_low=2000,
    ),
    Case(
        "قتل عشرات الآلاف من المدنيين",
        "vague",
        10_000,
        None,
        None,
        "killed",
        "civilian",
        covers=("vague",),
        literal_low=20_000,
    ),
    Case("أصيب مئات الأشخاص", "vague", 100, None, None, "wounded", covers=("vague",), literal_low=200),
    Case(
        "مقتل بضع مئات من المقاتلين",
        "vague",
        300,
        None,
        None,
        "killed",
        "military",
        covers=("vague", "military"),
    ),
    Case("مقتل عدة أشخاص", "vague", 3, None, None, "killed", covers=("vague",)),
    Case("أسر بضعة جنود", "vague", 3, None, None, "captured", "military", covers=("vague", "military")),
    Case(
        "عشرات من جنود العدو بين قتيل وجريح",
        "vague",
        10,
        None,
        None,
        "casualties",
        "military",
        covers=("vague", "military", "false_friend"),
        literal_low=20,
    ),
    Case("الآلاف من النازحين", "vague", 1000, None, None, "displaced", covers=("vague",), literal_low=2000),
    Case("وقوع العديد من القتلى", "unquantified", None, None, None, "killed", covers=("unquantified",)),
    Case("سقوط قتلى وجرحى", "unquantified", None, None, None, "casualties", covers=("unquantified",)),
    Case(
        "تكبيد العدو خسائر فادحة",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        covers=("unquantified", "military"),
    ),
    Case("لم يقتل أحد", "exact", 0, 0, 0, "killed", covers=("zero",)),
    Case("دون وقوع إصابات", "exact", 0, 0, 0, "wounded", covers=("zero", "context_metric")),
    Case(
        "مقتل حوالي 40 مسلحا",
        "approximate",
        None,
        40,
        None,
        "killed",
        "military",
        covers=("qualifier", "military"),
    ),
    Case("حتى 40 قتيلا", "at_most", None, None, 40, "killed", covers=("qualifier",)),
    Case("ما يزيد على 1200 قتيل", "more_than", 1201, None, None, "killed", covers=("qualifier",)),
    Case("قتل 30 شخصا تقريبا", "approximate", None, 30, None, "killed", covers=("qualifier",)),
    Case("ما يناهز 500 جريح", "approximate", None, 500, None, "wounded", covers=("qualifier",)),
    Case("لا يقل عن 9 قتلى", "at_least", 9, 9, None, "killed", covers=("qualifier",)),
    Case("أزيد من 70 قتيلا", "more_than", 71, None, None, "killed", covers=("qualifier",)),
    Case("ما لا يزيد على 20 جريحا", "at_most", None, None, 20, "wounded", covers=("qualifier",)),
    Case("أقل من مئة قتيل", "fewer_than", None, None, 99, "killed", covers=("qualifier", "words")),
    Case("من 5 إلى 7 قتلى", "range", 5, None, 7, "killed", covers=("range",)),
    Case("20-25 قتيلا", "range", 20, None, 25, "killed", covers=("range",)),
    Case("بين 150 و200 جريح", "range", 150, None, 200, "wounded", covers=("range",)),
    Case("ارتفع عدد ضحايا المجزرة إلى 45", "exact", 45, 45, 45, "killed", covers=("context_metric",)),
    Case("تسجيل 68 إصابة", "exact", 68, 68, 68, "wounded", covers=("context_metric",)),
    Case("ما زال 7 صيادين في عداد المفقودين", "exact", 7, 7, 7, "missing"),
    Case("مقتل 3 رهائن", "exact", 3, 3, 3, "killed", covers=("context_metric",)),
    Case("أسر 5 جنود", "exact", 5, 5, 5, "captured", "military", covers=("military",)),
    Case("إيقاع 15 قتيلا في صفوف العدو", "exact", 15, 15, 15, "killed", "military", covers=("military",)),
    Case(
        "قتل وجرح 20 جنديا إسرائيليا",
        "exact",
        20,
        20,
        20,
        "casualties",
        "military",
        covers=("military", "context_metric"),
    ),
    Case(
        "بلغت خسائر العدو 870 عنصرا",
        "exact",
        870,
        870,
        870,
        "casualties",
        "military",
        covers=("military", "context_metric"),
    ),
    # Presentation forms ("قتل 12 شخصا" as a PDF or an old page shapes it) and tatweel.
    Case("\ufed7\ufe98\ufede 12 \ufeb7\ufea8\ufebc\ufe8e", "exact", 12, 12, 12, "killed"),
    Case("استـشـهاد 5 مواطـنين", "exact", 5, 5, 5, "killed"),
    Case("مقتل 4 مسنين", "exact", 4, 4, 4, "killed", "all", "elderly"),
    Case("استشهاد 7 رجال", "exact", 7, 7, 7, "killed", "all", "men"),
    Case("4 شهداء و10 جرحى", "exact", 4, 4, 4, "killed"),
    Case("مقتل 12 شخصا بينهم 5 أطفال", "exact", 12, 12, 12, "killed", covers=("breakdown",)),
    Case(
        "ما لا يقل عن 40 مدنيا قتلوا", "at_least", 40, 40, None, "killed", "civilian", covers=("qualifier",)
    ),
    Case("1 مليون و300 ألف نازح", "exact", 1_300_000, 1_300_000, 1_300_000, "displaced", covers=("mixed",)),
    # --- Added while tuning on real text (not blind): variants of the rules behind the third batch's misses -------
    # Killed and wounded, or victims, with no number: "بين قتيل وجريح", a bare plural after a verb that caused it.
    Case("وأوقعت الغارة من كانوا في المنزل بين قتيل وجريح", "unquantified", None, None, None, "casualties"),
    Case(
        "استهدفت المقاومة قوة مشاة للاحتلال وأوقعت أفرادها بين قتيل وجريح",
        "unquantified",
        None,
        None,
        None,
        "casualties",
        "military",
        covers=("unquantified", "military"),
    ),
    Case("أسفر القصف عن ضحايا في صفوف المدنيين", "unquantified", None, None, None, "casualties", "civilian"),
    Case("خلفت الغارة الإسرائيلية قتلى في حي الزيتون", "unquantified", None, None, None, "killed"),
    Case("أدى الانفجار إلى إصابات في صفوف العمال", "unquantified", None, None, None, "wounded"),
    Case("لم يسفر الهجوم عن ضحايا", "exact", 0, 0, 0, "casualties", covers=("zero",)),
    # Harm to people ("أضرار بشرية") is casualties, and none of it a zero.
    Case("لم يسفر سقوط القذيفة عن أي أضرار بشرية", "exact", 0, 0, 0, "casualties", covers=("zero",)),
    Case("دون تسجيل أضرار بشرية", "exact", 0, 0, 0, "casualties", covers=("zero",)),
    # "One of them" is a part of the count, not whom it counts.
    Case("مقتل شخصين اثنين أحدهما امرأة", "exact", 2, 2, 2, "killed", covers=("breakdown",)),
    Case("استشهاد ثلاثة مواطنين أحدهم طفل", "exact", 3, 3, 3, "killed", covers=("breakdown",)),
    # The article before a number after a bound ("تجاوز الـ 9000") is no designation.
    Case("تجاوز عدد المفقودين الـ 500", "more_than", 501, None, None, "missing", covers=("qualifier",)),
    Case("سقط أكثر من الـ 200 قتيل", "more_than", 201, None, None, "killed", covers=("qualifier",)),
    Case("يتخطى عدد النازحين الـ 3 ملايين", "more_than", 3_000_001, None, None, "displaced"),
    # "فيما", "بينما", "في حين" open another clause: its casualty word is not the number's before it.
    Case("بلغ عدد الشهداء 30 فيما جرح 50 آخرون", "exact", 30, 30, 30, "killed"),
    Case("ارتفعت حصيلة القتلى إلى 45 في حين أصيب 120", "exact", 45, 45, 45, "killed"),
    # A barrier or a threshold crossed is more than it; one approached, about it.
    Case("تخطت أعداد اللاجئين، حاجز المليونين", "more_than", 2_000_001, None, None, "displaced"),
    Case("تجاوز عدد القتلى عتبة الألف", "more_than", 1001, None, None, "killed", covers=("qualifier",)),
    Case("اقترب عدد النازحين من حاجز المليون", "approximate", None, 1_000_000, None, "displaced"),
    Case("نزح نحو 1.5 مليون نسمة", "approximate", None, 1_500_000, None, "displaced"),
    # A number with the article after the noun it counts: its noun says whom.
    Case("استشهاد الأطفال الثلاثة", "exact", 3, 3, 3, "killed", "all", "children", covers=("words",)),
    Case("أصيبت النساء الأربع بجروح", "exact", 4, 4, 4, "wounded", "all", "women", covers=("words",)),
    Case("قتل الجنود الستة في الكمين", "exact", 6, 6, 6, "killed", "military", covers=("words",)),
    Case(
        "وأكدت المصادر أنه باستشهاد الشبان الخمسة يرتفع عدد الشهداء إلى 90",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "men",
    ),
    # Women named by their trade or people; young men are men.
    Case("مقتل مجندة إسرائيلية", "exact", 1, 1, 1, "killed", "military", "women"),
    Case("استشهاد مواطنة في قصف", "exact", 1, 1, 1, "killed", "all", "women"),
    Case("مقتل 3 فلسطينيات", "exact", 3, 3, 3, "killed", "all", "women"),
    Case("أصيبت ممرضة برصاص قناص", "exact", 1, 1, 1, "wounded", "all", "women"),
    # A verb that takes lives kills.
    Case("انفجار أودى بحياة 5 أشخاص", "exact", 5, 5, 5, "killed"),
    Case("حصدت الكوليرا أرواح 40 شخصا", "exact", 40, 40, 40, "killed"),
    Case("الحادث أودى بحياة شاب", "exact", 1, 1, 1, "killed", "all", "men"),
    # People listed before their fate ("and" written onto the next noun), a relative named by whose he is.
    Case("فتاة وشاب استشهدا برصاص الاحتلال", "exact", 2, 2, 2, "killed", covers=("words",)),
    Case("طفل وامرأة قتلا في القصف", "exact", 2, 2, 2, "killed"),
    Case("رجل وزوجته لقيا حتفهما", "exact", 2, 2, 2, "killed"),
    Case("استشهد فتى وفتاة", "exact", 2, 2, 2, "killed", "all", "children"),
    Case("أصيبت امرأة وطفلها", "exact", 2, 2, 2, "wounded"),
    # One of them ("أحد") is one; no one ("لم يصب أحد") a zero.
    Case("قتل أحد عناصر الأمن", "exact", 1, 1, 1, "killed", "military"),
    Case("استشهاد أحد الشبان وإصابة 3 آخرين", "exact", 1, 1, 1, "killed", "all", "men"),
    Case("لم يصب أحد بأذى", "exact", 0, 0, 0, "wounded", covers=("zero",)),
    # The present of the verbs of harm.
    Case("الاحتلال يعتقل 20 مواطنا", "exact", 20, 20, 20, "captured"),
    Case("تشرد مئات الآلاف من السكان", "vague", 100_000, None, None, "displaced", literal_low=200_000),
    # "A number of" counts whom it names: people in either case, not things, nor those who speak.
    Case("دمرت الغارات العديد من المباني وقتلت عددا من السكان", "unquantified", None, None, None, "killed"),
    Case("يقدر العديد من الخبراء عدد القتلى بنحو 500", "approximate", None, 500, None, "killed"),
    Case(
        "أكد العديد من الشهود سقوط قتلى", "unquantified", None, None, None, "killed", covers=("unquantified",)
    ),
    Case("قتل عدد من المسؤولين في الهجوم", "unquantified", None, None, None, "killed"),
    # Zeros: none recorded ("لم يتم تسجيل"), free of harm ("خلا من"), damage to things only.
    Case("لم يتم تسجيل أي حالة وفاة", "exact", 0, 0, 0, "killed", covers=("zero",)),
    Case("خلا الحادث من الإصابات", "exact", 0, 0, 0, "wounded", covers=("zero",)),
    Case("اقتصرت الأضرار على الماديات", "exact", 0, 0, 0, "casualties", covers=("zero",)),
    Case("خلا ذلك قتل 5 أشخاص", "exact", 5, 5, 5, "killed"),
    # Men of a service are its members, of no one group; the police are no army (as in every language here).
    Case("مقتل 5 من رجال الأمن", "exact", 5, 5, 5, "killed"),
    Case("قتل 3 رجال شرطة في كمين", "exact", 3, 3, 3, "killed"),
    # Civil institutions are no civilians.
    Case(
        "أعلنت الهيئة العامة للشؤون المدنية أن 10 من الأسرى قضوا في سجون الاحتلال",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # More than, as the press also writes it.
    Case("قتل فوق 100 شخص", "more_than", 101, None, None, "killed", covers=("qualifier",)),
    Case("قتل ما ينوف على 40 شخصا", "more_than", 41, None, None, "killed", covers=("qualifier",)),
    Case("قتل نيف وعشرون شخصا", "more_than", 21, None, None, "killed", covers=("qualifier", "words")),
    # The wounded named before the killed: casualties all the same.
    Case("سقط 40 بين جريح وقتيل", "exact", 40, 40, 40, "casualties", covers=("context_metric",)),
    Case("أوقع الهجوم عشرات الجرحى والقتلى", "vague", 10, None, None, "casualties", literal_low=20),
    Case("أوقعت الغارة من في المبنى بين جريح وقتيل", "unquantified", None, None, None, "casualties"),
    Case("12 جريحا و5 قتلى", "exact", 12, 12, 12, "wounded"),
    Case("أسفرت مجزرة 2012 عن 100 قتيل", "exact", 100, 100, 100, "killed"),
    # A noun with a preposition written on is not what the number counts; whoever did it is not the victims.
    Case("قتل 5 بغارة إسرائيلية", "exact", 5, 5, 5, "killed"),
    Case("أصيب 7 بشظايا", "exact", 7, 7, 7, "wounded"),
    Case("قتل 5 برصاص مسلحين مجهولين", "exact", 5, 5, 5, "killed"),
    Case("أعدم 12 شخصا على يد عناصر التنظيم", "exact", 12, 12, 12, "killed"),
    # Some, with no number: there are dead, an unknown number of.
    Case("هناك قتلى في صفوف المدنيين", "unquantified", None, None, None, "killed", "civilian"),
    Case("قتل عدد غير معروف من المسلحين", "unquantified", None, None, None, "killed", "military"),
    Case("أفادت مصادر طبية بوجود إصابات", "unquantified", None, None, None, "wounded"),
    Case("لا يوجد قتلى", "exact", 0, 0, 0, "killed", covers=("zero",)),
    # A mother's name for a place ("أم درمان") or a city ("جدة") says no women.
    Case("قتل 40 مدنيا في أم درمان", "exact", 40, 40, 40, "killed", "civilian"),
    # Members of a rescue service or of the police are no soldiers.
    Case("أصيب 3 من عناصر الدفاع المدني خلال عمليات الإنقاذ", "exact", 3, 3, 3, "wounded"),
    Case("مقتل عنصرين من الشرطة", "exact", 2, 2, 2, "killed"),
    Case("قتل 4 من عناصر الجيش", "exact", 4, 4, 4, "killed", "military"),
    # Those in it, with no number.
    Case("تدمير آلية عسكرية ومقتل من فيها", "unquantified", None, None, None, "killed"),
    Case("مقتل وإصابة من فيها", "unquantified", None, None, None, "casualties"),
    # A fate not known is missing.
    Case("لا يزال مصير 40 شخصا مجهولا", "exact", 40, 40, 40, "missing"),
    # "والاثنين" is "and Monday", not "and two".
    Case("بين يومي الأحد والاثنين قتل 5 أشخاص", "exact", 5, 5, 5, "killed"),
    # Targets are things; the zero after them is the figure.
    Case(
        "شنت طائرات حربية غارات على خمسة أهداف دون وقوع إصابات", "exact", 0, 0, 0, "wounded", covers=("zero",)
    ),
    # --- not blind: written while tuning on the fourth batch's tuning half ---
    # "إصابات بشرية" are injuries, wounded, as إصابات everywhere.
    Case("لم تسفر الغارة عن أي إصابات بشرية", "exact", 0, 0, 0, "wounded", covers=("zero",)),
    Case("أسفر الانفجار عن إصابات بشرية في صفوف العمال", "unquantified", None, None, None, "wounded"),
    # No reports of harm is none; no reports of how many is no figure (NON_FIGURES).
    Case("ولم ترد أي أنباء عن سقوط ضحايا في الهجوم", "exact", 0, 0, 0, "casualties", covers=("zero",)),
    Case("لا تقارير عن إصابات بين السكان حتى الآن", "exact", 0, 0, 0, "wounded", covers=("zero",)),
    Case("لم يرد حتى الآن أنباء عن قتلى", "exact", 0, 0, 0, "killed", covers=("zero",)),
    # "لا" written onto the verb of a bound; the feminine verb.
    Case("قتل ما لايقل عن 25 مدنيا", "at_least", 25, 25, None, "killed", "civilian", covers=("qualifier",)),
    Case("أصيبت ما لا تقل عن 60 امرأة", "at_least", 60, 60, None, "wounded", "all", "women"),
    Case("نزح ما لايزيد عن 400 شخص", "at_most", None, None, 400, "displaced", covers=("qualifier",)),
    # Death with whose it is written onto it ("وفاتهم"), after a number that follows its noun.
    Case(
        "قال الأهالي إن الرجال الأربعة تعرضوا لإطلاق نار أدى إلى وفاتهم",
        "exact",
        4,
        4,
        4,
        "killed",
        "all",
        "men",
    ),
    Case(
        "أكد الأطباء أن الأطفال الثلاثة نقلوا إلى المستشفى حيث أعلنت وفاتهم",
        "exact",
        3,
        3,
        3,
        "killed",
        "all",
        "children",
    ),
    # One of the most ... is one of a kind, no count.
    Case("يعد الفيضان واحدا من أسوأ الكوارث وقد أودى بحياة 120 شخصا", "exact", 120, 120, 120, "killed"),
    Case("كانت إحدى أعنف الغارات وأسفرت عن مقتل 14 شخصا", "exact", 14, 14, 14, "killed"),
    # Those a boat, a bus or a plane carries are no casualties; those of them harmed are.
    Case("انقلبت حافلة تقل 35 راكبا وأسفر الحادث عن مصرع 9 منهم", "exact", 9, 9, 9, "killed"),
    Case("تحطمت طائرة على متنها نحو 120 شخصا، ولقي 40 منهم حتفهم", "exact", 40, 40, 40, "killed"),
    Case("وصلت سيارات إسعاف تحمل 12 شهيدا إلى المستشفى", "exact", 12, 12, 12, "killed"),
    # The dual in construct drops its nun ("عنصري شرطة"); "عنصري" after a thing is "racist".
    Case("مقتل عنصري أمن في هجوم مسلح", "exact", 2, 2, 2, "killed", "military", covers=("words",)),
    Case("إصابة جنديي الاحتلال بجروح", "exact", 2, 2, 2, "wounded", "military"),
    Case("قتل عنصري شرطة في كمين", "exact", 2, 2, 2, "killed"),
    Case("مقتل ضابطي شرطة في انفجار عبوة", "exact", 2, 2, 2, "killed"),
    Case("مقتل عنصر شرطة في انفجار", "exact", 1, 1, 1, "killed"),
    Case("إصابة فرد من الدفاع المدني خلال عمليات الإنقاذ", "exact", 1, 1, 1, "wounded"),
    Case("انتشال جثتي صيادين من البحر", "exact", 2, 2, 2, "killed"),
    Case("اعتداء عنصري يسفر عن إصابة شاب", "exact", 1, 1, 1, "wounded", "all", "men"),
    # A killing right before a later number is that number's, not the death of the wounded before it.
    Case(
        "أسفر الانفجار عن عشرات المصابين وأنباء عن مقتل ثلاثة منهم",
        "vague",
        10,
        None,
        None,
        "wounded",
        literal_low=20,
    ),
    Case("أصيب 18 عاملا في الحريق وتأكدت وفاة اثنين منهم", "exact", 18, 18, 18, "wounded"),
    Case(
        "نقل مئات الجرحى إلى المستشفيات مع تسجيل استشهاد خمسة منهم",
        "vague",
        100,
        None,
        None,
        "wounded",
        literal_low=200,
    ),
    # We lost: losses; men with whose they are written onto them.
    Case("قال القائد إننا فقدنا 12 من رجالنا في المعركة", "exact", 12, 12, 12, "casualties", "all", "men"),
    Case("فقدنا خمسة من رجالنا", "exact", 5, 5, 5, "casualties", "all", "men"),
    # A bare plural after a verb of harm: some, with no number (a breakdown's words are not the total's).
    Case(
        "استشهد مواطنون في قصف على المخيم",
        "unquantified",
        None,
        None,
        None,
        "killed",
        covers=("unquantified",),
    ),
    Case("أصيب مدنيون بينهم نساء جراء القصف", "unquantified", None, None, None, "wounded", "civilian"),
    Case("نزح فلسطينيون من شمال القطاع", "unquantified", None, None, None, "displaced"),
]

NON_FIGURES = [
    "7 أكتوبر 2023",
    "٧ أكتوبر ٢٠٢٣",
    "في 15 أبريل/نيسان 2023",
    "بين 7 و14 أكتوبر",
    "منذ عام 2011",
    "بين عامي 2014 و2017",
    "في عام ١٩٤٨",
    "طفل يبلغ من العمر 12 عاما",
    "فتى (16 عاما)",
    "عند الساعة 10:30 صباحا",
    "انسحب جنود اللواء 47 من المدينة",
    "الفرقة 25 مهام خاصة",
    "في اليوم الـ100 للحرب",
    "للمرة الثالثة خلال 24 ساعة",
    "الجولة الرابعة من المفاوضات",
    "بنسبة 40 في المئة",
    "ارتفع عدد القتلى بنسبة 60%",
    "بقيمة 5 ملايين دولار",
    "300 يورو",
    "دمرت 12 دبابة",
    "إسقاط 3 طائرات مسيرة",
    "أطلقت 150 صاروخا",
    "استهداف 4 مستشفيات",
    "تدمير 200 منزل",
    "ثلاثة أيام",
    "خلال 48 ساعة",
    "استمرت الحرب 44 يوما",
    "منذ أكثر من 20 عاما",
    "ما يقارب 3 ساعات",
    "قرار مجلس الأمن رقم 2334",
    "المادة 51 من ميثاق الأمم المتحدة",
    "الدورة الـ78 للجمعية العامة",
    "الأطفال دون 5 سنوات",
    "واحد من كل 5 أطفال",
    "بمعدل 83 قتيلا يوميا",
    "على بعد 3 كيلومترات",
    "على بعد ۱۰ كم",
    "دخلت 200 شاحنة مساعدات",
    "5 مرات",
    # Added while tuning on real text (not blind).
    "يعيش في المدينة نحو 600 ألف نسمة",
    "مدينة يبلغ عدد سكانها 3 ملايين نسمة، وتشهد هجمات تسقط فيها ضحايا",
    "أغلقت المستشفيات الثلاثة أبوابها",
    "خلال الأيام الثلاثة الماضية",
    "قصفت المدفعية 4 أهداف للمسلحين",
    "شهدت المدينة أكبر خسائر بشرية في الحرب",
    "يرى العديد من الباحثين أن الأرقام غير دقيقة، رغم حجم الخسائر",
    "أحد المستشفيات تعرض للقصف",
    "أصيب عدد من المنازل بأضرار جسيمة",
    "لحقت أضرار بعدد من السيارات",
    "لم يتم الكشف عن عدد الضحايا",
    "تحيي المدينة ذكرى مجزرة 1982",
    "عدوان 2014 على غزة",
    "اشتباكات متقطعة يومي السبت والاثنين أسفرت عن أضرار مادية",
    "استهدف المسلحون الموقع بـ 5 قذائف",
    # --- not blind: written while tuning on the fourth batch's tuning half ---
    "لم ترد بعد أنباء عن عدد القتلى",
    "تعد سوريا واحدة من أكبر دول العالم في أعداد النازحين",
    "وصلت إلى الميناء سفينة على متنها 300 مهاجر",
    "انطلقت حافلة تقل 45 طالبا إلى العاصمة",
    "تعيش مئات الأسر في خيام",
    "وزعت المساعدات على آلاف الأسر النازحة",
]

EXTRACTIONS = [
    Extraction(
        "gaza_ministry_toll",
        "أعلنت وزارة الصحة في غزة، اليوم الأربعاء، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 34 ألفا و262 شهيدا،"
        " إضافة إلى 77 ألفا و229 مصابا. وأضافت الوزارة في بيانها أن الاحتلال ارتكب 3 مجازر خلال الساعات الـ24"
        " الماضية راح ضحيتها 79 شهيدا و86 مصابا.",
        (
            Expected(
                "34 ألفا و262 شهيدا", 34_262, 34_262, 34_262, "killed", "وزارة الصحة في غزة | وزارة الصحة"
            ),
            Expected(
                "77 ألفا و229 مصابا", 77_229, 77_229, 77_229, "wounded", "وزارة الصحة في غزة | وزارة الصحة"
            ),
            Expected("79 شهيدا", 79, 79, 79, "killed", "وزارة الصحة في غزة | وزارة الصحة"),
            Expected("86 مصابا", 86, 86, 86, "wounded", "وزارة الصحة في غزة | وزارة الصحة"),
        ),
    ),
    Extraction(
        "syrian_observatory_ambush",
        "وثّق المرصد السوري لحقوق الإنسان مقتل 18 عنصرا من قوات النظام والمسلحين الموالين لها، في هجوم نفذته خلايا"
        " تنظيم الدولة الإسلامية على حافلة عسكرية في بادية الميادين شرقي دير الزور. وبحسب المرصد، فإن 11 آخرين"
        " أصيبوا بجروح متفاوتة، بعضهم في حالة خطرة.",
        (
            Expected("مقتل 18 عنصرا", 18, 18, 18, "killed", "المرصد السوري لحقوق الإنسان | المرصد السوري"),
            Expected("11 آخرين أصيبوا", 11, 11, 11, "wounded", "المرصد السوري لحقوق الإنسان | المرصد السوري"),
        ),
    ),
    Extraction(
        "sana_defence_ministry",
        "نقلت الوكالة العربية السورية للأنباء (سانا) عن وزارة الدفاع قولها إن وحدات الجيش العاملة في ريف حماة"
        " الشمالي قضت على أكثر من 40 إرهابيا ودمرت 6 آليات مزودة برشاشات ثقيلة. وأضافت الوزارة أن 3 من عناصر الجيش"
        " ارتقوا شهداء خلال الاشتباكات.",
        (
            Expected("أكثر من 40 إرهابيا", 41, None, None, "killed", "وزارة الدفاع"),
            Expected("3 من عناصر الجيش", 3, 3, 3, "killed", "وزارة الدفاع"),
        ),
    ),
    Extraction(
        "ocha_sudan",
        "وفقا لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، نزح نحو 10.7 مليون شخص داخل السودان منذ"
        " أبريل/نيسان 2023. وقال المتحدث باسم المكتب، يوسف الحداد، للصحفيين في جنيف إن ما لا يقل عن 150 مدنيا"
        " قتلوا في الفاشر خلال الأسبوعين الماضيين.",
        (
            Expected(
                "نحو 10.7 مليون شخص",
                None,
                10_700_000,
                None,
                "displaced",
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) | مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
                " | أوتشا",
            ),
            Expected("ما لا يقل عن 150 مدنيا", 150, 150, None, "killed", "يوسف الحداد | المتحدث باسم المكتب"),
        ),
    ),
    Extraction(
        "lebanon_health_minister",
        "قال وزير الصحة اللبناني سامي الخوري إن الغارات الإسرائيلية أسفرت عن استشهاد 558 شخصا بينهم 50 طفلا و94"
        " امرأة، وإصابة 1835 آخرين. وأشار إلى أن أكثر من 16 ألف شخص نزحوا إلى مراكز الإيواء في بيروت وصيدا.",
        (
            Expected("استشهاد 558 شخصا", 558, 558, 558, "killed", "سامي الخوري | وزير الصحة اللبناني"),
            Expected("50 طفلا", 50, 50, 50, "killed", "سامي الخوري | وزير الصحة اللبناني"),
            Expected("94 امرأة", 94, 94, 94, "killed", "سامي الخوري | وزير الصحة اللبناني"),
            Expected("إصابة 1835 آخرين", 1835, 1835, 1835, "wounded", "سامي الخوري | وزير الصحة اللبناني"),
            Expected(
                "أكثر من 16 ألف شخص", 16_001, None, None, "displaced", "سامي الخوري | وزير الصحة اللبناني"
            ),
        ),
    ),
    Extraction(
        "yemen_military_spokesman",
        "أعلن المتحدث العسكري باسم القوات المسلحة اليمنية، العميد ناصر الحكيمي، أن العملية أسفرت عن مقتل وإصابة"
        " عشرات من جنود العدو. وأكد في بيان متلفز أن 4 من أبطال القوات المسلحة استشهدوا خلال المواجهات.",
        (
            Expected(
                "عشرات من جنود العدو",
                10,
                None,
                None,
                "casualties",
                "ناصر الحكيمي | العميد ناصر الحكيمي | المتحدث العسكري باسم القوات المسلحة اليمنية",
            ),
            Expected(
                "4 من أبطال القوات المسلحة",
                4,
                4,
                4,
                "killed",
                "ناصر الحكيمي | العميد ناصر الحكيمي | المتحدث العسكري باسم القوات المسلحة اليمنية",
            ),
        ),
    ),
    Extraction(
        "azaz_car_bomb",
        "قتل 12 شخصا على الأقل وأصيب 30 آخرون في انفجار سيارة مفخخة هز سوقا مزدحما في مدينة أعزاز بريف حلب الشمالي"
        " ظهر السبت. ولم تتبن أي جهة المسؤولية عن التفجير حتى الآن.",
        (
            Expected("12 شخصا على الأقل", 12, 12, None, "killed", None),
            Expected("30 آخرون", 30, 30, 30, "wounded", None),
        ),
    ),
    Extraction(
        "wafa_hospital_director",
        "ذكرت وكالة الأنباء الفلسطينية (وفا)، نقلا عن مدير مستشفى كمال عدوان حسام سالم، أن 7 شهداء بينهم طفلان"
        " وصلوا إلى المستشفى صباح اليوم. وبحسب الدفاع المدني، لا يزال 10 أشخاص في عداد المفقودين تحت أنقاض المنزل"
        " المستهدف في بيت لاهيا.",
        (
            Expected("7 شهداء", 7, 7, 7, "killed", "حسام سالم | مدير مستشفى كمال عدوان"),
            Expected("طفلان", 2, 2, 2, "killed", "حسام سالم | مدير مستشفى كمال عدوان"),
            Expected("10 أشخاص", 10, 10, 10, "missing", "الدفاع المدني"),
        ),
    ),
]

# --- not blind: written while tuning on the fourth batch's tuning half ---
# Cross-language rules of the engine (coordinated harms, a harm said in the predicate, whose population, people
# counted together, estimates).
CASES += [
    Case("لقي 20 شخصا حتفهم أو أصيبوا بجروح في الانفجار", "exact", 20, 20, 20, "casualties", "all", "all"),
    Case("استشهد وجرح 12 فلسطينيا في قصف على خان يونس", "exact", 12, 12, 12, "casualties", "all", "all"),
    Case("أصيب ثلاثة رهائن بجروح خطيرة في القصف", "exact", 3, 3, 3, "wounded", "all", "all"),
    Case("لا يزال سبعة لاجئين في عداد المفقودين بعد غرق القارب", "exact", 7, 7, 7, "missing", "all", "all"),
    Case("اختطف مسلحون 25 طالبا من مدرسة في شمال البلاد", "exact", 25, 25, 25, "captured", "all", "all"),
    Case("قتل 40 شخصا على الأقل في اشتباكات بين الجيش والمتمردين", "at_least", 40, 40, None, "killed", "all", "all"),
    Case("أصيب 14 طفل وامرأة في القصف على المخيم", "exact", 14, 14, 14, "wounded", "all", "all"),
    Case("وأعلنت الأمم المتحدة أن أعداد النازحين تقدر بـ 12 ألف شخص", "approximate", None, 12000, None, "displaced", "all", "all"),
    Case("قالت المنظمة إن أعداد الجرحى يقدر ب 450 مصابا", "approximate", None, 450, None, "wounded", "all", "all"),
]  # fmt: skip

# --- not blind: written while tuning on the fifth batch's tuning half ---
CASES += [
    # A word cut in two by a tatweel and a space, as posts write casualty words to pass a platform's filter.
    Case("أدى القصف إلى سقوط مئات القتـ لى والجـ رحى في المدينة", "vague", 100, None, None, "casualties",
         literal_low=200),
    Case("أسفرت الغارة عن استشهـ اد 7 مواطنين", "exact", 7, 7, 7, "killed", "all", "all"),
    # An ordinal names only the number in words right after it: not a range nor digits after it.
    Case("قتل في الحرب العالمية الأولى والثانية بين 60 و85 مليون إنسان", "range", 60_000_000, None, 85_000_000,
         "killed"),
    Case("خسر الاتحاد السوفيتي في الحرب العالمية الثانية 8 ملايين جندي", "exact", 8_000_000, 8_000_000, 8_000_000,
         "casualties", "military"),
]  # fmt: skip
CASES += [
    # All of them, named after a comma, are whose the figures before are (most of them are a part).
    Case("أسفر الانفجار عن سقوط 8 قتلى، جميعهم مدنيون", "exact", 8, 8, 8, "killed", "civilian"),
    # Occupiers, as one side calls the other's soldiers; people of a force are its members.
    Case("أسرت القوات الأوكرانية سبعة محتلين قرب باخموت", "exact", 7, 7, 7, "captured", "military"),
    Case("أصيب خمسة أشخاص من القوة الأممية في انفجار لغم", "exact", 5, 5, 5, "wounded", "military"),
    # Lost their lives, the number between the verb and the lives; lives threatened are no deaths.
    Case("فقد 15 شخصا حياتهم في الحريق", "exact", 15, 15, 15, "killed"),
    Case("أصيب 4 أشخاص بجروح تهدد حياتهم", "exact", 4, 4, 4, "wounded"),
    # A side set apart by a comma at the sentence's start says whose its figures are.
    Case("وعلى الجانب العسكري، قدرت المصادر الخسائر بنحو 3 آلاف قتيل", "approximate", None, 3000, None, "killed",
         "military"),
    # A nationality between the noun and a qualifier after it.
    Case("قتل 15 جنديا تشاديا على الأقل في هجوم", "at_least", 15, 15, None, "killed", "military"),
    # People taken or led away are captives.
    Case("قال الأهالي إن 80 امرأة على الأقل أخذن من القرية", "at_least", 80, 80, None, "captured", "all", "women"),
    Case("اقتاد المسلحون 14 مزارعا إلى جهة مجهولة", "exact", 14, 14, 14, "captured"),
    # "عرب 48": the year naming the Palestinians inside Israel, no count.
    Case("نقل موقع عرب 48 أن أعداد القتلى بين 20 و30", "range", 20, None, 30, "killed"),
]  # fmt: skip
CASES += [
    # The wounded, some of whom died, are counted as wounded still (as "وتأكدت وفاة اثنين منهم" above).
    Case("أعلنت الوزارة إصابة 60 عاملا في الانفجار، منهم 7 لقوا حتفهم", "exact", 60, 60, 60, "wounded"),
]
