"""The site search at volume, on PostgreSQL: narrow entry rows that keep their search document,
suggestions that read titles in order, and a main menu that no longer reads every page."""

from django.db import migrations

POSTGRESQL_ONLY = [
    # Counting and ranking the matches of a common word read thousands of rows: keep them
    # narrow, with the texts out of line (they are only read for the page of results shown)
    # but the document in the row. PostgreSQL moves the widest column out of line first, and
    # that was often the document: ranking then fetched each one separately, several times
    # slower. (For entries written from now on; `manage.py update_site_search` rewrites all.)
    "ALTER TABLE home_searchentry SET (toast_tuple_target = 256)",
    "ALTER TABLE home_searchentry ALTER COLUMN document SET STORAGE MAIN",
    # Titles in byte order, where those starting alike are a range whatever the database's
    # collation: suggestions read the first few starting with what the visitor typed.
    'CREATE INDEX home_search_title_order ON home_searchentry ((folded_title COLLATE "C"))',
    # The menu shows the children of the home page that are in menus: a handful of pages, which
    # without this index are found by reading all of them.
    "CREATE INDEX home_page_menu_items ON wagtailcore_page (depth, path) "
    "WHERE live AND show_in_menus",
]
REVERSE = [
    "DROP INDEX IF EXISTS home_search_title_order",
    "DROP INDEX IF EXISTS home_page_menu_items",
    "ALTER TABLE home_searchentry ALTER COLUMN document SET STORAGE EXTENDED",
    "ALTER TABLE home_searchentry RESET (toast_tuple_target)",
]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_search"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(on_postgresql(POSTGRESQL_ONLY), on_postgresql(REVERSE))]
