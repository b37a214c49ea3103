from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CompanyPage, Sector, VETCentre


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class VETCentreViewSet(SnippetViewSet):
    model = VETCentre
    icon = "home"
    menu_label = _("VET centres")
    list_display = ["name", "town", "territory"]
    list_filter = ["territory"]
    search_fields = ["name", "town"]


register_snippet(SectorViewSet)
register_snippet(VETCentreViewSet)


class CompanyIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("vet_centre")


class CompanyListingViewSet(PageListingViewSet):
    """All companies in one flat listing, whatever their language, with filters and export."""

    model = CompanyPage
    index_view_class = CompanyIndexView
    icon = "group"
    menu_label = _("Companies")
    menu_order = 150
    add_to_admin_menu = True
    name = "companies"
    list_display = ["title", "town", "territory", "cohort_year", "status", "locale", "live"]
    list_filter = ["sectors", "vet_centre", "territory", "status", "cohort_year", "locale"]
    list_export = [
        "title",
        "tagline",
        "vet_centre",
        "cohort_year",
        "founded_year",
        "territory",
        "town",
        "website",
        "email",
        "phone",
        "team_size",
        "services_text",
        "status",
        "locale",
        "live",
        "last_published_at",
    ]
    export_filename = "companies"


@hooks.register("register_admin_viewset")
def register_company_listing():
    return CompanyListingViewSet()
