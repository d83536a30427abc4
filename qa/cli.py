"""The ``qa`` command: a REPL, ``ask``, and ``eval`` over the same answering path.

Errors (missing path, unreadable or empty corpus, empty question, bad eval
file, an eval set about documents the corpus lacks, the shipped set run on
another corpus) are one line on stderr and
exit code 2; Ctrl-C prints "qa: interrupted" and exits with 130; never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from qa import __version__
from qa.answerer import BINARY_INPUT, CONTROL, MAX_TOP, QuestionError, check_question
from qa.chat import Chat
from qa.corpus import Corpus
from qa.document import CorpusError
from qa.evaluate import (
    EvalError,
    default_eval_path,
    format_table,
    load_jsonl,
    lost_evidence,
    reliability,
    run_brief,
    run_squad,
    set_warnings,
    summarize,
)
from qa.render import to_plain


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_TOP:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_TOP}, got {value}")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line ("qa: error: ... (see qa --help)"), exit code 2."""

    def error(self, message: str) -> NoReturn:
        choice = re.match(r"argument \{[^}]*\}: invalid choice: (['\"])(.*)\1 \(choose from", message, re.S)
        if choice:  # qa "Who is Smith?": a question where a command goes
            word = choice.group(2)
            quoted = f'"{word}"' if "'" in word and not re.search(r'["$`\\]', word) else shlex.quote(word)
            message = f"unknown command {word!r}" + (f"; to ask it: qa ask {quoted}"
                                                     if " " in word.strip() or word.endswith("?") else "")
        self.exit(2, f"qa: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the tests)."""
    def options(default: bool) -> _Parser:
        # The subcommands repeat the options so that they may come after the command;
        # there they default to SUPPRESS, so that a value given before the command stands.
        p = _Parser(add_help=False)
        d = (lambda v: v) if default else (lambda v: argparse.SUPPRESS)
        p.add_argument("--corpus", metavar="PATH", default=d(None),
                       help="a .txt/.md file or a folder of them (default: the shipped brief)")
        p.add_argument("--top", type=_positive, default=d(3), metavar="K", help="citations per answer (default 3)")
        p.add_argument("--json", action="store_true", default=d(False),
                       help="JSON output (one object per line)")
        p.add_argument("--no-color", action="store_true", default=d(False),
                       help="no colours (NO_COLOR works too)")
        return p

    common, sub_common = options(True), options(False)
    parser = _Parser(
        prog="qa", parents=[common],
        description="Ask a news brief questions; get the sentences that answer them, cited. "
                    "With no command: an interactive REPL (or one question per line from a pipe).")
    parser.add_argument("--version", action="version", version=f"qa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{ask,eval}")
    ask = sub.add_parser("ask", parents=[sub_common], help="answer one or more questions and exit",
                         description="Answer questions from the corpus. Each quoted argument is one question "
                                     "(unquoted words make one question); '-' reads one question per line "
                                     "from stdin.")
    ask.add_argument("questions", nargs="+", metavar="QUESTION")
    ev = sub.add_parser("eval", help="run an evaluation set and print the metrics",
                        description="Run the brief's evaluation set (or --set FILE) or a SQuAD v2.0 file.")
    ev.add_argument("--set", metavar="FILE", help="a JSONL eval set (default: the shipped eval/brief.jsonl)")
    ev.add_argument("--squad", metavar="FILE", help="a SQuAD v2.0 JSON file: each article is one document")
    ev.add_argument("--corpus", metavar="PATH", default=argparse.SUPPRESS,
                    help="the corpus for --set (default: the shipped brief)")
    ev.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                    help="print the metrics (and, for a set, the ids not right) as JSON")
    return parser


def _corpus(path: str | None) -> Corpus:
    if path is None:
        return Corpus.default()
    corpus = Corpus.from_path(path)
    for msg in corpus.skipped:
        print(f"qa: skipped {msg}", file=sys.stderr)
    return corpus


