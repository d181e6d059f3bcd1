"""Finding casualty figures in news text: what is proposed, where it stands, and who said it."""

import datetime as dt
from dataclasses import replace

import pytest

from claims.parsing import Figure, extract_figures, parse_figure
from tests.parsing_cases import PASSAGES, long_article

# Per passage, every figure the editor should be offered, in text order:
# phrase, qualifier, low, best, high, metric, population, originator.
EXPECTED = {
    "nagorno_karabakh": [
        ("killed thousands of people", "vague", 1000, None, None, "killed", "all", None),
        ("as many as 5,000 deaths", "at_most", None, None, 5000, "killed", "all", "Russia"),
        ("no casualties", "exact", 0, 0, 0, "casualties", "all", "The Nagorno-Karabakh authorities"),
        (
            "a large number of bodies",
            "unquantified",
            None,
            None,
            None,
            "killed",
            "all",
            "The region's de facto Defense Ministry",
        ),
    ],
    "displacement": [
        (
            "More than 90,000 people have fled",
            "more_than",
            90001,
            None,
            None,
            "displaced",
            "all",
            "the UN refugee agency",
        ),
        (
            "Between 300 and 400 people were killed",
            "range",
            300,
            None,
            400,
            "killed",
            "all",
            "the provincial health department",
        ),
        (
            "several hundred civilians were injured",
            "vague",
            300,
            None,
            None,
            "wounded",
            "civilian",
            "the provincial health department",
        ),
        (
            "fewer than 20 fighters had been captured",
            "fewer_than",
            None,
            None,
            19,
            "captured",
            "military",
            "The army",
        ),
        # "... put their own losses at ... and said": the speaker of a second verb is not traced.
        # "put ... at" credits its subject, and "and said" shares it.
        ("nobody was taken prisoner", "exact", 0, 0, 0, "captured", "all", "Rebel commanders"),
    ],
    "market_strike": [
        (
            "death toll from Saturday's missile strike on the central market in Varna has risen to 45",
            "exact",
            45,
            45,
            45,
            "killed",
            "all",
            "the regional governor",
        ),
        # "..., he added": the speaker named in the sentence before.
        ("Twelve soldiers", "exact", 12, 12, 12, "killed", "military", "the regional governor"),
        ("three civilians were also killed", "exact", 3, 3, 3, "killed", "civilian", "the regional governor"),
        ("17 bodies", "exact", 17, 17, 17, "killed", "all", "Emergency services"),
        (
            "wounded at least 30 children",
            "at_least",
            30,
            30,
            None,
            "wounded",
            "all",
            "a hospital director",
            "children",
        ),
        ("some 200 wounded", "approximate", None, 200, None, "wounded", "all", "Mira Halvorsen"),
    ],
    "prisoners": [
        (
            "14 Maravian servicemen had been taken prisoner",
            "exact",
            14,
            14,
            14,
            "captured",
            "military",
            "the press service of the Ostran army",
        ),
        (
            "heavy casualties",
            "unquantified",
            None,
            None,
            None,
            "casualties",
            "all",
            "the press service of the Ostran army",
        ),
        (
            "none of its soldiers were captured",
            "exact",
            0,
            0,
            0,
            "captured",
            "military",
            "Maravia's Defense Ministry",
        ),
        # "put the number ... at "no more than 300"" and "closer to 1,500" stand too far from a casualty word.
        ("the lives of 30 civilians", "exact", 30, 30, 30, "killed", "civilian", "the town's mayor"),
        (
            "nearly two dozen people were still missing",
            "approximate",
            None,
            24,
            None,
            "missing",
            "all",
            "the town's mayor",
        ),
    ],
    "monitoring_report": [
        (
            "the deaths of one hundred and twelve civilians",
            "exact",
            112,
            112,
            112,
            "killed",
            "civilian",
            "the Humanitarian Monitoring Group",
        ),
        # A part of the 112: killed civilians, by its own group.
        (
            "Twenty-three of them were children",
            "exact",
            23,
            23,
            23,
            "killed",
            "civilian",
            "the Humanitarian Monitoring Group",
            "children",
        ),
        (
            "hundreds of thousands of people had fled",
            "vague",
            100000,
            None,
            None,
            "displaced",
            "all",
            "The group's field teams",
        ),
        (
            "An estimated 2,500 people were wounded",
            "approximate",
            None,
            2500,
            None,
            "wounded",
            "all",
            "the Humanitarian Monitoring Group",  # "the group said": the group named before
        ),
        (
            "no civilians had been killed",
            "exact",
            0,
            0,
            0,
            "killed",
            "civilian",
            "Government spokesman Karel Dvorin",
        ),
        (
            'exactly 17 militants" died',
            "exact",
            17,
            17,
            17,
            "killed",
            "military",  # militants are the armed of one side
            "Government spokesman Karel Dvorin",
        ),
    ],
    "convoy": [
        ("killed 4", "exact", 4, 4, 4, "killed", "all", "local police"),
        ("wounded 9", "exact", 9, 9, 9, "wounded", "all", "local police"),
        # The sentence names no one: the police named just before, in the same paragraph (low confidence).
        ("12 dead", "exact", 12, 12, 12, "killed", "all", "local police"),
        ("30 injured", "exact", 30, 30, 30, "wounded", "all", "local police"),
        ("killed 12 fighters", "exact", 12, 12, 12, "killed", "military", "Rebel spokesman Idris Kale"),
        ("3 civilians", "exact", 3, 3, 3, "killed", "civilian", "Rebel spokesman Idris Kale"),
        (
            "scores of villagers were missing",
            "vague",
            20,
            None,
            None,
            "missing",
            "all",
            "Rebel spokesman Idris Kale",
        ),
        (
            "no fewer than 2.5 thousand rebel fighters killed",
            "at_least",
            2500,
            2500,
            None,
            "killed",
            "military",
            "The government",
        ),
        ("up to 5 000 people fled", "at_most", None, None, 5000, "displaced", "all", "the Red Crescent"),
        (
            "at most 3,000 people were displaced",
            "at_most",
            None,
            None,
            3000,
            "displaced",
            "all",
            "The UN humanitarian office",
        ),
    ],
}

