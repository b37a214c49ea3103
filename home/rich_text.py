"""Rich text written outside the admin: plain paragraphs in, clean HTML out, stored exactly
as the admin's rich text editor would save it."""

import hashlib
import itertools
import json

from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.rich_text.converters.html_to_contentstate import BLOCK_KEY_NAME
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url


def as_editor_saves(html, features=None):
    """`html` exactly as the admin's rich text editor saves it for a field with `features`
    (`<b>` rather than `<strong>`, a key on every paragraph...).

    Saving a page unchanged in the admin then changes none of its texts, so wagtail-localize
    keeps their translations. Passing the result through again returns it unchanged.
    """
    if not (html or "").strip():
        return ""  # an empty editor saves nothing, not an empty paragraph
    editor = get_rich_text_editor_widget(features=features)
    contentstate = json.loads(editor.format_value(html))
    _key_new_blocks_by_content(contentstate, html)
    return editor.value_from_datadict({"html": json.dumps(contentstate)}, {}, "html")


def _key_new_blocks_by_content(contentstate, html):
    """The editor keys each new paragraph at random; key it by place and text instead, so
    that writing the same text again stores the same HTML. Stored keys stay, once each."""
    document = BeautifulSoup(html, "html.parser")
    stored = {tag[BLOCK_KEY_NAME] for tag in document.find_all(attrs={BLOCK_KEY_NAME: True})}
    taken = set(stored)
    kept = set()
    for index, block in enumerate(contentstate["blocks"]):
        if block["key"] in stored and block["key"] not in kept:
            kept.add(block["key"])
            continue
        for attempt in itertools.count():
            seed = f"{index}:{attempt}:{block['text']}".encode()
            key = hashlib.sha256(seed).hexdigest()[:5]
            if key not in taken:
                break
        taken.add(key)
        block["key"] = key


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


def from_plain_text(text, current, *, features):
    """Typed paragraphs as rich text for a field with `features` (HTML-escaped, so safe); a
    paragraph left as it was keeps its formatting (bold, links, lists) from `current`."""
    current_blocks = blocks(current)
    if normalise(text) == "\n\n".join(block_text for block_text, _html in current_blocks):
        return current
    kept = dict(current_blocks)
    html = "".join(kept.get(typed) or paragraphs(typed) for typed in split(text))
    return as_editor_saves(sanitise(html), features)


class StoredRichTextWhitelister(Whitelister):
    """Rich text as stored for descriptions: paragraphs, emphasis, lists and links."""

    element_rules = {
        "[document]": allow_without_attributes,
        **dict.fromkeys(("br", "b", "strong", "i", "em", "ul", "ol"), allow_without_attributes),
        # The editor's paragraph keys, kept so that a paragraph keeps its key across edits.
        **dict.fromkeys(("p", "li"), attribute_rule({BLOCK_KEY_NAME: True})),
        # Outside addresses (no javascript:), or Wagtail's references to pages and documents.
        "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
    }


def sanitise(rich_text):
    """Drop every tag and attribute a description may not have: scripts, event handlers,
    styles, `javascript:` links. The text inside dropped tags stays, as text."""
    return StoredRichTextWhitelister().clean(rich_text or "")
