"""The German lexicon: the words the reader knows in German, as tables (the contract is in multilingual.py).

Words are written in lower case; a word ending in "*" is a stem and matches every word that starts with it
("getötet*": getötet, getötete, getöteten). German writes a number as one word ("zweitausendfünfhundert",
"dreiundzwanzig"): `compound_number` reads those. It also joins nouns into compounds ("Regierungssoldaten",
"Binnenvertriebene", "Hamas-Kämpfer", "Raketenangriff"): `word_variants` gives a compound's head as a form of the
word, so that the head's cue applies ("Soldaten", "Vertriebene", "Kämpfer", "Angriff"). Swiss texts write "ss" for
"ß" ("dreissig", "grosse") and an apostrophe between thousands ("300'000"); both are read.
"""

from __future__ import annotations

import re

CODE = "de"
NAME = "German"
DECIMAL_COMMA = True  # "2,1 Millionen" is 2,100,000; "43.799" is 43,799

# --- Numbers -------------------------------------------------------------------------------------------------


def _forms(value: int, *forms: str) -> dict[str, int]:
    return dict.fromkeys(forms, value)


# The indefinite article is also "one": it counts only before what is counted ("ein Soldat wurde getötet"),
# not before anything else ("bei einem Angriff"); see ARTICLES.
ARTICLES = ("ein", "eine", "einen", "einem", "eines", "einer", "beide", "beiden", "beider")

_UNITS = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
# Units as they stand before "und" in a compound ("einundzwanzig", "siebenundvierzig").
_UNITS_BEFORE_TENS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                      "neun": 9}  # fmt: skip


def _below_hundred(word: str) -> int | None:
    if word in _UNITS and word != "ein":
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    head, joiner, tail = word.partition("und")
    if joiner and head in _UNITS_BEFORE_TENS and tail in _TENS:
        return _UNITS_BEFORE_TENS[head] + _TENS[tail]
    return None


def _below_thousand(word: str) -> int | None:
    if not word:
        return None
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        hundreds = 1 if head in ("", "ein") else _UNITS.get(head)
        if hundreds is None or head in ("eins",):
            return None
        if not tail:
            return hundreds * 100
        if tail.startswith("und"):  # "hundertundzwei"
            tail = tail[3:]
        rest = _below_hundred(tail) if tail not in ("eins", "ein") else 1
        if tail == "ein":
            return None
        return None if rest is None else hundreds * 100 + rest
    return _below_hundred(word)


def _whole_number(word: str) -> int | None:
    for scale_word, scale in (("millionen", 1_000_000), ("million", 1_000_000), ("tausend", 1_000)):
        if scale_word in word:
            head, _, tail = word.partition(scale_word)
            multiplier = 1 if head in ("", "ein", "eine") else _below_thousand(head)
            if multiplier is None:
                return None
            if not tail:
                return multiplier * scale
            if tail.startswith("und"):  # "tausendundeins"
                tail = tail[3:]
            rest = 1 if tail == "eins" else _whole_number(tail)
            if rest is None or rest >= scale:
                return None
            return multiplier * scale + rest
    return _below_thousand(word)


_SCALE_WORDS = frozenset(("tausend", "million", "millionen", "milliarde", "milliarden"))