# Per passage, numbers that are no casualty figure and must stand outside every proposed phrase.
NON_FIGURES = {
    "nagorno_karabakh": [
        "November 5",
        "Sept. 27",
        "Three cease-fires",
        "six weeks",
        "one armored vehicle",
        "one truck",
        "two drones",
        "since 1994",
    ],
    "displacement": [
        "in March",
        "140 percent",
        "$25 million",
        "six weeks",
        "a 12-year-old",
        "10:30",
        "14 rebel positions",
        "3 tanks",
        "since 2021",
        "tens of thousands of people were still sheltering",
    ],
    "market_strike": [
        "in a week",
        "40 homes",
        "2 schools",
        "45 years old",
        "in 2019",
        "one of 12 launched",
        "intercepted 9",
    ],
    "prisoners": ["14 July", "Nearly 1.2 million people lived", "About a third", "5.000 homes"],
    "monitoring_report": [
        "3 October",
        "the 44-day war",
        "27 September 2020",
        "aged over 65",
        "five thousand people living in tents",
        "30 percent",
        "under 18",
        "3rd-floor",
        "40 beds",
        "6 p.m.",
        "9 October",
    ],
    "convoy": [
        "an hour later",
        "several aid workers",
        "1 May",
        "spring of 2022",
        "48 hours",
        "A 45-year-old volunteer",
        "dozens of families were sleeping",
        "a few hundred had already returned",
    ],
}

# Phrases whose casualty verb is shared with a neighbour in a list, so the phrase alone does not say it.
SHARED_VERB_PHRASES = {"Twelve soldiers", "3 civilians"}


def expected_candidates(name):
    """The expected candidates of a passage; a ninth value is the group (children, women...), else all."""
    return [
        (phrase, Figure(qualifier, low, best, high, metric, population, "conservative", *group), originator)
        for phrase, qualifier, low, best, high, metric, population, originator, *group in EXPECTED[name]
    ]


@pytest.mark.parametrize("name", PASSAGES)
def test_passage_yields_exactly_the_expected_figures(name):
    found = [
        (candidate.phrase, candidate.figure, candidate.originator)
        for candidate in extract_figures(PASSAGES[name])
    ]
    assert found == expected_candidates(name)


@pytest.mark.parametrize("name", PASSAGES)
def test_dates_years_ages_durations_and_things_are_never_proposed(name):
    text = PASSAGES[name]
    spans = [(candidate.start, candidate.end) for candidate in extract_figures(text)]
    for non_figure in NON_FIGURES[name]:
        start = text.index(non_figure)
        end = start + len(non_figure)
        assert all(end <= figure_start or figure_end <= start for figure_start, figure_end in spans), (
            non_figure
        )


@pytest.mark.parametrize("name", PASSAGES)
def test_candidate_points_at_its_phrase_and_sentence(name):
    text = PASSAGES[name]
    for candidate in extract_figures(text):
        assert candidate.phrase == text[candidate.start : candidate.end]
        assert candidate.phrase in candidate.sentence
        assert candidate.sentence == candidate.sentence.strip()
        assert candidate.sentence in text
        # Named in its sentence, or before it when the sentence credits a pronoun ("..., he added").
        assert (
            candidate.originator is None
            or candidate.originator in text[: text.index(candidate.sentence)] + candidate.sentence
        )


