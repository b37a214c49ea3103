"""The site search: its page in each language, what it finds, and what visitors asked it."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.images import get_image_model_string
from wagtail.models import Page

from home.routing import RoutedPageMixin

from .mixins import ViewRestrictionsMixin
from .pages import PAGE_CONTENT_PANELS


class SearchPage(ViewRestrictionsMixin, RoutedPageMixin, Page):
    """The results of the search box in the header, one page per language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    subpage_urls = "home.urls.search_routes"

    content_panels = PAGE_CONTENT_PANELS

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def get_sitemap_urls(self, request=None):
        return []  # results pages are not for search engines (they carry noindex)


class SearchEntry(models.Model):
    """A live page as the site search finds it: its texts, and on PostgreSQL their search
    document, built with the text-search configuration of the page's language.

    Written whenever a findable page is published (home/search.py), so a search reads one
    table whatever the page type.
    """

    class Kind(models.TextChoices):
        # In the order the type filter lists them.
        COMPANY = "company", _("Companies")
        LISTING = "listing", _("Marketplace")
        ARTICLE = "article", _("News")
        EVENT = "event", _("Events")
        PROGRAMME = "programme", _("Programmes")
        PAGE = "page", _("Pages")

    KIND_NAMES = {
        Kind.COMPANY: pgettext_lazy("one search result", "Company"),
        Kind.LISTING: pgettext_lazy("one search result", "Marketplace listing"),
        Kind.ARTICLE: pgettext_lazy("one search result", "News article"),
        Kind.EVENT: pgettext_lazy("one search result", "Event"),
        Kind.PROGRAMME: pgettext_lazy("one search result", "Programme"),
        Kind.PAGE: pgettext_lazy("one search result", "Page"),
    }

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_entry",
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Lower case without accents: suggestions match titles in it, and databases without
    # full-text search match words in the texts.
    folded_title = models.CharField(max_length=255)
    folded_text = models.TextField()
    date = models.DateField(null=True)
    image = models.ForeignKey(
        get_image_model_string(), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Findable between these days (listings); always when empty.
    shown_from = models.DateField(null=True)
    shown_until = models.DateField(null=True)
    document = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"], name="home_search_locale_kind")]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title

    @property
    def kind_name(self):
        """What one result of this kind is called."""
        return self.KIND_NAMES[self.kind]


class SearchTerm(models.Model):
    """How often visitors searched for a query in a language on a day, and how often it found
    nothing: the report editors read to see what visitors look for."""

    date = models.DateField(_("date"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(_("search"), max_length=255)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(_("without results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "locale", "query"], name="home_searchterm_one_row_per_day"
            )
        ]
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.query
