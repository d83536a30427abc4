"""The one answering path that the API, the CLI and the REPL share."""

from __future__ import annotations

from qa.answerer import answer_question
from qa.corpus import Corpus
from qa.types import Answer


def answer(question: str, corpus: Corpus | None = None, *, top: int = 3) -> Answer:
    """Answer a question from a corpus, citing the sentences that say so.

    Args:
        question: a question in English (1 to 1,000 characters).
        corpus: where to look; None means the shipped brief (``Corpus.default()``).
        top: the most citations to return (>= 1).

    Returns:
        An :class:`~qa.types.Answer`: ``text``, ``short_answer``,
        ``abstained``, ``confidence`` in [0, 1] and ``citations`` best first,
        each with document, sentence index and character offsets.

    Raises:
        qa.QuestionError: the question is empty or too long.
        qa.CorpusError: the default corpus cannot be read.
    """
    return answer_question(question, corpus if corpus is not None else Corpus.default(), top=top)