@pytest.mark.parametrize("name", PASSAGES)
def test_phrase_alone_reads_as_the_proposed_figure(name):
    for candidate in extract_figures(PASSAGES[name]):
        expected = candidate.figure
        if candidate.phrase in SHARED_VERB_PHRASES:
            expected = replace(expected, metric=None)
        if candidate.phrase == "Twenty-three of them were children":
            expected = replace(expected, metric=None, population="all")  # both are its total's
        assert parse_figure(candidate.phrase) == expected


def test_sentence_is_the_one_the_figure_stands_in():
    candidates = extract_figures(PASSAGES["nagorno_karabakh"])
    assert candidates[1].sentence == "Russia has estimated as many as 5,000 deaths on both sides."
    assert candidates[2].sentence == (
        "The Nagorno-Karabakh authorities said Azerbaijani artillery had struck Martuni and Shushi overnight, "
        "but no casualties were reported."
    )


def test_abbreviated_month_does_not_end_a_sentence():
    candidates = extract_figures(PASSAGES["nagorno_karabakh"])
    assert candidates[0].sentence == (
        "The war, which broke out on Sept. 27, is thought to have killed thousands of people, including many civilians."
    )


@pytest.mark.parametrize(
    ("sentence", "originators"),
    [
        ("Russia has estimated as many as 5,000 deaths on both sides.", ["Russia"]),
        ("Azerbaijan's Defense Ministry said 12 servicemen were killed.", ["Azerbaijan's Defense Ministry"]),
        ("According to the UN refugee agency, more than 90,000 people have fled.", ["the UN refugee agency"]),
        ("More than 90,000 people have fled, according to the UN refugee agency.", ["the UN refugee agency"]),
        ("At least 12 civilians were killed, the ministry said.", ["the ministry"]),
        (
            "At least 12 civilians were killed, said Anna Petrosyan, a ministry spokeswoman.",
            ["Anna Petrosyan"],
        ),
        ("Russia's estimate of as many as 5,000 deaths could not be verified.", ["Russia"]),
        (
            "TASS, citing the Defense Ministry, reported that 12 soldiers were killed.",
            ["the Defense Ministry"],
        ),
        ("Interfax reported, citing local officials, that 12 people died.", ["local officials"]),
        (
            "Mira Halvorsen, a spokeswoman for the health office, said 30 people were injured.",
            ["Mira Halvorsen"],
        ),
        (
            "The army, which says it has lost no ground, claimed that 20 fighters had been captured.",
            ["The army"],
        ),
        ("Armenia and Azerbaijan said 30 soldiers died in the clashes.", ["Armenia and Azerbaijan"]),
        (
            "Officials in Stepanakert told reporters that 12 civilians were wounded.",
            ["Officials in Stepanakert"],
        ),
        (
            "The Nagorno-Karabakh authorities on Thursday said no casualties were reported.",
            ["The Nagorno-Karabakh authorities"],
        ),
        (
            "The strike killed 12 people, officials said, while the army reported 30 deaths.",
            ["officials", "the army"],
        ),
        (
            "The monitoring group counted 40 bodies and estimated that 300 people had fled.",
            ["The monitoring group"] * 2,
        ),
        ("12 people, the army said, died in the blast.", ["the army"]),
        ("No casualties were reported.", [None]),
        ("It is estimated that 300 people were killed.", [None]),
        ("He said 12 soldiers were killed.", [None]),
        ("The fighting is thought to have killed thousands of people.", [None]),
        ("The fire claimed the lives of 30 civilians.", [None]),
    ],
)
def test_originator_is_whoever_the_sentence_attributes_the_figure_to(sentence, originators):
    assert [candidate.originator for candidate in extract_figures(sentence)] == originators


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "Twelve soldiers and three civilians were killed.",
            ["Twelve soldiers", "three civilians were killed"],
        ),
        ("The strike killed 12 soldiers and 3 civilians.", ["killed 12 soldiers", "3 civilians"]),
        ("The strike killed 4 and wounded 9.", ["killed 4", "wounded 9"]),
        ("It left 12 dead and 30 injured.", ["12 dead", "30 injured"]),
        ("The toll rose to 12 killed and 30 wounded.", ["12 killed", "30 wounded"]),
        ("Five thousand people lived in the town, and 40 homes were destroyed.", []),
        ("The 44-day war ended on 10 November 2020 after a third cease-fire.", []),
        ("A 12-year-old was among 3 people killed.", ["3 people killed"]),
        (
            "At least 20 people, most of them women and children, were killed.",
            ["At least 20 people, most of them women and children, were killed"],
        ),
        ("He said one in five of the dead was a child.", []),
        ("Fighting killed 12 in 2020.", ["killed 12"]),
        ("Thousands of people, including many civilians.", []),
        ("How many people were killed is unknown.", []),
    ],
)
def test_only_casualty_figures_are_proposed(text, phrases):
    assert [candidate.phrase for candidate in extract_figures(text)] == phrases


