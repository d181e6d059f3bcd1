"""Fifth batch of real Ukrainian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://freeradio.com.ua/u-nediliu-vid-rosiiskykh-obstriliv-na-donechchyni-zahynuly-troie-myrnykh-meshkantsiv-zvedennia (9 is the date)
    Case(
        "9 жовтня через обстріли окупантів у Донецькій області загинули 3 цивільних.",
        "exact",
        3,
        3,
        3,
        "killed",
        "civilian",
    ),
    # https://freeradio.com.ua/u-nediliu-vid-rosiiskykh-obstriliv-na-donechchyni-zahynuly-troie-myrnykh-meshkantsiv-zvedennia
    Case(
        "Ще щонайменше 7 людей дістали поранень.",
        "at_least",
        7,
        7,
        None,
        "wounded",
    ),
    # https://tsn.ua/video/video-novini/zrosla-kilkist-zhertv-ruynivnogo-zemletrusu-v-ekvadori-1.html
    Case(
        "Напередодні було 272 загиблих та посадовці припускають, що кількість жертв може зрости.",
        "exact",
        272,
        272,
        272,
        "killed",
    ),
    # https://1news.com.ua/?p=1445376 (hostages killed: the sentence does not say civilian or military)
    Case(
        "Тіла шести вбитих заручників, яких ХАМАС викрав ще на початку війни, були знайдені вночі у секторі Гази.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # https://gazobetondom.com.ua/content/u-tunelyah-pid-gazoyu-znayshli-vbitih-izrayilskih-zaruchnikiv (bodies of hostages, no count)
    Case(
        "Військові ЦАХАЛ заявили про виявлення в тунелях під сектором Гази тіл ізраїльських заручників, убитих бойовиками ХАМАС.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://amp.politeka.net/uk/news/incidents/747974-terakt-nakanune-vyborov-na-mitinge-progremel-moshhnyj-vzryv-mnogo-zhertv-i-postradavshih
    Case(
        "В результаті теракту загинули щонайменше 14 осіб.",
        "at_least",
        14,
        14,
        None,
        "killed",
    ),
    # https://amp.politeka.net/uk/news/incidents/747974-terakt-nakanune-vyborov-na-mitinge-progremel-moshhnyj-vzryv-mnogo-zhertv-i-postradavshih
    Case(
        "Ще близько 40 отримали поранення.",
        "approximate",
        None,
        40,
        None,
        "wounded",
    ),
    # https://newsua.us/world/pakystan-u-bidi-kilkist-zahyblykh-vid-poveney-syahnula-220-prohnozuyutsya-novi-zlyvy
    Case(
        "У Пакистані через повені загинули понад 200 людей.",
        "more_than",
        201,
        None,
        None,
        "killed",
    ),
    # https://newsua.us/world/pakystan-u-bidi-kilkist-zahyblykh-vid-poveney-syahnula-220-prohnozuyutsya-novi-zlyvy
    Case(
        "У північно-західному районі Пакистану внаслідок повеней загинуло щонайменше 220 людей, повідомили офіційні особи в суботу.",
        "at_least",
        220,
        220,
        None,
        "killed",
    ),
    # https://shepetivka.com.ua/novyny/suspilstvo.html?start=36 (the scale word is written once, on the high end)
    Case(
        "За різними даними, через голод загинуло від 3 до 8 мільйонів людей.",
        "range",
        3000000,
        None,
        8000000,
        "killed",
    ),
    # http://bibliotekafilia14.blogspot.com/2024/11 (1932-1933 are years; an estimate stated without a hedge word is read as exact)
    Case(
        "За оцінками Міжнародної асоціації дослідників Голодомору-геноциду, у 1932-1933 років від голоду померли 10,5 мільйона українців.",
        "exact",
        10500000,
        10500000,
        10500000,
        "killed",
    ),
    # http://www.fixygen.ua/news/20230423/blizko-7-tisyach.html
    Case(
        "В Україні станом на квітень 2023 року зниклими безвісти вважаються близько 7 тис. військовослужбовців, повідомив уповноважений з питань осіб, зниклих безвісти за особливих обставин Олег Котенко.",
        "approximate",
        None,
        7000,
        None,
        "missing",
        "military",
    ),
    # https://radio.opole.pl/index.php?go=morelist&idp=582&idx=874&sp=100 (a headline, no final stop)
    Case(
        "Понад сім тисяч військових в Україні вважаються зниклими безвісти, частина з них – у полоні",
        "more_than",
        7001,
        None,
        None,
        "missing",
        "military",
    ),
    # https://facenews.ua/news/2022/524800/amp.html
    Case(
        "В Україні понад сім тисяч військових вважаються зниклими безвісти.",
        "more_than",
        7001,
        None,
        None,
        "missing",
        "military",
    ),
    # https://bbctodays.pages.dev/ukrainian/news_in_brief/2015/05/150505_she_mediterranean_boat_sank (drowned read as killed)
    Case(
        "Десятки мігрантів могли затонути в Середземномор'ї - біля італійського острова Сицилія - повідомляє гуманітарна організація Save the Children.",
        "vague",
        10,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=20,
    ),
    # https://bbctodays.pages.dev/ukrainian/news_in_brief/2015/05/150505_she_mediterranean_boat_sank
    Case(
        "Щонайменше 1 750 людей загинули цього року при спробі перетнути Середземне море, що в 20 разів більше, ніж в аналогічний період минулого року.",
        "at_least",
        1750,
        1750,
        None,
        "killed",
    ),
    # https://ua.news/ua/world/vo-vremya-boev-v-sudane-pogybly-56-grazhdanskyh-vo-vremya-boev
    Case(
        "У Судані під час сутичок між збройними силами країни та воєнізованими силами швидкої підтримки Судану (RSF) загинули 56 цивільних та десятки бійців.",
        "exact",
        56,
        56,
        56,
        "killed",
        "civilian",
    ),
    # https://ua.news/ua/world/vo-vremya-boev-v-sudane-pogybly-56-grazhdanskyh-vo-vremya-boev (civilians and combatants together: population all)
    Case(
        "595 людей, зокрема комбатанти, були поранені в боях.",
        "exact",
        595,
        595,
        595,
        "wounded",
    ),
    # https://de314v.texty.org.ua/fragments/106218/buchamassacre-bratska-mohyla (residents buried in a mass grave read as killed)
    Case(
        "За даними місцевої влади, у такій могилі поховали щонайменше 280 жителів.",
        "at_least",
        280,
        280,
        None,
        "killed",
    ),
    # https://moovly.ru/movies/ZU5SVXhBdDE0cUZ6Q3FwYlJsSnhZdStZSUlLamhHNnE1R09yMXhjVU5LQT0 (victims in a mass grave are the dead; 40 to 60 are ages)
    Case(
        "Наразі там нараховано щонайменше 67 жертв, більшість віком від 40 до 60 років.",
        "at_least",
        67,
        67,
        None,
        "killed",
    ),
    # https://moovly.ru/movies/ZU5SVXhBdDE0cUZ6Q3FwYlJsSnhZdStZSUlLamhHNnE1R09yMXhjVU5LQT0 (1 is the date)
    Case(
        "Загалом, за даними Нацполіції, у місті з 1 квітня виявили 195 вбитих.",
        "exact",
        195,
        195,
        195,
        "killed",
    ),
    # http://uaexpert.blogspot.com/2015/05/blog-post_273.html (demographic losses include the killed, the deported and the evacuated: read as casualties)
    Case(
        "Загальні демографічні втрати України - включно з убитими, жертвами концтаборів, депортованими, евакуйованими й тими, що вирушили у надвигая разом з відступаючими нацистами, - становлять не менше 14 млн осіб.",
        "at_least",
        14000000,
        14000000,
        None,
        "casualties",
    ),
    # https://blackseanews.net/amp/read/171314
    Case(
        "Міністерство оборони Азербайджану заявило, що внаслідок бойових дій у Нагірному Карабасі загинуло 2 783 азербайджанські військовослужбовці.",
        "exact",
        2783,
        2783,
        2783,
        "killed",
        "military",
    ),
    # https://blackseanews.net/amp/read/171314
    Case(
        "Раніше Міністерство охорони здоров'я Вірменії оголосило, що під час бойових дій у Нагірному Карабасі з вірменської сторони загинуло більш як 2,3 тис. військових.",
        "more_than",
        2301,
        None,
        None,
        "killed",
        "military",
    ),
    # https://gazeta.ua/articles/np/_polyaki-postrazhdali-u-dtp-v-ugorschini-ye-zagiblij/978392
    Case(
        "В аварії загинула одна людина і 34 отримали травми, повідомляє TVN24.",
        "exact",
        1,
        1,
        1,
        "killed",
    ),
    # https://fraza.com/uk/amp/364761-na-dnipropetrovschini-shkilnij-avtobus-potrapiv-smertelne-dtp
    Case(
        "На жаль, внаслідок аварії у Volkswagen Transporter загинули двоє чоловіків.",
        "exact",
        2,
        2,
        2,
        "killed",
        "all",
        "men",
    ),
    # https://violadesign.ru/drugie-predmety/trag-chn-pod-pro-babin-yar-5-6-rechen-20340049 (dates and a duration come before the figure)
    Case(
        "Перший масовий розстріл євреїв в Бабиному Яру нацисти провели 29 вересня 1941 року та лише за два дні-29 та 30 вересня 1941 було розстріляно більше 30 тис. євреїв.",
        "more_than",
        30001,
        None,
        None,
        "killed",
    ),
    # https://lfwp.net/dw/uk/srebrenica/t-19421703 (men and boys together: group all)
    Case(
        "У ході Боснійської війни в липні 1995 року сербські війська вчинили в Сребрениці масове вбивство - було вбито понад сім тисяч мусульманських чоловіків і хлопчиків.",
        "more_than",
        7001,
        None,
        None,
        "killed",
    ),
    # https://holosameryky.com/amp/srebrenica-07-11-2011-125366448/242498.html
    Case(
        "Від їх рук загинуло понад 8 тисяч людей.",
        "more_than",
        8001,
        None,
        None,
        "killed",
    ),
    # https://www.5.ua/regiony/pidryv-kakhovskoi-hes-iak-zminylosia-zhyttia-liudei-cherez-dva-roky-pislia-teraktu-353009.html
    Case(
        "За окремими підрахунками, лише в окупованих Олешках могли загинути від 200 до 300 осіб.",
        "range",
        200,
        None,
        300,
        "killed",
    ),
    # https://www.5.ua/regiony/pidryv-kakhovskoi-hes-iak-zminylosia-zhyttia-liudei-cherez-dva-roky-pislia-teraktu-353009.html
    Case(
        "На підконтрольній Україні території офіційно підтверджено загибель 31 людини.",
        "exact",
        31,
        31,
        31,
        "killed",
    ),
    # https://sud.ua./uk/news/ukraine/273635-v-rezultate-terakta-na-kakhovskoy-ges-pogibli-16-chelovek-izvestno-o-31-propavshem-bez-vesti-mvd
    Case(
        "Внаслідок підриву російськими окупантами Каховської ГЕС наразі відомо про смерть 16 осіб та 31 безвісти зниклого.",
        "exact",
        16,
        16,
        16,
        "killed",
    ),
    # http://golos.com.ua/article/379240 (prisoners of war in Olenivka: defenders read as military)
    Case(
        "Від вибуху загинули щонайменше 53 захисники України та понад 130 дістали поранення різної важкості.",
        "at_least",
        53,
        53,
        None,
        "killed",
        "military",
    ),
    # https://nta.ua/u-doneczku-pidirvaly-nachalnyka-olenivskoyi-koloniyi-de-utrymuyut-ukrayinskyh-polonenyh
    Case(
        "Зазначається, що двоє осіб постраждали після вибуху у центрі Донецька.",
        "exact",
        2,
        2,
        2,
        "casualties",
    ),
    # https://nta.ua/u-doneczku-pidirvaly-nachalnyka-olenivskoyi-koloniyi-de-utrymuyut-ukrayinskyh-polonenyh
    Case(
        "Саме там 29 липня 2022 року російські окупанти здійснили теракт, внаслідок якого загинули щонайменше 53 українських захисники.",
        "at_least",
        53,
        53,
        None,
        "killed",
        "military",
    ),
    # https://ukraina.onet.pl/pereselennya-ukrayinskih-bizenciv-v-yes-yak-ce-viglyadaye-na-praktici/pel3s2h (people who fled the invasion: displaced)
    Case(
        "Станом на кінець березня цього року 3,9 мільйона негромадян ЄС, які втекли з України внаслідок російського вторгнення, користуються статусом тимчасового захисту в країнах ЄС.",
        "exact",
        3900000,
        3900000,
        3900000,
        "displaced",
    ),
    # https://ukraina.onet.pl/pereselennya-ukrayinskih-bizenciv-v-yes-yak-ce-viglyadaye-na-praktici/pel3s2h
    Case(
        "Останні дані Прикордонної служби (станом на 30 травня 2023 року) показують, що від початку російського вторгнення в Україну польсько-український кордон перетнуло більше 12,2 мільйона біженців.",
        "more_than",
        12200001,
        None,
        None,
        "displaced",
    ),
    # https://bastion.tv/raketna-ataka-po-dnipru-poraneno-simoh-ditej_n51703
    Case(
        "Російська ракета, яка сьогодні поцілила по Дніпру, поранила сімох дітей.",
        "exact",
        7,
        7,
        7,
        "wounded",
        "all",
        "children",
    ),
    # https://bastion.tv/raketna-ataka-po-dnipru-poraneno-simoh-ditej_n51703 (18:28 is a time)
    Case(
        "Загалом станом на 18:28 виявили вже 39 поранених.",
        "exact",
        39,
        39,
        39,
        "wounded",
    ),
    # https://glavnoe.dp.ua/articles/raketnyi-udar-po-dnipru-shcho-vidomo-pro-postrazhdalykh
    Case(
        "Серед поранених двоє дітей.",
        "exact",
        2,
        2,
        2,
        "wounded",
        "all",
        "children",
    ),
    # https://weukraine.tv/v-dnipri-zrosla-kilkist-postrazhdalyh-u-zrujnovanij-rosijskoyu-raketoyu-bagatopoverhivtsi-vzhe-vidomo-pro-39-poranenyh (14 is the date; the page's title calls the 39 wounded, the sentence says постраждалих)
    Case(
        "Кількість постраждалих в результаті влучання російської ракети у багатоповерхівку в Дніпрі в суботу, 14 січня, зросла до 39 осіб.",
        "exact",
        39,
        39,
        39,
        "casualties",
    ),
    # https://weukraine.tv/v-dnipri-zrosla-kilkist-postrazhdalyh-u-zrujnovanij-rosijskoyu-raketoyu-bagatopoverhivtsi-vzhe-vidomo-pro-39-poranenyh
    Case(
        "За його даними, кількість жертв поки без змін - поки відомо про п'ятьох загиблих.",
        "exact",
        5,
        5,
        5,
        "killed",
    ),
    # https://echoukraine.com/?p=141084 (police officers: population all, as in the methodology's list)
    Case(
        "Бойовики «Талібану» вбили шість афганських поліцейських у провінції Капіса.",
        "exact",
        6,
        6,
        6,
        "killed",
    ),
    # https://echoukraine.com/?p=141084
    Case(
        "Ще троє поліцейських отримали поранення під час нічного нападу.",
        "exact",
        3,
        3,
        3,
        "wounded",
    ),
    # https://amp.znaj.ua/news/radbez-oon-zberetsya-na-ekstrene-zasidannya-cherez-himichnu-ataku-u-syriyi
    Case(
        "Зазначимо, за даними Союзу медичних організацій, у результаті хімічної атаки загинули щонайменше 100 осіб, ще 300 постраждали.",
        "at_least",
        100,
        100,
        None,
        "killed",
    ),
    # https://amp.znaj.ua/news/radbez-oon-zberetsya-na-ekstrene-zasidannya-cherez-himichnu-ataku-u-syriyi
    Case(
        "Водночас, за словами керівника органу охорони здоров'я в утримуваному повстанцями Ідлібі, загинули більше 50 людей і 300 травмовані.",
        "more_than",
        51,
        None,
        None,
        "killed",
    ),
    # https://devb.regionews.ua/ukr/news/sumshchina/1749029111-udar-po-sumah-u-likarnyah-16-poranenih-shestero-u-vazhkomu-stani (a standfirst, no final stop)
    Case(
        "Унаслідок ворожого удару по Сумській громаді кількість постраждалих сягнула 30 осіб",
        "exact",
        30,
        30,
        30,
        "casualties",
    ),
    # https://devb.regionews.ua/ukr/news/sumshchina/1749029111-udar-po-sumah-u-likarnyah-16-poranenih-shestero-u-vazhkomu-stani
    Case(
        "Раніше було відомо про 28 поранених і чотирьох загиблих.",
        "exact",
        28,
        28,
        28,
        "wounded",
    ),
    # https://0rd.kyiv.ua/?p=11791 (13 is the date; two is a count of strikes)
    Case(
        "У неділю, 13 квітня у Сумах сталася трагедія – внаслідок двох ракетних ударів загинули 24 людини, серед них одна дитина.",
        "exact",
        24,
        24,
        24,
        "killed",
    ),
    # https://0rd.kyiv.ua/?p=11791
    Case(
        "Ще 84 особи отримали поранення, з них семеро дітей.",
        "exact",
        84,
        84,
        84,
        "wounded",
    ),
    # https://criminalkyiv.info/?p=23257
    Case(
        "За даними Державної служби з надзвичайних ситуацій, загинуло 34 людини, включаючи двох дітей, а також поранено 117 осіб, серед яких є 15 дітей.",
        "exact",
        34,
        34,
        34,
        "killed",
    ),
    # https://ukrpulse.org.ua/2025/novini/novini-lugansk/ludi-povertalisia-z-cerkvi-y-verbny-nedilu-rosiiani-obstriliali-symi-zaginyla-31-ludina-ta-she-84-poraneno-foto (13:40 is a time)
    Case(
        "Станом на 13:40 загинула 31 особа, з них 2 дитини.",
        "exact",
        31,
        31,
        31,
        "killed",
    ),
    # https://cripo.com.ua/tag/obstrili-tsivilnoyi-infrastrukturi/page/7
    Case(
        "Кількість загиблих внаслідок російського удару по лікарні в Сумах зросла до 8.",
        "exact",
        8,
        8,
        8,
        "killed",
    ),
    # https://ugorod.dn.ua/article-rosjske-bombarduvanna-marupolskogo-dramteatru-z-mirnimi-zhitelami-govorat-t-khto-vizhiv
    Case(
        "Внаслідок атаки, за даними Маріупольської міськради, загинуло близько 300 людей.",
        "approximate",
        None,
        300,
        None,
        "killed",
    ),
    # https://ugorod.dn.ua/article-rosjske-bombarduvanna-marupolskogo-dramteatru-z-mirnimi-zhitelami-govorat-t-khto-vizhiv (the figure of the dead, named by the sentence before: metric from context)
    Case(
        "Цифру 600 у власному розслідуванні називає інформагентство Associated Press.",
        "exact",
        600,
        600,
        600,
        "killed",
    ),
    # https://realgazeta.com.ua/yak-bilia-zruynovanoho-rosiianamy-mariupolskoho-teatru-z-iavyvsia-istorychnyy-napys-dety-istoriia-komendantky-teatru-ta-ii-cholovika/
    Case(
        "За даними Донецької прокуратури, внаслідок терористичного акту загинуло близько 600 людей, щонайменше 400 отримали поранення.",
        "approximate",
        None,
        600,
        None,
        "killed",
    ),
    # https://www.62.ua/news/4063712/zelenskij-nazvav-kilkist-zagiblih-zahisnikiv-ukraini-z-pocatku-povnomasstabnoi-vijni
    Case(
        "Президент Володимир Зеленський заявив, що з моменту початку повномасштабної війни РФ проти України загинуло 55 тисяч українських військовослужбовців.",
        "exact",
        55000,
        55000,
        55000,
        "killed",
        "military",
    ),
    # https://texty.org.ua./fragments/113605/video-dnya-bryhada-spartan-bere-u-polon-hrupu-okupantiv-na-harkivshyni (a group, no count)
    Case(
        "Бійці бригади Гвардії наступу «Спартан» взяли у полон на Харківщині групу російських військових.",
        "unquantified",
        None,
        None,
        None,
        "captured",
        "military",
    ),
    # https://racurs.ua/n188336-hamas-ubil-148-inostrancev-vo-vremya-ataki-na-izrail.html (7 is the date)
    Case(
        "За цими даними, ХАМАС у процесі своєї вилазки 7 жовтня вбив 148 громадян інших держав, крім Ізраїлю.",
        "exact",
        148,
        148,
        148,
        "killed",
    ),
    # https://racurs.ua/n188336-hamas-ubil-148-inostrancev-vo-vremya-ataki-na-izrail.html
    Case(
        "Держдепартамент США в неділю оголосив, що 7 жовтня загинули не менше 30 громадян США, а зниклими безвісти перебуває 13 осіб — вони, ймовірно, взяті в заручники.",
        "at_least",
        30,
        30,
        None,
        "killed",
    ),
    # https://artikel.siakadpt.com/uk/%D0%86%D0%B7%D1%80%D0%B0%D1%97%D0%BB%D1%8C%D1%81%D1%8C%D0%BA%D1%96_%D0%B7%D0%B0%D1%80%D1%83%D1%87%D0%BD%D0%B8%D0%BA%D0%B8_%D0%B2_%D1%81%D0%B5%D0%BA%D1%82%D0%BE%D1%80%D1%96_%D0%93%D0%B0%D0%B7%D0%B8 (civilians and soldiers together: population all; the citation marker kept)
    Case(
        "Терористи захопили 251 заручника[1], деякі з яких були військовими, а більшість — цивільними особами.",
        "exact",
        251,
        251,
        251,
        "captured",
    ),
    # https://act.org.ua/2022/10/bilshe-vsoho-vpo-pryyniala-kharkivska-oblast (a change from 1.5 to 4.5 million, not a range: the first figure stated is labelled)
    Case(
        "З початку повномасштабного вторгнення Росії в Україну кількість внутрішньо переміщених осіб збільшилася втричі — з 1,5 млн осіб до 4,5 млн.",
        "exact",
        1500000,
        1500000,
        1500000,
        "displaced",
    ),
    # https://act.org.ua/2022/10/bilshe-vsoho-vpo-pryyniala-kharkivska-oblast (decimal comma with a scale word)
    Case(
        "Лідер – Харківська область, яка прихистила 366,0 тис. ВПО, а сам Харків – 102,0 тис.",
        "exact",
        366000,
        366000,
        366000,
        "displaced",
    ),
    # http://vinkivci-crb.at.ua/news/pam_39_jati_vojiniv_afganskoji_vijni/2023-02-15-763 (160 thousand took part and are no casualty; the dead were soldiers of the Afghan war: military)
    Case(
        "Згідно зі статистикою, Участь у війні в Афганістані взяли понад 160 тисяч українців, загинули 4 тисячі українців.",
        "exact",
        4000,
        4000,
        4000,
        "killed",
        "military",
    ),
    # http://vinkivci-crb.at.ua/news/pam_39_jati_vojiniv_afganskoji_vijni/2023-02-15-763
    Case(
        "72 українських воїни зникли безвісти.",
        "exact",
        72,
        72,
        72,
        "missing",
        "military",
    ),
    # https://ua.howwwblog.info/articles/troe-ditej-zaginuli-pid-chas-pozhezhi-v-torgovomu.html
    Case(
        "Четверо дітей загинули внаслідок пожежі, яка сталася в неділю в багатоповерховому торговому центрі в місті Кемерово в сибірській частині Росії.",
        "exact",
        4,
        4,
        4,
        "killed",
        "all",
        "children",
    ),
]

NON_FIGURES = [
    # https://news.meta.ua/uk/news/rokovini-udaru-po-kramatorsku-na-usikh-vokzalakh-ukrajini-proveli-khvilini-movchannia-2867212 (a date, a time and people waiting to be evacuated)
    '8 квітня 2022 року о 10:28 армія РФ "точкою У" обстріляла вокзал, де чекали на евакуацію тисячі мирних жителів.',
    # https://sud.ua/uk/news/ukraine/258126-ukraina-vernula-iz-plena-140-chelovek-foto (prisoners who came home in an exchange)
    "Україна провела великий обмін полоненими, додому повернулися 140 людей.",
    # https://zl-ua.news/zahybli-postrazhdali-dtp-avtobusa-iz-dytyachym-kolektyvom-z-chernivtsiv-na-trasi-kyjiv-chop-video/ (passengers on board)
    "За попередніми даними, на момент ДТП у салоні автобуса перебувало 49 пасажирів, – повідомляє Варта 1.",
    # https://miamur.com/19869-skilki-lyudej-zaginulo-pid-chas-drugoyi-svitovoyi-vijni-clh.html (a date)
    "Друга світова війна розпочалася 1 вересня 1939 року з нападу нацистської Німеччини на Польщу.",
    # http://bibliotekafilia14.blogspot.com/2024/11 (a percentage of the dead)
    "На них припадає 52,8% загиблих.",
    # http://www.fixygen.ua/news/20230423/blizko-7-tisyach.html (a percentage of the missing)
    "Він уточнив, що близько 60-65% зниклих, згідно зі статистикою, живі й перебувають у полоні.",
    # https://holosameryky.com/amp/srebrenica-07-11-2011-125366448/242498.html (people at a commemoration and an ordinal anniversary)
    "Понад 40 тисяч людей зібралися у боснійському місті Сребрениця на відзначення 16-ої річниці найбільшого з часів Другої світової війни геноциду у Європі.",
    # https://glavnoe.dp.ua/articles/raketnyi-udar-po-dnipru-shcho-vidomo-pro-postrazhdalykh (a count of cars)
    "Біля багатоповерхівки знищено щонайменше 15 приватних автомобілів.",
    # https://nv.ua/ukr/bbc/ssha-zavdali-raketnogo-udaru-po-aviabazi-v-siriji-938701.html (a year)
    "США очолюють коаліцію, яка з 2014 року завдає авіаудари проти джихадистів у Сирії.",
    # https://cripo.com.ua/tag/obstrili-tsivilnoyi-infrastrukturi/page/7 (times of day and a count of strikes)
    "У період з 22:19 до 23:04 окупаційна армія рф завдала 7 ударів (попередньо – КАБами) по території обласного центру та району.",
    # https://zaborona.com/teatr-shovyshhe-chy-buv-shans-vyzhyty-v-tyh-hto-hovavsya-u-mariupolskomu-dramteatri-rozsliduvannya-2 (a date and people sheltering, not a count of casualties)
    "Уранці 16 березня російська армія скинула авіабомбу на Маріупольський драмтеатр у центрі міста, де сотні людей ховалися від обстрілів.",
    # https://theater.spatialtech.info/uk/essays/russian-airstrike (a date and the number of people the shelter held)
    "Зранку 16 березня 2022 року армія Російської Федерації бомбардувала Маріупольський драмтеатр, який від початку повномасштабного вторгнення став укриттям для щонайменше 2000 людей і до моменту таргетування залишався одним із найбільших цивільних бомбосховищ у місті.",
    # https://newsua.one/news-opinion/107325.html (a date; захоплений is said of a building)
    "27 грудня 1979-го президентський палац у Кабулі був захоплений бійцями спецпризначення СРСР.",
]
