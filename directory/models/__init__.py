from .companies import (
    OPEN_TO,
    OPEN_TO_FIELDS,
    SHARED_FIELDS,
    CompanyPage,
    CompanyServiceTag,
    DirectoryIndexPage,
    Sector,
    TeamSize,
    Territory,
    VETCentre,
)
from .members import ProfileConfirmation, Representative
from .networking import CompanyMessage, MessagesOptOut

__all__ = [
    "OPEN_TO",
    "OPEN_TO_FIELDS",
    "SHARED_FIELDS",
    "CompanyMessage",
    "CompanyPage",
    "CompanyServiceTag",
    "DirectoryIndexPage",
    "MessagesOptOut",
    "ProfileConfirmation",
    "Representative",
    "Sector",
    "TeamSize",
    "Territory",
    "VETCentre",
]