def test_literal_convention_raises_vague_floors_only():
    conservative = extract_figures(PASSAGES["nagorno_karabakh"])
    literal = extract_figures(PASSAGES["nagorno_karabakh"], convention="literal")
    assert literal[0].figure == replace(conservative[0].figure, low=2000, convention="literal")
    assert [replace(candidate.figure, convention="conservative") for candidate in literal[1:]] == [
        candidate.figure for candidate in conservative[1:]
    ]


def test_extraction_refuses_an_unknown_convention():
    with pytest.raises(ValueError, match="Unknown convention"):
        extract_figures("12 killed", convention="generous")


def test_text_without_figures_yields_nothing():
    assert extract_figures("") == []
    assert extract_figures("The talks in Moscow ended on Sept. 27 without agreement.") == []


def test_long_article_yields_every_passage_figure_in_order():
    article = long_article()
    candidates = extract_figures(article)
    assert [candidate.start for candidate in candidates] == sorted(
        candidate.start for candidate in candidates
    )
    assert {candidate.phrase for candidate in candidates} == {
        phrase for expected in EXPECTED.values() for phrase, *_ in expected
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian strike kills 23, wounds 28 in Kharkiv",
            [("kills 23", 23, 23, "killed"), ("wounds 28", 28, 28, "wounded")],
        ),
        ("Drone attack kills three near Kherson.", [("kills three", 3, 3, "killed")]),
        ("Fourteen martyrs were buried in Jenin on Sunday.", [("Fourteen martyrs", 14, 14, "killed")]),
        ("Twelve people were martyred in the raid, the movement said.", [("Twelve people were martyred", 12, 12, "killed")]),
        ("The ministry reported the death of 353 citizens since the offensive began.",
         [("the death of 353 citizens", 353, 353, "killed")]),
        ("Officials said there were 14 victims of the blast.", [("14 victims", 14, 14, "casualties")]),
        ("Russia suffered losses of 80,000 to 100,000 people, the estimate says.",
         [("losses of 80,000 to 100,000 people", 80000, 100000, "casualties")]),
        ("The wounded soldier died of his wounds in hospital.", []),
        ("Kill switches were fitted to 40 vehicles.", []),
    ],
)  # fmt: skip
def test_casualty_words_and_verb_forms_of_real_reporting(text, expected):
    found = [(c.phrase, c.figure.low, c.figure.high, c.figure.metric) for c in extract_figures(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike brings the death toll to 23,084 and the number of injured to 58,926.",
            [("death toll to 23,084", "exact", 23084, "killed", "all"),
             ("the number of injured to 58,926", "exact", 58926, "wounded", "all")],
        ),
        ("The number of children killed has risen to 25,857.",
         [("The number of children killed has risen to 25,857", "exact", 25857, "killed", "all")]),
        ("The number of civilian casualties stands at 19.",
         [("The number of civilian casualties stands at 19", "exact", 19, "casualties", "civilian")]),
        ("The death toll since October 7 has risen to over 12,200.",
         [("death toll since October 7 has risen to over 12,200", "more_than", 12201, "killed", "all")]),
        ("The number of dead reached 300 on Friday.", [("The number of dead reached 300", "exact", 300, "killed", "all")]),
        ("The number of displaced people has reached 1.2 million.",
         [("The number of displaced people has reached 1.2 million", "exact", 1_200_000, "displaced", "all")]),
        ("The number of tanks destroyed rose to 40.", []),
        ("The number of schools damaged stands at 57.", []),
    ],
)  # fmt: skip
def test_tolls_where_the_number_follows(text, expected):
    found = [
        (c.phrase, c.figure.qualifier, c.figure.low, c.figure.metric, c.figure.population)
        for c in extract_figures(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials spoke of 70 or 80,000 casualties.", [("70 or 80,000 casualties", 70_000, 80_000)]),
        ("As many as 200,000-300,000 died in the famine.", [("As many as 200,000-300,000 died", 200_000, 300_000)]),
        ("Estimates range between 580,000 and approximately 617,910 deaths.",
         [("between 580,000 and approximately 617,910 deaths", 580_000, 617_910)]),
        ("Some 20 to 30 people were killed, witnesses said.", [("Some 20 to 30 people were killed", 20, 30)]),
        ("Up to 10-15 soldiers were killed.", [("Up to 10-15 soldiers were killed", 10, 15)]),
        ("Between 2 and 3 million refugees fled.", [("Between 2 and 3 million refugees fled", 2_000_000, 3_000_000)]),
        # Not a shared scale: the low end is not written like the high end's leading group.
        ("Between 150 and 2,000 people were killed.", [("Between 150 and 2,000 people were killed", 150, 2000)]),
    ],
)  # fmt: skip
def test_ranges_after_a_hedge_and_scales_shared_by_both_ends(text, expected):
    found = [(c.phrase, c.figure.low, c.figure.high) for c in extract_figures(text)]
    assert [c.figure.qualifier for c in extract_figures(text)] == ["range"] * len(expected)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "originator"),
    [
        ("At least 40 civilians were killed, the UN Human Rights Office (OHCHR) said.",
         "the UN Human Rights Office (OHCHR)"),
        ("The Syrian Observatory for Human Rights (SOHR) reported 12 soldiers killed.",
         "The Syrian Observatory for Human Rights (SOHR)"),
        ("According to the WHO, 300 people have died.", "the WHO"),
        ("Initial reports had five dead.", None),  # "reports" is the noun here: nobody is named
        ("According to preliminary data, 15 people were killed, the governor said.", "the governor"),
        ("According to officials in Stepanakert, 12 soldiers died.", "officials"),
        ("Governor Oleh Syniehubov said the strike hit a depot. He said 7 people were wounded.",
         "Governor Oleh Syniehubov"),
        ("Talks resumed on Monday. He said 5 soldiers were killed.", None),  # no one named before
        ("Russian strike on Kharkiv kills 3 – regional governor", "regional governor"),
        ("The battle left 3,000 dead.[6] In April 2016 the army said 12 soldiers were killed.", None),
    ],
)  # fmt: skip
def test_attribution_in_reported_speech(text, originator):
    assert extract_figures(text)[0].originator == originator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 servicemen were killed and over 20 injured.",
         [("18 servicemen were killed", "killed", "military"), ("over 20 injured", "wounded", "military")]),
        ("195 captured Russian soldiers were exchanged on Friday.",
         [("195 captured Russian soldiers", "captured", "military")]),
        ("Seven prisoners were among the dead.", [("Seven prisoners were among the dead", "killed", "all")]),
        ("Two soldiers were among the wounded.", [("Two soldiers were among the wounded", "wounded", "military")]),
        ("The army said 40 captured tanks were repaired.", []),
        ("There were three wounded for every soldier killed.", []),
        ("An average of 5 deaths per day was recorded.", []),
    ],
)  # fmt: skip
def test_compounds_and_rates(text, expected):
    found = [(c.phrase, c.figure.metric, c.figure.population) for c in extract_figures(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("The strike on Sunday killed 12 people.", dt.date(2024, 6, 2)),  # published on Tuesday 4 June
        ("On Tuesday 3 soldiers were killed.", dt.date(2024, 6, 4)),  # the publication day itself
        ("Yesterday 5 soldiers were killed.", dt.date(2024, 6, 3)),
        ("Shelling overnight killed 4 civilians.", dt.date(2024, 6, 4)),
        ("On 12 March, 30 people were killed.", dt.date(2024, 3, 12)),
        ("As of December 30, 300 people had died.", dt.date(2023, 12, 30)),  # the December before
        ("By 5 May 2023 some 9,000 people had been killed.", dt.date(2023, 5, 5)),
        ("As of 5 May 2030, 9,000 people had died.", None),  # after publication: a typo, no such day
        ("12 people were killed.", None),
    ],
)
def test_the_day_a_figure_is_valid_for_is_read_against_the_publication_day(text, as_of):
    assert extract_figures(text, published_on=dt.date(2024, 6, 4))[0].as_of == as_of


