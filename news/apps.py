from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    demo_loader = "news.demo.loader.NewsDemo"
    # The menu lists sections in the order they are built: directory, news, marketplace.
    demo_after = ("home", "directory")
    # Synthetic content for performance work (generate_search_volume).
    volume_generator = "news.demo.volume.ArticleVolume"
