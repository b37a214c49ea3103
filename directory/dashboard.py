"""The directory's panel of what needs doing (home/dashboard.py): profiles no one has confirmed
for a long time, and the reminders sent about them."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.admin_views import edit_url
from home.dashboard import TaskCount, TaskItem, TaskPanel, edits_pages
from home.translation_status import is_source

from .models import CompanyPage, ProfileConfirmation
from .models.members import STALE_AFTER


def stale_profiles(companies):
    """Active companies, one page each, that have not confirmed their profile for too long;
    oldest first, with the days they were last confirmed and reminded."""
    confirmations = ProfileConfirmation.objects.filter(translation_key=OuterRef("translation_key"))
    return (
        companies.live()
        .filter(status=CompanyPage.Status.ACTIVE)
        .filter(is_source())  # one row a company
        .annotate(
            last_confirmed=ProfileConfirmation.last_confirmed(),
            reminded_on=Subquery(confirmations.values("reminded_on")),
        )
        .filter(last_confirmed__lt=timezone.localdate() - STALE_AFTER)
        .order_by("last_confirmed")
    )


def directory_panels(user):
    if not edits_pages(user):
        return []
    stale = stale_profiles(CompanyPage.objects.all())
    stale_url = reverse("stale-profiles:index")
    count = stale.count()
    reminded = stale.exclude(reminded_on=None).count()
    return [
        TaskPanel(
            "stale-profiles",
            _("Company profiles"),
            order=140,
            counts=[
                TaskCount(
                    ngettext(
                        "profile not confirmed for over 18 months",
                        "profiles not confirmed for over 18 months",
                        count,
                    ),
                    count,
                    stale_url,
                ),
                TaskCount(
                    ngettext("of them reminded by e-mail", "of them reminded by e-mail", reminded),
                    reminded,
                    stale_url,
                ),
            ],
            items=[
                TaskItem(
                    company.title,
                    edit_url(company),
                    _("last confirmed %(date)s") % {"date": date_format(company.last_confirmed)},
                )
                for company in stale[: TaskPanel.shown]
            ],
            items_heading=_("Unconfirmed the longest"),
            empty=_("Every company has confirmed its profile within 18 months."),
        )
    ]
