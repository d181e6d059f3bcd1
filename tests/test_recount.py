"""`manage.py recount` compares every quantity's stored counts with a recount from its claims, and fixes them."""

import io

import pytest
from django.core.management import CommandError, call_command

from claims.models import FeedEntry, Quantity, QuantityTally
from claims.services import counting_problems
from claims.services.estimating import estimate_problems

pytestmark = pytest.mark.django_db


def test_recount_says_when_the_counts_hold(claim_in):
    claim_in("published"), claim_in("draft")
    out = io.StringIO()
    call_command("recount", stdout=out)
    assert "The counts and estimates of all 2 quantities equal a recount." in out.getvalue()


def test_recount_finds_counts_a_path_around_the_write_path_broke_and_fixes_them(claim_in):
    published = claim_in("published")
    QuantityTally.objects.filter(quantity=published.quantity).update(published=5)  # as a stray UPDATE might
    Quantity.objects.filter(pk=published.quantity_id).update(published_reports=5)
    with pytest.raises(CommandError, match="differ from a recount: run with --fix"):
        call_command("recount", stdout=io.StringIO(), stderr=io.StringIO())
    before = FeedEntry.objects.get(quantity=published.quantity).seq
    out = io.StringIO()
    call_command("recount", "--fix", stdout=out, stderr=io.StringIO())
    assert "differences fixed; partners told of 1 quantity." in out.getvalue()
    assert counting_problems() == []
    assert Quantity.objects.get(pk=published.quantity_id).published_reports == 1
    assert FeedEntry.objects.get(quantity=published.quantity).seq > before  # partners get the right counts


def test_recount_finds_an_estimate_changed_behind_the_write_path_and_fixes_it(claim_in):
    published = claim_in("published")
    Quantity.objects.filter(pk=published.quantity_id).update(estimate_high=9000, derived_grade="fair")
    errors = io.StringIO()
    with pytest.raises(CommandError, match="differ from a recount"):
        call_command("recount", stdout=io.StringIO(), stderr=errors)
    assert f"quantity {published.quantity_id}: estimate stored" in errors.getvalue()
    call_command("recount", "--fix", stdout=io.StringIO(), stderr=io.StringIO())
    quantity = Quantity.objects.get(pk=published.quantity_id)
    assert (quantity.estimate_high, quantity.derived_grade, quantity.grade) == (12, "weak", "weak")
    assert estimate_problems() == []
