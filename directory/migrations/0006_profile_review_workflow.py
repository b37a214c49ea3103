from django.db import migrations

from home.review import create_review_workflow


def create_workflow(apps, schema_editor):
    """The workflow that profile changes sent by company representatives go through."""
    create_review_workflow(
        apps,
        "Directory profile review",
        "Directory profile review: moderators approve",
        ["Moderators", "Editors"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0005_members"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
