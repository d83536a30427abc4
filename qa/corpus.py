"""A corpus: documents, their sentences and passages, and the retriever over them."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from qa.analyzer import terms
from qa.document import CorpusError, parse_metadata, read_documents
from qa.passages import DEFAULT_OVERLAP, DEFAULT_SIZE, make_passages
from qa.retriever import Retriever
from qa.sentences import split_sentences
from qa.types import Document, Passage, Sentence

_HERE = Path(__file__).resolve().parent


def default_corpus_path() -> Path:
    """The shipped brief: ``qa/_corpus`` in an installed wheel, else ``corpus/`` in the source tree."""
    for candidate in (_HERE / "_corpus", _HERE.parent / "corpus"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the shipped corpus is missing; pass --corpus PATH")


class Corpus:
    """Documents split into sentences and passages, indexed for BM25 retrieval.

    Build one with :meth:`from_path`, :meth:`from_text` or :meth:`default`.

    Args:
        documents: at least one document with text.
        passage_size: sentences per passage.
        passage_overlap: sentences shared by consecutive passages.
        name: a label for the corpus (shown in the REPL).

    Raises:
        CorpusError: if no document has any sentence.
    """

    def __init__(self, documents: Sequence[Document], *, passage_size: int = DEFAULT_SIZE,
                 passage_overlap: int = DEFAULT_OVERLAP, name: str = "corpus") -> None:
        self.name = name
        self.documents: dict[str, Document] = {d.name: d for d in documents}
        self.sentences: dict[str, list[Sentence]] = {d.name: split_sentences(d) for d in documents}
        self.passages: list[Passage] = [
            p for doc, sents in self.sentences.items() if sents
            for p in make_passages(sents, passage_size, passage_overlap)
        ]
        if not self.passages:
            raise CorpusError(f"{name}: no sentences to answer from")
        #: Stemmed content terms of each sentence, keyed by (doc, index): analyzed once, used everywhere.
        self.sentence_terms: dict[tuple[str, int], list[str]] = {
            (s.doc, s.index): terms(s.text) for sents in self.sentences.values() for s in sents}
        self.retriever = Retriever(self.passages, self.terms_of)
        self.skipped: list[str] = []

    @classmethod
    def from_path(cls, path: str | Path, **kwargs: int) -> Corpus:
        """Read a ``.txt``/``.md`` file, or every such file under a folder.

        Raises:
            CorpusError: missing path, unreadable file, or no text. Files of a
                folder that cannot be read are listed in ``skipped``.
        """
        docs, skipped = read_documents(path)
        corpus = cls(docs, name=Path(path).name or str(path), **kwargs)
        corpus.skipped = skipped
        return corpus

    @classmethod
    def from_text(cls, text: str, name: str = "text", **kwargs: int) -> Corpus:
        """A corpus of one in-memory document called ``name``.

        Raises:
            CorpusError: if ``text`` is not a string or has no non-space character.
        """
        if not isinstance(text, str):
            raise CorpusError(f"{name}: text must be a string, not {type(text).__name__}")
        if not text.strip():
            raise CorpusError(f"{name}: empty text")
        return cls([parse_metadata(name, text)], name=name, **kwargs)

    @classmethod
    def default(cls) -> Corpus:
        """The shipped brief (cached: built once per process)."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.from_path(default_corpus_path())
            _DEFAULT.name = "the brief"
        return _DEFAULT

    def sentence(self, doc: str, index: int) -> Sentence:
        """The sentence ``index`` of document ``doc``. Raises KeyError/IndexError."""
        return self.sentences[doc][index]

    def all_sentences(self) -> list[Sentence]:
        """Every sentence of every document, in corpus order."""
        return [s for sents in self.sentences.values() for s in sents]

    def terms_of(self, s: Sentence) -> list[str]:
        """Stemmed content terms of a sentence of this corpus."""
        return self.sentence_terms[(s.doc, s.index)]

    @cached_property
    def _sentence_df(self) -> tuple[Counter[str], int]:
        df: Counter[str] = Counter()
        for ts in self.sentence_terms.values():
            df.update(set(ts))
        return df, len(self.sentence_terms)

    def has_term(self, term: str) -> bool:
        """True if some sentence of the corpus holds the stemmed term."""
        return term in self._sentence_df[0]

    def sentence_idf(self, term: str) -> float:
        """Sentence-level idf, ``log(1 + (N - n + 0.5) / (n + 0.5))`` (Lucene's form,
        N sentences, n holding the term); an unseen term gets the rarest value."""
        df, n = self._sentence_df
        return math.log(1.0 + (n - df.get(term, 0) + 0.5) / (df.get(term, 0) + 0.5))

    def __repr__(self) -> str:
        return (f"Corpus({self.name!r}: {len(self.documents)} documents, "
                f"{sum(map(len, self.sentences.values()))} sentences, {len(self.passages)} passages)")


_DEFAULT: Corpus | None = None
