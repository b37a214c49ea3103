import django_filters
from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, When
from django.utils.translation import gettext_lazy as _

from .models import OPEN_TO, CompanyPage, Sector, Territory, VETCentre

MAX_QUERY_WORDS = 12
MAX_QUERY_LENGTH = 120

# PostgreSQL text-search configurations: stemming for Spanish and English; Basque has none.
SEARCH_CONFIGS = {"es": "spanish", "en": "english", "eu": "simple"}


def shorten_query(text):
    """Cap a search to what the search backends handle well; say whether it was cut."""
    words = " ".join(text.split()).split(" ")
    shortened = " ".join(words[:MAX_QUERY_WORDS])[:MAX_QUERY_LENGTH].strip()
    return shortened, shortened != " ".join(words).strip()


def search(queryset, query, locale):
    """Companies of `queryset` matching `query`, annotated with a `relevance` to sort by."""
    language = locale.language_code
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        config = SEARCH_CONFIGS.get(language, "simple")
        vector = (
            SearchVector("title", weight="A", config=config)
            + SearchVector("tagline", "services_text", weight="B", config=config)
            + SearchVector("description", "town", weight="C", config=config)
        )
        search_query = SearchQuery(query, search_type="websearch", config=config)
        return queryset.annotate(relevance=SearchRank(vector, search_query)).filter(relevance__gt=0)
    # Elsewhere Wagtail's database search backend finds and ranks the matches.
    found = (
        CompanyPage.objects.live()
        .filter(locale_id=locale.pk, status=CompanyPage.Status.ACTIVE)
        .search(query, operator="and")
    )
    ranked = [company.pk for company in found]
    return queryset.filter(pk__in=ranked).annotate(
        relevance=Case(
            *[When(pk=pk, then=len(ranked) - position) for position, pk in enumerate(ranked)],
            default=0,
            output_field=IntegerField(),
        )
    )


class CompanyFilter(django_filters.FilterSet):
    """The directory's facets. Values that do not validate are ignored, never an error."""

    SORTS = {
        "relevance": ("-relevance", "title"),
        "name": ("title",),
        "cohort": ("-cohort_year", "title"),
    }

    q = django_filters.CharFilter(label=_("Search"), method="filter_nothing")
    sector = django_filters.MultipleChoiceFilter(
        label=_("Sector"), field_name="sectors__slug", choices=[]
    )
    centre = django_filters.MultipleChoiceFilter(
        label=_("VET centre"), field_name="vet_centre__slug", choices=[]
    )
    territory = django_filters.MultipleChoiceFilter(label=_("Territory"), choices=Territory.choices)
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

    FACETS = ("sector", "centre", "territory", "open_to")

    def __init__(self, data, *, queryset, locale):
        super().__init__(data, queryset=queryset)
        self.locale = locale
        self.filters["sector"].extra["choices"] = list(
            Sector.objects.filter(locale=locale).values_list("slug", "name")
        )
        self.filters["centre"].extra["choices"] = list(
            VETCentre.objects.values_list("slug", "name")
        )
        self.query, self.query_was_shortened = shorten_query(self.value("q") or "")

    def value(self, name):
        self.form.is_valid()
        return self.form.cleaned_data.get(name)

    def filter_nothing(self, queryset, name, value):
        return queryset  # applied in `results`, which needs them around every facet

    def filter_open_to(self, queryset, name, values):
        return queryset.filter(**{OPEN_TO[value][0]: True for value in values})

    def searched(self):
        queryset = self.queryset
        if self.query:
            queryset = search(queryset, self.query, self.locale)
        return queryset

    def filtered(self, queryset, *, without=None):
        self.form.is_valid()
        for name, value in self.form.cleaned_data.items():
            if name != without and value not in (None, "", []):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @property
    def is_filtered(self):
        names = ("q", "sector", "centre", "territory", "year_from", "year_to", "open_to")
        return any(self.value(name) for name in names)

    @property
    def sort_order(self):
        sort = self.value("sort") or ("relevance" if self.query else "name")
        if sort == "relevance" and not self.query:
            sort = "name"
        return sort

    @property
    def qs(self):
        if not hasattr(self, "_results"):
            results = self.filtered(self.searched())
            self._results = results.order_by(*self.SORTS[self.sort_order])
        return self._results

    def facet_counts(self):
        """For each facet option, how many companies match with the other filters applied."""
        searched = self.searched()
        counts = {}
        for facet, field in (
            ("sector", "sectors__slug"),
            ("centre", "vet_centre__slug"),
            ("territory", "territory"),
        ):
            matching = self.filtered(searched, without=facet).values("pk")
            counts[facet] = dict(
                CompanyPage.objects.filter(pk__in=matching)
                .order_by()
                .values_list(field)
                .annotate(count=Count("pk", distinct=True))
                .values_list(field, "count")
            )
        matching = self.filtered(searched, without="open_to")
        selected = self.value("open_to") or []
        matching = matching.filter(**{OPEN_TO[value][0]: True for value in selected})
        counts["open_to"] = CompanyPage.objects.filter(pk__in=matching.values("pk")).aggregate(
            **{key: Count("pk", filter=Q(**{field: True})) for key, (field, _l) in OPEN_TO.items()}
        )
        return counts

    def facets(self):
        counts = self.facet_counts()
        facets = []
        for name in self.FACETS:
            selected = set(self.value(name) or [])
            options = []
            for value, label in self.filters[name].extra["choices"]:
                count = counts[name].get(value, 0)
                if count or value in selected:
                    options.append(
                        {
                            "value": value,
                            "label": label,
                            "count": count,
                            "checked": value in selected,
                        }
                    )
            facets.append({"name": name, "label": self.filters[name].label, "options": options})
        return facets
