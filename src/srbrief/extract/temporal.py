"""Temporal expressions in English news, each resolved to an interval and a precision.

Resolution follows the coding guide (``data/eval/GUIDE.md``), against the publication date:
- absolute days, months, years and decades stand for themselves;
- a day or month named without a year is the most recent one on or before publication, or
  the next one when its clause speaks of the future ("will meet on Friday"); one named with a
  relative year ("Dec. 8 last year", "January of last year") is in that year;
- a weekday is the most recent one on or before publication ("last Tuesday": strictly before);
- ``early/mid/late`` (and "the beginning/middle/end of") take a third of a month or year
  (precision ``part``); seasons take three months (``season``);
- ``this/last/next week|month|year`` and ``yesterday/today/tomorrow`` (``tonight``, ``this afternoon``) count from
  publication;
- ``between March and May`` spans both ends;
- ``three months after …``, ``a year later`` shift the nearest date the article gives.
When the publication date is known only to the month or year, day- and week-level relative
expressions resolve to the whole publication interval at that precision.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..dates import MONTH_RE, MONTHS, WEEKDAYS, month_end, month_number
from .lexicon import past_form

PRECISION_ORDER = ("day", "week", "part", "month", "season", "year", "decade")


@dataclass(frozen=True)
class Temporal:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str
    relative: bool  # resolved against the publication date (or another date in the article)
    span: tuple[int, int] | None = None  # with a date it is joined to ("in March and April"): the two together


_Y = r"(?P<{0}>(?:1[89]|20)\d\d)"
_MON = rf"(?P<{{0}}>{MONTH_RE})"
#: The months' full names as written, capitalised (case-sensitive alternatives), and without "May" (also a verb).
FULL_MONTHS = "|".join(n.capitalize() for n in list(MONTHS)[:12])
#: What an ordinal after "the" numbers when it is no day of a month ("the 20th century", "the 8th Brigade", "the 22nd
#: Astana meeting"): read after the ordinal.
_NUMBERED = (r"(?!\s+(?:of|century|anniversary|floor|birthday|round|time|day|week|year|session|edition|minute|place|"
             r"brigade|division|regiment|battalion|corps|army|fleet|congress|amendment|summit|meeting|conference)\b)"
             r"(?!\s+(?-i:[A-Z][a-z]+)\s+(?:meeting|round|session|summit|conference|congress|talks)\b)")
FULL_MONTHS_NOT_MAY = "|".join(n.capitalize() for n in list(MONTHS)[:12] if n != "may")
ORDINALS = {w: i + 1 for i, w in enumerate(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first'])}
_D = r"(?P<{0}>[0-3]?\d(?:st|nd|rd|th)?|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_WD = r"(?P<{0}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<{0}>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:the\s+)?(?:first|second|last)\s+days\s+of)"
_SEASON = r"(?P<{0}>spring|summer|autumn|fall|winter)"
_PREP = r"(?:(?:in|on|since|after|before|by|until|till|from|during|of|at|around|through|for|as\s+of)\s+(?:the\s+)?)?"
_REL = r"(?P<{0}>this|last|next|past|previous|coming|following|(?:earlier|later)\s+(?:this|in\s+the))"


def _g(pattern: str, *names: str) -> str:
    return pattern.format(*names)


def _alt(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


FORMS = [
    # between March and May 2025 / from 2015 to 2017
    _alt("range", r"(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?" + _g(_MON, "r_m1") + r"(?:\s+" + _g(_Y, "r_y1")
         + r")?\s+(?:and|to|until|through)\s+(?:(?:early|mid|late)[\s-]+)?" + _g(_MON, "r_m2") + r"(?:,?\s+"
         + _g(_Y, "r_y2") + r")?"),
    _alt("yrange", r"(?:between|from)\s+(?:(?P<yr1_p>early|mid|late)[\s-]+)?" + _g(_Y, "yr1")
         + r"\s+(?:and|to|until|through)\s+(?:(?P<yr2_p>early|mid|late)[\s-]+)?" + _g(_Y, "yr2")),
    # (Tuesday,) December 8, 2024 / 8 December 2024 / Dec. 8 2024
    _alt("mdy", _PREP + r"(?:" + _g(_WD, "mdy_wd") + r",?\s+(?:the\s+)?)?" + _g(_MON, "mdy_m") + r"\s+" + _g(_D, "mdy_d")
         + r",?\s+" + _g(_Y, "mdy_y")),
    _alt("dmy", _PREP + r"(?:" + _g(_WD, "dmy_wd") + r",?\s+(?:the\s+)?)?" + _g(_D, "dmy_d") + r"\s+(?:of\s+)?"
         + _g(_MON, "dmy_m") + r",?\s+" + _g(_Y, "dmy_y")),
    # 23.12.2024: day, month and year in figures with dots, as European and Turkish or Russian texts write them
    _alt("dotted", r"(?:(?:on|of|since|from|until|by|before|after)\s+)?(?<![\d.])(?P<dt_d>[0-3]?\d)\."
         r"(?P<dt_m>[01]?\d)\."
         + _g(_Y, "dt_y") + r"(?![\d.]\d)"),
    # late January 2025 / mid-2025 / the end of 2024 / late last year / early next month
    _alt("part_my", _PREP + _g(_PART, "pmy_p") + r"[\s-]+" + _g(_MON, "pmy_m") + r",?\s+" + _g(_Y, "pmy_y")),
    _alt("part_y", _PREP + _g(_PART, "py_p") + r"[\s-]+" + _g(_Y, "py_y")),
    _alt("part_rel", _PREP + _g(_PART, "pr_p") + r"[\s-]+" + r"(?P<pr_r>this|last|next)\s+(?P<pr_u>year|month)"),
    _alt("part_m", _PREP + _g(_PART, "pm_p") + r"[\s-]+" + _g(_MON, "pm_m") + r"(?![\w])"),
    # January of last year / December of the last year / November this year
    _alt("m_rel", _PREP + r"(?:the\s+month\s+of\s+)?" + _g(_MON, "mr_m") + r"\s+(?:of\s+)?(?:the\s+)?(?P<mr_r>last|this|next|"
         r"past|previous|current|coming)\s+year"),
    # Dec. 8 last year / 8 December of last year / March 3 this year
    # (no comma: "on March 3, the past year having been hard" is March 3 and another phrase)
    _alt("md_rel", _PREP + _g(_MON, "mdr_m") + r"\s+" + _g(_D, "mdr_d") + r"\s+(?:of\s+)?(?:the\s+)?"
         r"(?P<mdr_r>last|this|next|past|previous|current|coming)\s+year(?![\w'’])"),
    _alt("dm_rel", _PREP + r"(?:the\s+)?" + _g(_D, "dmr_d") + r"\s+(?:of\s+)?" + _g(_MON, "dmr_m") + r"\s+(?:of\s+)?"
         r"(?:the\s+)?(?P<dmr_r>last|this|next|past|previous|current|coming)\s+year(?![\w'’])"),
    # March 2025 / in the month of March 2025
    _alt("my", _PREP + r"(?:the\s+month\s+of\s+)?" + _g(_MON, "my_m") + r",?\s+(?:of\s+)?" + _g(_Y, "my_y")),
    # Tuesday, Jan. 28 / on Jan. 28 / 28 January (no year)
    _alt("md", _PREP + r"(?:" + _g(_WD, "md_wd") + r",?\s+)?" + _g(_MON, "md_m") + r"\s+" + _g(_D, "md_d")
         + r"(?![\d,]*\s*(?:1[89]|20)\d\d)(?!\d)"),
    _alt("dm", _PREP + r"(?:" + _g(_WD, "dm_wd") + r",?\s+)?(?:the\s+)?" + _g(_D, "dm_d") + r"\s+(?:of\s+)?" + _g(_MON, "dm_m")
         + r"(?!,?\s+(?:1[89]|20)\d\d)(?![\w])"),
    # summer 2025 / the summer of 2025 / last summer
    _alt("season_y", _PREP + r"(?:the\s+)?" + _g(_SEASON, "sy_s") + r"\s+(?:of\s+)?" + _g(_Y, "sy_y")),
    _alt("season_rel", _PREP + r"(?P<sr_r>this|last|next|past)\s+" + _g(_SEASON, "sr_s")),
    # in the spring / since the summer (no year): the latest such season begun by publication, unless future;
    # never "the fall" ("since the fall of Assad")
    _alt("season_bare", r"(?P<sb_p>in|since|during|until|by|through|over)\s+(?:the\s+)?"
         r"(?P<sb_s>spring|summer|autumn|winter)(?!\s+of\b)(?![\w-])"),
    # on Tuesday / last Tuesday / Tuesday
    # (late on Wednesday / early Monday / Tuesday morning: the part of the day goes with it, the day stays the unit)
    _alt("wd", r"(?:(?:late|early)\s+)?(?:(?P<wd_r>on|last|this|next|past|previous|coming)\s+)?" + _g(_WD, "wd_d")
         + r"(?:\s+(?:morning|afternoon|evening|night))?"),
    _alt("daywords", r"(?P<dw>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))"),
    # earlier in the day (the story's day, its publication) / later that day, that same day (the day told last)
    _alt("sameday", r"(?:earlier|later)\s+(?:in\s+the|that)\s+day|that\s+same\s+day"),
    # on the 9th of this month / the third of last month: that day of the month named
    _alt("d_rel", _PREP + r"the\s+" + _g(_D, "drl_d") + r"\s+of\s+(?P<drl_r>this|last|next)\s+month"),
    # in April, the 20th: a month, then its day after a comma (as said aloud)
    _alt("m_dth", _PREP + _g(_MON, "mdt_m") + r",\s+the\s+(?P<mdt_d>[0-3]?\d(?:st|nd|rd|th))(?![\w-])" + _NUMBERED),
    # (not "In April, the 8th Brigade ...")
    # on the 12th (no month): that day of the month the paragraph is about ("February. ... on the 12th")
    _alt("dth", r"(?:on|by|until|since|from|before|after)\s+the\s+(?P<dth_d>[0-3]?\d(?:st|nd|rd|th))(?![\w-])"
         + _NUMBERED),  # (not "from the 8th Brigade", "before the 22nd Astana meeting"; "On the 28th Sharaa
    # received him" is a day)
    # earlier this week / last month / next year
    _alt("rel", r"(?!the\s+(?:following|previous)\s)(?:the\s+)?" + _g(_REL, "rel_r")
         + r"\s+(?P<rel_u>week|month|year)(?!s)"),
    # ten months ago: counted back from publication, in its unit (not "more than a year ago": no date, only a bound)
    _alt("ago", r"(?<!than\s)(?<!over\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)(?<!some\s)(?<!roughly\s)"
         r"(?<!around\s)(?<!approximately\s)(?<!least\s)(?<!under\s)(?<!up\sto\s)"
         r"(?P<ago_n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
         r"(?P<ago_u>day|week|month|year)s?\s+ago(?:\s+this\s+(?P<ago_this>week|month)|\s+(?P<ago_today>today))?"),
    # (a year ago today: to the day)
    # a year to the day after (since) ...: the happening it counts from fell that long before publication, to the day
    _alt("anniv", r"(?P<an_n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
         r"(?P<an_u>week|month|year)s?\s+to\s+the\s+day\s+(?:after|since)"),
    # three months after / a year later / two weeks earlier
    _alt("shift", r"(?P<sh_n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
         r"(?P<sh_u>day|week|month|year)s?\s+(?P<sh_dir>after|later|before|earlier)"),
    # the next day / the following day / the previous day: one day from the date it follows; the following (previous)
    # week, month or year: one such unit from it ("received in January 2025 ... spoke by phone the following month")
    _alt("nextday", r"the\s+(?:(?P<nd>next|following|previous|same)\s+day|(?P<nd_r>following|previous)\s+"
         r"(?P<nd_u>week|month|year))(?!\s+(?:of|after|before|as)\b)"),
    # in February / in the month of August
    _alt("m", r"(?:(?:in|since|until|by|during|from|before|after|of)\s+(?:the\s+month\s+of\s+)?|"
         r"(?P<m_r>last|this|next|early|late)\s+)"
         + _g(_MON, "m_m") + r"(?![\w])"),
    # the October trip / the May meeting / Damascus's January offensive: a capitalised month before a noun (never "the
    # march on ...")
    _alt("m_attr", r"(?:the|this|that|its|their|his|her|last|next|"
         r"(?P<ma_own>(?!(?:it|that|what|there|here|he|she|who)['’]s\b)(?:(?:al|el|ash|as|ad|an|ar|at|az)-)?"
         r"(?-i:[A-Z])[\w-]*['’]s))\s+"
         rf"(?-i:(?P<ma_m>{FULL_MONTHS}))(?=\s+(?-i:[a-z]))"),
    # And then March happens. / December. (a year-ender's heading): a capitalised month alone, not "May" (the verb),
    # nor a name's part ("April Roe", "Ides of March" is "of March")
    _alt("m_bare", rf"(?-i:(?P<mb_m>{FULL_MONTHS_NOT_MAY}))"
         r"(?![\w-])(?!\s+(?-i:[A-Z])|\s*\d)"),
    # the 1990s
    _alt("decade", r"(?:(?:in|since|during|from|by|of|until)\s+)?the\s+(?P<dec>(?:1[89]|20)\d0)['’]?s"),
    # in 2015 / since 2015 / the 2017 agreement / a 2017 deal / a separate 2017 deal (not "an extra 2000 troops") /
    # dates back to 2019 / ties dating to 1944 / in the year 2017
    _alt("y", r"(?:(?P<y_p>in|since|after|before|by|until|till|from|during|of|around|through|as\s+of)\s+(?:the\s+)?"
         r"(?:(?:year|end|beginning|start|middle)\s+(?:of\s+)?)?|(?:the|back\s+to)\s+|"
         r"(?:(?<=\bdating\s)|(?<=\bdates\s)|(?<=\bdated\s)|(?<=\bdate\s))to\s+|"  # (not "the mandate to 2027")
         r"(?:a|an)\s+(?:(?=\d{4}\s+[a-z]+(?<!strong)\b)|[a-z]+\s+(?=\d{4}\s+[a-z]*[a-rt-z]\b))|"
         r"(?<=\())" + _g(_Y, "y_y") + r"(?![\d%,.]\d|\s*%|-\d|/\d)"),  # (not "the 2025/26 season")
]
TEMPORAL = re.compile(r"(?<![\w-])(?:" + "|".join(FORMS) + r")(?![\w])", re.IGNORECASE)
#: "the" right before a year used attributively ("of the 2019 contracts"): the article is the noun's,
#: so the expression is the year alone ("a 2017 deal" keeps its article: "a investment deal" would not read)
ATTRIBUTIVE_YEAR = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
#: Words every temporal expression contains; the grammar runs only near them.
ANCHOR = re.compile(rf"(?<![\w]){MONTH_RE}|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:day|week|month|year|"
                    r"yesterday|today|tomorrow|tonight|morning|afternoon|evening|spring|summer|autumn|fall|winter)s?\b|"
                    r"\b(?:1[89]|20)\d\d|\b[0-3]?\d(?:st|nd|rd|th)\b", re.IGNORECASE)
#: Words right before a date that put it in the future ("will meet on Friday", "scheduled for October 15").
FUTURE = re.compile(r"\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+due|are\s+due|(?:scheduled|planned|slated|set|due|"
                    r"expected)\s+(?:to|for|on|in)|upcoming|forthcoming|plans?\s+to)\b", re.IGNORECASE)
#: A promise of an act, whose date lies ahead of the promise ("has offered to ship", "pledged to deliver").
PROMISED = re.compile(r"(?P<perfect>\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?)?\b(?:offer|promis|pledg|vow|agre|"
                      r"undert(?:oo|a)k)(?:e|es|ed|d|s)?(?:\s+(?:on|in|at|last|this|earlier)\s+[\w.]+(?:\s+\d{1,2})?)?"
                      r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)(?:[a-z]+ss|[a-z]*[a-rt-z])\b"
                      r"(?![^,;]*\b(?:that|which|who|whom|whose)\b)", re.IGNORECASE)
# (a verb after "to", not a plural noun: "agreed to talks"; the date in the promised act's own words, not in a
# relative clause after it: "promised to investigate the attack that killed 12 soldiers in March")
#: A date's own "when" clause in the past ("in mid-October, when he told Putin"): "when", its subject (a pronoun, a
#: name, "the" and a noun), then a past form (:func:`lexicon.past_form`), nothing between.
WHEN_CLAUSE = re.compile(r",?\s+when\s+(?:he|she|they|it|we|I|the\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                         r"\s+(?P<verb>[a-z]+)\b")
FUTURE_REACH = 120  # characters before the expression (and never past a comma)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _rel_year(r, rel: str) -> int:
    """The year "last/this/next year" (and their synonyms) names, from publication."""
    rel = rel.lower()
    return r.pub.year + (-1 if rel in ("last", "past", "previous") else 1 if rel in ("next", "coming") else 0)


def _day(word: str) -> int:
    """"9", "9th", "ninth" -> 9."""
    w = word.lower()
    return ORDINALS[w] if w in ORDINALS else int(re.sub(r"\D", "", w))


def _third(lo: date, hi: date, part: str) -> tuple[date, date]:
    """The first, middle or last third of [lo, hi]: of a month, days 1-10, 11-20, 21-end; of a
    year, January-April, May-August, September-December."""
    p = part.lower()
    first = p.startswith(("early", "the beginning", "the start", "the first", "first"))
    last = p.startswith(("late", "the end", "the last", "last"))
    if lo.month == hi.month and lo.year == hi.year:  # a month
        if first:
            return lo, lo.replace(day=10)
        if last:
            return lo.replace(day=21), hi
        return lo.replace(day=11), lo.replace(day=20)
    if first:
        return date(lo.year, 1, 1), date(lo.year, 4, 30)
    if last:
        return date(lo.year, 9, 1), date(lo.year, 12, 31)
    return date(lo.year, 5, 1), date(lo.year, 8, 31)


def _season(name: str, year: int) -> tuple[date, date]:
    s = name.lower()
    if s == "winter":
        return date(year - 1, 12, 1), month_end(year, 2)
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[s]
    return date(year, first, 1), month_end(year, first + 2)


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), month_end(y, m)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, month_end(y, m + 1).day))


class Resolver:
    """Resolves matches against one article's publication interval."""

    def __init__(self, published: tuple[date, date, str]):
        self.pub_lo, self.pub_hi, self.pub_prec = published
        self.pub = self.pub_hi  # "today" for the article

    def _coarse(self, unit: str) -> tuple[date, date, str] | None:
        """Day- or week-level relative dates when publication is known less precisely."""
        if self.pub_prec != "day" and unit in ("day", "week"):
            return self.pub_lo, self.pub_hi, self.pub_prec if self.pub_prec in PRECISION_ORDER else "year"
        return None

    def day_without_year(self, m: int, d: int, future: bool | None, weekday: int | None = None
                         ) -> tuple[date, date, str]:
        y = self.pub.year
        if weekday is not None:  # "Monday 24 November": the one year near publication in which that day is a Monday
            years = [k for k in (y - 1, y, y + 1) if _exists(k, m, d) and date(k, m, d).weekday() == weekday]
            if len(years) == 1:
                return date(years[0], m, d), date(years[0], m, d), "day"
        cand = date(y, m, d)
        if future is None:  # the nearest such day, before or after publication
            cand = min((date(y + k, m, d) for k in (-1, 0, 1)), key=lambda c: abs((c - self.pub).days))
        elif future:
            if cand < self.pub_lo:
                cand = date(y + 1, m, d)
        elif cand > self.pub:
            cand = date(y - 1, m, d)
        return cand, cand, "day"

    def month_without_year(self, m: int, future: bool | None) -> tuple[date, date, str]:
        y = self.pub.year
        lo, hi = _month(y, m)
        if future is None:  # the nearest such month
            lo, hi = min((_month(y + k, m) for k in (-1, 0, 1)), key=lambda b: abs((b[0] - self.pub).days))
        elif future:
            if hi < self.pub_lo:
                lo, hi = _month(y + 1, m)
        elif lo > self.pub:
            lo, hi = _month(y - 1, m)
        return lo, hi, "month"

    def weekday(self, wd: int, lead: str, future: bool | None) -> tuple[date, date, str]:
        """The weekday named: the last such day by publication, the next when the clause speaks of the future, the
        nearer of the two when its tense cannot tell ("said on Tuesday the leaders would meet on Wednesday")."""
        c = self._coarse("day")
        if c:
            return c
        lead = (lead or "").lower()
        ahead = (wd - self.pub.weekday()) % 7
        nearer = future is None and lead in ("", "on") and 0 < ahead < 7 - ahead
        if lead in ("next", "coming") or future and lead not in ("last", "past", "previous") or nearer:
            d = self.pub + timedelta(days=(wd - self.pub.weekday()) % 7 or (7 if lead else 0))
        else:
            delta = (self.pub.weekday() - wd) % 7
            if lead in ("last", "past", "previous") and delta == 0:
                delta = 7
            d = self.pub - timedelta(days=delta)
        return d, d, "day"

    def days_from(self, n: int) -> tuple[date, date, str]:
        """The day ``n`` days from publication ("yesterday", "three days ago", "earlier in the day"), or the
        publication's interval when it is known less precisely than a day."""
        d = self.pub + timedelta(days=n)
        return self._coarse("day") or (d, d, "day")

    def relative(self, rel: str, unit: str) -> tuple[date, date, str]:
        c = self._coarse(unit)
        if c:
            return c
        r = rel.lower().split()[-1]
        shift = -1 if r in ("last", "past", "previous") else 1 if r in ("next", "coming", "following") else 0
        return _unit_from(self.pub, shift, unit)


