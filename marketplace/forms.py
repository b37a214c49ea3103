import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.forms import VisitorForm, image_from_upload, validate_uploaded_image
from home.rich_text import from_plain_text, plain_text

from .models import (
    LONGEST_AHEAD,
    Enquiry,
    EnquiryReply,
    ListingCategory,
    ListingPage,
    SavedSearch,
)

# A new start date may be a few days back (a listing typed on Monday about last Friday).
START_GRACE = datetime.timedelta(days=7)


class EnquiryForm(VisitorForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that my details are sent to the company and kept by Tknika to "
            "handle this enquiry."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot send your message.")},
    )

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


class AlertForm(VisitorForm):
    """The address a saved search's new listings go to."""

    consent = forms.BooleanField(
        label=_(
            "I agree that Tknika keeps my e-mail address to send me new listings like these, "
            "until I unsubscribe."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot send you listings.")},
    )

    class Meta:
        model = SavedSearch
        fields = ["email", "query"]
        widgets = {"query": forms.HiddenInput}
        labels = {"email": _("Your e-mail")}
        help_texts = {"email": _("We first send a link to confirm it is yours.")}
        error_messages = {
            "email": {
                "required": _("Give the e-mail address the listings should go to."),
                "invalid": _("Enter an e-mail address like name@example.com."),
            }
        }


class ReplyForm(forms.ModelForm):
    """The company's answer to an enquiry, from the member portal."""

    class Meta:
        model = EnquiryReply
        fields = ["message"]
        labels = {"message": _("Your reply")}
        help_texts = {"message": _("We e-mail it to the person who asked; they can answer you.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        error_messages = {"message": {"required": _("Write your reply.")}}


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

    new_image = forms.ImageField(
        label=_("Image"),
        required=False,
        validators=[validate_uploaded_image],
        help_text=_("A photo of what you offer or need: JPEG, PNG or WebP, up to 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
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
            "image_alt",
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"title": _("Title"), "image_alt": _("What the image shows")}
        help_texts = {
            "title": _("Short and specific, e.g. “Five-axis milling capacity from March”."),
            "image_alt": _("For people who cannot see it, e.g. “Five-axis milling machine”."),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
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
        has_image = cleaned.get("new_image") or self.instance.image_id
        if has_image and not cleaned.get("image_alt", "").strip():
            self.add_error("image_alt", _("Describe the image for people who cannot see it."))
        self.instance.description = from_plain_text(
            cleaned.get("description_text", ""),
            self.instance.description,
            features=ListingPage.description.field.features,
        )
        return cleaned

    def save(self, commit=True):
        listing = super().save(commit=False)
        if upload := self.cleaned_data.get("new_image"):
            listing.image = image_from_upload(upload, listing.title, self.user)
        if commit:
            listing.save()
        return listing
