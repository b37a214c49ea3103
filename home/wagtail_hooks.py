from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Footer
from .reports import TranslationStatusReportView, TranslationStatusSummaryPanel


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


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusSummaryPanel())
