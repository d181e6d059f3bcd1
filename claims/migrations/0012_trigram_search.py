"""Trigram indexes for case-insensitive substring search, on PostgreSQL only.

Django writes `icontains` as UPPER(column::text) LIKE UPPER(%s): indexing that expression with pg_trgm lets
PostgreSQL read only the rows that can match, for the admin's search and the API's `q`. SQLite, meant for small
installations, has no such index and keeps reading the table.
"""

from django.db import migrations

# (index, table, column): the texts the claim search reads.
INDEXES = [
    ("claims_claim_phrase_trgm", "claims_claim", "phrase"),
    ("claims_claim_quote_trgm", "claims_claim", "quote"),
    ("claims_source_url_trgm", "claims_source", "url"),
    ("claims_source_title_trgm", "claims_source", "title"),
    ("claims_actor_name_trgm", "claims_actor", "name"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in INDEXES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _, _ in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("claims", "0011_newsroom_counts_and_newest_index")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
