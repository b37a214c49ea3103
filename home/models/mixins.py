"""Abstract mixins that the apps' page types share."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PageViewRestriction
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..query import alias_paths, private_paths


class ViewRestrictionsMixin:
    """A page type whose pages outside the private sections skip reading view restrictions.

    Wagtail reads the restrictions of a page and its ancestors for every page it serves (two
    queries). The private sections are known (see home/query.py): a page in none of them has
    no restrictions, unless it is an alias or below one (its source's restrictions apply).
    """

    def get_view_restrictions(self):
        if any(self.path.startswith(path) for path in [*private_paths(), *alias_paths()]):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


class ReviewedChangesMixin(models.Model):
    """A page that company representatives change through drafts an editor approves.

    Their texts for the page's other languages wait in `pending_translations`, which is part
    of the draft revision; when an editor publishes it, every language is brought in step
    (see home/review.py).
    """

    pending_translations = models.JSONField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def text_field_names(cls):
        """The translated fields that hold plain or rich text."""
        return [
            field.field_name
            for field in cls.translatable_fields
            if isinstance(field, TranslatableField)
            and isinstance(
                cls._meta.get_field(field.field_name), (models.CharField, models.TextField)
            )
        ]

    def texts(self):
        return {name: getattr(self, name) for name in self.text_field_names()}

    def set_texts(self, texts):
        for name in self.text_field_names():
            if name in texts:
                setattr(self, name, texts[name])


class PageImageMixin(models.Model):
    """The main image of a page: shown at the top, on cards and when the page is shared."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page, on cards and when the page is shared."),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows, in this page's language."),
    )

    image_panels = [
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
    ]
    image_translatable_fields = [SynchronizedField("image"), TranslatableField("image_alt")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )


class FindablePageMixin:
    """A page type the site search finds (home/search.py indexes it when it is published).

    Its texts are the `search_fields` it declares for Wagtail's search: the title weighs
    most, then the field named by `search_summary_field` (shown under the title when none of
    the searched words can be highlighted), then the other fields.
    """

    search_kind = None  # a SearchEntry.Kind
    search_summary_field = None
    search_date_field = None  # the date a result shows, if any
    search_image_field = "image"

    def is_findable(self):
        """Whether the site search may show the page at all (it is live and public)."""
        return True

    def search_window(self):
        """The first and last day the page is findable; None for no limit."""
        return None, None
