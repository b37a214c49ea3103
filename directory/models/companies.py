"""Urratsbat alumni companies.

Each company is a Wagtail page (CompanyPage) under the directory page rather than a snippet:
pages give editors drafts, revisions, previews, moderation workflows and wagtail-localize's
translation editor for free, and give visitors a URL per language, hreflang links and
sitemap entries without extra code. The member portal builds on the same drafts and workflows.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.content_cache import cached
from home.forms import SameLanguageChoicesPageForm
from home.i18n import same_language
from home.models import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    FindablePageMixin,
    ReviewedChangesMixin,
    SectionIndexPage,
    Taxonomy,
    ViewRestrictionsMixin,
)
from home.panels import ChangesUnderReviewPanel
from home.query import PageManager
from home.routing import RoutedPageMixin

from .members import ProfileConfirmation
from .networking import MessagesOptOut

FIRST_YEAR = 1950


class Territory(models.TextChoices):
    ARABA = "araba", "Araba"
    BIZKAIA = "bizkaia", "Bizkaia"
    GIPUZKOA = "gipuzkoa", "Gipuzkoa"
    OTHER = "other", _("Other")


class TeamSize(models.TextChoices):
    SOLO = "1", _("1 person")
    SMALL = "2-5", _("2–5 people")
    MEDIUM = "6-10", _("6–10 people")
    LARGE = "11-50", _("11–50 people")
    LARGER = "51+", _("More than 50 people")


OPEN_TO = {
    "clients": ("open_to_clients", _("New clients")),
    "partners": ("open_to_partners", _("Partners")),
    "tkgune": ("open_to_tkgune", _("TKgune innovation projects")),
    "hiring": ("open_to_hiring", _("Hiring and internships")),
}
OPEN_TO_FIELDS = [field for field, _label in OPEN_TO.values()]

# What a company shares across its languages, declared once: wagtail-localize keeps these
# in sync, and the import, the demo, the admin export and the portal form take theirs here.
SHARED_FIELDS = [
    "logo",
    "sectors",
    "vet_centre",
    "cohort_year",
    "founded_year",
    "territory",
    "town",
    "website",
    "email",
    "phone",
    "linkedin_url",
    "x_url",
    "instagram_url",
    "team_size",
    *OPEN_TO_FIELDS,
    "status",
]


class Sector(Taxonomy):
    """What a company does, e.g. Robotics."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class VETCentre(models.Model):
    """A VET centre of the Urratsbat network; its name is a proper noun in every language."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    town = models.CharField(_("town"), max_length=80)
    territory = models.CharField(_("territory"), max_length=20, choices=Territory.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("town"), FieldPanel("territory")]),
        FieldPanel("website"),
    ]

    class Meta:
        verbose_name = _("VET centre")
        verbose_name_plural = _("VET centres")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def by_id(cls):
        """Every VET centre by id, in order, read once per content version: they are few,
        and the directory's filters and company pages name them."""
        return cached("vet-centres", cls.objects.in_bulk)


class DirectoryIndexPage(RoutedPageMixin, SectionIndexPage):
    subpage_types = ["directory.CompanyPage"]
    subpage_urls = "directory.urls.index_routes"
    offered_when_search_finds_nothing = True

    class Meta:
        verbose_name = _("directory page")
        verbose_name_plural = _("directory pages")

    def companies(self):
        """Active, published companies of this directory (so in this page's language)."""
        return (
            CompanyPage.objects.child_of(self)
            .live()
            .public()
            .filter(status=CompanyPage.Status.ACTIVE)
        )


class CompanyServiceTag(TaggedItemBase):
    content_object = ParentalKey(
        "directory.CompanyPage", on_delete=models.CASCADE, related_name="tagged_services"
    )


