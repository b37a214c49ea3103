"""Request handling for the agenda's routes: the lists, calendars, registration and cancelling."""

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from home.content_cache import cached, locale_by_id, section_page
from home.models import HomePageSection, SiteSettings
from home.throttle import UNAVAILABLE, UNAVAILABLE_MESSAGE, refusal_by_address

from .calendars import calendar_response
from .filters import EventFilter
from .forms import RegistrationForm
from .models import EventIndexPage, EventPage, Registration, local_today
from .registrations import cancel as cancel_registration
from .registrations import register

EVENTS_PER_PAGE = 12
REGISTRATIONS_PER_HOUR = 5
HOME_PAGE_EVENTS = 3
PROGRAMME_PAGE_EVENTS = 3


def for_cards(events):
    """What event cards and calendars show: the place and the audiences."""
    return events.select_related("venue").prefetch_related("audiences")


def event_filter(index, request, past):
    events = index.past() if past else index.upcoming()

    def months():
        return list(events.dates("start_date", "month", order="DESC" if past else "ASC"))

    return EventFilter(
        request.GET,
        queryset=events,
        locale=locale_by_id(index.locale_id),
        past=past,
        # Months start and end lists at midnight, as the page cache's keys do.
        months=cached("event-months", months, index.pk, past, local_today()),
    )


def agenda(index, request, past):
    found = event_filter(index, request, past)

    def results():
        facets = found.facets()  # counts the results as well, for the paginator
        events = found.paginate(for_cards(found.qs), EVENTS_PER_PAGE, request.GET.get("page"))
        return {
            "facets": facets,
            "events": events,
            "chips": found.chips(facets),
            "other_count": (index.upcoming() if past else index.past()).count(),
        }

    return index.render(
        request,
        context_overrides={
            "event_filter": found,
            "past": past,
            # Read only if the template does not find the results in the cache.
            "results": SimpleLazyObject(results),
            "is_filtered": found.is_filtered,
        },
    )


def upcoming(index, request):
    return agenda(index, request, past=False)


def past(index, request):
    return agenda(index, request, past=True)


def calendar_feed(index, request):
    """A calendar to subscribe to: the language's events, or one programme's (?programme=)."""
    found = event_filter(index, request, past=False)
    events = list(for_cards(found.qs))
    name = _("Tknika Hub events")
    if labels := found.active_labels():
        name = f"{name}: {', '.join(labels)}"
    return calendar_response(events, request, name, "events.ics")


def event(page, request):
    form = None
    rate_limited = False
    status = 200
    if page.registration_is_open:
        form = RegistrationForm(request.POST if request.method == "POST" else None, event=page)
        if request.method == "POST" and form.is_valid():
            refused = refusal_by_address(
                request, "event-registrations", REGISTRATIONS_PER_HOUR, fail_closed=True
            )
            if refused == UNAVAILABLE:
                form.add_error(None, UNAVAILABLE_MESSAGE)
                status = 503
            elif refused:
                rate_limited = True
                status = 429
            else:
                registration = form.save(commit=False)
                registration.language = locale_by_id(page.locale_id).language_code
                register(page, registration, request)
                done = page.url + page.reverse_subpage("registered")
                if registration.status == Registration.Status.WAITING:
                    done += "?list=waiting"
                return HttpResponseRedirect(done)
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "places_left": form and page.places_left(),
            # Someone sent the form just after registrations closed: say so, not nothing.
            "registration_closed": request.method == "POST" and not form,
            "rate_limited": rate_limited,
            "privacy_page": SiteSettings.privacy_page_for(request),
            "structured_data": page.structured_data(request),
        },
    )
    response.status_code = status
    if form and (page.capacity is not None or page.closes_on <= local_today()):
        # The places left change with each registration, and registrations may close before
        # midnight: such a page is built for each visitor, not kept.
        patch_cache_control(response, private=True)
    return response


def registered(page, request):
    return page.render(
        request,
        template="events/registered.html",
        context_overrides={"waiting": request.GET.get("list") == "waiting"},
    )


def event_calendar(page, request):
    return calendar_response([page], request, page.title, f"{page.slug}.ics")


def cancel(page, request, token):
    """The cancel link of a confirmation e-mail: it asks first (mail scanners open links),
    then cancels on the button, once."""
    registration = get_object_or_404(
        Registration.objects.for_event(page).select_related("event"), cancel_token=token
    )
    state = "ready"
    if registration.status == Registration.Status.CANCELLED:
        state = "cancelled-before"
    elif page.has_ended:
        state = "ended"
    elif request.method == "POST":
        cancel_registration(registration, request)
        state = "cancelled"
    response = page.render(
        request,
        template="events/cancel.html",
        context_overrides={"state": state, "registration": registration},
    )
    # For the holder of the link only: never from a shared cache.
    patch_cache_control(response, private=True)
    return response


def upcoming_events(request):
    """The next events in the visitor's language, for the home page."""
    index = section_page(EventIndexPage)
    if not index:
        return None
    events = list(
        for_cards(index.upcoming().order_by("start_date", "start_time"))[:HOME_PAGE_EVENTS]
    )
    return HomePageSection(
        "components/upcoming_events.html", {"index": index, "events": events}, []
    )


def programme_events(request, programme):
    """The programme's next events, in its language: the programme page's agenda (a hook)."""
    events = for_cards(
        EventPage.objects.live()
        .public()
        .filter(
            locale_id=programme.locale_id,
            programmes__translation_key=programme.translation_key,
            end_date__gte=local_today(),
        )
        .order_by("start_date", "start_time")
    )[:PROGRAMME_PAGE_EVENTS]
    index = section_page(EventIndexPage)
    context = {"events": list(events), "index": index, "programme": programme}
    return render_to_string("components/programme_events.html", context, request=request)
