import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_views import LocalTimeInspectView
from home.spreadsheets import SiteExportMixin

from .models import Audience, EventPage, Registration
from .portal import dashboard_section
from .views import programme_events, upcoming_events


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Event audiences")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AudienceViewSet)


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"),
        queryset=EventPage.objects.order_by("-start_date", "title"),
        method="filter_event",
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "language"]

    def filter_event(self, queryset, name, value):
        # Registrations made on the event's page in any language.
        return queryset.for_event(value)


class RegistrationIndexView(SiteExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "company")


class RegistrationViewSet(ModelViewSet):
    """Who registered for which event: editors read, filter and export them, and add the
    people who register by phone."""

    model = Registration
    index_view_class = RegistrationIndexView
    inspect_view_class = LocalTimeInspectView
    name = "registrations"
    icon = "date"
    menu_label = _("Registrations")
    menu_order = 175
    add_to_admin_menu = True
    list_display = ["name", "email", "organisation", "event", "status", "created_at"]
    filterset_class = RegistrationFilterSet
    list_export = [
        "created_at",
        "event",
        "status",
        "name",
        "email",
        "organisation",
        "company",
        "language",
        "cancelled_at",
    ]
    export_filename = "registrations"
    search_fields = ["name", "email", "organisation"]
    form_fields = ["event", "status", "name", "email", "organisation", "company", "language"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_events_admin():
    return RegistrationViewSet()


hooks.register("home_page_sections", upcoming_events, order=15)
hooks.register("programme_page_sections", programme_events)
hooks.register("member_dashboard_company_sections", dashboard_section)
