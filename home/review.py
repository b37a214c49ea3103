"""Changes made outside the admin reach the public site only once an editor approves them."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import receiver
from wagtail.models import Locale, Page, Workflow, WorkflowState
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


def attach_review_states(pages):
    """Fetch the active workflow state of each page in one query.

    Fills the attribute Wagtail's own `prefetch_workflow_states()` fills, which works on
    querysets of the base Page model only.
    """
    pages = list(pages)
    states = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    by_page = {state.object_id: state for state in states.select_related("current_task_state")}
    for page in pages:
        state = by_page.get(str(page.pk))
        page._current_workflow_states = [state] if state else []
    return pages


def latest_draft(page):
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


@transaction.atomic
def submit_for_review(page, workflow_name, user):
    """Save `page` as a draft revision by `user` and put it before the reviewers; returns
    the workflow state.

    Approval publishes the latest revision, so a change to a page already in review
    starts the review again: reviewers never approve what they have not seen. After a
    request for changes, the same review resumes.
    """
    # One submission at a time per page, so two people cannot start two reviews.
    Page.objects.select_for_update().filter(pk=page.pk).first()
    page.save_revision(user=user, log_action=True)
    state = page.current_workflow_state
    if state and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state:
        state.cancel(user=user)
    return review_workflow(page, workflow_name).start(page, user)


@receiver(page_published)
def publish_pending_translations(sender, instance, **kwargs):
    """Bring every language of an approved change in step with the approved source page.

    Each language gets its texts as they are at approval, with the changes that waited
    in the draft on top.
    """
    if not isinstance(instance, ReviewedChangesMixin) or instance.pending_translations is None:
        return
    pending = instance.pending_translations
    # Cleared first, so the translations are not made from a page still marked pending.
    type(instance).objects.filter(pk=instance.pk).update(pending_translations=None)
    instance.pending_translations = None
    texts = {}
    for locale in Locale.objects.filter(language_code__in=pending).exclude(pk=instance.locale_id):
        translation = instance.get_translation_or_none(locale)
        current = translation.specific.texts() if translation else {}
        texts[locale] = {**current, **pending[locale.language_code]}
    translate_with_texts(
        instance,
        {locale: lambda page, text=text: page.set_texts(text) for locale, text in texts.items()},
        # The representative may not publish; the editor's approval is what publishes.
        user=None,
        complete=False,
        finish=lambda page, locale: page.set_texts(texts[locale]),
    )
