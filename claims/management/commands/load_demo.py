"""Load the worked example of DESIGN.md and a handful of further claims about the 2020 Nagorno-Karabakh war."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from claims.models import Actor, Claim, Conflict, Incident, Source
from claims.services import PATH_TO_STATUS, Hop, save_claim, save_incident, transition_claim

DEMO_NOTICE = (
    "Demo data: the sources below are paraphrased in our own words from 2020 reporting, at example.org "
    "addresses. They illustrate the product; they are not verified records."
)

# Usernames, passwords and groups of the demo accounts. A demo database is for a laptop, never production.
DEMO_USERS = {
    "editor": ("demo-editor-2020", "Editors"),
    "reviewer": ("demo-reviewer-2020", "Reviewers"),
}


CONFLICT = {
    "slug": "nagorno-karabakh-2020",
    "name": "Second Nagorno-Karabakh war (2020)",
    "started_on": dt.date(2020, 9, 27),
    "ended_on": dt.date(2020, 11, 10),
    "description": "Fighting between Azerbaijan and Armenian forces over Nagorno-Karabakh, from 27 September "
    "2020 to the cease-fire statement brokered by Russia that took effect on 10 November 2020. "
    + DEMO_NOTICE,
}

# name, kind, acts on behalf of, party to the conflict, aliases
ACTORS = [
    ("Government of Russia", "government", None, False, "Russia\nKremlin\nMoscow"),
    ("Vladimir Putin", "individual", "Government of Russia", False, "Putin\nRussian President"),
    ("TASS", "news_agency", None, False, "ТАСС"),
    ("Interfax", "news_agency", None, False, "Интерфакс"),
    ("Radio Free Europe/Radio Liberty", "news_outlet", None, False, "RFE/RL"),
    ("Government of Azerbaijan", "government", None, True, "Azerbaijan\nBaku"),
    (
        "Ministry of Defence of Azerbaijan",
        "ministry",
        "Government of Azerbaijan",
        False,
        "Azerbaijan's Defense Ministry\nAzerbaijani Defence Ministry",
    ),
    (
        "Armed Forces of Azerbaijan",
        "military",
        "Ministry of Defence of Azerbaijan",
        False,
        "Azerbaijani forces\nAzerbaijani army",
    ),
    (
        "Prosecutor General's Office of Azerbaijan",
        "government",
        "Government of Azerbaijan",
        False,
        "Azerbaijan's Prosecutor-General's Office",
    ),
    ("Government of Armenia", "government", None, True, "Armenia\nYerevan"),
    (
        "Ministry of Defence of Armenia",
        "ministry",
        "Government of Armenia",
        False,
        "Armenian Defense Ministry",
    ),
    (
        "Shushan Stepanyan",
        "individual",
        "Ministry of Defence of Armenia",
        False,
        "Armenian Defence Ministry spokeswoman",
    ),
    (
        "Nagorno-Karabakh de facto authorities",
        "de_facto_authority",
        None,
        True,
        "Nagorno-Karabakh authorities\nArtsakh authorities\nStepanakert",
    ),
    (
        "Nagorno-Karabakh Defence Army",
        "military",
        "Nagorno-Karabakh de facto authorities",
        False,
        "de facto Defense Ministry of Nagorno-Karabakh\nArtsakh Defence Army",
    ),
    (
        "Nagorno-Karabakh Human Rights Ombudsman",
        "individual",
        "Nagorno-Karabakh de facto authorities",
        False,
        "Artsakh ombudsman",
    ),
    ("Reuters", "news_agency", None, False, ""),
    ("Ukrinform", "news_agency", None, False, ""),
]

RFERL_TEXT = """Azerbaijan and Armenian forces fought on November 5 for control of the approaches to Shushi, \
the hilltop town the Azerbaijanis call Shusha, as the war over Nagorno-Karabakh went into its sixth week.
The fighting, which broke out on September 27, is thought to have killed thousands of people, including many \
civilians. Russia has estimated as many as 5,000 deaths on both sides.
The Nagorno-Karabakh authorities said Azerbaijani forces had shelled Martuni and Shushi overnight; no casualties \
were reported.
The region's de facto Defense Ministry said an attack had been repelled, with the attackers leaving behind one \
armored vehicle, one truck and a large number of bodies.
Three cease-fires brokered by Russia, France and the United States have failed to hold.
With reporting by Interfax and TASS."""

AZ_MOD_TEXT = """Azerbaijan's Defense Ministry on December 3 released its first count of the army's losses in the \
44-day war. The ministry said 2,783 servicemen had been killed and more than 100 were still missing."""

AZ_PROSECUTOR_TEXT = """Azerbaijan's Prosecutor-General's Office said on November 9 that about 90 civilians had been \
killed by Armenian shelling and missile strikes since September 27, and more than 400 wounded."""

ARM_MOD_TEXT = """Armenian Defence Ministry spokeswoman Shushan Stepanyan said on October 20 that several thousand \
Azerbaijani troops had been killed since the fighting began. Baku did not comment on its military losses."""

OMBUDSMAN_TEXT = """Nagorno-Karabakh's human rights ombudsman said on October 22 that some 90,000 people, about \
half of the region's population, had fled their homes because of the fighting."""

UKRINFORM_TEXT = """Russian President Vladimir Putin said up to 5,000 people had been killed on both sides of the \
fighting in Nagorno-Karabakh. He gave the estimate at a meeting of the Valdai discussion club."""

ARM_MOD_NOVEMBER_TEXT = """The Armenian Defence Ministry's spokeswoman said on November 1 that at least 5,000 \
Azerbaijani servicemen had been killed since September 27. Azerbaijan still gave no figure for its own losses."""

