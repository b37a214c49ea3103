import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from directory.models import Sector, Territory
from home.filters import FacetedFilterSet
from home.search import matching

from .models import ListingCategory, ListingPage


class ListingFilter(FacetedFilterSet):
    """The marketplace's search, facets and sort."""

    SORTS = {
        "relevance": ("-relevance", "-valid_from", "title"),
        "newest": ("-valid_from", "-first_published_at", "title"),
        "closing": ("valid_until", "title"),
    }
    DEFAULT_SORT = "newest"
    FACETS = {
        "kind": "kind",
        "category": "category__slug",
        "territory": "territory",
        "sector": "company__sectors__slug",
    }

    q = django_filters.CharFilter(label=_("Search"), method="filter_nothing")
    # Single-valued fields: no row can match twice, so no DISTINCT (it is costly).
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind"), choices=ListingPage.Kind.choices, distinct=False
    )
    category = django_filters.MultipleChoiceFilter(
        label=_("Category"), field_name="category__slug", choices=[], distinct=False
    )
    territory = django_filters.MultipleChoiceFilter(
        label=_("Territory"), choices=Territory.choices, distinct=False
    )
    sector = django_filters.MultipleChoiceFilter(
        label=_("Company sector"), choices=[], method="filter_facet"
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("relevance", _("Relevance")),
            ("newest", _("Newest first")),
            ("closing", _("Closing soonest")),
        ],
        method="filter_nothing",
        empty_label=None,
    )

    def count_noun(self, count):
        return npgettext("counted", "listing", "listings", count)

    def __init__(self, data, *, queryset, locale):
        super().__init__(data, queryset=queryset, locale=locale)
        self.filters["category"].extra["choices"] = ListingCategory.choices_in(locale)
        self.filters["sector"].extra["choices"] = Sector.choices_in(locale)

    def search(self, queryset, query):
        return matching(queryset, query, self.locale.language_code, path="search_entry__")
