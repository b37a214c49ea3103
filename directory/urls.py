"""The directory's URLs: its page's sub-URLs, and its part of the member portal."""

from django.urls import path
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView

from . import accounts, networking, portal, views

# DirectoryIndexPage.subpage_urls names this list.
index_routes = [
    path("", views.directory, name="index_view"),
    path("suggest/", views.suggest, name="suggest"),
    path("export/<str:file_format>/", views.export, name="export"),
]

# Accounts and company profiles; site_cms/urls.py gathers the portal under /<lang>/members/.
# Paths are translated ("URL" context), keeping their converters as they are.
portal_urls = [
    path("", portal.dashboard, name="dashboard"),
    path(pgettext_lazy("URL", "login/"), accounts.LoginView.as_view(), name="login"),
    path(pgettext_lazy("URL", "logout/"), accounts.LogoutView.as_view(), name="logout"),
    path(pgettext_lazy("URL", "login/link/"), accounts.request_sign_in_link, name="sign_in_link"),
    path(
        pgettext_lazy("URL", "login/link/<str:token>/"),
        accounts.sign_in_with_link,
        name="sign_in_with_link",
    ),
    path(
        pgettext_lazy("URL", "invitation/<uidb64>/<token>/"),
        accounts.InvitationView.as_view(),
        name="invitation",
    ),
    path(
        pgettext_lazy("URL", "password/"),
        accounts.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        pgettext_lazy("URL", "password/reset/"),
        accounts.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        pgettext_lazy("URL", "password/reset/sent/"),
        TemplateView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        pgettext_lazy("URL", "password/reset/<uidb64>/<token>/"),
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/"),
        portal.edit_profile,
        name="edit_profile",
    ),
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/confirm/"),
        portal.confirm_profile,
        name="confirm_profile",
    ),
    path(pgettext_lazy("URL", "messages/"), networking.inbox, name="messages"),
    path(
        pgettext_lazy("URL", "messages/to/<int:company_id>/"),
        networking.contact,
        name="contact",
    ),
    path(
        pgettext_lazy("URL", "companies/<int:company_id>/messages/"),
        networking.messages_setting,
        name="messages_setting",
    ),
    path(
        pgettext_lazy("URL", "confirm/<str:token>/"),
        portal.confirm_profile_from_email,
        name="confirm_from_email",
    ),
]