def compound_number(word: str) -> int | None:
    """Return the value of a number written as one German word ("dreiundzwanzig", "zweitausendfünfhundert",
    "hundertzwölf", "zweier"), or None when the word is no number."""
    word = word.lower().replace("ß", "ss").replace("dreissig", "dreißig")
    if not word or not word.isalpha() or len(word) > 60 or word in _SCALE_WORDS:
        return None
    value = _whole_number(word)
    if value is None and len(word) > 4:
        # Inflected: "zweier Soldaten", "dreien", "hunderten" is vague (not here).
        for ending in ("er", "en"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and stem in ("zwei", "drei", "vier", "zwo"):
                return _UNITS[stem]
    if value is None or value == 0:
        return None
    return value


NUMBER_WORDS: dict[str, int] = {
    **_forms(0, "null"),
    **_forms(1, "ein", "eine", "einen", "einem", "eines", "einer", "eins"),
    **_forms(2, "zwei", "zwo", "zweier", "zweien", "beide", "beiden", "beider"),
    **_forms(3, "drei", "dreier", "dreien"),
    **_forms(4, "vier", "vierer", "vieren"),
    **{word: value for word, value in _UNITS.items() if word not in ("ein",)},
    **_TEENS,
    **_TENS,
    **_forms(100, "hundert", "einhundert"),
}
SCALES = {
    **_forms(1_000, "tausend", "tsd", "tsd.", "tausender"),
    **_forms(1_000_000, "million", "millionen", "mio", "mio."),
    **_forms(250_000, "viertelmillion", "viertelmillionen"),
    **_forms(500_000, "halbmillion"),
    **_forms(1_000_000_000, "milliarde", "milliarden", "mrd", "mrd."),
}
# "ein Dutzend", "zwei Dutzend": a dozen multiplies the number before it.
SMALL_SCALES = {"dutzend": 12, "hundert": 100}  # (and "zwei hundert", written apart)
FRACTIONS = {
    "halbe": 0.5,
    "halben": 0.5,
    "halbes": 0.5,
    "halber": 0.5,
    "anderthalb": 1.5,
    "eineinhalb": 1.5,
    "einhalb": 0.5,
}
NUMBER_JOINERS: tuple[str, ...] = ()  # "dreiundzwanzig" is one word: compound_number reads it
CARDINAL_SUFFIXES: tuple[str, ...] = ()

# --- Amounts -------------------------------------------------------------------------------------------------

QUALIFIER_CUES = {
    "exact": ("genau", "exakt", "insgesamt", "in summe"),
    "approximate": ("rund", "etwa", "ungefähr", "ungefaehr", "ca", "ca .", "circa", "zirka", "cirka", "annähernd",
                    "nahezu", "fast", "beinahe", "knapp", "an die", "um die", "schätzungsweise", "geschätzt",
                    "geschätzte", "geschätzten", "in etwa", "grob", "etwas weniger als", "gegen die"),
    "at_least": ("mindestens", "wenigstens", "zumindest", "nicht weniger als", "mind .", "mind", "minimum",
                 "nicht unter",
                 # "gut 50 Vermisste" is a good 50, 50 and some; "mindesten", a typist's "mindestens"
                 "gut", "mindesten"),
    "more_than": ("mehr als", "über", "weit über", "weit mehr als", "deutlich mehr als", "deutlich über",
                  "knapp über", "etwas mehr als", "gut über", "mehr denn", "bereits über",
                  "schon über"),
    "at_most": ("bis zu", "höchstens", "maximal", "max .", "nicht mehr als", "allenfalls", "bis zu insgesamt"),
    "fewer_than": ("weniger als", "unter", "knapp unter"),
}  # fmt: skip
QUALIFIER_SUFFIXES = {"oder mehr": "at_least"}
# "über" after a verb of telling is "about": "berichtet über 13 Tote", "Angaben über 5 Vermisste".
_TELLING = ("bericht*", "informiert*", "informationen", "angaben", "meldung*", "meldet*", "meldete*",
            "klagt*", "klagte*", "spricht", "sprach", "sprachen", "sprechen", "schreibt", "schrieb*",
            "zahlen", "daten", "auskunft", "nachrichten", "erkenntnisse", "aufschluss", "trauer*", "trauert*",
            "entsetzt", "bestürzt", "besorgt", "erschüttert", "hinweise", "gerüchte", "spekulationen")  # fmt: skip
FALSE_FRIENDS = {
    "über": _TELLING,
    # "um die" after a noun or verb that takes "um" is that preposition and an article, not "about": "Die Sorgen um
    # die 132 Geiseln", "der Kampf um die 30 Dörfer", "es geht um die 40 Vermissten"
    "um": (
        "sorge",
        "sorgen",
        "sorgt",
        "sorgte",
        "sorgten",
        "angst",
        "ängste",
        "bangen",
        "bangt",
        "bangte",
        "streit",
        "streiten",
        "streitet",
        "stritten",
        "kampf",
        "kämpfe",
        "kämpfen",
        "kämpft",
        "kämpften",
        "ringen",
        "ringt",
        "rangen",
        "trauer",
        "trauern",
        "trauert",
        "trauerten",
        "kümmern",
        "kümmert",
        "kümmerte",
        "kümmerten",
        "geht es",
        "ging es",
        "handelt sich",
        "handelte sich",
        "handelt es sich",
        "handelte es sich",
        "gedanken",
        "bitte",
        "bittet",
        "bat",
        "baten",
        "tauziehen",
        "verhandlungen",
        "verhandelt",
        "verhandelten",
    ),
    # "Wie viele Menschen ums Leben kamen, war unklar": a question, not "many"
    "viele": ("wie",),
    "vielen": ("wie",),
}
CHANGE_VERBS = ("erhöhte sich", "erhöht sich", "hat sich", "stieg damit", "steigt damit", "sank damit",
                "verdoppelte sich", "kletterte damit", "stieg*", "gestiegen", "erhöht*", "erhöhte*", "steigt", "wuchs", "gewachsen", "sank*", "gesunken",
                "kletterte*", "geklettert")  # fmt: skip
RANGE_FORMS = ("zwischen X und Y", "von X bis Y", "von X auf Y", "X bis Y", "X–Y", "X-Y", "X—Y", "X oder Y",
               "X bis zu Y", "zwischen X bis Y", "mindestens X und bis zu Y", "mindestens X und höchstens Y",
               # a hedge on the upper end leaves a range: "zwischen 55 und mehr als 60 Millionen"
               *(f"{opening} X {joint} {hedge} Y" for opening, joint in (("zwischen", "und"), ("von", "bis"))
                 for hedge in ("mehr als", "über", "weit über", "knapp", "etwa", "rund", "fast", "gut")),
               # a floor and a ceiling said apart: "mindestens 1200, höchstens 1500", "eine Mindestzahl von 33 679,
               # ein Maximum von 37 795"
               "mindestens X , höchstens Y", "mindestens X , maximal Y", "mindestens X und maximal Y",
               "zwischen mindestens X und höchstens Y", "von mindestens X bis höchstens Y",
               *(f"{floor} von X {joint} {ceiling} von Y" for floor in ("mindestzahl", "minimum")
                 for joint in (",", "und") for ceiling in ("ein maximum", "eine höchstzahl")))  # fmt: skip

ZERO_CUES = ("weder", "kein", "keine", "keinen", "keiner", "keinem", "keines", "keinerlei", "niemand", "niemanden",
             "niemandem", "null",
             # "Personen seien nicht zu Schaden gekommen", "Menschen wurden nicht verletzt": no one harmed
             "nicht zu schaden", "nicht verletzt", "nicht verwundet")  # fmt: skip

VAGUE_MAGNITUDES = {
    "ein paar|einige wenige|ein paar wenige": {"conservative": 2, "literal": 2},
    "mehrere|mehreren|mehrerer|einige|einigen|einiger": {"conservative": 3, "literal": 3},
    "ein paar dutzend|paar dutzend": {"conservative": 24, "literal": 24},
    "ein paar hundert|paar hundert": {"conservative": 200, "literal": 200},
    "ein paar tausend|paar tausend": {"conservative": 2_000, "literal": 2_000},
    "ein paar zehntausend": {"conservative": 20_000, "literal": 20_000},
    "ein paar hunderttausend": {"conservative": 200_000, "literal": 200_000},
    "dutzende|dutzenden|dutzender|duzende|dutzende von|dutzenden von": {"conservative": 12, "literal": 24},
    "hunderte|hunderten|hunderter|hunderte von|hunderten von": {"conservative": 100, "literal": 200},
    "tausende|tausenden|tausender|tausende von|tausenden von": {"conservative": 1_000, "literal": 2_000},
    "zehntausende|zehntausenden|zehntausender|zehntausende von|zehntausenden von": {
        "conservative": 10_000,
        "literal": 20_000,
    },
    "hunderttausende|hunderttausenden|hunderttausender|hunderttausende von|hunderttausenden von": {
        "conservative": 100_000,
        "literal": 200_000,
    },
    "millionen|millionen von": {"conservative": 1_000_000, "literal": 2_000_000},
    "aberhunderte|aberhunderten": {"conservative": 100, "literal": 200},
    # "zig" is some tens: "Zigtausende" are tens of thousands
    "zigtausende|zigtausenden|zigtausend|zigtausende von": {"conservative": 10_000, "literal": 20_000},
    "zighunderte|zighunderten|zighundert": {"conservative": 100, "literal": 200},
    # a number of so many digits: "eine fünfstellige Zahl von Toten", "im dreistelligen Bereich"
    **{
        f"eine {n}stellige zahl|einer {n}stelligen zahl|{n}stellige zahl|im {n}stelligen bereich|"
        f"eine {n}stellige anzahl|einer {n}stelligen anzahl": {"conservative": floor, "literal": floor}
        for n, floor in (
            ("zwei", 10),
            ("drei", 100),
            ("vier", 1_000),
            ("fünf", 10_000),
            ("sechs", 100_000),
            ("sieben", 1_000_000),
        )
    },
    "abertausende|abertausenden": {"conservative": 1_000, "literal": 2_000},
}
VAGUE_MULTIPLIERS = {"mehrere": 3, "mehreren": 3, "mehrerer": 3, "einige": 3, "einigen": 3, "einiger": 3,
                     "paar": 2}  # fmt: skip
VAGUE_UNITS = {"dutzend": 12, "hundert": 100, "tausend": 1_000, "zehntausend": 10_000,
               "hunderttausend": 100_000, "million": 1_000_000, "millionen": 1_000_000}  # fmt: skip
UNQUANTIFIED_CUES = ("zahlreiche", "zahlreichen", "zahlreicher", "viele", "vielen", "vieler", "etliche",
                     "etlichen", "etlicher", "unzählige", "unzähligen", "unzähliger", "eine große zahl",
                     "eine grosse zahl", "eine große anzahl", "eine grosse anzahl", "eine vielzahl",
                     "einer vielzahl", "einer großen zahl", "eine unbekannte zahl", "eine unbestimmte zahl",
                     "eine hohe zahl", "eine ganze reihe", "schwere", "schweren", "hohe", "hohen", "erhebliche",
                     "erheblichen", "massive", "massiven", "enorme", "enormen", "große zahl", "grosse zahl",
                     "eine reihe", "eine unbekannte anzahl", "unbekannt viele")  # fmt: skip

# --- What is counted -----------------------------------------------------------------------------------------

# The victims of a killing are its dead: "die Opfer der Hinrichtungen", "die Opferzahl dieser Massenhinrichtungen".
# (Not a killing's noun alone: "bei der Hinrichtung wurden 5 Zuschauer verletzt" counts the wounded.)
_VICTIMS_OF_KILLING = tuple(
    f"opfer* {of} {killing}"
    for of in ("der", "dieser", "von")
    for killing in ("hinrichtung*", "massenhinrichtung*", "exekution*", "massenexekution*", "erschießung*",
                    "massenerschießung*", "massaker*", "ermordung*", "massenmord*")
)  # fmt: skip

# "Kiew nennt die eigenen Verluste nicht": a side's own losses, casualties of its army (a metric and a population).
_OWN_LOSSES = ("eigene verluste", "eigenen verluste", "eigenen verlusten", "eigener verluste")

METRIC_CUES = {
    "killed": ("tot", "tote", "toten", "toter", "totes", "getötet*", "tötet*", "tötete*", "töteten", "töten", "todesopfer*",
               "tod", "todes", "leiche", "leichen", "leichnam*", "starb", "starben", "sterben", "stirbt",
               "gestorben", "verstorben*", "ums leben", "leben verloren", "leben gelassen", "menschenleben",
               "gefallen", "gefallene", "gefallene*", "fielen", "ziviltote*", "fallen", "zum opfer", "zum opfer gefallen*",
               "erschossen*", "erschoss*", "ermordet*", "ermordung*",
               "hingerichtet*", "exekutiert*", "massakriert*", "eliminiert*", "liquidiert*", "getöteten*",
               "tödlich", "tötung*", "opfer* des massakers", "opfer* eines massakers", "opfer* der massaker",
               "todeszahl*", "totenzahl*", "todesfall", "todesfälle", "todesfällen", "verbrannt*", "umgebracht*",
               "ertrunken*", "geköpft*", "enthauptet*", "niedergeschossen*", "neutralisiert*", "ausgeschaltet*",
               "vernichtet*", "gefallenen", "verstarb", "verstarben", "erlag", "erlagen", "erlegen",
               "umgekommen*", "umkamen", "kamen dabei um", "kam dabei um", "verlor* ihr leben", "verlor* sein leben", "verlor* das leben",
               "verlor* dabei ihr leben", "verlor* dabei sein leben", "verlor* dabei das leben", "kamen um", "kam um", "das leben", "ihr leben", "ihre leben", "sein leben", "leben kostete",
               "leben gekostet", "tödlich verletzt*", "tödlich verwundet*", "totgeschlagen*", *_VICTIMS_OF_KILLING,
               # "zu Tode kommen" is to die, "kamen 40 Pilger zu Tode", "zu Tode geprügelt" to be killed so
               "zu tode"),
    "wounded": ("verletzt*", "zivilverletzte*", "verwundet*", "verletzung*", "verwundung*", "schwerverletzt*", "leichtverletzt*",
                "schwerstverletzt*", "schwerverwundet*",
                "schwer verletzt*", "leicht verletzt*", "hospitalisiert*", "krankenhaus eingeliefert", "krankenhaus gebracht", "krankenhäuser gebracht",
                "krankenhäuser eingeliefert", "klinik gebracht", "kliniken gebracht", "klinik eingeliefert",
                "kliniken eingeliefert", "spital gebracht", "spital eingeliefert", "spitäler gebracht",
                "spitäler eingeliefert",
                "angeschossen*"),
    "casualties": ("verlust*", "opfer", "opfern", "opfers", "zivilopfer*", "zu schaden", "außer gefecht", "ausser gefecht", "verlor", "verloren",
                   "verlieren", "verliert", "tote und verletzte", "toten und verletzten", "tote oder verletzte",
                   "getötet oder verletzt", "getötet und verletzt", "getötet oder verwundet",
                   "getötet und verwundet", "tote und verwundete", "toten und verwundeten", "getötete und verletzte",
                   "getöteten und verletzten", "getötete oder verletzte", "opferzahl*",
                   "tot oder verletzt", "tot oder verwundet", "gefallenen und verwundeten", "verwundet oder getötet",
                   "verletzt oder getötet", "verwundet und getötet", "verletzt und getötet", "verwundete und tote",
                   "verletzte und tote", "verwundeten und toten", "verletzten und toten",
                   "gefallene und verwundete", "gefallenen und verletzten", "gefallene und verletzte",
                   "toten und vermissten", "tote und vermisste", "getötete und vermisste", "tote noch verletzte", "toten noch verletzten",
                   "tote noch verwundete", "getötet noch verletzt", *_OWN_LOSSES),
    "missing": ("vermisst*", "verschollen*", "vermisste*", "verschwunden*", "unbekannten verbleib*"),
    "captured": ("gefangen*", "gefangenschaft", "geisel*", "festgenommen*", "festnahme*", "verschleppt*",
                 "entführt*", "inhaftiert*", "in gewahrsam", "in der gewalt", "in gewalt", "in der hand der", "in der hand des", "in den händen der", "in den händen des", "in ihrer hand",
                 "in ihren händen",
                 "in ihrer gewalt", "in seiner gewalt", "in seiner hand", "verhaftet*",
                 # brought into it, the accusative: "brachten 300 Mädchen in ihre Gewalt", "in die Hände der Miliz"
                 "in ihre gewalt", "in seine gewalt", "in die gewalt", "in ihre hand", "in seine hand",
                 "in die hand der", "in die hand des", "in ihre hände", "in seine hände", "in die hände der",
                 "in die hände des",
                 "festgehalten*", "kriegsgefangen*", "fest", "ergeben", "ergaben", "gefangennahme"),
    "displaced": ("vertrieben*", "vertreibung*", "binnenvertrieben*", "flüchtling", "flüchtlinge", "flüchtlingen",
                  "geflohen", "geflüchtet*", "flohen", "floh", "fliehen", "flüchten", "flüchteten", "auf der flucht",
                  "zur flucht", "evakuiert*", "evakuierung*", "deportiert*", "deportation*", "ausgewiesen*",
                  "zwangsumgesiedelt*", "umgesiedelt*", "obdachlos*", "heimatvertrieben*",
                  "schutzsuchend*", "asylsuchend*", "häuser verlassen", "heimat verlassen", "verlor* ihre heimat", "verlor* ihr zuhause",
                  "verlor* ihre häuser", "verlor* dabei ihre heimat", "verlor* dabei ihr zuhause", "wohnungen verlassen",
                  "wohnorte verlassen", "zuhause verlassen", "dörfer verlassen", "region verlassen", "land verlassen", "stadt verlassen",
                  "verließen ihre", "ihre heimat", "heimat verloren", "ihr zuhause verloren", "ihre häuser verloren",
                  "ihre wohnungen verloren", "haus und hof verloren", "ins ausland", "aus ihren häusern", "aus ihren dörfern"),
}  # fmt: skip
# Verbs whose subject did the harm: no population is read before them ("Kiewtreue Truppen beschießen Gefängnis – 75
# Gefangene tot": the prisoners, not the troops).
AGENT_VERBS = ("beschieß*", "beschiess*", "beschoss*", "beschossen", "bombardiert*", "bombardieren", "attackiert*",
               "attackieren", "greifen an", "greift an", "griff* an", "angegriffen", "überfiel*", "überfallen")  # fmt: skip
# The sides of wars as adjectives ("russisch*": russische, russischen), before the army they name.
_SIDES = ("russisch", "ukrainisch", "israelisch", "palästinensisch", "syrisch", "irakisch", "iranisch", "afghanisch",
          "sudanesisch", "amerikanisch", "us-amerikanisch", "britisch", "französisch", "deutsch", "sowjetisch",
          "rot", "türkisch", "kurdisch", "libanesisch", "jemenitisch", "saudisch", "äthiopisch", "eritreisch",
          "malisch", "nigerianisch", "kongolesisch", "armenisch", "aserbaidschanisch", "georgisch", "serbisch",
          "kroatisch", "bosnisch", "preußisch", "österreichisch", "chinesisch", "japanisch", "nordkoreanisch",
          "südkoreanisch", "feindlich", "gegnerisch", "eigen", "regulär", "national")  # fmt: skip
POPULATION_CUES = {
    "civilian": ("zivilist*", "zivilopfer*", "ziviltote*", "zivilverletzte*", "zivilperson*", "zivilbevölkerung", "zivile", "zivilen", "ziviler", "ziviles",
                 "medizinisches personal", "medizinischen personals", "medizinischem personal",
                 "humanitäres personal", "humanitären personals", "humanitärem personal", "sanitätspersonal",
                 "gesundheitspersonal", "hilfspersonal",
                 "unbeteiligt*"),
    "military": ("soldat*", "kämpfer*", "personal", "personals", "militärpersonal*", "kriegsgefangen*", "militär*", "militärangehörig*", "armeeangehörig*", "besatzer*",
                 "terrorist*", "militant*", "milizionär*", "milizen", "miliz", "söldner*", "kamerad*", "truppe*", "rotarmist*",
                 "streitkräfte", "streitkräften", "feind*", "angreifer*", "angehörige der streitkräfte",
                 "angehörigen der streitkräfte", "angehörige der armee",
                 "angehörigen der armee", "angehörige des militärs", "angehörigen des militärs", "dschihadist*", "islamist*", "rebell*", "aufständisch*",
                 "kombattant*", "separatist*", "offizier*", "kommandeur*", "kommandant*", "befehlshaber*", "rekrut*", "wehrpflichtig*", "fallschirmjäger*", "marinesoldat*",
                 "sicherheitskräfte", "sicherheitskräften", "einsatzkräfte der armee", "personal der armee",
                 "gegner*", "okkupant*", "invasor*", "paramilitär*", "gotteskrieger*", "extremist*",
                 "bewaffnete", "bewaffneten", "verteidiger*", "infanterist*", "mann der", "panzerbesatzung*",
                 "gefallene", "gefallenen", "wehrmachtssoldat*", "legionär*", "partisan*", "guerill*",
                 # an army's dead are soldiers: "180'000 Toten aufseiten der russischen Armee", "Verluste der Roten
                 # Armee" (a people noun after the number still says all: "Die Armee tötete 20 Menschen")
                 "armee", "armeen", "heer", "heeres", "wehrmacht",
                 # (named with its adjective, which may stand last in the words read after the number: "Toten und
                 # Verwundeten aufseiten der russischen Armee")
                 *(f"{side}* {army}" for side in _SIDES for army in ("armee", "streitkräfte", "truppen", "heer*")),
                 # an army's ranks: "350.000 Tote und Verletzte in den Reihen der russischen Truppen"
                 "in den reihen", "in den eigenen reihen", "in ihren reihen", "in seinen reihen",
                 # a side's own losses are its army's: "Moskau gibt die eigenen Verluste mit 1350 an"
                 *_OWN_LOSSES),
}  # fmt: skip
PEOPLE_NOUNS = ("mensch", "menschen", "person", "personen", "bewohner*", "einwohner*", "leute", "kind", "kinder",
                "kindern", "kindes", "frau", "frauen", "mann", "männer", "männern", "journalist*", "helfer*",
                "mitarbeiter*", "patient*", "senior*", "bürger*", "minderjährig*", "jugendlich*", "säugling*",
                "baby", "babys", "jungen", "junge", "mädchen", "polizist*", "ärzt*", "arzt", "sanitäter*",
                "rentner*", "pflegekräfte", "helferinnen", "insassen", "passagier*", "gläubig*", "schüler*",
                "studenten", "studierende", "arbeiter*", "angehörige", "familienangehörige", "häftling*",
                "migrant*", "mitglieder", "fahrgast", "fahrgäst*", "beamte", "beamten", "feuerwehrleute", "retter*", "einsatzkräfte",
                "dorfbewohner*", "anwohner*", "demonstrant*", "zuschauer*", "besucher*", "gäste", "teenager*")  # fmt: skip
GROUP_CUES = {
    # a group of both: "12 Frauen und Kinder" count no one group
    "all": ("frauen und kinder", "kinder und frauen", "frauen und kindern", "kindern und frauen",
            "männer und frauen", "frauen und männer", "alte und kinder", "frauen und mädchen",
            "männer und jungen",
            # (young adults are no children: "junge Menschen", "junge Männer", "jungen Frauen")
            "junge menschen", "jungen menschen", "junge leute", "jungen leute",
            # (pupils are children, their teachers not: "30 Schüler und Lehrer")
            "schüler und lehrer", "schülern und lehrern", "lehrer und schüler", "lehrern und schülern",
            "schülerinnen und lehrerinnen"),
    "children": ("jungen und mädchen", "mädchen und jungen", "kind", "kinder", "kindern", "kindes", "minderjährig*", "säugling*", "baby", "babys",
                 # adolescents, under 18 as minors are: "zwei Jugendliche im Alter von 14 und 15 Jahren"
                 "jugendlich*", "teenager*",
                 "kleinkind*", "neugeboren*", "junge", "jungen", "mädchen", "bub", "buben", "knabe", "knaben",
                 # pupils: "112 Schülerinnen", "Grundschüler", "Schulkinder"
                 "schüler*", "schulkind*", "schulmädchen", "schuljunge*"),
    # (or named by their sex: "zwei weibliche Geiseln", "männliche Gefangene")
    "women": ("frau", "frauen", "schwangere", "junge frauen", "jungen frauen", "weiblich*"),
    "men": ("mann", "männer", "männern", "junge männer", "jungen männer", "jungen männern", "männlich*"),
    "elderly": ("senior*", "rentner*", "ältere menschen", "älteren menschen", "ältere", "älteren", "betagte*",
                "hochbetagte*"),
}  # fmt: skip
THING_NOUNS = ("panzer*", "schützenpanzer*", "fahrzeug*", "drohne", "drohnen", "rakete", "raketen", "geschoss*",
               "granate*", "haubitze*", "artillerie*", "artilleriesystem*", "systeme", "flugzeug*", "hubschrauber*",
               "kampfjet*", "jets", "kampfflugzeug*", "häuser", "haus", "gebäude*", "wohnung*", "wohnhäuser",
               "wohnhaus", "schule", "schulen", "krankenhäuser", "krankenhaus", "klinik", "kliniken", "dörfer",
               "dorf", "ortschaft*", "städte", "siedlung*", "angriff", "angriffe", "angriffen", "anschlag",
               "anschläge", "anschlägen", "attacke*", "luftangriff*", "mal", "male", "kilometer*", "km", "meter",
               "metern", "tonne", "tonnen", "hektar", "familie", "familien", "haushalt*", "ziel", "ziele",
               "zielen", "stellung*", "positionen", "kontrollposten", "lastwagen", "lkw", "geschütz*", "waffe",
               "waffen", "schiff*", "boot", "boote", "booten", "minen", "munition", "lager", "camps", "bomben",
               "bombe", "einschläge", "einschlägen", "explosionen", "stück", "punkte", "sitze", "stimmen",
               "provinzen", "regionen", "bezirke", "länder", "ländern", "staaten", "staates", "brücken",
               "brücke", "züge", "zug", "busse", "autos", "trucks", "hilfsgüter", "hilfslieferungen",
               "quadratkilometer*", "grad", "euro", "dollar", "mörsergranaten", "marschflugkörper*",
               "geschosse", "salven", "luftschläge", "luftschlägen", "schläge", "einsätze", "einsätzen",
               "operationen", "resolutionen", "artikel", "seiten", "punkten", "fälle", "fällen", "vorfälle", "berichte", "berichten", "quellen",
               # not zero: "keine Angaben zu Opfern" says nothing of how many
               "keine angaben", "keine informationen", "keine berichte", "keine hinweise", "keine erkenntnisse",
               "keine details", "keine zahlen", "keine auskunft", "keine auskünfte", "keine einzelheiten",
               "keine genauen", "keine offiziellen", "keine bestätigung", "keine unabhängige", "kein ende",
               "keinerlei angaben", "keinerlei informationen", "betten",
               "vorfällen", "zwischenfälle", "zwischenfällen", "hilfskonvoi*", "konvoi*", "kräfte"
               )  # fmt: skip
TIME_UNITS = ("sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "tages",
              "woche", "wochen", "monat", "monate", "monaten", "monats", "jahr", "jahre", "jahren", "jahres",
              "jahrzehnt*", "jahrhundert*", "nacht", "nächte", "nächten", "uhr")  # fmt: skip
MONTHS = ("januar", "jänner", "februar", "feber", "märz", "maerz", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep",
          "sept", "okt", "nov", "dez")  # fmt: skip

# --- Never a casualty figure ---------------------------------------------------------------------------------

YEAR_WORDS: tuple[str, ...] = ()
YEAR_BEFORE = ("im", "in", "seit", "bis", "von", "ab", "vor", "nach", "jahr", "jahres", "jahre", "zwischen",
               "und", "anfang", "ende", "mitte", "sommer", "herbst", "winter", "frühjahr", "frühling", "um",
               "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
               "oktober", "november", "dezember", "des", "dem", "den", "aus", "zum", "frühsommer", "spätsommer",
               "kriegsjahr", "kriegsjahres", "wahljahr", "jahrgang", "baujahr", "geboren", "gegründet",
               "wahlen", "wahl")  # fmt: skip
AGE_BEFORE = ("im alter von", "im alter zwischen", "alter von", "im alter", "jährig*", "kinder unter", "kinder bis",
              "jugendliche unter", "menschen unter", "personen unter", "männer unter", "frauen unter",
              "menschen über", "personen über", "männer über", "frauen über", "männer zwischen", "frauen zwischen",
              "kinder zwischen", "jungen zwischen", "menschen zwischen", "bis zum alter von", "ab einem alter von",
              "älter als", "jünger als", "alt", "mädchen unter", "jungen unter", "minderjährige unter",
              # a range right after them is their ages: "Männer zwischen 18 und 60"
              "männer", "frauen", "jungen", "mädchen", "kinder", "menschen", "personen")  # fmt: skip
# The press writes a person's age in brackets after their noun or name: "Ein Invalide (42) tötet zehn Menschen",
# "Anna K. (23) wurde verletzt" (not after a casualty word: "Tote (42)").
BRACKETED_AGES = True
AGE_AFTER = ("jährig*", "jähr*", "jahre alt", "jahre alte", "jahre alten", "jahre alter", "lenze")
PERCENT_WORDS = ("prozent", "%", "prozentpunkte", "prozentpunkt", "promille",
                 # a share as a fraction, as a percentage: "ein Drittel der Toten", "die Hälfte der 2000 Verletzten"
                 "drittel", "viertel", "fünftel", "sechstel", "achtel", "zehntel", "hälfte", "dreiviertel")  # fmt: skip
MONEY_WORDS = ("euro", "eur", "dollar", "us-dollar", "usd", "franken", "chf", "rubel", "hrywnja", "hrywen",
               "pfund", "schekel", "cent", "rappen", "€", "$")  # fmt: skip
DESIGNATIONS = ("nr", "nr .", "nummer", "resolution", "kilometer", "km", "paragraf", "paragraph", "artikel",
                "flug", "linie", "straße", "strasse", "haus", "block", "bus", "zug", "gruppe", "bataillon",
                "regiment", "division", "einheit", "platz", "rang", "kapitel", "seite", "punkt", "stufe", "gleis",
                "route", "autobahn", "brigade", "korps", "bundesstraße", "kanal", "sektor", "zone", "gebäude",
                "gate", "tor", "halle", "raum", "zimmer", "terminal", "abschnitt", "kp", "höhe", "quadrat",
                "modell", "typ", "version", "ausgabe")  # fmt: skip
ORDINAL_SUFFIXES = ("te", "ten", "ter", "tes", "tem", "ste", "sten", "ster", "stes", "stem")

NON_FIGURES = {
    "date": ("am 7. Oktober 2023", "vom 5. bis 12. Mai"),
    "year": ("im Jahr 2022",),
    "age": ("im Alter von 12 Jahren", "ein 45-Jähriger"),
    "time": ("um 10.30 Uhr",),
    "duration": ("drei Tage",),
    "count of things": ("12 Panzer",),
    "ordinal": ("die 93. Brigade",),
}
NUMBER_FORMS = ("43.799", "9 177", "300'000", "5,7 Millionen", "2,1 Mio.", "dreiundzwanzig",
                "zweitausendfünfhundert", "eine halbe Million", "zwei Dutzend")  # fmt: skip

# --- Breakdowns and attribution ------------------------------------------------------------------------------

# "Von den 300 Passagieren wurden 12 verletzt": the whole that a figure after it in its clause is a part of.
WHOLE_BEFORE = ("von den", "unter den insgesamt", "von insgesamt")
# ... and "von" alone where it opens its clause, before a whole with no article: "Von 110 Millionen Soldaten sind 27
# Millionen gefallen" (not "sprach von 30 Toten und 50 Verletzten"); a whole that names its own harm stays a figure
# (HARMED_WHOLES: "Von 30 Toten waren 12 Kinder").
WHOLE_OPENERS = ("von",)
HARMED_WHOLES = True
# A whole that names captives is a figure too, its part what befell some of them: "Von den 5,7 Millionen gefangenen
# Rotarmisten kamen 3,3 Millionen in Lagern um", "Von den 240 Geiseln wurden 105 freigelassen".
CAPTIVE_WHOLES = True
BREAKDOWN_CUES = ("unter den toten sind", "unter den toten seien", "unter den toten waren", "unter den toten",
                  "unter den opfern sind", "unter den opfern seien", "unter den opfern waren", "unter den opfern",
                  "unter den getöteten sind", "unter den getöteten seien", "unter den getöteten waren",
                  "unter den verletzten sind", "unter den verletzten seien", "unter den verletzten waren",
                  "unter den todesopfern", "unter den toten befinden sich", "unter den opfern befinden sich", "darunter", "davon", "unter ihnen", "unter denen", "einschließlich", "einschliesslich",
                  "inklusive", "unter anderem", "bei denen es sich um",
                  # a part told with its verb: "39.200 Mann, von diesen wurden 2443 verwundet", "von denen 3000 fielen"
                  "von denen", "von diesen", "von ihnen", *(f"{of} {verb}" for of in ("von denen", "von diesen",
                  "von ihnen", "davon") for verb in ("wurden", "waren", "sind", "seien", "wurde", "kamen", "starben",
                  "fielen", "sollen")))  # fmt: skip
ATTRIBUTION_VERBS = ("sagte*", "sagt", "sagen", "erklärte*", "erklärt", "teilte*", "teilt", "mitgeteilt",
                     "mitteilte*", "berichtete*", "berichtet", "berichten", "meldete*", "meldet", "melden",
                     "bestätigte*", "bestätigt", "schrieb*", "schreibt", "betonte*", "fügte*", "ergänzte*",
                     "zählte*", "zählt", "dokumentierte*", "verkündete*", "gab bekannt", "gaben bekannt",
                     "gibt an", "gab an", "gaben an", "räumte*", "sprach", "sprachen", "spricht", "schätzt*",
                     "schätzte*", "warnte*", "äußerte*", "behauptete*", "behauptet", "informierte*",
                     "veröffentlichte*", "bezifferte*", "beziffert", "nannte*", "zufolge",
                     "verlautete", "erläuterte*", "unterstrich", "bilanzierte*", "registrierte*",
                     "verzeichnete*", "stellte fest", "versicherte*", "mitzuteilen", "twitterte*", "postete*",
                     "sagten", "erklärten", "teilten", "berichteten", "meldeten", "bekanntgab", "angab",
                     "beziffern")  # fmt: skip
ACCORDING_TO = ("laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der",
                "nach angaben vom", "nach informationen", "nach informationen von", "nach informationen des",
                "nach informationen der", "nach schätzungen", "nach schätzungen von", "nach schätzungen des",
                "nach schätzungen der", "nach darstellung", "nach darstellung von", "nach darstellung des",
                "nach darstellung der", "nach auskunft", "nach aussage", "nach aussagen", "nach worten",
                "nach zählung", "nach zählungen", "nach berechnungen", "nach eigenen angaben", "gemäß", "gemäss",
                "zitiert", "nach erkenntnissen", "wie ... mitteilte", "aus kreisen", "nach daten",
                "nach zahlen", "angaben zufolge", "nach angaben aus", "laut angaben", "wie", "so", "unter berufung auf", "mit verweis auf",
                "unter verweis auf", "nach auffassung", "nach ansicht", "nach einschätzung",
                "nach einschätzung von", "nach einschätzung des", "nach einschätzung der")  # fmt: skip
SPEAKER_NOUNS = ("ministeri*", "gesundheitsministeri*", "verteidigungsministeri*", "gouverneur*", "behörde*",
                 "verwaltung*", "regionalverwaltung*", "militärverwaltung*", "generalstab*", "armee", "polizei",
                 "sprecher*", "bürgermeister*", "präsident*", "regierung*", "staatsanwaltschaft*",
                 "generalstaatsanwaltschaft*", "zivilschutz*", "rettungsdienst*", "katastrophenschutz*",
                 "agentur*", "nachrichtenagentur*", "organisation*", "mission*", "beobachter*", "hilfswerk*",
                 "kommando*", "stab", "militär", "streitkräfte", "quelle*", "quellen", "aktivist*",
                 "menschenrechtler*", "zeitung*", "sender*", "minister*", "chef*", "leiter*", "vertreter*",
                 "kommandeur*", "kommission*", "rotes kreuz", "roten kreuzes", "halbmond*", "uno", "un", "who",
                 "unicef", "unhcr", "ocha", "ikrk", "iom", "nato", "medien", "ärzte ohne grenzen",
                 "bundeswehr", "kreml", "pentagon", "weißes haus", "büro*", "amt", "ämter", "dienst*",
                 "rat", "parlament*", "geheimdienst*", "ermittler*", "staatsmedien", "fernsehen")  # fmt: skip
NAME_STOPS = ("dass", "am", "an", "im", "in", "auf", "aus", "bei", "mit", "nach", "seit", "zu", "zum", "zur",
              "über", "unter", "gegen", "um", "durch", "hingegen", "dagegen", "indes", "indessen", "wiederum",
              "ebenfalls", "außerdem", "ausserdem", "ferner", "weiter", "weiterhin", "zuletzt", "erneut",
              "gegenüber", "offiziell", "übereinstimmend", "jeweils", "ihrerseits", "seinerseits", "bis", "und", "oder", "aber", "wie", "weil",
              "als", "denn", "sondern", "doch", "ist", "sind", "war", "waren", "wurde", "wurden", "wird",
              "werden", "sei", "seien", "hat", "haben", "hatte", "hatten", "hätten", "habe", "gab", "gibt",
              "soll", "sollen", "sollten", "es", "sie", "er", "man", "heute", "gestern", "bislang", "bisher",
              "inzwischen", "zudem", "allein", "auch", "noch", "bereits", "mehr", "rund", "etwa", "mindestens",
              "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "montagabend",
              "dienstagabend", "mittwochabend", "donnerstagabend", "freitagabend", "samstagabend",
              "sonntagabend", "morgen", "abend", "vormittag", "nachmittag", "zunächst", "demnach", "jedoch",
              "damit", "dabei", "dort", "hier", "vom", "seine", "seiner", "ihre", "ihrer", "sich", "nicht",
              "insgesamt", "mitteilte", "erklärte", "sagte", "schon", "laut", "zufolge", "sowie", "so",
              "ohne", "wegen", "während", "vor", "kurz", "später", "nun", "jetzt", "weitere", "weiteren",
              "telegram", "x", "mittwochmorgen", "dienstagmorgen", "montagmorgen", "donnerstagmorgen",
              "freitagmorgen", "samstagmorgen", "sonntagmorgen")  # fmt: skip
# Words before a name that are not part of it: "teilte das Ministerium mit".
DETERMINERS = ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
               # a pronoun or a demonstrative is no name ("Dies teilte das UNHCR mit", "Er sagte")
               "dies", "diese", "dieser", "dieses", "diesem", "diesen", "es", "er", "sie", "man")  # fmt: skip

