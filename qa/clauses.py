"""Clauses inside a sentence, read from its tokens (``qa.analyzer.Token``).

A figure, a date or a rank belongs to the clause it stands in ("*Seven* of the deaths
were in Alabama and two in Mississippi"). This module finds where a clause starts
(``joins``: "and", "but", "while", a semicolon; ``joins_clauses``: "and" only after a
comma, and a comma's "with"), the token range of the clause around a span
(``clause``), the distance between two words counted across clause joins
(``distance``), the share of the question's words in a span's own clause
(``clause_share``), and the ordinals a clause says (``clause_ranks``).
"""

from __future__ import annotations

from collections.abc import Callable

from qa.analyzer import Token

#: Words that join two clauses: a span and a word on either side of one belong to different
#: statements ("Seven of the deaths were in Alabama *and* two in Mississippi").
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "although", "though"})


def joins(toks: list[Token], text: str, k: int) -> bool:
    """Whether token ``k`` starts a new clause: a joining word, or the first word after a semicolon."""
    return toks[k].norm in _CLAUSE_JOINS or k > 0 and ";" in text[toks[k - 1].end:toks[k].start]


#: Tokens added to the distance between two words for each clause join between them.
CLAUSE_GAP = 8


def distance(toks: list[Token], text: str, i: int, j: int, rivals: list[int]) -> int:
    """Tokens between a span's token ``i`` and a question word's token ``j`` in a sentence,
    plus ``CLAUSE_GAP`` for each clause join ("and", "but", a semicolon) between them that has
    another span of the same type (token indices ``rivals``) on the word's side: each figure
    belongs to the name in its own clause ("*Seven* of the deaths were in *Alabama* and two in
    Mississippi"), but a join with nothing of the kind beyond it separates nothing ("keep its
    headquarters and its *1,250* employees")."""
    lo, hi = min(i, j), max(i, j)
    between = [k for k in range(lo + 1, hi) if joins(toks, text, k)]
    between = [k for k in between if any((r < k) == (j < k) for r in rivals)]
    return hi - lo + CLAUSE_GAP * len(between)


def clause(toks: list[Token], text: str, idx: list[int],
           starts: Callable[[list[Token], str, int], bool] | None = None) -> tuple[int, int]:
    """The token range [lo, hi) of the clause around a span (token indices ``idx``, not
    empty): between the nearest clause joins on either side (``joins``, or ``starts``)."""
    starts = starts or joins
    lo = max((k for k in range(idx[0] + 1) if starts(toks, text, k)), default=0)
    hi = min((k for k in range(idx[-1] + 1, len(toks)) if starts(toks, text, k)), default=len(toks))
    return lo, hi


def joins_clauses(toks: list[Token], text: str, k: int) -> bool:
    """A stricter ``joins``: "and"/"or" start a clause only after a comma (names joined by a
    bare "and" are one phrase: "the United States and South Korea"); a comma's "with" starts
    one too, an absolute phrase about something else ("1,100 firefighters were assigned,
    *with* more crews arriving from Nevada")."""
    comma = k > 0 and "," in text[toks[k - 1].end:toks[k].start]
    if comma and toks[k].norm == "with":
        return True
    return joins(toks, text, k) and (toks[k].norm not in ("and", "or") or comma)


def clause_share(toks: list[Token], text: str, idx: list[int], wanted: set[str]) -> float:
    """0.5 plus half the share of the question words matched in the sentence (``wanted``)
    that stand in the span's own clause ("The Halden board will vote on *Jan. 22*; the
    Marrow board rejected it on Tuesday"); 1.0 for a sentence of one clause."""
    lo, hi = clause(toks, text, idx) if idx else (0, len(toks))
    present = {t.term for t in toks} & wanted
    if (lo, hi) == (0, len(toks)) or not present:
        return 1.0
    return 0.5 + 0.5 * len({t.term for t in toks[lo:hi]} & wanted) / len(present)


#: Ordinal words that rank people or things in a result ("finished *third*").
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


RANKS = frozenset(_ORDINALS)


#: Each rank's Roman numeral as the analyzer's term ("third": "iii", as in "Charles III").
ROMAN = dict(zip(_ORDINALS, "i ii iii iv v vi vii viii ix x".split()))


def clause_ranks(toks: list[Token], text: str, idx: list[int]) -> set[str]:
    """The ordinals said in the clause around a span (token indices ``idx``): the clause
    runs between the nearest clause joins (``_CLAUSE_JOINS``, a semicolon) on either side.
    Empty when the clause holds no ordinal."""
    lo, hi = clause(toks, text, idx)
    return {t.norm for t in toks[lo:hi]} & RANKS
