"""Property-based checks of the partner API against its own OpenAPI schema (schemathesis).

Every operation is called with generated parameters, valid and invalid, and with methods the schema does not
list: no 5xx, every response conforms to the schema, undeclared methods get 405, and what the schema admits is
answered, not refused: a generated client never sends a value the API then turns down, except the few the
parameters' descriptions name (a record partners do not see, a window that ends before it starts).
"""

import base64
import contextlib
import io
import json
import re

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework.views import APIView
from schemathesis.specs.openapi.checks import positive_data_acceptance

from claims.api.filters import BOUNDING_BOX
from claims.api.pagination import DIGITS, TEXT, cursor_pattern
from claims.api.views import SourceViewSet
from claims.api.visible import actors_shown_to_partners, conflicts_shown_to_partners
from claims.models import Claim, Incident, Quantity
from provenance.wsgi import application

# The same document /api/v1/schema/ serves, generated without a request (schemathesis' lazy loader does
# not work with pytest 9.2, and loading over WSGI at import would need the test database).
schema = schemathesis.openapi.from_dict(
    json.loads(json.dumps(SchemaGenerator().get_schema(public=True), default=str))
)
schema.app = application

# Fixed examples, few enough that each engine runs the whole schema in well under a minute.
FIXED = hypothesis_settings(
    max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


@contextlib.contextmanager
def partner_requests(api_key, monkeypatch, settings):
    """Yield the headers of a partner's requests, which schemathesis sends straight to the WSGI app, with the
    API's throttle out of the way."""
    settings.ALLOWED_HOSTS = ["localhost", "testserver"]  # schemathesis calls the app as localhost
    monkeypatch.setattr(APIView, "throttle_classes", [])  # hundreds of requests a minute, by design
    # Keep each request from closing the test's own database connection (and its transaction), as Django's
    # test client does.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield {"Authorization": f"Api-Key {api_key}"}
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Values that name records, in pools (shown to partners, hidden), per query parameter and per resource of a
# path's id or slug. The hooks below draw them now and then in place of generated values, each pool as often as
# the others: random ids and slugs almost never name a record, and a test of what the API answers about records
# must name some. Fixtures fill it and empty it.
KNOWN: dict[str, list[list]] = {}


def shown_to_partners() -> dict[str, list]:
    """Return the ids and slugs of every record partners see, by parameter and by resource (queries)."""
    actors = list(actors_shown_to_partners().values_list("pk", flat=True))
    incidents = list(Incident.objects.visible_to_partners().values_list("pk", flat=True))
    slugs = list(conflicts_shown_to_partners().values_list("slug", flat=True))
    estimates = list(Quantity.objects.visible_to_partners().values_list("pk", flat=True))
    return {
        "conflict": slugs,
        "originator": actors,
        "side": actors,
        "incident": incidents,
        "claims": list(Claim.objects.visible_to_partners().values_list("pk", flat=True)),
        "actors": actors,
        "sources": list(SourceViewSet().get_queryset().values_list("pk", flat=True)),
        "conflicts": slugs,
        "incidents": incidents,
        "estimates": estimates,
        "quantities": estimates,
    }


def sometimes_known(parameters, candidates: dict[str, list[list]]):
    """Return a strategy of these parameters, each of the candidates' names replaced by a known value, or not."""
    choices = {
        name: st.one_of([st.sampled_from(pool) for pool in candidates[name] if pool])
        for name in parameters or {}
        if any(candidates.get(name, []))
    }
    if not choices:
        return st.just(parameters)
    drawn = st.fixed_dictionaries({name: st.none() | values for name, values in choices.items()})
    return drawn.map(lambda known: {**parameters, **{name: v for name, v in known.items() if v is not None}})


def flatmap_query(context, query):
    return sometimes_known(query, KNOWN)


def flatmap_path_parameters(context, path_parameters):
    resource = context.operation.path.split("/")[3]  # /api/v1/<resource>/{id}/...
    return sometimes_known(path_parameters, {"id": KNOWN.get(resource, []), "slug": KNOWN.get(resource, [])})


@contextlib.contextmanager
def data_for_the_module(django_db_blocker):
    """Open a transaction for data a module's tests share, rolled back when the block ends: each test's own
    transaction nests in it, as Django's TestCase nests its tests in setUpTestData's."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with data_for_the_module(django_db_blocker):
        call_command("load_demo", stdout=io.StringIO())
        KNOWN.update({name: [values] for name, values in shown_to_partners().items()})
        yield
        KNOWN.clear()


@pytest.fixture
def demo_api(demo, db, api_key, monkeypatch, settings):
    with partner_requests(api_key, monkeypatch, settings) as headers:
        yield headers


RECORD_FILTERS = {
    "conflict": lambda slug: conflicts_shown_to_partners().filter(slug=slug),
    "originator": lambda pk: actors_shown_to_partners().filter(pk=pk),
    "side": lambda pk: actors_shown_to_partners().filter(pk=pk),
    "incident": lambda pk: Incident.objects.visible_to_partners().filter(pk=pk),
}


def refused_as_documented(query: dict, refused: dict) -> bool:
    """Return whether each parameter a 400 names was refused for a reason its description gives: a record
    partners do not see, a `to` before `from`, a bbox whose min_lat is above its max_lat."""

    def documented(name: str, messages) -> bool:
        message = " ".join(messages) if isinstance(messages, list) else messages
        if name in RECORD_FILTERS:
            return "shown to partners" in message and not RECORD_FILTERS[name](query[name]).exists()
        if name == "to":
            return "ends before it starts" in message and str(query["to"]) < str(query["from"])
        if name == "bbox":
            south, north = (float(n) for n in query["bbox"].split(",")[1::2])
            return "min_lat is above max_lat" in message and south > north
        return False

    return bool(refused) and all(documented(name, messages) for name, messages in refused.items())


def positive_data_is_accepted(ctx, response, case):
    """schemathesis' positive_data_acceptance, with the refusals the schema documents."""
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 400 and refused_as_documented(case.query or {}, response.json()):
        return None
    if response.status_code == 410 and response.json().get("status") == "retracted":
        return None  # a retracted claim's tombstone, as the schema documents (an id of the demo's, retracted)
    return positive_data_acceptance(ctx, response, case)


@schema.hooks.apply(flatmap_query)
@schema.hooks.apply(flatmap_path_parameters)
@schema.parametrize()
@FIXED
def test_api_conforms_to_its_schema(case, demo_api):
    case.call_and_validate(
        headers=demo_api,
        excluded_checks=[positive_data_acceptance],
        additional_checks=[positive_data_is_accepted],
    )


# The patterns the schema gives are the rules the API applies: what one admits, the other accepts.


@pytest.mark.parametrize("alphabet", [DIGITS, TEXT], ids=["ids", "slugs"])
@FIXED
@given(data=st.data())
def test_a_cursor_matches_the_pattern_exactly_when_it_encodes_a_position(alphabet, data):
    pattern = re.compile(cursor_pattern(alphabet))
    prefix = data.draw(st.sampled_from([b"p=", b"r=1&p=", b"p", b"r=1&", b"o=1&p=", b""]))
    rest = data.draw(
        st.binary(max_size=12) | st.lists(st.sampled_from(sorted(alphabet)), max_size=12).map(bytes)
    )
    cursor = base64.b64encode(prefix + rest).decode()
    position = prefix in (b"p=", b"r=1&p=") and rest and set(rest) <= alphabet
    assert bool(pattern.fullmatch(cursor)) == bool(position), prefix + rest
    drawn = data.draw(st.from_regex(pattern, fullmatch=True))
    decoded = base64.b64decode(drawn, validate=True)
    assert base64.b64encode(decoded).decode() == drawn  # one spelling per cursor
    assert set(decoded.removeprefix(b"r=1&").removeprefix(b"p=")) <= alphabet


@FIXED
@given(st.from_regex(f"^{BOUNDING_BOX}$", fullmatch=True))
def test_a_box_the_pattern_admits_is_read_as_numbers_in_range(box):
    west, south, east, north = (float(n) for n in box.split(","))
    assert -180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90
