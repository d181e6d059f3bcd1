"""Real-style passages with every casualty figure labelled by hand, for bench/parsing.py (issue 15).

Plain data, no Django and no pytest, so that the benchmark can import it too. Every passage was written for this
corpus in the manner of one kind of source (wire copy, a state news agency, a ministry bulletin, a monitoring
NGO's report, a UN situation report, encyclopedia text with citation markers) about a real conflict; the events,
figures, places and quotes are invented or altered, and none of them may be cited as a fact.

A passage is a `Passage`: a key, its style (one of STYLES), the conflict, the text, the figures a recorder would
record from it (`Label`) and the numbers that must not be read as casualty figures (`Forbidden`).

A `Label` holds what a careful recorder would enter, read under the conservative convention of
docs/methodology.md:

- `phrase`: the figure's phrase, verbatim; it occurs exactly once in the passage. A candidate of extract_figures
  matches a label when it writes the same numbers and its span overlaps this phrase.
- `qualifier`, `low`, `best`, `high`: the bounds as claims.parsing.Figure holds them ("at least 40" is at_least,
  40, 40, None; "more than 300" is more_than, 301, None, None; "as many as 5,000" is at_most, None, None, 5,000;
  "dozens" is vague, 12, None, None; a range written with one scale word, "70 or 80,000", is 70,000 to 80,000).
- `metric`, `population`: the codes of claims.models.Metric and Population, as the passage means them in context:
  "18 servicemen were killed and over 20 injured" makes the 20 military too. "Losses" and "lost N soldiers" are
  casualties (killed or wounded) unless the passage says they died; "martyred", "neutralised", "executed" and
  "victims" (of a killing) are killed; "evacuated" and "expelled" are displaced; "taken hostage" is captured.
  Children, women, citizens and villagers are population `all` unless the passage calls them civilians.
- `originator`: whom a recorder would credit, as the passage names them, or None when no one is named for the
  figure. Alternatives that name the same speaker are separated by " | " ("Ivan Fedorov | regional governor").
  A pronoun or a definite description ("he said", "the ministry added") is resolved to the speaker it refers to.
- `kinds`: which of the issue's seven kinds of miss the figure exercises (1 casualty words and verb forms, 2
  breakdowns, 3 tolls where the number follows, 4 ranges and shared scales, 5 compounds, 6 ratios and rates
  nearby, 7 attribution beyond one plain "X said"); empty for a plain figure.
- `group`: the claims.models.Group the figure counts (children, women, men, elderly), `all` by default; a part
  of a breakdown ("including 35 children") is its own figure, with the metric and population of the total it
  breaks down.
- `outside`: which of "metric", "population" and "group" the label takes from words outside its phrase ("9,701
  killed" is civilian because "27,449 civilian casualties" comes before it; "35 children" are killed because of
  the verb of their total). The phrase alone cannot say them: read alone, it should leave the metric unknown
  (None) and the population and group `all`, and bench/parsing.py scores it so.

A `Forbidden` is a text of the passage that writes a number no reader may take for a casualty figure (a date, a
year, an age, a count of equipment or vehicles, a percentage, a ratio or rate, a page or citation marker, a street
number, a time, money...) and `why`, one of FORBIDDEN_KINDS. Each occurs in its passage, and overlaps a label's
phrase only by lying inside it (a date inside a toll); NUMBER_RE finds the numbers it writes, and a tool reads it
when it yields a quantity over one of them that matches no label.
"""

import re
from typing import NamedTuple

STYLES = ("wire", "state_agency", "ministry", "ngo", "un_sitrep", "encyclopedia")
FORBIDDEN_KINDS = (
    "date",
    "year",
    "time",
    "duration",
    "age",
    "equipment",
    "vehicles",
    "count",
    "percentage",
    "ratio",
    "money",
    "page",
    "citation",
    "street",
    "name",
    "rejected",
)
KINDS = (1, 2, 3, 4, 5, 6, 7)

