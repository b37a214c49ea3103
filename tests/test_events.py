"""The agenda: lists and filters, event pages, registration with a waiting list, cancelling,
calendars, reminders, and what the rest of the site shows of events."""

import datetime
import io
import json
import re
from urllib.parse import urlparse

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Page

from events.models import EventIndexPage, EventPage, Registration
from events.views import REGISTRATIONS_PER_HOUR
from home.models import HomePage, ProgrammePage
from tests import factories

LANGUAGES = ("eu", "es", "en")
pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(db):
    return {
        page.locale.language_code: page
        for page in EventIndexPage.objects.live().select_related("locale")
    }


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


def translated_event(**fields):
    return factories.event(
        translations={
            "es": {"title": "Jornada de prueba", "summary": "Un resumen."},
            "en": {"title": "Test day", "summary": "A summary."},
        },
        **fields,
    )


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """A visitor's form, sent as the site sends it: its e-mails leave once it commits."""

    def send(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return send


@pytest.fixture
def register(post):
    """A visitor registers for an event; `data` changes what they type."""
    return lambda event, **data: post(event.url, factories.registration_data(**data))


# Page types -----------------------------------------------------------------------------


class TestPageTypes:
    def test_events_live_under_the_agenda_and_the_agenda_under_home(self, agenda):
        home = HomePage.objects.get(locale__language_code="en")
        assert EventPage.can_create_at(agenda["en"])
        assert not EventPage.can_create_at(home)
        assert not EventIndexPage.can_create_at(home)  # one agenda per home page exists
        assert EventIndexPage.allowed_parent_page_models() == [HomePage]
        assert EventPage.allowed_subpage_models() == []

    def test_an_event_cannot_end_before_it_starts(self, db):
        event = EventPage(
            title="x", summary="x", start_date=days(5), end_date=days(4), start_time=None
        )
        with translation.override("en"), pytest.raises(ValidationError, match="cannot end before"):
            event.clean()

    def test_an_end_time_needs_a_start_time(self, db):
        event = EventPage(title="x", summary="x", start_date=days(5), end_time=datetime.time(12))
        with translation.override("en"), pytest.raises(ValidationError, match="start time"):
            event.clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_event_renders_in_its_language(client, language):
    events = EventPage.objects.live().filter(locale__language_code=language)
    assert events.count() >= 10
    for event in events:
        response = client.get(event.url)
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.text
        assert event.title in response.text


# Lists ----------------------------------------------------------------------------------


def test_upcoming_and_past_lists_split_at_today(client, agenda):
    yesterday = factories.event(title="Atzoko jardunaldia", start_date=days(-1))
    today = factories.event(title="Gaurko jardunaldia", start_date=days(-2), end_date=days(0))
    upcoming = client.get(agenda["eu"].url).text
    past = client.get(agenda["eu"].url + agenda["eu"].reverse_subpage("past")).text
    assert today.title in upcoming and today.title not in past
    assert yesterday.title in past and yesterday.title not in upcoming


def test_upcoming_events_come_soonest_first(client, agenda):
    later = factories.event(title="Geroko saioa", start_date=days(40))
    sooner = factories.event(title="Lehenagoko saioa", start_date=days(1))
    text = client.get(agenda["eu"].url).text
    assert text.index(sooner.title) < text.index(later.title)


def test_filters_by_programme_audience_and_month_with_counts(client, agenda, pages):
    esm = pages["esm"]["eu"]
    students = factories.audience(slug="test-students")
    event = factories.event(
        title="ESM ikasleentzat", start_date=days(200), programmes=[esm], audiences=[students]
    )
    month = f"{event.start_date.year}{event.start_date.month:02}"
    response = client.get(agenda["eu"].url, {"programme": str(esm.translation_key)})
    assert event.title in response.text
    programme = re.search(rf'value="{esm.translation_key}".*?</label>', response.text, re.S)[0]
    assert "checked" in programme
    assert int(re.search(r"\((\d+)<span", programme)[1]) >= 1  # with the events it gives
    response = client.get(agenda["eu"].url, {"audience": "test-students", "month": month})
    assert response.status_code == 200
    assert re.findall(r"<h2 class=\"event-card__title\">", response.text).__len__() == 1
    assert event.title in response.text
    # Each option says how many events it gives.
    option = re.search(r'value="test-students".*?</label>', response.text, re.S)[0]
    assert "(1<span" in option


@pytest.mark.parametrize(
    "query",
    [
        {"programme": "not-a-key"},
        {"month": "209913"},
        {"month": "abc"},
        {"page": "999"},
        {"audience": ["x", "y"], "page": "-1"},
    ],
)
def test_odd_filters_give_a_normal_page(client, agenda, query):
    response = client.get(agenda["en"].url, query)
    assert response.status_code == 200
    assert "<h1>Events</h1>" in response.text


def test_the_filtered_list_says_when_nothing_matches(client, agenda):
    month = f"{days(400).year}{days(400).month:02}"
    factories.event(language="en", start_date=days(400))
    response = client.get(agenda["en"].url, {"month": month, "audience": "students"})
    assert "No events match these filters." in response.text


# Registration -----------------------------------------------------------------------------


def test_registration_keeps_a_place_and_sends_a_confirmation_in_the_page_language(client, register):
    event = translated_event(takes_registrations=True, capacity=10)
    spanish = factories.in_language(event, "es")
    response = register(spanish)
    assert response.status_code == 302
    assert response["Location"].endswith(spanish.reverse_subpage("registered"))
    registration = Registration.objects.for_event(event).get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.language == "es"
    [message] = mail.outbox
    assert "Jornada de prueba" in message.subject
    assert message.body.startswith("Hola, Ane Goikoetxea")
    assert registration.cancel_token in message.body


def test_registrations_beyond_capacity_join_the_waiting_list(client, register):
    event = translated_event(takes_registrations=True, capacity=1)
    register(event, email="first@example.com")
    response = register(factories.in_language(event, "en"), email="second@example.com")
    assert response["Location"].endswith("?list=waiting")
    statuses = dict(Registration.objects.for_event(event).values_list("email", "status"))
    assert statuses == {"first@example.com": "confirmed", "second@example.com": "waiting"}
    # The form now offers the waiting list.
    assert "Join the waiting list" in client.get(factories.in_language(event, "en").url).text


def test_cancelling_gives_the_place_to_the_first_person_waiting(client, register, post):
    event = translated_event(takes_registrations=True, capacity=1)
    register(event, email="first@example.com")
    register(factories.in_language(event, "en"), email="second@example.com")
    register(event, email="third@example.com")
    first = Registration.objects.get(email="first@example.com")
    cancel_url = event.url + event.reverse_subpage("cancel", args=[first.cancel_token])
    mail.outbox.clear()

    # Opening the link (as a mail scanner does) cancels nothing.
    assert client.get(cancel_url).status_code == 200
    assert Registration.objects.get(pk=first.pk).status == "confirmed"

    response = post(cancel_url)
    assert "Zure izen-ematea bertan behera geratu da" in response.text
    statuses = dict(Registration.objects.for_event(event).values_list("email", "status"))
    assert statuses == {
        "first@example.com": "cancelled",
        "second@example.com": "confirmed",
        "third@example.com": "waiting",
    }
    [promoted] = mail.outbox
    assert promoted.to == ["second@example.com"]
    assert "Test day" in promoted.subject  # in the language they registered in

    # The link works once.
    post(cancel_url)
    assert Registration.objects.get(email="third@example.com").status == "waiting"


def test_a_cancel_link_works_only_on_its_own_event(client, register):
    event = factories.event(takes_registrations=True)
    other = factories.event(takes_registrations=True)
    register(event)
    token = Registration.objects.for_event(event).get().cancel_token
    assert client.get(other.url + other.reverse_subpage("cancel", args=[token])).status_code == 404
    assert client.get(event.url + event.reverse_subpage("cancel", args=["nope"])).status_code == 404


def test_registering_twice_keeps_one_place_and_tells_only_the_address_holder(register):
    event = translated_event(takes_registrations=True, capacity=5)
    register(event)
    mail.outbox.clear()
    response = register(factories.in_language(event, "en"), organisation="Again")
    # The form says nothing a stranger could learn from; the holder gets the confirmation again.
    assert response.status_code == 302
    assert Registration.objects.for_event(event).count() == 1
    [again] = mail.outbox
    assert again.to == ["ane@ikastetxea.example"]
    assert event.places_left() == 4


def test_places_freed_by_an_editor_go_to_the_people_waiting_first(register):
    event = factories.event(takes_registrations=True, capacity=1)
    register(event, email="first@example.com")
    register(event, email="waiting@example.com")
    event.capacity = 2
    event.save_revision().publish()
    register(event, email="late@example.com")
    statuses = dict(Registration.objects.for_event(event).values_list("email", "status"))
    assert statuses == {
        "first@example.com": "confirmed",
        "waiting@example.com": "confirmed",
        "late@example.com": "waiting",
    }


def test_missing_consent_is_explained_in_the_visitors_language(client, register):
    event = translated_event(takes_registrations=True)
    response = register(factories.in_language(event, "es"), consent="")
    assert response.status_code == 200
    assert "Marca la casilla" in response.text
    assert 'value="Ane Goikoetxea"' in response.text
    assert not Registration.objects.for_event(event).exists()


def test_the_honeypot_stops_bots(client, register):
    event = factories.event(takes_registrations=True)
    response = register(event, website="http://spam.example")
    assert response.status_code == 200
    assert not Registration.objects.for_event(event).exists()


def test_registrations_are_rate_limited_per_address(client, register):
    event = factories.event(takes_registrations=True)
    for number in range(REGISTRATIONS_PER_HOUR):
        assert register(event, email=f"person{number}@example.com").status_code == 302
    response = register(event, email="late@example.com", organisation="Kept")
    assert response.status_code == 429
    assert 'value="Kept"' in response.text
    assert Registration.objects.for_event(event).count() == REGISTRATIONS_PER_HOUR


def test_registration_closes_at_the_deadline(client, register):
    event = factories.event(
        language="en",
        takes_registrations=True,
        registration_deadline=timezone.now() - datetime.timedelta(hours=1),
    )
    assert 'name="consent"' not in client.get(event.url).text
    response = register(event)
    assert "Registrations for this event are closed" in response.text
    assert not Registration.objects.for_event(event).exists()


def test_events_without_registration_show_no_form(client, register):
    event = factories.event(language="en")
    assert 'name="consent"' not in client.get(event.url).text
    assert register(event).status_code == 200
    assert not Registration.objects.for_event(event).exists()


def test_reminders_go_the_day_before_to_confirmed_people_once(client, register):
    event = translated_event(takes_registrations=True, capacity=1, start_date=days(1))
    register(factories.in_language(event, "en"), email="place@example.com")
    register(event, email="waiting@example.com")
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["place@example.com"]]
    assert "Test day" in mail.outbox[0].subject
    call_command("send_event_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1


# Calendars and structured data ----------------------------------------------------------


def parsed(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_an_events_calendar_file_has_its_local_times(client):
    event = factories.event(
        language="en",
        title="Morning session",
        start_date=datetime.date(2031, 7, 3),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(13, 0),
    )
    calendar = parsed(client.get(event.url + event.reverse_subpage("calendar")))
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Morning session"
    start = entry.decoded("DTSTART")
    assert start.isoformat() == "2031-07-03T09:30:00+02:00"
    assert entry.decoded("DTEND").hour == 13
    assert event.full_url in str(entry["URL"])


def test_an_all_day_event_spans_whole_days(client):
    event = factories.event(
        language="en", start_date=datetime.date(2031, 3, 2), end_date=datetime.date(2031, 3, 3)
    )
    [entry] = parsed(client.get(event.url + event.reverse_subpage("calendar"))).walk("VEVENT")
    assert entry.decoded("DTSTART") == datetime.date(2031, 3, 2)
    assert entry.decoded("DTEND") == datetime.date(2031, 3, 4)


def test_the_calendar_feed_follows_a_language_and_a_programme(client, agenda, pages):
    tkgune = pages["tkgune"]["es"]
    event = translated_event(programmes=[pages["tkgune"]["eu"]])
    feed = agenda["es"].url + agenda["es"].reverse_subpage("calendar")
    titles = [str(entry["SUMMARY"]) for entry in parsed(client.get(feed)).walk("VEVENT")]
    assert "Jornada de prueba" in titles
    assert all(title != event.title for title in titles)  # no Basque titles in Spanish
    only_tkgune = parsed(client.get(feed, {"programme": str(tkgune.translation_key)}))
    tkgune_titles = [str(entry["SUMMARY"]) for entry in only_tkgune.walk("VEVENT")]
    assert "Jornada de prueba" in tkgune_titles
    assert len(tkgune_titles) < len(titles)


def test_event_pages_describe_themselves_as_schema_org_events(client, pages):
    event = factories.event(
        language="en",
        title="Open day",
        start_date=datetime.date(2031, 7, 3),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        online_url="https://meet.example/open-day",
    )
    text = client.get(event.url).text
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    data = json.loads(found[1])
    assert data["@type"] == "Event"
    assert data["name"] == "Open day"
    assert data["startDate"] == "2031-07-03T10:00:00+02:00"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/open-day"}
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")


# Events elsewhere on the site -----------------------------------------------------------


def test_events_are_in_the_sitemap(client):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    assert event.full_url in client.get("/sitemap.xml").text


def test_the_site_search_finds_events(client):
    factories.event(language="en", title="Hydrogen welding masterclass")
    response = client.get("/en/search/", {"q": "hydrogen masterclass"})
    assert "Hydrogen welding masterclass" in response.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_shows_upcoming_dates(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    coming = EventPage.objects.live().filter(
        locale__language_code=language, end_date__gte=timezone.localdate()
    )
    soonest = coming.order_by("start_date", "start_time").first()
    text = client.get(home.url).text
    assert 'id="upcoming-events-title"' in text
    assert soonest.title in text


def test_a_programme_page_lists_its_own_upcoming_events(client, pages):
    esm = pages["esm"]["en"]
    text = client.get(esm.url).text
    esm_events = EventPage.objects.live().filter(
        locale_id=esm.locale_id,
        programmes__translation_key=esm.translation_key,
        end_date__gte=timezone.localdate(),
    )
    assert esm_events.exists()
    assert esm_events.order_by("start_date").first().title in text
    other = EventPage.objects.live().filter(locale_id=esm.locale_id).exclude(pk__in=esm_events)
    assert all(event.title not in text for event in other)


# The member portal and the admin ------------------------------------------------------


def test_representatives_see_their_companys_registrations_only(client, register):
    mine = factories.company()
    theirs = factories.company()
    user = factories.representative(mine)
    factories.representative(theirs)
    event = factories.event(takes_registrations=True)
    register(event, name="Nire langilea", email="mine@example.com", company=mine.translation_key)
    register(event, name="Beste bat", email="theirs@example.com", company=theirs.translation_key)
    client.force_login(user)
    with translation.override("en"):
        dashboard = client.get("/en/members/").text
    assert "Nire langilea" in dashboard and "Beste bat" not in dashboard
    assert client.get(f"/en/members/companies/{mine.pk}/registrations/").status_code == 200
    assert client.get(f"/en/members/companies/{theirs.pk}/registrations/").status_code == 404


def test_editors_list_filter_and_export_registrations(client, register):
    event = factories.event(takes_registrations=True, title="Esportatzeko ekitaldia")
    other = factories.event(takes_registrations=True, title="Beste ekitaldia")
    register(event, name="Jon Zubia", email="jon@example.com")
    register(other, name="Ane Lasa", email="ane@example.com")
    client.force_login(get_user_model().objects.get(username="editor"))
    listing = client.get("/admin/registrations/", {"event": event.pk})
    assert listing.status_code == 200
    assert "Jon Zubia" in listing.text and "Ane Lasa" not in listing.text
    export = client.get("/admin/registrations/", {"export": "csv"})
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Jon Zubia" in body and "Esportatzeko ekitaldia" in body and "Ane Lasa" in body


def test_a_translated_event_keeps_the_source_dates_and_places(pages):
    event = translated_event(
        start_date=days(30), capacity=20, programmes=[pages["urratsbat"]["eu"]]
    )
    english = factories.in_language(event, "en")
    assert english.start_date == event.start_date
    assert english.capacity == 20
    assert [page.title for page in english.programme_pages()] == [pages["urratsbat"]["en"].title]
    assert isinstance(Page.objects.get(pk=english.pk).specific, EventPage)
    assert isinstance(pages["urratsbat"]["en"], ProgrammePage)


def test_links_in_the_daily_reminders_lead_to_the_page_in_its_language(client, register):
    event = translated_event(takes_registrations=True, start_date=days(1))
    register(factories.in_language(event, "es"), email="es@example.com")
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=io.StringIO())
    [reminder] = mail.outbox
    cancel_url = re.search(r"https?://\S+/cancelar/\S+/", reminder.body)[0]
    response = client.get(urlparse(cancel_url).path)
    assert response.status_code == 200
    assert "Cancelar mi inscripción" in response.text