# The worked example where it was first published: Russian, paraphrased in our own words like the others.
TASS_TEXT = """МОСКВА, 22 октября. /ТАСС/. Число погибших с обеих сторон в Нагорном Карабахе приближается к \
5 тыс. человек, заявил президент России Владимир Путин на заседании клуба «Валдай». По его словам, \
с каждой стороны погибли более 2 тыс. человек. Боевые действия в регионе начались 27 сентября."""

# Sources written in another language than English (the others are "en").
LANGUAGES = {"https://www.example.org/demo/tass/2020-10-22-putin-karabakh-losses": "ru"}

# url, title, publisher, published on, text
SOURCES = [
    (
        "https://www.example.org/demo/rferl/2020-11-05-nagorno-karabakh-fighting-shushi",
        "Fighting rages near Shushi as Karabakh war enters sixth week",
        "Radio Free Europe/Radio Liberty",
        dt.date(2020, 11, 5),
        RFERL_TEXT,
    ),
    (
        "https://www.example.org/demo/tass/2020-10-22-putin-karabakh-losses",
        "Putin: close to 5,000 killed in Karabakh fighting",
        "TASS",
        dt.date(2020, 10, 22),
        TASS_TEXT,
    ),
    (
        "https://www.example.org/demo/interfax/2020-10-22-putin-karabakh",
        "Putin speaks of heavy losses on both sides in Karabakh",
        "Interfax",
        dt.date(2020, 10, 22),
        "",
    ),
    (
        "https://www.example.org/demo/reuters/2020-12-03-azerbaijan-military-losses",
        "Azerbaijan says 2,783 soldiers killed in Karabakh war",
        "Reuters",
        dt.date(2020, 12, 3),
        AZ_MOD_TEXT,
    ),
    (
        "https://www.example.org/demo/reuters/2020-11-09-azerbaijan-civilian-toll",
        "Azerbaijan reports civilian toll of Karabakh shelling",
        "Reuters",
        dt.date(2020, 11, 9),
        AZ_PROSECUTOR_TEXT,
    ),
    (
        "https://www.example.org/demo/rferl/2020-10-20-armenia-claims-azerbaijani-losses",
        "Armenia says Azerbaijan has lost thousands of troops",
        "Radio Free Europe/Radio Liberty",
        dt.date(2020, 10, 20),
        ARM_MOD_TEXT,
    ),
    (
        "https://www.example.org/demo/reuters/2020-10-22-karabakh-displaced",
        "Half of Karabakh's people have fled, ombudsman says",
        "Reuters",
        dt.date(2020, 10, 22),
        OMBUDSMAN_TEXT,
    ),
    (
        "https://www.example.org/demo/ukrinform/2020-10-23-putin-karabakh-toll",
        "Putin puts Karabakh toll at up to 5,000",
        "Ukrinform",
        dt.date(2020, 10, 23),
        UKRINFORM_TEXT,
    ),
    (
        "https://www.example.org/demo/rferl/2020-11-01-armenia-azerbaijani-losses",
        "Armenia raises its count of Azerbaijani losses",
        "Radio Free Europe/Radio Liberty",
        dt.date(2020, 11, 1),
        ARM_MOD_NOVEMBER_TEXT,
    ),
]

