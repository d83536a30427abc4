"""The ``qa`` command: ``ask``, ``eval``, errors, and piped stdin (subprocesses and ``qa.cli.main``)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa.cli import main

DOC = "us-china-rare-earths-2025-09-23"
EVAL_PATH = Path(__file__).resolve().parent.parent / "eval" / "brief.jsonl"
CITE_LINE = re.compile(rf"^\[1\] {re.escape(DOC)}, sentence (\d+)\b", re.M)
SMITH = "Who is leading the House delegation to China?"
PERDUE = "Who is the U.S. ambassador to China?"


def run_cli(*args: str, input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "qa.cli", *args], input=input, capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, check=False)


def assert_one_line_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("qa: error:"), stderr
    assert "Traceback" not in stderr


# --- ask ---------------------------------------------------------------------------------------------------------


def test_ask_prints_a_citation_line(capsys):
    assert main(["ask", SMITH]) == 0
    out, err = capsys.readouterr()
    m = CITE_LINE.search(out)
    assert m, out
    assert m.group(1) == "11"
    assert "Smith is leading the first official U.S. House delegation to China since" in out
    assert "\x1b" not in out
    assert err == ""


def test_ask_subprocess():
    r = run_cli("ask", SMITH)
    assert r.returncode == 0, r.stderr
    assert CITE_LINE.search(r.stdout)
    assert "Smith is leading" in r.stdout
    assert r.stderr == ""


def test_ask_several_questions_prefixes_each(capsys):
    assert main(["ask", SMITH, "What is the capital of Peru?"]) == 0
    out = capsys.readouterr().out
    assert f"Q: {SMITH}" in out
    assert "Q: What is the capital of Peru?" in out
    assert "The brief does not say." in out


def test_ask_top_one(capsys):
    assert main(["ask", "--top", "1", SMITH]) == 0
    out = capsys.readouterr().out
    assert "[1] " in out
    assert "[2] " not in out


def test_ask_json_is_one_object_per_question(capsys):
    assert main(["ask", "--json", SMITH, "What is the capital of Peru?"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["question"] == SMITH
    assert first["abstained"] is False
    assert first["citations"][0]["sentence"] == 11
    assert first["citations"][0]["doc"] == DOC
    assert second["question"] == "What is the capital of Peru?"
    assert second["abstained"] is True
    assert second["text"] == "The brief does not say."
    for d in (first, second):
        assert {"question", "text", "short_answer", "abstained", "confidence", "citations"} <= set(d)


def test_ask_dash_reads_questions_from_stdin():
    r = run_cli("ask", "--json", "-", input=f"{SMITH}\n\nWhat is the capital of Peru?\n")
    assert r.returncode == 0, r.stderr
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["question"] for o in objs] == [SMITH, "What is the capital of Peru?"]


def test_ask_with_a_folder_corpus(tmp_path, capsys):
    (tmp_path / "pets.txt").write_text("The cat sat on the mat. The dog chased a red ball in the park.\n",
                                       encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(b"\x00\x00")
    assert main(["ask", "--corpus", str(tmp_path), "What did the dog chase?"]) == 0
    out, err = capsys.readouterr()
    assert "[1] pets, sentence 1" in out
    assert "qa: skipped" in err and "junk.txt" in err


# --- errors ------------------------------------------------------------------------------------------------------


def test_missing_corpus_after_the_command_exits_2():
    r = run_cli("ask", "--corpus", "/no/such/path", "x")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "/no/such/path" in r.stderr
    assert r.stdout == ""


def test_missing_corpus_before_the_command_exits_2():
    # regression: the subcommand's own --corpus default used to overwrite the global one (exit 0, default brief)
    r = run_cli("--corpus", "/no/such/path", "ask", "x")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "/no/such/path" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("argv", [
    ["--corpus", "/no/such/path", "ask", "x"],
    ["ask", "x", "--corpus", "/no/such/path"],
    ["--corpus", "/no/such/path", "eval"],
    ["eval", "--corpus", "/no/such/path"],
])
def test_missing_corpus_anywhere_exits_2(capsys, argv):
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err)


def test_options_before_the_command(capsys):
    assert main(["--json", "--top", "1", "ask", SMITH]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["question"] == SMITH
    assert len(d["citations"]) == 1
    assert d["citations"][0]["sentence"] == 11


def test_option_after_the_command_wins_over_default(capsys):
    assert main(["ask", SMITH, "--top", "2"]) == 0
    out = capsys.readouterr().out
    assert "[2] " in out and "[3] " not in out


def test_missing_corpus_in_main_exits_2(capsys):
    assert main(["ask", "--corpus", "/no/such/path", "x"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err)


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exits_2(capsys, question):
    assert main(["ask", question]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err)
    assert "empty question" in err


@pytest.mark.parametrize("question", ["???", " ?! ", "…"])
def test_a_question_of_punctuation_only_exits_2(capsys, question):
    # fourth break-it trial: "???" was answered "The brief does not say." with exit code 0
    assert main(["ask", question]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "no words" in err
    assert_one_line_error(err)


def test_empty_question_subprocess():
    r = run_cli("ask", "")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)


def test_too_long_question_among_others_is_refused_and_the_rest_answered(capsys):
    assert main(["ask", SMITH, "x" * 5000]) == 2
    out, err = capsys.readouterr()
    assert "Answer: Adam Smith" in out and "x" * 100 not in out  # the good question is not lost
    assert_one_line_error(err)
    assert err.startswith("qa: error: question 2: ")


def test_too_long_question_alone_exits_2_before_printing(capsys):
    assert main(["ask", "x" * 5000]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err)


def test_a_bad_piped_line_of_ask_is_skipped(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SMITH}\n{'x' * 2000}\nWhen is the deadline?\n"))
    assert main(["ask", "-"]) == 2
    out, err = capsys.readouterr()
    assert out.count("Q: ") == 2 and "Answer: Adam Smith" in out
    assert err.startswith("qa: error: question 2: ") and err.count("\n") == 1


def test_binary_corpus_exits_2(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"abc\x00def\x00")
    r = run_cli("ask", "--corpus", str(p), "x")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "binary" in r.stderr


@pytest.mark.parametrize("content", [b"", "caf\u00e9".encode("latin-1")])
def test_empty_or_non_utf8_corpus_exits_2(tmp_path, capsys, content):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert main(["ask", "--corpus", str(p), "x"]) == 2
    assert_one_line_error(capsys.readouterr().err)


def test_bad_top_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ask", "--top", "0", "x"])
    assert exc.value.code == 2
    assert "must be from 1 to 50" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == "qa 0.1.0"


def test_version_subprocess():
    r = run_cli("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == "qa 0.1.0"


# --- eval --------------------------------------------------------------------------------------------------------


@pytest.fixture
def tiny_set(tmp_path) -> Path:
    """Three items of the shipped set: two answerable, one not."""
    wanted = {"b19", "b59", "b60"}
    lines = [line for line in EVAL_PATH.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["id"] in wanted]
    assert len(lines) == 3
    p = tmp_path / "tiny.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_eval_set_prints_a_table(tiny_set, capsys):
    assert main(["eval", "--set", str(tiny_set)]) == 0
    out = capsys.readouterr().out
    assert "sentence_accuracy@1" in out
    assert re.search(r"^questions\s+3$", out, re.M), out
    assert re.search(r"^answerable\s+2$", out, re.M)
    assert re.search(r"^unanswerable\s+1$", out, re.M)
    assert "reliability" in out
    assert re.search(r"^not right \(0; .*\): none$", out, re.M), out  # the three are answered right


def test_eval_plain_output_names_the_items_not_right(tmp_path, capsys):
    item = {"id": "x1", "question": "Who won the World Series?", "answerable": True, "answers": ["Dodgers"],
            "evidence": ["Smith is leading the first official U.S. House delegation"]}
    p = tmp_path / "one.jsonl"
    p.write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert main(["eval", "--set", str(p)]) == 0
    assert re.search(r"^not right \(1; .*\): x1$", capsys.readouterr().out, re.M)


def test_eval_set_needs_only_question_and_answerable(tmp_path, capsys):
    # third break-it trial: an item without "evidence", "answers" or "id" raised a KeyError traceback
    p = tmp_path / "min.jsonl"
    p.write_text('{"question": "Who leads the delegation?", "answerable": true}\n'
                 '{"question": "How much will the Boeing order cost?", "answerable": false}\n', encoding="utf-8")
    assert main(["eval", "--set", str(p)]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^questions\s+2$", out, re.M) and re.search(r"^abstention_recall\s+1\.000$", out, re.M), out
    assert re.search(r"^not right \(1; .*\): line 1$", out, re.M), out  # no evidence: never right
    assert "answerable but without evidence (never scored right) (line 1)" in err


def test_eval_set_warns_of_evidence_without_answers_as_such(tmp_path, capsys):
    # newcomer trial 75: items with evidence but no answers were called "without evidence or answers"
    p = tmp_path / "ev.jsonl"
    p.write_text('{"id": "S14", "question": "Who leads the delegation?", "answerable": true, '
                 '"evidence": ["Smith is leading the first official"]}\n', encoding="utf-8")
    assert main(["eval", "--set", str(p)]) == 0
    err = capsys.readouterr().err
    assert "1 item: answerable but without answers (no short answer scored) (S14)" in err
    assert "without evidence" not in err


def test_eval_json(tiny_set, capsys):
    assert main(["eval", "--set", str(tiny_set), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    m = data["metrics"]
    assert (m["questions"], m["answerable"], m["unanswerable"]) == (3, 2, 1)
    for key in ("passage_recall@1", "passage_recall@3", "passage_recall@5", "sentence_accuracy@1", "mrr",
                "answer_containment", "short_answer_em", "short_answer_f1", "abstention_precision",
                "abstention_recall", "false_abstention", "overall_accuracy", "latency_p50_ms", "latency_p95_ms"):
        assert key in m
        if not key.startswith("latency"):
            assert 0.0 <= m[key] <= 1.0, key
    assert len(data["reliability"]) == 5
    assert sum(r["n"] for r in data["reliability"]) == 3
    assert isinstance(data["failures"], list)


def test_eval_json_subprocess(tiny_set):
    r = run_cli("eval", "--set", str(tiny_set), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["metrics"]["questions"] == 3


def test_eval_missing_set_exits_2(tmp_path, capsys):
    assert main(["eval", "--set", str(tmp_path / "none.jsonl")]) == 2
    assert_one_line_error(capsys.readouterr().err)


def test_eval_bad_line_exits_2(tmp_path, capsys):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"question": "Who?", "answerable": true}\n{not json\n', encoding="utf-8")
    assert main(["eval", "--set", str(p)]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "bad.jsonl:2" in err
    assert "not JSON (Expecting property name enclosed in double quotes at column 2)" in err


@pytest.mark.parametrize(("flag", "content", "where"), [
    ("--set", '{"bad json\n', "bad.json:1: not JSON (Unterminated string starting at column 2)"),
    ("--squad", '{"data":\n', "bad.json: not JSON (Expecting value at line 2 column 1)"),
])
def test_eval_json_errors_say_where(tmp_path, capsys, flag, content, where):
    # break-it trial: "(Unterminated string starting at)", with no place, and "... at at line 1"
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    assert main(["eval", flag, str(p)]) == 2
    assert where in capsys.readouterr().err


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path, capsys):
    # break-it trial: a file saved as "Unicode" was refused as binary
    p = tmp_path / "u.txt"
    p.write_text("Hi. Bob Dole left the mill on Monday.", encoding="utf-16")
    assert main(["--corpus", str(p), "ask", "Who left the mill?"]) == 0
    assert "Answer: Bob Dole" in capsys.readouterr().out


def test_an_empty_file_in_a_folder_is_named_as_skipped(tmp_path, capsys):
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bob Dole left the mill on Monday.", encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "ask", "Who left the mill?"]) == 0
    assert f"qa: skipped {tmp_path / 'blank.txt'}: empty" in capsys.readouterr().err


# A made-up article in the SQuAD v2.0 format (the format is SQuAD 2.0's; the text and questions are written for
# this test): two paragraphs, three answerable questions and one impossible one.
P1 = ("The town of Port Alder sits on the northern coast of Veloria. It was founded in 1782 by a fishing "
      "company called the Alder Trading Guild. The harbour froze solid during the winter of 1841.")
P2 = ("The lighthouse of Port Alder was designed by the engineer Mirela Oskan. Its lamp can be seen from "
      "forty kilometres out at sea. Every summer the town hosts a regatta on the bay.")


def _qa(qid: str, question: str, context: str, answer: str | None) -> dict:
    if answer is None:
        return {"id": qid, "question": question, "answers": [], "plausible_answers": [], "is_impossible": True}
    return {"id": qid, "question": question, "answers": [{"text": answer, "answer_start": context.index(answer)}],
            "is_impossible": False}


@pytest.fixture
def squad_file(tmp_path) -> Path:
    data = {"version": "v2.0", "data": [{"title": "Port Alder", "paragraphs": [
        {"context": P1, "qas": [_qa("q1", "In what year was Port Alder founded?", P1, "1782"),
                                _qa("q4", "What is the population of Port Alder?", P1, None)]},
        {"context": P2, "qas": [_qa("q2", "Who designed the lighthouse of Port Alder?", P2, "Mirela Oskan"),
                                _qa("q3", "How far out at sea can the lighthouse lamp be seen?", P2,
                                    "forty kilometres")]},
    ]}]}
    p = tmp_path / "squad-tiny.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_eval_squad_prints_qa_and_bm25_columns(squad_file, capsys):
    assert main(["eval", "--squad", str(squad_file)]) == 0
    out = capsys.readouterr().out
    assert "SQuAD v2.0" in out
    assert re.search(r"^metric\s+qa\s+bm25$", out, re.M), out
    assert re.search(r"^questions\s+4\s+4$", out, re.M), out
    assert re.search(r"^answerable\s+3\s+3$", out, re.M)
    assert re.search(r"^unanswerable\s+1\s+1$", out, re.M)
    assert re.search(r"^sentence_accuracy@1\s+\d\.\d{3}\s+\d\.\d{3}$", out, re.M)


def test_eval_squad_json(squad_file, capsys):
    assert main(["eval", "--squad", str(squad_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    m, b = data["metrics"], data["baseline_bm25"]
    assert (m["questions"], m["answerable"], m["unanswerable"]) == (4, 3, 1)
    assert (b["questions"], b["answerable"], b["unanswerable"]) == (4, 3, 1)
    # the BM25 sentence baseline finds each answer's sentence, and never abstains
    assert b["sentence_accuracy@1"] == 1.0
    assert b["false_abstention"] == 0.0
    assert b["abstention_recall"] == 0.0
    assert b["overall_accuracy"] == 0.75
    assert "passage_recall@1" not in m  # brief-set metrics only


def test_eval_squad_bad_file_exits_2(tmp_path, capsys):
    p = tmp_path / "notsquad.json"
    p.write_text('{"hello": 1}', encoding="utf-8")
    assert main(["eval", "--squad", str(p)]) == 2
    assert_one_line_error(capsys.readouterr().err)


# --- piped stdin (no command) ------------------------------------------------------------------------------------


def test_piped_question_prints_plain_answer():
    r = run_cli(input=PERDUE + "\n")
    assert r.returncode == 0
    assert r.stderr == ""
    assert "\x1b" not in r.stdout
    assert f"Q: {PERDUE}" in r.stdout
    assert CITE_LINE.search(r.stdout)
    assert "David Perdue" in r.stdout


def test_piped_json_is_json_lines():
    r = run_cli("--json", input=f"{SMITH}\n\n{PERDUE}\nWhat is the capital of Peru?\n")
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    lines = r.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(line) for line in lines]
    assert [o["question"] for o in objs] == [SMITH, PERDUE, "What is the capital of Peru?"]
    assert objs[0]["citations"][0]["sentence"] == 11
    assert objs[2]["abstained"] is True


def test_piped_json_too_long_question_is_an_error_object():
    r = run_cli("--json", input="x" * 5000 + "\n")
    assert r.returncode == 2
    obj = json.loads(r.stdout)
    assert "error" in obj and "too long" in obj["error"]


def test_piped_too_long_question_exits_2():
    # regression: plain piped mode reported the refusal but exited 0
    r = run_cli(input="x" * 5000 + f"\n{SMITH}\n")
    assert r.stderr.strip().startswith("qa: error: line 1: question too long")  # one line, on stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "x" * 201 not in r.stdout  # the echo of the refused question is cut short
    assert "Smith is leading" in r.stdout  # later questions are still answered
    assert r.returncode == 2


def test_piped_quit_stops_and_says_how_many_lines_go_unread():
    # break-it trial: "quit" was echoed as a question and the lines after it dropped without a word
    r = run_cli(input=f"{SMITH}\nquit\n{PERDUE}\n\n{SMITH}\n")
    assert "Q: quit" not in r.stdout and "Smith is leading" in r.stdout and "Perdue" not in r.stdout
    assert r.stderr == "qa: stopped at 'quit'; 2 later lines not read\n"
    assert r.returncode == 0


def test_piped_quit_stops_json_lines_too():
    # break-it trial 47: with --json a bare "quit" was asked as a question and the run went on
    r = run_cli("--json", input=f"{SMITH}\nquit\n{PERDUE}\n")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [row.get("command") for row in rows] == [None, "quit"] and "Smith" in rows[0]["text"]
    assert r.stderr == "qa: stopped at 'quit'; 1 later line not read\n"
    assert r.returncode == 0


def test_piped_corpus_command_with_a_bad_path_exits_2():
    # break-it trial: the error was printed on stdout and the run exited 0
    r = run_cli(input=f":corpus /no/such/path\n{SMITH}\n")
    assert r.stderr.strip() == "qa: error: line 1: /no/such/path: no such file or folder"
    assert "Smith is leading" in r.stdout  # the questions after it are answered from the corpus kept
    assert r.returncode == 2


def test_piped_json_with_a_command_stays_json_lines():
    # regression: a ':command' line used to print plain text in --json mode
    r = run_cli("--json", input=f"{SMITH}\n:reset\n{PERDUE}\n")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(line) for line in lines]
    assert objs[0]["question"] == SMITH
    assert objs[2]["question"] == PERDUE
    assert "Conversation forgotten." in json.dumps(objs[1], ensure_ascii=False)


def test_piped_conversation_carries_across_lines():
    r = run_cli("--json", input=f"{SMITH}\nWhich committee is he on?\n")
    assert r.returncode == 0, r.stderr
    second = json.loads(r.stdout.splitlines()[1])
    assert second["details"]["rewritten"] == "Which committee is Adam Smith on?"
    assert second["short_answer"] == "House Armed Services Committee"


def test_ask_several_questions_is_one_conversation(capsys):
    assert main(["ask", SMITH, "Which committee is he on?"]) == 0
    out = capsys.readouterr().out
    assert '(reading "he" as Adam Smith)' in out
    assert "Answer: House Armed Services Committee" in out


def test_unquoted_words_are_one_question(capsys):
    assert main(["ask", "Who", "is", "the", "U.S.", "ambassador", "to", "China?"]) == 0
    out = capsys.readouterr().out
    assert "Answer: David Perdue" in out and "Q: " not in out  # one question, not seven


def test_eval_set_about_documents_the_corpus_lacks_exits_2(tmp_path, capsys):
    qs = tmp_path / "set.jsonl"
    qs.write_text(json.dumps({"id": "x", "doc": "harbor.txt", "question": "Who?", "answerable": False,
                              "answers": [], "evidence": []}) + "\n", encoding="utf-8")
    assert main(["eval", "--set", str(qs)]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "harbor" in err and "--corpus" in err


def test_piped_bytes_that_are_not_utf8_are_refused():
    r = subprocess.run([sys.executable, "-m", "qa.cli"], input=b"Who leads the delegation?\n\xff\xfe bad\n",
                       capture_output=True, check=False)
    assert r.returncode == 2
    assert b"Adam Smith" in r.stdout
    assert r.stderr.decode().strip() == "qa: error: line 2: the question is not valid UTF-8 text"
    assert "Q: \ufffd\ufffd bad" in r.stdout.decode()  # echoed with replacement marks, not surrogate escapes


@pytest.mark.parametrize("args", [[], ["--json"], ["ask", "-"]])
def test_piped_binary_input_is_refused_at_its_first_nul_byte(args: list[str]) -> None:
    # newcomer trial 85: "qa < /bin/true" echoed 145 lines of garbage and answered 9 of them
    r = subprocess.run([sys.executable, "-m", "qa.cli", *args], capture_output=True, check=False,
                       input=b"\x7fELF\x02\x01\x00\x00\nWho leads the delegation?\n%s online help\n")
    assert r.returncode == 2
    said = "standard input looks binary, not text (it holds a NUL byte)"
    assert r.stderr.decode().strip().endswith(said)
    assert len(r.stderr.decode().strip().splitlines()) == 1
    assert b"Adam Smith" not in r.stdout and b"Q:" not in r.stdout  # nothing of it is asked or echoed
    if args == ["--json"]:
        assert json.loads(r.stdout) == {"line": 1, "error": said}


@pytest.mark.parametrize("item", [{"question": "Q?", "answerable": True, "evidence": 5},
                                  {"question": "Q?", "answerable": "yes"},
                                  {"question": "Q?", "answerable": True, "answers": "Adam Smith"}])
def test_eval_items_of_the_wrong_shape_are_one_line_errors(tmp_path, capsys, item):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert main(["eval", "--set", str(path)]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "bad.jsonl:1:" in err


def test_an_output_that_is_not_utf8_gets_escapes_not_a_traceback():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONIOENCODING"] = "ascii"
    r = subprocess.run([sys.executable, "-m", "qa.cli", "ask", "What did Smith say about the rare earth question?"],
                       capture_output=True, env=env, check=False)
    assert r.returncode == 0, r.stderr
    assert b"\\u201cI don\\u2019t think" in r.stdout


def test_an_empty_corpus_path_and_a_device_are_refused(capsys):
    assert main(["--corpus", "", "ask", "Who?"]) == 2
    assert "empty path" in capsys.readouterr().err
    assert main(["--corpus", "/dev/zero", "ask", "Who?"]) == 2
    assert "too much to read" in capsys.readouterr().err


def test_eval_warns_about_a_set_that_would_score_quietly_wrong(tmp_path, capsys) -> None:
    from qa.cli import main

    bad = tmp_path / "set.jsonl"
    bad.write_text(
        '{"id": "x1", "doc": "us-china-rare-earths-2025-09-23", "question": "Who leads?", "answerable": true, '
        '"answers": ["Smith"], "evidence": ["not in the text"]}\n'
        '{"id": "x1", "doc": "us-china-rare-earths-2025-09-23", "question": "Who?", "answerable": false, '
        '"answers": ["a"], "evidence": []}\n')
    assert main(["eval", "--set", str(bad)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["qa: warning: 1 item: evidence found in no sentence of the corpus (scored as misses) (x1)",
                   "qa: warning: 1 item: unanswerable but with answers or evidence (x1)",
                   "qa: warning: 1 item: ids used more than once (x1)"]


def test_eval_of_the_shipped_set_on_another_corpus_exits_2(tmp_path, capsys):
    (tmp_path / "story.txt").write_text("The mayor opened a bridge on Monday.\n", encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "eval"]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert "--set" in err


def test_a_question_where_a_command_goes_suggests_ask() -> None:
    r = run_cli("Who is Smith?")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "unknown command 'Who is Smith?'; to ask it: qa ask 'Who is Smith?'" in r.stderr
    r = run_cli("frob")
    assert r.returncode == 2 and "unknown command 'frob' (see qa --help)" in r.stderr


def test_a_question_with_an_apostrophe_where_a_command_goes_suggests_ask() -> None:
    r = run_cli("Who is O'Brien?")
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "to ask it: qa ask \"Who is O'Brien?\"" in r.stderr


def test_utf32_text_with_a_byte_order_mark_is_read(tmp_path, capsys):
    p = tmp_path / "u32.txt"
    p.write_text("Hi. Bob Dole left the mill on Monday.", encoding="utf-32")
    assert main(["--corpus", str(p), "ask", "Who left the mill?"]) == 0
    assert "Answer: Bob Dole" in capsys.readouterr().out


def test_eval_evidence_copied_with_the_dateline_is_found(tmp_path, capsys) -> None:
    # a set's writer copied a story's first sentence whole; the splitter cuts the dateline off
    (tmp_path / "story.txt").write_text(
        "Bridge reopens\nBy Ann Lee\n\nPORTLAND, Maine (AWS) — The mayor reopened the Casco Bridge on Monday."
        " It had been shut for two years.\n", encoding="utf-8")
    item = {"id": "d1", "question": "Who reopened the Casco Bridge?", "answerable": True, "answers": ["The mayor"],
            "evidence": ["PORTLAND, Maine (AWS) — The mayor reopened the Casco Bridge on Monday."]}
    (tmp_path / "set.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert main(["--corpus", str(tmp_path / "story.txt"), "eval", "--set", str(tmp_path / "set.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert "evidence found in no sentence" not in err, err
    assert re.search(r"^sentence_accuracy@1\s+1\.000$", out, re.M), out


def test_an_answer_whose_sentence_answers_says_so_on_its_first_line(capsys):
    # a how-question has no short span: the first line still says where the answer is, never a bare citation
    assert main(["ask", "How did Greer say rare earth deliveries to America have changed?"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Answer: see [1] below"
    assert lines[1].startswith("[1] us-china-rare-earths-2025-09-23, sentence 17 ")


def test_a_refused_piped_json_line_is_named_and_cut(tmp_path):
    # newcomer trial 74: the refused line came back whole (20,000 characters) and unnumbered
    r = subprocess.run([sys.executable, "-m", "qa.cli", "--json"], input=f"{SMITH}\n\n{'a' * 20000}\n",
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert records[0]["short_answer"] == "Adam Smith"
    assert records[1]["line"] == 3 and records[1]["question"] == "a" * 200 + "…"
    assert records[1]["error"].startswith("question too long")
    assert r.stderr == "qa: error: line 3: question too long (20,000 characters; limit 1,000)\n"


def test_an_empty_pipe_is_no_question():
    # newcomer trial 77: "qa < /dev/null" exited 0 in silence while "qa ask - < /dev/null" said "no question given"
    r = run_cli(input="\n  \n")
    assert r.returncode == 2
    assert r.stderr.strip() == "qa: error: no question given on standard input"
    assert r.stdout == ""
