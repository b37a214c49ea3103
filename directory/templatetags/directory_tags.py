from django import template
from django.utils.translation import get_language

from directory.models import DirectoryIndexPage

register = template.Library()


@register.inclusion_tag("components/directory_teaser.html", takes_context=True)
def directory_teaser(context, count=4):
    """A search box and the most recently updated companies, in the visitor's language."""
    index = DirectoryIndexPage.objects.live().filter(locale__language_code=get_language()).first()
    companies = (
        index.companies()
        .order_by("-last_published_at")
        .select_related("logo")
        .prefetch_related("logo__renditions")[:count]
        if index
        else []
    )
    return {"request": context["request"], "index": index, "companies": companies}
