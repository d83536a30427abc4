"""The interactive REPL (prompt-toolkit) and its line-by-line twin for pipes."""

from __future__ import annotations

import json
import os
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from platformdirs import user_data_dir
from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion, WordCompleter
from prompt_toolkit.document import Document as PTDocument
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from qa.answerer import BINARY_INPUT, CONTROL, MAX_TOP, QuestionError
from qa.chat import Chat
from qa.chunks import warm_up
from qa.corpus import Corpus
from qa.document import CorpusError
from qa.facts import facts_for
from qa.render import STYLE, to_formatted
from qa.types import Answer

COMMANDS = {
    ":help": "show this help",
    ":quit": "leave (also quit, exit, or Ctrl-D on an empty line)",
    ":reset": "forget the conversation, follow-ups start afresh (also clear, reset)",
    ":docs": "list the documents with their metadata and sizes",
    ":show N": "the passage around citation N (or :more's [N]), the cited sentence highlighted",
    ":more": "the next candidate sentences for the last question",
    ":why": "how the last answer was chosen",
    ":corpus PATH": "load other texts (a file or a folder)",
    ":top K": "how many citations to show (1-50)",
}
#: Most lines kept in the history file; older ones are dropped at start-up.
HISTORY_MAX_LINES = 2000


def history_path() -> Path:
    """Where the REPL keeps its history: ``<user data dir>/qa/history``."""
    return Path(user_data_dir("qa", appauthor=False)) / "history"


def _trim_history(path: Path) -> None:
    """Keep the history file bounded: drop the oldest entries beyond HISTORY_MAX_LINES lines."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)  # a stray byte
    except OSError:
        return
    if len(lines) > HISTORY_MAX_LINES:
        cut = lines[-HISTORY_MAX_LINES:]
        while cut and not cut[0].startswith("#"):  # start at an entry boundary
            cut = cut[1:]
        path.write_text("".join(cut), encoding="utf-8")


def open_history(warn: Callable[[str], None]) -> History:
    """A FileHistory in the user's data directory, or an in-memory one (with a warning) if it cannot be written."""
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8"):
            pass
        _trim_history(path)
        return FileHistory(str(path))
    except OSError as exc:
        warn(f"warning: history not saved ({path}: {exc.strerror or exc})")
        return InMemoryHistory()


class _Completer(Completer):
    """Commands after ':', else the names and frequent words of the corpus the chat answers
    from (read again after ``:corpus`` switches it)."""

    def __init__(self, chat: Chat) -> None:
        self.commands = WordCompleter([c.split()[0] for c in COMMANDS], sentence=True)
        self.chat = chat
        self._corpus: Corpus | None = None
        self.words = WordCompleter([], ignore_case=True)

    def get_completions(self, document: PTDocument, complete_event: CompleteEvent) -> Iterator[Completion]:
        if document.text_before_cursor.lstrip().startswith(":") and " " not in document.text_before_cursor:
            yield from self.commands.get_completions(document, complete_event)
            return
        if self.chat.corpus is not self._corpus:
            self._corpus = self.chat.corpus
            self.words = WordCompleter(corpus_words(self._corpus), ignore_case=True)
        yield from (c for c in self.words.get_completions(document, complete_event) if isinstance(c, Completion))


def corpus_words(corpus: Corpus, limit: int = 2000) -> list[str]:
    """Capitalized names and longer words of the corpus, for Tab completion."""
    seen: dict[str, int] = {}
    for s in corpus.all_sentences():
        for w in s.text.replace("’", "'").split():
            w = w.strip(".,;:!?\"'()“”‘")
            if w.endswith("'s"):
                w = w[:-2]
            if len(w) >= 4 and w.isascii() is not None:
                seen[w] = seen.get(w, 0) + 1
    return sorted(seen, key=lambda w: (-seen[w], w))[:limit]


