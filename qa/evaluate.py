"""The evaluation runner: the brief's JSONL set and any SQuAD v2.0 file.

Brief set (``eval/brief.jsonl``), one JSON object a line::

    {"id": "b01", "question": "...", "answerable": true,
     "answers": ["gold short answer", ...],
     "evidence": ["a substring of each gold supporting sentence", ...]}

``question`` and ``answerable`` are required; ``answers`` and ``evidence`` default to empty
lists, and ``id`` to the item's line ("line 3"). A sentence is gold when it contains one of
the ``evidence`` strings, or one of them without its news dateline: a story's first sentence
copied whole ("PORTLAND, Maine (AP) — The mayor ...") is gold though the dateline is a unit
of its own (``qa.sentences.DATELINE``).

Metrics (all in [0, 1] except latency):

* passage recall@k: share of answerable questions whose top-k retrieved
  passages hold a gold sentence (k = 1, 3, 5);
* sentence accuracy@1: share of answerable questions whose top citation is a
  gold sentence and that were not abstained on;
* MRR: mean of 1/rank of the first gold sentence among the citations
  (0 when absent or abstained);
* answer containment: share of answerable questions whose answer text
  contains a gold answer (case-insensitive);
* short answer EM / F1: SQuAD's normalization (lower case, no punctuation,
  no articles, folded spaces), best over the gold answers, over answerable
  questions;
* short answer correct: F1 >= 0.5 against a gold answer, over answerable
  questions whose gold ``type`` is a span (a name, date, number...: not
  REASON, DESCRIPTION or YESNO; every SQuAD question counts);
* abstention precision / recall: of the questions abstained on, the share
  that were unanswerable; of the unanswerable, the share abstained on;
* false abstention: share of answerable questions abstained on;
* reliability: accuracy per confidence bucket (0-0.2, ..., 0.8-1.0);
* latency p50 / p95 in milliseconds per question (wall clock, answer only).

SQuAD mode (``--squad FILE``): each article is one document, its paragraphs
joined by blank lines, and each question is asked against it. A top citation
is right when its offsets contain a gold answer span (``answer_start``
mapped into the joined text). Overall accuracy counts a right sentence on an
answerable question and an abstention on an ``is_impossible`` one. A plain
BM25 sentence ranker (every sentence its own passage, same analyzer, never
abstains) is measured in the same run as the baseline.
"""

from __future__ import annotations

import json
import re
import string
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.analyzer import terms
from qa.corpus import Corpus
from qa.document import read_bytes
from qa.pipeline import answer
from qa.retriever import Retriever
from qa.sentences import DATELINE
from qa.types import Answer, Passage

_HERE = Path(__file__).resolve().parent


#: Gold answer types (the ``type`` field of a brief-format item) that a sentence answers, not a span.
UNTYPED = frozenset({"REASON", "DESCRIPTION", "YESNO"})


class EvalError(ValueError):
    """An evaluation file that cannot be read or has no usable item."""


def default_eval_path() -> Path:
    """The shipped brief eval set (``qa/_eval`` in a wheel, ``eval/`` in the source tree)."""
    for candidate in (_HERE / "_eval" / "brief.jsonl", _HERE.parent / "eval" / "brief.jsonl"):
        if candidate.is_file():
            return candidate
    raise EvalError("the shipped eval set is missing; pass --set FILE")


# --- SQuAD's answer normalization (from the official evaluate-v2.0.py) ---
def normalize_answer(s: str) -> str:
    """Lower text and remove punctuation, articles and extra whitespace (SQuAD v2.0)."""
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation) | {"’", "‘", "“", "”"})
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def exact_match(prediction: str, gold: str) -> float:
    """1.0 if the normalized strings are equal, else 0.0."""
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1_score(prediction: str, gold: str) -> float:
    """Token-level F1 of the normalized strings (SQuAD v2.0)."""
    p, g = normalize_answer(prediction).split(), normalize_answer(gold).split()
    common = Counter(p) & Counter(g)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def _best(metric: Callable[[str, str], float], prediction: str | None, golds: Iterable[str]) -> float:
    return max((metric(prediction or "", g) for g in golds), default=0.0)


def _read_text(p: Path) -> str:
    """A file's UTF-8 text, or an EvalError saying plainly why not."""
    try:
        return read_bytes(p, EvalError, limit=None).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EvalError(f"{p}: not UTF-8 text") from None


