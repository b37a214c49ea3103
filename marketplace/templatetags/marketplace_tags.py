from django import template
from django.utils.translation import get_language

from marketplace.models import MarketplaceIndexPage, attach_display_fields

register = template.Library()


@register.inclusion_tag("components/latest_listings.html", takes_context=True)
def latest_listings(context, count=4):
    """The newest open listings in the visitor's language, for the home page."""
    index = MarketplaceIndexPage.objects.live().filter(locale__language_code=get_language()).first()
    listings = []
    if index:
        newest = index.listings().order_by("-valid_from", "-first_published_at").for_cards()
        listings = attach_display_fields(newest[:count], index.locale)
    return {"request": context["request"], "index": index, "listings": listings}
