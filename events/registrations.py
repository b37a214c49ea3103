"""Places at events: registering, the waiting list, cancelling, and the e-mails about them."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from home.emails import email_message

from .models import EventPage, Registration, local_today

logger = logging.getLogger(__name__)


def locked(event):
    """Hold the event's source row until the transaction ends, so that two people registering
    or cancelling at once count the places one after the other."""
    return (
        EventPage.objects.select_for_update()
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .first()
    )


@transaction.atomic
def register(event, registration, request):
    """Give `registration` (not saved yet) a place if one is free, else a place on the waiting
    list, and e-mail the person. An address already registered gets its confirmation again,
    whoever asks: the form does not tell whether someone registered."""
    locked(event)
    existing = (
        Registration.objects.for_event(event)
        .active()
        .filter(email__iexact=registration.email)
        .select_related("event")
        .first()
    )
    if existing:
        transaction.on_commit(lambda: send(existing, "confirmation", request))
        return existing
    # Places freed meanwhile (an editor added some, or removed a registration) go to the
    # people waiting before anyone new.
    promote_waiting(event, request)
    waiting = Registration.objects.for_event(event).waiting().exists()
    full = event.capacity is not None and (waiting or event.places_taken() >= event.capacity)
    registration.event = event
    registration.status = Registration.Status.WAITING if full else Registration.Status.CONFIRMED
    registration.save()
    transaction.on_commit(lambda: send(registration, "confirmation", request))
    return registration


@transaction.atomic
def cancel(registration, request):
    """Cancel a place (once: the link then stops working) and give it to the first person
    waiting. Whether it was cancelled now."""
    locked(registration.event)
    registration.refresh_from_db()
    if registration.status == Registration.Status.CANCELLED:
        return False
    freed = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if freed:
        promote_waiting(registration.event, request)
    return True


def promote_waiting(event, request):
    """Give the free places to the people waiting longest (call it with the event locked)."""
    free = event.places_left()
    if free == 0 or event.has_ended:
        return
    waiting = Registration.objects.for_event(event).waiting().select_related("event")
    for promoted in waiting[:free] if free is not None else waiting:
        promoted.status = Registration.Status.CONFIRMED
        promoted.save(update_fields=["status"])
        transaction.on_commit(lambda promoted=promoted: send(promoted, "promoted", request))


def send(registration, kind, request=None):
    """One of the e-mails about a registration, in the language the person registered in:
    its event page is in that language."""
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "event_url": event.get_full_url(request),
        "calendar_url": event.get_full_url(request) + event.reverse_subpage("calendar"),
        "cancel_url": event.get_full_url(request)
        + event.reverse_subpage("cancel", args=[registration.cancel_token]),
    }
    message = email_message(
        f"events/emails/{kind}", context, registration.language, to=[registration.email]
    )
    try:
        message.send()
    except OSError:
        # The registration is stored: editors see it, and the person can still come.
        logger.exception("Could not e-mail registration %s", registration.pk)


def send_reminders():
    """Remind everyone with a place of the events that start tomorrow, once; after a day the
    job did not run, those of events starting today too."""
    today = local_today()
    due = (
        Registration.objects.confirmed()
        .filter(
            event__start_date__range=(today, today + datetime.timedelta(days=1)),
            event__live=True,
            reminded_at__isnull=True,
        )
        .select_related("event")
    )
    sent = 0
    for registration in due:
        send(registration, "reminder")
        registration.reminded_at = timezone.now()
        registration.save(update_fields=["reminded_at"])
        sent += 1
    return sent
