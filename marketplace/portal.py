"""The member portal's listings and enquiries: representatives create, edit and withdraw their
own listings, and follow up the enquiries they receive."""

import logging

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
from home.emails import email_message
from home.i18n import prefer_language
from home.review import attach_language_states, attach_review_states, latest_draft, source_page
from home.throttle import refusal

from .forms import ListingForm, ReplyForm
from .models import Enquiry, ListingPage, MarketplaceIndexPage
from .review import submit_for_review

logger = logging.getLogger(__name__)

ENQUIRIES_PER_PAGE = 20
REPLIES_PER_HOUR = 30
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
    form = ListingForm(
        request.POST or None,
        request.FILES or None,
        instance=ListingPage(company=company),
        user=request.user,
    )
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
    form = ListingForm(
        request.POST or None, request.FILES or None, instance=draft, user=request.user
    )
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


def represented_enquiry(request, enquiry_id):
    """An enquiry one of the user's companies received; others are not found."""
    keys = Representative.objects.companies_of(request.user).values("translation_key")
    return get_object_or_404(
        Enquiry.objects.filter(company__translation_key__in=keys).select_related(
            "listing", "company"
        ),
        pk=enquiry_id,
    )


@login_required
@require_http_methods(["GET", "POST"])
def enquiry(request, enquiry_id):
    """One enquiry as a thread: the visitor's message, the company's replies, and its state."""
    enquiry = represented_enquiry(request, enquiry_id)
    is_open = enquiry.status != Enquiry.Status.CLOSED
    replying = request.method == "POST" and request.POST.get("action") == "reply" and is_open
    form = ReplyForm(request.POST if replying else None)
    status = 200
    action = request.POST.get("action") if request.method == "POST" else None
    if replying and form.is_valid():
        if refusal("enquiry-replies", request.user.pk, REPLIES_PER_HOUR, fail_closed=True):
            form.add_error(
                None,
                _(
                    "You have sent many replies in a short time. Please try again in an "
                    "hour; what you wrote is kept below."
                ),
            )
            status = 429
        else:
            reply = form.save(commit=False)
            reply.enquiry, reply.author = enquiry, request.user
            reply.save()
            enquiry.mark(Enquiry.Status.ANSWERED)
            send_reply(reply, request)
            messages.success(request, _("Your reply has been sent by e-mail."))
            return redirect("members:enquiry", enquiry.pk)
    elif action in FOLLOW_UP_STATUSES or action == "reopen":
        if action == "reopen":
            enquiry.reopen()
        else:
            enquiry.mark(FOLLOW_UP_STATUSES[action])
        messages.success(request, _("The enquiry has been updated."))
        return redirect("members:enquiry", enquiry.pk)
    context = {
        "enquiry": enquiry,
        "replies": enquiry.replies.select_related("author"),
        "form": form,
    }
    return render(request, "marketplace/portal/enquiry.html", context, status=status)


# What the buttons under an enquiry set; a reply marks it answered, reopening goes back.
FOLLOW_UP_STATUSES = {"answered": Enquiry.Status.ANSWERED, "close": Enquiry.Status.CLOSED}


def send_reply(reply, request):
    enquiry, listing = reply.enquiry, reply.enquiry.listing
    company_email = listing.enquiry_email if listing else ""
    message = email_message(
        "marketplace/emails/reply",
        {"enquiry": enquiry, "reply": reply, "listing": listing, "company": enquiry.company},
        enquiry.language,
        to=[enquiry.email],
        reply_to=[company_email or request.user.email],
    )
    try:
        message.send()
    except OSError:
        logger.exception("Could not e-mail the reply to enquiry %s", enquiry.pk)


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
        "new_enquiries": received.filter(status=Enquiry.Status.NEW).count(),
    }
    return render_to_string("marketplace/portal/company_listings.html", context, request=request)
