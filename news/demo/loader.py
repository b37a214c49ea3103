"""The demo newsroom: categories and articles."""

import datetime

from django.conf import settings

from home.demo.base import DemoLoader, illustration
from news.models import NewsCategory, NewsIndexPage, NewsPage

from . import content


class NewsDemo(DemoLoader):
    editor_permissions = ("add_newscategory", "change_newscategory")

    def images(self):
        return [illustration("news", "News", article) for article in content.ARTICLES]

    def load(self, demo):
        by_slug = demo.ensure_translated_snippets(NewsCategory, content.CATEGORIES)
        categories = {spec["key"]: by_slug[spec["slug"]] for spec in content.CATEGORIES}
        index = {"key": "news", "type": "NewsIndexPage", "parent": "home", "show_in_menus": True}
        articles = [
            {
                "key": f"news-{article['key']}",
                "type": "NewsPage",
                "parent": "news",
                "image": f"news-{article['key']}",
                "shared": {
                    "publication_date": datetime.date.fromisoformat(article["date"]),
                    "categories": [categories[key] for key in article["categories"]],
                    "related_programmes": [demo.pages[key] for key in article["programmes"]],
                    # The companies it names, of those the directory's demo built.
                    "related_companies": [
                        demo.pages[key]
                        for slug in article.get("companies", [])
                        if (key := f"company-{slug}") in demo.pages
                    ],
                },
                **{language: article[language] for language, _name in settings.LANGUAGES},
            }
            for article in content.ARTICLES
        ]
        demo.ensure_pages([{**index, **content.INDEX}, *articles], (NewsIndexPage, NewsPage))
        demo.stdout.write(f"News: {len(articles)} articles in {len(categories)} categories.")
