"""Calendar helpers: partial ISO dates and the intervals they stand for."""
from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import InputError

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str, what: str = "date") -> tuple[date, date, str]:
    """``'2025'`` -> (2025-01-01, 2025-12-31, 'year'); ``'2025-07'`` -> month; a full date -> day.

    Raises :class:`InputError` naming ``what`` when the text is not such a date or is impossible.
    """
    m = _PARTIAL.match(str(value).strip())
    if not m:
        raise InputError(f"{what}: {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = m.groups()
    try:
        if d:
            day = date(int(y), int(mo), int(d))
            return day, day, "day"
        if mo:
            return date(int(y), int(mo), 1), month_end(int(y), int(mo)), "month"
        return date(int(y), 1, 1), date(int(y), 12, 31), "year"
    except ValueError as e:
        raise InputError(f"{what}: {value!r} is not a real date ({e})") from None


#: Month names and the abbreviations news copy uses ("Jan.", "Sept.", "Sep"), lowercase, no dot.
MONTHS = {name: i + 1 for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"])}
MONTHS |= {name[:3]: i for name, i in list(MONTHS.items())} | {"sept": 9}
#: A month name, or an abbreviation with an optional dot ("Sept.", "Jan"), as a regex alternative;
#: a full stop after a full name is the sentence's, not the month's.
MONTH_RE = (r"(?:(?:" + "|".join(n for n in MONTHS if len(n) > 4 or n in ("june", "july")) + r"|may)(?![a-z])|(?:"
            + "|".join(n for n in MONTHS if len(n) <= 4 and n not in ("june", "july", "may")) + r")\.?(?![a-z]))")
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}


def month_number(name: str) -> int:
    """``"Sept."`` -> 9; raises KeyError for a word that is not a month."""
    return MONTHS[name.lower().rstrip(".")]
