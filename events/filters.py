import django_filters
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from home.content_cache import cached
from home.filters import FacetedFilterSet
from home.models import ProgrammePage

from .models import Audience


class EventFilter(FacetedFilterSet):
    """The agenda's filters by programme, audience and month, each option with its count.

    Values are the same in every language: a programme's translation key, an audience's
    slug, a month as YYYYMM.
    """

    SORTS = {"soonest": ("start_date", "start_time", "pk"), "latest": ("-start_date", "-pk")}
    FACETS = {
        "programme": "programmes__translation_key",
        "audience": "audiences__slug",
        "month": "month",
    }

    programme = django_filters.MultipleChoiceFilter(
        label=_("Programme"), choices=[], method="filter_facet"
    )
    audience = django_filters.MultipleChoiceFilter(
        label=_("Audience"), choices=[], method="filter_facet"
    )
    month = django_filters.MultipleChoiceFilter(
        label=_("Month"), field_name="month", choices=[], distinct=False
    )

    def __init__(self, data, *, queryset, locale, past, months):
        """`months`: the first days of the months the events are in, in the order listed."""
        super().__init__(data, queryset=queryset, locale=locale)
        self.DEFAULT_SORT = "latest" if past else "soonest"
        self.filters["programme"].extra["choices"] = programme_choices(locale)
        self.filters["audience"].extra["choices"] = Audience.choices_in(locale)
        self.filters["month"].extra["choices"] = [
            (f"{month.year}{month.month:02}", date_format(month, "YEAR_MONTH_FORMAT"))
            for month in months
        ]

    def count_by(self, name, results):
        # Translation keys are counted as UUIDs; the options name them as text.
        return {str(key): count for key, count in super().count_by(name, results).items()}

    def count_noun(self, count):
        return npgettext("counted", "event", "events", count)


def programme_choices(locale):
    """(translation key, title) of the live programmes in `locale`, in menu order."""

    def build():
        programmes = ProgrammePage.objects.live().filter(locale=locale).order_by("path")
        return [
            (str(key), title) for key, title in programmes.values_list("translation_key", "title")
        ]

    return cached("programme-choices", build, locale.pk)