class Session:
    """Runs REPL commands and questions against a Chat; writes through ``emit``.

    Args:
        chat: the conversation.
        emit: called with formatted text for each block of output.
        width: output width in columns.
        error: called with a refused question's or an unreadable ``:corpus`` path's one-line
            message; default: shown through ``emit``.
    """

    def __init__(self, chat: Chat, emit: Callable[[FormattedText], None], width: Callable[[], int],
                 error: Callable[[str], None] | None = None) -> None:
        self.chat = chat
        self.emit = emit
        self.width = width
        self.error = error or (lambda msg: self.say(f"error: {msg}", STYLE["abstain"]))
        self.shown: set[tuple[str, int]] = set()  # sentences :more has shown for the last answer
        self.more_order: list[tuple[str, int]] = []  # the same, in the order numbered [4], [5] ...
        self.errors = 0

    def say(self, text: str, style: str = "") -> None:
        """Emit a line, wrapped to the width (continuation lines indented like the first, plus two)."""
        indent = " " * (len(text) - len(text.lstrip(" ")))
        lines = textwrap.wrap(text, width=max(20, self.width()), subsequent_indent=indent + "  ",
                              break_long_words=False, break_on_hyphens=False) or [""]
        self.emit(FormattedText([(style, "\n".join(lines) + "\n")]))

    def _sentence(self, label: str, text: str, style: str = "") -> list[tuple[str, str]]:
        """A sentence after a short label ("  12  "), wrapped to the width with a hanging indent."""
        pad = " " * len(label)
        body = textwrap.wrap(" ".join(text.split()), width=max(20, self.width() - len(label)),
                             break_long_words=False, break_on_hyphens=False)
        out: list[tuple[str, str]] = []
        for i, line in enumerate(body):
            out += [(STYLE["dim"], label if i == 0 else pad), (style, line + "\n")]
        return out

    def handle(self, line: str) -> bool:
        """Handle one input line; returns False when the user asked to quit."""
        line = line.strip()
        if not line:
            return True
        if line.startswith(":"):
            return self.command(line)
        if line.casefold() in _BARE_COMMANDS:  # "quit", "help", "clear" typed without the colon
            return self.command(_BARE_COMMANDS[line.casefold()])
        try:
            a = self.chat.ask(line)
        except KeyboardInterrupt:  # Ctrl-C while a large corpus is being indexed: back to the prompt
            self.say("(interrupted)", STYLE["dim"])
            return True
        except QuestionError as exc:
            self.errors += 1
            self.error(str(exc))
            return True
        self.shown, self.more_order = set(), []
        self.emit(to_formatted(a, self.width()))
        return True

    def command(self, line: str) -> bool:
        """Run a ``:command``; returns False for ``:quit``."""
        name, _, arg = line.partition(" ")
        arg = arg.strip()
        last = self.chat.history[-1] if self.chat.history else None
        if name in (":quit", ":q", ":exit"):
            return False
        if name in (":help", ":h", ":?"):
            self.say("Ask a question in plain English. Follow-ups may use he/she/it/they/there/then, or be short")
            self.say('("Why?", "When?", "Who else?", "And the mayor?"); a line "(reading as ...)" shows the reading.')
            for cmd, text in COMMANDS.items():
                self.say(f"  {cmd:<14} {text}")
            self.say("Ctrl-C drops the line being typed; the Up arrow recalls earlier questions.")
        elif name == ":reset":
            self.chat.reset()
            self.say("Conversation forgotten.", STYLE["dim"])
        elif name == ":docs":
            for d in self.chat.corpus.documents.values():
                n = len(self.chat.corpus.sentences[d.name])
                lines = facts_for(self.chat.corpus).datelines(d.name)
                dateline = lines[0].text.rstrip(" -–—") if lines else None
                meta = "; ".join(f"{k} {v}" for k, v in (("date", d.date), ("by", d.byline),
                                                         ("published", d.published), ("dateline", dateline)) if v)
                self.say(f"{d.name}: {len(d.text):,} chars, {_count(n, 'sentence')}" + (f"; {meta}" if meta else ""))
                if d.headline:
                    self.say(f"    {d.headline}", STYLE["dim"])
        elif name == ":show":
            self._show(arg, last)
        elif name == ":more":
            self._more(last)
        elif name == ":why":
            self._why(last)
        elif name == ":corpus":
            if not arg:
                self.say("usage: :corpus PATH", STYLE["abstain"])
                return True
            arg = arg.strip("\"'")  # :corpus "/path/with spaces"
            self.say(f"Loading {arg} ... (Ctrl-C to cancel)", STYLE["dim"])
            try:
                corpus = Corpus.from_path(arg)
            except CorpusError as exc:  # counted, as a refused question is: a pipe then ends with status 2
                self.errors += 1
                self.error(str(exc))
                return True
            except KeyboardInterrupt:
                self.say(f"(loading cancelled; still answering from {self.chat.corpus.name})", STYLE["dim"])
                return True
            self.chat.set_corpus(corpus)
            n = sum(map(len, corpus.sentences.values()))
            self.say(f"Loaded {corpus.name}: {_count(len(corpus.documents), 'document')}, {_count(n, 'sentence')}. "
                     "The conversation starts afresh.", STYLE["dim"])
            for msg in corpus.skipped:
                self.say(f"skipped {msg}", STYLE["abstain"])
        elif name == ":top":
            if not arg:
                self.say(f"Showing up to {_count(self.chat.top, 'citation')} (:top K to change, K from 1 to "
                         f"{MAX_TOP}).", STYLE["dim"])
            elif arg.isdigit() and 1 <= int(arg) <= MAX_TOP:
                self.chat.top = int(arg)
                self.say(f"Showing up to {arg} citation{'s' if int(arg) > 1 else ''}.", STYLE["dim"])
            else:
                self.say(f"usage: :top K  (K from 1 to {MAX_TOP})", STYLE["abstain"])
        else:
            self.say(f"unknown command {name}; try :help", STYLE["abstain"])
        return True

    def _show(self, arg: str, last: Answer | None) -> None:
        if last is None:
            self.say("Nothing to show yet: ask a question first.", STYLE["abstain"])
            return
        if not last.citations and not self.more_order:
            self.say("The last answer cites no sentence; :more lists the closest ones.", STYLE["abstain"])
            return
        shown = [(c.doc, c.sentence) for c in last.citations] + self.more_order  # [1].. then :more's [n]
        if not arg.isdigit() or not 1 <= int(arg) <= len(shown):
            self.say(f"usage: :show N  (N from 1 to {len(shown)})", STYLE["abstain"])
            return
        doc, index = shown[int(arg) - 1]
        sents = self.chat.corpus.sentences[doc]
        lo, hi = max(0, index - 2), min(len(sents), index + 3)
        frags: list[tuple[str, str]] = [(STYLE["cite"], f"[{arg}] {doc}, sentences {lo}-{hi - 1}\n")]
        for s in sents[lo:hi]:
            style = "bold" if s.index == index else STYLE["dim"]
            frags += self._sentence(f"{s.index:>4}  ", s.text, style)
        self.emit(FormattedText(frags))

    def _more(self, last: Answer | None) -> None:
        if last is None:
            self.say("Nothing yet: ask a question first.", STYLE["abstain"])
            return
        cited = {(c.doc, c.sentence) for c in last.citations} | self.shown
        texts = {c.text for c in last.citations} | {self.chat.corpus.sentence(*k).text for k in self.shown}
        cands: list[dict] = []
        for c in last.details.get("candidates", []):  # a line repeated in the text is listed once
            text = self.chat.corpus.sentence(c["doc"], c["sentence"]).text
            if (c["doc"], c["sentence"]) not in cited and text not in texts and len(cands) < 3:
                cands.append(c)
                texts.add(text)
        if not cands:
            self.say("No more candidates.", STYLE["dim"])
            return
        for c in cands:
            self.shown.add((c["doc"], c["sentence"]))
            self.more_order.append((c["doc"], c["sentence"]))
            s = self.chat.corpus.sentence(c["doc"], c["sentence"])
            n = len(last.citations) + len(self.shown)
            self.emit(FormattedText([(STYLE["cite"], f"[{n}] {s.doc}, sentence {s.index}"),
                                     (STYLE["dim"], f"  (score {c['score']:.2f})\n"),
                                     *self._sentence("    ", s.text)]))

    def _why(self, last: Answer | None) -> None:
        if last is None:
            self.say("Nothing yet: ask a question first.", STYLE["abstain"])
            return
        d = last.details
        self.say(f"question word: {d.get('wh') or '-'}   expected answer: {d.get('answer_type')}"
                 + (f"   head noun: {d['head']}" if d.get("head") else ""))
        if d.get("rewritten"):
            self.say(f"read as: {d['rewritten']}")
        self.say(f"focus terms (stemmed): {', '.join(d.get('focus', [])) or '-'}"
                 + (f"   names: {', '.join(d['entities'])}" if d.get("entities") else ""))
        self.say("abstained: " + (f"yes: {d['abstain_reason']}" if last.abstained else "no"))
        shown = [c for c in d.get("candidates", []) if c["matched"]][:5]  # not sentences sharing no word
        if not shown:
            self.say("  no sentence shares the question's words", STYLE["dim"])
        for c in shown:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in c["parts"].items() if v)
            self.say(f"  {c['doc']} #{c['sentence']}: score {c['score']:.2f} ({parts}); "
                     f"matched {', '.join(c['matched']) or '-'}; span {c['span'] or '-'}", STYLE["dim"])