# --- Compounds -----------------------------------------------------------------------------------------------

# The heads a compound may end in, which carry its meaning: "Regierungs|soldaten", "Binnen|vertriebene".
_HEADS = (
    "soldat", "kämpfer", "verletzung", "verwundung", "zivilist", "person", "opfer", "tote", "toten", "getötete", "verletzte", "verwundete",
    "vertriebene", "flüchtling", "gefangene", "geisel", "angriff", "anschlag", "anschläge", "rakete", "drohne",
    "panzer", "menschen", "kinder", "frauen", "männer", "bewohner", "einwohner", "helfer", "mitarbeiter",
    "polizist", "besatzer", "terrorist", "milizionär", "söldner", "vermisste", "angaben", "fahrzeug", "gebäude", "häuser", "haus", "schule", "journalist",
    "rentner", "senioren", "säugling", "offizier", "rekrut", "kamerad", "zivilbevölkerung", "leichen",
    "konvoi", "lager", "stellung", "system", "geschoss", "granate", "flugzeug", "hubschrauber", "schläge",
    "verluste", "verlusten", "sanitäter", "ärzte", "patienten", "schüler", "studenten", "arbeiter", "krieger",
    "truppen", "einheiten", "einsatzkräfte", "sicherheitskräfte", "streitkräfte", "bürger", "dörfer", "dorf",
    "wohnung", "waffen", "boote", "schiffe", "kinder", "jugendliche", "minderjährige",
)  # fmt: skip
_HEAD_RE = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))


