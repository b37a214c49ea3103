"""The demo directory: sectors, VET centres, companies, their representatives and a profile
change awaiting review."""

import datetime
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from wagtail.models import Workflow

from directory.models import (
    OPEN_TO,
    SHARED_FIELDS,
    CompanyMessage,
    CompanyPage,
    DirectoryIndexPage,
    ProfileConfirmation,
    Representative,
    Sector,
    VETCentre,
)
from home.demo import images
from home.demo.base import SOURCE_LANGUAGE, TARGET_LANGUAGES, DemoLoader
from home.review import PROFILE_REVIEW, submit_for_review

from . import content


class DirectoryDemo(DemoLoader):
    editor_permissions = (
        "add_sector",
        "change_sector",
        "add_vetcentre",
        "change_vetcentre",
        "add_representative",
        "view_representative",
        "delete_representative",
    )

    def images(self):
        return [
            (
                f"logo-{company['slug']}",
                f"Logo: {company['name']}",
                partial(
                    images.render_logo,
                    company["logo_colour"],
                    "".join(word[0] for word in company["name"].split()[:2]).upper(),
                ),
            )
            for company in content.COMPANIES
        ]

    def load(self, demo):
        sectors = demo.ensure_translated_snippets(Sector, content.SECTORS)
        vet_centres = {}
        for spec in content.VET_CENTRES:
            vet_centres[spec["slug"]], _created = VETCentre.objects.update_or_create(
                slug=spec["slug"], defaults={k: v for k, v in spec.items() if k != "slug"}
            )
        index = {
            "key": "directory",
            "type": "DirectoryIndexPage",
            "parent": "home",
            "show_in_menus": True,
        }
        companies = [
            {
                "key": f"company-{company['slug']}",
                "type": "CompanyPage",
                "parent": "directory",
                "shared": self.shared(demo, company, sectors, vet_centres),
                **{
                    language: {
                        "title": company["name"],
                        "slug": company["slug"],
                        **company[language],
                    }
                    for language, _name in settings.LANGUAGES
                },
            }
            for company in content.COMPANIES
        ]
        demo.ensure_pages(
            [{**index, **content.INDEX}, *companies], (DirectoryIndexPage, CompanyPage)
        )
        demo.stdout.write(
            f"Directory: {len(companies)} companies, {len(sectors)} sectors, "
            f"{len(vet_centres)} VET centres."
        )
        self.ensure_members(demo)

    def shared(self, demo, company, sectors, vet_centres):
        """The company's values of the fields shared across languages that the content sets."""
        values = {
            "logo": demo.images[f"logo-{company['slug']}"],
            "sectors": [sectors[key] for key in company["sectors"]],
            "vet_centre": vet_centres[company["centre"]],
            **{flag: key in company["open_to"] for key, (flag, _label) in OPEN_TO.items()},
        }
        return {
            field: values[field] if field in values else company[field]
            for field in SHARED_FIELDS
            if field in values or field in company
        }

    def ensure_members(self, demo):
        """A representative per company, confirmations of varied age, and a change to review."""
        demo.assign_workflow(demo.pages["directory"], Workflow.objects.get(name=PROFILE_REVIEW))
        User = get_user_model()
        password = make_password(demo.password)  # hashed once: hashing is slow on purpose
        for number, spec in enumerate(content.COMPANIES):
            company = demo.pages[f"company-{spec['slug']}"]
            username = f"rep-{spec['slug']}"
            user, _created = User.objects.update_or_create(
                username=username,
                defaults={"email": f"{username}@example.org", "password": password},
            )
            Representative.objects.get_or_create(user=user, company=company)
            # Spread over two and a half years, so some profiles are due for checking.
            ProfileConfirmation.objects.update_or_create(
                translation_key=company.translation_key,
                defaults={
                    "confirmed_on": demo.today - datetime.timedelta(days=number * 97 % 900),
                    "reminded_on": None,
                },
            )
        self.ensure_pending_profile_change(demo)
        self.ensure_messages(demo)
        demo.stdout.write(
            f"Member portal: {len(content.COMPANIES)} representatives "
            "(rep-<company slug>), one profile change awaiting review."
        )

    def ensure_pending_profile_change(self, demo):
        change = content.PENDING_PROFILE_CHANGE
        company = demo.pages[f"company-{change['company']}"].specific
        if state := company.current_workflow_state:
            state.cancel(user=demo.admin)
        representative = get_user_model().objects.get(username=f"rep-{change['company']}")
        draft = company.get_latest_revision_as_object()
        draft.tagline = change[SOURCE_LANGUAGE]["tagline"]
        draft.pending_translations = {language: change[language] for language in TARGET_LANGUAGES}
        submit_for_review(draft, PROFILE_REVIEW, representative)

    def ensure_messages(self, demo):
        """Messages between demo companies, as their representatives wrote them."""
        User = get_user_model()
        for spec in content.MESSAGES:
            sender, recipient = (demo.pages.get(f"company-{spec[side]}") for side in ("from", "to"))
            if sender is None or recipient is None:
                continue  # a demo built with fewer companies
            CompanyMessage.objects.update_or_create(
                sender_company=sender,
                recipient_company=recipient,
                subject=spec["subject"],
                defaults={
                    "sender": User.objects.get(username=f"rep-{spec['from']}"),
                    "body": spec["body"],
                    "created_at": timezone.now() - datetime.timedelta(days=spec["days_ago"]),
                },
            )
