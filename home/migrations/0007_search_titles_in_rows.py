"""Entries' titles stay in their rows, as their documents do (0006): with rows kept that narrow,
PostgreSQL had moved the longer titles out of line, and suggestions, titles spelt alike and the
order of results read titles by the thousand. PostgreSQL only."""

from django.db import migrations

POSTGRESQL_ONLY = [
    "ALTER TABLE home_searchentry "
    "ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN folded_title SET STORAGE MAIN",
]
REVERSE = [
    "ALTER TABLE home_searchentry "
    "ALTER COLUMN title SET STORAGE EXTENDED, ALTER COLUMN folded_title SET STORAGE EXTENDED",
]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("home", "0006_search_at_volume")]

    operations = [migrations.RunPython(on_postgresql(POSTGRESQL_ONLY), on_postgresql(REVERSE))]
