"""The member portal's listings: representatives create, edit and withdraw their own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.actions.unpublish_page import UnpublishPageAction

from directory.models import Representative
from directory.portal import represented_company
from home.i18n import prefer_language
from home.review import attach_language_states, attach_review_states, latest_draft, source_page

from .forms import ListingForm
from .models import Enquiry, ListingPage, MarketplaceIndexPage
from .review import submit_for_review

ENQUIRIES_PER_PAGE = 20
DASHBOARD_ENQUIRIES = 5


def represented_listing(request, listing_id):
    """One of the user's companies' listings, in its own language; others are not found."""
    keys = Representative.objects.companies_of(request.user).values("translation_key")
    listing = get_object_or_404(
        ListingPage.objects.filter(company__translation_key__in=keys), pk=listing_id
    )
    return source_page(listing)


def available_slug(index, title):
    base = slugify(title) or "listing"
    slug, suffix = base, 1
    while index.get_children().filter(slug=slug).exists():
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug


def saved_message(request):
    messages.success(
        request, _("Thank you: your listing is awaiting review. We will publish it soon.")
    )


@login_required
@require_http_methods(["GET", "POST"])
def create_listing(request, company_id):
    company = source_page(represented_company(request, company_id))
    form = ListingForm(request.POST or None, instance=ListingPage(company=company))
    if request.method == "POST" and form.is_valid():
        index = MarketplaceIndexPage.objects.filter(
            locale__language_code=form.cleaned_data["language"]
        ).first()
        if index is None:
            raise Http404
        listing = form.save(commit=False)
        listing.locale = index.locale
        listing.slug = available_slug(index, listing.title)
        listing.live = False
        with transaction.atomic():
            index.add_child(instance=listing)
            submit_for_review(listing, request.user)
        saved_message(request)
        return redirect("members:dashboard")
    return render(
        request, "marketplace/portal/listing_form.html", {"form": form, "company": company}
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit_listing(request, listing_id):
    listing = represented_listing(request, listing_id)
    draft = latest_draft(listing)
    form = ListingForm(request.POST or None, instance=draft)
    if request.method == "POST" and form.is_valid():
        # Approval brings the other languages in step, keeping their texts as they are then.
        submit_for_review(form.save(commit=False), request.user)
        saved_message(request)
        return redirect("members:dashboard")
    return render(
        request,
        "marketplace/portal/listing_form.html",
        {"form": form, "listing": listing, "review": listing.current_workflow_state},
    )


@login_required
@require_http_methods(["GET", "POST"])
def withdraw_listing(request, listing_id):
    """Off the public site at once, in every language, and out of review."""
    listing = represented_listing(request, listing_id)
    if request.method == "POST":
        with transaction.atomic():
            if state := listing.current_workflow_state:
                state.cancel(user=request.user)
            for page in listing.get_translations(inclusive=True).live():
                # Representatives may not publish, but may take their own listings down.
                UnpublishPageAction(page.specific, user=request.user).execute(
                    skip_permission_checks=True
                )
        messages.success(request, _("The listing has been withdrawn."))
        return redirect("members:dashboard")
    return render(request, "marketplace/portal/withdraw.html", {"listing": listing})


@login_required
def enquiries(request, company_id):
    company = represented_company(request, company_id)
    received = Enquiry.objects.filter(
        company__translation_key=company.translation_key
    ).select_related("listing")
    page = Paginator(received, ENQUIRIES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request, "marketplace/portal/enquiries.html", {"company": company, "enquiries": page}
    )


def dashboard_section(request, company):
    """A company's listings, shown in the reader's language where translated, with their
    review state, and its latest enquiries: the dashboard's marketplace section (a hook)."""
    pages = ListingPage.objects.filter(company__translation_key=company.translation_key)
    pages = list(pages.select_related("locale").order_by("pk"))
    # The first page of a listing is its source: the one edited and reviewed.
    sources = {}
    for page in pages:
        sources.setdefault(page.translation_key, page)
    # Unpublished translations still hold the source's texts, so the source is shown instead.
    readable = [page for page in pages if page.live or page is sources[page.translation_key]]
    shown = {page.translation_key: page for page in prefer_language(readable, get_language())}
    sources = attach_language_states(attach_review_states(sources.values()))
    for source in sources:
        source.shown = shown[source.translation_key]
    received = Enquiry.objects.filter(company__translation_key=company.translation_key)
    context = {
        "company": company,
        "listings": sorted(sources, key=lambda listing: listing.valid_until, reverse=True),
        "enquiries": received.select_related("listing")[:DASHBOARD_ENQUIRIES],
        "enquiry_total": received.count(),
    }
    return render_to_string("marketplace/portal/company_listings.html", context, request=request)
