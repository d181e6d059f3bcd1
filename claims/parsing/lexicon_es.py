"""The Spanish lexicon: the words the reader knows in Spanish, as tables (the contract is in multilingual.py).

Words are written in lower case; a word ending in "*" is a stem and matches every word that starts with it
("fallec*": fallecido, fallecidos, fallecieron, fallecimiento). Stems are kept long enough not to catch other
words. Accented words are also listed without their accents where wires and social media drop them ("mas de",
"victimas").

Spanish as Spain, Mexico, Colombia and the UN's Spanish releases write it: "43.799" and "9 177" are thousands,
"2,1 millones" a decimal comma; Mexican and US Spanish write "43,799" and "1.2 millones", which the shared digit
rules read the same way (three digits after one separator are a group; a separator before a scale word is a
decimal mark). "12 mil 368" is 12,368.
"""

from __future__ import annotations

import itertools

CODE = "es"
NAME = "Spanish"
DECIMAL_COMMA = True  # "2,1 millones" is 2,100,000

# --- Numbers -------------------------------------------------------------------------------------------------


def _forms(value: int, *forms: str) -> dict[str, int]:
    return dict.fromkeys(forms, value)


def _unaccented(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Return the words and, for those with an accent, the same word without it (as some wires write)."""
    plain = str.maketrans("áéíóúü", "aeiouu")
    out: list[str] = []
    for word in words:
        for form in (word, word.translate(plain)):
            if form not in out:
                out.append(form)
    return tuple(out)


_NUMBER_WORDS: dict[str, int] = {
    **_forms(0, "cero"),
    # "un", "una" and "uno" are also the article and a pronoun ("uno de los ataques"): see ARTICLES.
    **_forms(1, "uno"),
    **_forms(2, "dos"),
    **_forms(3, "tres"),
    **_forms(4, "cuatro"),
    **_forms(5, "cinco"),
    **_forms(6, "seis"),
    **_forms(7, "siete"),
    **_forms(8, "ocho"),
    **_forms(9, "nueve"),
    **_forms(10, "diez"),
    **_forms(11, "once"),  # eleven: Spanish has no other "once"
    **_forms(12, "doce"),
    **_forms(13, "trece"),
    **_forms(14, "catorce"),
    **_forms(15, "quince"),
    **_forms(16, "dieciséis"),
    **_forms(17, "diecisiete"),
    **_forms(18, "dieciocho"),
    **_forms(19, "diecinueve"),
    **_forms(20, "veinte"),
    **_forms(21, "veintiuno", "veintiún", "veintiuna"),
    **_forms(22, "veintidós"),
    **_forms(23, "veintitrés"),
    **_forms(24, "veinticuatro"),
    **_forms(25, "veinticinco"),
    **_forms(26, "veintiséis"),
    **_forms(27, "veintisiete"),
    **_forms(28, "veintiocho"),
    **_forms(29, "veintinueve"),
    **_forms(30, "treinta"),
    **_forms(40, "cuarenta"),
    **_forms(50, "cincuenta"),
    **_forms(60, "sesenta"),
    **_forms(70, "setenta"),
    **_forms(80, "ochenta"),
    **_forms(90, "noventa"),
    **_forms(100, "cien", "ciento"),
    **_forms(200, "doscientos", "doscientas"),
    **_forms(300, "trescientos", "trescientas"),
    **_forms(400, "cuatrocientos", "cuatrocientas"),
    **_forms(500, "quinientos", "quinientas"),
    **_forms(600, "seiscientos", "seiscientas"),
    **_forms(700, "setecientos", "setecientas"),
    **_forms(800, "ochocientos", "ochocientas"),
    **_forms(900, "novecientos", "novecientas"),
}
NUMBER_WORDS = {form: value for word, value in _NUMBER_WORDS.items() for form in _unaccented((word,))}
NUMBER_WORDS.update(un=1, una=1)
# The indefinite article: one only before what is counted or a scale ("un muerto", "una decena", "un millón");
# "en un ataque", "un total de" are articles.
ARTICLES = ("un", "una", "uno")  # ("uno de los ataques": a pronoun, not a count)
ARTICLE_REACH = 1  # the noun follows the article: "un soldado murió", not "en una base militar"
# A relative clause may come between the one counted and the harm: "Una mujer que viajaba en el autobús murió".
ARTICLE_CLAUSE_REACH = 12
SCALES = {
    **_forms(1_000, "mil"),
    **_forms(1_000_000, "millón", "millon", "millones", "mill", "mlls"),
    **_forms(1_000_000_000, "millardo", "millardos"),
    # ("el millar", "el centenar" alone: "la cifra supera el millar"; "un millar" is about a thousand, see below)
    **_forms(1_000, "millar"),
    **_forms(100, "centenar"),
}
# "dos centenares", "tres decenas": a noun of ten or a hundred multiplies the number before it.
SMALL_SCALES = {
    **_forms(10, "decenas"),
    **_forms(12, "docenas"),
    **_forms(100, "centenares"),
    **_forms(1_000, "millares"),
}
# "una decena", "un centenar", "un millar", "una veintena": about that many (approximate) after a number or an
# article ("dos decenas" is read as exactly twenty by SMALL_SCALES).
APPROXIMATE_UNITS = {
    **_forms(10, "decena"),
    **_forms(12, "docena"),
    **_forms(15, "quincena"),
    **_forms(20, "veintena"),
    **_forms(30, "treintena"),
    **_forms(100, "centenar"),
    **_forms(1_000, "millar"),
}
FRACTIONS = {"medio": 0.5, "media": 0.5}
NUMBER_JOINERS = ("y",)  # only between tens and units ("treinta y dos"): "5 mil y 7 mil" are two numbers
JOINER_AFTER_SCALE = False
CARDINAL_SUFFIXES: tuple[str, ...] = ()

# "uno de cada tres niños", "un herido por cada muerto": a ratio, no count.
RATIO_WORDS = ("de cada", "por cada", "cada")
# Verbs whose subject did the harm: no population is read before them ("Hombres armados secuestraron a 287
# escolares", "las fuerzas israelíes han matado a 15 palestinos").
AGENT_VERBS = _unaccented((
    "mató", "mataron", "mata", "matan", "matado", "asesinó", "asesinaron", "asesina", "asesinan", "asesinado",
    "hirió", "hirieron", "secuestró", "secuestraron", "secuestrado", "capturó", "capturaron", "abatió", "abatieron",
    "eliminó", "eliminaron", "ejecutó", "ejecutaron", "masacró", "masacraron", "causó", "causaron", "causado",
    "dejó", "dejaron", "dejado", "provocó", "provocaron", "provocado", "cobró", "cobraron", "desplazó",
    "desplazaron", "expulsó", "expulsaron", "detuvo", "detuvieron", "raptó", "raptaron", "atacó", "atacaron",
    "bombardeó", "bombardearon", "ocasionó", "ocasionaron", "costó", "arrebató",
    "decapitó", "decapitaron", "degolló", "degollaron", "fusiló", "fusilaron", "acribilló", "acribillaron",
    "torturó", "torturaron",
))  # fmt: skip

# After the amount, the passive's agent is not what is counted: "fueron secuestradas por hombres armados".
AGENT_MARKERS = ("por", "a manos de", "cuando", "mientras")
# "30 muertos al día", "cinco heridos por hora": a rate, no count.
RATE_CUES = _unaccented((
    "al día", "por día", "diarios", "diarias", "cada día", "por hora", "cada hora", "a la hora", "a la semana",
    "por semana", "cada semana", "al mes", "por mes", "cada mes", "al año", "por año", "cada año", "por cada",
))  # fmt: skip
# The rate's words may follow the verb and its complement: "20 niños mueren de hambre cada día".
RATE_REACH = 6
# One day, not each: "murieron al día siguiente", "al día de hoy", "al mes del terremoto".
NO_RATES = _unaccented(tuple(
    f"{cue} {after}"
    for cue in ("al día", "al mes", "al año", "a la semana")
    for after in ("siguiente", "posterior", "de", "del")
))  # fmt: skip
# Before the amount: "cada año mueren 300 personas", "mueren a diario 40", "perdieron de media 1.200 soldados".
RATE_BEFORE = _unaccented((
    "cada día", "cada año", "cada mes", "cada semana", "cada hora", "cada jornada", "diariamente", "a diario",
    "anualmente", "mensualmente", "semanalmente", "de media", "en promedio", "de promedio", "como promedio",
    "por término medio", "una media de", "un promedio de", "una media diaria de", "un promedio diario de",
))  # fmt: skip
# An average or a rate named in the amount's clause before it: "la tasa media diaria de bajas rusas ha alcanzado
# los 1.130", "el promedio diario de muertos se sitúa en 250".
RATE_NOUNS = _unaccented((
    "tasa", "tasas", "promedio", "promedios", "media diaria", "media semanal", "media mensual", "media anual",
    "ritmo diario", "ritmo de",
))  # fmt: skip

# A toll's nouns: a casualty word after the people that follow one describes them, it is no verb whose subject
# they are ("El número de soldados muertos se situaría sobre los 30.000": soldiers).
TOLL_NOUNS = _unaccented((
    "número de", "cifra de", "total de", "balance de", "recuento de", "saldo de", "cantidad de",
))  # fmt: skip

# --- Amounts -------------------------------------------------------------------------------------------------

QUALIFIER_CUES = {
    "exact": ("exactamente", "un total de", "en total", "justo", "un balance de"),
    "approximate": _unaccented((
        "unos", "unas", "alrededor de", "aproximadamente", "cerca de", "casi", "en torno a", "en torno de",
        "del orden de", "aproximadamente unos", "aproximadamente unas", "cerca de unos", "cerca de unas",
        "alrededor de unos", "alrededor de unas", "casi unos", "casi unas", "unos aproximadamente", "aprox",
        "poco menos de", "un estimado de", "una cifra estimada de", "una cifra aproximada de", "aproximados",
        "prácticamente", "rondan los", "ronda los", "rondaría los", "rondarían los", "estimados en",
        # "el número de fallecidos ronda el centenar", "rondaba los 300"
        "ronda el", "rondan el", "rondaría el", "rondaba los", "rondaban los", "rondaba el", "rondar los",
        "ronda las", "rondan las", "rondaba las",
        "se estima que", "estimado de", "más o menos", "un aproximado de", "c .", "ca .", "roza los", "rozan los", "rozó los",
        "roza las", "rozan las", "se acerca a los", "se acercan a los", "se aproxima a los", "cerca de los",
        "aprox .", "~", "≈",
        # a toll nearing a number, "ya" or not (the cue is read four words back, so without its "se"): "los muertos
        # se aproxima ya a los 200", "se acercaban a las 50", "ronda ya los 300"
        *(
            f"{verb}{already} {to}"
            for verb in ("aproxima", "aproximan", "aproximaba", "aproximaban", "aproximó", "acerca", "acercan",
                         "acercaba", "acercaban", "acercó")
            for already in ("", " ya")
            for to in ("a los", "a las", "al")
        ),
        *(f"{verb} ya {article}" for verb in ("ronda", "rondan", "rondaba", "rondaban", "roza", "rozan")
          for article in ("los", "las", "el")),
        # "about" before the article of a toll: "se sitúa en torno a los 300", "alrededor de las 50 víctimas"
        *(
            f"{about} {article}"
            for about in ("en torno a", "alrededor de", "rondando", "rozando", "del orden de")
            for article in ("los", "las", "el")
        ),
        "cerca de las", "cerca del",
        # An estimate put at a number: "se estima en 40.280 personas", "calculadas en unas 3.000" (not "cifró en",
        # which puts a toll at a number without hedging it)
        *(
            f"{verb} en"
            for verb in ("se estima", "se estiman", "se estimaba", "se estimaban", "se estimó", "se estimaron",
                         "se calcula", "se calculan", "se calculaba", "se calculaban", "se calculó", "se calcularon",
                         "estimado", "estimada", "estimadas", "calculado", "calculada", "calculados", "calculadas")
        ),
        "se calcula que", "se calculaba que", "se estimaba que",
        # "el total de bajas se sitúa sobre las 250 mil": "sobre" after a verb of standing at, not the time ("sobre
        # las diez") nor the topic ("un informe sobre los 43 desaparecidos")
        *(
            f"{verb} sobre {article}"
            for verb in ("se sitúa", "se sitúan", "se situaba", "se situaban", "se situó", "se situaría",
                         "se situarían", "estaría", "estarían", "rondaría", "rondarían", "ronda", "rondan")
            for article in ("los", "las", "el")
        ),
    )),
    "at_least": _unaccented((
        "al menos", "por lo menos", "como mínimo", "no menos de", "un mínimo de", "cuando menos", "mínimo",
        "al menos unos", "al menos unas", "por lo menos unos", "por lo menos unas",
        # after a noun: "un saldo mínimo de 31 muertos", "una cifra mínima de 40"
        "mínimo de", "mínima de",
        # the personal "a" between the bound and the people: "secuestraron al menos a 28 estudiantes"
        "al menos a", "por lo menos a", "como mínimo a", "cuando menos a",
        # a toll that falls no lower: "la cifra de muertos no baja de 50"
        "no baja de", "no bajan de", "no bajaría de", "no bajarían de", "no bajará de", "no bajarán de",
    )),
    "more_than": _unaccented((
        "más de", "poco más de", "algo más de", "superior a", "superiores a", "por encima de", "supera los",
        "superan los", "superó los", "superaron los", "supera las", "superan las", "superó las",
        "superaron las", "rebasa los", "rebasan los", "rebasó los", "sobrepasa los", "sobrepasan los",
        "sobrepasó los", "más de unos", "más de unas", "pasan de", "pasa de", "ya supera los", "supera ya los", "superan ya los", "superó ya los", "supera ya las",
        "ya superan los", "ya rebasa los", "rebasa ya los", "sobrepasa ya los",
        "supera el", "superan el", "superó el", "superaron el", "supera ya el", "rebasa el", "más de un",
        # the infinitive after a modal, the conditional: "los muertos podrían superar los 1.000", "superaría los"
        "superaría los", "superarían los", "superaría las", "superarían las", "superaría el",
        "superar los", "superar las", "superar el", "rebasar los", "rebasar las", "sobrepasar los",
        "sobrepasar las",
        # "la cifra de víctimas es superior a los 500", "por encima de las 300"
        *(
            f"{above} {article}"
            for above in ("superior a", "superiores a", "por encima de")
            for article in ("los", "las")
        ),
    )),
    "at_most": _unaccented((
        "hasta", "como máximo", "un máximo de", "no más de", "a lo sumo", "hasta unos", "hasta unas",
    )),
    "fewer_than": _unaccented((
        "menos de", "inferior a", "inferiores a", "por debajo de", "no llega a", "no llegan a",
    )),
}  # fmt: skip
QUALIFIER_SUFFIXES = {
    "o más": "at_least", "y pico": "more_than", "o así": "approximate", "+": "at_least",
    # "murieron 31 personas como mínimo", "40 heridos como máximo"
    "como mínimo": "at_least", "como minimo": "at_least", "como máximo": "at_most", "como maximo": "at_most",
    # "murieron 300 personas aproximadamente" (not past a comma: "300 muertos, aproximadamente la mitad niños")
    "aproximadamente": "approximate",
}  # fmt: skip
# "hasta" after a verb of rising is "to", not "up to": "la cifra de muertos aumentó hasta 45".
_RISING = ("aument*", "elev*", "ascend*", "ascendi*", "sub*", "increment*", "crec*", "llega*", "lleg*", "alcanz*",
           "asciend*", "pas*", "trep*", "dispar*", "duplic*", "tripl*", "multiplic*")  # fmt: skip
FALSE_FRIENDS = {"hasta": _RISING}
CHANGE_VERBS = (*_RISING, "redu*", "disminu*", "baj*", "descend*", "cay*", "cae*", "revis*", "correg*")
# By how much a toll changed, not the toll: "el número de muertos aumentó en 12 hasta alcanzar los 85".
CHANGE_BY = ("en",)
RANGE_FORMS = (
    "entre X y Y",
    "entre X e Y",
    "entre X a Y",
    "de X a Y",
    "desde X hasta Y",
    "del X al Y",
    "entre el X y el Y",
    "entre los X y los Y",
    "entre las X y las Y",
    "de los X a los Y",
    "de las X a las Y",
    "X a Y",
    "X–Y",
    "X-Y",
    "X—Y",
    "X o Y",
    "X u Y",
)
# "Between" holds its ends in either order: "situarlos entre 200 000 y 150 000" is a range (not "de X a Y", which may
# be a fall).
EITHER_WAY_RANGES = (
    "entre X y Y",
    "entre X e Y",
    "entre el X y el Y",
    "entre los X y los Y",
    "entre las X y las Y",
)

# "no hubo víctimas", "sin víctimas mortales", "nadie resultó herido", "ningún soldado resultó herido".
ZERO_CUES = _unaccented((
    "no hubo", "no hay", "no ha habido", "no habría", "no causó", "no causaron", "no ha causado",
    "no han causado", "no dejó", "no dejaron", "no ha dejado", "no provocó", "no provocaron",
    "no se registraron", "no se registró", "no se han registrado", "no se ha registrado", "no se registran",
    "no se registra", "no se reportaron", "no se reportó", "no se han reportado", "no se ha reportado",
    "no se produjeron", "no se produjo", "no se han producido", "no se informó de", "no se informa de",
    "no se reportan", "no se reporta", "no se lamentan", "no hubo que lamentar", "no hay que lamentar",
    "no resultó", "no resultaron", "no se contabilizaron", "no se tiene constancia de", "no se conocen",
    "sin", "sin causar", "sin dejar", "sin provocar", "sin que se registraran", "sin que se registrasen",
    "sin que hubiera", "sin que haya", "nadie", "ningún", "ninguna", "ninguno", "ni un solo", "ni una sola",
    "cero",
))  # fmt: skip

# Zero and unquantified cues that count only what follows them: "sin víctimas mortales", "ningún soldado resultó
# herido", "numerosos muertos"; "murieron sin que llegara ayuda", "cuantiosos daños materiales" count no one.
COUNTS_AFTER_ONLY = _unaccented((
    "sin", "ningún", "ninguna", "ninguno", "nadie", "ni un solo", "ni una sola", "cero", "numerosos", "numerosas",
    "muchos", "muchas", "cuantiosos", "cuantiosas", "incontables", "innumerables", "numerosísimos",
    "numerosísimas", "multitud de",
))  # fmt: skip

VAGUE_MAGNITUDES = {
    "unos pocos|unas pocas|unos cuantos|unas cuantas|un par de": {"conservative": 2, "literal": 2},
    "varios|varias": {"conservative": 3, "literal": 3},
    "decenas": {"conservative": 10, "literal": 20},
    "docenas": {"conservative": 12, "literal": 24},
    "veintenas": {"conservative": 20, "literal": 40},
    "cientos|centenares": {"conservative": 100, "literal": 200},
    "miles|millares": {"conservative": 1_000, "literal": 2_000},
    "decenas de miles|decenas de millares": {"conservative": 10_000, "literal": 20_000},
    "cientos de miles|centenares de miles|cientos de millares|centenares de millares": {
        "conservative": 100_000,
        "literal": 200_000,
    },
    "millones": {"conservative": 1_000_000, "literal": 2_000_000},
    # "unos pocos miles", "unas cuantas decenas": a few of the unit (as "varios miles" is three)
    **{
        "|".join(f"{few} {unit}" for few in fews for unit in units): {
            "conservative": 2 * value,
            "literal": 2 * value,
        }
        for fews, units, value in (
            (("unas pocas", "unas cuantas"), ("decenas",), 10),
            (("unas pocas", "unas cuantas"), ("docenas",), 12),
            (("unos pocos", "unos cuantos"), ("cientos", "centenares"), 100),
            (("unos pocos", "unos cuantos"), ("miles", "millares"), 1_000),
            (("unos pocos", "unos cuantos"), ("millones",), 1_000_000),
        )
    },
}
VAGUE_MULTIPLIERS = {"varios": 3, "varias": 3, "pocos": 2, "pocas": 2, "cuantos": 2, "cuantas": 2}
VAGUE_UNITS = {
    "decenas": 10,
    "docenas": 12,
    "cientos": 100,
    "centenares": 100,
    "miles": 1_000,
    "millares": 1_000,
    "millones": 1_000_000,
}
UNQUANTIFIED_CUES = _unaccented((
    "numerosos", "numerosas", "muchos", "muchas", "un gran número de", "gran número de", "un elevado número de",
    "elevado número de", "un número indeterminado de", "número indeterminado de", "un número elevado de",
    "un alto número de", "una gran cantidad de", "gran cantidad de", "un sinnúmero de", "incontables",
    "innumerables", "cuantiosas", "cuantiosos", "numerosísimas",
    "numerosísimos", "decenas o cientos de", "una cifra indeterminada de", "multitud de",
    *(
        f"{adjective} {noun}"
        for adjective in ("fuertes", "graves", "grandes", "importantes", "elevadas", "enormes", "considerables",
                          "severas", "serias", "significativas", "masivas", "cuantiosas", "numerosas", "muchas")
        for noun in ("pérdidas", "bajas")
    ),
))  # fmt: skip

# --- What is counted -----------------------------------------------------------------------------------------

_KILLED_IN_LISTS = (
    "muert*",
    "fallecid*",
    "asesinad*",
    "asesinato*",
    "ejecutad*",
    "ejecuci*",
    "víctimas mortales",
)


def _listed(first: tuple[str, ...], second: tuple[str, ...], joiners: tuple[str, ...]) -> tuple[str, ...]:
    """Return "A y B" and "B y A" for every A, B and joiner: two harms listed as one count."""
    return tuple(
        f"{one} {joiner} {other}"
        for a, b in itertools.product(first, second)
        for one, other in ((a, b), (b, a))
        for joiner in joiners
    )


# Under the rubble or underground, not yet found (STATUS_NOUNS below: a harm said of them says more).
_UNDER_RUBBLE = _unaccented((
    *(
        f"{under} {rubble}"
        for under in ("bajo", "entre", "debajo de", "sepultados bajo", "sepultadas bajo", "sepultados entre",
                      "sepultadas entre", "sepultados por", "sepultadas por")
        for rubble in ("los escombros", "las ruinas", "los cascotes", "el derrumbe", "los derrumbes")
    ),
    "bajo tierra",
))  # fmt: skip

# "El balance de muertos y desaparecidos ha ascendido a 13 y 6 personas, respectivamente": each amount takes its own
# noun of the list, in order (13 killed, 6 missing), not the list's casualties.
RESPECTIVELY = ("respectivamente",)
LIST_JOINERS = ("y", "e", ",")

METRIC_CUES = {
    "killed": _unaccented((
        "muert*", "muri*", "muere", "mueren", "morir", "morían", "moría", "fallec*", "asesin*", "mató", "mataron",
        "matado", "matando", "matar", "matan", "mata", "matanza", "matanzas", "perec*", "fatal*",
        "víctimas mortales", "víctima mortal", "víctimas fatales", "víctima fatal", "víctimas de homicidio",
        "víctimas de asesinato", "víctimas de feminicidio",
        "víctimas de la masacre", "víctimas de la matanza", "víctimas del genocidio", "víctimas de ejecuciones",
        "víctimas de ejecuciones extrajudiciales", "víctimas de homicidios", "víctimas de asesinatos", "homicidio*", "feminicidio*", "cadáver*",
        "cuerpos", "cuerpo sin vida", "cuerpos sin vida", "sin vida", "vidas", "perdi* la vida", "pierd* la vida",
        "perder la vida", "perdido la vida",
        # "perdieron su vida", "han perdido sus vidas": the possessive as well as the article
        *(f"{verb} {life}" for verb in ("perdi*", "pierd*", "perder", "perdido") for life in ("su vida", "sus vidas")),
        "pérdida de vidas", "pérdidas de vidas", "pérdida de vidas humanas", "pérdidas de vidas humanas",
        # human losses are lives lost ("no hubo pérdidas humanas, solo daños materiales"); an army's "pérdidas"
        # alone stay casualties
        "pérdidas humanas", "pérdida humana",
        # "acabó con la vida de diez niños", "terminaron ayer con la vida de 32 civiles" (an adverb may come between
        # the verb and "con")
        "con la vida de", "con la vida del", "con las vidas de", "con la vida a",
        # a life taken, the verb's adverb or pronoun between or not: "cobró ayer la vida de 12", "les quitaron la vida
        # a tres jóvenes", "el bombardeo arrebató la vida a 20 niños", "segaron la vida de"
        *(
            f"{verb}{adverb} la vida"
            for verb in ("cobr*", "cost*", "quit*", "arrebat*", "segó", "segaron", "sego")
            for adverb in ("", " ayer", " hoy", " anoche", " también", " tambien", " ya")
        ),
        "priv* de la vida", "ajusticiad*", "restos mortales", "restos de", "cobrándose la vida", "deceso*",
        "decapitó", "decapitaron", "decapita", "decapitan", "decapitado", "degolló", "degollaron", "fusiló",
        "fusilaron",
        "abatid*", "abati*", "neutralizad*", "neutraliz*", "eliminad*", "elimin*", "aniquilad*", "ejecutad*",
        "ejecutó", "ejecutaron", "ejecutan", "ejecuta", "ultimad*", "masacr*", "dados de baja", "dado de baja", "dio de baja", "dieron de baja",
        "bajas mortales", "baja mortal", "bajas fatales", "fusilad*", "decapitad*", "calcinad*", "mártir*",
        "caídos", "caído en combate", "caídos en combate", "cayeron en combate", "cayó en combate", "acribillad*",
        "ahogad*", "linchad*", "degollad*", "occiso*", "sucumbi*", "muertes violentas", "bajas fatales", "murieron o desaparecieron",
    )),
    "wounded": _unaccented((
        "herid*", "hirió", "hirieron", "hiriendo", "herir", "lesionad*", "lesion*", "hospitalizad*",
        "heridas de gravedad", "contus*", "quemad*", "mutilad*", "amputad*", "atendid*",
    )),
    "casualties": _unaccented((
        "víctima", "víctimas", "baja", "bajas", "pérdida*", "perdida*", "perdió", "perdieron", "perdido",
        # (Spain's "no hubo que lamentar daños personales": no one hurt, dead or alive)
        "daños personales", "daños humanos",
        "muert* y herid*", "muert* o herid*", "muert* o result* herid*", "muert* o han result* herid*",
        "muert* o ha result* herid*", "muri* o result* herid*", "muri* o fueron herid*", "herid* y muert*",
        "herid* o muert*", "entre muertos y heridos", "muertos y lesionados", "fallecidos y heridos",
        "fallecidos o heridos", "muertos o lesionados", "asesinados o heridos", "muertos y desaparecidos",
        # The killed listed with the wounded or the missing, in either order: "muertos ni heridos", "muertos,
        # heridos o detenidos", "asesinados, desaparecidos y torturados", "la ejecución y desaparición de miles"
        *_listed(_KILLED_IN_LISTS, ("herid*", "lesionad*"), ("y", "e", "o", "u", "ni", ",")),
        *_listed((*_KILLED_IN_LISTS, "herid*", "lesionad*"), ("desaparecid*", "desaparici*"), ("y", "e", "ni", ",")),
        # ("víctimas de desaparición forzada y ejecución política": both)
        *(
            f"{victims}{missing} {forced} {joiner} {killed}"
            for victims in ("", "víctimas de ")
            for missing, forced in (("desaparición", "forzada"), ("desapariciones", "forzadas"))
            for joiner in ("y", "e", ",")
            for killed in ("ejecuci*", "asesinato*", "muert*", "homicidio*")
        ),
        *(
            f"{killed} {joiner} {missing} {forced}"
            for missing, forced in (("desaparición", "forzada"), ("desapariciones", "forzadas"))
            for joiner in ("y", "e", ",")
            for killed in ("ejecuci*", "asesinato*", "muert*", "homicidio*")
        ),
        # ("muertos, heridos y desaparecidos": all three, one count)
        *(
            f"{killed} , {wounded} {joiner} {missing}"
            for killed in _KILLED_IN_LISTS
            for wounded in ("herid*", "lesionad*")
            for joiner in ("y", "e", "o", "u", "ni")
            for missing in ("desaparecid*", "desaparici*")
        ),
    )),
    "missing": _unaccented((
        "desaparecid*", "desapareci*", "desaparici*", "desaparecen", "desaparece", "paradero desconocido",
        "no localizad*", "sin localizar", "en paradero desconocido", "dados por desaparecidos",
        # "víctimas de desaparición forzada": the victims are of what the noun names
        "víctimas de desaparición", "víctimas de desaparición forzada", "víctimas de desapariciones",
        # under the rubble, and not yet found: "quedaron 30 personas bajo los escombros", "entre 7.000 y 8.000
        # atrapados entre las ruinas", "quedan 49 bajo tierra" (a mine); the dead found there are killed, as their
        # words say ("murieron bajo los escombros", "12 cuerpos entre las ruinas")
        *_UNDER_RUBBLE,
    )),
    "captured": _unaccented((
        "rehén", "rehenes", "secuestr*", "captur*", "prisioner*", "cautiv*", "apresad*", "raptad*", "rapt*",
        "detenid*", "detuvo", "detuvieron", "detiene", "detienen", "arrestó", "arrestaron", "retenid*", "privados de libertad", "privadas de libertad", "arrestad*", "priv* de la libertad", "priv* de su libertad", "tomados como rehenes",
        "prisioneros de guerra", "plagiad*", "en cautiverio", "se rindieron", "rendid*",
        "víctimas de secuestro", "víctimas de secuestros", "víctimas de toma de rehenes",
        # held by the other side: "los 6.500 soldados que Moscú dice tener en su poder", "siguen en poder de Hamás"
        # (after a verb of holding or of remaining: "la zona en poder de Hamás alberga a 2 millones" holds no one)
        *(
            f"{verb} {held}"
            for verb in ("tener", "tiene", "tienen", "tenía", "tenían", "tendría", "tendrían", "mantiene",
                         "mantienen", "mantenía", "mantenían", "retiene", "retienen", "retenía", "retenían",
                         "sigue", "siguen", "seguían", "permanece", "permanecen", "permanecían", "continúan",
                         "continúa", "quedaron", "quedan")
            for held in ("en su poder", "en poder de", "en poder del")
        ),
    )),
    "displaced": _unaccented((
        "desplaz*", "refugiad*", "refugiaron", "refugió", "refugian", "refugiándose", "refugiarse", "huy*", "huid*", "huir", "evacuad*", "evacu*", "expulsad*", "exiliad*",
        "desarraigad*", "desalojad*", "reubicad*", "sin hogar", "sin techo",
        # leaving one's home for the violence: "236 personas tuvieron que abandonar sus viviendas", "dejaron sus
        # casas", "huir de sus hogares" (the possessive says whose home; "dejaron las casas destruidas" is none)
        *(
            f"{verb} {home}"
            for verb in ("abandon*", "dej*", "huy* de", "huir de", "huid* de", "escap* de")
            for home in ("sus hogares", "su hogar", "sus casas", "su casa", "sus viviendas", "su vivienda")
        ),
        # ... and their lands, fled or abandoned ("dejaron sus tierras sin cultivar" is no flight)
        *(
            f"{verb} {land}"
            for verb in ("abandon*", "huy* de", "huir de", "huid* de", "escap* de")
            for land in ("sus tierras", "sus comunidades", "sus pueblos", "sus aldeas", "sus lugares de origen")
        ),
        "cruzaron a", "cruzado a", "cruzaron hacia", "cruzado hacia",
        "cruz* la frontera", "cruzar la frontera", "han tenido que huir", "solicitantes de asilo", "éxodo",
        "víctimas de desplazamiento", "víctimas de desplazamiento forzado", "víctimas del desplazamiento",
        "víctimas del desplazamiento forzado", "víctimas de desplazamientos",
    )),
}  # fmt: skip
POPULATION_CUES = {
    "civilian": _unaccented((
        "civil", "civiles", "población civil", "no combatientes", "no combatiente", "personal sanitario",
        "personal médico", "personal humanitario", "trabajadores humanitarios", "cooperantes",
    )),
    "military": _unaccented((
        "soldad*", "militares", "militar", "efectivos", "tropas", "combatient*", "uniformad*", "guerriller*",
        "milician*", "paramilitar*", "terrorist*", "yihadist*", "insurgent*", "rebelde", "rebeldes",
        "miembros de las fuerzas armadas", "miembros de las fuerzas de seguridad", "fuerzas de seguridad",
        "miembros del ejército", "integrantes del ejército", "elementos del ejército", "infantes de marina",
        "marines", "mercenari*", "cascos azules", "enemigo", "enemigos", "del enemigo", "reclutas", "reservistas",
        "paracaidistas", "oficiales", "suboficiales", "sargento*", "cabo", "cabos", "tenientes", "coroneles",
        "capitanes", "comandos", "francotiradores", "militantes", "extremistas", "islamistas", "yihadistas",
        "invasores", "ocupantes", "atacantes", "asaltantes", "hombres armados", "pistoleros", "sicarios",
        "pandilleros", "narcotraficantes", "criminales", "disidentes de las farc", "disidencias",
        "guardias", "marineros", "pilotos", "defensores", "policías militares", "gendarmes", "militares rusos",
        "personal militar",
        # the armed men who attacked, as "atacantes", "sicarios": "dos agresores murieron en el tiroteo"
        "agresores", "agresor", "atacante", "asaltante", "pistolero", "sicario", "secuestradores", "delincuentes",
        # the singulars of the plurals above: "un francotirador fue abatido", "murió un teniente"
        "militante", "extremista", "islamista", "invasor", "francotirador", "recluta", "reservista", "paracaidista",
        "suboficial", "teniente", "coronel", "capitán", "pandillero", "narcotraficante", "secuestrador",
        "delincuente", "gendarme",
        "bandidos", "guardia nacional", "guardias nacionales", "elementos de la guardia nacional",
        # the members of an armed group: "3 miembros de Hamás", "12 integrantes de un grupo armado"
        *(
            f"{members} {of}{group}"
            for members in ("miembros", "integrantes", "elementos", "presuntos miembros", "presuntos integrantes",
                            "miembro", "integrante")
            for of, group in (
                *(("de ", g) for g in ("hamás", "hezbolá", "hizbulá", "hezbollah", "al qaeda", "al shabab",
                                       "boko haram", "grupos armados", "bandas armadas", "las farc", "las milicias",
                                       "la guerrilla", "las guerrillas", "las maras", "la mara", "la yihad islámica")),
                *(("de un ", g) for g in ("grupo armado", "grupo criminal", "grupo terrorista", "cártel", "cartel")),
                *(("del ", g) for g in ("grupo armado", "grupo criminal", "grupo terrorista", "estado islámico",
                                        "eln", "clan del golfo", "cártel", "cartel", "tren de aragua")),
            )
        ),
    )),
}  # fmt: skip
# "un presunto sicario fue abatido", "tres supuestos guerrilleros": the armed, alleged to be so, are the armed.
POPULATION_CUES["military"] = (
    *POPULATION_CUES["military"],
    *(
        f"{alleged} {cue}"
        for alleged in (
            "presunto",
            "presunta",
            "presuntos",
            "presuntas",
            "supuesto",
            "supuesta",
            "supuestos",
            "supuestas",
        )
        for cue in POPULATION_CUES["military"]
        if not cue.startswith(("presunt", "supuest"))
    ),
)
PEOPLE_NOUNS = _unaccented((
    "persona*", "gente", "habitantes", "residentes", "vecinos", "vecinas", "ciudadan*", "niñ*", "menor", "menores",
    "mujer", "mujeres", "hombre", "hombres", "ancian*", "adolescent*", "bebé*", "lactantes", "jóvenes", "joven",
    "pacientes", "periodistas", "reporteros", "trabajadores", "voluntarios", "médicos", "enfermer*", "sanitarios",
    "migrantes", "inmigrantes", "pasajeros", "escolares", "estudiantes", "alumn*", "fieles", "feligreses",
    "individuos", "policías", "agentes", "palestinos", "palestinas", "israelíes", "ucranianos", "ucranianas",
    "rusos", "rusas", "sudaneses", "sirios", "libaneses", "gazatíes", "colombianos", "mexicanos", "haitianos",
    "congoleños", "nigerianos", "malienses", "afganos", "yemeníes", "indígenas", "campesinos", "líderes sociales",
    "aldean*", "pobladores", "poblador", "lugareños", "comuneros", "jubilad*", "familiares", "rescatistas", "socorristas", "bomberos", "funcionarios", "empleados",
    "defensa civil", "protección civil", "guerra civil", "sociedad civil", "registro civil", "guardia civil",
    "aviación civil", "ala civil", "policía", "agente", "periodista", "reportero", "médico", "enfermera",
    "enfermero", "migrante", "paciente", "trabajador", "trabajadora", "voluntario", "voluntaria", "vecino", "vecina",
    "habitante", "residente", "estudiante", "alumno", "alumna", "pasajero", "pasajera", "campesino", "campesina",
    "indígena", "líder social", "compañero*", "funcionario", "funcionaria", "empleado", "empleada", "bombero", "rescatista",
    "socorrista", "sanitario", "conductor", "chofer", "chófer", "comerciante", "agricultor", "pescador", "maestro",
    "maestra", "profesor", "profesora", "sacerdote", "sacerdotes", "monja", "monjas", "monje", "monjes", "palestino", "palestina", "israelí", "ucraniano",
    "ucraniana", "ruso", "rusa", "sudanés", "sirio", "libanés", "colombiano", "mexicano", "haitiano",
    # (not a zero: "nadie sabe cuántos murieron", "sin que se sepa cuántos")
    "nadie sabe", "nadie conoce", "nadie puede", "nadie ha podido", "sin saber", "sin que se sepa",
    # ("oficiales" after a noun is "official", no officers: "las cifras oficiales hablan de 1.500 muertos")
    *(
        f"{noun} {official}"
        for noun in ("cifra", "cifras", "fuente", "fuentes", "dato", "datos", "balance", "balances", "informe",
                     "informes", "estadísticas", "registros", "medios", "versión", "versiones", "canales",
                     "comunicado", "comunicados", "recuento", "recuentos", "fuentes no", "listas", "lista")
        for official in ("oficial", "oficiales")
    ),
    # (police officers are no soldiers: "Siete efectivos de la policía peruana murieron", "efectivos policiales")
    *(
        f"{members} {police}"
        for members in ("efectivos", "elementos", "miembros", "integrantes", "agentes")
        for police in ("de la policía", "de policía", "policiales", "de la guardia civil", "de la policía nacional",
                       "de la policía federal", "de la policía estatal", "de la policía municipal",
                       "de seguridad pública")
    ),
    "efectivo policial", "elemento policial",
    # (guards who are no soldiers)
    "guardias penitenciarios", "guardia penitenciario", "guardias de seguridad", "guardia de seguridad",
    "vigilantes", "guardias de prisiones", "guardias de la prisión", "guardias de la cárcel",
    # (the kin of the dead, not the dead: "se reunió con 20 familiares de las víctimas")
    *(
        f"{kin} de {article} {harmed}"
        for kin in ("familiares", "familias", "padres", "madres", "hijos", "viudas", "huérfanos", "allegados",
                    "deudos", "parientes", "abogados", "representantes")
        for article in ("las", "los")
        for harmed in ("víctimas", "muert*", "fallecid*", "asesinad*", "desaparecid*", "herid*", "rehenes",
                       "secuestrad*", "detenid*", "caídos")
    ),
    # (the mourners, not the dead: "2.000 personas asistieron al funeral de las víctimas")
    *(
        f"{noun} {of} {harm}"
        for noun in ("funeral", "funerales", "entierro", "sepelio", "velorio", "homenaje", "memoria", "recuerdo")
        for of in ("de las", "de los", "a las", "a los", "por las", "por los")
        for harm in ("víctimas", "muert*", "fallecid*", "asesinad*", "caídos", "desaparecid*", "secuestrad*")
    ),
    # (the accused, not the dead: "los 12 acusados de la masacre", "acusados de asesinato"; not "acusados del
    # asesinato de 5 policías", which names its dead)
    *(
        f"{noun} {charge}"
        for noun in ("acusados", "acusado", "sospechosos", "sospechoso", "imputados", "procesados", "condenados",
                     "autores", "responsables", "implicados", "juzgados")
        for charge in ("de la masacre", "de la matanza", "por la masacre", "por la matanza", "de asesinato",
                       "por asesinato", "de homicidio", "por homicidio", "de feminicidio", "por feminicidio",
                       "de secuestro", "por secuestro", "de asesinatos", "de homicidios", "de las muertes",
                       "por las muertes", "de los asesinatos", "de los crímenes")
    ),
    # (the verb "bajar", no casualty: "la cifra de heridos baja a 12", "los muertos no bajan de 50")
    *(f"{verb} {to}" for verb in ("baja", "bajan") for to in ("a", "de", "hasta", "ya a", "ya de")),
    # (brought out from the rubble, or found there alive, not missing: "sacaron con vida a 5 personas de entre los
    # escombros", "hallaron 3 supervivientes bajo las ruinas")
    *(
        f"{alive}{under} {rubble}"
        for alive in ("de ", "con vida ", "vivos ", "vivas ", "sobrevivientes ", "supervivientes ", "sobreviviente ",
                      "superviviente ")
        for under in ("entre", "debajo de", "bajo")
        for rubble in ("los escombros", "las ruinas", "los cascotes")
    ),
    "sobrevivientes", "supervivientes",
    # (not a death: "los agresores lo daban por muerto", "la creían muerta": thought dead, and alive)
    "daba por muert*", "daban por muert*", "dio por muert*", "dieron por muert*", "dado por muert*",
    "dada por muert*", "creía muert*", "creían muert*", "creyeron muert*",
))  # fmt: skip
GROUP_CUES = {
    "children": _unaccented(("niño", "niños", "niña", "niñas", "menor", "menores", "menores de edad", "bebé*",
                             "lactantes", "adolescent*", "escolares", "alumnos", "alumnas", "colegiales",
                             "recién nacidos", "infantes")),
    "women": _unaccented(("mujer", "mujeres", "madres", "embarazadas", "monja", "monjas")),
    "men": _unaccented(("hombre", "hombres", "varones")),
    "elderly": _unaccented(("anciano", "ancianos", "anciana", "ancianas", "personas mayores", "jubilad*",
                            "adultos mayores", "personas de la tercera edad")),
}  # fmt: skip
THING_NOUNS = _unaccented((
    "tanque*", "carro de combate", "carros de combate", "blindad*", "vehículo*", "camion*", "camioneta*", "dron",
    "drones", "avión", "aviones", "aeronave*", "helicóptero*", "misil", "misiles", "cohete*", "proyectil*",
    "obús", "obuses", "bomba", "bombas", "mina", "minas", "arma", "armas", "lanzacohetes", "lanzador*",
    "buque*", "barco*", "embarcacion*", "lancha*", "pieza*", "artillería", "casa", "casas", "vivienda*",
    "edificio*", "inmueble*", "escuela*", "colegio*", "hospital*", "clínica*", "aldea*", "pueblo*", "ciudad*",
    "localidad*", "municipio*", "provincia*", "región", "regiones", "estado", "estados", "país", "países",
    "posición", "posiciones", "puesto*", "kilómetro*", "km", "metro", "metros", "milla*", "kilo*", "tonelada*",
    "hectárea*", "familia*", "hogar*", "ataque*", "bombardeo*", "incidente*", "veces", "vez", "facción",
    "facciones", "bando*", "partes", "grupo*", "brigadas", "batallones", "camas", "ambulancia*", "campamento*",
    "convoy*", "disparo*", "balas", "cartucho*", "barrio*", "calle*", "puente*", "fábrica*", "instalacion*",
    "acuerdo*", "tregua*", "resolucion*", "voto*", "escaño*", "puntos", "litros", "raciones", "paquetes",
    "cajas", "sacos", "toneladas", "mezquita*", "iglesia*", "templo*", "refugios", "centros", "objetivos",
    "blancos", "explosiones", "operaciones", "ofensivas", "municiones", "fusiles", "granadas", "artefactos",
    "coches", "autobuses", "trenes", "vagones", "plantas", "pisos", "habitaciones", "cuadras", "manzanas", "grados", "aniversario", "albergue*", "tiendas", "carpas",
    "centros de acogida", "refugio", "refugios", "cárcel*", "prisión", "prisiones", "comisaría*", "cuartel*",
    # war matériel a bulletin counts ("se perdieron 8 cazas", "dos lanzaderas de misiles")
    "cazas", "cazabombarderos", "bombarderos", "lanzadera*", "radar", "radares", "depósito*", "almacén",
    "almacenes", "sistemas", "morteros", "cañones", "fortificacion*", "trinchera*", "búnker*", "satélite*",
    # shops and businesses struck ("diez panaderías fueron objetivo de ataques"), a country's departments, and
    # events counted, not their victims ("se realizaron 55 masacres en 18 departamentos")
    "panadería*", "comercio*", "negocio*", "mercados", "restaurante*", "farmacia*", "gasolinera*",
    "supermercado*", "departamentos", "masacres", "matanzas", "atentados", "emboscadas", "enfrentamientos",
))  # fmt: skip
TIME_UNITS = _unaccented((
    "segundo", "segundos", "minuto*", "hora", "horas", "día", "días", "noche", "noches", "semana*", "mes",
    "meses", "año", "años", "década*", "siglo*", "jornada", "jornadas", "lustro*", "trimestre*", "semestre*",
    "de la mañana", "de la tarde", "de la noche", "de la madrugada", "del mediodía", "hora local", "h", "hs", "hrs",
))  # fmt: skip
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
          "octubre", "noviembre", "diciembre", "ene", "feb", "mar", "abr", "jun", "jul", "ago", "sep", "sept",
          "oct", "nov", "dic")  # fmt: skip

# --- Never a casualty figure ---------------------------------------------------------------------------------

YEAR_WORDS = ("a. c.", "d. c.", "a.c.", "d.c.")
YEAR_BEFORE = ("en", "de", "del", "desde", "hasta", "año", "años", "entre", "y", "durante", "para", "tras", "antes",
               "después", "a", "el", "finales", "principios", "mediados", "verano", "invierno", "otoño",
               "primavera")  # fmt: skip
AGE_BEFORE = _unaccented(("edad de", "a la edad de", "con una edad de", "de entre", "edades de"))
AGE_AFTER = _unaccented(("años", "año", "añitos", "años de edad", "meses de edad", "abriles"))
PERCENT_WORDS = ("%", "por ciento", "porciento", "por cien", "puntos porcentuales")
MONEY_WORDS = _unaccented((
    "dólar*", "de dólares", "euro", "euros", "de euros", "peso", "pesos", "de pesos", "libra", "libras",
    "de libras", "usd", "eur", "mdd", "rublo*", "de rublos", "grivna*", "bolívar*", "sol", "soles", "franco", "francos",
    "dinar*", "libras esterlinas", "de libras esterlinas", "shekel*", "séquel*",
))  # fmt: skip
DESIGNATIONS = _unaccented((
    "brigada", "batallón", "regimiento", "división", "compañía", "cuerpo de ejército", "número", "nº", "n.º", "núm",
    "ruta", "carretera", "kilómetro", "calle", "avenida", "vuelo", "resolución", "artículo", "ley", "decreto",
    "base", "bloque", "autopista", "página", "distrito", "sector", "zona", "cuadra", "edificio", "apartamento",
    "piso", "a las", "hacia las", "sobre las", "desde las", "hasta las", "pabellón", "planta", "puerta", "lote",
    "protocolo", "flota", "escuadrón", "capítulo", "línea", "operación", "día",
    # an earthquake's strength: "un terremoto de grado 8", "de magnitud 7,8", "categoría 5"
    "grado", "magnitud", "categoría", "nivel", "escala",
    "los días", "semana", "la semana", "los años", "década de los", "década del", "boeing", "airbus", "modelo",
    "tipo", "fase", "etapa", "ronda", "párrafo", "inciso", "sala", "casilla", "expediente", "caso",
    "tanque", "vehículo", "avión", "helicóptero", "buque", "dron", "misil", "autobús", "tren", "camión", "casa",
    "habitación", "cama", "celda", "pozo", "torre", "bloque", "manzana", "parcela", "hangar", "terminal",
))  # fmt: skip
ORDINAL_SUFFIXES = ("o", "a", "er", "ro", "do", "to", "vo", "no", "mo", "ra", "da", "ta", "va", "na", "ma", "os",
                    "as", "ero", "era")  # fmt: skip

NON_FIGURES = {
    "date": ("el 7 de octubre de 2023", "del 5 al 12 de mayo"),
    "year": ("desde 1994", "entre 2014 y 2016"),
    "time": ("a las 10.30", "a las once de la mañana"),
    "age": ("un niño de 12 años",),
    "duration": ("tres días",),
    "count of things": ("12 tanques",),
    "ordinal": ("la 47.ª Brigada", "el 3.º Batallón"),
}
NUMBER_FORMS = ("9 177", "43.799", "43,799", "2,1 millones", "1.2 millones", "12 mil 368", "treinta y dos",
                "doscientas", "veintiún", "dos mil trescientos", "1 millón 300 mil", "medio millón")  # fmt: skip

# --- Breakdowns and attribution ------------------------------------------------------------------------------

BREAKDOWN_CUES = (
    "entre ellos",
    "entre ellas",
    "incluidos",
    "incluidas",
    "incluido",
    "incluida",
    "incluyendo",
    "de ellos",
    "de ellas",
    "de los cuales",
    "de las cuales",
    "entre los que",
    "entre las que",
    "entre los cuales",
    "entre las cuales",
    "entre los que hay",
    "entre ellos hay",
    "entre ellas hay",
    "y entre ellos",
    "dentro de ellos",
    # ("Entre los fallecidos hay dos niños" names its metric: read as such, not linked to the nearest total)
)  # fmt: skip


def _verb_forms(*participles_and_forms: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Return every form of the attribution verbs: the simple forms, and the participle after "ha", "han",
    "había", "habían", "habría" ("ha* informado")."""
    out: list[str] = []
    for participle, forms in participles_and_forms:
        out.extend(forms)
        out.append(f"ha* {participle}")
    return _unaccented(out)


ATTRIBUTION_VERBS = _verb_forms(
    ("informado", ("informó", "informaron", "informa", "informan", "informaba", "informaban")),
    ("dicho", ("dijo", "dijeron", "dice", "dicen", "decía", "decían")),
    ("declarado", ("declaró", "declararon", "declara", "declaran")),
    ("afirmado", ("afirmó", "afirmaron", "afirma", "afirman", "afirmaba")),
    ("señalado", ("señaló", "señalaron", "señala", "señalan", "señalaba")),
    ("indicado", ("indicó", "indicaron", "indica", "indican", "indicaba")),
    ("asegurado", ("aseguró", "aseguraron", "asegura", "aseguran", "aseguraba")),
    ("confirmado", ("confirmó", "confirmaron", "confirma", "confirman")),
    ("anunciado", ("anunció", "anunciaron", "anuncia", "anuncian")),
    ("precisado", ("precisó", "precisaron", "precisa", "precisan")),
    ("detallado", ("detalló", "detallaron", "detalla", "detallan")),
    ("explicado", ("explicó", "explicaron", "explica", "explican")),
    ("añadido", ("añadió", "añadieron", "añade", "añaden")),
    ("agregado", ("agregó", "agregaron", "agrega", "agregan")),
    ("reportado", ("reportó", "reportaron", "reporta", "reportan")),
    ("comunicado", ("comunicó", "comunicaron")),
    ("denunciado", ("denunció", "denunciaron", "denuncia", "denuncian")),
    ("estimado", ("estimó", "estimaron", "estima", "estiman")),
    ("calculado", ("calculó", "calcularon", "calcula", "calculan")),
    ("cifrado", ("cifró", "cifraron", "cifra", "cifran")),
    ("sostenido", ("sostuvo", "sostuvieron", "sostiene", "sostienen")),
    ("reconocido", ("reconoció", "reconocieron", "reconoce", "reconocen")),
    ("admitido", ("admitió", "admitieron", "admite", "admiten")),
    ("publicado", ("publicó", "publicaron")),
    ("difundido", ("difundió", "difundieron")),
    ("escrito", ("escribió", "escribieron")),
    ("contado", ("contó", "contaron")),
    ("relatado", ("relató", "relataron")),
    ("manifestado", ("manifestó", "manifestaron")),
    ("apuntado", ("apuntó", "apuntaron", "apunta")),
    ("revelado", ("reveló", "revelaron", "revela")),
    ("recordado", ("recordó", "recordaron")),
    ("documentado", ("documentó", "documentaron", "documenta")),
    ("registrado", ("registró", "registraron")),
    ("contabilizado", ("contabilizó", "contabilizaron", "contabiliza")),
    ("elevado", ("elevó", "elevaron", "eleva")),
    ("actualizado", ("actualizó", "actualizaron")),
    ("alertado", ("alertó", "alertaron", "advirtió", "advirtieron")),
    ("notificado", ("notificó", "notificaron")),
    ("citado", ("citó", "citaron")),
)
# Between a verb and the speaker after it, the outlet told and the medium: "dijo a EFE el portavoz", "escribió en
# Telegram el jefe de la administración" (read as NAME_STOPS of several words, skipped before a name).
_OUTLETS = ("efe", "la agencia efe", "afp", "la afp", "la agencia afp", "reuters", "la agencia reuters", "ap",
            "europa press", "anadolu", "la bbc", "bbc mundo", "cnn", "el país", "la prensa", "los periodistas",
            "periodistas", "la prensa local", "medios locales", "sputnik", "tass", "al jazeera", "esta agencia",
            "este diario", "este periódico")  # fmt: skip
_MEDIA = ("en telegram", "en su canal de telegram", "en un comunicado", "en una rueda de prensa", "en redes sociales",
          "en x", "en twitter", "en facebook", "en un mensaje", "en una declaración", "en un informe",
          "en un video", "en un vídeo", "en una entrevista", "en un parte", "en su parte diario",
          "en una nota", "en conferencia de prensa", "en su cuenta de x", "en su cuenta de telegram",
          "por su parte", "este lunes", "este martes", "este miércoles", "este jueves", "este viernes",
          "este sábado", "este domingo", "el lunes", "el martes", "el miércoles", "el jueves", "el viernes",
          "el sábado", "el domingo", "en la noche", "en la mañana", "por la mañana", "por la tarde",
          "por la noche", "en un comunicado oficial")  # fmt: skip
_DOCUMENTS = ("informe", "último informe", "más reciente informe", "reporte", "balance", "último balance",
              "recuento", "parte", "último parte", "comunicado", "datos", "cifras", "estimaciones", "información")  # fmt: skip
ACCORDING_TO = _unaccented((
    # "según el último informe de", "de acuerdo con datos del": the author of the document
    *(
        f"{prefix} {document} de*"
        for prefix in ("según", "según el", "según los", "según las", "de acuerdo con", "de acuerdo con el",
                       "de acuerdo con los", "de acuerdo con las")
        for document in _DOCUMENTS
    ),
    # "según ha informado el gobernador", "según han precisado fuentes del Ejército"
    *(
        f"{prefix} ha* {participle}"
        for prefix in ("según", "tal como", "como")
        for participle in ("informado", "dicho", "declarado", "afirmado", "señalado", "indicado", "asegurado",
                           "confirmado", "precisado", "detallado", "explicado", "anunciado", "reportado",
                           "denunciado", "recogido", "publicado")
    ),
    "según", "de acuerdo con", "de acuerdo a", "conforme a", "según fuentes de*", "según informó",
    "según informaron", "según indicó", "según dijo", "según declaró", "según señaló", "según afirmó",
    "citando a", "citando", "que cita a", "con datos de", "a decir de", "en palabras de",
    "en opinión de", "según un informe de*", "según un recuento de*",
))  # fmt: skip
SPEAKER_NOUNS = _unaccented((
    "ministerio*", "ministr*", "portavoz", "portavoces", "vocero*", "vocera*", "gobernador*", "alcalde*",
    "autoridad*", "gobierno*", "ejército*", "policía", "fiscal*", "defensor*", "comité*", "oficina*", "misión",
    "agencia*", "organización*", "secretar*", "comisión*", "observatorio*", "cruz roja", "media luna roja",
    "presidente*", "presidenta*", "jefe*", "jefa*", "comandante*", "general", "mando*", "estado mayor",
    "director*", "servicio*", "departamento*", "administración*", "consejo*", "tribunal*", "onu", "ong",
    "unicef", "acnur", "oms", "oim", "ocha", "hospital*", "fuerzas armadas", "armada", "marina", "cancillería",
    "embajada*", "relator*", "alto comisionado", "coordinador*", "dirección", "protección civil",
    "defensa civil", "bomberos", "instituto*", "red de médicos", "médicos sin fronteras", "amnistía",
    "human rights watch", "acled", "ministerio de salud", "ministerio de sanidad",
))  # fmt: skip
NAME_STOPS = _unaccented((
    "que", "en", "a", "al", "este", "esta", "ese", "esa", "y", "e", "pero", "tras", "desde", "durante",
    "hoy", "ayer", "anoche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "también", "además", "ya", "ante", "sobre", "mediante", "cuando", "donde", "porque", "aunque", "si", "mientras",
    "tambien", "por su parte", "por", "hasta", "esta semana", "este mes", "recientemente", "previamente",
    "anteriormente", "finalmente", "luego", "después", "antes", "se", "le", "les", "lo", "su", "sus", "no",
    "mediodía", "madrugada", "mañana", "tarde", "noche", "citado", "citada", "citados", "citadas",
))  # fmt: skip
# "El portavoz, citado por la agencia AMAP, afirmó": the speaker is the one cited, not the agency relaying him.
CITED_BY = ("citado por", "citada por", "citados por", "citadas por", "en declaraciones a", "en declaraciones recogidas por",
            "según recoge", "según recogió", "por su parte", "a su vez", "por otro lado", "sin embargo", "en tanto",
            "además", "asimismo", "entretanto", "mientras tanto")  # fmt: skip
# Sentences that credit no one: a document, an unnamed source or a passive ("según fuentes locales").
UNATTRIBUTED_CUES = _unaccented((
    "según fuentes", "según fuentes locales", "según medios locales", "según testigos", "según datos preliminares",
    "según las primeras informaciones", "según un balance provisional", "según el balance provisional",
    "según informaciones", "según informes", "se informó", "se ha informado", "se ha sabido", "trascendió",
    "según se informó", "según versiones", "de acuerdo con fuentes",
))  # fmt: skip
# Descriptions that stand for the speaker named before ("el ministerio añadió", "según el organismo").
SPEAKER_DESCRIPTIONS = _unaccented((
    "ministerio", "organismo", "comunicado", "informe", "institución", "entidad", "ong", "dependencia", "cartera",
    "organización", "agencia", "misión", "oficina", "comisión", "secretaría", "observatorio",
))  # fmt: skip
NAME_STOPS = (*NAME_STOPS, *(f"a {outlet}" for outlet in _OUTLETS), *_MEDIA)
# Words before a name that are not part of it: "según el Ministerio", "dijo la portavoz", "informaron este
# miércoles las autoridades", "dijo hoy el ministro".
DETERMINERS = _unaccented((
    "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "hoy", "ayer", "anoche", "lunes", "martes", "miércoles", "jueves",
    "viernes", "sábado", "domingo", "mañana", "tarde", "noche", "madrugada", "mediodía", "también", "además",
    "ya", "luego", "posteriormente", "recientemente", "previamente", "anteriormente",
))  # fmt: skip

# --- Cross-language rules (fourth batch) ---
# Words that join two harms said of one count: killed with wounded or missing, joined so, are casualties.
HARM_JOINERS = ("y", "e", "o", "u")
# Words between two harms that say the second befell others ("13 muertos y nueve más heridos"): no harms of one count.
HARM_OTHERS = ("más", "mas", "otros", "otras", "otro", "otra", "demás")
# Nouns of people displaced, whose metric a harm said of them overrides ("Deux exilés sont portés disparus":
# missing), as a captive's word already is.
STATUS_NOUNS = (
    "refugiad*", "exiliad*", "desplazad*",
    # ... and where people are, under the rubble, read after the amount: missing unless a harm in the amount's own
    # clause says more ("Murieron 40 personas bajo los escombros": killed)
    *_UNDER_RUBBLE,
)  # fmt: skip
# An estimate's verb and preposition right before the number: approximate, as "an estimated" ("estime à 2 600 le
# nombre de personnes tuées"); not a verb that puts a toll at a number ("cifró en").
ESTIMATE_CUES = ("estima en", "estiman en", "estimó en", "estimaron en", "estimaba en", "estimaban en", "calcula en",
                 "calculan en", "calculó en", "calcularon en", "calculaba en", "calculaban en")  # fmt: skip
# A later amount with its casualty noun right after it owns that noun: "dejó al menos 85.000 damnificados, además de
# 510 muertos" (the dead are the 510, not the affected).
NOUN_HARM_OWNED = True
# ... joined to it by "y" as well: "dejó 3.000 damnificados y 42 muertos".
JOINED_NOUN_HARM_OWNED = True
