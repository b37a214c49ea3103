import math

from django import forms
from django.db import models
from django.db.models import Subquery, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.content_cache import locale_by_id
from home.forms import SameLanguageChoicesPageForm
from home.i18n import same_language
from home.models import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    FindablePageMixin,
    PageImageMixin,
    SectionIndexPage,
    Taxonomy,
    ViewRestrictionsMixin,
)
from home.query import PageManager
from home.routing import RoutedPageMixin

from .filters import NewsFilter

WORDS_PER_MINUTE = 200


class NewsCategory(Taxonomy):
    """A news topic such as TKgune or Events."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


def attach_categories(articles, locale_id):
    """Give each article `display_categories` in a language, in one query for any number of
    them (none if their categories are prefetched).

    Articles keep the categories chosen on the source page (wagtail-localize synchronises
    the relation), so they are named in the reader's language by their translation.
    """
    categories = NewsCategory.terms_in(locale_id)
    for article in articles:
        article.display_categories = [
            categories.get(category.pk, category) for category in article.categories.all()
        ]
    return articles


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsIndexPage(RoutedPageMixin, SectionIndexPage):
    subpage_types = ["news.NewsPage"]
    subpage_urls = "news.urls.index_routes"

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def articles(self):
        """Newest first, with their images and categories (not the images' renditions)."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-pk")
            .select_related("image")
            .prefetch_related("categories")
        )

    def categories_in_use(self):
        used = NewsCategory.objects.filter(articles__in=self.articles()).values("translation_key")
        return NewsCategory.objects.filter(locale_id=self.locale_id, translation_key__in=used)

    def years_in_use(self):
        return [
            date.year
            for date in NewsPage.objects.child_of(self)
            .live()
            .public()
            .dates("publication_date", "year", order="DESC")
        ]

    def filter_articles(self, request):
        return NewsFilter(
            request.GET,
            queryset=self.articles(),
            categories=self.categories_in_use(),
            years=self.years_in_use(),
        )

    def latest_articles(self, request, count):
        """The newest articles for a feed, with the category filter of the request applied."""
        news_filter = self.filter_articles(request)
        articles = attach_categories(list(news_filter.qs[:count]), self.locale_id)
        return articles, news_filter.active("category")


class NewsPage(ViewRestrictionsMixin, FindablePageMixin, PageImageMixin, Page):
    search_kind = "article"
    search_summary_field = "lead"
    search_date_field = "publication_date"

    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Shown on the article. Leave empty to use the day it is first published."),
    )
    lead = models.TextField(
        _("lead"),
        max_length=500,
        help_text=_("One or two sentences that sum up the article, shown in lists and feeds."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    categories = ParentalManyToManyField(
        "news.NewsCategory",
        verbose_name=_("categories"),
        blank=True,
        related_name="articles",
        help_text=_("Readers can filter the news by category."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=NewsPageTag,
        blank=True,
        help_text=_("Keywords in this article's language, separated by commas."),
    )
    related_programmes = ParentalManyToManyField(
        "home.ProgrammePage",
        verbose_name=_("programmes"),
        blank=True,
        related_name="news_articles",
        help_text=_("The article appears under “In the news” on these programme pages."),
    )

    related_companies = ParentalManyToManyField(
        "directory.CompanyPage",
        verbose_name=_("companies"),
        blank=True,
        related_name="news_articles",
        help_text=_("The article appears under “In the news” on these company profiles."),
    )
    related_vet_centres = ParentalManyToManyField(
        "directory.VETCentre",
        verbose_name=_("VET centres"),
        blank=True,
        related_name="news_articles",
    )

    objects = PageManager()

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("publication_date"),
        FieldPanel("lead"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("related_programmes"),
                FieldPanel("related_companies"),
                FieldPanel("related_vet_centres"),
            ],
            heading=_("Topics"),
        ),
    ]

    # Categories and related pages stay those of the source page; tags belong to each language.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        SynchronizedField("publication_date"),
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("categories"),
        SynchronizedField("related_programmes"),
        SynchronizedField("related_companies"),
        SynchronizedField("related_vet_centres"),
    ]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def save(self, *args, **kwargs):
        # The date defaults to the day the article first goes live, scheduled or not.
        if self.live and not self.publication_date:
            self.publication_date = timezone.localdate()
        return super().save(*args, **kwargs)

    @property
    def reading_time(self):
        words = len(strip_tags(f"{self.lead} {self.body}").split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def siblings(self):
        return NewsPage.objects.sibling_of(self, inclusive=False).live().public()

    def related_articles(self, count=3):
        keys = [category.translation_key for category in self.categories.all()]
        related = (
            self.siblings()
            .filter(categories__translation_key__in=keys)
            .distinct()
            .order_by("-publication_date", "-pk")
            .select_related("image")
            .prefetch_related("image__renditions", "categories")[:count]
        )
        return attach_categories(list(related), self.locale_id)

    @cached_property
    def neighbours(self):
        """The previous (older) and the next (newer) article, in one query."""
        day, pk = self.publication_date, self.pk
        older = models.Q(publication_date__lt=day) | models.Q(publication_date=day, pk__lt=pk)
        newer = models.Q(publication_date__gt=day) | models.Q(publication_date=day, pk__gt=pk)
        previous = self.siblings().filter(older).order_by("-publication_date", "-pk")
        following = self.siblings().filter(newer).order_by("publication_date", "pk")
        found = self.siblings().filter(
            models.Q(pk=Subquery(previous.values("pk")[:1]))
            | models.Q(pk=Subquery(following.values("pk")[:1]))
        )
        neighbours = [None, None]
        for article in found:
            neighbours[(article.publication_date, article.pk) > (day, pk)] = article
        return neighbours

    def previous_article(self):
        return self.neighbours[0]

    def next_article(self):
        return self.neighbours[1]

    def programmes(self):
        """The related programme pages in this article's language."""
        return same_language(Page.objects.live(), self.related_programmes.all(), self.locale_id)

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.lead,
            "inLanguage": locale_by_id(self.locale_id).language_code,
            "datePublished": self.publication_date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": {"@type": "Organization", "name": "Tknika", "url": "https://tknika.eus"},
        }
        if self.image:
            rendition = self.image.get_rendition("fill-1200x630")
            data["image"] = f"{Site.find_for_request(request).root_url}{rendition.url}"
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The article's categories, read once: for its own and for its related articles.
        prefetch_related_objects([self], "categories")
        attach_categories([self], self.locale_id)
        context["og_type"] = "article"
        context["index_url"] = self.get_parent().get_url(request)
        context["structured_data"] = self.structured_data(request)
        return context
