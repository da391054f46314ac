"""A page's author line as a reader wants it: the people who wrote it.

Page metadata often mixes the writers with their agency, their job title or the
site itself ("JANE ROE; JOHN DOE Associated Press", "Sam Poe News reporter",
"Example Times; Sam Poe"). Each part is kept in order, with the agency, the job
title and the site's own name taken off, and a name in capitals written as a name.
"""

from __future__ import annotations

import re

# News agencies credited beside (or glued to) the writers' names.
_AGENCIES = ("Associated Press", "Agence France-Presse", "Reuters", "AFP", "Bloomberg", "UPI", "dpa",
             "PA Media", "Press Association")
_AGENCY_NAMES = "|".join(re.escape(a) for a in _AGENCIES)
_AGENCY_RE = re.compile(rf"(?:^|\s+)(?:{_AGENCY_NAMES})$", re.IGNORECASE)
# A job title after a name: "Sam Poe News reporter", "Ann Lee, Staff Writer".
_ROLE_RE = re.compile(
    r"[\s,]+(?:(?:senior|chief|political|news|staff|science|business|sports|foreign|special)\s+)*"
    r"(?:reporter|correspondent|editor|writer|columnist|contributor)s?$",
    re.IGNORECASE,
)
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)


def clean_authors(raw: str | None, site: str | None = None) -> str | None:
    """The writers in `raw` ("; " between them), or None when nothing is left."""
    if not raw:
        return None
    kept: list[str] = []
    agencies: list[str] = []
    for part in raw.split(";"):
        name = _BY_RE.sub("", " ".join(part.split()))
        if _AGENCY_RE.fullmatch(" " + name):
            agencies.append(name)
            continue
        name = _AGENCY_RE.sub("", name)
        name = _ROLE_RE.sub("", name) if len(name.split()) > 2 else name
        if not name or (site and name.casefold() == site.casefold()):
            continue
        kept.append(_as_name(name))
    chosen = kept or agencies
    return "; ".join(dict.fromkeys(chosen)) or None


def _as_name(name: str) -> str:
    """"JANE ROE" -> "Jane Roe"; a name already in mixed case is kept as written."""
    if name.isupper() and len(name) > 3:
        return " ".join(word.capitalize() for word in name.split())
    return name
