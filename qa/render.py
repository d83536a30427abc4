"""Showing an Answer to a person: plain text for pipes, formatted text for the terminal."""

from __future__ import annotations

import textwrap

from prompt_toolkit.formatted_text import FormattedText

from qa.types import Answer

#: Styles used by the REPL (prompt-toolkit style strings).
STYLE = {
    "answer": "bold",
    "short": "bold ansigreen",
    "abstain": "ansiyellow",
    "cite": "ansicyan",
    "dim": "ansibrightblack",
    "note": "italic ansibrightblack",
}


def _highlight(sentence: str, short: str | None) -> list[tuple[str, str]]:
    """Split a sentence into (style, text) parts with the short answer highlighted."""
    if short and short in sentence:
        i = sentence.index(short)
        return [("", sentence[:i]), (STYLE["short"], short), ("", sentence[i + len(short):])]
    return [("", sentence)]


def answer_lines(a: Answer, width: int = 80) -> list[list[tuple[str, str]]]:
    """The answer as lines of (style, text) fragments, wrapped to ``width`` columns.

    Layout: an optional note (how a follow-up was read; wrapped, as an abstention's reason is), the short answer
    (or, where the sentence itself answers, ``Answer: see [1] below``), then
    each citation as ``[n] doc, sentence i`` followed by the sentence, indented, with the short answer highlighted.
    """
    lines: list[list[tuple[str, str]]] = []
    def wrapped_line(style: str, text: str) -> None:  # a note or a reason, wrapped like the sentences
        lines.extend([(style, part)] for part in textwrap.wrap(text, width=max(20, width), break_long_words=False,
                                                               break_on_hyphens=False) or [""])

    note = a.details.get("rewritten_note")
    if note:
        wrapped_line(STYLE["note"], note)
    if a.abstained:
        lines.append([(STYLE["abstain"], a.text)])
        if a.details.get("abstain_reason"):
            wrapped_line(STYLE["dim"], f"({a.details['abstain_reason']})")
        if a.citations:
            lines.append([(STYLE["dim"], "Closest sentences:")])
    elif a.short_answer:
        lines.append([(STYLE["answer"], "Answer: "), (STYLE["short"], a.short_answer)])
    elif a.citations:  # why/how and descriptions: the sentence itself answers; say so, so the first line is never bare
        lines.append([(STYLE["answer"], "Answer: "), (STYLE["dim"], "see [1] below")])
    for n, c in enumerate(a.citations, 1):
        head = f"[{n}] {c.doc}, sentence {c.sentence}"
        detail = f"(chars {c.start}-{c.end}, score {c.score:.2f})"
        if len(head) + 2 + len(detail) <= width:
            lines.append([(STYLE["cite"], head), (STYLE["dim"], "  " + detail)])
        else:  # narrow terminal: the detail on a line of its own
            lines += [[(STYLE["cite"], head)], [(STYLE["dim"], "    " + detail)]]
        wrapped = textwrap.wrap(" ".join(c.text.split()), width=max(20, width - 4))
        joined = "\n".join(wrapped)
        parts = _highlight(joined, None if a.abstained else a.short_answer)
        current: list[tuple[str, str]] = [("", "    ")]
        for style, text in parts:
            chunks = text.split("\n")
            for k, chunk in enumerate(chunks):
                if k:
                    lines.append(current)
                    current = [("", "    ")]
                if chunk:
                    current.append((style, chunk))
        lines.append(current)
    if not a.abstained:
        lines.append([(STYLE["dim"], f"confidence {a.confidence:.2f}")])
    return lines


def to_plain(a: Answer, width: int = 80) -> str:
    """The answer as plain text (no control codes), for pipes and ``qa ask``."""
    return "\n".join("".join(t for _, t in line) for line in answer_lines(a, width))


def to_formatted(a: Answer, width: int = 80) -> FormattedText:
    """The answer as prompt-toolkit formatted text (colours), for the REPL."""
    out: list[tuple[str, str]] = []
    for line in answer_lines(a, width):
        out.extend(line)
        out.append(("", "\n"))
    return FormattedText(out)
