"""Admin views shared by the apps: page listings that fit a trilingual team, local times."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Locale, Page

from .spreadsheets import SiteExportMixin
from .translation_status import UP_TO_DATE, source_objects, statuses

LIVE = "live"
DRAFT = "draft"
SOURCE_LABELS = {LIVE: _("Live"), DRAFT: _("Draft")}


@dataclass
class LanguageState:
    """How one language of an item stands, as a listing cell and an export value."""

    label: str
    state: str
    url: str = ""
    is_source: bool = False

    @property
    def is_good(self):
        return self.state in (LIVE, UP_TO_DATE)

    def __str__(self):
        if self.is_source:
            return gettext("%(state)s (source)") % {"state": self.label}
        return str(self.label)


def language_states(rows):
    """{translation key: {language code: LanguageState}} for the items of these rows, whatever
    language each row is in, in a fixed number of queries."""
    keys = {row.translation_key for row in rows}
    if not keys:
        return {}
    sources = source_objects(Page).filter(translation_key__in=keys)
    sources = list(sources.only("translation_key", "locale", "live"))
    found = statuses(sources)
    codes = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    states = {}
    for source in sources:
        own = LIVE if source.live else DRAFT
        by_language = {
            codes[source.locale_id]: LanguageState(
                SOURCE_LABELS[own], own, edit_url(source), is_source=True
            )
        }
        for status in found[source.translation_key]:
            url = (
                edit_url(status.target)
                if status.target
                else reverse("wagtail_localize:submit_page_translation", args=[source.pk])
            )
            by_language[status.language_code] = LanguageState(status.label, status.state, url)
        states[source.translation_key] = by_language
    return states


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class LanguageStateColumn(Column):
    cell_template_name = "home/admin/language_state_cell.html"


def language_columns():
    """One column per language, for `list_display`."""
    return [
        LanguageStateColumn(f"language_{code}", label=name, accessor=f"language_states.{code}")
        for code, name in settings.LANGUAGES
    ]


LANGUAGE_EXPORT_HEADINGS = {f"language_states.{code}": name for code, name in settings.LANGUAGES}
# Wagtail's own names for these page fields are not translated into Basque.
PAGE_EXPORT_HEADINGS = {
    "title": _("Title"),
    "locale": _("Language"),
    "last_published_at": _("Last published"),
}


class LocaleParameterMixin:
    """For a listing of translatable objects: an unknown `?locale=` shows the listing."""

    def get_locale(self):
        # Wagtail answers an unknown code with a 404, which LocaleMiddleware redirects to the
        # public site's 404 page; staff get the listing instead.
        code = self.request.GET.get("locale")
        found = Locale.objects.filter(language_code=code).first() if code else None
        return found or Locale.get_default()


class TranslatedPageIndexMixin(LocaleParameterMixin):
    """For a page listing view: one row per item (its source-language page) unless a language
    is chosen in the Locale filter, then that language's pages; each row says how every language
    of its item stands. The view set lists `language_columns()` and `LANGUAGE_EXPORT_HEADINGS`.

    The Locale filter is Wagtail's own (a `?locale=` language code): a view set must not name
    `locale` in `list_filter`, whose pk-valued filter clashes with that parameter."""

    @cached_property
    def chosen_language(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("locale")
        return None

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.chosen_language:
            # As a list of keys: the admin's search cannot translate an EXISTS condition.
            queryset = queryset.filter(pk__in=source_objects(self.model).values("pk"))
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The current page of rows, or every row for an export: the table and the export read
        # the same, already fetched, instances.
        rows = context["object_list"]
        states = language_states(rows)
        for row in rows:
            row.language_states = states.get(row.translation_key, {})
        return context


class LocalTimeInspectView(InspectView):
    """Shows date-times in the editor's time zone, as the listings do (the inspect template
    formats values before Django could convert them)."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return timezone.localtime(value)
        return value


def with_neutralised_exports(patterns):
    """Wagtail's own admin URLs `patterns` (its reports, redirects), their views that export
    spreadsheets made to neutralise formulas. The site lists these URLs before the admin's,
    so that they answer in their place."""
    neutralised = []
    for pattern in patterns:
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, SpreadsheetExportMixin):
            view_class = type(view_class.__name__, (SiteExportMixin, view_class), {})
            view = view_class.as_view(**pattern.callback.view_initkwargs)
            neutralised.append(path(str(pattern.pattern), view))
    return neutralised
