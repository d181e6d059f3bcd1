"""Fourth batch of real Arabic sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://halabtodaytv.net/archives/128329 ("عشرون": twenty, in words)
    Case(
        "قتل عشرون مدنياً وأصيب آخرون، اليوم الثلاثاء، جراء قصف مدفعي وغارات جوية لطيران النظام على مدينة إدلب ومعرة مصرين وبنش بريف إدلب شمال غرب سوريا.",
        "exact",
        20,
        20,
        20,
        "killed",
        "civilian",
    ),
    # https://dglah.net/قصف-جوي-على-إدلب-يخلّف-قتلى-وجرحى-بينهم ("مقتل وإصابة عشرات المدنيين": dozens killed and wounded)
    Case(
        "شهدت مدينة إدلب، اليوم الأحد، تصعيداً جوياً مكثفاً من طائرات النظام السوري، استهدف أحياء المدينة ومدرسة الثورة، ما أدى إلى مقتل وإصابة عشرات المدنيين، بينهم أطفال ونساء، وسط تصاعد القلق من تداعيات استمرار القصف على المدنيين والمرافق الحيوية.",
        "vague",
        10,
        None,
        None,
        "casualties",
        "civilian",
        literal_low=20,
    ),
    # https://syrian-mirror.net/?p=3361 (dual "مدنيان": two civilians)
    Case(
        "لقي مدنيان مصرعهم وأصيب العشرات معظمهم من الأطفال، ظهر اليوم الأربعاء، جراء قصف جوي استهدف مدينتي خان شيخون وسرمين الخاضعتين لسيطرة قوات المعارضة بريف مدينة إدلب.",
        "exact",
        2,
        2,
        2,
        "killed",
        "civilian",
    ),
    # same page ("عدة إصابات": several injuries = 3 under both conventions; "و هذا" is the page's spacing)
    Case(
        "كما تعرضت بلدتي كفرعويد وإحسم بمنطقة جبل الزاوية جنوب إدلب إلى قصف جوي من قبل الطيران الحربي، و هذا ما خلّف عدة إصابات بصفوف المدنيين.",
        "vague",
        3,
        None,
        None,
        "wounded",
        "civilian",
    ),
    # https://syrian-mirror.net/2017/02/07/%d8%a5%d8%b7%d9%84%d8%a7%d9%82-%d8%b3%d8%b1%d8%a7%d8%ad-%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d8%b9%d8%aa%d9%82%d9%84%d8%a7%d8%aa-%d9%81%d9%8a-%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%aa%d8%a8
    # (detainees released in an exchange: captured, as released prisoners are read; "7 شباط/فبراير 2017" is a
    # date; women and a child together, so group all)
    Case(
        "في صفقة تبادل أسرى مع نظام بشار الأسد، أُطلِقَ اليوم الثلاثاء 7 شباط/فبراير 2017، سراح 55 امرأة وطفل كانوا معتقلين في سجون النظام.",
        "exact",
        55,
        55,
        55,
        "captured",
    ),
    # https://microsyria.com/2017/09/25/%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d8%a8%d9%8a%d9%86%d9%87%d9%85-%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d8%a8%d9%82%d8%b5%d9%81-%d8%ac%d9%88%d9%8a-%d8%b9%d9%84%d9%89-%d8%a5%d8%af%d9%84%d8%a8/
    # ("30 كم" is a distance; "مقتل طفلين وامرأة": two children and a woman killed, three in all, group all,
    # as "طفلة وشاب قتلا" was read as 2 in the third batch)
    Case(
        'وقال ناشطون لـ "سمارت" إن طائرات حربية يرجح أنها للنظام قصفت مدينة جسر الشغور (30 كم غرب إدلب)، ما أسفر عن مقتل طفلين وامرأة، وجرح عشرة آخرين بينهم أطفال ونساء أسعفوا إلى مشاف ميدانية قريبة.',
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://www.syriahr.com/%d8%ba%d8%a7%d8%b1%d8%a7%d8%aa-%d9%85%d9%83%d8%ab%d9%81%d8%a9-%d8%b9%d9%84%d9%89-%d9%85%d8%af%d9%8a%d9%86%d8%a9-%d8%a5%d8%af%d9%84%d8%a8-%d8%aa%d8%ae%d9%84%d9%81-%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d8%a7/170680/
    # (prefix "محافظة إدلب – المرصد السوري لحقوق الإنسان:: " trimmed; "نحو 10 غارات" are strikes; the first
    # casualty figure is "عشرات الجرحى", dozens of wounded, before "at least two" killed)
    Case(
        "نفذ الطيران الحربي غارة على منطقة في بلدة خان السبل بريف إدلب الجنوبي الشرقي، كذلك نفذت طائرات حربية نحو 10 غارات استهدفت منطقة مسجد شعيب وعدة مناطق أخرى في مدينة إدلب، ما أسفر عن سقوط عشرات الجرحى ومعلومات مؤكدة عن استشهاد اثنين منهم على الأقل، وعدد الشهداء مرشح للارتفاع لوجود جرحى بحالات خطرة.",
        "vague",
        10,
        None,
        None,
        "wounded",
        literal_low=20,
    ),
    # https://alkhabour.com/en/news/single/171/طيران_التحالف_يرتكب_مجزرة_مروعة_شرق_الشدادي
    # (byline line "الخابور-عمرعبدالعزيز" left out; "راح ضحيتها": fell victim to it, i.e. died, in a massacre; the
    # number is in brackets)
    Case(
        "ارتكب طيران التحالف عصر أمس، مجزرة مروعة في قرية (الجزاع ) راح ضحيتها (19) مدنياً.",
        "exact",
        19,
        19,
        19,
        "killed",
        "civilian",
    ),
    # https://nononline.net/archives/231132 ("على ألاقل" is the page's spelling of على الأقل)
    Case(
        "شنت قوات التحالف الدولي الذى تقوده أمريكا ، اليوم الأحد،غارات على قرية جنوبي محافظة الحسكة السورية، مما اسفر عن مقتل 18 مدنيا على ألاقل بينهم 3 أطفال.",
        "at_least",
        18,
        18,
        None,
        "killed",
        "civilian",
    ),
    # same page ("لتجنب سقوط ضحايا مدنيين" is a purpose, not a figure; "عام 2014" a year)
    Case(
        "ورغم تأكيد التحالف أكثر من مرة أنه يتخذ التدابير اللازمة لتجنب سقوط ضحايا مدنيين، لكنه أقر حتى الآن بمسؤوليته عن مقتل 624 مدنيا منذ بدء عملياته في سوريا والعراق عام 2014، وفق حصيلة أعلنها في بداية الشهر الجاري.",
        "exact",
        624,
        624,
        624,
        "killed",
        "civilian",
    ),
    # https://baladi-news.com/public/ar/articles/22235/التحالف-الدولي-يرتكب-مجزرة-بالشدادي-شرقي-سوريا
    # (prefix "بلدي نيوز - الحسكة (خاص)" on the line before left out)
    Case(
        "استشهد 21 مدنياً، أمس السبت، بغارات جوية لطيران التحالف الدولي، على قرية (الجزاع) شرق مدينة الشدادي بريف محافظة الحسكة شمال شرقي سوريا.",
        "exact",
        21,
        21,
        21,
        "killed",
        "civilian",
    ),
    # https://yaffa48.com/?ID=58340&mod=articles ("ما يقرب من": nearly, approximate; "21 الف" with the
    # page's spelling of ألف; the trapped people named first are no count)
    Case(
        "وتواصل فرق الإنقاذ السورية العمل من أجل انتشال المحاصرين تحت أنقاض المباني في المناطق المنكوبة، جراء الزلزال الذي ضرب تركيا وسوريا يوم الاثنين الماضي، والذي راح ضحيته ما يقرب من 21 الف قتيلاً من شمال سوريا وجنوب تركيا .",
        "approximate",
        None,
        21000,
        None,
        "killed",
    ),
    # https://www.mogazmasr.com/35952
    Case(
        "شهدت مدينة غزة اليوم الجمعة قصفاً عنيفًا من قبل جيش الاحتلال الإسرائيلي، أسفر عن استشهاد 13 فلسطينياً على الأقل وإصابة العديد من المدنيين.",
        "at_least",
        13,
        13,
        None,
        "killed",
    ),
    # https://masrtimes.com/368304 ("27 ألفا و 947": digits and a scale word, 27,947; the 107 of the last 24 hours
    # come after the running toll)
    Case(
        "أعلنت السلطات الصحية في قطاع غزة، ارتفاع حصيلة الشهداء في قطاع غزة منذ بدء العدوان الإسرائيلي على القطاع في السابع من أكتوبر إلى 27 ألفا و 947 شهيدا ، وذلك في أعقاب اشتشهاد 107 فلسطينيين جراء هجمات إسرائيلية وقتال خلال الساعات الأربع والعشرين الماضية.",
        "exact",
        27947,
        27947,
        27947,
        "killed",
    ),
    # same page ("اليوم 126" is an ordinal day; "العشرات من الشهداء": dozens of martyrs)
    Case(
        "وواصلت الطائرات الإسرائيلية قصفها لمختلف مناطق قطاع غزة في اليوم 126 على التوالي بمساندة الدبابات والزوارق الحربية مخلفة العشرات من الشهداء ومئات الجرحى.",
        "vague",
        10,
        None,
        None,
        "killed",
        literal_low=20,
    ),
    # https://mansheet.net/225067/%d8%aa%d8%b7%d9%88%d8%b1-%d8%ac%d8%af%d9%8a%d8%af-%d9%88%d9%85%d8%b1%d9%88%d8%b9-%d8%b7%d8%a7%d8%a6%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%a7%d8%ad%d8%aa%d9%84%d8%a7%d9%84-%d8%aa%d8%ad%d8%b1%d9%82-%d8%ae
    # ("يومها الـ700" is an ordinal day)
    Case(
        "مع اقتراب الحرب من يومها الـ700 يواصل الاحتلال الإسرائيلي تصعيده العسكري في أنحاء متفرقة من قطاع غزة، مما أدى لارتفاع حصيلة الشهداء إلى أكثر من 63 ألفاً.",
        "more_than",
        63001,
        None,
        None,
        "killed",
    ),
    # https://al-mawqef.com/%d8%a7%d9%84%d9%8a%d9%85%d9%86-%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%b4%d9%87%d8%af%d8%a7%d8%a1-%d9%88%d8%a7%d9%84%d8%ac%d8%b1%d8%ad%d9%89-%d9%81%d9%8a-%d8%a7%d9%84%d8%b9%d8%af%d9%88%d8%a7
    # ("استشهد وأصيب": killed and wounded together)
    Case(
        "استشهد وأصيب نحو 132 مدنياً في اليمن من بينهم نساء وأطفال في حصيلةٍ غير نهائية للعدوان الأميركي البريطاني على العاصمة اليمنية صنعاء، ومحافظتي صعدة والبيضاء.",
        "approximate",
        None,
        132,
        None,
        "casualties",
        "civilian",
    ),
    # https://yemenmonitor.com/Details/ArtMID/908/ArticleID/67195
    Case(
        "وقالت مصادر طبية لوكالة الأنباء اليمنية الرسمية، إن “الإحصائيات الأولية الواردة من المستشفيات تفيد أن 5 مدنيين على الأقل استشهدوا بينهم امرأة”.",
        "at_least",
        5,
        5,
        None,
        "killed",
        "civilian",
    ),
    # https://nile360.com/watch/28bznfdg ("لم ترد ... أنباء عن وقوع إصابات بشرية": no reports of human injuries,
    # read as zero; "إصابات بشرية" read as wounded, as the third batch did, though it may mean casualties)
    Case(
        "في تطور خطير، أعلنت مصادر محلية في محافظة صعدة اليمنية عن سقوط صاروخ حوثي على منزل سكني، مما تسبب في أضرار مادية كبيرة في الممتلكات، ولم ترد حتى اللحظة أنباء عن وقوع إصابات بشرية، حيث يعتبر هذا الاستهداف جزءاً من التصعيد المستمر في المنطقة.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://sarabic.ae/20180809/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%84%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA-1034481736.html
    # (dateline "القاهرة- سبوتنيك. " trimmed)
    Case(
        'وذكر المتحدث باسم وزارة الصحة اليمنية، الدكتور يوسف الحاضري، على حسابه في "تويتر": "أن 43 قتيلا و63 جريحا معظمهم أطفال سقطوا بغارة طيران التحالف على مدينة ضحيان".',
        "exact",
        43,
        43,
        43,
        "killed",
    ),
    # https://www.pnrb.info/post/adwan-amryky-jdyd-ala-alymn-b-23-gharh-jwyh-14-isabh-wtdmyr-mnshaat-mdnyh
    # ("23 غارة" are strikes)
    Case(
        "شنت الولايات المتحدة الأمريكية، فجر اليوم الإثنين، عدوانًا جويًا جديدًا على عدة مناطق يمنية، نفذت خلاله 23 غارة استهدفت العاصمة صنعاء ومحافظات صعدة ومأرب والجوف، ما أسفر عن إصابة 14 مواطنًا بجروح متفاوتة، وفقًا لوزارة الصحة اليمنية.",
        "exact",
        14,
        14,
        14,
        "wounded",
    ),
    # same page ("حاجز الألف" counts targets; the casualty figure is "مئات الضحايا", hundreds of victims)
    Case(
        "وقد تجاوز عدد الأهداف التي قصفتها واشنطن في اليمن منذ مارس الماضي حاجز الألف، ما تسبب بسقوط مئات الضحايا، معظمهم من النساء والأطفال.",
        "vague",
        100,
        None,
        None,
        "casualties",
        literal_low=200,
    ),
    # https://yaqeenonline.net/أخبار-وتقارير/الهجرة-الدولية-تكشف-عن-نزوح-نحو-10-آلاف-أسرة-يمنية
    # (image text "yemen nazheen " before the sentence trimmed; "21 أسرة" counts families, which are not a count
    # of people: the figure is the 126 individuals they make up; "2024م" is a year)
    Case(
        "كشفت منظمة الهجرة الدولية، يوم الاثنين، عن نزوح 21 أسرة يمنية يمثلون 126 فردا، خلال الأسبوع الأول من العام الجاري 2024م.",
        "exact",
        126,
        126,
        126,
        "displaced",
    ),
    # https://sudapost.online/%d8%ac%d8%b1%d8%a7%d8%a6%d9%85-%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%8a%d8%b1%d8%aa%d9%83%d8%a8%d9%87%d8%a7-%d8%b4%d8%a7%d8%b1%d9%88%d9%86-%d8%a7%d9%84%d9%85%d9%84%d8%b9%d9%88%d9%86-%d9%81%d9%8a
    # (prefix "سودابوست-" trimmed; "اغتيال" (assassination) of 124 citizens: killed)
    Case(
        "يتداول عدد من أبناء الجزيرة أن من ضمن جرائم الدعم السريع قيامها بالأمس باغتيال 124 مواطناً في قرية السريحة و13 في قرية أزرق ، والفاعل من أبناء المنطقة من الرزيقات واسمه عمر سيد والملقب بـ( شارون) من قرى جنوب رفاعة.",
        "exact",
        124,
        124,
        124,
        "killed",
    ),
    # same page ("نحو 20 عربة" are vehicles and "مئات المرتزقة" the men he leads, no harm said of them; the first
    # casualty figure is "اعتقل ... العشرات", dozens detained: captured)
    Case(
        "وأكدوا أن شارون يقود نحو 20 عربة قتالية و30 موتر، ومئات المرتزقة وسابلة المجموعات والرعاع وطيلة ما يقارب العام، اعتقل شارون العشرات من أهالي القرى بحجة الانتماء للأجهزة النظامية وكلهم من المعاشيين.",
        "vague",
        10,
        None,
        None,
        "captured",
        literal_low=20,
    ),
    # https://www.newsengine.co/article/aawsat/aHR0cHM6Ly9hYXdzYXQuY29tLyVEOCVBNyVEOSU4NCVEOCVCOSVEOCVBNyVEOSU4NCVEOSU4NS0lRDglQTclRDklODQlRDglQjklRDglQjElRDglQTglRDklOEEvJUQ4JUE3JUQ5JTg0JUQ5JTg1JUQ4JUI0JUQ4JUIxJUQ5JTgyLSVEOCVBNyVEOSU4NCVEOCVCOSVEOCVCMSVEOCVBOCVEOSU4QS81MTk0OTY0LTgtJUQ5JTgyJUQ4JUFBJUQ5JTg0JUQ5JTg5LSVEOSU4MSVEOSU4QS0lRDklODIlRDglQjUlRDklODEtJUQ5JTg1JUQ5JTg2LSVEOSU4MiVEOSU4OCVEOCVBNyVEOCVBQS0lRDglQTclRDklODQlRDglQUYlRDglQjklRDklODUtJUQ4JUE3JUQ5JTg0JUQ4JUIzJUQ4JUIxJUQ5JThBJUQ4JUI5LSVEOCVCOSVEOSU4NCVEOSU4OS0lRDklODUlRDglQjMlRDglQUElRDglQjQlRDklODElRDklODktJUQ4JUE4JUQ5JTg1JUQ4JUFGJUQ5JThBJUQ5JTg2JUQ4JUE5LSVEOCVBNyVEOSU4NCVEOSU4MSVEOCVBNyVEOCVCNCVEOCVCMQ
    # (headline)
    Case(
        "8 قتلى في قصف من «قوات الدعم السريع» على مستشفى بمدينة الفاشر السودانية", "exact", 8, 8, 8, "killed"
    ),
    # http://burathanews.com/arabic/international/463998
    Case(
        'قتل 17 شخصا وأصيب 25 في قصف لقوات الدعم السريع على مدينة الفاشر في دارفور بغرب السودان، بحسب ما أفاد مصدر طبي، فيما يعاني سكان الإقليم من سوء التغدية وانتشار الكوليرا في ظل استمرار المعارك، حيث ذكرت وسائل إعلام إن "عدد القتلى الذين وصلوا إلى المستشفى بلغ 17 إلى جانب 25 جريحا، وهناك قتلى دفنتهم عائلاتهم دون الذهاب للمستشفى بسبب الظروف الأمنية".',
        "exact",
        17,
        17,
        17,
        "killed",
    ),
    # https://wdmadani.net/?p=2499 (dateline "الفاشر، 8 أكتوبر 2025 – " trimmed)
    Case(
        "قُتل، الثلاثاء، 12 شخصًا على الأقل، وأُصيب أكثر من 17 آخرين بينهم مرضى وكوادر طبية في قصف مدفعي نفذته قوات الدعم السريع، استهدف مرفقا طبياً في مدينة الفاشر عاصمة ولاية شمال دارفور.",
        "at_least",
        12,
        12,
        None,
        "killed",
    ),
    # same page ("10 مايو 2024" is a date; "أعداد كبيرة من المدنيين": large numbers of civilians killed)
    Case(
        "ولا تزال عاصمة شمال دارفور تتعرض للقصف المدفعي وضربات الطائرات المُسيَّرة بشكل يومي، من الدعم السريع والتي تشن كذلك هجمات يومية على المدينة منذ 10 مايو 2024، ما أدى إلى مقتل أعداد كبيرة من المدنيين وتشريد الآلاف.",
        "unquantified",
        None,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://almkal.com/%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d9%84%d9%84%d9%87%d8%ac%d8%b1%d8%a9-%d8%ad%d9%88%d8%a7%d9%84%d9%8a-3-%d9%85%d9%84%d8%a7%d9%8a%d9%8a%d9%86-%d8%b4%d8%ae%d8%b5-%d9%86%d8%b2%d8%ad%d9%88/amp
    # (dateline "جنيف في 6 يوليو/أ ش أ/" trimmed; "ما يقرب من": nearly, approximate; "أقل من 3 أشهر" a duration)
    Case(
        "ذكرت المنظمة الدولية للهجرة أن ما يقرب من 3 ملايين نزحوا داخليًا وعبر الحدود بسبب النزاع بالسودان في أقل من 3 أشهر، بالإضافة إلى أكثر من 2.2 مليون نازح داخليًا، حيث فر ما يقرب من 700 ألف آخرين للبلدان المجاورة.",
        "approximate",
        None,
        3000000,
        None,
        "displaced",
    ),
    # https://archive.almanar.com.lb/article.php?id=226909 ("أكثر من اثني عشر": more than twelve, in words)
    Case(
        "لقي أكثر من اثني عشر عراقياً حتفهم وأصيب أكثر من أربعين اخرين في هجمات متفرقة ضربت البلاد، بينها تفجير انتحاري في بعقوبة أودى بحياة ثمانية أشخاص.",
        "more_than",
        13,
        None,
        None,
        "killed",
    ),
    # http://rss.mesbahey.com/posts/kBHGMkx6lK
    Case(
        "أسفر تفجير انتحاري مزدوج استهدف سوقا شعبيا وسط العاصمة العراقية بغداد، عن مقتل وإصابة العشرات، معظمهم من المدنيين.",
        "vague",
        10,
        None,
        None,
        "casualties",
        literal_low=20,
    ),
    # https://www.radioalgerie.dz/news/ar/article/20150717/46873.html (the double spaces are the page's;
    # "قرابة": nearly, approximate; "العام 2014" a year)
    Case(
        "وكانت الامم المتحدة اعلنت في وقت سابق من هذا الشهر  ان النزاع في العراق منذ مطلع العام 2014 ادى الى مقتل قرابة 15 الف مدني  مشيرة الى ان هذا العدد هو للضحايا الذين استطاعت توثيقهم  وان الرقم الفعلي قد يكون اعلى من ذلك بكثير.",
        "approximate",
        None,
        15000,
        None,
        "killed",
        "civilian",
    ),
    # https://naynawaalghad.tv/%d9%85%d9%82%d8%aa%d9%84-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%a7%d9%84%d8%b9%d8%b4%d8%b1%d8%a7%d8%aa-%d8%a8%d8%aa%d9%81%d8%ac%d9%8a%d8%b1-%d8%a7%d9%86%d8%aa%d8%ad%d8%a7%d8%b1%d9%8a-%d8%b4%d9%85/%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%a7%d9%85%d9%86%d9%8a%d8%a9
    # ("أكثر من ستين ... بين قتيل وجريح": more than sixty between dead and wounded)
    Case(
        "أكدت مصادر أمنية وطبية، سقوط أكثر من ستين شخصاً بين قتيل وجريح، بهجوم انتحاري شمال شرق العاصمة بغداد.",
        "more_than",
        61,
        None,
        None,
        "casualties",
    ),
    # https://naynawaalghad.tv/%d8%a7%d9%84%d9%87%d8%ac%d8%b1%d8%a9-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9-%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%a7%d8%b9%d8%af%d8%a7%d8%af-%d8%a7%d9%84%d9%86%d8%a7%d8%b2%d8%ad%d9%8a%d9%86/%d8%a7%d9%84%d8%a7%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%a7%d9%85%d9%86%d9%8a%d8%a9
    # ("تجاوز الثلاثة ملايين": passed three million, in words; "ألفأسرة" is the page's spelling)
    Case(
        "ولفتت المنظمة في بيان الى أن عدد النازحين في البلد تجاوز الثلاثة ملايين إنسان يشكلون نحو خمسمئة ألفأسرة في جميع أنحاء العراق منذ كانون الثاني من العام الماضي وهم بحاجة ماسة الى المأوى وينوي اربعة وتسعون بالمئة منهم العودة إلى مواطنهم الأصلية.",
        "more_than",
        3000001,
        None,
        None,
        "displaced",
    ),
    # https://3yonnews.com/764087 ("3,2 ملايين": a decimal comma with a scale word, 3,200,000)
    Case(
        "أعلنت المنظمة الدولية للهجرة الجمعة أن عدد العراقيين الذين شردهم النزاع فى العراق منذ بداية 2014 وصل إلى 3,2 ملايين عراقى، وقالت المنظمة الدولية أن عدد النازحين منذ بداية 2014 حتى 29 سبتمبر من هذا العام وصل إلى 3206736 عراقيا (534456 عائلة).",
        "exact",
        3200000,
        3200000,
        3200000,
        "displaced",
    ),
    # http://non14.net/64419
    Case(
        "وأضاف البيان، أنه “منذ الأول من نيسان/أبريل الماضي، نزح نحو 500 ألف شخص، من الأنبار، في أعقاب أزمات الرمادي، حيث نزح أكثر من 225 ألف شخص داخل المحافظة”.",
        "approximate",
        None,
        500000,
        None,
        "displaced",
    ),
    # https://alsabaah.ly/وزارة-الصحة-تعلن-حصيلة-رسمية-لقتلى-واش
    Case(
        "أعلنت وزارة الصحة أن الاشتباكات التي دارت رحاها يومي الخميس والجمعة في زاوية الدهماني وعين زارة وطريق المشتل ومشروع الموز، أسفرت عن 16 قتيلا و 52 جريحا.",
        "exact",
        16,
        16,
        16,
        "killed",
    ),
    # https://ahlmasrnews.com/news/International-news/13010424/الاشتباكات-في-طرابلس-الليبية
    # ("191 شخصا ما بين قتيل وجريح": dead and wounded together)
    Case(
        "قالت وزارة الصحة بحكومة الوحدة الوطنية المؤقتة في ليبيا، إن حصيلة ضحايا الاشتباكات التي شهدتها العاصمة طرابلس ارتفعت إلى 191 شخصا ما بين قتيل وجريح.",
        "exact",
        191,
        191,
        191,
        "casualties",
    ),
    # https://ar.abna24.com/story/939594 ("مقاتلين": fighters; "في 2014" a year)
    Case(
        "وأصدرت حكومة الوفاق الوطني، المعترف بها دوليا، بيانا، في وقت سابق يوم أمس، السبت، تقول فيه إن 710 مقاتلين لقوا حتفهم في الحرب الأهلية الليبية في 2014 .",
        "exact",
        710,
        710,
        710,
        "killed",
        "military",
    ),
    # https://alghadpress.com/1883--12-87-.html
    Case(
        "أعلنت وزارة الصحة في حكومة الوحدة الوطنية الليبية الموقتة، اليوم السبت، عن سقوط 12 قتيلا نتيجة الاشتباكات التي تشهدها العاصمة طرابلس واكثر من 87 جريحا.",
        "exact",
        12,
        12,
        12,
        "killed",
    ),
    # https://annahar.com/arabic/news/arab-world/lebanon/233989/استهداف-إسرائيلي-لسيارة-في-جنوب-لبنان
    # ("استشهاد فتى يبلغ من العمر 17 عاما": one boy aged 17 killed, a child by age; the page later says Hezbollah
    # mourned him as one of its fighters, which the sentence does not say)
    Case(
        'أعلنت وزارة الصحة اللبنانية اليوم السبت، أن "العدوان الإسرائيلي بطائرة مسيرة على بلدة دير سريان أدى إلى استشهاد فتى يبلغ من العمر 17 عاما، وجرح 6 مدنيين نقل 5 منهم إلى مستشفى الشهيد راغب حرب وحالتهم مستقرة، وجريح حالته متوسطة نقل إلى مستشفى دولة الرئيس نبيه بري - النبطية الحكومي".',
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "children",
    ),
    # https://alarabstyle.com/news/%d8%b4%d9%87%d9%8a%d8%af-%d9%88%d8%ab%d9%84%d8%a7%d8%ab%d8%a9-%d8%ac%d8%b1%d8%ad%d9%89-%d9%81%d9%8a-%d8%a7%d8%b9%d8%aa%d8%af%d8%a7%d8%a1%d8%a7%d8%aa-%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84%d9%8a
    # (two dates first; "أكثر من 4 آلاف شهيد": more than 4,000 killed)
    Case(
        "وفي 8 تشرين الأول/ أكتوبر 2023، شنت إسرائيل عدوانا على لبنان تحول إلى حرب واسعة في 23 أيلول/ سبتمبر 2024، ما أسفر عن أكثر من 4 آلاف شهيد ونحو 17 ألف جريح، إضافة إلى نزوح حوالي مليون و400 ألف شخص.",
        "more_than",
        4001,
        None,
        None,
        "killed",
    ),
    # same page ("ما لا يقل عن 2780 خرقا" counts violations; "على الاقل" written after "200 شهيد و491 جريحا" is read
    # as bounding both, so at least 200 killed)
    Case(
        "ومنذ بدء سريان اتفاق وقف النار في 27 تشرين الثاني/ نوفمبر 2024، ارتكبت إسرائيل ما لا يقل عن 2780 خرقا له، ما خلف 200 شهيد و491 جريحا على الاقل؛ استنادا إلى بيانات رسمية.",
        "at_least",
        200,
        200,
        None,
        "killed",
    ),
    # https://qudspress.com/111003 ("اسشهد" is the page's spelling of استشهد; dual "مواطنان")
    Case(
        "اسشهد مواطنان لبنانيان، الأحد، في غارة شنتها طائرة مسيرة إسرائيلية استهدفت سيارة في جنوب لبنان.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # same page ("ارتقاء شهيد على الأقل": at least one martyr)
    Case(
        'وأضافت أن "الغارة التي استهدفت سيارة في بلدة كفرا، أدت إلى ارتقاء شهيد على الأقل وعدد من الجرحى، إصاباتهم متوسطة وطفيفة".',
        "at_least",
        1,
        1,
        None,
        "killed",
    ),
    # https://batrounnews.com/158272/worldnews
    Case(
        "أعلنت وزارة الداخلية المغربية في تقدير أولي، مقتل 296 شخصا، وإصابة 153 آخرين نقلوا للمستشفيات، إثر الزلزال الذي ضرب البلاد اليوم.",
        "exact",
        296,
        296,
        296,
        "killed",
    ),
    # https://www.ilna.ir/%D9%82%D8%B3%D9%85-%D8%B9%D8%A7%D9%84%D9%85-8/1395799-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%8A%D8%B4%D9%8A-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%84%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D9%88%D8%B3%D8%A8%D8%A7%D9%82-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B2%D9%85%D9%86-%D9%84%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D9%86%D8%A7%D8%AC%D9%8A%D9%86
    Case(
        "وأعلنت وزارة الداخلية، مساء الأحد، أنّ الزلزال أسفرَ عن 2122 وفاة، و2421 جريحاً، بينهم 1404 حالاتهم خطرة.",
        "exact",
        2122,
        2122,
        2122,
        "killed",
    ),
    # https://oldimages.wafa.ps/Pages/Details/78058 ("الساعة السابعة" is a time)
    Case(
        'وأوضحت، في بيان، "إلى حدود الساعة السابعة صباحا، سجلت 632 وفاة و329 إصابة، من بينها 51 إصابة خطيرة".',
        "exact",
        632,
        632,
        632,
        "killed",
    ),
    # https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%81%D9%8A%D8%B6%D8%A7%D9%86%D8%A7%D8%AA-%D8%A7%D9%88%D8%B1%D8%A8%D8%A7-%D8%AA%D9%88%D8%AF%D9%8A-%D8%A8%D8%AD%D9%8A%D8%A7%D8%A9-170-%D8%B4%D8%AE%D8%B5%D8%A7-%D9%88%D9%85%D8%A6%D8%A7%D8%AA-%D8%A7%D9%84%D9%85%D9%81%D9%82%D9%88%D8%AF%D9%8A%D9%86-1438997
    # ("تجاوز الـ 170 قتيلا": exceeded 170 dead; "عم" and "ددول" are the page's spellings; no full stop on the page)
    Case(
        "تشير الاحصائيات الصادرة عم المؤسسات الاوربية الرسمية الى ان عدد ضحايا الفيضانات التي ضربت عدة ددول في القارة العجوز قد تجاوز الـ 170 قتيلا",
        "more_than",
        171,
        None,
        None,
        "killed",
    ),
    # https://fujairahtoday.ae/107-%d9%82%d8%aa%d9%84%d9%89-%d9%88%d9%85%d8%a6%d8%a7%d8%aa-%d8%a7%d9%84%d9%85%d9%81%d9%82%d9%88%d8%af%d9%8a%d9%86-%d8%ac%d8%b1%d8%a7%d8%a1-%d9%81%d9%8a%d8%b6%d8%a7%d9%86%d8%a7%d8%aa-%d8%a7%d9%84/
    Case(
        "لقي 107 أشخاص حتى الآن مصرعهم بسبب الفيضانات المدمرة التي اجتاحت المانيا وبلجيكا مع استمرار البحث عن مفقودين في المناطق المنكوبة.",
        "exact",
        107,
        107,
        107,
        "killed",
    ),
    # same page ("حوالي": about)
    Case(
        "ولا يزال هناك حوالي 1300 شخص في عداد المفقودين في منطقة أريوله الريفية بولاية راينلاند-بفالتس الالمانية ، ويعيق تعطل شبكة المحمول القدرة على الاتصال بالسكان، وبالتالي فإن العدد الفعلي للمفقودين قد يكون أقل بكثير.",
        "approximate",
        None,
        1300,
        None,
        "missing",
    ),
    # https://www.ennaharonline.com/%D9%88%D9%82%D9%81-%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%86%D8%A7%D8%B1-%D8%A8%D8%BA%D8%B2%D8%A9-%D8%A8%D8%AF%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%AA%D8%A8%D8%A7%D8%AF%D9%84-%D8%A7/
    # (hostages handed over: captured, as released hostages are read; the number follows "وعددهم"; the tatweel in
    # "الصـليب" is the page's)
    Case(
        "وأعلنت اللجنة الدولية للصـليب الأحمر تسلمها الدفعة الأولى من المحتجزين الصهيونيين في قطاع غزة وعددهم 7.",
        "exact",
        7,
        7,
        7,
        "captured",
    ),
    # same page (28 bodies of hostages to be handed over: killed)
    Case(
        "بالإضافة إلى تسليم 28 جثة، تدريجيا، بحسب التقدم الذي سيحدث لاستخراجها من تحت أنقاض المنازل في قطاع غزة.",
        "exact",
        28,
        28,
        28,
        "killed",
    ),
    # https://deyaralnagab.net/main.php?content=20&id=17982 (prisoners freed: captured)
    Case(
        'تحرر 1968 أسيرا فلسطينيا من سجني "عوفر" باتجاه رام الله و"كتسيعوت" باتجاه قطاع غزة بموجب صفقة تبادل الأسرى، وفي المقابل أفرجت كتائب القسام عن 20 أسيرا على قيد الحياة على دفعتين الأولى في مدينة غزة والأخرى جنوبي القطاع، وسلمتهم إلى اللجنة الدولية للصليب الأحمر في مدينة غزة التي قامت بتسليمهم للجانب الإسرائيلي.',
        "exact",
        1968,
        1968,
        1968,
        "captured",
    ),
    # https://daraa24.org/%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%aa%d8%a8%d8%a7%d8%af%d9%84-%d8%a7%d9%84%d8%a3%d8%b3%d8%b1%d9%89
    Case(
        "وتشير التقديرات إلى إطلاق سراح نحو 20 محتجزًا إسرائيليًا أحياء وعدد من الجثامين، مقابل الإفراج عن نحو 1716 أسيرًا فلسطينيًا من غزة عند مجمع ناصر الطبي، بالإضافة إلى 250 أسيرًا آخرين من المحكومين بالمؤبد سيتم نقلهم إلى الضفة الغربية والقدس والخارج.",
        "approximate",
        None,
        20,
        None,
        "captured",
    ),
    # https://wparabi.com/news/suicide-bombing-somalia-military-recruitment-center
    # (the dead are not said to be the recruits, who were only waiting to enlist: population all)
    Case(
        "استهدف انتحاري في العاصمة الصومالية يوم الأحد مجندين شباب ينتظرون التسجيل في معسكر للجيش، مما أسفر عن مقتل 13 على الأقل وإصابة 21 آخرين، حسبما أفاد شهود عيان.",
        "at_least",
        13,
        13,
        None,
        "killed",
    ),
    # https://alsomalalyaum.com/42712/?random-post=1 (a claim by al-Shabaab media, recorded as stated)
    Case(
        "وأعلنت حركة الشباب على الفور مسؤوليتها عن الهجوم، حيث ذكرت وسائل الإعلام الموالية لها أن مقاتلي الحركة زعموا أنهم قتلوا 20 جنديا كانوا يحرسون مدرسة “تركي صوم” لتدريب الجيش الصومالي.",
        "exact",
        20,
        20,
        20,
        "killed",
        "military",
    ),
    # same page ("خسائر كبيرة": heavy losses)
    Case(
        "يأتي الانفجار الذي حدث الثلاثاء في إطار سلسلة من الهجمات الانتحارية التي شهدتها العاصمة مقديشو في الأيام الأخيرة أسفرت عن خسائر كبيرة.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
    ),
    # https://nabdel3alam.com/مصرع-٨-أشخاص-في-هجوم-انتحاري-بالعاصمة-ا ("العشرات من جنود": dozens of soldiers)
    Case(
        "وقامت جماعة الشباب الصومالية المسلحة بإعلان مسؤوليتها عن الهجوم، وزعمت أن هناك العشرات من جنود القوات الخاصة في الجيش الصومالي تم قتلهم.",
        "vague",
        10,
        None,
        None,
        "killed",
        "military",
        literal_low=20,
    ),
    # https://khovar.tj/ara/2016/09/600-43 ("نحو 600 شخص" were aboard, no harm said of them)
    Case(
        "غرق قارب يقل نحو 600 شخص قبالة سواحل مصر يوم الأربعاء ولقي 43 شخصا على الأقل حتفهم في أحدث كارثة تحيق بالمهاجرين غير الشرعيين الذين يحاولون الوصول إلى أوروبا.",
        "at_least",
        43,
        43,
        None,
        "killed",
    ),
    # same page ("إنقاذ 154 شخصا" are people rescued, not a casualty figure; the figure is about 400 missing)
    Case(
        "وتابع المسؤولون أن عمال الإنقاذ تمكنوا حتى الآن من إنقاذ 154 شخصا مما يعني أن هناك نحو 400 شخص ما زالوا مفقودين.",
        "approximate",
        None,
        400,
        None,
        "missing",
    ),
    # https://www.khabarsalim.com/2024/08/blog-post.html ("مهاجرين اثنين": two migrants; "أكثر من 30 شخصًا" were
    # aboard; "27 كيلومترًا" a distance)
    Case(
        "أعلن خفر السواحل الإيطالي اليوم الأحد مصرع مهاجرين اثنين وفقدان ثالث بعد غرق قارب يقل أكثر من 30 شخصًا على بعد نحو 27 كيلومترًا جنوب شرقي مدينة سرقوسة بجزيرة صقلية الإيطالية.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # same page
    Case(
        "وفي الربع الأول من هذا العام، توفي ما لا يقل عن 384 مهاجرًا أثناء عبورهم البحر الأبيض المتوسط إلى إيطاليا ومالطا، وفقًا للمنظمة الدولية للهجرة.",
        "at_least",
        384,
        384,
        None,
        "killed",
    ),
    # https://watananews.com/510213/
    Case(
        "وأصيب 24 مهاجرا بينهم 11 طفلا، ونُقلوا إلى المستشفى في جزيرة خيوس بعد وقوع التصادم في وقت متأخر من مساء أمس الثلاثاء.",
        "exact",
        24,
        24,
        24,
        "wounded",
    ),
    # https://syriafriends.net/2023/07/%d9%85%d8%b5%d8%b1%d8%b9-%d8%ab%d9%84%d8%a7%d8%ab%d8%a9-%d8%a3%d8%b7%d9%81%d8%a7%d9%84-%d9%88%d8%a5%d8%b5%d8%a7%d8%a8%d8%a9-%d8%ab%d9%84%d8%a7%d8%ab%d8%a9-%d8%a2%d8%ae%d8%b1%d9%8a%d9%86-%d8%a8%d8%a7/
    Case(
        "لقي ثلاثة أطفال مصرعهم، وأصيب ثلاثة آخرون، إثر انفجار لغم أرضي في إقليم فارياب شمال أفغانستان.",
        "exact",
        3,
        3,
        3,
        "killed",
        "all",
        "children",
    ),
    # same page ("أودت بأرواح العديد من الناس": took the lives of many people)
    Case(
        "وتعد أفغانستان واحدة من أكثر الدول معاناة من انفجار الألغام التي خلفتها الحرب فيها على مدى عقود، وأودت بأرواح العديد من الناس معظمهم من الأطفال.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://nayrouz.com/amp/article/444031
    Case(
        "قتل تسعة أطفال جراء انفجار لغم من مخلفات الحرب جنوب شرق أفغانستان اليوم.",
        "exact",
        9,
        9,
        9,
        "killed",
        "all",
        "children",
    ),
    # https://akhbaar24.com/ampArticle/59977 ("الأطفال الخمسة": the five children, as the page writes it, though
    # its headline and next sentence count nine; the label is what this sentence states)
    Case(
        "وقال مدير دائرة الاتصال والثقافة في ولاية غزني حميد الله نصار، (الاثنين)، إن الأطفال الخمسة كانوا يلهون باللغم عندما انفجر بهم وأدى إلى وفاتهم.",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "children",
    ),
    # https://www.almasryalyoum.com/news/details/525293
    # (police: population all, as docs/methodology.md reads policemen and police officers)
    Case(
        "لقى 6 من أفراد الشرطة الأفغانية حتفهم في كمين نصبه مقاتلو حركة «طالبان» في غرب أفغانستان.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # same page ("الستة شهور الماضية" is a duration; police: all)
    Case(
        "وأعلنت وزارة الداخلية الأفغانية أن أكثر من 1500 شرطى قتلوا في هجمات شنتها حركة «طالبان» خلال الستة شهور الماضية.",
        "more_than",
        1501,
        None,
        None,
        "killed",
    ),
    # https://m.masralarabia.net/العرب-والعالم/شئون-دولية/1413765-مقتل-7-شرطيين-أفغان-في-هجوم-لطالبان-بولاية--طهار
    Case(
        'قتل 7 شرطيين أفغان، اليوم الأربعاء، في هجوم لحركة طالبان على مخافر أمنية بولاية "طهار" شمال شرقي البلاد.',
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # https://14october.com/News/7SWPVZMF-UK2QJZ?p=46777 (headline; "عنصري شرطة": two police members, a dual in
    # construct; "(6)" are the abducted, after the killed)
    Case("مقتل عنصري شرطة وخطف (6) في أفغانستان", "exact", 2, 2, 2, "killed"),
]

NON_FIGURES = [
    # https://sarabic.ae/20180809/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%84%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA-1034481736.html
    # (people in need of aid, a percentage: no harm counted)
    "إذ يحتاج 22 مليون شخص، أي 75% من السكان، إلى شكل من أشكال المساعدة والحماية الإنسانية، بما في ذلك 8.4 مليون شخص لا يعرفون من أين يحصلون على وجبتهم القادمة.",
    # https://www.pnrb.info/post/adwan-amryky-jdyd-ala-alymn-b-23-gharh-jwyh-14-isabh-wtdmyr-mnshaat-mdnyh (strikes)
    "وفي محافظة صعدة، استهدفت ثلاث غارات شرق المدينة، فيما سُجلت غارتان في مديرية رغوان بمحافظة مأرب، وغارتان على منطقة عطان، بالإضافة إلى ثلاث غارات على مديرية خب والشعف في محافظة الجوف.",
    # https://www.ilna.ir/%D9%82%D8%B3%D9%85-%D8%B9%D8%A7%D9%84%D9%85-8/1395799-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D9%8A%D8%B4%D9%8A-%D8%B6%D8%AD%D8%A7%D9%8A%D8%A7-%D8%A7%D9%84%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D9%88%D8%B3%D8%A8%D8%A7%D9%82-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B2%D9%85%D9%86-%D9%84%D9%84%D8%B9%D8%AB%D9%88%D8%B1-%D8%B9%D9%84%D9%89-%D9%86%D8%A7%D8%AC%D9%8A%D9%86
    # (magnitudes, one with a decimal comma)
    "ويعتبر الزلزال، الذي وقع ليل الجمعة السبت، بقوة 7 درجات، بحسب المركز المغربي للبحث العلمي والتقني (6,8 وفق هيئة المسح الجيولوجي الأمريكية)، أقوى زلزال تمّ قياسه في المغرب على الإطلاق.",
    # https://alnkkar.com/news2995.html (a magnitude and a time of day)
    "وأفاد المعهد الوطني للجيوفيزياء، في المغرب، أنه تم تسجيل زلزال بقوة 7 درجات على مقياس ريختر بإقليم الحوز، وسط البلاد، في الساعة 11:00 من ليل الجمعة بتوقيت المغرب.",
    # https://www.radioalgerie.dz/news/ar/article/20150717/46873.html (tons of explosives)
    "وقال التنظيم فى البيان ان سيارة الانتحارى كانت تحمل ثلاثة أطنان من المتفجرات.",
    # https://3yonnews.com/764087 (a percentage of the displaced, no count)
    "وأضافت أن 42% من هؤلاء هم من محافظة الأنبار الغربية، ويتواصل القتال على جبهات عدة فى محافظة الأنبار حيث تجرى عملية كبيرة للقوات الحكومية لاستعادة السيطرة على مدينة الرمادي، عاصمة الأنبار، من تنظيم الدولة الإسلامية.",
    # https://qudspress.com/111003 (a distance, cars)
    'وأوضحت الوكالة، أن "مسيّرة إسرائيلية قصفت سيارة رباعية الدفع قرب حاجز للجيش في كفرا التي تبعد نحو عشرة كيلومترات من الحدود الإسرائيلية، ودمرت الغارة السيارة وأدت الى احتراق سيارة أخرى قريبة".',
    # https://daraa24.org/%d8%b9%d9%85%d9%84%d9%8a%d8%a9-%d8%aa%d8%a8%d8%a7%d8%af%d9%84-%d8%a7%d9%84%d8%a3%d8%b3%d8%b1%d9%89
    # (a date; the exchange of prisoners is named without a count)
    "انطلقت صباح اليوم الاثنين 13 تشرين الأول / أكتوبر 2025، عملية تبادل الأسرى والمحتجزين بين حركة المقاومة الإسلامية حماس والاحتلال الإسرائيلي، ضمن بنود اتفاق وقف إطلاق النار في قطاع غزة، في صفقة تعد الأكبر منذ سنوات وتشهد متابعة دولية وإقليمية واسعة.",
    # https://albawabhnews.com/4934276 (aid trucks)
    "دخل إلى قطاع غزة عن طريق ميناء رفح البري 70 شاحنة مساعدات إنسانية من مصر ومختلف الدول والمنظمات العربية والأجنبية.",
    # https://www.annahar.com/arabic/section/80-العالم-العربي/293311/دخول-أولى-شاحنات-المساعدات-من-معبر-رفح-منذ-انهيار-الهدنة-في-غزة-amp
    # (fuel and aid trucks, a dual and a number)
    "وأضافت المصادر أن شاحنتي وقود و50 شاحنة مساعدات مرت من الجانب المصري متجهة إلى العوجة للتفتيش.",
    # https://www.swissinfo.ch/ara/%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%85%D8%A6%D8%A9-%D8%B4%D8%A7%D8%AD%D9%86%D8%A9-%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A7%D8%AA-%D8%AA%D8%AF%D8%AE%D9%84-%D9%85%D8%B9%D8%A8%D8%B1-%D8%B1%D9%81%D8%AD-%D9%85%D9%86-%D9%85%D8%B5%D8%B1/91035749
    # (tons of aid)
    "قال الهلال الأحمر في بيان الثلاثاء إن القافلة تضمنت “300 طن من الدقيق ونحو 470 طنا مستلزمات إغاثية، ونحو 925 طنا من المواد البترولية لتشغيل المستشفيات والمنشآت الحيوية”، بالإضافة إلى ملابس وخيام وأغطية.",
    # https://samapost.net/?p=56998 ("أصيب ... بالذهول": were struck with astonishment, not wounded; five people
    # rescued alive; six days a duration)
    "أصيب أعضاء فريق المساعدة والإنقاذ في حالات الكوارث الماليزي (SMART) بالذهول بعد نجاحهم في إنقاذ خمسة أفراد من عائلة محاصرة تحت أنقاض مبناهم السكني خلال الأيام الستة الماضية نتيجة الزلزال المدمر الذي ضرب تركيا وسوريا.",
    # same page (a team's size, a distance, a time of day)
    "قال محمد ذو الخيري إن فريقه المكون من 24 عضوًا وكلب تعقب (فرانكي) توجهوا إلى منطقة البحث الجديدة بعد معلومات من فريق الاستطلاع الواقع على بعد 1.3 كيلومتر من معسكر فريق الإنقاذ الوطني في استاد نورداجي في الساعة 11 صباحًا بالتوقيت المحلي.",
    # http://mail.burathanews.com/arabic/international/209970 (the size of a force, a duration)
    "وحركة الشباب الارهابية التي تواصل اعمال العنف في العاصمة الصومالية بعدما طردتها منها القوات الحكومية وقوة الاتحاد الافريقي التي تضم 17 الف عنصر قبل عامين، سارعت الى اعلان مسؤوليتها عن الانفجارين.",
    # https://sudapost.online/%d8%ac%d8%b1%d8%a7%d8%a6%d9%85-%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%8a%d8%b1%d8%aa%d9%83%d8%a8%d9%87%d8%a7-%d8%b4%d8%a7%d8%b1%d9%88%d9%86-%d8%a7%d9%84%d9%85%d9%84%d8%b9%d9%88%d9%86-%d9%81%d9%8a
    # (money)
    "وأشاروا إلى أن شارون فرض 500 ألف جنيه شهرياً على كل قرية جباية، وتوسّع في عمليات النهب والسلب والترهيب، وهو الذى تم تعينه بهدف التأمين.",
    # https://khovar.tj/ara/2016/09/600-43 (an age)
    "وكان أخوها محمد (16 عاما) قد غادر قريته الفقيرة بحثا عن فرصة أفضل للحياة.",
]
