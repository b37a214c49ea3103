from django import template
from django.utils.translation import get_language

from home.review import attach_language_states, attach_review_states
from home.translation import in_language
from marketplace.models import Enquiry, ListingPage, MarketplaceIndexPage, attach_display_fields

register = template.Library()


@register.inclusion_tag("components/latest_listings.html", takes_context=True)
def latest_listings(context, count=4):
    """The newest open listings in the visitor's language, for the home page."""
    index = MarketplaceIndexPage.objects.live().filter(locale__language_code=get_language()).first()
    listings = []
    if index:
        newest = index.listings().order_by("-valid_from", "-first_published_at").for_cards()
        listings = attach_display_fields(newest[:count], index.locale)
    return {"request": context["request"], "index": index, "listings": listings}


@register.inclusion_tag("components/company_listings.html", takes_context=True)
def company_listings(context, company):
    """The company's open listings, in the language of its profile."""
    listings = (
        ListingPage.objects.live()
        .public()
        .open()
        .filter(locale_id=company.locale_id, company__translation_key=company.translation_key)
        .order_by("valid_until")
    )
    return {
        "request": context["request"],
        "company": company,
        "listings": attach_display_fields(listings.for_cards(), company.locale),
    }


@register.inclusion_tag("marketplace/portal/company_listings.html", takes_context=True)
def portal_listings(context, company, enquiry_count=5):
    """A company's listings, shown in the reader's language where translated, with their
    review state, and its latest enquiries: for the member portal."""
    pages = ListingPage.objects.filter(company__translation_key=company.translation_key)
    pages = list(pages.select_related("locale").order_by("pk"))
    # The first page of a listing is its source: the one edited and reviewed.
    sources = {}
    for page in pages:
        sources.setdefault(page.translation_key, page)
    # Unpublished translations still hold the source's texts, so the source is shown instead.
    readable = [page for page in pages if page.live or page is sources[page.translation_key]]
    shown = {page.translation_key: page for page in in_language(readable, get_language())}
    sources = attach_language_states(attach_review_states(sources.values()))
    for source in sources:
        source.shown = shown[source.translation_key]
    enquiries = Enquiry.objects.filter(company__translation_key=company.translation_key)
    return {
        "request": context["request"],
        "company": company,
        "listings": sorted(sources, key=lambda listing: listing.valid_until, reverse=True),
        "enquiries": enquiries.select_related("listing")[:enquiry_count],
        "enquiry_total": enquiries.count(),
    }