def word_variants(word: str) -> list[str]:
    """Return the heads of a compound word, as further forms of it: "hamas-kämpfer" → "kämpfer",
    "regierungssoldaten" → "soldaten", "binnenvertriebene" → "vertriebene"."""
    found: list[str] = []
    if "-" in word:
        tail = word.rsplit("-", 1)[1]
        if len(tail) >= 3:
            found.append(tail)
        word = tail
    for match in _HEAD_RE.finditer(word, 2):
        if match.start() >= 3 and len(word) - match.start() >= 4:
            found.append(word[match.start() :])
            break
    return found


# --- German particulars (optional hooks of multilingual.py) --------------------------------------------------

ORDINAL_DOT = True  # "am 7. Oktober", "die 93. Brigade": a number with a full stop is an ordinal
# "am 30. September 38 Soldaten": the day stands before its month, the number after them counts what follows it
DAY_BEFORE_MONTH = True
# "Als die sowjetischen Truppen 1989 nach zehnjährigem Einsatz abzogen, beliefen sich ihre Verluste auf mehr als
# 15.000": German writes a year bare, after its noun or verb; before a preposition, with a figure that is no year
# later in the sentence, it is a year (not before a conjunction: "starben 1800 und 2500 wurden verletzt").
BARE_YEARS = True
BARE_YEAR_WORDS = ("und", "oder", "sowie", "bzw")
# Words before "5." that make it an ordinal even before a capital ("die 93. Brigade", "am 5. Tag").
ORDINAL_BEFORE = ("der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim", "ab", "seit",
                  "bis", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "jede", "jeden")  # fmt: skip