def test_without_a_publication_day_only_a_full_date_is_read():
    assert extract_figures("Yesterday 5 soldiers were killed.")[0].as_of is None
    assert extract_figures("On 12 March 2022, 30 people were killed.")[0].as_of == dt.date(2022, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gaza death toll passes 30,000", [("death toll passes 30,000", "more_than", 30_001, "killed", "all")]),
        ("The number of wounded exceeded 30,000.",
         [("The number of wounded exceeded 30,000", "more_than", 30_001, "wounded", "all")]),
        ("Officials put civilian deaths at 1,260.", [("put civilian deaths at 1,260", "exact", 1260, "killed", "civilian")]),
        ("The strike brings the death toll since October 7 to 23,084.",
         [("death toll since October 7 to 23,084", "exact", 23_084, "killed", "all")]),
        ("The ratio was three wounded to one killed.", []),
        ("There were 83 civilian deaths a day.", []),
        ("Shelling killed 12 people a day after the truce.", [("killed 12 people", "exact", 12, "killed", "all")]),
        ("Hospital officials put the number of wounded at more than 65.",
         [("put the number of wounded at more than 65", "more_than", 66, "wounded", "all")]),
        ("Adding combatant deaths, the total rises to around 288,000.",
         [("the total rises to around 288,000", "approximate", None, "killed", "all")]),
        # A table's rows: each row counts what its label says, on its own line.
        ("Civilians reported killed: 52–74\nCivilians reported injured: 118–162\n",
         [("Civilians reported killed: 52–74", "range", 52, "killed", "civilian"),
          ("Civilians reported injured: 118–162", "range", 118, "wounded", "civilian")]),
        ("Tanks: 12\nVillages: 4\n", []),
    ],
)  # fmt: skip
def test_tolls_that_pass_a_number_put_at_and_rates(text, expected):
    found = [
        (c.phrase, c.figure.qualifier, c.figure.low, c.figure.metric, c.figure.population)
        for c in extract_figures(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "originator"),
    [
        ("Azerbaijan's Ministry of Defense said the attack was repelled. The ministry said 12 soldiers were killed.",
         "Azerbaijan's Ministry of Defense"),
        ("IDF spokesman Daniel Hagari said the operation went on. The spokesman said 126 soldiers were among the dead.",
         "IDF spokesman Daniel Hagari"),
        ("Local officials said the road was closed. The army said 12 soldiers died.", "The army"),
        ("The ministry said 12 soldiers were killed.", "The ministry"),  # no one named before
    ],
)  # fmt: skip
def test_a_definite_description_stands_for_the_speaker_named_before(text, originator):
    assert extract_figures(text)[0].originator == originator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were two children.", [("Among the dead were two children", "killed", "children", None)]),
        ("The victims included 4 women, police said.", [("The victims included 4 women", "casualties", "women", None)]),
        ("OHCHR recorded 9,701 civilians killed. Of them, 560 were children.",
         [("9,701 civilians killed", "killed", "all", None), ("560 were children", "killed", "children", 0)]),
        ("Some 1,200 people were killed; 36 were children.",
         [("Some 1,200 people were killed", "killed", "all", None), ("36 were children", "killed", "children", 0)]),
        ("560 were children.", []),  # no total to be part of
        ("There were 40 people in the bus; 12 were children.", []),  # the total counts no casualty
    ],
)  # fmt: skip
def test_parts_of_a_breakdown_named_after_their_total(text, expected):
    found = [(c.phrase, c.figure.metric, c.figure.group, c.part_of) for c in extract_figures(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "phrase", "metric"),
    [
        ("192 servicemen of the Azerbaijani Army were martyred.",
         "192 servicemen of the Azerbaijani Army were martyred", "killed"),
        ("The list names 3,825 servicemen who were killed.", "3,825 servicemen who were killed", "killed"),
        ("30 residents of the town had fled.", "30 residents of the town had fled", "displaced"),
    ],
)  # fmt: skip
def test_a_verb_after_whose_people_they_are_or_a_relative_pronoun(text, phrase, metric):
    assert [(c.phrase, c.figure.metric) for c in extract_figures(text)] == [(phrase, metric)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("70 or 80,000 people may have died.", "70 or 80,000 people may have died"),
        ("As many as 500 people might have been killed.", "As many as 500 people might have been killed"),
    ],
)
def test_a_figure_hedged_by_may_or_might_is_read(text, phrase):
    assert [c.phrase for c in extract_figures(text)] == [phrase]


