import re

import django_filters
from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext_lazy as _

from directory.models import Sector, Territory
from home.filters import FacetedFilterSet

from .models import ListingCategory, ListingPage


def ranked_search(queryset, searchable, query):
    """Items of `queryset` that Wagtail's search finds in `searchable`, with a `relevance`.

    Searched by its words alone: quotes and other search-syntax characters are left out, as
    some search backends (SQLite's full-text search) fail on them.
    """
    words = " ".join(re.findall(r"\w+", query))
    ranked = [item.pk for item in searchable.search(words, operator="and")] if words else []
    return queryset.filter(pk__in=ranked).annotate(
        relevance=Case(
            *[When(pk=pk, then=len(ranked) - position) for position, pk in enumerate(ranked)],
            default=0,
            output_field=IntegerField(),
        )
    )


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

    def __init__(self, data, *, queryset, locale):
        super().__init__(data, queryset=queryset, locale=locale)
        self.filters["category"].extra["choices"] = ListingCategory.choices_in(locale)
        self.filters["sector"].extra["choices"] = Sector.choices_in(locale)

    def search(self, queryset, query):
        return ranked_search(
            queryset, ListingPage.objects.live().filter(locale_id=self.locale.pk), query
        )
