"""A conversation over a corpus: each question may lean on the turns before it."""

from __future__ import annotations

from qa.corpus import Corpus
from qa.pipeline import answer
from qa.types import Answer


class Chat:
    """Dialogue state over one corpus; ``ask`` answers in the context of earlier turns.

    Args:
        corpus: where to look; None means the shipped brief.
        top: citations per answer.
    """

    def __init__(self, corpus: Corpus | None = None, *, top: int = 3) -> None:
        self.corpus = corpus if corpus is not None else Corpus.default()
        self.top = top
        self.history: list[Answer] = []

    def ask(self, question: str) -> Answer:
        """Answer ``question``; raises qa.QuestionError on an empty or too long one."""
        a = answer(question, self.corpus, top=self.top)
        self.history.append(a)
        return a

    def set_corpus(self, corpus: Corpus) -> None:
        """Answer from another corpus from now on (the conversation starts afresh)."""
        self.corpus = corpus
        self.reset()

    def reset(self) -> None:
        """Forget the conversation."""
        self.history.clear()
