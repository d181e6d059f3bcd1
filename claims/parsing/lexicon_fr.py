"""The French lexicon: the words the reader knows in French, as tables (the contract is in multilingual.py).

Words are written in lower case; a word ending in "*" is a stem and matches every word that starts with it
("blessé*": blessé, blessés, blessée, blessées). Stems are kept long enough not to catch other words ("mort" is
listed form by form, since "mortier" is a mortar). Elided words ("l'", "d'", "qu'", "jusqu'") are tokens of their
own (ELISIONS), so "d'une centaine" reads as "d'" and "une centaine", and cues are written with the elision apart:
"jusqu' à", "plus d'".

French specifics the tables encode:

- "plus de N" is more than N, but "plus N" is "and also N" and "en plus de N" is "besides N"; "au plus N", "pas
  plus de N" and "tout au plus N" are at most N.
- "une dizaine", "une vingtaine", "une centaine", "un millier" are about ten, twenty, a hundred, a thousand
  (APPROXIMATE_UNITS); "des dizaines", "des centaines", "des milliers" are vague; "plusieurs" is 3, "quelques" 2.
- Numbers: "vingt et un", "soixante et onze", "quatre-vingt-douze", "deux cents", "trois mille", "un million";
  Belgian and Swiss "septante", "huitante", "octante", "nonante"; the 1990 spelling with hyphens everywhere
  ("deux-cent-vingt-et-un"), read by compound_number. Digits: "43 799" with a space or a narrow no-break space,
  "300'000" (Swiss), "2,1 millions" (decimal comma).
"""

from __future__ import annotations

CODE = "fr"
NAME = "French"
DECIMAL_COMMA = True  # "2,1 millions" is 2,100,000

# Elided words written onto the next one, split off as tokens of their own.
ELISIONS = ("l'", "d'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "n'", "s'", "c'", "j'", "m'", "t'")

# --- Numbers -------------------------------------------------------------------------------------------------


def _forms(value: int, *forms: str) -> dict[str, int]:
    return dict.fromkeys(forms, value)


_UNITS = {
    "zéro": 0,
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}

NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    **_forms(100, "cent", "cents"),
    # "dix-sept", "quatre-vingts" are one token each: compound_number reads them; the commonest are listed too.
    **_forms(17, "dix-sept"),
    **_forms(18, "dix-huit"),
    **_forms(19, "dix-neuf"),
    **_forms(70, "soixante-dix"),
    **_forms(80, "quatre-vingts", "quatre-vingt"),
    **_forms(90, "quatre-vingt-dix"),
}
SCALES = {
    **_forms(1_000, "mille", "mil"),
    **_forms(1_000_000, "million", "millions", "mio", "mln"),
    **_forms(500_000, "demi-million", "demi-millions"),
    **_forms(1_000_000_000, "milliard", "milliards", "mrd", "mds", "md"),
}
# "deux cents", "trois cent mille": "cent" multiplies the number before it.
SMALL_SCALES = {"cent": 100, "cents": 100}
# "une centaine", "deux centaines", "un millier": about that many (the reading is approximate).
APPROXIMATE_UNITS = {
    **_forms(8, "huitaine"),
    **_forms(10, "dizaine", "dizaines"),
    **_forms(12, "douzaine", "douzaines"),
    **_forms(15, "quinzaine", "quinzaines"),
    **_forms(20, "vingtaine", "vingtaines"),
    **_forms(30, "trentaine", "trentaines"),
    **_forms(40, "quarantaine", "quarantaines"),
    **_forms(50, "cinquantaine", "cinquantaines"),
    **_forms(60, "soixantaine", "soixantaines"),
    **_forms(100, "centaine", "centaines"),
    **_forms(1_000, "millier", "milliers"),
}
# "une petite dizaine", "une bonne centaine", "une grosse centaine": about that many all the same.
UNIT_ADJECTIVES = ("petite", "petites", "bonne", "bonnes", "grosse", "grosses", "large", "courte", "longue")
# "une centaine de milliers", "une dizaine de millions": about a hundred thousand, ten million.
SCALE_LINKERS = ("de", "d'")
FRACTIONS = {"demi": 0.5}
NUMBER_JOINERS = ("et",)
# "un", "une" are a number only before whom they count ("un civil a été tué"), not in "une frappe a tué".
ARTICLES = ("un", "une")
CARDINAL_SUFFIXES: tuple[str, ...] = ()

_PLACES = {"cent": 100, "cents": 100}
_BIG = {"mille": 1_000, "mil": 1_000, "million": 1_000_000, "millions": 1_000_000}


def compound_number(word: str) -> int | None:
    """Return the value of a number written as one hyphenated word ("quatre-vingt-douze", "deux-cent-vingt-et-un",
    "dix-sept", "trois-mille"), or None when the word is no number ("deux-trois" is a range, not five)."""
    if "-" not in word:
        return None
    parts = word.split("-")
    if not all(part in _UNITS or part in _PLACES or part in _BIG or part == "et" for part in parts):
        return None
    if parts[0] == "et" or parts[-1] == "et":
        return None
    total = 0
    current = 0
    last = 0  # the last number added: what follows it must be below its place
    for part in parts:
        if part == "et":
            continue
        if part in _PLACES:
            current = (current or 1) * 100
            last = 0
        elif part in _BIG:
            total += (current or 1) * _BIG[part]
            current = last = 0
        elif _UNITS[part] == 20 and last == 4:
            current += 76  # quatre-vingt(s): four twenties
            last = 80
        else:
            value = _UNITS[part]
            if last and not (
                (last in (60, 80) and value < 20)
                or (last >= 20 and last % 10 == 0 and value < 10)
                or (last == 10 and 7 <= value <= 9)
            ):
                return None
            current += value
            last = value
    return total + current


# --- Amounts -------------------------------------------------------------------------------------------------

