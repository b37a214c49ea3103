import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.rich_text import from_plain_text, plain_text

from .models import LONGEST_AHEAD, Enquiry, ListingCategory, ListingPage

# A new start date may be a few days back (a listing typed on Monday about last Friday).
START_GRACE = datetime.timedelta(days=7)


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


class ListingForm(forms.ModelForm):
    """A representative's listing, in one language; editors add translations."""

    language = forms.ChoiceField(
        label=_("Language of the listing"),
        choices=settings.LANGUAGES,
        help_text=_("Write in one language; our editors translate it into the others."),
    )
    description_text = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What is offered or needed, in detail: quantities, dates, conditions. "
            "Leave a blank line between paragraphs."
        ),
    )

    field_order = ["language", "kind", "category", "title", "summary", "description_text"]

    class Meta:
        model = ListingPage
        fields = [
            "kind",
            "category",
            "title",
            "summary",
            "terms",
            "territory",
            "location",
            "valid_from",
            "valid_until",
            "contact_email",
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"title": _("Title")}
        help_texts = {
            "title": _("Short and specific, e.g. “Five-axis milling capacity from March”.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        listing = self.instance
        if listing.pk:
            # A listing stays in its language; translations are the editors' work.
            del self.fields["language"]
        else:
            self.fields["language"].initial = get_language()
        self.fields["description_text"].initial = plain_text(listing.description)
        self.fields["category"].required = True
        # Categories in the listing's language, or the visitor's for a new one.
        locale = (
            {"locale_id": listing.locale_id}
            if listing.pk
            else {"locale__language_code": get_language()}
        )
        category = self.fields["category"]
        category.queryset = ListingCategory.objects.filter(**locale)
        # Named in the reader's language, whatever the listing's.
        category.label_from_instance = ListingCategory.labels_in(get_language())

    def bounded_date(self, name, earliest):
        """The date typed in `name`, refused outside `earliest` to a year from today; a date
        already stored and left as it was is kept, unless it is further ahead."""
        day = self.cleaned_data[name]
        latest = timezone.localdate() + LONGEST_AHEAD
        kept = self.instance.pk and day == getattr(self.instance, name)
        if day > latest or (day < earliest and not kept):
            raise forms.ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s."),
                params={"earliest": date_format(earliest), "latest": date_format(latest)},
            )
        return day

    def clean_valid_from(self):
        return self.bounded_date("valid_from", timezone.localdate() - START_GRACE)

    def clean_valid_until(self):
        return self.bounded_date("valid_until", timezone.localdate())

    def clean(self):
        cleaned = super().clean()
        language = self.instance.locale.language_code if self.instance.pk else None
        language = cleaned.get("language", language)
        # Listings keep the category in their own language (it is synchronised from there).
        if (category := cleaned.get("category")) and language:
            cleaned["category"] = (
                ListingCategory.objects.filter(
                    translation_key=category.translation_key, locale__language_code=language
                ).first()
                or category
            )
        self.instance.description = from_plain_text(
            cleaned.get("description_text", ""),
            self.instance.description,
            features=ListingPage.description.field.features,
        )
        return cleaned
