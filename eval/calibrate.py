"""Fit the answerer's confidence and print the constants to paste into qa/answerer.py
(CONFIDENCE_*) and qa/abstention.py (ABSTAIN_PRECISION).

Run: ``python eval/calibrate.py [SQUAD_FILE]`` (default: the SQuAD 2.0 dev file in
../shared/data). Over the brief's eval set, the news set (``eval/news``) and the SQuAD v2.0
file together, with the development held-out sets (``DEVELOPMENT``):

* for the questions the answerer answers, a logistic regression (numpy, L2,
  gradient descent) of "the top sentence holds the answer" on
  ``qa.answerer.confidence_features`` → CONFIDENCE_COEF / CONFIDENCE_INTERCEPT;
* for the questions it abstains on, per kind of reason, the share that were
  indeed unanswerable (add-one smoothed) → ABSTAIN_PRECISION.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from qa.abstention import abstain_reason
from qa.answerer import CONFIDENCE_FEATURES, confidence_features
from qa.corpus import Corpus
from qa.evaluate import default_eval_path, load_jsonl, load_squad
from qa.facts import facts_for
from qa.scorer import rank
from qa.types import Sentence

SQUAD = "../shared/data/squad2-dev-normans-complexity.json"
NEWS = Path(__file__).parent / "news"
HELDOUT = Path(__file__).parent / "heldout"
#: The held-out sets whose failures were read (development sets, ``eval/heldout/README.md``): news text like the
#: product's, so that an abstention's confidence is not SQuAD's alone. The unread and sealed sets stay out.
DEVELOPMENT = ("80", "81", "82", "83", "87", "89", "90", "93", "98", "102")


def questions() -> Iterator[tuple[Corpus, str, bool, Callable[[Sentence], bool]]]:
    """(corpus, question, answerable, is_gold_sentence) for every dev question."""
    news_like = [(Corpus.default(), default_eval_path()), (Corpus.from_path(NEWS / "corpus"), NEWS / "questions.jsonl")]
    news_like += [(Corpus.from_path(HELDOUT / n / "corpus"), HELDOUT / n / "questions.jsonl") for n in DEVELOPMENT]
    for corpus, path in news_like:
        for it in load_jsonl(path):
            yield corpus, it["question"], bool(it["answerable"]), \
                lambda s, ev=it["evidence"]: any(e in s.text for e in ev)
    for corpus, items in load_squad(sys.argv[1] if len(sys.argv) > 1 else SQUAD):
        for it in items:
            yield corpus, it["question"], it["answerable"], \
                lambda s, sp=it["spans"]: any(s.start <= a and b <= s.end for a, b in sp)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 5000, lr: float = 0.5) -> np.ndarray:
    """Gradient descent on the L2-regularized log loss; returns [intercept, coef...]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        w -= lr * (xb.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]])
    return w


def main() -> None:
    xs, ys = [], []
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [unanswerable, total]
    for corpus, question, answerable, gold in questions():
        q, cands = rank(question, corpus)
        if not cands:
            continue
        reason = abstain_reason(q, cands[0], corpus, facts_for(corpus))
        if reason:
            kinds[reason[0]][0] += not answerable
            kinds[reason[0]][1] += 1
        else:
            xs.append(confidence_features(q, cands[0], cands[1] if len(cands) > 1 else None))
            ys.append(float(answerable and gold(cands[0].sentence)))
    x, y = np.array(xs), np.array(ys)
    w = fit(x, y)
    p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    print(f"answered: n={len(y)}, right={int(y.sum())}")
    print("CONFIDENCE_FEATURES =", CONFIDENCE_FEATURES)
    print("CONFIDENCE_COEF =", tuple(round(float(v), 3) for v in w[1:]))
    print("CONFIDENCE_INTERCEPT =", round(float(w[0]), 3))
    for lo in np.arange(0, 1, 0.2):
        sel = (p >= lo) & (p < lo + 0.2)
        rate = y[sel].mean() if sel.any() else 0.0
        print(f"  p in [{lo:.1f}, {lo + 0.2:.1f}): n={int(sel.sum()):4d}  right {rate:.3f}")
    precision = {k: round((u + 1) / (n + 2), 3) for k, (u, n) in sorted(kinds.items())}
    print("abstentions (unanswerable / all):", {k: tuple(v) for k, v in sorted(kinds.items())})
    print("ABSTAIN_PRECISION =", precision)


if __name__ == "__main__":
    main()
