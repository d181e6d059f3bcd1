"""Tell which of the reader's languages a text is written in, by its script and its commonest words (issue 16).

Pure Python, no model and no download: casualty reporting comes in a handful of languages whose scripts or function
words tell them apart at a glance. Arabic script is Arabic; Cyrillic is Ukrainian when it writes the letters only
Ukrainian has (і, ї, є, ґ) or more of its function words, Russian otherwise; Latin script is the one of English,
French, Spanish and German whose function words it uses most, its own letters (ß, ñ, ç...) counting too. A text
too short or too mixed to tell says None: the caller then asks the editor rather than guess.
"""

from __future__ import annotations

import re
import unicodedata

from .lexicon import _words

LANGUAGES = ("en", "ru", "uk", "ar", "fr", "es", "de")
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
}

# Function words, frequent in any text of the language and rare in the others of the same script.
_FUNCTION_WORDS = {
    "en": _words(
        "the of and to in is was were that with for on by at from said have has had been killed people"
    ),
    "fr": _words(
        "le la les des du un une et est sont dans pour par sur au aux ont été selon qui ce cette ces leur leurs lors"
        " depuis chez avec ils elles eux nous aucun aucune chaque pas sans aussi était avait avaient très"
    ),
    "es": _words("el la los las del un una y es son en por para con al han sido según que fueron"),
    "de": _words("der die das den dem des und ist sind wurden ein eine mit von im zu auf laut nach"),
    "ru": _words(
        "и в на не что по с из за был были было это от к для также как погибли среди результате сообщил около"
        " более человек его он после или уже еще время году года их о но который которые этом только под"
        " число погибших погиб погибла ранены ранения человека жителей сутки уничтожено украинских"
        " военнослужащих возросло трех двух области сообщили заявил заявили министр журналистам"
    ),
    "uk": _words("і в на не що по з із за був були було це від до для також як загинули"),
}
# Letters that only one language of its script writes.
_OWN_LETTERS = {
    "uk": frozenset("іїєґ"),
    "ru": frozenset("ыэёъ"),
    "de": frozenset("ßäöü"),
    "es": frozenset("ñ¿¡"),
    "fr": frozenset("çœèêëàâîôû"),
}
_WORD_RE = re.compile(r"[^\W\d_]+")
_FOREIGN_LETTERS = frozenset("پچژگٹڈڑںےۓیکўışğəłąęőűřůãõøåæ")
# Function words of languages the reader does not read that share words with those it does.
_DECOY_WORDS = {
    # Only words none of the reader's languages uses often: "de", "en", "con", "una", "as" are left out.
    "latin": {
        "it": _words("il lo gli della delle dei degli nel nella sono è che anche stati dopo questo"),
        "nl": _words("het een van zijn bij door naar ook niet dat wordt heeft"),
        "ca": _words("els amb dels és van estat segons també aquest"),
        "pt": _words("os dos das em uma são foram pelo pela não também foi"),
    },
    "cyrillic": {
        "bg": _words("са във със към които бяха според"),
        "sr": _words("су је са који били након према"),
    },
}
# Fewer words than this, and the counts say little.
_MIN_WORDS = 4


def _script(letter: str) -> str:
    """Return the script of a letter: "arabic", "cyrillic", "latin", or "other"."""
    name = unicodedata.name(letter, "")
    for script in ("ARABIC", "CYRILLIC", "LATIN"):
        if name.startswith(script):
            return script.lower()
    return "other"


# Enough of a text to tell its language: a capture of several megabytes is read no further than this.
_SAMPLE_CHARACTERS = 20_000


def detect_language(text: str) -> str | None:
    """Return the code of the language a text is written in (one of LANGUAGES), or None when it cannot tell.
    Only the text's first _SAMPLE_CHARACTERS are read."""
    text = unicodedata.normalize("NFKC", text[:_SAMPLE_CHARACTERS])
    letters = [character for character in text if character.isalpha()]
    if not letters:
        return None
    scripts: dict[str, int] = {}
    for letter in letters:
        script = _script(letter)
        scripts[script] = scripts.get(script, 0) + 1
    script, count = max(scripts.items(), key=lambda item: item[1])
    if count < 0.6 * len(letters):
        return None  # as much of one script as of another: a mixed text
    lowered = text.lower()
    # Letters of languages the reader does not read, written in the same scripts: Persian and Urdu, Belarusian,
    # Turkish and Azerbaijani, Polish, Czech, Hungarian, Portuguese, the Nordic languages. A text that writes them
    # is none of the reader's languages, whatever words it shares with them.
    if sum(letter in _FOREIGN_LETTERS for letter in lowered) >= 2:
        return None
    if script == "arabic":
        return "ar"
    words = [word.lower() for word in _WORD_RE.findall(text)]
    if len(words) < _MIN_WORDS:
        return None
    candidates = {"cyrillic": ("ru", "uk"), "latin": ("en", "fr", "es", "de")}.get(script)
    if candidates is None:
        return None
    scores = {}
    for language in candidates:
        score = sum(word in _FUNCTION_WORDS[language] for word in words)
        score += 2 * sum(letter in _OWN_LETTERS.get(language, ()) for letter in lowered)
        scores[language] = score
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # Too few of its words to tell, or a language the reader does not read sharing its words (Italian with French,
    # Dutch and Catalan with Spanish and German, Bulgarian with Russian): say None rather than guess.
    decoys = _DECOY_WORDS.get(script, {})
    if any(sum(word in decoy for word in words) >= top for decoy in decoys.values()):
        return None
    if (
        script == "cyrillic"
        and len(words) >= 20
        and not any(letter in _OWN_LETTERS["ru"] | _OWN_LETTERS["uk"] - {"ъ"} for letter in lowered)
    ):
        return None  # Russian writes ы or э, Ukrainian і, ї or є, within twenty words: Bulgarian, Serbian write neither
    if top < 2 or top == second:
        return None
    return best


_SCRIPTS = {
    "en": "latin",
    "fr": "latin",
    "es": "latin",
    "de": "latin",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "ar": "arabic",
}


def writes_its_script(language: str, text: str) -> bool:
    """Return whether a text is written mostly in the script of a language (Latin for English, Cyrillic for
    Ukrainian...): a source marked "uk" for the United Kingdom whose text is English does not."""
    letters = [character for character in text[:_SAMPLE_CHARACTERS] if character.isalpha()]
    if not letters or language not in _SCRIPTS:
        return True
    return sum(_script(letter) == _SCRIPTS[language] for letter in letters) > len(letters) / 2


def reading_language(text: str) -> str:
    """Return the language the reader reads a text in when none is given: the detected one; for a phrase too
    short to tell, Cyrillic is Ukrainian when it writes a letter only Ukrainian has and Russian otherwise; else
    English."""
    detected = detect_language(text)
    if detected:
        return detected
    letters = [
        character
        for character in unicodedata.normalize("NFKC", text[:_SAMPLE_CHARACTERS]).lower()
        if character.isalpha()
    ]
    scripts = [_script(letter) for letter in letters]
    if scripts and scripts.count("arabic") > len(scripts) / 2:
        return "ar"
    if scripts and scripts.count("cyrillic") > len(scripts) / 2:
        # (or when it writes more of Ukrainian's words than of Russian's: "загинули 12 людей")
        words = [word.lower() for word in _WORD_RE.findall(text[:_SAMPLE_CHARACTERS])]
        ukrainian, russian = (sum(word in _FUNCTION_WORDS[code] for word in words) for code in ("uk", "ru"))
        return "uk" if _OWN_LETTERS["uk"].intersection(letters) or ukrainian > russian else "ru"
    return "en"
