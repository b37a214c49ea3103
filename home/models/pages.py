"""The site's own page types: home, programmes, standard pages, and what section pages share."""

from dataclasses import dataclass

from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import BodyBlock
from ..content_cache import cached
from ..forms import SameLanguageChoicesPageForm
from ..i18n import pages_in_language
from ..panels import TranslationStatusPanel
from ..query import PageManager
from .mixins import FindablePageMixin, PageImageMixin, ViewRestrictionsMixin

# Fields every page shares with Wagtail's own Page; they are translated as usual.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]
# Every page's edit form opens with how its languages stand, then Wagtail's title field.
PAGE_CONTENT_PANELS = [TranslationStatusPanel(heading=_("Languages")), *Page.content_panels]


@dataclass
class HomePageSection:
    """What another app shows on the home page, given by its "home_page_sections" hooks
    (functions of the request): a template, its context, and the images it shows."""

    template: str
    context: dict
    images: list

    def render(self, request):
        return render_to_string(self.template, self.context, request)


def home_page_sections(request):
    """What the apps show on the home page for this request, in their hooks' order."""
    return [section for hook in hooks.get_hooks("home_page_sections") if (section := hook(request))]


class HomePage(ViewRestrictionsMixin, PageImageMixin, Page):
    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        help_text=_("The large headline at the top of the home page."),
    )
    hero_lead = models.TextField(
        _("hero lead"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the headline."),
    )
    hero_cta_text = models.CharField(
        _("button text"),
        max_length=60,
        blank=True,
        help_text=_("Label of the button under the headline, e.g. “Discover our programmes”."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the button leads to."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome under the hero."),
    )
    featured_programmes = StreamField(
        [("programme", blocks.PageChooserBlock(page_type="home.ProgrammePage"))],
        verbose_name=_("highlighted programmes"),
        blank=True,
        max_num=6,
        help_text=_("Programmes shown as cards on the home page, in this order."),
    )

    base_form_class = SameLanguageChoicesPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ProgrammeIndexPage",
        "home.StandardPage",
        "news.NewsIndexPage",
        "directory.DirectoryIndexPage",
        "marketplace.MarketplaceIndexPage",
        "events.EventIndexPage",
        "home.SearchPage",
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_lead"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("hero_cta_text"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("featured_programmes"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("hero_title"),
        TranslatableField("hero_lead"),
        TranslatableField("hero_cta_text"),
        TranslatableField("hero_cta_page"),
        TranslatableField("intro"),
        TranslatableField("featured_programmes"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # Wagtail reads a child's page row, then its type's row, for every request; the pages
        # under the home page (the sections) are kept as their own types until content changes.
        children = cached(
            "home-children",
            lambda: {child.slug: child for child in self.get_children().specific()},
            self.pk,
        )
        if (child := children.get(path_components[0])) is None:
            raise Http404
        child._cached_parent_obj = self  # as Wagtail does: its parent is known
        return child.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only if the template does not find the page's content in the cache.
        context["home_content"] = SimpleLazyObject(lambda: self.content_for(request))
        return context

    def content_for(self, request):
        """The pages and sections the home page shows, in its language."""
        # Editors may pick pages in another language: show this language's versions.
        hero_cta_page = None
        if self.hero_cta_page_id:
            found = pages_in_language([self.hero_cta_page_id], self.locale_id, Page.objects.live())
            hero_cta_page = found[0] if found else self.hero_cta_page
        programmes = pages_in_language(
            [block["value"] for block in self.featured_programmes.raw_data],
            self.locale_id,
            ProgrammePage.objects.live().public().select_related("image"),
        )
        sections = home_page_sections(request)
        # The renditions of every image on the page, in one query.
        images = [
            self.image,
            *(programme.image for programme in programmes),
            *(image for section in sections for image in section.images),
        ]
        prefetch_related_objects([image for image in images if image], "renditions")
        return {
            "hero_cta_page": hero_cta_page,
            "featured_programmes": programmes,
            "sections": [section.render(request) for section in sections],
        }


class SectionIndexPage(ViewRestrictionsMixin, Page):
    """A section's landing page in each language: an introduction above a listing."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text at the top of the page, above the listing."),
    )

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = [*PAGE_CONTENT_PANELS, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # A section holds pages of one type: Wagtail reads a child's page row, then its
        # type's row; reading it as that type takes one query.
        subpage_models = self.allowed_subpage_models()
        if not (path_components and len(subpage_models) == 1):
            return super().route(request, path_components)
        model = subpage_models[0]
        try:
            subpage = model.objects.child_of(self).get(slug=path_components[0])
        except model.DoesNotExist:
            return super().route(request, path_components)
        subpage._cached_parent_obj = self  # as Wagtail does: its parent is known
        return subpage.route(request, path_components[1:])


class ProgrammeIndexPage(SectionIndexPage):
    subpage_types = ["home.ProgrammePage"]

    class Meta:
        verbose_name = _("programme index page")
        verbose_name_plural = _("programme index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = (
            ProgrammePage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
        )
        return context


class ProgrammePage(ViewRestrictionsMixin, FindablePageMixin, PageImageMixin, Page):
    search_kind = "programme"
    search_summary_field = "summary"

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown under the title and on programme cards."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact_title = models.CharField(
        _("contact card title"),
        max_length=80,
        blank=True,
        help_text=_("Heading of the contact card in the sidebar, e.g. “Talk to us”."),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(_("contact person's role"), max_length=120, blank=True)
    contact_text = models.TextField(
        _("contact text"),
        max_length=300,
        blank=True,
        help_text=_("A sentence telling visitors when and why to get in touch."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    objects = PageManager()

    parent_page_types = ["home.ProgrammeIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("summary"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_title"),
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_text"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact card"),
        ),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("contact_title"),
        SynchronizedField("contact_name"),
        TranslatableField("contact_role"),
        TranslatableField("contact_text"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    @property
    def has_contact_card(self):
        return any((self.contact_name, self.contact_email, self.contact_phone, self.contact_text))


class StandardPage(ViewRestrictionsMixin, FindablePageMixin, PageImageMixin, Page):
    search_kind = "page"
    search_summary_field = "intro"

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("A sentence or two under the title."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [
        *PAGE_CONTENT_PANELS,
        FieldPanel("intro"),
        *PageImageMixin.image_panels,
        FieldPanel("body"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *PageImageMixin.image_translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
