"""Benchmark: corpus build time, per-question latency and peak memory.

Run: ``python eval/bench.py [--squad FILE]``. Prints figures; asserts nothing.
Latency is wall-clock per ``qa.answer`` call, after one warm-up pass.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc

import numpy as np

from qa import Corpus, answer
from qa.chunks import pos_tags
from qa.corpus import default_corpus_path
from qa.evaluate import default_eval_path, load_squad


def _latencies(questions: list[str], corpus: Corpus, repeat: int = 5) -> np.ndarray:
    for q in questions:
        answer(q, corpus)
    out = []
    for _ in range(repeat):
        for q in questions:
            t0 = time.perf_counter()
            answer(q, corpus)
            out.append((time.perf_counter() - t0) * 1000)
    return np.array(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--squad", help="also time a SQuAD v2.0 file's articles")
    args = ap.parse_args()
    t0 = time.perf_counter()
    pos_tags("The tagger loads on first use.")  # timed alone: tracemalloc would slow its import tenfold
    tagger = (time.perf_counter() - t0) * 1000
    tracemalloc.start()
    t0 = time.perf_counter()
    corpus = Corpus.from_path(default_corpus_path())
    answer("warm up", corpus)
    build = (time.perf_counter() - t0) * 1000
    qs = [json.loads(line)["question"] for line in default_eval_path().read_text().splitlines() if line.strip()]
    for q in qs:
        answer(q, corpus)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()  # it slows every allocation: time without it
    lat = _latencies(qs, corpus)
    print(f"brief: {corpus!r}")
    print(f"  corpus build + first answer: {build:.1f} ms")
    print(f"  part-of-speech tagger load (first phrase answer only): {tagger:.1f} ms")
    print(f"  {len(lat)} answers: p50 {np.percentile(lat, 50):.2f} ms, p95 {np.percentile(lat, 95):.2f} ms, "
          f"max {lat.max():.2f} ms")
    print(f"  peak traced memory (build + one pass of answers, tagger already loaded): {peak:.1f} MiB")
    print(f"  process peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if args.squad:
        for c, items in load_squad(args.squad):
            lat = _latencies([it["question"] for it in items], c, repeat=1)
            print(f"squad {c!r}: p50 {np.percentile(lat, 50):.2f} ms, p95 {np.percentile(lat, 95):.2f} ms")


if __name__ == "__main__":
    main()
