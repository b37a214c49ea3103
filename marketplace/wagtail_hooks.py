import django_filters
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_views import (
    LANGUAGE_EXPORT_HEADINGS,
    PAGE_EXPORT_HEADINGS,
    LocalTimeInspectView,
    TranslatedPageIndexMixin,
    edit_url,
    language_columns,
)
from home.spreadsheets import SiteExportMixin

from .dashboard import marketplace_panels
from .models import Enquiry, ListingCategory, ListingPage, ListingStatus, SavedSearch
from .portal import dashboard_section
from .views import company_listings, latest_listings


class ListingCategoryViewSet(SnippetViewSet):
    model = ListingCategory
    icon = "tag"
    menu_label = _("Listing categories")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ListingCategoryViewSet)


class ListingFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ListingStatus.choices, method="filter_status"
    )

    def filter_status(self, queryset, name, value):
        return queryset.in_status(value)


class ListingIndexView(SiteExportMixin, TranslatedPageIndexMixin, PageIndexView):
    base_filterset_class = ListingFilterSet

    def get_base_queryset(self):
        # Enquiries about a listing, sent from its page in any language.
        enquiries = (
            Enquiry.objects.filter(listing__translation_key=OuterRef("translation_key"))
            .order_by()
            .values("listing__translation_key")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            super()
            .get_base_queryset()
            .with_status()
            .annotate(enquiry_count=Coalesce(Subquery(enquiries), 0))
            .select_related("company")
        )


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
        Column("status", label=_("Status"), accessor="status_label"),
        "kind",
        "company",
        "valid_until",
        Column("enquiry_count", label=_("Enquiries"), sort_key="enquiry_count"),
        "locale",
        *language_columns(),
    ]
    list_filter = ["kind", "category", "company", "territory", "valid_until"]
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
        "status_label",
        "enquiry_count",
        *LANGUAGE_EXPORT_HEADINGS,
    ]
    export_headings = {
        **PAGE_EXPORT_HEADINGS,
        "status_label": _("Status"),
        "enquiry_count": _("Enquiries"),
        **LANGUAGE_EXPORT_HEADINGS,
    }
    export_filename = "listings"


class EnquiryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Sent on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enquiry
        fields = ["status", "listing", "company"]


class EnquiryIndexView(SiteExportMixin, IndexView):
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
    list_display = [
        "name",
        "listing",
        "company",
        "created_at",
        "status",
        Column("response_hours", label=_("Answered after (hours)")),
    ]
    filterset_class = EnquiryFilterSet
    list_export = [
        "created_at",
        "listing",
        "company",
        "name",
        "email",
        "organisation",
        "message",
        "status",
        "answered_at",
        "response_hours",
    ]
    export_headings = {"response_hours": _("Answered after (hours)")}
    export_filename = "enquiries"
    search_fields = ["name", "email", "organisation", "message"]
    form_fields = ["name", "email", "organisation", "message"]
    inspect_view_enabled = True
    copy_view_enabled = False


class SavedSearchViewSet(ModelViewSet):
    """Who gets new listings by e-mail: editors answer questions about an alert and delete
    one for a person who asks."""

    model = SavedSearch
    name = "saved_searches"
    icon = "mail"
    menu_label = _("Listing alerts")
    menu_order = 180
    add_to_admin_menu = True
    list_display = ["email", "language", "query", "confirmed_at", "last_sent_at"]
    list_filter = ["language"]
    search_fields = ["email"]
    form_fields = ["email", "language", "query"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_marketplace_admin():
    return [ListingListingViewSet(), EnquiryViewSet(), SavedSearchViewSet()]


# The directory's pages show what the marketplace adds; the directory knows nothing of it.
hooks.register("company_page_sections", company_listings)
hooks.register("member_dashboard_company_sections", dashboard_section)
hooks.register("home_page_sections", latest_listings, order=30)
hooks.register("task_panels", marketplace_panels)