RATIO_BETWEEN = ("von",)  # "vier von fünf Kindern": a word between two numbers that makes them a ratio
RATE_CUES = ("pro tag", "pro woche", "pro monat", "pro stunde", "pro jahr", "je tag", "am tag", "täglich",
             "pro nacht", "in der stunde", "in der woche", "im monat", "jeden tag", "pro kopf")  # fmt: skip
# ... and before it: "Täglich sterben 30 Kinder", "Jeden Tag werden 100 Menschen getötet".
RATE_BEFORE = ("täglich", "jeden tag", "pro tag", "tag für tag", "durchschnittlich", "im durchschnitt",
               "im schnitt", "wöchentlich", "stündlich", "monatlich", "tagtäglich", "jede woche", "jede nacht",
               "pro woche", "pro monat", "jeden monat")  # fmt: skip
# (the adverb first, the verb second, a place between: "Täglich sterben in Gaza 30 Kinder")
RATE_BEFORE_REACH = 6
# "nach israelischen Angaben", "nach UN-Angaben", "laut Polizeiangaben": the speaker is named inside.
SOURCE_PREPOSITIONS = ("nach", "laut", "gemäß", "gemäss", "zufolge")
SOURCE_NOUNS = ("angaben", "schätzungen", "informationen", "zählungen", "zählung", "zahlen", "darstellung",
                "berechnungen", "erkenntnissen", "quellen", "kreisen", "daten", "berichten", "meldungen")  # fmt: skip