def load_jsonl(path: str | Path) -> list[dict]:
    """Read an eval set. Raises EvalError on a missing file or a bad line."""
    p = Path(path)
    lines = _read_text(p).splitlines()
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{p}:{n}: not JSON ({_where(exc, f'column {exc.colno}')})") from None
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or not item["question"].strip() \
                or not isinstance(item.get("answerable"), bool):
            raise EvalError(f"{p}:{n}: an eval item needs \"question\" (text) and \"answerable\" (true/false)")
        for key in ("answers", "evidence"):
            value = item.setdefault(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise EvalError(f"{p}:{n}: \"{key}\" must be a list of strings")
        item["id"] = str(item.get("id", f"line {n}"))  # optional: an item is named by its line
        items.append(item)
    if not items:
        raise EvalError(f"{p}: no questions")
    return items


@dataclass
class Outcome:
    """One question's result: whether the top sentence was right, and the figures behind it."""

    id: str
    answerable: bool
    abstained: bool
    correct_sentence: bool
    rank: int | None
    confidence: float
    latency_ms: float
    em: float = 0.0
    f1: float = 0.0
    contained: bool = False
    passage_rank: int | None = None
    typed: bool = True  # the gold answer is a short span (a name, date, number), not a reason or description


def _timed(question: str, corpus: Corpus) -> tuple[Answer, float]:
    t0 = time.perf_counter()
    a = answer(question, corpus)
    return a, (time.perf_counter() - t0) * 1000


def _passage_rank(question: str, corpus: Corpus, is_gold: Callable[[Passage], bool], k: int = 5) -> int | None:
    for h in corpus.retriever.search(terms(question), k=k):
        if is_gold(h.passage):
            return h.rank + 1
    return None


def holds_evidence(text: str, evidence: Iterable[str]) -> bool:
    """Whether a sentence's text contains one of the evidence strings, each as written or
    without a leading news dateline ("PORTLAND, Maine (AP) — "), which the sentence splitter
    makes a unit of its own (``qa.sentences.DATELINE``)."""
    for ev in evidence:
        dateline = DATELINE.match(ev)
        if ev in text or dateline is not None and ev[dateline.end():] in text:
            return True
    return False


def lost_evidence(items: list[dict], corpus: Corpus) -> list[str]:
    """The ids of the answerable items with evidence that stands in no sentence of the
    corpus (a typo, or the wrong corpus)."""
    texts = [s.text for s in corpus.all_sentences()]
    return [it["id"] for it in items if it["answerable"] and it["evidence"]
            and not any(holds_evidence(t, it["evidence"]) for t in texts)]


def set_warnings(items: list[dict], corpus: Corpus, lost: list[str] | None = None) -> list[str]:
    """One-line warnings about an eval set that would score quietly wrong: answerable items
    whose evidence stands in no sentence of the corpus (``lost_evidence``, or ``lost`` when
    already found), with no evidence, with evidence but no answers, unanswerable items with answers, and
    repeated ids."""
    out = []
    lost = lost_evidence(items, corpus) if lost is None else lost
    bare = [it["id"] for it in items if it["answerable"] and not it["evidence"]]
    unscored = [it["id"] for it in items if it["answerable"] and it["evidence"] and not it["answers"]]
    odd = [it["id"] for it in items if not it["answerable"] and (it["answers"] or it["evidence"])]
    repeated = sorted(str(i) for i, n in Counter(it["id"] for it in items).items() if n > 1)
    for found, what in ((lost, "evidence found in no sentence of the corpus (scored as misses)"),
                        (bare, "answerable but without evidence (never scored right)"),
                        (unscored, "answerable but without answers (no short answer scored)"),
                        (odd, "unanswerable but with answers or evidence"), (repeated, "ids used more than once")):
        if found:
            shown = ", ".join(map(str, found[:5])) + (", ..." if len(found) > 5 else "")
            out.append(f"{len(found)} item{'s' if len(found) > 1 else ''}: {what} ({shown})")
    return out


def run_brief(items: list[dict], corpus: Corpus) -> list[Outcome]:
    """Ask every item of a brief-format set against ``corpus``."""
    out: list[Outcome] = []
    for it in items:
        a, ms = _timed(it["question"], corpus)
        evidence = it.get("evidence", [])
        gold = {(s.doc, s.index) for s in corpus.all_sentences() if holds_evidence(s.text, evidence)}

        def holds_gold(p: Passage, gold: set[tuple[str, int]] = gold) -> bool:
            return any((s.doc, s.index) in gold for s in p.sentences)

        ranks = [i + 1 for i, c in enumerate(a.citations) if (c.doc, c.sentence) in gold]
        rank = ranks[0] if ranks and not a.abstained else None
        answers = it.get("answers", [])
        out.append(Outcome(
            id=str(it.get("id", len(out))), answerable=bool(it["answerable"]), abstained=a.abstained,
            correct_sentence=rank == 1, rank=rank, confidence=a.confidence, latency_ms=ms,
            em=_best(exact_match, a.short_answer, answers), f1=_best(f1_score, a.short_answer, answers),
            typed=it.get("type", "ENTITY") not in UNTYPED,
            contained=not a.abstained and any(g.casefold() in a.text.casefold() for g in answers),
            passage_rank=_passage_rank(it["question"], corpus, holds_gold),
        ))
    return out


def _where(exc: json.JSONDecodeError, place: str) -> str:
    """The JSON error and where it is: "Expecting value at line 1 column 2" (the decoder's
    message may end in "at" already: "Unterminated string starting at")."""
    return f"{exc.msg} {place}" if exc.msg.endswith(" at") else f"{exc.msg} at {place}"


def load_squad(path: str | Path) -> list[tuple[Corpus, list[dict]]]:
    """Read a SQuAD v2.0 file: one (corpus, questions) pair per article.

    Each question dict has ``question``, ``answerable``, ``answers`` (texts)
    and ``spans`` ((start, end) offsets into the article's joined text).
    """
    p = Path(path)
    text = _read_text(p)
    try:
        return _squad_articles(json.loads(text)["data"])
    except json.JSONDecodeError as exc:
        raise EvalError(f"{p}: not JSON ({_where(exc, f'line {exc.lineno} column {exc.colno}')})") from None
    except (KeyError, TypeError, AttributeError, IndexError):
        raise EvalError(f"{p}: not a SQuAD v2.0 file (expected {{\"data\": [{{\"paragraphs\": "
                        f"[{{\"context\": ..., \"qas\": [...]}}]}}]}})") from None
    except EvalError as exc:
        raise EvalError(f"{p}: {exc}") from None


def _squad_articles(data: list[dict]) -> list[tuple[Corpus, list[dict]]]:
    out = []
    for n, article in enumerate(data):
        text, qs = "", []
        for para in article["paragraphs"]:
            base = len(text) + (2 if text else 0)
            text = text + "\n\n" + para["context"] if text else para["context"]
            for qa_ in para["qas"]:
                golds = [(g["text"], base + g["answer_start"]) for g in qa_.get("answers", [])]
                qs.append({"id": qa_["id"], "question": qa_["question"],
                           "answerable": not qa_.get("is_impossible", False) and bool(golds),
                           "answers": [g for g, _ in golds],
                           "spans": [(s, s + len(g)) for g, s in golds]})
        name = re.sub(r"\W+", "_", article.get("title", f"article{n}"))
        out.append((Corpus.from_text(text, name=name), qs))
    if not out:
        raise EvalError("no articles")
    return out


def run_squad(path: str | Path) -> tuple[list[Outcome], list[Outcome]]:
    """Ask every question of a SQuAD v2.0 file: (rule-based outcomes, BM25 baseline outcomes)."""
    ours, base = [], []
    for corpus, qs in load_squad(path):
        sentences = corpus.all_sentences()
        baseline = Retriever([Passage(f"{s.doc}#{s.index}", s.doc, (s,)) for s in sentences], corpus.terms_of)
        for q in qs:
            a, ms = _timed(q["question"], corpus)

            def right(start: int, end: int, q: dict = q) -> bool:
                return any(start <= s and e <= end for s, e in q["spans"])

            top = a.citations[0] if a.citations and not a.abstained else None
            ranks = [i + 1 for i, c in enumerate(a.citations) if right(c.start, c.end)]
            ours.append(Outcome(
                id=q["id"], answerable=q["answerable"], abstained=a.abstained,
                correct_sentence=bool(top and right(top.start, top.end)),
                rank=ranks[0] if ranks and not a.abstained else None, confidence=a.confidence,
                latency_ms=ms, em=_best(exact_match, a.short_answer, q["answers"]),
                f1=_best(f1_score, a.short_answer, q["answers"])))
            t0 = time.perf_counter()
            hit = baseline.search(terms(q["question"]), k=1)[0]
            bms = (time.perf_counter() - t0) * 1000
            s = hit.passage.sentences[0]
            base.append(Outcome(id=q["id"], answerable=q["answerable"], abstained=False,
                                correct_sentence=right(s.start, s.end), rank=None, confidence=1.0,
                                latency_ms=bms))
    return ours, base


def _share(xs: list[bool]) -> float:
    return float(np.mean(xs)) if xs else 0.0


def summarize(outcomes: list[Outcome], *, squad: bool = False, short: bool = True) -> dict[str, float | None]:
    """The metrics of a run (see the module docstring), as a flat dict; None where a metric
    does not apply (``short=False``: a system that gives no short answers)."""
    ans = [o for o in outcomes if o.answerable]
    una = [o for o in outcomes if not o.answerable]
    abst = [o for o in outcomes if o.abstained]
    lat = np.array([o.latency_ms for o in outcomes]) if outcomes else np.zeros(1)
    m: dict[str, float | None] = {"questions": len(outcomes), "answerable": len(ans), "unanswerable": len(una)}
    if not squad:
        for k in (1, 3, 5):
            m[f"passage_recall@{k}"] = _share([o.passage_rank is not None and o.passage_rank <= k for o in ans])
    m["sentence_accuracy@1"] = _share([o.correct_sentence and not o.abstained for o in ans])
    if not squad:
        m["mrr"] = float(np.mean([1.0 / o.rank if o.rank else 0.0 for o in ans])) if ans else 0.0
        m["answer_containment"] = _share([o.contained for o in ans])
    typed = [o for o in ans if o.typed]
    m["short_answer_em"] = float(np.mean([o.em for o in ans])) if ans and short else None
    m["short_answer_f1"] = float(np.mean([o.f1 for o in ans])) if ans and short else None
    m["short_answer_correct"] = _share([o.f1 >= 0.5 for o in typed]) if typed and short else None
    m["abstention_precision"] = _share([not o.answerable for o in abst]) if abst else None  # undefined
    m["abstention_recall"] = _share([o.abstained for o in una])
    m["false_abstention"] = _share([o.abstained for o in ans])
    m["overall_accuracy"] = _share([(o.answerable and o.correct_sentence and not o.abstained)
                                    or (not o.answerable and o.abstained) for o in outcomes])
    m["latency_p50_ms"] = float(np.percentile(lat, 50))
    m["latency_p95_ms"] = float(np.percentile(lat, 95))
    return m


def reliability(outcomes: list[Outcome], buckets: int = 5) -> list[dict[str, str | int | float]]:
    """Accuracy per confidence bucket: a question is right when it abstained on an
    unanswerable one, or answered an answerable one with the right top sentence."""
    rows: list[dict[str, str | int | float]] = []
    for b in range(buckets):
        lo, hi = b / buckets, (b + 1) / buckets
        sel = [o for o in outcomes if lo <= o.confidence < hi or (b == buckets - 1 and o.confidence == 1.0)]
        right = [(o.abstained and not o.answerable) or (not o.abstained and o.answerable and o.correct_sentence)
                 for o in sel]
        rows.append({"bucket": f"{lo:.1f}-{hi:.1f}", "n": len(sel), "accuracy": _share(right)})
    return rows


def _cell(v: float | None) -> str:
    if v is None:
        return f"{'n/a':>8}"
    return f"{v:8d}" if isinstance(v, int) else f"{v:8.3f}"


def format_table(metrics: dict[str, float | None], title: str,
                 baseline: dict[str, float | None] | None = None) -> str:
    """A plain-text table of metrics (and a baseline column, if given); None shows as n/a."""
    lines = [title, "-" * len(title), "(each metric is explained in README.md, section Evaluation)"]
    width = max(len(k) for k in metrics)
    head = f"{'metric':<{width}}  {'qa':>8}" + (f"  {'bm25':>8}" if baseline else "")
    lines.append(head)
    for k, v in metrics.items():
        row = f"{k:<{width}}  {_cell(v)}"
        if baseline is not None:
            row += f"  {_cell(baseline.get(k))}"
        lines.append(row)
    return "\n".join(lines)
