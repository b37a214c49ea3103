"""The profile form of the member portal: public fields once, texts in each language."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home.rich_text import paragraphs, plain_text, sanitise

from .models import OPEN_TO, CompanyPage, Sector

LOGO_FORMATS = {"JPEG", "PNG", "WEBP"}
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000
DESCRIPTION_FEATURES = ["bold", "italic", "ul", "link"]


def validate_logo(upload):
    """JPEG, PNG or WebP by content (Django's ImageField already opened it with Pillow)."""
    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is %(size)s; the limit is %(limit)s."),
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(LOGO_MAX_BYTES),
            },
        )
    image = upload.image
    if image.format not in LOGO_FORMATS:
        raise ValidationError(_("Upload the logo as a JPEG, PNG or WebP image."))
    if image.width * image.height > LOGO_MAX_PIXELS:
        raise ValidationError(
            _("The logo is %(width)s×%(height)s pixels; make it smaller than 4000×4000."),
            params={"width": image.width, "height": image.height},
        )


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
        validators=[validate_logo],
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
        fields = [
            "sectors",
            "founded_year",
            "territory",
            "town",
            "team_size",
            "website",
            "email",
            "phone",
            "linkedin_url",
            "x_url",
            "instagram_url",
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
        self.fields["sectors"].queryset = Sector.objects.filter(locale_id=company.locale_id)
        pending = company.pending_translations or {}
        for code, _name in settings.LANGUAGES:
            current = self.current_texts(code, pending)
            required = code == self.source_language
            self.fields[f"tagline_{code}"] = forms.CharField(
                label=_("Tagline"),
                max_length=160,
                required=required,
                initial=current.get("tagline", ""),
                help_text=_("What the company does, in one line."),
            )
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description"),
                required=False,
                max_length=5000,
                initial=plain_text(current.get("description", "")),
                widget=forms.Textarea(attrs={"rows": 6}),
                help_text=_("Leave a blank line between paragraphs."),
            )
            self.fields[f"services_{code}"] = forms.CharField(
                label=_("Services and products"),
                required=False,
                max_length=500,
                initial=", ".join(current.get("services", [])),
                help_text=_("Separated by commas."),
            )

    def current_texts(self, code, pending):
        """The texts the form starts from: the draft's, else the live translation's."""
        if code == self.source_language:
            page = self.instance
        elif code in pending:
            return pending[code]
        elif (page := self.translations.get(code)) is None:
            return {}
        return {**page.texts(), "services": list(page.services.names())}

    def language_fields(self):
        """(code, name, bound fields) per language, source language first."""
        ordered = sorted(settings.LANGUAGES, key=lambda item: item[0] != self.source_language)
        return [
            (
                code,
                name,
                [self[f"{field}_{code}"] for field in ("tagline", "description", "services")],
            )
            for code, name in ordered
        ]

    def texts_for(self, code):
        """What was typed for `code`, over its current texts; None when left empty."""
        data = self.cleaned_data
        if not data[f"tagline_{code}"]:
            return None
        current = self.current_texts(code, self.instance.pending_translations or {})
        description = data[f"description_{code}"]
        if description != plain_text(current.get("description", "")):
            description = paragraphs(description)
        else:
            description = current.get("description", "")
        return {
            **current,
            "title": data["name"],
            "tagline": data[f"tagline_{code}"],
            "description": sanitise(description, DESCRIPTION_FEATURES),
            "services": split_services(data[f"services_{code}"]),
        }

    def save(self, commit=False):
        """The draft, ready to submit; the other languages wait in its pending translations."""
        company = super().save(commit=False)
        self.save_m2m()
        company.set_texts(self.texts_for(self.source_language))
        for key, (field, _label) in OPEN_TO.items():
            setattr(company, field, key in self.cleaned_data["open_to"])
        if upload := self.cleaned_data.get("new_logo"):
            company.logo = get_image_model().objects.create(
                title=_("%(name)s logo") % {"name": company.title},
                file=upload,
                uploaded_by_user=self.user,
            )
        pending = {}
        for code, _name in settings.LANGUAGES:
            if code == self.source_language:
                continue
            texts = self.texts_for(code)
            if texts is None and code in self.translations:
                texts = {**self.current_texts(code, {}), "title": company.title}
            if texts is not None:
                pending[code] = texts
        company.pending_translations = pending
        return company
