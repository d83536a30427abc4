"""The public API: qa.answer, Corpus, Answer, Citation, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa
from qa import Answer, Citation, Corpus, answer

EVAL_PATH = Path(__file__).resolve().parent.parent / "eval" / "brief.jsonl"
EVAL_QUESTIONS = [json.loads(line)["question"] for line in EVAL_PATH.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
ABSTAIN = "The brief does not say."


def test_public_names():
    assert qa.answer is answer
    assert qa.Corpus is Corpus
    assert issubclass(qa.QuestionError, ValueError)
    assert issubclass(qa.CorpusError, ValueError)
    assert qa.__version__ == "0.1.0"
    for name in ("Answer", "Citation", "Corpus", "CorpusError", "QuestionError", "answer"):
        assert name in qa.__all__


def test_us_ambassador(corpus):
    a = answer("Who is the U.S. ambassador to China?")
    assert not a.abstained
    top = a.citations[0]
    assert "David Perdue" in top.text
    assert top.sentence == 26
    assert corpus.documents[top.doc].text[top.start:top.end] == top.text
    assert a.short_answer is not None and "Perdue" in a.short_answer
    assert "David Perdue" in a.text


def test_house_delegation_leader(corpus):
    a = answer("Who is leading the House delegation to China?")
    assert isinstance(a, Answer)
    assert not a.abstained
    top = a.citations[0]
    assert isinstance(top, Citation)
    assert "Smith is leading" in top.text or "Adam Smith" in top.text
    assert top.sentence == 11
    assert top.text == "Smith is leading the first official U.S. House delegation to China since 2019."
    assert (top.start, top.end) == (912, 990)
    assert a.short_answer is not None and "Smith" in a.short_answer
    assert "Smith is leading" in a.text


def test_dog_question_has_no_answer_in_the_brief():
    a = answer("What did the dog chase?")
    assert a.abstained
    assert a.text == ABSTAIN
    assert a.short_answer is None


@pytest.mark.parametrize("question", EVAL_QUESTIONS)
def test_every_citation_points_into_the_source(corpus, question):
    a = answer(question)
    assert a.question == question
    assert 0.0 <= a.confidence <= 1.0
    assert isinstance(a.abstained, bool)
    assert a.text
    assert len(a.citations) <= 3
    if a.abstained:
        assert a.text == ABSTAIN
        assert a.short_answer is None
    else:
        assert a.citations
    seen = set()
    for c in a.citations:
        doc = corpus.documents[c.doc]
        assert doc.text[c.start:c.end] == c.text
        s = corpus.sentences[c.doc][c.sentence]
        assert (s.index, s.start, s.end, s.text) == (c.sentence, c.start, c.end, c.text)
        assert (c.doc, c.sentence) not in seen  # no sentence cited twice
        seen.add((c.doc, c.sentence))


def test_eval_file_is_read_whole():
    assert len(EVAL_QUESTIONS) == 76


def test_top_limits_citations():
    a = answer("Who is leading the House delegation to China?", top=1)
    assert len(a.citations) == 1
    assert a.citations[0].sentence == 11


def test_to_dict_is_json_ready():
    a = answer("Who is leading the House delegation to China?")
    d = a.to_dict()
    for key in ("question", "text", "short_answer", "abstained", "confidence", "citations"):
        assert key in d
    back = json.loads(json.dumps(d))
    assert back["question"] == "Who is leading the House delegation to China?"
    assert back["abstained"] is False
    assert 0.0 <= back["confidence"] <= 1.0
    assert back["text"] == a.text
    assert back["short_answer"] == a.short_answer
    c0 = back["citations"][0]
    assert set(c0) == {"doc", "sentence", "start", "end", "text", "score"}
    assert (c0["doc"], c0["sentence"], c0["start"], c0["end"]) == ("us-china-rare-earths-2025-09-23", 11, 912, 990)
    assert "candidates" not in back["details"] and back["details"]["wh"] == "who"  # the debug ranking stays out
    full = a.to_dict(candidates=True)["details"]["candidates"]
    assert (full[0]["doc"], full[0]["sentence"]) == ("us-china-rare-earths-2025-09-23", 11)


def test_abstained_to_dict_is_json_ready():
    d = answer("What is the capital of Peru?").to_dict()
    back = json.loads(json.dumps(d))
    assert back["abstained"] is True
    assert back["text"] == ABSTAIN
    assert back["short_answer"] is None


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_empty_question_raises(question):
    with pytest.raises(qa.QuestionError):
        answer(question)


def test_too_long_question_raises():
    with pytest.raises(qa.QuestionError):
        answer("Who is the ambassador? " * 218)  # > 5000 characters
    with pytest.raises(qa.QuestionError):
        answer("x" * 5000)


def test_question_at_the_limit_is_accepted():
    a = answer("dog " * 249 + "cat")  # 999 characters
    assert isinstance(a, Answer)


def test_non_string_question_raises():
    with pytest.raises(qa.QuestionError):
        answer(None)  # type: ignore[arg-type]


def test_peru_abstains():
    a = answer("What is the capital of Peru?")
    assert a.abstained
    assert a.text == ABSTAIN
    assert a.short_answer is None
    assert 0.0 <= a.confidence <= 1.0


def test_function_words_only_abstains():
    a = answer("What is the of?")
    assert a.abstained
    assert a.text == ABSTAIN
    assert a.short_answer is None


# --- corpora from paths ------------------------------------------------------------------------------------------


def test_missing_path_raises(tmp_path):
    with pytest.raises(qa.CorpusError):
        Corpus.from_path(tmp_path / "no-such-file.txt")


def test_empty_file_raises(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    with pytest.raises(qa.CorpusError):
        Corpus.from_path(p)


def test_whitespace_only_file_raises(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text(" \n\n\t\n", encoding="utf-8")
    with pytest.raises(qa.CorpusError):
        Corpus.from_path(p)


def test_binary_file_raises(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"Some text\x00\x01\x02 then more text.")
    with pytest.raises(qa.CorpusError, match="binary"):
        Corpus.from_path(p)


def test_non_utf8_file_raises(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\u00e9 au lait. Cr\u00e8me br\u00fbl\u00e9e.".encode("latin-1"))
    with pytest.raises(qa.CorpusError, match="UTF-8"):
        Corpus.from_path(p)


def test_empty_folder_raises(tmp_path):
    with pytest.raises(qa.CorpusError):
        Corpus.from_path(tmp_path)


def test_a_folder_of_unreadable_files_names_the_file_that_failed(tmp_path):
    (tmp_path / "ls.txt").write_bytes(b"\x7fELF\x00\x01\x02 binary")
    with pytest.raises(qa.CorpusError, match=r"no text to answer from; skipped .*ls\.txt: looks binary"):
        Corpus.from_path(tmp_path)


def test_from_text_empty_raises():
    with pytest.raises(qa.CorpusError):
        Corpus.from_text("  \n ")


def test_folder_skips_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text("The dog chased a red ball in the park. The cat slept.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "ignored.bin").write_bytes(b"not read at all")
    c = Corpus.from_path(tmp_path)
    assert list(c.documents) == ["good"]
    assert len(c.skipped) == 2
    assert "bad.txt" in c.skipped[0]
    assert c.skipped[1] == "1 file not .txt/.md: ignored.bin"  # named, not read
    a = answer("What did the dog chase?", c)
    assert not a.abstained
    assert a.citations[0].doc == "good"
    assert a.citations[0].text == "The dog chased a red ball in the park."


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffThe dog chased a red ball.".encode())
    c = Corpus.from_path(p)
    assert c.documents["bom"].text == "The dog chased a red ball."
    assert c.sentences["bom"][0].start == 0


def test_answer_from_a_file_corpus_has_valid_offsets(tmp_path):
    text = "Zebra facts\n\nThe zebra lives in Africa. Its stripes are black and white.\n"
    p = tmp_path / "zebra.md"
    p.write_text(text, encoding="utf-8")
    c = Corpus.from_path(p)
    a = answer("Where does the zebra live?", c)
    assert a.citations
    for cit in a.citations:
        assert text[cit.start:cit.end] == cit.text
    assert "The zebra lives in Africa." in [cit.text for cit in a.citations]


def test_a_path_may_stand_for_the_corpus(tmp_path):
    (tmp_path / "s.txt").write_text("Mayor Ellen Park opened the bridge on Monday.", encoding="utf-8")
    assert answer("Who opened the bridge?", str(tmp_path)).short_answer == "Ellen Park"
    assert answer("Who opened the bridge?", tmp_path / "s.txt").short_answer == "Ellen Park"


@pytest.mark.parametrize("top", [0, -2, 51, True, 2.5])
def test_top_out_of_range_is_refused(top):
    with pytest.raises(ValueError, match="top must be a whole number from 1 to 50"):
        answer("Who leads the delegation?", top=top)


def test_a_corpus_of_the_wrong_type_is_refused():
    with pytest.raises(TypeError, match="corpus must be a Corpus or a path"):
        answer("Who leads the delegation?", 5)  # type: ignore[arg-type]


def test_files_sharing_a_name_are_all_read(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text("Widgetco was founded by Ann Lee.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bob sells bikes.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Cats purr.", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    assert sorted(corpus.documents) == ["a.md", "a.txt", "sub/a.txt"]
    assert answer("Who founded Widgetco?", corpus).short_answer == "Ann Lee"


def test_a_corpus_is_freed_after_questions_were_asked_of_it():
    import gc
    import weakref

    corpus = Corpus.from_text("Mayor Ellen Park opened the bridge on Monday.", name="m")
    answer("Who opened the bridge?", corpus)
    ref = weakref.ref(corpus)
    del corpus
    gc.collect()
    assert ref() is None


def test_one_long_line_without_sentence_ends_is_cut_into_bounded_sentences():
    from qa.sentences import MAX_SENTENCE_CHARS

    text = " ".join(["word"] * 5000) + " Smith led the trip"
    corpus = Corpus.from_text(text, name="long")
    sents = corpus.sentences["long"]
    assert max(len(s.text) for s in sents) <= MAX_SENTENCE_CHARS
    assert all(text[s.start:s.end] == s.text for s in sents)


@pytest.mark.parametrize("text", [None, b"bytes"])
def test_from_text_needs_a_string(text):
    with pytest.raises(qa.CorpusError, match="text must be a string"):
        Corpus.from_text(text)  # type: ignore[arg-type]


def test_invisible_and_control_characters_do_not_change_the_question():
    plain = answer("Who is the U.S. ambassador to China?")
    for odd in ("Who is the U.S.\u200b ambassador to China?", "Who is the U.S. ambassador\x1b[2J to China?"):
        assert answer(odd).short_answer == plain.short_answer == "David Perdue"


def test_unrelated_sentences_are_not_cited():
    a = answer("Who is the U.S. ambassador to China?", top=10)
    assert all(c.score > 0 for c in a.citations)


def test_a_folder_corpus_skips_hidden_folders(tmp_path) -> None:
    from qa import Corpus
    (tmp_path / "story.txt").write_text("The council approved the plan on Monday.", encoding="utf-8")
    hidden = tmp_path / ".venv" / "lib"
    hidden.mkdir(parents=True)
    (hidden / "LICENSE.txt").write_text("Permission is hereby granted, free of charge.", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    assert list(corpus.documents) == ["story"]


def test_decomposed_accents_are_composed_in_text_and_question() -> None:
    # break-it trial 51: "Iba" + U+0301 + "n" + U+0303 + "ez" was read as the word "Iba"
    import unicodedata

    from qa import Corpus, answer
    text = unicodedata.normalize("NFD", "The lottery operator said Tomás Ibáñez collected the prize on Monday.")
    corpus = Corpus.from_text(text, name="t")
    assert corpus.documents["t"].text == unicodedata.normalize("NFC", text)
    a = answer(unicodedata.normalize("NFD", "When did Tomás Ibáñez collect the prize?"), corpus)
    assert a.short_answer == "Monday"
    c = a.citations[0]
    assert corpus.documents["t"].text[c.start:c.end] == c.text
    assert answer("Who collected the prize?", corpus).short_answer == "Tomás Ibáñez"
