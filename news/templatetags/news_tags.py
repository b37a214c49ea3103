from django import template

from home.content_cache import section_page
from news.models import NewsIndexPage, NewsPage, attach_categories

register = template.Library()


@register.inclusion_tag("components/news_feed_links.html", takes_context=True)
def news_feed_links(context):
    return {"request": context["request"], "index": section_page(NewsIndexPage)}


@register.inclusion_tag("components/in_the_news.html", takes_context=True)
def in_the_news(context, page, relation, count=3):
    """The latest articles in the page's language whose `relation` names this page."""
    articles = list(
        NewsPage.objects.live()
        .public()
        .filter(
            locale_id=page.locale_id,
            **{f"{relation}__translation_key": page.translation_key},
        )
        .order_by("-publication_date", "-pk")
        .select_related("image")
        .prefetch_related("image__renditions", "categories")[:count]
    )
    attach_categories(articles, page.locale_id)
    return {"request": context["request"], "articles": articles}
