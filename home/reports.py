"""The translation status report: every translatable page and snippet in every language."""

from collections import Counter
from dataclasses import dataclass

import django_filters
from django.conf import settings
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_translatable_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from .spreadsheets import SiteExportMixin
from .translation_status import NOT_STARTED, STALE, STATE_LABELS, source_objects, statuses

OLDEST_STALE_SHOWN = 5


@dataclass
class TranslationRow:
    """One object in one language other than its source's."""

    source: object
    status: object
    edit_url: str

    @property
    def model(self):
        return self.source.specific_class if isinstance(self.source, Page) else type(self.source)

    @property
    def title(self):
        return str(self.source)

    @property
    def kind(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def kind_key(self):
        return self.model._meta.label_lower

    @property
    def language(self):
        return self.status.language_name

    @property
    def state(self):
        return self.status.label

    @property
    def since(self):
        return self.status.since

    @property
    def percent(self):
        return None if self.status.state == NOT_STARTED else self.status.percent


def translatable_models():
    """Translatable page types and snippets, without child models (they travel with their
    parent) and without Wagtail's own base Page."""
    return [
        model
        for model in get_translatable_models(include_subclasses=True)
        if model is not Page
        and (issubclass(model, Page) or getattr(model, "snippet_viewset", None))
    ]


def translation_rows(user):
    """Every translatable page (but the tree's root) and snippet that `user` may edit, once
    per language other than its source's."""
    editable_pages = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, {"change", "publish"}
    )
    groups = [
        source_objects(Page).filter(depth__gt=1, pk__in=editable_pages.values("pk")),
        *(
            source_objects(model)
            for model in translatable_models()
            if not issubclass(model, Page)
            and model.snippet_viewset.permission_policy.user_has_any_permission(
                user, {"add", "change"}
            )
        ),
    ]
    finder = AdminURLFinder(user)
    rows = []
    for objects in groups:
        # All pages in one go, whatever their type: the cost does not grow with page types.
        objects = list(objects.select_related("locale"))
        found = statuses(objects)
        for obj in objects:
            for status in found[obj.translation_key]:
                rows.append(TranslationRow(obj, status, _edit_url(finder, obj, status)))
    rows.sort(key=lambda row: (row.kind, row.title.lower(), row.language))
    return rows


def _edit_url(finder, obj, status):
    if status.target is not None:
        # wagtail-localize sends the edit view of a translation to its translation editor.
        return finder.get_edit_url(status.target)
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[obj._meta.app_label, obj._meta.model_name, obj.pk],
    )


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    section = django_filters.ChoiceFilter(label=_("Section"), choices=[])
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=list(STATE_LABELS.items()), empty_label=_("Any state")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["section"].extra["choices"] = sorted(
            (
                (model._meta.label_lower, capfirst(model._meta.verbose_name_plural))
                for model in translatable_models()
            ),
            key=lambda choice: str(choice[1]),
        )

    def filter_queryset(self, rows):
        wanted = self.form.cleaned_data
        return [
            row
            for row in rows
            if (not wanted.get("language") or row.status.language_code == wanted["language"])
            and (not wanted.get("section") or row.kind_key == wanted["section"])
            and (not wanted.get("state") or row.status.state == wanted["state"])
        ]


class StateColumn(Column):
    cell_template_name = "home/reports/translation_state_cell.html"


class TranslationStatusReportView(SiteExportMixin, ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Type")),
        Column("language", label=_("Language")),
        StateColumn("state", label=_("State")),
        DateColumn("since", label=_("Out of date since")),
    ]
    list_export = ["title", "kind", "language", "state", "since", "percent"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "language": _("Language"),
        "state": _("State"),
        "since": _("Out of date since"),
        "percent": _("Translated (%)"),
    }
    export_filename = "translation-status"

    def get_filterset_kwargs(self):
        # django-filter wants a queryset to read a model from; the rows are filtered as a list.
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def get_queryset(self):
        return translation_rows(self.request.user)


class TranslationStatusSummaryPanel(Component):
    """Dashboard: how many translations are in each state, and the longest out of date."""

    name = "translation_status"
    order = 150
    template_name = "home/panels/translation_status_summary.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        rows = translation_rows(request.user)
        counts = Counter((row.status.language_code, row.status.state) for row in rows)
        stale = sorted(
            (row for row in rows if row.status.state == STALE and isinstance(row.source, Page)),
            key=lambda row: row.since,
        )
        return {
            "languages": [
                {
                    "name": name,
                    "code": code,
                    "states": [
                        {"state": state, "label": label, "count": counts[code, state]}
                        for state, label in STATE_LABELS.items()
                    ],
                }
                for code, name in settings.LANGUAGES
                if any(counts[code, state] for state in STATE_LABELS)
            ],
            "oldest_stale": stale[:OLDEST_STALE_SHOWN],
            "report_url": reverse("translation_status"),
        }
