from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin


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