RFERL = SOURCES[0][0]
ALL_SIDES = ["Government of Azerbaijan", "Government of Armenia", "Nagorno-Karabakh de facto authorities"]
WAR_BEGAN = dt.date(2020, 9, 27)

SHELLING = "Shelling of Martuni and Shushi"
REPELLED_ATTACK = "Attack repelled by the Nagorno-Karabakh Defence Army"

# The events the RFE/RL report of 2020-11-05 describes; their claims name them ("incident" below). The rest
# of the claims are cumulative tolls. An incident has one point: where the report names two towns, or none,
# the point only places it in the province, and its precision says so.
INCIDENTS = [
    {
        "name": SHELLING,
        "kind": "shelling",
        "started_on": dt.date(2020, 11, 4),
        "ended_on": dt.date(2020, 11, 5),  # "overnight", in a report of 5 November
        "date_precision": "day",
        "place": "Martuni and Shushi",
        "admin1": "Nagorno-Karabakh",
        # Between Martuni (about 39.79 N, 47.11 E) and Shushi (about 39.76 N, 46.75 E).
        "latitude": 39.78,
        "longitude": 46.93,
        "place_precision": "province",
        "perpetrator": "Armed Forces of Azerbaijan",
        "description": "The Nagorno-Karabakh authorities said Azerbaijani forces shelled the towns of Martuni and "
        "Shushi overnight and that no casualties were reported. The perpetrator is as alleged by them. "
        + DEMO_NOTICE,
        "assessment": "assessed",
    },
    {
        "name": REPELLED_ATTACK,
        "kind": "ground_fighting",
        "started_on": dt.date(2020, 11, 4),
        "ended_on": dt.date(2020, 11, 5),
        "date_precision": "day",
        "place": "Nagorno-Karabakh front line (place not stated)",
        "admin1": "Nagorno-Karabakh",
        "latitude": 39.82,
        "longitude": 46.75,
        "place_precision": "province",
        "perpetrator": "Armed Forces of Azerbaijan",
        "description": "The region's de facto defence ministry said an attack had been repelled and the attackers "
        "had left behind an armoured vehicle, a truck and many bodies. It gave no number and no place. "
        + DEMO_NOTICE,
        "assessment": "open",
    },
]

