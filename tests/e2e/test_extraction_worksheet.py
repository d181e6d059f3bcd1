"""The extraction worksheet by keyboard at laptop size (issue 19): the conflict and incident chosen last for the
source proposed, select all / none, j / k / arrows to move, a / space to accept, s to skip, an originator chosen
and another created from their rows, and the drafts that come out."""

from playwright.sync_api import expect

from claims import services
from claims.management.commands.load_demo import RFERL_TEXT
from claims.models import Actor, Claim, Incident
from claims.services import Hop
from tests.e2e.conftest import LAPTOP, choose_autocomplete, fits_width, messages, submit
from tests.factories import ActorFactory, ConflictFactory, SourceFactory

# The figures the reader finds in RFERL_TEXT, in order.
THOUSANDS, RUSSIA, NO_CASUALTIES, BODIES = range(4)


def page_fits_the_window(page) -> bool:
    """Whether nothing on the page needs a sideways scroll: the document and the worksheet's every cell."""
    no_scroll = page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    return no_scroll and fits_width(page, "#worksheet, #worksheet td, #worksheet-tools, .submit-row")


def test_an_editor_runs_the_worksheet_by_keyboard_at_laptop_size(log_in, page_errors, editor):
    war = ConflictFactory(name="Second Nagorno-Karabakh war (2020)")
    ConflictFactory(name="Another war")  # two conflicts: only the source's memory can propose one
    russia = ActorFactory(name="Government of Russia", kind="government", aliases="Russia\nKremlin")
    army = ActorFactory(name="Nagorno-Karabakh Defence Army", kind="military")
    source = SourceFactory(
        title="Fighting rages near Shushi",
        text=RFERL_TEXT,
        publisher=ActorFactory(name="Radio Free Europe/Radio Liberty", kind="news_outlet"),
    )
    shelling = Incident(
        conflict=war, name="Shelling of Martuni", started_on=source.published_on, place="Martuni"
    )
    services.save_incident(shelling)
    services.save_claim(  # drawn from this source before, about that conflict and incident
        Claim(
            conflict=war,
            incident=shelling,
            metric="killed",
            phrase="thousands",
            qualifier="vague",
            low=1000,
            quote="x",
        ),
        chain=[Hop(source.publisher_id, "published", source.pk)],
    )

    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/source/{source.pk}/extract/")
    expect(page.locator("#id_conflict option:checked")).to_have_text(war.name)
    expect(page.locator("#id_incident option:checked")).to_contain_text("Shelling of Martuni")
    rows = page.locator("#worksheet tbody tr")
    expect(rows).to_have_count(4)
    expect(page.locator("#worksheet-keys")).to_contain_text("a/space accept")
    expect(rows.nth(RUSSIA).locator(".select2-selection__rendered")).to_contain_text("Government of Russia")
    expect(rows.nth(NO_CASUALTIES)).to_contain_text("matches no actor")
    expect(rows.nth(NO_CASUALTIES).locator("details.new-actor")).to_have_attribute("open", "")
    page.screenshot(path="/tmp/worksheet-start.png")
    assert page_fits_the_window(page)

    # Select all, then none.
    page.click("button[data-select=all]")
    expect(page.locator("#worksheet-count")).to_have_text("4 of 4 ticked")
    page.click("button[data-select=none]")
    expect(page.locator("#worksheet-count")).to_have_text("0 of 4 ticked")
    checks = page.locator("#worksheet tbody input[type=checkbox]")

    # The first row is the current one; s skips it, a accepts the next (Russia's, its actor proposed).
    expect(rows.nth(THOUSANDS)).to_have_class("current")
    page.keyboard.press("s")
    expect(rows.nth(RUSSIA)).to_have_class("current")
    expect(checks.nth(THOUSANDS)).not_to_be_checked()
    page.keyboard.press("a")
    expect(checks.nth(RUSSIA)).to_be_checked()
    expect(rows.nth(NO_CASUALTIES)).to_have_class("current")

    # The authorities are no actor yet: the editor names them and chooses a kind, typing letters that are
    # shortcuts elsewhere ("a", "s", "j", "k") without ticking or moving anything, and Esc goes back to the rows.
    name = rows.nth(NO_CASUALTIES).locator("input[name=new_name_2]")
    expect(name).to_have_value("The Nagorno-Karabakh authorities")
    name.fill("")
    name.press_sequentially("Nagorno-Karabakh de facto authorities (jk)")
    expect(rows.nth(NO_CASUALTIES)).to_have_class("current")
    expect(checks.nth(NO_CASUALTIES)).not_to_be_checked()
    page.select_option("select[name=new_kind_2]", "de_facto_authority")
    page.keyboard.press("Escape")
    expect(rows.nth(NO_CASUALTIES)).to_be_focused()
    page.keyboard.press(" ")
    expect(checks.nth(NO_CASUALTIES)).to_be_checked()
    expect(rows.nth(BODIES)).to_have_class("current")
    page.keyboard.press("k")
    expect(rows.nth(NO_CASUALTIES)).to_have_class("current")
    page.keyboard.press("ArrowDown")
    expect(rows.nth(BODIES)).to_have_class("current")

    # The bodies: e goes into the row's fields; the editor counts soldiers and names the army as originator.
    page.keyboard.press("e")
    expect(page.locator("select[name=metric_3]")).to_be_focused()
    page.select_option("select[name=population_3]", "military")
    choose_autocomplete(page, "id_originator_3", army.name)
    page.keyboard.press("Escape")
    expect(rows.nth(BODIES)).to_be_focused()
    page.keyboard.press("a")
    expect(page.locator("#worksheet-count")).to_have_text("3 of 4 ticked")
    page.screenshot(path="/tmp/worksheet-filled.png")
    assert page_fits_the_window(page)

    submit(page, "#extract input[type=submit]")
    expect(messages(page)).to_contain_text("Created 3 draft claim(s)")
    authorities = Actor.objects.get(name="Nagorno-Karabakh de facto authorities (jk)")
    assert authorities.kind == "de_facto_authority"
    drafts = Claim.objects.filter(created_by=editor).order_by("pk")
    assert [
        (c.phrase, c.metric, c.population, c.originator, c.conflict, c.incident, c.status) for c in drafts
    ] == [
        ("as many as 5,000 deaths", "killed", "all", russia, war, shelling, "draft"),
        ("no casualties", "casualties", "all", authorities, war, shelling, "draft"),
        ("a large number of bodies", "killed", "military", army, war, shelling, "draft"),
    ]
    assert [hop.actor for hop in drafts[1].chain.all()] == [authorities, source.publisher]
    assert page_errors == []


