"""Events as iCalendar (RFC 5545): one event's file, or a feed for calendar apps to follow."""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from .models import EVENT_TIME_ZONE


def calendar_event(event, request):
    entry = icalendar.Event()
    # The same in every language: a calendar that subscribed in two keeps one copy.
    entry.add("uid", f"{event.translation_key}@tknika-hub")
    entry.add("summary", event.title)
    entry.add("description", f"{event.summary}\n\n{event.get_full_url(request)}")
    entry.add("url", event.get_full_url(request))
    entry.add("dtstamp", timezone.now())
    entry.add("last-modified", event.last_published_at or timezone.now())
    if event.all_day:
        entry.add("dtstart", event.start_date)
        entry.add("dtend", event.end_date + datetime.timedelta(days=1))
    else:
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", event.ends_at)
    if location := event.public_online_url or event.place():
        entry.add("location", location)
    return entry


def calendar_response(events, request, name, filename):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Tknika//Tknika Hub//EU")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(EVENT_TIME_ZONE))
    for event in events:
        calendar.add_component(calendar_event(event, request))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Content-Language"] = get_language()
    return response
