"""Admin panels: how each language of a page stands, and the review screen of changes sent
through the member portal (company profiles, listings)."""

from django.conf import settings
from django.db import models
from django.template.defaultfilters import yesno
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from .translation_status import source_objects, statuses


class TranslationStatusPanel(Panel):
    """At the top of a page's edit form: how each of its languages stands."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/translation_status.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            source = source_objects(Page).filter(translation_key=page.translation_key).first()
            source = source.specific if source else page
            context["page"] = page
            context["is_source"] = source.pk == page.pk
            context["source"] = source
            context["statuses"] = statuses([source])[source.translation_key]
            return context


def field_label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def shown_value(value):
    """A text as reviewers read it: lists (services) joined, nothing as a dash."""
    if isinstance(value, list | tuple):
        value = ", ".join(value)
    return value or ""


def shared_value(page, field):
    """A value every language shares, as reviewers read it."""
    if field.many_to_many:
        return ", ".join(sorted(str(item) for item in getattr(page, field.name).all()))
    if field.is_relation:
        return str(getattr(page, field.name) or "")
    value = field.value_from_object(page)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value or ""))
    if isinstance(field, models.BooleanField):
        return yesno(value)
    # Dates and numbers as the reviewer's language writes them.
    return "" if value is None else str(formats.localize(value))


class ChangesUnderReviewPanel(Panel):
    """At the top of a reviewed page's edit form: every field the change under review sets,
    live value against proposed value, in every language, with the task it awaits.

    The page's own language compares the draft with the live page; the others compare the
    live translations with the texts sent for them (`pending_translations`).
    """

    def __init__(self, heading=None, **kwargs):
        super().__init__(heading=heading or _("Changes under review"), **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/changes_under_review.html"

        @cached_property
        def workflow_state(self):
            return self.instance.pk and self.instance.current_workflow_state

        def is_shown(self):
            return bool(
                self.workflow_state or any((self.instance.pending_translations or {}).values())
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            draft = self.instance
            model = type(draft)
            live = model.objects.get(pk=draft.pk) if draft.live else None
            task_state = self.workflow_state and self.workflow_state.current_task_state
            names = dict(settings.LANGUAGES)
            languages = [
                {
                    "code": draft.locale.language_code,
                    "name": names[draft.locale.language_code],
                    "changes": self.text_changes(live.texts() if live else {}, draft.texts()),
                }
            ]
            translations = {
                page.locale.language_code: page.specific
                for page in draft.get_translations().live().select_related("locale")
            }
            awaiting_translation = []
            pending = draft.pending_translations or {}
            for code, name in settings.LANGUAGES:
                if code == draft.locale.language_code:
                    continue
                translation = translations.get(code)
                sent = pending.get(code)
                if sent:
                    current = translation.texts() if translation else {}
                    changes = self.text_changes(current, {**current, **sent})
                    languages.append({"code": code, "name": name, "changes": changes})
                elif translation is None:
                    awaiting_translation.append(name)
            context.update(
                {
                    "kind": capfirst(model._meta.verbose_name),
                    "is_new": live is None,
                    "task": task_state.task.name if task_state else None,
                    "needs_changes": bool(
                        self.workflow_state
                        and self.workflow_state.status == self.workflow_state.STATUS_NEEDS_CHANGES
                    ),
                    "shared_changes": self.shared_changes(live, draft),
                    "languages": languages,
                    "awaiting_translation": awaiting_translation,
                }
            )
            return context

        def text_changes(self, live, proposed):
            model = type(self.instance)
            return [
                {
                    "label": field_label(model, name),
                    "live": shown_value(live.get(name)),
                    "proposed": shown_value(value),
                    "is_rich_text": isinstance(model._meta.get_field(name), RichTextField),
                }
                for name, value in proposed.items()
                if shown_value(value) != shown_value(live.get(name))
            ]

        def shared_changes(self, live, draft):
            model = type(draft)
            changes = []
            for declared in model.translatable_fields:
                if not isinstance(declared, SynchronizedField):
                    continue
                field = model._meta.get_field(declared.field_name)
                before = shared_value(live, field) if live else ""
                after = shared_value(draft, field)
                if before != after:
                    changes.append(
                        {"label": capfirst(field.verbose_name), "live": before, "proposed": after}
                    )
            return changes