QUALIFIER_CUES = {
    "exact": ("exactement", "au total", "un total de", "un total d'", "au total de", "en tout", "pile", "précisément"),
    "approximate": ("environ", "près de", "près d'", "guère plus de", "guère plus d'", "guère moins de",
                    "guère moins d'", "presque", "quelque", "approximativement", "à peu près",
                    "autour de", "autour d'", "aux alentours de", "aux alentours d'", "dans les", "pas loin de",
                    "pas loin d'", "quasiment", "pratiquement", "grosso modo", "une estimation de",
                    "un chiffre estimé à", "estimé à", "estimés à", "estimées à", "évalué à", "évalués à",
                    "de l'ordre de",
                    "de l' ordre de", "de l' ordre d'", "plus ou moins", "avoisinant",
                    "avoisine", "avoisinent", "frôle", "frôlent", "approchant", "approche", "approchent",
                    "presqu'"),
    "at_least": ("au moins", "au minimum", "pas moins de", "pas moins d'", "un minimum de", "un minimum d'",
                 "au bas mot", "à tout le moins", "minimum", "pour le moins", "au bas mot de"),
    "more_than": ("plus de", "plus d'", "au-delà de", "au-delà d'", "bien plus de", "largement plus de",
                  "dépasse", "dépassent", "dépassé", "dépasser", "dépassant", "dépasse les", "dépassent les",
                  "dépasse désormais les", "dépassent désormais les", "dépasse déjà les", "dépassé désormais les",
                  "dépasse désormais", "dépasse déjà", "dépasse maintenant les", "dépasse largement les",
                  "dépasse le cap des", "dépassé le cap des", "franchi le cap des", "franchit le cap des",
                  "dépasse le seuil des", "franchi le seuil des", "la barre des", "la barrière des", "le cap des",
                  "le seuil des", "la barre symbolique des", "la barrière symbolique des", "le cap symbolique des",
                  "dépassé les", "dépasser les", "dépassant les", "dépasse la barre des", "dépassé la barre des",
                  "franchi la barre des", "franchit la barre des", "excède", "excèdent", "excédant",
                  "supérieur à", "supérieure à", "supérieurs à", "un peu plus de", "un peu plus d'",
                  "passé la barre des", "passe la barre des", "de plus de"),
    "at_most": ("jusqu' à", "au plus", "tout au plus", "au maximum", "pas plus de", "pas plus d'",
                "un maximum de", "un maximum d'", "maximum", "au grand maximum", "jusqu' à quelque",
                "au mieux",
                # "le nombre de morts ne dépassera pas 4 000", "n'excède pas les 300": a ceiling, not more than.
                *(f"{verb} pas{the}" for verb in ("dépasse", "dépassent", "dépassait", "dépassaient", "dépassera",
                                                  "dépasseront", "dépasserait", "dépasseraient", "excède",
                                                  "excèdent", "excédait", "excédera", "excéderait")
                  for the in ("", " les"))),
    "fewer_than": ("moins de", "moins d'", "un peu moins de", "un peu moins d'", "inférieur à", "inférieure à",
                   "en deçà de"),
}  # fmt: skip
QUALIFIER_SUFFIXES = {
    "environ": "approximate",
    "à peu près": "approximate",
    "au moins": "at_least",
    "au minimum": "at_least",
    "ou plus": "at_least",
    "et plus": "at_least",
    "au plus": "at_most",
    "au maximum": "at_most",
    "tout au plus": "at_most",
    "et quelques": "more_than",
}
# "en plus de 300 blessés" is "besides 300 wounded"; "à 45" after a verb of rising is "to", not "up to".
FALSE_FRIENDS = {
    "plus": ("en",),
    "jusqu'": ("passé", "passée", "monté", "montée", "grimpé", "augmenté", "alourdi", "s'est alourdi"),
}
CHANGE_VERBS = (
    "passé",
    "passée",
    "passés",
    "passe",
    "monté",
    "montée",
    "grimpé",
    "grimpe",
    "augmenté",
    "augmente",
    "alourdi",
    "alourdit",
    "baissé",
    "diminué",
    "porté",
    "portant",
    "évolué",
    "bondi",
    "revu",
    "révisé",
)
RANGE_FORMS = (
    "entre X et Y",
    "de X à Y",
    "d' X à Y",
    "du X au Y",
    "X au Y",
    "X à Y",
    "X-Y",
    "X–Y",
    "X—Y",
    "X ou Y",
    "les X et Y",
    "des X et Y",
    "aux X et Y",
    # Its high end first: "entre un maximum de 800 000 et un minimum de 500 000" (Y is the high end).
    "entre un maximum de Y et un minimum de X",
    "entre un maximum d' Y et un minimum de X",
    # A range quoted as written by its source: "entre « 10 000 et 11 000 blessés »".
    "entre « X et Y",
    'entre " X et Y',
    "entre “ X et Y",
    # Days before their month: "entre le 27 et le 29 juillet" (a date, read as one range and refused with it).
    "entre le X et le Y",
    "entre un minimum de X et un maximum de Y",
    "entre un minimum d' X et un maximum d' Y",
)

ZERO_CUES = (
    "aucun",
    "aucune",
    "personne n'",
    "personne ne",
    "nul n'",
    "pas de",
    "pas d'",
    "pas un seul",
    "pas une seule",
    "pas fait de",
    "pas causé de",
    "pas eu de",
    "sans faire",
    "sans causer",
    "sans provoquer",
    "sans victime*",
    "sans blessé*",
    "sans perte*",
    "ni mort*",
    "ni blessé*",
    "ni victime*",
    "zéro",
)

VAGUE_MAGNITUDES = {
    "quelques": {"conservative": 2, "literal": 2},
    "plusieurs": {"conservative": 3, "literal": 3},
    "des dizaines|dizaines|de dizaines|par dizaines": {"conservative": 10, "literal": 20},
    "des douzaines|douzaines": {"conservative": 12, "literal": 24},
    "des vingtaines|vingtaines": {"conservative": 20, "literal": 40},
    "des centaines|centaines|de centaines|par centaines": {"conservative": 100, "literal": 200},
    "des milliers|milliers|de milliers|par milliers": {"conservative": 1_000, "literal": 2_000},
    "des dizaines de milliers|dizaines de milliers|de dizaines de milliers": {
        "conservative": 10_000,
        "literal": 20_000,
    },
    "des centaines de milliers|centaines de milliers|de centaines de milliers": {
        "conservative": 100_000,
        "literal": 200_000,
    },
    "des millions|millions|de millions|par millions": {"conservative": 1_000_000, "literal": 2_000_000},
    "plusieurs dizaines de milliers": {"conservative": 30_000, "literal": 30_000},
    "quelques dizaines de milliers": {"conservative": 20_000, "literal": 20_000},
    "plusieurs centaines de milliers": {"conservative": 300_000, "literal": 300_000},
    "quelques centaines de milliers": {"conservative": 200_000, "literal": 200_000},
    "plusieurs dizaines de millions": {"conservative": 30_000_000, "literal": 30_000_000},
}
VAGUE_MULTIPLIERS = {"plusieurs": 3, "quelques": 2}
VAGUE_UNITS = {
    "dizaines": 10,
    "douzaines": 12,
    "vingtaines": 20,
    "centaines": 100,
    "milliers": 1_000,
    "millions": 1_000_000,
    "dizaine": 10,
    "centaine": 100,
    "millier": 1_000,
    "million": 1_000_000,
}
# "Il y a des victimes", "l'explosion a fait des blessés", "on déplore des morts": "des" before a casualty word, after
# a verb or an adverb (not a noun: "les familles des victimes", "le nombre des morts"), is "some", no count.
_INDEFINITE_BEFORE = ("a", "avait", "aura", "aurait", "eu", "fait", "faisant", "fera", "ferait", "causé", "causant",
                      "provoqué", "provoquant", "déplore", "déplorer", "déplorait", "déplorent", "signale", "signalé",
                      "sûr", "également", "aussi", "malheureusement", "certainement", "probablement",
                      "vraisemblablement", "forcément", "déjà", "encore")  # fmt: skip
_INDEFINITE_HARMED = ("victime*", "mort", "morts", "tué*", "blessé*", "disparu*", "décès", "otage*", "corps",
                      "cadavre*")  # fmt: skip
