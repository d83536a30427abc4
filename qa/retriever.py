"""BM25 retrieval over passages, with rank-bm25.

rank-bm25's ``BM25Okapi`` scores a term with
``idf = log(N - n + 0.5) - log(n + 0.5)`` (Robertson–Spärck Jones), N
passages, n of them holding the term, and floors a negative idf at
``epsilon * mean idf``. On a small corpus that breaks the ranking: with
N = 2 a term in one passage gets idf log(1.5/1.5) = 0, so the right passage
scores 0, and a term in every passage gets a floor derived from a mean that
may itself be 0 or negative. ``Retriever`` therefore subclasses BM25Okapi
and uses Lucene's non-negative idf, ``log(1 + (N - n + 0.5) / (n + 0.5))``,
which keeps the same order of terms by rarity and is > 0 for every N >= 1.
The term-frequency part is rank-bm25's, with ``k1 = 1.5``, ``b = 0.75``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi

from qa.analyzer import terms
from qa.types import Passage, Sentence

K1 = 1.5
B = 0.75


class _LuceneIdfBM25(BM25Okapi):
    """BM25Okapi with Lucene's idf (see the module docstring)."""

    def _calc_idf(self, nd: dict[str, int]) -> None:
        n_docs = self.corpus_size
        for word, freq in nd.items():
            self.idf[word] = math.log(1.0 + (n_docs - freq + 0.5) / (freq + 0.5))
        self.average_idf = sum(self.idf.values()) / max(len(self.idf), 1)


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its BM25 score (unitless, >= 0) and rank (0 = best)."""

    passage: Passage
    score: float
    rank: int


class Retriever:
    """Ranks passages for a query with BM25 (k1=1.5, b=0.75, Lucene idf).

    Args:
        passages: the passages to index (at least one).
        sentence_terms: the analyzed terms of a sentence, if the caller has them
            already (default: ``qa.analyzer.terms`` of its text).

    Raises:
        ValueError: if ``passages`` is empty.
    """

    def __init__(self, passages: Sequence[Passage],
                 sentence_terms: Callable[[Sentence], list[str]] | None = None) -> None:
        if not passages:
            raise ValueError("cannot index an empty list of passages")
        self.passages = list(passages)
        of = sentence_terms or (lambda s: terms(s.text))
        docs = [[t for s in p.sentences for t in of(s)] for p in self.passages]
        # rank-bm25 divides by the mean length: keep it above zero.
        self._bm25 = _LuceneIdfBM25([d or ["\0"] for d in docs], k1=K1, b=B)

    def idf(self, term: str) -> float:
        """The passage-level idf of a stemmed term (0.0 for an unseen term)."""
        return float(self._bm25.idf.get(term, 0.0))

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage, shape ``(len(passages),)``, float64."""
        if not query_terms:
            return np.zeros(len(self.passages))
        return np.asarray(self._bm25.get_scores(list(query_terms)), dtype=float)

    def score_terms(self, query_terms: Sequence[str], doc_terms: Sequence[str]) -> float:
        """BM25 score of a term list as if it were a passage of the index (the index's idf
        and mean length): for a passage whose terms a caller has added to, such as the name
        a leading pronoun stands for. Same formula as ``scores``; unitless, >= 0."""
        bm = self._bm25
        counts: dict[str, int] = {}
        for t in doc_terms:
            counts[t] = counts.get(t, 0) + 1
        norm = K1 * (1 - B + B * max(len(doc_terms), 1) / bm.avgdl)
        return float(sum(bm.idf.get(q, 0.0) * counts.get(q, 0) * (K1 + 1) / (counts.get(q, 0) + norm)
                         for q in query_terms))

    def search(self, query_terms: Sequence[str], k: int = 5) -> list[Hit]:
        """The top ``k`` passages by BM25 score, best first (ties keep document order).

        Passages scoring 0 (no query term) are still returned after the others,
        so the caller can decide what to do with a weak match.
        """
        s = self.scores(query_terms)
        order = np.argsort(-s, kind="stable")[:k]
        return [Hit(self.passages[i], float(s[i]), r) for r, i in enumerate(order)]