def _told_in_sentence(previous: list, lo: int) -> date | None:
    """The start of the last date the sentence from ``lo`` told (a day, a week, a part of a month or a month), or
    None."""
    told = [t for t in previous if t.start >= lo and t.precision in ("day", "week", "part", "month")]
    return told[-1].date_start if told else None


#: How far back a date without its year may step from the date its sentence told ("met on July 31, 2024, and was
#: received on July 30"); further back, the story goes forward ("in May 2025 ..., on 18 December").
STEP_BACK_DAYS = 62


def _going_on(starts: list[date], near: date, pub: date, ahead: bool | None) -> date:
    """Of the candidate dates (one a year), the one a story goes on to from ``near``: none past publication ``pub``
    unless the clause speaks of the future (``ahead``); the last before ``near`` when it is at most
    ``STEP_BACK_DAYS`` back, else the first from it on, else the last before it."""
    starts = [d for d in starts if d <= pub or ahead] or starts
    back = max((d for d in starts if d < near), default=None)
    ahead = min((d for d in starts if d >= near), default=None)
    if back is not None and ((near - back).days <= STEP_BACK_DAYS or ahead is None):
        return back
    return ahead


def _told_in_paragraph(previous: list, text: str, pos: int):
    """The date told last before ``pos`` in its paragraph (an anchor for "later in the day", "earlier this week"),
    or None."""
    return previous[-1] if previous and "\n" not in text[previous[-1].end:pos] else None


