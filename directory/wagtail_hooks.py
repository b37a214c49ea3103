from collections import defaultdict

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.generic import IndexView as ModelIndexView
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_views import (
    LANGUAGE_EXPORT_HEADINGS,
    PAGE_EXPORT_HEADINGS,
    LocaleParameterMixin,
    LocalTimeInspectView,
    TranslatedPageIndexMixin,
    edit_url,
    language_columns,
)
from home.spreadsheets import SiteExportMixin

from .accounts import invite
from .dashboard import directory_panels, stale_profiles
from .models import (
    OPEN_TO_FIELDS,
    SHARED_FIELDS,
    CompanyPage,
    ProfileConfirmation,
    Representative,
    Sector,
    VETCentre,
)
from .networking import dashboard_section as networking_section
from .views import directory_teaser


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


class CompanyIndexView(SiteExportMixin, TranslatedPageIndexMixin, IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(last_confirmed=ProfileConfirmation.last_confirmed())
            .select_related("vet_centre")
            .prefetch_related("sectors")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Representatives may be linked to the company's page in any language.
        rows = context["object_list"]
        found = Representative.objects.filter(
            company__translation_key__in={row.translation_key for row in rows}
        ).values_list("company__translation_key", "user__email")
        emails = defaultdict(list)
        for key, email in found.order_by("user__email"):
            emails[key].append(email)
        for row in rows:
            row.sector_names = ", ".join(sector.name for sector in row.sectors.all())
            row.representative_emails = ", ".join(emails[row.translation_key])
            row.representative_count = len(emails[row.translation_key])
        return context


class CompanyListingViewSet(PageListingViewSet):
    """Every company once, with how each language of its profile stands; filters and export."""

    model = CompanyPage
    index_view_class = CompanyIndexView
    icon = "group"
    menu_label = _("Companies")
    menu_order = 150
    add_to_admin_menu = True
    name = "companies"
    list_display = [
        # Linked to the edit view, without the per-row action menu (it costs queries per row).
        TitleColumn("title", label=_("Title"), get_url=edit_url, sort_key="title"),
        Column("sector_names", label=_("Sectors")),
        Column("representative_count", label=_("Representatives")),
        Column("last_confirmed", label=_("Last confirmed"), sort_key="last_confirmed"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        "locale",
        *language_columns(),
    ]
    list_filter = ["sectors", "vet_centre", "territory", "status", "cohort_year"]
    list_export = [
        "title",
        "tagline",
        # The shared fields that read as one plain value in a spreadsheet cell.
        *(
            name
            for name in SHARED_FIELDS
            if name
            not in {
                "logo",
                "sectors",
                "linkedin_url",
                "x_url",
                "instagram_url",
                "status",
                *OPEN_TO_FIELDS,
            }
        ),
        "sector_names",
        "services_text",
        "get_status_display",
        "representative_emails",
        "last_confirmed",
        "locale",
        "last_published_at",
        *LANGUAGE_EXPORT_HEADINGS,
    ]
    export_headings = {
        **PAGE_EXPORT_HEADINGS,
        "sector_names": _("Sectors"),
        "services_text": _("Services"),
        "get_status_display": _("Status"),
        "representative_emails": _("Representatives"),
        "last_confirmed": _("Last confirmed"),
        **LANGUAGE_EXPORT_HEADINGS,
    }
    export_filename = "companies"


@hooks.register("register_admin_viewset")
def register_company_listing():
    return CompanyListingViewSet()


class InvitationForm(WagtailAdminModelForm):
    """Invite someone to represent a company: they get an e-mail to choose a password."""

    email = forms.EmailField(label=_("E-mail address"))
    existing_account = forms.BooleanField(
        label=_("This person already has an account: give it access to this company too"),
        required=False,
        help_text=_("Asked so that a mistyped address does not hand a company to someone else."),
    )
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail words the chooser when the form class is built; say it in the editor's language.
        chooser = self.fields["company"].widget
        chooser.choose_one_text = _("Choose a company")
        chooser.choose_another_text = _("Choose another company")

    def clean(self):
        cleaned = super().clean()
        email, company = cleaned.get("email"), cleaned.get("company")
        user = email and get_user_model().objects.filter(email__iexact=email).first()
        if user and (user.is_staff or user.is_superuser or user.groups.exists()):
            self.add_error(
                "email",
                _("This address belongs to a member of staff: invite people with their own."),
            )
        elif user and not cleaned.get("existing_account"):
            self.add_error(
                "existing_account",
                _(
                    "%(email)s already has an account. Check the address, then tick this "
                    "box to give that account access to the company."
                )
                % {"email": email},
            )
        elif email and company:
            already = Representative.objects.filter(
                user__email__iexact=email, company__translation_key=company.translation_key
            )
            if already.exists():
                self.add_error("email", _("This person already represents this company."))
        return cleaned

    def save(self, commit=True):
        representative = super().save(commit=False)
        email = self.cleaned_data["email"].lower()
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            username, number = email[:140], 1
            while get_user_model().objects.filter(username=username).exists():
                number += 1
                username = f"{email[:140]}-{number}"
            user = get_user_model()(username=username, email=email)
            user.set_unusable_password()
            user.save()
        representative.user = user
        if commit:
            representative.save()
        return representative


class InviteView(CreateView):
    submit_button_label = _("Send invitation")

    def save_instance(self):
        representative = self.form.save(commit=False)
        representative.invited_by = self.request.user
        representative.save()
        invite(representative, self.form.cleaned_data["language"])
        return representative

    def get_success_message(self, instance):
        return _("Invitation sent to %(email)s.") % {"email": instance.user.email}

    def get_success_buttons(self):
        return []  # representatives are not edited, only invited and removed


class RepresentativeIndexView(ModelIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "company")


class RepresentativeViewSet(ModelViewSet):
    """Editors invite company representatives and revoke their access (by deleting it)."""

    model = Representative
    add_view_class = InviteView
    index_view_class = RepresentativeIndexView
    inspect_view_class = LocalTimeInspectView
    name = "representatives"
    icon = "user"
    menu_label = _("Representatives")
    menu_order = 155
    add_to_admin_menu = True
    list_display = ["user", "company", "created_at"]
    search_fields = ["user__email", "company__title"]
    edit_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("company"),
            FieldPanel("email"),
            FieldPanel("existing_account"),
            FieldPanel("language"),
        ],
        base_form_class=InvitationForm,
    )


