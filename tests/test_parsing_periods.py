"""The period and the area a casualty sentence states (issue 15): claims.parsing.periods and places.

Each row is a sentence in the manner of real reporting, the day its source was published, and what a careful
recorder would enter; None where nothing may be proposed (better no period or area than a wrong one).
"""

import datetime as dt

import pytest

from claims.parsing import extract_figures
from claims.parsing.periods import period_in
from claims.parsing.places import area_in

D = dt.date
TUESDAY = D(2024, 6, 4)  # a Tuesday

PERIODS = [
    # "since ...": to the publication day, or to the day the sentence dates its figures to
    ("At least 15,000 people have been killed since the war began in April 2023, the UN said.", TUESDAY,
     (D(2023, 4, 1), TUESDAY)),
    ("Since 7 October, 23,084 Palestinians have been killed in Gaza, the health ministry said.", D(2024, 1, 14),
     (D(2023, 10, 7), D(2024, 1, 14))),
    ("The death toll in Gaza since October 7, 2023 has risen to 35,000, the ministry said.", TUESDAY,
     (D(2023, 10, 7), TUESDAY)),
    ("Since 24 February 2022, OHCHR has recorded 10,582 civilians killed in Ukraine.", TUESDAY,
     (D(2022, 2, 24), TUESDAY)),
    ("Since Oct. 7, at least 1,200 people have been killed in the West Bank.", D(2024, 3, 1),
     (D(2023, 10, 7), D(2024, 3, 1))),
    ("Total enemy personnel losses have reached about 305,000 since 24 February 2022.", D(2023, 11, 6),
     (D(2022, 2, 24), D(2023, 11, 6))),
    ("The ministry said on Sunday that 15,000 people had been killed since the war began in April 2023.", TUESDAY,
     (D(2023, 4, 1), D(2024, 6, 2))),
    ("Armenia's defence ministry said 1,177 soldiers had been killed since fighting erupted on Sept. 27.",
     D(2020, 11, 3), (D(2020, 9, 27), D(2020, 11, 3))),
    ("More than 40 civilians have been killed since Saturday, the governor said.", TUESDAY,
     (D(2024, 6, 1), TUESDAY)),
    ("Some 2,000 people have died since the start of the year, officials said.", TUESDAY,
     (D(2024, 1, 1), TUESDAY)),
    ("SOHR has documented the deaths of 427 soldiers in the Badia since the start of 2023.", TUESDAY,
     (D(2023, 1, 1), TUESDAY)),
    ("Since 2014, more than 14,000 people have been killed in eastern Ukraine.", D(2021, 3, 1),
     (D(2014, 1, 1), D(2021, 3, 1))),
    ("Since 2014, more than 14,000 people have been killed in eastern Ukraine.", None, (D(2014, 1, 1), None)),
    ("Fighting has displaced 130,000 people since 10 May, the IOM said.", D(2024, 6, 20),
     (D(2024, 5, 10), D(2024, 6, 20))),
    # a day without a year after the publication day is last year's
    ("Since 30 December, 84 people have been killed in the city.", D(2024, 1, 5), (D(2023, 12, 30), D(2024, 1, 5))),
    ("Since December, 84 people have been killed in the city.", D(2024, 1, 5), (D(2023, 12, 1), D(2024, 1, 5))),
    # closed periods
    ("Between January and June 2024, 1,200 civilians were killed across the country.", D(2024, 7, 10),
     (D(2024, 1, 1), D(2024, 6, 30))),
    ("From 1 January to 30 June 2024, the mission recorded 300 civilian deaths.", D(2024, 7, 10),
     (D(2024, 1, 1), D(2024, 6, 30))),
    ("At least 45 civilians were killed in Bahir Dar between 29 July and 3 August.", D(2023, 8, 10),
     (D(2023, 7, 29), D(2023, 8, 3))),
    ("Attacks left 35 people dead between 5 and 9 June, according to local authorities.", D(2023, 6, 12),
     (D(2023, 6, 5), D(2023, 6, 9))),
    ("The UN estimated that 306,887 civilians had been killed between March 2011 and March 2021.", D(2022, 6, 28),
     (D(2011, 3, 1), D(2021, 3, 31))),
    ("Between 2014 and 2022, 3,404 civilians were killed in the conflict.", D(2023, 1, 1),
     (D(2014, 1, 1), D(2022, 12, 31))),
    ("From 24 February 2022 to 30 September 2023, OHCHR recorded 9,701 civilians killed.", D(2023, 10, 10),
     (D(2022, 2, 24), D(2023, 9, 30))),
    ("Between December 2023 and February 2024, 410 people were killed.", D(2024, 3, 5),
     (D(2023, 12, 1), D(2024, 2, 29))),
    ("UNAMA documented 1,095 civilians killed in the first half of 2023.", D(2023, 7, 25),
     (D(2023, 1, 1), D(2023, 6, 30))),
    ("In the third quarter of last year, 212 people were killed.", D(2024, 2, 1), (D(2023, 7, 1), D(2023, 9, 30))),
    ("In the first six months of the year, 900 people were displaced.", D(2024, 7, 15),
     (D(2024, 1, 1), D(2024, 6, 30))),
    ("Landmines killed or injured 1,052 people in 2023, UNICEF said.", D(2024, 4, 4), (D(2023, 1, 1), D(2023, 12, 31))),
    ("In September alone, 117 civilians were killed and 421 injured.", D(2023, 10, 10),
     (D(2023, 9, 1), D(2023, 9, 30))),
    ("In April 2022 a strike killed an estimated 600 people.", D(2023, 1, 1), (D(2022, 4, 1), D(2022, 4, 30))),
    ("During March 2024, 87 civilians were killed.", D(2024, 4, 2), (D(2024, 3, 1), D(2024, 3, 31))),
    # a period still running at publication ends on the publication day
    ("In 2024, 5,000 people have been killed so far.", TUESDAY, (D(2024, 1, 1), TUESDAY)),
    ("At least 40 people were killed in June.", TUESDAY, (D(2024, 6, 1), TUESDAY)),
    ("In the first half of 2024, 800 people were killed.", TUESDAY, (D(2024, 1, 1), TUESDAY)),
    # relative to the publication day
    ("Over the past 24 hours, 120 people were killed, the ministry said.", TUESDAY, (D(2024, 6, 3), TUESDAY)),
    ("Over the past day the enemy lost 870 personnel killed and wounded.", D(2023, 11, 6),
     (D(2023, 11, 5), D(2023, 11, 6))),
    ("The ministry said 79 people had been killed in the previous 24 hours.", D(2024, 1, 1),
     (D(2023, 12, 31), D(2024, 1, 1))),
    ("Forces have taken 47 soldiers prisoner in the past week.", TUESDAY, (D(2024, 5, 28), TUESDAY)),
    ("Over the past two weeks, 310 people were killed.", D(2024, 3, 3), (D(2024, 2, 18), D(2024, 3, 3))),
    ("In the past month, 1,500 people fled the city.", D(2024, 3, 31), (D(2024, 2, 29), D(2024, 3, 31))),
    ("Last month, 300 civilians were killed, the UN said.", TUESDAY, (D(2024, 5, 1), D(2024, 5, 31))),
    ("Last month, 300 civilians were killed, the UN said.", D(2024, 1, 5), (D(2023, 12, 1), D(2023, 12, 31))),
    ("At least 26 civilians were killed last week.", TUESDAY, (D(2024, 5, 27), D(2024, 6, 2))),
    ("Last year, 2,400 people were killed in the region.", D(2024, 1, 3), (D(2023, 1, 1), D(2023, 12, 31))),
    ("He said 9 aid workers had been killed this year.", TUESDAY, (D(2024, 1, 1), TUESDAY)),
    ("So far this month, 61 people have been killed.", TUESDAY, (D(2024, 6, 1), TUESDAY)),
    ("Clashes in the Amhara region have killed at least 183 people since July, the UN said.", D(2024, 3, 12),
     (D(2023, 7, 1), D(2024, 3, 12))),
    ("Syria's war has killed more than 500,000 people since it began in March 2011.", D(2024, 3, 12),
     (D(2011, 3, 1), D(2024, 3, 12))),
    ("Since the beginning of March, 46 civilians have been killed in Kherson.", D(2024, 3, 12),
     (D(2024, 3, 1), D(2024, 3, 12))),
    ("Last year was the deadliest for aid workers, with 280 killed in 33 countries.", D(2024, 3, 12),
     (D(2023, 1, 1), D(2023, 12, 31))),
    ("Taliban fighters killed 30 police in Kunduz and Baghlan provinces last week.", D(2024, 3, 12),
     (D(2024, 3, 4), D(2024, 3, 10))),
    # refusals: no period stated
    ("A Russian missile strike killed seven people and wounded 19, the governor said.", TUESDAY, None),
    ("The strike on Sunday killed 12 people.", TUESDAY, None),  # a day: the as-of date, not a period
    ("Israel said 1,200 people were killed in the October 7 attack.", TUESDAY, None),
    ("Between 2 and 3 million people have been displaced.", TUESDAY, None),
    ("Between 1900 and 2000 people were killed.", TUESDAY, None),
    ("The toll rose from 1982 to 2023 overnight.", TUESDAY, None),
    ("Some 70 or 80,000 people may have died.", TUESDAY, None),
    ("Rescuers pulled 14 wounded from the rubble at 4 p.m.", TUESDAY, None),
    # refusals: a period stated that cannot be dated with certainty
    ("Since the war began, 15,000 people have been killed.", TUESDAY, None),
    ("The war, which began in April 2023, has killed 15,000 people.", TUESDAY, None),
    ("Some 600,000 refugees have arrived since the conflict began, UNHCR said.", TUESDAY, None),
    ("Thousands have been killed since then.", TUESDAY, None),
    ("The strike was the deadliest since 2014, killing 40 people.", TUESDAY, None),
    ("It was the highest daily toll since October 7, with 250 killed.", TUESDAY, None),
    ("M23 rebels killed 272 civilians in the village of Kishishe in late November.", D(2022, 12, 7), None),
    ("Since early 2023, 5,000 people have been killed.", TUESDAY, None),
    ("More than 300 people were killed earlier this month.", TUESDAY, None),
    ("Dozens have been killed over the past few days.", TUESDAY, None),
    ("A survey published in The Lancet in 2006 estimated 654,965 excess deaths.", D(2007, 1, 1), None),
    ("The UN said in March that 1,500 people had been killed.", TUESDAY, None),
    ("Teams treated 412 weapon-wounded patients, a 60% increase on last year.", TUESDAY, None),
    ("Some 1,400 were killed in 2023, up from 900 in 2022.", TUESDAY, None),
    # two periods in one sentence: each may be another figure's
    ("Strikes killed 120 people in the past 24 hours, bringing the toll since October 7 to 23,084.", D(2024, 1, 7),
     None),
    ("The group recorded 3,000 deaths in 2023 and 2,000 in 2022.", TUESDAY, None),
    ("In eastern Congo, M23 rebels killed 171 civilians in November and December.", TUESDAY, None),
    ("At least 9,000 people have been killed in Sudan's war, which erupted in April last year.", TUESDAY, None),
    # one figure adds to a running total: the period is the total's only
    ("12 more soldiers were killed, bringing the toll to 1,177 since fighting erupted on Sept. 27.", D(2020, 11, 3),
     None),
    # the period of a breakdown's part is not its total's
    ("Nearly 10.7 million people are displaced, including 7.9 million since 15 April 2023.", TUESDAY, None),
    # relative periods need the publication day; days need a year
    ("Over the past 24 hours, 120 people were killed.", None, None),
    ("Last month, 300 civilians were killed.", None, None),
    ("Since 7 October, 23,084 Palestinians have been killed.", None, None),
    # impossible or future periods
    ("Since 31 February, 12 were killed.", TUESDAY, None),
    ("Between June and January 2024, 12 were killed.", TUESDAY, None),
    ("In 2025, 300 people will have been killed.", TUESDAY, None),
    ("Between 2020 and March, 40 were killed.", TUESDAY, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published_on", "period"), PERIODS)
def test_the_period_a_sentence_states(sentence, published_on, period):
    assert period_in(sentence, published_on) == period


AREAS = [
    ("Russian shelling killed 3 people in Zaporizhzhia, the regional governor said.", "Zaporizhzhia"),
    ("Two civilians were killed in the Kharkiv region overnight, the governor said.", "Kharkiv region"),
    ("At least 12 people were killed in Khan Younis, medics said.", "Khan Younis"),
    ("Israeli strikes killed 40 people in northern Gaza on Sunday.", "northern Gaza"),
    ("At least 45 civilians were killed by security forces in Bahir Dar.", "Bahir Dar"),
    ("M23 rebels killed 272 civilians in the village of Kishishe, the UN said.", "Kishishe"),
    ("A missile strike on the town of Pokrovsk killed 11 people.", "Pokrovsk"),
    ("A Russian strike on Dnipro killed 40 people.", "Dnipro"),
    ("Fighting across Sudan has killed more than 15,000 people.", "Sudan"),
    ("An estimated 2.6 million people were internally displaced across Myanmar.", "Myanmar"),
    ("The Nagorno-Karabakh authorities said Azerbaijani forces had shelled Martuni and Shushi overnight; no "
     "casualties were reported.", "Martuni and Shushi"),
    ("Seven people were killed in Deir al-Balah, hospital officials said.", "Deir al-Balah"),
    ("Fifteen Palestinians were killed in Gaza and the West Bank.", "Gaza and the West Bank"),
    ("12 people were killed in the Gaza Strip, Hamas said.", "Gaza Strip"),
    ("Five people were killed in Ukraine's Donetsk region, officials said.", "Ukraine's Donetsk region"),
    ("At least 20 people were killed in Khan Younis in southern Gaza.", "Khan Younis"),
    ("An air strike on a market in Togoga, in Ethiopia's Tigray region, killed 64 people.", "Togoga"),
    ("Soldiers executed 223 villagers in two villages in the northern Yatenga province.",
     "northern Yatenga province"),
    ("Two civilians were killed in Aleppo city, a source told SANA.", "Aleppo city"),
    ("Air strikes on Idlib province killed 9 civilians, rescue workers said.", "Idlib province"),
    ("Paramilitary attacks on the village of Wad al-Noura killed at least 104 people.", "Wad al-Noura"),
    ("Five people were killed when rockets hit the centre of Belgorod on Saturday.", "centre of Belgorod"),
    ("The rebels' shelling of Omdurman killed dozens of citizens.", "Omdurman"),
    ("In Kharkiv, 12 people were killed and 30 wounded.", "Kharkiv"),
    ("The attack killed 12 in Kharkiv, Ukraine's second-largest city.", "Kharkiv"),
    ("Officials in Kyiv said 12 people were killed in Kharkiv.", "Kharkiv"),
    ("12 people were killed in the Democratic Republic of the Congo last year.", "Democratic Republic of the Congo"),
    ("Attacks by the Allied Democratic Forces (ADF) in Beni territory left 35 people dead.", "Beni territory"),
    ("The war in Gaza has killed 35,000 people, the Gaza Health Ministry said.", "Gaza"),
    ("A landmine blast in Sindh killed seven, police said.", "Sindh"),
    ("A shelling attack on the Sudanese city of Omdurman killed 15 civilians.", "Omdurman"),
    ("The attack killed 26 people in the Kupiansk district of the Kharkiv region.", "Kupiansk district"),
    ("A strike on a school sheltering displaced people in Gaza City killed at least 30.", "Gaza City"),
    ("Taliban fighters killed 30 police in Kunduz and Baghlan provinces last week.", "Kunduz and Baghlan provinces"),
    ("Two UN peacekeepers were killed in an attack in northern Mali, the mission said.", "northern Mali"),
    ("Boko Haram killed 37 farmers in Borno state in January.", "Borno state"),
    # refusals: no place
    ("40 people were killed in May.", None),
    ("In total, 300 people died.", None),
    ("Three hostages have died in captivity.", None),
    ("Twelve of the wounded later died in hospital.", None),
    ("Bodies were still being pulled from the rubble.", None),
    ("In 2023, 5,000 people were killed.", None),
    ("On Monday, 12 people were killed.", None),
    ("In Monday's attack 12 people were killed.", None),
    ("The number of staff killed in the UN has risen to 190.", None),
    ("President Putin said in an interview that 5,000 had died.", None),
    ("He said in Arabic that 12 were killed.", None),
    ("Five hostages have died in Hamas captivity.", None),
    ("12 people were killed in Israeli strikes.", None),
    ("Strikes on Hezbollah killed 30 fighters.", None),
    ("In April 2022 a strike on the Drama Theatre killed an estimated 600 people.", None),
    ("Dozens were killed in a strike on Al-Shifa Hospital.", None),
    ("Israel said 1,200 people were killed in the October 7 attack.", None),
    ("More than 200 were killed in Operation Protective Edge.", None),
    # refusals: where someone spoke, sits or holds people, not where the losses were
    ("He told reporters in Geneva that 300 civilians had been killed.", None),
    ("According to the Ministry of Health (MoH) in Gaza, 326 people were killed.", None),
    ("56 deaths were recorded, the head of the Norwegian Refugee Council in Sudan said.", None),
    ("195 captured Russian soldiers were being held in a camp in western Ukraine.", None),
    ("Its surgical teams in Al Mukalla had treated 412 weapon-wounded patients.", None),
    ("Nearly 10.7 million people are displaced in Sudan, and 2.1 million have crossed into neighbouring countries.",
     None),
    ("In Chad alone, some 600,000 refugees have arrived since the conflict began, UNHCR said.", None),
    ("At least 18 people died in Israeli custody, the group said.", None),
    ("The group recorded 310 fatalities, most of them in North Darfur.", None),
    # refusals: two places, or a place and a running total
    ("Russian strikes killed 12 people in Kharkiv and 5 in Odesa.", None),
    ("Strikes killed 11 in Kherson and officials in Odesa reported 4 dead in Odesa.", None),
    ("12 were killed in Mariupol and other cities.", None),
    ("Two soldiers were killed in southern Gaza, raising the army's toll in the ground operation to 174.", None),
    ("15 were killed in Gaza and Israel said it had struck 40 targets.", None),
    ("Fighting killed 40 in " + " ".join(["Kharkiv"] * 20) + ".", None),  # no place is that long a name
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "area"), AREAS)
def test_the_area_a_sentence_names(sentence, area):
    assert area_in(sentence) == area


def test_extraction_proposes_the_period_and_area_of_each_figure():
    text = (
        "At least 45 civilians were killed in Bahir Dar between 29 July and 3 August, the commission said. "
        "Since the war began in April 2023, more than 16,650 people have been killed in Sudan."
    )
    first, second = extract_figures(text, published_on=D(2023, 8, 10))
    assert (first.area, first.period_start, first.period_end) == ("Bahir Dar", D(2023, 7, 29), D(2023, 8, 3))
    assert (second.area, second.period_start, second.period_end) == ("Sudan", D(2023, 4, 1), D(2023, 8, 10))


def test_a_figure_whose_sentence_states_neither_proposes_neither():
    [candidate] = extract_figures("The ministry said 12 soldiers were killed.", published_on=D(2024, 6, 4))
    assert (candidate.area, candidate.period_start, candidate.period_end) == (None, None, None)