def _unit_from(at: date, shift: int, unit: str) -> tuple[date, date, str]:
    """The week, month or year ``shift`` such units from the one that holds ``at``."""
    if unit == "week":
        monday = at - timedelta(days=at.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        lo = _add_months(at.replace(day=1), shift)
        return lo, month_end(lo.year, lo.month), "month"
    return date(at.year + shift, 1, 1), date(at.year + shift, 12, 31), "year"


def _is_future(text: str, lo: int, pos: int) -> bool | None:
    """Do the words before ``pos``, in its clause, put it in the future ("will visit Moscow for
    the summit on 15 October", "planned for Oct. 15")? Only its own clause: in "the Kremlin said
    on Oct. 9 that the meeting, planned for ..., would be postponed" the date is the saying's.
    None when the tense cannot tell (a plan in the past perfect): the nearest such date is meant."""
    start = max(lo, pos - FUTURE_REACH, text.rfind(",", lo, pos) + 1, text.rfind(";", lo, pos) + 1,
                text.rfind(" - ", lo, pos) + 1, text.rfind("—", lo, pos) + 1, text.rfind(" – ", lo, pos) + 1)
    # (a dash ends a clause too: 'Russia would "never" be indifferent - that's not what we heard in December')
    lead = re.match(r"(?:for|on|in|by)\b", text[pos:pos + 4], re.IGNORECASE)  # "planned [for Oct. 15]"
    end = pos + (lead.end() if lead else 0)
    cue = FUTURE.search(text, start, end)
    if re.search(r"\b(?:since|last|ago)\s*$", text[start:pos], re.IGNORECASE):
        return False
    if cue is None:  # "said the talks would take place in February": future of a past saying, so the nearest
        promised = PROMISED.search(text, start, end)  # "has offered to ship fuel through the winter": ahead of
        if promised:  # now; "pledged to deliver wheat in March": ahead of a pledge not dated, so the nearest
            return True if promised.group("perfect") else None
        possible = re.search(r"\b(?:might|may)\s+(?:not\s+|still\s+|also\s+)?(?!have\b|been\b)[a-z]+",
                             text[start:end])  # (lower case: "3 May and" is no modal)
        if possible and not re.search(r"\b[a-z]+ed\b", text[possible.end():end]):
            return True  # "might meet in the autumn": a possibility ahead ("might have met" is past, and so is "might
            # halt the shipments Russia resumed in the spring": the date is the past verb's)
        could = re.search(r"\bcould\b", text[start:end])
        if could and not re.search(r"\b[a-z]+ed\b", text[could.end():end]):
            return None  # "could meet in the autumn", "could not dock in August": ahead or past, so the nearest
        colon = text.rfind(": ", start, pos) + 1  # "I would urge the same: the committee set up in March showed
        # ...": what follows a colon is no longer the modal's (but "will make two trips: one in February" still is)
        return None if re.search(r"\bwould\b", text[max(start, colon):end], re.IGNORECASE) else False
    # "had (originally) been planned for December 8": a plan told in the past perfect, before or after; "Planned for
    # 15 October, the summit was postponed": a plan its own clause tells in the past, so the nearest such date
    if re.search(r"\bhad\s+(?:\w+\s+)?been\s*$", text[start:cue.start()], re.IGNORECASE):
        return None
    past = re.match(r"(?:scheduled|planned|slated|set|due|expected)\b", cue.group(0), re.IGNORECASE) and re.search(
        r"\b(?:was|were|had)\b", text[pos:pos + 80].split(".")[0])
    return None if past else True


def _exists(y: int, m: int, d: int) -> bool:
    """Is there such a day ("29 February" is not in every year)?"""
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


#: A line that holds only a year: a chronology's heading, whose year the dates below it without one keep.
YEAR_HEADING = re.compile(r"^[ \t]*((?:1[89]|20)\d\d)[ \t]*$", re.MULTILINE)
#: The forms that name a month or a day of one without its year.
YEARLESS = {"md", "dm", "part_m", "season_bare", "m", "m_attr", "m_bare", "m_dth"}


@lru_cache(maxsize=16)
def _headings(text: str) -> tuple[list[int], list[int]]:
    """Where each year heading of ``text`` stands, and its year."""
    found = [(h.start(), int(h.group(1))) for h in YEAR_HEADING.finditer(text)]
    return [p for p, _ in found], [y for _, y in found]


def _heading_year(text: str, pos: int) -> int | None:
    """The year of the last year heading before ``pos`` ("2025" on a line of its own, then "Jan. 28 - ..."), if
    any."""
    at, years = _headings(text)
    k = bisect.bisect_right(at, pos)
    return years[k - 1] if k else None


#: A month named, with its year if one follows.
NAMED_MONTH = re.compile(rf"(?<![\w-])(?-i:(?P<m>{FULL_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
                         r"(?=\.|\s+\d)))"
                         r"\.?(?![\w-])"
                         r"(?:\s+[0-3]?\d)?(?:,?\s+(?P<y>(?:19|20)\d\d))?")


def _paragraph_month(text: str, pos: int) -> tuple[int, int | None] | None:
    """The month last named before ``pos`` in its paragraph (a year-ender's "February." heading, "in March"), with
    its year when one is written beside it; None when the paragraph names none."""
    start = text.rfind("\n\n", 0, pos)
    named = list(NAMED_MONTH.finditer(text, start + 1 if start >= 0 else 0, pos))
    if not named:
        return None
    last = named[-1]
    return month_number(last.group("m")), int(last.group("y")) if last.group("y") else None


def _resolve(m: re.Match, text: str, lo: int, r: Resolver, previous: list[Temporal]) -> tuple | None:
    k = m.lastgroup
    g = m.group
    future = _is_future(text, lo, m.start())
    lead = ((g("m_r") if k == "m" else g(0).split()[0] if k == "m_attr" else "") or "").lower()  # ("last March")
    heading = _heading_year(text, m.start()) if k in YEARLESS and lead not in ("last", "next", "this") else None
    if heading is not None:  # in a chronology, a date without its year is of the year it is listed under
        r, future = Resolver((date(heading, 1, 1), date(heading, 12, 31), "year")), False
    when = WHEN_CLAUSE.match(text, m.end()) if future else None
    if when and past_form(when.group("verb")):  # "will be his second trip, after the first in mid-October, when he
        future = False  # told Putin ...": the clause that tells what happened then is in the past
    if k == "range":
        m1, m2 = month_number(g("r_m1")), month_number(g("r_m2"))
        y2 = int(g("r_y2")) if g("r_y2") else None
        y1 = int(g("r_y1")) if g("r_y1") else (y2 - (1 if m1 > m2 else 0) if y2 else None)
        if y1 is None:
            lo_, _, _ = r.month_without_year(m1, future)
            y1 = lo_.year
            y2 = y1 + (1 if m2 < m1 else 0)
        return _month(y1, m1)[0], _month(y2 if y2 else y1, m2)[1], "month", y2 is None
    if k == "yrange":  # "from 2015 until late 2024": the span's ends, a part of a year where one is named
        y1, y2 = int(g("yr1")), int(g("yr2"))
        lo_ = _third(date(y1, 1, 1), date(y1, 12, 31), g("yr1_p"))[0] if g("yr1_p") else date(y1, 1, 1)
        hi_ = _third(date(y2, 1, 1), date(y2, 12, 31), g("yr2_p"))[1] if g("yr2_p") else date(y2, 12, 31)
        return lo_, hi_, "year", False
    if k in ("mdy", "dmy"):
        d = date(int(g(f"{k}_y")), month_number(g(f"{k}_m")), _day(g(f"{k}_d")))
        return d, d, "day", False
    if k == "dotted":
        try:
            d = date(int(g("dt_y")), int(g("dt_m")), int(g("dt_d")))
        except ValueError:
            return None  # (no such day: "31.02.2025", a version number)
        return d, d, "day", False
    if k == "part_my":
        lo_, hi_ = _month(int(g("pmy_y")), month_number(g("pmy_m")))
        return (*_third(lo_, hi_, g("pmy_p")), "part", False)
    if k == "part_y":
        y = int(g("py_y"))
        return (*_third(date(y, 1, 1), date(y, 12, 31), g("py_p")), "part", False)
    if k == "part_rel":
        lo_, hi_, _ = r.relative(g("pr_r"), g("pr_u"))
        return (*_third(lo_, hi_, g("pr_p")), "part", True)
    if k == "part_m":
        lo_, hi_, _ = r.month_without_year(month_number(g("pm_m")), future)
        return (*_third(lo_, hi_, g("pm_p")), "part", True)
    if k == "m_rel":
        return (*_month(_rel_year(r, g("mr_r")), month_number(g("mr_m"))), "month", True)
    if k in ("md_rel", "dm_rel"):
        p_ = "mdr" if k == "md_rel" else "dmr"
        d_ = date(_rel_year(r, g(f"{p_}_r")), month_number(g(f"{p_}_m")), _day(g(f"{p_}_d")))
        return d_, d_, "day", True
    if k == "my":
        return (*_month(int(g("my_y")), month_number(g("my_m"))), "month", False)
    if k in ("md", "dm"):
        named = g(f"{k}_wd")
        near = _told_in_sentence(previous, lo)
        if near and not named:  # "talks opened in early March 2023, and on April 2 they closed": the sentence's
            # story goes on from the date it told last (:func:`_going_on`)
            m_, d0 = month_number(g(f"{k}_m")), _day(g(f"{k}_d"))
            days = [date(y, m_, d0) for y in (near.year - 1, near.year, near.year + 1) if _exists(y, m_, d0)]
            d_ = _going_on(days, near, r.pub, future)
            return d_, d_, "day", True
        return (*r.day_without_year(month_number(g(f"{k}_m")), _day(g(f"{k}_d")), future,
                                    WEEKDAYS[named.lower()] if named else None), True)
    if k == "season_y":
        return (*_season(g("sy_s"), int(g("sy_y"))), "season", False)
    if k == "season_rel":
        rel, s = g("sr_r").lower(), g("sr_s")
        y = r.pub.year + (-1 if rel in ("last", "past") else 1 if rel == "next" else 0)
        lo_, hi_ = _season(s, y)
        if rel == "this":  # the one under way, else the nearest: "this winter" in late November is the coming one,
            # "this summer" in October the one just past
            lo_, hi_ = min((_season(s, y_) for y_ in (r.pub.year - 1, r.pub.year, r.pub.year + 1)),
                           key=lambda x: 0 if x[0] <= r.pub <= x[1] else min(abs((x[0] - r.pub).days),
                                                                              abs((r.pub - x[1]).days)))
        if rel in ("last", "past") and _season(s, r.pub.year)[1] < r.pub:
            lo_, hi_ = _season(s, r.pub.year)
        if rel == "next":  # the first to begin after publication: "next spring" in February is weeks away
            lo_, hi_ = min((x for x in (_season(s, y_) for y_ in (r.pub.year, r.pub.year + 1, r.pub.year + 2))
                            if x[0] > r.pub), key=lambda x: x[0])
        return lo_, hi_, "season", True
    if k == "season_bare":
        s_ = g("sb_s")
        seasons = [_season(s_, y) for y in (r.pub.year + 1, r.pub.year, r.pub.year - 1, r.pub.year - 2)]
        ahead = future and g("sb_p").lower() != "since"  # ("will ship through the winter": the coming one)
        coming = min((x for x in seasons if x[1] >= r.pub), key=lambda x: x[0])
        last = max((x for x in seasons if x[0] <= r.pub), key=lambda x: x[0])
        if future is None and g("sb_p").lower() != "since":  # the tense cannot tell: the nearer of the two
            ahead = (coming[0] - r.pub).days < (r.pub - last[1]).days if coming != last else False
        lo_, hi_ = coming if ahead else last
        return lo_, hi_, "season", True
    if k == "wd":
        return (*r.weekday(WEEKDAYS[g("wd_d").lower()], g("wd_r") or "", future), True)
    if k == "daywords":  # ("this afternoon": today)
        return (*r.days_from({"yesterday": -1, "tomorrow": 1}.get(g("dw").lower(), 0)), True)
    if k == "rel":
        told = _told_in_paragraph(previous, text, m.start())
        unit = g("rel_u").lower()
        fine = {"week": ("day", "week"), "month": ("day", "week", "part", "month")}.get(unit, tuple(PRECISION_ORDER))
        if re.search(r"\bin\s+the$", g("rel_r"), re.IGNORECASE) and told is not None and told.precision in fine:
            # (a date told at least as finely as the unit asked: not "signed in 2017. Later in the month")
            return (*_unit_from(told.date_start, 0, unit), True)  # "Assad fled on Dec. 8, 2024. Later
            # in the month, ...": the month the story tells of, in its paragraph (else the publication's)
        return (*r.relative(g("rel_r"), g("rel_u")), True)
    if k == "d_rel":  # "on the 9th of this month": that day of the month, if the month has it
        lo_, _, prec = r.relative(g("drl_r"), "month")
        if prec != "month" or not _exists(lo_.year, lo_.month, _day(g("drl_d"))):
            return None
        d_ = date(lo_.year, lo_.month, _day(g("drl_d")))
        return d_, d_, "day", True
    if k == "dth":  # "on the 12th": of the month last named in its paragraph, in the year told of it
        month = _paragraph_month(text, m.start())
        if month is None:
            return None
        m_, y_ = month
        d0 = _day(g("dth_d"))
        if y_ is None:
            told = [p for p in previous
                    if p.date_start.month == m_ == p.date_end.month and p.date_start.year == p.date_end.year]
            y_ = told[-1].date_start.year if told else r.month_without_year(m_, future)[0].year
        if not _exists(y_, m_, d0):
            return None
        d_ = date(y_, m_, d0)
        return d_, d_, "day", True
    if k == "ago":
        n, unit = _NUMBERS.get(g("ago_n").lower()) or int(g("ago_n")), g("ago_u").lower()
        if unit == "day":
            return (*r.days_from(-n), True)
        if r._coarse(unit):  # publication known only to the month: "two weeks ago" says no more than it
            return (*r._coarse(unit), True)
        if g("ago_today") and unit in ("week", "month", "year") and r.pub_prec == "day":  # "a year ago today"
            d = r.pub - timedelta(weeks=n) if unit == "week" else _add_months(r.pub, -n * (12 if unit == "year" else 1))
            return d, d, "day", True
        if g("ago_this") and unit in ("month", "year"):  # "a year ago this month": that month, a year back
            at = _add_months(r.pub, -n * (12 if unit == "year" else 1))
            return (*_unit_from(at, 0, g("ago_this").lower()), True)
        return (*_unit_from(r.pub, -n, unit), True)
    if k == "anniv":  # ("A year to the day after Assad flew out, he faces four warrants": the flight, a year back)
        main = re.search(r",\s*((?:\S+\s+){0,6})", text[m.end():m.end() + 200])  # (the clause it opens)
        if r.pub_prec != "day" or text[lo:m.start()].strip() or not main or any(
                past_form(w) for w in re.findall(r"[a-z]+", main.group(1))):
            return None  # counted from the story's own day only when it opens the sentence and what follows is
            # told in the present ("On October 15, a year to the day after ...", "..., Putin visited": not the story's
            # day)
        n, unit = _NUMBERS.get(g("an_n").lower()) or int(g("an_n")), g("an_u").lower()
        d = r.pub - timedelta(weeks=n) if unit == "week" else _add_months(r.pub, -n * (12 if unit == "year" else 1))
        return d, d, "day", True
    if k == "shift":
        if not previous:
            return None
        anchor = previous[-1]
        n = _NUMBERS.get(g("sh_n").lower()) or int(g("sh_n"))
        sign = 1 if g("sh_dir").lower() in ("after", "later") else -1
        unit = g("sh_u").lower()
        if PRECISION_ORDER.index(anchor.precision) > PRECISION_ORDER.index(unit if unit != "week" else "month"):
            return None  # six days before a year (or a season) says no more than the year
        if unit == "day":
            lo_, hi_ = anchor.date_start + timedelta(days=sign * n), anchor.date_end + timedelta(days=sign * n)
        elif unit == "week":
            lo_, hi_ = anchor.date_start + timedelta(weeks=sign * n), anchor.date_end + timedelta(weeks=sign * n)
        else:
            months = n * (12 if unit == "year" else 1) * sign
            lo_, hi_ = _add_months(anchor.date_start, months), _add_months(anchor.date_end, months)
            if anchor.date_end == month_end(anchor.date_end.year, anchor.date_end.month):
                hi_ = month_end(hi_.year, hi_.month)
        return lo_, hi_, anchor.precision, True
    if k == "nextday" and g("nd_u"):
        since = (re.match(r"since\b", previous[-1].text, re.IGNORECASE) or re.search(
            r"\bsince\s+$", text[max(0, previous[-1].start - 8):previous[-1].start], re.IGNORECASE)) if previous else None
        if not previous or "\n" in text[previous[-1].end:m.start()] or since and previous[-1].relative:
            # (a date in another paragraph is no anchor: a translation's "In the previous week" is last week; nor is
            # the start of a recent period up to now, named without its year: "has expanded its presence since
            # December ... visited Moscow the previous month" is the month before this one; "since September 2015.
            # The following month" is October 2015)
            return (*r.relative(g("nd_r"), g("nd_u")), True)
        anchor, unit = previous[-1], g("nd_u").lower()
        if PRECISION_ORDER.index(anchor.precision) > PRECISION_ORDER.index(unit):
            return None  # "intervened in 2015, and the following month ...": no month follows a year
        step = -1 if g("nd_r").lower() == "previous" else 1
        at = anchor.date_start if step < 0 else anchor.date_end  # ("between 2017 and 2019; the following year": 2020)
        return (*_unit_from(at, step, unit), True)
    if k == "sameday":  # the day told last in its paragraph; "earlier/later in the day" with none, the story's own
        told = _told_in_paragraph(previous, text, m.start())
        if told is not None and told.precision == "day":
            return told.date_start, told.date_end, "day", True
        if re.search(r"in\s+the\s+day$", m.group(0), re.IGNORECASE) or not previous:
            return (*r.days_from(0), True)
        return None
    if k == "nextday":
        if not previous or previous[-1].precision != "day":
            return None
        d = previous[-1].date_start + timedelta(days={"previous": -1, "same": 0}.get(g("nd").lower(), 1))
        return d, d, "day", True
    if k == "m":
        mon = month_number(g("m_m"))
        if lead in ("early", "late"):
            lo_, hi_, _ = r.month_without_year(mon, future)
            return (*_third(lo_, hi_, lead), "part", True)
        if lead == "last":
            lo_, hi_, _ = r.month_without_year(mon, False)
            if hi_ >= r.pub:
                lo_, hi_ = _month(lo_.year - 1, mon)
            return lo_, hi_, "month", True
        past = re.match(r"(?:since|after|until)\b", m.group(0), re.IGNORECASE) is not None
        ahead = True if lead == "next" else False if past else future  # None: the nearest such month
        near = _told_in_sentence(previous, lo) if not lead else None
        if near:  # "a delegation came in January 2025, the leaders spoke by phone in February": the sentence's
            # story goes on from the date it told last (:func:`_going_on`)
            lo_ = _going_on([date(y, mon, 1) for y in (near.year - 1, near.year, near.year + 1)], near, r.pub, ahead)
            return (*_month(lo_.year, mon), "month", True)
        return (*r.month_without_year(mon, ahead), True)
    if k == "m_dth":
        d0, mon = _day(g("mdt_d")), month_number(g("mdt_m"))
        return (*r.day_without_year(mon, d0, future), True) if _exists(r.pub.year, mon, d0) else None
    if k == "m_bare":
        before = re.search(r"(?:^|(?P<stop>[.!?:][”\"’)]?)|[\w,;(“\"’-])\s*(?P<w>[\w’'-]+)\s+$",
                           text[text.rfind("\n", 0, m.start()) + 1:m.start()])
        if before and before.group("w")[:1].isupper() and not (before.group("stop") or before.start("w") == 0):
            return None  # "Operation Dawn March": inside a name (not "And then March", "NINA: March")
        listed = re.search(rf"(?:{FULL_MONTHS}),\s*$", text[max(0, m.start() - 12):m.start()])
        if re.search(r",\s*$", text[max(0, m.start() - 3):m.start()]) and text[m.end():m.end() + 1] == "," \
                and not listed:
            return None  # "The podcast's host, June, asked ...": a name in apposition (not "in January, March, and
            # May")
        if re.search(r"\bit(?:['’]s|\s+is|\s+was)\s+$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            return None  # "It's March and talks go on": the time of the telling, no happening
        return (*r.month_without_year(month_number(g("mb_m")), future), True)
    if k == "m_attr":  # "the October trip is expected to ...": the clause after the noun may set the tense
        if lead == "that" and previous:  # "in November 2019 ... signed that October": the
            lo_, hi_ = _month(previous[-1].date_start.year, month_number(g("ma_m")))  # year the text spoke of last
            return lo_, hi_, "month", True
        after = text[m.end():m.end() + 60].split(",")[0]
        ahead = future or (FUTURE.search(after) is not None and lead != "last")
        return (*r.month_without_year(month_number(g("ma_m")), ahead or lead == "next"), True)
    if k == "decade":
        y = int(g("dec"))
        return date(y, 1, 1), date(y + 9, 12, 31), "decade", False
    if k == "y":
        y = int(g("y_y"))
        return date(y, 1, 1), date(y, 12, 31), "year", False
    return None


def find(text: str, lo: int, hi: int, published: tuple[date, date, str],
         previous: list[Temporal] | None = None) -> list[Temporal]:
    """Temporal expressions in ``text[lo:hi]`` with their intervals. ``previous`` holds the
    article's earlier expressions (for shifts such as "a year later")."""
    r = Resolver(published)
    prev = list(previous or [])
    windows: list[list[int]] = []
    for a in ANCHOR.finditer(text, lo, hi):
        w0, w1 = max(lo, a.start() - 60), min(hi, a.end() + 40)
        if windows and w0 <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], w1)
        else:
            windows.append([w0, w1])
    matches: list[re.Match] = []
    for w0, w1 in windows:
        for mt in TEMPORAL.finditer(text, w0, w1):
            if not matches or mt.start() >= matches[-1].end():
                matches.append(mt)
    out, deferred = [], []
    for mt in matches:
        if mt.lastgroup in ("shift", "nextday"):
            deferred.append(mt)
            continue
        if mt.lastgroup == "y" and re.search(r"\d\s*\($", text[max(0, mt.start() - 4):mt.start()]) \
                and text[mt.end():mt.end() + 1] == ")":
            continue  # "resolution 2254 (2015)": the year of a numbered text's name, no date of anything told
        t = _make(mt, text, lo, r, prev + out)  # (the text's dates so far: "that October" is of the last one's year)
        if t:
            out.append(t)
    out = [t for t in out if not (re.match(r"(?:\S+\s+){1,2}ago$", t.text, re.IGNORECASE) and any(
        o is not t and (o.end <= t.start and re.fullmatch(r"\s*,\s*(?:just\s+|exactly\s+)?", text[o.end:t.start])
                        or t.end <= o.start and re.fullmatch(r"\s*,\s*", text[t.end:o.start])) for o in out))]
    # ("on 15 October, three months ago," / "exactly a year ago, in January": the date named beside it is the report)
    out = [_day_range(text, t, lo, hi) for t in _coordinated(text, out, hi)]
    for mt in deferred:
        # "two days after the summit on Oct. 15" counts from the date after it, in its sentence;
        # "two days later" / "the next day" from the last date before; "five days later, on
        # Dec. 23" is the date that follows: the shift reports that date too (one report per expression)
        later = [t for t in out if t.start > mt.end()]
        if later and re.fullmatch(r"[\s,]*", text[mt.end():later[0].start]):
            named = later[0]
            day = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", named.text, re.IGNORECASE)
            before = sorted((t for t in out if t.end <= mt.start()), key=lambda t: t.start)[-1:] or prev[-1:]
            counted = _make(mt, text, lo, r, before) if before and day and not re.search(r"\d", named.text) else None
            if counted is not None and counted.precision == "day" \
                    and counted.date_start.weekday() == WEEKDAYS[day.group(1).lower()]:
                named = replace(named, date_start=counted.date_start, date_end=counted.date_end)  # "Four days after
                out[out.index(later[0])] = named  # Oct. 2, on Monday": that Monday, not the last before publication
            out.append(replace(named, start=mt.start(), end=mt.end(), text=mt.group(0), relative=True, span=None))
            continue
        if mt.lastgroup == "shift" and mt.group("sh_dir").lower() in ("after", "before") \
                and not re.match(r"\s*[.;,]", text[mt.end():]):
            anchor = later[:1]
        else:
            anchor = sorted((t for t in out if t.end <= mt.start()), key=lambda t: t.start)[-1:] or prev[-1:]
        t = _make(mt, text, lo, r, anchor)
        ahead = re.match(r"\W*(?:\w+\W+){0,3}?(?:will|shall|is\s+to|are\s+to)\b", text[mt.end():hi])
        if t and (t.date_start <= r.pub or ahead or _is_future(text, lo, mt.start())):
            out.append(t)  # a shift past publication in a sentence about the past is a misreading: dropped
    return sorted(out, key=lambda t: t.start)