@pytest.mark.parametrize(
    ("text", "originator", "how"),
    [
        # A name between commas after a description of the speaker.
        ("12 soldiers were killed, the spokesman of the Eastern group, Petro Halyna, said.", "Petro Halyna", "named"),
        ("A military spokesman, Lt. Col. Amos Dan, said four soldiers were wounded.", "Lt. Col. Amos Dan", "named"),
        ("The spokesman, Adil al-Rawi, later said the death toll had risen to 31.", "Adil al-Rawi", "named"),
        # What follows the verb is a clause, not a speaker: nobody is invented.
        ("A military spokesman, in a televised briefing, said three wounded soldiers were evacuated.", None, None),
        # "put ... at", "given by", a subject shared by "but" or "and".
        ("The health cluster put the toll at 88 dead.", "The health cluster", "named"),
        ("The count is lower than the estimate of 40 dead given by local activists.", "local activists", "named"),
        ("Moldavia has not disclosed its losses but says 17 of its civilians were killed.", "Moldavia", "named"),
        ("The Northern Ministry of Defence has listed 212 servicemen who were killed and said 9 remain missing.",
         "The Northern Ministry of Defence", "named"),
        # A long name with its acronym; a year after the name says when, not who.
        ("Last year the Office of the UN High Commissioner for Human Rights (OHCHR) recorded 1,204 civilian deaths.",
         "the Office of the UN High Commissioner for Human Rights (OHCHR)", "named"),
        ("A household survey published in The Medical Journal in 2009 estimated 40,000 excess deaths.",
         "A household survey published in The Medical Journal", "named"),
        # Someone unnamed before the figure is another source than the one named earlier in the sentence.
        ("The Red Cross counted 300 dead, while others cite losses of 900 people.", None, None),
    ],
)  # fmt: skip
def test_attribution_forms_of_wire_copy_and_reports(text, originator, how):
    candidate = extract_figures(text)[-1]
    assert (candidate.originator, candidate.attribution) == (originator, how)


