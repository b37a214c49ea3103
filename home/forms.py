from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.models import Locale, TranslatableMixin

# MPO is how Pillow names the JPEG files many phone cameras take.
UPLOAD_FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}
UPLOAD_MAX_BYTES = 2 * 1024 * 1024
UPLOAD_MAX_PIXELS = 4000 * 4000


class SameLanguageChoicesPageForm(WagtailAdminPageForm):
    """A page form whose choosers and choice lists offer only objects in the page's language.

    wagtail-localize gives translations the source page's objects, so current values are
    shown as their translations in this language, and kept as they are where there is none:
    saving the form unchanged loses nothing.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The preview of a page being created has no locale yet: it will take its parent's.
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        locale = Locale.objects.get(pk=locale_id)
        for name, field in self.fields.items():
            if isinstance(field, forms.ModelChoiceField) and issubclass(
                field.queryset.model, TranslatableMixin
            ):
                self.limit_to_locale(name, field, locale)

    def limit_to_locale(self, name, field, locale):
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        initial = self.initial.get(name)
        if initial is None:
            values = []
        else:
            values = [getattr(value, "pk", value) for value in (initial if multiple else [initial])]
        current = dict(field.queryset.filter(pk__in=values).values_list("pk", "translation_key"))
        translated = dict(
            field.queryset.filter(locale=locale, translation_key__in=current.values()).values_list(
                "translation_key", "pk"
            )
        )
        untranslated = [pk for pk, key in current.items() if key not in translated]

        field.queryset = field.queryset.filter(Q(locale=locale) | Q(pk__in=untranslated))
        field.error_messages["invalid_choice"] = _(
            "Choose an item in %(language)s, the language of this page."
        ) % {"language": locale.get_display_name()}
        if current:
            chosen = [translated.get(key, pk) for pk, key in current.items()]
            self.initial[name] = chosen if multiple else chosen[0]


class VisitorForm(forms.ModelForm):
    """A form visitors send without signing in, whose name goes into e-mails; bots fill its
    field people do not see (hidden with CSS, labelled for screen readers)."""

    website = forms.CharField(label=gettext_lazy("Leave this field empty"), required=False)

    def clean_name(self):
        # The name goes into an e-mail's subject: line breaks there would add headers.
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


def validate_uploaded_image(upload):
    """A logo or picture sent from the member portal: JPEG, PNG or WebP by content (Django's
    ImageField already opened it with Pillow), of a sensible size."""
    if upload.size > UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The image is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(UPLOAD_MAX_BYTES)}
        )
    image = upload.image
    if image.format not in UPLOAD_FORMATS:
        raise ValidationError(_("Upload a JPEG, PNG or WebP image."))
    if image.width * image.height > UPLOAD_MAX_PIXELS:
        raise ValidationError(
            _("The image is %(width)s×%(height)s pixels; make it smaller than 4000×4000.")
            % {"width": image.width, "height": image.height}
        )


def image_from_upload(upload, title, user):
    """A Wagtail image of a checked upload, for a draft an editor reviews."""
    return get_image_model().objects.create(title=title, file=upload, uploaded_by_user=user)
