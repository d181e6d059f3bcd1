"""Read the place a casualty sentence names for its losses: "in Zaporizhzhia", "in the Kharkiv region", "in
northern Gaza", "in the village of Kishishe", "a strike on Dnipro", "across Sudan". Pure Python, English words;
the rules are in docs/methodology.md ("Period and area").

A place is a run of capitalised words (with the particles of Arabic names, "Deir al-Balah") after "in", "across"
or "throughout", or after "on" or "of" following a strike, an attack, a shelling or a siege; written as the
sentence writes it, less a leading "the" ("Kharkiv region", "eastern Ukraine", "Ukraine's Donetsk region",
"Martuni and Shushi"), and less "the village of", "the town of", "the city of" (their name is the place).

Better no area than a wrong one, so none is proposed when what follows "in" is a month, a weekday, a language, an
organisation or a title ("in the UN", "in May", "President ..."); when the name describes what follows it ("in
Israeli strikes", "in Hamas captivity", "in Gaza hospitals"); when the place is where someone spoke ("officials in
Kyiv said", "told reporters in Geneva"); or when the sentence names two different places (each may be another
figure's). A place inside another ("in Khan Younis in southern Gaza") is the first, the more precise.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import MONTHS, WEEKDAYS
from .periods import RUNNING_TOTAL

_PARTICLES = (
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "ul", "bin", "ibn", "abu",
)  # fmt: skip
_NAME_WORD = re.compile(rf"(?:[A-Z][\w'’-]*|(?:{'|'.join(_PARTICLES)})-[A-Z][\w'’-]*)")
_COMPASS = (
    "northern", "southern", "eastern", "western", "central", "north-eastern", "northeastern", "north-western",
    "northwestern", "south-eastern", "southeastern", "south-western", "southwestern", "far-eastern",
    "occupied", "besieged", "rebel-held", "government-held", "government-controlled",
)  # fmt: skip
_SIDES = (
    "north", "south", "east", "west", "centre", "center", "northeast", "northwest", "southeast", "southwest",
)  # fmt: skip
_AREA_NOUNS = (
    "region", "regions", "province", "provinces", "oblast", "oblasts", "district", "districts", "governorate",
    "governorates", "state", "states", "county", "counties", "area", "areas", "city", "town", "village",
    "villages", "camp", "camps", "refugee camp", "strip", "valley", "enclave", "territory", "territories",
    "municipality", "municipalities", "prefecture", "department", "zone", "countryside", "outskirts",
)  # fmt: skip
_SETTLEMENTS = ("village", "town", "city", "settlement", "hamlet", "township")
# Words after a place that leave it a place: what a casualty sentence goes on with.
_FOLLOWERS = {
    "on", "in", "at", "since", "during", "over", "between", "from", "to", "by", "after", "before", "amid", "as",
    "near", "for", "with", "this", "last", "overnight", "yesterday", "today", "tonight", "earlier", "late",
    "later", "so", "until", "according", "when", "while", "where", "which", "who", "that", "and", "or", "but",
    "alone", "itself", "said", "says", "say", "told", "reported", "rose", "rise", "rises", "risen", "stood",
    "stands", "stand", "reached", "climbed", "jumped", "went", "now", "killed", "wounded", "injured", "left",
    "claimed", "hit", "struck", "were", "was", "is", "are", "has", "have", "had", "be", "been", "being", "will",
    "would", "could", "may", "might", "also", "including", "included", "among", "died", "mostly", "mainly",
    "largely", "only", "just", "early", "within", "throughout", "across", "against", "the", "a", "an", "more",
    "than", "about", "around", "nearly", "almost", "some", "least", "up",
}  # fmt: skip
# After a list of places only these keep the list ("killed in Gaza and Israel said ..." names one place).
_AFTER_A_LIST = {
    "on", "in", "at", "since", "during", "over", "between", "from", "by", "after", "before", "amid", "this",
    "last", "overnight", "yesterday", "today", "earlier", "until", "according", "alone", "were", "was", "have",
    "has", "had", "region", "regions", "province", "provinces", "oblasts", "districts", "governorates", "killed",
    "left", "caused", "claimed", "wounded", "injured",
}  # fmt: skip
_MONTH_WORDS = {name.capitalize() for name in MONTHS} | {name[:3].capitalize() for name in MONTHS} | {"Sept"}
# Capitalised words that name no place: languages, titles, organisations and armed groups, events, buildings.
_NOT_PLACE_WORDS = {
    "English", "Arabic", "Russian", "Ukrainian", "French", "Hebrew", "Persian", "Farsi", "Amharic", "Spanish",
    "Turkish", "Tigrinya", "Kurdish", "Pashto", "Urdu", "Hindi", "Chinese", "German", "President", "Prime",
    "Minister", "General", "Gen", "Col", "Colonel", "Lt", "Mr", "Mrs", "Ms", "Dr", "Pope", "King", "Queen",
    "Prince", "Sheikh", "Governor", "Mayor", "Commander", "Spokesman", "Spokeswoman", "Secretary-General",
    "Chief", "Ambassador", "Nations", "Council", "Ministry", "Committee", "Commission", "Agency",
    "Organization", "Organisation", "Office", "Army", "Forces", "Force", "Party", "Movement", "Brigade",
    "Brigades", "Battalion", "Regiment", "Corps", "Guard", "Guards", "Court", "Assembly", "Parliament",
    "Government", "Kremlin", "Pentagon", "Congress", "Senate", "Cabinet", "Directorate", "Service", "Services",
    "Police", "Command", "Authority", "Authorities", "Cross", "Crescent", "Hamas", "Hezbollah", "Houthi",
    "Houthis", "Taliban", "Wagner", "Shabaab", "Al-Shabaab", "Haram", "Al-Qaeda", "Azov", "ISIS", "ISIL",
    "Daesh", "Reuters", "Interfax", "War", "Battle", "Operation", "Offensive", "Massacre", "Genocide",
    "Revolution", "Uprising", "Intifada", "Hospital", "School", "Mosque", "Church", "University", "Prison",
    "Airport", "Stadium", "Market", "Hotel", "Embassy", "Hall", "Clinic", "God", "Allah",
}  # fmt: skip
_NOT_PLACES_FOLDED = {word.casefold() for word in _NOT_PLACE_WORDS | _MONTH_WORDS} | set(WEEKDAYS)
_PLACE_ACRONYMS = {"DRC", "CAR", "UAE", "US", "USA", "UK"}
# A name ending in one of these is a building or a site, not an area: "the Drama Theatre", "Al-Shifa Hospital".
_FACILITIES = {
    "hospital", "hospitals", "school", "mosque", "church", "university", "prison", "airport", "stadium", "market",
    "theatre", "theater", "plant", "station", "factory", "base", "building", "bridge", "dam", "tower", "mall",
    "centre", "center", "hotel", "hall", "clinic", "museum", "cathedral", "monastery", "compound", "complex",
}  # fmt: skip
# A place right after these (or one word later) is where someone spoke or sits, not where the losses occurred.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|speaking|spoke|briefing|briefed|reporters|journalists|conference|statement"
    r"|interview|meeting|talks|summit|visit|visiting|press|officials?|authorities|sources|spokes(?:man|woman|person)"
    r"|ministry|ministries|government|embassy|correspondent|office|headquarters|based|published|released|issued"
    r"|announced|representatives?|envoy|delegation|leaders?|court|tribunal|parliament|lawmakers)"
    r"(?:\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    r"\b(?:(?P<in>in|across|throughout)"
    r"|(?:strikes?|airstrikes?|attacks?|shelling|bombing|bombings|bombardment|assault|raids?|offensive|siege|war"
    r"|advance|incursion|invasion|missile\s+strikes?|drone\s+strikes?)\s+(?P<on>on|of|against|in)"
    r"|(?P<verb>shelled|bombed|struck|hit|pounded|attacked|targeted|stormed|besieged|raided)"
    r"|(?P<on_the>on)(?=\s+the\s+(?:" + "|".join(_SETTLEMENTS) + r")\s+of\b))\s+",
    re.IGNORECASE,
)
# A sentence with these counts people where they are held, treated, sheltered or have fled to, which need not be
# where they were hurt or driven out: "held in a camp in western Ukraine", "In Chad alone, 600,000 refugees have
# arrived", "displaced in Sudan, and 2.1 million have crossed into neighbouring countries".
_ELSEWHERE = re.compile(
    r"\b(?:held|detained|imprisoned|jailed|buried|treated|treating|hospitali[sz]ed|admitted|arrived|arriving"
    r"|hosted|hosting|hosts|crossed\s+into|fled\s+(?:to|into|across)|abroad"
    r"|neighbou?ring\s+countries)\b",
    re.IGNORECASE,
)
_LONGEST = 100  # characters: a longer "place" is a run of capitalised words, not a place's name
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


class _Place(NamedTuple):
    start: int  # where the place's words start in the sentence
    end: int
    text: str


def _names(tokens: list[re.Match], at: int) -> int:
    """Return the index after a run of name words starting at `at` ("Khan Younis", "Democratic Republic of the
    Congo"), `at` when there is none; stops before a title ("Kharkiv Governor ...")."""
    i = at
    while i < len(tokens) and _NAME_WORD.fullmatch(tokens[i][0]):
        word = tokens[i][0]
        if i > at and word.rstrip("'’s").casefold() in _TITLES:
            break
        i += 1
        if word.endswith(("'s", "’s")):
            break
        if (
            i + 1 < len(tokens)
            and tokens[i][0] == "of"
            and word in ("Republic", "Gulf", "Sea", "Bay", "Strait")
        ):
            i += 2 if tokens[i + 1][0] == "the" and i + 2 < len(tokens) else 1
    return i


_TITLES = {
    "president",
    "prime",
    "minister",
    "general",
    "governor",
    "mayor",
    "commander",
    "spokesman",
    "chief",
}


def _place_at(sentence: str, offset: int) -> tuple[int, str] | None:
    """Return the end and text of the place written at `offset`, or None when none is."""
    tokens = list(_TOKEN.finditer(sentence, offset))
    i = 0
    if i < len(tokens) and tokens[i][0].lower() == "the":
        i += 1
    start_token = i
    words = [token[0] for token in tokens]
    # "the village of Kishishe", "the Sudanese city of Omdurman", "the eastern town of Pokrovsk": the name.
    described = i + 1 if i + 3 < len(tokens) and (words[i][0].isupper() or words[i] in _COMPASS) else i
    if (
        described + 2 < len(tokens)
        and words[described].lower() in _SETTLEMENTS
        and words[described + 1] == "of"
    ):
        i = described + 2
        start_token = i
    elif i + 2 < len(tokens) and words[i].lower() in _SIDES and words[i + 1] == "of":
        i += 2  # "the north of Gaza"
    while i < len(tokens) and words[i].lower() in _COMPASS:  # "northern and central Gaza"
        i += 1
        if i + 1 < len(tokens) and words[i] == "and" and words[i + 1].lower() in _COMPASS:
            i += 1
    first_name = i
    end = _names(tokens, i)
    if end == first_name:
        return None
    names = [words[first_name:end]]
    if words[end - 1].endswith(("'s", "’s")):
        # "Ukraine's Kharkiv region", "Gaza's south": the possessor must be followed by a place.
        after = end
        while after < len(tokens) and words[after].lower() in _COMPASS:
            after += 1
        if after < len(tokens) and words[after].lower() in _SIDES:
            end = after + 1
        else:
            more = _names(tokens, after)
            if more == after:
                return None
            names.append(words[after:more])
            end = more
    # A list of places: "Martuni and Shushi", "Kharkiv, Sumy and Odesa", "Gaza and the West Bank"; names after
    # commas count only when an "and" closes the list ("in Kharkiv, Ukraine's second city" is Kharkiv).
    single_end, pending, at = end, [], end
    while at < len(tokens) and words[at] in (",", "and"):
        closing = words[at] == "and" or (at + 1 < len(tokens) and words[at + 1] == "and")
        step = at + 1 + (words[at] == "," and closing)
        step += step < len(tokens) and words[step] == "the"
        more = _names(tokens, step)
        if more == step or words[more - 1].endswith(("'s", "’s")):
            break
        pending.append(words[step:more])
        if closing:
            names.extend(pending)
            end = more
            break
        at = more
    if end != single_end and end < len(tokens) and words[end].islower() and words[end] not in _AFTER_A_LIST:
        return None  # "in Gaza and Israel said ...": a list of places, or Israel speaking
    for name in names:
        for word in name:
            bare = re.sub(r"['’]s$", "", word)
            if bare.casefold() in _NOT_PLACES_FOLDED or (bare.isupper() and bare not in _PLACE_ACRONYMS):
                return None
        if re.sub(r"['’]s$", "", name[-1]).casefold() in _FACILITIES:
            return None
    if first_name == start_token and words[first_name] in _MONTH_WORDS:
        return None
    area_noun = end < len(tokens) and words[end].lower() in _AREA_NOUNS
    if area_noun:
        end += 1
        if (
            words[end - 1].lower() == "refugee"
            and end < len(tokens)
            and words[end].lower() in ("camp", "camps")
        ):
            end += 1
    elif end + 1 < len(tokens) and f"{words[end]} {words[end + 1]}".lower() == "refugee camp":
        end += 2
    if end < len(tokens):
        follower = words[end]
        if follower == "of" and area_noun:
            pass  # "the Kupiansk district of the Kharkiv region": the district, the more precise
        elif follower.islower() and follower not in _FOLLOWERS and not follower.endswith("ed"):
            return None  # "in Israeli strikes", "in Hamas captivity"
        if follower == "and" and end + 1 < len(tokens) and words[end + 1] in (
            "other", "elsewhere", "surrounding", "nearby", "neighbouring", "neighboring", "beyond",
        ):  # fmt: skip
            return None  # "in Mariupol and other cities" is more than Mariupol
        if follower in ("'s", "’s"):
            return None
    first = tokens[start_token].start()
    last = tokens[end - 1].end()
    return last, sentence[first:last]


def _not_where_the_losses_were(sentence: str, trigger: re.Match) -> bool:
    """Return whether the place after this "in" is where someone spoke, sits, treats or holds people, or only
    where some of the losses were."""
    before = sentence[: trigger.start()]
    previous = re.search(r"([\w'’-]+)\W*$", before)
    return bool(
        _SPEAKER_BEFORE.search(before)  # "officials in Kyiv said", "told reporters in Geneva"
        or re.search(r"\baccording\s+to\b[^,;.]*$", before, re.IGNORECASE)  # "according to the MoH in Gaza"
        or (previous and previous[1] in _NOT_PLACE_WORDS)  # "the Norwegian Refugee Council in Sudan"
        or (
            re.search(
                r"(?:\)|\b[A-Z]{2,})\s*$", before
            )  # "(OCHA) in Sudan", but "attacks by the ADF in Beni"
            and not re.search(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}\(?[A-Z]{2,}\)?\s*$", before)
        )
        or re.search(
            r"\b(?:most|many|some|half|part|rest|majority)\s+of\s+(?:them|whom|those)\s*$", before, re.I
        )
        or re.search(r"\b(?:mostly|mainly|largely|partly)\s*$", before)  # only some of the losses
        or _ELSEWHERE.search(sentence)  # "held in a camp in western Ukraine", "treated in Al Mukalla"
    )


def _places(sentence: str) -> list[_Place]:
    """Return the places the sentence names after a trigger, where the losses were."""
    found = []
    for trigger in _TRIGGER.finditer(sentence):
        if trigger["in"] and _not_where_the_losses_were(sentence, trigger):
            continue
        place = _place_at(sentence, trigger.end())
        if place is not None:
            found.append(_Place(trigger.end(), place[0], place[1]))
    return found


def area_in(sentence: str) -> str | None:
    """Return the place the sentence names for its losses, as written (less a leading "the"), or None when it
    names none, or two."""
    if RUNNING_TOTAL.search(sentence):
        return None  # "killed in southern Gaza, raising the toll of the ground operation to 174"
    places = _places(sentence)
    kept: list[_Place] = []
    for place in places:
        if kept and re.fullmatch(r",?\s+(?:in|of)\s+(?:the\s+)?", sentence[kept[-1].end : place.start]):
            continue  # "in Khan Younis in southern Gaza": the first is the more precise
        kept.append(place)
    areas = {" ".join(place.text.casefold().split()) for place in kept}
    if len(areas) != 1 or len(kept[0].text) > _LONGEST:
        return None
    return kept[0].text
