"""Agreement between two annotators: one coding scored against the other with the same scorer.

Two evaluation articles were coded twice, by two annotators who never saw each other's coding
(``data/eval/agreement/second_coding.yaml`` beside the gold). Their agreement, layer by layer,
is the ceiling a rule set can be expected to reach against either of them.
"""
from __future__ import annotations

import re

import pandas as pd

from .. import paths
from . import gold as goldmod
from .scoring import Score, _sent_at, score

SECOND_CODING = paths.EVAL_DIR / "agreement" / "second_coding.yaml"


def gold_tables(g, texts: dict[str, str], sentences: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """A gold coding in the shape of the pipeline's tables, so the scorer can read it."""
    docs = sorted(set(g.documents) & set(texts))
    mentions, events, statements = [], [], []
    for d in docs:
        text, doc = texts[d], g.documents[d]
        for a in doc.actors:
            for alias in a.aliases:
                for m in re.finditer(re.escape(alias), text):
                    mentions.append({"doc_id": d, "start": m.start(), "end": m.end(), "surface": alias,
                                     "actor_id": a.id})
        for k, e in enumerate(doc.events):
            s = text.find(e.quote) + e.quote.find(e.date_text)
            events.append({"event_id": f"{d}:{k}", "doc_id": d, "start": s, "end": s + len(e.date_text),
                           "expr_start": s, "expr_end": s + len(e.date_text), "date_text": e.date_text,
                           "date_start": str(e.date_start), "date_end": str(e.date_end), "precision": e.precision,
                           "happening_id": e.happening})
        for st in doc.statements:
            q = text.find(st.quote)
            statements.append({"doc_id": d, "sent_id": _sent_at(sentences, d, q, q + len(st.quote)),
                               "speaker_id": st.speaker, "via_id": st.via, "issue_id": st.issue,
                               "stance": st.stance})
    cols = {"mentions": ["doc_id", "start", "end", "surface", "actor_id"],
            "statements": ["doc_id", "sent_id", "speaker_id", "via_id", "issue_id", "stance"]}
    return {"documents": pd.DataFrame({"doc_id": docs}), "sentences": sentences,
            "mentions": pd.DataFrame(mentions, columns=cols["mentions"]).drop_duplicates(["doc_id", "start", "end"]),
            "events": pd.DataFrame(events), "statements": pd.DataFrame(statements, columns=cols["statements"])}


def agreement() -> tuple[list[str], dict[str, Score]] | None:
    """The second annotator's coding scored against the gold, on the articles both coded."""
    if not SECOND_CODING.exists():
        return None
    from ..corpus.clean import clean_corpus
    from ..corpus.seeds import load_corpus

    corpus = load_corpus(paths.EVAL_ARTICLES)
    texts = {s.doc_id: s.text for s in corpus}
    second = goldmod.load(SECOND_CODING, texts)
    first = goldmod.load(paths.EVAL_GOLD, texts)
    docs = sorted(second.documents)
    _, sentences = clean_corpus([s for s in corpus if s.doc_id in docs])
    return docs, score(first, gold_tables(second, texts, sentences), {d: texts[d] for d in docs})
