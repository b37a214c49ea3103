"""The directory's URLs: its page's sub-URLs, and its part of the member portal."""

from django.urls import path
from django.views.generic import TemplateView

from . import accounts, portal, views

# DirectoryIndexPage.subpage_urls names this list.
index_routes = [
    path("", views.directory, name="index_view"),
    path("suggest/", views.suggest, name="suggest"),
    path("export/<str:file_format>/", views.export, name="export"),
]

# Accounts and company profiles; site_cms/urls.py gathers the portal under /<lang>/members/.
portal_urls = [
    path("", portal.dashboard, name="dashboard"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("login/link/", accounts.request_sign_in_link, name="sign_in_link"),
    path("login/link/<str:token>/", accounts.sign_in_with_link, name="sign_in_with_link"),
    path("invitation/<uidb64>/<token>/", accounts.InvitationView.as_view(), name="invitation"),
    path("password/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path("password/reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        TemplateView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("companies/<int:company_id>/", portal.edit_profile, name="edit_profile"),
    path("companies/<int:company_id>/confirm/", portal.confirm_profile, name="confirm_profile"),
    path("confirm/<str:token>/", portal.confirm_profile_from_email, name="confirm_from_email"),
]
