"""Short answers for questions without a typed answer ("What is X called?", "What did X cause?").

The answer to such a question is, most often, a short phrase of the answering
sentence that the question does not contain, standing next to the words it
does contain (Deep Read's "the answer is near the question's words"). The
rules, all general English:

* split the sentence into runs of consecutive tokens that are not question
  words, a run also ending at punctuation (, ; : ( ) quotes dashes);
* trim function words from the ends of each run, keep runs with a content word;
* prefer a run right after a naming cue ("called", "known as", "referred to
  as", "named", "termed", "such as", "including"), then a run right after a
  copula that follows the question's words ("X is ..."), then the run
  nearest the question's words, then one that follows them ("described as
  a huge *purchase*"), then the earlier run;
* keep at most MAX_TOKENS tokens, the ones nearest the question's words.
"""

from __future__ import annotations

import re

from qa.analyzer import Token, stem, synonyms, tokenize

#: Longest short answer, in tokens.
MAX_TOKENS = 6
_BREAK = re.compile(r"[,;:()\[\]\"“”‘’—–]|\s-\s|\.\s")
_CUES = ("called", "known as", "referred to as", "named", "termed", "such as", "including", "namely",
         "defined as", "considered")
_CUE_WORDS = frozenset("including such namely called named known termed whether".split())
#: Prepositions the stop-word list lacks: never the edge of a short answer ("Beyond minerals").
_PREPOSITIONS = frozenset("beyond besides despite among amongst toward towards upon via amid amidst unlike "
                          "versus".split())
_COPULA = frozenset("is are was were be been being become became remains remained".split())


def _weak(t: Token) -> bool:
    """A function word, or a word shaped like an adverb or a past participle ("similarly",
    "used"): never the edge of a short answer."""
    w = t.surface
    return t.stop or t.norm in _CUE_WORDS or t.norm in _PREPOSITIONS or (
        w[:1].islower() and (w.endswith("ly") or (w.endswith("ed") and len(w) > 4)))


def _runs(sentence: str, toks: list[Token], in_question: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, t in enumerate(toks):
        boundary = i > 0 and bool(_BREAK.search(sentence[toks[i - 1].end:t.start]))
        if in_question[i] or boundary:
            if start is not None:
                runs.append((start, i))
            start = None if in_question[i] else i
        elif start is None:
            start = i
    if start is not None:
        runs.append((start, len(toks)))
    out = []
    for s, e in runs:
        while s < e and _weak(toks[s]):
            s += 1
        while e > s and _weak(toks[e - 1]):
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_KIND_OF = re.compile(r"\bwhat (?:type|kind|sort|form|variety|style|class)e?s? of (?:an? |the )?"
                      r"([\w-]+(?: [\w-]+){0,2}?)"
                      r"(?= (?:is|are|was|were|do|does|did|can|could|has|have|had|will|would)\b|\?|$)", re.I)


#: Head nouns (stemmed) of what-questions that ask for a title or a phrase, which text puts in quotes.
QUOTED_HEADS = frozenset(stem(w) for w in "paper book article report title song film movie novel poem essay "
                         "play album treatise slogan motto phrase term expression headline name".split())
_QUOTED = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")


def quoted_chunk(question: str, sentence: str, head: str | None) -> tuple[int, int] | None:
    """For a question whose head noun asks for a title or a phrase ("What paper ...?",
    "What is the phrase ...?"), the span inside the sentence's first quotation marks that
    the question does not already hold; None otherwise."""
    if head not in QUOTED_HEADS:
        return None
    asked = {t.term for t in tokenize(question) if not t.stop}
    for m in _QUOTED.finditer(sentence):
        inside = [t.term for t in tokenize(m.group(1)) if not t.stop]
        if inside and not set(inside) <= asked:
            return m.start(1), m.end(1)
    return None


def kind_chunk(question: str, sentence: str) -> tuple[int, int] | None:
    """For "what type/kind of X ...?", the span of the sentence's words that qualify X, with
    X: "a *single-tape Turing machine*" for "What type of Turing machine ...?" (None when
    the sentence does not write X with a qualifier the question lacks)."""
    m = _KIND_OF.search(question)
    if not m:
        return None
    kind = [t.term for t in tokenize(m.group(1)) if not t.stop]
    asked = {t.term for t in tokenize(question)}
    toks = tokenize(sentence)
    for i in range(len(toks) - len(kind) + 1):
        if [t.term for t in toks[i:i + len(kind)]] != kind:
            continue
        s = i
        while s > 0 and i - s < 3 and not toks[s - 1].stop and toks[s - 1].term not in asked and not _BREAK.search(
                sentence[toks[s - 1].end:toks[s].start]):
            s -= 1
        if s < i:
            return toks[s].start, toks[i + len(kind) - 1].end
    return None


def answer_chunk(question_terms: set[str], sentence: str, head: str | None = None) -> tuple[int, int] | None:
    """The character span (start, end) in ``sentence`` of the likely short answer, or None.

    Args:
        question_terms: stemmed terms of the question (content and function words).
        sentence: the answering sentence.
        head: the stemmed head noun of a what/which question ("What *theorems* ..."): it
            belongs to the answer ("the hierarchy theorems"), so it does not split a run,
            and a run holding it is preferred.
    """
    toks = tokenize(sentence)
    if not toks:
        return None
    expanded = set(question_terms) | {x for t in question_terms for x in synonyms(t)}
    heads = {head} | set(synonyms(head)) if head else set()  # "worries" asked, "concerns" written
    in_q = [t.term in expanded and not t.stop and t.term not in heads for t in toks]
    hits = [i for i, flag in enumerate(in_q) if flag] or [i for i, t in enumerate(toks) if t.term in heads]
    if not hits:
        return None
    # distance counts from the question's common words (its verb, its nouns), not from names
    # it repeats: "what did [Lopez] describe as huge" → next to "huge", not to "Lopez"
    anchors = [h for h in hits if not toks[h].surface[:1].isupper()] or hits
    best: tuple[tuple[float, ...], int, int] | None = None
    lower = sentence.casefold()
    for s, e in _runs(sentence, toks, in_q):
        before = lower[:toks[s].start].rstrip()
        cue = any(before.endswith(c) for c in _CUES)
        copula = s > 0 and toks[s - 1].norm in _COPULA and any(h < s for h in hits)
        dist = min(min(abs(h - s), abs(h - (e - 1))) for h in anchors)
        has_head = any(t.term in heads for t in toks[s:e])
        after = any(h < s for h in hits)
        key = (float(cue), float(has_head), float(copula), -float(dist), float(after), -float(s))
        if best is None or key > best[0]:
            best = (key, s, e)
    if best is None:
        return None
    _, s, e = best
    if e - s > MAX_TOKENS:  # keep the end nearest the question's words
        nearest_before = any(h < s for h in hits) and min(s - h for h in hits if h < s) <= min(
            (h - e + 1 for h in hits if h >= e), default=10**6)
        run_end = e
        s, e = (s, s + MAX_TOKENS) if nearest_before else (e - MAX_TOKENS, e)
        while e < run_end and e - s < MAX_TOKENS + 3 and not toks[e].stop:
            e += 1  # finish the noun phrase: "exports of rare [earth magnets]"
        while e > s and toks[e - 1].stop:
            e -= 1
    return toks[s].start, toks[e - 1].end
