"""Search and faceted filtering shared by the directory and the marketplace."""

import unicodedata
from functools import reduce
from operator import and_

import django_filters
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from .models import SearchEntry
from .search import matching

MAX_QUERY_WORDS = 12
MAX_QUERY_LENGTH = 120


def shorten_query(text):
    """Cap a search to what the search backends handle well; say whether it was cut."""
    # Control characters mean nothing in a search, and are not allowed in the feeds naming it.
    text = "".join(" " if unicodedata.category(char) in ("Cc", "Cs") else char for char in text)
    words = " ".join(text.split()).split(" ")
    shortened = " ".join(words[:MAX_QUERY_WORDS])[:MAX_QUERY_LENGTH].strip()
    return shortened, shortened != " ".join(words).strip()


class FacetedFilterSet(django_filters.FilterSet):
    """Filters whose options show how many results each gives with the other filters applied.

    Values that do not validate are ignored, never an error: a shared link with a stale or
    mangled parameter still shows a normal page. Subclasses declare the filters, `SORTS`
    (name: ordering), `DEFAULT_SORT`, `FACETS`, `FLAG_FACETS` and `search()`.
    """

    SORTS = {}
    DEFAULT_SORT = ""
    FACETS = {}  # facet name: field; ticking several options matches any of them
    FLAG_FACETS = {}  # facet name: {option: boolean field}; ticked options must all hold

    def __init__(self, data, *, queryset, locale):
        super().__init__(data, queryset=queryset)
        self.locale = locale

    @cached_property
    def shortened_query(self):
        return shorten_query(self.value("q") or "")

    @property
    def query(self):
        return self.shortened_query[0]

    @property
    def query_was_shortened(self):
        return self.shortened_query[1]

    def search(self, queryset, query):
        raise NotImplementedError

    def value(self, name):
        self.form.is_valid()
        return self.form.cleaned_data.get(name)

    def filter_nothing(self, queryset, name, value):
        return queryset  # the search and sort are applied in `qs`, around every facet

    @cached_property
    def searched(self):
        return self.search(self.queryset, self.query) if self.query else self.queryset

    def filtered(self, queryset, *, without=()):
        self.form.is_valid()
        for name, value in self.form.cleaned_data.items():
            if name not in without and value not in (None, "", []):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def active_labels(self):
        """The ticked options and the search, as words a person reads, e.g. in a feed title."""
        labels = [f"“{self.query}”"] if self.query else []
        for name in [*self.FACETS, *self.FLAG_FACETS]:
            selected = set(self.value(name) or [])
            labels += [
                str(label)
                for value, label in self.filters[name].extra["choices"]
                if value in selected
            ]
        return labels

    @property
    def is_filtered(self):
        return any(self.value(name) for name in self.filters if name != "sort")

    @property
    def sort_order(self):
        sort = self.value("sort") or ("relevance" if self.query else self.DEFAULT_SORT)
        if sort == "relevance" and not self.query:
            sort = self.DEFAULT_SORT
        return sort

    @property
    def qs(self):
        if not hasattr(self, "_results"):
            results = self.filtered(self.searched)
            self._results = results.order_by(*self.SORTS[self.sort_order])
        return self._results

    def facet_counts(self):
        """For each facet option, how many results match with the other facets applied.

        Single-valued facets and flags are all counted in one pass over the results of the
        search and the other filters; a facet over a many-to-many relation (such as a
        company's sectors) takes one grouped query of its own.
        """
        multi_valued = [name for name, field in self.FACETS.items() if self.is_multi_valued(field)]
        counted = [name for name in [*self.FACETS, *self.FLAG_FACETS] if name not in multi_valued]
        conditions = {name: self.facet_condition(name) for name in counted}
        unfaceted = self.filtered(self.searched, without=[*multi_valued, *counted])

        def narrowed(queryset, skip=None):
            for name in multi_valued:
                if name != skip and (selected := self.value(name)):
                    queryset = queryset.filter(pk__in=self.matching(name, selected))
            return queryset

        counts, aggregates = {}, {}
        everything_else = reduce(and_, conditions.values(), Q())
        for name in multi_valued:
            results = narrowed(unfaceted, skip=name).filter(everything_else)
            counts[name] = self.count_by(name, results)

        # The options of many-to-many facets are not counted below, so their filters apply to
        # every count; each other facet's filter applies to every count but its own.
        base = narrowed(unfaceted)

        def others(name):
            return reduce(and_, (q for other, q in conditions.items() if other != name), Q())

        for name in counted:
            if name in self.FLAG_FACETS:
                # Ticked flags all apply, so each option counts what ticking it too gives.
                for option, field in self.FLAG_FACETS[name].items():
                    condition = Q(**{field: True}) & conditions[name] & others(name)
                    aggregates[name, option] = Count("pk", filter=condition)
            else:
                for value, _label in self.filters[name].extra["choices"]:
                    condition = Q(**{self.FACETS[name]: value}) & others(name)
                    aggregates[name, value] = Count("pk", filter=condition)
        keys = dict(enumerate(aggregates))
        totals = base.order_by().aggregate(
            results=Count("pk", filter=everything_else),
            **{f"count_{number}": aggregates[key] for number, key in keys.items()},
        )
        # The number of results comes free here, so paginating needs no count query.
        self.result_count = totals["results"]
        for number, (name, value) in keys.items():
            counts.setdefault(name, {})[value] = totals[f"count_{number}"]
        return counts

    def paginate(self, results, per_page, number):
        """The page `number` of `results` (the filtered results, prefetched as needed)."""
        paginator = Paginator(results, per_page)
        if hasattr(self, "result_count"):
            paginator.count = self.result_count  # Paginator.count is a cached property
        return paginator.get_page(number)

    def link(self, name):
        """For a facet over a direct many-to-many relation: its link table, the link's
        fields to the result and to the option, and the option's field; else None."""
        relation_name, _, attribute = self.FACETS[name].partition("__")
        relation = self.queryset.model._meta.get_field(relation_name)
        if not relation.many_to_many or "__" in attribute:
            return None
        through = relation.remote_field.through
        return through, relation.m2m_field_name(), relation.m2m_reverse_field_name(), attribute

    def matching(self, name, selected):
        """The pks of results with any of the `selected` options of a many-to-many facet.

        Read from the link table, so the results need no join, and no DISTINCT.
        """
        if link := self.link(name):
            through, to_result, to_option, attribute = link
            options = {f"{to_option}__{attribute}__in": selected}
            return through.objects.filter(**options).values(to_result)
        field = self.FACETS[name]
        return self.queryset.model.objects.filter(**{f"{field}__in": selected}).values("pk")

    def count_by(self, name, results):
        """How many of `results` have each option of a many-to-many facet."""
        if link := self.link(name):
            through, to_result, to_option, attribute = link
            counted = through.objects.filter(**{f"{to_result}__in": results.values("pk")})
            option = f"{to_option}__{attribute}"
        else:
            counted, option = results, self.FACETS[name]
            to_result = "pk"
        return dict(
            counted.order_by()
            .values_list(option)
            .annotate(count=Count(to_result, distinct=True))
            .values_list(option, "count")
        )

    def filter_facet(self, queryset, name, selected):
        """The filter of a many-to-many facet (declared with method="filter_facet")."""
        return queryset.filter(pk__in=self.matching(name, selected))

    def facet_condition(self, name):
        """What a result meets to pass the options ticked in a single-valued or flag facet."""
        selected = self.value(name) or []
        if not selected:
            return Q()
        if name in self.FLAG_FACETS:
            return Q(**{self.FLAG_FACETS[name][option]: True for option in selected})
        return Q(**{f"{self.FACETS[name]}__in": selected})

    def is_multi_valued(self, field):
        """Whether a result can have several values of `field` (a path across relations)."""
        model = self.queryset.model
        for name in field.split("__")[:-1]:
            relation = model._meta.get_field(name)
            if relation.many_to_many or relation.one_to_many:
                return True
            model = relation.related_model
        return False

    def count_noun(self, count):
        """What an option's count counts, for screen readers: "(3 companies)"."""
        return npgettext("counted", "result", "results", count)

    def facets(self):
        counts = self.facet_counts()
        facets = []
        for name in counts:
            selected = set(self.value(name) or [])
            options = [
                {
                    "value": value,
                    "label": label,
                    "count": count,
                    "count_noun": self.count_noun(count),
                    "checked": value in selected,
                }
                for value, label in self.filters[name].extra["choices"]
                if (count := counts[name].get(value, 0)) or value in selected
            ]
            facets.append({"name": name, "label": self.filters[name].label, "options": options})
        return facets

    def chips(self, facets):
        """The search and each filter in use, with the query string that leaves it out: a
        link for each, which removes that one filter (and goes back to the first page)."""
        chips = []
        if self.query:
            chips.append({"kind": _("Search"), "label": self.query, "query": self.without("q")})
        for facet in facets:
            for option in facet["options"]:
                if option["checked"]:
                    chips.append(
                        {
                            "kind": facet["label"],
                            "label": option["label"],
                            "query": self.without(facet["name"], option["value"]),
                        }
                    )
        shown = {"q", "sort", *(facet["name"] for facet in facets)}
        for name, value_filter in self.filters.items():
            if name not in shown and (value := self.value(name)) not in (None, "", [], ()):
                chips.append(
                    {"kind": value_filter.label, "label": value, "query": self.without(name)}
                )
        return chips

    def without(self, name, value=None):
        """This query string, on its first page, without the parameter `name` (or only its
        `value`)."""
        kept = self.data.copy()
        kept.pop("page", None)
        if value is None:
            kept.pop(name, None)
        else:
            kept.setlist(name, [other for other in kept.getlist(name) if other != str(value)])
        return kept.urlencode()


class SiteSearchFilter(FacetedFilterSet):
    """The site search's query and its filter by type of result."""

    SORTS = {"relevance": ("-relevance", "-date", "title"), "title": ("title",)}
    DEFAULT_SORT = "title"
    FACETS = {"type": "kind"}

    q = django_filters.CharFilter(label=_("Search"), method="filter_nothing")
    # One entry per page: no row can match twice, so no DISTINCT.
    type = django_filters.MultipleChoiceFilter(
        label=_("Type"), field_name="kind", choices=SearchEntry.Kind.choices, distinct=False
    )

    def search(self, queryset, query):
        return matching(queryset, query, self.locale.language_code)