def test_a_refused_worksheet_comes_back_as_the_editor_left_it(log_in, page_errors, editor):
    war = ConflictFactory(name="Second Nagorno-Karabakh war (2020)")
    army = ActorFactory(name="Nagorno-Karabakh Defence Army", kind="military", aliases="NK army")
    source = SourceFactory(title="Fighting rages near Shushi", text=RFERL_TEXT)

    page = log_in(editor, viewport=LAPTOP)
    page.goto(f"/admin/claims/source/{source.pk}/extract/")
    page.select_option("#id_conflict", label=war.name)
    page.keyboard.press("j")  # to the Russian estimate: accepted with soldiers counted
    page.keyboard.press("a")
    page.select_option("select[name=population_1]", "military")
    page.keyboard.press("Escape")
    page.keyboard.press("j")  # (the authorities') skipped
    page.keyboard.press("j")  # the bodies: the editor chose the army and then tries to create it again
    choose_autocomplete(page, "id_originator_3", army.name)
    page.fill("input[name=new_name_3]", "NK army")
    page.select_option("select[name=new_kind_3]", "military")
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    submit(page, "#extract input[type=submit]")

    expect(page.locator("#worksheet-errors")).to_have_text(
        "Correct the rows marked below: #4. Nothing was created."
    )
    row = page.locator("#worksheet tbody tr").nth(BODIES)
    expect(row).to_have_class("current")  # the first row with an error
    expect(row.locator(".errorlist")).to_contain_text("Choose an actor or create one, not both")
    expect(row.locator("input[name=new_name_3]")).to_have_value("NK army")
    expect(row.locator(".select2-selection__rendered")).to_contain_text(army.name)
    expect(page.locator("select[name=population_1]")).to_have_value("military")
    expect(page.locator("#worksheet tbody input[type=checkbox]:checked")).to_have_count(2)
    expect(page.locator("#worksheet-count")).to_have_text("2 of 4 ticked")
    page.screenshot(path="/tmp/worksheet-refused.png")
    assert page_fits_the_window(page)
    assert not Claim.objects.exists()

    # Setting the kind back to none keeps the army as originator, and the save goes through.
    page.select_option("select[name=new_kind_3]", "")
    submit(page, "#extract input[type=submit]")
    expect(messages(page)).to_contain_text("Created 2 draft claim(s)")
    assert dict(Claim.objects.values_list("phrase", "originator__name")) == {
        "as many as 5,000 deaths": None,
        "a large number of bodies": army.name,
    }
    assert page_errors == []
