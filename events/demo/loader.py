"""The demo agenda: audiences, events around today, and registrations (one event full, with a
waiting list)."""

import datetime
import itertools

from django.conf import settings
from django.utils.text import slugify

from directory.models import VETCentre
from events.models import Audience, EventIndexPage, EventPage, Registration
from home.demo.base import DemoLoader, illustration

from . import content


def day_and_times(event, today):
    start = today + datetime.timedelta(days=event["days_from_today"])
    times = {}
    if "start" in event:
        times = {
            "start_time": datetime.time.fromisoformat(event["start"]),
            "end_time": datetime.time.fromisoformat(event["end"]),
        }
    return {
        "start_date": start,
        "end_date": start + datetime.timedelta(days=event.get("days", 1) - 1),
        **times,
    }


class EventsDemo(DemoLoader):
    editor_permissions = (
        "add_audience",
        "change_audience",
        "view_registration",
        "add_registration",
        "change_registration",
        "delete_registration",
    )

    def images(self):
        return [illustration("event", "Event", event) for event in content.EVENTS]

    def load(self, demo):
        audiences = demo.ensure_translated_snippets(Audience, content.AUDIENCES)
        by_key = {spec["key"]: audiences[spec["slug"]] for spec in content.AUDIENCES}
        venues = VETCentre.objects.in_bulk(field_name="slug")
        index = {"key": "events", "type": "EventIndexPage", "parent": "home", "show_in_menus": True}
        events = [
            {
                "key": f"event-{event['key']}",
                "type": "EventPage",
                "parent": "events",
                "image": f"event-{event['key']}",
                "shared": {
                    **day_and_times(event, demo.today),
                    "venue": venues.get(event["venue"]),
                    "online_url": event["online"] or "",
                    "programmes": [demo.pages[key] for key in event["programmes"]],
                    "audiences": [by_key[key] for key in event["audiences"]],
                    "delivery_languages": [demo.locales[code] for code in event["languages"]],
                    "takes_registrations": event["registration"],
                    "capacity": event["capacity"],
                },
                **{language: event[language] for language, _name in settings.LANGUAGES},
            }
            for event in content.EVENTS
        ]
        demo.ensure_pages([{**index, **content.INDEX}, *events], (EventIndexPage, EventPage))
        registrations = self.ensure_registrations(demo)
        demo.stdout.write(
            f"Agenda: {len(events)} events, {registrations} registrations "
            "(the smallest event is full, with a waiting list)."
        )

    def ensure_registrations(self, demo):
        """People from the demo companies at the coming events that take registrations."""
        Registration.objects.filter(email__endswith="@example.org").delete()
        coming = [
            event
            for event in content.EVENTS
            if event["registration"] and event["days_from_today"] > 0
        ]
        smallest = min(coming, key=lambda event: event["capacity"] or 1000)
        people = iter(content.ATTENDEES * 3)
        # The companies the directory's demo built, in turn.
        companies = itertools.cycle(
            page for key, page in demo.pages.items() if key.startswith("company-")
        )
        made = 0
        for event in coming:
            page = demo.pages[f"event-{event['key']}"]
            count = event["capacity"] + 2 if event is smallest else 3
            for number in range(count):
                name = next(people)
                company = next(companies)
                Registration.objects.create(
                    event=page,
                    name=name,
                    email=f"{slugify(name)}.{event['key']}@example.org",
                    organisation=company.title,
                    company=company,
                    language=settings.LANGUAGE_CODE,
                    status=(
                        Registration.Status.WAITING
                        if event["capacity"] and number >= event["capacity"]
                        else Registration.Status.CONFIRMED
                    ),
                )
                made += 1
        return made
