"""The member portal: representatives see their companies and send profile changes for review."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from home.i18n import prefer_language
from home.review import (
    PROFILE_REVIEW,
    attach_language_states,
    attach_review_states,
    latest_draft,
    source_page,
    submit_for_review,
)

from .forms import ProfileForm
from .models import CompanyPage, ProfileConfirmation, Representative

CONFIRM_SALT = "directory.portal.confirm"
CONFIRM_LINK_LIFETIME = datetime.timedelta(days=60)


def represented_company(request, company_id):
    """One of the user's companies, in any language; anyone else's is not found."""
    return get_object_or_404(
        Representative.objects.companies_of(request.user).select_related("locale"),
        pk=company_id,
    )


@login_required
def dashboard(request):
    pages = list(Representative.objects.companies_of(request.user).select_related("locale", "logo"))
    # Unpublished translations hold another language's texts until translated: not shown.
    live_keys = {page.translation_key for page in pages if page.live}
    readable = [page for page in pages if page.live or page.translation_key not in live_keys]
    companies = sorted(
        prefer_language(readable, get_language()), key=lambda page: page.title.lower()
    )
    sources = attach_language_states(
        attach_review_states(source_page(company) for company in companies)
    )
    entries = [
        {"company": company, "review": source.current_workflow_state, "source": source}
        for company, source in zip(companies, sources, strict=True)
    ]
    return render(request, "directory/portal/dashboard.html", {"entries": entries})


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request, company_id):
    company = represented_company(request, company_id)
    source = source_page(company)
    draft = latest_draft(source)
    # Draft translations hold another language's texts until translated: the form offers
    # their languages empty, as for languages not yet translated.
    translations = {
        page.locale.language_code: latest_draft(page.specific)
        for page in source.get_translations().live().select_related("locale")
    }
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        instance=draft,
        translations=translations,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        submit_for_review(form.save(), PROFILE_REVIEW, request.user)
        messages.success(
            request,
            _("Thank you: your changes are awaiting review. We will publish them soon."),
        )
        return redirect("members:dashboard")
    return render(
        request,
        "directory/portal/profile_form.html",
        {"form": form, "company": company, "review": source.current_workflow_state},
    )


def confirmation_token(company):
    return signing.dumps(str(company.translation_key), salt=CONFIRM_SALT)


@login_required
@require_POST
def confirm_profile(request, company_id):
    company = represented_company(request, company_id)
    ProfileConfirmation.confirm(company)
    messages.success(request, _("Thank you for confirming that the information is current."))
    return redirect("members:dashboard")


@require_http_methods(["GET", "POST"])
def confirm_profile_from_email(request, token):
    """The yearly reminder's link: one click confirms, without signing in."""
    try:
        key = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_LINK_LIFETIME)
    except signing.BadSignature:
        key = None
    pages = []
    # Links stop working for companies nobody represents any more.
    if key and Representative.objects.filter(company__translation_key=key).exists():
        pages = prefer_language(
            CompanyPage.objects.filter(translation_key=key).select_related("locale"),
            get_language(),
        )
    if not pages:
        return render(request, "directory/portal/confirm_invalid.html", status=400)
    company = pages[0]
    confirmed = request.method == "POST"
    if confirmed:
        ProfileConfirmation.confirm(company)
    return render(
        request,
        "directory/portal/confirm_profile.html",
        {"company": company, "confirmed": confirmed, "token": token},
    )
