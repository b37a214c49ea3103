"""Request handling for the news page's routes: the article list and its feeds."""

from django.core.paginator import Paginator
from taggit.models import Tag

from .feeds import NewsAtomFeed, NewsRssFeed
from .models import attach_categories

NEWS_PER_PAGE = 12
FEED_LENGTH = 20


def news(index, request):
    news_filter = index.filter_articles(request)
    articles = Paginator(news_filter.qs, NEWS_PER_PAGE).get_page(request.GET.get("page"))
    attach_categories(articles, index.locale)
    return index.render(
        request,
        context_overrides={
            "news_filter": news_filter,
            "articles": articles,
            "active_category": news_filter.active("category"),
            "active_year": news_filter.active("year"),
            "active_tag": Tag.objects.filter(slug=news_filter.active("tag")).first(),
        },
    )


def rss_feed(index, request):
    return NewsRssFeed(index, FEED_LENGTH)(request)


def atom_feed(index, request):
    return NewsAtomFeed(index, FEED_LENGTH)(request)
