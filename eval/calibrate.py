"""Fit the answerer's confidence model (logistic regression, numpy only) and print its coefficients.

Run: ``python eval/calibrate.py [SQUAD_FILE]``. For every question of the brief's eval set
and of the SQuAD v2.0 file, the label is 1 when the question is answerable and the top
ranked sentence holds the answer (gold evidence or gold span), else 0; the features are
``qa.answerer.confidence_features`` of the top candidate. Paste the printed coefficients
into ``CONFIDENCE_COEF`` / ``CONFIDENCE_INTERCEPT`` in qa/answerer.py.
"""

from __future__ import annotations

import sys

import numpy as np

from qa.answerer import CONFIDENCE_FEATURES, confidence_features, rank
from qa.corpus import Corpus
from qa.evaluate import default_eval_path, load_jsonl, load_squad

SQUAD = "../shared/data/squad2-dev-normans-complexity.json"


def rows() -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    brief = Corpus.default()
    for it in load_jsonl(default_eval_path()):
        q, c = rank(it["question"], brief)
        xs.append(confidence_features(q, c[0], c[1] if len(c) > 1 else None))
        ys.append(float(it["answerable"] and any(ev in c[0].sentence.text for ev in it["evidence"])))
    for corpus, items in load_squad(sys.argv[1] if len(sys.argv) > 1 else SQUAD):
        for it in items:
            q, c = rank(it["question"], corpus)
            s = c[0].sentence
            xs.append(confidence_features(q, c[0], c[1] if len(c) > 1 else None))
            ys.append(float(it["answerable"] and any(s.start <= a and b <= s.end for a, b in it["spans"])))
    return np.array(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 5000, lr: float = 0.5) -> np.ndarray:
    """Gradient descent on the L2-regularized log loss; returns [intercept, coef...]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]]
        w -= lr * grad
    return w


def main() -> None:
    x, y = rows()
    w = fit(x, y)
    p = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    print(f"n={len(y)} positives={int(y.sum())} log loss={-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)):.3f}")
    print("CONFIDENCE_FEATURES =", CONFIDENCE_FEATURES)
    print("CONFIDENCE_COEF =", tuple(round(float(v), 3) for v in w[1:]))
    print("CONFIDENCE_INTERCEPT =", round(float(w[0]), 3))
    for lo in np.arange(0, 1, 0.2):
        sel = (p >= lo) & (p < lo + 0.2)
        rate = y[sel].mean() if sel.any() else 0.0
        print(f"  p in [{lo:.1f}, {lo + 0.2:.1f}): n={int(sel.sum()):4d}  positive rate {rate:.3f}")


if __name__ == "__main__":
    main()
