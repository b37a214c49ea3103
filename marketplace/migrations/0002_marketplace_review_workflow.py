from django.db import migrations

WORKFLOW = "Marketplace review"
TASK = "Marketplace review: moderators approve"


def create_workflow(apps, schema_editor):
    """The workflow that listings submitted by companies go through before going live."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, created = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type}
    )
    if created:
        task.groups.set(Group.objects.filter(name__in=["Moderators", "Editors"]))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):

    dependencies = [
        ("marketplace", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