# Each claim: its fields, the sides counted, and its chain as (actor, relation, source url, date, words).
CLAIMS = [
    {
        "phrase": "as many as 5,000 deaths on both sides",
        "quote": "Russia has estimated as many as 5,000 deaths on both sides.",
        "metric": "killed",
        "qualifier": "at_most",
        "high": 5000,
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 10, 22),
        "originator": "Government of Russia",
        "stated_on": dt.date(2020, 10, 22),
        "status": "published",
        "rating": "single_source",
        "sides": ALL_SIDES,
        "chain": [
            (
                "Vladimir Putin",
                "stated",
                None,
                dt.date(2020, 10, 22),
                "close to 5,000 killed, more than 2,000 on each side",
            ),
            ("TASS", "relayed", SOURCES[1][0], dt.date(2020, 10, 22), ""),
            ("Interfax", "relayed", SOURCES[2][0], dt.date(2020, 10, 22), ""),
            (
                "Radio Free Europe/Radio Liberty",
                "published",
                RFERL,
                dt.date(2020, 11, 5),
                "as many as 5,000 deaths on both sides",
            ),
        ],
    },
    {
        "phrase": "thousands of people",
        "quote": "The fighting, which broke out on September 27, is thought to have killed thousands of people, "
        "including many civilians.",
        "metric": "killed",
        "qualifier": "vague",
        "low": 1000,
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 11, 5),
        "originator": None,
        "stated_on": dt.date(2020, 11, 5),
        "status": "verified",
        "rating": "corroborated",
        "chain": [("Radio Free Europe/Radio Liberty", "published", RFERL, dt.date(2020, 11, 5), "")],
    },
    {
        "phrase": "no casualties were reported",
        "quote": "The Nagorno-Karabakh authorities said Azerbaijani forces had shelled Martuni and Shushi overnight; "
        "no casualties were reported.",
        "metric": "casualties",
        "qualifier": "exact",
        "low": 0,
        "best": 0,
        "high": 0,
        "area": "Martuni and Shushi",
        "incident": SHELLING,
        "originator": "Nagorno-Karabakh de facto authorities",
        "stated_on": dt.date(2020, 11, 5),
        "status": "published",
        "rating": "single_source",
        "sides": ["Nagorno-Karabakh de facto authorities"],
        "chain": [
            ("Nagorno-Karabakh de facto authorities", "stated", None, dt.date(2020, 11, 5), ""),
            ("Radio Free Europe/Radio Liberty", "published", RFERL, dt.date(2020, 11, 5), ""),
        ],
    },
    {
        "phrase": "a large number of bodies",
        "quote": "The region's de facto Defense Ministry said an attack had been repelled, with the attackers "
        "leaving behind one armored vehicle, one truck and a large number of bodies.",
        "metric": "killed",
        "qualifier": "unquantified",
        "population": "military",
        "incident": REPELLED_ATTACK,
        "originator": "Nagorno-Karabakh Defence Army",
        "stated_on": dt.date(2020, 11, 5),
        "status": "published",
        "rating": "single_source",
        "sides": ["Government of Azerbaijan"],
        "chain": [
            ("Nagorno-Karabakh Defence Army", "stated", None, dt.date(2020, 11, 5), ""),
            ("Radio Free Europe/Radio Liberty", "paraphrased", RFERL, dt.date(2020, 11, 5), ""),
        ],
    },
    {
        "phrase": "2,783 servicemen had been killed",
        "quote": "The ministry said 2,783 servicemen had been killed and more than 100 were still missing.",
        "metric": "killed",
        "qualifier": "exact",
        "low": 2783,
        "best": 2783,
        "high": 2783,
        "population": "military",
        "period_start": WAR_BEGAN,
        "period_end": dt.date(2020, 11, 10),
        "originator": "Ministry of Defence of Azerbaijan",
        "stated_on": dt.date(2020, 12, 3),
        "status": "published",
        "rating": "single_source",
        "sides": ["Government of Azerbaijan"],
        "chain": [
            ("Ministry of Defence of Azerbaijan", "stated", None, dt.date(2020, 12, 3), ""),
            ("Reuters", "published", SOURCES[3][0], dt.date(2020, 12, 3), ""),
        ],
    },
    {
        "phrase": "more than 100 were still missing",
        "quote": "The ministry said 2,783 servicemen had been killed and more than 100 were still missing.",
        "metric": "missing",
        "qualifier": "more_than",
        "low": 101,
        "population": "military",
        "originator": "Ministry of Defence of Azerbaijan",
        "stated_on": dt.date(2020, 12, 3),
        "status": "draft",
        "sides": ["Government of Azerbaijan"],
        "chain": [
            ("Ministry of Defence of Azerbaijan", "stated", None, dt.date(2020, 12, 3), ""),
            ("Reuters", "published", SOURCES[3][0], dt.date(2020, 12, 3), ""),
        ],
    },
    {
        "phrase": "about 90 civilians had been killed",
        "quote": "Azerbaijan's Prosecutor-General's Office said on November 9 that about 90 civilians had been "
        "killed by Armenian shelling and missile strikes since September 27, and more than 400 wounded.",
        "metric": "killed",
        "qualifier": "approximate",
        "best": 90,
        "population": "civilian",
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 11, 9),
        "originator": "Prosecutor General's Office of Azerbaijan",
        "stated_on": dt.date(2020, 11, 9),
        "status": "in_review",
        "sides": ["Government of Azerbaijan"],
        "chain": [
            ("Prosecutor General's Office of Azerbaijan", "stated", None, dt.date(2020, 11, 9), ""),
            ("Reuters", "published", SOURCES[4][0], dt.date(2020, 11, 9), ""),
        ],
    },
    {
        "phrase": "several thousand Azerbaijani troops had been killed",
        "quote": "Armenian Defence Ministry spokeswoman Shushan Stepanyan said on October 20 that several thousand "
        "Azerbaijani troops had been killed since the fighting began.",
        "metric": "killed",
        "qualifier": "vague",
        "low": 3000,
        "population": "military",
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 10, 20),
        "originator": "Ministry of Defence of Armenia",
        "stated_on": dt.date(2020, 10, 20),
        "status": "rejected",
        "rating": "unsupported",
        "sides": ["Government of Azerbaijan"],
        "internal_note": "An interested party's figure for its enemy's losses, with no corroboration.",
        "chain": [
            ("Shushan Stepanyan", "stated", None, dt.date(2020, 10, 20), ""),
            ("Radio Free Europe/Radio Liberty", "published", SOURCES[5][0], dt.date(2020, 10, 20), ""),
        ],
    },
    {
        "phrase": "some 90,000 people",
        "quote": "Nagorno-Karabakh's human rights ombudsman said on October 22 that some 90,000 people, about half "
        "of the region's population, had fled their homes because of the fighting.",
        "metric": "displaced",
        "qualifier": "approximate",
        "best": 90000,
        "population": "civilian",
        "originator": "Nagorno-Karabakh Human Rights Ombudsman",
        "stated_on": dt.date(2020, 10, 22),
        "status": "published",
        "rating": "single_source",
        "sides": ["Nagorno-Karabakh de facto authorities"],
        "chain": [
            ("Nagorno-Karabakh Human Rights Ombudsman", "stated", None, dt.date(2020, 10, 22), ""),
            ("Reuters", "published", SOURCES[6][0], dt.date(2020, 10, 22), ""),
        ],
    },
    {
        "phrase": "up to 5,000 people had been killed",
        "quote": "Russian President Vladimir Putin said up to 5,000 people had been killed on both sides of the "
        "fighting in Nagorno-Karabakh.",
        "metric": "killed",
        "qualifier": "at_most",
        "high": 5000,
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 10, 22),
        "originator": "Government of Russia",
        "stated_on": dt.date(2020, 10, 22),
        "status": "published",
        "rating": "single_source",
        "sides": ALL_SIDES,
        "internal_note": "The same Putin estimate as the RFE/RL report, through another outlet: one origin.",
        "chain": [
            ("Vladimir Putin", "stated", None, dt.date(2020, 10, 22), ""),
            ("Ukrinform", "published", SOURCES[7][0], dt.date(2020, 10, 23), ""),
        ],
    },
    {
        "phrase": "at least 5,000 Azerbaijani servicemen had been killed",
        "quote": "The Armenian Defence Ministry's spokeswoman said on November 1 that at least 5,000 Azerbaijani "
        "servicemen had been killed since September 27.",
        "metric": "killed",
        "qualifier": "at_least",
        "low": 5000,
        "best": 5000,
        "population": "military",
        "period_start": WAR_BEGAN,
        "as_of": dt.date(2020, 11, 1),
        "originator": "Ministry of Defence of Armenia",
        "stated_on": dt.date(2020, 11, 1),
        "status": "published",
        "rating": "unsupported",
        "sides": ["Government of Azerbaijan"],
        "internal_note": "Published with its verdict: a party's figure for its enemy's losses that nothing "
        "independent supports. Its quantity's estimate is discounted.",
        "chain": [
            ("Shushan Stepanyan", "stated", None, dt.date(2020, 11, 1), ""),
            ("Radio Free Europe/Radio Liberty", "published", SOURCES[8][0], dt.date(2020, 11, 1), ""),
        ],
    },
    {
        "phrase": "5,000 deaths",
        "quote": "Russia has estimated as many as 5,000 deaths on both sides.",
        "metric": "killed",
        "qualifier": "exact",
        "low": 5000,
        "best": 5000,
        "high": 5000,
        "population": "civilian",
        "originator": "Government of Russia",
        "stated_on": dt.date(2020, 10, 22),
        "status": "retracted",
        "rating": "false",
        "sides": ALL_SIDES,
        "internal_note": "Retracted: misread an upper bound of all deaths as an exact count of civilians.",
        "chain": [
            ("Vladimir Putin", "stated", None, dt.date(2020, 10, 22), ""),
            ("Radio Free Europe/Radio Liberty", "published", RFERL, dt.date(2020, 11, 5), ""),
        ],
    },
]


