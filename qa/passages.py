"""Passages: consecutive sentences of one document, the retriever's unit."""

from __future__ import annotations

from collections.abc import Sequence

from qa.types import Passage, Sentence

#: Default passage size (sentences) and overlap (sentences shared with the next).
DEFAULT_SIZE = 4
DEFAULT_OVERLAP = 1


def make_passages(sentences: Sequence[Sentence], size: int = DEFAULT_SIZE,
                  overlap: int = DEFAULT_OVERLAP) -> list[Passage]:
    """Chunk one document's sentences into passages.

    Args:
        sentences: the sentences of ONE document, in order.
        size: sentences per passage (>= 1).
        overlap: sentences shared by consecutive passages (0 <= overlap < size).

    Returns:
        Passages with ids ``"{doc}#{first}-{last}"``; every sentence is in at
        least one passage; the last passage may be shorter.

    Raises:
        ValueError: on a bad size/overlap or sentences from several documents.
    """
    if size < 1 or not 0 <= overlap < size:
        raise ValueError(f"need size >= 1 and 0 <= overlap < size, got size={size}, overlap={overlap}")
    if len({s.doc for s in sentences}) > 1:
        raise ValueError("a passage cannot cross a document boundary")
    step = size - overlap
    out = []
    for i in range(0, len(sentences), step):
        chunk = tuple(sentences[i:i + size])
        out.append(Passage(id=f"{chunk[0].doc}#{chunk[0].index}-{chunk[-1].index}", doc=chunk[0].doc,
                           sentences=chunk))
        if i + size >= len(sentences):
            break
    return out
