"""The typed objects that flow between the pipeline's stages.

Document → Sentence → Passage → (retriever) → Citation → Answer.
Every offset is a character offset (Python ``str`` index, not bytes) into
``Document.text``, the document's original text, untouched.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SentenceKind = Literal["sentence", "heading", "meta"]


@dataclass(frozen=True)
class Document:
    """One source text, kept byte-for-byte as read (after UTF-8 decoding).

    Attributes:
        name: stable identifier, the file name without its extension.
        text: the original text; every offset in the pipeline points into it.
        path: where it was read from, or None for in-memory text.
        date: ``YYYY-MM-DD`` from a leading ``date YYYY-MM-DD`` line, if any.
        byline: the author or outlet from a ``By:`` line, if any.
        published: a ``YYYY/MM/DD HH:MM`` timestamp line, if any.
        headline: the first heading (a line without a final period), if any.
    """

    name: str
    text: str
    path: str | None = None
    date: str | None = None
    byline: str | None = None
    published: str | None = None
    headline: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or heading, or metadata line) of a document.

    ``doc.text[start:end] == text`` always holds.

    Attributes:
        doc: the document's name.
        index: 0-based position among the document's sentences.
        start, end: character offsets into the document's text.
        text: the sentence exactly as in the source.
        kind: ``"sentence"``, ``"heading"`` (a line with no final punctuation)
            or ``"meta"`` (date, byline or timestamp line).
        paragraph: 0-based index of the paragraph (blank-line block) it is in.
    """

    doc: str
    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "sentence"
    paragraph: int = 0


@dataclass(frozen=True)
class Passage:
    """Consecutive sentences of one document, the retriever's unit.

    Attributes:
        id: stable id ``"{doc}#{first}-{last}"`` (sentence indices, inclusive).
        doc: the document's name.
        sentences: the sentences, in document order (never crossing documents).
    """

    id: str
    doc: str
    sentences: tuple[Sentence, ...]

    @property
    def start(self) -> int:
        """Offset of the first character of the first sentence."""
        return self.sentences[0].start

    @property
    def end(self) -> int:
        """Offset just past the last sentence."""
        return self.sentences[-1].end


@dataclass(frozen=True)
class Citation:
    """A cited sentence: where it stands in the source and how well it scored.

    Attributes:
        doc: the document's name.
        sentence: 0-based sentence index in that document.
        start, end: character offsets into the document's original text.
        text: ``document.text[start:end]``.
        score: the answerer's score for this sentence (unitless, higher is better).
    """

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    score: float

    @classmethod
    def of(cls, s: Sentence, score: float) -> Citation:
        """The citation of a sentence, its score rounded to 4 places."""
        return cls(doc=s.doc, sentence=s.index, start=s.start, end=s.end, text=s.text, score=round(score, 4))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the fields."""
        return asdict(self)


@dataclass
class Answer:
    """What the pipeline returns for one question.

    Attributes:
        question: the question as asked.
        text: what the REPL shows: the cited sentence(s), or
            ``"The brief does not say."`` when abstaining.
        short_answer: the span that answers (a name, date, number...); "Yes"
            or "No" for a yes/no question the sentence answers plainly; None
            where the sentence itself is the answer (why/how questions) or
            when abstaining.
        abstained: True when the corpus does not hold the answer.
        confidence: in [0, 1]; higher means more likely right.
        citations: ranked best first; when abstaining, the closest sentences.
        details: how the answer was chosen (question type, matched terms...),
            for ``:why`` and debugging; not part of the stable API.
    """

    question: str
    text: str
    short_answer: str | None
    abstained: bool
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, candidates: bool = False) -> dict[str, Any]:
        """A JSON-ready dict (citations as dicts).

        ``details["candidates"]`` (every scored sentence behind ``:more`` and
        ``:why``, about 5 KB an answer) is left out unless ``candidates=True``,
        so a JSON Lines record stays about 1 KB.
        """
        details = self.details if candidates else {k: v for k, v in self.details.items() if k != "candidates"}
        return {
            "question": self.question,
            "text": self.text,
            "short_answer": self.short_answer,
            "abstained": self.abstained,
            "confidence": round(self.confidence, 4),
            "citations": [c.to_dict() for c in self.citations],
            "details": details,
        }
