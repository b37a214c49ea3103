"""Saved marketplace searches: new matching listings by e-mail each day, after the subscriber
confirms their address (double opt-in); every e-mail can unsubscribe in one click."""

import datetime
import logging

from django.db import IntegrityError
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.content_cache import locale_by_id, section_page
from home.emails import email_message
from home.models import SiteSettings
from home.site_address import site_url
from home.throttle import UNAVAILABLE, UNAVAILABLE_MESSAGE, refusal_by_address

from .filters import ListingFilter
from .forms import AlertForm
from .models import MarketplaceIndexPage, SavedSearch, attach_display_fields

logger = logging.getLogger(__name__)

ALERTS_PER_HOUR = 5
UNCONFIRMED_KEPT = datetime.timedelta(days=7)
DIGEST_LENGTH = 20
# What a saved search keeps of a marketplace address: its filters, not its page or order.
IGNORED_PARAMETERS = {"page", "sort"}


def search_query(data):
    """The filters of a marketplace query string, in a stable order."""
    kept = QueryDict(mutable=True)
    for name in sorted(set(data) & set(ListingFilter.base_filters) - IGNORED_PARAMETERS):
        values = sorted({value.strip() for value in data.getlist(name) if value.strip()})
        if values:
            kept.setlist(name, values)
    return kept.urlencode()[:1000]


def listing_filter(query, language):
    """The marketplace's filter of a saved search, over the open listings in its language."""
    index = MarketplaceIndexPage.objects.live().filter(locale__language_code=language).first()
    if index is None:
        return None, None
    found = ListingFilter(
        QueryDict(query), queryset=index.listings(), locale=locale_by_id(index.locale_id)
    )
    return index, found


def private(response):
    # For the holder of the address or the link: never from a shared cache.
    patch_cache_control(response, private=True)
    return response


@require_http_methods(["GET", "POST"])
def subscribe(request):
    index = section_page(MarketplaceIndexPage)
    if index is None:
        raise Http404
    data = request.POST if request.method == "POST" else request.GET
    query = search_query(QueryDict(data.get("query", "")) if "query" in data else data)
    _index, found = listing_filter(query, get_language())
    form = AlertForm(request.POST if request.method == "POST" else None, initial={"query": query})
    state, status = "form", 200
    if request.method == "POST" and form.is_valid():
        refused = refusal_by_address(request, "listing-alerts", ALERTS_PER_HOUR, fail_closed=True)
        if refused == UNAVAILABLE:
            form.add_error(None, UNAVAILABLE_MESSAGE)
            status = 503
        elif refused:
            state, status = "rate-limited", 429
        else:
            state = save_and_confirm(form.cleaned_data["email"], query, request)
    context = {
        "form": form,
        "query": query,
        "labels": found.active_labels(),
        "index": index,
        "state": state,
        "rate_limited": state == "rate-limited",
        "privacy_page": SiteSettings.privacy_page_for(request),
    }
    return private(render(request, "marketplace/alerts/subscribe.html", context, status=status))


def save_and_confirm(email, query, request):
    """Keep the search unconfirmed and send the link that confirms it; a confirmed one is left
    as it is."""
    language = get_language()
    saved = SavedSearch.objects.filter(email__iexact=email, language=language, query=query).first()
    if saved and saved.confirmed_at:
        # Said as for a new alert: the page does not tell who subscribes to what.
        return "sent"
    if saved is None:
        try:
            saved = SavedSearch.objects.create(email=email, language=language, query=query)
        except IntegrityError:  # the same search sent twice at once
            return "sent"
    link = site_url(reverse("alerts:confirm", args=[saved.token]))
    message = email_message(
        "marketplace/emails/alert_confirm",
        {"labels": labels_of(saved), "link": link},
        language,
        to=[email],
    )
    send(message, saved)
    return "sent"


def labels_of(saved):
    _index, found = listing_filter(saved.query, saved.language)
    if found is None:
        return []
    with translation.override(saved.language):
        return [str(label) for label in found.active_labels()]


def send(message, saved):
    try:
        message.send()
    except OSError:
        logger.exception("Could not e-mail saved search %s", saved.pk)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    saved = SavedSearch.objects.filter(token=token).first()
    state = "invalid" if saved is None else "ready"
    if saved and saved.confirmed_at:
        state = "confirmed"
    elif saved and request.method == "POST":
        saved.confirmed_at = saved.last_sent_at = timezone.now()
        saved.save(update_fields=["confirmed_at", "last_sent_at"])
        state = "confirmed"
    context = {"state": state, "saved": saved, "labels": labels_of(saved) if saved else []}
    status = 404 if saved is None else 200
    return private(render(request, "marketplace/alerts/confirm.html", context, status=status))


# Mail programs unsubscribe with a POST of their own, without a CSRF token (RFC 8058).
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    saved = SavedSearch.objects.filter(token=token).first()
    state = "ready" if saved else "gone"
    if saved and request.method == "POST":
        saved.delete()
        state = "gone"
    context = {"state": state, "labels": labels_of(saved) if saved else []}
    return private(render(request, "marketplace/alerts/unsubscribe.html", context))


def send_digests(now=None):
    """E-mail each confirmed search's listings that appeared since its last e-mail; the
    number of e-mails sent."""
    now = now or timezone.now()
    # Addresses nobody confirmed are not kept.
    SavedSearch.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_KEPT
    ).delete()
    sent = 0
    for saved in SavedSearch.objects.filter(confirmed_at__isnull=False).order_by("pk"):
        index, found = listing_filter(saved.query, saved.language)
        if found is None:
            continue
        new = found.qs.newer_than(saved.last_sent_at).order_by(*found.SORTS["newest"])
        listings = attach_display_fields(new.for_cards()[:DIGEST_LENGTH], index.locale_id)
        if listings:
            send(digest(saved, index, found, listings), saved)
            sent += 1
        saved.last_sent_at = now
        saved.save(update_fields=["last_sent_at"])
    return sent


def digest(saved, index, found, listings):
    # Named in the subscriber's language: the filters' labels and the translated paths.
    with translation.override(saved.language):
        unsubscribe_url = site_url(reverse("alerts:unsubscribe", args=[saved.token]))
        context = {
            "labels": [str(label) for label in found.active_labels()],
            "listings": [(listing, listing.get_full_url()) for listing in listings],
            "search_url": index.get_full_url() + (f"?{saved.query}" if saved.query else ""),
            "unsubscribe_url": unsubscribe_url,
        }
    return email_message(
        "marketplace/emails/alert_digest",
        context,
        saved.language,
        to=[saved.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
