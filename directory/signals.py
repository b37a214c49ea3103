"""Receivers of the directory; connected by DirectoryConfig.ready()."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import CompanyPage, ProfileConfirmation, Representative


@receiver(page_published, sender=CompanyPage)
def confirm_approved_changes(sender, instance, revision=None, **kwargs):
    """A representative's approved change also confirms the profile is current."""
    if (
        revision
        and revision.user_id
        and Representative.objects.filter(
            user_id=revision.user_id, company__translation_key=instance.translation_key
        ).exists()
    ):
        ProfileConfirmation.confirm(instance)
