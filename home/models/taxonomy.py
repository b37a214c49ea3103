"""Terms to classify content by, shared by the apps' taxonomies (sectors, categories)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..i18n import translator


class Taxonomy(TranslatableMixin, models.Model):
    """A term to classify content by, e.g. a sector; its slug is the same in every language."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in web addresses to filter by this term; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_slug"
            )
        ]

    def __str__(self):
        return self.name

    @classmethod
    def choices_in(cls, locale):
        """(slug, name) pairs in `locale`, as filter options."""
        return list(cls.objects.filter(locale=locale).values_list("slug", "name"))

    @classmethod
    def labels_in(cls, language):
        """A choice field's `label_from_instance` that names terms of any language in
        `language` (terms without a translation keep their own name)."""
        term_in_language = translator(cls.objects.all(), language)
        return lambda term: term_in_language(term).name
