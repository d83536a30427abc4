"""Questions about the document itself: who wrote it, when it was published, where it
was filed (its dateline), its headline.

They are answered from the metadata lines ``qa.document.parse_metadata`` found, not by
scoring sentences (``about_document``). With several documents, the rest of the question
must say which one ("When was the story about the storm published?").
"""

from __future__ import annotations

import re

from qa.abstention import ABSTAIN_PRECISION, ABSTAIN_TEXT
from qa.analyzer import synonyms
from qa.asked import ABOUT_DOC_WORDS, metadata_fields
from qa.corpus import Corpus
from qa.facts import facts_for
from qa.question import QuestionAnalysis
from qa.sentences import MONTH_DAY
from qa.types import Answer, Citation

#: A question about the story itself ("When was *the earnings story* published?"), not about
#: something the story says will be published.
_THE_STORY = re.compile(r"\b(?:article|story|piece|report|brief|news item|it|this)\b(?!\s+(?:on|about|by)\b)", re.I)


#: A date in a dateline: "July 28, 2026", "Sept. 23".
_DATED = re.compile(r"\b" + MONTH_DAY)


def about_document(q: QuestionAnalysis, corpus: Corpus, top: int) -> Answer | None:
    """Answer "who wrote it / when was it published / what is the headline" from the
    metadata lines of a document (with several, the one the question's other words
    retrieve first; an abstention when they retrieve none). None for other questions.
    Confidence is a fixed 0.95: the line is found, not guessed."""
    fields = metadata_fields(q)
    if not fields:
        return None
    docs = list(corpus.documents.values())
    topic = [t for t in q.focus if t not in ABOUT_DOC_WORDS]
    facts = facts_for(corpus)

    def refuse(reason: str) -> Answer:
        return Answer(q.text, ABSTAIN_TEXT, None, True, ABSTAIN_PRECISION["subject"], [],
                      {"wh": q.wh, "answer_type": "METADATA", "head": q.head, "focus": list(q.focus),
                       "entities": list(q.entities), "abstain_kind": "subject", "abstain_reason": reason,
                       "candidates": []})

    if len(docs) > 1 and not topic:
        return refuse(f"the corpus holds {len(docs)} documents: say which one (\"the story about ...\")")
    if len(docs) > 1:  # several documents: only the one the rest of the question points to
        hits = corpus.retriever.search(topic, k=1)
        about = corpus.documents[hits[0].passage.doc] if hits and hits[0].score > 0 else None
        held = facts.document_terms(about.name) if about else frozenset()
        missing = [t for t in topic if t not in held and not synonyms(t) & held]
        if about is None or missing:  # "the soccer story", "the story about the storm in Texas"
            words = " ".join(t.surface for t in q.tokens if t.term in (missing or topic))
            return refuse(f"no document is about {words!r}")
        docs = [about]
    for field_name in fields:
        for doc in docs:
            if field_name == "dateline":  # "RIVERTON, Ohio, March 11 (Reuters) -": a meta line of its own
                lines = facts.datelines(doc.name)
                value = lines[0].text.rstrip(" -–—") if lines else None
            else:
                value = getattr(doc, field_name) or (doc.date if field_name == "published" else None)
                if not value and field_name == "published" and _THE_STORY.search(q.text):
                    # "When was the story published?": "CHICAGO, July 28, 2026 —", the dateline's date
                    value = next((m.group(0) for x in facts.datelines(doc.name) if (m := _DATED.search(x.text))),
                                 None)
            if not value:
                continue
            sents = corpus.sentences[doc.name]
            hit = next((x for x in sents if x.kind in ("meta", "heading") and value in x.text), None)
            if hit is None:
                continue
            cite = Citation.of(hit, 1.0)
            return Answer(q.text, hit.text, value, False, 0.95, [cite][:top],
                          {"wh": q.wh, "answer_type": "METADATA", "head": q.head, "focus": list(q.focus),
                           "entities": list(q.entities), "abstain_reason": None,
                           "metadata": field_name, "candidates": []})
    return None