class StaleProfileIndexView(SiteExportMixin, LocaleParameterMixin, IndexView):
    page_title = _("Profiles to check")
    default_ordering = "last_confirmed"

    def get_add_url(self):
        return None  # companies are added in the directory

    def get_base_queryset(self):
        return stale_profiles(super().get_base_queryset())


class StaleProfileViewSet(PageListingViewSet):
    """Profiles whose companies have not confirmed them for over 18 months."""

    model = CompanyPage
    index_view_class = StaleProfileIndexView
    name = "stale-profiles"
    icon = "time"
    menu_label = _("Profiles to check")
    menu_order = 151
    add_to_admin_menu = True
    columns = [
        PageTitleColumn("title", label=_("Company"), classname="title"),
        Column("last_confirmed", label=_("Last confirmed"), sort_key="last_confirmed"),
        Column("reminded_on", label=_("Last reminded"), sort_key="reminded_on"),
        Column("email", label=_("Public e-mail")),
    ]
    list_export = ["title", "last_confirmed", "reminded_on", "email", "phone", "locale"]
    export_headings = {
        **PAGE_EXPORT_HEADINGS,
        "last_confirmed": _("Last confirmed"),
        "reminded_on": _("Last reminded"),
    }
    export_filename = "profiles-to-check"


@hooks.register("register_admin_viewset")
def register_member_admin():
    return [RepresentativeViewSet(), StaleProfileViewSet()]


hooks.register("home_page_sections", directory_teaser, order=20)
hooks.register("task_panels", directory_panels)
hooks.register("member_dashboard_company_sections", networking_section, order=20)
