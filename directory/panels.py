from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

CHANGED_TEXT_LABELS = {
    "title": _("Company name"),
    "tagline": _("Tagline"),
    "description": _("Description"),
    "services": _("Services and products"),
}


class ProposedTranslationsPanel(Panel):
    """Shows reviewers what changes in the other languages when this draft is published."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/panels/proposed_translations.html"

        def is_shown(self):
            return any((self.instance.pending_translations or {}).values())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            names = dict(settings.LANGUAGES)
            context["proposals"] = [
                {
                    "code": code,
                    "language": names.get(code, code),
                    "changes": [
                        {
                            "label": label,
                            "value": ", ".join(texts[field])
                            if field == "services"
                            else texts[field],
                            "is_rich_text": field == "description",
                        }
                        for field, label in CHANGED_TEXT_LABELS.items()
                        if field in texts
                    ],
                }
                for code, texts in self.instance.pending_translations.items()
                if texts
            ]
            return context
