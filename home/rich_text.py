"""Rich text typed outside the admin: plain paragraphs in, clean HTML out."""

import html
import re

from django.utils.html import escape, strip_tags
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as rich text."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def plain_text(rich_text):
    """Rich text as plain paragraphs separated by blank lines, for a text box."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n\n", rich_text or "")))
    return "\n\n".join(block.strip() for block in text.split("\n\n") if block.strip())


def sanitise(rich_text, features):
    """Keep only the tags and attributes of `features`; scripts, event handlers and
    `javascript:` links go, as Wagtail's own editor would drop them."""
    return EditorHTMLConverter(features=features).to_database_format(rich_text or "")
