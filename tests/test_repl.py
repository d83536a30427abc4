"""The REPL: run_repl driven through prompt-toolkit's pipe input, and Session's commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from platformdirs import user_data_dir
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import qa.repl
from qa.chat import Chat
from qa.repl import Session, history_path, open_history, run_repl

DOC = "us-china-rare-earths-2025-09-23"
SMITH = "Who is leading the House delegation to China?"
SMITH_SENTENCE = "Smith is leading the first official U.S. House delegation to China since 2019."
CITE_11 = f"[1] {DOC}, sentence 11"
HELP_QUIT = "leave (also quit, exit, or Ctrl-D on an empty line)"  # the :quit line of :help


@pytest.fixture
def printed(monkeypatch) -> list[str]:
    """Everything run_repl prints, as plain text (print_formatted_text is replaced by a collector)."""
    out: list[str] = []

    def collect(ft, *args, **kwargs) -> None:
        out.append("".join(frag[1] for frag in ft))

    monkeypatch.setattr(qa.repl, "print_formatted_text", collect)
    return out


def repl(keys: str, *, color: bool = True, chat: Chat | None = None) -> int:
    """Run the REPL on ``keys``; the pipe is closed after them, so the loop always ends (EOF)."""
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        return run_repl(chat or Chat(), color=color, input=inp, output=DummyOutput(), history=InMemoryHistory())


@pytest.fixture
def session() -> tuple[Session, list[str]]:
    out: list[str] = []
    s = Session(Chat(), lambda ft: out.append("".join(frag[1] for frag in ft)), lambda: 80)
    return s, out


# --- run_repl ----------------------------------------------------------------------------------------------------


def test_a_pasted_block_of_questions_is_answered_line_by_line(printed):
    # third break-it trial: a bracketed paste of three lines was asked as one question
    paste = f"\x1b[200~{SMITH}\nWhen did the 2024 law pass?\n:quit\nWho is Zhao Leji?\x1b[201~\r"
    assert repl(paste) == 0
    text = "".join(printed)
    assert f"qa> {SMITH}" in text and CITE_11 in text  # each line echoed before its answer
    assert "qa> When did the 2024 law pass?" in text
    assert "Zhao Leji" not in text  # ":quit" left before the line after it


def test_question_then_quit(printed):
    assert repl(f"{SMITH}\r:quit\r:help\r") == 0
    text = "".join(printed)
    assert printed[0].startswith("qa: ask ")
    assert "Ctrl-D to leave" in printed[0]
    assert CITE_11 in text
    assert "Smith is leading the first official U.S. House delegation" in text
    assert HELP_QUIT not in text  # :quit left before :help was read


def test_question_then_quit_without_color(printed):
    assert repl(f"{SMITH}\r:quit\r", color=False) == 0
    assert CITE_11 in "".join(printed)


def test_ctrl_d_leaves(printed):
    assert repl("\x04:help\r") == 0
    text = "".join(printed)
    assert len(printed) == 1  # only the greeting
    assert HELP_QUIT not in text


def test_ctrl_d_after_a_question(printed):
    assert repl(f"{SMITH}\r\x04:help\r") == 0
    text = "".join(printed)
    assert CITE_11 in text
    assert HELP_QUIT not in text


def test_ctrl_c_then_a_question_still_works(printed):
    chat = Chat()
    assert repl(f"Who is\x03{SMITH}\r:quit\r", chat=chat) == 0
    assert CITE_11 in "".join(printed)
    assert [a.question for a in chat.history] == [SMITH]  # Ctrl-C cleared the half-typed line


def test_history_records_questions_in_order(printed):
    chat = Chat()
    assert repl(f"{SMITH}\rWhat is the capital of Peru?\r", chat=chat) == 0
    assert [a.question for a in chat.history] == [SMITH, "What is the capital of Peru?"]
    assert chat.history[1].abstained


def test_help_in_the_repl(printed):
    assert repl(":help\r:quit\r") == 0
    text = "".join(printed)
    assert ":quit" in text
    assert HELP_QUIT in text


def test_empty_lines_are_ignored(printed):
    assert repl("\r   \r:quit\r") == 0
    assert len(printed) == 1


# --- Session commands --------------------------------------------------------------------------------------------


def test_session_question(session):
    s, out = session
    assert s.handle(SMITH) is True
    text = "".join(out)
    assert CITE_11 in text
    assert SMITH_SENTENCE[:60] in text


def test_session_quit_returns_false(session):
    s, _ = session
    assert s.handle(":quit") is False
    assert s.handle(":q") is False
    assert s.handle(":exit") is False


def test_help_lists_commands(session):
    s, out = session
    assert s.handle(":help") is True
    text = "".join(out)
    for cmd in (":quit", ":docs", ":show N", ":why", ":top K", ":reset", ":more", ":corpus PATH"):
        assert cmd in text
    # newcomer trial 77: the bare words, Ctrl-C and the short follow-ups were not listed
    flat = " ".join(text.split())
    assert "also clear, reset" in flat and "also quit, exit" in flat
    assert "Ctrl-C drops the line being typed" in flat
    assert '"Why?", "When?", "Who else?"' in flat


def test_docs_lists_the_document(session):
    s, out = session
    s.handle(":docs")
    text = " ".join("".join(out).split())  # wrapped to the width: compare words
    assert DOC in text
    assert "33 sentences" in text
    assert "date 2025-09-23" in text
    assert "by Cryptopolitan" in text
    assert "United States and China talks stall over rare earth supply dispute" in text


def test_show_after_a_question(session):
    s, out = session
    s.handle(SMITH)
    out.clear()
    s.handle(":show 1")
    text = "".join(out)
    assert f"[1] {DOC}, sentences 9-13" in text
    assert "\n  11  Smith is leading the first official U.S. House delegation to China since" in text
    assert SMITH_SENTENCE in " ".join(text.split())
    assert all(len(line) <= 80 for line in text.splitlines())  # wrapped to the session's width
    assert "U.S. and China fail to iron out rare earths dispute" in text  # the context around it


def test_show_before_a_question(session):
    s, out = session
    s.handle(":show 1")
    assert "ask a question first" in "".join(out)


@pytest.mark.parametrize("arg", ["", "0", "9", "x"])
def test_show_out_of_range(session, arg):
    s, out = session
    s.handle(SMITH)
    out.clear()
    s.handle(f":show {arg}")
    assert "usage: :show N" in "".join(out)


def test_why_shows_expected_answer(session):
    s, out = session
    s.handle(SMITH)
    out.clear()
    s.handle(":why")
    text = "".join(out)
    assert "expected answer: PERSON" in text
    assert "question word: who" in text
    assert "abstained: no" in text
    assert f"{DOC} #11" in text


def test_why_after_an_abstention(session):
    s, out = session
    s.handle("What is the capital of Peru?")
    out.clear()
    s.handle(":why")
    text = "".join(out)
    assert "expected answer:" in text
    assert re.search(r"^abstained: (?!no$)\S.*$", text, re.M), text  # a reason, not "no"
    assert "score 0.00" not in text and "no sentence shares the question's words" in text  # no empty rows


def test_why_before_a_question(session):
    s, out = session
    s.handle(":why")
    assert "ask a question first" in "".join(out)


def test_top_limits_citations(session):
    s, out = session
    s.handle(":top 1")
    assert "Showing up to 1 citation." in "".join(out)
    assert s.chat.top == 1
    out.clear()
    s.handle(SMITH)
    text = "".join(out)
    assert "[1] " in text
    assert "[2] " not in text


def test_top_in_the_repl(printed):
    assert repl(f":top 1\r{SMITH}\r:quit\r") == 0
    text = "".join(printed)
    assert CITE_11 in text
    assert "[2] " not in text


@pytest.mark.parametrize("arg", ["0", "51", "x"])
def test_top_bad_value(session, arg):
    s, out = session
    s.handle(f":top {arg}")
    assert "usage: :top K" in "".join(out)
    assert s.chat.top == 3


def test_top_alone_tells_the_current_value(session):
    s, out = session
    s.handle(":top")
    assert "Showing up to 3 citations" in "".join(out)


def test_show_reaches_the_sentences_more_listed(session):
    s, out = session
    s.handle("Who is leading the House delegation to China?")
    s.handle(":more")
    out.clear()
    s.handle(":show 4")
    text = "".join(out)
    assert text.startswith("[4] ") and "usage" not in text


def test_corpus_path_in_quotes_and_counts_with_separators(session, tmp_path):
    s, out = session
    (tmp_path / "a b.txt").write_text("One sentence here.", encoding="utf-8")
    s.handle(f':corpus "{tmp_path / "a b.txt"}"')
    text = "".join(out)
    assert "Loaded" in text and "1 sentence." in text and "error" not in text


def test_unknown_command(session):
    s, out = session
    assert s.handle(":frobnicate") is True
    assert "unknown command :frobnicate; try :help" in "".join(out)


def test_unknown_command_in_the_repl(printed):
    assert repl(":frobnicate\r:quit\r") == 0
    assert "unknown command :frobnicate" in "".join(printed)


def test_reset_forgets_the_conversation(session):
    s, out = session
    s.handle(SMITH)
    assert len(s.chat.history) == 1
    s.handle(":reset")
    assert s.chat.history == []
    assert "Conversation forgotten." in "".join(out)


def test_more_shows_next_candidates(session):
    s, out = session
    s.handle(":more")
    assert "ask a question first" in "".join(out)
    out.clear()
    s.handle(SMITH)
    n = len(s.chat.history[-1].citations)
    out.clear()
    s.handle(":more")
    text = "".join(out)
    assert f"[{n + 1}] {DOC}, sentence " in text
    s.handle(":more")
    shown = [int(x) for x in re.findall(rf"\] {DOC}, sentence (\d+)", "".join(out))]
    cited = [c.sentence for c in s.chat.history[-1].citations]
    assert len(shown) == 6 and len(set(shown)) == 6  # two pages of three, no repeats
    assert not set(shown) & set(cited)  # nor a sentence the answer already cited


def test_corpus_command(session, tmp_path):
    s, out = session
    s.handle(":corpus")
    assert "usage: :corpus PATH" in "".join(out)
    out.clear()
    s.handle(f":corpus {tmp_path / 'missing'}")
    assert "error:" in "".join(out)
    assert DOC in s.chat.corpus.documents  # unchanged
    (tmp_path / "pets.txt").write_text("The cat sat on the mat. The dog chased a red ball in the park.",
                                       encoding="utf-8")
    out.clear()
    s.handle(f":corpus {tmp_path / 'pets.txt'}")
    assert "Loaded pets.txt: 1 document, 2 sentences." in "".join(out)
    assert list(s.chat.corpus.documents) == ["pets"]
    out.clear()
    s.handle("What did the dog chase?")
    assert "[1] pets, sentence 1" in "".join(out)


def test_empty_question_is_not_an_error(session):
    s, out = session
    assert s.handle("   ") is True
    assert out == []


def test_too_long_question_is_reported(session):
    s, out = session
    assert s.handle("x" * 5000) is True
    assert "error: question too long" in "".join(out)


# --- history -----------------------------------------------------------------------------------------------------


def test_history_path_is_under_the_user_data_dir():
    p = history_path()
    assert p.name == "history"
    assert p.parent == Path(user_data_dir("qa", appauthor=False))


def test_history_path_follows_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_path() == tmp_path / "qa" / "history"


def test_open_history_writable(monkeypatch, tmp_path):
    target = tmp_path / "data" / "qa" / "history"
    monkeypatch.setattr(qa.repl, "history_path", lambda: target)
    warnings: list[str] = []
    h = open_history(warnings.append)
    assert isinstance(h, FileHistory)
    assert target.is_file()
    assert warnings == []


def test_open_history_unwritable_falls_back_to_memory(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    monkeypatch.setattr(qa.repl, "history_path", lambda: blocker / "qa" / "history")
    warnings: list[str] = []
    h = open_history(warnings.append)
    assert isinstance(h, InMemoryHistory)
    assert len(warnings) == 1
    assert warnings[0].startswith("warning: history not saved")
    assert str(blocker) in warnings[0]


def test_open_history_trims_a_long_file(monkeypatch, tmp_path):
    target = tmp_path / "history"
    entries = [f"\n# 2025-01-01 00:00:{i % 60:02d}\n+question {i}\n" for i in range(1000)]  # 3000 lines
    target.write_text("".join(entries), encoding="utf-8")
    monkeypatch.setattr(qa.repl, "history_path", lambda: target)
    h = open_history(lambda m: pytest.fail(m))
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= qa.repl.HISTORY_MAX_LINES
    assert lines[0].startswith("#")
    loaded = list(h.load_history_strings())
    assert loaded[0] == "question 999"  # newest first, the latest entries kept
    assert "question 0" not in loaded


def test_ctrl_c_while_answering_returns_to_the_prompt(session, monkeypatch):
    s, out = session

    def interrupted(question: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(s.chat, "ask", interrupted)
    assert s.handle(SMITH) is True  # the session goes on
    assert "(interrupted)" in "".join(out)


def test_follow_up_through_the_repl(printed):
    assert repl(f"{SMITH}\rWhich committee is he on?\r:reset\rWhich committee is he on?\r") == 0
    text = "".join(printed)
    assert '(reading "he" as Adam Smith)' in text
    assert "Answer: House Armed Services Committee" in text
    assert "Conversation forgotten." in text
    assert '(nothing earlier says who or what "he" is)' in text  # after :reset


def test_bare_command_words_work_without_the_colon(session):
    s, out = session
    assert s.handle("help") and ":quit" in "".join(out)  # the help text, not an answer about "help"
    out.clear()
    assert s.handle("clear") and "forgotten" in "".join(out).casefold()
    assert s.handle("quit") is False and s.handle("exit") is False


def test_tab_completes_the_words_of_the_corpus_the_chat_answers_from_after_a_switch() -> None:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document as PTDocument

    from qa import Chat, Corpus
    from qa.repl import _Completer

    chat = Chat(Corpus.from_text("Adam Smith leads the delegation to Beijing.", name="a"))
    completer = _Completer(chat)

    def complete(text: str) -> list[str]:
        return [c.text for c in completer.get_completions(PTDocument(text), CompleteEvent(completion_requested=True))]

    assert "Smith" in complete("Who is Smi")
    chat.set_corpus(Corpus.from_text("Grace Okonjo was elected mayor of Millbrook.", name="b"))
    assert "Okonjo" in complete("Who is Oko")
    assert complete("Who is Smi") == []  # the old corpus's words are gone


def test_docs_gives_a_story_s_dateline(tmp_path: Path) -> None:
    from qa import Corpus

    story = tmp_path / "bikes.txt"
    story.write_text("Lakeport launches bike-share scheme\nBy Maria Delgado, Staff Reporter\n\n"
                     "LAKEPORT, Ohio, April 14, 2025 (Wire) — The city will launch 1,200 bikes on May 1.\n",
                     encoding="utf-8")
    out: list[str] = []
    s = Session(Chat(Corpus.from_path(story)), lambda ft: out.append("".join(frag[1] for frag in ft)), lambda: 80)
    s.handle(":docs")
    text = " ".join("".join(out).split())
    assert "by Maria Delgado, Staff Reporter; dateline LAKEPORT, Ohio, April 14, 2025 (Wire)" in text


def test_show_after_an_abstention_points_to_more(session):
    s, out = session
    s.handle("What did she say?")  # "she" stands for no one yet: nothing is cited
    out.clear()
    s.handle(":show 1")
    assert "The last answer cites no sentence; :more lists the closest ones." in "".join(out)


def test_help_lists_they_among_the_follow_up_words(session):
    s, out = session
    s.handle(":help")
    assert "he/she/it/they/there/then" in "".join(out)


def test_a_long_note_and_reason_are_wrapped_to_the_width() -> None:
    # newcomer trial 75: the "(reading as ...)" line ran past the terminal's width, cut mid-word
    from qa import answer
    from qa.render import to_plain
    a = answer("How much will the Boeing order cost?")
    a.details["rewritten_note"] = "(reading as " + "a very long follow-up question " * 6 + ")"
    text = to_plain(a, width=60)
    assert all(len(line) <= 60 for line in text.splitlines()), text
    assert "(reading as a very long follow-up question" in text.splitlines()[0]