NOT_SPEAKERS = ("eigenen", "offiziellen", "vorläufigen", "ersten", "neuesten", "neuen", "bisherigen", "jüngsten",
                "aktuellen", "übereinstimmenden", "unbestätigten", "inoffiziellen", "weiteren", "anderen",
                "unabhängigen", "lokalen", "örtlichen", "vorliegenden", "verschiedenen", "unterschiedlichen")  # fmt: skip
# "tötete einen Soldaten und verletzte drei weitere": a verb after "und" begins another clause.
CONJUNCTIONS = ("und", "sowie")
# "von diesen wurden 2443 verwundet, es fielen 422": words that open a clause of their own, whose dying is not the
# wounded's before them ("5 Soldaten wurden verletzt, die später starben" stays the wounded who died).
SUBCLAUSE_OPENERS = ("es", "dass", "nachdem", "als", "während", "wobei", "aber", "jedoch", "doch", "außerdem",
                     "ausserdem", "weil", "bevor", "wo", "wenn", "zudem", "ferner")  # fmt: skip
# A sentence that credits no one borrows no speaker: a passive, a hedge, a document.
UNATTRIBUTED_CUES = ("hieß es", "heißt es", "hiess es", "heisst es", "wurde berichtet", "wurde gemeldet",
                     "wurden gemeldet", "berichten zufolge", "medienberichten zufolge", "nach ersten angaben",
                     "nach vorläufigen angaben", "ersten angaben zufolge", "vorläufigen angaben zufolge",
                     "nach ersten erkenntnissen", "nach bisherigen erkenntnissen", "nach medienberichten",
                     "offenbar", "mutmaßlich", "angeblich", "die rede", "war die rede", "ist die rede", "einem bericht zufolge")  # fmt: skip
