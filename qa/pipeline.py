"""The one answering path that the API, the CLI and the REPL share."""

from __future__ import annotations

from pathlib import Path

from qa.answerer import MAX_TOP, answer_question
from qa.corpus import Corpus
from qa.types import Answer


def answer(question: str, corpus: Corpus | str | Path | None = None, *, top: int = 3) -> Answer:
    """Answer a question from a corpus, citing the sentences that say so.

    Args:
        question: a question in English (1 to 1,000 characters).
        corpus: where to look: a Corpus, or the path of a file or folder to read
            (``Corpus.from_path``); None means the shipped brief (``Corpus.default()``).
        top: the most citations to return (1 to 50).

    Returns:
        An :class:`~qa.types.Answer`: ``text``, ``short_answer``,
        ``abstained``, ``confidence`` in [0, 1] and ``citations`` best first,
        each with document, sentence index and character offsets.

    Raises:
        qa.QuestionError: the question is empty, too long or not text.
        qa.CorpusError: the corpus cannot be read.
        ValueError: ``top`` is not a whole number from 1 to 50.
    """
    if corpus is None:
        corpus = Corpus.default()
    elif isinstance(corpus, (str, Path)):
        corpus = Corpus.from_path(corpus)
    elif not isinstance(corpus, Corpus):
        raise TypeError(f"corpus must be a Corpus or a path, not {type(corpus).__name__}")
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_TOP:
        raise ValueError(f"top must be a whole number from 1 to {MAX_TOP}, not {top!r}")
    return answer_question(question, corpus, top=top)
