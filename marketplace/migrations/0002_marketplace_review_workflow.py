from django.db import migrations

from home.review import create_review_workflow


def create_workflow(apps, schema_editor):
    """The workflow that changes sent by company representatives go through."""
    create_review_workflow(apps, "Marketplace review")


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
