"""The profile form of the member portal: public fields once, texts in each language."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from home.forms import image_from_upload, validate_uploaded_image
from home.rich_text import from_plain_text, plain_text

from .models import OPEN_TO, OPEN_TO_FIELDS, SHARED_FIELDS, CompanyPage, Sector


def https_by_default(model_field, **kwargs):
    """Addresses typed without a scheme are taken as https://."""
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


def split_services(value):
    return [item.strip() for item in value.split(",") if item.strip()]


class ProfileForm(forms.ModelForm):
    """Edits a draft of the company's source page; `translations` are its other languages."""

    name = forms.CharField(label=_("Company name"), max_length=255)
    new_logo = forms.ImageField(
        label=_("New logo"),
        required=False,
        validators=[validate_uploaded_image],
        help_text=_("JPEG, PNG or WebP, up to 2 MB. Square images work best."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    open_to = forms.MultipleChoiceField(
        label=_("Open to"),
        required=False,
        choices=[(key, label) for key, (_field, label) in OPEN_TO.items()],
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = CompanyPage
        # Editors keep the centre, cohort and status; the logo and "open to" have own fields.
        fields = [
            name
            for name in SHARED_FIELDS
            if name not in {"logo", "vet_centre", "cohort_year", "status", *OPEN_TO_FIELDS}
        ]
        widgets = {"sectors": forms.CheckboxSelectMultiple}
        formfield_callback = https_by_default

    def __init__(self, *args, translations, user, **kwargs):
        super().__init__(*args, **kwargs)
        company = self.instance
        self.user = user
        self.translations = translations
        self.source_language = company.locale.language_code
        self.fields["name"].initial = company.title
        self.fields["open_to"].initial = [
            key for key, (field, _label) in OPEN_TO.items() if getattr(company, field)
        ]
        # The company's sectors are those of its source language, named in the reader's.
        sectors = self.fields["sectors"]
        sectors.queryset = Sector.objects.filter(locale_id=company.locale_id)
        sectors.label_from_instance = Sector.labels_in(get_language())
        # The texts of each language as they are now (the draft's, for the source language).
        self.current = {
            code: page.texts()
            for code, page in [(self.source_language, company), *translations.items()]
        }
        pending = company.pending_translations or {}
        for code, _name in settings.LANGUAGES:
            # What the form starts from: the texts awaiting review over the current ones.
            shown = {**self.current.get(code, {}), **pending.get(code, {})}
            language = get_language_info(code)["name_translated"]
            self.fields[f"tagline_{code}"] = forms.CharField(
                label=format_lazy("{} ({})", _("Tagline"), language),
                max_length=160,
                required=code == self.source_language,
                initial=shown.get("tagline", ""),
                help_text=_("What the company does, in one line."),
            )
            self.fields[f"description_{code}"] = forms.CharField(
                label=format_lazy("{} ({})", _("Description"), language),
                required=False,
                max_length=5000,
                initial=plain_text(shown.get("description", "")),
                widget=forms.Textarea(attrs={"rows": 6}),
                help_text=_("Leave a blank line between paragraphs."),
            )
            self.fields[f"services_{code}"] = forms.CharField(
                label=format_lazy("{} ({})", _("Services and products"), language),
                required=False,
                max_length=500,
                initial=", ".join(shown.get("services", [])),
                help_text=_("Separated by commas."),
            )

    def language_fields(self):
        """(code, language name, bound fields) per language, source language first."""
        codes = sorted(
            (code for code, _name in settings.LANGUAGES),
            key=lambda code: code != self.source_language,
        )
        fields = ("tagline", "description", "services")
        return [
            (
                code,
                get_language_info(code)["name_translated"],
                [self[f"{field}_{code}"] for field in fields],
            )
            for code in codes
        ]

    def clean(self):
        cleaned = super().clean()
        for code, _name in settings.LANGUAGES:
            # A new translation needs its tagline; an existing one keeps it when left empty.
            if code == self.source_language or code in self.translations:
                continue
            typed = cleaned.get(f"description_{code}") or cleaned.get(f"services_{code}")
            if typed and not cleaned.get(f"tagline_{code}"):
                self.add_error(
                    f"tagline_{code}",
                    _("Give a tagline in this language too, or leave all its texts empty."),
                )
        return cleaned

    def typed_texts(self, code):
        """What was typed for `code`, as it would be stored; None when nothing was."""
        data = self.cleaned_data
        current = self.current.get(code, {})
        tagline = data[f"tagline_{code}"] or current.get("tagline")
        if not tagline:
            return None
        return {
            "tagline": tagline,
            "description": from_plain_text(
                data[f"description_{code}"],
                current.get("description", ""),
                features=CompanyPage.description.field.features,
            ),
            "services": split_services(data[f"services_{code}"]),
        }

    def save(self, commit=False):
        """The draft, ready to submit; the other languages' changes wait in it.

        Only what differs from a translation is kept for it, so that a translator's edits
        made while the change awaits review are not overwritten when it is approved.
        """
        company = super().save(commit=False)
        self.save_m2m()
        renamed = self.cleaned_data["name"] != company.title
        company.title = self.cleaned_data["name"]
        company.set_texts(self.typed_texts(self.source_language))
        for key, (field, _label) in OPEN_TO.items():
            setattr(company, field, key in self.cleaned_data["open_to"])
        if upload := self.cleaned_data.get("new_logo"):
            company.logo = image_from_upload(
                upload, _("%(name)s logo") % {"name": company.title}, self.user
            )
        pending = {}
        for code, _name in settings.LANGUAGES:
            if code == self.source_language:
                continue
            typed = self.typed_texts(code) or {}
            current = self.current.get(code, {})
            changes = {name: value for name, value in typed.items() if value != current.get(name)}
            if renamed or code not in self.translations:
                changes["title"] = company.title
            # Existing translations are listed even unchanged: they take the shared fields.
            if code in self.translations or typed:
                pending[code] = changes
        company.pending_translations = pending
        return company
