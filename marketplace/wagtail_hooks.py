from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_views import (
    LANGUAGE_EXPORT_HEADINGS,
    LocalTimeInspectView,
    TranslatedPageIndexMixin,
    edit_url,
    language_columns,
)
from home.spreadsheets import NeutralisedExportMixin

from .models import Enquiry, ListingCategory, ListingPage
from .portal import dashboard_section
from .views import company_listings, latest_listings


class ListingCategoryViewSet(SnippetViewSet):
    model = ListingCategory
    icon = "tag"
    menu_label = _("Listing categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ListingCategoryViewSet)


class ListingIndexView(NeutralisedExportMixin, TranslatedPageIndexMixin, PageIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("company")


class ListingListingViewSet(PageListingViewSet):
    """Every listing once, open or closed, with how each of its languages stands; filters and
    export."""

    model = ListingPage
    index_view_class = ListingIndexView
    icon = "tasks"
    menu_label = _("Listings")
    menu_order = 160
    add_to_admin_menu = True
    name = "listings"
    list_display = [
        TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="title"),
        "kind",
        "company",
        "valid_until",
        "locale",
        *language_columns(),
    ]
    list_filter = ["kind", "category", "territory", "valid_until"]
    list_export = [
        "title",
        "kind",
        "category",
        "company",
        "summary",
        "terms",
        "territory",
        "location",
        "valid_from",
        "valid_until",
        "contact_email",
        "locale",
        "live",
        *LANGUAGE_EXPORT_HEADINGS,
    ]
    export_headings = LANGUAGE_EXPORT_HEADINGS
    export_filename = "listings"


class EnquiryIndexView(NeutralisedExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("listing", "company")


class EnquiryViewSet(ModelViewSet):
    """Enquiries are what visitors sent: editors read, filter, export and delete them."""

    model = Enquiry
    index_view_class = EnquiryIndexView
    inspect_view_class = LocalTimeInspectView
    name = "enquiries"
    icon = "mail"
    menu_label = _("Enquiries")
    menu_order = 170
    add_to_admin_menu = True
    list_display = ["name", "email", "organisation", "listing", "company", "created_at"]
    list_filter = ["listing", "company", "created_at"]
    list_export = ["created_at", "listing", "company", "name", "email", "organisation", "message"]
    export_filename = "enquiries"
    search_fields = ["name", "email", "organisation", "message"]
    form_fields = ["name", "email", "organisation", "message"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_marketplace_admin():
    return [ListingListingViewSet(), EnquiryViewSet()]


# The directory's pages show what the marketplace adds; the directory knows nothing of it.
hooks.register("company_page_sections", company_listings)
hooks.register("member_dashboard_company_sections", dashboard_section)
hooks.register("home_page_sections", latest_listings, order=30)