UNQUANTIFIED_CUES = ("un nombre important", "un nombre élevé", "un nombre considérable", "un grand nombre",
                     "de nombreux", "de nombreuses", "nombreux", "nombreuses", "un grand nombre de",
                     "un grand nombre d'", "grand nombre de", "grand nombre d'", "un nombre important de",
                     "un nombre important d'", "un nombre élevé de", "un nombre élevé d'", "un nombre considérable de",
                     "un nombre indéterminé de", "un nombre indéterminé d'", "un nombre inconnu de",
                     "beaucoup de", "beaucoup d'", "de lourdes", "lourdes", "de graves", "d' importantes",
                     "importantes", "considérables", "une multitude de", "une multitude d'", "énormément de",
                     "énormément d'", "innombrables", "d' innombrables", "massives", "de très nombreux",
                     "de très nombreuses", "très nombreux", "très nombreuses", "un lourd tribut", "subi des",
                     "tant de", "tant d'", "bien des", "une foule de", "des tas de", "des tas d'", "un tas de",
                     "un tas d'", "des monceaux de", "des monceaux d'", "des piles de", "des piles d'",
                     "des amas de", "des amas d'", "des quantités de", "des quantités d'", "une quantité de",
                     "une quantité d'", "une kyrielle de", "une kyrielle d'", "une pluie de",
                     *(f"{before} des {quote}{noun}" for before in _INDEFINITE_BEFORE for quote in ("", "« ", '" ', "“ ")
                       for noun in _INDEFINITE_HARMED))  # fmt: skip

# --- What is counted -----------------------------------------------------------------------------------------

