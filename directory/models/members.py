"""Who may keep a company's profile up to date, and when it was last confirmed."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Profiles not confirmed for this long are listed for editors to chase.
STALE_AFTER = datetime.timedelta(days=548)
# Representatives are asked to confirm their profile once a year.
CONFIRM_EVERY = datetime.timedelta(days=365)


class RepresentativeQuerySet(models.QuerySet):
    def companies_of(self, user):
        """Every page (all languages) of the companies `user` represents."""
        company_model = self.model._meta.get_field("company").related_model
        if not user.is_authenticated:
            return company_model.objects.none()
        keys = self.filter(user=user).values("company__translation_key")
        return company_model.objects.filter(translation_key__in=keys)


class Representative(models.Model):
    """A person who updates a company's profile and listings from the member portal."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="representations",
    )
    company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("company"),
        on_delete=models.CASCADE,
        related_name="representatives",
        help_text=_("The company's page in any language: they may update it in every language."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("invited on"), default=timezone.now, editable=False)

    objects = RepresentativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("company representative")
        verbose_name_plural = _("company representatives")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "company"], name="unique_representative")
        ]

    def __str__(self):
        return _("%(user)s for %(company)s") % {"user": self.user.email, "company": self.company}


class ProfileConfirmation(models.Model):
    """When a company last said its profile is current; shared by all its languages."""

    translation_key = models.UUIDField(unique=True)
    confirmed_on = models.DateField(_("confirmed on"))
    reminded_on = models.DateField(_("last reminded on"), null=True, blank=True)

    class Meta:
        verbose_name = _("profile confirmation")
        verbose_name_plural = _("profile confirmations")

    @classmethod
    def last_confirmed(cls):
        """An expression for company pages: the day their profile was last confirmed, or else
        first published."""
        confirmed = cls.objects.filter(translation_key=models.OuterRef("translation_key"))
        return Coalesce(
            models.Subquery(confirmed.values("confirmed_on")), TruncDate("first_published_at")
        )

    @classmethod
    def confirm(cls, company):
        cls.objects.update_or_create(
            translation_key=company.translation_key,
            defaults={"confirmed_on": timezone.localdate()},
        )
