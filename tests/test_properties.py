"""Properties that hold for any text and any question (hypothesis): no crash, exact offsets."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa import Chat, Corpus, CorpusError, QuestionError, answer

# Pieces of news text that stress the segmenter and the rules: abbreviations, quotes,
# a glued period, metadata lines, numbers, money, blank lines.
PIECES = ("The U.S. Mr. Smith said “quote” he it they 1,000 $5 20% June 2019 Corp. Ltd. Beijing.The . , ? ! - — "
          "( ) By: 2025/09/23 19:40 date 2025-09-23 who what when where why how many much WASHINGTON").split(" ")
TEXT = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
                 st.lists(st.sampled_from([*PIECES, "\n", "\n\n", " "]), max_size=80).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXT, TEXT)
def test_any_text_and_question(text: str, question: str) -> None:
    try:
        corpus = Corpus.from_text(text, name="t")
    except CorpusError:
        assert not text.strip()  # only an empty text is refused
        return
    # the document holds the text with its accents composed (NFC); offsets are into that
    assert corpus.documents["t"].text == unicodedata.normalize("NFC", text)
    text = corpus.documents["t"].text
    for s in corpus.all_sentences():
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() != ""
    try:
        a = answer(question, corpus)
    except QuestionError:
        visible = "".join(ch for ch in question if ch.isprintable() or ch.isspace()).strip()
        # nothing to read (no word: "???"), or too long
        assert not re.search(r"\w", visible) or len(question.strip()) > 1000
        return
    assert all(text[c.start:c.end] == c.text for c in a.citations)
    assert 0.0 <= a.confidence <= 1.0
    assert a.abstained == (a.text == "The brief does not say.")
    chat = Chat(corpus)
    for follow_up in (question, "And he?", "When?", "Who said that?", "What did they do there then?"):
        assert all(text[c.start:c.end] == c.text for c in chat.ask(follow_up).citations)