METRIC_CUES = {
    "killed": ("meurtre*", "homicide*", "en ont tué", "en a tué", "en tuant", "tué*", "tuant", "tue", "tuent", "tuer",
               "tuait", "tuaient", "tuera", "mort", "morts", "morte",
               "mortes", "décès", "décéd*", "meurt", "meurent", "mourir", "mouraient", "mourant", "péri", "périt",
               "périr", "périrent", "périssent", "périssaient", "perdu la vie", "perdent la vie",
               "perdre la vie", "perd la vie", "perdant la vie", "coûté la vie", "coûte la vie", "coûtant la vie",
               "coûtera la vie", "ôté la vie", "corps", "cadavre*", "dépouille*", "exécuté*", "exécutant",
               "abattu*", "assassiné*", "assassinat*", "massacré*", "neutralisé*", "neutralisant", "éliminé*",
               "éliminer", "élimination*", "neutraliser", "neutralisation*", "exécuter", "abattre",
               "massacrer", "assassiner", "liquider", "fusiller", "lyncher",
               "éliminant", "liquidé*", "martyr*", "égorgé*", "décapité*", "fusillé*", "succomb*",
               "succombent", "succombant", "mortellement", "carbonisé*", "noyé*", "tombés au combat",
               "tombé au combat", "tombée au combat", "tombées au combat",
               # fallen, alone: "Trois éléments de l'armée sont encore tombés samedi" (not fallen into an ambush, ill,
               # into enemy hands, from a roof, nor nightfall: THING_NOUNS and "captured" hold those)
               "tombé*", "tombèrent",
               # "tombés sous les balles", "tombé au front", "tombés au champ d'honneur": killed.
               *(f"tombé* {where}" for where in ("sous les balles", "sous les tirs", "sous les coups", "au front",
                                                 "au champ d' honneur", "en martyr*")), "victimes du massacre",
               # the bodies of victims are the dead: "rechercher les corps des victimes ... en ont retrouvé 16 autres"
               *(f"{body} {of} victime*" for body in ("corps", "cadavre*", "dépouille*", "restes")
                 for of in ("des", "de", "d'", "de ces", "de leurs", "de nouvelles")),
               "victimes de la tuerie", "victimes du génocide", "victimes mortelles", "victime décédée",
               "victimes décédées", "victimes tuées", "victime tuée",
               "trouvé la mort", "trouvent la mort", "ont trouvé la mort", "décimé*", "lynché*", "exécutions",
               "brûlé vif", "brûlés vifs", "brûlé vifs", "brûlée vive", "brûlées vives",
               "brûlés vif", "pendu", "pendus", "pendue", "pendues", "pendaison", "pendaisons",
               "pas survécu", "pas survécus", "pas survécue", "pas survécues", "pas survivre",
               # the passé simple of histories ("500 civils moururent de faim", "l'épidémie emporta 2 000 personnes")
               "mourut", "moururent", "mourra", "mourront", "tua", "tuèrent", "massacra", "massacrèrent",
               "assassina", "assassinèrent", "exécuta", "exécutèrent", "fusilla", "fusillèrent", "abattit",
               "abattirent", "égorgea", "égorgèrent", "extermina", "exterminèrent", "exterminé*", "emporta",
               "emportèrent", "a emporté", "ont emporté", "avait emporté", "avaient emporté", "sans vie"),
    "wounded": ("victimes blessées", "victime blessée", "en ont blessé", "en a blessé", "en blessant",
                "en ont blessés", "en avait blessé",
                "blessé*", "blessant", "blesse", "blessent", "blesser", "blessa", "blessèrent", "blessait",
                "blessaient", "blessure*", "hospitalisé*", "intoxiqué*", "brûlé", "brûlés", "brûlée", "brûlées",
                "grièvement brûlé*", "touché par balle*", "touchés par balle*", "touchée par balle*",
                "touchées par balle*", "touché* par des tirs", "touché* par des éclats", "atteint* par balle*",
                "atteint* par des tirs", "atteint* par des éclats", "légèrement touché*", "grièvement touché*",
                "grièvement atteint*",
                "hospitalisation*", "soigné*", "estropié*", "mutilé*", "amputé*"),
    "casualties": ("tué* , blessé*", "tué* ou blessé*", "tué* et blessé*", "mort* , blessé*", "mort* ou blessé*",
                   "mort* et blessé*", "tuant ou blessant", "tuant et blessant", "tué* , blessé* ou enlevé*",
                   "tué* , blessé* ou disparu*", "tué* , blessé* ou porté* disparu*", "victime*", "pertes", "perte",
                   "perdu", "perdus", "perd", "perdent", "perdre", "perdait", "perdit", "perdirent", "perdra",
                   "perdront",
                   "perdaient", "perdant", "tués ou blessés", "tués et blessés", "morts et blessés",
                   "morts ou blessés", "tués ou blessées", "tués et blessées", "morts ou blessées",
                   "morts et blessées", "tuées ou blessées", "tuées et blessées", "hors de combat",
                   "tués , blessés", "tuant ou blessant", "tuant et blessant", "mis hors de combat",
                   "morts , blessés", "tués ou portés disparus", "tués , blessés ou disparus",
                   "tués , blessés ou portés disparus", "morts , blessés ou disparus",
                   "tués , blessés et disparus"),
    "missing": ("disparu*", "disparition*", "porté disparu", "portés disparus", "portées disparues",
                "portée disparue", "introuvable*", "sans nouvelles"),
    "captured": ("captur*", "prisonnier*", "prisonnière*", "otage*", "enlevé*", "enlèvement*", "kidnappé*",
                 "séquestré*", "détenu*", "détenue*", "retenu*", "pris en otage", "prises en otage",
                 "faits prisonniers", "fait prisonnier", "prisonniers de guerre", "prisonnier de guerre", "enleva", "enlevèrent", "kidnappa", "captivité", "captif*", "capturant", "enlevant", "capturer",
                 "kidnapper", "séquestrer", "prendre en otage",
                 "kidnappant", "arrêtés", "arrêtées", "arrêtée",
                 # "la police a arrêté 30 manifestants", "ont arrêté des centaines de civils" (not "un arrêté", a
                 # decree): the past participle after its auxiliary.
                 *(f"{aux} arrêté" for aux in ("a", "ont", "avait", "avaient", "aurait", "auraient", "ayant", "été",
                                               "aura", "auront")), "interpellé*", "emprisonné*",
                 "incarcéré*", "rapté*", "rapt*", "retient", "retiennent", "détient", "détiennent", "retenait",
                 "détenait", "aux mains", "tombé* aux mains", "tombé* entre les mains"),
    "displaced": ("déplacé*", "déplacement*", "réfugié*", "déporté*", "déportation*", "fuite", "évacué*", "évacuant",
                  "évacuation*", "fui", "fuir", "fuient",
                  "fuyant", "fuyaient", "fuyait", "fuit", "exilé*", "chassé*", "expulsé*", "déraciné*", "exode",
                  "trouvé refuge", "délogé*", "jeté sur les routes", "sans-abri", "sans abri",
                  "jetés sur les routes", "contraint* de quitter", "contraint* d' abandonner", "contraint* de fuir",
                  "abandonner leur*", "abandonné leur*", "dû quitter",
                  "dû fuir", "ont fui", "ont quitté", "a quitté", "avaient quitté", "avait quitté", "ayant quitté",
                  "quittent", "quittaient",
                  # refugees crossing a border: "500 000 Rohingyas ont déjà traversé la frontière", "franchi la
                  # frontière tchadienne"
                  *(f"{verb} {the} frontière*" for verb in ("traversé", "traversés", "traversée", "traversées",
                                                            "traversent", "traversaient", "traversant", "traverser",
                                                            "franchi", "franchis", "franchie", "franchies",
                                                            "franchissent", "franchissaient", "franchissant",
                                                            "franchir", "passé", "passés", "passent")
                    for the in ("la", "les", "* la", "* les")),
                  # "poussé 200 000 personnes à quitter leur foyer" (not "quitter leur poste")
                  *(f"{verb} {their} {home}" for verb in ("quitter", "quitté", "quittant")
                    for their in ("leur", "leurs", "son", "sa", "ses")
                    for home in ("foyer*", "domicile*", "maison*", "logement*", "village*", "ville*", "région*",
                                 "pays", "terre*", "habitation*", "quartier*", "localité*"))),
}  # fmt: skip
POPULATION_CUES = {
    "civilian": ("civil", "civils", "civile", "civiles", "population civile", "populations civiles",
                 "non-combattant*", "non combattant*", "personnel médical", "personnels médicaux",
                 "personnel humanitaire", "personnel de santé", "personnels de santé", "personnel soignant",
                 "personnel hospitalier", "personnel de l' onu", "personnel onusien", "travailleurs humanitaires",
                 "humanitaires tués", "employés humanitaires"),
    "military": ("soldat*", "militaire*", "combattant*", "troupe*", "jihadiste*", "djihadiste*", "terroriste*",
                 "rebelle*", "insurgé*", "assaillant*", "milicien*", "paramilitaire*", "mercenaire*",
                 "casques bleus", "casque bleu", "occupant*", "envahisseur*", "ennemi*", "ennemie*",
                 "fantassin*", "parachutiste*", "légionnaire*", "garde-frontière*", "gardes-frontières",
                 "officier*", "sous-officier*", "conscrit*", "réserviste*", "mobilisé*", "recrue*",
                 "loyaliste*", "kamikaze*", "armée", "armées", "forces", "membres des forces",
                 "hommes armés", "individus armés", "effectifs", "prisonniers de guerre", "prisonnier de guerre",
                 "éléments armés", "membres des groupes armés", "éléments des groupes armés",
                 "membres de groupes armés", "membres d' un groupe armé",
                 "marines", "commando*", "sapeur*", "artilleur*", "tankiste*", "moudjahid*",
                 "moudjahidine*", "shebab*", "chebab*", "talibans", "taliban", "boko haram", "fedayin",
                 "pro-régime", "prorégime", "prorusses", "pro-russes", "séparatiste*", "guérillero*",
                 "hommes de troupe", "personnel militaire", "personnel", "personnels", "défenseurs", "militaires",
                 "bidasse*",
                 "combattante*", "miliciens", "milice", "milices", "supplétif*", "wagner", "fama", "fds", "tsahal",
                 "vdp", "fardc", "fsr", "saf"),
}  # fmt: skip
PEOPLE_NOUNS = ("personnes", "personne", "gens", "habitant*", "enfant*", "femme*", "homme", "hommes", "garçon*",
                "fille*", "fillette*", "bébé*", "nourrisson*", "adolescent*", "mineur*", "élève*", "écolier*", "lycéen*",
                "collégien*", "orphelin*",
                "écolière*", "étudiant*", "personnes âgées", "personne âgée", "vieillard*", "retraité*",
                "journaliste*", "secouriste*", "médecin*", "soignant*", "infirmi*", "travailleur*", "ouvrier*",
                "villageois", "citoyen*", "résident*", "passager*", "patient*", "migrant*", "fidèle*",
                "manifestant*", "individu*", "âmes", "policier*", "agent*", "employé*", "salarié*",
                "volontaire*", "bénévole*", "pompier*", "sauveteur*", "membres", "membre", "autres",
                "palestinien*", "israélien*", "ukrainien*", "russe*", "soudanais", "haïtien*", "gazaoui*",
                "syrien*", "libanais", "irakien*", "afghan*", "yéménite*", "congolais", "malien*",
                "burkinabè*", "burkinabé*", "nigérian*", "nigérien*", "tchadien*", "camerounais", "somalien*",
                "éthiopien*", "érythréen*", "rohingya*", "ouïghour*", "kurde*", "arménien*", "azerbaïdjanais",
                "afghans", "libyen*", "algérien*", "marocain*", "tunisien*", "français", "française*",
                "américain*", "européen*", "africain*", "mozambicain*", "centrafricain*", "rwandais",
                "burundais", "ivoirien*", "sud-soudanais", "sahraoui*", "iranien*", "birman*",
                "qui fuyaient", "qui fuyait", "protection civile", "défense civile", "sécurité civile",
                "société civile", "guerre civile", "aviation civile",
                # The people of accidents and everyday life ("un randonneur a fait une chute mortelle", "deux
                # cyclistes ont été percutés"), in their masculine and feminine forms.
                "skieur*", "skieuse*", "randonneur*", "randonneuse*", "alpiniste*", "promeneur*", "promeneuse*",
                "baigneur*", "baigneuse*", "plongeur*", "plongeuse*", "cycliste*", "piéton*", "piétonne*",
                "automobiliste*", "motocycliste*", "motard*", "conducteur*", "conductrice*", "chauffeur*",
                "touriste*", "voyageur*", "voyageuse*", "vacancier*", "vacancière*", "pêcheur*", "pêcheuse*",
                "agriculteur*", "agricultrice*", "éleveur*", "éleveuse*", "paysan*", "commerçant*", "vendeur*",
                "vendeuse*", "berger*", "bergère*", "mère", "mères", "épouse*", "sœur*", "grand-mère*", "veuve*",
                "père", "pères", "frère*", "grand-père*",
                # Firefighters are no sappers ("sapeur*" is military): "quatre sapeurs-pompiers blessés".
                "sapeur-pompier", "sapeurs-pompiers", "sapeuse-pompière", "sapeuses-pompières")  # fmt: skip
