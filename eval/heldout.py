"""Score the held-out news sets in ``eval/heldout/`` (each a ``corpus/`` folder and a
``questions.jsonl`` in the format of ``eval/brief.jsonl``), one line of metrics a set.

Run: ``python eval/heldout.py [SET ...]`` (set numbers, e.g. ``77 78``; all by default).
Prints figures; asserts nothing. See ``eval/heldout/README.md`` for which sets are sealed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from qa import Corpus
from qa.evaluate import load_jsonl, run_brief, summarize

HELDOUT = Path(__file__).resolve().parent / "heldout"
COLUMNS = ("sentence_accuracy@1", "short_answer_f1", "abstention_recall", "false_abstention", "overall_accuracy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set numbers (default: every folder in eval/heldout)")
    args = parser.parse_args()
    names = args.sets or sorted(p.name for p in HELDOUT.iterdir() if (p / "questions.jsonl").is_file())
    print("set  " + "  ".join(f"{c:>19}" for c in COLUMNS))
    for name in names:
        folder = HELDOUT / name
        metrics = summarize(run_brief(load_jsonl(folder / "questions.jsonl"), Corpus.from_path(folder / "corpus")))
        print(f"{name:4} " + "  ".join(f"{metrics[c]:>19.3f}" for c in COLUMNS))


if __name__ == "__main__":
    main()
