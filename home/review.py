"""Changes made outside the admin reach the public site only once an editor approves them."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import receiver
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Revision, Workflow, WorkflowState
from wagtail.signals import page_published
from wagtail_localize.models import Translation, TranslationSource

from .models import ReviewedChangesMixin
from .translation import translate_with_texts

# The workflows that changes sent from the member portal go through (created by migrations,
# with `create_review_workflow`).
PROFILE_REVIEW = "Directory profile review"
LISTING_REVIEW = "Marketplace review"


def create_review_workflow(apps, name, task_name, group_names):
    """Create the workflow `name`, one approval task by `group_names`, if it is missing.

    For data migrations: it uses only `apps`' historical models.
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
        name=task_name, defaults={"content_type": task_type}
    )
    if created:
        task.groups.set(Group.objects.filter(name__in=group_names))
    workflow, _created = Workflow.objects.get_or_create(name=name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


def review_workflow(page, name):
    """The active workflow called `name`, or the page's own if it was renamed or retired."""
    return Workflow.objects.filter(name=name, active=True).first() or page.get_workflow()


def source_page(page):
    """The page in the language its translations are made from."""
    # The first source made: translating a translation further makes another.
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("created_at")
        .first()
    )
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
    request for changes, the same review resumes. Approval also brings every other
    language in step (see `publish_pending_translations`).
    """
    # One submission at a time per page, so two people cannot start two reviews.
    Page.objects.select_for_update().filter(pk=page.pk).first()
    if isinstance(page, ReviewedChangesMixin) and page.pending_translations is None:
        page.pending_translations = {}
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

    A language with a live translation, or with texts sent with the change, is published
    with its texts as they are at approval and the sent ones on top. Every other language
    gets a draft translation for translators: never a live copy of another language's text.
    """
    if not isinstance(instance, ReviewedChangesMixin) or instance.pending_translations is None:
        return
    pending = instance.pending_translations
    # Cleared first, so the translations are not made from a page still marked pending.
    type(instance).objects.filter(pk=instance.pk).update(pending_translations=None)
    instance.pending_translations = None
    texts, sent_texts, drafts = {}, {}, []
    for locale in Locale.objects.exclude(pk=instance.locale_id):
        translation = instance.get_translation_or_none(locale)
        sent = pending.get(locale.language_code)
        if translation and translation.live:
            texts[locale] = {**translation.specific.texts(), **(sent or {})}
            sent_texts[locale] = sent or {}
        elif sent:
            texts[locale] = sent_texts[locale] = sent
        else:
            drafts.append(locale)
    fills = {
        locale: lambda page, sent=sent: page.set_texts(sent) for locale, sent in sent_texts.items()
    }
    translate_with_texts(
        instance,
        fills,
        # The representative may not publish; the editor's approval is what publishes.
        user=None,
        complete=False,
        finish=lambda page, locale: page.set_texts(texts[locale]),
        # Only what was sent counts as translated: a text changed in the source alone leaves
        # its translation out of date for translators, while the page keeps its own text.
        fields={locale: set(text) for locale, text in sent_texts.items()},
    )
    draft_translations(instance, drafts)


def draft_translations(page, locales):
    """Create or update unpublished translations of `page`, as wagtail-localize's "Translate"
    action does: translators find them in the translation status report and the translation
    editor, with the source's texts standing in until they translate them."""
    if not locales:
        return
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        translation.save_target(publish=False)


# How each language of a representative's profile or listing stands, in the member portal.
LIVE = "live"
AWAITING_TRANSLATION = "awaiting-translation"
AWAITING_REVIEW = "awaiting-review"
LANGUAGE_STATE_LABELS = {
    LIVE: _("Live"),
    AWAITING_TRANSLATION: _("Awaiting translation"),
    AWAITING_REVIEW: _("Awaiting review"),
}


@dataclass
class LanguageState:
    code: str
    state: str

    @property
    def name(self):
        return get_language_info(self.code)["name_translated"]

    @property
    def label(self):
        return LANGUAGE_STATE_LABELS[self.state]


def attach_language_states(sources):
    """Give each source page `language_states`, one per site language, in two queries.

    A language awaits review when the change in review carries it (the source's own
    language always does), is live when its page is published, and otherwise awaits
    translation. Give the pages with their review states fetched (`attach_review_states`).
    """
    sources = list(sources)
    live = set(
        Page.objects.filter(translation_key__in=[page.translation_key for page in sources])
        .filter(live=True)
        .values_list("translation_key", "locale__language_code")
    )
    in_review = {page.pk: page for page in sources if page.current_workflow_state}
    sent = {
        int(object_id): content.get("pending_translations") or {}
        for object_id, content in Revision.objects.filter(
            pk__in=[page.latest_revision_id for page in in_review.values()]
        ).values_list("object_id", "content")
    }
    for page in sources:
        states = []
        for code, _name in settings.LANGUAGES:
            if page.pk in in_review and (
                code == page.locale.language_code or sent.get(page.pk, {}).get(code)
            ):
                state = AWAITING_REVIEW
            elif (page.translation_key, code) in live:
                state = LIVE
            else:
                state = AWAITING_TRANSLATION
            states.append(LanguageState(code, state))
        page.language_states = states
    return sources