# Feminine nouns of people say a woman ("une skieuse de 20 ans a perdu la vie"); only nouns, not adjectives that
# agree with a feminine noun ("une source policière", "l'armée ukrainienne", "la classe ouvrière").
_WOMEN = ("femme*", "skieuse*", "randonneuse*", "promeneuse*", "baigneuse*", "plongeuse*", "piétonne*", "conductrice*",
          "voyageuse*", "vacancière*", "pêcheuse*", "agricultrice*", "éleveuse*", "vendeuse*", "bergère*",
          "commerçante*", "paysanne*", "habitante*", "passagère*", "infirmière*", "manifestante*", "résidente*",
          "mère", "mères", "épouse*", "sœur*", "grand-mère*", "veuve*")  # fmt: skip
GROUP_CUES = {
    "children": ("enfant*", "mineur*", "bébé*", "nourrisson*", "garçon*", "fillette*", "fille", "filles",
                 "jeunes filles", "adolescent*", "élève*", "écolier*", "écolière*", "nouveau-né*", "mineure*",
                 "lycéen*", "collégien*", "orphelin*"),
    "women": _WOMEN,
    "men": ("homme", "hommes"),
    "elderly": ("personnes âgées", "personne âgée", "retraité*", "vieillard*", "aînés", "seniors"),
}  # fmt: skip
# (what "tombé" says when it says no death: "tombés dans une embuscade", "tombé malade", "à la tombée de la nuit")
_FALLEN_ALIVE = tuple(
    f"tombé* {what}"
    for what in ("dans une embuscade", "dans un guet-apens", "dans un piège", "dans le piège", "malade*", "en panne",
                 "sur", "du", "de", "d'", "des", "à l' eau", "à la mer", "à terre", "par terre", "en disgrâce",
                 "d' accord", "amoureu*", "enceinte*", "en ruine*", "en désuétude", "dans l' oubli",
                 "sous le contrôle", "sous la coupe", "sous l' emprise")
)  # fmt: skip
THING_NOUNS = (*_FALLEN_ALIVE, "char", "chars", "blindé*", "véhicule*", "camion*", "drone*", "avion*", "appareil*", "hélicoptère*",
               "missile*", "roquette*", "obus", "projectile*", "bombe*", "mine", "mines", "frappe*", "attaque*",
               "raid*", "tir", "tirs", "engin*", "canon*", "pièce*", "lance-roquette*", "système*", "batterie*",
               "navire*", "bateau*", "embarcation*", "vedette*", "maison*", "logement*", "bâtiment*",
               "immeuble*", "habitation*", "appartement*", "école*", "hôpital", "hôpitaux", "établissement*",
               "village", "villages", "ville", "villes", "localité*", "commune", "communes", "quartier*",
               "région*", "province*", "pays", "position*", "poste", "postes", "checkpoint*", "barrage*",
               "fois", "reprise*", "endroit*", "toit*", "occasion*", "tiers", "quart", "quarts", "états", "état", "pays membres", "km", "mm", "cm", "millimètre*",
               "centimètre*", "calibre*", "kilomètre*", "mètre*", "tonne*", "hectare*", "famille*", "foyer*",
               "ménage*",
               "cessez-le-feu", "trêve*", "incident*", "attentat*", "explosion*", "bombardement*", "lits",
               "brigade*", "bataillon*", "régiment*", "division*", "sortie*", "munition*", "balle*",
               "cartouche*", "camp", "camps", "mosquée*", "église*", "pont", "ponts", "route", "routes",
               "étage*", "site", "sites", "centre", "centres", "points", "colis", "repas", "dose*", "voiture*",
               "bus", "train", "trains", "bâtiments", "édifice*", "infrastructure*", "cible*", "objectif*",
               "dépôt*", "entrepôt*", "usine*", "pylône*", "centrale*", "sous-marin*", "fusil*", "arme",
               "armes", "kalachnikov*", "mortier*", "artillerie", "lanceur*", "radar*", "aéronef*",
               "bombardier*", "frégate*", "corvette*", "salve*", "vague", "vagues", "secteur*",
               "front", "fronts", "axes", "axe", "direction*", "tranchée*", "abri*", "tunnel*", "puits",
               "camion-citerne*", "ambulance*", "convoi*", "wagon*", "kg", "kilo*", "litre*", "lieux",
               "départements", "département", "écoles", "hôpitaux", "voix", "page*", "articles", "article",
               "résolution*", "sanction*", "plainte*", "dossier*", "enquête*", "mandat*", "procès",
               # "dans les opérations militaires", "l'attaque terroriste": an adjective after a noun of things
               # names no population.
               *(f"{noun} {adjective}" for adjective in ("militaire", "militaires", "terroriste", "terroristes")
                 for noun in ("opération*", "offensive*", "intervention*", "base*", "camp", "camps", "cible*",
                              "installation*", "position*", "véhicule*", "convoi*", "hôpital", "hôpitaux",
                              "source*", "tribunal", "tribunaux", "junte*", "aide", "présence", "campagne*",
                              "action*", "frappe*", "site*", "zone*", "équipement*", "matériel*", "avion*",
                              "hélicoptère*", "navire*", "camion*", "escalade*", "pression*", "attaque*",
                              "attentat*", "menace*", "opération", "manœuvre*", "exercice*", "cellule*",
                              "réseau", "réseaux", "organisation*", "entreprise*", "acte*", "violence*")))  # fmt: skip
TIME_UNITS = ("seconde*", "minute*", "heure*", "h", "jour", "jours", "journée*", "nuit*", "nuits", "semaine*",
              "mois", "an", "ans", "année*", "décennie*", "siècle*", "trimestre*", "week-end*")  # fmt: skip
MONTHS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
          "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr", "juil",
          "sept", "oct", "nov", "déc")  # fmt: skip

# --- Never a casualty figure ---------------------------------------------------------------------------------

YEAR_WORDS = ("av. j.-c.", "apr. j.-c.")
YEAR_BEFORE = (
    "années",
    "les années",
"en", "depuis", "de", "dès", "avant", "après", "jusqu' en", "à partir de", "entre", "fin", "début",
               "mi", "l' an", "an", "année", "printemps", "été", "automne", "hiver", "et", "à", "au",
               *MONTHS)  # fmt: skip
AGE_BEFORE = ("âgé de", "âgée de", "âgés de", "âgées de", "agé de", "agée de", "agés de", "agées de", "âge de",
              "l' âge de", "âgés de moins de", "âgés de plus de", "âgé d'", "âgée d'", "âgés d'", "âgées d'",
              "âgés entre", "âgées entre")  # fmt: skip
AGE_AFTER = ("ans", "an", "mois", "printemps")
PERCENT_WORDS = ("%", "pour cent", "pourcent", "pour-cent", "pc")
MONEY_WORDS = ("euro*", "dollar*", "francs", "franc", "€", "$", "£", "livres", "livre sterling", "de dollars",
               "d' euros", "de francs", "de livres", "de roubles", "de hryvnias", "hryvnia*", "roubles",
               "rouble", "fcfa", "f cfa", "cfa", "dinars", "dinar", "shekels", "shekel", "de dinars",
               "de shekels", "de fcfa", "de francs cfa", "usd", "eur", "chf", "m€", "md€", "mds€", "de dirhams",
               "dirhams", "livres libanaises", "de livres libanaises")  # fmt: skip
