"""Rich text typed outside the admin: plain paragraphs in, clean HTML out."""

import html
import re

from django.utils.html import escape, strip_tags
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def normalise(text):
    """Browsers send text boxes with CRLF line ends; compare and store with LF."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as rich text."""
    blocks = [block.strip() for block in normalise(text).split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def plain_text(rich_text):
    """Rich text as plain paragraphs separated by blank lines, for a text box."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n\n", rich_text or "")))
    return "\n\n".join(block.strip() for block in text.split("\n\n") if block.strip())


def from_plain_text(text, current):
    """Typed paragraphs as rich text; text left as it was keeps the current formatting."""
    if normalise(text) == plain_text(current):
        return current
    return paragraphs(text)


class StoredRichTextWhitelister(Whitelister):
    """Rich text as stored for descriptions: paragraphs, emphasis, lists and links."""

    element_rules = {
        "[document]": allow_without_attributes,
        **dict.fromkeys(
            ("p", "br", "b", "strong", "i", "em", "ul", "ol", "li"), allow_without_attributes
        ),
        # Outside addresses (no javascript:), or Wagtail's references to pages and documents.
        "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
    }


def sanitise(rich_text):
    """Drop every tag and attribute a description may not have: scripts, event handlers,
    styles, `javascript:` links. The text inside dropped tags stays, as text."""
    return StoredRichTextWhitelister().clean(rich_text or "")
