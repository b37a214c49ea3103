import django.contrib.postgres.search
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import Value

# Replaced by the site search's entries (home 0005); kept as it was so old databases migrate.
SEARCH_CONFIGS = {"es": "spanish", "en": "english", "eu": "simple"}


def search_document(language, *, title, tagline, services, description, town):
    config = SEARCH_CONFIGS.get(language, "simple")

    def weighted(text, weight):
        return SearchVector(Value(text or ""), weight=weight, config=config)

    return (
        weighted(title, "A")
        + weighted(f"{tagline} {services}", "B")
        + weighted(f"{description} {town}", "C")
    )

INDEX_NAME = "directory_company_search_gin"


def fill_documents(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    CompanyPage = apps.get_model("directory", "CompanyPage")
    for company in CompanyPage.objects.select_related("locale").iterator():
        CompanyPage.objects.filter(pk=company.pk).update(
            search_document=search_document(
                company.locale.language_code,
                title=company.title,
                tagline=company.tagline,
                services=company.services_text,
                description=company.description,
                town=company.town,
            )
        )


def create_index(apps, schema_editor):
    # A GIN index is PostgreSQL's; other databases search through Wagtail's backend.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {INDEX_NAME} ON directory_companypage USING gin (search_document)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):

    dependencies = [
        ("directory", "0002_alter_directoryindexpage_intro"),
    ]

    operations = [
        migrations.AddField(
            model_name="companypage",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True, serialize=False
            ),
        ),
        migrations.RunPython(fill_documents, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
