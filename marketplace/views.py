"""Request handling for the marketplace's routes: browsing, enquiries and renewals."""

import datetime
import logging
import smtplib
from urllib.parse import urlencode

from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils import timezone, translation

from directory.models import CompanyPage
from home.models import SiteSettings

from .filters import ListingFilter
from .forms import EnquiryForm
from .models import DEFAULT_VALIDITY, ListingCategory
from .review import awaiting_review, submit_for_review

logger = logging.getLogger(__name__)

LISTINGS_PER_PAGE = 20
ENQUIRIES_PER_HOUR = 5
RENEWAL_LINK_DAYS = 30
RENEWAL_SALT = "marketplace.renew"


def listing_filter(index, request):
    return ListingFilter(request.GET, queryset=index.listings(), locale=index.locale)


def with_display_fields(listings, locale):
    """Give listings their category and company in `locale`, in two queries for any number.

    Listings keep the category and company chosen on the source page (wagtail-localize
    synchronises them), so their translations are looked up by translation key.
    """
    listings = list(listings)
    categories = {
        category.translation_key: category
        for category in ListingCategory.objects.filter(locale=locale)
    }
    companies = {
        company.translation_key: company
        for company in CompanyPage.objects.live().filter(
            locale=locale,
            translation_key__in=[item.company.translation_key for item in listings if item.company],
        )
    }
    for listing in listings:
        listing.display_category = listing.category and categories.get(
            listing.category.translation_key, listing.category
        )
        listing.display_company = listing.company and companies.get(
            listing.company.translation_key, listing.company
        )
    return listings


def prefetched(listings):
    return listings.select_related("category", "company", "image").prefetch_related(
        "image__renditions"
    )


def marketplace(index, request):
    found = listing_filter(index, request)
    listings = Paginator(prefetched(found.qs), LISTINGS_PER_PAGE).get_page(request.GET.get("page"))
    listings.object_list = with_display_fields(listings.object_list, index.locale)
    return index.render(
        request,
        context_overrides={
            "listing_filter": found,
            "listings": listings,
            "facets": found.facets(),
            "query": found.query,
            "query_was_shortened": found.query_was_shortened,
            "sort": found.sort_order,
            "is_filtered": found.is_filtered,
        },
    )


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def over_rate_limit(request):
    """Count an enquiry from this address; true once it sent too many this hour."""
    key = f"marketplace-enquiries:{client_address(request)}"
    cache.add(key, 0, timeout=60 * 60)
    return cache.incr(key) > ENQUIRIES_PER_HOUR


def send_enquiry(enquiry, listing, request):
    context = {"enquiry": enquiry, "listing": listing, "url": listing.get_full_url(request)}
    # The company reads the enquiry in the listing's language, whatever the visitor's.
    with translation.override(listing.locale.language_code):
        subject = render_to_string("marketplace/emails/enquiry_subject.txt", context)
        body = render_to_string("marketplace/emails/enquiry_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[listing.enquiry_email],
        reply_to=[enquiry.email],
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        # The enquiry is stored, so editors can still pass it on from the admin.
        logger.exception("Could not e-mail enquiry %s", enquiry.pk)


def listing(page, request):
    if not page.has_started and not getattr(request, "is_preview", False):
        raise Http404
    form = None
    status = 410 if page.has_expired else 200
    rate_limited = False
    if page.is_open:
        form = EnquiryForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            if over_rate_limit(request):
                rate_limited = True
                status = 429
            else:
                enquiry = form.save(commit=False)
                enquiry.listing = page
                enquiry.company = page.company
                enquiry.save()
                send_enquiry(enquiry, page, request)
                return HttpResponseRedirect(page.url + page.reverse_subpage("sent"))
    context = {
        "form": form,
        "rate_limited": rate_limited,
        "privacy_page": SiteSettings.privacy_page_for(request),
        **listing_context(page),
    }
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def listing_context(page):
    (page,) = with_display_fields([page], page.locale)
    return {"company": page.display_company, "category": page.display_category}


def enquiry_sent(page, request):
    return page.render(
        request,
        template="marketplace/enquiry_sent.html",
        context_overrides=listing_context(page),
    )


def renewal_token(listing):
    return signing.dumps([listing.pk, listing.valid_until.isoformat()], salt=RENEWAL_SALT)


def renewed_until(listing):
    return max(listing.valid_until, timezone.localdate()) + DEFAULT_VALIDITY


def renewal_url(listing):
    # The token goes in the query string: Wagtail's page URLs allow no colons in the path.
    query = urlencode({"token": renewal_token(listing)})
    return f"{listing.get_full_url()}{listing.reverse_subpage('renew')}?{query}"


def renew(page, request):
    """Owners extend a listing from the reminder e-mail; the change goes through review."""
    token = request.POST.get("token") or request.GET.get("token", "")
    try:
        pk, valid_until = signing.loads(
            token, salt=RENEWAL_SALT, max_age=datetime.timedelta(days=RENEWAL_LINK_DAYS)
        )
    except signing.BadSignature:
        pk = valid_until = None
    state = "ready"
    new_until = renewed_until(page)
    if pk != page.pk or valid_until != page.valid_until.isoformat():
        state = "invalid"
    elif awaiting_review(page):
        state = "pending"
    elif request.method == "POST":
        page.valid_until = new_until
        submit_for_review(page)
        state = "submitted"
    return page.render(
        request,
        template="marketplace/renew.html",
        context_overrides={"state": state, "renewed_until": new_until, "token": token},
    )