@pytest.mark.parametrize(
    ("text", "originator", "how"),
    [
        # A bulletin's sentence that names no one takes the speaker of the sentences before, in its paragraph.
        ("The regional governor said a strike killed 4 people. Among the wounded were 3 children.",
         "The regional governor", "paragraph"),
        ("The Valley Data Project counted 900 raids. Its database attributes 2,000 civilian casualties to them.",
         "The Valley Data Project", "description"),
        ("The Sahel Observatory for Human Rights said 7 soldiers died. The UK-based war monitor said 3 rebels died.",
         "The Sahel Observatory for Human Rights", "description"),
        ("A police source said the road was closed. The source said 6 people were killed.", "A police source",
         "description"),
        # A modifier that narrows the description keeps it as written: not the mission named before.
        ("The UN mission said 50 died. The rebel group says only 8 civilians died.", "The rebel group", "named"),
        # Not past a paragraph, nor past a citation marker: those sentences are sourced apart.
        ("The governor said 4 people died.\n\nAmong the wounded were 3 children.", None, None),
        ("The battle killed 400 people, according to the army.[4] Some 90 were taken prisoner.[5]", None, None),
        ("Officials said the road was closed. He added that 12 people were hurt.", "Officials", "pronoun"),
    ],
)  # fmt: skip
def test_figures_credited_across_sentences_say_how(text, originator, how):
    candidate = extract_figures(text)[-1]
    assert (candidate.originator, candidate.attribution) == (originator, how)


def test_every_way_of_crediting_has_a_confidence():
    from claims.parsing.attribution import ATTRIBUTION_CONFIDENCE

    assert set(ATTRIBUTION_CONFIDENCE) == {"named", "description", "pronoun", "quote", "paragraph"}
    assert set(ATTRIBUTION_CONFIDENCE.values()) <= {"high", "medium", "low"}


