"""The member portal, under each language's prefix: /en/members/ and so on."""

from django.urls import path
from django.views.generic import TemplateView

from marketplace import portal as listings

from . import accounts, portal

app_name = "members"

urlpatterns = [
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
    path("companies/<int:company_id>/enquiries/", listings.enquiries, name="enquiries"),
    path(
        "companies/<int:company_id>/listings/new/", listings.create_listing, name="create_listing"
    ),
    path("listings/<int:listing_id>/", listings.edit_listing, name="edit_listing"),
    path("listings/<int:listing_id>/withdraw/", listings.withdraw_listing, name="withdraw_listing"),
    path("confirm/<str:token>/", portal.confirm_profile_from_email, name="confirm_from_email"),
]
