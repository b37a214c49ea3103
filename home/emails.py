"""E-mails written from a pair of templates, in the language their reader reads."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def email_message(template, context, language, **kwargs):
    """An e-mail from `<template>_subject.txt` and `<template>_body.txt` in `language`;
    `kwargs` (to, reply_to…) go to EmailMessage."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, **kwargs)