def _cmd_ask(args: argparse.Namespace) -> int:
    chat = Chat(_corpus(args.corpus), top=args.top)
    questions: list[str] = []
    words = args.questions
    if len(words) > 1 and "-" not in words and not any(" " in w for w in words) and not all(
            w.endswith("?") for w in words):
        words = [" ".join(words)]  # qa ask Who is the ambassador?  (unquoted: one question)
    for q in words:
        questions += [line.strip() for line in sys.stdin if line.strip()] if q == "-" else [" ".join(q.split())]
    if any("\x00" in q for q in questions):  # "qa ask - < /bin/ls": refused whole, as --corpus refuses it
        raise QuestionError(BINARY_INPUT)
    questions = [" ".join(CONTROL.sub(" ", q).split()) for q in questions]  # no escape sequence reaches the terminal
    if not questions:
        raise QuestionError("no question given")
    if len(questions) == 1:
        check_question(questions[0])  # one question refused: the error alone
    status = 0
    for i, q in enumerate(questions):
        try:
            a = chat.ask(q)
        except QuestionError as exc:  # one bad line of many: said, skipped, and the rest answered
            sys.stdout.flush()
            print(f"qa: error: question {i + 1}: {exc}", file=sys.stderr, flush=True)
            status = 2
            continue
        if args.json:
            print(json.dumps(a.to_dict(), ensure_ascii=False))
        else:
            if len(questions) > 1:
                print(("\n" if i else "") + f"Q: {q}")
            print(to_plain(a))
    return status


def _cmd_eval(args: argparse.Namespace) -> int:
    if args.squad and (args.set or args.corpus):
        raise EvalError("--squad brings its own documents: use it without --set and --corpus")
    if args.squad:
        ours, base = run_squad(args.squad)
        m, b = summarize(ours, squad=True), summarize(base, squad=True, short=False)
        rel = reliability(ours)
        if args.json:
            print(json.dumps({"metrics": m, "baseline_bm25": b, "reliability": rel}, indent=2))
        else:
            print(format_table(m, f"SQuAD v2.0: {args.squad}", baseline=b))
            print(_reliability_table(rel))
        return 0
    corpus = _corpus(args.corpus)
    items = load_jsonl(args.set or default_eval_path())
    named = {Path(str(it["doc"])).stem for it in items if it.get("doc")}
    if named and not named & set(corpus.documents):
        raise EvalError(f"the set's questions are about documents not in the corpus ({', '.join(sorted(named)[:3])}"
                        f"{', ...' if len(named) > 3 else ''}): pass their folder with --corpus")
    lost = lost_evidence(items, corpus)
    if not args.set and len(lost) == sum(1 for it in items if it["answerable"] and it["evidence"]):
        raise EvalError(f"the shipped eval set asks about the brief, and none of its evidence is in {corpus.name}: "
                        "pass --set FILE with questions about your corpus")
    for warning in set_warnings(items, corpus, lost):
        print(f"qa: warning: {warning}", file=sys.stderr)
    outcomes = run_brief(items, corpus)
    m, rel = summarize(outcomes), reliability(outcomes)
    failures = [o.id for o in outcomes if (o.answerable and not o.correct_sentence)  # wrong, or abstained
                or (not o.answerable and not o.abstained)]
    if args.json:
        print(json.dumps({"metrics": m, "reliability": rel, "failures": failures}, indent=2))
    else:
        print(format_table(m, f"Eval set: {args.set or default_eval_path().name} ({corpus.name})"))
        print(_reliability_table(rel))
        shown = ", ".join(failures[:20]) + (f" and {len(failures) - 20} more" if len(failures) > 20 else "")
        print(f"\nnot right ({len(failures)}; wrong or missing first sentence, or answered when the text does not "
              f"say): {shown or 'none'}")
    return 0


def _reliability_table(rows: list[dict]) -> str:
    out = ["", "reliability (accuracy per confidence bucket)"]
    out += [f"  {r['bucket']}  n={r['n']:<4} accuracy " + (f"{r['accuracy']:.3f}" if r["n"] else "-") for r in rows]
    return "\n".join(out)


def _cmd_repl(args: argparse.Namespace) -> int:
    from qa.repl import run_lines, run_repl, use_color

    chat = Chat(_corpus(args.corpus), top=args.top)
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return run_lines(chat, sys.stdin, sys.stdout, as_json=args.json)
    return run_repl(chat, color=use_color(args.no_color))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qa`` console script. Returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # a terminal or pipe that is not UTF-8: escape, do not crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _cmd_ask(args)
        if args.command == "eval":
            return _cmd_eval(args)
        return _cmd_repl(args)
    except (CorpusError, QuestionError, EvalError) as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nqa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