def _day_range(text: str, t: Temporal, lo: int, hi: int) -> Temporal:
    """A day that opens or closes a run of days ("Jan. 28-29", "March 2-4", "2–4 March 2026"): the whole run, at
    day precision."""
    if t.precision != "day":
        return t
    after = re.match(r"[-–](\d{1,2})(?!\d)", text[t.end:min(hi, t.end + 4)])
    before = re.search(r"(?<![\d.,])(\d{1,2})\s?[-–]\s?$", text[max(lo, t.start - 6):t.start])
    try:
        if after and int(after.group(1)) > t.date_start.day:
            return replace(t, end=t.end + after.end(), text=text[t.start:t.end + after.end()],
                           date_end=t.date_end.replace(day=int(after.group(1))))
        if before and int(before.group(1)) < t.date_start.day:
            start = max(lo, t.start - 6) + before.start()
            return replace(t, start=start, text=text[start:t.end],
                           date_start=t.date_start.replace(day=int(before.group(1))))
    except ValueError:  # (no such day in that month)
        return t
    return t


#: A second month joined to a dated month ("in March and April", "in May or June 2025").
AND_MONTH = re.compile(r"\s+(?:and|or)\s+(?P<m>(?-i:(?=[A-Z]))" + MONTH_RE + r")(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?(?![\w])",
                       re.IGNORECASE)  # (a month's name is capitalised: "and may be lifted" is no May)


