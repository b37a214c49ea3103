"""The member portal's events: representatives see who from their company registered."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.loader import render_to_string

from directory.portal import represented_company

from .models import Registration, local_today

REGISTRATIONS_PER_PAGE = 20
DASHBOARD_REGISTRATIONS = 5


def registrations_of(company):
    """Every registration made for the company, in any language, latest events first."""
    return (
        Registration.objects.filter(company__translation_key=company.translation_key)
        .active()
        .select_related("event", "event__locale")
        .order_by("-event__start_date", "-event__start_time", "created_at")
    )


@login_required
def registrations(request, company_id):
    company = represented_company(request, company_id)
    page = Paginator(registrations_of(company), REGISTRATIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "events/portal/registrations.html",
        {"company": company, "registrations": page, "today": local_today()},
    )


def dashboard_section(request, company):
    """The company's people registered for coming events: the dashboard's events section (a
    hook)."""
    coming = (
        registrations_of(company)
        .filter(event__end_date__gte=local_today())
        .order_by("event__start_date", "event__start_time", "created_at")
    )
    context = {
        "company": company,
        "registrations": coming[:DASHBOARD_REGISTRATIONS],
        "coming_total": coming.count(),
        "any": registrations_of(company).exists(),
    }
    return render_to_string("events/portal/company_registrations.html", context, request=request)
