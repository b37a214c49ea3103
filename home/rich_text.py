"""Rich text typed outside the admin: plain paragraphs in, clean HTML out."""

from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url


def normalise(text):
    """Browsers send text boxes with CRLF line ends; compare and store with LF."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def split(text):
    """The paragraphs of plain text (separated by blank lines)."""
    return [paragraph for paragraph in map(str.strip, normalise(text).split("\n\n")) if paragraph]


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as rich text (escaped, so safe)."""
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in split(text))


def blocks(rich_text):
    """The top-level blocks of rich text (paragraphs, lists…) as (plain text, HTML) pairs.

    A block's plain text puts a list's items on lines of their own.
    """
    document = BeautifulSoup(rich_text or "", "html.parser")
    found = []
    for block in document.find_all(recursive=False):
        items = block.find_all("li") if block.name in ("ul", "ol") else [block]
        lines = (" ".join(item.get_text().split()) for item in items)
        text = "\n".join(line for line in lines if line)
        if text:
            found.append((text, str(block)))
    return found


def plain_text(rich_text):
    """Rich text as plain paragraphs separated by blank lines, for a text box."""
    return "\n\n".join(text for text, _html in blocks(rich_text))


def from_plain_text(text, current):
    """Typed paragraphs as rich text (HTML-escaped, so safe); a paragraph left as it was
    keeps its formatting (bold, links, lists) from `current`."""
    current_blocks = blocks(current)
    if normalise(text) == "\n\n".join(block_text for block_text, _html in current_blocks):
        return current
    kept = dict(current_blocks)
    return sanitise("".join(kept.get(typed) or paragraphs(typed) for typed in split(text)))


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
