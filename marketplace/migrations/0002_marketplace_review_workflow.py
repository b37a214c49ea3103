from django.db import migrations

from home.review import create_review_workflow


def create_workflow(apps, schema_editor):
    """The workflow that listings submitted by companies go through before going live."""
    create_review_workflow(
        apps,
        "Marketplace review",
        "Marketplace review: moderators approve",
        ["Moderators", "Editors"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
