"""Networking between the community's companies in the member portal: contacting another
company (relayed by e-mail, Reply-To the sender), the messages each side sent and received,
opting out of being contacted, and companies a company might work with."""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from home.content_cache import locale_by_id
from home.emails import email_message
from home.i18n import prefer_language
from home.review import source_page
from home.site_address import site_url
from home.throttle import DAY, UNAVAILABLE, UNAVAILABLE_MESSAGE, refusal

from .models import CompanyMessage, CompanyPage, MessagesOptOut, Representative, Sector
from .portal import represented_company

logger = logging.getLogger(__name__)

MESSAGES_PER_DAY = 10
MESSAGES_PER_PAGE = 20
SUGGESTIONS = 5


class ContactForm(forms.ModelForm):
    sender_company = forms.ModelChoiceField(
        label=gettext_lazy("On behalf of"), queryset=CompanyPage.objects.none(), empty_label=None
    )

    class Meta:
        model = CompanyMessage
        fields = ["sender_company", "subject", "body"]
        labels = {"subject": gettext_lazy("Subject"), "body": gettext_lazy("Your message")}
        help_texts = {
            "body": gettext_lazy(
                "We e-mail it to the company's representatives; they answer you by e-mail."
            )
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        error_messages = {
            "subject": {"required": gettext_lazy("Give your message a subject.")},
            "body": {"required": gettext_lazy("Write your message.")},
        }

    def __init__(self, *args, companies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender_company"].queryset = companies
        if len(companies) == 1:
            # Nothing to choose: the message is from the user's one company.
            del self.fields["sender_company"]
            self.instance.sender_company = companies[0]

    def clean_subject(self):
        # The subject goes into the e-mail's subject: line breaks there would add headers.
        subject = self.cleaned_data["subject"]
        if "\n" in subject or "\r" in subject:
            raise forms.ValidationError(_("Write the subject on one line."))
        return subject


def own_companies(user):
    """The user's companies, one page each, in the reader's language where translated."""
    pages = Representative.objects.companies_of(user).live().select_related("locale")
    return prefer_language(pages, get_language())


@login_required
@require_http_methods(["GET", "POST"])
def contact(request, company_id):
    """Write to another company of the directory, on behalf of one of the user's own."""
    recipient = get_object_or_404(
        CompanyPage.objects.live().public().filter(status=CompanyPage.Status.ACTIVE),
        pk=company_id,
    )
    own = own_companies(request.user)
    own_keys = {company.translation_key for company in own}
    if not own or recipient.translation_key in own_keys:
        # Only representatives write, and never to their own company.
        return redirect("members:dashboard")
    accepts = MessagesOptOut.accepts_messages(recipient)
    senders = CompanyPage.objects.filter(pk__in=[company.pk for company in own])
    form = ContactForm(request.POST or None, companies=senders)
    status = 200
    if accepts and request.method == "POST" and form.is_valid():
        refused = refusal(
            "company-messages", request.user.pk, MESSAGES_PER_DAY, DAY, fail_closed=True
        )
        if refused == UNAVAILABLE:
            form.add_error(None, UNAVAILABLE_MESSAGE)
            status = 503
        elif refused:
            form.add_error(
                None,
                _(
                    "You have sent %(count)s messages today, the most we relay in a day. "
                    "Please send this one tomorrow; what you wrote is kept below."
                )
                % {"count": MESSAGES_PER_DAY},
            )
            status = 429
        else:
            message = form.save(commit=False)
            message.sender, message.recipient_company = request.user, recipient
            message.save()
            relay(message)
            messages.success(
                request,
                _("Your message has been sent to %(company)s.") % {"company": recipient.title},
            )
            return redirect("members:messages")
    context = {"form": form, "recipient": recipient, "accepts": accepts}
    return render(request, "directory/portal/contact.html", context, status=status)


def relay(message):
    """E-mail the message to the recipient's representatives, in their company's language."""
    recipient = source_page(message.recipient_company)
    addresses = sorted(
        {
            representative.user.email
            for representative in Representative.objects.filter(
                company__translation_key=recipient.translation_key
            ).select_related("user")
            if representative.user.email
        }
    ) or [recipient.email]
    addresses = [address for address in addresses if address]
    if not addresses:
        logger.warning("Company %s has no address for message %s", recipient.pk, message.pk)
        return
    language = locale_by_id(recipient.locale_id).language_code
    email = email_message(
        "directory/emails/company_message",
        {
            "message": message,
            "sender_company": message.sender_company,
            "messages_url": site_url(reverse_in("members:messages", language)),
        },
        language,
        to=addresses,
        reply_to=[message.sender.email],
    )
    try:
        email.send()
    except OSError:
        logger.exception("Could not relay company message %s", message.pk)


def reverse_in(name, language, args=()):
    with translation.override(language):
        return reverse(name, args=args)


@login_required
def inbox(request):
    """The messages the user's companies sent and received, newest first."""
    keys = set(
        Representative.objects.companies_of(request.user).values_list("translation_key", flat=True)
    )
    received = Q(recipient_company__translation_key__in=keys)
    sent = Q(sender_company__translation_key__in=keys)
    found = CompanyMessage.objects.filter(received | sent).select_related(
        "sender_company", "recipient_company"
    )
    page = Paginator(found, MESSAGES_PER_PAGE).get_page(request.GET.get("page"))
    for message in page:
        message.sent = bool(
            message.sender_company and message.sender_company.translation_key in keys
        )
    return render(request, "directory/portal/messages.html", {"messages_page": page})


@login_required
@require_POST
def messages_setting(request, company_id):
    """Let other companies contact this one through the portal, or not."""
    company = represented_company(request, company_id)
    if request.POST.get("accept") == "yes":
        MessagesOptOut.objects.filter(translation_key=company.translation_key).delete()
        messages.success(request, _("Other companies can contact you through the portal."))
    else:
        MessagesOptOut.objects.get_or_create(translation_key=company.translation_key)
        messages.success(
            request, _("Other companies can no longer contact you through the portal.")
        )
    return redirect("members:dashboard")


def suggestions(company, count=SUGGESTIONS):
    """Companies `company` might work with, each with why, in the company page's language:
    active companies open to partners in one of its sectors, or to TKgune projects when it is
    too, or open to clients where it looks for partners."""
    own_sectors = {sector.translation_key for sector in company.sectors.all()}
    sector_names = {
        sector.translation_key: sector.name
        for sector in Sector.objects.filter(locale_id=company.locale_id)
    }
    candidates = (
        CompanyPage.objects.live()
        .public()
        .filter(locale_id=company.locale_id, status=CompanyPage.Status.ACTIVE)
        .exclude(translation_key=company.translation_key)
        .filter(Q(open_to_partners=True) | Q(open_to_tkgune=True) | Q(open_to_clients=True))
        .prefetch_related("sectors")
        .order_by("title")
    )
    found = []
    for candidate in candidates:
        shared = [
            sector_names.get(sector.translation_key, sector.name)
            for sector in candidate.sectors.all()
            if sector.translation_key in own_sectors
        ]
        if shared and candidate.open_to_partners and company.open_to_partners:
            why, weight = (
                _("Also works in %(sector)s and looks for partners.") % {"sector": shared[0]},
                3,
            )
        elif candidate.open_to_tkgune and company.open_to_tkgune:
            why, weight = _("Also wants to take part in TKgune innovation projects."), 2
        elif not shared and candidate.open_to_clients and company.open_to_partners:
            why, weight = _("Works in another sector and looks for new clients."), 1
        else:
            continue
        found.append((weight, candidate, why))
    found.sort(key=lambda item: -item[0])
    return [{"company": candidate, "why": why} for _weight, candidate, why in found[:count]]


def dashboard_section(request, company):
    """The dashboard's networking section for one company (a hook)."""
    context = {
        "company": company,
        "accepts": MessagesOptOut.accepts_messages(company),
        "suggestions": suggestions(company),
    }
    return render_to_string("directory/portal/networking.html", context, request=request)