class CompanyPage(ViewRestrictionsMixin, FindablePageMixin, ReviewedChangesMixin, Page):
    search_kind = "company"
    search_summary_field = "tagline"
    search_image_field = "logo"

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("No longer active")

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square images work best."),
    )
    tagline = models.CharField(
        _("tagline"), max_length=160, help_text=_("What the company does, in one line.")
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "ul", "link"]
    )
    sectors = ParentalManyToManyField(
        "directory.Sector", verbose_name=_("sectors"), blank=True, related_name="companies"
    )
    vet_centre = models.ForeignKey(
        "directory.VETCentre",
        verbose_name=_("VET centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="companies",
        help_text=_("Where the company was incubated by Urratsbat."),
    )
    cohort_year = models.PositiveSmallIntegerField(
        _("Urratsbat cohort"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the company joined Urratsbat."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
    )
    territory = models.CharField(
        _("territory"), max_length=20, choices=Territory.choices, default=Territory.GIPUZKOA
    )
    town = models.CharField(_("town"), max_length=80, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    team_size = models.CharField(
        _("team size"), max_length=10, choices=TeamSize.choices, blank=True
    )
    services = ClusterTaggableManager(
        verbose_name=_("services and products"),
        through=CompanyServiceTag,
        blank=True,
        help_text=_("What the company offers, in this page's language, separated by commas."),
    )
    open_to_clients = models.BooleanField(_("open to new clients"), default=False)
    open_to_partners = models.BooleanField(_("open to partners"), default=False)
    open_to_tkgune = models.BooleanField(_("open to TKgune innovation projects"), default=False)
    open_to_hiring = models.BooleanField(_("open to hiring and internships"), default=False)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.ACTIVE,
        db_index=True,
        help_text=_("Companies no longer active are kept but hidden from the public directory."),
    )
    # Services as text, in this language, so full-text search can read them without joins.
    services_text = models.TextField(editable=False, blank=True)

    objects = PageManager()

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("tagline"),
        index.SearchField("description"),
        index.SearchField("services_text"),
        index.SearchField("town"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
    ]

    content_panels = [
        ChangesUnderReviewPanel(),
        *PAGE_CONTENT_PANELS,
        FieldPanel("tagline"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("services"),
            ],
            heading=_("What it does"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("vet_centre"),
                FieldRowPanel([FieldPanel("cohort_year"), FieldPanel("founded_year")]),
                FieldRowPanel([FieldPanel("territory"), FieldPanel("town")]),
                FieldPanel("team_size"),
            ],
            heading=_("Background"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("linkedin_url"),
                FieldPanel("x_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_to_clients"),
                FieldPanel("open_to_partners"),
                FieldPanel("open_to_tkgune"),
                FieldPanel("open_to_hiring"),
            ],
            heading=_("Open to"),
        ),
        FieldPanel("status"),
    ]

    # Only the texts differ between languages; everything else stays in sync.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("tagline"),
        TranslatableField("description"),
        *(SynchronizedField(name) for name in SHARED_FIELDS),
    ]

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")

    def save(self, *args, **kwargs):
        self.services_text = ", ".join(sorted(self.services.names()))
        super().save(*args, **kwargs)

    def is_findable(self):
        return self.status == self.Status.ACTIVE

    def texts(self):
        return {**super().texts(), "services": sorted(self.services.names())}

    def set_texts(self, texts):
        super().set_texts(texts)
        if "services" in texts:
            self.services.set(texts["services"])

    @property
    def confirmed_on(self):
        """When the company last confirmed its information (or it was first published)."""
        confirmation = ProfileConfirmation.objects.filter(
            translation_key=self.translation_key
        ).first()
        if confirmation:
            return confirmation.confirmed_on
        return self.first_published_at and timezone.localdate(self.first_published_at)

    def accepts_messages(self):
        """Whether other member companies may write to it through the portal."""
        return MessagesOptOut.accepts_messages(self)

    def localized_sectors(self):
        """This company's sectors named in the page's language."""
        return same_language(Sector.objects.all(), self.sectors.all(), self.locale_id)

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "description": self.tagline,
            "url": self.website or self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.town,
                "addressRegion": self.get_territory_display(),
                "addressCountry": "ES",
            },
        }
        if self.logo:
            logo = self.logo.get_rendition("max-400x400")
            data["logo"] = f"{Site.find_for_request(request).root_url}{logo.url}"
        if self.email:
            data["email"] = self.email
        if self.founded_year:
            data["foundingDate"] = str(self.founded_year)
        same_as = [url for _label, url in self.social_links]
        if same_as:
            data["sameAs"] = same_as
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory_url"] = self.get_parent().get_url(request)
        context["vet_centre"] = VETCentre.by_id().get(self.vet_centre_id)
        context["structured_data"] = self.structured_data(request)
        return context

    # Shared pages use the logo as their image (see components/social_meta.html).
    @property
    def image(self):
        return self.logo

    @property
    def image_alt(self):
        return _("%(name)s logo") % {"name": self.title}

    @property
    def open_to(self):
        return [label for field, label in OPEN_TO.values() if getattr(self, field)]

    @property
    def social_links(self):
        links = (
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
            ("Instagram", self.instagram_url),
        )
        return [(label, url) for label, url in links if url]
