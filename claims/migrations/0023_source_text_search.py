"""Full-text search over sources' texts, on PostgreSQL only (docs/capturing.md, "Search").

A GIN index on each text's words in its language's text-search configuration (claims.querysets.
text_search_vector_sql writes the same expression in queries; this is a frozen copy of it). SQLite, meant for small
installations, searches the text as a substring instead.
"""

from django.db import migrations

VECTOR = (
    "to_tsvector(CASE \"language\" WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig "
    "WHEN 'ar' THEN 'arabic'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig "
    "WHEN 'de' THEN 'german'::regconfig ELSE 'simple'::regconfig END, \"text\")"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "claims_source_text_search" ON "claims_source" USING gin (({VECTOR}))'
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute('DROP INDEX IF EXISTS "claims_source_text_search"')


class Migration(migrations.Migration):
    dependencies = [("claims", "0022_source_recapture")]

    operations = [migrations.RunPython(create_index, drop_index)]
