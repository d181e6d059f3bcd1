"""Phrases and passages with their expected readings, shared by tests/test_parsing.py and bench/parsing.py.

Plain data, no Django and no pytest, so that the benchmark can import it too.
"""

import itertools

# phrase, qualifier, low, best, high, metric, population: read under the conservative convention.
CONSERVATIVE_CASES = [
    # exact: digits in every form
    ("5,000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("5000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("5 000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("5\u00a0000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("5\u202f000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("5.000 deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("1.200.000 people displaced", "exact", 1200000, 1200000, 1200000, "displaced", "all"),
    ("1,234,567 people displaced", "exact", 1234567, 1234567, 1234567, "displaced", "all"),
    ("1.2 million refugees", "exact", 1200000, 1200000, 1200000, "displaced", "all"),
    ("2.5 million refugees", "exact", 2500000, 2500000, 2500000, "displaced", "all"),
    ("2.5 thousand soldiers", "exact", 2500, 2500, 2500, None, "military"),
    ("5 thousand deaths", "exact", 5000, 5000, 5000, "killed", "all"),
    ("2.500 million people have fled", "exact", 2500000, 2500000, 2500000, "displaced", "all"),
    ("5,000", "exact", 5000, 5000, 5000, None, "all"),
    ("12", "exact", 12, 12, 12, None, "all"),
    # exact: numbers in words
    ("twenty-three civilians were killed", "exact", 23, 23, 23, "killed", "civilian"),
    ("forty-five civilians were killed", "exact", 45, 45, 45, "killed", "civilian"),
    ("Ninety-nine soldiers", "exact", 99, 99, 99, None, "military"),
    ("one hundred and twelve civilians", "exact", 112, 112, 112, None, "civilian"),
    ("three hundred and forty-five casualties", "exact", 345, 345, 345, "casualties", "all"),
    ("five thousand people", "exact", 5000, 5000, 5000, None, "all"),
    ("twelve thousand five hundred refugees", "exact", 12500, 12500, 12500, "displaced", "all"),
    ("one thousand two hundred deaths", "exact", 1200, 1200, 1200, "killed", "all"),
    ("a hundred people were wounded", "exact", 100, 100, 100, "wounded", "all"),
    ("a thousand soldiers", "exact", 1000, 1000, 1000, None, "military"),
    ("a million refugees", "exact", 1000000, 1000000, 1000000, "displaced", "all"),
    ("a dozen soldiers were captured", "exact", 12, 12, 12, "captured", "military"),
    ("two dozen people are missing", "exact", 24, 24, 24, "missing", "all"),
    ("Twelve soldiers died", "exact", 12, 12, 12, "killed", "military"),
    ("zero casualties", "exact", 0, 0, 0, "casualties", "all"),
    # exact: cues
    ("exactly 17 fighters died", "exact", 17, 17, 17, "killed", "military"),
    ("a total of 1,250 prisoners", "exact", 1250, 1250, 1250, "captured", "all"),
    ("A total of 40 fatalities", "exact", 40, 40, 40, "killed", "all"),
    # every metric cue, in front of or after the number
    ("12 killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 dead", "exact", 12, 12, 12, "killed", "all"),
    ("45 bodies", "exact", 45, 45, 45, "killed", "all"),
    ("30 fatalities", "exact", 30, 30, 30, "killed", "all"),
    ("one fatality", "exact", 1, 1, 1, "killed", "all"),
    ("one death", "exact", 1, 1, 1, "killed", "all"),
    ("17 lives", "exact", 17, 17, 17, "killed", "all"),
    ("one person was killed", "exact", 1, 1, 1, "killed", "all"),
    ("one soldier died", "exact", 1, 1, 1, "killed", "military"),
    ("one civilian was injured", "exact", 1, 1, 1, "wounded", "civilian"),
    ("12 people perished", "exact", 12, 12, 12, "killed", "all"),
    ("12 people lost their lives", "exact", 12, 12, 12, "killed", "all"),
    ("killed 12 soldiers", "exact", 12, 12, 12, "killed", "military"),
    ("killing 12 people", "exact", 12, 12, 12, "killed", "all"),
    ("wounded 30", "exact", 30, 30, 30, "wounded", "all"),
    ("wounding 30 civilians", "exact", 30, 30, 30, "wounded", "civilian"),
    ("injured 9", "exact", 9, 9, 9, "wounded", "all"),
    ("injuring 9 people", "exact", 9, 9, 9, "wounded", "all"),
    ("captured 14 servicemen", "exact", 14, 14, 14, "captured", "military"),
    ("capturing 14 soldiers", "exact", 14, 14, 14, "captured", "military"),
    ("displaced 4,000 residents", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("displacing 4,000 villagers", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("30 wounded", "exact", 30, 30, 30, "wounded", "all"),
    ("30 injured", "exact", 30, 30, 30, "wounded", "all"),
    ("30 people were hurt", "exact", 30, 30, 30, "wounded", "all"),
    ("30 injuries", "exact", 30, 30, 30, "wounded", "all"),
    ("30 wounded soldiers", "exact", 30, 30, 30, "wounded", "military"),
    ("12 casualties", "exact", 12, 12, 12, "casualties", "all"),
    ("one casualty", "exact", 1, 1, 1, "casualties", "all"),
    ("12 soldiers were killed or wounded", "exact", 12, 12, 12, "casualties", "military"),
    ("12 killed and wounded", "exact", 12, 12, 12, "casualties", "all"),
    ("12 dead or injured", "exact", 12, 12, 12, "casualties", "all"),
    ("12 killed or injured", "exact", 12, 12, 12, "casualties", "all"),
    ("12 people were killed and injured", "exact", 12, 12, 12, "casualties", "all"),
    ("12 dead or wounded", "exact", 12, 12, 12, "casualties", "all"),
    ("12 dead and wounded", "exact", 12, 12, 12, "casualties", "all"),
    ("12 dead and injured", "exact", 12, 12, 12, "casualties", "all"),
    ("12 people are missing", "exact", 12, 12, 12, "missing", "all"),
    ("12 people went missing", "exact", 12, 12, 12, "missing", "all"),
    ("12 missing", "exact", 12, 12, 12, "missing", "all"),
    ("14 prisoners of war", "exact", 14, 14, 14, "captured", "all"),
    ("14 POWs", "exact", 14, 14, 14, "captured", "all"),
    ("14 prisoners", "exact", 14, 14, 14, "captured", "all"),
    ("14 soldiers were taken prisoner", "exact", 14, 14, 14, "captured", "military"),
    ("14 soldiers taken captive", "exact", 14, 14, 14, "captured", "military"),
    ("14 fighters were captured", "exact", 14, 14, 14, "captured", "military"),
    ("4,000 people fled", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("4,000 people have fled", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("4,000 people fleeing", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("4,000 refugees", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("one refugee", "exact", 1, 1, 1, "displaced", "all"),
    ("4,000 displaced people", "exact", 4000, 4000, 4000, "displaced", "all"),
    ("4,000 people were displaced", "exact", 4000, 4000, 4000, "displaced", "all"),
    # tolls and other cues before the number
    ("the death toll rose to 45", "exact", 45, 45, 45, "killed", "all"),
    ("the death toll has risen to 45", "exact", 45, 45, 45, "killed", "all"),
    ("a death toll of 45", "exact", 45, 45, 45, "killed", "all"),
    ("the civilian death toll stood at 45", "exact", 45, 45, 45, "killed", "civilian"),
    ("the casualty toll reached 80", "exact", 80, 80, 80, "casualties", "all"),
    ("the death toll from the strike on the market has risen to 45", "exact", 45, 45, 45, "killed", "all"),
    ("the death toll rose from 12 to 45", "exact", 45, 45, 45, "killed", "all"),
    ("claimed the lives of 30 civilians", "exact", 30, 30, 30, "killed", "civilian"),
    ("the deaths of 112 civilians", "exact", 112, 112, 112, "killed", "civilian"),
    # every population cue
    ("12 civilians were killed", "exact", 12, 12, 12, "killed", "civilian"),
    ("12 soldiers were killed", "exact", 12, 12, 12, "killed", "military"),
    ("12 servicemen died", "exact", 12, 12, 12, "killed", "military"),
    ("one serviceman died", "exact", 1, 1, 1, "killed", "military"),
    ("12 service members were wounded", "exact", 12, 12, 12, "wounded", "military"),
    ("12 troops were killed", "exact", 12, 12, 12, "killed", "military"),
    ("12 military personnel were killed", "exact", 12, 12, 12, "killed", "military"),
    ("12 fighters were captured", "exact", 12, 12, 12, "captured", "military"),
    ("12 combatants died", "exact", 12, 12, 12, "killed", "military"),
    ("12 civilian deaths", "exact", 12, 12, 12, "killed", "civilian"),
    ("12 military deaths", "exact", 12, 12, 12, "killed", "military"),
    ("12 civilian casualties", "exact", 12, 12, 12, "casualties", "civilian"),
    ("12 soldiers and civilians were killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 Armenian servicemen", "exact", 12, 12, 12, None, "military"),
    ("12 Azerbaijani soldiers were killed", "exact", 12, 12, 12, "killed", "military"),
    ("12 children were killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 residents were injured", "exact", 12, 12, 12, "wounded", "all"),
    # what comes between the number and the verb
    ("12 more people were killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 of them were killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 were killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 people were reportedly killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 people have been killed", "exact", 12, 12, 12, "killed", "all"),
    ("12 people were confirmed dead", "exact", 12, 12, 12, "killed", "all"),
    ("12 people were found dead", "exact", 12, 12, 12, "killed", "all"),
    ("12 people were killed on Sept. 27", "exact", 12, 12, 12, "killed", "all"),
    ("12 soldiers and 3 civilians were killed", "exact", 12, 12, 12, "killed", "military"),
    ("5,000 on both sides were killed", "exact", 5000, 5000, 5000, "killed", "all"),
    # zero
    ("no casualties", "exact", 0, 0, 0, "casualties", "all"),
    ("no casualties were reported", "exact", 0, 0, 0, "casualties", "all"),
    ("no deaths", "exact", 0, 0, 0, "killed", "all"),
    ("no fatalities", "exact", 0, 0, 0, "killed", "all"),
    ("no injuries", "exact", 0, 0, 0, "wounded", "all"),
    ("no civilian casualties", "exact", 0, 0, 0, "casualties", "civilian"),
    ("no civilians were killed", "exact", 0, 0, 0, "killed", "civilian"),
    ("no soldiers were captured", "exact", 0, 0, 0, "captured", "military"),
    ("No prisoners were taken", "exact", 0, 0, 0, "captured", "all"),
    ("nobody was killed", "exact", 0, 0, 0, "killed", "all"),
    ("nobody was hurt", "exact", 0, 0, 0, "wounded", "all"),
    ("no one was killed", "exact", 0, 0, 0, "killed", "all"),
    ("No one was injured", "exact", 0, 0, 0, "wounded", "all"),
    ("no-one was wounded", "exact", 0, 0, 0, "wounded", "all"),
    ("none of the soldiers were killed", "exact", 0, 0, 0, "killed", "military"),
    ("none of the crew were hurt", "exact", 0, 0, 0, "wounded", "all"),
    # approximate
    ("about 300 people were killed", "approximate", None, 300, None, "killed", "all"),
    ("About 300 deaths", "approximate", None, 300, None, "killed", "all"),
    ("around 300 deaths", "approximate", None, 300, None, "killed", "all"),
    ("approximately 300 casualties", "approximate", None, 300, None, "casualties", "all"),
    ("roughly 300 civilians were wounded", "approximate", None, 300, None, "wounded", "civilian"),
    ("some 300 soldiers", "approximate", None, 300, None, None, "military"),
    ("Some 12 were killed", "approximate", None, 12, None, "killed", "all"),
    ("an estimated 2,500 people were wounded", "approximate", None, 2500, None, "wounded", "all"),
    ("nearly 1,000 deaths", "approximate", None, 1000, None, "killed", "all"),
    ("almost 1,000 people fled", "approximate", None, 1000, None, "displaced", "all"),
    ("close to 1,000 fatalities", "approximate", None, 1000, None, "killed", "all"),
    ("nearly two dozen people were still missing", "approximate", None, 24, None, "missing", "all"),
    ("about a hundred people were injured", "approximate", None, 100, None, "wounded", "all"),
    ("30 or so people were killed", "approximate", None, 30, None, "killed", "all"),
    # at least
    ("at least 12 civilians were killed", "at_least", 12, 12, None, "killed", "civilian"),
    ("At least 12 people died", "at_least", 12, 12, None, "killed", "all"),
    ("at least one person was killed", "at_least", 1, 1, None, "killed", "all"),
    ("at least a dozen soldiers were wounded", "at_least", 12, 12, None, "wounded", "military"),
    ("no fewer than 2.5 thousand rebel fighters killed", "at_least", 2500, 2500, None, "killed", "military"),
    ("not fewer than 40 soldiers", "at_least", 40, 40, None, None, "military"),
    ("not less than 40 deaths", "at_least", 40, 40, None, "killed", "all"),
    ("a minimum of 40 fatalities", "at_least", 40, 40, None, "killed", "all"),
    ("12 or more people were killed", "at_least", 12, 12, None, "killed", "all"),
    ("wounded at least 30 children", "at_least", 30, 30, None, "wounded", "all"),
    # more than
    ("more than 90,000 people have fled", "more_than", 90001, None, None, "displaced", "all"),
    ("More than 300 soldiers died", "more_than", 301, None, None, "killed", "military"),
    ("over 300 people were killed", "more_than", 301, None, None, "killed", "all"),
    ("upwards of 300 casualties", "more_than", 301, None, None, "casualties", "all"),
    ("in excess of 1,000 deaths", "more_than", 1001, None, None, "killed", "all"),
    ("exceeding 1,000 deaths", "more_than", 1001, None, None, "killed", "all"),
    ("more than a dozen civilians were injured", "more_than", 13, None, None, "wounded", "civilian"),
    ("more than two dozen people", "more_than", 25, None, None, None, "all"),
    ("over a thousand refugees", "more_than", 1001, None, None, "displaced", "all"),
    (
        "more than 1.2 million people have been displaced",
        "more_than",
        1200001,
        None,
        None,
        "displaced",
        "all",
    ),
    # at most
    ("up to 5,000 deaths", "at_most", None, None, 5000, "killed", "all"),
    ("as many as 5,000 deaths", "at_most", None, None, 5000, "killed", "all"),
    ("as many as 5,000", "at_most", None, None, 5000, None, "all"),
    (
        "Russia has estimated as many as 5,000 deaths on both sides",
        "at_most",
        None,
        None,
        5000,
        "killed",
        "all",
    ),
    ("at most 3,000 people were displaced", "at_most", None, None, 3000, "displaced", "all"),
    (
        "no more than 300 soldiers were killed or wounded",
        "at_most",
        None,
        None,
        300,
        "casualties",
        "military",
    ),
    ("not more than 300 casualties", "at_most", None, None, 300, "casualties", "all"),
    ("a maximum of 300 prisoners", "at_most", None, None, 300, "captured", "all"),
    ("up to 5 000 people fled", "at_most", None, None, 5000, "displaced", "all"),
    # fewer than
    ("fewer than 20 fighters had been captured", "fewer_than", None, None, 19, "captured", "military"),
    ("less than 20 deaths", "fewer_than", None, None, 19, "killed", "all"),
    ("under 30 civilians were hurt", "fewer_than", None, None, 29, "wounded", "civilian"),
    ("fewer than a dozen casualties", "fewer_than", None, None, 11, "casualties", "all"),
    # range
    ("between 300 and 400 people were killed", "range", 300, None, 400, "killed", "all"),
    ("Between 300 and 400 deaths", "range", 300, None, 400, "killed", "all"),
    ("from 300 to 400 casualties", "range", 300, None, 400, "casualties", "all"),
    ("300 to 400 civilians were wounded", "range", 300, None, 400, "wounded", "civilian"),
    ("300–400 dead", "range", 300, None, 400, "killed", "all"),
    ("300-400 dead", "range", 300, None, 400, "killed", "all"),
    ("300 - 400 dead", "range", 300, None, 400, "killed", "all"),
    ("300—400 dead", "range", 300, None, 400, "killed", "all"),
    ("12 to 15 soldiers were killed", "range", 12, None, 15, "killed", "military"),
    ("two or three soldiers were killed", "range", 2, None, 3, "killed", "military"),
    ("between two and three thousand people fled", "range", 2000, None, 3000, "displaced", "all"),
    ("between 2 and 3 million refugees", "range", 2000000, None, 3000000, "displaced", "all"),
    ("between one hundred and two hundred people", "range", 100, None, 200, None, "all"),
    # vague
    ("a few people were injured", "vague", 2, None, None, "wounded", "all"),
    ("several soldiers were killed", "vague", 3, None, None, "killed", "military"),
    ("tens of people were wounded", "vague", 10, None, None, "wounded", "all"),
    ("dozens of civilians were killed", "vague", 12, None, None, "killed", "civilian"),
    ("Dozens were killed", "vague", 12, None, None, "killed", "all"),
    ("scores of villagers were missing", "vague", 20, None, None, "missing", "all"),
    ("hundreds of people were killed", "vague", 100, None, None, "killed", "all"),
    ("thousands of people fled", "vague", 1000, None, None, "displaced", "all"),
    ("thousands of people", "vague", 1000, None, None, None, "all"),
    ("killed thousands of people", "vague", 1000, None, None, "killed", "all"),
    ("tens of thousands of people have been displaced", "vague", 10000, None, None, "displaced", "all"),
    ("hundreds of thousands of refugees", "vague", 100000, None, None, "displaced", "all"),
    ("millions of people have fled", "vague", 1000000, None, None, "displaced", "all"),
    ("several hundred civilians were injured", "vague", 300, None, None, "wounded", "civilian"),
    ("a few thousand people fled", "vague", 2000, None, None, "displaced", "all"),
    ("a few hundred soldiers", "vague", 200, None, None, None, "military"),
    ("several thousand troops", "vague", 3000, None, None, None, "military"),
    ("several dozen people were killed", "vague", 36, None, None, "killed", "all"),
    ("a few dozen fighters", "vague", 24, None, None, None, "military"),
    ("several hundred thousand people have fled", "vague", 300000, None, None, "displaced", "all"),
    # unquantified
    ("a large number of bodies", "unquantified", None, None, None, "killed", "all"),
    ("large numbers of civilians were killed", "unquantified", None, None, None, "killed", "civilian"),
    ("a great number of soldiers were wounded", "unquantified", None, None, None, "wounded", "military"),
    ("a significant number of casualties", "unquantified", None, None, None, "casualties", "all"),
    ("a number of people were injured", "unquantified", None, None, None, "wounded", "all"),
    ("a great many people fled", "unquantified", None, None, None, "displaced", "all"),
    ("many were killed", "unquantified", None, None, None, "killed", "all"),
    ("many civilians died", "unquantified", None, None, None, "killed", "civilian"),
    ("many civilians", "unquantified", None, None, None, None, "civilian"),
    ("so many people died", "unquantified", None, None, None, "killed", "all"),
    ("numerous soldiers were captured", "unquantified", None, None, None, "captured", "military"),
    ("countless civilians were killed", "unquantified", None, None, None, "killed", "civilian"),
    ("heavy casualties", "unquantified", None, None, None, "casualties", "all"),
    ("heavy civilian casualties", "unquantified", None, None, None, "casualties", "civilian"),
    ("mass casualties", "unquantified", None, None, None, "casualties", "all"),
    # casualty words and verb forms of real reporting (issue 15): headlines, martyrdom, victims, losses
    ("Strike kills 23", "exact", 23, 23, 23, "killed", "all"),
    ("Drones kill 5 civilians", "exact", 5, 5, 5, "killed", "civilian"),
    ("shelling wounds 28", "exact", 28, 28, 28, "wounded", "all"),
    ("Shelling injures 7 people", "exact", 7, 7, 7, "wounded", "all"),
    ("attacks injure 11 soldiers", "exact", 11, 11, 11, "wounded", "military"),
    ("the death of 353 citizens", "exact", 353, 353, 353, "killed", "all"),
    ("14 martyrs", "exact", 14, 14, 14, "killed", "all"),
    ("one martyr", "exact", 1, 1, 1, "killed", "all"),
    ("Twelve people were martyred", "exact", 12, 12, 12, "killed", "all"),
    ("14 victims", "exact", 14, 14, 14, "casualties", "all"),
    ("three civilian victims", "exact", 3, 3, 3, "casualties", "civilian"),
    ("1,200 losses", "exact", 1200, 1200, 1200, "casualties", "all"),
    ("losses of 80,000 to 100,000 people", "range", 80000, None, 100000, "casualties", "all"),
    ("summarily executed at least 223 villagers", "at_least", 223, 223, None, "killed", "all"),
    ("the killing of at least 28 men", "at_least", 28, 28, None, "killed", "all"),
    ("41 hospitalised", "exact", 41, 41, 41, "wounded", "all"),
    ("12 people were hospitalized", "exact", 12, 12, 12, "wounded", "all"),
    ("Some 250 people were taken hostage", "approximate", None, 250, None, "captured", "all"),
    ("240 hostages", "exact", 240, 240, 240, "captured", "all"),
    ("More than 76,000 people have been evacuated", "more_than", 76001, None, None, "displaced", "all"),
    ("Some 724,000 people were expelled", "approximate", None, 724000, None, "displaced", "all"),
    ("have lost 16 servicemen", "exact", 16, 16, 16, "casualties", "military"),
    (
        "10.7 million people are internally displaced",
        "exact",
        10700000,
        10700000,
        10700000,
        "displaced",
        "all",
    ),
    # the words of bulletins and communiqués, and what a one-person noun after a casualty verb counts
    ("About 50 assailants were 'neutralised'", "approximate", None, 50, None, "killed", "military"),
    ("12 insurgents were neutralized", "exact", 12, 12, 12, "killed", "military"),
    ("Around 2,500 defenders surrendered", "approximate", None, 2500, None, "captured", "military"),
    (
        "at least 3,500 Ukrainians remained in Russian captivity",
        "at_least",
        3500,
        3500,
        None,
        "captured",
        "all",
    ),
    ("40 prisoners still in captivity", "exact", 40, 40, 40, "captured", "all"),
    ("evacuate 120 residents", "exact", 120, 120, 120, "displaced", "all"),
    (
        "2.1 million have crossed into neighbouring countries",
        "exact",
        2100000,
        2100000,
        2100000,
        "displaced",
        "all",
    ),
    ("870 personnel killed and wounded", "exact", 870, 870, 870, "casualties", "military"),
    ("9 medical personnel were killed", "exact", 9, 9, 9, "killed", "civilian"),
    ("4 health personnel injured", "exact", 4, 4, 4, "wounded", "civilian"),
    ("3 humanitarian personnel were abducted and taken hostage", "exact", 3, 3, 3, "captured", "civilian"),
    ("1,500 Hamas militants had been killed", "exact", 1500, 1500, 1500, "killed", "military"),
    ("7 attackers were killed", "exact", 7, 7, 7, "killed", "military"),
    ("five gunmen died", "exact", 5, 5, 5, "killed", "military"),
    ("killed five members of the armed forces", "exact", 5, 5, 5, "killed", "military"),
    ("412 weapon-wounded patients", "exact", 412, 412, 412, "wounded", "all"),
    ("four UNRWA staff members were killed", "exact", 4, 4, 4, "killed", "all"),
    ("9 aid workers had been killed", "exact", 9, 9, 9, "killed", "all"),
    ("7 health workers were injured", "exact", 7, 7, 7, "wounded", "all"),
    ("3 workers died", "exact", 3, 3, 3, "killed", "all"),
    ("killing a woman", "exact", 1, 1, 1, "killed", "all"),
    ("a child was killed", "exact", 1, 1, 1, "killed", "all"),
    (
        "Total enemy personnel losses have reached about 305,000",
        "approximate",
        None,
        305000,
        None,
        "casualties",
        "military",
    ),
    (
        "losses in the Avdeyevka direction amounted to up to 395 servicemen",
        "at_most",
        None,
        None,
        395,
        "casualties",
        "military",
    ),
    ("civilian deaths stood at 812", "exact", 812, 812, 812, "killed", "civilian"),
    # both harms at once are casualties; whose losses an adjective says
    ("killing and wounding dozens of citizens", "vague", 12, None, None, "casualties", "all"),
    ("killing or wounding 40 people", "exact", 40, 40, 40, "casualties", "all"),
    ("killing and injuring 9", "exact", 9, 9, 9, "casualties", "all"),
    ("killing or injuring 300 civilians", "exact", 300, 300, 300, "casualties", "civilian"),
    ("killed or injured 1,052 people", "exact", 1052, 1052, 1052, "casualties", "all"),
    ("killed and wounded 60", "exact", 60, 60, 60, "casualties", "all"),
    ("enemy losses amounted to 1,130", "exact", 1130, 1130, 1130, "casualties", "military"),
    ("the army's death toll rose to 174", "exact", 174, 174, 174, "killed", "military"),
    ("the military's death toll reached 90", "exact", 90, 90, 90, "killed", "military"),
    ("12 more of its soldiers had been killed", "exact", 12, 12, 12, "killed", "military"),
    (
        "Russian military losses were officially put at 5,732 dead",
        "exact",
        5732,
        5732,
        5732,
        "killed",
        "military",
    ),
    ("three wounded soldiers were evacuated", "exact", 3, 3, 3, "wounded", "military"),
    # communiqués, rights groups and tracking reports
    ('"dozens of terrorists" were eliminated', "vague", 12, None, None, "killed", "military"),
    ("massacred 35,170 innocent people", "exact", 35170, 35170, 35170, "killed", "all"),
    ("Army Massacres Over 200 Villagers", "more_than", 201, None, None, "killed", "all"),
    ("the massacre of 300 villagers", "exact", 300, 300, 300, "killed", "all"),
    ("Some 118,500 people were forcibly disappeared", "approximate", None, 118500, None, "missing", "all"),
    ("a further 17 men are still unaccounted for", "exact", 17, 17, 17, "missing", "all"),
    (
        "some 7,800 American servicemen remain listed as missing in action",
        "approximate",
        None,
        7800,
        None,
        "missing",
        "military",
    ),
    ("70 or 80,000 civilians were abducted", "range", 70000, None, 80000, "captured", "civilian"),
    ("kidnapped 40 schoolchildren", "exact", 40, 40, 40, "captured", "all"),
    ("12 journalists were detained", "exact", 12, 12, 12, "captured", "all"),
    ("more than 21,000 remain in detention", "more_than", 21001, None, None, "captured", "all"),
    ("9 aid workers are held hostage", "exact", 9, 9, 9, "captured", "all"),
    ("2,119 people crossed the border", "exact", 2119, 2119, 2119, "displaced", "all"),
    ("more than 12 million uprooted", "more_than", 12000001, None, None, "displaced", "all"),
    ("two officers were killed", "exact", 2, 2, 2, "killed", "military"),
    ("5 police officers were wounded", "exact", 5, 5, 5, "wounded", "all"),
    ("19 militiamen died", "exact", 19, 19, 19, "killed", "military"),
    ("Two of the wounded later succumbed", "exact", 2, 2, 2, "killed", "all"),
    ("11 peacekeepers were killed", "exact", 11, 11, 11, "killed", "military"),
    ("Fourteen citizens were martyred", "exact", 14, 14, 14, "killed", "all"),
    # killings as wire copy words them, and adverbs between the auxiliary and the verb
    ("Three Palestinians were shot dead", "exact", 3, 3, 3, "killed", "all"),
    ("troops shot dead three Palestinians", "exact", 3, 3, 3, "killed", "all"),
    ("5 villagers were gunned down", "exact", 5, 5, 5, "killed", "all"),
    ("12 people burned to death", "exact", 12, 12, 12, "killed", "all"),
    ("4 workers were crushed to death", "exact", 4, 4, 4, "killed", "all"),
    ("two hostages were beheaded", "exact", 2, 2, 2, "killed", "all"),
    ("30 civilians were slain", "exact", 30, 30, 30, "killed", "civilian"),
    ("Three soldiers were seriously wounded", "exact", 3, 3, 3, "wounded", "military"),
    ("Three hostages were mistakenly killed", "exact", 3, 3, 3, "killed", "all"),
    ("killing all 298 people on board", "exact", 298, 298, 298, "killed", "all"),
    # a fraction of a scale
    ("half a million dead", "exact", 500000, 500000, 500000, "killed", "all"),
    ("Nearly a quarter of a million people fled", "approximate", None, 250000, None, "displaced", "all"),
    (
        "one and a half million people had been displaced",
        "exact",
        1500000,
        1500000,
        1500000,
        "displaced",
        "all",
    ),
    ("three quarters of a million refugees", "exact", 750000, 750000, 750000, "displaced", "all"),
    ("19 members of regime forces killed", "exact", 19, 19, 19, "killed", "military"),
    ("the death of 19 members of the armed group", "exact", 19, 19, 19, "killed", "military"),
    (
        "Chinese sources estimate Chinese dead at 400,000 or more",
        "at_least",
        400000,
        400000,
        None,
        "killed",
        "all",
    ),
]

# The literal convention changes only the floors of plural magnitudes.
LITERAL_CASES = [
    ("tens of people were wounded", "vague", 20, None, None, "wounded", "all"),
    ("dozens of civilians were killed", "vague", 24, None, None, "killed", "civilian"),
    ("scores of villagers were missing", "vague", 40, None, None, "missing", "all"),
    ("hundreds of people were killed", "vague", 200, None, None, "killed", "all"),
    ("thousands of people fled", "vague", 2000, None, None, "displaced", "all"),
    ("killed thousands of people", "vague", 2000, None, None, "killed", "all"),
    ("tens of thousands of people have been displaced", "vague", 20000, None, None, "displaced", "all"),
    ("hundreds of thousands of refugees", "vague", 200000, None, None, "displaced", "all"),
    ("millions of people have fled", "vague", 2000000, None, None, "displaced", "all"),
    ("a few people were injured", "vague", 2, None, None, "wounded", "all"),
    ("several soldiers were killed", "vague", 3, None, None, "killed", "military"),
    ("several hundred civilians were injured", "vague", 300, None, None, "wounded", "civilian"),
    ("a few thousand people fled", "vague", 2000, None, None, "displaced", "all"),
    ("several dozen people were killed", "vague", 36, None, None, "killed", "all"),
    ("as many as 5,000 deaths", "at_most", None, None, 5000, "killed", "all"),
    ("more than 300 soldiers died", "more_than", 301, None, None, "killed", "military"),
    ("between 300 and 400 people were killed", "range", 300, None, 400, "killed", "all"),
    ("five thousand people", "exact", 5000, 5000, 5000, None, "all"),
    ("no casualties", "exact", 0, 0, 0, "casualties", "all"),
    ("a large number of bodies", "unquantified", None, None, None, "killed", "all"),
]

# Not casualty figures: parse_figure must refuse every one.
NOT_FIGURES = [
    # a child's age; the base of a share; years after a casualty verb; households
    "a child of 5 was hurt",
    # years that name an event, ages between commas, a unit's or a road's number, equipment with a model number
    "The 2022 invasion killed",
    "The 1980-1988 war killed",
    "A man, 67, was killed",
    "aged 18 to 25",
    "Brigade 47 lost",
    "near kilometre 45 killed",
    "lost two Leopard 2 tanks",
    "50 people were killed each week",
    "90% of the enclave's 2.3 million people have been displaced",
    "were killed between 1985 and 2018",
    "about 3,000 families had fled",
    # dates
    "27 September 2020",
    "September 27",
    "Sept. 27",
    "Sept 27, 2020",
    "on 3 October",
    "2020-11-05",
    "05/11/2020",
    "September 2020",
    # times
    "10:30",
    "10 a.m.",
    "at 6 p.m.",
    # years
    "in 2020",
    "since 1994",
    "by 2021",
    "2020",
    "1992-1994",
    "the 2020 war",
    # ages
    "a 12-year-old",
    "a 45-year-old volunteer",
    "aged 45",
    "45 years old",
    "children under 5",
    # durations
    "six weeks",
    "44 days",
    "the 44-day war",
    "over two days",
    "48 hours",
    "several weeks",
    "a few days",
    "for three months",
    # counts of things
    "one armored vehicle, one truck",
    "one truck",
    "three drones",
    "12 villages",
    "the two cease-fires",
    "40 homes",
    "14 tanks",
    "9 missiles",
    "300 shells",
    "12 strikes",
    "5 km",
    "dozens of houses",
    # ordinals
    "the second cease-fire",
    "3rd",
    "the 3rd brigade",
    # percentages
    "40%",
    "40 percent",
    "30 per cent",
    # ratios
    "one in five",
    "2 out of 3",
    # money
    "$5 million",
    "300 euros",
    "€300",
    # no number and no cue
    "",
    "the war",
    "many",
    "as many as possible",
    "no evidence",
    "no reports of shelling",
    "2.5",
]


# News passages written for these tests; the first follows the worked example of DESIGN.md (RFE/RL,
# 2020-11-05), the others are invented places and parties in the same style.
PASSAGES = {
    "nagorno_karabakh": """\
Azerbaijani forces pressed toward the strategic town of Shushi on November 5, as fighting over Nagorno-Karabakh entered its sixth week and both sides accused each other of shelling towns far from the front line.

The war, which broke out on Sept. 27, is thought to have killed thousands of people, including many civilians. Russia has estimated as many as 5,000 deaths on both sides. Three cease-fires brokered by Russia, France and the United States have each collapsed within days, and the fighting has now lasted six weeks.

The Nagorno-Karabakh authorities said Azerbaijani artillery had struck Martuni and Shushi overnight, but no casualties were reported.

The region's de facto Defense Ministry said its units had repelled an assault near Martuni, adding that the attackers retreated after leaving behind one armored vehicle, one truck and a large number of bodies. Azerbaijan's Defense Ministry rejected that account and said its forces had shot down two drones.

The mountainous enclave has been under the control of ethnic Armenian forces since 1994, when an earlier war ended with a Russian-brokered truce.

With reporting by Interfax and TASS
""",
    "displacement": """\
More than 90,000 people have fled the Kessel valley since the government offensive began in March, according to the UN refugee agency. Most crossed the river at night, and aid workers said the reception centres in Dorn were already at 140 percent of capacity.

The agency said tens of thousands of people were still sheltering in schools and mosques near the border, and warned that the $25 million it had requested would last only six weeks.

Local officials told reporters on Tuesday that a 12-year-old girl was among the dead after a shell hit a bus at 10:30 in the morning. Between 300 and 400 people were killed in the first month of the offensive, the provincial health department estimated, while several hundred civilians were injured.

The army, which says it has destroyed 14 rebel positions and 3 tanks since 2021, claimed that fewer than 20 fighters had been captured. Rebel commanders put their own losses at "a few dozen" and said nobody was taken prisoner.
""",
    "market_strike": """\
The death toll from Saturday's missile strike on the central market in Varna has risen to 45, the regional governor said on Sunday. Twelve soldiers and three civilians were also killed in a separate attack on a checkpoint north of the city, he added.

Emergency services said rescuers had pulled 17 bodies from the rubble and that at least 60 people were taken to hospital. The strike, the second on the city in a week, wounded at least 30 children, according to a hospital director, and damaged 40 homes and 2 schools.

"We have counted some 200 wounded so far," said Mira Halvorsen, a spokeswoman for the regional health office, who was 45 years old when she took the post in 2019.

The defence ministry said the missile was one of 12 launched at the region overnight and that its air defences had intercepted 9.
""",
    "prisoners": """\
Ostran and Maravian forces traded artillery fire along the whole front on Thursday, the heaviest fighting since the truce of 14 July.

Interfax, citing the press service of the Ostran army, reported that 14 Maravian servicemen had been taken prisoner near Lenka and that Maravian units had suffered heavy casualties. Maravia's Defense Ministry said the claim was "pure invention" and that none of its soldiers were captured.

The Defense Ministry's own figures, released late on Thursday, put the number of Maravian troops killed or wounded since the start of the offensive at "no more than 300". Ostran officials say the real figure is closer to 1,500.

Shelling of the border town of Ilz claimed the lives of 30 civilians, the town's mayor told state television, adding that nearly two dozen people were still missing. The mayor's estimate could not be independently verified.

Nearly 1.2 million people lived in the region before the war. About a third of them have since left, the regional administration says, and up to 5.000 homes have been damaged.
""",
    "monitoring_report": """\
In its report released on 3 October, the Humanitarian Monitoring Group said it had documented the deaths of one hundred and twelve civilians in Hadra province since the 44-day war began on 27 September 2020. Twenty-three of them were children, and a dozen were aged over 65.

The group's field teams counted five thousand people living in tents outside the city of Berk, and estimated that hundreds of thousands of people had fled their homes across the province. Almost 30 percent of the displaced are under 18, it said.

An estimated 2,500 people were wounded in the same period, the group said. Roughly a hundred of them needed surgery, and the only hospital in Berk, a 3rd-floor clinic with 40 beds, was hit at 6 p.m. on 9 October.

Government spokesman Karel Dvorin said on Friday that no civilians had been killed by government forces and that "exactly 17 militants" died in the operation.
""",
    "convoy": """\
A drone strike on a convoy near the village of Tarn killed 4 and wounded 9 early on Monday, local police said. A second strike an hour later on the road to Sel left 12 dead and 30 injured, among them several aid workers.

Rebel spokesman Idris Kale said government shelling had killed 12 fighters and 3 civilians in the hills above Tarn since 1 May, and that scores of villagers were missing. The government's tally, published on its website, lists no fewer than 2.5 thousand rebel fighters killed since the spring of 2022, a number the rebels dismissed as propaganda.

According to the Red Crescent, up to 5 000 people fled Tarn in the first 48 hours, most of them on foot. A 45-year-old volunteer said dozens of families were sleeping in the open.

The UN humanitarian office's estimate is more cautious: it says at most 3,000 people were displaced, and that a few hundred had already returned.
""",
}


def long_article(words: int = 5000) -> str:
    """Return an article of at least `words` words: the passages, one after another, over and over."""
    paragraphs: list[str] = []
    for passage in itertools.cycle(PASSAGES.values()):
        if sum(len(paragraph.split()) for paragraph in paragraphs) >= words:
            return "\n\n".join(paragraphs)
        paragraphs.append(passage)