DESIGNATIONS = ("n°", "n °", "no", "numéro", "route", "autoroute", "vol", "résolution", "article", "h", "rue", "secteur",
                "au kilomètre", "au km", "chapitre", "page", "p", "p .", "pp .", "art .", "chap .", "vol .", "paragraphe", "ligne", "bus", "train",
                "base", "brigade", "régiment", "bataillon", "division", "unité", "poste", "point",
                "boulevard", "avenue", "bloc", "camp", "décret", "loi", "protocole", "alinéa", "tome", "annexe",
                "tableau", "figure", "chambre", "salle", "porte", "quai", "terminal", "hangar", "zone", "lot",
                "îlot", "code", "indice", "niveau", "version", "modèle", "type", "mark", "classe", "catégorie",
                "top", "g", "covid", "patrouille")  # fmt: skip
ORDINAL_SUFFIXES = ("e", "è", "ème", "eme", "è", "er", "ère", "ere", "re", "ier", "nd", "nde", "ème", "es", "èmes",
                    "emes", "ers", "ères")  # fmt: skip

NON_FIGURES = {
    "date": ("le 7 octobre 2023", "du 5 au 12 mai"),
    "year": ("en 2022", "de 2014 à 2022"),
    "age": ("un garçon âgé de 12 ans",),
    "time": ("à 10h30", "vers 14 h 30"),
    "duration": ("pendant trois jours",),
    "count of things": ("12 chars",),
    "ordinal": ("la 93e brigade",),
}
NUMBER_FORMS = (
    "43 799",
    "9\u202f177",
    "300'000",
    "2,1 millions",
    "vingt et un",
    "soixante et onze",
    "quatre-vingt-douze",
    "deux cents",
    "trois mille",
    "une centaine",
)

# --- Breakdowns and attribution ------------------------------------------------------------------------------

BREAKDOWN_CUES = ("figurent aussi", "figurent également", "figure aussi", "figure également", "parmi les morts",
                  "parmi les victimes", "parmi les blessés", "parmi les tués", "dont", "parmi lesquels",
                  "parmi lesquelles", "parmi eux", "parmi elles", "y compris",
                  "notamment", "figurent", "figure", "figuraient", "figurait", "se trouvent", "se trouvaient",
                  "parmi ces", "parmi les victimes figurent", "incluant", "dont au moins",
                  "parmi lesquels au moins", "parmi lesquelles au moins")  # fmt: skip

_OUTLETS = ("l' afp", "l' agence france-presse", "reuters", "l' agence reuters", "l' ap", "rfi", "france 24",
            "france info", "franceinfo", "bfmtv", "tf1", "france 2", "la presse", "des journalistes",
            "la télévision", "la télévision publique", "la télévision d' état", "la radio", "l' agence",
            "notre correspondant", "nos correspondants", "un journaliste", "un correspondant", "libération",
            "ouest-france", "jeune afrique", "al jazeera", "bbc", "la bbc", "cnn", "tass", "l' agence tass",
            "ria novosti", "interfax", "ukrinform", "l' agence anadolu", "anadolu")  # fmt: skip
# "a déclaré à l'AFP un responsable", "une source interrogée par l'AFP a confirmé": the outlet told or asking is
# no speaker (multi-word NAME_STOPS are skipped before a name after the verb, and before the verb).
_ADDRESSEES = (
    *(f"à {outlet}" for outlet in _OUTLETS),
    "aux journalistes", "à des journalistes", "au monde", "au figaro", "au parisien", "au journal", "à la presse",
    *(f"{asked} par {outlet}" for asked in ("interrog*", "joint", "jointe", "joints", "contacté*", "cité", "citée",
                                             "cités", "citées") for outlet in (*_OUTLETS, "téléphone")),
    "joint par téléphone", "jointe par téléphone", "au téléphone", "par téléphone",
)  # fmt: skip

_SAYING = ("déclaré", "indiqué", "annoncé", "affirmé", "précisé", "rapporté", "estimé", "assuré", "confirmé",
           "ajouté", "expliqué", "souligné", "dit", "signalé", "fait savoir", "fait état", "recensé",
           "dénombré", "comptabilisé", "dénoncé", "accusé", "reconnu", "revendiqué", "évoqué", "averti",
           "alerté", "déploré", "communiqué", "informé", "écrit", "tweeté", "publié", "relevé", "noté",
           "observé", "constaté", "chiffré", "documenté", "enregistré", "rapporté", "souligné", "martelé",
           "soutenu", "prétendu", "démenti", "admis", "raconté", "détaillé", "avancé", "cité", "mentionné",
           "rappelé", "indiqué", "confié", "répété", "insisté", "twitté", "posté", "lancé", "estimé")  # fmt: skip
_PRESENT = ("déclare", "déclarent", "indique", "indiquent", "annonce", "annoncent", "affirme", "affirment",
            "précise", "précisent", "rapporte", "rapportent", "estime", "estiment", "assure", "assurent",
            "confirme", "confirment", "ajoute", "ajoutent", "explique", "expliquent", "souligne", "soulignent",
            "dit", "disent", "signale", "signalent", "fait savoir", "font savoir", "fait état", "font état",
            "recense", "recensent", "dénombre", "dénombrent", "comptabilise", "comptabilisent", "dénonce",
            "dénoncent", "accuse", "accusent", "reconnaît", "reconnait", "reconnaissent", "revendique",
            "revendiquent", "évoque", "évoquent", "avertit", "avertissent", "alerte", "alertent", "déplore",
            "déplorent", "communique", "informe", "écrit", "écrivent", "relève", "relèvent", "note", "notent",
            "constate", "constatent", "chiffre", "chiffrent", "documente", "documentent", "enregistre",
            "martèle", "soutient", "soutiennent", "prétend", "prétendent", "dément", "admet", "raconte",
            "détaille", "avance", "avancent", "mentionne", "rappelle",
            "déclarait", "indiquait", "annonçait", "affirmait", "précisait", "rapportait", "estimait",
            "assurait", "ajoutait", "expliquait", "soulignait", "disait", "déclaraient", "indiquaient",
            "annonçaient", "affirmaient", "estimaient", "assuraient", "compte", "comptent",
            "comptait", "fait état de", "dénombrait", "recensait", "déclarera", "insiste", "confie", "répète",
            "tweete", "publie", "publient", "déclarent", "communiquent")  # fmt: skip
ATTRIBUTION_VERBS = (
    *_PRESENT,
    *_SAYING,
    *(f"{aux} d' {verb}" for aux in ("vient", "viennent") for verb in ("annoncer", "indiquer", "déclarer",
                                                                     "confirmer", "affirmer", "publier")),
)  # fmt: skip
# Words before a verb of saying that belong to it: "a indiqué", "ont de leur côté affirmé", "a-t-il précisé".
AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles",
               "avait-il", "avait-elle", "aura", "auront", "également", "aussi", "encore", "déjà", "enfin", "ensuite",
               "toutefois", "cependant", "pourtant", "néanmoins", "ailleurs", "par", "de", "son", "sa", "leur", "côté",
               "pour", "part", "quant", "lui", "y", "en", "alors", "notamment", "récemment", "plus", "tard", "tôt",
               "dernièrement", "pas", "ne", "n'", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
               "dimanche", "hier", "soir", "matin", "aujourd'hui")  # fmt: skip
