"""The weekly digest: the dashboard's panels of what needs doing (home/dashboard.py), e-mailed
each Monday to the staff who asked for it in their account settings, in their admin language
and time zone."""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.users.models import UserProfile

from .dashboard import review_panels, task_panels
from .emails import email_message
from .models import DigestSubscription

# Not sent again within this many days, however often the command runs.
RESEND_AFTER = datetime.timedelta(days=6)


class DigestSubscriptionForm(forms.ModelForm):
    class Meta:
        model = DigestSubscription
        fields = ["weekly_digest"]


class DigestSettingsPanel(BaseSettingsPanel):
    """In the admin's account settings, beside Wagtail's notification preferences."""

    name = "digest"
    title = _("Weekly digest")
    tab = notifications_tab
    order = 110
    form_class = DigestSubscriptionForm

    def get_form(self):
        subscription = DigestSubscription.objects.filter(user=self.user).first()
        return self.form_class(
            instance=subscription or DigestSubscription(user=self.user),
            prefix=self.name,
            data=self.request.POST if self.request.method == "POST" else None,
        )


def subscribers():
    return (
        get_user_model()
        .objects.filter(is_active=True, digest_subscription__weekly_digest=True)
        .exclude(email="")
    )


def send_digest(user, today):
    """E-mail `user` the digest; False if there is nothing for them to act on."""
    profile = UserProfile.get_for_user(user)
    with (
        translation.override(profile.get_preferred_language()),
        timezone.override(profile.get_current_time_zone()),
    ):
        panels = [*review_panels(user), *task_panels(user)]
        if not panels:
            return False
        context = {
            "user": user,
            "today": today,
            "panels": panels,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            "dashboard_url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_home"),
            "settings_url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_account"),
        }
        email_message(
            "home/emails/weekly_digest", context, translation.get_language(), to=[user.email]
        ).send()
    return True


def send_weekly_digests():
    """The digest to every subscriber not sent one in the last days; how many were sent."""
    today = timezone.localdate()
    sent = 0
    for user in subscribers().exclude(digest_subscription__last_sent_on__gt=today - RESEND_AFTER):
        if send_digest(user, today):
            DigestSubscription.objects.filter(user=user).update(last_sent_on=today)
            sent += 1
    return sent