# "Den Angaben zufolge", "das Ministerium teilte mit": a description that stands for the speaker named before.
SPEAKER_DESCRIPTIONS = ("ministerium", "ministeriums", "behörde", "behörden", "organisation", "mission",
                        "agentur", "angaben", "daten", "zahlen", "amt", "büro", "bericht", "berichts",
                        "statistik", "erhebung")  # fmt: skip
# "Mandalay, die Stadt mit 1,6 Millionen Einwohnern, ...": inhabitants with no harm said in their clause are the
# size of a place, not a casualty figure ("12 Einwohner wurden getötet" says a harm).
SIZE_NOUNS = ("einwohner", "einwohnern", "einwohnerinnen")
# "Bei Angriffen der Militärjunta wurden 40 Menschen getötet": the people counted are all, not the attacker's.
PEOPLE_SAY_ALL = ("mensch", "menschen", "person", "personen", "leute", "bewohner*", "einwohner*", "kinder",
                  "kindern", "frauen", "zivilist*")  # fmt: skip
# "Im Bus saßen 40 Menschen, 12 wurden verletzt", "39.200 Mann, von diesen wurden 2443 verwundet": the harm is the
# later amount's, and the part is of the whole's population.
OWNED_HARM = True
# "Die israelische Armee meldete 30 Tote": the army tells of the dead, they are not its own.
SPEAKER_NOT_SUBJECT = True
# "Die Zahl der Toten stieg um 12 auf 45": by how much a toll changed is no figure.
CHANGE_BY = ("um",)
# "Auf österreichischer Seite fielen 5.000 Mann": "Mann" after a number counts soldiers ("ein Mann" is a man).
NUMBER_POPULATIONS = {"mann": "military"}

