"""Sentences with character offsets.

Sentence boundaries inside prose come from ``sentencex`` (Wikimedia's
rule-based segmenter: it knows abbreviations such as ``U.S.``, ``Corp.``,
``Ltd.``, keeps a quotation together, and splits ``Beijing.The``). Around it,
layout rules that a prose segmenter does not know:

* a blank line ends a paragraph; a line break ends a unit when the line is
  a byline, a timestamp, a heading, or much shorter than the paragraph's
  longest line and followed by one that does not start in lower case (so
  hard-wrapped prose is joined, but a header is not);
* a leading ``date YYYY-MM-DD`` is a metadata unit of its own, and so is a news
  dateline opening a paragraph ("WASHINGTON (Reuters) - ");
* a unit without final punctuation is a heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import sentencex

from qa.analyzer import TITLE_ABBREVIATIONS
from qa.document import DATE_PREFIX, is_heading_line, is_meta_line
from qa.types import Document, Sentence, SentenceKind

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")  # CRLF, LF or a lone CR (classic Mac)
#: A news dateline opening a paragraph: a place in capitals or a place and a date, an
#: optional agency in brackets, then a dash ("WASHINGTON (Reuters) - ", "Harbor City, March 4 - ").
#: A month and day, with a year or not ("July 28, 2026", "Sept. 23"): a dateline's date.
MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
#: Capital letters, with those of Latin-1 and Latin Extended-A ("VÄXJÖ", "ŁÓDŹ", "ÎLE"), for a character class.
_UPPER = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
_REGION = rf"(?:,\s*[{_UPPER}]\w*\.?(?:\s[{_UPPER}]\w*\.?)?)"  # ", Ohio", ", Calif.", ", New York", ", Québec"
DATELINE = re.compile(
    rf"((?:[{_UPPER}][{_UPPER}.’' -]{{1,30}}[{_UPPER}.]" + _REGION + r"{0,2}(?:,?\s*" + MONTH_DAY + r")?"
    rf"|[{_UPPER}][\w.’' ]{{1,40}}?" + _REGION + r"{0,2},\s*" + MONTH_DAY + r")"
    rf"(?:\s*\([^\W\d_][\w .&]*\))?)\s*(?:-|–|—|--)\s+(?=[{_UPPER}“\"])")


def is_dateline(text: str) -> bool:
    """True for a dateline cut off as a unit of its own ("PORTLAND, Maine (AP) —")."""
    m = DATELINE.match(text.rstrip() + " A")
    return m is not None and m.end() == len(text.rstrip()) + 1


#: A line shorter than this share of its paragraph's longest line ends a unit.
SHORT_LINE_RATIO = 0.6


def _paragraphs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Groups of consecutive non-blank lines."""
    group: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group().rstrip("\r\n")
        if line.strip():
            group.append((m.start(), m.start() + len(line)))
        elif group:
            yield group
            group = []
    if group:
        yield group


def _units(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
    """Split a paragraph's lines into units: (start, end, is_whole_line_run)."""
    longest = max(e - s for s, e in lines)
    run_start = lines[0][0]
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else None
        hard = (
            nxt is None
            or is_meta_line(line) or is_meta_line(nxt)
            or (len(line.strip()) < SHORT_LINE_RATIO * longest and not nxt.lstrip()[:1].islower())
        )  # a short line goes on when the next one starts in lower case: "The mayor\nsaid ..."
        if hard:
            yield run_start, e, True
            if nxt is not None:
                run_start = lines[i + 1][0]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


#: A clock time closing a piece ("at 7 a.m.") and a day or zone opening the next
#: ("Saturday", "ET"): one sentence, which the segmenter split at the abbreviation.
_CLOCK_END = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.$", re.I)
_DAY_START = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|"
                        r"Aug|Sep|Oct|Nov|Dec|[A-Z]{1,3}T\b|GMT\b|UTC\b)")


#: An abbreviated title closing a piece, before the name that opens the next ('said Ms. | Priya
#: Desai'): one sentence, which the segmenter split at an abbreviation it does not know.
_TITLE_END = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(set(TITLE_ABBREVIATIONS) | {
    "Mr", "Mrs", "Ms", "Mx", "Cllr", "Amb", "Const", "Rev", "Fr", "Hon", "Maj"})) + r")\.$")


