"""The Urratsbat community's marketplace: offers and requests of alumni companies.

Listings are pages, like company profiles: editors get drafts, previews, history and the
"Marketplace review" workflow, and visitors get a translated page per language.
"""

import datetime
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.models import CompanyPage, Territory
from home.forms import SameLanguageChoicesPageForm
from home.i18n import translator
from home.models import (
    PAGE_CONTENT_PANELS,
    PAGE_TRANSLATABLE_FIELDS,
    FindablePageMixin,
    PageImageMixin,
    ReviewedChangesMixin,
    SectionIndexPage,
    Taxonomy,
    ViewRestrictionsMixin,
)
from home.panels import ChangesUnderReviewPanel
from home.query import PageManager, PageQuerySet
from home.routing import RoutedPageMixin

DEFAULT_VALIDITY = datetime.timedelta(days=90)
# Representatives date listings at most this far ahead, renewals included.
LONGEST_AHEAD = datetime.timedelta(days=365)
RENEWAL_SALT = "marketplace.renew"
# An open listing is "closing soon" for editors from this many days before its last day.
CLOSING_SOON = datetime.timedelta(days=14)


def default_valid_until():
    return timezone.localdate() + DEFAULT_VALIDITY


class ListingCategory(Taxonomy):
    """What a listing is about, e.g. Facilities and equipment."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("listing category")
        verbose_name_plural = _("listing categories")


class MarketplaceIndexPage(RoutedPageMixin, SectionIndexPage):
    subpage_types = ["marketplace.ListingPage"]
    subpage_urls = "marketplace.urls.index_routes"
    offered_when_search_finds_nothing = True

    class Meta:
        verbose_name = _("marketplace page")
        verbose_name_plural = _("marketplace pages")

    def listings(self):
        """Open listings of this marketplace (so in this page's language)."""
        return ListingPage.objects.child_of(self).live().public().open()


class ListingStatus(models.TextChoices):
    """Where a listing stands for editors, by its dates and whether it is published."""

    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    OPEN = "open", _("Open")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")

    @classmethod
    def conditions(cls, on):
        """The condition for each status on the day `on`: one status holds for any listing."""
        published = models.Q(live=True)
        running = published & models.Q(valid_from__lte=on, valid_until__gte=on)
        return {
            cls.DRAFT: models.Q(live=False, first_published_at__isnull=True),
            cls.SCHEDULED: published & models.Q(valid_from__gt=on),
            cls.OPEN: running & models.Q(valid_until__gt=on + CLOSING_SOON),
            cls.CLOSING_SOON: running & models.Q(valid_until__lte=on + CLOSING_SOON),
            cls.CLOSED: published & models.Q(valid_until__lt=on),
            cls.WITHDRAWN: models.Q(live=False, first_published_at__isnull=False),
        }


class ListingQuerySet(PageQuerySet):
    def in_status(self, status, on=None):
        return self.filter(ListingStatus.conditions(on or timezone.localdate())[status])

    def with_status(self, on=None):
        """Each listing with its `status` (a ListingStatus) for the day `on`, today by default."""
        conditions = ListingStatus.conditions(on or timezone.localdate())
        return self.annotate(
            status=models.Case(
                *(
                    models.When(condition, then=models.Value(status))
                    for status, condition in conditions.items()
                ),
                output_field=models.CharField(choices=ListingStatus.choices),
            )
        )

    def newer_than(self, moment):
        """Listings that appeared after `moment`: published since, or opened since."""
        return self.filter(
            models.Q(first_published_at__gt=moment)
            | models.Q(valid_from__gt=timezone.localdate(moment))
        )

    def open(self, on=None):
        """Listings that can be answered on the day `on` (today by default)."""
        on = on or timezone.localdate()
        return self.filter(
            valid_from__lte=on,
            valid_until__gte=on,
            company__live=True,
            company__status=CompanyPage.Status.ACTIVE,
        )

    def for_cards(self):
        """What listing cards show, fetched with the listings (their images' renditions
        where images are shown)."""
        return self.select_related("category", "company", "image")


class ListingPage(
    ViewRestrictionsMixin,
    FindablePageMixin,
    ReviewedChangesMixin,
    RoutedPageMixin,
    PageImageMixin,
    Page,
):
    search_kind = "listing"
    search_summary_field = "summary"

    class Kind(models.TextChoices):
        OFFER = "offer", _("Offer")
        REQUEST = "request", _("Request")

    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.OFFER,
        help_text=_("An offer is something the company provides; a request, something it needs."),
    )
    category = models.ForeignKey(
        "marketplace.ListingCategory",
        verbose_name=_("category"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="listings",
        help_text=_("Visitors filter the marketplace by category."),
    )
    company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("company"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="listings",
        help_text=_("The alumni company that publishes the listing."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=240,
        help_text=_("One or two sentences shown in lists and feeds."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("What is offered or needed, in detail: quantities, dates, conditions."),
    )
    terms = models.CharField(
        _("terms and price"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “From €45 an hour” or “To be agreed”."),
    )
    territory = models.CharField(
        _("territory"), max_length=20, choices=Territory.choices, default=Territory.GIPUZKOA
    )
    location = models.CharField(
        _("town"), max_length=80, blank=True, help_text=_("Where the offer or need is.")
    )
    valid_from = models.DateField(
        _("valid from"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("The listing appears in the marketplace from this day."),
    )
    valid_until = models.DateField(
        _("valid until"),
        default=default_valid_until,
        db_index=True,
        help_text=_("The listing leaves the marketplace after this day."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Enquiries are sent here. Leave empty to use the company's public e-mail."),
    )

    objects = PageManager.from_queryset(ListingQuerySet)()

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["marketplace.MarketplaceIndexPage"]
    subpage_types = []
    subpage_urls = "marketplace.urls.listing_routes"
    sitemap_related = ["company"]  # what get_sitemap_urls reads (see home/sitemaps.py)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("terms"),
        index.SearchField("location"),
        index.FilterField("locale_id"),
    ]

    content_panels = [
        ChangesUnderReviewPanel(),
        *PAGE_CONTENT_PANELS,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("category")]),
        FieldPanel("company"),
        FieldPanel("summary"),
        FieldPanel("description"),
        *PageImageMixin.image_panels,
        FieldPanel("terms"),
        FieldRowPanel([FieldPanel("territory"), FieldPanel("location")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("contact_email"),
            ],
            heading=_("Availability and enquiries"),
        ),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("terms"),
        SynchronizedField("kind"),
        SynchronizedField("category"),
        SynchronizedField("company"),
        SynchronizedField("territory"),
        SynchronizedField("location"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_until"),
        SynchronizedField("contact_email"),
    ]

    class Meta:
        verbose_name = _("listing")
        verbose_name_plural = _("listings")

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The listing must end on or after the day it starts.")
        if self.company is None:
            errors["company"] = _("Choose the company that publishes the listing.")
        elif not (self.contact_email or self.company.email):
            errors["contact_email"] = _(
                "The company has no public e-mail: give an address for enquiries."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def enquiry_email(self):
        return self.contact_email or (self.company.email if self.company else "")

    @property
    def has_expired(self):
        return self.valid_until < timezone.localdate()

    @property
    def has_started(self):
        return self.valid_from <= timezone.localdate()

    @property
    def has_active_company(self):
        company = self.company
        return company is not None and company.live and company.status == CompanyPage.Status.ACTIVE

    @property
    def is_open(self):
        return self.has_started and not self.has_expired and self.has_active_company

    def is_findable(self):
        return self.has_active_company

    def search_window(self):
        return self.valid_from, self.valid_until

    @property
    def status_label(self):
        """Where the listing stands for editors, if fetched `with_status()`."""
        return ListingStatus(self.status).label

    @property
    def accepts_enquiries(self):
        return self.is_open and bool(self.enquiry_email)

    @property
    def portal_status(self):
        """Where the listing stands, as its company sees it in the member portal."""
        state = self.current_workflow_state
        if state:
            return (
                "changes_requested" if state.status == state.STATUS_NEEDS_CHANGES else "in_review"
            )
        if not self.live:
            return "withdrawn" if self.first_published_at else "draft"
        if self.has_expired:
            return "expired"
        return "open" if self.has_started else "upcoming"

    def renewal_token(self):
        """Signed, for the reminder e-mail; it stops working once the end date changes."""
        return signing.dumps([self.pk, self.valid_until.isoformat()], salt=RENEWAL_SALT)

    def renewal_url(self):
        # The token goes in the query string: Wagtail's page URLs allow no colons in the path.
        query = urlencode({"token": self.renewal_token()})
        return f"{self.get_full_url()}{self.reverse_subpage('renew')}?{query}"

    def renewed_until(self):
        """Ninety days more, but no later than a year from today (also safe for an end date
        stored far in the future: the sum is never taken beyond that)."""
        today = timezone.localdate()
        latest_start = today + LONGEST_AHEAD - DEFAULT_VALIDITY
        return min(max(self.valid_until, today), latest_start) + DEFAULT_VALIDITY

    def get_sitemap_urls(self, request=None):
        # Closed listings stay published (their page says so) but are not worth indexing.
        return super().get_sitemap_urls(request) if self.is_open else []


def attach_display_fields(listings, locale_id, company=None):
    """Give listings their category and company in a language, in one query for any number
    of them, or none when they are all of `company` (given in that language).

    Listings keep the category and company chosen on the source page (wagtail-localize
    synchronises them), so their translations are looked up by translation key.
    """
    listings = list(listings)
    categories = ListingCategory.terms_in(locale_id)
    if company is None:
        company_in_locale = translator(
            CompanyPage.objects.live().select_related("logo"),  # a listing's page shows it
            locale_id,
            [item.company for item in listings if item.company],
        )
    for listing in listings:
        listing.display_category = listing.category_id and (
            categories.get(listing.category_id) or listing.category
        )
        shown = company or (listing.company and company_in_locale(listing.company))
        # Only published companies are shown; untranslated ones in their own language.
        listing.display_company = shown if shown and shown.live else None
    return listings


class Enquiry(models.Model):
    """A visitor's answer to a listing, kept for editors and e-mailed to the company, which
    follows it up in the member portal: it replies there, or marks it answered or closed."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    listing = models.ForeignKey(
        ListingPage,
        verbose_name=_("listing"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("company"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(_("sent on"), default=timezone.now, db_index=True)
    # The visitor's language: the copy of their message and the company's replies use it.
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    answered_at = models.DateTimeField(_("first answered on"), null=True, blank=True)

    class Meta:
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return _("%(name)s about “%(listing)s”") % {
            "name": self.name,
            "listing": self.listing.title if self.listing else "—",
        }

    @property
    def response_time(self):
        """How long the company took to answer first, or None."""
        return self.answered_at - self.created_at if self.answered_at else None

    @property
    def response_hours(self):
        """The response time in hours, for the admin's listing and export."""
        if self.answered_at is None:
            return None
        return round(self.response_time.total_seconds() / 3600, 1)

    def mark(self, status):
        """Set the status; the first answer's time is kept for the response time."""
        self.status = status
        if status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        self.save(update_fields=["status", "answered_at"])

    def reopen(self):
        self.mark(self.Status.ANSWERED if self.answered_at else self.Status.NEW)


class EnquiryReply(models.Model):
    """What the company answered from the member portal; e-mailed to the visitor."""

    enquiry = models.ForeignKey(
        Enquiry, verbose_name=_("enquiry"), on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(_("sent on"), default=timezone.now)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]


class ExpiryReminder(models.Model):
    """That a listing's owner was reminded of its end date, so each reminder goes once.

    A listing and its translations share the translation key and the end date.
    """

    translation_key = models.UUIDField()
    valid_until = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "valid_until"], name="unique_expiry_reminder"
            )
        ]


def new_token():
    return secrets.token_urlsafe(32)


class SavedSearch(models.Model):
    """A marketplace search whose new listings someone gets by e-mail each day, once they have
    confirmed their address (and until they unsubscribe: the row is then deleted)."""

    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # The search's query string, as the marketplace page reads it (its filters only).
    query = models.CharField(_("search"), max_length=1000, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created on"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    # Listings that appeared after this are new to the subscriber.
    last_sent_at = models.DateTimeField(_("last sent on"), default=timezone.now)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language", "query"], name="unique_saved_search"
            )
        ]

    def __str__(self):
        return f"{self.email}: {self.query or '*'}"
