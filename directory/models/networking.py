"""Messages between the community's companies, relayed by e-mail from the member portal."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CompanyMessage(models.Model):
    """What a representative wrote to another company; both see it in the portal."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sender_company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("from company"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="messages_sent",
    )
    recipient_company = models.ForeignKey(
        "directory.CompanyPage",
        verbose_name=_("to company"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="messages_received",
    )
    subject = models.CharField(_("subject"), max_length=160)
    body = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(_("sent on"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("message between companies")
        verbose_name_plural = _("messages between companies")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.subject


class MessagesOptOut(models.Model):
    """A company that other companies may not contact through the portal (all its languages)."""

    translation_key = models.UUIDField(unique=True)
    since = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("opt-out of company messages")
        verbose_name_plural = _("opt-outs of company messages")

    @classmethod
    def accepts_messages(cls, company):
        return not cls.objects.filter(translation_key=company.translation_key).exists()
