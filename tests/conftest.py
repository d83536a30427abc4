"""Shared fixtures: the shipped brief, as a corpus and as its one document."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa import Corpus, Document

ROOT = Path(__file__).resolve().parent.parent
BRIEF_NAME = "us-china-rare-earths-2025-09-23"
BRIEF_PATH = ROOT / "corpus" / f"{BRIEF_NAME}.txt"
EVAL_PATH = ROOT / "eval" / "brief.jsonl"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The shipped brief, built once (``Corpus.default()`` caches it per process)."""
    return Corpus.default()


@pytest.fixture(scope="session")
def doc(corpus: Corpus) -> Document:
    return corpus.documents[BRIEF_NAME]


@pytest.fixture(scope="session")
def sents(corpus: Corpus) -> list:
    return corpus.sentences[BRIEF_NAME]
