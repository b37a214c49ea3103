from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Enquiry


class EnquiryForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that my details are sent to the company and kept by Tknika to "
            "handle this enquiry."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot send your message.")},
    )
    # A field people do not see (hidden with CSS, labelled for screen readers): bots fill it.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = Enquiry
        fields = ["name", "email", "organisation", "message"]
        labels = {"name": _("Your name"), "email": _("Your e-mail")}
        help_texts = {"email": _("The company will reply to this address.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "name": {"required": _("Tell the company your name.")},
            "email": {
                "required": _("Give an e-mail address so the company can reply."),
                "invalid": _("Enter an e-mail address like name@example.com."),
            },
            "message": {"required": _("Write your message to the company.")},
        }

    def clean_name(self):
        # The name goes into the e-mail's subject: line breaks there would add headers.
        name = self.cleaned_data["name"]
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("Write your name on one line."))
        return name

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(
                _("This field must stay empty. If you are a person, clear it and send again.")
            )
        return ""