class Command(BaseCommand):
    help = (
        "Load the worked example of DESIGN.md (claims, incidents, cumulative tolls) and demo users. Running it "
        "again changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        users = self.load_users()
        conflict, _ = Conflict.objects.get_or_create(slug=CONFLICT["slug"], defaults=CONFLICT)
        actors = self.load_actors(conflict)
        sources = self.load_sources(actors)
        incidents = self.load_incidents(conflict, actors)
        created = sum(
            self.load_claim(spec, n, conflict, actors, sources, incidents, users)
            for n, spec in enumerate(CLAIMS, start=1)
        )
        self.stdout.write(f"Demo claims: {created} created, {len(CLAIMS) - created} already present.")
        self.stdout.write(DEMO_NOTICE)

    def load_actors(self, conflict: Conflict) -> dict[str, Actor]:
        actors: dict[str, Actor] = {}
        for name, kind, on_behalf_of, is_party, aliases in ACTORS:
            actor, created = Actor.objects.get_or_create(
                name=name,
                defaults={
                    "kind": kind,
                    "aliases": aliases,
                    "acts_on_behalf_of": actors.get(on_behalf_of) if on_behalf_of else None,
                },
            )
            if created and is_party:
                actor.party_to.add(conflict)
            actors[name] = actor
        return actors

    def load_sources(self, actors: dict[str, Actor]) -> dict[str, Source]:
        sources = {}
        for url, title, publisher, published_on, text in SOURCES:
            source, _ = Source.objects.get_or_create(
                url=url,
                defaults={
                    "title": title,
                    "publisher": actors[publisher],
                    "published_on": published_on,
                    "language": LANGUAGES.get(url, "en"),
                    "retrieved_at": timezone.make_aware(dt.datetime.combine(published_on, dt.time(12))),
                    "text": text,
                },
            )
            sources[url] = source
        return sources

    def load_incidents(self, conflict: Conflict, actors: dict[str, Actor]) -> dict[str, Incident]:
        """Create the demo incidents not there yet (by name, in the demo conflict), through the incidents' write
        path; leave those present as they are, however edited since."""
        incidents = {}
        for spec in INCIDENTS:
            incident = Incident.objects.filter(conflict=conflict, name=spec["name"]).first()
            if incident is None:
                perpetrator = actors[str(spec["perpetrator"])]
                incident = Incident(conflict=conflict, **spec | {"perpetrator": perpetrator})
                save_incident(incident)
            incidents[str(spec["name"])] = incident
        return incidents

    def load_claim(
        self,
        spec: dict,
        number: int,
        conflict: Conflict,
        actors: dict,
        sources: dict,
        incidents: dict,
        users: dict,
    ) -> bool:
        """Create one demo claim as the editor, then review it into its status; False if already there (by its
        demo id, however it was edited since; or, for demos loaded before it had one, by its phrase and quote).
        A claim loaded before the demo had incidents stays as it was: reviewed claims are frozen."""
        spec = dict(spec)
        chain, sides = spec.pop("chain"), spec.pop("sides", [])
        status, rating, note = spec.pop("status"), spec.pop("rating", ""), spec.get("internal_note", "")
        spec["originator"] = actors.get(spec["originator"])
        if "incident" in spec:
            spec["incident"] = incidents[spec["incident"]]
        external_id = f"demo-{number}"
        loaded = Claim.objects.filter(external_id=external_id) | Claim.objects.filter(
            conflict=conflict, phrase=spec["phrase"], quote=spec["quote"]
        )
        if loaded.exists():
            return False
        claim = save_claim(
            Claim(conflict=conflict, created_by=users["editor"], external_id=external_id, **spec),
            chain=[
                Hop(actors[actor].pk, relation, sources[url].pk if url else None, date, words)
                for actor, relation, url, date, words in chain
            ],
            sides=[actors[name].pk for name in sides],
            by=users["editor"],  # its first version names the demo editor, as a form save would
            reason="Recorded for the demo",
        )
        for action, username in PATH_TO_STATUS[status]:
            rated = rating if username == "reviewer" else ""
            transition_claim(claim, action, by=users[username], note=note or "Demo review.", rating=rated)
        return True

    def load_users(self) -> dict:
        User = get_user_model()
        users = {}
        for username, (password, group) in DEMO_USERS.items():
            user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True})
            if created:
                user.set_password(password)
                user.save()
                user.groups.add(Group.objects.get(name=group))
                self.stdout.write(f"Created demo user {username!r} ({group}) with password {password!r}.")
            else:
                self.stdout.write(
                    f"Demo user {username!r} exists (its password was {password!r} when created)."
                )
            users[username] = user
        return users
