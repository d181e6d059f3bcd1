"""The English lexicon: the words and phrases the reader knows, as tables of cues.

The reader (reading.py, attribution.py, sentences.py) takes its cue words from these names. Another language goes
beside this module as `lexicon_<code>.py`, defining the same names with the same shapes: the keys (qualifiers,
metrics, populations, conventions) stay the codes the models store, only the words change. English still written
inside the reader (number words in numbers.py; dates, tolls and ranges in reading.py's regular expressions) moves
here when a second language needs it. docs.py renders the public tables into docs/methodology.md.
"""

from __future__ import annotations

import re

# --- Writing the tables ---------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """Return the set of words in a space-separated list; long lists of cue words stay readable that way."""
    return frozenset(text.split())


def _word_list(text: str) -> tuple[str, ...]:
    """Return the words of a space-separated list, in order."""
    return tuple(text.split())


def _key(cue: str) -> str:
    """Return a cue as written in the tables: lower case, single spaces."""
    return " ".join(cue.lower().split())


def _alternation(phrases) -> str:
    """Return a regex matching any of the phrases, longest first, with any run of spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


# --- Amounts: qualifiers, zero, vague magnitudes --------------------------------------------------------------

# Cues written before the number. "over" and "under" count only when a number follows ("over 300 people"), and a
# following time unit makes the whole a duration ("over two days"), which is never a figure.
QUALIFIER_CUES = {
    "exact": ("exactly", "a total of"),
    "approximate": (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "nearly",
        "almost",
        "close to",
    ),
    "at_least": ("at least", "no fewer than", "not fewer than", "not less than", "a minimum of"),
    "more_than": ("more than", "over", "upwards of", "in excess of", "exceeding"),
    "at_most": ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of"),
    "fewer_than": ("fewer than", "less than", "under"),
}

# Cues written after the number: "12 or more", "30 or so".
QUALIFIER_SUFFIXES = {"or more": "at_least", "or so": "approximate"}

RANGE_FORMS = ("between X and Y", "from X to Y", "X to Y", "X–Y", "X-Y", "X or Y")

# "no" needs what is counted after it ("no casualties", "no civilians were killed"); the others need a casualty
# verb ("nobody was killed", "none of the soldiers were hurt").
ZERO_CUES = ("no", "nobody", "no one", "no-one", "none", "zero")
ZERO_CUES_NEEDING_A_VERB = ("nobody", "no one", "no-one", "none")

VAGUE_MAGNITUDES = {
    "a few": {"conservative": 2, "literal": 2},
    "several": {"conservative": 3, "literal": 3},
    "tens": {"conservative": 10, "literal": 20},
    "dozens": {"conservative": 12, "literal": 24},
    "scores": {"conservative": 20, "literal": 40},
    "hundreds": {"conservative": 100, "literal": 200},
    "thousands": {"conservative": 1_000, "literal": 2_000},
    "tens of thousands": {"conservative": 10_000, "literal": 20_000},
    "hundreds of thousands": {"conservative": 100_000, "literal": 200_000},
    "millions": {"conservative": 1_000_000, "literal": 2_000_000},
}

# "several hundred" = 3 × 100 and "a few thousand" = 2 × 1,000 under either convention: the unit is singular.
VAGUE_MULTIPLIERS = {
    "a few": 2,
    "several": 3,
}
VAGUE_UNITS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "hundred thousand": 100_000,
    "million": 1_000_000,
}

UNQUANTIFIED_CUES = (
    "a large number of",
    "large numbers of",
    "a great number of",
    "a significant number of",
    "a number of",
    "a great many",
    "many",
    "numerous",
    "countless",
    "heavy casualties",
    "mass casualties",
)


# --- What is counted ------------------------------------------------------------------------------------------

# Longer cues win over shorter ones ("killed or wounded" is casualties, not killed). Cues that end in "toll" are
# read before the number ("the death toll rose to 45"); the transitive verbs too ("killed 12 soldiers").
METRIC_CUES = {
    "killed": (
        "killed",
        "killing",
        "dead",
        "death",
        "deaths",
        "died",
        "fatalities",
        "fatality",
        "lives",
        "lives of",
        "deaths of",
        "lost their lives",
        "bodies",
        "perished",
        "death toll",
        # Headline present tense and base forms: "Strike kills 23", "led to killing and wounding dozens".
        "kills",
        "kill",
        "death of",
        # Martyrdom is how many parties' own media report their dead.
        "martyrs",
        "martyr",
        "martyred",
        "executed",
        "killing of",
        # Bulletins' words for enemy dead: "About 50 assailants were 'neutralised'".
        "neutralised",
        "neutralized",
        "eliminated",
        "succumbed",
        "shot dead",
        "gunned down",
        "burned to death",
        "crushed to death",
        "beheaded",
        "slain",
        "massacred",
        "massacres",
        "massacre of",
    ),
    "wounded": (
        "wounded",
        "wounding",
        "injured",
        "injuring",
        "injuries",
        "hurt",
        "wounds",
        "injures",
        "injure",
        "hospitalised",
        "hospitalized",
    ),
    "casualties": (
        "casualties",
        "casualty",
        "casualty toll",
        "killed or wounded",
        "killed and wounded",
        "killed or injured",
        "killed and injured",
        # "14 victims", "losses of 80,000 to 100,000 people": harmed, not said to be dead.
        "victims",
        "losses",
        "losses of",
        # "have lost 16 servicemen": lost, not said to be dead.
        "lost",
        "dead or wounded",
        "dead and wounded",
        "dead or injured",
        "dead and injured",
        "killing and wounding",
        "killing or wounding",
        "killing and injuring",
        "killing or injuring",
    ),
    "missing": ("missing", "disappeared", "unaccounted for", "missing in action"),
    "captured": (
        "captured",
        "capturing",
        "prisoners",
        "prisoner",
        "prisoners of war",
        "POWs",
        "taken prisoner",
        "taken captive",
        "taken hostage",
        "hostages",
        "surrendered",
        # "3,500 Ukrainians remained in Russian captivity".
        "in captivity",
        "abducted",
        "kidnapped",
        "detained",
        "in detention",
        "held hostage",
    ),
    "displaced": (
        "displaced",
        "displacing",
        "fled",
        "fleeing",
        "refugees",
        "refugee",
        "evacuated",
        "evacuate",
        "expelled",
        # "a further 2.1 million have crossed into neighbouring countries".
        "crossed into",
        "crossed the border",
        "uprooted",
    ),
}
TRANSITIVE_CUES = (
    # Both harms at once count as casualties: "killing and wounding dozens", "killed or injured 1,052 people".
    "killing and wounding",
    "killing or wounding",
    "killing and injuring",
    "killing or injuring",
    "killed and wounded",
    "killed or wounded",
    "killed and injured",
    "killed or injured",
    "killed",
    "killing",
    "kills",
    "kill",
    "wounds",
    "injures",
    "injure",
    "death of",
    "losses of",
    "killing of",
    "executed",
    "lost",
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "captured",
    "capturing",
    "displaced",
    "displacing",
    "lives of",
    "deaths of",
    "evacuate",
    "massacred",
    "massacres",
    "massacre of",
    "shot dead",
    "abducted",
    "kidnapped",
    "detained",
)

POPULATION_CUES = {
    "civilian": (
        "civilians",
        "civilian",
        # Not the armed, though "personnel" alone is: "medical personnel", "humanitarian personnel".
        "medical personnel",
        "health personnel",
        "humanitarian personnel",
    ),
    "military": (
        "soldiers",
        "servicemen",
        "serviceman",
        "service members",
        "troops",
        "military personnel",
        "military",
        "fighters",
        "combatants",
        # The words of bulletins and communiqués for the armed of either side.
        "defenders",
        "personnel",
        "militants",
        "insurgents",
        "assailants",
        "attackers",
        "gunmen",
        "members of the armed forces",
        "forces",
        "officers",
        "militiamen",
        "terrorists",
        "peacekeepers",
        # Adjectives: "enemy losses", "the army's death toll".
        "enemy",
        "army's",
        "military's",
    ),
}
# Adjectives that name the population and let the noun follow: "civilian deaths", "military casualties".
POPULATION_ADJECTIVES = ("civilian", "military", "enemy", "army's", "military's")

# Nouns for people that say nothing about the population; a figure about them is counted as `all`.
PEOPLE_NOUNS = (
    "people",
    "persons",
    "person",
    "residents",
    "inhabitants",
    "villagers",
    "individuals",
    "children",
    "child",
    "women",
    "woman",
    "men",
    "man",
    "victims",
    "others",
    "journalists",
    "volunteers",
    "boys",
    "boy",
    "girls",
    "girl",
    "minors",
    "elderly",
    "pensioners",
    "patients",
    "staff members",
    "workers",
    "health workers",
    "aid workers",
    "police officers",
    "policemen",
    "citizens",
)
# Nouns for one person: "killing a woman" counts one, as "killing one woman" does.
ONE_PERSON_NOUNS = _word_list(
    "woman man child boy girl baby soldier serviceman civilian person resident journalist policeman officer worker"
)
# People nouns that name a group by age and sex (Claim.group): "5,000 children", "including 3,000 women".
GROUP_CUES = {
    "children": ("children", "child", "boys", "boy", "girls", "girl", "minors"),
    "women": ("women", "woman"),
    "men": ("men", "man"),
    "elderly": ("elderly", "pensioners"),
}

# A number followed by one of these counts things, not people: never a casualty figure. Singulars are matched too.
THING_NOUNS = (
    "vehicles",
    "armored vehicles",
    "trucks",
    "tanks",
    "drones",
    "aircraft",
    "planes",
    "helicopters",
    "jets",
    "strikes",
    "airstrikes",
    "missiles",
    "rockets",
    "shells",
    "rounds",
    "bombs",
    "mines",
    "guns",
    "weapons",
    "launchers",
    "vessels",
    "ships",
    "boats",
    "submarines",
    "howitzers",
    "homes",
    "houses",
    "buildings",
    "apartments",
    "schools",
    "hospitals",
    "villages",
    "towns",
    "cities",
    "settlements",
    "districts",
    "regions",
    "provinces",
    "countries",
    "positions",
    "checkpoints",
    "cease-fires",
    "ceasefires",
    "truces",
    "attacks",
    "incidents",
    "times",
    "kilometers",
    "kilometres",
    "km",
    "miles",
    "meters",
    "metres",
    "tons",
    "tonnes",
    "hectares",
    "sides",
    # Not people: "about 3,000 families had fled" counts households.
    "families",
    "households",
)
TIME_UNITS = (
    "seconds",
    "minutes",
    "hours",
    "days",
    "nights",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
)

# --- Examples the methodology shows: never a figure, numbers as written ---------------------------------------

NON_FIGURES = {
    "date": ("27 September 2020", "September 27", "Sept. 27", "2020-11-05"),
    "time": ("10:30", "10 a.m."),
    "year": ("in 2020", "since 1994", "1992-1994", "2020"),
    "age": ("a 12-year-old", "aged 45", "children under 5"),
    "duration": ("six weeks", "44 days", "the 44-day war", "over two days"),
    "count of things": (
        "one armored vehicle, one truck",
        "three drones",
        "12 villages",
        "the two cease-fires",
    ),
    "ordinal": ("the second cease-fire", "3rd"),
    "ratio": ("one in five", "2 out of 3"),
    "rate": ("three wounded for every soldier killed", "5 deaths per day"),
    "percentage": ("40%", "40 percent"),
    "money": ("$5 million", "300 euros"),
}

NUMBER_FORMS = (
    "5,000",
    "5000",
    "5 000",
    "5\u00a0000",
    "5.000",
    "1.2 million",
    "2.5 thousand",
    "twenty-three",
    "one hundred and twelve",
    "five thousand",
    "a hundred",
    "a dozen",
    "two dozen",
)

# --- Words around the amount ----------------------------------------------------------------------------------

# Words that end the noun phrase after a number: "5,000 deaths on both sides", "12 were killed".
NOUN_PHRASE_STOPS = _words(
    "of on in at by for from to with without and or but nor than as were was is are be been being have "
    "has had will would could should may might must did do does the a an this that these those their its "
    "his her our who which whom whose after before during since while when where near across over under "
    "into onto out up down about around including among amid against per said says according yesterday "
    "today overnight earlier later early late last"
)
# Words allowed between the people counted and the casualty verb: "12 people were reportedly killed".
AUXILIARIES = _words(
    "were was is are be been being have has had also all reportedly allegedly later subsequently feared "
    "believed confirmed found now still went remain remained remains already officially reported internally "
    "summarily may might forcibly extrajudicially gone listed as seriously critically lightly slightly severely "
    "mistakenly fatally badly mortally brutally"
)
DETERMINERS_AFTER_OF = _words("the their its our his her them whom those these")

# --- Sentences and attribution --------------------------------------------------------------------------------

ABBREVIATIONS = _words(
    "mr mrs ms dr gen lt col maj sgt capt st no vs jan feb mar apr jun jul aug sep sept oct nov dec u.s "
    "u.n u.k a.m p.m e.g i.e approx est"
)


ATTRIBUTION_CUES = {
    "X said / says / reported / estimated / told / announced / claimed / stated / added / confirmed / wrote / "
    "counted / documented / recorded / attributes / cites": "X",
    "X put the toll / civilian deaths / it at N": "X",
    "X said …, and estimated … / X has not disclosed …, but says …": "X, the subject the verbs share",
    "…, X said. / …, said X.": "X (after the verb, only a name that ends the clause)",
    "the spokesman of the group, Nazar Voloshyn, said": "Nazar Voloshyn (a name between commas)",
    "according to X": "X",
    "the estimate given / published / released by X": "X",
    "X's estimate / figures / count / tally / data": "X",
    "X, citing Y, …": "Y: the cited party originated the figure, X relayed it",
    "X (ACRONYM) said …": "X (ACRONYM)",
    "he / she / it / they said …": "the speaker last named in the three sentences before, if any (confidence "
    "medium)",
    "the ministry / the spokesman / the group / the UK-based war monitor said …": "the speaker named before "
    "whose name holds the noun, else (statement, spokesman, group, source…) the last proper name before; a "
    "narrowing modifier (“the rebel group”) keeps the description as written (confidence medium)",
    "its database / their count …": "the last proper name before (confidence medium)",
    "“… 56 deaths. … ,” X said.": "X, named where a quotation of several sentences closes (confidence medium)",
    "a sentence with no cue after one that names a speaker": "that speaker, within three sentences of the "
    "same paragraph and not past a citation marker “[12]” (confidence low)",
    "headline … – X": "X",
    "…, while others cite … / Other estimates range …": "none: someone unnamed, not the speaker named before",
    "according to preliminary data / initial reports / figures …": "none: a document is no speaker",
    "passive (“were reported”, “were put at”, “it is estimated”), or no cue": "none",
}
ATTRIBUTION_VERBS = (
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "told",
    "tells",
    "announced",
    "announces",
    "claimed",
    "claims",
    "stated",
    "states",
    "added",
    "adds",
    "confirmed",
    "confirms",
    "wrote",
    "writes",
    "counted",
    "documented",
    "recorded",
    "estimate",
    "attributes",
    "attributed",
    "cite",
    "cites",
    "report",
    "records",
    "recalled",
    "noted",
    "stressed",
    "alleged",
    "declared",
    "revealed",
    # Passive only, where they credit no one: "The war is thought to have killed thousands".
    "thought",
    "believed",
)
# Attribution verbs that are also nouns: "Initial reports had five dead", "Other estimates range ...".
NOUN_VERBS = _words("reports report estimates estimate claims records")
# "the estimate of 30 dead given by local media": the agent after "by" is the speaker.
AGENT_CUES = ("given", "published", "released", "issued", "provided", "compiled", "cited")
# Descriptions that stand for the speaker last named when no name before holds their noun: "The Britain-based
# war monitor said", "the group said", "The source said".
SPEAKER_DESCRIPTIONS = _words(
    "statement spokesman spokeswoman spokesperson agency commission ministry source group monitor observatory "
    "organisation organization office council watchdog charity body project network"
)
# Modifiers that leave a description general: "the war monitor", "the local official", "the same source".
GENERAL_MODIFIERS = _words(
    "war monitoring news state official local same international national press military"
)
# What a speaker written without a capital ends with ("local officials", "a military source", "the army"): a
# lower-case "name" ending otherwise is no one ("Reuters could not verify reports ..." names no "verify").
SPEAKER_NOUNS = _words(
    "official officials authority authorities police witness witnesses resident residents activist activists "
    "source sources medic medics doctor doctors rescuer rescuers spokesman spokeswoman spokesperson ministry army "
    "military government agency agencies group groups monitor monitors commission office council governor mayor "
    "commander commanders analyst analysts expert experts researcher researchers historian historians media press "
    "survivor survivors villager villagers relative relatives volunteer volunteers worker workers staff paramedic "
    "paramedics officer officers troops soldiers forces rebels militants observer observers investigator "
    "investigators prosecutor prosecutors statement report reports correspondent journalist journalists reporter "
    "reporters organisation organization organisations organizations project network coalition alliance "
    "administration headquarters service services department directorate hospital hospitals unit mission team "
    "teams committee center centre institute ombudsman commissioner president minister chief head director leader "
    "leaders tally count survey study estimate estimates figures data partners sides side party parties"
)
# Titles written with a full stop inside a name: "Dr. Ahmed Hassan", "Lt. Col. Peter Lerner".
TITLES = _words("dr mr mrs ms prof sen rep gov gen lt col maj capt sgt st fr rev")
# Nouns of a role that start an aside after a name: "Ashraf al-Qudra, spokesman for the ministry, said".
ROLES = _words(
    "spokesman spokeswoman spokesperson director head chief minister governor mayor commander official "
    "president secretary representative coordinator adviser advisor envoy deputy general"
)
# Adjectives of a description written with a capital: "the Britain-based war monitor", "the Hamas-run ministry".
DESCRIPTION_ADJECTIVE_SUFFIXES = ("based", "run", "led", "backed", "aligned", "controlled", "affiliated")
# Lower-case words inside a person's name: "Haider al-Abadi", "Ursula von der Leyen".
NAME_PARTICLES = _words("al el bin ibn bint abu de da del der van von la le du dos")

PASSIVE_OR_ADJECTIVE_BEFORE = _words("is are was were be been being the a an no")
PRONOUNS = _words("he she it they we i you this that there who which him her them us me nobody no-one")
# Subjects that credit someone unnamed, another source than the one named before: "while others cite ...".
ANONYMOUS_SUBJECTS = _words("others some critics many")
# Words that end a subject read backwards from its verb: "..., but Armenia said" gives "Armenia".
CLAUSE_WORDS = _words(
    "that which who whom whose while whereas but when as because although though if so where and or then "
    "also however meanwhile not could would cannot did does do will can should must"
)
# Words between a subject and its verb that are not part of the name: "Russia has estimated".
SUBJECT_TRAILERS = _words(
    "has have had also earlier later previously separately then now initially reportedly officially first "
    "again on last this week month yesterday today monday tuesday wednesday thursday friday saturday "
    "sunday would could might may will can should usually"
)
# What "according to ..." may name that is no one: a document or a number ("according to preliminary data").
NOT_SPEAKERS = _words(
    "data figures figure information report reports estimate estimates statistics count tally numbers number "
    "findings calculations records toll"
)
DETERMINERS = _words("the a an this that these those its their his her our")
# Words that end a name read forwards: "according to officials in Stepanakert" gives "officials".
NAME_STOPS = _words(
    "that which who whom when while but and as on in at after before during said says were was is are had has "
    "have based from"
)
