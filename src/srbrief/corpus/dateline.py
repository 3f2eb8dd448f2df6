"""Datelines and bylines: where and when a news text says it was filed.

A dateline opens the first paragraph of wire and state-media copy and is not part of the
story: ``MOSCOW, Jan 28 (Reuters) -``, ``DAMASCUS (AP) —``, ``DAMASCUS, September 9. /TASS/.``,
``Damascus-``, ``Damascus, SANA -``. Cleaning keeps it out of the sentences (so its place is no mention of an actor),
``documents.csv`` records it, and ``srbrief add`` reads a publication date from it or from a
byline (``By Jane Roe, 5 March 2025``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..dates import MONTH_RE, month_number

_DAY_MONTH = rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_RE})|(?P<m2>{MONTH_RE})\s+(?P<d2>\d{{1,2}}))(?:,?\s+(?P<y>(?:19|20)\d\d))?"
_PLACE = r"(?P<place>[A-Z][A-Z'’.-]+(?:(?:\s+|/)[A-Z][A-Z'’.-]+){0,2})"  # MOSCOW, NEW YORK, AL-HASAKAH, BEIRUT/DAMASCUS
_DASH = r"\s*[-–—]+\s*"
DATELINE = re.compile(
    rf"{_PLACE}(?:,\s*[A-Z][A-Za-z .]+?)??"                       # MOSCOW / BEIRUT, Lebanon
    rf"(?:(?:,\s*|(?<=\.)\s+){_DAY_MONTH}\.?)?"                      # , Jan 28 / , 28 January 2025 / . Oct 15
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\)|\s*/(?P<agency2>[^/\n]{{1,40}})/\.?)?"  # (Reuters) / /TASS/.
    rf"(?:{_DASH}|\s*:\s+|(?<=\.)\s+|(?<=/)\s+)",                 # - / — / : / after "/TASS/."
    re.IGNORECASE)
#: A wire's date and agency with no place ("Oct 14 (Reuters) - ").
DATE_DATELINE = re.compile(rf"{_DAY_MONTH}\.?\s*\((?P<agency>[^()\n]{{1,40}})\){_DASH}", re.IGNORECASE)
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
#: A capitalised place and a dash, as translated copy writes it ("Damascus- ", "Damascus - ").
SHORT_DATELINE = re.compile(r"(?P<place>[A-Z][a-z]+(?:(?:\s+|/)[A-Z][a-z]+){0,2})"  # ("Berlin/Brussels (dpa) -")
                            rf"(?:,\s*(?i:{_DAY_MONTH})\.?)?"  # "Damascus, Sept. 9 (SANA) -", "Damascus, SANA -": state media
                            r"(?:,\s*(?P<agency>[A-Z]{2,}(?:\s+[A-Z]{2,})?)|\s*\((?P<agency2>[A-Za-z][\w ]{1,30})\))?"
                            r"\s?[-–—]+\s+(?=[A-Z])")
BYLINE = re.compile(rf"^\s*By\s+[^\n,]{{2,60}},\s*{_DAY_MONTH}\s*$", re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # the story starts here
    text: str  # as written, without the trailing dash and space
    place: str
    agency: str
    month: int | None
    day: int | None
    year: int | None


def _parts(m: re.Match) -> tuple[int | None, int | None, int | None]:
    mon = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    return (month_number(mon) if mon else None, int(day) if day else None,
            int(m.group("y")) if m.group("y") else None)


def item_place(text: str, start: int) -> int | None:
    """Where the date of a later paragraph's dateline starts, when a place in capitals, a date, an agency and a
    dash open it: a run of wire flashes gives each item its own ("MOSCOW. Oct 15 (Interfax) - ..."). The place is
    left out (it is where the item was filed); the date stays, as the item's date. A turn's label ("LAVROV
    (through interpreter): ...") or a glossary's entry ("HTS (Hayat Tahrir al-Sham) - ...") has no date."""
    m = DATELINE.match(text, start)
    if m and m.group("place").isupper() and len(m.group("place").rstrip(".")) > 2 and (m.group("m1") or m.group("m2")) \
            and (m.group("agency") or m.group("agency2")) and re.search(r"[-–—]\s*$", m.group(0)):
        return m.start("d1") if m.group("d1") else m.start("m2")
    return None


def find(text: str, first_body: int) -> Dateline | None:
    """The dateline at ``first_body`` (the start of the first body paragraph), or None."""
    m = DATELINE.match(text, first_body)
    if m and m.group("place").isupper() and len(m.group("place")) > 2 and (
            m.group("agency") or m.group("agency2") or m.group("m1") or m.group("m2")
            or re.search(r"[-–—:]\s*$", m.group(0))):
        month, day, year = _parts(m)
        raw = text[m.start():m.end()].rstrip()
        shown = re.sub(r"\s*[-–—:]+$", "", raw).strip()
        return Dateline(m.start(), m.end(), shown, re.sub(r"(?<=[A-Z]{2})\.$", "", m.group("place")),
                        (m.group("agency") or m.group("agency2") or "").strip(), month, day, year)
    m = DATE_DATELINE.match(text, first_body)
    if m and not WEEKDAY.fullmatch(m.group("agency").strip()):  # ("Dec. 8 (Sunday) - Rebels ...": a timeline's entry)
        month, day, year = _parts(m)
        shown = re.sub(r"\s*[-–—]+\s*$", "", text[m.start():m.end()]).strip()
        return Dateline(m.start(), m.end(), shown, "", m.group("agency").strip(), month, day, year)
    m = SHORT_DATELINE.match(text, first_body)
    if m and m.group("agency2") and m.group("agency2")[:1].islower() and "/" not in m.group("place"):
        m = None  # ("Maria Zakharova (video) - ...": a lower-case agency only after a place filed from two cities)
    if m:
        month, day, year = _parts(m)
        shown = re.sub(r"\s*[-–—]+\s*$", "", text[m.start():m.end()]).strip()
        return Dateline(m.start(), m.end(), shown, m.group("place"), (m.group("agency") or m.group("agency2") or ""),
                        month, day, year)
    return None


#: "By Jane Roe" (", 5 March 2025" or "| Outlet" may follow) on a line of its own: one author, capitalised words
#: with the particles of Arabic and European names ("By Dr. Khaled al-Hamwi"), an honorific before them dropped
BYLINE_AUTHOR = re.compile(r"^[ \t]*By[ \t]+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?(?!(?:Dr|Prof|Mr|Mrs|Ms)\b)"
                           r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:(?:bin|ibn|de|del|van|von|der|da|du)[ \t]+){0,2}(?:"
                           r"[A-Z][\w'’.-]+|(?:al|el|ad|as|ash|an|at|az)-[A-Z][\w'’.-]+)){1,4})"
                           r"[ \t]*(?:[,|—–][^\n]*)?$", re.MULTILINE)
#: Words that make a byline a desk's, no person's ("By Reuters Staff")
DESK_WORDS = {"staff", "team", "desk", "reporters", "correspondents", "editors", "agencies", "newsroom", "wire",
              "correspondent", "reporter", "editor", "bureau"}  # ("By Legal Affairs Correspondent": a desk, no one)


#: A name alone on a line, not the text's first, right above a date alone on its line ("Jane Roe" / "11/13/2025"):
#: how some sites set the byline without "By".
NAME_OVER_DATE = re.compile(r"(?<=\n)[ \t]*(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*\n"
                            r"(?:[ \t]*\n)?[ \t]*"
                            r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|"
                            r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*(?:\n|$)")


#: A wire story's credit line ("(Reporting by Jane Roe in Moscow; Editing by John Doe)", "Additional reporting by
#: ..."): who made the text, not what it tells; the places and desks it names say nothing of the story.
_CREDIT = r"(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|produced|translated|edited)\s+by\b"
_MADE = r"(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"  # (alone on a line, unbracketed: the wire's own)
CREDIT_GROUPS = re.compile(rf"(?:\([ \t]*{_CREDIT}[^()\n]*\)[ \t]*)+", re.IGNORECASE)
CREDIT_LIST = re.compile(rf"{_CREDIT}[^\n;,]*(?:[;,][ \t]*{_CREDIT}[^\n;,]*)+", re.IGNORECASE)
CREDIT_ALONE = re.compile(rf"{_MADE}[^\n.;:!?]{{1,80}}", re.IGNORECASE)
#: What a credit never holds: someone saying something, or a sentence ending inside it ("(Edited by X. Al-Watan
#: reported on Thursday that ...)")
_NOT_CREDIT = re.compile(r"\b(?:said|says|told|tells|reported|reports|announced|added)\b|[a-z]{2}\.\s+[A-Z]")


def credit_line(text: str, start: int, end: int) -> bool:
    """Is the sentence at [start, end) a credit: bracketed credits ("(Reporting by ...; Editing by ...)", also at the
    end of a paragraph or as two bracketed groups), a line of credits joined by a semicolon or a comma, or one
    "Reporting by ..." alone on its line without a full stop (not "Reporting by the agency was thin.", nor a
    bracketed note that goes on to tell something)?"""
    sentence = text[start:end].strip()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if _NOT_CREDIT.search(sentence) or _NOT_CREDIT.search(line) and not CREDIT_GROUPS.fullmatch(sentence):
        return False
    return CREDIT_GROUPS.fullmatch(sentence) is not None or CREDIT_LIST.fullmatch(line) is not None \
        or CREDIT_ALONE.fullmatch(line) is not None


def byline_author(text: str, head: int = 600) -> str:
    """The author a byline near the top names ("By Jane Roe", or a name alone over a date line), or ''."""
    span = byline_span(text, head)
    return text[span[0]:span[1]] if span else ""


def byline_span(text: str, head: int = 600) -> tuple[int, int] | None:
    """Where a byline near the top names its author (the name only), or None."""
    m = BYLINE_AUTHOR.search(text[:head]) or NAME_OVER_DATE.search(text[:head])
    return m.span("name") if m and not DESK_WORDS & set(m.group("name").lower().split()) else None


def byline_date(text: str, head: int = 600) -> date | None:
    """A full date in a byline near the top (``By Jane Roe, 5 March 2025``), or None."""
    m = BYLINE.search(text[:head])
    if not m:
        return None
    month, day, year = _parts(m)
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None