#: A company's abbreviation closing a piece ("Bluegum Modular Pty. | Ltd.", "Sime Darby Bhd. | said",
#: Iceland's "Hafbrun hf. | 480 million kronur", Brazil's "Ltda."): one sentence when the next piece goes
#: on with another company word, a lower-case word or a figure.
_COMPANY_END = re.compile(r"\b(?:Pty|Pte|Bhd|Cie|Co|Corp|Inc|Ltd|Ltda|Bros|Mfg|Sdn|hf|ehf)\.$")
_COMPANY_GOES_ON = re.compile(r"(?:Ltd|Limited|Inc|LLC|LLP|Co|Corp|PLC|plc|Bhd|AG|GmbH|SA|NV|BV)\b|[a-z]|[$€£¥]?\d")


def _segment(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside text[s:e], located in the original text."""
    cursor = s
    spans: list[tuple[int, int]] = []
    for piece in sentencex.segment("en", text[s:e]):
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor, e)
        if at < 0:  # the segmenter changed the text: keep the rest whole
            break
        if spans and (_CLOCK_END.search(text, spans[-1][0], spans[-1][1]) and _DAY_START.match(piece)
                      or _TITLE_END.search(text, spans[-1][0], spans[-1][1]) and piece[:1].isupper()
                      or _COMPANY_END.search(text, spans[-1][0], spans[-1][1]) and _COMPANY_GOES_ON.match(piece)):
            spans[-1] = (spans[-1][0], at + len(piece))  # "the strike will end at 7 a.m. | Saturday."
        else:
            spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    yield from spans
    rest_s, rest_e = _strip(text, cursor, e)
    if rest_s < rest_e:
        yield rest_s, rest_e


def _kind(unit: str, whole_unit: bool) -> SentenceKind:
    if is_meta_line(unit) or DATE_PREFIX.fullmatch(unit.strip()):
        return "meta"
    if whole_unit and is_heading_line(unit):
        return "heading"
    return "sentence"


#: Longest sentence, in characters: a longer run of text with no sentence end (a page of
#: unpunctuated words) is cut at the last space before this length.
MAX_SENTENCE_CHARS = 2000


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(s, e) as pieces of at most MAX_SENTENCE_CHARS, cut at spaces, stripped."""
    out = []
    while e - s > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
        cut = cut if cut > s else s + MAX_SENTENCE_CHARS
        out.append(_strip(text, s, cut))
        s = _strip(text, cut, e)[0]
    out.append((s, e))
    return [(a, b) for a, b in out if a < b]


def split_sentences(doc: Document) -> list[Sentence]:
    """Split a document into sentences, headings and metadata lines.

    Returns:
        Sentences in document order, indexed from 0, each with
        ``doc.text[s.start:s.end] == s.text``; no sentence is empty or has
        leading/trailing whitespace.
    """
    text = doc.text
    spans: list[tuple[int, int, SentenceKind, int]] = []
    for p, lines in enumerate(_paragraphs(text)):
        for us, ue, _ in _units(text, lines):
            us, ue = _strip(text, us, ue)
            if not spans and (m := DATE_PREFIX.match(text, us)):
                spans.append((_strip(text, us, m.end())[0], m.end(), "meta", p))
                us, ue = _strip(text, m.end(), ue)
                if us >= ue:
                    continue
            if (m := DATELINE.match(text, us, ue)) and m.end() < ue:  # "WASHINGTON (Reuters) - The ..."
                spans.append((us, _strip(text, us, m.end())[1], "meta", p))
                us = m.end()
            pieces = [piece for s, e in _segment(text, us, ue) for piece in _bounded(text, s, e)]
            for s, e in pieces:
                kind = _kind(text[s:e], whole_unit=len(pieces) == 1)
                spans.append((s, e, kind, p))
    return [Sentence(doc=doc.name, index=i, start=s, end=e, text=text[s:e], kind=k, paragraph=p)
            for i, (s, e, k, p) in enumerate(spans)]
