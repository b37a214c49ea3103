from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import CompanyPage
from home.forms import VisitorForm

from .models import Registration


class RegistrationForm(VisitorForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that Tknika keeps my details to manage my place at this event and to "
            "send me e-mails about it."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot keep your place.")},
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "company"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail"),
            "company": _("Urratsbat company"),
        }
        help_texts = {
            "email": _("We send the confirmation, a reminder and a link to cancel here."),
            "company": _("If you come on behalf of a company in our directory, choose it."),
        }
        error_messages = {
            "name": {"required": _("Tell us your name.")},
            "email": {
                "required": _("Give an e-mail address for your confirmation."),
                "invalid": _("Enter an e-mail address like name@example.com."),
            },
        }

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        company = self.fields["company"]
        company.queryset = (
            CompanyPage.objects.live().public().filter(locale_id=event.locale_id).order_by("title")
        )
        company.empty_label = _("None")
        # Named by a key that is the same in every language (and not a page's id).
        company.to_field_name = "translation_key"
