"""Admin template tags: how each language of the pages in a listing stands."""

from django import template
from django.conf import settings

from home.admin_views import language_states

register = template.Library()


@register.simple_tag
def other_language_states(table, page):
    """The states of `page`'s other languages, as (language code, LanguageState) pairs.

    Computed once per table, for all its rows, so a listing costs the same queries whatever
    its length."""
    if not hasattr(table, "language_states"):
        table.language_states = language_states(list(table.data))
    states = table.language_states.get(page.translation_key, {})
    return [
        (code, states[code])
        for code, _name in settings.LANGUAGES
        if code in states and code != page.locale.language_code
    ]
