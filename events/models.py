"""Events and training sessions, and the registrations visitors make for them."""

import datetime
import secrets
import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
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

# Events happen in the Basque Country: their times are local there, whatever the server's zone.
EVENT_TIME_ZONE = zoneinfo.ZoneInfo("Europe/Madrid")


class Audience(Taxonomy):
    """Who an event is for, such as entrepreneurs or SMEs."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


def local_today():
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


class EventIndexPage(RoutedPageMixin, SectionIndexPage):
    """The agenda: upcoming events, past events and their calendar feed."""

    subpage_types = ["events.EventPage"]
    subpage_urls = "events.urls.index_routes"

    class Meta:
        verbose_name = _("events index page")
        verbose_name_plural = _("events index pages")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .annotate(month=ExtractYear("start_date") * 100 + ExtractMonth("start_date"))
        )

    def upcoming(self):
        """Events that have not ended (today's included), soonest first."""
        return self.events().filter(end_date__gte=local_today())

    def past(self):
        return self.events().filter(end_date__lt=local_today())


class EventPage(ViewRestrictionsMixin, FindablePageMixin, PageImageMixin, RoutedPageMixin, Page):
    search_kind = "event"
    search_summary_field = "summary"
    search_date_field = "start_date"

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown under the title, in lists and in calendars."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    start_date = models.DateField(_("start date"), db_index=True)
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Local time in the Basque Country. Leave empty for an all-day event."),
    )
    end_date = models.DateField(
        _("end date"),
        blank=True,
        db_index=True,
        help_text=_("For an event over several days. Leave empty if it ends the day it starts."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    venue = models.ForeignKey(
        "directory.VETCentre",
        verbose_name=_("VET centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Where the event takes place, if at one of the VET centres."),
    )
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_(
            "Where the event takes place, if not at a VET centre, e.g. “Bizkaia Aretoa, Bilbao”."
        ),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("The link to join, for an online event."),
    )

    programmes = ParentalManyToManyField(
        "home.ProgrammePage",
        verbose_name=_("programmes"),
        blank=True,
        related_name="events",
        help_text=_("The event is listed on these programme pages and in their calendars."),
    )
    audiences = ParentalManyToManyField(
        "events.Audience",
        verbose_name=_("audience"),
        blank=True,
        related_name="events",
        help_text=_("Who the event is for. Visitors can filter the agenda by audience."),
    )
    delivery_languages = ParentalManyToManyField(
        "wagtailcore.Locale",
        verbose_name=_("languages"),
        blank=True,
        related_name="+",
        help_text=_("The languages the event is held in."),
    )

    takes_registrations = models.BooleanField(
        _("take registrations on this page"),
        default=False,
        help_text=_("Visitors register with a form on the page; you see them under Registrations."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_(
            "When every place is taken, visitors join a waiting list and move up when "
            "someone cancels. Leave empty for no limit."
        ),
    )
    registration_deadline = models.DateTimeField(
        _("registrations close"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )

    objects = PageManager()

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    subpage_urls = "events.urls.event_routes"

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("programmes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("delivery_languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and in which language"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("takes_registrations"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
            ],
            heading=_("Registration"),
        ),
    ]

    # Dates, places and choices are those of the source page; texts belong to each language.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("start_date"),
        SynchronizedField("start_time"),
        SynchronizedField("end_date"),
        SynchronizedField("end_time"),
        SynchronizedField("venue"),
        TranslatableField("address"),
        SynchronizedField("online_url"),
        SynchronizedField("programmes"),
        SynchronizedField("audiences"),
        SynchronizedField("delivery_languages"),
        SynchronizedField("takes_registrations"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_deadline"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        # Previews render the page as cleaned, without saving it.
        self.end_date = end_date = self.end_date or self.start_date
        errors = {}
        if self.start_date and end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give the start time too, or leave both times empty.")
        elif (
            self.start_time
            and self.end_time
            and end_date == self.start_date
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The event must end after it starts.")
        if self.venue_id and self.online_url:
            errors["online_url"] = _("Give a VET centre or an online link, not both.")
        if self.registration_deadline and self.start_date and not errors:
            if self.registration_deadline > self.ends_at:
                errors["registration_deadline"] = _(
                    "Registrations must close before the event ends."
                )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Lists and calendars read the last day: one stored value, whatever the editor left empty.
        self.end_date = self.end_date or self.start_date
        return super().save(*args, **kwargs)

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def starts_at(self):
        """When the event starts: its first day's start time, or the day's first minute."""
        return datetime.datetime.combine(
            self.start_date, self.start_time or datetime.time.min, EVENT_TIME_ZONE
        )

    @property
    def ends_at(self):
        if self.end_time:
            return datetime.datetime.combine(self.end_date, self.end_time, EVENT_TIME_ZONE)
        return datetime.datetime.combine(
            self.end_date + datetime.timedelta(days=1), datetime.time.min, EVENT_TIME_ZONE
        )

    @property
    def spans_days(self):
        return self.end_date != self.start_date

    @property
    def has_ended(self):
        return self.end_date < local_today()

    @property
    def closes_at(self):
        return self.registration_deadline or self.starts_at

    @property
    def closes_on(self):
        return timezone.localdate(self.closes_at, timezone=EVENT_TIME_ZONE)

    @property
    def registration_is_open(self):
        return self.takes_registrations and timezone.now() < self.closes_at

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def public_online_url(self):
        """The link to join, where anyone may: events that take registrations send it to the
        people registered, in their confirmation and reminder."""
        return "" if self.takes_registrations else self.online_url

    def place(self):
        """Where it happens, as a person writes it (empty for online events)."""
        if self.venue:
            return f"{self.venue.name}, {self.venue.town}"
        return self.address

    def programme_pages(self):
        """The related programme pages in this event's language."""
        return same_language(Page.objects.live(), self.programmes.all(), self.locale_id)

    def display_audiences(self):
        terms = Audience.terms_in(self.locale_id)
        return [terms.get(audience.pk, audience) for audience in self.audiences.all()]

    def languages(self):
        """The languages the event is held in, named in the reader's language."""
        codes = {locale.language_code for locale in self.delivery_languages.all()}
        return [
            get_language_info(code)["name_translated"]
            for code, _name in settings.LANGUAGES
            if code in codes
        ]

    def places_taken(self):
        return Registration.objects.for_event(self).confirmed().count()

    def places_left(self):
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.places_taken())

    def location_data(self):
        if self.is_online:
            return {"@type": "VirtualLocation", "url": self.public_online_url or self.full_url}
        if place := self.place():
            return {"@type": "Place", "name": place, "address": place}
        return None

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "inLanguage": locale_by_id(self.locale_id).language_code,
            "startDate": self.start_date.isoformat()
            if self.all_day
            else self.starts_at.isoformat(),
            "endDate": self.end_date.isoformat() if self.all_day else self.ends_at.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": (
                "https://schema.org/OnlineEventAttendanceMode"
                if self.is_online
                else "https://schema.org/OfflineEventAttendanceMode"
            ),
            "url": self.get_full_url(request),
            "organizer": {"@type": "Organization", "name": "Tknika", "url": "https://tknika.eus"},
        }
        if location := self.location_data():
            data["location"] = location
        if self.image:
            rendition = self.image.get_rendition("fill-1200x630")
            data["image"] = f"{Site.find_for_request(request).root_url}{rendition.url}"
        return data


def new_token():
    return secrets.token_urlsafe(32)


class RegistrationQuerySet(models.QuerySet):
    def for_event(self, event):
        """The registrations for an event, made on its page in any language."""
        return self.filter(event__translation_key=event.translation_key)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING)

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)


class Registration(models.Model):
    """A person's place at an event, or on its waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("company"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    created_at = models.DateTimeField(_("registered on"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded on"), null=True, blank=True)
    # The secret of the cancel link in the confirmation e-mail.
    cancel_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return _("%(name)s at “%(event)s”") % {"name": self.name, "event": self.event.title}
