"""The editors' side of the site search: the report of what visitors searched for in each
language over a period, and from each search term, Wagtail's form to promote results for it."""

import datetime
from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import ListingButton
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.search_promotions.views import CreateView as PromotionCreateView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import SearchPage, SearchTerm
from .spreadsheets import SiteExportMixin

DEFAULT_PERIOD_DAYS = 30
search_terms_policy = ModelPermissionPolicy(SearchTerm)
promotions_policy = ModelPermissionPolicy(SearchPromotion)


def default_period():
    """The first and last day the report covers when no dates are chosen: the last 30 days,
    today included."""
    today = timezone.localdate()
    return today - datetime.timedelta(days=DEFAULT_PERIOD_DAYS - 1), today


class SearchTermFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="locale__language_code", choices=settings.LANGUAGES
    )
    date = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    results = django_filters.ChoiceFilter(
        label=_("Results"),
        choices=[("none", _("Only searches that found nothing"))],
        empty_label=_("All searches"),
        method="found_nothing",
    )

    class Meta:
        model = SearchTerm
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        first, last = default_period()
        if data is not None and not (data.get("date_from") or data.get("date_to")):
            data = data.copy()
            data["date_from"], data["date_to"] = first.isoformat(), last.isoformat()
        super().__init__(data, *args, **kwargs)
        # The default period is the form's initial value, so it is not listed as a filter
        # an editor could remove.
        self.form.fields["date"].initial = slice(first, last)

    def found_nothing(self, queryset, name, value):
        return queryset.filter(total_without_results__gt=0)


class SearchTermColumn(ButtonsColumnMixin, TitleColumn):
    """The search term, linking to what visitors saw, with a button to promote results."""

    def get_buttons(self, row, parent_context):
        if not row["promote_url"]:
            return []
        return [ListingButton(_("Promote a result"), row["promote_url"], icon_name="pick")]


class SearchTermsReportView(SiteExportMixin, ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    permission_policy = search_terms_policy
    permission_required = "view"
    filterset_class = SearchTermFilterSet
    index_url_name = "site_search_terms"
    index_results_url_name = "site_search_terms_results"
    default_ordering = "-total_searches"
    columns = [
        SearchTermColumn(
            "query", label=_("Search term"), sort_key="query", get_url=lambda row: row["search_url"]
        ),
        Column("language", label=_("Language"), sort_key="locale__language_code"),
        NumberColumn("total_searches", label=_("Searches"), sort_key="total_searches"),
        NumberColumn(
            "total_without_results",
            label=_("Searches without results"),
            sort_key="total_without_results",
        ),
    ]
    list_export = ["query", "language", "total_searches", "total_without_results"]
    export_headings = {
        "query": _("Search term"),
        "language": _("Language"),
        "total_searches": _("Searches"),
        "total_without_results": _("Searches without results"),
    }
    export_filename = "search-terms"

    def get_base_queryset(self):
        return SearchTerm.objects.values("locale__language_code", "query").annotate(
            total_searches=Sum("searches"), total_without_results=Sum("searches_without_results")
        )

    def order_queryset(self, queryset):
        # Ties in a fixed order, so that no term moves from one page of the report to another.
        return queryset.order_by(self.ordering, "query", "locale__language_code")

    def decorate_paginated_queryset(self, object_list):
        """Each row's language name and links, set on the rows the table and export show."""
        names = dict(settings.LANGUAGES)
        search_urls = {
            page.locale.language_code: page.get_url(self.request)
            for page in SearchPage.objects.live().select_related("locale")
        }
        may_promote = promotions_policy.user_has_permission(self.request.user, "add")
        promote_url = reverse("promote_search_term")
        for term in object_list:
            language, query = term["locale__language_code"], term["query"]
            term["language"] = names.get(language, language)
            # A page asked for by number is not counted as a new search: the editor sees the
            # results without adding to the report.
            seen = urlencode({"q": query, "page": 1})
            search_url = search_urls.get(language)
            term["search_url"] = search_url and f"{search_url}?{seen}"
            term["promote_url"] = (
                f"{promote_url}?{urlencode({'query_string': query})}" if may_promote else ""
            )
        return object_list


class PromoteSearchTermView(PromotionCreateView):
    """Wagtail's form to add promoted results, with the search term filled in from the report;
    the form is sent to Wagtail's own view."""

    def get_initial(self):
        return {"query_string": self.request.GET.get("query_string", "")}


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return search_terms_policy.user_has_permission(request.user, "view")
