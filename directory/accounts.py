"""Accounts of company representatives: Django's auth views with the site's templates, plus
invitations and single-use sign-in links sent by e-mail.

Representatives sign in to the member portal only; they hold no admin permissions.
"""

import datetime
from urllib.parse import urlsplit

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from home.emails import email_message
from home.redirects import local_path
from home.site_address import site_url
from home.throttle import UNAVAILABLE, UNAVAILABLE_MESSAGE, refusal, refusal_by_address

from .models import Representative

SIGN_IN_SALT = "directory.accounts.sign-in"
SIGN_IN_LINK_LIFETIME = datetime.timedelta(minutes=15)
EMAILS_PER_HOUR = 10  # from one visitor's address
EMAILS_PER_RECIPIENT_PER_HOUR = 3  # to one address, from anyone
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Like password reset tokens (single use, expiring), but not interchangeable with them."""

    key_salt = "directory.accounts.invitation"


invitation_tokens = InvitationTokenGenerator()


def send_email(user, template, context, language):
    """E-mail `user` from accounts/emails/<template>_{subject,body}.txt in `language`."""
    email_message(f"accounts/emails/{template}", context, language, to=[user.email]).send()


def invite(representative, language):
    """E-mail the representative a link to set their password and sign in."""
    user = representative.user
    with translation.override(language):
        path = reverse(
            "members:invitation",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": invitation_tokens.make_token(user),
            },
        )
    context = {"user": user, "company": representative.company, "url": site_url(path)}
    send_email(user, "invitation", context, language)


def sign_in_token(user):
    """Signed with the time of the last sign-in, so the link works once."""
    last_login = user.last_login.isoformat() if user.last_login else ""
    return signing.dumps([user.pk, last_login], salt=SIGN_IN_SALT)


def user_for_sign_in_token(token):
    try:
        pk, last_login = signing.loads(token, salt=SIGN_IN_SALT, max_age=SIGN_IN_LINK_LIFETIME)
    except signing.BadSignature:
        return None
    user = representatives().filter(pk=pk).first()
    if user and (user.last_login.isoformat() if user.last_login else "") == last_login:
        return user
    return None


def representatives():
    """Active users who represent a company and have no role in the admin.

    Staff sign in with their password only: a link e-mailed to them must not open the admin.
    """
    return get_user_model().objects.filter(
        is_active=True,
        is_staff=False,
        is_superuser=False,
        groups__isnull=True,
        user_permissions__isnull=True,
        pk__in=Representative.objects.values("user"),
    )


def representatives_with_email(email):
    return representatives().filter(email__iexact=email)


def email_refusal(request, scope, email):
    """Why an e-mail that `request` asks for, to `email`, must not be sent; None if it may.

    Limited per visitor and per recipient, so that neither one visitor nor many can flood an
    inbox. Both fail closed: while the cache cannot count, no such e-mail is sent.
    """
    return refusal_by_address(request, scope, EMAILS_PER_HOUR, fail_closed=True) or refusal(
        "account-emails", email.lower(), EMAILS_PER_RECIPIENT_PER_HOUR, fail_closed=True
    )


class LocalRedirectMixin:
    """`?next=` leads only to a path on this site, never back to the page itself."""

    def get_redirect_url(self):
        name = self.redirect_field_name
        target = local_path(
            self.request, self.request.POST.get(name, self.request.GET.get(name)), ""
        )
        return "" if urlsplit(target).path == self.request.path else target


class LoginView(LocalRedirectMixin, auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


def locked_out(request, response=None, credentials=None):
    """What django-axes shows after too many failed sign-ins."""
    return render(request, "accounts/locked_out.html", status=429)


def attempted_username(request, credentials=None):
    """The username django-axes records for a sign-in attempt (portal and admin), cut to what a
    username can be: Django's login form does not refuse longer ones, and axes' table would."""
    credentials = credentials or {}
    username = credentials.get("username") or request.POST.get("username", "")
    return str(username)[: get_user_model()._meta.get_field("username").max_length]


class LogoutView(LocalRedirectMixin, auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You have signed out."))
        return response


class InvitationView(auth_views.PasswordResetConfirmView):
    """The invitation link: choose a password, then go to the portal."""

    template_name = "accounts/invitation.html"
    token_generator = invitation_tokens
    post_reset_login = True
    post_reset_login_backend = MODEL_BACKEND
    success_url = reverse_lazy("members:dashboard")


class RepresentativePasswordResetForm(PasswordResetForm):
    """Also for representatives who never chose a password, e.g. after their invitation expired."""

    def get_users(self, email):
        return representatives_with_email(email)


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = RepresentativePasswordResetForm
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    email_template_name = "accounts/emails/password_reset_body.txt"
    success_url = reverse_lazy("members:password_reset_done")

    def form_valid(self, form):
        refused = email_refusal(self.request, "password-reset", form.cleaned_data["email"])
        if refused == UNAVAILABLE:
            form.add_error(None, UNAVAILABLE_MESSAGE)
            return self.render_to_response(self.get_context_data(form=form), status=503)
        # The same answer either way: whether an address is registered stays private.
        if refused:
            return HttpResponseRedirect(self.success_url)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    post_reset_login = True
    post_reset_login_backend = MODEL_BACKEND
    success_url = reverse_lazy("members:dashboard")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("members:dashboard")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


class SignInLinkForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


@require_http_methods(["GET", "POST"])
def request_sign_in_link(request):
    form = SignInLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        refused = email_refusal(request, "sign-in-links", email)
        if refused == UNAVAILABLE:
            form.add_error(None, UNAVAILABLE_MESSAGE)
            return render(request, "accounts/sign_in_link.html", {"form": form}, status=503)
        # The same answer either way: whether an address is registered stays private.
        if not refused:
            for user in representatives_with_email(email):
                path = reverse("members:sign_in_with_link", args=[sign_in_token(user)])
                context = {"user": user, "url": request.build_absolute_uri(path)}
                send_email(user, "sign_in_link", context, translation.get_language())
        return render(request, "accounts/sign_in_link_sent.html")
    return render(request, "accounts/sign_in_link.html", {"form": form})


@require_http_methods(["GET", "POST"])
def sign_in_with_link(request, token):
    """The link asks for one click, so that mail scanners opening it do not use it up."""
    user = user_for_sign_in_token(token)
    if user is None:
        return render(request, "accounts/sign_in_link_invalid.html", status=400)
    if request.method == "POST":
        login(request, user, backend=MODEL_BACKEND)
        return redirect("members:dashboard")
    return render(request, "accounts/sign_in_with_link.html", {"signing_in": user})