@pytest.mark.parametrize(
    ("text", "originator", "how"),
    [
        # A passive or a hedge credits no one, and keeps the speaker of the sentence before away.
        ("The governor said 4 people died. Later, 9 civilians were reported killed in the east.", None, None),
        ("The governor said 4 people died. Shelling reportedly killed 6 more in the east.", None, None),
        ("Russia said 40 soldiers died. The war is thought to have killed thousands of people.", None, None),
        # "reported killed" is a participle, "States" a word of a name, "1,200 reported" an adjective.
        ("Civilians reported killed: 52", None, None),
        ("The United States suffered 36,491 dead.", None, None),
        ("ACLED records more than 1,200 reported fatalities in May.", "ACLED", "named"),
        # The subject before an aside that starts with a participle; a plural possessive; a document's author.
        ("The commission's final report, published in June 2022, estimated that 438,200 people were killed.",
         "The commission", "named"),
        ("More than 7.4 million were displaced, according to the Victims' Unit.", "the Victims' Unit", "named"),
        ("Tens of thousands of people have been killed, according to UN figures.", "UN", "named"),
        ("According to one 1954 estimate, 80,000 civilians were abducted.", None, None),
        # A bulletin's figure before the sentence that credits it, in the same paragraph.
        ("The enemy lost up to 230 servicemen. In the south, 480 troops were neutralised, the ministry said.",
         "the ministry", "paragraph"),
    ],
)  # fmt: skip
def test_passives_hedges_and_names_around_attribution(text, originator, how):
    candidate = extract_figures(text)[0] if "enemy lost" in text else extract_figures(text)[-1]
    assert (candidate.originator, candidate.attribution) == (originator, how)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of the figures before, each linked to the total of its own metric, with the total's people.
        ("OHCHR recorded 204 civilians killed and 976 injured. Of them, 16 children were killed and 74 injured.",
         [("204 civilians killed", "killed", "civilian", None), ("976 injured", "wounded", "civilian", None),
          ("16 children were killed", "killed", "civilian", 0), ("74 injured", "wounded", "civilian", 1)]),
        ("Two civilians were martyred and five others were injured, among them two women and three children.",
         [("Two civilians were martyred", "killed", "civilian", None),
          ("five others were injured", "wounded", "civilian", None),
          ("two women", "wounded", "civilian", 1), ("three children", "wounded", "civilian", 1)]),
        # After a part, the clause is its total's again.
        ("At least 230 people, including 12 civilians, were killed and more than 400 wounded.",
         [("At least 230 people", "killed", "all", None), ("12 civilians, were killed", "killed", "civilian", 0),
          ("more than 400 wounded", "wounded", "all", None)]),
        ("Fourteen citizens were martyred, including six children, and dozens were injured.",
         [("Fourteen citizens were martyred", "killed", "all", None), ("six children", "killed", "all", 0),
          ("dozens were injured", "wounded", "all", None)]),
        # A total written as a bare number with its verb is broken down too.
        ("1,200 were killed, including 815 civilians.",
         [("1,200 were killed", "killed", "all", None), ("815 civilians", "killed", "civilian", 0)]),
        ("The strike killed 150, including 27 children.",
         [("killed 150", "killed", "all", None), ("27 children", "killed", "all", 0)]),
        # No part is larger than its total, nor vague.
        ("The strike killed 12 people (police said 14).", [("killed 12 people", "killed", "all", None)]),
        ("It left 30 injured, among them several aid workers.", [("30 injured", "wounded", "all", None)]),
    ],
)  # fmt: skip
def test_parts_take_the_total_of_their_metric_and_its_people(text, expected):
    found = [(c.phrase, c.figure.metric, c.figure.population, c.part_of) for c in extract_figures(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "originator", "how"),
    [
        # A quotation of several sentences is the speaker's named where it closes.
        ("The council met on Monday. “We have recorded 56 deaths in the camps. At least 1,200 families have arrived,”"
         " the head of the council, William Carter, said.", "William Carter", "quote"),
        ('"We have counted 40 bodies. Many more are under the rubble," said the mayor.', "the mayor", "quote"),
        ("“We lost 12 men,” the commander said.", "the commander", "named"),
        # A quotation that closes with no one named after it credits no one.
        ("“We have counted 40 bodies. Many more are under the rubble.” The town was quiet.", None, None),
    ],
)  # fmt: skip
def test_a_quotation_is_credited_to_the_speaker_named_where_it_closes(text, originator, how):
    candidate = extract_figures(text)[0]
    assert (candidate.originator, candidate.attribution) == (originator, how)


@pytest.mark.parametrize(
    ("text", "originator"),
    [
        # Found by a hostile review: titles, acronyms that look like words, roles after a name, a cited source
        # after the verb, "according to him".
        ('"We have received 34 bodies," said Dr. Ahmed Hassan, the hospital director.', "Dr. Ahmed Hassan"),
        ("The strike killed 12 people, the WHO said.", "the WHO"),
        ("The WHO said 12 people were killed.", "The WHO"),
        ("The U.N. said 1,200 civilians were killed.", "The U.N."),
        ("Attacks on health care resulted in 98 deaths, WHO said.", "WHO"),
        ("Ashraf al-Qudra, spokesman for the Gaza health ministry, said 12 people were killed.", "Ashraf al-Qudra"),
        ("Nine people were killed, Interfax reported, citing emergency services.", "emergency services"),
        ("Governor Oleh Syniehubov said the strike hit a school. According to him, 4 people were killed.",
         "Governor Oleh Syniehubov"),
        # Never a name: the subject of "claimed ... lives", a negated verb, "nobody", a document's source.
        ("The conflict has claimed 3,500 lives since 2014.", None),
        ("Reuters could not verify reports that 30 soldiers were killed.", None),
        ("Nobody has claimed responsibility for the attack, which killed 9.", None),
        ("The number of confirmed fatalities now stands at 1,024.", None),
    ],
)  # fmt: skip
def test_attribution_cases_of_the_hostile_review(text, originator):
    assert extract_figures(text)[0].originator == originator
