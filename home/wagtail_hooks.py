from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard import task_panels
from .digest import DigestSettingsPanel
from .models import Footer
from .reports import TranslationStatusReportView, TranslationStatusSummaryPanel
from .search_admin import PromoteSearchTermView, SearchTermsMenuItem, SearchTermsReportView


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "email", "phone"]
    add_to_admin_menu = True
    menu_order = 800


register_snippet(FooterViewSet)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translations/",
            TranslationStatusReportView.as_view(),
            name="translation_status",
        ),
        path(
            "reports/translations/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=8900
    )


@hooks.register("register_admin_urls")
def register_search_terms_urls():
    return [
        path("reports/search-terms/", SearchTermsReportView.as_view(), name="site_search_terms"),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="site_search_terms_results",
        ),
        path(
            "reports/search-terms/promote/",
            PromoteSearchTermView.as_view(),
            name="promote_search_term",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"),
        reverse("site_search_terms"),
        name="site-search-terms",
        icon_name="search",
        order=8950,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_search_terms_report(request, menu_items):
    # Wagtail's own report counts a log of queries that nothing on this site writes to.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def register_search_terms_permission():
    return Permission.objects.filter(content_type__app_label="home", codename="view_searchterm")


hooks.register("register_account_settings_panel", DigestSettingsPanel)


@hooks.register("construct_homepage_panels")
def add_task_panels(request, panels):
    panels.extend(task_panels(request.user))
    panels.append(TranslationStatusSummaryPanel())
