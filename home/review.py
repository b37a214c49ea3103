"""Changes made outside the admin reach the public site only once an editor approves them."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.models import Locale, Workflow
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource

from .models import ReviewedChangesMixin
from .translation import translate_with_texts


def review_workflow(page, name):
    """The active workflow called `name`, or the page's own if it was renamed or retired."""
    return Workflow.objects.filter(name=name, active=True).first() or page.get_workflow()


def source_page(page):
    """The page in the language its translations are made from."""
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    if source is None or source.locale_id == page.locale_id:
        return page
    return page.get_translation(source.locale_id).specific


def latest_draft(page):
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


@transaction.atomic
def submit_for_review(page, workflow_name, user):
    """Save `page` as a draft revision by `user` and put it before the reviewers; returns
    the workflow state.

    A change to a page already in review joins that review (the latest revision is what
    gets published); after a request for changes, it resumes the same review.
    """
    page.save_revision(user=user, log_action=True)
    state = page.current_workflow_state
    if state is None:
        return review_workflow(page, workflow_name).start(page, user)
    if state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return state


@receiver(page_published)
def publish_pending_translations(sender, instance, **kwargs):
    """Bring every language of an approved change in step with the approved source page."""
    if not isinstance(instance, ReviewedChangesMixin) or instance.pending_translations is None:
        return
    pending = instance.pending_translations
    # Cleared first, so the translations are not made from a page still marked pending.
    type(instance).objects.filter(pk=instance.pk).update(pending_translations=None)
    instance.pending_translations = None
    locales = Locale.objects.filter(language_code__in=pending).exclude(pk=instance.locale_id)
    texts = {locale: pending[locale.language_code] for locale in locales}
    translate_with_texts(
        instance,
        {locale: lambda page, text=text: page.set_texts(text) for locale, text in texts.items()},
        # The representative may not publish; the editor's approval is what publishes.
        user=None,
        complete=False,
        finish=lambda page, locale: page.set_texts(texts[locale]),
    )


def create_review_workflow(apps, name):
    """Create the workflow `name` with one task: moderators or editors approve.

    For data migrations, so it takes the historical models from `apps`.
    """
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, created = GroupApprovalTask.objects.get_or_create(
        name=f"{name}: moderators approve", defaults={"content_type": task_type}
    )
    if created:
        task.groups.set(Group.objects.filter(name__in=["Moderators", "Editors"]))
    workflow, _created = Workflow.objects.get_or_create(name=name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