# A number written in digits or in English words, as a forbidden text writes it.
NUMBER_RE = re.compile(
    r"\d(?:[\d,.:/–-]*\d)?|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)


class Label(NamedTuple):
    phrase: str
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    metric: str | None
    population: str
    originator: str | None
    kinds: tuple[int, ...] = ()
    group: str = "all"
    outside: tuple[str, ...] = ()


class Forbidden(NamedTuple):
    text: str
    why: str


class Passage(NamedTuple):
    key: str
    style: str
    conflict: str
    text: str
    figures: list[Label]
    forbidden: list[Forbidden]


PASSAGES = [
    # --- Russia and Ukraine ---------------------------------------------------------------------------------------
    Passage(
        "zaporizhzhia_strike",
        "wire",
        "Russia-Ukraine",
        """\
Russian strike on Zaporizhzhia kills 7, wounds 19 – regional governor
A Russian missile strike on an industrial district of Zaporizhzhia on Tuesday morning killed seven people and wounded 19, including a 14-year-old boy, regional governor Ivan Fedorov said on Telegram. Rescuers were still searching the rubble of a five-storey building at 4 p.m.
""",
        [
            Label("kills 7", "exact", 7, 7, 7, "killed", "all", "Ivan Fedorov | regional governor", (1, 7)),
            Label(
                "wounds 19", "exact", 19, 19, 19, "wounded", "all", "Ivan Fedorov | regional governor", (1, 7)
            ),
            Label(
                "killed seven people", "exact", 7, 7, 7, "killed", "all", "Ivan Fedorov | regional governor"
            ),
            Label("wounded 19", "exact", 19, 19, 19, "wounded", "all", "Ivan Fedorov | regional governor"),
        ],
        [
            Forbidden("14-year-old", "age"),
            Forbidden("five-storey", "count"),
            Forbidden("4 p.m.", "time"),
        ],
    ),
    Passage(
        "general_staff_update",
        "ministry",
        "Russia-Ukraine",
        """\
General Staff update, 06.11.23. Over the past day the enemy lost 870 personnel killed and wounded, according to the General Staff of the Armed Forces of Ukraine. Our defenders also destroyed 11 tanks, 23 armoured combat vehicles and 19 artillery systems. Total enemy personnel losses have reached about 305,000 since 24 February 2022.
""",
        [
            Label(
                "870 personnel killed and wounded",
                "exact",
                870,
                870,
                870,
                "casualties",
                "military",
                "General Staff of the Armed Forces of Ukraine",
                (1,),
            ),
            Label(
                "Total enemy personnel losses have reached about 305,000",
                "approximate",
                None,
                305000,
                None,
                "casualties",
                "military",
                "General Staff of the Armed Forces of Ukraine",
                (1, 3, 7),
            ),
        ],
        [
            Forbidden("06.11.23", "date"),
            Forbidden("11 tanks", "equipment"),
            Forbidden("23 armoured combat vehicles", "vehicles"),
            Forbidden("19 artillery systems", "equipment"),
            Forbidden("24 February 2022", "date"),
        ],
    ),
    Passage(
        "russian_mod_daily",
        "state_agency",
        "Russia-Ukraine",
        """\
MOSCOW, March 3. /TASS/. Ukraine's losses in the Avdeyevka direction amounted to up to 395 servicemen over the past 24 hours, the Russian Defense Ministry said on Sunday. Russian forces also destroyed two US-made HIMARS launchers and 3 field ammunition depots, the ministry said. In the Kupyansk direction, the enemy lost as many as 40 troops, two tanks and five pickup trucks.
""",
        [
            Label(
                "losses in the Avdeyevka direction amounted to up to 395 servicemen",
                "at_most",
                None,
                None,
                395,
                "casualties",
                "military",
                "Russian Defense Ministry",
                (1, 3),
            ),
            Label(
                "the enemy lost as many as 40 troops",
                "at_most",
                None,
                None,
                40,
                "casualties",
                "military",
                "Russian Defense Ministry",
                (1, 7),
            ),
        ],
        [
            Forbidden("March 3", "date"),
            Forbidden("24 hours", "duration"),
            Forbidden("two US-made HIMARS", "equipment"),
            Forbidden("3 field ammunition depots", "equipment"),
            Forbidden("two tanks", "equipment"),
            Forbidden("five pickup trucks", "vehicles"),
        ],
    ),
    Passage(
        "kharkiv_drones",
        "wire",
        "Russia-Ukraine",
        """\
Drone attack on Kharkiv kills three, injures 12 – regional governor
Russian drones struck a residential area of Kharkiv overnight, killing three people and injuring 12 others, Governor Oleh Syniehubov said on Friday. A 9-storey building and 14 cars were damaged. Among the injured were two children aged 7 and 11.
""",
        [
            Label(
                "kills three",
                "exact",
                3,
                3,
                3,
                "killed",
                "all",
                "Oleh Syniehubov | regional governor",
                (1, 7),
            ),
            Label(
                "injures 12",
                "exact",
                12,
                12,
                12,
                "wounded",
                "all",
                "Oleh Syniehubov | regional governor",
                (1, 7),
            ),
            Label("killing three people", "exact", 3, 3, 3, "killed", "all", "Oleh Syniehubov"),
            Label("injuring 12 others", "exact", 12, 12, 12, "wounded", "all", "Oleh Syniehubov"),
            Label(
                "Among the injured were two children",
                "exact",
                2,
                2,
                2,
                "wounded",
                "all",
                "Oleh Syniehubov",
                (2, 7),
                "children",
            ),
        ],
        [
            Forbidden("9-storey", "count"),
            Forbidden("14 cars", "vehicles"),
            Forbidden("aged 7 and 11", "age"),
        ],
    ),
    Passage(
        "mariupol_encyclopedia",
        "encyclopedia",
        "Russia-Ukraine",
        """\
The siege of Mariupol lasted from February to May 2022. Ukrainian officials estimated that at least 25,000 civilians were killed in the city,[14] while the OHCHR confirmed 1,348 civilian deaths by July.[15] Around 2,500 Ukrainian defenders surrendered at the Azovstal plant and were taken prisoner.[16] In April 2022 a strike on the Drama Theatre killed an estimated 600 people, according to an Associated Press investigation.[17]
""",
        [
            Label(
                "at least 25,000 civilians were killed",
                "at_least",
                25000,
                25000,
                None,
                "killed",
                "civilian",
                "Ukrainian officials",
            ),
            Label("1,348 civilian deaths", "exact", 1348, 1348, 1348, "killed", "civilian", "OHCHR", (7,)),
            Label(
                "Around 2,500 Ukrainian defenders surrendered at the Azovstal plant and were taken prisoner",
                "approximate",
                None,
                2500,
                None,
                "captured",
                "military",
                None,
                (1, 7),
            ),
            Label(
                "killed an estimated 600 people",
                "approximate",
                None,
                600,
                None,
                "killed",
                "all",
                "Associated Press",
                (7,),
            ),
        ],
        [
            Forbidden("May 2022", "year"),
            Forbidden("[14]", "citation"),
            Forbidden("[15]", "citation"),
            Forbidden("[16]", "citation"),
            Forbidden("April 2022", "year"),
            Forbidden("[17]", "citation"),
        ],
    ),
    Passage(
        "ohchr_ukraine_update",
        "un_sitrep",
        "Russia-Ukraine",
        """\
From 24 February 2022 to 30 September 2023, the Office of the UN High Commissioner for Human Rights (OHCHR) recorded 27,449 civilian casualties in Ukraine: 9,701 killed and 17,748 injured. Of the killed, 560 were children. OHCHR believes the actual figures are considerably higher, as information from some locations has been delayed. In September alone, 117 civilians were killed and 421 injured, a 20 per cent rise on August.
""",
        [
            Label(
                "27,449 civilian casualties",
                "exact",
                27449,
                27449,
                27449,
                "casualties",
                "civilian",
                "OHCHR | Office of the UN High Commissioner for Human Rights",
                (7,),
            ),
            Label(
                "9,701 killed",
                "exact",
                9701,
                9701,
                9701,
                "killed",
                "civilian",
                "OHCHR",
                (2, 5, 7),
                outside=("population",),
            ),
            Label(
                "17,748 injured",
                "exact",
                17748,
                17748,
                17748,
                "wounded",
                "civilian",
                "OHCHR",
                (2, 5, 7),
                outside=("population",),
            ),
            Label(
                "560 were children",
                "exact",
                560,
                560,
                560,
                "killed",
                "civilian",
                "OHCHR",
                (2, 7),
                "children",
                outside=("metric", "population"),
            ),
            Label("117 civilians were killed", "exact", 117, 117, 117, "killed", "civilian", "OHCHR", (7,)),
            Label(
                "421 injured",
                "exact",
                421,
                421,
                421,
                "wounded",
                "civilian",
                "OHCHR",
                (5, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("24 February 2022", "date"),
            Forbidden("30 September 2023", "date"),
            Forbidden("20 per cent", "percentage"),
        ],
    ),
    Passage(
        "kherson_administration",
        "state_agency",
        "Russia-Ukraine",
        """\
Russian troops shelled 11 settlements in Kherson region over the past day, killing one resident and wounding eight, the regional military administration reported. According to head of the administration Oleksandr Prokudin, the enemy fired 412 shells, including 34 from multiple rocket launchers.
""",
        [
            Label(
                "killing one resident",
                "exact",
                1,
                1,
                1,
                "killed",
                "all",
                "Kherson regional military administration | regional military administration",
            ),
            Label(
                "wounding eight",
                "exact",
                8,
                8,
                8,
                "wounded",
                "all",
                "Kherson regional military administration | regional military administration",
            ),
        ],
        [
            Forbidden("11 settlements", "count"),
            Forbidden("412 shells", "equipment"),
            Forbidden("34 from multiple", "equipment"),
        ],
    ),
    Passage(
        "belgorod_shelling",
        "wire",
        "Russia-Ukraine",
        """\
Ukrainian shelling of Belgorod kills 5 – Russian governor
Five people were killed and 37 wounded when Ukrainian rockets hit the centre of Belgorod on Saturday, Governor Vyacheslav Gladkov said. Among the dead were two children, he said. Russia's Defence Ministry said its air defences had shot down 10 of 13 rockets fired from Vampire launchers.
""",
        [
            Label(
                "kills 5", "exact", 5, 5, 5, "killed", "all", "Vyacheslav Gladkov | Russian governor", (1, 7)
            ),
            Label("Five people were killed", "exact", 5, 5, 5, "killed", "all", "Vyacheslav Gladkov"),
            Label("37 wounded", "exact", 37, 37, 37, "wounded", "all", "Vyacheslav Gladkov"),
            Label(
                "Among the dead were two children",
                "exact",
                2,
                2,
                2,
                "killed",
                "all",
                "Vyacheslav Gladkov",
                (2, 7),
                "children",
            ),
        ],
        [Forbidden("10 of 13 rockets", "equipment")],
    ),
    Passage(
        "pow_headquarters",
        "ministry",
        "Russia-Ukraine",
        """\
Ukraine's coordination headquarters for the treatment of prisoners of war said on Wednesday that 195 captured Russian soldiers were being held in a camp in western Ukraine, and that at least 3,500 Ukrainians remained in Russian captivity. The headquarters has organised 49 exchanges since 2022, it said.
""",
        [
            Label(
                "195 captured Russian soldiers",
                "exact",
                195,
                195,
                195,
                "captured",
                "military",
                "coordination headquarters for the treatment of prisoners of war",
                (5,),
            ),
            Label(
                "at least 3,500 Ukrainians remained in Russian captivity",
                "at_least",
                3500,
                3500,
                None,
                "captured",
                "all",
                "coordination headquarters for the treatment of prisoners of war",
                (1,),
            ),
        ],
        [Forbidden("49 exchanges", "count"), Forbidden("since 2022", "year")],
    ),
    Passage(
        "zelensky_press_conference",
        "wire",
        "Russia-Ukraine",
        """\
"31,000 Ukrainian servicemen have been killed in this war," President Volodymyr Zelensky told a news conference in Kyiv on Sunday. "Not 300,000, not 150,000, whatever Putin and his deceitful circle are lying about." He declined to say how many soldiers had been wounded or were missing.
""",
        [
            Label(
                "31,000 Ukrainian servicemen have been killed",
                "exact",
                31000,
                31000,
                31000,
                "killed",
                "military",
                "Volodymyr Zelensky",
                (7,),
            )
        ],
        [Forbidden("Not 300,000", "rejected"), Forbidden("not 150,000", "rejected")],
    ),
    Passage(
        "daily_roundup",
        "wire",
        "Russia-Ukraine",
        """\
Russian attacks killed 11 civilians and injured 47 over the past day, regional authorities reported on March 4. In Donetsk Oblast, four people were killed in Selydove and Kurakhove, Governor Vadym Filashkin said. Four more people were injured in Kharkiv Oblast, including a 62-year-old man, according to Governor Oleh Syniehubov.
""",
        [
            Label("killed 11 civilians", "exact", 11, 11, 11, "killed", "civilian", "regional authorities"),
            Label(
                "injured 47",
                "exact",
                47,
                47,
                47,
                "wounded",
                "civilian",
                "regional authorities",
                (5,),
                outside=("population",),
            ),
            Label("four people were killed", "exact", 4, 4, 4, "killed", "all", "Vadym Filashkin"),
            Label(
                "Four more people were injured", "exact", 4, 4, 4, "wounded", "all", "Oleh Syniehubov", (7,)
            ),
        ],
        [Forbidden("March 4", "date"), Forbidden("62-year-old", "age")],
    ),
    Passage(
        "tavria_prisoners",
        "ministry",
        "Russia-Ukraine",
        """\
Ukrainian forces have taken 47 Russian soldiers prisoner near Avdiivka in the past week, the press service of the Tavria group of forces reported on Facebook. Spokesman Oleksandr Shtupun said the enemy had also lost 1,025 personnel killed and wounded over the same period, and 8 ammunition depots.
""",
        [
            Label(
                "taken 47 Russian soldiers prisoner",
                "exact",
                47,
                47,
                47,
                "captured",
                "military",
                "press service of the Tavria group of forces | Tavria group",
                (1, 7),
            ),
            Label(
                "1,025 personnel killed and wounded",
                "exact",
                1025,
                1025,
                1025,
                "casualties",
                "military",
                "Oleksandr Shtupun",
                (1,),
            ),
        ],
        [Forbidden("8 ammunition depots", "equipment")],
    ),
    Passage(
        "kursk_incursion",
        "state_agency",
        "Russia-Ukraine",
        """\
KURSK, August 10. /TASS/. At least 12 civilians, including two children, have been killed and 121 injured, including 10 children, since Ukrainian forces crossed into the Kursk region on August 6, the acting governor Alexei Smirnov said. More than 76,000 people have been evacuated from the border districts, he added.
""",
        [
            Label(
                "At least 12 civilians",
                "at_least",
                12,
                12,
                None,
                "killed",
                "civilian",
                "Alexei Smirnov",
                (7,),
                outside=("metric",),
            ),
            Label(
                "two children",
                "exact",
                2,
                2,
                2,
                "killed",
                "civilian",
                "Alexei Smirnov",
                (2, 7),
                "children",
                outside=("metric", "population"),
            ),
            Label(
                "121 injured",
                "exact",
                121,
                121,
                121,
                "wounded",
                "civilian",
                "Alexei Smirnov",
                (5, 7),
                outside=("population",),
            ),
            Label(
                "10 children",
                "exact",
                10,
                10,
                10,
                "wounded",
                "civilian",
                "Alexei Smirnov",
                (2, 7),
                "children",
                outside=("metric", "population"),
            ),
            Label(
                "More than 76,000 people have been evacuated",
                "more_than",
                76001,
                None,
                None,
                "displaced",
                "all",
                "Alexei Smirnov",
                (1, 7),
            ),
        ],
        [Forbidden("August 10", "date"), Forbidden("August 6", "date")],
    ),
    Passage(
        "khortytsia_compound",
        "state_agency",
        "Russia-Ukraine",
        """\
Since the beginning of the day, 18 Russian servicemen were killed and over 20 injured in the Pokrovsk direction, the spokesman of the Khortytsia group, Nazar Voloshyn, said. Seven prisoners were among the dead when the enemy shelled a temporary holding point, he added.
""",
        [
            Label(
                "18 Russian servicemen were killed",
                "exact",
                18,
                18,
                18,
                "killed",
                "military",
                "Nazar Voloshyn",
                (7,),
            ),
            Label(
                "over 20 injured",
                "more_than",
                21,
                None,
                None,
                "wounded",
                "military",
                "Nazar Voloshyn",
                (5, 7),
                outside=("population",),
            ),
            Label(
                "Seven prisoners were among the dead",
                "exact",
                7,
                7,
                7,
                "killed",
                "all",
                "Nazar Voloshyn",
                (5, 7),
            ),
        ],
        [],
    ),
    Passage(
        "dnipro_preliminary",
        "wire",
        "Russia-Ukraine",
        """\
Regional health chief Lyudmila Moroz said that according to preliminary data, 23 people were killed and 41 hospitalised after the strike on the Dnipro railway station. The figure is lower than the estimate of 30 dead given by local media. No figures were given for the 4 carriages damaged.
""",
        [
            Label("23 people were killed", "exact", 23, 23, 23, "killed", "all", "Lyudmila Moroz", (7,)),
            Label("41 hospitalised", "exact", 41, 41, 41, "wounded", "all", "Lyudmila Moroz", (1, 7)),
            Label("the estimate of 30 dead", "exact", 30, 30, 30, "killed", "all", "local media", (3, 7)),
        ],
        [Forbidden("4 carriages", "vehicles")],
    ),
    Passage(
        "apartment_block",
        "wire",
        "Russia-Ukraine",
        """\
A shell hit the apartment block at 14 Peremohy Avenue shortly after 7:45 a.m., killing a woman, 35, and wounding 6 residents, the city council said. The council has allocated 2.5 million hryvnias for repairs and sent 3 buses to evacuate 120 residents of the building.
""",
        [
            Label("killing a woman", "exact", 1, 1, 1, "killed", "all", "city council", (1,), "women"),
            Label("wounding 6 residents", "exact", 6, 6, 6, "wounded", "all", "city council"),
            Label(
                "evacuate 120 residents", "exact", 120, 120, 120, "displaced", "all", "city council", (1, 7)
            ),
        ],
        [
            Forbidden("14 Peremohy Avenue", "street"),
            Forbidden("7:45 a.m.", "time"),
            Forbidden(", 35,", "age"),
            Forbidden("2.5 million hryvnias", "money"),
            Forbidden("3 buses", "vehicles"),
        ],
    ),
    Passage(
        "us_estimate_ratio",
        "wire",
        "Russia-Ukraine",
        """\
US officials estimate that Russia has suffered around 315,000 casualties since February 2022, roughly 87 percent of the army it had when the invasion began. Analysts usually assume a ratio of three wounded to one killed, which would put Russian deaths at about 80,000. Ukraine has not published its own losses.
""",
        [
            Label(
                "around 315,000 casualties",
                "approximate",
                None,
                315000,
                None,
                "casualties",
                "military",
                "US officials",
                (7,),
                outside=("population",),
            ),
            Label(
                "put Russian deaths at about 80,000",
                "approximate",
                None,
                80000,
                None,
                "killed",
                "military",
                "Analysts",
                (3, 6),
                outside=("population",),
            ),
        ],
        [
            Forbidden("February 2022", "year"),
            Forbidden("87 percent", "percentage"),
            Forbidden("three wounded to one killed", "ratio"),
        ],
    ),
    # --- Israel, Gaza and Lebanon ---------------------------------------------------------------------------------
    Passage(
        "gaza_ministry_toll",
        "wire",
        "Israel-Hamas",
        """\
The Gaza health ministry said on Thursday that Israeli strikes over the past 24 hours had killed 112 Palestinians, bringing the death toll since October 7 to 23,084 and the number of injured to 58,926. The ministry does not distinguish between civilians and combatants. Israel says about 9,000 of the dead were militants.
""",
        [
            Label("killed 112 Palestinians", "exact", 112, 112, 112, "killed", "all", "Gaza health ministry"),
            Label(
                "death toll since October 7 to 23,084",
                "exact",
                23084,
                23084,
                23084,
                "killed",
                "all",
                "Gaza health ministry",
                (3,),
            ),
            Label(
                "the number of injured to 58,926",
                "exact",
                58926,
                58926,
                58926,
                "wounded",
                "all",
                "Gaza health ministry",
                (3,),
            ),
            Label(
                "about 9,000 of the dead were militants",
                "approximate",
                None,
                9000,
                None,
                "killed",
                "military",
                "Israel",
                (2,),
            ),
        ],
        [Forbidden("24 hours", "duration"), Forbidden("October 7", "date")],
    ),
    Passage(
        "wafa_martyrs",
        "state_agency",
        "Israel-Hamas",
        """\
GAZA, November 18 (WAFA) – The number of martyrs of the Israeli aggression on the Gaza Strip has risen to 12,300, including 5,000 children and 3,300 women, while the number of wounded exceeded 30,000, the Government Media Office said on Saturday. It added that 2,700 citizens are still missing under the rubble, among them 1,500 children.
""",
        [
            Label(
                "The number of martyrs of the Israeli aggression on the Gaza Strip has risen to 12,300",
                "exact",
                12300,
                12300,
                12300,
                "killed",
                "all",
                "Government Media Office",
                (1, 3),
            ),
            Label(
                "5,000 children",
                "exact",
                5000,
                5000,
                5000,
                "killed",
                "all",
                "Government Media Office",
                (2,),
                "children",
                outside=("metric",),
            ),
            Label(
                "3,300 women",
                "exact",
                3300,
                3300,
                3300,
                "killed",
                "all",
                "Government Media Office",
                (2,),
                "women",
                outside=("metric",),
            ),
            Label(
                "the number of wounded exceeded 30,000",
                "more_than",
                30001,
                None,
                None,
                "wounded",
                "all",
                "Government Media Office",
                (3,),
            ),
            Label(
                "2,700 citizens are still missing",
                "exact",
                2700,
                2700,
                2700,
                "missing",
                "all",
                "Government Media Office",
                (1, 7),
            ),
            Label(
                "1,500 children",
                "exact",
                1500,
                1500,
                1500,
                "missing",
                "all",
                "Government Media Office",
                (2, 7),
                "children",
                outside=("metric",),
            ),
        ],
        [Forbidden("November 18", "date")],
    ),
    Passage(
        "ocha_flash_update",
        "un_sitrep",
        "Israel-Hamas",
        """\
Between the afternoons of 2 and 4 January, 326 Palestinians were killed and 528 injured, according to the Ministry of Health (MoH) in Gaza. Since 7 October, at least 22,313 Palestinians have been killed, about 70 per cent of them reportedly women and children, the MoH says. On 3 January, four UN Relief and Works Agency (UNRWA) staff members were killed, bringing the total number of UNRWA staff killed to 146. Flash Update #84 will be issued on 6 January.
""",
        [
            Label(
                "326 Palestinians were killed",
                "exact",
                326,
                326,
                326,
                "killed",
                "all",
                "Ministry of Health | MoH",
                (7,),
            ),
            Label("528 injured", "exact", 528, 528, 528, "wounded", "all", "Ministry of Health | MoH", (7,)),
            Label(
                "at least 22,313 Palestinians have been killed",
                "at_least",
                22313,
                22313,
                None,
                "killed",
                "all",
                "Ministry of Health | MoH",
                (7,),
            ),
            Label(
                "four UN Relief and Works Agency (UNRWA) staff members were killed",
                "exact",
                4,
                4,
                4,
                "killed",
                "all",
                None,
                (1,),
            ),
            Label(
                "the total number of UNRWA staff killed to 146",
                "exact",
                146,
                146,
                146,
                "killed",
                "all",
                None,
                (1, 3),
            ),
        ],
        [
            Forbidden("2 and 4 January", "date"),
            Forbidden("Since 7 October", "date"),
            Forbidden("70 per cent", "percentage"),
            Forbidden("On 3 January", "date"),
            Forbidden("Flash Update #84", "page"),
            Forbidden("6 January", "date"),
        ],
    ),
    Passage(
        "october_7_encyclopedia",
        "encyclopedia",
        "Israel-Hamas",
        """\
The attack killed about 1,200 people in Israel, including 815 civilians, according to an AFP tally based on Israeli official figures.[22] Some 250 people were taken hostage and brought into Gaza.[23] Of these, 36 were children.[24]
""",
        [
            Label("killed about 1,200 people", "approximate", None, 1200, None, "killed", "all", "AFP", (7,)),
            Label(
                "815 civilians",
                "exact",
                815,
                815,
                815,
                "killed",
                "civilian",
                "AFP",
                (2, 7),
                outside=("metric",),
            ),
            Label(
                "Some 250 people were taken hostage",
                "approximate",
                None,
                250,
                None,
                "captured",
                "all",
                None,
                (1, 7),
            ),
            Label(
                "36 were children",
                "exact",
                36,
                36,
                36,
                "captured",
                "all",
                None,
                (2, 7),
                "children",
                outside=("metric",),
            ),
        ],
        [Forbidden("[22]", "citation"), Forbidden("[23]", "citation"), Forbidden("[24]", "citation")],
    ),
    Passage(
        "idf_ground_operation",
        "wire",
        "Israel-Hamas",
        """\
The Israeli military said on Monday that two soldiers were killed in fighting in southern Gaza, raising the army's death toll in the ground operation to 174. It said troops had located 11 tunnel shafts and seized 30 rifles. A military spokesman, Lt. Col. Peter Lerner, said three wounded soldiers were evacuated by helicopter.
""",
        [
            Label("two soldiers were killed", "exact", 2, 2, 2, "killed", "military", "Israeli military"),
            Label(
                "the army's death toll in the ground operation to 174",
                "exact",
                174,
                174,
                174,
                "killed",
                "military",
                "Israeli military",
                (3,),
            ),
            Label("three wounded soldiers", "exact", 3, 3, 3, "wounded", "military", "Peter Lerner", (7,)),
        ],
        [Forbidden("11 tunnel shafts", "count"), Forbidden("30 rifles", "equipment")],
    ),
    Passage(
        "gaza_headline_passes",
        "wire",
        "Israel-Hamas",
        """\
Gaza death toll passes 30,000, health ministry says
The number of Palestinians killed in Gaza has passed 30,000, the health ministry in the Hamas-run territory said on Thursday, with 70,457 wounded. The ministry said 79 people had been killed in the previous 24 hours.
""",
        [
            Label(
                "Gaza death toll passes 30,000",
                "more_than",
                30001,
                None,
                None,
                "killed",
                "all",
                "health ministry",
                (3, 7),
            ),
            Label(
                "The number of Palestinians killed in Gaza has passed 30,000",
                "more_than",
                30001,
                None,
                None,
                "killed",
                "all",
                "health ministry",
                (3,),
            ),
            Label("70,457 wounded", "exact", 70457, 70457, 70457, "wounded", "all", "health ministry"),
            Label("79 people had been killed", "exact", 79, 79, 79, "killed", "all", "health ministry", (7,)),
        ],
        [Forbidden("24 hours", "duration")],
    ),
    Passage(
        "idf_spokesman",
        "ministry",
        "Israel-Hamas",
        """\
Israel Defense Forces spokesman Daniel Hagari said on Saturday that 1,500 Hamas militants had been killed inside Israel since the attack began. The spokesman said 126 soldiers were among the dead on the Israeli side.
""",
        [
            Label(
                "1,500 Hamas militants had been killed",
                "exact",
                1500,
                1500,
                1500,
                "killed",
                "military",
                "Daniel Hagari",
                (1,),
            ),
            Label(
                "126 soldiers were among the dead",
                "exact",
                126,
                126,
                126,
                "killed",
                "military",
                "Daniel Hagari",
                (2, 7),
            ),
        ],
        [],
    ),
    Passage(
        "lebanon_deadliest_day",
        "wire",
        "Israel-Hezbollah",
        """\
Israeli strikes on southern Lebanon and the Bekaa valley killed 492 people, including 35 children and 58 women, and wounded 1,645, Lebanon's health ministry said on Monday, the deadliest day since the 1975-1990 civil war. Hezbollah fired about 200 rockets at northern Israel, the Israeli military said.
""",
        [
            Label("killed 492 people", "exact", 492, 492, 492, "killed", "all", "Lebanon's health ministry"),
            Label(
                "35 children",
                "exact",
                35,
                35,
                35,
                "killed",
                "all",
                "Lebanon's health ministry",
                (2,),
                "children",
                outside=("metric",),
            ),
            Label(
                "58 women",
                "exact",
                58,
                58,
                58,
                "killed",
                "all",
                "Lebanon's health ministry",
                (2,),
                "women",
                outside=("metric",),
            ),
            Label("wounded 1,645", "exact", 1645, 1645, 1645, "wounded", "all", "Lebanon's health ministry"),
        ],
        [Forbidden("1975-1990", "year"), Forbidden("about 200 rockets", "equipment")],
    ),
    # --- Sudan -----------------------------------------------------------------------------------------------------
    Passage(
        "acled_sudan",
        "ngo",
        "Sudan",
        """\
Since the war began in April 2023, ACLED has recorded more than 16,650 reported fatalities in Sudan. In the week to 12 July, it recorded 96 political violence events and at least 310 fatalities, most of them in North Darfur. Fighting around El Fasher has displaced an estimated 130,000 people since 10 May, the International Organization for Migration (IOM) said.
""",
        [
            Label(
                "more than 16,650 reported fatalities",
                "more_than",
                16651,
                None,
                None,
                "killed",
                "all",
                "ACLED",
                (7,),
            ),
            Label("at least 310 fatalities", "at_least", 310, 310, None, "killed", "all", "ACLED", (7,)),
            Label(
                "displaced an estimated 130,000 people",
                "approximate",
                None,
                130000,
                None,
                "displaced",
                "all",
                "International Organization for Migration | IOM",
                (7,),
            ),
        ],
        [
            Forbidden("April 2023", "year"),
            Forbidden("12 July", "date"),
            Forbidden("96 political violence events", "count"),
            Forbidden("10 May", "date"),
        ],
    ),
    Passage(
        "msf_omdurman",
        "ngo",
        "Sudan",
        """\
Médecins Sans Frontières (MSF) said its teams at the Bashair teaching hospital had received 187 wounded patients in 72 hours, 24 of whom died of their injuries. About a third of the patients were women and children, the organisation said, and 16 of 30 beds in the intensive care unit were occupied by children under 5.
""",
        [
            Label(
                "187 wounded patients",
                "exact",
                187,
                187,
                187,
                "wounded",
                "all",
                "Médecins Sans Frontières | MSF",
                (1, 7),
            ),
            Label(
                "24 of whom died of their injuries",
                "exact",
                24,
                24,
                24,
                "killed",
                "all",
                "Médecins Sans Frontières | MSF",
                (1, 7),
            ),
        ],
        [
            Forbidden("72 hours", "duration"),
            Forbidden("16 of 30 beds", "equipment"),
            Forbidden("under 5", "age"),
        ],
    ),
    Passage(
        "rsf_village",
        "wire",
        "Sudan",
        """\
Paramilitary Rapid Support Forces (RSF) attacks on the village of Wad al-Noura killed at least 104 people, including 35 children, local activists said. The army-aligned Sovereignty Council put the toll at 120 dead. The RSF said it had clashed with army units and killed 40 soldiers at three positions near the village.
""",
        [
            Label(
                "killed at least 104 people", "at_least", 104, 104, None, "killed", "all", "local activists"
            ),
            Label(
                "35 children",
                "exact",
                35,
                35,
                35,
                "killed",
                "all",
                "local activists",
                (2,),
                "children",
                outside=("metric",),
            ),
            Label(
                "put the toll at 120 dead",
                "exact",
                120,
                120,
                120,
                "killed",
                "all",
                "Sovereignty Council",
                (3,),
            ),
            Label(
                "killed 40 soldiers",
                "exact",
                40,
                40,
                40,
                "killed",
                "military",
                "RSF | Rapid Support Forces",
                (7,),
            ),
        ],
        [Forbidden("three positions", "count")],
    ),
    Passage(
        "dtm_sudan",
        "un_sitrep",
        "Sudan",
        """\
Nearly 10.7 million people are internally displaced in Sudan, including 7.9 million newly displaced since 15 April 2023, and a further 2.1 million have crossed into neighbouring countries, according to IOM's Displacement Tracking Matrix (DTM). Over 50 per cent of the displaced are children. In Chad alone, some 600,000 refugees have arrived since the conflict began, UNHCR said.
""",
        [
            Label(
                "Nearly 10.7 million people are internally displaced",
                "approximate",
                None,
                10700000,
                None,
                "displaced",
                "all",
                "IOM | Displacement Tracking Matrix",
                (7,),
            ),
            Label(
                "7.9 million newly displaced",
                "exact",
                7900000,
                7900000,
                7900000,
                "displaced",
                "all",
                "IOM | Displacement Tracking Matrix",
                (2, 7),
            ),
            Label(
                "a further 2.1 million have crossed into neighbouring countries",
                "exact",
                2100000,
                2100000,
                2100000,
                "displaced",
                "all",
                "IOM | Displacement Tracking Matrix",
                (1, 7),
                outside=("metric",),
            ),
            Label(
                "some 600,000 refugees", "approximate", None, 600000, None, "displaced", "all", "UNHCR", (7,)
            ),
        ],
        [Forbidden("15 April 2023", "date"), Forbidden("Over 50 per cent", "percentage")],
    ),
    Passage(
        "geneina_encyclopedia",
        "encyclopedia",
        "Sudan",
        """\
Between 10,000 and 15,000 people, mostly ethnic Masalit, were killed in and around El Geneina in 2023, according to a report by a UN panel of experts.[31] Human Rights Watch documented the killing of at least 28 Masalit men in the town of Misterei on 28 May.[32] The RSF denied involvement.[33]
""",
        [
            Label(
                "Between 10,000 and 15,000 people, mostly ethnic Masalit, were killed",
                "range",
                10000,
                None,
                15000,
                "killed",
                "all",
                "UN panel of experts",
                (4, 7),
            ),
            Label(
                "the killing of at least 28 Masalit men",
                "at_least",
                28,
                28,
                None,
                "killed",
                "all",
                "Human Rights Watch",
                (1, 7),
                "men",
            ),
        ],
        [
            Forbidden("in 2023", "year"),
            Forbidden("[31]", "citation"),
            Forbidden("28 May", "date"),
            Forbidden("[32]", "citation"),
            Forbidden("[33]", "citation"),
        ],
    ),
    Passage(
        "saf_statement",
        "state_agency",
        "Sudan",
        """\
The Sudanese Armed Forces said in a statement that the rebel militia's shelling of Omdurman had led to killing and wounding dozens of citizens, mostly women and children. The statement said the death of 353 citizens had been documented in the city since the start of the month, and that 14 victims were buried on Tuesday.
""",
        [
            Label(
                "killing and wounding dozens of citizens",
                "vague",
                12,
                None,
                None,
                "casualties",
                "all",
                "Sudanese Armed Forces",
                (1,),
            ),
            Label(
                "the death of 353 citizens",
                "exact",
                353,
                353,
                353,
                "killed",
                "all",
                "Sudanese Armed Forces",
                (1, 7),
            ),
            Label(
                "14 victims were buried",
                "exact",
                14,
                14,
                14,
                "killed",
                "all",
                "Sudanese Armed Forces",
                (1, 7),
            ),
        ],
        [],
    ),
    Passage(
        "nrc_quote",
        "ngo",
        "Sudan",
        """\
"We have recorded 56 deaths in the camps since January, most of them children under five," the head of the Norwegian Refugee Council in Sudan, William Carter, said. "At least 1,200 families have arrived in the past week alone." He said 9 aid workers had been killed this year.
""",
        [
            Label(
                "56 deaths",
                "exact",
                56,
                56,
                56,
                "killed",
                "all",
                "William Carter | Norwegian Refugee Council",
                (7,),
            ),
            Label(
                "9 aid workers had been killed",
                "exact",
                9,
                9,
                9,
                "killed",
                "all",
                "William Carter | Norwegian Refugee Council",
                (1, 7),
            ),
        ],
        [Forbidden("children under five", "age"), Forbidden("1,200 families", "count")],
    ),
    # --- Syria -----------------------------------------------------------------------------------------------------
    Passage(
        "sohr_badia",
        "ngo",
        "Syria",
        """\
At least 11 regime soldiers and 4 Iranian-backed fighters were killed in an ISIS ambush in the Badia desert on Tuesday, the Syrian Observatory for Human Rights (SOHR) reported. The Britain-based war monitor said 3 ISIS members were also killed. SOHR has documented the deaths of 427 regime soldiers in the Badia since the start of 2023.
""",
        [
            Label(
                "At least 11 regime soldiers",
                "at_least",
                11,
                11,
                None,
                "killed",
                "military",
                "Syrian Observatory for Human Rights | SOHR",
                (5, 7),
                outside=("metric",),
            ),
            Label(
                "4 Iranian-backed fighters were killed",
                "exact",
                4,
                4,
                4,
                "killed",
                "military",
                "Syrian Observatory for Human Rights | SOHR",
                (7,),
            ),
            Label(
                "3 ISIS members were also killed",
                "exact",
                3,
                3,
                3,
                "killed",
                "military",
                "Syrian Observatory for Human Rights | SOHR",
                (1, 7),
            ),
            Label(
                "the deaths of 427 regime soldiers",
                "exact",
                427,
                427,
                427,
                "killed",
                "military",
                "Syrian Observatory for Human Rights | SOHR",
                (7,),
            ),
        ],
        [Forbidden("start of 2023", "year")],
    ),
    Passage(
        "sana_aleppo",
        "state_agency",
        "Syria",
        """\
Damascus, SANA – Two civilians were martyred and five others were injured as a result of terrorist shells targeting residential neighborhoods in Aleppo city, a source in Aleppo Police Command told SANA on Friday. The source added that the shells caused material damage to 6 houses and 3 cars in al-Hamdaniya neighborhood.
""",
        [
            Label(
                "Two civilians were martyred",
                "exact",
                2,
                2,
                2,
                "killed",
                "civilian",
                "Aleppo Police Command",
                (1, 7),
            ),
            Label(
                "five others were injured",
                "exact",
                5,
                5,
                5,
                "wounded",
                "civilian",
                "Aleppo Police Command",
                (5, 7),
                outside=("population",),
            ),
        ],
        [Forbidden("6 houses", "count"), Forbidden("3 cars", "vehicles")],
    ),
    Passage(
        "syria_ten_years",
        "un_sitrep",
        "Syria",
        """\
In its 2022 report, the UN Human Rights Office estimated that 306,887 civilians had been killed in Syria between March 2011 and March 2021, or 1.5 per cent of the pre-war population. That is an average of 83 civilian deaths a day over ten years. The figure did not include those killed indirectly by loss of healthcare.
""",
        [
            Label(
                "306,887 civilians had been killed",
                "exact",
                306887,
                306887,
                306887,
                "killed",
                "civilian",
                "UN Human Rights Office",
                (7,),
            )
        ],
        [
            Forbidden("2022 report", "year"),
            Forbidden("March 2011", "year"),
            Forbidden("March 2021", "year"),
            Forbidden("1.5 per cent", "percentage"),
            Forbidden("83 civilian deaths a day", "ratio"),
            Forbidden("ten years", "duration"),
        ],
    ),
    Passage(
        "white_helmets_idlib",
        "wire",
        "Syria",
        """\
Russian and Syrian government air strikes on Idlib province killed 9 civilians, among them a woman and her three children, rescue workers from the White Helmets said on Sunday. The Syria Civil Defence said its teams had pulled 14 wounded from the rubble of a market in Jisr al-Shughur and that 2 of its volunteers were hurt.
""",
        [
            Label("killed 9 civilians", "exact", 9, 9, 9, "killed", "civilian", "White Helmets"),
            Label(
                "her three children",
                "exact",
                3,
                3,
                3,
                "killed",
                "civilian",
                "White Helmets",
                (2,),
                "children",
                outside=("metric", "population"),
            ),
            Label("14 wounded", "exact", 14, 14, 14, "wounded", "all", "Syria Civil Defence | White Helmets"),
            Label(
                "2 of its volunteers were hurt",
                "exact",
                2,
                2,
                2,
                "wounded",
                "all",
                "Syria Civil Defence",
                (1,),
            ),
        ],
        [],
    ),
    # --- Yemen -----------------------------------------------------------------------------------------------------
    Passage(
        "saba_raids",
        "state_agency",
        "Yemen",
        """\
SANAA, Jan. 12 (Saba) – The US-Saudi aggression launched 73 air raids on several provinces over the past 24 hours, killing and wounding dozens of citizens, a military source said. The source said the raids on the capital killed five members of the armed forces and injured six others.
""",
        [
            Label(
                "killing and wounding dozens of citizens",
                "vague",
                12,
                None,
                None,
                "casualties",
                "all",
                "military source",
                (1,),
            ),
            Label(
                "killed five members of the armed forces",
                "exact",
                5,
                5,
                5,
                "killed",
                "military",
                "military source",
                (1, 7),
            ),
            Label(
                "injured six others",
                "exact",
                6,
                6,
                6,
                "wounded",
                "military",
                "military source",
                (5, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("Jan. 12", "date"),
            Forbidden("73 air raids", "count"),
            Forbidden("24 hours", "duration"),
        ],
    ),
    Passage(
        "yemen_data_project",
        "ngo",
        "Yemen",
        """\
The Yemen Data Project counted 25,054 air raids between March 2015 and March 2022, an average of 9.8 a day. Its database attributes 19,200 civilian casualties to the raids, 8,983 of them killed and 10,217 injured. Roughly one in three raids struck a non-military site, the project said.
""",
        [
            Label(
                "19,200 civilian casualties",
                "exact",
                19200,
                19200,
                19200,
                "casualties",
                "civilian",
                "Yemen Data Project",
                (7,),
            ),
            Label(
                "8,983 of them killed",
                "exact",
                8983,
                8983,
                8983,
                "killed",
                "civilian",
                "Yemen Data Project",
                (5, 7),
                outside=("population",),
            ),
            Label(
                "10,217 injured",
                "exact",
                10217,
                10217,
                10217,
                "wounded",
                "civilian",
                "Yemen Data Project",
                (5, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("25,054 air raids", "count"),
            Forbidden("March 2015", "year"),
            Forbidden("March 2022", "year"),
            Forbidden("9.8 a day", "ratio"),
            Forbidden("one in three raids", "ratio"),
        ],
    ),
    Passage(
        "marib_camp",
        "wire",
        "Yemen",
        """\
Houthi missile hits Marib camp, killing 8 – officials
A ballistic missile fired by Yemen's Houthi movement struck a camp for displaced people in Marib on Sunday, killing eight people, among them three children, and wounding at least 20, two local officials told Reuters. The camp shelters some 2,500 families.
""",
        [
            Label("killing 8", "exact", 8, 8, 8, "killed", "all", "local officials | officials", (7,)),
            Label("killing eight people", "exact", 8, 8, 8, "killed", "all", "local officials"),
            Label(
                "three children",
                "exact",
                3,
                3,
                3,
                "killed",
                "all",
                "local officials",
                (2,),
                "children",
                outside=("metric",),
            ),
            Label("wounding at least 20", "at_least", 20, 20, None, "wounded", "all", "local officials"),
        ],
        [Forbidden("two local officials", "count"), Forbidden("2,500 families", "count")],
    ),
    Passage(
        "who_health_attacks",
        "un_sitrep",
        "Yemen",
        """\
Since the escalation began, 18 attacks on health care have killed 7 health workers and injured 23 others, according to the WHO. The ICRC said its surgical teams in Al Mukalla had treated 412 weapon-wounded patients, a 60% increase on last year.
""",
        [
            Label("killed 7 health workers", "exact", 7, 7, 7, "killed", "all", "WHO", (1, 7)),
            Label("injured 23 others", "exact", 23, 23, 23, "wounded", "all", "WHO", (7,)),
            Label("412 weapon-wounded patients", "exact", 412, 412, 412, "wounded", "all", "ICRC", (1, 7)),
        ],
        [Forbidden("18 attacks on health care", "count"), Forbidden("60% increase", "percentage")],
    ),
    Passage(
        "wfp_funding",
        "un_sitrep",
        "Yemen",
        """\
The World Food Programme said it needs $1.4 billion to feed 5.5 million people in Yemen over the next six months, and that funding stands at 38 percent. Since 2015, 11 WFP staff have been killed in the country, the agency said.
""",
        [
            Label(
                "11 WFP staff have been killed",
                "exact",
                11,
                11,
                11,
                "killed",
                "all",
                "World Food Programme | WFP",
                (1, 7),
            )
        ],
        [
            Forbidden("$1.4 billion", "money"),
            Forbidden("feed 5.5 million people", "count"),
            Forbidden("six months", "duration"),
            Forbidden("38 percent", "percentage"),
            Forbidden("Since 2015", "year"),
        ],
    ),
    # --- Myanmar ---------------------------------------------------------------------------------------------------
    Passage(
        "aapp_count",
        "ngo",
        "Myanmar",
        """\
The Assistance Association for Political Prisoners (AAPP) said on Monday that 4,603 people had been killed by the junta since the coup of 1 February 2021. Of those killed, 703 were women and 511 were children, the group said. AAPP's count, it stressed, is limited to cases it has verified.
""",
        [
            Label(
                "4,603 people had been killed",
                "exact",
                4603,
                4603,
                4603,
                "killed",
                "all",
                "Assistance Association for Political Prisoners | AAPP",
                (7,),
            ),
            Label(
                "703 were women",
                "exact",
                703,
                703,
                703,
                "killed",
                "all",
                "Assistance Association for Political Prisoners | AAPP",
                (2, 7),
                "women",
                outside=("metric",),
            ),
            Label(
                "511 were children",
                "exact",
                511,
                511,
                511,
                "killed",
                "all",
                "Assistance Association for Political Prisoners | AAPP",
                (2, 7),
                "children",
                outside=("metric",),
            ),
        ],
        [Forbidden("1 February 2021", "date")],
    ),
    Passage(
        "sagaing_airstrike",
        "wire",
        "Myanmar",
        """\
Myanmar military air strike kills 17 in Sagaing village – resistance group
An air strike by Myanmar's military on a village in the Sagaing region killed at least 17 people, including 9 children, on Wednesday, a local resistance group said. The junta's spokesman, Maj. Gen. Zaw Min Tun, said the strike targeted 'terrorists' and that no civilians were hurt.
""",
        [
            Label("kills 17", "exact", 17, 17, 17, "killed", "all", "local resistance group", (1, 7)),
            Label(
                "killed at least 17 people",
                "at_least",
                17,
                17,
                None,
                "killed",
                "all",
                "local resistance group",
            ),
            Label(
                "9 children",
                "exact",
                9,
                9,
                9,
                "killed",
                "all",
                "local resistance group",
                (2,),
                "children",
                outside=("metric",),
            ),
            Label("no civilians were hurt", "exact", 0, 0, 0, "wounded", "civilian", "Zaw Min Tun", (7,)),
        ],
        [],
    ),
    Passage(
        "myanmar_displacement",
        "un_sitrep",
        "Myanmar",
        """\
As of 30 June, an estimated 2.6 million people were internally displaced across Myanmar, according to UNHCR. Some 1.3 million of them were displaced in the North-West (Sagaing, Magway and Chin), where 64 per cent of the region's 221 health facilities are not functioning. Landmines and explosive remnants of war killed or injured 1,052 people in 2023, UNICEF said, 20 per cent of them children.
""",
        [
            Label(
                "an estimated 2.6 million people were internally displaced",
                "approximate",
                None,
                2600000,
                None,
                "displaced",
                "all",
                "UNHCR",
                (7,),
            ),
            Label(
                "Some 1.3 million of them were displaced",
                "approximate",
                None,
                1300000,
                None,
                "displaced",
                "all",
                "UNHCR",
                (7,),
            ),
            Label(
                "killed or injured 1,052 people",
                "exact",
                1052,
                1052,
                1052,
                "casualties",
                "all",
                "UNICEF",
                (7,),
            ),
        ],
        [
            Forbidden("30 June", "date"),
            Forbidden("64 per cent", "percentage"),
            Forbidden("221 health facilities", "count"),
            Forbidden("in 2023", "year"),
            Forbidden("20 per cent", "percentage"),
        ],
    ),
    # --- Armenia and Azerbaijan ------------------------------------------------------------------------------------
    Passage(
        "azertac_martyrs",
        "state_agency",
        "Armenia-Azerbaijan",
        """\
BAKU, September 20. AZERTAC. Azerbaijan's Ministry of Defense announced that 192 servicemen of the Azerbaijani Army were martyred during the local anti-terror measures, and 511 servicemen were wounded. One civilian was also killed, the ministry said.
""",
        [
            Label(
                "192 servicemen of the Azerbaijani Army were martyred",
                "exact",
                192,
                192,
                192,
                "killed",
                "military",
                "Azerbaijan's Ministry of Defense",
                (1, 7),
            ),
            Label(
                "511 servicemen were wounded",
                "exact",
                511,
                511,
                511,
                "wounded",
                "military",
                "Azerbaijan's Ministry of Defense",
                (7,),
            ),
            Label(
                "One civilian was also killed",
                "exact",
                1,
                1,
                1,
                "killed",
                "civilian",
                "Azerbaijan's Ministry of Defense",
                (7,),
            ),
        ],
        [Forbidden("September 20", "date")],
    ),
    Passage(
        "armenia_mod_names",
        "ministry",
        "Armenia-Azerbaijan",
        """\
The Armenian Ministry of Defense has published the names of 3,825 servicemen who were killed in the 44-day war, and said that 187 servicemen remained missing. Armenian forces have lost 16 servicemen in border clashes since the start of the year, Defense Minister Suren Papikyan told parliament.
""",
        [
            Label(
                "3,825 servicemen who were killed",
                "exact",
                3825,
                3825,
                3825,
                "killed",
                "military",
                "Armenian Ministry of Defense",
                (7,),
            ),
            Label(
                "187 servicemen remained missing",
                "exact",
                187,
                187,
                187,
                "missing",
                "military",
                "Armenian Ministry of Defense",
                (1,),
            ),
            Label(
                "have lost 16 servicemen",
                "exact",
                16,
                16,
                16,
                "casualties",
                "military",
                "Suren Papikyan",
                (1, 7),
            ),
        ],
        [Forbidden("44-day war", "duration")],
    ),
    Passage(
        "karabakh_first_war",
        "encyclopedia",
        "Armenia-Azerbaijan",
        """\
The First Nagorno-Karabakh War (1988–1994) left an estimated 20,000 to 30,000 people dead.[4] Some 724,000 Azerbaijanis were expelled from Armenia and the areas under Armenian control, and 300,000 to 500,000 Armenians fled Azerbaijan.[5][6] A ceasefire was signed in May 1994 in Bishkek.
""",
        [
            Label(
                "an estimated 20,000 to 30,000 people dead",
                "range",
                20000,
                None,
                30000,
                "killed",
                "all",
                None,
                (4,),
            ),
            Label(
                "Some 724,000 Azerbaijanis were expelled",
                "approximate",
                None,
                724000,
                None,
                "displaced",
                "all",
                None,
                (1,),
            ),
            Label(
                "300,000 to 500,000 Armenians fled Azerbaijan",
                "range",
                300000,
                None,
                500000,
                "displaced",
                "all",
                None,
                (4,),
            ),
        ],
        [
            Forbidden("(1988–1994)", "year"),
            Forbidden("[4]", "citation"),
            Forbidden("[5][6]", "citation"),
            Forbidden("May 1994", "year"),
        ],
    ),
    Passage(
        "armenia_headline",
        "wire",
        "Armenia-Azerbaijan",
        """\
Armenia says 12 more soldiers killed as Karabakh fighting rages
Armenia's defence ministry said on Tuesday that 12 more of its soldiers had been killed, bringing its military death toll to 1,177 since fighting erupted on Sept. 27. Azerbaijan has not disclosed military casualties but says 65 of its civilians have been killed and 300 wounded.
""",
        [
            Label("12 more soldiers killed", "exact", 12, 12, 12, "killed", "military", "Armenia", (7,)),
            Label(
                "12 more of its soldiers had been killed",
                "exact",
                12,
                12,
                12,
                "killed",
                "military",
                "Armenia's defence ministry",
            ),
            Label(
                "its military death toll to 1,177",
                "exact",
                1177,
                1177,
                1177,
                "killed",
                "military",
                "Armenia's defence ministry",
                (3,),
            ),
            Label(
                "65 of its civilians have been killed",
                "exact",
                65,
                65,
                65,
                "killed",
                "civilian",
                "Azerbaijan",
            ),
            Label(
                "300 wounded",
                "exact",
                300,
                300,
                300,
                "wounded",
                "civilian",
                "Azerbaijan",
                (5,),
                outside=("population",),
            ),
        ],
        [Forbidden("Sept. 27", "date")],
    ),
    # --- Ethiopia --------------------------------------------------------------------------------------------------
    Passage(
        "tigray_estimates",
        "encyclopedia",
        "Ethiopia",
        """\
Estimates of the death toll of the Tigray War vary widely. Researchers at Ghent University put it at between 162,000 and 378,000 by 2022,[41] while the African Union's envoy Olusegun Obasanjo said that as many as 600,000 had died.[42] Other estimates range between 300,000 and approximately 500,000 deaths from violence, famine and lack of health care.[43]
""",
        [
            Label(
                "put it at between 162,000 and 378,000",
                "range",
                162000,
                None,
                378000,
                "killed",
                "all",
                "Ghent University",
                (3, 4, 7),
                outside=("metric",),
            ),
            Label(
                "as many as 600,000 had died",
                "at_most",
                None,
                None,
                600000,
                "killed",
                "all",
                "Olusegun Obasanjo",
                (7,),
            ),
            Label(
                "between 300,000 and approximately 500,000 deaths",
                "range",
                300000,
                None,
                500000,
                "killed",
                "all",
                None,
                (4, 7),
            ),
        ],
        [
            Forbidden("by 2022", "year"),
            Forbidden("[41]", "citation"),
            Forbidden("[42]", "citation"),
            Forbidden("[43]", "citation"),
        ],
    ),
    Passage(
        "togoga_market",
        "wire",
        "Ethiopia",
        """\
An air strike on a market in Togoga, in Ethiopia's Tigray region, killed 64 people and wounded 180, a health official told Reuters on Thursday. The military said it had targeted fighters of the Tigray People's Liberation Front (TPLF) and denied hitting civilians. Doctors at Ayder hospital in Mekelle said 3 ambulances had been blocked for 2 days.
""",
        [
            Label("killed 64 people", "exact", 64, 64, 64, "killed", "all", "health official"),
            Label("wounded 180", "exact", 180, 180, 180, "wounded", "all", "health official"),
        ],
        [Forbidden("3 ambulances", "vehicles"), Forbidden("2 days", "duration")],
    ),
    Passage(
        "ehrc_bahir_dar",
        "ngo",
        "Ethiopia",
        """\
The Ethiopian Human Rights Commission (EHRC) said at least 45 civilians were killed by security forces in Bahir Dar between 29 July and 3 August. In a statement, the commission said the victims included 4 women. It also said about 1,000 people had fled to nearby villages after the state of emergency was declared on 4 August.
""",
        [
            Label(
                "at least 45 civilians were killed",
                "at_least",
                45,
                45,
                None,
                "killed",
                "civilian",
                "Ethiopian Human Rights Commission | EHRC",
                (7,),
            ),
            Label(
                "the victims included 4 women",
                "exact",
                4,
                4,
                4,
                "killed",
                "civilian",
                "Ethiopian Human Rights Commission | EHRC",
                (2, 7),
                "women",
                outside=("metric", "population"),
            ),
            Label(
                "about 1,000 people had fled",
                "approximate",
                None,
                1000,
                None,
                "displaced",
                "all",
                "Ethiopian Human Rights Commission | EHRC",
                (7,),
            ),
        ],
        [Forbidden("29 July and 3 August", "date"), Forbidden("on 4 August", "date")],
    ),
    Passage(
        "tigray_hunger_scale",
        "wire",
        "Ethiopia",
        """\
Officials in Tigray's interim administration said 70 or 80,000 people may have died of hunger in areas cut off by the fighting, while aid agencies said 3 to 4 million people needed food. The federal government called the figures exaggerated.
""",
        [
            Label(
                "70 or 80,000 people may have died",
                "range",
                70000,
                None,
                80000,
                "killed",
                "all",
                "Officials in Tigray's interim administration | Tigray's interim administration",
                (4,),
            ),
        ],
        [Forbidden("3 to 4 million people needed food", "count")],
    ),
    # --- DR Congo, the Sahel and Somalia ---------------------------------------------------------------------------
    Passage(
        "kishishe_revision",
        "wire",
        "DR Congo",
        """\
M23 rebels killed 272 civilians in the village of Kishishe in late November, the United Nations said on Wednesday, sharply revising up its earlier estimate of 131 dead. The UN peacekeeping mission MONUSCO said the victims included at least 40 children. The rebel group says only 8 civilians died, killed by stray bullets.
""",
        [
            Label("killed 272 civilians", "exact", 272, 272, 272, "killed", "civilian", "United Nations"),
            Label(
                "its earlier estimate of 131 dead",
                "exact",
                131,
                131,
                131,
                "killed",
                "all",
                "United Nations",
                (3,),
            ),
            Label(
                "the victims included at least 40 children",
                "at_least",
                40,
                40,
                None,
                "killed",
                "civilian",
                "MONUSCO",
                (2, 7),
                "children",
                outside=("metric", "population"),
            ),
            Label("only 8 civilians died", "exact", 8, 8, 8, "killed", "civilian", "M23 | rebel group", (7,)),
        ],
        [Forbidden("M23 rebels", "name")],
    ),
    Passage(
        "adf_beni",
        "un_sitrep",
        "DR Congo",
        """\
Attacks by the Allied Democratic Forces (ADF) in Beni territory left 35 people dead and 12 others missing between 5 and 9 June, according to local authorities. Since January, 7 health centres have been looted and over 40,000 people have been displaced in Beni and Lubero, OCHA said. Humanitarian partners have assisted 2,300 households.
""",
        [
            Label("left 35 people dead", "exact", 35, 35, 35, "killed", "all", "local authorities", (1,)),
            Label("12 others missing", "exact", 12, 12, 12, "missing", "all", "local authorities"),
            Label(
                "over 40,000 people have been displaced",
                "more_than",
                40001,
                None,
                None,
                "displaced",
                "all",
                "OCHA",
                (7,),
            ),
        ],
        [
            Forbidden("5 and 9 June", "date"),
            Forbidden("7 health centres", "count"),
            Forbidden("2,300 households", "count"),
        ],
    ),
    Passage(
        "mali_boat_attack",
        "wire",
        "Mali",
        """\
Jihadist attack kills 64 in Mali – government
Suspected jihadists attacked a passenger boat on the Niger River and a military camp in Bamba, killing 49 civilians and 15 soldiers, Mali's transitional government said in a statement on Thursday. It declared three days of national mourning. About 50 assailants were 'neutralised', it said.
""",
        [
            Label(
                "kills 64",
                "exact",
                64,
                64,
                64,
                "killed",
                "all",
                "Mali's transitional government | government",
                (1, 7),
            ),
            Label(
                "49 civilians",
                "exact",
                49,
                49,
                49,
                "killed",
                "civilian",
                "Mali's transitional government",
                (5,),
                outside=("metric",),
            ),
            Label(
                "15 soldiers",
                "exact",
                15,
                15,
                15,
                "killed",
                "military",
                "Mali's transitional government",
                (5,),
                outside=("metric",),
            ),
            Label(
                "About 50 assailants were 'neutralised'",
                "approximate",
                None,
                50,
                None,
                "killed",
                "military",
                "Mali's transitional government",
                (1, 7),
            ),
        ],
        [Forbidden("three days", "duration")],
    ),
    Passage(
        "hrw_yatenga",
        "ngo",
        "Burkina Faso",
        """\
Human Rights Watch said Burkinabè soldiers summarily executed at least 223 villagers, including 56 children, in two villages in the northern Yatenga province on 25 February 2024. Survivors told HRW that soldiers went house to house for nearly three hours. The government said it had opened an investigation.
""",
        [
            Label(
                "summarily executed at least 223 villagers",
                "at_least",
                223,
                223,
                None,
                "killed",
                "all",
                "Human Rights Watch | HRW",
                (1,),
            ),
            Label(
                "56 children",
                "exact",
                56,
                56,
                56,
                "killed",
                "all",
                "Human Rights Watch | HRW",
                (2,),
                "children",
                outside=("metric",),
            ),
        ],
        [
            Forbidden("two villages", "count"),
            Forbidden("25 February 2024", "date"),
            Forbidden("three hours", "duration"),
        ],
    ),
    Passage(
        "mogadishu_bombs",
        "wire",
        "Somalia",
        """\
Two car bombs exploded near the education ministry in Mogadishu on Saturday, killing at least 100 people and wounding 300, President Hassan Sheikh Mohamud said. He said the toll could rise. Al Shabaab, which claimed the attack, said it had targeted government offices, not civilians.
""",
        [
            Label(
                "killing at least 100 people",
                "at_least",
                100,
                100,
                None,
                "killed",
                "all",
                "Hassan Sheikh Mohamud",
            ),
            Label("wounding 300", "exact", 300, 300, 300, "wounded", "all", "Hassan Sheikh Mohamud"),
        ],
        [Forbidden("Two car bombs", "vehicles")],
    ),
    # --- Afghanistan and Pakistan ----------------------------------------------------------------------------------
    Passage(
        "unama_midyear",
        "un_sitrep",
        "Afghanistan",
        """\
UNAMA documented 3,774 civilian casualties (1,095 killed and 2,679 injured) in the first half of 2023. Improvised explosive devices caused the most harm, the mission said, accounting for 57 per cent of civilian casualties. Women and children made up 43 per cent of the total.
""",
        [
            Label(
                "3,774 civilian casualties",
                "exact",
                3774,
                3774,
                3774,
                "casualties",
                "civilian",
                "UNAMA",
                (7,),
            ),
            Label(
                "1,095 killed",
                "exact",
                1095,
                1095,
                1095,
                "killed",
                "civilian",
                "UNAMA",
                (5, 7),
                outside=("population",),
            ),
            Label(
                "2,679 injured",
                "exact",
                2679,
                2679,
                2679,
                "wounded",
                "civilian",
                "UNAMA",
                (5, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("half of 2023", "year"),
            Forbidden("57 per cent", "percentage"),
            Forbidden("43 per cent", "percentage"),
        ],
    ),
    Passage(
        "kunduz_mosque",
        "wire",
        "Afghanistan",
        """\
A suicide bomber blew himself up at a mosque in Kunduz during Friday prayers, killing at least 46 worshippers and wounding 143, Taliban officials said. The Islamic State group's Afghan affiliate claimed responsibility. A spokesman for the Taliban, Zabihullah Mujahid, later said the death toll had risen to 55.
""",
        [
            Label(
                "killing at least 46 worshippers",
                "at_least",
                46,
                46,
                None,
                "killed",
                "all",
                "Taliban officials",
                (1,),
            ),
            Label("wounding 143", "exact", 143, 143, 143, "wounded", "all", "Taliban officials"),
            Label(
                "the death toll had risen to 55",
                "exact",
                55,
                55,
                55,
                "killed",
                "all",
                "Zabihullah Mujahid",
                (3, 7),
            ),
        ],
        [],
    ),
    Passage(
        "sindh_landmine",
        "wire",
        "Pakistan",
        """\
A landmine blast in Sindh killed seven, police said. Initial reports had five dead. A police official, who spoke on condition of anonymity, said three of the dead were children aged 8 to 12, and that 2 people were wounded.
""",
        [
            Label("killed seven", "exact", 7, 7, 7, "killed", "all", "police"),
            Label("Initial reports had five dead", "exact", 5, 5, 5, "killed", "all", None, (7,)),
            Label(
                "three of the dead were children",
                "exact",
                3,
                3,
                3,
                "killed",
                "all",
                "police official",
                (2, 7),
                "children",
            ),
            Label("2 people were wounded", "exact", 2, 2, 2, "wounded", "all", "police official", (7,)),
        ],
        [Forbidden("aged 8 to 12", "age")],
    ),
    # --- Iraq, Chechnya, Nigeria and the First World War: encyclopedia text ----------------------------------------
    Passage(
        "iraq_counts",
        "encyclopedia",
        "Iraq",
        """\
The Iraq Body Count project recorded between 185,000 and 208,000 violent civilian deaths from the 2003 invasion to 2019.[12] A survey published in The Lancet in 2006 estimated 654,965 excess deaths, of which 601,027 were due to violence.[13] Page 7 of the survey lists the 47 clusters sampled.
""",
        [
            Label(
                "between 185,000 and 208,000 violent civilian deaths",
                "range",
                185000,
                None,
                208000,
                "killed",
                "civilian",
                "Iraq Body Count",
                (4, 7),
            ),
            Label(
                "654,965 excess deaths",
                "exact",
                654965,
                654965,
                654965,
                "killed",
                "all",
                "The Lancet | survey published in The Lancet",
                (7,),
            ),
            Label(
                "601,027 were due to violence",
                "exact",
                601027,
                601027,
                601027,
                "killed",
                "all",
                "The Lancet | survey published in The Lancet",
                (2, 7),
                outside=("metric",),
            ),
        ],
        [
            Forbidden("2003 invasion", "year"),
            Forbidden("to 2019", "year"),
            Forbidden("[12]", "citation"),
            Forbidden("in 2006", "year"),
            Forbidden("[13]", "citation"),
            Forbidden("Page 7", "page"),
            Forbidden("47 clusters", "count"),
        ],
    ),
    Passage(
        "mosul_counts",
        "encyclopedia",
        "Iraq",
        """\
The Associated Press counted 9,000 to 11,000 civilian deaths during the battle for Mosul,[57] nearly ten times the figure previously reported. Iraqi prime minister Haider al-Abadi put civilian deaths at 1,260.[58] Airwars attributes 1,066 to 1,579 of the deaths to coalition strikes.
""",
        [
            Label(
                "9,000 to 11,000 civilian deaths",
                "range",
                9000,
                None,
                11000,
                "killed",
                "civilian",
                "Associated Press",
                (4, 7),
            ),
            Label(
                "put civilian deaths at 1,260",
                "exact",
                1260,
                1260,
                1260,
                "killed",
                "civilian",
                "Haider al-Abadi",
                (3,),
            ),
            Label(
                "1,066 to 1,579 of the deaths",
                "range",
                1066,
                None,
                1579,
                "killed",
                "civilian",
                "Airwars",
                (2, 4, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("[57]", "citation"),
            Forbidden("nearly ten times", "ratio"),
            Forbidden("[58]", "citation"),
        ],
    ),
    Passage(
        "chechnya_losses",
        "encyclopedia",
        "Chechnya",
        """\
Estimates of the losses of the Chechen population during the First Chechen War vary. Human rights group Memorial put civilian losses at 50,000, while others cite losses of 80,000 to 100,000 people.[3] Russian military losses were officially put at 5,732 dead.[4]
""",
        [
            Label(
                "put civilian losses at 50,000",
                "exact",
                50000,
                50000,
                50000,
                "casualties",
                "civilian",
                "Memorial",
                (1, 3),
            ),
            Label(
                "losses of 80,000 to 100,000 people",
                "range",
                80000,
                None,
                100000,
                "casualties",
                "all",
                None,
                (1, 4, 7),
            ),
            Label(
                "Russian military losses were officially put at 5,732 dead",
                "exact",
                5732,
                5732,
                5732,
                "killed",
                "military",
                None,
                (3,),
            ),
        ],
        [Forbidden("[3]", "citation"), Forbidden("[4]", "citation")],
    ),
    Passage(
        "biafra_estimates",
        "encyclopedia",
        "Nigeria",
        """\
During the 1967–1970 civil war, as many as 200,000-300,000 died in the fighting according to Red Cross estimates, while relief agencies said a further one to two million civilians died of starvation.[19] Some 3 million people were displaced.[20]
""",
        [
            Label(
                "as many as 200,000-300,000 died",
                "range",
                200000,
                None,
                300000,
                "killed",
                "all",
                "Red Cross",
                (4, 7),
            ),
            Label(
                "a further one to two million civilians died of starvation",
                "range",
                1000000,
                None,
                2000000,
                "killed",
                "civilian",
                "relief agencies",
                (4,),
            ),
            Label(
                "Some 3 million people were displaced",
                "approximate",
                None,
                3000000,
                None,
                "displaced",
                "all",
                None,
                (7,),
            ),
        ],
        [
            Forbidden("1967–1970", "year"),
            Forbidden("[19]", "citation"),
            Forbidden("[20]", "citation"),
        ],
    ),
    Passage(
        "verdun_ratio",
        "encyclopedia",
        "First World War",
        """\
In the battles around Verdun, the French army suffered about 377,000 casualties, of whom 162,000 were killed.[8] Military historians have noted that the attacking side lost roughly three wounded for every soldier killed, a ratio typical of the period.[9] German losses were of a similar order, at 337,000.
""",
        [
            Label(
                "about 377,000 casualties",
                "approximate",
                None,
                377000,
                None,
                "casualties",
                "military",
                None,
                (5,),
                outside=("population",),
            ),
            Label(
                "of whom 162,000 were killed",
                "exact",
                162000,
                162000,
                162000,
                "killed",
                "military",
                None,
                (2, 5),
                outside=("population",),
            ),
            Label(
                "German losses were of a similar order, at 337,000",
                "exact",
                337000,
                337000,
                337000,
                "casualties",
                "military",
                None,
                (3, 6, 7),
                outside=("population",),
            ),
        ],
        [
            Forbidden("[8]", "citation"),
            Forbidden("three wounded for every soldier killed", "ratio"),
            Forbidden("[9]", "citation"),
        ],
    ),
]
