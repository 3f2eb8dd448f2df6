"""Cleaning: a seed's structure (headings, list items, paragraphs) and its sentences.

The seed text is never altered. Each sentence keeps ``start``/``end`` offsets into it, and
a cleaned ``text`` (normalised quotes, dashes and spaces, list markers removed) sits beside.
The rules are general: they read layout, punctuation and markers, not particular words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import dateline as dl
from .seeds import Seed

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
ORDINALS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
#: A heading marker: "I:", "IV.", "Third:", "Fifth," (translations mix them freely).
HEADING_MARKER = re.compile(rf"^\s*(?:(?=[IVX])(?:{ROMAN})|(?i:{ORDINALS}))\s*[:.,\-–]\s+")
#: A list marker: "1-", "1)", "2.", "- ", "• ", "* ", "a)".
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[-–).]|[a-z]\)|[-–•*])\s*(?=\S)")
#: A live blog's time stamp opening a paragraph ("12:05 GMT -", "9.30am:", "14:30 (Moscow time) —"): no part
#: of what the paragraph says, like a list marker.
TIME_MARKER = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:GMT|UTC|[A-Z]{2,4}T))?"
                         r"(?:\s*\([^)]{1,24}\))?\s*[-–—:|]\s*(?=\S)")
#: Characters that end a sentence; a short line ending otherwise is a heading.
TERMINAL = ".?!…\"”'’)"
MAX_HEADING_WORDS = 16
#: The sentences table's columns, in order.
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph", "section", "part", "kind", "start", "end", "text"]

_TRANSLATE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                            "–": "-", "—": "-", "−": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
                            "\u200b": "", "\ufeff": ""})


#: Quotation marks of translations and other languages' typography read as English curly quotes, one character
#: for one so that every offset stays the source's ("«Nobody will hand him over», a source said").
QUOTE_MARKS = str.maketrans({"«": "“", "»": "”"})


def english_quotes(text: str) -> str:
    """The text with «...» and German „...“ written as English “...”, each offset unchanged."""
    return re.sub(r"„([^„“”\n]*)“", r"“\1”", text.translate(QUOTE_MARKS))


def normalise(text: str) -> str:
    """Typographic normalisation for the cleaned column: straight quotes, ASCII dashes, single spaces."""
    return re.sub(r"\s+", " ", text.translate(_TRANSLATE)).strip()


#: Abbreviated ranks and titles that stand before a name ("Maj. Gen. (res.) Amnon Shapira", "Amb. Jan Kubis")
#: or a parliament's form of address ("the hon. Member", "Hon. Members", "SEN. JANE ROE"), and that spaCy's English tokenizer
#: does not already keep whole.
TITLE_ABBREVIATIONS = ("Maj.", "Lt.", "Col.", "Brig.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Amb.",
                       "res.", "ret.", "Ret.", "hon.", "Hon.", "Sen.", "SEN.", "Rep.", "REP.", "Sens.", "Reps.",
                       "MR.", "MRS.", "DR.")  # (a briefing's "MR. SPOKESPERSON:"; not "MS.", a disease or a firm)


@lru_cache(maxsize=1)
def sentencizer():
    """spaCy's blank English pipeline with the rule-based sentencizer (no model download);
    built once per process (a warm kernel builds it before its notebook runs)."""
    import spacy

    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    for abbreviation in TITLE_ABBREVIATIONS:  # spaCy knows "Gen." and "Dr." but would end a sentence at "Maj."
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


@dataclass
class Line:
    """One non-empty line of a seed (a paragraph), classified."""

    paragraph: int
    start: int  # offset of the content (after any marker)
    end: int
    kind: str  # heading, list-item, body
    marked: bool  # a heading with an explicit marker (I:, Third:, Introduction:)


def classify(text: str, start: int, end: int, next_is_text: bool, first: bool = False) -> tuple[str, int, bool]:
    """Kind of one line, the offset where its content starts, and whether it is a marked heading (``first``: the
    text's first line, whose headline may run longer than a subheading)."""
    line = text[start:end]
    words = line.split()
    m = HEADING_MARKER.match(line)
    if m and len(words) <= MAX_HEADING_WORDS + 1:
        return "heading", start + m.end(), True
    stripped = line.rstrip()
    if stripped.endswith(":") and len(words) == 1:
        return "heading", start, True  # "Introduction:", "Conclusion:"
    if stripped.endswith(":") and len(words) <= MAX_HEADING_WORDS:
        return "heading", start, False
    tm = TIME_MARKER.match(line)
    if tm:
        return "body", start + tm.end(), False
    lm = LIST_MARKER.match(line)
    if lm:
        return "list-item", start + lm.end(), False
    unended = stripped[-1:] not in TERMINAL + ":" or re.search(r"[^.!?,][\"”’']$", stripped) is not None  # (a
    # headline that ends on a quotation, 'Damascus seeks "fair terms"', has no end punctuation of its own)
    # a quotation as a subheading ('"We counted forty vehicles"'): no one's sentence of the story
    pull_quote = re.fullmatch(r"[\"“][^\"“”]+[^.!?,\"“”][\"”]", stripped)
    if next_is_text and (unended or pull_quote) and len(words) <= MAX_HEADING_WORDS * (2 if first and unended else 1):
        return "heading", start, False  # (a text's first line is its headline, which may run longer)
    return "body", start, False


def heading_text(text: str) -> str:
    """A heading as shown in ``section``: normalised, without a trailing colon."""
    label = normalise(text).rstrip(":").strip()
    return label[:1].upper() + label[1:]


def split_lines(text: str) -> list[Line]:
    """The seed's non-empty lines with their kinds; offsets exclude surrounding whitespace."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    lines = []
    for i, (s, e) in enumerate(spans):
        kind, cs, marked = classify(text, s, e, next_is_text=i + 1 < len(spans), first=i == 0)
        lines.append(Line(i, cs, e, kind, marked))
    return lines


def sentence_spans(text: str, start: int, end: int, doc=None) -> list[tuple[int, int]]:
    """Sentence offsets within ``text[start:end]``, by spaCy's sentencizer (``doc``: that
    stretch already processed, as :func:`sentences` does in one batch per seed)."""
    doc = doc if doc is not None else sentencizer()(text[start:end])
    out = []
    for s in doc.sents:
        a, b = s.start_char, s.end_char
        seg = text[start + a:start + b]
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        if a < b:
            out.append((start + a, start + b))
    # "Policy Brief No. 14": a number's abbreviation before its digits ends no sentence ("He replied: No." does)
    for i in range(len(out) - 2, -1, -1):
        if re.search(r"\bNos?\.$", text[out[i][0]:out[i][1]]) and re.match(r"\d", text[out[i + 1][0]:out[i + 1][0] + 1]):
            out[i:i + 2] = [(out[i][0], out[i + 1][1])]
    # "... some of it to Libya.[31] What remains ...": a footnote's marker after a full stop ends the sentence
    split = []
    for a, b in out:
        for m in FOOTNOTE_END.finditer(text, a, b):
            split.append((a, m.end(1)))
            a = m.end()
        split.append((a, b))
    out = split
    # the sentencizer leaves a quotation's opening mark at the end of the sentence before it
    # ('... further discussion. "' + 'For now, ...," he said.'), and an opening bracket ('... any group. (' +
    # 'Remarks at the talks)'): it belongs to the next one
    for i in range(len(out) - 1):
        a, b = out[i]
        seg = text[a:b]
        if re.search(r'\s["“]$', seg) and seg.count('"') % 2 == 1 or seg.endswith(" “") \
                or seg.endswith(" (") and seg.count("(") > seg.count(")"):
            out[i] = (a, a + len(seg[:-1].rstrip()))
            out[i + 1] = (b - 1, out[i + 1][1])
    return out


#: A footnote's marker after a sentence's end, before the next sentence ("... to Libya.[31] What remains").
FOOTNOTE_END = re.compile(r"[.!?][\"”’]?(\[\d{1,3}\])\s+(?=[A-Z“\"])")


def dateline_of(text: str, lines: list[Line] | None = None) -> dl.Dateline | None:
    """The dateline opening the story (the first body paragraph of eight or more words, or the
    second when the first is a long title without a full stop), if any."""
    tried = 0
    for line in lines if lines is not None else split_lines(text):
        if line.kind == "body" and len(text[line.start:line.end].split()) >= 8:
            found = dl.find(text, line.start)
            tried += 1
            labels = [m for m in re.finditer(r"^[ \t]*[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,5}(?:[ \t]*\([^()\n]*\))*"
                                             r"[ \t]*:[ \t]", text, re.MULTILINE)
                      if m.start() != line.start]  # (the other paragraphs' capitalised labels)
            if found and not found.month and text[found.start:found.end].rstrip().endswith(":") and len(labels) >= 3:
                return None  # "PELL: Thank you.", "SEN. JOHN ROE (D-NH): ...": in a transcript, capitals and a colon
                # (no date) are a turn's label
            if found or tried == 2 or text[line.start:line.end].rstrip().endswith((".", "”", '"')):
                return found
    return None


def sentences(seed: Seed) -> pd.DataFrame:
    """One row per sentence of a seed, with paragraph, section, part, kind and offsets. A
    dateline is left out of its sentence (it is where the story was filed, not part of it)."""
    text = english_quotes(seed.text)
    rows = []
    section = part = ""
    lines = split_lines(text)
    line_of_dateline = dateline_of(text, lines)
    body = [ln for ln in lines if ln.kind != "heading"]
    for ln in body:
        if line_of_dateline and ln.start == line_of_dateline.start:
            ln.start = line_of_dateline.end
        elif line_of_dateline and (at := dl.item_place(text, ln.start)) is not None:  # (wire flashes: each item
            ln.start = at  # filed from its place, on its date)
    docs = dict(zip((ln.paragraph for ln in body), sentencizer().pipe(text[ln.start:ln.end] for ln in body)))
    for line in lines:
        if line.kind == "heading":
            label = heading_text(text[line.start:line.end])
            if not dl.BYLINE.fullmatch(text[line.start:line.end]):  # a byline heads no section
                section = label
                if line.marked:
                    part = label
            spans = [(line.start, line.end)]
        else:
            spans = sentence_spans(text, line.start, line.end, docs[line.paragraph])
        for s, e in spans:
            rows.append({"doc_id": seed.doc_id, "paragraph": line.paragraph,
                         "section": section if line.kind != "heading" else _parent(part, section),
                         "part": part, "kind": line.kind, "start": s, "end": e, "text": normalise(text[s:e])})
    df = pd.DataFrame(rows, columns=[c for c in SENTENCE_COLUMNS if c != "sent_id"])
    df.insert(1, "sent_id", range(len(df)))
    return df


def _parent(part: str, section: str) -> str:
    """A heading's own section is the part it belongs to (empty for a top-level heading)."""
    return part if part != section else ""


