"""StreamField blocks shared by every page body on the site."""

from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .i18n import localized

# Preview values are read when the block chooser shows them, so they are written in the
# editor's language.


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections and H3 inside a section, so headings stay in order."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": "Urratsbat", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def get_preview_value(self):
        # Read when the chooser shows the preview: the library's first image, if it has one.
        image = get_image_model().objects.order_by("pk").first()
        return self.normalize(
            {
                "image": image,
                "alt_text": image.default_alt_text if image else "",
                "caption": gettext(
                    "A VET centre's workshop, where many companies build their prototypes."
                ),
            }
        )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with required alternative text and an optional caption.")


class CallToActionStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return localized(page).url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_text = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("Link to a page of this site...")
    )
    external_url = blocks.URLBlock(
        label=_("External link"), required=False, help_text=_("...or to another website.")
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose either a page or an external link.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "external_url": ValidationError(message),
                }
            )
        return value

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with a button leading to a page or website.")
        value_class = CallToActionStructValue
        preview_value = staticmethod(
            lambda: {
                "title": gettext("Join the Urratsbat community"),
                "text": gettext(
                    "Networking, visibility and business development for alumni companies."
                ),
                "button_text": gettext("Find out more"),
                "external_url": "https://tknika.eus",
            }
        )


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=100)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        description = _("A row of headline numbers, each with a short label.")
        preview_value = staticmethod(
            lambda: {
                "title": gettext("Urratsbat in numbers"),
                "figures": [
                    {"value": "10", "label": gettext("years of the programme")},
                    {"value": "400+", "label": gettext("companies created")},
                ],
            }
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role or organisation"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the name and role of the person quoted.")
        preview_value = staticmethod(
            lambda: {
                "quote": gettext("The centre's workshop let us build our first prototype."),
                "attribution": "Ane Zubiri",
                "role": gettext("Urratsbat entrepreneur"),
            }
        )


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer (an accordion).")
        preview_value = staticmethod(
            lambda: {
                "title": gettext("Frequently asked questions"),
                "items": [
                    {
                        "question": gettext("Who can take part?"),
                        "answer": format_html("<p>{}</p>", gettext("Students and alumni.")),
                    },
                ],
            }
        )


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Leave empty to use the document's title."),
    )

    def get_preview_value(self):
        # Read when the chooser shows the preview: the library's first document, if it has one.
        return self.normalize(
            {
                "document": get_document_model().objects.order_by("pk").first(),
                "title": gettext("Urratsbat programme guide"),
            }
        )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document")
        description = _("A download link showing the file type and size.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
        template="blocks/paragraph_block.html",
        description=_("Paragraphs, lists and links."),
        preview_value="<p>Tknika links VET centres with companies.</p>",
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="blocks/embed_block.html",
        description=_("A video or other media from a supported website, by its address."),
        help_text=_("For example a YouTube or Vimeo address."),
    )
