"""Fourth batch of real Ukrainian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://kstati.dp.ua/uk/proisshestviya/sogodnishniy-obstril-dnipropetrovschini-naslidki (hospitalised read as wounded)
    Case(
        "Десятеро людей госпіталізовані після сьогоднішнього обстрілу Синельниківського району.",
        "exact",
        10,
        10,
        10,
        "wounded",
    ),
    # https://kstati.dp.ua/uk/proisshestviya/sogodnishniy-obstril-dnipropetrovschini-naslidki (51 is her age)
    Case("Загинула 51-річна жінка.", "exact", 1, 1, 1, "killed", "all", "women"),
    # https://rfe.pangea-cms.com/preview/uk-UA/a/news-khersonshchyna-obstril-poraneni/32496682.html
    Case(
        "Російські війська обстріляли житловий будинок у селі Інженерне на Херсонщині, дві людини поранені, повідомляє голова обласної військової адміністрації Олександр Прокудін.",
        "exact",
        2,
        2,
        2,
        "wounded",
    ),
    # https://rfe.pangea-cms.com/preview/uk-UA/a/news-khersonshchyna-obstril-poraneni/32496682.html ("цивільних людей" qualifies both the killed and the wounded)
    Case(
        "ООН станом на 30 червня підтвердила загибель 9 177 і поранення 15 993 цивільних людей в Україні внаслідок повномасштабного вторгнення Росії.",
        "exact",
        9177,
        9177,
        9177,
        "killed",
        "civilian",
    ),
    # https://nbn.ua/country/obstrily-na-donechchyni-zagyblyh-ta-poranenyh-vnaslidok-atak-rosiyi/ (residents: population all)
    Case(
        "Внаслідок обстрілів, здійснених російськими військами за попередню добу, четверо жителів Донецької області загинули.",
        "exact",
        4,
        4,
        4,
        "killed",
    ),
    # https://tribune.com.ua/kilkist-postrazhdalyh-vid-raketnogo-udaru/
    Case(
        "Кількість постраждалих внаслідок ракетного удару по Кривому Рогу зросла до 74 осіб.",
        "exact",
        74,
        74,
        74,
        "casualties",
    ),
    # https://www.hirchytsya.com.ua/14-postrazhdalykh-u-kryvomu-rozi-pid-zavalamy-shukaiut-rodynu
    Case(
        "Кількість постраждалих через удар по Кривому Рогу зросла – на зараз їх 14, – повідомив начальник Дніпропетровської ОВА Сергій Лисак.",
        "exact",
        14,
        14,
        14,
        "casualties",
    ),
    # https://vijna.novini.live/golova-zaporizkoyi-ova-nazvav-novu-kilkist-zagiblikh-pislia-raketnogo-obstrilu-zaporizhzhia-142033.html (15:15 is a time)
    Case(
        "Ще станом на 15:15 було відомо лише про 7 загиблих та 13 травмованих людей.",
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # https://vijna.novini.live/golova-zaporizkoyi-ova-nazvav-novu-kilkist-zagiblikh-pislia-raketnogo-obstrilu-zaporizhzhia-142033.html
    Case(
        "Нагадаємо, раніше Нацполіція повідомила, що через масовану ракетну атаку РФ по Україні загалом загинули 18 мирних людей.",
        "exact",
        18,
        18,
        18,
        "killed",
        "civilian",
    ),
    # https://palyanycia.com.ua/tag/zhertvy-2
    Case(
        "У результаті атаки російських дронів у Дніпропетровській області загинула одна дитина, а ще четверо людей отримали поранення.",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "children",
    ),
    # https://pravdorub.live/%d0%b4%d0%b2%d0%be%d1%94-%d0%bb%d1%8e%d0%b4%d0%b5%d0%b9-%d0%b7%d0%b0%d0%b3%d0%b8%d0%bd%d1%83%d0%bb%d0%b8-%d1%96-%d1%82%d1%80%d0%be%d1%94-%d0%be%d1%82%d1%80%d0%b8%d0%bc%d0%b0%d0%bb%d0%b8-%d0%bf%d0%be
    Case(
        "Російські FPV-дрони атакували місто Костянтинівка на Донеччині, внаслідок чого двоє людей загинули, ще троє отримали поранення.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://pravdorub.live/%d0%b4%d0%b2%d0%be%d1%94-%d0%bb%d1%8e%d0%b4%d0%b5%d0%b9-%d0%b7%d0%b0%d0%b3%d0%b8%d0%bd%d1%83%d0%bb%d0%b8-%d1%96-%d1%82%d1%80%d0%be%d1%94-%d0%be%d1%82%d1%80%d0%b8%d0%bc%d0%b0%d0%bb%d0%b8-%d0%bf%d0%be (постраждав read as casualties, as in the earlier batches)
    Case(
        "Ще один цивільний постраждав від іншого удару FPV-дроном по Костянтинівці.",
        "exact",
        1,
        1,
        1,
        "casualties",
        "civilian",
    ),
    # https://society.comments.ua/ua/news/warrussia/zasekrecheni-dani-shokuyut-skilki-ukrainciv-u-statusi-zniklih-bezvisti-798783.html (records in the register of the missing read as missing people)
    Case(
        "Станом на 23 лютого 2026 року до Єдиного реєстру осіб, зниклих безвісти за особливих обставин, внесено понад 90 тисяч записів.",
        "more_than",
        90001,
        None,
        None,
        "missing",
    ),
    # https://www.ostrovok.lg.ua/news/chernaya-voda/blizko-7-tisyach-ukrayinskih-viyskovih-vvazhayutsya-zniklimi-bezvisti-cherez-viynu-kotenko
    Case(
        "Близько 7 тисяч українських військових вважаються зниклими безвісти, — повідомив уповноважений по особах, які зникли безвісти за особливих обставин, Олег Котенко, пише Інсайдер.",
        "approximate",
        None,
        7000,
        None,
        "missing",
        "military",
    ),
    # https://www.bagnet.org/news/society/1347727/nazvano-kilkist-zniklih-bezvisti-ukrayinskih-viyskovih
    Case(
        "В Україні вважаються зниклими безвісти більше ніж 7 тисяч військовослужбовців.",
        "more_than",
        7001,
        None,
        None,
        "missing",
        "military",
    ),
    # https://pmg.ua/life/108621-stalo-vidomo-skilky-ukrainskykh-biyciv-vvazhayutsya-znyklymy-bezvisty (138 days is a duration; the page counts servicemen: its title and the next sentence)
    Case(
        "Під час запеклого протистояння російському ворогу, яке триває вже 138 днів поспіль, в Україні офіційно визнали безвісти зниклими вже 7200 осіб.",
        "exact",
        7200,
        7200,
        7200,
        "missing",
        "military",
    ),
    # https://acmc.ua/minsoczpolityky-oprylyudnylo-statystyku-pro-kilkist-vpo-v-ukrayini-za-oblastyamy
    Case(
        "Станом на 22 жовтня кількість переселенців в Україні становить понад 4,6 млн осіб.",
        "more_than",
        4600001,
        None,
        None,
        "displaced",
    ),
    # https://acmc.ua/minsoczpolityky-oprylyudnylo-statystyku-pro-kilkist-vpo-v-ukrayini-za-oblastyamy
    Case(
        "Також серед внутрішніх переселенців зареєстровано близько 906 тисяч дітей.",
        "approximate",
        None,
        906000,
        None,
        "displaced",
        "all",
        "children",
    ),
    # https://social.com.ua/vijna/vpo/dnipropetrovska-harkivska-ta-zaporizka-oblasti-lidery-za-kilkistyu-vnutrishnih-pereselencziv/ (5670 places come after the figure)
    Case(
        "За даними Мінреінтеграції, на сьогодні близько мільйона ВПО перебувають у 5670 місцях компактного проживання для переселенців.",
        "approximate",
        None,
        1000000,
        None,
        "displaced",
    ),
    # https://dilova.com.ua/vijna/v-minintegraczi%d1%97-rozpovili-de-v-ukra%d1%97ni-najbilshe-pereselencziv/
    Case(
        "Через війну в Україні понад 7 мільйонів людей покинули свій дім і поїхали до безпечніших регіонів країни.",
        "more_than",
        7000001,
        None,
        None,
        "displaced",
    ),
    # https://www.volynpost.com/news/262499-u-rosijskomu-poloni-7-tysiach-ukrainciv-u-nas-ie-ponad-4-tysiachi-rosiian-zelenskyj
    Case(
        "Президент України Володимир Зеленський заявив, що в російському полоні зараз перебувають приблизно 7 тисяч українців, а в Україні — 4 тисячі полонених росіян.",
        "approximate",
        None,
        7000,
        None,
        "captured",
    ),
    # https://zt.gov.ua/20925-%D1%8E%D0%B2%D0%B5%D0%BD%D0%B0%D0%BB%D1%8C%D0%BD%D1%96-%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80%D0%BE%D1%80%D0%B8-167-%D0%B4%D1%96%D1%82%D0%B5%D0%B9-%D0%B7%D0%B0%D0%B3%D0%B8%D0%BD%D1%83%D0%BB%D0%B8-%D0%B2-%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D1%96-%D0%B2%D0%BD%D0%B0%D1%81%D0%BB%D1%96%D0%B4%D0%BE%D0%BA-%D0%B7%D0%B1%D1%80%D0%BE%D0%B9%D0%BD%D0%BE%D1%97-%D0%B0%D0%B3%D1%80%D0%B5%D1%81%D1%96%D1%97-%D1%80%D1%84.html (постраждали here is killed and wounded together: casualties)
    Case(
        "Більше 464 дітей постраждали в Україні через збройну агресію російської федерації.",
        "more_than",
        465,
        None,
        None,
        "casualties",
        "all",
        "children",
    ),
    # https://expres.kyiv.ua/2025/03/24/stalo-vidomo-skilky-ditey-vbyla-rosiia-v-ukraini
    Case(
        "За інформацією пресслужби Офісу генерального прокурора, з початку повномасштабного вторгнення російських військ в Україні було вбито 604 дітей, а понад 2421 дитина постраждала від збройної агресії.",
        "exact",
        604,
        604,
        604,
        "killed",
        "all",
        "children",
    ),
    # https://espreso.tv/unaslidok-povnomasshtabnoi-viyni-rosii-proti-ukraini-zaginulo-202-ditini-ponad-361-zaznala-poranen-yuvenalni-prokurori
    Case(
        "За час повномасштабного вторгнення РФ в Україні загинуло 202 дитини та понад 361 постраждала.",
        "exact",
        202,
        202,
        202,
        "killed",
        "all",
        "children",
    ),
    # https://kp.ua/ua/incidents/a648122-juvenalni-prokurori-za-minulu-dobu-vid-rosijskoji-ahresiji-postrazhdali-shchonajmenshe-troje-ditej
    Case(
        "За останню добу офіційне число загиблих дітей не змінилося - 205.",
        "exact",
        205,
        205,
        205,
        "killed",
        "all",
        "children",
    ),
    # https://www.ostro.org/news/s-nachala-vtorzhenyya-rossyy-v-ukraynu-pogyblo-uzhe-418-detej-i368481
    Case(
        "З початку військового вторгнення до України російські окупанти вбили 418 дітей.",
        "exact",
        418,
        418,
        418,
        "killed",
        "all",
        "children",
    ),
    # https://new.gp.gov.ua/ua/posts/yuvenalni-prokurori-183-ditini-zaginuli-v-ukrayini-cerez-zbroinu-agresiyu-rf (12 and 14 are ages)
    Case(
        "14 березня в результаті обстрілу села Розважів Вишгородського району Київської області від отриманих поранень загинули два хлопчики 12 та 14 років.",
        "exact",
        2,
        2,
        2,
        "killed",
        "all",
        "children",
    ),
    # https://new.gp.gov.ua/ua/posts/yuvenalni-prokurori-183-ditini-zaginuli-v-ukrayini-cerez-zbroinu-agresiyu-rf (one body found: 1 killed; 15 is his age)
    Case(
        "Під час фіксації кримінальних правопорушень, скоєних на території смт. Ворзель в Київській області виявлено тіло 15-річного хлопця з вогнепальними пораненнями.",
        "exact",
        1,
        1,
        1,
        "killed",
        "all",
        "children",
    ),
    # https://loqal.com.ua/news/rosiia-atakuvala-kiyiv-saxedami-iaki-naslidki-ijWC (no injured: 0 casualties)
    Case("Попередньо — без пожежі та постраждалих.", "exact", 0, 0, 0, "casualties"),
    # https://news.betaproject.net/%D0%B7-%D0%BF%D0%BE%D1%87%D0%B0%D1%82%D0%BA%D1%83-%D0%B7%D0%B0%D0%B3%D0%BE%D1%81%D1%82%D1%80%D0%B5%D0%BD%D0%BD%D1%8F-%D0%BA%D0%BE%D0%BD%D1%84%D0%BB%D1%96%D0%BA%D1%82%D1%83-%D0%BF%D0%B0%D0%BB%D0%B5%D1%81%D1%82%D0%B8%D0%BD%D0%B8-%D1%82%D0%B0-%D1%96%D0%B7%D1%80%D0%B0%D1%97%D0%BB%D1%8E-%D0%B7-%D0%B1%D0%BE%D0%BA%D1%83-%D1%81%D0%B5%D0%BA%D1%82%D0%BE%D1%80%D0%B0-%D0%B3%D0%B0%D0%B7%D0%B8-%D0%B7%D0%B0%D0%B3%D0%B8%D0%BD%D1%83%D0%BB%D0%BE-230-%D0%BE%D1%81%D1%96%D0%B1-i4669254.html (the dateline "КИЇВ. 20 травня. УНН." trimmed)
    Case(
        "За оновленими даними міністерства охорони здоров’я в секторі Газа, контрольованого терористичною групою ХАМАС, з моменту загострення конфлікту між Ізраїлем і Палестиною, з боку сектора Газа загинуло 230 осіб.",
        "exact",
        230,
        230,
        230,
        "killed",
    ),
    # https://bug.org.ua/tag/bizhentsi/page/6 (people who went abroad since the invasion read as displaced)
    Case(
        "Станом на 14-те червня кількість українців, котрі виїхали за кордон з моменту російського вторгнення, становить близько 7,5 мільйона.",
        "approximate",
        None,
        7500000,
        None,
        "displaced",
    ),
    # https://uagit.tv/2022/6/14/19757--32-mln-ukrayinskyh-bizhentsiv-otrymaly-tymchasovyy-zahyst-u-es
    Case(
        "Понад 3,2 мільйона біженців з України, за даними ООН, набули в країнах ЄС статусу тимчасового захисту.",
        "more_than",
        3200001,
        None,
        None,
        "displaced",
    ),
    # https://uagit.tv/2022/6/14/19757--32-mln-ukrayinskyh-bizhentsiv-otrymaly-tymchasovyy-zahyst-u-es
    Case(
        "Усього ж з початку повномасштабної війни до ЄС, за офіційними даними, приїхали майже п’ять мільйонів українських біженців.",
        "approximate",
        None,
        5000000,
        None,
        "displaced",
    ),
    # https://cvnews.cv.ua/post/view/1649794364-ponad-20-tisyach-zagiblih-v-mariupoli-strashna-cifra-vid-doneckoi-ova
    Case(
        "За попередніми оцінками у Маріуполі могло загинути від 20 до 22 тисяч людей.",
        "range",
        20000,
        None,
        22000,
        "killed",
    ),
    # https://np.pl.ua/2022/06/u-mariupoli-zahynulo-shchonaymenshe-22-tysiachi-myrnykh-meshkantsiv-mer-mista/
    Case(
        "Понад 22 тисячі українців загинули внаслідок облоги й штурму Маріуполя російськими військами.",
        "more_than",
        22001,
        None,
        None,
        "killed",
    ),
    # https://n-pravda.in.ua/uk/news/zelenskij-nazval-kolichestvo-pogibshih-v-1
    Case(
        "Визначити реальну цифру загиблих у Маріуполі наразі неможливо, за наявною інформацією, росіяни вбили в місті близько 20 тисяч осіб.",
        "approximate",
        None,
        20000,
        None,
        "killed",
    ),
    # https://n-pravda.in.ua/uk/news/zelenskij-nazval-kolichestvo-pogibshih-v-1
    Case(
        "Президент також зазначив, що росіяни взяли в полон тисячі людей.",
        "vague",
        1000,
        None,
        None,
        "captured",
        "all",
        "all",
        literal_low=2000,
    ),
    # http://rivnenews.com.ua/index.php/component/tortags/tag/ОДА?Itemid=5 (a headline: "до" is "up to")
    Case("ОДА: У Маріуполі могли загинути до 22 тисяч людей", "at_most", None, None, 22000, "killed"),
    # https://1zahid.com/info/z-pid-zavaliv-u-slov-yansku-vryatuvaly-dvoh-lyudej-pidnyaly-6-til-zagyblyh/ (bodies of the dead come first; the two rescued are no casualty figure)
    Case(
        "З-під завалів зруйнованої росіянами п’ятиповерхівки у Слов’янську підняли тіла шести загиблих, двої людей вдалося врятувати.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # https://layks.com.ua/2024/03/13/udar-shahedom-po-sumah-znajshly-tila-dvoh-lyudej-onovleno
    Case("На цю мить відомо про вісьмох постраждалих.", "exact", 8, 8, 8, "casualties"),
    # https://amp.fakty.ua/416244-spasateli-nashli-tela-10-pogibshih-v-rezultate-obstrela-zaporozhya-2-marta-razbor-zavalov-prodolzhaetsya-foto
    Case(
        "Як повідомляють у ДСНС, відомо вже про десятьох загиблих, у тому числі й дитини.",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # https://uagolos.com/obstril-na-hersonshhyni-ye-zhertvy-ta-postrazhdali (the leading quotation mark trimmed; two injured people freed from the rubble)
    Case(
        "На місці вони оперативно розібрали завали – деблокували двох постраждалих і виявили тіло загиблої жінки”, – повідомили у службі.",
        "exact",
        2,
        2,
        2,
        "casualties",
    ),
    # https://hronikers.com/2024/07/03/u-dnipri-tryvaiut-poshukovi-roboty-na-mistsi-udaru-po-bahatopoverkhivtsi-28-chervnia-foto
    Case("Наразі вважається зниклою безвісті одна людина", "exact", 1, 1, 1, "missing"),
    # https://top.politeka.net/uk/385660-podezd-zhilogo-doma-slozhilsya-posle-ataki-nazvano-kolichestvo-zhertv (the page's "трьої" kept)
    Case(
        "Як повідомляє Politeka.net з посиланням на ДСНС у Донецькій області, під завалами виявлено тіла трьої загиблих – двох чоловіків та жінки.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://life.kyiv24.news/?p=37823 (media workers, some of them mobilised: population all)
    Case(
        "З початку повномасштабного вторгнення росії в Україну загинуло 43 медійники.",
        "exact",
        43,
        43,
        43,
        "killed",
    ),
    # https://antikor.info/articles/611491-v_minzdrave_rasskazali_skoljko_medikov_ubila_rossija_za_god_polnomasshtabnoj_vojny (medical workers counted as civilians; 33 is the part killed at work)
    Case(
        "Від 24 лютого минулого року Росія вбила 106 медичних працівників.",
        "exact",
        106,
        106,
        106,
        "killed",
        "civilian",
    ),
    # https://u-misti.cherkasy.ua/?p=9323
    Case(
        "Від початку повномасштабного вторгнення Росія вбила на території України понад 100 цивільних медичних працівників, коли вони надавали допомогу пацієнтам.",
        "more_than",
        101,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://focus.ua/uk/world/731037-viyna-v-sudani-sili-shvidkogo-reaguvannya-provodyat-genocid-ostanni-novini
    Case(
        "У Судані триває збройний конфлікт, унаслідок якого вже загинули десятки тисяч людей.",
        "vague",
        10000,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=20000,
    ),
    # https://focus.ua/uk/world/731037-viyna-v-sudani-sili-shvidkogo-reaguvannya-provodyat-genocid-ostanni-novini
    Case(
        "За даними ООН, майже 500 осіб — пацієнти та їхні родичі — було вбито в лікарні Саудівського пологового центру.",
        "approximate",
        None,
        500,
        None,
        "killed",
    ),
    # https://tv.suspilne.media/news/103926
    Case(
        "За даними військової прокуратури тоді загинули щонайменше 366 бійців.",
        "at_least",
        366,
        366,
        None,
        "killed",
        "military",
    ),
    # https://inkorr.com/vibuhi-pejdzeriv-ucasnikiv-hezbolli-v-livani-vze-8-zagiblih-ponad-2700-poranenih-239647
    Case(
        "У Лівані сталася серія скоординованих вибухів пейджерів, що призвели до загибелі щонайменше 8 людей і поранення понад 2700 осіб.",
        "at_least",
        8,
        8,
        None,
        "killed",
    ),
    # https://news.liga.net/ua/world/news/u-livani-masovo-vybukhnuly-peidzhery-boiovykiv-khezbolly-travmovano-sotni-liudei-video
    Case(
        "Унаслідок інциденту поранення отримали сотні людей.",
        "vague",
        100,
        None,
        None,
        "wounded",
        "all",
        "all",
        literal_low=200,
    ),
    # https://news.liga.net/ua/world/news/u-livani-masovo-vybukhnuly-peidzhery-boiovykiv-khezbolly-travmovano-sotni-liudei-video (Hezbollah fighters: military)
    Case(
        "За даними CNN, травми отримали десятки бойовиків Хезболли.",
        "vague",
        10,
        None,
        None,
        "wounded",
        "military",
        "all",
        literal_low=20,
    ),
    # https://library.vn.ua/news-and-events/novini/deportacziya-krimskix-tatar-1944-roku (deported read as displaced)
    Case(
        "Загалом було депортовано близько 200 тисяч осіб, здебільшого, до Узбекистану.",
        "approximate",
        None,
        200000,
        None,
        "displaced",
    ),
    # https://www.buchanews.com.ua/2022/08/16/u-buchi-prodovzhuyut-hovaty-zagyblyh-pid-chas-okupacziyi-czyvilnyh (unidentified dead civilians; "пів сотні" is half a hundred)
    Case(
        "Загалом залишалося неідентифікованих близько пів сотні цивільних.",
        "approximate",
        None,
        50,
        None,
        "killed",
        "civilian",
    ),
    # http://www.frontnews.eu/ua/news/details/26357 (bodies in a mass grave: killed)
    Case("Приблизно тут 67 тіл.", "approximate", None, 67, None, "killed"),
    # https://uzhgorod24.com/smertelnyj-raketnyj-udar-po-poligonu-zsu-ye-zagybli-ta-poraneni
    Case(
        "Внаслідок атаки щонайменше троє українських військовослужбовців загинули, ще 18 отримали поранення.",
        "at_least",
        3,
        3,
        None,
        "killed",
        "military",
    ),
    # https://glavnoe.in.ua/news/rosiya-zavdala-raketnoho-udaru-po-polihonu-zsu-odyn-vijskovyj-zahynuv-desyatky-postrazhdalyh (the strike hit servicemen at a training unit: military from the text around it)
    Case(
        "Відомо про одного загиблого та 11 поранених різних ступенів тяжкості.",
        "exact",
        1,
        1,
        1,
        "killed",
        "military",
    ),
    # http://volyn.com.ua/newsstat/74782/0.html (54 is the brigade's number)
    Case(
        "На чугуївському загальновійськовому полігоні під час занять з бойової підготовки загинули двоє військовослужбовців 54 окремої механізованої бригади.",
        "exact",
        2,
        2,
        2,
        "killed",
        "military",
    ),
    # https://krm.gov.ua/obstril-zaliznychnoyi-stantsiyi-kramatorsk-p-yatdesyat-zagyblyh-iz-nyh-p-yatero-dity/ (a headline; the number in words)
    Case(
        "Обстріл залізничної станції Краматорськ – п’ятдесят загиблих, із них п’ятеро – діти",
        "exact",
        50,
        50,
        50,
        "killed",
    ),
    # https://krm.gov.ua/obstril-zaliznychnoyi-stantsiyi-kramatorsk-p-yatdesyat-zagyblyh-iz-nyh-p-yatero-dity/ (a breakdown: the label is the total of wounded)
    Case(
        "З 98 поранених, які були доправлені до медзакладів, 16 дітей, 46 жінок та 36 чоловіків.",
        "exact",
        98,
        98,
        98,
        "wounded",
    ),
    # https://rubryka.com/2022/04/08/vnaslidok-raketnogo-udaru-po-zaliznychnomu-vokzalu-kramatorska-zagynuly-50-lyudej-z-nyh-5-dity/amp
    Case(
        "За попередніми даними, у Краматорську загинули 39 людей, поранені – близько 100.",
        "exact",
        39,
        39,
        39,
        "killed",
    ),
    # https://orynyn.licey.org.ua/news/11-21-29-15-02-2023 (34 years and 160375 participants come first and are no casualty figure)
    Case(
        "34 роки тому в Афганістані закінчилася десятилітня військово-політична спецоперація Радянського Союзу, участь у якій взяли 160375 військовослужбовців – вихідців з України, 3360 з яких – загинули, 72 – пропали безвісти, 3560 – стали інвалідами.",
        "exact",
        3360,
        3360,
        3360,
        "killed",
        "military",
    ),
    # http://knigagalina.blogspot.com/2019/02/15.html ("did not return home" read as killed; young men who served in the Soviet army: military, men; digits and words mixed)
    Case(
        "У рідні домівки не повернулися 13 тисяч 833 юнаки колишнього Радянського Союзу, 312 – пропали безвісти, доля 330 – невідома.",
        "exact",
        13833,
        13833,
        13833,
        "killed",
        "military",
        "men",
    ),
    # https://www.infopotik.com.ua/vtraty-okupantiv-zrosly-na-50-cherez-nevdalyj-nastup-na-harkivshhyni/ (losses of an army: casualties, military; "сягають" reach: exact)
    Case(
        "За інформацією Генерального штабу Збройних сил України та британської розвідки, загальні втрати російської армії з початку повномасштабного вторгнення в Україну сягають 500 тисяч осіб.",
        "exact",
        500000,
        500000,
        500000,
        "casualties",
        "military",
    ),
    # https://fenixslovo.com/2024/07/05/35712/ ("втратили" with no "убитими": losses, as in the earlier batches)
    Case(
        "Як пише Forbes, з початку операції «Часів Яр» у квітні російські військові втратили 99 000 осіб.",
        "exact",
        99000,
        99000,
        99000,
        "casualties",
        "military",
    ),
    # https://fenixslovo.com/2024/07/05/35712/ (a list item: its leading bullet "▪️" trimmed)
    Case(
        "за кожне місто чи навіть район, який захоплюють росіяни, вони втрачають десятки тисяч солдатів.",
        "vague",
        10000,
        None,
        None,
        "casualties",
        "military",
        "all",
        literal_low=20000,
    ),
    # https://subjectinform.blogspot.com/2018/04/blog-post_878.html
    Case("Щонайменше 70 людей загинули у Сирії під час хімічної атаки.", "at_least", 70, 70, None, "killed"),
    # https://subjectinform.blogspot.com/2018/04/blog-post_878.html (a large number of victims: unquantified)
    Case(
        "В свою чергу, Державний департамент США заявив, що, згідно зі звітами, можлива “потенційно велика кількість жертв”.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
    ),
    # http://www.gweek.com.ua/search/label/%D0%BA%D0%B0%D0%BC%D1%96%D0%BA%D0%B0%D0%B4%D0%B7%D0%B5 (a total and its part: the label is the total)
    Case(
        "Постраждало 22 людини, серед них 14 - легкого ступеня важкості, яким допомогу надано на місці.",
        "exact",
        22,
        22,
        22,
        "casualties",
    ),
    # https://glavnoe.in.ua/news/harkiv-zaznav-udaru-kabamy-ye-zahybli-ta-postrazhdali ("кілька авто" counts cars; "є постраждалі" states casualties with no number)
    Case(
        "Внаслідок вибуху загорілися кілька авто, є постраждалі.",
        "unquantified",
        None,
        None,
        None,
        "casualties",
    ),
    # https://stolcontrol.kyiv.ua/ataka-na-kharkiv-postrazhdaly-ponad-100-osib
    Case(
        "У результаті ракетної атаки на Харків постраждали понад 100 цивільних осіб, зокрема восьмеро дітей.",
        "more_than",
        101,
        None,
        None,
        "casualties",
        "civilian",
    ),
    # https://lenta.kharkiv.ua/society/2025/04/26/509375.html (the child had barotrauma)
    Case(
        "Внаслідок падіння уламків ворожого БПЛА у Шевченківському районі, постраждала дитина.",
        "exact",
        1,
        1,
        1,
        "casualties",
        "all",
        "children",
    ),
]

NON_FIGURES = [
    # https://www.hirchytsya.com.ua/14-postrazhdalykh-u-kryvomu-rozi-pid-zavalamy-shukaiut-rodynu (claims for damaged property)
    "Надійшло більше 120 заяв від потерпілих, майно яких пошкоджене або зруйноване російською ракетою.",
    # https://golos.dp.ua/2023/04/18/stalo-vidomo-skilky-ukrayinskyh-bijcziv-znyklo-bezvisty (relatives who gave DNA samples)
    "Як повідомлялось, за даними на початок березня майже 16 тисяч родичів загиблих або зниклих безвісти здали зразки ДНК.",
    # https://vijna.novini.live/golova-zaporizkoyi-ova-nazvav-novu-kilkist-zagiblikh-pislia-raketnogo-obstrilu-zaporizhzhia-142033.html (a count of shellings)
    "По українських містах окупанти здійснили 51 обстріл.",
    # https://ddk.dn.ua/news/article/217252 (prisoners who came home: no casualty figure)
    "Тоді додому повернулися 175 українських захисників.",
    # https://vsn.ua/news/vidbuvsya-chergoviy-velikiy-obmin-ukrayina-povernula-sche-140-polonenih-16987 (people returned in an exchange; 31 is the date)
    "У суботу, 31 грудня, Україна та Росія провели черговий обмін полоненими – Україна повернула 140 осіб.",
    # https://atn.ua/ukraine/bpla-molniia-okupantiv-vpala-bilia-doma-u-derhachakh-469510 (a time of day)
    "Близько 17:00 російський безпілотник типу «Блискавка» впав на території приватного будинку у Дергачах.",
    # https://uagit.tv/2022/6/14/19757--32-mln-ukrayinskyh-bizhentsiv-otrymaly-tymchasovyy-zahyst-u-es (a date: a day of remembrance)
    "29 серпня в Україні вшановують пам’ять загиблих захисників",
    # https://1zahid.com/info/z-pid-zavaliv-u-slov-yansku-vryatuvaly-dvoh-lyudej-pidnyaly-6-til-zagyblyh/ (rescuers and vehicles at work)
    "До проведення робіт залучені 30 чоловік особового складу ГУ ДСНС у Донецькій області та 7 одиниць техніки.",
    # https://amp.fakty.ua/416244-spasateli-nashli-tela-10-pogibshih-v-rezultate-obstrela-zaporozhya-2-marta-razbor-zavalov-prodolzhaetsya-foto (people rescued)
    "Було врятовано 11 осіб.",
    # https://hronikers.com/2024/07/03/u-dnipri-tryvaiut-poshukovi-roboty-na-mistsi-udaru-po-bahatopoverkhivtsi-28-chervnia-foto (people given psychological help)
    "Психологи ДСНС надали необхідну допомогу 51 людині.",
    # https://focus.ua/uk/world/731037-viyna-v-sudani-sili-shvidkogo-reaguvannya-provodyat-genocid-ostanni-novini (people in need of aid)
    "За оцінками ООН, понад 30 мільйонів осіб — майже дві третини населення країни — потребують гуманітарної допомоги та захисту.",
    # https://tv.suspilne.media/news/103926 (money)
    "Втрати озброєння і техніки Генпрокуратура оцінила у майже 300 мільйонів гривень.",
    # https://uk.m.wikipedia.org/wiki/%D0%94%D0%B5%D0%BF%D0%BE%D1%80%D1%82%D0%B0%D1%86%D1%96%D1%8F_%D0%BA%D1%80%D0%B8%D0%BC%D1%81%D1%8C%D0%BA%D0%B8%D1%85_%D1%82%D0%B0%D1%82%D0%B0%D1%80 (a percentage of a people, no count of the dead)
    "В ході виселення і в перші роки після нього загинуло приблизно 46, 2 % кримських татар, тобто майже кожен другий з народу[4].",
    # http://www.epochtimes.com.ua/ukraine/society/69-ta-richnitsya-deportatsiyi-krimskikh-tatar-110014.html (dates and a time; the leading quotation mark kept as it opens a quote closed in the sentence)
    "«Доповідаємо, що розпочата у відповідності з Вашими вказівками 18 травня ц.р. операція з виселення кримських татар закінчена сьогодні, 20 травня, о 16 годині», — звітували того дня на ім’я народного комісара з внутрішніх справ Лаврентія Берію.",
    # https://pravyibereg.kyiv.ua/vidomo-skilkokh-ditey-vdalosia-povernuty-v-ukrainu (children brought back: no casualty figure)
    "Уповноважений Верховної Ради з прав людини Дмитро Лубінець повідомив, що 1902 українських дітей повернули до України з Росії та тимчасово окупованої території.",
    # https://www.infopotik.com.ua/vtraty-okupantiv-zrosly-na-50-cherez-nevdalyj-nastup-na-harkivshhyni/ (a daily rate of losses)
    "До початку Харківського наступу щоденні втрати росіян становили близько 800 осіб.",
    # https://lenta.kharkiv.ua/society/2025/04/26/509375.html (a time of day)
    "Зранку о 6:05 у Харкові було чутно вибухи.",
]