def document_row(seed: Seed, sents: pd.DataFrame) -> dict:
    """The documents.csv row for a seed: manifest facts plus counts from its sentences."""
    m = seed.meta
    line = dateline_of(seed.text)
    return {"doc_id": seed.doc_id, "title": m["title"], "outlet": m.get("outlet") or "",
            "dateline": line.text if line else "",
            "author_id": m.get("author_id") or "", "genre": m["genre"], "published": m["published"],
            "published_precision": m["published_precision"], "sha256": seed.sha256,
            "language": m["language"], "is_translated": bool(m.get("translated", False)),
            "is_published_estimated": bool(m.get("published_estimated", False)),
            "n_paragraphs": int(sents["paragraph"].nunique()) if len(sents) else 0,
            "n_sentences": len(sents), "n_words": int(sents["text"].str.split().str.len().sum()) if len(sents) else 0}


def clean_one(seed: Seed) -> tuple[dict, pd.DataFrame]:
    """One seed's documents row and sentences (a pure function of the seed)."""
    s = sentences(seed)
    return document_row(seed, s), s


def clean_corpus(corpus: list[Seed], executor: str = "serial", scheduler: str = "",
                 cache=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``documents`` and ``sentences`` tables for a corpus (each seed from ``cache`` when its
    bytes and manifest entry are unchanged)."""
    from ..parallel import map_documents

    run = lambda todo: map_documents(_clean_columns, list(todo), executor, scheduler)  # noqa: E731
    parts = cache.clean(list(corpus), run) if cache is not None else run(corpus)
    # one table from every document's columns at once (a concat of 10,000 frames costs seconds)
    columns = {c: [v for _, cols in parts for v in cols[c]] for c in SENTENCE_COLUMNS}
    return pd.DataFrame([d for d, _ in parts]), pd.DataFrame(columns, columns=SENTENCE_COLUMNS)


def _clean_columns(seed: Seed) -> tuple[dict, dict]:
    """:func:`clean_one` with the sentences as plain column lists (cheap to store and to join)."""
    doc, s = clean_one(seed)
    return doc, {c: s[c].tolist() for c in SENTENCE_COLUMNS}