# --- Cross-language rules (fourth batch) ---
# Words that join two harms said of one count: killed with wounded or missing, joined so, are casualties.
HARM_JOINERS = ("und", "oder", "sowie")
# Words between two harms that say the second befell others ("13 muertos y nueve más heridos"): no harms of one count.
HARM_OTHERS = ("weitere", "weiteren", "weiterer", "andere", "anderen", "mehr", "noch")
# Nouns of people displaced, whose metric a harm said of them overrides ("Deux exilés sont portés disparus":
# missing), as a captive's word already is.
STATUS_NOUNS = (
    "flüchtling",
    "flüchtlinge",
    "flüchtlingen",
    "vertriebene",
    "vertriebenen",
    "binnenvertriebene*",
)
# "Elf der 39 Soldaten fielen ...", "drei der insgesamt 20 Geiseln": the part counts what its whole counts.
PART_OF = ("der", "der insgesamt")
# "Unter den getöteten Zivilisten befänden sich 11.700 Kinder", "Unter den Soldaten gab es 12 Tote": whose losses,
# named after "unter den" before the amount (the verb stands last or between).
AMONG_BEFORE = ("unter den", "unter diesen")
# "Die Zahl der Todesopfer aufgrund von Flucht und Vertreibung", "Tote infolge der Vertreibung": a harm named as
# a cause after the harm counted does not outweigh it.
CAUSE_WORDS = ("aufgrund", "aufgrund von", "aufgrund der", "aufgrund des", "infolge", "infolge von", "infolge der",
               "infolge des", "wegen", "wegen der", "wegen des", "durch", "durch die", "durch den", "durch das")  # fmt: skip