_ACCORDING = ("selon", "d' après")
ACCORDING_TO = (
    *_ACCORDING, "de source", "auprès de", "auprès d'", "auprès des", "auprès du", "citant", "cité par", "citée par",
    "cités par", "citées par", "au dire de", "au dire d'", "aux dires de", "aux dires d'", "à en croire",
    "relayé par", "rapporté par", "annoncé par", "publié par", "publiés par", "publiées par", "fourni par",
    "fournis par", "fournies par", "communiqué par", "communiqués par", "avancé par", "avancés par", "établi par",
    "de l' avis de",
)  # fmt: skip
# The document a figure comes from, read past before its author: "selon le dernier bilan du ministère".
_DOCUMENT_WORDS = ("bilan", "bilans", "dernier", "dernière", "derniers", "dernières", "nouveau", "nouvel", "nouvelle",
                   "nouveaux", "premier", "première", "premiers", "chiffres", "chiffre", "données", "estimations",
                   "estimation", "décompte", "communiqué", "communiqués", "rapport", "rapports", "statistiques",
                   "informations", "comptage", "recensement", "officiel", "officielle", "officiels", "provisoire",
                   "établi", "publié", "publiés", "fourni", "fournis", "récent", "récents", "conjoint", "déclarations",
                   "propos", "témoignage", "document", "du", "des", "de", "d'", "un", "une", "tout",
                   "très")  # fmt: skip
SPEAKER_NOUNS = ("ministère*", "ministre*", "gouverneur*", "maire*", "administration*", "autorité*", "armée*",
                 "état-major*", "porte-parole", "police", "gendarmerie", "préfecture*", "préfet*",
                 "gouvernement*", "présidence*", "président*", "bureau*", "service*", "protection civile",
                 "défense civile", "ong", "onu", "même source", "il", "elle", "ils", "elles", "lui", "eux",
                 "organisation*", "agence*", "observatoire*", "commission*",
                 "comité*", "mission*", "haut-commissariat", "croissant-rouge", "croix-rouge", "responsable*",
                 "chef*", "commandant*", "commandement*", "direction*", "conseil*", "parquet*",
                 "procureur*", "renseignement*", "pentagone", "kremlin", "mairie*", "municipalité*",
                 "département*", "hôpital", "médecin*", "secouriste*", "secours", "sauveteur*", "ambassade*",
                 "chancellerie*", "élysée", "quai d'orsay", "unicef", "hcr", "oms", "ocha", "oim", "cicr",
                 "msf", "afp", "reuters", "agence", "journal", "quotidien", "média*", "télévision*", "chaîne*",
                 "radio*", "témoin*", "groupe*", "mouvement*", "coalition*", "régime*", "junte*",
                 "forces", "fédération*", "union*", "association*", "collectif*", "institut*", "centre",
                 "député*", "sénateur*", "élu*", "diplomate*", "envoyé*", "rapporteur*",
                 "coordinateur*", "coordonnateur*", "délégué*", "représentant*", "directeur*", "directrice*",
                 "secrétaire*", "commissaire*", "inspecteur*", "juge*", "tribunal*", "cour")  # fmt: skip
# Adverbials between a verb of saying and its subject: "a indiqué dans la soirée le ministère".
_ADVERBIALS = ("dans la soirée", "dans la matinée", "dans la journée", "dans la nuit", "dans l' après-midi",
               "en début de soirée", "en fin de journée", "en fin d' après-midi", "en début d' après-midi",
               "en fin de matinée", "en début de matinée", "en soirée", "en matinée", "plus tôt", "plus tard",
               "sur telegram", "sur x", "sur twitter", "sur facebook", "sur son compte telegram",
               "sur sa chaîne telegram",
               "sur les réseaux sociaux", "dans un communiqué", "dans un communiqué publié", "dans un bilan",
               "dans son bilan", "dans son rapport", "dans un rapport", "lors d' une conférence de presse",
               "lors d' un point de presse", "lors d' un point presse", "en conférence de presse", "à la télévision",
               "ce lundi", "ce mardi", "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche",
               "ce matin", "ce soir", "cette semaine", "mardi soir", "lundi soir", "mercredi soir", "jeudi soir",
               "vendredi soir", "samedi soir", "dimanche soir", "de son côté", "de leur côté", "pour sa part",
               "pour leur part", "par ailleurs", "quant à lui", "quant à elle", "dans la foulée", "peu après",
               "un peu plus tard")  # fmt: skip
NAME_STOPS = (*_ADDRESSEES, *_ADVERBIALS, "autres", "certains", "certaines", "plusieurs", "sous", "sous couvert",
                                          "s' exprimant", "joint", "interrogé", "interrogée",
              "basé", "basée", "basés", "basées", "installé", "installée", "implanté", "implantée", "située",
              "situé", "proche", "proches", "affilié", "affiliée", "nous", "avons", "vous", "avez", "on", "je", "j'",
              "nos", "notre", "que", "qu'", "qui", "dont", "dans", "sur", "lors", "après", "avant", "depuis",
              "pendant", "selon",
              "mais", "et", "ou", "car", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
              "dimanche", "hier", "ce", "cette", "cet", "ces", "via", "à", "leur", "avoir", "par", "ne", "n'", "se",
              "s'", "y", "mardi", "soir", "matin", "midi",
              "aujourd'hui", "aujourd", "auprès", "alors", "tandis", "ainsi", "également", "aussi", "encore",
              "déjà", "toutefois", "cependant", "pourtant", "néanmoins", "enfin", "ensuite", "puis",
              "comme", "si", "quand", "lorsque", "lorsqu'", "parce", "afin", "contre", "vers")  # fmt: skip
# Words before a name that are not part of it: "a indiqué mardi à l'AFP le ministère".
DETERMINERS = (*_DOCUMENT_WORDS, "le", "la", "les", "l'", "à", "au", "aux", "lundi", "mardi", "mercredi", "jeudi",
               "vendredi",
               "samedi", "dimanche", "hier", "soir", "matin", "midi", "aujourd'hui", "ce", "également",
               "aussi", "encore", "ensuite", "enfin", "alors", "d'ailleurs", "quant", "toutefois", "pour",
               "sa", "son", "part", "de", "côté", "du", "un", "une", "des", "par", "ailleurs", "dans", "un",
               "communiqué", "cette", "semaine", "nuit", "jour", "plus", "tard", "tôt", "samedi")  # fmt: skip

# Optional tables (multilingual.py reads them when present).
RATIO_BETWEEN = ("sur",)  # "un enfant sur cinq"
RATIO_PER = ("pour",)  # "une victime pour 57 bâtiments détruits", "un médecin pour 10 000 habitants"
RATE_CUES = (*(f"sur {n}" for n in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "cent",
                                  "mille", *map(str, range(2, 11)), "100", "1000", "1 000")),
             "par jour", "par semaine", "par mois", "par an", "par heure", "chaque jour", "chaque semaine",
             "quotidiennement", "pour 1000", "pour 100 000", "pour mille", "pour cent mille", "tous les jours",
             "toutes les semaines", "tous les mois", "tous les ans", "chaque mois", "chaque année", "chaque nuit",
             "chaque heure", "toutes les heures", "par nuit", "par année", "par an en moyenne", "en moyenne par jour",
             "jour après jour")  # fmt: skip
# ... and before it: "libérer chaque jour une dizaine d'otages", "Tous les jours, 30 personnes meurent".
RATE_BEFORE = ("chaque jour", "tous les jours", "quotidiennement", "chaque semaine", "toutes les semaines",
               "chaque mois", "tous les mois", "chaque année", "tous les ans", "chaque nuit", "chaque heure",
               "toutes les heures", "jour après jour", "en moyenne", "par jour", "par semaine", "par mois")  # fmt: skip