#: Words a user may type for a command without its colon; no question is one word like these.
_BARE_COMMANDS = {"quit": ":quit", "exit": ":quit", "help": ":help", "clear": ":reset", "reset": ":reset"}


def run_repl(chat: Chat, *, color: bool = True, input: Input | None = None, output: Output | None = None,
             history: History | None = None) -> int:
    """The interactive loop. Returns the exit code (0).

    Ctrl-C clears the line, Ctrl-D or ``:quit`` leaves. ``input``/``output``
    are for tests (prompt-toolkit's pipe input and dummy output).
    """
    style = Style.from_dict({"bottom-toolbar": "noreverse bg:#303030 #d0d0d0", "prompt": "bold ansiblue"})
    depth = ColorDepth.DEPTH_8_BIT if color else ColorDepth.DEPTH_1_BIT
    session: PromptSession[str] = PromptSession(
        history=history if history is not None else open_history(lambda m: print(m, file=sys.stderr)),
        auto_suggest=AutoSuggestFromHistory(), completer=_Completer(chat),
        complete_while_typing=False, input=input, output=output, style=style, color_depth=depth,
        bottom_toolbar=lambda: _toolbar(chat), enable_history_search=True,
    )

    def emit(ft: FormattedText) -> None:
        print_formatted_text(ft if color else FormattedText([("", t) for _, t, *_ in ft]), end="",
                             style=style, output=output, color_depth=depth)

    def width() -> int:
        try:
            return min(100, session.app.output.get_size().columns)
        except Exception:  # no terminal size (dummy output)
            return 80

    runner = Session(chat, emit, width)
    runner.say(f"qa: ask {chat.corpus.name} a question (:help for commands, Ctrl-D to leave)", STYLE["dim"])
    threading.Thread(target=warm_up, daemon=True).start()  # the tagger loads while the user types
    while True:
        try:
            line = session.prompt([("class:prompt", "qa> ")])
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        # a paste of several lines arrives as one input: each line is a question of its own
        lines = [x for x in line.splitlines() if x.strip()]
        for part in lines if len(lines) > 1 else [line]:
            if len(lines) > 1:
                runner.say(f"qa> {part.strip()}", STYLE["dim"])
            if not runner.handle(part):
                return 0
    return 0


