from django import template
from django.utils.translation import get_language

from news.models import NewsIndexPage, NewsPage, attach_categories

register = template.Library()


def news_index(request):
    """This language's news index, looked up once per request."""
    if not hasattr(request, "_news_index"):
        request._news_index = (
            NewsIndexPage.objects.live().filter(locale__language_code=get_language()).first()
        )
    return request._news_index


@register.inclusion_tag("components/news_feed_links.html", takes_context=True)
def news_feed_links(context):
    request = context["request"]
    return {"request": request, "index": news_index(request)}


@register.inclusion_tag("components/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    request = context["request"]
    index = news_index(request)
    articles = list(index.articles()[:count]) if index else []
    if index:
        attach_categories(articles, index.locale)
    return {"request": request, "index": index, "articles": articles}


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
    attach_categories(articles, page.locale)
    return {"request": context["request"], "articles": articles}