# A toll's nouns: the people right after one are what it counts, and a casualty word after them describes them ("le
# nombre de soldats tués s'élève à 150": soldiers, not who killed), as a group named there ("le nombre d'enfants tués").
TOLL_NOUNS = ("nombre de", "nombre d'", "nombre total de", "nombre total d'", "chiffre de", "décompte de")
# Sentences that credit no one, and borrow no speaker from the sentence before.
UNATTRIBUTED_CUES = ("d' autres sources", "d' autres estimations", "d' autres bilans", "certaines sources",
                     "certains médias", "selon d' autres", "d' autres évoquent", "d' autres chiffres", "été signalé*",
                     "été rapporté*", "été annoncé*", "été recensé*", "été dénombré*",
                     "été enregistré*", "été déploré*", "été constaté*", "à déplorer", "selon un bilan provisoire",
                     "selon les premières estimations", "selon un premier bilan", "selon des informations",
                     "d' après les premières informations", "selon les premières informations", "on ignore",
                     "on dénombre", "on compte", "aurait", "auraient", "serait", "seraient", "apparemment",
                     "selon des témoins", "selon des habitants", "selon plusieurs sources")  # fmt: skip
# Descriptions that stand for the speaker named before them: "a précisé l'ONG", "selon la même source".
SPEAKER_DESCRIPTIONS = ("observatoire", "agence", "bureau", "mission", "haut-commissariat", "comité", "commission",
                        "organisation onusienne", "ong", "même source", "organisation", "organisme", "institution",
                        "communiqué", "rapport",
                        "il", "elle", "ils", "elles", "lui", "eux", "agence onusienne", "l' organisation",
                        "ce dernier", "cette dernière", "celui-ci", "celle-ci")  # fmt: skip
# "enlevés par des hommes armés": the passive's agent is not what is counted.
AGENT_MARKERS = ("par",)
# "Pour les civils français d'Algérie, le nombre est de 2 788 tués": whose figures, at the sentence's start.
TOPIC_CUES = ("pour les", "pour la", "pour le", "chez les", "parmi les", "du côté des", "du côté de", "côté",
              "dans les rangs des", "dans les rangs de", "s' agissant des", "concernant les", "quant aux",
              "en ce qui concerne les", "pour ce qui est des", "au sein des", "au sein de", "dans le camp des")  # fmt: skip
# "2 morts et 5 blessés parmi les militaires français": whose losses, named after the figures.
AMONG = ("parmi", "dans les rangs", "dans leurs rangs", "dans ses rangs", "côté")
# "les rebelles ADF ont fait plusieurs morts": whoever made the dead is not whom the figure counts.
AGENT_VERBS = ("fait", "faisant", "causé", "causant", "provoqué", "provoquant", "entraîné", "entraînant", "coûté",
               "infligé", "fera", "font", "fait état",
               # whoever frees, rescues or returns the counted is not whom they count: "Les forces de sécurité ont
               # libéré près de 200 otages", "l'armée a secouru 40 migrants"
               "libéré", "libérés", "libérée", "libérées", "libère", "libèrent", "libérer", "libérant", "libéra",
               "libérèrent", "relâché", "relâchés", "relâchée", "relâchées", "relâche", "relâchent", "relâcher",
               "relâchant", "secouru", "secourus", "secourue", "secourues", "secourt", "secourent", "secourir",
               "secourant", "sauvé", "sauvés", "sauvée", "sauvées", "sauve", "sauvent", "sauver", "sauvant",
               "délivré", "délivrés", "délivrée", "délivrées", "délivre", "délivrent", "délivrer", "rapatrié",
               "rapatriés", "rapatrient", "rapatrier", "échangé", "échangés", "échangent", "échanger")  # fmt: skip
# Words that open a clause of their own: "deux civils blessés dans l'attentat qui a tué le gouverneur" (the
# killing is the attack's, not the wounded's).
SUBCLAUSE_OPENERS = ("qui", "que", "qu'", "dont", "où", "lorsque", "lorsqu'", "quand", "mais", "car", "puis", "tandis",
                  "alors")  # fmt: skip
# After "aucun", "aucune": of whom none was hurt ("aucun des 12 passagers n'a été blessé", "aucun d'entre eux").
ZERO_OF = ("des", "d'")
# "La marine a secouru 135 migrants et récupéré 45 corps": the bodies are the 45's, the rescued suffered no harm.
NOUN_HARM_OWNED = True
# "La défense aérienne a abattu 21 des 23 missiles": the part counts what its whole counts (things here, no one).
PART_OF = ("des", "de ces", "sur les")
# "massacres de civils ayant fait 6 000 morts", "attaques contre des civils qui ont fait 12 morts": the people
# named after these words are whom the act struck, not who made the dead (AGENT_VERBS).
# (After a killing's noun "de" names the killed; after an attack's it names the attacker: "les attaques des
# jihadistes".)
VICTIMS_OF = (
    *(f"{killing} {linker}" for killing in ("massacre*", "meurtre*", "assassinat*", "tuerie*", "exécution*")
      for linker in ("de", "d'", "des", "contre", "visant")),
    *(f"{act} {linker}" for act in ("attaque*", "frappe*", "violence*", "exaction*", "attentat*", "tirs", "raid*",
                                    "représailles", "offensive*", "bombardement*", "crime*", "atrocité*")
      for linker in ("contre", "visant", "ciblant", "sur")),
    "contre", "visant", "ciblant",  # ("les attaques des jihadistes contre les civils")
)  # fmt: skip
# "un enfant sur cinq": a ratio (a count "sur 251 personnes enlevées" is not one).
RATIO_WORDS = tuple(
    f"{noun} sur"
    for noun in ("enfant", "enfants", "personne", "personnes", "civil", "civils", "victime", "victimes", "habitant",
                 "habitants", "blessé", "blessés", "mort", "morts", "soldat", "soldats", "femme", "femmes", "homme",
                 "hommes", "gazaoui", "gazaouis", "palestinien", "palestiniens", "ukrainien", "ukrainiens", "un",
                 "une", "déplacé", "déplacés", "réfugié", "réfugiés", "cas")
)  # fmt: skip

# --- Cross-language rules (fourth batch) ---
# Words that join two harms said of one count: killed with wounded or missing, joined so, are casualties.
HARM_JOINERS = ("et", "ou")
# Words between two harms that say the second befell others ("13 muertos y nueve más heridos"): no harms of one count.
HARM_OTHERS = ("autres", "d'autres", "autre", "plus", "encore")
# Nouns of people displaced, whose metric a harm said of them overrides ("Deux exilés sont portés disparus":
# missing), as a captive's word already is.
STATUS_NOUNS = ("réfugié*", "exilé*", "déplacé*")
# An estimate's verb and preposition right before the number: approximate, as "an estimated" ("estime à 2 600 le
# nombre de personnes tuées"); not a verb that puts a toll at a number ("cifró en").
ESTIMATE_CUES = ("estime à", "estiment à", "estimait à", "estimaient à", "estima à", "estimèrent à", "évalue à",
                 "évaluent à", "évaluait à", "évaluaient à", "évalua à")  # fmt: skip