def _toolbar(chat: Chat) -> FormattedText:
    c = chat.corpus
    n_sent = sum(map(len, c.sentences.values()))
    turns = chat.asked
    parts = [c.name, _count(len(c.documents), "document"), _count(n_sent, "sentence"),
             _count(len(c.passages), "passage"), f"top {chat.top}", _count(turns, "turn"), ":help"]
    return FormattedText([("", " " + " · ".join(parts) + " ")])


def _count(n: int, noun: str) -> str:
    """"1 document", "2 documents", "168,692 sentences"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _left_unread(stdin: TextIO, command: str) -> None:
    """Tell on stderr how many non-empty lines after a quit command go unread (none: silence)."""
    left = sum(1 for raw in stdin if raw.strip())
    if left:
        print(f"qa: stopped at {command!r}; {left} later line{'s' * (left > 1)} not read", file=sys.stderr, flush=True)


def run_lines(chat: Chat, stdin: TextIO, stdout: TextIO, *, as_json: bool = False) -> int:
    """Non-interactive mode: one question per line in, one answer out, no control codes.

    Lines starting with ``:`` are commands (``:reset`` ...). Returns 0, or 2
    if any question was refused, a ``:corpus`` path could not be read, the input held
    no line at all but blank ones (empty lines are skipped), or a line held a NUL byte
    (binary input: reading stops there). A refused line is named by its
    number on stderr ("qa: error: line 3: ..."); with ``as_json`` also by a ``{"question",
    "line", "error"}`` object, the question cut to 200 characters.
    """
    status = 0
    captured: list[str] = []
    at = 0  # the input line being read (1-based, blank lines counted), named in errors
    asked = False  # any line that is not blank

    def emit(ft: FormattedText) -> None:
        text = "".join(t for _, t, *_ in ft)
        if as_json:
            captured.append(text)
        else:
            stdout.write(text)

    def error(msg: str) -> None:  # refused questions: one line on stderr, as the CLI's errors
        stdout.flush()  # after its "Q:" line, wherever the two streams go
        print(f"qa: error: line {at}: {msg}", file=sys.stderr, flush=True)

    runner = Session(chat, emit, lambda: 80, error)
    for raw in stdin:
        at += 1
        line = raw.strip()
        if not line:
            continue
        asked = True
        if "\x00" in line:  # "qa < /bin/ls": no line of a binary file is a question; stop at the first
            if as_json:
                stdout.write(json.dumps({"line": at, "error": BINARY_INPUT}) + "\n")
            error(BINARY_INPUT)
            status = 2
            break
        if as_json:
            if line.startswith(":") or line.casefold() in _BARE_COMMANDS:  # a command's output as one JSON
                # object, to keep JSON Lines; a bare "quit" ends the run as in plain piped mode
                captured.clear()
                go_on = runner.handle(line)
                stdout.write(json.dumps({"command": line, "output": "".join(captured).rstrip("\n")},
                                        ensure_ascii=False) + "\n")
                if not go_on:
                    _left_unread(stdin, line)
                    break
                continue
            try:
                a = chat.ask(line)
                stdout.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            except QuestionError as exc:  # the line's number, and at most 200 characters of it
                shown = line if len(line) <= 200 else line[:200] + "…"
                stdout.write(json.dumps({"question": shown, "line": at, "error": str(exc)}, ensure_ascii=False) + "\n")
                error(str(exc))
                status = 2
            stdout.flush()
            continue
        if not line.startswith(":") and line.casefold() not in _BARE_COMMANDS:
            # no escape sequence reaches the terminal; bytes that are not UTF-8 show as "�"
            shown = CONTROL.sub(" ", line.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
            stdout.write(f"Q: {shown if len(shown) <= 200 else shown[:200] + '…'}\n")
        if not runner.handle(line):
            _left_unread(stdin, line)
            break
        stdout.write("\n")
        stdout.flush()
    if not asked:  # as "qa ask -" does: an empty pipe is no question, not a silent success
        print("qa: error: no question given on standard input", file=sys.stderr, flush=True)
        return 2
    return 2 if runner.errors else status


def use_color(flag_no_color: bool) -> bool:
    """Colours on unless ``--no-color`` or the NO_COLOR environment variable is set."""
    return not flag_no_color and not os.environ.get("NO_COLOR")


__all__ = ["run_repl", "run_lines", "Session", "history_path"]
