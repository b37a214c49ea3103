import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from home.filters import FacetedFilterSet
from home.search import matching

from .models import OPEN_TO, Sector, Territory, VETCentre


class CompanyFilter(FacetedFilterSet):
    """The directory's search, facets and sort."""

    SORTS = {
        "relevance": ("-relevance", "title"),
        "name": ("title",),
        "cohort": ("-cohort_year", "title"),
    }
    DEFAULT_SORT = "name"
    FACETS = {"sector": "sectors__slug", "centre": "vet_centre__slug", "territory": "territory"}
    FLAG_FACETS = {"open_to": {key: field for key, (field, _label) in OPEN_TO.items()}}

    q = django_filters.CharFilter(label=_("Search"), method="filter_nothing")
    sector = django_filters.MultipleChoiceFilter(
        label=_("Sector"), choices=[], method="filter_facet"
    )
    # Single-valued fields: no row can match twice, so no DISTINCT (it is costly).
    centre = django_filters.MultipleChoiceFilter(
        label=_("VET centre"), field_name="vet_centre__slug", choices=[], distinct=False
    )
    territory = django_filters.MultipleChoiceFilter(
        label=_("Territory"), choices=Territory.choices, distinct=False
    )
    year_from = django_filters.NumberFilter(
        label=_("Cohort from"), field_name="cohort_year", lookup_expr="gte"
    )
    year_to = django_filters.NumberFilter(
        label=_("Cohort to"), field_name="cohort_year", lookup_expr="lte"
    )
    open_to = django_filters.MultipleChoiceFilter(
        label=_("Open to"),
        choices=[(key, label) for key, (_field, label) in OPEN_TO.items()],
        method="filter_open_to",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("relevance", _("Relevance")),
            ("name", _("Name")),
            ("cohort", _("Most recent cohort")),
        ],
        method="filter_nothing",
        empty_label=None,
    )

    def count_noun(self, count):
        return npgettext("counted", "company", "companies", count)

    def __init__(self, data, *, queryset, locale):
        super().__init__(data, queryset=queryset, locale=locale)
        self.filters["sector"].extra["choices"] = Sector.choices_in(locale)
        self.filters["centre"].extra["choices"] = [
            (centre.slug, centre.name) for centre in VETCentre.by_id().values()
        ]

    @property
    def sector_names(self):
        return dict(self.filters["sector"].extra["choices"])

    def search(self, queryset, query):
        return matching(queryset, query, self.locale.language_code, path="search_entry__")

    def filter_open_to(self, queryset, name, values):
        return queryset.filter(**{OPEN_TO[value][0]: True for value in values})
