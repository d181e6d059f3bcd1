"""The database refuses to TRUNCATE a release's tables on PostgreSQL, as it refuses to UPDATE or DELETE their rows
(0032): TRUNCATE fires no row trigger, so one statement emptied every release's files while their SHA-256 stayed
listed. A BEFORE TRUNCATE statement trigger refuses it unless the session (or the transaction) has set
claims.truncate_releases to "on": `manage.py flush` (claims/management/commands/flush.py), which empties the whole database on purpose (and
empties the test database between transactional tests), is the one thing that does. SQLite has no TRUNCATE: its
rows are deleted, as its flush does."""

from django.db import migrations, models

RELEASE_TABLES = ("claims_release", "claims_releasefile", "claims_releasechunk")
SETTING = "claims.truncate_releases"
MESSAGE = (
    "A release never changes: its rows are written once, never updated or deleted. (TRUNCATE on %; "
    "manage.py flush empties a whole database.)"
)


def add_guard(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE FUNCTION claims_release_not_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF coalesce(current_setting('{SETTING}', true), '') <> 'on' THEN "
        f"RAISE EXCEPTION '{MESSAGE}', TG_TABLE_NAME; END IF; RETURN NULL; END $$",
        None,  # no parameters: the % is PL/pgSQL's
    )
    for table in RELEASE_TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_not_truncated BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION claims_release_not_truncated()"
        )


def remove_guard(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in RELEASE_TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_not_truncated ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS claims_release_not_truncated()")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0033_webhooks"),
    ]

    operations = [
        migrations.AlterField(
            model_name="release",
            name="base_url",
            field=models.CharField(
                blank=True,
                help_text="The site address the records' URLs were written with (empty: paths from the site's root).",
                max_length=500,
            ),
        ),
        migrations.AlterField(
            model_name="releasecut",
            name="base_url",
            field=models.CharField(
                blank=True,
                help_text="The site address the records' URLs are written with (PUBLIC_BASE_URL; empty: paths).",
                max_length=500,
            ),
        ),
        migrations.RunPython(add_guard, remove_guard),
    ]