#: A second year joined to a dated year ("in 2019 and 2020", "in 2017 or 2018").
AND_YEAR = re.compile(r"\s+(?:and|or)\s+(?P<y>(?:19|20)\d\d)(?![\w-])")


def _coordinated(text: str, found: list[Temporal], hi: int) -> list[Temporal]:
    """Two dates joined by "and" or "or" ("in late 2024 and early 2025", "in March and April") stay two
    dates, each knowing the stretch of text they make together (what a label leaves out)."""
    out: list[Temporal] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue  # ("in November or December 2024": the joined month, already read)
        if out and re.fullmatch(r"\s+(?:and|or)\s+", text[out[-1].end:t.start]):
            a = out[-1]
            if a.relative and a.precision == "month" and not t.relative and t.date_start.month >= a.date_start.month:
                a = replace(a, date_start=a.date_start.replace(year=t.date_start.year),  # "in November or December
                            date_end=a.date_end.replace(year=t.date_start.year))  # 2023": November of that year too
            span = ((a.span or (a.start, 0))[0], t.end)
            out[-1] = replace(a, span=span)
            t = replace(t, span=span)
        elif t.precision == "month" and (more := AND_MONTH.match(text, t.end, hi)):
            y = int(more.group("y")) if more.group("y") else t.date_start.year
            m2 = month_number(more.group("m"))
            lo_, hi_ = _month(y if m2 >= t.date_start.month or more.group("y") else y + 1, m2)
            span = (t.start, more.end())
            if more.group("y") and t.relative:  # "in March and April 2024": March of 2024 too
                first = _month(y if t.date_start.month <= m2 else y - 1, t.date_start.month)
                t = replace(t, date_start=first[0], date_end=first[1])
            out.append(replace(t, span=span))
            t = Temporal(more.start("m"), more.end(), text[more.start("m"):more.end()], lo_, hi_, "month", t.relative,
                         span)
        elif t.precision == "year" and (more := AND_YEAR.match(text, t.end, hi)):  # "in 2019 and 2020": both years
            y = int(more.group("y"))
            span = (t.start, more.end())
            out.append(replace(t, span=span))
            t = Temporal(more.start("y"), more.end(), more.group("y"), date(y, 1, 1), date(y, 12, 31), "year", False,
                         span)
        out.append(t)
    return out


def _make(mt: re.Match, text: str, lo: int, r: Resolver, prev: list[Temporal]) -> Temporal | None:
    try:
        res = _resolve(mt, text, lo, r, prev)
    except (ValueError, KeyError):
        return None
    if res is None:
        return None
    ds, de, p, rel = res
    s, e = mt.start(), mt.end()
    if mt.lastgroup == "y" and ATTRIBUTIVE_YEAR.search(text, 0, mt.start("y_y")) and re.match(r"\s+[a-z]", text[e:e + 2]):
        s = mt.start("y_y")  # "the terms of the 2017 agreements": the year alone
    elif mt.lastgroup == "y" and re.match(r"an?\s+[a-z]+\s+\d", mt.group(0), re.IGNORECASE):
        s = mt.start("y_y")  # "a separate 2017 agreement": the year alone, "a separate agreement" stays the label's
    if mt.lastgroup == "m_attr" and mt.group("ma_own"):
        s = mt.start("ma_m")  # "Damascus's January offensive": the month alone, the owner stays the label's
    return Temporal(s, e, text[s:e], ds, de, p, rel)
