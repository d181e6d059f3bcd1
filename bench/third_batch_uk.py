"""Third batch of real Ukrainian sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # https://pc.org.ua/uk/boevye-dejstvija-na-donbasse-8-mirnyh-zhitelej-ubity-eshhe-18-raneny-2/amp
    Case(
        "В результаті обстрілу загинули вісім мирних жителів, у тому числі двоє неповнолітніх.",
        "exact",
        8,
        8,
        8,
        "killed",
        "civilian",
    ),
    # https://pc.org.ua/uk/bojovi-dii-na-donbasi-odna-zhinka-pomerla-shhe-18-mirnih-zhiteliv-poraneni
    Case("Внаслідок обстрілу одна жінка померла від поранень.", "exact", 1, 1, 1, "killed", "all", "women"),
    # https://globalnews.org.ua/2022/05/15/%d0%bd%d0%b0-%d0%b4%d0%be%d0%bd%d0%b5%d1%87%d1%87%d0%b8%d0%bd%d1%96-%d0%b2-%d0%bd%d0%b5%d0%b4%d1%96%d0%bb%d1%8e-%d1%82%d1%80%d0%be%d1%94-%d0%bb%d1%8e%d0%b4%d0%b5%d0%b9-%d0%b7%d0%b0%d0%b3%d0%b8%d0%bd (the page's misspelling "цивільни" kept)
    Case(
        "Також сьогодні вдалося уточнити інформацію про 3 цивільни загиблих раніше: 2 у Сіверську та 1 у Вільному Полі.",
        "exact",
        3,
        3,
        3,
        "killed",
        "civilian",
    ),
    # https://enovosty.com/?p=5124924 (medical workers counted as civilians)
    Case(
        "Серед загиблих – 37 медичних працівників, сім лікарень не працюють.",
        "exact",
        37,
        37,
        37,
        "killed",
        "civilian",
    ),
    # https://news.online.ua/tragediia-v-sudani-aviaudar-zabrav-zittia-57-civilnix-897846/
    Case(
        'Щонайменше 57 цивільних, зокрема 22 жінки, 17 дітей і 3 немовлят, загинули внаслідок авіаудару парамілітарних "Сил швидкого реагування" (RSF) по притулку для переселенців у місті Ель-Фашер в Судані.',
        "at_least",
        57,
        57,
        None,
        "killed",
        "civilian",
    ),
    # https://news.online.ua/tragediia-v-sudani-aviaudar-zabrav-zittia-57-civilnix-897846/
    Case(
        "Окрім того, ще десятки мирних мешканців отримали важкі поранення.",
        "vague",
        10,
        None,
        None,
        "wounded",
        "civilian",
        "all",
        literal_low=20,
    ),
    # https://for-ua.com/article/1252410
    Case(
        'За даними місцевої влади, атака сталась у четвер, 4 грудня, коли бойовики RSF спільно із союзниками з "Народного визвольного руху Судану" завдали ударів безпілотниками та артилерією по дитячому садку, міській лікарні й урядовій будівлі, у результаті чого загинула 71 людина.',
        "exact",
        71,
        71,
        71,
        "killed",
    ),
    # https://www.ukrinform.ua/rubric-world/3761040-vid-aviaudaru-v-sudani-zaginuli-sonajmense-40-civilnih.html (a large number of injured patients: unquantified, wounded)
    Case(
        "До лікарні аль-Вохда в Ніалі надійшла велика кількість пацієнтів із травмами, частина з яких згодом померла.",
        "unquantified",
        None,
        None,
        None,
        "wounded",
    ),
    # https://suspilne.media/1119438-v-sudani-vnaslidok-udaru-drona-po-meceti-zaginuli-desatki-ludej/ (bodies seen on footage counted as killed)
    Case(
        "BBC Verify отримало автентичні кадри, на яких видно близько 30 тіл, загорнутих у тканини, що лежать поруч із мечеттю на заході міста Ель-Фашир, регіон Північний Дарфур.",
        "approximate",
        None,
        30,
        None,
        "killed",
    ),
    # https://slovoidilo.ua/amp/2023/06/07/novyna/suspilstvo/troye-lyudej-znykly-bezvisty-cherez-pidtoplennya-xersonshhyni-mvs
    Case(
        "Леонід Тимченко також поінформував, що станом на 7 червня в України зниклими безвісти вважаються 23 876 осіб.",
        "exact",
        23876,
        23876,
        23876,
        "missing",
    ),
    # https://slovoidilo.ua/amp/2023/06/07/novyna/suspilstvo/troye-lyudej-znykly-bezvisty-cherez-pidtoplennya-xersonshhyni-mvs (1852 houses come first and are no casualty figure)
    Case(
        "Відомо про затоплені 1852 будинки та евакуйованих 1457 осіб.", "exact", 1457, 1457, 1457, "displaced"
    ),
    # https://www.rbc.ua/ukr/news/mvd-nazvali-chislo-zhertv-pavodkov-zapade-1593196427.html (a subheading; people whose fate is unknown read as missing)
    Case("Наразі невідома доля щонайменше 2 людей", "at_least", 2, 2, None, "missing"),
    # https://zakarpatpost.net/2021/07/12/%d1%81%d1%82%d1%80%d0%b0%d1%85-%d0%b2%d0%b5%d0%bb%d0%b8%d0%ba%d0%b8%d0%b9-%d0%b2%d0%be%d0%b4%d0%b0-%d0%b1%d1%83%d0%bb%d0%b0-%d0%b4%d0%be-%d0%b2%d1%96%d0%ba%d0%be%d0%bd-%d1%89%d0%be-%d0%ba%d0%b0
    Case(
        "Також безвісти зникла одна людина – розповів голова Ясінянської громади Андрій Делятинчук.",
        "exact",
        1,
        1,
        1,
        "missing",
    ),
    # https://aifua.com.ua/svit/hamas-ytrimyye-v-sektori-gazi-shonaimenshe-212-zarychnikiv-dani-cahal.html
    Case(
        "ХАМАС утримують у секторі Гази щонайменше 212 заручників, які потрапили до рук терористів під час нападу на Ізраїль 7 жовтня.",
        "at_least",
        212,
        212,
        None,
        "captured",
    ),
    # https://enovosty.com/uk/news-ukr/news_abroad-ukr/full/0112-v-izraili-nazvali-kilkist-zaruchnikiv-yakix-xamas-utrimuye-u-sektori-gaza/amp
    Case(
        "Також було зазначено, що семеро людей досі вважаються зниклими безвісти після першого нападу ХАМАСу 7 жовтня.",
        "exact",
        7,
        7,
        7,
        "missing",
    ),
    # https://enovosty.com/uk/news-ukr/news_abroad-ukr/full/0112-v-izraili-nazvali-kilkist-zaruchnikiv-yakix-xamas-utrimuye-u-sektori-gaza/amp (no total is written, so the first figure is the men's part: 115 men held captive)
    Case(
        "З числа тих, хто залишається у полоні після закінчення перемир’я, 115 чоловіків, 20 жінок і двоє дітей.",
        "exact",
        115,
        115,
        115,
        "captured",
        "all",
        "men",
    ),
    # https://ukrinform.ua/amp/rubric-world/3702070-u-burkinafaso-vnaslidok-napadu-na-vijskovij-zagin-zaginuli-33-soldati.html (attackers counted as military)
    Case(
        "Оточені солдати вбили щонайменше 40 нападників до прибуття підкріплення.",
        "at_least",
        40,
        40,
        None,
        "killed",
        "military",
    ),
    # https://library1vmcbs.blogspot.com/2024/06/blog-post_22.html (military and civilian losses together: population all)
    Case(
        "Загальні втрати України в цій війні оцінюються в 8-10 мільйонів життів, як серед військових, так і серед цивільного населення.",
        "range",
        8000000,
        None,
        10000000,
        "killed",
    ),
    # https://library1vmcbs.blogspot.com/2024/06/blog-post_22.html
    Case(
        "Період війни, з 1941 по 1945 рік, забрав мільйони людських життів, скалічив мільйони доль.",
        "vague",
        1000000,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=2000000,
    ),
    # https://library1vmcbs.blogspot.com/2024/06/blog-post_22.html (deported for forced labour read as displaced; a reader could also call it captured)
    Case(
        "Ще понад 2 млн українців було вивезено на роботи в Німеччину, вщент було зруйновано 700 міст і 30 тисяч українських сіл.",
        "more_than",
        2000001,
        None,
        None,
        "displaced",
    ),
    # https://azerbaijan.mfa.gov.ua/news/3627-pres-reliz-posolystva-ukrajini-v-azerbajdzhansykij-respublici-na-temu-ukrajinci-u-drugij-svitovij-vijni
    Case(
        "Загальні втрати України під час Другої світової війни оцінюються у не менше 10 млн. людських життів.",
        "at_least",
        10000000,
        10000000,
        None,
        "killed",
    ),
    # https://zak-kor.net/33305-22-chervnya-v-ukrayin-vshanovuyut-pamyat-zhertv-drugoyi-svtovoyi-vyni.html (the first "до" belongs to the years; the second is "up to")
    Case(
        "У період з 1941 до 1944 року полягло до 10 мільйонів наших співвітчизників.",
        "at_most",
        None,
        None,
        10000000,
        "killed",
    ),
    # http://geum.ru/next/art-20628.leaf-4.php
    Case(
        "Отже, в роки Великої Вітчизняної війни радянські втрати загиблими склали, за нашими підрахунками, 17,774 млн. військових та 18,06 млн. мирних жителів, або 35,834 млн. чоловік.",
        "exact",
        17774000,
        17774000,
        17774000,
        "killed",
        "military",
    ),
    # https://potok.in.ua/ssha-vdaryly-po-khusytakh-u-iemeni-ponad-30-zahyblykh-i-100-poranenykh/
    Case(
        "США вдарили по хуситах у Ємені – понад 30 загиблих і 100 поранених",
        "more_than",
        31,
        None,
        None,
        "killed",
    ),
    # https://www.pravda.com.ua/news/2021/11/13/7313877/
    Case(
        "Внаслідок вибуху в мечеті Афганістану як мінімум двоє людей загинули та 17 отримали поранення.",
        "at_least",
        2,
        2,
        None,
        "killed",
    ),
    # https://unn.ua/amp/vnaslidok-vibukhiv-v-mecheti-v-afganistani-zaginulo-62-lyudini (police not said to be military: population all)
    Case(
        "Нагадаємо, в Афганістані бойовики “Талібану” вбили шістьох поліцейських.", "exact", 6, 6, 6, "killed"
    ),
    # https://hromadske.ua/amp/viyna/235040-syly-oborony-znyshchyly-shche-pivtory-tysiachi-okupantiv-ta-20-tankiv-henshtab (a headline: "знищили" read as killed, like "ліквідували" in the earlier batches; the text gives 1420 killed and wounded, the headline says one and a half thousand)
    Case(
        "Сили оборони знищили ще півтори тисячі окупантів та 20 танків — Генштаб",
        "exact",
        1500,
        1500,
        1500,
        "killed",
        "military",
    ),
    # https://hromadske.ua/amp/viyna/235040-syly-oborony-znyshchyly-shche-pivtory-tysiachi-okupantiv-ta-20-tankiv-henshtab (personnel losses: casualties, military)
    Case(
        "Загалом із лютого 2022 року втрати росії в особовому складі досягли 729 720 людей.",
        "exact",
        729720,
        729720,
        729720,
        "casualties",
        "military",
    ),
    # https://vagomo.com/kilkist-zagyblyh-vnaslidok-teraktu-v-pidmoskovyi-zrosla.html (постраждали read as casualties, as in the earlier batches)
    Case("Постраждало 180 людей.", "exact", 180, 180, 180, "casualties"),
    # https://expert.in.ua/incidents/23032024-bagato-hto-prosto-zadyhnuvsya-kilkist-zagyblyh-cherez-terakt-u-krokusi-zrosla/amp/?p=105678
    Case(
        "В інтернет-виданні повідомили, що велику кількість тіл було виявлено в туалетах, кімнатах для годування і приміщеннях, де прибиральники зберігали інвентар.",
        "unquantified",
        None,
        None,
        None,
        "killed",
    ),
    # https://amp.hvylya.net/uk/news/265603-viyna-rf-proti-ukrajini-sprichinila-naybilshu-migraciynu-krizu-z-chasiv-drugoji-svitovoji-oon
    Case(
        "В Управлінні верховного комісара ООН у справах біженців повідомили про те, що понад 7,9 млн людей покинули Україну, а ще 5,9 млн є внутрішньо переміщеними особами.",
        "more_than",
        7900001,
        None,
        None,
        "displaced",
    ),
    # https://glavpost.com/kultura/2022/05/02/z-pochatky-viini-ponad-55-mln-ludei-pokinyli-ykrainy-oon-2/?noamp=mobile
    Case(
        "Ще 7,7 млн осіб залишили свої будинки, але знаходяться на території країни.",
        "exact",
        7700000,
        7700000,
        7700000,
        "displaced",
    ),
    # https://glavcom.ua/news/pislya-napadu-rosiji-z-ukrajini-vijihalo-ponad-400-tis-osib-dani-oon-825618.html ("до" after a verb of leaving, not of rising: up to)
    Case(
        "Після збройного вторгнення Росії Україну залишило до 400 тис. осіб.",
        "at_most",
        None,
        None,
        400000,
        "displaced",
    ),
    # https://v-variant.com.ua/oon-s-nachala-vtorzhenyia-rf-v-ukraynu-pokynuly-bolee-5-myllyonov-chelovek
    Case(
        "Згідно з останньою оцінкою Міжнародної організації з міграції ООН (МОМ), ще 7,1 мільйона громадян України вважаються внутрішньо переміщеними особами, тобто вони залишилися в країні, але були змушені виїхати з власного будинку.",
        "exact",
        7100000,
        7100000,
        7100000,
        "displaced",
    ),
    # https://interfax.com.ua/news/general/910927.html (three houses come first; no victims or injured: 0 casualties)
    Case(
        "У Кіровоградській області бойова частина ракети вибухнула на території приватного домоволодіння, унаслідок цього пошкоджено три будинки, також уламки збитого БПЛА влучили в один з об'єктів, жертв і постраждалих немає, повідомляє голова ОВА Андрій Райкович.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://city-news.ck.ua/2022/03/16/na-cherkashchyni-zbyly-raketu
    Case(
        "Уточнити місце Олександр Скічко не зміг, проте, за його словами, все обійшлося без жертв і постраждалих.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://newformat.info/news/u-kyievi-ulamok-rosijskoi-rakety-vpav-u-holosiivskomu-rajoni-ie-zahybli
    Case(
        "В результаті влучання ракети в нежитлову забудову в Голосіївському районі є інформація про одного загиблого і двох поранених.",
        "exact",
        1,
        1,
        1,
        "killed",
    ),
    # https://dev.unn.ua/news/vnaslidok-zbittya-vorozhoyi-raketi-nad-kropivnitskim-nikhto-ne-postrazhdav-ye-poshkodzhennya (59 is the missile's model)
    Case(
        "Друзі, в результаті збиття ракети Х-59 над Кропивницьким постраждалих немає.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://www.rbc.ua/ukr/news/v_bagdade_v_rezultate_vzryva_pogibli_28_chelovek_230420090
    Case(
        'У Багдаді в результаті вибуху загинули близько 28 осіб, ще 50 поранені, повідомляє радіо "Свобода".',
        "approximate",
        None,
        28,
        None,
        "killed",
    ),
    # https://www.rbc.ua/ukr/news/v_rezultate_terakta_v_irake_pogibli_po_krayney_mere_10_chelovek_eshche_28_poluchili_raneniya__1144153868 ("10 чоловік" is the counting form for persons here, not men)
    Case(
        "В результаті теракту в столиці Іраку м.Багдаді загинули принаймні 10 чоловік, ще 28 отримали поранення.",
        "at_least",
        10,
        10,
        None,
        "killed",
    ),
    # https://lb.ua/news/2025/08/16/691729_zelenska_rosiyani_tsikavlyatsya.html
    Case(
        "За даними України, щонайменше 19 500 дітей залишаються зниклими безвісти, хоча реальна кількість може бути значно вищою.",
        "at_least",
        19500,
        19500,
        None,
        "missing",
        "all",
        "children",
    ),
    # https://babel.ua/news/123015-ukrajina-znayshla-v-rosiji-blizko-400-misc-de-perebuvayut-vikradeni-diti (abducted children read as captured)
    Case(
        "За оцінками, близько 19,5 тисячі викрадених українських дітей перебувають зараз у РФ.",
        "approximate",
        None,
        19500,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://zaraz1.guru/news/74174-imovirno_rosijsjka_orda_vkrala_v_ukrajini_700_tisjach_ditej (a headline; "Імовірно" hedges the claim, not the number; "вкрала" (stole) read as abducted)
    Case(
        "Імовірно, російська орда вкрала в Україні 700 тисяч дітей",
        "exact",
        700000,
        700000,
        700000,
        "captured",
        "all",
        "children",
    ),
    # https://uic.direct/?p=3602908 (the dead were prisoners of war, but the figure counts "людини" (people): population all, the literal reading)
    Case(
        "У бараку, де утримували українських військовополонених, зокрема захисників Маріуполя, внаслідок вибуху загинуло щонайменше 53 людини.",
        "at_least",
        53,
        53,
        None,
        "killed",
    ),
    # http://vvadm.gov.ua/press-tsentr/novyny/item/10018-pam-iataiemo-ne-zabudemo-ne-probachymo?print=1&tmpl=component ("полонених" (prisoners) does not itself say soldiers: population all, the literal reading; a captive who was killed counts as killed)
    Case("Внаслідок вибуху загинуло 53 полонених, понад 130 було поранено.", "exact", 53, 53, 53, "killed"),
    # https://pokrovsk-rada.gov.ua/articles/item/10455/dva-roki-tomu-rosiya-zdijsnila-masove-vbivstvo-polonenih-v-olenivci
    Case(
        "Саме сюди в травні 2022 року після захоплення Азовсталі в Маріуполі, окупанти відправили 211 полонених українських військових.",
        "exact",
        211,
        211,
        211,
        "captured",
        "military",
    ),
    # https://sophiaec.jimdofree.com/події/2023-2024/день-вшанування-учасників-бойових-дій-на-території-інших-держав-та-35-та-річниця-виведення-військ-з-афганістану/
    Case(
        "Більше 8 тисяч українців отримали поранення, 6 тисяч залишилися інвалідами.",
        "more_than",
        8001,
        None,
        None,
        "wounded",
    ),
    # https://uzhcitylib.blogspot.com/2022/02/blog-post_15.html
    Case(
        "Під час бойових дій тисячі наших співвітчизників загинули: від ран, контузій, травм, хвороб, пропали безвісти.",
        "vague",
        1000,
        None,
        None,
        "killed",
        "all",
        "all",
        literal_low=2000,
    ),
    # https://24tv.ua/kyivnews/rokovini_babinogo_yaru_chomu_sovyeti_prihovuvali_zlochin_gitlera_n730827
    Case(
        "За перші два дні в Бабиному Яру знищили 33 тисячі 781 єврея.", "exact", 33781, 33781, 33781, "killed"
    ),
    # https://nugayulya.at.ua/news/2017-09-29
    Case(
        "За два дні 29 та 30 вересня 1941-го року, по офіційним історичними свідченням, там розстріляли майже 34 тисячі євреїв.",
        "approximate",
        None,
        34000,
        None,
        "killed",
    ),
    # https://bcsd.org.ua/2024/09/30
    Case("За ввесь цей час страчено від 70 до 150 тисяч.", "range", 70000, None, 150000, "killed"),
    # https://patrioty.org.ua/politic/tse-teroryzm-u-naibilsh-dykomu-proiavi-skilky-naselenykh-punktiv-v-izraili-utrymuiut-boiovyky-khamas-i-shcho-vidomo-pro-ikh-zhertv-486285.html
    Case(
        "Кількість поранених ізраїльтян перевищила 1800 осіб, частина з них у тяжкому стані, передають Патріоти України.",
        "more_than",
        1801,
        None,
        None,
        "wounded",
    ),
    # https://kostopilnews.com/?p=2167
    Case(
        "Крім того, за даними ЗМІ, в Ізраїлі вважаються безвісти зниклими 750 осіб.",
        "exact",
        750,
        750,
        750,
        "missing",
    ),
    # https://radiosvoboda.org/a/news-khamas-izrayil-zaruchnyky/32638172.html (hostages who were killed count as killed)
    Case(
        "Бойовики ж «Хамасу» раніше казали, що внаслідок ізраїльських авіаударів у Газі було вбито 13 заручників, серед яких, зокрема, були й іноземці.",
        "exact",
        13,
        13,
        13,
        "killed",
    ),
    # https://radiosvoboda.org/a/news-khamas-izrayil-zaruchnyky/32638172.html
    Case(
        "Ізраїльські військові також заявили, що «щонайменше 279 їхніх солдатів були вбиті з 7 жовтня, коли «Хамас» розпочав атаку по Ізраїлю».",
        "at_least",
        279,
        279,
        None,
        "killed",
        "military",
    ),
    # https://radiosvoboda.org/a/news-khamas-izrayil-zaruchnyky/32638172.html (losses counted as dead: killed)
    Case(
        "Загальна кількість ізраїльських втрат становить понад 1300 убитих, кажуть в ЦАХАЛі.",
        "more_than",
        1301,
        None,
        None,
        "killed",
    ),
    # https://pravda.com.ua/news/2023/10/8/7423161
    Case(
        "В Ізраїлі офіційно загинули понад 600 людей, ще дві тисячі поранених",
        "more_than",
        601,
        None,
        None,
        "killed",
    ),
    # https://pravda.com.ua/news/2023/10/8/7423161 (a toll that reached 2 048: exact)
    Case(
        "Міністерство охорони здоров'я також підтверджує, що кількість поранених у лікарнях досягла 2 048, у тому числі 20 у критичному стані і 330 важкопоранених.",
        "exact",
        2048,
        2048,
        2048,
        "wounded",
    ),
    # https://unn.ua/news/zhertvami-ataki-khamas-v-izrayili-stali-schonaymenshe-22-lyudini
    Case(
        "Ізраїльські ЗМІ повідомляють про десятки ізраїльтян у заручниках.",
        "vague",
        10,
        None,
        None,
        "captured",
        "all",
        "all",
        literal_low=20,
    ),
    # https://firstinform.com.ua/2025/08/09/na-donechchyni-chetvero-liudey-zahynuly-pid-rosiyskymy-obstrilamy
    Case(
        "Евакуювали 2202 людини, серед яких 147 дітей, що стало найбільшою кількістю евакуйованих цивільних за добу за останні роки.",
        "exact",
        2202,
        2202,
        2202,
        "displaced",
    ),
    # https://m.zaraz1.guru/news/117995-okupanti_b700jutj_po_mistsjah_evakuatsiji_v_hersoni_shchonajmenshe_troje_ljudej_postrazhdali/print (a headline)
    Case(
        "Окупанти бʼють по місцях евакуації в Херсоні: щонайменше троє людей постраждали",
        "at_least",
        3,
        3,
        None,
        "casualties",
    ),
    # https://vchasnoua.com/news/rosiiski-viiska-atakuvali-sloviansk-vosmero-ziteliv-poraneni (постраждали read as casualties, as in the earlier batches (the page means injured))
    Case("Але постраждали 8 людей.", "exact", 8, 8, 8, "casualties"),
    # https://imag.one/news/okupanti-obstrilyali-shkolu-v/12481881
    Case("Троє дорослих внаслідок атаки загинули на місці.", "exact", 3, 3, 3, "killed"),
    # https://my.ua/uk/news/cluster/2020-12-03-azerbaidzhan-ozvuchil-poteri-v-nagornom-karabakhe/78f3c785-7354-3a97-5b37-c38d88e392fa ("втратила" with no "убитими" read as losses (casualties), as English "lost"; the page means deaths)
    Case(
        "Зазначається, що армія азербайджану втратила 2 783 військовослужбовці.",
        "exact",
        2783,
        2783,
        2783,
        "casualties",
        "military",
    ),
    # https://my.ua/uk/news/cluster/2020-12-03-azerbaidzhan-ozvuchil-poteri-v-nagornom-karabakhe/78f3c785-7354-3a97-5b37-c38d88e392fa
    Case(
        "Крім того, понад 100 бійців зниклими безвісти.", "more_than", 101, None, None, "missing", "military"
    ),
    # https://ua.korrespondent.net/world/3778801-v-meksyke-v-tainykh-zakhoronenyiakh-nashly-tela-32-chelovek (remains counted as dead)
    Case("Раніше в Мексиці в схроні знайшли останки понад 600 осіб.", "more_than", 601, None, None, "killed"),
]

NON_FIGURES = [
    # https://pc.org.ua/uk/boevye-dejstvija-na-donbasse-8-mirnyh-zhitelej-ubity-eshhe-18-raneny-2/amp (a count of shellings)
    "Відомо про щонайменше 77 фактів обстрілів цивільного населення регіонів.",
    # https://radiosvoboda.org/amp/news-rosiiski-obstrily-zahyblyi-donechyna/32915288.html (a count of settlements)
    "Він додав, що під артилерійський і мінометний вогонь потрапили близько 15 населених пунктів області.",
    # https://censor.net/ua/news/3577121/dsns-provodyt-poshuky-divchyny-yaka-znykla-cherez-sylnu-zlyvu-v-odesi (households given power back)
    "Енергетики відновили світло для 66,6 тисячі родин, ще 23,7 тисячі споживачів тимчасово залишаються без електропостачання.",
    # https://azerbaijan.mfa.gov.ua/news/3627-pres-reliz-posolystva-ukrajini-v-azerbajdzhansykij-respublici-na-temu-ukrajinci-u-drugij-svitovij-vijni (people who fought, no harm said of them)
    "Понад 6 млн. Українців воювали в Червоній Армії під час Великої Вітчизняної війни 1941-1945 рр.",
    # https://potok.in.ua/ssha-vdaryly-po-khusytakh-u-iemeni-ponad-30-zahyblykh-i-100-poranenykh/ (counts of attacks)
    "Речник Пентагону заявив, що з 2023 року хусити атакували військові кораблі США 174 рази та комерційні судна 145 разів.",
    # https://www.pravda.com.ua/news/2021/11/13/7313877/ (people gathered for prayer, no harm said of them)
    "Вибух прогримів, коли десятки людей зібралися для здійснення п'ятничної молитви.",
    # https://dev.unn.ua/news/vnaslidok-zbittya-vorozhoyi-raketi-nad-kropivnitskim-nikhto-ne-postrazhdav-ye-poshkodzhennya
    "В кількох будинках ушкоджені вікна та балкони, уламками також зачепило кілька гаражів та два легкових авто.",
    # https://babel.ua/news/123015-ukrajina-znayshla-v-rosiji-blizko-400-misc-de-perebuvayut-vikradeni-diti (a count of places)
    "Україна виявила близько 400 місць у Росії, куди росіяни перевезли викрадених українських дітей.",
    # http://vvadm.gov.ua/press-tsentr/novyny/item/10018-pam-iataiemo-ne-zabudemo-ne-probachymo?print=1&tmpl=component (a duration; the wounded were evacuated, not displaced)
    "Їх почали евакуйовувати лише через шість годин після вибуху.",
    # https://uzhcitylib.blogspot.com/2022/02/blog-post_15.html (veterans, no harm said of them)
    "На сьогодні в Україні близько 150 тисяч ветеранів Афганістану.",
    # https://24tv.ua/kyivnews/rokovini_babinogo_yaru_chomu_sovyeti_prihovuvali_zlochin_gitlera_n730827 (a ratio)
    "Це дві третини усіх вбитих.",
    # https://nugayulya.at.ua/news/2017-09-29 (a duration)
    "Цей злочин тривав майже 103 тижні щовівторка і щоп’ятниці, як годинник.",
    # https://patrioty.org.ua/politic/tse-teroryzm-u-naibilsh-dykomu-proiavi-skilky-naselenykh-punktiv-v-izraili-utrymuiut-boiovyky-khamas-i-shcho-vidomo-pro-ikh-zhertv-486285.html (settlements captured, not people)
    "Напередодні, 7 жовтня, бойовикам організації ХАМАС вдалося захопити близько 20 населених пунктів Ізраїлю, більшу частину ізраїльська армія вже звільнила, під контролем терористів залишаються шість з них.",
    # https://imag.one/news/okupanti-obstrilyali-shkolu-v/12481881 (people sheltering in a school, no harm said of them)
    "За оцінками очільника Луганської ОВА Сергія Гайдая, а приміщенні перебувало більш як 200 осіб.",
]
