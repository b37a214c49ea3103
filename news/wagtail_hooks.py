from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory
from .views import latest_news


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(NewsCategoryViewSet)

# Sections of the home page, in this order: the news, the companies, the listings.
hooks.register("home_page_sections", latest_news, order=10)
