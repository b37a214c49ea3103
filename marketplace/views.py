"""Request handling for the marketplace's routes: browsing, enquiries and renewals."""

import datetime
import logging

from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from home.content_cache import locale_by_id, section_page
from home.emails import email_message
from home.models import HomePageSection, SiteSettings
from home.throttle import UNAVAILABLE, UNAVAILABLE_MESSAGE, refusal_by_address

from .feeds import ListingFeed
from .filters import ListingFilter
from .forms import EnquiryForm
from .models import RENEWAL_SALT, ListingPage, MarketplaceIndexPage, attach_display_fields
from .review import submit_for_review

logger = logging.getLogger(__name__)

LISTINGS_PER_PAGE = 20
ENQUIRIES_PER_HOUR = 5
RENEWAL_LINK_DAYS = 30


def listing_filter(index, request):
    locale = locale_by_id(index.locale_id)
    return ListingFilter(request.GET, queryset=index.listings(), locale=locale)


def marketplace(index, request):
    found = listing_filter(index, request)

    def results():
        facets = found.facets()  # counts the results as well, for the paginator
        listings = found.qs.for_cards().prefetch_related("image__renditions")
        listings = found.paginate(listings, LISTINGS_PER_PAGE, request.GET.get("page"))
        listings.object_list = attach_display_fields(listings.object_list, index.locale_id)
        return {"facets": facets, "listings": listings, "chips": found.chips(facets)}

    return index.render(
        request,
        context_overrides={
            "listing_filter": found,
            # Read only if the template does not find the results in the cache.
            "results": SimpleLazyObject(results),
            "query": found.query,
            "query_was_shortened": found.query_was_shortened,
            "sort": found.sort_order,
            "is_filtered": found.is_filtered,
        },
    )


def feed(index, request):
    return ListingFeed(index, listing_filter(index, request))(request)


def send_enquiry(enquiry, listing, request):
    context = {"enquiry": enquiry, "listing": listing, "url": listing.get_full_url(request)}
    # The company reads the enquiry in the listing's language, whatever the visitor's.
    message = email_message(
        "marketplace/emails/enquiry",
        context,
        listing.locale.language_code,
        to=[listing.enquiry_email],
        reply_to=[enquiry.email],
    )
    # The visitor keeps a copy of what they sent, in their own language.
    copy = email_message(
        "marketplace/emails/enquiry_copy", context, enquiry.language, to=[enquiry.email]
    )
    try:
        message.send()
        copy.send()
    except OSError:
        # The enquiry is stored, so editors can still pass it on from the admin.
        logger.exception("Could not e-mail enquiry %s", enquiry.pk)


def require_started(page, request):
    if not page.has_started and not getattr(request, "is_preview", False):
        raise Http404


def listing(page, request):
    require_started(page, request)
    form = None
    status = 200 if page.is_open else 410
    rate_limited = False
    if page.accepts_enquiries:
        form = EnquiryForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            refused = refusal_by_address(
                request, "marketplace-enquiries", ENQUIRIES_PER_HOUR, fail_closed=True
            )
            if refused == UNAVAILABLE:
                form.add_error(None, UNAVAILABLE_MESSAGE)
                status = 503
            elif refused:
                rate_limited = True
                status = 429
            else:
                enquiry = form.save(commit=False)
                enquiry.listing = page
                enquiry.company = page.company
                enquiry.language = get_language()
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
    """The listing's company and category in its language, read only if the template does
    not find what shows them in the cache."""
    shown = SimpleLazyObject(lambda: attach_display_fields([page], page.locale_id)[0])
    return {
        "company": SimpleLazyObject(lambda: shown.display_company),
        "category": SimpleLazyObject(lambda: shown.display_category),
    }


def enquiry_sent(page, request):
    require_started(page, request)
    return page.render(
        request,
        template="marketplace/enquiry_sent.html",
        context_overrides=listing_context(page),
    )


def renew(page, request):
    """Owners extend a listing from the reminder e-mail; the change goes through review."""
    require_started(page, request)
    token = request.POST.get("token") or request.GET.get("token", "")
    try:
        pk, valid_until = signing.loads(
            token, salt=RENEWAL_SALT, max_age=datetime.timedelta(days=RENEWAL_LINK_DAYS)
        )
    except signing.BadSignature:
        pk = valid_until = None
    state = "ready"
    new_until = page.renewed_until()
    if pk != page.pk or valid_until != page.valid_until.isoformat():
        state = "invalid"
    elif page.workflow_in_progress:
        state = "pending"
    elif request.method == "POST":
        # Renew the latest draft, so that changes waiting to be published are kept.
        draft = page.get_latest_revision_as_object()
        draft.valid_until = new_until
        submit_for_review(draft)
        state = "submitted"
    response = page.render(
        request,
        template="marketplace/renew.html",
        context_overrides={"state": state, "renewed_until": new_until, "token": token},
    )
    # For the holder of the link, and it changes with the review: never from a shared cache.
    patch_cache_control(response, private=True)
    return response


def latest_listings(request, count=4):
    """The newest open listings in the visitor's language, for the home page."""
    index = section_page(MarketplaceIndexPage)
    if not index:
        return None
    newest = index.listings().order_by("-valid_from", "-first_published_at").for_cards()
    listings = attach_display_fields(newest[:count], index.locale_id)
    return HomePageSection(
        "components/latest_listings.html",
        {"index": index, "listings": listings},
        [listing.image for listing in listings],
    )


def company_listings(request, company):
    """The company's open listings, in the language of its profile: the company page's
    marketplace section (a hook)."""
    listings = (
        ListingPage.objects.live()
        .public()
        .open()
        .filter(locale_id=company.locale_id, company__translation_key=company.translation_key)
        .order_by("valid_until")
    )
    context = {
        "company": company,
        "listings": attach_display_fields(
            listings.for_cards().prefetch_related("image__renditions"), company.locale_id, company
        ),
    }
    return render_to_string("components/company_listings.html", context, request=request)
