"""The site's private sections (and alias pages), read once per content version: Wagtail's
`public()` reads them again for each queryset (a query each time)."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.models import PageManager as WagtailPageManager
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from .content_cache import cached


def private_paths():
    """The paths of the pages with view restrictions: they and the pages below are private."""
    return cached(
        "private-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def alias_paths():
    """The paths of alias pages: the view restrictions of their sources apply to them."""
    return cached(
        "alias-paths",
        lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
    )


def private_q(prefix=""):
    """What pages in private sections match (nothing while there are none); `prefix` leads
    to the page from the model queried, e.g. "page__"."""
    sections = [Q(**{f"{prefix}path__startswith": path}) for path in private_paths()]
    return reduce(or_, sections) if sections else Q(**{f"{prefix}pk__in": []})


class PageQuerySet(WagtailPageQuerySet):
    def private_q(self):
        return private_q()


PageManager = WagtailPageManager.from_queryset(PageQuerySet)
