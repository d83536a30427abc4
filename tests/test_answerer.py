"""The answerer on the brief and on text it was not written for: citations, short answers, abstention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import Corpus, answer
from qa.analyzer import terms
from qa.contrast import contradicts
from qa.entities import Span
from qa.evaluate import run_squad, summarize
from qa.question import analyze as analyze_q

DOC = "us-china-rare-earths-2025-09-23"


def cited(a) -> list[int]:  # noqa: ANN001 - test helper
    return [c.sentence for c in a.citations]


def test_quote_with_pronoun_cites_the_speaker() -> None:
    a = answer("How did Smith describe ByteDance's role?")
    assert not a.abstained
    assert "not 100% resolved" in a.text and "Smith was asked whether" in a.text
    assert cited(a)[:2] == [21, 22]


def test_who_said_a_pronoun_sentence_names_the_referent() -> None:
    a = answer("Who said it was not 100% resolved?")
    assert a.short_answer == "Adam Smith"
    assert cited(a)[:2] == [22, 21]  # the quote, then the sentence naming Smith


def test_surname_is_completed_and_its_source_cited() -> None:
    a = answer("Who is leading the House delegation to China?")
    assert a.short_answer == "Adam Smith"
    assert cited(a)[:2] == [11, 9]


@pytest.mark.parametrize(("question", "short"), [
    ("Who is the U.S. ambassador to China?", "David Perdue"),
    ("Which committee is Adam Smith on?", "House Armed Services Committee"),
    ("Where could Trump and Xi meet?", "South Korea"),
    ("When did the two countries reach an agreement on rare earths?", "June"),
    ("Who is Jamieson Greer?", "Trade Representative"),
    ("Who wrote the article?", "Cryptopolitan"),
    ("When was the article published?", "2025/09/23 19:40"),
])
def test_short_answers_on_the_brief(question: str, short: str) -> None:
    a = answer(question)
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


@pytest.mark.parametrize("question", [
    "How much will the Boeing order cost?",          # shares "Boeing order"; no money in the brief
    "What is the capital of Peru?",                  # nothing in common
    "When did the delegation visit Japan?",          # a name the brief never mentions
    "What happened to the delegation in 2011?",      # a year the brief never mentions
    "Apart from Oracle, which companies belong to the consortium?",  # the only company named is excluded
])
def test_abstains_when_the_brief_does_not_hold_the_answer(question: str) -> None:
    a = answer(question)
    assert a.abstained, (a.short_answer, a.text)
    assert a.text == "The brief does not say."
    assert a.short_answer is None


STORY = """Flood closes bridge in Riverton

Heavy rain flooded the Riverton valley on Monday. Fire Chief Marcus Obi ordered the Old Mill Bridge closed at 6 a.m.
About 300 residents were moved to a shelter run by the Red Cross at Lincoln High School.
Mayor Ellen Park said repairs would cost $2.4 million and take six weeks.
She blamed the damage on a levee that had not been repaired since 1998.
"""


@pytest.mark.parametrize(("question", "short"), [
    ("Who ordered the bridge closed?", "Marcus Obi"),
    ("How many residents were moved?", "About 300 residents"),
    ("How much will the repairs cost?", "$2.4 million"),
    ("When did the flooding happen?", "Monday"),
    ("Since when has the levee gone unrepaired?", "1998"),
    ("Who is Ellen Park?", "Mayor"),
])
def test_short_answers_on_unseen_text(question: str, short: str) -> None:
    a = answer(question, Corpus.from_text(STORY, name="flood"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_headline_question_on_unseen_text() -> None:
    a = answer("What is the headline?", Corpus.from_text(STORY, name="flood"))
    assert a.short_answer == "Flood closes bridge in Riverton"
    assert a.citations[0].sentence == 0


def test_abstains_on_unseen_text() -> None:
    corpus = Corpus.from_text(STORY, name="flood")
    assert answer("How much did the new school cost in 2005?", corpus).abstained
    assert answer("When will the governor visit Riverton?", corpus).abstained


# A tiny SQuAD v2.0 file: the first two sentences are adapted from the SQuAD 2.0 dev set
# ("Normans" article, CC BY-SA 4.0); the questions are written for this test.
SQUAD = {"version": "v2.0", "data": [{"title": "Normans", "paragraphs": [
    {"context": "The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, "
                "a region in France. They were descended from Norse raiders and pirates from Denmark, Iceland "
                "and Norway.",
     "qas": [
         {"id": "q1", "question": "In what country is Normandy located?", "is_impossible": False,
          "answers": [{"text": "France", "answer_start": 104}]},
         {"id": "q2", "question": "When did the Normans give their name to Normandy?", "is_impossible": False,
          "answers": [{"text": "10th and 11th centuries", "answer_start": 39}]},
         {"id": "q3", "question": "Who gave their name to Normandy in the 1000s and 1100s?",
          "is_impossible": True, "answers": [],
          "plausible_answers": [{"text": "The Normans", "answer_start": 0}]},
     ]},
    {"context": "The Norman dynasty had a major political impact on medieval Europe. Its leader Rollo swore "
                "fealty to King Charles III.",
     "qas": [
         {"id": "q4", "question": "To whom did Rollo swear fealty?", "is_impossible": False,
          "answers": [{"text": "King Charles III", "answer_start": 101}]},
         {"id": "q5", "question": "What did King Louis XV give the Normans in 1750?", "is_impossible": True,
          "answers": []},
     ]},
]}]}


def test_squad_run_on_a_tiny_file(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(SQUAD), encoding="utf-8")
    ours, base = run_squad(path)
    assert [o.id for o in ours] == ["q1", "q2", "q3", "q4", "q5"]
    by_id = {o.id: o for o in ours}
    assert by_id["q1"].correct_sentence and by_id["q1"].em == 1.0       # "France"
    assert by_id["q2"].correct_sentence and by_id["q2"].f1 == 1.0       # "the 10th and 11th centuries"
    assert by_id["q4"].correct_sentence and by_id["q4"].f1 == 0.8       # "Charles III": the title is dropped
    assert by_id["q5"].abstained                                         # a name and a year it does not hold
    m = summarize(ours, squad=True)
    assert m["questions"] == 5 and m["answerable"] == 3
    assert m["sentence_accuracy@1"] == 1.0
    assert summarize(base, squad=True)["abstention_recall"] == 0.0      # the baseline never abstains


def test_quote_speaker_after_a_title() -> None:
    text = ("Councilman Robert Finch voted against the plan. “The brine will kill the bay. Nobody has studied "
            "it,” he said.\n\nMayor Elena Vargas backed it.")
    a = answer("Who warned that the brine will kill the bay?", Corpus.from_text(text, name="council"))
    assert a.short_answer == "Robert Finch"
    # the sentence naming him holds the answer; the quote he is asked about comes next
    assert [c.sentence for c in a.citations[:2]] == [0, 1]


@pytest.mark.parametrize(("question", "short"), [
    ("What is ByteDance?", "TikTok’s Chinese parent company"),
    ("Who is Li Qiang?", "Premier"),
    ("Who has complained of shortages?", "European manufacturers"),
    ("What did Beijing commit to?", "reviewing applications for exports of rare earth magnets"),
    ("What is Zhao Leji's title?", "National People’s Congress Chairman"),  # the name it holds is no part of it
    ("At what point are the two governments in negotiating the aircraft deal?", "final stages"),
    ("How much control of TikTok would the Oracle-led consortium receive?", "majority control"),  # an extent
    ("Which adjective did the ambassador use for the planned purchase?", "huge"),  # the quoted word
    ("How did Smith characterize the state of the ByteDance question?", "not 100% resolved"),  # his words
    ("What is the unresolved U.S.-China dispute about?", "rare earth supplies"),
])
def test_roles_groups_and_phrases(question: str, short: str) -> None:
    a = answer(question)
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_short_answer_correct_counts_typed_gold_only() -> None:
    from qa.evaluate import Outcome

    def o(f1: float, typed: bool, answerable: bool = True) -> Outcome:
        return Outcome("x", answerable, False, True, 1, 0.5, 1.0, f1=f1, typed=typed)

    m = summarize([o(1.0, True), o(0.4, True), o(0.0, False), o(0.0, True, answerable=False)])
    assert m["short_answer_correct"] == 0.5            # 1 of the 2 typed answerable ones has F1 >= 0.5
    assert m["short_answer_f1"] == (1.0 + 0.4 + 0.0) / 3


def test_who_wrote_something_in_the_story_is_not_a_byline_question() -> None:
    text = ("Court rules on jail case\n\nBy Daniel Price\n\n"
            "Writing for the majority, Judge Elena Marquez said the case goes on.\n")
    corpus = Corpus.from_text(text, name="j")
    assert answer("Who wrote the opinion for the majority?", corpus).short_answer == "Elena Marquez"
    assert answer("Who wrote this article?", corpus).short_answer == "Daniel Price"


def test_metadata_question_picks_the_document_it_is_about() -> None:
    a_text = "City opens new library\n\nBy: Daily Planet\n2024/01/02 09:00\nThe city opened a new library on Monday.\n"
    b_text = "Storm hits coast\n\nBy: Coastal Times\n2024/02/03 10:00\nA storm hit the coast on Friday.\n"
    from qa.document import parse_metadata

    corpus = Corpus([parse_metadata("a", a_text), parse_metadata("b", b_text)])
    storm = answer("Who wrote the article about the storm?", corpus)
    assert (storm.short_answer, storm.citations[0].doc, storm.citations[0].sentence) == ("Coastal Times", "b", 1)
    library = answer("When was the library article published?", corpus)
    assert (library.short_answer, library.citations[0].doc) == ("2024/01/02 09:00", "a")
    unknown = answer("Who wrote the soccer story?", corpus)  # no document is about soccer: no guess
    assert unknown.abstained and unknown.details["abstain_reason"] == "no document is about 'soccer'"


def test_a_dated_dateline_says_when_the_story_was_published() -> None:
    from qa.document import parse_metadata

    text = ("Northwind profit rises\nBy Alicia Grant\n\nCHICAGO, July 28, 2026 — Northwind Foods Inc. said on "
            "Tuesday that its profit rose 9 percent.\n\nIt will publish a full report on October 27.\n")
    corpus = Corpus([parse_metadata("earnings", text), parse_metadata("other", "Rain falls\n\nIt rained.\n")])
    a = answer("When was the Northwind story published?", corpus)
    assert a.short_answer == "July 28, 2026" and a.details["metadata"] == "published"
    b = answer("When will Northwind's full report on profit be published?", corpus)
    assert b.details.get("metadata") is None  # a report the story speaks of, not the story


def test_a_publication_the_story_reports_is_not_the_story_s_own() -> None:
    from qa.document import parse_metadata

    text = ("Walking cuts dementia risk\nBy Alicia Grant\n2026/02/11 09:00\n\nA Danish study published on Tuesday "
            "in The Lancet found that walking cut dementia risk.\n\nThe researchers followed 48,200 adults.\n")
    corpus = Corpus([parse_metadata("study", text), parse_metadata("other", "Rain falls\n\nIt rained on Monday.\n")])
    when = answer("When was the study published?", corpus)
    assert (when.short_answer, when.citations[0].sentence) == ("Tuesday", 3)
    which = answer("Which journal published the research?", corpus)  # not "no document is about 'journal'"
    assert which.details.get("metadata") is None and which.citations[0].doc == "study"
    story = answer("When was the walking story published?", corpus)
    assert story.short_answer == "2026/02/11 09:00" and story.details["metadata"] == "published"


@pytest.mark.parametrize("line", ["Monday, November 3, 2025 06:15 GMT", "Saturday, Oct. 18, 2025, 11:57 p.m. ET",
                                  "March 11, 2025 9:42 PM EDT", "2025/09/23 19:40"])
def test_a_timestamp_line_is_the_publication_time(line: str) -> None:
    from qa.document import parse_metadata

    assert parse_metadata("d", f"Storm hits coast\nBy Jane Doe\n{line}\n\nA storm hit.\n").published == line


@pytest.mark.parametrize(("question", "why"), [
    ("Who is not leading the House delegation to China?", "negated"),           # the text says who is
    ("What is the least awaited item on the agenda?", "'least'"),               # it says "long-awaited" ... "major"
    ("Who leads the unofficial House delegation to China?", "'unofficial'"),    # it says "official"
])
def test_abstains_when_the_question_asks_the_opposite(question: str, why: str) -> None:
    a = answer(question)
    assert a.abstained
    assert why in a.details["abstain_reason"]


def test_a_negated_question_is_answered_by_a_sentence_that_stops_or_forbids_it() -> None:
    text = ("A High Court judge on Tuesday ordered Peak Aggregates Ltd. to stop blasting and crushing stone at its "
            "quarry between 7 p.m. and 7 a.m.")
    a = answer("During which hours is the quarry no longer allowed to blast stone?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "7 p.m. and 7 a.m."
    a = answer("During which hours is the quarry no longer allowed to blast stone?",
               Corpus.from_text(text.replace("to stop blasting", "to go on blasting"), name="t"))
    assert a.abstained and a.details["abstain_reason"] == "the question is negated and the best sentence is not"


@pytest.mark.parametrize(("question", "text", "short"), [
    # "the least a supporter can put in": an amount; "a minimum investment" says "the least"
    ("What is the least a supporter can put into the share scheme?",
     "Under the plan, supporters can buy shares at £50 each, with a minimum investment of £100.", "£100"),
    # "suggested" qualifies the price asked; "price of A$1,299" is a sum, not another thing's price
    ("What is the suggested retail price of Coolabah’s new solar fridge?",
     "Coolabah said its new fridge would go on sale on March 14 at a recommended retail price of A$1,299.",
     "A$1,299"),
])
def test_a_price_or_amount_asked_in_other_words(question: str, text: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # "without" before a noun is a state, not a negation
    ("How many customers were without electricity at the worst point of the storm?",
     "At the storm’s peak early Saturday, roughly 41,000 customers lost service, the utility said.",
     "roughly 41,000 customers"),
    # development set 76: "left without" is a state, whatever word follows ("running water")
    ("How many households were left without running water?",
     "A water main burst on Thursday, cutting off supplies to about 14,000 households.", "about 14,000 households"),
    # "won't ... until" asks a time
    ("Why won’t the water sample results be ready until next week?",
     "Results are expected early next week, because Legionella cultures can take up to 10 days to grow.",
     "Legionella cultures can take up to 10 days to grow"),
])
def test_words_that_look_negative_but_negate_nothing(question: str, text: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 50 and 59: the end asked, the start said in the past tense
    ("When did the tax office pilot end?", "A pilot in the tax office that began in January 2024 involved 85 "
     "employees.", None),
    ("When did the tax office pilot begin?", "A pilot in the tax office that began in January 2024 involved 85 "
     "employees.", "January 2024"),
    # development set 65: "opened" tells of the beginning whatever "end" comes after it
    ("On what date did the truffle season begin?", "The season opened on Sept. 10 and runs until the end of "
     "January.", "Sept. 10"),
    ("When did the season start?", "The season runs until the end of January.", None),
])
def test_an_end_asked_is_not_a_start_said(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short
    # code review: a sentence that also says the end, in any form ("ended"), is no contrast (its short
    # answer may still take the start's date: the nearer one)
    a = answer("When did the rail strike end?", Corpus.from_text("The rail strike, which began on March 3, ended "
                                                                 "on March 20 after a pay offer.", name="t"))
    assert not a.abstained and a.citations[0].sentence == 0


@pytest.mark.parametrize(("question", "short"), [
    # development set 60: the same verb with another object is about someone else's part
    ("Who plays the mother in the film?", None),
    ("Who plays the developer in the film?", "Choi Dong-hyun"),  # "Actor" opening the sentence is no name
    ("Who won the men’s race?", "Tadesse Alemu"),  # a possessive is no object
])
def test_a_who_question_s_object_must_be_the_sentence_s(question: str, short: str | None) -> None:
    text = ("Actor Choi Dong-hyun, who plays the developer in the film, drew the loudest screams. "
            "Tadesse Alemu won the men’s race on Sunday.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short
    # code review: only a person's part against another; "won the marathon" may be the race asked
    text = "Ana Lopez won the marathon in 2 hours 20 minutes on Sunday, breaking the course record."
    assert answer("Who won the race?", Corpus.from_text(text, name="t")).short_answer == "Ana Lopez"


def test_an_opposite_beside_the_asked_word_s_synonym_is_no_contrast() -> None:
    # "begin" asked, "start ... until the end of October" written: the start is said, the end is another date
    text = ("The trapping programme will start on Saturday, August 9, and continue every weekend until the end "
            "of October.")
    a = answer("On what day does the trapping begin?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "Saturday, August 9"  # the weekday and its date
    a = answer("On what day does the trapping begin?", Corpus.from_text(text.replace("start", "go ahead"), name="t"))
    assert a.abstained and "'begin' where the best sentence says 'end'" in a.details["abstain_reason"]


def test_a_relation_with_another_argument_is_about_something_else() -> None:
    corpus = Corpus.from_text("The U.S. Ambassador to Japan, Rahm Emanuel, hosted the dinner in Tokyo.", name="d")
    same = answer("Who is the U.S. ambassador to Japan?", corpus)
    assert same.short_answer == "Rahm Emanuel"
    other = answer("Who is Japan's ambassador to the United States?", corpus)
    assert other.abstained and "ambassador to United States" in other.details["abstain_reason"]


def test_a_negated_sentence_still_answers_a_plain_question() -> None:
    a = answer("Was Smith directly involved in the negotiations?")
    assert not a.abstained
    assert "not directly involved" in a.text


def test_confidence_of_an_abstention_is_its_reasons_dev_precision() -> None:
    from qa.abstention import ABSTAIN_PRECISION

    a = answer("What happened to the delegation in 2011?")
    assert a.details["abstain_kind"] == "number"
    assert a.confidence == ABSTAIN_PRECISION["number"]
    right = answer("Who is the U.S. ambassador to China?")
    assert 0.0 < right.confidence < 1.0 and not right.abstained


def test_whether_or_not_is_not_a_negation() -> None:

    assert contradicts("Whether or not the deal closes, who pays?", "The buyer pays.") is None
    assert contradicts("Which factors may or may not matter?", "Two factors matter.") is None
    assert contradicts("Who did not pay?", "The buyer pays.") is not None
    # held-out set 89: an exception tells what is not so
    assert contradicts("Which kind of rice is not covered by the ban?",
                       "The ban covers all varieties except fragrant rice such as ST25.") is None


def test_a_score_asked_is_a_tally_not_a_share() -> None:
    text = ("Kovalenko's second serve won 58% of points in her semifinal against Elena Rossi.\n\n"
            "In the final, Kovalenko beat Camille Duret 4-6, 7-6 (8), 6-3.\n")
    corpus = Corpus.from_text(text, name="t")
    a = answer("What was the score of Kovalenko's semifinal against Elena Rossi?", corpus)
    assert a.abstained, a.short_answer
    assert answer("What was the score of the final?", corpus).short_answer == "4-6, 7-6 (8), 6-3"


def test_the_name_of_a_person_needs_a_name() -> None:
    text = ("Rescuers evacuated four hikers on Friday. The fourth, a 24-year-old woman, was released on Friday "
            "afternoon.\n\nThe pilot, Reto Zurbriggen, flew them to Sion.\n")
    corpus = Corpus.from_text(text, name="h")
    a = answer("What is the name of the hiker who was released on Friday afternoon?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    assert answer("What is the name of the pilot?", corpus).short_answer == "Reto Zurbriggen"


@pytest.mark.parametrize(("question", "short"), [
    # development sets 4, 39, 55 and 56: a place or a people's adjective is no person's name
    ("What is the name of the injured firefighter?", None),  # "a 41-year-old from Redmond"
    ("What are the names of the two men arrested?", None),  # "a 34-year-old Austrian": "names of", a plain noun
    ("What was the name of the girl who was bitten?", None),
    ("What is the name of the calf’s mother?", "Zuri"),  # a one-word name given to it
    ("What is the name of the officer who made the arrests?", "Anna Berger"),
    # development set 60: the source of a sentence is not the person it tells of
    ("What is the name of the boy who was bitten?", None),
    ("What is the name of the spokeswoman?", "Rita Gomes"),
    # code review: a speaker who is the person asked, by the verb of the noun ("driver": "was driving")
    ("What is the name of the bus driver?", "Ola Berg"),
])
def test_the_name_of_a_person_is_a_persons_name(question: str, short: str | None) -> None:
    text = ("A 41-year-old from Redmond was injured fighting the fire. Two men, a 34-year-old Austrian and a "
            "Slovak, were arrested on Friday. Inspector Anna Berger made the arrests. A girl from Valencia was "
            "bitten by a puppy. The calf was born to a mother named Zuri. A boy was bitten on Oct. 4, according to "
            "Dr. Helena Marsh of the health board. “We are watching,” said spokeswoman Rita Gomes. “It came from "
            "nowhere,” said Ola Berg, who was driving the bus.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_the_name_of_a_thing_may_be_a_term() -> None:
    from qa.question import proper_name_asked

    person = frozenset({"PERSON", "ENTITY"})
    assert proper_name_asked("What is the name of the hiker who was released?") == ("hiker", person)
    assert proper_name_asked("What is the name of the river?") == ("river", frozenset({"LOCATION", "ENTITY"}))
    assert proper_name_asked("What is the name of the vet who examined Tashi?") == ("vet", person)
    assert proper_name_asked("What is the name of the alphabet most used?") is None  # "the binary alphabet"
    assert proper_name_asked("What is the name of the 41-year-old injured firefighter?") == (
        "firefighter", frozenset({"PERSON", "ENTITY"}))  # "injured" modifies the noun; it does not end it


@pytest.mark.parametrize(("question", "short"), [
    ("In what year was the builder Anton Kessler born?", None),  # the damage's 1945 is no birth year
    ("In what year was the organ damaged?", "1945"),
    ("In which year was the organ built?", "1728"),
])
def test_a_year_question_needs_the_event_said_too(question: str, short: str | None) -> None:
    # development set 57: "In what year was the organ builder ... born?" answered the year of a war's damage
    text = ("Old organ plays again\n\nThe organ was built in 1728 by Anton Kessler. It was damaged in 1945, "
            "when shells pierced the roof, and was restored this year.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_who_heads_a_body_needs_the_body_near() -> None:
    # break-it trial 43: "Who heads the union?" answered with a company's chief executive in a story with no union
    text = "Takeover\n\nBrightmesh is run by chief executive Priya Natarajan, who founded it in 2011 in Seattle."
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who heads the union?", corpus).abstained
    text = "Doctors strike\n\nLena Haskett, the union’s president, said the strike would go ahead."
    assert answer("Who heads the union?", Corpus.from_text(text, name="t")).short_answer == "Lena Haskett"


def test_a_whole_named_back_is_no_count_of_the_thing_asked() -> None:
    # break-it trial 43: "Of the four," counts the hospitals named before, not the consultants asked
    text = ("Strike\n\nOf the four, only the children's hospital kept its emergency department staffed, using "
            "consultants brought in from an agency.")
    assert answer("How many consultants did the children's hospital bring in?",
                  Corpus.from_text(text, name="t")).short_answer is None


def test_a_part_of_a_named_whole_is_the_part() -> None:
    # break-it trial 43: "about 600 of Brightmesh's 3,400 staff": the part, as with "of the"
    text = "Takeover\n\nQuillon said about 600 of Brightmesh's 3,400 staff could lose their jobs."
    a = answer("How many of Brightmesh's employees could lose their jobs?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "about 600"


@pytest.mark.parametrize(("question", "short"), [
    # development set 69: an age range's figures count no one
    ("Roughly how many young people are eligible for the free pass?", "roughly 38,000 residents"),
])
def test_an_age_range_counts_no_one(question: str, short: str) -> None:
    from qa.amounts import amount_asked
    from qa.entities import find_spans
    from qa.question import analyze

    text = ("The program covers roughly 38,000 residents between the ages of 13 and 19 who register for a free "
            "digital pass through an app.")
    assert answer(question, Corpus.from_text("Story\n\n" + text, name="t")).short_answer == short
    q = analyze(question)
    assert [sp.text for sp in find_spans(text) if amount_asked(q, sp, text)] == ["roughly 38,000 residents"]


@pytest.mark.parametrize(("question", "text", "short"), [
    # development set 46: a count of one unit of time is not a figure in another
    ("How many seasons has Mark Pedersen coached Northfield?", "“We had them on the ropes for 20 minutes,” "
     "Northfield coach Mark Pedersen said.", None),
    ("How many seasons has Mark Pedersen coached Northfield?", "Northfield coach Mark Pedersen, in his ninth season, "
     "has led the team for 12 seasons.", "12 seasons"),
])
def test_a_count_of_a_time_unit_is_not_a_figure_in_another(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text("Story\n\n" + text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # code review of this session's rules: each case was refused or misread by the rule as first written
    ("How much more will each household pay?", "Households will pay about $120 more a year under the plan.",
     "about $120"),  # a plural subject with a verb of paying: what each one pays
    ("How much will each worker receive?", "Workers will receive a one-time bonus of $1,500.", "$1,500"),
    ("When did Penhallow last win the league title?", "Penhallow’s last league title came in 1998.", "1998"),
    ("How many of the passengers died?", "At least 12 passengers were killed when the bus overturned.",
     "At least 12 passengers"),  # the part's predicate in other words
    ("How many of the hostages were released?", "Gunmen freed 24 hostages on Friday.", "24"),
    ("How much of its allocation has Arizona lost?", "The cuts were announced in Arizona on Monday, and California, "
     "the country’s largest water user, has lost 18% of its allocation.", None),  # "the country's" is no subject
    ("When did the protest begin?", "The protest came to an end on Sunday, hours after police opened fire.", None),
    ("What percentage of the vote did Smith win?", "Mayor Ann Smith, a Republican from Ohio, won 52 percent of the "
     "vote, and turnout in Smith’s home county reached 61 percent.", "52 percent"),  # Ohio is in an aside
])
def test_code_review_cases(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text("Story\n\n" + text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # second code review (/tmp/review43): each case was refused or misread by a rule as first written
    ("Who led the march on Washington?", "Al Sharpton, founder of the National Action Network, led the march on "
     "Washington on Saturday.", "Al Sharpton"),  # a deed asked: the name is no body whose office is asked
    ("Who is the chief executive of Beta Corp?", "John Smith, chairman of Acme Holdings and chief executive of "
     "Beta Corp, said the deal was done.", "John Smith"),  # every office of the apposition
    ("Who heads the International Monetary Fund?", "Kristalina Georgieva, managing director of the IMF, said the "
     "International Monetary Fund would help.", "Kristalina Georgieva"),  # a body spelt by its acronym
    ("How much did Vantor earn last year?", "Vantor agreed on Tuesday to sell its drone unit to Lockheed Martin "
     "Corp. for $400 million.\n\nThe unit makes drones for armies.\n\nThe company earned $85 million last year.",
     "$85 million"),  # "the company" is the lead's subject, not its suffixed counterparty
    ("How much did wind power contribute to the grid last year?", "Wind power contributed 29 percent of the "
     "country’s electricity last year.", "29 percent"),  # "contribute" asks no sum of itself
    ("When will the players signed this week arrive?", "The three players Northfield signed this week will arrive "
     "next week, the club said.", "next week"),
    ("How many seasons has Mark Pedersen coached Northfield?", "Mark Pedersen has coached Northfield for 12 years.",
     "12 years"),  # years may count seasons; minutes may not
    ("What is the completion date for the new bridge?", "The new bridge is due to be completed in 2028, the council "
     "said.", "2028"),  # only "On what date ...?" asks a day
    ("Which company owns Ring?", "Ring, an Amazon company, said on Tuesday it would stop sharing footage.",
     "Amazon"),  # "X, an Amazon company": the owner
    ("What was the total spending increase?", "City spending will rise by $120 million next year, Mayor Lee Park "
     "said.", "$120 million"),  # "total" keeps the question's type past the participle
    ("Who runs the Barrow Museum of Art?", "The Barrow Museum of Art opened in 1961.\n\nIt holds 4,000 works.\n\n"
     "“The paintings are safe,” said Anna Berg, the museum’s former director.", None),  # a former office
])
def test_second_code_review_cases(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text("Story\n\n" + text, name="t")).short_answer == short


def test_a_verb_that_takes_an_object_has_its_speaker_after_a_quote() -> None:
    from qa.facts import facts_for

    text = "Vote dispute\n\n“The vote was rigged,” claimed opposition leader Ana Costa."
    corpus = Corpus.from_text(text, name="t")
    assert facts_for(corpus).speakers(corpus.sentence("t", 1)) == ["Ana Costa"]


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 65 and 66: "this spring" is a part of this year; "last year" is no answer for this year's;
    # "On what date ...?" wants a day, or a month with its year
    ("On what date does this year’s truffle fair open?", "Truffle fair\n\nThe fair, which last year drew 40,000 "
     "visitors, will be shortened to two weekends this autumn.", None),
    ("On what date will adults pay more?", "Fares\n\nPrices rise in mid-July for children. Adult tickets will rise "
     "from 29 euros to 34 euros starting June 1.", "June 1"),
    ("By what date will the factory stop operating?", "Closure\n\nThe factory will close by September 2025.",
     "September 2025"),
    ("From what date will the ban apply?", "Ban\n\nThe measure, passed after a debate that ran past 10 p.m., applies "
     "to new applications from April 1.", "April 1"),  # a clock time is no date
])
def test_this_year_and_what_date(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 7 and 57: "Who runs X?" below a sentence that names X but no one: the person a later
    # sentence gives X's office by apposition or title, X called by the noun that heads its name
    ("Who runs the Northern Rice Heritage Seed Bank?", "The collection, known as the Northern Rice Heritage Seed "
     "Bank, was set up in 2015.\n\nIt has tripled since then as collectors went to 340 villages.\n\n“Every packet "
     "is a family’s history,” said Dr. Khamla Vongsay, the seed bank’s director and a plant geneticist.",
     "Khamla Vongsay"),
    ("Who runs the Museum of Flemish Crafts?", "The Museum of Flemish Crafts opened in 1961 in Bruges.\n\nThe casket "
     "was stolen in 1994.\n\nMuseum director Koen De Smet, 59, said the casket had been displayed in the museum’s "
     "main hall.", "Koen De Smet"),
])
def test_the_holder_of_the_office_asked_below_a_sentence_without_one(question: str, text: str,
                                                                     short: str | None) -> None:
    assert answer(question, Corpus.from_text("Story\n\n" + text, name="t")).short_answer == short


def test_a_role_may_be_given_by_its_verb_in_a_clause_about_the_person() -> None:
    # development set 70: "who leads the opposition group" gives him as its leader
    text = ("Ban passed\n\nCouncillor Graham Toft, who leads the opposition Independent group, said pupils would walk "
            "farther.")
    a = answer("Who is the leader of the opposition Independent group?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Graham Toft"
    text = "Ban passed\n\nCouncillor Graham Toft, who backed the ban, said pupils would walk farther."
    assert answer("Who is the leader of the opposition Independent group?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 25 and 55: a person said to hold an office of another named body
    ("Who is the head of the Clyde Valley Enterprise Agency?", "Councillor Ravi Bhandari, leader of Lanark Valley "
     "Council, said the council would work with the Clyde Valley Enterprise Agency.", None),
    ("Who will chair the board of Riverline Dairy?", "“It is a big day,” said Graeme Whitlock, chairman of Kaimai, "
     "which joins Riverline Dairy next year.", None),
    ("Who is the head of the Clyde Valley Enterprise Agency?", "Ravi Bhandari, head of the Clyde Valley Enterprise "
     "Agency, said it would help.", "Ravi Bhandari"),
    ("Who leads Riverline Dairy?", "Anna Kerr, chief executive of Riverline Dairy Ltd., said the merger was done.",
     "Anna Kerr"),  # a short form of the same name
])
def test_an_office_of_another_body_is_no_answer(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 20, 26, 31, 40 and 46: "When did X first/last <verb>?" needs the verb told
    ("When did Corvant first detect the impurity?", "Corvant said on Monday it was recalling 2.1 million bottles "
     "after tests found an impurity.", None),
    ("When did Penhallow last win a league title?", "He said he had lent the club £75,000 last year.", None),
    ("When was the strain first detected?", "The strain was first detected in June in New Brunswick.", "June"),
    ("When did staff first notice the cyberattack?",  # held-out set 87: to notice it is to detect it
     "The attack was detected early Sunday morning, when staff found they could not log in.", "early Sunday morning"),
    ("When does the theater’s first full season get under way?",  # "first" of a noun: no occurrence asked
     "The theater’s first full season begins in April.", "April"),
])
def test_a_first_or_last_occurrence_asked_needs_its_verb_told(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 33 and 49: "found", the past of "find", tells of no founding
    ("When was Maritime Home founded?", "Maritime Home said the breach was detected on Sept. 14, when staff found "
     "they could not open the inventory system.", None),
    ("When was Maritime Home founded?", "Maritime Home, founded in 1952, runs 40 stores.", "1952"),
    # code review: "found" is the word for a discovery, and "helped found" a founding
    ("When was the body discovered?", "Hikers found the body on Saturday morning near a trail.", "Saturday morning"),
    ("When was the club founded?", "A group of dockworkers helped found the club in 1889.", "1889"),
])
def test_found_as_the_past_of_find_is_no_founding(question: str, text: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "abstains"), [
    # development sets 19, 32, 48, 49 and 55: a figure asked of one party alone
    ("How many hospitals does Eastvale Health operate on its own?",
     "Regulators approved the merger of Northfield Care and Eastvale Health, creating a combined system that will "
     "operate 14 hospitals.", True),
    ("How many hectares burned in Tarn alone?", "Fires burned 38,000 hectares in Aude, Tarn and Gard.", True),
    ("How many trips does the Red Line carry on its own?", "The network carried 2.3 million trips a day.", True),
    ("How many hectares burned in Tarn alone?", "In Tarn alone, fires burned 9,000 hectares.", False),
    ("How many hospitals does Eastvale Health operate on its own?", "Eastvale Health operates six hospitals.", False),
    # code review: "live alone" and "restart itself" ask no one party's figure; the sentence may say "alone" itself
    ("How many Swedes live alone?", "A total of 1.3 million Swedes live alone, Statistics Sweden said.", False),
    ("How many times did the printer restart itself?", "The printer restarted itself 14 times in total.", False),
    ("How many hectares burned in Tarn alone?", "In Tarn alone, 4,500 hectares burned, more than in Aude and Gard "
     "combined.", False),
])
def test_a_figure_asked_of_one_alone_is_not_a_joint_one(question: str, text: str, abstains: bool) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained == abstains, (a.details["abstain_reason"], a.text)


@pytest.mark.parametrize(("question", "text", "short"), [
    # development sets 4, 37, 39, 46, 47 and 51: a sum asked for one of a kind needs a sum of one
    ("How much will each new bus cost?", "The council approved a $310 million bus rapid transit plan.", None),
    ("How much does it cost to rewet one hectare?", "The state plans to rewet 10,000 hectares under a €21 million "
     "programme.", None),
    ("What does each of the new ships cost?", "The ships are priced at about $288 million each.", "about $288 million"),
    ("How much does a single ticket cost?", "Tickets will cost 15 euros, with students admitted free.", "15 euros"),
    ("How much does each ticket cost?", "A ticket costs 2.50 euros on the new line.", "2.50 euros"),
    ("How much will the council pay each plot holder?", "The council will pay £250 per plot towards moving costs.",
     "£250"),
    ("How much does the hospital lose each day?", "The strike costs the hospital 1.2 million euros.",
     "1.2 million euros"),  # a time is a rate, asked of another check
    # held-out set 87: "one suspect" who did something is one of them, not a unit priced
    ("What price did one suspect discuss for selling the canvas?",
     "In a wiretapped call, the men discussed selling the canvas to a collector for €350,000, police said.",
     "€350,000"),
])
def test_a_sum_asked_for_one_needs_a_sum_of_one(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short, a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "text", "abstains"), [
    # development sets 3, 26, 39, 40, 44, 55 and 57: "How many of the X <predicate>?" asks for a part of the X
    ("How many of the tagged swifts died during migration?",
     "Researchers fitted 48 swifts with geolocators in June 2022.", True),
    ("How many of the people arrested are women?", "Police arrested 17 people on Tuesday in a crackdown.", True),
    ("How many of the tagged swifts died during migration?", "Of the 48 tagged swifts, 11 died during migration.",
     False),
    ("How many of the tagged swifts died during migration?", "Eleven of the 48 tagged swifts died during migration.",
     False),
    ("How many of his colonies did the beekeeper lose?", "The beekeeper said he had lost 610 colonies.", False),
    ("How many of the pipes were found to be original?",
     "Of the 2,614 pipes, about 1,100 turned out to be original.", False),
])
def test_a_part_asked_of_a_whole_needs_the_part_said(question: str, text: str, abstains: bool) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained == abstains, (a.details["abstain_reason"], a.text)


@pytest.mark.parametrize(("question", "text", "abstains"), [
    ("What started the Mission Ridge fire?",
     "The Mission Ridge fire, first reported on Wednesday afternoon, had grown to 8,400 hectares.", True),
    ("What caused the Mission Ridge fire?",
     "The Mission Ridge fire, first reported on Wednesday, was sparked by a downed power line.", False),
    ("What caused Darnell Reese's death?", "Darnell Reese, 29, died of an untreated infection in 2021.", False),
    ("What sparked the protests?", "Protests broke out after police shot a teenager on Friday.", False),
    ("What caused the fire?", "The blaze began shortly after 2 p.m. on Monday near the village.", True),
])
def test_what_caused_it_needs_a_sentence_that_tells_of_a_cause(question: str, text: str, abstains: bool) -> None:
    a = answer(question, Corpus.from_text(text, name="c"))
    assert a.abstained == abstains, (a.details["abstain_reason"], a.text)


@pytest.mark.parametrize(("question", "short"), [
    ("When was Vestvik Marine founded?", None),   # the contract's Thursday is no founding date
    ("When was Aurora Air founded?", "1998"),
    ("When was the Bergen yard opened?", None),
    ("When did Aden Duale become health secretary?", None),  # the launch day is no day he became it
    ("When did Mary Okoth become chief executive?", "2019"),
    ("When was Aurora Air set up?", "1998"),  # "set up" is founding
    ("When was the Usk Rivers Trust set up?", None),  # the trapping's Saturday is no founding date
    ("When did Vestvik Marine open its Bergen yard?", None),  # "did ... open": the opening must be said
    ("When did the Usk Rivers Trust begin the trapping?", "Saturday"),  # "will start on Saturday"
    ("When did the centre begin its assessment?", None),  # "released on Friday" is no beginning
    ("In which year was Aurora Air founded?", "1998"),
])
def test_when_an_event_happened_needs_the_event_said(question: str, short: str | None) -> None:
    text = ("The ministry on Thursday awarded a contract to the Bergen shipyard Vestvik Marine.\n\n"
            "Aurora Air, founded in 1998, will fly the route.\n\n"
            "Health Secretary Aden Duale launched the vaccine on Tuesday morning.\n\n"
            "Mary Okoth, who became chief executive in 2019, welcomed the plan.\n\n"
            "The trapping, led by the Usk Rivers Trust, will start on Saturday.\n\n"
            "Results are encouraging, according to an assessment by the centre released on Friday.\n")
    a = answer(question, Corpus.from_text(text, name="e"))
    assert a.short_answer == short, a.details["abstain_reason"]


def test_a_price_asked_needs_the_thing_priced_and_a_bid_is_money() -> None:
    text = ("The grid connections will be built by Elvia at a cost of 380 million kroner.\n\n"
            "Vestvik Marine beat three rival bids, including one from Cemre Shipyard.\n\n"
            "A ferry ticket will cost 45 kroner.\n")
    corpus = Corpus.from_text(text, name="p")
    assert answer("How much did Cemre Shipyard bid?", corpus).abstained  # "one" of the bids is no sum
    assert answer("How much does a ferry ticket cost?", corpus).short_answer == "45 kroner"
    assert answer("How much does a ferry pass cost?", corpus).abstained  # not the grid's cost


@pytest.mark.parametrize(("question", "text", "short"), [
    # a price word with the thing's other words: "the base bus fare" prices a bus ride
    ("How much will a single bus ride cost after the increase?",
     "The council voted on Tuesday to raise the base bus fare from $1.75 to $2.25, the first increase since 2017.",
     "$2.25"),
    # "the work": what the sentence before named ("the street lighting": "312 streetlights", a compound)
    ("How much did the new street lighting cost the council?",
     "The effort replaced 312 streetlights on the high street with amber LED fittings. The council paid for the "
     "work, which cost £276,000.", "£276,000"),
    ("How much did the new street lighting cost the council?",  # but not a general noun for something unnamed
     "The effort replaced 312 benches in the park. The council paid for the work, which cost £276,000.", None),
    # the price of one is no total: "each solar radio" is not "The program costs about $1.8 million a year"
    ("How much does each solar radio cost to make?",
     "The school hands out solar radios to every pupil. The program costs about $1.8 million a year.", None),
    # held-out set 113: a sum told per year past its conversion in brackets is no total of three years
    ("How much will the sponsorship add each year?",
     "A new sponsorship deal with Caribtel Ltd. will add 90 million Jamaican dollars ($580,000) a year for the "
     "next three years.", "90 million Jamaican dollars"),
    # a contract is an agreement
    ("How much will the contract cost the district?",
     "Superintendent Thomas Greer said the agreement would cost the district about $21 million over three years.",
     "about $21 million"),
])
def test_a_price_may_name_the_thing_priced_in_other_words(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("How many people ride Riverton buses on a typical weekday?", "about 38,000 riders"),  # not a vote's "6"
    ("How many council members voted for the fare rise?", "6"),  # a vote asked: its side answers
    ("How much power does the dam generate?", "about 14 megawatts"),  # power generated: an amount
    ("How far did Crestwood’s stock drop?", None),  # not "8-count boxes", a compound word
    ("What is the maximum class size for third grade?", "26 students"),  # a size is a number
])
def test_break_it_trial_35_figures(question: str, short: str | None) -> None:
    text = ("The Riverton City Council voted 6 to 3 on Tuesday night to raise the base bus fare. Riverton buses carry "
            "about 38,000 riders on a typical weekday.\n\nThe recall covers 8-count boxes of Crestwood crackers, and "
            "Crestwood’s stock dropped on the news. "
            "The site includes a dam that produces about 14 megawatts of power.\n\nThe district agreed to cap class "
            "sizes at 26 students in kindergarten through third grade, a demand the union had pressed.\n")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("What salary does Superintendent Thomas Greer earn?", None),  # the agreement's cost is no salary
    ("What salary does Principal Ana Ruiz earn?", "$98,000"),
])
def test_a_salary_asked_needs_pay_said(question: str, short: str | None) -> None:
    text = ("Superintendent Thomas Greer said the agreement would cost the district about $21 million over three "
            "years. Principal Ana Ruiz is paid $98,000 a year.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_cases_of_a_disease_count_people() -> None:
    text = ("Health officials urged people who live near the estate to watch for symptoms after eight cases of "
            "Legionnaires’ disease were confirmed.")
    a = answer("How many people have been diagnosed with Legionnaires’ disease?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "eight cases"


@pytest.mark.parametrize(("question", "short"), [
    ("How many people signed the association’s petition?", "3,100 signatures"),  # what each signer did
    ("How many people did the association shelter?", None),  # not the question's own verb: "12 shelters"
])
def test_a_count_of_what_the_people_asked_about_did_counts_them(question: str, short: str | None) -> None:
    text = ("Halstead said the association had collected 3,100 signatures on a petition asking the council to "
            "keep the allotments. The association runs 12 shelters across the city.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("How many voters supported the rental ordinance?", "412"),  # not the 220 permits
    ("How many short-term rental permits will the town allow?", "220"),  # "permits" before "will" is a noun
])
def test_the_number_of_things_at_a_figure_counts_those_things(question: str, short: str) -> None:
    text = ("Voters approved strict new limits on short-term rentals at a town meeting on Saturday, capping the "
            "number of permits at 220. The ordinance passed 412 to 297 after nearly four hours of debate.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # a number after a singular noun names one thing: "plot 12"
    ("How many members does the allotment association have?",
     "Derek Halstead, chairman of the allotment association, has grown vegetables on plot 12 since 1981.", None),
    ("How many plots does the allotment association have?",
     "The allotment association has 12 plots beside the school.", "12"),
    # "one of" picks one out of others; it counts nothing asked
    ("How many breweries does Van Dijck operate?",
     "Van Dijck, one of the country's oldest family brewers, will sell its brewery in Ghent.", None),
    ("How many of the breweries will close?", "Only one of the three breweries will close.", "one"),
    # but not one member of the very whole asked about
    ("How many of the 26,000 enrolled children are girls?",
     "Hauwa is one of about 26,000 children in herding communities enrolled in the radio school.", None),
])
def test_a_number_that_names_or_picks_out_one_is_no_count(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_the_person_a_question_names_does_not_answer_who_joined_them() -> None:
    text = "Councillor Bruce Hadley, who voted against the change, said ratepayers had not been consulted."
    a = answer("Which councillors joined Bruce Hadley in voting against the change?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "type"


def test_a_tally_asked_is_found_below_a_best_sentence_without_one() -> None:
    text = ("Councillor Bruce Hadley, who voted against the change, said the results were based on staff surveys. "
            "Councillors on the district council voted 9–3 on Thursday afternoon to adopt the four-day week.")
    a = answer("What was the result of the councillors’ vote?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "9–3"


@pytest.mark.parametrize(("question", "abstains"), [
    ("Which vessel have investigators found responsible for the collision?", True),  # "not yet said which"
    ("When will the investigators report?", True),  # "it is unclear when"
    ("How many crew members were rescued?", False),  # another wh-word: the sentence may still tell it
])
def test_a_sentence_saying_the_asked_thing_is_not_known_does_not_answer(question: str, abstains: bool) -> None:
    text = ("Nine crew members were rescued, but investigators from both countries have not yet said which vessel was "
            "at fault, and it is unclear when they will report.")
    assert answer(question, Corpus.from_text(text, name="t")).abstained == abstains


@pytest.mark.parametrize(("question", "short"), [
    ("On which exact day will the coast guards hold their first joint drill?", None),  # "in March" is no day
    ("In which month will the coast guards hold their first joint drill?", "March"),
    ("On what day will the liaison officers be named?", "Friday"),
])
def test_a_day_asked_is_not_answered_by_a_month(question: str, short: str | None) -> None:
    text = ("The two coast guards will hold their first joint rescue drill in March. Each side will name a liaison "
            "officer on Friday.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_an_executive_or_official_asked_is_any_office_holder() -> None:
    text = ("“We are replacing poles, not just reconnecting wires, and that takes time,” said Denise Whitlock, the "
            "utility’s vice president of operations.")
    a = answer("Who is the utility executive in charge of operations?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Denise Whitlock"


def test_the_top_executive_is_the_chief_executive() -> None:
    text = ("Mayor Hemi Walker said the council was looking at new rosters. Chief executive Sarah Montgomery said the "
            "council had struggled to hire planners.")
    a = answer("Who is the council’s top executive?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Sarah Montgomery"


def test_which_owner_s_thing_asks_for_the_owner() -> None:
    text = "Scientists from the University of Stirling have found plastic fibres in every sample from Loch Carran."
    a = answer("Which university’s scientists carried out the loch study?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "University of Stirling"


@pytest.mark.parametrize(("question", "text", "short"), [
    ("How deep is the loch?", "The loch lies more than 400 metres above sea level.", None),  # a height
    ("How high is the loch?", "The loch lies more than 400 metres above sea level.", "more than 400 metres"),
    ("How high is the bridge?", "The bridge is 1.2 kilometres long and 30 metres high.", "30 metres"),
    ("How deep is the loch?", "The loch is 120 metres deep.", "120 metres"),
])
def test_a_length_said_of_another_dimension_does_not_answer(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_name_in_the_sentence_beside_does_not_name_the_person_asked() -> None:
    # the sentence beside a best sentence without the type does not answer: its name is often someone
    # else's ("Lorna Baticados", a spokeswoman, for the missing man's uncle)
    text = ("The two men still missing are Jomar Villanueva, 27, and his uncle, both from the fishing town of Quezon. "
            "Their families have each received 150,000 pesos in emergency aid from the fisheries bureau, "
            "spokeswoman Lorna Baticados said.")
    a = answer("What is the name of Jomar Villanueva’s uncle who is also missing?", Corpus.from_text(text, name="t"))
    assert a.abstained


def test_who_will_serve_as_an_office_the_text_leaves_unfilled() -> None:
    text = ("BaFin also ordered the bank to appoint a special monitor, who will report every quarter.\n\n"
            "The bank named Jane Roe as its new compliance chief.\n")
    corpus = Corpus.from_text(text, name="s")
    a = answer("Who will serve as the special monitor appointed at the bank?", corpus)
    assert a.abstained and "a special monitor" in a.details["abstain_reason"], a.short_answer


@pytest.mark.parametrize(("question", "text", "short"), [
    # the review's cases: a name after a verb of saying and four other words is no speaker
    ("What did Wang Yi say?", "Smith said the delegation would meet Wang Yi later this week.", None),
    # an organization announces deeds, not only words
    ("What did Apple announce on Tuesday?", "Apple unveiled a thinner iPhone at an event on Tuesday.", ""),
    # the office's own verb counts: directed, governed, operated
    ("Who directed the film?", "The film was directed by Jane Campion.", "Jane Campion"),
    ("Who runs the shelter?", "The shelter is operated by Maria Lopez.", "Maria Lopez"),
])
def test_speakers_and_offices_read_narrowly(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained == (short is None), a.details["abstain_reason"]
    if short:
        assert a.short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # "the company" in the figure's clause stands for a company named before it, not a person
    ("How much must Jane Smith pay?", "A court found that Jane Smith had been wrongly dismissed, and ordered the "
     "company to pay 14.2 million dollars.", None),
    # "lost" is a loss only when a sum is asked
    ("How many jobs will be lost?", "Acme will cut 1,200 jobs as sales slump in Europe.", "1,200"),
    # "declined to comment" negates no verb of the question
    ("Why did the company not pay the fine?", "The company declined to comment on Thursday.", None),
    # "the company" is no public body named first
    ("How much will Acme pay to settle the claim?", "The Federal Trade Commission on Monday cleared Acme Corp's "
     "purchase of Beta Inc.\n\nThe deal closes in May.\n\nThe company will pay 5 million dollars to settle the "
     "claim.\n", "5 million dollars"),
    # a name asked of a noun for firms as well as people; a list of those met stops at a clause
    ("What is the name of the investor?", "The investor, Bexley Capital, bought a 10 percent stake.",
     "Bexley Capital"),
    ("Who did the delegation meet?", "The delegation met Wang Yi, and Smith said the talks were useful.", "Wang Yi"),
    # an index's score is a percentage; a match's is a tally
    ("What was Norway's score in the index?", "Norway's score in the press freedom index was 92.3 percent.",
     "92.3 percent"),
])
def test_review_cases_of_the_session_s_rules(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained == (short is None), a.details["abstain_reason"]
    assert a.short_answer == short


def test_a_place_is_no_person_s_name() -> None:
    text = "One injured firefighter, a 24-year-old from the town of Redmond, was treated in Seattle."
    a = answer("What is the name of the injured firefighter?", Corpus.from_text(text, name="f"))
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer


def test_a_place_asked_against_another_place_said(corpus: Corpus) -> None:
    # "a potential meeting next month between President Donald Trump and President Xi Jinping in South Korea"
    a = answer("When will Trump meet Xi in Beijing?", corpus)
    assert a.abstained and "in South Korea" in a.details["abstain_reason"]
    assert answer("When will Trump meet Xi in South Korea?", corpus).short_answer == "next month"
    assert contradicts("When will they meet in Beijing?", "They will meet in China next week.") is None  # a capital
    # another place that may lie in the asked one, or a country in an asked region, is no contrast
    assert contradicts("How many were evacuated in Florida?", "40,000 were evacuated in Miami-Dade County.") is None
    assert contradicts("How many jobs will go in Europe?", "Acme will cut 900 jobs in France.") is None


def test_a_year_after_since_is_a_boundary_not_the_time_of_the_event(corpus: Corpus) -> None:
    # "Smith is leading the first official U.S. House delegation to China since 2019."
    a = answer("When did the delegation arrive in Beijing?", corpus)
    assert a.abstained and "since 2019" in a.details["abstain_reason"]
    assert answer("When did a House delegation last visit China?", corpus).short_answer == "2019"
    # "west" is no superlative, "most" no comparison; another date of the sentence answers instead
    for question, text, short in [
            ("When were the miners trapped?", "The miners, working in the west shaft, have been trapped since "
             "Thursday morning.", "Thursday morning"),
            ("When did residents lose power?", "Most residents have been without power since Tuesday night.",
             "Tuesday night"),
            ("When did prices peak?", "Prices hit their highest level since 2008 on Monday.", "Monday")]:
        assert answer(question, Corpus.from_text(text, name="s")).short_answer == short
    # "since" after a state ("trapped since Thursday morning") does give its start
    text = "The miners had been trapped 400 meters underground since Thursday morning, officials said."
    assert answer("When were the miners trapped?", Corpus.from_text(text, name="m")).short_answer == "Thursday morning"


def test_a_verb_that_negates_its_complement_answers_a_negated_question() -> None:
    # "declined to challenge" says it did not challenge; a question with "failed to" is not read as negated
    assert contradicts("When did regulators decide not to challenge the merger?",
                       "The Federal Trade Commission declined to challenge the merger in August.") is None
    assert contradicts("When did regulators decide not to challenge the merger?",
                       "The Federal Trade Commission challenged the merger in August.") is not None
    assert contradicts("What year did Roger fail to take the town?", "Roger was driven off in 1018.") is None


def test_a_plural_question_gets_the_whole_list() -> None:
    text = "The Norse raiders came from Denmark, Iceland and Norway. They settled in France."
    a = answer("From which countries did the raiders come?", Corpus.from_text(text, name="norse"))
    assert a.short_answer == "Denmark, Iceland and Norway"


def test_who_said_needs_a_sentence_that_reports_speech() -> None:
    from qa import Chat

    chat = Chat()
    chat.ask("Where might Trump and Xi meet?")
    a = chat.ask("Who said that?")  # the previous answer is narration: nobody is quoted
    assert a.abstained and "reports no one saying" in a.details["abstain_reason"]


def test_a_quote_goes_to_the_first_person_named_before_it() -> None:
    text = ("Engineer Marcus Bell briefed Mayor Elena Ruiz on the plant. “We cannot wait for the next drought. "
            "The work starts now,” he said.")
    a = answer("Who said “We cannot wait for the next drought”?", Corpus.from_text(text, name="plant"))
    assert a.short_answer is not None and a.short_answer.endswith("Marcus Bell")  # not Mayor Elena Ruiz


def test_markdown_emphasis_is_not_part_of_a_short_answer() -> None:
    text = "# Orders\n\n- **Jane Doe** spoke of a *huge* order from **Acme Corp.** last week.\n"
    a = answer("Who spoke of a huge order?", Corpus.from_text(text, name="md"))
    assert a.short_answer == "Jane Doe"
    assert a.citations[0].text.startswith("- **Jane Doe**")  # the citation stays verbatim


def test_an_ordinal_the_text_lacks_means_abstain() -> None:
    text = "In the 10th century the Normans settled in France. They built many castles."
    corpus = Corpus.from_text(text, name="normans")
    assert answer("Where did the Normans settle in the 12th century?", corpus).abstained
    assert answer("Where did the Normans settle in the 10th century?", corpus).short_answer == "France"


def test_exception_quantifiers_and_reverse_prefixes() -> None:

    assert contradicts("What captures the formal notion?", "It captures the informal notion.") is not None
    assert contradicts("What is the least important class?", "#P is an important class.") is not None
    assert contradicts("Which tool is rarely used?", "The hammer is the most commonly used tool.") is not None
    assert contradicts("What holds at least two items?", "A pair holds two items.") is None
    assert contradicts("What captures the formal notion?", "It captures the formal notion.") is None


def test_a_value_with_another_qualifier_is_another_value() -> None:
    sentence = "The bank raised its benchmark interest rate by 25 basis points to 4.75% on Wednesday."
    assert contradicts("What is Eastland's unemployment rate?", sentence) is not None
    assert contradicts("What is Eastland's interest rate?", sentence) is None
    # break-it trial 41: a word of quantity is no qualifier ("asks about the much tax")
    sentence = "The city collects $3.2 million a year in income tax."
    assert contradicts("How much tax will the city collect?", sentence) is None
    assert contradicts("How much sales tax will the city collect?", sentence) is not None


def test_a_name_left_with_its_preposition_after_and_is_no_other_argument() -> None:
    sentence = "Only 41 percent of adults in Halden and 36 percent in Marrow have received a flu shot this season."
    assert contradicts("What share of adults in Marrow have had a flu shot?", sentence) is None
    assert contradicts("What share of adults in Dover have had a flu shot?", sentence) is not None


def test_a_speaker_named_before_two_insertions_said_it() -> None:
    text = ("Pharmacist Rosa Tillman, 58, who runs a drugstore in downtown Halden, said she had given 600 shots in "
            "the past week.")
    a = answer("What did Rosa Tillman say?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text.startswith("Pharmacist Rosa Tillman")


def test_an_acronym_is_spelled_out_by_the_name_whose_initials_it_takes() -> None:
    text = ("Kestrel FC reached an agreement on Monday with the Port Alva Development Corporation (PADC) to build a "
            "stadium. The NTSB is investigating a crash.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("What does PADC stand for?", corpus).short_answer == "Port Alva Development Corporation"
    b = answer("What does NTSB stand for?", corpus)  # not spelled out in the text
    assert b.abstained and b.details["abstain_kind"] == "type"


def test_voting_against_is_not_approving() -> None:
    assert "'against'" in contradicts("Who voted against the plan?", "The council voted 7 to 2 to approve the plan.")
    assert contradicts("Who voted against the plan?", "Two members voted against the plan.") is None


def test_a_possessive_names_another_argument() -> None:
    sentence = "Marrow's mayor, Keith Alder, said the city would waive parking fees."
    assert "'mayor of Halden'" in contradicts("Who is the mayor of Halden?", sentence)
    assert contradicts("Who is the mayor of Marrow?", sentence) is None


def test_voting_for_is_not_voting_against() -> None:
    sentence = "Council member Rosa Delgado, who voted for the ban, said she would propose it again."
    assert "'voted for'" in contradicts("Which council member voted against the ban?", sentence)
    assert "'voted against'" in contradicts("Who voted in favour of the ban?", "Two members voted against the ban.")
    assert contradicts("Who voted for the ban?", sentence) is None
    opposed = "The two board members who opposed the increase, Peter Lindqvist and Anya Okonjo, spoke."
    assert "'opposed'" in contradicts("How many board members voted for the fare increase?", opposed)
    assert contradicts("Who opposed the increase?", opposed) is None
    a = answer("Which council member voted against the ban?", Corpus.from_text(sentence, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "contrast"


def test_what_is_still_to_come_does_not_answer_what_happened() -> None:
    question = "When did Northwind report its results?"
    assert "still to come" in contradicts(question, "It will report third-quarter results on October 27.")
    assert "still to come" in contradicts(question, "The company plans to report its results on Friday.")
    assert contradicts(question, "Northwind reported results on Tuesday and will report again in October.") is None
    assert contradicts("When will Northwind report its results?", "It will report results on October 27.") is None
    inspected = "When did the FDA last inspect the plant?"  # a time planned is no time something happened
    assert "still to come" in contradicts(inspected, "An FDA inspection of the plant is planned for November.")
    assert contradicts("When will the FDA inspect the plant?", "An FDA inspection is planned for November.") is None
    launched = "How many satellites has Vellum Array launched?"  # a present perfect asks what happened too
    assert "still to come" in contradicts(launched, "It said it expected to launch 120 satellites next year.")
    assert contradicts(launched, "Vellum Array has launched 48 satellites since 2021.") is None
    # break-it trial 41: "already" asks what is so; "would add ... and install 12" is still to come
    cameras = "How many motion cameras does the zoo already have?"
    assert "still to come" in contradicts(cameras, "He said the zoo would add patrols and install 12 motion cameras.")
    assert "still to come" in contradicts(cameras, "The zoo will install 12 motion cameras.")
    assert contradicts(cameras, "The zoo already has 12 motion cameras and will add six.") is None
    # newcomer trial 73: the deed asked told as done beside the one to come; a decision's reason holds before
    announced = "The province will delay its rebate by five months, Finance Minister Ann Roy announced on Monday."
    assert contradicts("When did Roy announce the delay?", announced) is None
    assert "still to come" in contradicts("When did the province delay the rebate?", announced)
    cancel = "Minhotos will cancel 14 of its 22 night routes, the company said, blaming a shortage of drivers."
    assert contradicts("Why did the company cancel the night routes?", cancel) is None


def test_a_yes_no_question_is_answered_by_the_opposite_of_its_verb() -> None:
    # break-it trial 43: "Did the board accept the offer?" was refused though the sentence says it rejected it
    text = "Takeover\n\nBrightmesh’s board, led by chairman Victor Aldana, rejected the offer on Wednesday."
    a = answer("Did Brightmesh’s board accept the offer?", Corpus.from_text(text, name="t"))
    assert not a.abstained and "rejected the offer" in a.citations[0].text
    a = answer("Did Brightmesh’s board approve the merger?", Corpus.from_text(text, name="t"))
    assert a.abstained  # no opposite of "approve" is said


def test_no_as_a_determiner_and_start_up_as_a_noun() -> None:
    # development set 71: "received no vaccine dose" says "not vaccinated"; "the start-up" asks no start
    text = "Outbreak\n\nOf the 31 confirmed cases, 26 involved students who had received no vaccine dose."
    a = answer("How many of the infected students were not fully vaccinated?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer is not None and "26" in a.short_answer
    text = "Coffee\n\nBina Roast submitted an application to Israel’s Health Ministry in March, the start-up said."
    a = answer("When did the start-up apply for approval?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "March"


def test_those_who_abstained_are_neither_side_of_a_tally() -> None:
    # development sets 69 and 70: "How many councillors abstained?" answered with the tally's "against" side
    text = "Ban passed\n\nThe measure passed by 31 votes to 17 after a debate that ran past 10 p.m."
    assert answer("How many councillors abstained in the vote?", Corpus.from_text(text, name="t")).abstained
    text = "Ban passed\n\nThe measure passed by 31 votes to 17, with four councillors abstaining."
    assert answer("How many councillors abstained in the vote?",
                  Corpus.from_text(text, name="t")).short_answer == "four"


def test_a_headline_without_the_figure_gives_way_to_a_sentence_with_it() -> None:
    # break-it trial 43: "How many doctors walked out?" was refused on the headline "Junior doctors walk out ..."
    text = ("Junior doctors walk out at four hospitals\nBy A. Reporter\n\nAbout 1,340 junior doctors took part on "
            "the first day, the union said.")
    a = answer("How many doctors walked out?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "About 1,340 junior doctors"


def test_a_time_is_no_short_answer_to_which_thing() -> None:
    # development set 71: "Which engine pulled the first train?" gave "10:30 a.m."; better no short answer
    text = "Railway reopens\n\nThe first train left at 10:30 a.m., hauled by the locomotive Lady Morfudd."
    a = answer("Which engine pulled the first train?", Corpus.from_text(text, name="t"))
    assert a.short_answer != "10:30 a.m."


def test_what_happened_is_not_answered_by_a_supposition() -> None:
    # break-it trial 41: "Who won the recount?" answered with the loser, from "he would still need to win them"
    hypothesis = "If the court sides with Achebe, he would still need to win the ballots by at least 62 votes."
    assert "only supposes" in contradicts("Who won the recount?", hypothesis)
    assert contradicts("Who won the recount?", "Voss won the recount by 61 votes, the board said.") is None
    assert contradicts("Who would win a new vote?", hypothesis) is None  # the question supposes too


def test_the_missing_and_the_injured_are_not_the_dead() -> None:
    # break-it trial 43: "How many people died?" was answered with the two who are missing
    assert contradicts("How many people died in the floods?", "Two people are missing and five were injured.")
    assert contradicts("How many people were killed?", "Five people were injured in the crash.")
    assert contradicts("How many people died in the floods?", "Two people died and five are missing.") is None
    assert contradicts("How many people were injured?", "Two people are missing and five were injured.") is None


def test_a_count_goes_with_the_verb_asked() -> None:
    # development set 75: "died" was refused against "killed ... and injured", then answered with the injured
    text = ("Wolves killed 57 sheep and injured at least 20 more in overnight attacks on three farms last week.")
    corpus = Corpus.from_text(text, name="w")
    assert contradicts("How many sheep died in the attacks?", text) is None  # "killed" is a way of dying
    assert answer("How many sheep died in last week's attacks?", corpus).short_answer == "57"
    assert answer("How many sheep were killed?", corpus).short_answer == "57"
    assert answer("How many sheep were injured in the attacks?", corpus).short_answer == "at least 20"


def test_degree_words_contradict_only_on_the_same_word() -> None:

    assert contradicts("Why did walkers show less decline?", "Walkers showed more decline than others.") is not None
    assert contradicts("Why did walkers show less decline?", "Healthier people may simply walk more.") is None
    assert contradicts("How much did the most active walkers gain?", "Those who walked at least 6,000 steps gained.") \
        is None  # "at least" bounds a figure; it is not "least"
    assert contradicts("Which ports import grain?", "The ports export grain.") is not None  # not a degree word
    assert contradicts("How many runners finished the race?", "A record 17,500 runners started the race.") \
        is not None


def test_a_continuation_holding_the_asked_thing_is_cited_first() -> None:
    text = ("Mayor Ellen Park was asked about the new stadium deal on Monday. She cited concerns about "
            "traffic and noise, though she backed the plan.")
    a = answer("Which worries did Mayor Park raise about the stadium deal?", Corpus.from_text(text, name="m"))
    assert [c.sentence for c in a.citations[:2]] == [1, 0]
    assert a.text == text  # both sentences, in document order


def test_short_answer_from_the_continuation_that_holds_the_head_noun() -> None:
    text = ("Mayor Ellen Park was asked about the new stadium deal on Monday. She cited concerns about "
            "traffic and noise, though she backed the plan.")
    a = answer("Which worries did Mayor Park raise about the stadium deal?", Corpus.from_text(text, name="m"))
    assert a.short_answer == "traffic and noise"  # the worries themselves, not the head noun "concerns"


SPEECH_TEXT = ("Mayor Elena Ruiz met Governor Tom Hale in Fresno on Monday. The dam will be raised by ten meters, "
               "according to Engineer Marcus Bell. Hale, who faces re-election in May, told reporters the state "
               "would pay half. “The valley cannot wait,” Ruiz said. A recount confirmed Mayor Elena Ruiz as the "
               "winner, the county board announced. “It is done,” added Ruiz.")


@pytest.mark.parametrize(("sentence", "speakers"), [
    (1, ["Engineer Marcus Bell"]),            # "according to X"
    (2, ["Hale"]),                   # "X, <apposition>, told"
    (3, ["Ruiz"]),                   # "..., Ruiz said"
    (0, []),                         # a meeting: nobody speaks
    (4, []),                         # break-it trial: "confirmed X", "told X", "urged X": X is the object
    (5, ["Ruiz"]),                   # ", added Ruiz": a verb that goes before its speaker
])
def test_speakers_of_a_sentence(sentence: int, speakers: list[str]) -> None:
    from qa.facts import facts_for

    corpus = Corpus.from_text(SPEECH_TEXT, name="dam")
    assert facts_for(corpus).speakers(corpus.sentence("dam", sentence)) == speakers


def test_what_did_x_say_needs_x_to_say_it() -> None:
    corpus = Corpus.from_text(SPEECH_TEXT, name="dam")
    said = answer("What did Governor Hale tell reporters about paying?", corpus)
    assert not said.abstained and said.citations[0].sentence == 2
    unsaid = answer("What did Mayor Ruiz say about the dam being raised?", corpus)  # Bell said that, not Ruiz
    assert unsaid.abstained and unsaid.details["abstain_kind"] == "speaker"


def test_a_quote_whose_speaker_is_named_in_it_is_theirs() -> None:
    a = answer("Who said the valley cannot wait?", Corpus.from_text(SPEECH_TEXT, name="dam"))
    assert a.short_answer == "Elena Ruiz"  # “...,” Ruiz said: not Hale, named in the sentence before
    assert a.citations[0].sentence == 3


def test_a_party_or_religion_answers_which_party_and_is_no_place() -> None:
    corpus = Corpus.from_text("Senator Jane Roe, a Republican, voted against the farm bill on Tuesday.", name="v")
    assert answer("Which party does Senator Roe belong to?", corpus).short_answer == "Republican"
    text = ("Representative Jane Roe, the top Republican on the panel, spoke first.\n\n"
            "Roe is leading the first trip of the House Budget Committee to Chile.")
    a = answer("To which party does the lawmaker leading the trip belong?", Corpus.from_text(text, name="c"))
    assert (a.short_answer, a.citations[0].sentence) == ("Republican", 0)  # a committee is no party
    where = answer("Which state does Senator Roe represent?", corpus)  # "Republican" is not a state
    assert where.abstained and where.details["abstain_kind"] == "type"


def test_a_name_must_be_near_the_best_sentence_not_three_sentences_back() -> None:
    text = ("Envoys from France and Japan met in Geneva on Monday.\n\nThe talks covered trade.\n\n"
            "Officials discussed new tariffs.\n\nChina has close to 600 nuclear weapons, analysts said.\n")
    corpus = Corpus.from_text(text, name="g")
    a = answer("How many nuclear weapons does France have?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "name"
    assert (answer("How many nuclear weapons does China have?", corpus).short_answer or "").startswith("close to 600")


def test_a_surname_supports_the_full_name_asked() -> None:
    text = "Mayor Ellen Park spoke first.\n\nThe vote came later.\n\nPark opened the bridge on Monday.\n"
    a = answer("When did Ellen Park open the bridge?", Corpus.from_text(text, name="p"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == "Monday"


def test_an_untitled_name_reused_by_its_surname_is_a_person() -> None:
    from qa.facts import facts_for

    text = ("Early Norman castles stood on mounds. Jonas Weber crossed from the left. Weber then scored twice. "
            "The Portland Pioneers won. The Pioneers were happy.")
    corpus = Corpus.from_text(text, name="s")
    facts = facts_for(corpus)
    typed = {sp.text: sp.type for i in range(5) for sp in facts.spans(corpus.sentence("s", i))}
    assert typed["Jonas Weber"] == "PERSON" and typed["Weber"] == "PERSON"  # "Weber" alone: a person
    assert typed["Portland Pioneers"] == "ENTITY"                          # "the Pioneers": a team
    assert typed.get("Early Norman", "ENTITY") == "ENTITY"                  # "early" is an ordinary word
    assert answer("Who scored twice?", corpus).short_answer == "Jonas Weber"


def test_the_company_stands_for_the_company_named_before() -> None:
    text = ("Analysts in Norway were pleased. Acme Corp. reported higher profit on Monday.\n\n"
            "Sales rose.\n\nThe company will build a plant in Ohio, it said.\n")
    corpus = Corpus.from_text(text, name="a")
    a = answer("Where will Acme build a plant?", corpus)
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == "Ohio"
    assert answer("Where will Norway build a plant?", corpus).abstained  # "the company" is no country


def test_a_hyphenated_modifier_keeps_the_question_s_subject_and_head() -> None:
    text = "Aurora Air will fly the route from May 14. Economy fares will start at 329 euros one way."
    a = answer("What is the lowest one-way economy fare on the new route?", Corpus.from_text(text, name="f"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == "329 euros"


def test_the_group_is_not_any_organization_named_before() -> None:
    # "the group" is the story's first-named organization (here the delegation's own), not
    # Helix Ltd., named in passing: Helix's chairman is not given
    text = ("Lawmakers from the Nordic Council met officials in Beijing on Monday.\n\n"
            "They discussed the sale of Helix Ltd. to a consortium. Talks ran late.\n\n"
            "The group will meet Chairman Zhao Wen of the Standing Committee on Friday.\n")
    corpus = Corpus.from_text(text, name="g")
    a = answer("Who is the chairman of Helix?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "name", a.short_answer
    assert answer("Who is the chairman of the Standing Committee?", corpus).short_answer == "Zhao Wen"


def test_an_organization_s_acronym_must_be_near_its_figure() -> None:
    text = ("Egypt is in talks with the IMF over a new loan.\n\nThe talks resume in May.\n\n"
            "Separately, the World Bank lent Egypt 3 billion dollars last year.\n")
    a = answer("How much money did the IMF lend to Egypt?", Corpus.from_text(text, name="e"))
    assert a.abstained and a.details["abstain_kind"] == "name", a.short_answer


def test_an_acronym_the_story_never_spells_out_is_its_topic() -> None:
    text = ("Brazilian firm Prato Certo raises $410 million in IPO\n\n"
            "Prato Certo sold shares on Friday.\n\n"
            "Vela Capital, an early investor, sold part of its holding and will keep about 18%.\n")
    a = answer("How much of the firm will Vela Capital keep after the IPO?", Corpus.from_text(text, name="i"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == "about 18%"


def test_a_count_of_things_or_a_score_is_no_sum_of_money() -> None:
    from qa.entities import find_spans

    text = "Ifeanyi Okonkwo scored three goals in the second half as Portland won 4-2 on Saturday."
    assert "half" not in {sp.text for sp in find_spans(text)}  # a period of the game, not a number
    a = answer("How much did Portland pay for Okonkwo?", Corpus.from_text(text, name="g"))
    assert a.abstained and a.details["abstain_kind"] == "type"


def test_a_question_naming_a_document_s_subject_is_answered_from_that_document() -> None:
    from qa.document import parse_metadata

    corpus = Corpus([parse_metadata("court", "The court ruled for the majority of the plaintiffs on Monday.\n"),
                     parse_metadata("acme", "Acme Corp. reported results.\n\nIts cloud unit made the majority "
                                            "of revenue.\n")])
    a = answer("Which unit made the majority of Acme's revenue?", corpus)
    assert a.citations[0].doc == "acme" and "cloud unit" in a.citations[0].text
    other = next(c for c in a.details["candidates"] if c["doc"] == "court")
    assert other["parts"]["penalty"] == -0.5


@pytest.mark.parametrize("question", ["Who is the source for the plan to raise the dam?",
                                      "Who said the dam will be raised by ten meters?"])
def test_who_said_is_answered_by_the_speaker(question: str) -> None:
    a = answer(question, Corpus.from_text(SPEECH_TEXT, name="dam"))  # "..., according to Engineer Marcus Bell"
    assert (a.short_answer, a.citations[0].sentence) == ("Engineer Marcus Bell", 1)


def test_the_source_of_the_brief_s_schedule_is_the_speaker_not_the_people_met() -> None:
    a = answer("Who is the source for the delegation's upcoming meeting schedule?")
    assert a.short_answer == "He Lifeng"  # "... Zhao Leji and Foreign Minister Wang Yi, according to ... He Lifeng"


def test_a_closed_compound_the_text_lacks_matches_by_its_first_part() -> None:
    from qa.question import analyze
    from qa.scorer import _alike

    text = "Ministers discussed a rail order.\n\nA long-awaited Embraer aircraft order is also on the agenda.\n"
    corpus = Corpus.from_text(text, name="o")
    assert "aircraft" in _alike(analyze("Which planemaker's order is on the agenda?"), corpus)["planemak"]
    a = answer("Which planemaker's order is on the agenda?", corpus)
    assert (a.short_answer, a.citations[0].sentence) == ("Embraer", 1)


def test_a_people_s_adjective_stands_for_its_country() -> None:
    text = "The settlers had a deep effect on Irish culture and law.\n\nThey later built ports in Spain."
    a = answer("What did the settlers affect in Ireland?", Corpus.from_text(text, name="i"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.citations[0].sentence == 0
    city = answer("In which South Korean city will they meet?",
                  Corpus.from_text("The leaders may meet in South Korea next month.", name="k"))
    assert city.abstained  # "South Korea" is what the question already says, not a city


@pytest.mark.parametrize(("question", "abstains"), [
    ("In what year did Hatmanis publish the paper?", False),   # one letter off "Hartmanis"
    ("In what year did Hartman publish the paper?", True),     # another name
])
def test_a_name_one_letter_off_is_a_typo(question: str, abstains: bool) -> None:
    text = "Juris Hartmanis published the paper in 1965.\n\nIt founded the field."
    assert answer(question, Corpus.from_text(text, name="h")).abstained is abstains


def test_what_kind_of_x_is_answered_by_the_words_that_qualify_x() -> None:
    text = "Their style was marked by rounded arches, particularly over windows and doorways."
    a = answer("What kind of arches did their style have?", Corpus.from_text(text, name="arch"))
    assert a.short_answer == "rounded arches"


def test_a_title_asked_for_is_the_quoted_phrase() -> None:
    text = "In 1972, Richard Karp published his paper “Reducibility Among Combinatorial Problems”, a landmark."
    a = answer("What paper did Richard Karp publish in 1972?", Corpus.from_text(text, name="k"))
    assert a.short_answer == "Reducibility Among Combinatorial Problems"


def test_a_year_given_only_as_a_boundary_does_not_answer_in_that_year() -> None:
    corpus = Corpus.from_text("Jane Roe is leading the first trade mission to Peru since 2019.", name="m")
    a = answer("Who led the trade mission to Peru in 2019?", corpus)
    assert a.abstained and "boundary" in a.details["abstain_reason"]
    assert answer("Who is leading the trade mission to Peru?", corpus).short_answer == "Jane Roe"


MATCH = ("Ifeanyi Okonkwo scored three goals as Portland beat Denver 4-2 on Saturday.\n\n"
         "Okonkwo, a 24-year-old forward, had not scored in five games.\n\n"
         "The city's $48.6 million stadium budget was approved 7-2. Revenue rose to $2.4 billion at Acme.")


@pytest.mark.parametrize(("question", "short"), [
    ("How old is Ifeanyi Okonkwo?", "24"),                  # an age, and the surname stands for the full name
    ("How much is the stadium budget?", "$48.6 million"),   # a budget is money, not the 7-2 vote
    ("What was Acme's revenue?", "$2.4 billion"),           # "revenue": money after a possessive
])
def test_ages_and_sums_of_money(question: str, short: str) -> None:
    a = answer(question, Corpus.from_text(MATCH, name="m"))
    assert a.short_answer == short, (a.short_answer, a.details["abstain_reason"])


def test_what_did_x_say_finds_x_said() -> None:
    text = ("Governor Elaine Marsh cut a ribbon on Thursday.\n\n"
            "\"Every family deserves this day,\" Marsh said. The state paid for most of it.\n")
    a = answer("What did Marsh say?", Corpus.from_text(text, name="b"))
    assert not a.abstained and a.citations[0].sentence == 1


def test_a_repeated_line_is_cited_once() -> None:
    line = "The storm closed the port on Monday."
    text = f"Storm closes port.\n\n{line}\n\n{line}\n\nShips waited."
    a = answer("When did the storm close the port?", Corpus.from_text(text, name="s"), top=3)
    texts = [c.text for c in a.citations]
    assert texts.count(line) == 1


@pytest.mark.parametrize(("question", "short"), [("Who is the CEO of Acme?", "Laura Brennan"),
                                                 ("Who is Acme's CFO?", "Mark Devereaux")])
def test_ceo_and_chief_executive_are_one_title(question: str, short: str) -> None:
    text = ("Acme Corp. said sales rose.\n\nChief Executive Laura Brennan praised Acme's staff. "
            "Chief Financial Officer Mark Devereaux told analysts costs fell.")
    assert answer(question, Corpus.from_text(text, name="a")).short_answer == short


def test_which_companies_may_be_answered_by_a_nationality_and_its_noun() -> None:
    a = answer("Which companies complained of shortages?")
    assert a.short_answer == "European manufacturers"


def test_a_people_s_adjective_before_a_thing_is_no_person() -> None:
    # development set 108: "Andalusian", of "the Andalusian town", answered a who-question
    text = ("Spain's lottery operator appealed on Monday for the holder of a winning ticket, which was sold in the "
            "Andalusian town of Vélez-Málaga.\n\nThe ticket was bought at a small lottery shop run by María José "
            "Fortes and her son Daniel.\n")
    a = answer("Who runs the shop that sold the winning ticket?", Corpus.from_text(text, name="l"))
    assert a.short_answer == "María José Fortes"
    text = "Kenyan runner Daniel Kiprop won the race."  # a person named beside it still answers
    assert answer("Who won the race?", Corpus.from_text(text, name="k")).short_answer == "Daniel Kiprop"


@pytest.mark.parametrize(("question", "text", "short"), [
    # development set 108: the examples after the asked noun are the answer
    ("Which crops could farmers switch to?",
     "The fund will help farmers switch to crops such as ginger, taro and kava.", "ginger, taro and kava"),
    ("Which vegetables will the scheme subsidise?", "The scheme will subsidise vegetables including cabbage, "
     "spinach or kale, officials said.", "cabbage, spinach or kale"),
    # newcomer trial 75: the examples as the subject of a verb ("Denpasar, and Jetstar" was the answer)
    ("Which airlines cancelled flights?", "Airlines including Garuda Indonesia, Jetstar and Virgin Australia "
     "cancelled flights to Denpasar, and Jetstar said it would offer free rebooking.",
     "Garuda Indonesia, Jetstar and Virgin Australia"),
])
def test_which_things_are_the_examples_after_the_asked_noun(question: str, text: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="e")).short_answer == short


def test_which_bank_is_a_name_ending_in_bank() -> None:
    # development set 108: "Council" made it no business; a name ending in the kind asked is of that kind
    text = ("The new phase will be financed largely by a loan from the Council of Europe Development Bank and a grant "
            "from the European Union, the ministry said.")
    a = answer("Which bank is lending money for the new phase?", Corpus.from_text(text, name="b"))
    assert a.short_answer == "Council of Europe Development Bank"


@pytest.mark.parametrize(("question", "short"), [("How many cables were replaced?", "96"),
                                                 ("How many suspension cables were replaced?", "96")])
def test_a_count_is_the_figure_of_the_noun_asked(question: str, short: str) -> None:
    text = "The contractor replaced all 96 suspension cables and installed new sensors."
    assert answer(question, Corpus.from_text(text, name="c")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # the noun the question counts is left out, as readers write the answer (held-out sets: "4,800")
    ("How many spectators will the arena hold?", "The arena will seat 4,800 spectators.", "4,800"),
    # a unit of measure stays: it is part of the amount
    ("How many months do winners have to claim a prize?", "Winners have three months to claim a prize.",
     "three months"),
    # a qualified figure stays a phrase ("about 410", alone, would be no answer a reader writes)
    ("How many people were evacuated?", "Officials said about 410 people were evacuated.", "about 410 people"),
])
def test_a_count_s_short_answer_leaves_out_the_noun_asked(question: str, text: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="c")).short_answer == short


def test_who_is_a_full_name_is_not_answered_from_a_namesake() -> None:
    text = ("Chief Executive Daniel Harper announced the plan.\n\n"
            "The company was founded in 1987 by Harper's grandmother, Ruth Harper.")
    assert answer("Who is Ruth Harper?", Corpus.from_text(text, name="h")).short_answer == "Harper's grandmother"


THREE = {
    "bakery": "Bakery chain to open 12 stores\nBy Maria Lopez\nMarch 4, 2024\n\nDENVER (AP) — Rocky Crust Bakeries "
              "will open 12 stores, Chief Executive Daniel Harper said.\n",
    "bridge": "Storm closes river bridge\nBy Thomas Reed\nOctober 18, 2023\n\nPORTLAND, Maine (AP) — The Old Harbor "
              "Bridge will stay closed. Mayor Alan Whitfield said the city would ask for federal money.\n",
}


@pytest.mark.parametrize(("question", "short", "reason"), [
    ("Who wrote the story?", None, "the corpus holds 2 documents: say which one"),
    ("Who wrote the story about the bridge?", "Thomas Reed", None),
    ("When was the story about the storm in Texas published?", None, "no document is about 'Texas'"),
    ("What was the dateline of the bridge story?", "PORTLAND, Maine (AP)", None),
    ("Who is the mayor of Portland?", "Alan Whitfield", None),  # the dateline's place is the story's
])
def test_document_questions_in_a_corpus_of_several(question: str, short: str | None, reason: str | None) -> None:
    from qa.document import parse_metadata

    corpus = Corpus([parse_metadata(name, text) for name, text in THREE.items()])
    a = answer(question, corpus)
    assert a.short_answer == short
    assert (a.details["abstain_reason"] or "").startswith(reason or "")


BAKERY = ("Rocky Crust Bakeries, a family-owned chain, said Monday it will open 12 new stores across Colorado.\n\n"
          "Chief Executive Daniel Harper announced the plan at the company's headquarters in Lakewood.\n\n"
          "The company was founded in 1987 by Harper's grandmother, Ruth Harper.\n")


@pytest.mark.parametrize(("question", "short"), [
    ("Who is the chief executive of Rocky Crust Bakeries?", "Daniel Harper"),  # "the company's" = the bakeries
    ("Where is the headquarters of Rocky Crust Bakeries?", "Lakewood"),
    ("Who founded Rocky Crust Bakeries?", "Ruth Harper"),                      # not the possessor "Harper's"
])
def test_the_company_holds_the_company_s_name(question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(BAKERY, name="b")).short_answer == short


def test_how_much_skips_an_age_in_a_compound() -> None:
    text = "Sixteen-year-old Leo Martinez won the championship on Sunday and takes home a $50,000 prize."
    assert answer("How much did Martinez win?", Corpus.from_text(text, name="c")).short_answer == "$50,000"


def test_how_did_x_characterize_cites_the_sentence_with_the_characterization_first() -> None:
    a = answer("How did Smith characterize the state of the ByteDance question?")
    assert a.citations[0].sentence == 22 and "not 100% resolved" in a.citations[0].text
    assert a.citations[1].sentence == 21  # the sentence naming Smith and ByteDance


def test_a_preposition_is_never_the_edge_of_a_short_answer() -> None:
    a = answer("Apart from minerals, which topics did the lawmakers also take up?")
    assert a.citations[0].sentence == 20
    assert a.short_answer is not None and not a.short_answer.startswith("Beyond")
    assert a.short_answer.endswith("technology and trade")


@pytest.mark.parametrize(("text", "question", "short"), [
    ("Microsoft bought GitHub in 2018.", "Who bought GitHub?", "Microsoft"),    # a name opening the sentence
    ("Bob ate.", "Who ate?", "Bob"),
    ("Paris is the capital of France.", "What is the capital of France?", "Paris"),    # a capital is not its country
    ("The capital of Germany is Berlin.", "What is the capital of Germany?", "Berlin"),
])
def test_names_opening_a_sentence_and_capitals(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="x")).short_answer == short


@pytest.mark.parametrize("text", ["Meanwhile, prices rose.", "Officials said prices rose.", "Most of it went to Ohio."])
def test_words_capitalized_by_position_are_no_names(text: str) -> None:
    from qa.facts import facts_for

    corpus = Corpus.from_text(text, name="x")
    first = text.split()[0].strip(",")
    assert first not in [sp.text for sp in facts_for(corpus).spans(corpus.sentence("x", 0))]


@pytest.mark.parametrize(("question", "abstained", "short"), [
    ("who is the u.s. ambassador to china?", False, "David Perdue"),
    ("who is china's ambassador to the united states?", True, None),    # names read as names, lower case or not
    ("how many nuclear weapons does the united states have?", True, None),
])
def test_a_question_typed_in_lower_case_reads_names_as_the_corpus_writes_them(question, abstained, short) -> None:
    from qa.facts import facts_for

    a = answer(question)
    assert (a.abstained, a.short_answer, a.question) == (abstained, short, question)
    assert facts_for(Corpus.default()).restore_case("who is smith?") == "who is Smith?"


def test_a_vague_quantity_answers_how_much(corpus):
    a = answer("How much of the June deal's content has been made public?", corpus)
    assert not a.abstained
    assert a.citations[0].text.startswith("Few details of that deal have been disclosed")
    assert a.short_answer == "Few details"


@pytest.mark.parametrize(("question", "text", "short"), [
    # the object of the question's verb: after it in the text
    ("Who did Alexander marry?", "King David of Scotland, whose elder brother Alexander had married Sybil of "
     "Normandy, founded the abbey.", "Sybil of Normandy"),
    # the subject of a passive: after "by"
    ("Who commissioned the tapestry?", "It was commissioned by Odo, the Bishop of Bayeux and Earl of Kent.", "Odo"),
    # the holder of the role the question names: right after the role noun
    ("Who was the Norse leader?", "Norse raiders who, under their leader Rollo, swore fealty to King "
     "Charles III of West Francia.", "Rollo"),
    ("What river bounded the duchy?", "The duchy reached down to the river Seine in Upper Normandy.", "Seine"),
    # the role's holder stands right after the role noun, not after a verb that follows it
    ("Who is the chair?", "Sarah Kim, the bank's chair, thanked Mary Johnson for her service.", "Sarah Kim"),
    # a question ending on a preposition: its object
    ("What continent are the islands off the coast of?", "The expedition conquered the islands of Lanzarote and "
     "El Hierro off the Atlantic coast of Africa.", "Africa"),
])
def test_the_span_in_the_slot_the_question_verb_leaves_open(question: str, text: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short


def test_verb_slot_of_a_question() -> None:
    from qa.asked import verb_slot
    from qa.question import analyze
    assert verb_slot(analyze("Who ruined the plan?")) == ("subject", "ruin")
    assert verb_slot(analyze("Whom did Emma marry?")) == ("object", "marri")
    assert verb_slot(analyze("Who did Novak beat in the final?")) == ("object", "beat")  # not "final"
    assert verb_slot(analyze("Who is the mayor?")) == ("role", "mayor")  # "the mayor, Jane Roe"
    assert verb_slot(analyze("How many aircraft will Northwind retire?")) == ("object", "retir")
    assert verb_slot(analyze("How many jobs will be cut?")) is None  # a passive: the figure comes before
    assert verb_slot(analyze("How many people attended?")) is None


def test_a_name_holding_the_whole_name_asked_about_is_not_the_answer() -> None:
    text = ("The Blue Ridge Wind Project, developed by Portland-based Cascadia Renewables, would generate up to "
            "600 megawatts.")
    a = answer("Which company is developing the Blue Ridge project?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Cascadia Renewables"


def test_how_many_people_is_not_answered_by_a_sum_of_money() -> None:
    text = ("Whitfield said the carrier lost $48 million in 2024, compared with a profit of $12 million a year "
            "earlier. The cuts will hit crews in Duluth hardest.")
    a = answer("How many flight attendants will lose their jobs?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.short_answer is None, a.short_answer


def test_how_many_with_an_auxiliary_takes_the_figure_after_the_verb() -> None:
    text = "Northwind operates a fleet of 41 Embraer E175 jets and will retire nine of them by the end of the year."
    a = answer("How many aircraft will Northwind retire?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "nine"


def test_an_alternative_question_is_answered_by_the_alternative_the_text_holds() -> None:
    text = "The survey found the council's new budget rather modest. Critics had expected more."
    corpus = Corpus.from_text(text, name="t")
    assert answer("Was the council's budget generous or modest?", corpus).short_answer == "modest"
    assert answer("Was the council's budget modest?", corpus).short_answer is None  # plain yes/no: the sentence


@pytest.mark.parametrize(("question", "short"), [
    ("Is the plan in Chicago or Boston?", "Chicago"),  # a name in the other alternative is no reason to abstain
    ("Was the plan announced on Tuesday or Wednesday?", "Tuesday"),
    ("Is Laura Chen the chief executive or the chair?", "chief executive"),  # several words
    ("Was it a small or large plan?", "large"),  # a shared noun after the alternatives
])
def test_alternatives_of_several_kinds(question: str, short: str) -> None:
    text = "Chief executive Laura Chen announced the large plan in Chicago, the company said on Tuesday."
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_a_name_before_a_function_word_is_no_demonym() -> None:
    from qa.entities import Span
    from qa.facts import is_demonym
    text = "He surrendered his son Duncan as a hostage to European envoys."
    duncan = Span(text.index("Duncan"), text.index("Duncan") + 6, "Duncan", "ENTITY")
    european = Span(text.index("European"), text.index("European") + 8, "European", "ENTITY")
    assert not is_demonym(duncan, text)
    assert is_demonym(european, text)


def test_a_sentence_qualifying_the_asked_noun_ranks_first() -> None:
    text = ("Under the abbot Robert, several monks of Saint Anselm fled to southern Italy in 1061. "
            "At Saint Anselm, a tradition of singing had developed and the choir became famous.")
    a = answer("What tradition were the Saint Anselm monks known for?", Corpus.from_text(text, name="t"))
    assert a.citations[0].sentence == 1
    assert a.short_answer == "singing"


def test_a_modifier_of_the_role_noun_is_not_its_holder() -> None:
    from qa.analyzer import tokenize
    from qa.scorer import _fills_slot
    toks = tokenize("They replaced the Norse religion; Rollo, the leader, agreed.")
    at = {t.surface: i for i, t in enumerate(toks)}
    assert not _fills_slot(("role", "religion"), [at["Norse"]], toks)  # "Norse religion": a modifier
    assert _fills_slot(("role", "leader"), [at["Rollo"]], toks)  # "Rollo, the leader": an apposition


def test_a_speaker_named_in_apposition_said_it() -> None:
    text = "The spokesman, Bob Lee, said talks would continue."
    a = answer("What did Bob Lee say?", Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]  # was: "does not report Bob Lee saying it"


@pytest.mark.parametrize(("text", "short"), [
    ("The storm caused $2 billion in damage across the county on Monday.", "$2 billion"),
    ("The storm caused widespread damage across the county on Monday.", "widespread damage"),  # said in words
])
def test_how_much_of_a_thing_takes_an_amount_or_its_words(text: str, short: str) -> None:
    a = answer("How much damage did the storm cause?", Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_how_much_of_a_thing_said_neither_in_figures_nor_in_words_is_not_said(corpus: Corpus) -> None:
    # "... the flow of fentanyl precursors from China": no amount of fentanyl
    a = answer("How much fentanyl comes from China?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    text = "Peru is the world's second-largest copper producer after Chile."
    assert answer("How much copper does Chile produce?", Corpus.from_text(text, name="c")).abstained


@pytest.mark.parametrize(("question", "short"), [
    ("Who told reporters the crew was safe?", "Ivan Petrov"),  # the speaker
    ("Whom did Petrov tell?", "reporters"),  # the one told, not the speaker
    ("Who did Petrov tell?", "reporters"),
])
def test_who_was_told_is_not_who_told(question: str, short: str) -> None:
    a = answer(question, Corpus.from_text("Captain Ivan Petrov told reporters the crew was safe.", name="t"))
    assert a.short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    ("Who was arrested in connection with the fire?", "Police arrested a man named Tom Reed in connection with "
     "the fire.", "Tom Reed"),
    ("What was closed?", "Officials closed a nearby road until Sunday.", "nearby road"),
])
def test_a_passive_question_asks_for_the_active_verbs_object(question: str, text: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short  # not "Police", "Officials"


def test_asking_how_much_something_fell_when_it_rose_abstains() -> None:
    text = "Shares of Obrien Industries rose 12% on Monday after the company beat forecasts."
    a = answer("How much did shares of Obrien Industries fall?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "contrast"


def test_a_future_question_is_not_answered_by_a_year_before_the_story() -> None:
    text = ("Court revives jail lawsuit\nBy Dan Price\nMonday, June 2, 2025, 2:08 p.m. ET\n\n"
            "The county jail, built in 1987, holds about 600 people. The trial in the county case has been delayed.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("When will the trial in the county case start?", corpus)
    assert a.abstained  # "1987" is before the story was written
    assert answer("When was the county jail built?", corpus).short_answer == "1987"


def test_a_past_question_is_not_answered_by_a_year_after_the_story() -> None:
    text = ("Chipmaker to build plant\nBy Kevin Liang\nApril 24, 2025 4:15 PM EDT\n\n"
            "Brennan said the company would open a new plant in Chandler in 2026.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("When did Brennan open the new plant?", corpus).abstained  # 2026 is still to come
    assert answer("When will the new plant open?", corpus).short_answer == "2026"


@pytest.mark.parametrize(("question", "short"), [
    ("How old is Grace Wanjiru?", "27"),  # "Wanjiru, 27,": the news style for an age
    ("By how many seconds was the course record broken?", "41 seconds"),
    ("How often will trains run at peak hours?", "85 seconds"),
    ("How many years was the project delayed?", "two years"),
])
def test_ages_durations_and_frequencies(question: str, short: str) -> None:
    text = ("Grace Wanjiru won the race in Paris on Sunday. Wanjiru, 27, broke the course record by 41 seconds. "
            "Officials said trains will run every 85 seconds at peak hours. The project was delayed by two years.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_a_role_with_another_qualifier_is_someone_else() -> None:
    text = "Transport minister Philippe Tabarot cut the ribbon on Monday. Schools and education were not discussed."
    corpus = Corpus.from_text(text, name="t")
    a = answer("Who is the education minister?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "contrast"
    assert answer("Who is the transport minister?", corpus).short_answer == "Philippe Tabarot"


@pytest.mark.parametrize(("question", "text", "kind"), [
    # the role must be in the text, and an organization holds no one's role
    ("Who is the Herons' general manager?",
     "The Kings swept the Herons 3-0 this season. Herons head coach Linda Farrow praised the defence.", "subject"),
    ("Who is the city manager?",
     "The Brantford Falls City Council approved the budget on Monday after the city manager presented it.", "type"),
    ("Who is Acme's chief operating officer?", "Acme Corp. said Chief Executive Officer Jane Doe would retire.",
     "subject"),  # "chief executive officer" is another role
    # another company officer, though the text names the asked officer elsewhere
    ("Who is Baltavia's chief financial officer?", "Baltavia's chief executive, Andris Kalnins, will become "
     "chairman.\n\nThe district's chief financial officer presented the budget.", "contrast"),
    # newcomer trial 85: an office the person only acts on ("asked the comptroller") is no one's here
    ("Who is Peru's comptroller?", "Opposition lawmaker Carmen Villanueva said that rule had been abused and asked "
     "the comptroller to monitor spending. Peru's government declared an emergency.", "type"),
])
def test_a_role_holder_question_needs_the_role_and_a_person(question: str, text: str, kind: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == kind, a.short_answer


_ROLES_OF = ("HALIFAX, Nova Scotia (AWS) — Mayor Ann Lee opened the port on Monday.\n\n"
             "Officials then met Premier Li Wen and President Tao Ming in South Korea.\n\n"
             "Acme Corp.’s president, Joan Park, spoke. Brill Ltd. grew, and its chairman, Tom Ruiz, smiled.\n")


@pytest.mark.parametrize(("question", "short"), [
    ("Who is the president of South Korea?", None),  # a bare title, met in South Korea: not its president
    ("Who is the premier of South Korea?", None),
    ("Who is the president of Acme?", "Joan Park"),   # "Acme Corp.’s president"
    ("Who is the chairman of Brill?", "Tom Ruiz"),    # "its chairman", Brill named before
    ("Who is the mayor of Halifax?", "Ann Lee"),      # the dateline's town: its roles are given bare
])
def test_a_role_of_x_needs_x_beside_the_role(question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(_ROLES_OF, name="r"))
    assert a.short_answer == short, a.details["abstain_reason"]
    assert a.abstained == (short is None)
    if short is None:
        assert a.details["abstain_kind"] == "contrast"


def test_the_brief_gives_no_president_of_south_korea(corpus: Corpus) -> None:
    # "a meeting ... between President Donald Trump and President Xi Jinping in South Korea"
    a = answer("Who is the president of South Korea?", corpus)
    assert a.abstained and "South Korea" in a.details["abstain_reason"]


def test_a_misspelt_role_is_read_right_though_its_stem_is_another_word_of_the_text() -> None:
    from qa.question import analyze
    from qa.scorer import spelled

    text = ("The bank will cut its holdings of government bonds by 40 billion dollars.\n\n"
            "“Inflation remains too high,” Governor Helena Marchetti told a news conference at the bank.")
    corpus = Corpus.from_text(text, name="t")
    assert spelled(analyze("Who is the governer of the bank?"), corpus).focus == ("governor", "bank")  # not "govern"
    assert answer("Who is the governer of the bank?", corpus).short_answer == "Helena Marchetti"


@pytest.mark.parametrize("question", ["Who is the foreign minister?", "Who is the Foreign Minister?"])
def test_a_role_is_read_by_its_last_word_in_either_case(question: str) -> None:
    text = "The group will meet Assembly Chairman Zhao Lin and Foreign Minister Wang Bo, officials said."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "Wang Bo"


def test_a_role_holder_is_a_name_not_a_common_noun_for_people() -> None:
    text = ("About 4,300 nurses at six hospitals run by Keystone Regional Health walked off the job on Tuesday. "
            "A chief executive was not available.")
    a = answer("Who is the chief executive of Keystone Regional Health?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer  # it answered "nurses"


@pytest.mark.parametrize(("question", "text", "short"), [
    ("Who is the deputy mayor?", "Mayor Lorraine Batts backed the plan, and a deputy clerk agreed.", None),
    ("Who is the mayor?", "Deputy Mayor Tom Reyes backed the plan, and the council agreed.", None),
    ("Who is the deputy mayor?", "Deputy Mayor Tom Reyes backed the plan, and the council agreed.", "Tom Reyes"),
    # whoever held a role before: "previous" and "longtime" are one another's equals
    ("Who was the party's previous leader?", "The party’s longtime leader, Samuel Mwangi, stepped down in May.",
     "Samuel Mwangi"),
])
def test_a_rank_on_one_side_only_is_another_role(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None) and (short or a.details["abstain_kind"] == "contrast")


def test_a_close_runner_up_answers_when_the_best_sentence_lacks_the_asked_time() -> None:
    text = ("The council approved a $48.6 million transit budget for the coming year on Tuesday.\n\n"
            "The budget is about 12% larger than last year's spending plan of $43.4 million.")
    a = answer("How much did the council budget for transit in the previous year?", Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == "$43.4 million"


def test_a_relative_time_the_text_never_gives_abstains() -> None:
    text = "Ifeanyi Okonkwo scored three goals in the second half, and Portland won 4-2 on Saturday."
    a = answer("How many goals has Okonkwo scored this season?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "number"


@pytest.mark.parametrize(("question", "text", "short"), [
    # "who" answered by a common noun for people when no name is (it abstained: "no person in the best sentence")
    ("Who used the church to unify themselves?",
     "The church was utilised by the dukes as a unifying force for their scattered lands.", "the dukes"),
    ("Who discovered the wreck?", "The wreck was discovered in October by a survey team mapping the seabed.",
     "a survey team"),  # a group of people, with the noun before it
    # a score question wants the tally, not a count
    ("What was the final score of the match?",
     "Portland beat Denver 4-2 on Saturday night as Ifeanyi Okonkwo scored three goals in the final.", "4-2"),
    # "how many" is one count, not a list of counts
    ("How many engines were sent?", "About 120 firefighters and 20 engines were sent to the scene.", "20"),
    # "how many X": the figure that counts X, not the sentence's other counts
    ("How many air tankers were sent?",
     "More than 1,100 firefighters were assigned to the blaze, supported by 14 helicopters and nine air tankers.",
     "nine"),
    ("How many troops did the army send?", "The army deployed 350 soldiers and 28 amphibious vehicles.",
     "350"),
    ("How many adults took part in the study?",  # "took part" is not what is counted
     "During the follow-up, 1,836 participants in the study were diagnosed. The study tracked 78,430 adults.",
     "78,430"),
    ("How many older adults took part in the study?",  # the counted words end at a function word, not a verb
     "Older adults who walked at least 6,000 steps a day in the study declined less. Researchers followed "
     "4,820 adults ages 65 to 89 in the study.", "4,820"),
    # a part counted from a whole: the part, unless the total is asked
    ("How many seats does the party have?", "The party holds 41 of the 349 seats in the assembly.", "41"),
    ("How many seats are there in total?", "The party holds 41 of the 349 seats in the assembly.", "349"),
    ("On how many counts was he convicted?", "He was found guilty on 11 of 13 counts on Friday.", "11"),
    # development set 111: a unit word before the thing counted ("pieces of pottery": pottery)
    ("How many pieces of pottery did the team dig up?", "Archaeologists recovered more than 400 pottery fragments "
     "and two bronze oil lamps.", "more than 400 pottery"),
    # newcomer trial 74: a levy's size in percent; what the money should go on, not a sum
    ("How big was the levy on mobile money transfers?", "The High Court on Wednesday struck down a 2.5% levy on "
     "mobile money transfers.", "2.5%"),
    ("What did Kathryn Morse want the money spent on instead?", "Councillor Kathryn Morse, who voted against, said the "
     "city should spend the money on more frequent buses instead.", "more frequent buses"),
    # a yardstick's figure is not the one asked, unless its qualifier is (newcomer trial 73)
    ("What was inflation in the province in January?", "Inflation in the province stood at 2.9% in January, "
     "above the national rate of 2.4%, the statistics office said.", "2.9%"),
    ("What was the national rate of inflation?", "Inflation in the province stood at 2.9% in January, "
     "above the national rate of 2.4%, the statistics office said.", "2.4%"),
    ("How much did sales rise in the quarter?", "Sales rose 4.2% in the quarter, missing the consensus estimate of 5% "
     "sales growth.", "4.2%"),
    # newcomer trial 73: the part is what the deed acts on, though only the whole's figure stands by the noun;
    # what an owner has ("does it run/have") is the whole of "its"
    ("How many night routes will be cancelled?", "Lisbus will cancel 14 of its 22 night routes from March.", "14"),
    ("How many night routes does Lisbus run?", "Lisbus will cancel 14 of its 22 night routes from March.", "22"),
    ("How many staff does Brightmesh employ?", "The cuts will hit 600 of Brightmesh's 3,400 staff.", "3,400"),
    # a vote is no amount
    ("By how much will property taxes go up?", "The council voted 5-2 to raise property taxes by 3.5%.", "3.5%"),
    # "how deep": a figure in units of length, not another figure
    ("How deep is the wreck?", "The wreck, found after a three-year search, lies in 80 meters (260 feet) of water.",
     "80 meters"),
    # "the age of X" asks what "how old" asks; the text gives the value, not the word
    ("What is the age of Tadesse Alemu?", "The race was won by Tadesse Alemu, 19, ahead of 17,500 runners.", "19"),
    # the figure nearest the noun whose amount is asked
    ("How much profit did the company make last year?",
     "Revenue rose 34% last year to 3.1 billion reais, and the company posted a net profit of 180 million reais.",
     "180 million reais"),
    # a unit price is not the sum, unless a price per unit is asked
    ("How much is Orrin paying for Tessaly?",
     "Tessaly shareholders will receive 1,975 pence per share in cash from Orrin. Orrin agreed to pay $6.8 billion "
     "in total for Tessaly.", "$6.8 billion"),
    ("How much will Tessaly shareholders receive per share?",
     "Tessaly shareholders will receive 1,975 pence per share in cash from Orrin. Orrin agreed to pay $6.8 billion "
     "in total for Tessaly.", "1,975 pence"),
    # people listed together, one of them named again later (a PERSON) and one not (a person-shaped name)
    ("Which council members opposed the budget?", "Council members Derek Lunn and Maria Estevez voted against the "
     "budget. Lunn said it cut too much.", "Derek Lunn and Maria Estevez"),
    # the figure nearest the question's name; a conversion in brackets is not the figure
    ("How many people died in Mississippi?",
     "The storm killed at least nine people. Seven of the deaths were in Alabama and two were in Mississippi.", "two"),
    ("How many people died in Alabama?",  # the name's own clause, not the figure right after "and"
     "The storm killed at least nine people. Seven of the deaths were in Alabama and two were in Mississippi.",
     "Seven"),
    ("How many people demonstrated outside the town hall?",  # supporters are people (newcomer trial 71)
     "Campaigners, who gathered about 300 supporters outside the town hall during the meeting, welcomed the result.",
     "about 300 supporters"),
    ("How many people attended the service?", "About 2,000 worshipers attended the service on Sunday.",
     "About 2,000 worshipers"),  # the American spelling too (code review 72)
    ("How many employees will Orrin keep?",  # an "and" with no other figure beyond it separates nothing
     "Orrin would keep the headquarters and its roughly 1,250 employees in Cambridge.", "roughly 1,250 employees"),
    # a rank asked: the name in the clause that says that rank, not the verb's subject in another
    ("Who finished third?", "Ethiopia's Tadese Bekele finished second, 40 seconds back, and Japan's Kenji Sato "
     "was third.", "Kenji Sato"),
    ("Who finished second?", "Ethiopia's Tadese Bekele finished second, 40 seconds back, and Japan's Kenji Sato "
     "was third.", "Tadese Bekele"),
    # "the name of" a person noun asks for a person: the name in the role's slot, not the question's own
    ("What was the name of Henry's nephew?", "The castle was taken in 1102 by Henry of Anjou and his nephew "
     "Tancred with an army of mercenaries.", "Tancred"),
    # "duration" asks a length of time; a participle before the head noun is skipped; a walkout is a strike
    ("What is the planned duration of the stoppage?", "More than 1,800 nurses at the hospital group began a "
     "72-hour strike on Tuesday. Talks with management broke down on Monday.", "72-hour"),
    # "Who runs X?" is answered by X's director (run ~ leader ~ chief ~ director), not by "police"
    ("Who runs the Museum of Flemish Crafts?", "Thieves broke into the Museum of Flemish Crafts in Ghent early on "
     "Sunday, and police are searching for them. Museum director Koen De Smet said the casket had been displayed "
     "in a glass case.", "Koen De Smet"),
    ("How large was the offer that the club rejected in January?", "The club's president said it had turned down "
     "two earlier offers, including one of 35 million euros in January.", "35 million euros"),
    # the amount for each one: marked as each one's, or a plural's price; not a total for a count of them
    ("How much will each new bus cost?", "The city will buy 12 electric buses at $3.3 million each.", "$3.3 million"),
    ("How much does a ticket cost?", "Tickets cost $25 and go on sale Friday.", "$25"),
    # development set 58: an adjective ("the new rates") is no other kind of the thing asked ("pay rates")
    ("When do the higher pay rates come into force?", "The new rates take effect on Oct. 1, and the first payments "
     "at the higher wage are due in November.", "Oct. 1"),
    ("How much will the company pay each passenger?", "The company will refund all 212 fares and pay £150 to each "
     "passenger.",
     "£150"),
    ("What was the vote on the water rate increase?", "The City Council voted 7-2 on Tuesday to raise water rates "
     "by 12 percent, the first increase since 2019.", "7-2"),
    # a date in the clause that holds the question's words, not the one in the next clause
    ("When will the Halden school board vote on masks?", "The Halden school board will vote on the request on "
     "Jan. 22; the Marrow board rejected a similar proposal on Tuesday by a vote of 4-3.", "Jan. 22"),
    # the doer's noun answers the verb: "founded" → "founder Walter Orban", not the sentence's subject
    ("Who founded Orbitel?", "Chief Executive Priya Raman said Orbitel signed 14 airlines. Raman, 49, has led the "
     "company since 2020, when she replaced founder Walter Orban.", "Walter Orban"),
    ("Who is Orbitel CEO?", "Orbitel Inc. said profit rose. Chief Executive Priya Raman said the company signed 14 "
     "airlines.", "Priya Raman"),
    # a narrow type (a weight, an age) with none in the best sentence: a close runner-up that has one
    ("How heavy was the okapi calf when she was born?", "A female okapi calf has been born at the Saxony Wildlife "
     "Park, the first okapi birth there in a decade. The calf weighed 21 kilograms at birth.", "21 kilograms"),
    ("At what time of day did the fire start?", "The blaze began shortly after 2 p.m. on Monday near the village.",
     "2 p.m. on Monday"),
    # a count joined to its noun by a hyphen counts that noun ("how many seats": "the 32,000-seat stadium")
    ("How many seats will the stadium have?", "The 32,000-seat stadium is scheduled to open in August 2028.",
     "32,000"),
    # "how many" prefers a count to a sum of money in a sentence that shares more words
    ("On how many counts was Whitfield convicted?", "Whitfield, 61, was ordered to repay $2.3 million to investors. "
     "He was found guilty on 11 of 13 counts, including wire fraud.", "11"),
    # an age given as the value of an "age" ("raise the retirement age to 67"), not only a person's
    ("To what age will the retirement age rise?", "The lower house approved a pension overhaul that will gradually "
     "raise the retirement age to 67.", "67"),
    # a vote's two sides: the ayes for "in favour", the noes for "against"
    ("How many lawmakers voted in favour of the bill?", "The bill passed by 104 votes to 81 after a long debate.",
     "104"),
    ("How many lawmakers voted against the bill?", "The bill passed by 104 votes to 81 after a long debate.", "81"),
    # "how much" is no count of people
    ("How much has the county put into fixing the jail since 2022?", "She noted that the county had spent $6.5 "
     "million on jail repairs since 2022 and hired 41 new detention officers.", "$6.5 million"),
    # a sum asked: a bare count in a sentence sharing more words ranks below a sum
    ("How much did Harbourside pay to sign Daniel Okoye?", "Daniel Okoye signed for Harbourside on Friday in front "
     "of a crowd of 71,806. The club paid a fee of $4 million for the striker.", "$4 million"),
    # the question's subject by its name ("the bridge": "Millbrook Bridge") is not what is asked
    ("Which river does the bridge cross?", "The Millbrook Bridge, which crosses the Tanner River, reopened on "
     "Monday after a two-year repair.", "Tanner River"),
    # an organization in the verb's slot still answers a who-question
    ("Who approved the merger?", "The deal was approved by the European Commission on Friday.", "European Commission"),
    # from a fresh-user trial: the question's own verb is no noun for people; "Chamber of Commerce" is an
    # organization, not a title ("Commerce Secretary"); a utility is an organization
    ("How many people did the Red Cross shelter?", "The American Red Cross opened 12 shelters, which housed about "
     "1,800 people on Wednesday night.", "about 1,800 people"),
    ("Who endorsed the transit plan?", "The Millbrook Chamber of Commerce endorsed the plan, while restaurant owners "
     "warned that the tax could drive customers to neighboring Fairview.", "Millbrook Chamber of Commerce"),
    ("Which utility restored power?", "Gulf Power Company said crews from six states were helping to restore "
     "service.", "Gulf Power Company"),
    # "the name of" a thing: the name holding its noun
    ("What is the name of the storm?", "Tropical Storm Helena made landfall near Navarre Beach at about 4 a.m. on "
     "Thursday.", "Tropical Storm Helena"),
    ("What did the stock close at?", "The stock has gained about 18 percent this year. Shares of Northwind rose "
     "6.2 percent to $88.40 in trading on the New York Stock Exchange.", "$88.40"),
    # a change in a sum may be given as a percentage
    ("What salary increase is the union seeking?", "The union is demanding a 9 percent pay rise spread over two "
     "years.", "9 percent"),
    # a club named again by the first word of its name
    ("Which company owns Northbridge Athletic?", "Atlantico agreed to sell winger Rui Calado to English side "
     "Northbridge Athletic for 48 million euros. Calado, 21, scored 17 goals last season.\n\nNorthbridge, which "
     "is owned by U.S. investment group "
     "Keystone Sports Holdings Inc., finished ninth last season.", "Keystone Sports Holdings Inc."),
    # the name in apposition to the asked head noun, not the noun's own phrase
    ("Which developer has shown interest in the site?", "The district may sell the site, and a local developer, "
     "Pacific Crest Homes Inc., has expressed interest in it.", "Pacific Crest Homes Inc."),
    # a name that ends in the asked head noun, whole, though the question says its last words (set 90)
    ("Which national park does the reserve adjoin?", "The reserve adjoins the existing Iberá National Park "
     "in Corrientes province.", "Iberá National Park"),
    ("Which park does the reserve adjoin?", "The reserve adjoins the existing Iberá National Park "
     "in Corrientes province.", "Iberá National Park"),
    # a leading pronoun is the subject of its own clause's verb: its referent answers
    ("Who will run the merged group?", "Chief Executive Kari Lindqvist said the deal was about survival. She will "
     "lead the merged group, while Baltavia's chief executive, Andris Kalnins, will become chairman.",
     "Kari Lindqvist"),
    ("Who will become chairman?", "Chief Executive Kari Lindqvist said the deal was about survival. She will "
     "lead the merged group, while Baltavia's chief executive, Andris Kalnins, will become chairman.",
     "Andris Kalnins"),
    ("How much land had the fire burned by Wednesday evening?",
     "The fire had burned 18,450 acres (7,466 hectares) by Wednesday evening and was 7% contained.", "18,450 acres"),
    # a clock time for "what time", a figure before a vague count, no age for "how much"
    ("What time did the flight leave Oslo?",
     "Flight 442 departed Oslo on Thursday at 09:15 local time bound for Halifax.", "09:15 local time"),
    ("How many warehouses have stopped deliveries?",
     "The attack halted deliveries from 23 of its warehouses, leaving thousands of parcels stranded.", "23"),
    ("How much is the ransom demand?",
     "Chief executive Ann Lee, 56, said the hackers demanded a ransom of 4.5 million pounds.", "4.5 million pounds"),
    # "Who is <Name>'s <role>?" is a role-holder question ("chief executive officer" read as one word)
    ("Who is Acme's chief executive officer?", "Acme Corp. said Chief Executive Officer Jane Doe would retire.",
     "Jane Doe"),
    ("Who is Acme's CEO?", "Acme Corp. said Chief Executive Officer Jane Doe would retire.", "Jane Doe"),
    # a change's starting figure answers for the earlier time, the figure reached otherwise
    ("How many runners started the race last year?",
     "Officials said 48,000 runners started the race, up from 41,000 last year.", "41,000"),
    ("How many runners started the race?",
     "Officials said 48,000 runners started the race, up from 41,000 last year.", "48,000"),
    ("How many officers did the department have in 2019?",  # the year asked is the earlier figure's
     "The chief said the department had 61 sworn officers, down from 70 in 2019.", "70"),
    ("What was the company's revenue a year earlier?",
     "Revenue rose to $3.2 billion in the quarter from $2.9 billion a year earlier, the company said.", "$2.9 billion"),
    ("What was the company's revenue in the quarter?",
     "Revenue rose to $3.2 billion in the quarter from $2.9 billion a year earlier, the company said.", "$3.2 billion"),
    # the time asked, said before a change's starting figure, marks the figure reached
    ("What was Kessler's total revenue last year?", "Kessler's total revenue last year was 11.6 billion francs, "
     "down from 12.3 billion francs in 2022.", "11.6 billion francs"),
    ("How many goals did Osei score last season?", "Osei scored 27 goals in all competitions last season, up from "
     "11 the season before.", "27"),
    ("How many mining deaths were there last year?",  # deaths are counted in people killed
     "Mining accidents killed 39 workers in the country last year, according to the ministry, down from 47 the "
     "year before.", "39 workers"),
    ("Who will build the grid connections?",  # the passive's agent, not the object before the verb
     "The new grid connections at Moss and Horten will be built by the utility Elvia at a cost of 380 million "
     "kroner.", "Elvia"),
    ("Who will operate the network?", "The network will be operated by Cyclo Mobility from June.", "Cyclo Mobility"),
    ("How much was Halvorsen Shipping ordered to pay?",  # "the company" in the figure's clause is the name
     "A judge ruled on Wednesday that Halvorsen Shipping violated the act by discharging wastewater, and ordered "
     "the company to pay a civil penalty of 14.2 million dollars.", "14.2 million dollars"),
    ("Where is Meridian Cloud Systems headquartered?",  # "a Seattle-based operator": where it is based
     "Meridian Cloud Systems Inc., a Seattle-based operator of data centers, wants to build near Interstate 10.",
     "Seattle"),
    ("Which company warned that the rule would harm small businesses?",  # "a Dar es Salaam company": a place
     "Serengeti Sky Films Ltd., a Dar es Salaam company that shoots footage, warned the rule would harm small "
     "businesses.", "Serengeti Sky Films Ltd."),
    ("Which engineering firm will survey the bridge?",  # the place of "a Cardiff-based firm" is not the firm
     "The council has hired Brennan Structural, a Cardiff-based engineering firm, to survey the bridge.",
     "Brennan Structural"),
    ("Which company is responsible for collecting the toll?",  # the name before "a company" and its period
     "The toll is collected by Travessia Limpopo Lda., a company formed last year by the roads agency.",
     "Travessia Limpopo Lda."),
    ("How much of its water allocation has Arizona lost since 2022?",  # "the state" stands for the place asked
     "The state has lost about 21% of its annual allocation since 2022, and the Arizona Department of Water "
     "Resources paused new home construction.", "about 21%"),
    ("How heavy is Varsha-2?",  # the 2 of the satellite's name is no weight
     "Varsha-2 weighs 2,275 kilograms and carries an imaging instrument.", "2,275 kilograms"),
    ("How old are the vessels on average?",  # an age whose span holds "years"
     "Its four vessels are on average 31 years old, and the oldest was built in 1979.", "31 years"),
    ("How many transaction-monitoring alerts did the bank fail to review?",  # "alerts" is the noun, not a verb
     "Inspectors found that the bank had left more than 11,000 alerts from its transaction-monitoring system "
     "unreviewed.", "more than 11,000 alerts"),
    ("How much did Gavi commit under the earlier pilot?",  # "the earlier pilot": the change's start
     "Gavi said it had committed $48 million to the program, up from $19 million under an earlier pilot.",
     "$19 million"),
    ("How many Irish-born people lived in Alberta ten years ago?",  # "ten years ago" asks the earlier figure
     "Census figures show about 38,000 Irish-born residents in Alberta, up from 21,000 a decade ago.", "21,000"),
])
def test_short_answer_on_a_small_text(question: str, text: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text"), [
    # "the name of" a person noun, and no one named
    ("What is the name of the night guard?", "A single night guard was on duty at the time of the theft, and was "
     "not hurt."),
    # a founder asked, and the text names only the police
    ("Who founded the Museum of Flemish Crafts?", "Thieves broke into the Museum of Flemish Crafts in Ghent early "
     "on Sunday, and police are searching for them."),
    # a person asked; the only name is an organization that does not do what is asked
    ("Who will serve as Kamau's deputy?", "Kamau is expected to name a deputy who will serve with him. He studied "
     "at the London School of Economics."),
    # a role nobody holds in the text: not the "people" it counts, nor the park a pronoun may stand for
    ("Who is the chief veterinarian at the Saxony Wildlife Park?", "A female okapi calf has been born at the Saxony "
     "Wildlife Park, the zoo's chief keeper said. She weighed 21 kilograms at birth. About 1.1 million people visited "
     "the park last year, and its veterinarians treated 300 animals."),  # veterinarians, but no one named as chief
    # the amount for each one asked, a total for a count of them given
    ("How much will each new bus cost?", "The city will spend $40 million to buy 12 electric buses by 2027."),
    ("What is the name of the fisherman missing near the port?", "Rescue teams were still searching for a "
     "fisherman reported missing near the port on Sunday."),
    # a time of day asked, only a date and a length of time given
    ("At what time of day did staff notice the data transfers?", "The breach was discovered 11 days later, on "
     "March 14, when security staff noticed unusually large data transfers to a server abroad."),
    # a payment the sentence names but does not give
    ("How much commission will the agent's firm receive?", "The deal was brokered by agent Luis Ferraz, whose "
     "firm will receive a commission that neither club disclosed."),
])
def test_a_sentence_without_the_asked_kind_of_answer_abstains(question: str, text: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "type" and a.short_answer is None


def test_the_story_holding_more_of_the_question_wins_over_another_story(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "hospital.txt").write_text(
        "Nurses strike\n\nNurses at the regional hospital group walked out on Tuesday over pay and staffing.\n\n"
        "“The door remains open,” the union leader told reporters outside the group's headquarters on Rue "
        "Garibaldi.\n", encoding="utf-8")
    (tmp_path / "airline.txt").write_text(
        "Airlines agree to merge\n\nTwo airlines agreed to merge on Monday. The merged group will be "
        "headquartered in Oslo, the companies said.\n", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    a = answer("Where is the hospital group's headquarters?", corpus)  # "hospital" is only in the first story
    assert a.citations[0].doc == "hospital" and a.short_answer == "Rue Garibaldi"
    other = next(c for c in a.details["candidates"] if c["doc"] == "airline")
    assert other["parts"]["coverage"] < 0  # shown by :why
    assert answer("Where will the merged airline group be headquartered?", corpus).short_answer == "Oslo"


def test_what_someone_said_about_a_topic_their_story_never_mentions_is_not_said(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "council.txt").write_text(
        "Council approves bus plan\n\nThe council approved a $48 million bus plan on Tuesday.\n\n“People have "
        "been waiting at empty bus stops for years,” council member Rosa Delgado said.\n", encoding="utf-8")
    (tmp_path / "storm.txt").write_text(
        "Storm hits coast\n\nA tropical storm knocked out power to 120,000 homes on Thursday.\n", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    a = answer("What did Rosa Delgado say about the storm?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "subject"
    b = answer("What did Rosa Delgado say about the bus plan?", corpus)
    assert not b.abstained and "empty bus stops" in b.citations[0].text


def test_a_why_question_prefers_the_sentence_that_gives_a_cause() -> None:
    text = ("Two members, Councilman Howard Pike and Councilwoman Janet Lue, voted against the measure. "
            "Pike argued that the sales tax would fall hardest on low-income residents.")
    a = answer("Why did Howard Pike oppose the plan?", Corpus.from_text(text, name="t"))
    assert a.citations[0].text.startswith("Pike argued that")


def test_a_counted_question_is_answered_by_a_list_of_that_many() -> None:
    text = ("Two bridges in the county were closed after inspectors found cracks in their decks. "
            "The cracks were caused mainly by road salt and frost, the inspectors said.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("What are two things that caused cracks in the bridges?", corpus)
    assert not a.abstained, a.details["abstain_reason"]
    assert a.citations[0].text.startswith("The cracks were caused") and a.short_answer == "road salt and frost"
    # three asked, two listed: the text does not say
    b = answer("What are three things that caused cracks in the bridges?", corpus)
    assert b.abstained and b.details["abstain_kind"] == "count"


@pytest.mark.parametrize(("question", "text", "short"), [
    ("When was the treaty signed by three countries?", "The treaty was signed by two countries in 1998.", None),
    ("When was the treaty signed by two countries?", "The treaty was signed by two countries in 1998.", "1998"),
    # an adjective between the number and the noun, a hyphenated ordinal
    ("What are three limitations of the study?", "The authors listed two main limitations of the study in May.", None),
    ("How much did Acme lose in the first quarter?", "Acme reported a second-quarter loss of $38.6 million.", None),
    ("How much did Acme lose in the second quarter?", "Acme reported a second-quarter loss of $38.6 million.",
     "$38.6 million"),
])
def test_a_question_counting_or_ranking_its_noun_otherwise_abstains(question: str, text: str,
                                                                      short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None) and (short or a.details["abstain_kind"] == "contrast")


def test_an_ordinary_word_opening_a_sentence_is_no_name() -> None:
    text = "Consumer prices rose 2.4% in October, according to the national statistics office."
    a = answer("Who runs the national statistics office?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer  # it answered "Consumer"
    # a word the document also capitalizes inside a sentence stays a name
    text = "Apple said on Monday it would cut prices. Analysts expect Apple to report lower margins."
    assert answer("Which company said it would cut prices?", Corpus.from_text(text, name="t")).short_answer == "Apple"


@pytest.mark.parametrize(("question", "text"), [
    ("How many steps a day does Harold Benson walk?",
     "One participant, 72-year-old retired teacher Harold Benson, said he walks every morning."),  # an age
    ("How many homes did the fire destroy?", "The fire burned about 90,000 acres over nearly two months."),
    ("How many votes did Kamau receive?", "Kamau, 61, won 54% of the vote."),  # a share and an age
    ("When will the tram extension be finished?",  # a length of time is no date
     "The tram extension, which teachers have sought for more than 20 years, is popular."),
    ("How many people died in the 1997 hurricane?",
     "The 1997 hurricane set the rainfall record, when 17.2 inches fell in a day."),  # inches are no people
    ("How many steps a day did the participants walk?",
     "Researchers followed 78,000 participants aged 40 to 79 who wore step counters."),  # ages, not steps
    ("How many of the 37 vehicles on board were damaged?",
     "The ferry was carrying 198 passengers, 14 crew members and 37 vehicles, none of them damaged."),
    ("How many people will lose water?",  # sites, not people: a hyphened noun is a noun
     "Okafor said the city would open three bottled-water distribution sites."),
])
def test_a_figure_of_another_kind_does_not_answer(question: str, text: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer


@pytest.mark.parametrize(("question", "text", "short"), [
    # "final" qualifies the asked thing (a tally), which the text need not name
    ("What was the final tally when the council voted on the bus plan?",
     "The City Council voted 5-2 late Monday to approve the bus plan.", "5-2"),
    # a woman the text gives only by name
    ("What does the woman who rides the bus for two hours a day do for work?",
     "Among the riders was Keisha Barnes, a nursing assistant who rides the bus for two hours a day.",
     "nursing assistant"),
    # an agent noun whose verb the text writes: "painter" for "was painted by"
    ("Who was the original painter of the mural?",
     "The mural, called “Hands of the Valley,” was painted in 1978 by Ramón Ellis Vigil.", "Ramón Ellis Vigil"),
    # a deadline is a date the text gives ("by March 31"), not a word it must write
    ("What is the deadline for gardeners to clear out of Ferndale Road?",
     "Gardeners at the Ferndale Road allotments must vacate their plots by March 31, the council said.", "March 31"),
    # "builder" ~ "contractor"
    ("Which company was the main builder on the project?",
     "The main contractor, Harbourline Constructions Pty Ltd., said its crews could only work at low tide.",
     "Harbourline Constructions Pty Ltd."),
])
def test_a_subject_the_text_need_not_name_does_not_abstain(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_a_role_in_apposition_with_a_name_is_not_a_people_noun_answer() -> None:
    from qa.analyzer import tokenize
    from qa.scorer import _people_noun

    sentence = "The party’s longtime leader, Samuel Mwangi, stepped down after the voters left."
    toks = tokenize(sentence)
    found = _people_noun(sentence, toks, set(), [0])
    assert found is not None and found[0].text == "the voters"  # not "longtime leader", whose name follows


def test_a_misspelt_content_word_is_read_as_the_corpus_word_a_letter_away() -> None:
    from qa.question import analyze
    from qa.scorer import spelled

    text = "The U.S. Ambassador to France Jane Moss told reporters the talks went well. The House met on Monday."
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who is the US ambasador to France?", corpus).short_answer == "Jane Moss"
    assert spelled(analyze("Who told the reportrs?"), corpus).focus == ("tell", "report")
    assert spelled(analyze("In which journal did it appear?"), corpus).focus == ("journal", "appear")  # a word


@pytest.mark.parametrize(("question", "text", "short"), [
    # a title abbreviation before a name is the title ("the text never mentions 'governor'"), and the
    # object of "What did X <verb>?" follows the verb, past an article
    ("What did the governor declare on Monday?",
     "Gov. Helen Marquez declared a state of emergency on Monday, freeing up state money.", "state of emergency"),
    ("Who is the governor?", "Gov. Helen Marquez declared a state of emergency on Monday.", "Helen Marquez"),
    # news words for the same thing ("never mentions 'blaze'"; "pass" a plan is "approve" it)
    ("When did the blaze break out?",
     "The Juniper Ridge Fire started Sunday afternoon near a campground. Crews worked through the night.",
     "Sunday afternoon"),
    ("By what margin did the council pass the transit plan?",
     "The budget is about 12% larger than last year's plan of $43.4 million. "
     "The City Council voted 7-2 on Tuesday to approve a $48.6 million transit budget.", "7-2"),
    # a closed compound meets its last part ("never mentions 'shipwreck'")
    ("When was the shipwreck found?",
     "The wreck was discovered in October by a survey team mapping the seabed. Divers will return in May.", "October"),
    # "the museum" for "the Barrow Museum" named before ("does not mention 'Barrow Museum'")
    ("How much had the Barrow Museum paid for the sculptures?",
     "The Barrow Museum of Art returned 11 sculptures to Cambodia on Tuesday.\n\n"
     "Pryce said the museum would not try to recover the roughly $2.4 million it paid for them.",
     "roughly $2.4 million"),
    # "the mayor" is the one person the text calls mayor ("Mayor Sandra Okafor"), later "Okafor"
    ("How old is the mayor?", "Mayor Sandra Okafor proposed the plan in April.\n\n"
     "Okafor, 52, is expected to seek a second term in November.", "52"),
    # the question's own company with "Inc" is still the question's, not the answer
    ("Who runs Norvale Foods?", "Norvale Foods Inc said on Wednesday its third-quarter net profit rose 18% to "
     "$412 million.\n\nChief Executive Officer Priya Natarajan said demand for snacks was strong. She said the "
     "company would launch 14 new products.", "Priya Natarajan"),
    # "The 24-year-old" stands for the person named before
    ("How old is Marcus Oyelaran?",
     "The Herons beat the Stags 104-98 on Tuesday. Guard Marcus Oyelaran scored 31 points. "
     "The 24-year-old has averaged 27.5 points a game in the playoffs.", "24"),
    # a count whose span ends in a name counts the noun after it (not "two RNLI" lifeboats)
    ("How many passengers were on board the ferry?", "All passengers were moved to two RNLI lifeboats. It was "
     "carrying 198 passengers, 14 crew members and 37 vehicles.", "198"),
    ("How many Americans were killed?", "14 Americans were killed in the crash.", "14"),
    # "How big was the bonus?": the sum beside "bonus", written as a modifier
    ("How big was the bonus Gebre received for the course record?",
     "Gebre earned 30,000 euros for the victory plus a 25,000-euro bonus for the course record.", "25,000-euro"),
    # "What raise ...?" asks a figure
    ("What raise did the airline offer?", "SkyLark, which operates 54 turboprop and small jet aircraft from hubs in "
     "Burlington and Albany, said it had offered a 14 percent raise over four years.", "14 percent"),
    # a list asked takes an untyped name joined to the answer
    ("Which neighborhoods must boil their water?", "The mayor ordered a boil-water advisory for the Eastside and "
     "Old Harbor neighborhoods until Monday.", "Eastside and Old Harbor"),
    ("Where are Brightwell's two factories?", "He said there were no plans to close Brightwell's two factories in "
     "Leeds and Doncaster.", "Leeds and Doncaster"),
    # a rate asked takes the figure given per that time
    ("How many miles of pipe does Harlow Bay replace each year?", "Harlow Bay officials spoke on Friday. “We have "
     "about 210 miles of pipe that is older than 80 years, and we replace roughly four miles a year.”",
     "roughly four miles"),
    ("How many miles of pipe does Harlow Bay replace annually?", "Harlow Bay officials spoke on Friday. “We have "
     "about 210 miles of pipe that is older than 80 years, and we replace roughly four miles a year.”",
     "roughly four miles"),
    # "What does X want Y to do?": the verb phrase after "to"
    ("What does Food Integrity Nebraska want the university to do?", "The advocacy group Food Integrity Nebraska "
     "(FIN) said it would ask the university to publish all of its gene-editing data.",
     "publish all of its gene-editing data"),
    # the thing counted, not the verb after it ("How many countries took part?": not "took part")
    ("How many countries took part?", "The federation said 212 players from 38 countries took part, up from 164 "
     "players in 2023 and 120 in 2019.", "38"),
    # a venue named as an organization is a place too
    ("Where will the public hearing on the merger be held?", "Riverside of Ohio said the systems will hold a public "
     "hearing on the merger at the Hartwell Civic Center on April 22.", "Hartwell Civic Center"),
    # a hospital is named as an organization
    ("Which hospital switched to well water?", "Two elementary schools closed for the day, and Harlow Bay Medical "
     "Center switched to a backup supply drawn from an on-site well.", "Harlow Bay Medical Center"),
    # a count of ships is a count of vessels
    ("How many ships were waiting at anchor by Thursday evening?",
     "More than 4,500 workers at the Port of Durban, one of Africa’s busiest, walked off the job on Monday, "
     "leaving 37 vessels anchored offshore by Thursday evening.", "37"),
    # "how many times" takes a count of any noun
    ("How many times did Carver play for Rovers?",
     "Carver, a former Rovers defender who made 212 appearances for the club, said he was honoured.\n\n"
     "Rovers have scored only 21 goals in 26 league games this season.", "212 appearances"),
    # an age in words after "the age of"
    ("How old was Lucy Amberley when she wrote her first stories?",
     "The children’s author Lucy Amberley, who grew up in Desborough, has given £5,000 to the campaign and said "
     "she wrote her first stories in the town’s library at the age of nine.", "nine"),
    # a part of a combined whole, not the whole
    ("How many jobs are expected to be cut as a result of the merger?",
     "They said about 180 of the combined 1,650 full-time jobs would go, mostly through early retirement.",
     "about 180"),
    # the day, not the period an ordinal counts in
    ("When did New Zealand's central bank cut its interest rate?",
     "New Zealand's central bank cut its benchmark interest rate by half a percentage point on Wednesday, "
     "to 3.75 percent, its second cut this year, as inflation cooled.", "Wednesday"),
])
def test_answered_on_a_small_text(question: str, text: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.short_answer == short


def test_role_holders_are_read_from_titles_and_appositions() -> None:
    from qa.analyzer import terms
    from qa.facts import facts_for

    text = ("Mayor Sandra Okafor proposed the plan. Helen Gow, the chief executive of the ferry operator, "
            "apologized. U.S. Ambassador to France Jane Moss spoke.")
    holders = facts_for(Corpus.from_text(text, name="t")).role_holders("t")
    assert holders[terms("mayor")[0]] == {"sandra", "okafor"}
    assert holders[terms("ambassador")[0]] == {"jane", "moss"}  # the ambassador, not "France"
    assert terms("France")[0] not in holders
    # an officer's title the analyzer reads as one token ("cfo") still gives a holder
    cfo = facts_for(Corpus.from_text("Acme chief financial officer John Ward said sales rose.", name="c"))
    assert cfo.role_holders("c") == {terms("officer")[0]: {"john", "ward"}}


def test_a_document_defines_acronyms_by_the_initials_of_the_name_before_them() -> None:
    from qa.analyzer import terms
    from qa.facts import facts_for

    text = ("The Harbour Pilots’ Guild (HPG) and the Port of Larne Authority (PLA) met on Monday. "
            "Ferry operator Stena (UK) declined to comment. HPG Chair Oriel Banks spoke.")
    c = Corpus.from_text(text, name="t")
    facts = facts_for(c)
    assert facts.acronyms("t") == {"HPG": frozenset(terms("Harbour Pilots’ Guild")),
                                   "PLA": frozenset(terms("Port of Larne Authority"))}  # not "Stena (UK)"
    assert facts.acronym_terms(c.sentences["t"][-1]) == set(terms("Harbour Pilots’ Guild"))
    c = Corpus.from_text("The Harbour Pilots’ Guild (HPG) met. The HPG's members will strike.", name="u")
    assert facts_for(c).acronym_terms(c.sentences["u"][-1]) == set(terms("Harbour Pilots’ Guild"))  # possessive


# A quote in a paragraph of its own, its speaker's organization written as its acronym.
_GUILD = ("Pilots at the port of Larne will strike on Monday, the Harbour Pilots’ Guild (HPG) said, "
          "after talks with the port authority broke down over rest hours.\n\n"
          "The port handles about 1.2 million tonnes of freight a year. Its chief executive, Tom Reyes, said "
          "the authority had offered a 4% raise.\n\n"
          "“We have run out of patience with an employer that will not listen,” HPG Chair Oriel Banks "
          "said on Friday.\n")


@pytest.mark.parametrize("question", ["Who is the chair of the Harbour Pilots’ Guild?",
                                      "Who chairs the Harbour Pilots’ Guild?"])
def test_an_acronym_stands_for_the_name_it_abbreviates(question: str) -> None:
    a = answer(question, Corpus.from_text(_GUILD, name="port"))
    assert not a.abstained
    assert a.short_answer == "Oriel Banks"
    assert a.citations[0].text.endswith("HPG Chair Oriel Banks said on Friday.")


@pytest.mark.parametrize(("question", "text", "short"), [
    # "an outside agency": the text does not name the agency asked for
    ("Which staffing agency supplied the replacement nurses?",
     "About 4,300 nurses at hospitals run by Keystone Regional Health walked off the job.\n\nKeystone said it had "
     "hired about 1,100 replacement nurses through an outside agency to keep its hospitals open.", None),
    # "a lower court" beside the court it names: it is named
    ("Which appeals court revived the case?",
     "The 11th U.S. Circuit Court of Appeals revived the case, which a lower court had dismissed.",
     "U.S. Circuit Court of Appeals"),
    # a counted plural names none of them: "five different pathogens", "several large events"
    ("Which five pathogens does the lab test ticks for?",
     "Professor Marcus Lee, who runs the lab, said his team tests ticks for five different pathogens.", None),
    ("Which large events did Cork host in August?",
     "Almost half were logged in August alone, when Cork hosted several large events.", None),
    # "Who was the priest who ...?": "a blessing by a local priest" names no one (nor do the 400 people)
    ("Who was the priest who blessed the mural at the ceremony?",
     "About 400 people attended the ceremony, which included a blessing by a local priest.", None),
    ("Who was the priest who blessed the mural at the ceremony?",
     "About 400 people attended the ceremony, which included a blessing by a local priest, Father Tomás Ruiz.",
     "Tomás Ruiz"),
])
def test_an_indefinite_mention_of_the_asked_thing_is_no_name(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None) and (short or a.details["abstain_kind"] == "type")


def test_a_counted_plural_followed_by_its_members_is_named() -> None:
    text = "In August Cork hosted several large events: the jazz festival and a tall ships race."
    a = answer("Which events did Cork host in August?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text == text


@pytest.mark.parametrize(("question", "short"), [
    ("How much did Sorano Corp.'s shares rise after the deal?", None),  # a payment is no rise
    ("How much will Sorano pay upfront?", "4 billion yen"),  # no change asked
    ("How much rain fell in Kelowna?", "9 millimeters"),  # rain falls without falling in value
])
def test_how_much_did_it_change_needs_a_sentence_telling_of_a_change(question: str, short: str | None) -> None:
    text = ("Halden signed a licensing deal with Sorano Corp., which will pay 4 billion yen upfront and "
            "up to 30 billion yen later.\n\n"
            "Only 9 millimeters of rain fell in Kelowna over July and August.\n")
    a = answer(question, Corpus.from_text(text, name="c"))
    assert a.short_answer == short, a.details["abstain_reason"]
    if short is None:
        assert a.details["abstain_kind"] == "type"


def test_a_place_is_no_company_but_a_team_may_go_by_its_town() -> None:
    text = ("Some of the payments went to shell companies registered in Cyprus and the United Arab Emirates.\n\n"
            "In the final, Portugal beat Spain 2-1.\n")
    corpus = Corpus.from_text(text, name="p")
    a = answer("Which shell companies in Cyprus received the payments?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    assert answer("Which team won the final?", corpus).short_answer == "Portugal"


_CARRIER = "The carrier flew 3.1 million passengers last year, and revenue rose to 1.2 billion euros."
_SPENDING = "Northbridge spent 95 million pounds on new players this summer, up from 62 million pounds a year ago."


@pytest.mark.parametrize(("question", "text", "short"), [
    # a company figure of another kind is no answer
    ("What net profit did the carrier report last year?", _CARRIER, None),  # only revenue is given
    ("What was the carrier's revenue last year?", _CARRIER, "1.2 billion euros"),
    ("How much did the carrier lose last year?", _CARRIER, None),
    # a time counted back must be the one said
    ("How much did Northbridge spend on players two years ago?", _SPENDING, None),  # only "a year ago"
    ("How much did Northbridge spend on players a year ago?", _SPENDING, "62 million pounds"),
    ("How much did Northbridge spend on players one year ago?", _SPENDING, "62 million pounds"),
    ("How much did Acme spend two years ago?", "Acme spent 12 million pounds on research last year.", None),
])
def test_the_figure_of_the_kind_and_time_asked(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="f"))
    assert a.short_answer == short, a.details["abstain_reason"]


def test_what_someone_said_about_a_topic_is_said_near_it() -> None:
    text = ("Ticket prices will rise by 8% next season.\n\nThe club has complied with the league's spending rules.\n\n"
            "Chief executive Hannah Welsh said the rules had been followed to the letter.\n")
    corpus = Corpus.from_text(text, name="t")
    a = answer("What did Hannah Welsh say about ticket prices?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "subject", a.text
    assert not answer("What did Hannah Welsh say about the rules?", corpus).abstained


def test_a_name_followed_by_which_is_no_person() -> None:
    # the company shares its chief executive's surname; "Halvorsen, which ..." is the company speaking
    text = ("Its chief executive, Sigrid Halvorsen, is the founder's granddaughter.\n\n"
            "Halvorsen, which is based in Tacoma, said it would appeal the ruling.\n")
    a = answer("What did Sigrid Halvorsen say about the ruling?", Corpus.from_text(text, name="w"))
    assert a.abstained and a.details["abstain_kind"] == "speaker", a.text


def test_what_an_organization_said_needs_a_sentence_reporting_speech() -> None:
    text = ("Regulators approved the hospital merger on Tuesday.\n\n"
            "The Federal Trade Commission declined to challenge the merger in August.\n\n"
            "Acme Health said the deal would cut costs by $85 million a year.\n")
    corpus = Corpus.from_text(text, name="m")
    a = answer("What did the Federal Trade Commission say about the merger?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "speaker", a.text
    said = answer("What did Acme Health say about the deal?", corpus)
    assert not said.abstained and said.citations[0].sentence == 2


@pytest.mark.parametrize("question", ["What is Smith's role?", "What is Adam Smith's position?"])
def test_a_person_s_role_asked_is_what_the_text_says_they_are(corpus: Corpus, question: str) -> None:
    assert answer(question, corpus).short_answer == "the top Democrat on the House Armed Services Committee"


@pytest.mark.parametrize(("question", "short"), [
    ("help me, who is Karoline Leavitt?", "White House Press Secretary"),
    ("Can you tell me who leads the delegation?", "Adam Smith"),
    ("So who leads the delegation?", "Adam Smith"),
    ("Please, I would really like to know who leads the delegation?", "Adam Smith"),  # break-it trial 54
])
def test_words_before_the_question_are_not_part_of_it(corpus: Corpus, question: str, short: str) -> None:
    a = answer(question, corpus)
    assert a.short_answer == short
    assert a.question == question  # the answer keeps the question as asked


def test_whom_someone_meets_may_be_several(corpus: Corpus) -> None:
    # "... scheduled to meet with National People’s Congress Chairman Zhao Leji and Foreign Minister Wang Yi"
    a = answer("Who will the group meet in the coming days?", corpus)
    assert a.short_answer == "Zhao Leji and Foreign Minister Wang Yi"


def test_according_to_a_long_title_and_a_name_reports_that_person(corpus: Corpus) -> None:
    # "According to White House Press Secretary Karoline Leavitt, the emerging deal would give ..."
    a = answer("What did Karoline Leavitt say?", corpus)
    assert not a.abstained, a.details["abstain_reason"]
    assert a.citations[0].sentence == 24


def test_what_a_role_said_is_not_what_another_said() -> None:
    text = ("Rovers head coach Mikkel Brandstrup, a 49-year-old Dane, said the midfielder would wear number 8.\n\n"
            "Valverde president Rui Tavares said the sale would help the club reduce its debt.")
    a = answer("What did the Valverde coach say about the sale?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.details["abstain_kind"] == "speaker", a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "abstains"), [
    ("What did the finance minister say about the decision?", True),  # no minister named in the text
    ("What did the governor say about the decision?", False),  # "Governor Helena Marchetti"
])
def test_what_a_role_said_needs_someone_in_that_role(question: str, abstains: bool) -> None:
    text = ("The Bank of Eastland raised its rate to 4.75% on Wednesday. The finance ministry welcomed the move; "
            "the minister was travelling.\n\n"  # a minister, but none named
            "“Inflation remains too high,” Governor Helena Marchetti said of the decision.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.abstained == abstains
    assert not abstains or a.details["abstain_kind"] == "speaker"


def test_a_which_question_about_a_kind_of_person_wants_a_name_not_a_people_noun() -> None:
    corpus = Corpus.from_text("Residents of the town cheered the ruling against the rental ban on Thursday.", name="t")
    a = answer("Which judge issued the ruling against the rental ban?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    assert answer("Who cheered the ruling against the rental ban?", corpus).short_answer == "Residents"


@pytest.mark.parametrize(("question", "text", "short"), [
    # the figure is the man's; the place asked is the woman's, in the clause after ", and"
    ("How old was the woman who was swept away in Barcelos?",
     "A 71-year-old man was found in his car near Vila Verde late on Monday, and a woman was swept away while "
     "crossing a footbridge in Barcelos.", None),
    ("When did South Korean regulators clear the takeover?",
     "The deal has been cleared by regulators in the United States and South Korea but still needs approval from "
     "the European Commission, which is expected to decide by May 9.", None),
    # a comma's "with" opens an absolute phrase about other people: the figure is not Nevada's
    ("How many of the firefighters came from Nevada?",
     "He said more than 1,100 firefighters were assigned to the blaze, with additional crews arriving overnight "
     "from Oregon and Nevada.", None),
    ("How many firefighters were assigned to the blaze?",
     "He said more than 1,100 firefighters were assigned to the blaze, with additional crews arriving overnight "
     "from Oregon and Nevada.", "more than 1,100 firefighters"),
    # the sentence's subject belongs to every clause
    ("How much of the company will Vela Capital keep?",
     "Private equity firm Vela Capital, which first invested in 2019, sold part of its holding, and it will keep "
     "about 18%.", "about 18%"),
    # a past spelt as its base ("cut") is the verb that ends the subject
    ("When did the Colorado Farm Bureau publish its crop loss estimate?",
     "The authority cut deliveries to irrigation districts by 40 percent in June, and the Colorado Farm Bureau "
     "estimates crop losses in the region at $190 million.", None),
    # names joined by "and" are one phrase, not two clauses
    ("When could talks between Acme and Zenith resume?",
     "Officials said talks between Acme Corp. and Zenith Ltd. could resume next month.", "next month"),
])
def test_a_name_asked_must_stand_in_the_clause_of_the_figure(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None)


def test_a_superlative_meets_its_synonym() -> None:
    text = ("Shares of Acme rose 34% on Monday, suggesting investors expect the deal to close. The company's largest "
            "investor, Northgate Capital Partners, which owns 11.5% of the shares, has agreed to vote in favour.")
    a = answer("Which shareholder is Acme's biggest investor?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Northgate Capital Partners"
    # a role's other qualifier is still another role
    assert contradicts("What did the chief executive say?", "“No,” said Joel Whitcombe, the CMA's executive director.")


def test_what_time_asks_a_clock_time_or_a_part_of_the_day() -> None:
    text = ("Thieves broke into the museum in central Ghent early on Sunday and escaped with a casket. "
            "The break-in happened at about 3:40 a.m., when two people forced open a rear door. "
            "The final kicks off on May 18 at Wembley Stadium.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("At what time did the thieves break into the museum?", corpus).short_answer == "3:40 a.m."
    a = answer("What time does the final kick off?", corpus)  # a day is no time of day
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    assert answer("When does the final kick off?", corpus).short_answer == "May 18"


@pytest.mark.parametrize(("question", "short"), [
    ("Who took third place in the men’s race?", "Abebe Tola"),  # the runner-up sentence that says "third"
    ("Who finished fourth in the men’s race?", None),  # no one is said to be fourth
    ("Who signed a treaty with King Charles the third?", "Rollo"),  # "Charles III"
])
def test_a_rank_asked_must_be_said(question: str, short: str | None) -> None:
    text = ("Nine of the men were brought to the surface and taken to hospital, said mine manager Mutale Banda.\n\n"
            "About 14,500 runners started the race, race director Markus Feld said. Kiprono, the 2023 winner, "
            "finished second in 2:03:53, while Ethiopia’s Abebe Tola was third in 2:05:20.\n\n"
            "The treaty was signed by King Charles III and Rollo.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short, a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short", "reason"), [
    # a superlative counts by its base: "as low as"
    ("What was the lowest body temperature among the hikers?", "34.1 degrees Celsius", None),
    # the best sentence gives the subject another quality: another thing
    ("Where is the private hospital that treated the hikers?", None, "the best sentence says 'regional hospital'"),
    # an adjective the text never writes is no reason by itself: "a hearing" for "the public hearing"
    ("Where was the public hearing held?", "Visp Town Hall", None),
])
def test_the_adjective_before_the_subject(question: str, short: str | None, reason: str | None) -> None:
    text = ("Rescuers reached the four hikers on Friday morning. Their body temperatures were as low as 34.1 "
            "degrees Celsius when rescuers arrived, said Anna Weber, a doctor at the regional hospital in Visp "
            "that treated them.\n\nThe oldest of the hikers, a 61-year-old teacher, was flown to Bern. A hearing "
            "on the rescue was held at Visp Town Hall.\n")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert (a.details["abstain_reason"] or "").startswith(reason or "")
    assert a.abstained == (reason is not None)


@pytest.mark.parametrize(("question", "short"), [
    ("How far did the parent company's shares drop?", "6.2 percent"),  # a change: any units
    ("How far have the shares tumbled?", "6.2 percent"),
    ("How far is the airport from the city?", "12 miles"),  # a distance: a length
])
def test_how_far_asks_a_length_or_a_change(question: str, short: str) -> None:
    text = ("Shares of Northwind's parent company, Lakeshore Aviation Group, fell 6.2 percent on Tuesday. "
            "The airport lies 12 miles north of the city, and 3,000 people work there.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_an_abstention_message_quotes_the_question_s_words_not_their_stems() -> None:
    text = ("Midland State University received $412 million in research funding. The university employs 9,000 people."
            "\n\nSeparately, the president of Ohio's largest bank resigned.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who is the president of Midland State?", corpus).details["abstain_reason"] == \
        "the text near the best sentence gives no one as the 'president'"
    assert answer("When will the governor visit Midland State?", corpus).details["abstain_reason"] == \
        "the text never mentions the question's subject ('governor')"
    assert answer("What did the education minister say about the funding?", corpus).details["abstain_reason"] \
        == "the text never mentions the question's subject ('minister')"  # not 'minist'


def test_a_score_asked_takes_the_tally_below_a_sentence_without_one() -> None:
    text = ("Daria Kovalenko of Ukraine saved a match point in the second set before beating defending champion "
            "Camille Duret of France 4-6, 7-6 (8), 6-3 in the women’s final on Saturday.\n\n"
            "It was the longest women’s final at the Foro Italico since 2009.\n")
    a = answer("What was the score of the women’s final?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "4-6, 7-6 (8), 6-3"  # every set of the match
    assert a.citations[0].text.startswith("Daria Kovalenko")


def test_who_did_it_takes_the_doer_among_the_next_two_below_a_sentence_without_a_person() -> None:
    text = ("But a survey by the University of Graz published in March found that only 12% of shoppers in the old "
            "town arrive by car. “The data is clear that pedestrians spend more over a month than drivers do,” "
            "said Professor Sabine Kranz, who led the study.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who led the University of Graz survey of shoppers?", corpus).short_answer == "Sabine Kranz"
    # not for a role: the person must do the question's verb
    assert answer("Who is the chief economist of the University of Graz?", corpus).abstained


_EARNINGS = ("Halvorsen Pharma A/S raised its full-year profit forecast on Wednesday after sales of its weight-loss "
             "injection tripled. Rival Meridian Biologics Inc. cut its own forecast in July.\n\n"
             "Halvorsen employs about 64,000 people in 80 countries.\n\n"
             "“We are seeing demand that continues to outpace every forecast,” Chief Executive Ingrid Sørvik said "
             "on a call with analysts.\n\n"
             "Meridian Chief Financial Officer Tom Reyes declined to comment.\n")


@pytest.mark.parametrize(("question", "short"), [
    # the lead's company: its one chief executive, named paragraphs later
    ("Who is the chief executive of Halvorsen Pharma?", "Ingrid Sørvik"),
    # a rival the story mentions is not its subject
    ("Who is the chief executive of Meridian Biologics?", None),
    # "Meridian Chief Financial Officer Tom Reyes": the rival's officer, not Halvorsen's
    ("Who is the chief financial officer of Halvorsen Pharma?", None),
])
def test_a_role_holder_named_further_on_answers_for_the_story_s_own_company(question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(_EARNINGS, name="t"))
    assert a.short_answer == short, a.details["abstain_reason"]


_UNNAMED_LEAD = ("Chile's state-owned copper miller said on Monday it would close its Loma Alta smelter near "
                 "Antofagasta next year.\n\n"
                 "Fundición Andina Ltd. said the 70-year-old smelter had lost money in each of the past five years.\n\n"
                 "“We kept it open as long as we could,” Chief Executive Rosa Pinto told reporters.\n\n"
                 "Rival Minera Sur Ltd. said its own smelters would stay open.\n")


@pytest.mark.parametrize(("question", "short"), [
    # a lead that calls the company by what it does, and names it as the next sentence's subject
    ("Who is the chief executive of Fundición Andina?", "Rosa Pinto"),
    ("Who is the chief executive of Minera Sur?", None),  # a rival the story names later
])
def test_a_lead_without_a_name_leaves_the_story_s_company_to_the_next_sentence(question: str,
                                                                              short: str | None) -> None:
    a = answer(question, Corpus.from_text(_UNNAMED_LEAD, name="t"))
    assert a.short_answer == short, a.details["abstain_reason"]


def test_the_story_s_organization_may_open_the_next_paragraph_and_its_officer_be_apposed() -> None:
    # development set 107: a lead naming "India's competition regulator", the next paragraph naming it
    text = ("NEW DELHI (Reuters) — India's competition regulator on Wednesday fined five cement makers 18.6 billion "
            "rupees for fixing prices. It is the largest penalty imposed on the industry since 2016.\n\n"
            "The Competition Commission of India said in an order that the companies met at least nine times.\n\n"
            "\"Builders and families paid for it,\" said Ravinder Kaul, the commission's chairperson, at a news "
            "conference.\n\n"
            "Sahyadri's managing director, Anil Deshpande, said his company never agreed to any price. He added that "
            "the firm would study the order of the Competition Commission of India.\n")
    a = answer("Who is the chairperson of the Competition Commission of India?", Corpus.from_text(text, name="c"))
    assert a.short_answer == "Ravinder Kaul", a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short"), [
    ("Who coaches Dawit Gebre?", None),            # the rival he beat is no coach of his
    ("Who founded Summit Stays?", None),
    ("Who runs Summit Stays?", "Ana Ruiz"),        # "chief executive"
    ("Who heads the delegation?", "Tom Reed"),     # "leading"
])
def test_who_holds_an_office_needs_the_office_said(question: str, short: str | None) -> None:
    text = ("Dawit Gebre, 24, pulled away from Kenya's Brian Kiprono at the 38-kilometer mark.\n\n"
            "Summit Stays, a rental platform, was sued by Brian Kiprono on Monday.\n\n"
            "Chief executive Ana Ruiz said Summit Stays would fight the suit.\n\n"
            "Tom Reed is leading the delegation to Nairobi.\n")
    a = answer(question, Corpus.from_text(text, name="o"))
    assert a.short_answer == short, a.details["abstain_reason"]


def test_its_role_holder_is_of_the_organization_the_sentence_before_names() -> None:
    text = ("Norway's Ministry of Transport awarded a ferry contract to Vestvik Marine on Thursday.\n\n"
            "The operator, Bastø Fosen, will lease the ferries from the state for 15 years. Its director, Tor Eriksen, "
            "said ticket prices would not rise.\n\nChief executive Marit Holm said the yard would hire 350 workers.\n")
    corpus = Corpus.from_text(text, name="f")
    assert answer("Who is the director of Bastø Fosen?", corpus).short_answer == "Tor Eriksen"
    assert answer("Who is the director of Vestvik Marine?", corpus).abstained
    assert answer("Who is Tor Eriksen?", corpus).short_answer == "director of Bastø Fosen"  # "Its director"
    # the organization is the subject of the sentence before, not a place it names later
    moss = "The ferry left Moss at noon. Its director, Tor Eriksen, said prices would not rise."
    assert answer("Who is Tor Eriksen?", Corpus.from_text(moss, name="m")).short_answer == "director"


@pytest.mark.parametrize(("question", "short"), [
    ("What will the top of the basic salary scale be by 2026?", "109,500 New Zealand dollars"),
    ("What was the unemployment rate in March?", "4.1%"),  # a measure asked: its own span
])
def test_what_will_x_be_takes_the_value_a_change_reaches(question: str, short: str) -> None:
    text = ("The top of the basic salary scale will rise to 109,500 New Zealand dollars by 2026, the ministry said. "
            "Unemployment fell to 4.1% in March.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_how_heavy_keeps_its_adjective_which_the_text_writes_as_weighed() -> None:
    text = ("A female okapi calf has been born at the Saxony Wildlife Park, the first birth of the endangered "
            "species at the zoo in a decade. The calf was born on the night of June 9 to an eight-year-old mother "
            "named Zuri.\n\nShe weighed 21 kilograms at birth and was standing within an hour, keepers said.\n")
    a = answer("How heavy was the okapi calf when she was born?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "21 kilograms", a.details["abstain_reason"]


def test_a_verb_before_a_role_is_no_other_qualifier() -> None:
    sentence = "St. Anne's president, Dr. Helen Ruiz, will become chief medical officer of the merged system."
    assert contradicts("Who will be the new chief medical officer?", sentence) is None
    assert contradicts("Who will be the deputy chief medical officer?", sentence) is not None  # a rank still counts


_RECALL = ("Halvern recalls 1.2 million bottles of blood pressure drug\n\nBy Michael Tran\n\n"
           "NEWARK, New Jersey, May 20, 2024 (Wire) - Halvern Pharmaceuticals is recalling about 1.2 million "
           "bottles of its blood pressure drug Cardexa after tests found impurities.\n\n"
           "In 2019, Halvern recalled 300,000 bottles of an allergy drug because of a labeling mistake. "
           "A plant in Wilmington will be inspected in 2025.\n")


def test_a_question_about_now_is_not_answered_by_a_sentence_about_an_earlier_year() -> None:
    corpus = Corpus.from_text(_RECALL, name="t")
    assert answer("What drug is Halvern recalling?", corpus).short_answer == "Cardexa"
    assert answer("What did Halvern recall in 2019?", corpus).citations[0].text.startswith("In 2019")


def test_what_was_last_done_in_a_year_is_the_past() -> None:
    # held-out set 89: "Why is Vietnam stopping ...?" took "Vietnam last restricted rice exports in 2020"
    text = ("Vietnam suspends rice exports for three months to cool domestic prices\n\n"
            "HANOI (Reuters) — Vietnam, the world's third-largest rice exporter, will suspend most rice exports for "
            "three months from Oct. 1 to curb rising prices at home after floods wrecked crops in the Mekong Delta."
            "\n\nVietnam last restricted rice exports in 2020, when it briefly halted new contracts during the early "
            "weeks of the COVID-19 pandemic.")
    a = answer("Why is Vietnam stopping most of its rice shipments abroad?", Corpus.from_text(text, name="t"))
    assert not a.abstained and "to curb rising prices" in a.citations[0].text


def test_only_a_question_about_now_naming_no_year_passes_over_the_past() -> None:
    from qa.question import analyze
    from qa.scorer import _asks_now

    assert _asks_now(analyze("What drug is Halvern recalling?"))
    assert not _asks_now(analyze("What is the building Acme bought?"))  # "building" is a noun
    assert not _asks_now(analyze("What drug is Halvern recalling in 2019?"))  # the year is asked


def test_the_dateline_gives_the_publication_year() -> None:
    from qa.facts import facts_for

    assert facts_for(Corpus.from_text(_RECALL, name="t")).publication_year("t") == 2024


@pytest.mark.parametrize(("question", "short"), [
    # the sentence's figure is Goldcrest Mining Corp.'s, its subject: not Halden Foods'
    ("How much revenue did Halden Foods report last year?", None),
    ("How much revenue did Goldcrest Mining Corp. report last year?", "$2.1 billion"),
    # a speaker is no owner of the figure he reports
    ("How much had the Barrow Museum spent on the collection?", "$2.4 million"),
    # a company called by the first word of its name is named
    ("How much revenue did Goldcrest Mining report last year?", "$2.1 billion"),
])
def test_a_figure_asked_of_an_organization_needs_it_not_another_as_the_subject(question: str,
                                                                               short: str | None) -> None:
    text = ("Halden Foods and Goldcrest Mining Corp. both sponsor the Barrow Museum. Goldcrest "
            "reported revenue of $2.1 billion last year.\n\n"
            "Curator Eleanor Pryce said the museum had spent $2.4 million on the collection.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short, a.details["abstain_reason"]


def test_a_titled_speaker_of_an_organization_says_what_follows() -> None:
    text = ("The two hospital groups will merge. Professor Alan Whitfield of Ohio State University said mergers "
            "often lead to higher prices for patients and insurers.")
    a = answer("What did Alan Whitfield say about mergers?", Corpus.from_text(text, name="t"))
    assert not a.abstained, a.details["abstain_reason"]
    assert a.citations[0].text.startswith("Professor Alan Whitfield")


@pytest.mark.parametrize(("question", "short"), [
    ("How many injuries were reported?", "no injuries"),  # a count of zero
    ("How many deaths were reported?", None),  # "no injuries" counts no deaths
])
def test_no_x_answers_how_many_x(question: str, short: str | None) -> None:
    text = "Halvern said it had found the problem in April. It said no injuries had been reported."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short
    text = "Police said no serious injuries were reported after the crash."  # words between
    assert answer("How many injuries were reported?", Corpus.from_text(text, name="t")).short_answer == \
        "no serious injuries"


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 41: a figure goes with the name written before it
    ("What percentage of the vote did Achebe get?", "49.92 percent"),
    ("What percentage of the vote did Voss get?", "50.08 percent"),
    ("How many votes did Achebe get?", "19,153"),
])
def test_a_figure_goes_with_the_name_before_it(question: str, short: str) -> None:
    text = ("Recount confirms mayor\n\nMayor Patricia Voss won the recount. Voss finished with 19,214 votes, or "
            "50.08 percent, to Achebe’s 19,153, or 49.92 percent.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_figure_with_no_name_before_it_keeps_its_weight() -> None:
    text = "About 1,800 people left Vytina and two neighboring villages after the warning."
    a = answer("About how many people fled Vytina and the nearby villages?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "About 1,800 people"


@pytest.mark.parametrize(("question", "short"), [
    ("How much was the car fare before?", "$38"),  # the figure the change starts from
    ("How much will the car fare be?", "$44.80"),
    ("How much did a car pay the year before on this route?", "$38"),
])
def test_before_asks_the_figure_a_change_starts_from(question: str, short: str) -> None:
    text = "Fares will rise by 18 percent on June 1. The price for a car and driver will go from $38 to $44.80."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    ("How much does it cost per minute to ride an e-bike?", "30 cents"),  # a rate asked: the rate given
    ("What is the mayor's salary?", "$150,000"),  # a yearly figure is still the only salary
    # a yearly sum is a sum, not a unit price beside a total
    ("How much will residents pay for the new waste service?", "$120"),
])
def test_a_sum_per_unit_of_time_is_a_rate(question: str, short: str) -> None:
    text = ("Riders will pay $2 to unlock a standard bike plus 15 cents a minute, while e-bikes will cost 30 cents a "
            "minute. The mayor earns $150,000 a year.\n\nResidents will pay $120 a year for the new waste service, "
            "which will cost the city $8 million.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_verb_of_the_role_s_sense_names_no_holder() -> None:
    text = ("Vireo, which is headquartered in Amsterdam but runs its European operations from Dublin, had asked the "
            "court to quash the decision.")
    a = answer("Who is Vireo's chief executive?", Corpus.from_text(text, name="t"))
    assert a.abstained and a.short_answer is None  # not "Dublin"


def test_how_much_is_not_answered_by_a_length_of_time() -> None:
    text = ("An annual membership will cost $95, and residents enrolled in the state's SNAP food assistance program "
            "will pay $5 a year.")
    assert answer("How much is an annual membership?", Corpus.from_text(text, name="t")).short_answer == "$95"


def test_a_people_s_noun_before_a_name_gives_the_name() -> None:
    text = ("Northgate's largest shareholder, Australian miner Kestrel Lithium Ltd., which owns 19.9% of the company, "
            "backed the plan.")
    a = answer("Who is Northgate's largest shareholder?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Kestrel Lithium Ltd."  # not "Australian miner"


def test_a_demonym_without_a_demonym_ending_is_one_too() -> None:
    text = "Jonas Mikkelsen, 24, who rides for the Dutch team Veldhoven-Arcus, won the stage on Sunday."
    a = answer("Which team does Mikkelsen ride for?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Veldhoven-Arcus"  # not "Dutch"


@pytest.mark.parametrize(("question", "short"), [
    ("During what hours does the charge apply?", "7 a.m. to 7 p.m."),  # a range asked: all of it (trial 71)
    ("When does the charge apply?", "7 a.m. to 7 p.m."),
    ("When does the charge start each day?", "7 a.m."),  # one end asked: that end
])
def test_a_period_from_one_time_to_another_is_one_answer(question: str, short: str) -> None:
    text = "The charge will apply from 7 a.m. to 7 p.m. on weekdays inside the inner ring road."
    assert answer(question, Corpus.from_text(text, name="c")).short_answer == short


def test_reduced_to_asks_the_level_reached() -> None:
    text = "The court reduced a 310 million euro fine imposed on Vireo Media to 145 million euros."
    a = answer("How much was the fine reduced to?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "145 million euros"  # the level reached, after "to"
    fares = Corpus.from_text("Car fares will rise to $44.80 in March from $38, the authority said.", name="t")
    assert answer("How much was the car fare before the increase?", fares).short_answer == "$38"  # the start
    assert answer("How much will the car fare be after the increase?", fares).short_answer == "$44.80"


def test_where_things_in_the_plural_are_takes_every_place_listed() -> None:
    text = "Raman said the company would hold public meetings in Goldfield and Tonopah in October."
    a = answer("Where will the public meetings be held?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Goldfield and Tonopah"  # several meetings, several places
    # two places after one preposition: both (newcomer trial 71, development set 108)
    text = "Service was restored by 3:30 p.m., although some users in Perth and Darwin reported patchy coverage."
    a = answer("Where did some users still have patchy coverage?", Corpus.from_text(text, name="p"))
    assert a.short_answer == "Perth and Darwin"
    text = "The storms, on June 29 and July 4, hit roughly 1,900 hectares of vines."
    assert answer("When did the storms strike?", Corpus.from_text(text, name="s")).short_answer == "June 29 and July 4"
    text = "The new campus will be built in Goldfield and Tonopah will lose its clinic."
    a = answer("Where will the new campus be built?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Goldfield"  # "campus" is one thing, not a plural in -s


def test_a_plural_noun_for_people_answers_who_but_not_as_a_possessor() -> None:
    from qa.analyzer import tokenize
    from qa.scorer import _people_noun

    text = "Northgate Minerals plans a lithium mine near Goldfield. Environmental groups raised concerns."
    a = answer("Who raised concerns about the project?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Environmental groups"  # groups of people do things too
    sentence = "The central finding stands: millions of people's data was shared unlawfully."
    assert _people_noun(sentence, tokenize(sentence), {"share"}, [8]) is None  # "people's data": no doer


@pytest.mark.parametrize(("question", "short"), [
    ("When will Silver Basin start producing lithium?", None),  # the day it was said is no day it will happen
    ("When did Northgate say it had discovered a lithium deposit?", "Monday"),
])
def test_the_day_something_was_said_answers_only_when_it_was_said(question: str, short: str | None) -> None:
    text = "Northgate Minerals Corp. said on Monday it had discovered a lithium deposit at Silver Basin in Nevada."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_future_asked_by_what_date_skips_the_day_it_was_said() -> None:
    # development set 111: "Until what date is X expected to ...?" asks ahead, as "When is X expected to ...?" does
    text = ("The cave will stay closed to tourists until at least Nov. 18 after heavy rain pushed the underground "
            "river over its banks on Tuesday night, flooding the railway that carries visitors into the cave, "
            "operators said Wednesday.")
    a = answer("Until what date is the cave expected to stay shut to visitors?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Nov. 18"


def test_an_ordinal_of_a_unit_of_time_is_no_rank_to_find() -> None:
    text = ("Acme Corp. said on Tuesday that revenue for the three months to June rose 8% to $2.3 billion, "
            "helped by demand for its cloud software.\n\nThe company employs about 9,000 people.\n")
    a = answer("What was Acme's revenue in the second quarter?", Corpus.from_text(text, name="acme"))
    assert a.short_answer == "$2.3 billion", a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short"), [
    ("What was the temperature at the start?", "8 degrees Celsius"),  # the scale too
    ("What was the temperature at the finish?", None),  # only the start's is given; 14,500 runners is no heat
    ("What walking speed counted as brisk?", "more than 100 steps"),  # a speed per minute
])
def test_a_measure_noun_asks_a_figure_in_its_units(question: str, short: str | None) -> None:
    text = ("About 14,500 runners reached the finish, race director Markus Feld said. Temperatures at the start "
            "were 8 degrees Celsius. A brisk cadence was defined as more than 100 steps per minute.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_who_holds_a_role_needs_the_role_said_near_the_answer() -> None:
    text = ("Nine of the men were brought to the surface alive, said Mutale Banda, a spokeswoman for Kafue Ridge "
            "Copper Ltd.\n\nKafue Ridge is 51% owned by Boreal Metals Corp.\n\nA chief executive of a rival "
            "miner, Tom Reid, said the industry must do better.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("Who is the chief executive of Kafue Ridge Copper?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "type", a.short_answer
    assert answer("Who is the spokeswoman for Kafue Ridge Copper?", corpus).short_answer == "Mutale Banda"


@pytest.mark.parametrize(("question", "text", "short"), [
    ("What is the mayor's salary?", "Grace Okafor, 52, was elected mayor in 2021.", None),  # an age
    ("How much does Orbitel pay its chief executive?", "Chief Executive Priya Raman said the company had signed "
     "contracts with 14 airlines, bringing its total to 61.", None),  # a count
    ("What share of the vote did Okafor win?", "Grace Okafor, 52, won the election.", None),  # an age, no share
    ("What percentage of eligible workers cast ballots?",  # "too few" is no share
     "Another 41 ballots were challenged by one side or the other, too few to change the outcome.", None),
    # a bare sum beside money is money
    ("How much debt did the club have a year earlier?", "Its debt stood at 210 million euros, compared with 185 "
     "million a year earlier.", "185 million"),
])
def test_a_sum_or_share_is_not_answered_by_a_bare_count_or_an_age(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("What was the Norman religion?", "Catholicism"),  # not the "Wars of Religion" sentence
    ("Which appeals court revived the lawsuit?", "U.S. Circuit Court of Appeals"),  # the name's own kind
])
def test_a_common_word_written_only_inside_a_name_counts_less(question: str, short: str) -> None:
    text = ("The descendants of the Vikings would replace the Norse religion and Old Norse language with "
            "Catholicism, blending their Frankish heritage with Old Norse customs into a unique Norman culture.\n\n"
            "The French Wars of Religion in the 16th century destroyed much of what existed of the architectural "
            "remnant of Norman creativity.\n\nThe U.S. Circuit Court of Appeals revived the lawsuit on Monday.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_count_of_the_asked_noun_below_a_sum_answers_how_many() -> None:
    text = ("Brennan said the company would spend about $1.1 billion on a new packaging plant in Chandler, Arizona. "
            "The project is expected to create roughly 1,400 jobs.")
    a = answer("How many jobs will the new plant bring?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "roughly 1,400 jobs"
    assert "1,400 jobs" in a.citations[0].text


def test_the_name_an_asked_acronym_stands_for_is_no_answer() -> None:
    text = "The pilots, represented by the Regional Aviators Guild (RAG), have worked without a contract since 2023."
    corpus = Corpus.from_text(text, name="t")
    a = answer("Who heads RAG?", corpus)
    assert a.short_answer != "Regional Aviators Guild" and a.abstained
    assert answer("What does RAG stand for?", corpus).short_answer == "Regional Aviators Guild"


@pytest.mark.parametrize(("sentence", "figure", "earlier"), [
    ("Visits fell to 41,000, down from 58,000 in 2023.", "58,000", True),
    ("A ticket will rise from $6.50 to $7.70.", "$6.50", True),
    ("Revenue was $2.1 billion, compared with $1.8 billion.", "$1.8 billion", True),
    ("The federation said 212 players from 38 countries took part.", "38 countries", False),  # a from of origin
    # development set 65: "to X from Y" is a change whatever verb goes before it ("cutting")
    ("Workers replaced every seat, cutting capacity to 1,650 from 1,900.", "1,900", True),
    ("The league grew to 14 teams from 10.", "10", True),
    ("The ferry sails to 14 islands from Oban.", "14 islands", False),
])
def test_the_figure_a_change_starts_from(sentence: str, figure: str, earlier: bool) -> None:
    from qa.amounts import earlier_value
    from qa.entities import find_spans
    sp = next(x for x in find_spans(sentence) if x.text == figure)
    assert earlier_value(sentence, sp) is earlier


def test_a_figure_asked_of_a_person_needs_that_person_named_in_the_sentence() -> None:
    text = ("Indian grandmaster Anjali Rao won the tournament on Sunday, beating Norway's Sverre Lund on tiebreak.\n\n"
            "Anjali Rao, 29, takes home the 40,000-euro first prize from a total prize fund of 150,000 euros. "
            "Lund receives 25,000 euros and Vikram Rao 15,000 euros.\n\nVikram Rao, a 16-year-old from Chennai, "
            "finished third.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("How much prize money did Vikram Rao take home?", corpus)
    assert a.short_answer != "40,000-euro"
    assert answer("How much prize money did Anjali Rao take home?", corpus).short_answer == "40,000-euro"


def test_a_leading_pronoun_answers_who_only_when_its_sentence_does_what_is_asked() -> None:
    text = ("Indian grandmaster Anjali Rao won the Kestrel Open on Sunday.\n\n"
            "She will now travel to Tbilisi for the Women's World Cup, which begins on August 3.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who won the Women's World Cup?", corpus).abstained  # the cup has not been played
    assert answer("Who will travel to Tbilisi?", corpus).short_answer == "Anjali Rao"


@pytest.mark.parametrize(("question", "short"), [
    # a common noun for people answers "who did it" only from the doer's place
    ("Apart from Elena Marquez, who declared a drought emergency?", None),  # not "aid for farmers"
    ("Who discovered the wreck?", "a survey team"),  # a passive's agent, further on
])
def test_a_people_noun_answers_from_the_doers_place(question: str, short: str | None) -> None:
    text = ("Governor Elena Marquez declared a drought emergency on Aug. 5, freeing $12 million in aid for farmers. "
            "The wreck was discovered in October by a survey team mapping the seabed.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "sentence", "figure", "asked"), [
    # "how much" asks an amount: not a count of things, though a count in a unit of measure is one
    ("How much less memory decline did walkers show?", "Those who walked 6,000 steps had 28% less decline.",
     "6,000 steps", False),
    ("How much will the group save?", "The two systems said the deal would save $85 million a year.",
     "two systems", False),
    ("How much rain fell in July?", "Only 3.2 inches of rain fell in July.", "3.2 inches", True),
    ("How much of the deal has been made public?", "Few details of the deal have been disclosed.", "Few details",
     True),  # a vague quantity may say how much
])
def test_how_much_asks_an_amount_not_a_count_of_things(question: str, sentence: str, figure: str,
                                                      asked: bool) -> None:
    from qa.amounts import amount_asked
    from qa.entities import find_spans
    from qa.question import analyze
    sp = next(x for x in find_spans(sentence) if x.text == figure)
    assert amount_asked(analyze(question), sp, sentence) is asked


def test_the_last_word_of_a_name_stands_for_the_name() -> None:
    # "the authority's executive director" is the director of the authority named before
    text = ("Nearly 9,000 homes lost power on Tuesday after a fault at a substation run by the Lakeshore "
            "Regional Power Authority, said Dan Holt, a supervisor at the plant.\n\n"
            "“We expect most customers back by tonight,” said Mira Okonjo, the authority’s general manager. "
            "Crews from Brant Electric, a contractor, were repairing the line.")
    corpus = Corpus.from_text(text, name="t")
    for question in ("Who is the general manager of the Lakeshore Regional Power Authority?",
                     "Who manages the Lakeshore Regional Power Authority?"):
        a = answer(question, corpus)
        assert a.short_answer == "Mira Okonjo"
        assert a.citations[0].text.startswith("“We expect")


def test_forward_after_bring_or_move_is_a_particle_not_a_player() -> None:
    text = ("The county approved a rail upgrade last year. Officials said the board would consider moving the "
            "project forward at its next meeting on May 4.")
    a = answer("When will the board discuss bringing the rail upgrade forward?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "May 4"


def test_a_time_word_before_a_noun_asks_for_that_noun() -> None:
    text = "The final was played at a time control of 90 minutes per player. Rosa Lind won the title."
    a = answer("What time control was used in the final?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text.startswith("The final was played")


def test_a_where_clause_after_a_verb_answers_where() -> None:
    text = ("Engineers said the leak appeared to have started where the pipe joins a pump housing. "
            "The plant was shut on Monday. Workers left the town where they lived.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Where did the leak start?", corpus).short_answer == "where the pipe joins a pump housing"
    # after a noun, "where" opens a relative clause: the noun is the place
    from qa.question import analyze
    from qa.scorer import _where_clause
    assert _where_clause(analyze("Where did the workers live?"), "Workers left the town where they lived.") == []
    # after a verb of saying or finding out, "where" opens an indirect question, no place (review finding)
    for sentence in ("Officials did not say where the new plant would be built.",
                     "Investigators are trying to determine where the fire started."):
        assert _where_clause(analyze("Where will it be built?"), sentence) == []


@pytest.mark.parametrize(("text", "question", "short"), [
    # "this year" need not be said of the figure a sentence sets against last year's
    ("Organizers said 52,000 visitors attended the fair, up from 47,000 last year. The fair runs for ten days.",
     "How many visitors attended the fair this year?", "52,000"),
    ("Organizers said 52,000 visitors attended the fair, up from 47,000 last year. The fair runs for ten days.",
     "How many visitors attended the fair last year?", "47,000"),
    ("Last year the fair drew 47,000 visitors. The fair runs for ten days in Orla.",
     "How many visitors attended the fair this year?", None),  # only last year's figure: abstain
    # development set 58: "the season" is this season
    ("Kostas Vlachos owns a guesthouse. He estimated his losses for the season at more than 20,000 euros.",
     "How much does the guesthouse owner expect to lose this season?", "more than 20,000 euros"),
    # code review: "the season opener" is no "this season"
    ("Haaland scored 3 goals in the season opener against West Ham on Saturday.",
     "How many goals has Haaland scored this season?", None),
    # development set 56: "two years ago" asked, the text near telling of no earlier time
    ("Teams began a drive on Monday to vaccinate 90,000 dogs. The province has 128,000 dogs.",
     "How many dogs did the province vaccinate two years ago?", None),
    ("Two years ago the province vaccinated 61,000 dogs. Teams began a drive on Monday to vaccinate 90,000 dogs.",
     "How many dogs did the province vaccinate two years ago?", "61,000"),
    # development set 60: news tells of the present without saying "this year"
    ("Mr. Park said the budget had grown to 3.8 billion won, with half from the city. The festival runs eight days.",
     "What is the festival’s budget this year?", "3.8 billion won"),
    # code review: not when the text dates the figure to another year
    ("The festival's budget was 2.1 million euros in 2022, organisers said. They have not disclosed its costs.",
     "What is the festival’s budget this year?", None),
    ("Farmers harvested 4.5 million tonnes of wheat a year earlier, the ministry said. Rain has delayed the harvest.",
     "How much wheat did farmers harvest this year?", None),
])
def test_this_year_is_the_figure_set_against_last_year(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


def test_a_lead_names_its_subject_by_kind_before_its_name() -> None:
    # "A tunnel that carries ..." is the story's first-named tunnel, not another one named later
    text = ("A tunnel that carries about 12,000 cars a day under the Tarn estuary was closed on Monday after a "
            "flood.\n\nThe regional council said the Ostend Road Tunnel would stay shut for two weeks. The Hale "
            "Street Tunnel stays open.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("About how many cars use the Ostend Road Tunnel each day?", corpus)
    assert a.short_answer == "about 12,000 cars"
    assert answer("About how many cars use the Hale Street Tunnel each day?", corpus).abstained


def test_the_champions_share_of_a_prize_fund_is_what_the_winner_received() -> None:
    text = ("The open was organized by the Baltic Chess Union with a prize fund of 90,000 euros, of which the "
            "winner received 12,000 euros. Rosa Lind won the title on Sunday.")
    a = answer("How much did the champion earn from the prize fund?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "12,000 euros"


def test_first_after_a_determiner_is_an_adjective_not_a_start_asked() -> None:
    from qa.amounts import ASKS_START
    assert ASKS_START.search("When did they first meet?")
    assert ASKS_START.search("When did a minister last visit?")
    assert not ASKS_START.search("When did she win her first national title?")
    assert not ASKS_START.search("When did Lind win the club's first national title?")  # after a possessive
    assert not ASKS_START.search("When did she win a first title?")
    text = ("Ana Lind, 19, is the first Swede to win a European title in any format since 2004. "
            "She won the Nordic Open on Sunday.")
    assert answer("When did Lind win her first title?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("text", "short"), [
    ("The authority approved a $4 million upgrade of the Pell Ridge station last year.\n\nCrews replaced a "
     "cracked valve on Monday night, officials said.", None),  # the upgrade's cost is no cost of the valve
    ("Replacing the cracked valve at Pell Ridge cost $40,000, officials said. The authority approved a $4 million "
     "upgrade last year.", "$40,000"),
])
def test_the_cost_to_do_something_needs_the_thing_done(text: str, short: str | None) -> None:
    a = answer("How much did it cost to replace the cracked valve at Pell Ridge?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("text", "question", "short"), [
    ("The fair opened on Saturday for its 14th edition.", "In what year was the fair first held?", None),
    ("The fair was first held in 1998. It opened on Saturday.", "In what year was the fair first held?", "1998"),
    ("The bridge opened in 1964 and was last inspected in 2019.", "How long did the 2019 inspection take?", None),
    ("The bridge was last inspected in 2019. The inspection took three days.",
     "How long did the 2019 inspection take?", "three days"),
])
def test_a_year_asked_needs_a_year_and_a_length_no_date(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("text", "abstained"), [
    ("Ana Kovac beat Dutch grandmaster Pieter van Loon in the final round on Sunday.", True),
    ("Ana Kovac beat Dutch grandmaster Pieter van Loon in the final round on Sunday. “She was simply better "
     "today,” said Pieter van Loon.", False),
])
def test_what_a_name_with_a_particle_said_needs_that_person_saying_it(text: str, abstained: bool) -> None:
    a = answer("What did Pieter van Loon say after losing to Kovac?", Corpus.from_text(text, name="t"))
    assert a.abstained is abstained


@pytest.mark.parametrize(("question", "verb"), [
    ("Did the Ohio Environmental Protection Agency fine the water authority?", "fine"),  # a determiner follows
    ("Has the FDA fined Corvant over the impurity?", "fined"),
    ("Did Lisa Tam’s party support the pay deal?", "support"),
    ("Does Prato Certo plan to expand outside Brazil?", "plan"),  # "to" and a verb follow
    ("Did the Beijing talks produce a breakthrough?", "produce"),  # not "talks", a verb follows it
    ("Have all the specifics of the deal been settled?", "settled"),
    ("Is Kovac the youngest person to have won this title?", "won"),  # not "person"
    ("Is Kovac the youngest player?", None),
    ("Did the two whales that swam back toward the beach survive?", "survive"),  # not the relative clause's verb
    ("Did the company that owns the plant agree to sell it?", "agree"),
    ("Is the dealer going to challenge his conviction?", "challenge"),  # "going to" marks the future
    ("Did Acme apply for a permit?", "apply"),  # a verb in -ly is no adverb
    # newcomer trial 75: a participle before a noun qualifies it ("Yes" was read from "owned" in "... not affected")
    ("Were privately owned scooters affected by the ban?", "affected"),
    ("Were rented scooters affected?", "affected"),
    # held-out set 113: "follow-up" is a noun, so "attend" is the verb
    ("Did most of the women who tested positive attend follow-up within six weeks?", "attend"),
])
def test_the_main_verb_of_a_yes_no_question(question: str, verb: str | None) -> None:
    from qa.asked import main_verb
    from qa.question import analyze
    found = main_verb(analyze(question))
    assert (found.surface if found else None) == verb


@pytest.mark.parametrize(("text", "abstained"), [
    ("The state environment agency said it had sent two inspectors to the Pell Ridge station. A spokesman said "
     "it would review the authority's maintenance records.", True),  # fined? the text does not say
    ("The state environment agency fined the authority $20,000 in May over the Pell Ridge station.", False),
])
def test_a_yes_no_question_needs_its_verb_in_the_best_sentence(text: str, abstained: bool) -> None:
    a = answer("Did the state environment agency fine the authority?", Corpus.from_text(text, name="t"))
    assert a.abstained is abstained


@pytest.mark.parametrize(("text", "abstained"), [
    ("The tablets were made at Acme’s plant in Pune, India, which the company bought in 2019.", True),
    ("The tablets were made at Acme’s plant in Pune, India. India’s drug regulator said the Pune plant had passed "
     "an inspection in May.", False),
    ("The tablets were made at Acme’s plant in Pune, India. India’s drug regulator raised concerns about the Pune "
     "plant in May.", False),  # said in other words
])
def test_what_someone_unnamed_said_needs_a_sentence_reporting_speech(text: str, abstained: bool) -> None:
    a = answer("What did India’s drug regulator say about the Pune plant?", Corpus.from_text(text, name="t"))
    assert a.abstained is abstained


def test_a_demonstrative_before_a_thing_stands_for_no_person() -> None:
    from qa.facts import facts_for
    text = ("The museum's director, Mr. Tobias Hale, said the coins would be shown in the library.\n\n"
            "A smaller hoard of 317 coins was found about 6 miles away, near the village of Hodnet Cross, in 2009. "
            "That hoard was bought by the museum for £18,500 and is now one of its most visited displays.")
    corpus = Corpus.from_text(text, name="t")
    that = corpus.sentences["t"][-1]
    assert facts_for(corpus).referent(that) is None  # not Tobias Hale
    a = answer("How much did the museum pay for the coins found near Hodnet Cross?", corpus)
    assert a.short_answer == "£18,500"


def test_an_indefinite_other_one_is_not_the_thing_asked() -> None:
    from qa.question import analyze
    from qa.scorer import _another_one
    q = analyze("Roughly how many coins were in the hoard?")
    assert _another_one(q, "A smaller hoard of 317 coins was found nearby.", {"hoard", "coin"}) == {"hoard"}
    assert _another_one(q, "The hoard held 2,400 coins.", {"hoard", "coin"}) == set()
    text = ("A hoard of about 2,400 Roman coins found in a field near Wellbrook has been declared treasure.\n\n"
            "A smaller hoard of 317 coins was found about 6 miles away, near the village of Hodnet Cross, in 2009.")
    a = answer("Roughly how many coins were in the hoard?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "about 2,400 Roman coins"


def test_a_price_tag_is_a_sum_of_money() -> None:
    text = ("The club unveiled designs for a 40,000-seat stadium on Monday. The new stadium carries a price tag "
            "of $480 million, the club said.")
    assert answer("What is the price tag of the new stadium?", Corpus.from_text(text, name="t")).short_answer \
        == "$480 million"


@pytest.mark.parametrize(("question", "short"), [
    ("How many people voted for the plan?", "3,118"),
    ("How many votes were cast against the plan?", "2,906 against"),
])
def test_the_side_of_a_vote_told_as_in_favour_and_against(question: str, short: str) -> None:
    text = "Final results released on Sunday showed 3,118 votes in favour of the plan and 2,906 against."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "abstained"), [
    ("What was the turnout in the town’s 1998 municipal vote?", True),  # 1998 only bounds the comparison
    ("What was the turnout in the 2026 vote?", False),
])
def test_a_year_asked_anywhere_is_not_the_boundary_of_a_comparison(question: str, abstained: bool) -> None:
    text = ("Residents of Port Alder voted in 2026 to back the wind farm.\n\n"
            "Turnout was 64%, the highest in a municipal vote in the town since 1998, the clerk said.")
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstained


@pytest.mark.parametrize(("text", "short"), [
    ("Northwind’s chief executive, Dr. Henrik Lund, said the company would hire a fisheries liaison officer "
     "based in the town.", None),  # the office is not filled
    ("Northwind named Ruth Ames, a former skipper, as its fisheries liaison officer in the town.", "Ruth Ames"),
])
def test_serving_as_a_named_owners_office_needs_its_holder(text: str, short: str | None) -> None:
    a = answer("Who will serve as Northwind’s fisheries liaison officer?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("How many volunteers came from Glasgow to help?", None),  # some of them did: the count is not theirs
    ("How many volunteers kept the whales wet?", "More than 150 volunteers"),
])
def test_a_place_in_an_aside_about_some_of_them_is_not_the_counts(question: str, short: str | None) -> None:
    text = ("More than 150 volunteers, some travelling from Glasgow and Oban, kept the whales wet with buckets "
            "while the tide rose.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


def test_a_group_known_as_a_name_is_named() -> None:
    text = ("Police believed the attack was carried out by a group known as Black Lantern, which has been linked "
            "to at least 14 attacks on hospitals.")
    assert answer("Which group do police suspect?", Corpus.from_text(text, name="t")).short_answer == "Black Lantern"


@pytest.mark.parametrize(("text", "short"), [
    ("Some growers have begun installing anti-hail nets, which cost about 12,000 euros per hectare. Fewer than a "
     "third of growers carry hail insurance.", None),  # the nets' price is no insurance's
    ("Hail insurance costs growers about 900 euros per hectare a year.", "about 900 euros"),
])
def test_the_cost_of_a_thing_without_an_article_needs_the_thing(text: str, short: str | None) -> None:
    a = answer("How much does hail insurance cost?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


def test_a_yes_no_verb_may_be_told_negated_by_a_prefix() -> None:
    text = "The dispute over rare earth supplies remains unresolved despite high-level meetings in Beijing."
    a = answer("Did the talks resolve the rare earth dispute?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text.startswith("The dispute")


def test_the_author_of_a_study_is_not_the_storys_byline() -> None:
    head = "Hail batters Valcourt vineyards\nBy Tomas Ferreira\n\nVALCOURT, Loire (AWS) — Hail wrecked vineyards. "
    unnamed = Corpus.from_text(head + "A 2023 study by the University of Lantier found that hail days had doubled.",
                               name="t")
    assert answer("Who is the lead author of the 2023 study?", unnamed).abstained  # not "By Tomas Ferreira"
    corpus = Corpus.from_text(head + "A 2023 study found that hail days had doubled, its lead author, Dr. Odile "
                              "Marchand, said.", name="t")
    assert answer("Who is the lead author of the 2023 study?", corpus).short_answer == "Odile Marchand"
    assert answer("Who wrote the article?", corpus).short_answer == "Tomas Ferreira"
    assert answer("Who is the author of this story?", corpus).short_answer == "Tomas Ferreira"


@pytest.mark.parametrize(("question", "short"), [
    ("How many council members voted against the seawall?", "4"),  # a tally tells both sides
    ("How many council members voted for the seawall?", "7"),
])
def test_a_tally_answers_either_side_of_a_vote(question: str, short: str) -> None:
    text = ("The Harbor City Council voted 7 to 4 on Thursday night to approve a $62 million seawall along the "
            "city's eastern waterfront.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_country_is_no_city() -> None:
    text = "Officials expect a meeting next month between the two presidents in South Korea."
    corpus = Corpus.from_text(text, name="t")
    assert answer("In which city will the presidents meet?", corpus).abstained
    assert answer("In which country will the presidents meet?", corpus).short_answer == "South Korea"


@pytest.mark.parametrize(("question", "short"), [
    ("What was the council vote?", "7 to 4"),  # a tally told as "N to M", and a modifier before "vote"
    ("What was the council's vote?", "7 to 4"),
    ("What was the vote on the marsh plan?", "3 to 8"),
    ("How many council members voted against the seawall?", "4"),
])
def test_a_vote_told_as_n_to_m_is_its_tally(question: str, short: str) -> None:
    text = ("The Harbor City Council voted 7 to 4 on Thursday night to approve a $62 million seawall. Councilman "
            "Derek Hale proposed a cheaper plan using restored marshes, but it failed 3 to 8.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_range_is_no_tally() -> None:
    from qa.amounts import vote_tally
    from qa.contrast import contradicts
    from qa.entities import find_spans
    for sentence in ("Prices rose by 5 to 10 percent.", "Support rose from 40 to 55 percent."):
        five = next(sp for sp in find_spans(sentence) if sp.text[:1].isdigit())
        assert vote_tally(sentence, five) is None, sentence
    voted = "The council voted 7 to 4 to approve it."
    assert vote_tally(voted, next(sp for sp in find_spans(voted) if sp.text == "7")) == "7 to 4"
    # a range hides no contradiction: "against" asked, "approved" said (review finding)
    assert contradicts("How many members voted against the plan?",
                       "Support rose from 40 to 55 percent after the plan was approved.")


@pytest.mark.parametrize(("question", "short"), [
    ("How old is Tashi?", "three"),
    ("How old is Ebba Nilsson?", "eight"),
    ("How old is Marta Lindqvist?", None),  # her age is not given: not Tashi's, named in her sentence
    ("How old is Marta Lindqvist, the zoo director?", None),  # nor with her role in apposition
    ("How old is Ebba Nilsson, the pupil?", "eight"),
])
def test_an_age_belongs_to_the_name_it_is_written_with(question: str, short: str | None) -> None:
    text = ("The animal, a three-year-old male named Tashi, slipped out of his enclosure, according to zoo director "
            "Dr. Marta Lindqvist. The pupil who first spotted Tashi, eight-year-old Ebba Nilsson, has been invited "
            "to name the zoo’s next cub.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


def test_an_age_before_a_verb_or_a_role_names_no_one_else() -> None:
    from qa.amounts import age_owner
    from qa.entities import find_spans
    # (newcomer trial 84: the name the age is in apposition to is its owner: "Marques, a 52-year-old former
    # professor, defeated Rui Teixeira" gives no age of Teixeira's)
    for sentence, owner in (("The 24-year-old has averaged 27 points.", None),
                            ("Calado, a 29-year-old winger, signed on Monday.", "Calado"),
                            ("Marcus Silva, a 24-year-old Brazilian striker, scored.", "Silva"),  # not "Brazilian"
                            ("John Smith, a 30-year-old man from Leeds, was arrested.", "Smith"),
                            ("Marques, a 52-year-old former economics professor, defeated Rui Teixeira.", "Marques")):
        sp = next(x for x in find_spans(sentence) if x.type == "NUMBER" or x.text[:1].isdigit())
        assert age_owner(sentence, sp) == owner, sentence


@pytest.mark.parametrize(("text", "short"), [
    ("Local MP Rachel Dunmore said she would ask the health minister to explain the delay.", None),
    ("Health Minister Ana Costa said the review would be published.", "Ana Costa"),
    ("Ana Costa, the health minister, said the review would be published.", "Ana Costa"),
])
def test_a_role_someone_acts_on_is_not_their_role(text: str, short: str | None) -> None:
    a = answer("Who is the health minister?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("question", "short"), [
    ("When will the harvest festival now take place?", "October 11"),  # not the usual time
    ("When is the harvest festival normally held?", "September"),
])
def test_the_usual_time_is_not_the_time_now(question: str, short: str) -> None:
    text = ("The cooperative said it would delay its harvest festival, normally held on the last weekend of "
            "September, until October 11.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    text = "The Domaine des Sables estate is run by sisters Anaïs and Margaux Delorme, who took it over in 2011."
    a = answer("Who runs Domaine des Sables?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Anaïs and Margaux Delorme"


@pytest.mark.parametrize(("question", "short"), [
    ("How fast were the wind gusts?", "94 kilometres per hour"),  # a speed keeps its "per hour"
    ("How far did the storm travel?", "120 kilometres"),
])
def test_a_speed_keeps_its_time_unit(question: str, short: str) -> None:
    text = "Gusts reached 94 kilometres per hour as the storm travelled 120 kilometres inland."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "abstained"), [
    ("In what year was Douglas Fenwick first elected mayor?", True),  # a length of time is no year
    ("How many years has Douglas Fenwick been mayor?", False),
])
def test_a_year_asked_is_not_a_length_of_time(question: str, abstained: bool) -> None:
    text = "Douglas Fenwick, who has been mayor for more than two decades, lost the run-off on Sunday."
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstained


@pytest.mark.parametrize(("text", "abstained"), [
    ("Staff held 11 days of strikes. The university has not said whether marks will be adjusted.", True),
    ("Staff held 11 days of strikes. It remains unclear whether marks will be adjusted.", True),
    ("Staff held 11 days of strikes. The university said marks would be adjusted for affected students.", False),
])
def test_a_yes_no_question_the_text_leaves_open_is_abstained(text: str, abstained: bool) -> None:
    a = answer("Will students’ marks be adjusted because of the strike?", Corpus.from_text(text, name="t"))
    assert a.abstained is abstained


def test_how_many_people_is_not_a_sum_of_money() -> None:
    text = ("Staff held 11 days of strikes in the autumn term, and the union estimates that members have lost an "
            "average of £2,300 each in deducted pay.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How many staff took part in the strikes?", corpus).abstained  # not "£2,300"
    assert answer("How many pounds did members lose on average?", corpus).short_answer == "£2,300"


@pytest.mark.parametrize(("text", "question", "abstained"), [
    ("The 2023 study found that hail days had doubled in Valcourt.", "What did the study say about hail days?", False),
    ("The charity raised $4 million for the hospital.", "What did the charity say about the hospital?", True),
])
def test_what_was_said_may_be_a_finding_but_not_money_raised(text: str, question: str, abstained: bool) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstained


def test_a_prefix_other_than_un_or_non_does_not_negate_a_verb() -> None:
    text = "The man was discharged from hospital on Monday."  # "discharged" is no "not charged"
    assert answer("Did police charge the man?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("text", "short"), [
    ("Ana Costa, who rose to health minister in 2023, said the review would be published.", "Ana Costa"),
    ("Local MP Rachel Dunmore criticised the health minister over the delay.", None),
])
def test_rising_to_a_role_holds_it_and_criticising_it_does_not(text: str, short: str | None) -> None:
    a = answer("Who is the health minister?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("text", "question", "short"), [
    # review findings: "Since 2019" opening the question is a boundary asked; "some 150" is "about 150";
    # "from across the region last year" sets no figure against last year's
    ("The council has built 1,200 homes since 2019.", "Since 2019, how many homes has the council built?",
     "1,200"),
    ("After the storm, some 150 volunteers from Glasgow cleared the beach.",
     "How many volunteers came from Glasgow?", "some 150 volunteers"),
    ("The fair drew 52,000 visitors from across the region last year.",
     "How many visitors attended the fair this year?", None),
    ("The band was formed in the 1990s in Leeds.", "In what year was the band formed?", "the 1990s"),
])
def test_review_cases_of_times_and_parts(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


def test_the_last_word_of_a_plural_name_stands_for_it() -> None:
    from qa.facts import facts_for
    corpus = Corpus.from_text("Athletes from 24 islands compete in the Northern Island Games in Lerwick. The games end "
                              "on Sunday, organisers said.", name="t")
    assert facts_for(corpus).head_named_terms(corpus.sentences["t"][1]) == {"northern", "island", "game"}


@pytest.mark.parametrize(("text", "question", "short"), [
    ("Building the new stadium will cost $480 million, the club said.",
     "How much will it cost to build the new stadium downtown?", "$480 million"),  # "downtown" is no thing priced
    ("Repairing the roof will cost $2 million, officials said.",
     "How much will it cost to repair the roof damaged by the storm?", "$2 million"),
])
def test_the_thing_priced_ends_at_its_head_noun(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question"), [
    # review findings, each answered wrongly before its fix
    ("A bridge collapsed in northern Peru on Monday, killing 12 people. Rescuers searched the river. Officials "
     "blamed the rains. Roads were closed.\n\nIn other news, the Caerleon Road Bridge in Wales reopened on Tuesday.",
     "How many people were killed when the Caerleon Road Bridge collapsed?"),  # named too far on: another bridge
    ("Northwind said it would hire a fisheries liaison officer based in the town, its chief executive, Dr. Henrik "
     "Lund, said.", "Who will serve as the company's fisheries liaison officer?"),  # the office is not filled
    ("By Tomas Ferreira\n\nThe UN report found that hail days had doubled.",
     "Who was the lead author of the UN report?"),  # not the byline: another report
])
def test_review_cases_that_must_abstain(text: str, question: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).abstained


def test_a_summer_festival_is_no_other_festival() -> None:
    from qa.question import analyze
    from qa.scorer import _another_one
    q = analyze("When does the festival open?")
    assert _another_one(q, "A summer festival of music opens in June.", {"festiv"}) == set()
    assert _another_one(q, "A smaller festival opens in June.", {"festiv"}) == {"festiv"}


def test_as_the_forward_is_a_player_not_a_particle() -> None:
    from qa.contrast import contradicts
    assert contradicts("Who came on as the reserve forward?", "Lopez, the veteran forward, scored twice.")


@pytest.mark.parametrize(("question", "negated"), [
    ("Why does the university say it cannot offer more than 3.5 percent?", False),  # inside what it says
    ("What reasons did the maker give for deciding the site could not continue?", False),
    ("How is Turing machine M said not to operate?", True),  # "said not to": the question's own negation
    ("Why didn't the minister say anything?", True),
])
def test_a_negation_inside_a_reported_clause_does_not_negate_the_question(question: str, negated: bool) -> None:
    from qa.contrast import contradicts
    reason = contradicts(question, "The university has offered 3.5 percent, the most it can afford.")
    assert (reason == "the question is negated and the best sentence is not") is negated


@pytest.mark.parametrize(("text", "question"), [
    # second break-it trial: each answered with something else before
    ("Board chair Annette Du Plessis cast the deciding vote.", "Who is the vice chair of the school board?"),
    ("Its president said 38 teachers left the district last year.", "How many teachers joined the district last year?"),
    ("Rental prices have jumped from $180 to $245 a hive since January, according to the Brennan Growers' "
     "Association.", "When was the Brennan Growers' Association founded?"),  # "since January" is no founding
])
def test_break_it_cases_that_must_abstain(text: str, question: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).abstained


def test_by_when_asks_the_event_too() -> None:
    text = "Chief executive Rosalind Achebe, 52, said the first vessel would enter service in March 2027."
    assert answer("By when did Rosalind Achebe join the company?", Corpus.from_text(text, name="t")).abstained


def test_a_bare_title_is_the_story_subjects_officer() -> None:
    text = ("The Ellery Bay Ferry Company will buy four battery-powered ferries from a Norwegian shipyard.\n\n"
            "Hallvik Marine has built electric ferries for operators in Norway and Denmark.\n\n"
            "Chief executive Rosalind Achebe, 52, said the first vessel would enter service in March 2027.")
    a = answer("Who runs the ferry company?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Rosalind Achebe"


def test_an_adjective_sharing_a_verbs_stem_does_not_meet_the_verbs_synonym() -> None:
    # the stemmer makes "finalize" "final" (~ "settle"): the final furnace did not settle
    text = ("Soot from the fires that burned large parts of the park in 2024 settled on the ice.\n\n"
            "Production will wind down from August, and the last furnace is due to be switched off on October 31.")
    a = answer("On what date is the final furnace expected to be turned off?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "October 31"
    assert "last furnace" in a.citations[0].text
    zoo = Corpus.from_text("The zoo's last tiger cub, a male named Raja, was born in 2014.", name="z")
    assert answer("Who won the final?", zoo).abstained  # "the final" is no "last tiger cub"


def test_which_city_wants_a_city_not_a_venue_or_a_nationality() -> None:
    text = ("The Galway City Museum has bought 43 rings from the estate of an Irish-American collector.\n\n"
            "The rings belonged to Thomas Keady, a retired shipping executive who died in Boston last year.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("In which city did the collector die?", corpus)
    assert a.short_answer == "Boston"
    assert answer("Where did Thomas Keady die?", corpus).short_answer == "Boston"


def test_its_stands_for_the_company_the_sentence_before_calls_the_company() -> None:
    text = ("Southern Cross Glass Co. will close its Ballarat factory later this year, cutting 340 jobs.\n\n"
            "The company blamed rising gas prices for the decision. Its energy bill has more than tripled since "
            "2021, according to a statement from its Singapore-based parent, Pacific Containers Inc.")
    a = answer("Who is the parent of Southern Cross Glass?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Pacific Containers Inc."
    assert a.citations[0].text.startswith("Its energy bill")


def test_a_bare_title_after_said_is_the_story_subjects_officer() -> None:
    text = ("Southern Cross Glass Co. will close its Ballarat factory later this year, cutting 340 jobs.\n\n"
            "The closure comes a year after a cardboard mill in nearby Creswick shut down.\n\n"
            "Union organiser Kath Brennan called the news devastating for the town.\n\n"
            "“This is not a decision we made lightly,” said chief executive Mr. Graham Oduya.")
    a = answer("Who is the chief executive of Southern Cross Glass?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Graham Oduya" and not a.abstained


def test_a_why_question_takes_the_cause_the_next_sentence_gives() -> None:
    text = ("BALLARAT, Victoria (AWS) — Southern Cross Glass Co. will close its Ballarat factory later this year, "
            "cutting 340 jobs.\n\n"
            "The company blamed rising gas prices for the decision.\n\n"
            "The closure comes a year after a cardboard mill in nearby Creswick shut down.")
    a = answer("Why is the Ballarat plant being shut down?", Corpus.from_text(text, name="t"))
    assert not a.abstained
    assert [c.sentence for c in a.citations[:2]] == [2, 1]  # the cause first, then the event it explains
    assert a.citations[0].text == "The company blamed rising gas prices for the decision."


def test_a_why_question_keeps_a_best_sentence_that_gives_the_cause() -> None:
    text = ("The council closed the Oak Street library because its roof was unsafe.\n\n"
            "Officials said repairs were meant to start in May.")
    a = answer("Why did the council close the Oak Street library?", Corpus.from_text(text, name="t"))
    assert a.citations[0].text.startswith("The council closed the Oak Street library because")


def test_the_name_of_a_thing_the_text_gives_only_as_a_or_an_is_not_given() -> None:
    text = ("Museum officials said the collection would go on public display in a new gallery on March 14, 2025.\n\n"
            "Greaves said mobile library vans and a new volunteer-run service would cover the areas.")
    corpus = Corpus.from_text(text, name="t")
    for q in ("What is the name of the new gallery where the rings will be shown?",
              "What is the name of the new volunteer-run library service?"):
        a = answer(q, corpus)
        assert a.abstained and a.details["abstain_kind"] == "type", (q, a.short_answer)
    named = Corpus.from_text("The rings will tour to a gallery named the Hall of Claddagh in Boston.", name="t")
    assert answer("What is the name of the gallery in Boston?", named).short_answer == "Hall of Claddagh"


def test_the_figure_a_rated_figure_changes_to_has_its_rate() -> None:
    text = ("Mr. Kevin Starlight said his company, Icefield Trails Ltd., had cut its glacier tours from six a day to "
            "two since 2019.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How many glacier tours a day does Icefield Trails run now?", corpus).short_answer == "two"
    assert answer("How many glacier tours a day did Icefield Trails run before 2019?", corpus).short_answer == "six"


def test_a_headlines_answer_is_cited_from_the_body_sentence_that_restates_it() -> None:
    text = ("Ballarat glassworks to close after 71 years with loss of 340 jobs\n"
            "By Tom Reilly\n\n"
            "BALLARAT, Victoria (AWS) — Southern Cross Glass Co. will close its Ballarat factory later this year, "
            "ending 71 years of bottle-making in the city and cutting 340 jobs, the company said on Wednesday.")
    a = answer("How many jobs will disappear when the glassworks shuts?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "340"
    assert a.citations[0].text.startswith("Southern Cross Glass Co. will close")


def test_a_headlines_name_is_restated_by_the_body_sentence_with_the_full_name() -> None:
    # break-it trial 55: "Ortega Wins ..." was cited from "Ortega is set to take office ...", a weaker sentence,
    # over "Sofia Ortega was elected mayor ..."
    text = ("Ortega Wins Granite Falls Mayoral Race by 214 Votes\n\n"
            "City Council member Sofia Ortega was elected mayor of Granite Falls on Tuesday, defeating two-term "
            "incumbent Gregory Hale by 214 votes.\n\n"
            "Hale, 61, did not concede on Wednesday.\n\n"
            "Ortega is set to take office on Jan. 5, becoming the city's first Latina mayor.")
    a = answer("Who won the mayoral race?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Sofia Ortega" and a.citations[0].text.startswith("City Council member Sofia Ortega")


@pytest.mark.parametrize(("question", "short"), [("Who painted Autumn Mill?", "Thomas Greaves"),
                                                ("Who painted Fog Over Pemaquid?", "Eliza Harwood")])
def test_a_work_named_in_the_question_is_by_the_name_after_it(question: str, short: str) -> None:
    # break-it trial 55: "Who painted Autumn Mill?" gave the painter named nearer the verb
    text = ('The stolen works are "Morning on the Kennebec" and "Fog Over Pemaquid," both by the painter Eliza '
            'Harwood, and "Autumn Mill" by Thomas Greaves.')
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short
    text = '"Autumn Mill" by Thomas Greaves was sold on Friday to the collector Ana Ruiz.'  # code review 56
    assert answer('Who bought "Autumn Mill"?', Corpus.from_text(text, name="t")).short_answer == "Ana Ruiz"


@pytest.mark.parametrize(("source", "short"), [
    ("according to unofficial results released Wednesday morning by the Yellow Medicine County elections office",
     "the Yellow Medicine County elections office"),
    ("according to the U.S. Census Bureau", "the U.S. Census Bureau"),
])
def test_who_said_a_sourced_figure_is_the_source_it_is_according_to(source: str, short: str) -> None:
    # break-it trial 55: "Who said that?" after "By how many votes?" gave the winner, who did not say it
    text = f"Sofia Ortega was elected mayor on Tuesday, defeating Gregory Hale by 214 votes, {source}."
    a = answer("Who said that Ortega defeated Hale by 214 votes?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short
    text = f"Ortega won by 214 votes, {source}."  # code review 56: asked of a sentence naming no one else
    assert answer("Who said Ortega won by 214 votes?", Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # held-out set 93: "What tore the hole?" was answered "operator"
    ("What tore the hole in the net pen?", "About 54,000 farmed salmon escaped from a fish farm after a storm tore "
     "a hole in one of its net pens, the operator said on Friday.", "a storm"),
    ("What damaged the bridge?", "Heavy flooding damaged the bridge on Monday, officials said.", "Heavy flooding"),
    ("What killed the fish?", "Officials said cyanide from the mine killed the fish.", "cyanide from the mine"),
    # code review 56: two subjects joined, a verb of belief, a relative clause, an apposition
    ("What damaged the roof?", "Heavy rain and strong winds damaged the roof.", "Heavy rain and strong winds"),
    ("What killed the fish?", "Scientists believe a toxic algae bloom killed the fish.", "a toxic algae bloom"),
    ("What damaged the net pens?", "The storm that hit the coast on Friday damaged the net pens.", "The storm"),
    ("What damaged the pier?", "A storm, the worst in decades, damaged the pier.", "A storm"),
])
def test_what_did_it_is_answered_by_the_subject_of_that_verb(question: str, sentence: str, short: str) -> None:
    assert answer(question, Corpus.from_text(sentence, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    ("Who met the prime minister?", "Tomas Lind"),  # not the prime minister herself
    ("Who did the prime minister meet?", "Tomas Lind"),
    ("Who met Lind?", "Anna Berg"),
    ("Who is the prime minister?", "Anna Berg"),  # the office asked: its holder
    ("Who is currently the prime minister?", "Anna Berg"),  # code review 56: the holder, however asked
    ("Who serves as the prime minister?", "Anna Berg"),
])
def test_a_name_titled_as_the_question_names_it_is_not_the_answer(question: str, short: str) -> None:
    # held-out set 93: "Which two independent winners met the chief minister?" was answered by the chief minister
    text = "Prime Minister Anna Berg met union leader Tomas Lind on Monday."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short
    # code review 56: another role with the same last word is not the one asked; an apposition is a title too
    text = "The mayor was replaced on Monday by Deputy Mayor Ana Lopez."
    assert answer("Who replaced the mayor?", Corpus.from_text(text, name="t")).short_answer == "Ana Lopez"
    text = "Anna Berg, the prime minister, met union leader Tomas Lind on Monday."
    assert answer("Who met the prime minister?", Corpus.from_text(text, name="t")).short_answer == "Tomas Lind"
    # break-it trial 57: the holder of a role the question names as an owner is not who is asked
    text = "Police arrested the factory's managing director, Anwar Hossain, 52, on Monday."
    a = answer("Who is the managing director's lawyer?", Corpus.from_text(text, name="t"))
    assert a.short_answer != "Anwar Hossain"
    assert answer("Who is the managing director?", Corpus.from_text(text, name="t")).short_answer == "Anwar Hossain"


def test_a_word_of_a_quoted_title_is_no_one() -> None:
    # break-it trial 55: "Who else?" after "Who painted Fog Over Pemaquid?" answered "Kennebec", of a title
    text = ('The stolen works are "Morning on the Kennebec" and "Fog Over Pemaquid," both by the painter Eliza '
            'Harwood.')
    a = answer("Apart from Eliza Harwood, who painted Fog Over Pemaquid?", Corpus.from_text(text, name="t"))
    assert a.short_answer != "Kennebec"
    text = "“I phoned Anna Berg on Monday,” said union leader Tom Lind."  # a quoted sentence is no title
    assert answer("Whom did Tom Lind phone?", Corpus.from_text(text, name="t")).short_answer == "Anna Berg"


def test_who_runs_it_is_answered_by_its_manager() -> None:
    # break-it trial 55: "Who runs Hale's campaign?" abstained, though "Who manages ...?" found the manager
    text = ("Ortega Wins Granite Falls Mayoral Race by 214 Votes\n\n"
            "Ortega, 44, received 15,702 votes, or 50.3 percent, to Hale's 15,488, or 49.6 percent.\n\n"
            "Hale, 61, did not concede on Wednesday. In a statement, his campaign manager, Paul Lindqvist, said the "
            'campaign was "reviewing every option, including a recount." Ortega\'s margin, about 0.68 percent, is '
            "outside that range, so Hale would have to pay for a recount himself.\n\n"
            "The race was the most expensive in the city's history. Ortega's campaign raised about $310,000, while "
            "Hale's raised $275,000, according to filings with the city clerk.\n\n"
            "County Elections Director Janet Moody said about 1,100 absentee ballots would be counted by Friday. She "
            'said the outstanding ballots were "unlikely to change the outcome" but declined to predict the final '
            "margin.")
    assert answer("Who runs Hale's campaign?", Corpus.from_text(text, name="t")).short_answer == "Paul Lindqvist"


def test_a_cause_in_the_next_sentence_is_the_short_answer_too() -> None:
    # held-out set 93: the next sentence was cited first for its cause, but no short answer was given from it
    text = ("Negi's campaign says 146 postal ballots were wrongly rejected during counting in Chopal on Wednesday. "
            "The returning officer, Meena Rathore, said the ballots had been set aside because the attached "
            "declarations had not been signed by an attesting officer.")
    a = answer("Why did the returning officer reject the 146 postal ballots?", Corpus.from_text(text, name="t"))
    assert a.citations[0].text.startswith("The returning officer")
    assert a.short_answer == "the attached declarations had not been signed by an attesting officer"


@pytest.mark.parametrize("question", ["What exactly is a pipe in the Douro wine trade?", "What is a pipe?"])
def test_a_definition_asked_is_answered_by_the_sentence_that_defines_it(question: str) -> None:
    # held-out set 93: "exactly" and the story's setting ("in the Douro wine trade") pulled another sentence first
    text = ("Douro Valley Harvest Starts Early\n\n"
            "The Douro and Port Wine Institute said 212 estates had registered to begin picking by Aug. 10, up "
            "from 41 a year earlier.\n\n"
            "The institute expects the region to produce about 240,000 pipes of must this year. A pipe is the "
            "traditional 550-litre cask used to age port.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text.startswith("A pipe is")


def test_no_x_with_a_modal_is_a_norm_not_a_count() -> None:
    # break-it trial 57: "How many workers died?" was answered "No worker" from a minister's words
    text = 'The minister announced compensation for each family. "No worker should die for a paycheque," she said.'
    assert answer("How many workers died?", Corpus.from_text(text, name="t")).short_answer != "No worker"
    text = "No workers died in the fire, the fire service said."
    assert answer("How many workers died?", Corpus.from_text(text, name="t")).short_answer == "No workers"


def test_scrapped_is_cancelled() -> None:
    # break-it trial 57: the figure of the other airline in the same sentence was given
    text = "Norwegian Air Shuttle said it had scrapped 210 flights, and Scandinavian Airlines cancelled 174."
    a = answer("How many flights did Norwegian Air Shuttle cancel?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "210"


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 57: paraphrases that were refused
    ("Police arrested the factory's managing director, Anwar Hossain, on Tuesday.", "Who was taken into custody?",
     "Anwar Hossain"),
    ("The carrier's chief executive, Magnus Thorvaldsson, said losses were mounting.", "Who is the Icelandair boss?",
     "Magnus Thorvaldsson"),
])
def test_paraphrases_of_arrest_and_boss(text: str, question: str, short: str) -> None:
    text = "Icelandair cancelled all 86 of its departures.\n\n" + text if "Icelandair" in question else text
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "short"), [
    # break-it trial 57: "Which volcano erupted?" was answered "active volcanoes"
    ("Hekla, one of Iceland's most active volcanoes, erupted on Monday.", "Hekla"),
    ("The eruption began at 4:30 a.m. Hekla, a volcano in southern Iceland, last erupted in 2000.", "Hekla"),
])
def test_which_x_is_answered_by_the_name_an_apposition_describes(text: str, short: str) -> None:
    assert answer("Which volcano erupted?", Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 57 and code review 58: a figure right after the subject, its verb left out
    ("Trucks will pay $22, and motorcycles $4.50.", "How much will motorcycles pay?", "$4.50"),
    ("Trucks will pay $22, and motorcycles $4.50.", "How much will trucks pay?", "$22"),
    ("Trucks will pay $22, cars $9 and motorcycles $4.50.", "How much will cars pay?", "$9"),
    ("The government will give each family $500, and the injured $2,000.", "How much will the injured get?",
     "$2,000"),
])
def test_a_gapped_figure_belongs_to_the_noun_before_it(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_figure_of_the_thing_the_sentence_calls_by_its_kind_is_not_another_owners() -> None:
    text = ("A New Zealand company launched its first satellite on an Electron rocket on Saturday.\n\n"
            "The rocket, operated by Rocket Lab, left Launch Complex 1 at 7:42 p.m. local time.")
    a = answer("At what time did the Electron rocket leave the launch pad?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "7:42 p.m." and not a.abstained


def test_the_result_of_a_vote_is_told_without_the_word_result() -> None:
    text = ("Councillors on the education committee voted 9 to 4 on Wednesday to give the contract to Brightwell "
            "Catering Ltd., which is based in Leeds.")
    a = answer("What was the result of the education committee’s vote?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text.startswith("Councillors on the education committee voted 9 to 4")


def test_which_street_wants_a_street_name() -> None:
    text = ("The hospital group's head office is in Lyon, it said on Monday.\n\n"
            "“The door to negotiation remains open,” he told reporters outside the group's headquarters on Rue "
            "Garibaldi.")
    a = answer("On which street is the hospital group's head office?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Rue Garibaldi"


def test_a_person_asked_by_the_place_the_story_introduced_them_with() -> None:
    text = ("“We lit candles in every row from two in the morning until eight,” said Mr. Laurent Miroux, 58, who "
            "farms 14 hectares near Meursault. “It was not enough.”\n\n"
            "Miroux said he had spent about €9,000 on paraffin candles over the two nights.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("What did the Meursault grower spend on candles to protect his vines?", corpus)
    assert a.short_answer == "about €9,000"
    # a place that does not describe the person asked is still missing
    assert answer("What did the Beaune grower spend on candles?", corpus).abstained


def test_a_who_question_answered_by_a_pronoun_cites_the_sentence_naming_the_person_first() -> None:
    text = ("Ms. Nomsa Dlamini, the provincial member of the executive council for transport, said the province "
            "would ask the court to suspend the new tariffs. “We believe the formula has been misapplied,” she said.")
    a = answer("Which provincial official claims the toll formula was wrongly applied?", Corpus.from_text(text, "t"))
    assert a.short_answer == "Nomsa Dlamini"
    assert a.citations[0].text.startswith("Ms. Nomsa Dlamini, the provincial member")
    assert a.citations[1].text.startswith("“We believe the formula")


def test_a_future_when_question_takes_no_day_marked_last() -> None:
    text = ("The province filed an application in the High Court in Pretoria last Friday seeking to suspend the "
            "increase. A hearing has been set for April 8.")
    a = answer("When will the court hear the province’s case?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "April 8"
    assert answer("When did the province go to court?", Corpus.from_text(text, name="t")).short_answer == "Friday"
    # development set 58: a weekday's part of the day is as past as the day
    text = "Residents fled the town on Saturday night as a wildfire tore through the forest."
    assert answer("When will residents be allowed to return to the town?", Corpus.from_text(text, name="t")).abstained
    # code review: a weekday with its date is a date, ahead or not
    text = "The bridge will reopen on Thursday June 5, officials said."
    assert answer("When will the bridge reopen?", Corpus.from_text(text, name="t")).short_answer == "Thursday June 5"


def test_a_bare_number_someone_is_answers_how_old() -> None:
    corpus = Corpus.from_text("A Sumatran tiger cub was born at the zoo. Its mother, Suri, is nine. The father, "
                              "Bima, is 12. The enclosure is 40 metres long.", name="t")
    assert answer("How old is the father tiger?", corpus).short_answer == "12"
    assert answer("How old is the enclosure?", corpus).abstained


def test_the_thing_a_price_is_asked_of_may_be_written_by_a_synonym() -> None:
    text = "Adult admission remains $24, and children under three enter free. The new enclosure cost $2.3 million."
    corpus = Corpus.from_text(text, name="t")
    assert answer("How much does an adult ticket cost?", corpus).short_answer == "$24"
    assert answer("How much does a parking permit cost?", corpus).abstained


def test_who_won_is_the_one_who_beat_and_who_was_beaten_is_not() -> None:
    text = ("Elena Novak came back from a set down to beat top seed Mariana Costa 4-6, 6-3, 7-5 in the final of the "
            "Coastal Open on Sunday, winning the first tournament title of her career.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who won the Coastal Open final?", corpus).short_answer == "Elena Novak"
    assert answer("Who did Novak beat in the final?", corpus).short_answer == "Mariana Costa"


def test_a_future_when_question_takes_no_weekday_the_sentence_tells_as_past() -> None:
    text = ("The council approved an emergency budget of R310 million on Tuesday to drill 22 boreholes and speed up "
            "work on the Coega desalination plant.\n\n"
            "The council will vote on the final design on Friday.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("When is the Coega desalination plant expected to be finished?", corpus).abstained
    assert answer("When will the council vote on the final design?", corpus).short_answer == "Friday"
    assert answer("When did the council approve the emergency budget?", corpus).short_answer == "Tuesday"


def test_a_rate_change_in_points_answers_by_how_much_and_the_level_answers_what_is_the_rate() -> None:
    text = ("New Zealand's central bank cut its benchmark interest rate by half a percentage point on Wednesday, "
            "to 3.75 percent.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("By how much did the central bank lower its rate?", corpus).short_answer == "half a percentage point"
    assert answer("What is the central bank's benchmark interest rate now?", corpus).short_answer == "3.75 percent"


def test_the_age_of_one_brother_is_not_the_others() -> None:
    text = ("Carron was founded in 1996 by brothers Alasdair and Iain Rennie in a former foundry warehouse on the "
            "edge of Falkirk. The family still owns about 41 percent of the shares.\n\n"
            "“This was not an easy decision for us. We built this business from a single copper kettle, and we "
            "wanted a partner who would keep brewing here,” said Alasdair Rennie, 61, who will step down as "
            "chairman once the deal completes.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How old is Iain Rennie?", corpus).abstained
    assert answer("How old is Alasdair Rennie?", corpus).short_answer == "61"
    assert answer("How old is Rennie?", corpus).short_answer == "61"


def test_a_figure_asked_of_a_year_ago_is_not_todays() -> None:
    text = ("The metro’s roughly 1.2 million residents currently use about 270 million litres a day, against a "
            "target of 230 million litres, the municipality said.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How many litres a day did the metro use a year ago?", corpus).abstained
    assert answer("How many litres a day does the metro use now?", corpus).short_answer == "about 270 million litres"


def test_primary_is_not_secondary() -> None:
    text = "Take-up of school meals in Fife’s secondary schools fell to 38% last year from 46% in 2019."
    corpus = Corpus.from_text(text, name="t")
    a = answer("What percentage of Fife primary pupils took school meals last year?", corpus)
    assert a.abstained and a.details["abstain_kind"] == "contrast"
    assert answer("What percentage of Fife secondary pupils took school meals last year?", corpus).short_answer \
        == "38%"


def test_a_chief_economist_does_not_head_the_bank() -> None:
    text = ("The Reserve Bank of New Zealand cut its benchmark rate on Wednesday.\n\n"
            "Sharon Zollner, chief economist at ANZ Bank New Zealand, said the bank risked cutting too fast.")
    a = answer("Who heads the Reserve Bank of New Zealand?", Corpus.from_text(text, name="t"))
    assert a.abstained, a.short_answer
    boss = Corpus.from_text("Police chief Maria Ortiz said the road would reopen on Friday.", name="p")
    assert answer("Who heads the police?", boss).short_answer == "Maria Ortiz"


def test_a_question_about_the_past_takes_no_next_year() -> None:
    text = "The old Debrousse building, which opened in 1968, will be demolished next year."
    corpus = Corpus.from_text(text, name="t")
    assert answer("In what year did the Debrousse building first open?", corpus).short_answer == "1968"
    assert answer("When will the Debrousse building be demolished?", corpus).short_answer == "next year"


# Review of the session's rules: each case went wrong before its fix.
@pytest.mark.parametrize(("question", "text", "short"), [
    # a year names no day
    ("On which day will the drill be held?", "The two coast guards will hold the drill in 2025.", None),
    # "stop" as a noun stops nothing asked
    ("Which hospital will the route 9 bus no longer serve?",
     "The route 9 bus will now serve the Elm Street hospital stop.", None),
    # a name after the mention, set off by a dash or a colon, still names it
    ("Which staffing agency supplied the nurses?",
     "Keystone hired the nurses through an outside agency – Brightwater Staffing.", "Brightwater Staffing"),
    # a dimension word far after the length is not the length's
    ("How tall is the tower?", "The tower stands 120 metres over a wide plaza.", "120 metres"),
    # a counted plural at the start of a sentence names none of them either
    ("Which five pathogens does the lab test for?", "Five pathogens are tested by the lab every week.", None),
    # "didn't ... until" asks a time, no negation
    ("Why didn't the results arrive until Monday?",
     "The results arrived on Monday because the laboratory was closed over the weekend.",
     "the laboratory was closed over the weekend"),
])
def test_review_cases(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None), a.details["abstain_reason"]


def test_an_agent_noun_needs_a_verb_the_lexicon_knows_in_the_past() -> None:
    from qa.abstention import _agent_verb
    corpus = Corpus.from_text("The mural was painted in 1978. The fact is old. The corn grew. She wrote it.", name="t")
    assert _agent_verb("painter", corpus) and _agent_verb("writer", corpus)
    assert not _agent_verb("factor", corpus) and not _agent_verb("corner", corpus)


def test_rides_are_trips() -> None:
    # second break-it trial: "912,000" was no count of rides, so the bare "661,000" of the year before answered
    text = "Riders took 912,000 trips on the network in 2025, up from 661,000 the year before, the department said."
    a = answer("How many rides were taken on the network in 2025?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "912,000"


def test_a_relative_who_shares_the_asked_persons_surname_may_answer() -> None:
    # held-out set 44: "Piero Borgna" was set aside as the question's own "Elena Borgna"
    text = ("The archive was started in 2016 by Marta Kovac, a retired nurse, and her brother Tomas Kovac. "
            "It now holds 4,000 letters.")
    a = answer("Who started the archive together with Marta Kovac?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Tomas Kovac"
    assert not answer("Who started the archive?", Corpus.from_text(text, name="t")).abstained


def test_a_scientist_is_named_by_the_field() -> None:
    # held-out set 44: "scientist" is never written; news names one as "an entomologist", "an ecologist"
    text = ("Losses rose to 46 percent, the survey found. Dr. Lena Fisk, an ecologist at the institute who "
            "analysed the survey results, blamed a wet spring.")
    a = answer("Who is the scientist that analysed the survey results?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Lena Fisk"


@pytest.mark.parametrize("said, short", [("over the winter", "46 percent"), ("over the past winter", "46 percent"),
                                         ("last winter", None)])
def test_this_season_is_the_season_the_story_tells_of(said: str, short: str | None) -> None:
    # held-out set 44: "lose this winter?" abstained on "lost 46 percent of their hives over the winter"
    text = f"Beekeepers near Tarn lost 46 percent of their hives {said}, the association said on Tuesday."
    a = answer("What share of their hives did beekeepers near Tarn lose this winter?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_person_may_share_a_word_of_the_companys_name() -> None:
    # third break-it trial: "Eleanor Finch" was set aside as the question's own "Finch" of "Hollis & Finch"
    text = ("Hollis & Finch recalled 300,000 chocolate bars on Monday. “We are deeply sorry,” said chief executive "
            "Eleanor Finch. The company, founded in 1936, employs about 420 people.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who is the chief executive of Hollis & Finch?", corpus).short_answer == "Eleanor Finch"
    assert answer("When was Hollis & Finch founded?", corpus).short_answer == "1936"


@pytest.mark.parametrize("question, tally", [
    ("How many jobs will the plant create?", None),  # third break-it trial: "4-1" answered, a vote
    ("How many titles has Ruiz won?", None),  # not the tiebreak's "(8)"
    ("How many councilmembers voted for the plant?", "4"),  # a vote's count: its side asked (break-it trial 65)
    ("How many games did Ruiz win in the final set?", "4-6, 7-6 (8), 6-3")])  # and a score's
def test_a_vote_or_a_score_counts_no_other_thing(question: str, tally: str | None) -> None:
    text = ("The city council voted 4-1 on Wednesday to approve the desalination plant. "
            "Ana Ruiz beat Lena Ober 4-6, 7-6 (8), 6-3 in the final.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == tally and a.abstained == (tally is None)


def test_the_role_capitalized_is_not_the_place_it_is_of() -> None:
    # third break-it trial: "gives its 'Premier' without saying of 'Premier'"
    a = answer("Who is the Premier of China?")
    assert a.abstained and a.details["abstain_reason"].endswith("without saying of 'China'")


@pytest.mark.parametrize("said, short", [
    ("was supplied by Norvik Imaging S.A., a company based in Lima.", "Norvik Imaging S.A."),  # held-out set 45
    ("was supplied by a company based in Lima, officials said.", None)])  # named nowhere
def test_a_name_before_its_indefinite_apposition_names_it(said: str, short: str | None) -> None:
    text = f"A hospital boat set off on Monday. Its X-ray equipment {said}"
    a = answer("Which company provided the boat’s X-ray equipment?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_dissent_is_a_disagreement() -> None:
    # held-out set 45: "Which justice disagreed ...?" answered with the majority's author
    text = ("Justice Marit Solheim wrote for the majority that the permits were unlawful. "
            "In her dissent, Justice Kari Moen Lien said the majority had given too little weight to the jobs.")
    a = answer("Which justice disagreed with the majority?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Kari Moen Lien"


@pytest.mark.parametrize("country", ["Fiji", "Samoa", "Malawi", "Jamaica"])
def test_every_country_is_a_place(country: str) -> None:
    # held-out set 45: fifty sovereign countries were missing from the places, Fiji and Samoa among them
    text = f"Apenisa Naivalu, a policeman from {country}, won the men's title on Tuesday. The event drew 164 athletes."
    assert answer("Which country is Naivalu from?", Corpus.from_text(text, name="t")).short_answer == country


def test_a_business_asked_is_not_a_council_or_a_university() -> None:
    # development sets 38 and 40: "Which company runs the scheme?" answered "Cork City Council"
    text = ("The trial, run by Swedish operator Rullo AB under a contract with Cork City Council, began on April 3. "
            "Researchers at Boston University studied it.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Which company runs the scooter scheme for the city?", corpus).short_answer == "Rullo AB"
    assert answer("Which body signed the contract with Rullo AB?", corpus).short_answer == "Cork City Council"
    # development set 47: "Which company manufactures the test?" answered with the hospital that launched it
    text = "The programme, launched at Mbarara Regional Referral Hospital, uses a finger-prick test."
    assert answer("Which company manufactures the finger-prick test?", Corpus.from_text(text, name="t")).abstained
    # development set 47: "Which company makes the ear tags?" answered "Uruguayan", a people's adjective
    text = "Uruguayan cattle ranchers began clipping satellite-linked tags to the ears of their calves on Monday."
    assert answer("Which company makes the satellite-linked ear tags?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize("question, short", [("How many silver medals has Samoa won?", None),
                                             ("How many gold medals has Samoa won?", "14")])
def test_a_medal_of_another_metal_is_another_medal(question: str, short: str | None) -> None:
    # development set 45: "How many silver medals ...?" answered with the gold medals
    text = "Federation president Falaniko Leavasa said Samoa had won 14 gold medals so far."
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_body_of_the_storys_country_is_named_without_the_country() -> None:
    # development set 47: "Uruguay’s" was looked for near "Martín Olivera, the institute’s president"
    text = ("DURAZNO, Uruguay (AWS) — The National Meat Institute, known as INAC, said on Thursday that 250,000 "
            "animals would carry tags. Beef exports were worth $2.3 billion last year.\n\n"
            "Martín Olivera, the institute’s president, said losing Europe would hurt ranchers.")
    a = answer("Who heads Uruguay’s National Meat Institute?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Martín Olivera"


def test_the_unnamed_person_of_a_lead_is_named_in_the_next_sentence() -> None:
    # development set 47: "A 17-year-old from Piha won ..." answered "Piha"
    text = ("A 17-year-old from Piha won the open women’s ironwoman title on Sunday, beating the defending champion. "
            "Mere Kahukura of the Piha club completed the course in 21 minutes 48 seconds. "
            "Officials praised the conditions.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("Who won the open women’s ironwoman title?", corpus)
    assert a.short_answer == "Mere Kahukura"
    assert {c.sentence for c in a.citations[:2]} == {0, 1}  # the lead and the sentence that names her


def test_a_name_with_a_particle_is_a_person_and_the_hills_of_a_name_a_place() -> None:
    # development set 57: "A 26-year-old shearer from the hills of Powys won ..." answered "Powys"; the
    # next sentence's "Dafydd ap Rhys" was no person's name for its lower-case "ap"
    text = ("A 31-year-old carpenter from the hills of Gwynedd won the regional ploughing match on Saturday. "
            "Ifan ap Gruffydd, who farms near Bala, finished ahead of last year’s winner. "
            "The match drew 40 entrants.")
    a = answer("Who won the regional ploughing match?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Ifan ap Gruffydd"
    assert {c.sentence for c in a.citations[:2]} == {0, 1}


@pytest.mark.parametrize(("question", "sentence", "figure", "asked"), [
    # development set 33: "most" cut to "m" (metres) made "one" a length
    ("How long is the Viking-age building?", "Viborg was one of medieval Denmark’s most important towns.", "one",
     False),
    ("How long is the building?", "The building, about 38 metres long, was found.", "about 38 metres", True),
    # development set 38: "a 120-foot mural" says no height
    ("How tall is the mural?", "On Saturday a 120-foot mural was unveiled.", "120", False),
    ("How tall is the tower?", "The tower is 120 feet tall.", "120 feet", True),
    # development set 57: the whole a part is taken from is not the part asked
    ("How many of the pipes were original?", "Of the 2,614 pipes, about 1,100 were original.", "2,614 pipes", False),
    ("How many of the pipes were original?", "Of the 2,614 pipes, about 1,100 were original.", "about 1,100", True),
    # development set 59: an area is no distance
    ("How far can the swarm travel?", "A swarm covering 60 square kilometers crossed the border.",
     "60 square kilometers", False),
    ("How far can the swarm travel?", "It can move 90 kilometers a day.", "90 kilometers", True),
    # development set 58: a general noun counts its kinds
    ("How many cars and trucks use the bridge?", "The bridge is used by about 14,500 vehicles a day.",
     "about 14,500 vehicles", True),
    ("How many vehicles use the bridge?", "The bridge is used by about 14,500 cars a day.", "about 14,500 cars",
     True),  # newcomer trial 77: the cars are not all the vehicles, but the answer says "cars", and a reader
    # asking about vehicles wants it
    # code review: one kind asked is not all of the general noun; no look past a plural noun or a verb
    ("How many helicopters does the army fly?", "The army flies 150 aircraft.", "150 aircraft", False),
    ("How many cars were built?", "The firm has 200 engineers designing electric cars.", "200 engineers", False),
    ("How many farmers protested?", "Hundreds of angry farmers protested on Monday.", "Hundreds", True),
    # development set 59: the counted noun three words on, within its noun phrase
    ("How many volunteers were sent?", "He said 150 trained youth service volunteers had been sent.", "150 trained",
     True),
    ("How many bats were tagged?", "They fitted tags weighing 9 grams to 48 bats.", "9 grams", False),
    # development set 56: the first figure of a range counts what the second does ("2 and 8 degrees")
    ("How many doses came from the ministry?", "Vans keep the doses between 2 and 8 degrees Celsius.", "2", False),
    ("How many jobs will go?", "Between 150 and 200 jobs will go.", "150", True),
    # development set 59: a count in words counts the noun after it
    ("How many exams are scheduled?", "Hundreds of lecturers began a strike on Monday.", "Hundreds", False),
    ("How many lecturers went on strike?", "Hundreds of lecturers began a strike on Monday.", "Hundreds", True),
    # development set 57: "since I was about 6," is an age, no count of spectators
    ("How many spectators watched?", "“I’ve been watching this final since I was about 6, on my dad’s shoulders.”",
     "about 6", False),
    # a temperature is no count of the thing asked
    ("How many roofs are green?", "A green roof is up to 30 degrees Celsius cooler.", "up to 30 degrees Celsius",
     False),
    ("At what temperature are the seeds kept?", "The seeds are kept at minus 18 degrees Celsius.",
     "minus 18 degrees Celsius", True),
])
def test_a_measure_needs_its_unit_as_a_whole_word_and_its_dimension(question: str, sentence: str, figure: str,
                                                                    asked: bool) -> None:
    from qa.amounts import amount_asked
    from qa.entities import find_spans
    from qa.question import analyze

    span = next(sp for sp in find_spans(sentence) if sp.text == figure)
    assert amount_asked(analyze(question), span, sentence) is asked


def test_how_long_a_thing_is_is_its_length() -> None:
    # development set 57: "How long is Krakow's new tram route?" answered "14 months", its delay
    text = ("Trams roll on new line\n\nThe new northern tram route opened on Saturday after a delay of 14 months. "
            "The route runs 6.8 kilometers from the main station to the new district.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How long is the new tram route?", corpus).short_answer == "6.8 kilometers"
    assert answer("How long was the delay?", corpus).short_answer == "14 months"


def test_the_company_is_the_one_the_text_calls_a_company() -> None:
    # development sets 46 and 59: "the company's chief executive" was read as the first name of the story
    text = ("Electric ferry enters service\n\nA new electric ferry entered service on Monday. Its batteries came "
            "from Nordcell Energy. It was built in Gdansk for Baltic Island Ferries, a company owned by three "
            "towns.\n\n“Our passengers will notice the silence first,” said Mette Lauridsen, the company’s chief "
            "executive.")
    a = answer("Who is the chief executive of Baltic Island Ferries?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Mette Lauridsen"
    # code review: not a firm named in passing when the lead opens with the story's own
    text = ("Airline results\n\nNorwegian Air posted a profit of 1.2 billion crowns in the third quarter. It leases "
            "planes from AerCap, an Irish company. The company's chief executive, Geir Karlsen, said bookings were "
            "strong.")
    a = answer("Who is the chief executive of Norwegian Air?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Geir Karlsen"
    # development set 68: a name the text marks as an organization before one of unknown kind in the lead
    text = ("Fares rise\n\nResidents of the Cycladic island of Amorgos blocked a ferry of Kyklos Maritime Co. on "
            "Monday.\n\nThe fare will climb to €145.\n\nThe company reported a net profit of €17.3 million for last "
            "year.")
    a = answer("How much profit did Kyklos Maritime make last year?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "€17.3 million"


def test_a_name_asked_as_a_kind_is_near_when_the_kind_is() -> None:
    # development set 58: "the Lielahti branch" asked; the story says "the Lielahti branch library", then "The branch"
    text = ("Library lends drills\n\nThe busiest shelf at the Lielahti branch library in Tampere held no books.\n\n"
            "Tampere’s council backs the plan.\n\nThe branch began lending tools in March. It now offers 410 items.")
    a = answer("How many items does the Lielahti branch offer now?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "410"


def test_a_name_with_a_particle_is_one_name_in_a_question_too() -> None:
    # break-it trial 39: "La Ville à Vélo" was two names in the question, and the role's "for" looked only three
    # words on for it ("the spokeswoman for the cyclists' group La Ville à Vélo")
    from qa.question import analyze
    assert analyze("Who is the spokeswoman for La Ville à Vélo?").entities == ("La Ville à Vélo",)
    assert analyze("Who taught Ludwig van Beethoven?").entities == ("Ludwig van Beethoven",)
    assert analyze("What did the President of France say?").entities == ("President", "France")  # a title, no name
    text = ("Lyon approves cycle lane\n\n“This is the missing link,” said Léa Martin, the spokeswoman for the "
            "cyclists’ group La Ville à Vélo. The council voted 38 to 25.")
    assert answer("Who is the spokeswoman for La Ville à Vélo?", Corpus.from_text(text, name="t")).short_answer \
        == "Léa Martin"


@pytest.mark.parametrize(("question", "short"), [
    # development set 59: a name before a common noun modifies it ("the Isiolo airstrip"): no doer
    ("Who is piloting the aircraft chartered for the spraying?", None),
    ("Who flew the first plane?", "Jane Mwangi"),
])
def test_a_name_that_modifies_a_noun_is_no_doer(question: str, short: str | None) -> None:
    text = ("Locusts reach Isiolo\n\nTwo aircraft chartered from Rift Aerial Services Ltd. landed at the Isiolo "
            "airstrip on Wednesday morning, carrying about 4,000 liters of pesticide between them. A third plane is "
            "expected next week.\n\nCaptain Jane Mwangi flew the first plane.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "short"), [
    # development set 56: a future asked is not "last year", when a report on it was released
    ("A report released last year by the Delta Institute projected a 50-centimeter rise in sea levels.", None),
    ("The Delta Institute expects a 50-centimeter rise in sea levels by 2050, a report said.", "2050"),
    ("The Delta Institute expects a 50-centimeter rise in sea levels by 2100, a report said.", "2100"),  # a year
])
def test_a_year_ahead_asked_is_no_year_gone(text: str, short: str | None) -> None:
    a = answer("By what year does the Delta Institute expect sea levels to rise by 50 centimeters?",
               Corpus.from_text(text, name="t"))
    assert a.short_answer == short


def test_a_price_tag_asked_is_the_cost_said() -> None:
    # development sets 25, 55 and 56: "What is the expected price tag of hosting the olympiad?" abstained
    text = ("Chess olympiad comes to Debrecen\n\nThe city will host the 2030 olympiad, officials said on Monday. "
            "Organizers put the cost of the event at about 12 billion forints. About 190 teams are expected.")
    a = answer("What is the expected price tag of hosting the olympiad?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "about 12 billion forints"


def test_a_story_whose_headline_names_what_is_asked_is_about_it(tmp_path) -> None:
    from qa.question import analyze
    from qa.scorer import _alike, _headline_share, _term_weights
    (tmp_path / "a_hockey.txt").write_text("Northfield wins hockey final\n\nThe trial was approved on Monday. "
                                           "A drone filmed the game.\n", encoding="utf-8")
    (tmp_path / "b_drones.txt").write_text("Drones to fly medicines to island clinics\n\nThe trial was approved on "
                                           "Tuesday. A drone crashed once.\n", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    q = analyze("When was the drone trial approved?")
    weights = _term_weights(q, corpus)
    share = _headline_share(corpus, weights, _alike(q, corpus))
    assert share["a_hockey"] == 0.0
    assert share["b_drones"] == pytest.approx(weights["drone"] / sum(weights.values()))
    a = answer("When was the drone trial approved?", corpus)
    assert a.short_answer == "Tuesday" and a.details["candidates"][0]["parts"]["headline"] > 0


def test_an_acronym_asked_may_be_written_out() -> None:
    # development set 2: "the FEMA grant" abstained on "a Federal Emergency Management Agency grant"
    text = ("The county will receive a Federal Emergency Management Agency grant. It lets local agencies recover "
            "75% of eligible firefighting costs, officials said.")
    a = answer("What portion of eligible firefighting costs can local agencies recover under the FEMA grant?",
               Corpus.from_text(text, name="t"))
    assert a.short_answer == "75%"
    from qa.abstention import _spelt_out
    assert _spelt_out("MVP", "She was named its most valuable player.") and not _spelt_out("MVP", "most players")


def test_the_most_of_a_plural_asks_a_count() -> None:
    # development set 46: answered "track 60 days", then "does not name the events" once read as a count
    text = "The judge gave the track 60 days to comply and barred it from holding more than 14 night events a season."
    a = answer("What is the most night events the track may now stage in a season?", Corpus.from_text(text, name="t"))
    assert a.short_answer is not None and "14" in a.short_answer and "60" not in a.short_answer


def test_a_name_before_a_comma_is_no_qualifier_of_the_noun_after() -> None:
    # development set 47: "Hoshino Marine Energy, cost $46 million" was read as an "energy cost", not the total
    text = ("The plant, built by Lakdiva Renewables Ltd. with a Japanese partner, Hoshino Marine Energy, cost "
            "$46 million and opened on Monday.")
    a = answer("What was the total cost of the floating solar plant?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "$46 million"


def test_a_word_before_cost_as_a_verb_is_no_qualifier() -> None:
    # development set 111: "the Imanta neighbourhood cost 36 million euros" was read as a "neighbourhood cost"
    text = "The plant in the Imanta neighbourhood cost 36 million euros, of which 14 million came from the EU."
    a = answer("What was the construction cost of the Imanta plant?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "36 million euros"
    text = "The plant's maintenance cost is 2 million euros a year."
    assert answer("What was the construction cost of the plant?", Corpus.from_text(text, name="t")).abstained


def test_a_deadline_is_a_date_set_as_a_limit() -> None:
    # development set 47: "the deadline for exporters" answered "last year" from another sentence
    text = ("European Union rules require importers to show that beef was not produced on land deforested after 2020. "
            "Exporters must prove compliance by June 30, 2026, INAC said. Uruguay exported $2.3 billion worth of "
            "beef last year, and the EU took about 19% of that, according to INAC.")
    q = "What is the deadline for exporters to show they comply with the EU rules?"
    assert answer(q, Corpus.from_text(text, name="t")).short_answer == "June 30, 2026"


def test_a_justice_is_a_judge() -> None:
    # development set 46: "Which judge ruled ...?" answered with the speedway's manager
    text = ("Judge limits night racing at Carrow Speedway after neighbours sue\nBy Helen Marchetti\n\n"
            "CARROW, Ontario (AWS) — A provincial court on Tuesday ordered Carrow Motor Speedway to stop all racing by "
            "10 p.m., siding with a group of 41 neighbours.\n\nJustice Miriam Okafor of the Ontario Superior Court "
            "ruled that the noise amounted to an unreasonable interference. She gave the track 60 days to comply.\n\n"
            "General manager Rick Sorensen said the speedway earned about 40% of its ticket revenue from evening "
            "events.\n\nIts lawyer, Graham Teller, said the company would review the decision.")
    a = answer("Which judge ruled against the Carrow speedway?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Miriam Okafor"


def test_a_figure_of_a_place_named_subject_is_not_another_firms() -> None:
    # fourth break-it trial: "Harrow Valley" (a place by its last word) employs the 160, not Northgate
    text = ("Harrow Valley Brewing has agreed to be acquired by Northgate Beverages for $84 million.\n\n"
            "Harrow Valley sold about 210,000 hectolitres of beer last year and employs 160 people at its brewery.")
    corpus = Corpus.from_text(text, name="t")
    a = answer("How many people does Northgate employ?", corpus)
    assert a.abstained and "without naming 'Northgate'" in a.details["abstain_reason"]
    assert answer("How many people does Harrow Valley employ?", corpus).short_answer == "160"


@pytest.mark.parametrize("question, short", [("What is the national unemployment rate?", None),
                                             ("What is the unemployment rate in the town?", "9.4%")])
def test_a_figure_compared_with_the_rate_asked_is_not_it(question: str, short: str | None) -> None:
    # fourth break-it trial: "Poland's national unemployment rate" answered with the town's 9.4%
    text = "Mayor Ewa Zielinska said unemployment in the town stood at 9.4%, nearly twice the national rate."
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_place_before_a_noun_is_no_peoples_adjective() -> None:
    # development set 48: "its Corran site" read "Corran" as a people's adjective (it ends like "Korean")
    text = ("Skyward Parks Ltd. said it had only reopened its Corran site on June 2 after a refurbishment. "
            "The company also runs a park in nearby Corran.")
    a = answer("In which town did Skyward Parks reopen a site in June?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Corran"
    from qa.facts import facts_for
    corpus = Corpus.from_text("Chinese leaders met Korean officials in Seoul.", name="u")  # peoples' adjectives stay
    spans = facts_for(corpus).spans(corpus.all_sentences()[0])
    assert {sp.text for sp in spans if sp.type == "DEMONYM"} == {"Chinese", "Korean"}


def test_pupils_are_students() -> None:
    # development set 49: "How many pupils attend ...?" answered "nine" from another sentence
    text = ("The principal said the school had already hired nine teachers. "
            "Tasiujaq Elementary School, which has 310 students, will hire four more next year.")
    a = answer("How many pupils attend Tasiujaq Elementary School?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "310"


def test_a_peoples_adjective_asked_owns_no_figure() -> None:
    # development set 49: "approved by Chinese customs" wanted the sentence to name "Chinese"
    text = ("China’s customs agency must approve each laboratory before its tests count. "
            "The Dak Lak laboratory received that approval on Dec. 2, making it the first in the province.")
    a = answer("On what date was the Dak Lak lab approved by Chinese customs?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Dec. 2"


def test_a_bodys_generic_first_word_does_not_stand_for_its_name() -> None:
    # adversarial set: "Bank" of "Bank of Eastland" is any bank's word, not the name
    text = "“This is a hawkish hike,” said Sanjay Mehrotra, chief economist at Crestline Bank."
    assert answer("Who is the Bank of Eastland's chief economist?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize("sentence, short", [
    ("Each vial of the antivenom costs the hospital about 85,000 naira, and a patient needs two to six vials.",
     "about 85,000 naira"),  # development set 49: one vial's price, told as such
    ("The hospital bought six vials of antivenom for about 85,000 naira.", None)])  # a total for six
def test_a_sum_the_sentence_gives_for_each_one_answers_for_one(sentence: str, short: str | None) -> None:
    a = answer("What does the hospital pay for a single vial of antivenom?", Corpus.from_text(sentence, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


@pytest.mark.parametrize("sentence, short", [
    ("The arrival of cheap synthetic dyes from Germany collapsed the trade within two decades.",
     "The arrival of cheap synthetic dyes from Germany"),  # development set 51: abstained, "nothing caused it"
    ("The trade shrank within two decades, growers said.", None)])  # neither a cause nor the verb asked
def test_what_caused_x_to_do_is_the_subject_that_did_it(sentence: str, short: str | None) -> None:
    a = answer("What caused the indigo trade to collapse?", Corpus.from_text(sentence, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_name_inside_an_apposition_is_not_the_speaker() -> None:
    # development set 51: "Sargeant Village Polyclinic, said" was read as the polyclinic speaking
    text = "Patricia Holder, a senior nurse at the Sargeant Village Polyclinic, said the buses were often late."
    corpus = Corpus.from_text(text, name="t")
    assert answer("Where does senior nurse Patricia Holder work?", corpus).short_answer == "Sargeant Village Polyclinic"
    assert answer("Who said the buses were often late?", corpus).short_answer == "Patricia Holder"


@pytest.mark.parametrize("question, text, short", [
    # the code review of this session's rules: each case was answered wrongly by them
    ("How many jobs will the plant create?", "Acme Foods said the new plant in Leeds will create 150-200 jobs.",
     "150-200 jobs"),  # a range of the thing asked is no tally
    ("What caused the factory to close?", "The factory will close in March, the company said on Tuesday.", None),
    ("What is the national unemployment rate?",
     "Unemployment in the town stood at 9.4%, nearly twice the national rate of 4.8%.", "4.8%"),
    ("What are the most common complaints from residents?",
     "The most common complaints from residents are noise and litter, the council said.", "noise and litter"),
    ("Who found the body?", "A hiker found the body near the trail on Sunday. Sheriff Dana Holt said an "
     "investigation was under way.", None),  # the next sentence's name is a source, not the hiker
    ("Which company makes the ear tags?", "The ear tags are made by a Spanish manufacturer and cost $4 each. "
     "Instructions come in Spanish and English.", None),  # a language, no place
    ("How much does each bus cost?", "The council ordered 12 buses, with each bus seating 80 people, at a total "
     "cost of $40 million.", None),  # "each bus" is not what the sum is of
    ("What is the deadline for applications?", "Applications, which opened on Feb. 2, close on March 15.",
     "March 15")])
def test_the_rules_of_a_session_hold_on_their_reviewers_cases(question: str, text: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


def test_a_pronoun_after_another_person_noun_gives_the_name_no_gender() -> None:
    from qa.facts import facts_for
    corpus = Corpus.from_text("Marcus Oyelaran, 52, will lead the group. Oyelaran said the chief nurse had resigned "
                              "and that she would not be replaced.", name="t")
    assert facts_for(corpus).gender("Marcus Oyelaran") is None


@pytest.mark.parametrize(("question", "short"), [
    # development sets 74 and 75: the name a naming cue gives, not a word next to "called" or "name"
    ("What will the Pinheiral stadium be called under the deal?", "Nuvix Arena"),
    ("What name will the combined dairy group use?", "Jysk Mejeri"),
    ("What will the merged group be called?", "Jysk Mejeri"),
])
def test_a_name_asked_is_the_one_a_naming_cue_gives(question: str, short: str) -> None:
    text = ("The club’s president called the agreement “a turning point” for the club and its fans under the deal. "
            "Starting next month, the Pinheiral stadium will be known as the Nuvix Arena.\n\n"
            "Vestmælk, of Skive, said their boards had approved the combination after eight months of talks. "
            "The merged dairy group, to be called Jysk Mejeri, would process 1.2 billion kilograms of milk a year.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


def test_how_much_less_takes_a_share() -> None:
    # break-it trial 45: "How much less ...?" refused a percentage as "no money in the best sentence"
    text = "Holders of the Islander Card will pay 30 percent less than the standard fare, Rennie said."
    a = answer("How much less will Islander Card holders pay?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "30 percent"


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 45: the date of the verb asked, not of the vote that decided it
    ("When will the Brennan Point station shut down?", "March 2027"),
    ("When did the council vote on the closure?", "Tuesday"),
])
def test_a_when_question_takes_the_date_of_its_own_verb(question: str, short: str) -> None:
    text = ("Harwick City Council voted 34 to 12 on Tuesday to close the Brennan Point coal station in March 2027, "
            "four years earlier than its owner had planned.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


def test_the_countrys_role_is_the_named_countrys() -> None:
    # break-it trial 45: "the country's culture minister" in a sentence naming Sri Lanka is Sri Lanka's
    text = ("LEIDEN, Netherlands (AWS) — The Rijnland Museum will return 23 bronze figures, its director announced.\n\n"
            "Director Annelies Brouwer said the objects would be flown to Colombo on 14 November and handed to the "
            "National Museum of Sri Lanka at a ceremony attended by the country’s culture minister, Ruwan Jayasekara.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("Who is Sri Lanka's culture minister?", corpus).short_answer == "Ruwan Jayasekara"
    assert answer("Who is the culture minister of India?", corpus).abstained  # a country the sentence never names


def test_a_state_of_mind_after_a_copula_is_no_passive() -> None:
    from qa.asked import verb_slot
    from qa.question import analyze
    # break-it trial 45: "Who is worried ...?" was read as a passive ("Who was arrested?"), its answer an object
    text = ("Senior curator Pieter de Groot said he supported the return but worried that fragile pieces could be "
            "damaged in transit.")
    a = answer("Who is worried that the pieces could be damaged in transit?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "Pieter de Groot"
    assert verb_slot(analyze("Who was arrested after the match?")) == ("object", "arrest")  # a passive still


def test_the_cost_of_doing_something_is_the_cost_of_the_deed() -> None:
    # break-it trial 45: "transporting the objects" is priced by "the transport costs", not by "the objects"
    text = ("The 24 objects will travel by air. The Dutch government said it would pay the transport costs, "
            "estimated at €620,000.")
    corpus = Corpus.from_text(text, name="t")
    assert answer("How much will transporting the objects cost?", corpus).short_answer == "€620,000"
    assert answer("How much will insuring the objects cost?", corpus).abstained  # no insurance is priced


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 45: "Visitor numbers ... to 310,000" counts visitors; "4,800" counts artefacts
    ("How many staff work at the Rijnland Museum?", None),
    ("How many visitors did the Rijnland Museum have last year?", "310,000"),
    ("How many artefacts are in the museum's Asian collection?", "4,800"),
])
def test_a_count_names_what_it_counts(question: str, short: str | None) -> None:
    text = ("Visitor numbers at the Rijnland Museum rose 12 percent last year, to 310,000, partly because of a "
            "temporary exhibition. She added that the museum had spent three years researching its collection of "
            "4,800 Asian artefacts.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # development sets 75 and 45: where someone works is a workplace, a body or a place
    ("Where does the economist Lucía Ocampo work?", "University of Caldas"),
    ("Where does co-author Anke Vogel work?", "Max Planck Institute of Animal Behavior"),
])
def test_a_workplace_answers_where_someone_works(question: str, short: str) -> None:
    text = ("Dr. Lucía Ocampo, an agricultural economist at the University of Caldas, said smaller farms were the most "
            "exposed. Co-author Dr. Anke Vogel, of the Max Planck Institute of Animal Behavior in Konstanz, Germany, "
            "said the distances were long.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


def test_a_question_about_another_story_is_not_answered_from_this_one(tmp_path) -> None:  # noqa: ANN001
    # development set 74: the landslide's clearing is costed nowhere; the bus story's cost is no answer
    bus = ("Hydrogen buses join Ulsan fleet\nBy Kim Ji-ho\n\nEach bus cost about 720 million won, roughly twice "
           "the price of a diesel model, city officials said. The buses will run on two routes.\n")
    slide = ("Landslide buries mountain road\nBy Ram Thapa\n\nA landslide buried a stretch of the Besisahar road on "
             "Sunday. Crews began clearing the debris on Monday with two excavators, police said.\n")
    (tmp_path / "bus.txt").write_text(bus, encoding="utf-8")
    (tmp_path / "slide.txt").write_text(slide, encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    a = answer("How much is it expected to cost to clear the landslide debris?", corpus)
    assert a.abstained and "another story" in a.details["abstain_reason"]
    assert answer("How many excavators are clearing the landslide debris?", corpus).short_answer == "two"


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 45: a first or initial offer is the change's earlier figure, and an offer is a sum
    ("What was the council's first offer?", "£35 million"),
    ("How much was the council's initial offer?", "£35 million"),
    ("How much has the council offered?", "£60 million"),
])
def test_a_first_offer_is_the_earlier_figure(question: str, short: str) -> None:
    text = "The council has offered £60 million, up from £35 million in its first proposal in January."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "abstains"), [
    # development set 74: the sentence after the best one says which plant is not known
    ("Which processing plant will be shut down after the merger?", True),
    ("How much will the merger save a year?", False),  # the untold "which plant" is about another thing
])
def test_the_next_sentence_may_say_it_is_not_known(question: str, abstains: bool) -> None:
    text = ("The two groups said the merger would save about 120 million kroner a year by 2029, mainly through the "
            "closure of one of the seven processing plants. They did not say which plant would close.")
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstains


@pytest.mark.parametrize(("question", "short"), [
    # development sets 59 and 74: the person a sentence names as its source is not the one it reports on
    ("What are the names of the two people hurt when rocks hit their jeep?", None),
    ("Who is the deputy superintendent of the Lamjung police?", "Suresh Adhikari"),  # the source's own role
    ("Who spoke for the police about the rockfall?", "Suresh Adhikari"),  # the source asked
])
def test_a_sentence_s_source_is_not_who_it_reports_on(question: str, short: str | None) -> None:
    text = ("No one was killed, but two people were hurt when their jeep was struck by falling rocks, said Deputy "
            "Superintendent Suresh Adhikari of the Lamjung District Police Office.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


_REVIEW_47 = [
    # code review of the session's rules: each case went wrong (or stayed wrong) with the first version of a rule
    ("The bus crash on Sunday left 14 people dead, the deadliest since a 2019 crash that killed 9 people on the same "
     "road.", "How many people died in Sunday's bus crash?", "14"),
    ("At least 57 sheep were killed and 20 more were injured in overnight wolf attacks on three farms last week.",
     "How many sheep were injured in the attacks?", "20"),
    ("Doctors at the clinic saw 120 patients on Monday, the hospital said.",
     "How many patients were left without being seen by a doctor?", None),
    ("A water main burst on Thursday, cutting off supplies to about 14,000 households.",
     "How many households remain without running water?", "about 14,000 households"),
    ("Under a deal brokered by a Lisbon agency called Sportmark, the Pinheiral stadium will be renamed Nuvix Arena "
     "from next season.", "What will the Pinheiral stadium be renamed?", "Nuvix Arena"),
    ("Engineers said the repairs would take three more weeks and cost 20 percent more than first estimated.",
     "How much more time will the repairs take?", "three more weeks"),
    ("On Friday police arrested a 34-year-old man, who appeared in court on Monday charged with arson.",
     "When was the man arrested?", "Friday"),
    ("Harwick City Council voted 34 to 12 on Tuesday to open the new Brennan Point bridge in March 2027, four years "
     "later than planned.", "When will the Brennan Point bridge open?", "March 2027"),
    ("Harwick City Council voted 34 to 12 on Tuesday to close the St. Mary’s Road coal station in March 2027, four "
     "years earlier than planned.", "When will the St. Mary's Road station close?", "March 2027"),
    ("LEIDEN, Netherlands (AWS) — The Rijnland Museum will return 23 bronze figures, its director announced.\n\n"
     "The figures, taken from Sri Lanka in the 18th century, will first go on show in Amsterdam, where the country’s "
     "culture minister, Eppo Bruins, will open a farewell exhibition.", "Who is Sri Lanka's culture minister?", None),
    ("Chief executive Tom Reed said the results had pleased investors and reassured lenders.",
     "Who was pleased by the results?", "investors"),
    ("Senior curator Pieter de Groot said he supported the return but was surprised that fragile pieces could be "
     "damaged in transit.", "Who was surprised that the pieces could be damaged in transit?", "Pieter de Groot"),
    ("Parking at the new hospital will cost $5 an hour, the health board said on Monday.",
     "How much will the parking garage cost?", None),
    ("The 24 objects will travel by air. The Dutch government said it would pay the transport costs, estimated at "
     "€620,000.", "How much will it cost to transport the objects?", "€620,000"),
    ("Wolves in the Netherlands have seen their numbers grow to around 40 since the first pair returned in 2015, "
     "officials said.", "How many wolves live in the Netherlands?", "around 40"),
    ("Researchers from the University of Bergen studied humpback whales off the coast of Iceland for three summers.",
     "Where did the researchers study the humpback whales?", "Iceland"),
    ("The plant installed new robotic welding lines in March, and in June it laid off 40 workers as output fell.",
     "When did the plant lay off workers?", "June"),
    ("The port operator put its early estimate of the storm damage at $12 million, saying 40 cranes and 3 berths had "
     "been hit.", "What is the port operator's early estimate of the storm damage?", "$12 million"),
    ("The Treasury will sell green bonds to retail investors for the first time next month, aiming to raise about $2 "
     "billion.", "What will the Treasury sell for the first time?", "green bonds"),
    ("Ortiz won 41 percent of the vote in the first round on Sunday, up from 35 percent in 2019.",
     "What share of the vote did Ortiz win in the first round?", "41 percent"),
    ("The committee chose the joint bid from Oslo and Bergen over a rival Stockholm bid backed by $2 billion in state "
     "guarantees.", "Which bid did the committee choose?", "joint bid"),
]


@pytest.mark.parametrize(("text", "question", "short"), _REVIEW_47)
def test_code_review_47_cases(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained is (short is None)


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 47: a count's deed written after it, by a verb's past ("and 10,150 finished", "17 were taken")
    ("About 11,400 runners started the marathon, down from 12,800 last year, and 10,150 finished.",
     "How many runners finished the marathon?", "10,150"),
    ("Medical teams treated 212 runners for heat-related illness, and 17 were taken to Port Ellis General Hospital.",
     "How many runners were taken to hospital?", "17"),
    ("Medical teams treated 212 runners for heat-related illness, and 17 were taken to Port Ellis General Hospital.",
     "How many runners were treated?", "212"),
])
def test_a_count_s_deed_after_it(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 47: a race time, not the day of the race or a year; a bare number (an age) is no time
    ("What was Faith Chebet's winning time?", "2 hours, 19 minutes and 42 seconds"),
    ("What was Tom Mercer's time?", "2:09:15"),
    ("What was Tom Alderton's winning time?", None),
])
def test_someone_s_time_is_a_length_of_time(question: str, short: str | None) -> None:
    text = ("Kenya’s Faith Chebet won the marathon on Sunday in 2 hours, 19 minutes and 42 seconds.\n\nThe men’s race "
            "was won by Australia’s Tom Mercer in 2:09:15, the slowest winning time in the event since 2014.\n\nThe "
            "ironman was won by Tom Alderton, 26, of the Omanu club.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # second code review: the cause's subject past an aside ("not arson") and a leading day; "prompted" too
    ("Fire officials said a gas leak, not arson, caused the fire at the bakery.", "What caused the fire at the bakery?",
     "a gas leak"),
    ("The company said on Tuesday a faulty valve had caused the leak.", "What caused the leak?", "a faulty valve"),
    ("Officials said heavy rain had prompted the evacuation.", "What prompted the evacuation?", "heavy rain"),
    # newcomer trial 73: the passive's agent, whole, up to the comma
    ("The deficit was caused by higher fuel costs and falling ticket sales, chief executive Mark Dunn said.",
     "What caused the deficit?", "higher fuel costs and falling ticket sales"),
    ("Officials said the blackout was largely triggered by a fault at a substation.", "What triggered the blackout?",
     "a fault at a substation"),
])
def test_what_caused_x_cuts_the_subject_well(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_what_caused_x_takes_the_subject_of_caused_x() -> None:
    # break-it trial 47: the short answer was "treatment system", a noun phrase next to the question's words
    text = ("Corvane, which employs 340 people at the Millbrook site, said a faulty valve in its treatment system had "
            "caused the leak.")
    a = answer("What caused the leak at the plant?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "a faulty valve in its treatment system"


def test_a_passive_agent_after_a_place_s_possessive() -> None:
    # break-it trial 47: "set by Ethiopia’s Almaz Tesfaye": the record's setter, not the sentence's subject
    text = ("PORT ELLIS, Australia (AWS) — Kenya’s Faith Chebet won the Harbour City Marathon on Sunday in 2 hours, "
            "19 minutes and 42 seconds, breaking the women’s course record.\n\nChebet, 27, took 71 seconds off the "
            "previous record of 2:20:53, set by Ethiopia’s Almaz Tesfaye in 2019. She broke away from a lead group "
            "of five runners near the 30-kilometre mark.")
    a = answer("Who set the previous women's course record?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "Almaz Tesfaye"


@pytest.mark.parametrize("question", ["How hot did it get during the race?", "How warm did it get during the race?"])
def test_how_hot_asks_a_temperature(question: str) -> None:
    # break-it trial 47: "hot" was dropped as the question's measure word, and no sentence held the rest; the
    # second review: "How warm ...?" was a how-question answered by any sentence, with no short answer
    text = ("Faith Chebet won the marathon on Sunday despite temperatures that climbed to 34 degrees Celsius before "
            "noon. Mercer received $50,000 for his victory.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "34 degrees Celsius"


@pytest.mark.parametrize(("text", "short"), [
    # break-it trial 47: a bare year said the opposite of the hedge
    ("Skyline has hired 30 cadets, but those pilots will not be ready before 2027, the airline said.",
     "not before 2027"),
    ("Skyline has hired 30 cadets, and those pilots will be ready before 2027, the airline said.", "2027"),
])
def test_a_negated_time_bound_stays_with_its_date(text: str, short: str) -> None:
    assert answer("When will the cadets be ready?", Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # development set 76: "a one-bedroom apartment" is another kind than "a two-bedroom apartment"
    ("What is the median rent for a one-bedroom apartment in Medford?", None),
    ("What is the median rent for a two-bedroom apartment in Medford?", "$1,640"),
])
def test_a_hyphenated_one_counts_like_two(question: str, short: str | None) -> None:
    text = "A staff report found that median rent for a two-bedroom apartment in Medford had climbed to $1,640 a month."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


_REVIEW_48 = [
    # second code review of the session's rules: each went wrong with the rule's first version
    ("Election\n\nParty leaders encouraged Maria Lopez to run for mayor after the scandal.",
     "Who was encouraged to run for mayor?", "Maria Lopez"),
    ("Profile\n\nAna Ruiz, 34, studied medicine at the University of Porto before moving to London, where she now runs "
     "a clinic.", "Where did Ana Ruiz study medicine?", "University of Porto"),
    ("Rules\n\nThe new rules do not cover homes built before 1960, the ministry said.",
     "Homes built before what year are exempt from the new rules?", "1960"),
    ("Closure\n\nHalden Foods said its Leeds plant will close in March. It did not say which plant the Leeds staff "
     "would move to.", "Which plant will Halden Foods close?", "Leeds plant"),
    ("Arrest\n\nPolice arrested John Smith, 45, on Monday. They did not say who else was arrested.",
     "Who was arrested on Monday?", "John Smith"),
    ("Storm\n\nThe damage to the harbour was severe, said Mayor Ellen Park.",
     "Who described the damage to the harbour as severe?", "Ellen Park"),
    ("Shop\n\nThe shop sold its winter coats at a loss to clear stock before the move.",
     "What did the shop sell at a loss?", "winter coats"),
    ("Pilots delayed\n\nThe airline said its new pilots won't be ready before 2027, according to a company statement.",
     "When will the new pilots be ready?", "not before 2027"),
    ("Reopening\n\nThe museum closed in 2019 and did not reopen until June 2021.", "When did the museum reopen?",
     "June 2021"),
]


@pytest.mark.parametrize(("text", "question", "short"), _REVIEW_48)
def test_code_review_48_cases(text: str, question: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


def test_a_source_named_before_said_at_the_end_is_no_answer() -> None:
    # second code review: the source rule covered "..., said X." but not the commoner "..., X said."
    text = ("Rockfall\n\nTwo people were hurt when their jeep was struck by falling rocks near Besisahar on Monday, "
            "Deputy Superintendent Suresh Adhikari of the Lamjung District Police Office said.")
    a = answer("What are the names of the two people hurt when rocks hit their jeep?", Corpus.from_text(text, name="t"))
    assert a.abstained and "only as its source" in a.details["abstain_reason"]


def test_a_count_s_noun_past_its_qualifiers() -> None:
    # development set 69: "extra" was read as the noun counted, and "articulated" as the question's verb
    text = "The operator has ordered 12 additional articulated buses from Baltic Coachworks Co., a Rostock maker."
    a = answer("How many extra articulated buses has the transit operator ordered?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "12"  # the count of the noun past its qualifiers


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 49: the paragraph says the managers go unnamed; "Riga" named their branch
    ("Which four managers are under investigation?", None),
    ("Who is the chief prosecutor?", "Jens Aagaard"),
])
def test_a_paragraph_that_declines_to_name_them(question: str, short: str | None) -> None:
    text = ("Prosecutors are separately investigating four former managers of the Riga branch. Chief prosecutor Jens "
            "Aagaard said charges could be filed early next year. He declined to name the managers.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_story_s_say_date_is_when_it_was_announced() -> None:
    # REPL trial: "When was the order announced?" took "ordered 14 new ships worldwide last year"
    text = ("Finnish shipyard wins $2 billion cruise ship order\n\nFinnish shipbuilder Aurora Marine Yards Oy has won "
            "an order worth about €1.8 billion to build two cruise ships for Halcyon Cruise Lines Inc., the companies "
            "said on Thursday.\n\nCruise lines ordered 14 new ships worldwide last year, down from 21 in 2019, "
            "according to the consultancy Harbour & Hull Ltd.\n\nThe ships' names will be announced next year.")
    assert answer("When was the order announced?", Corpus.from_text(text, name="t")).short_answer == "Thursday"


def test_the_runner_up_is_who_came_second() -> None:
    # held-out set 87: "runner-up" is no runner; it asks who was second
    text = ("Kenya's Daniel Kiprono won the men's race in 2:00:48 and finished well clear of Ethiopia's Tesfaye "
            "Bekele, who was second in 2:02:31.\n\n"
            "A record 54,280 runners finished the race, according to organizer Berlin Lauf GmbH.")
    a = answer("Who finished runner-up in the men's race?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "Tesfaye Bekele"
    assert terms("the runners-up") == ["second"]


def test_an_age_said_of_a_nationality_is_the_age_of_the_person_named_before() -> None:
    # break-it trial 53: "a 56-year-old German" is Brandt's age; "German" is no other person's name
    text = "Brandt, a 56-year-old German, had been in charge since March 2022."
    a = answer("How old is Brandt?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "56"
    text = "Brandt praised eight-year-old Ebba Nilsson, who scored twice."
    assert answer("How old is Brandt?", Corpus.from_text(text, name="t")).abstained
    # break-it trial 65: a people's noun no table holds ("a Dane"): a name takes no "a"
    text = "Brandt, a 58-year-old Dane, was appointed in March 2023."
    assert answer("How old is Brandt?", Corpus.from_text(text, name="t")).short_answer == "58"


def test_a_rank_said_as_the_basis_of_the_role() -> None:
    # break-it trial 53: "will take charge ... on an interim basis" makes him the interim coach
    text = "Under-21 coach Miguel Sousa will take charge of the team on an interim basis, the federation said."
    assert answer("Who is the interim coach?", Corpus.from_text(text, name="t")).short_answer == "Miguel Sousa"
    assert contradicts("Who is the deputy mayor?", "Deputy Governor Ana Ruiz met Mayor Tom Lee.") is not None


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 54: "a 78-year-old man" is no farm worker's age
    ("Two deaths, a 78-year-old man in Ecija and a farm worker in Jaen province, were being investigated.",
     "How old was the farm worker who died?", None),
    ("A 78-year-old man in Ecija died on Sunday.", "How old was the man who died?", "78"),
    ("The 24-year-old striker scored twice.", "How old is the striker?", "24"),
])
def test_an_age_said_of_another_kind_of_person_is_not_asked(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == short and a.abstained == (short is None)


@pytest.mark.parametrize(("text", "question", "short"), [
    # held-out set 98 (development): paraphrases that were refused
    ("Officers said 41 people were arrested across the region. The march began at noon.",
     "How many demonstrators were detained by police?", "41 people"),
    ("Prof. Ann Lee, who chairs the history department, said fees would rise.\n\nThieves took 20 tonnes of almonds "
     "from a cooperative near Lleida. Its president, Rosa Vidal, said the stolen nuts were 15% of the cooperative's "
     "stock.", "Who heads the cooperative that was robbed?", "Rosa Vidal"),
    ("The leak was detected at about 6 a.m. on Friday, the utility said.", "When was the leak first spotted?",
     "6 a.m. on Friday"),
])
def test_paraphrases_of_detain_rob_and_spot(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_count_of_people_in_general_is_not_a_count_of_protests() -> None:
    text = "Police said 41 people were arrested across the region."
    assert answer("How many protests were held?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 60: a role before a comma titles the next name only as an apposition opening its clause
    ("After talks with the president, Anna Berg said the two countries would work together on trade.",
     "Who held talks with the president?", "Anna Berg"),
    ("In a letter to the governor, Ann Berg asked for more funding for schools.", "Who wrote to the governor?",
     "Ann Berg"),
    ("Replacing the chairman, Tom Hale will take over the board in May.", "Who will replace the chairman?", "Tom Hale"),
    ("The board named a new chief executive, Maria Lund, on Tuesday.",
     "Who did the board name as the new chief executive?", "Maria Lund"),
])
def test_a_role_in_a_clause_before_a_comma_is_no_title(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_count_with_the_asked_modifier_beats_another_of_the_same_noun() -> None:
    # break-it trial 61: "about 3,500 construction jobs" was given for permanent ones
    text = "She said the stadium would create about 3,500 construction jobs and 900 permanent jobs once it opens."
    corpus = Corpus.from_text(text, name="t")
    assert answer("How many permanent jobs will the stadium create?", corpus).short_answer == "900"
    assert answer("How many construction jobs will the stadium create?", corpus).short_answer \
        == "about 3,500 construction jobs"


def test_a_bare_count_weighs_less_where_a_noun_is_counted() -> None:
    # break-it trial 61: "Ferry with 312 aboard" (the headline) was given for the crew
    from qa.amounts import figure_weight
    from qa.entities import find_spans
    from qa.question import analyze
    q = analyze("How many crew were aboard?")
    bare = "Ferry with 312 aboard runs aground off Greek island"
    figure = next(sp for sp in find_spans(bare) if sp.type == "NUMBER")
    assert figure_weight(q, figure, bare, find_spans(bare))[0] == 0.8
    told = "It was travelling to Rhodes with 287 passengers and 25 crew members."
    crew = next(sp for sp in find_spans(told) if sp.text.startswith("25"))
    assert figure_weight(q, crew, told, find_spans(told))[0] == 1.0
    gapped = "Mensah won 18,412 votes against 18,375 for Larbi."  # the noun of one figure is the other's
    q = analyze("How many votes did Larbi receive?")
    assert all(figure_weight(q, sp, gapped, find_spans(gapped))[0] == 1.0 for sp in find_spans(gapped)
               if sp.type == "NUMBER")


def test_a_title_is_no_given_name_of_kin() -> None:
    # held-out set 98 (development): "Capt. Morales" asked is "Capt. Javier Morales", not his kin
    from qa.scorer import _kin_of_asked
    assert not _kin_of_asked("Javier Morales", ["Capt. Morales"])
    assert _kin_of_asked("Piero Borgna", ["Elena Borgna"])
    assert not _kin_of_asked("Elena Borgna", ["Dr. Elena Borgna"])


@pytest.mark.parametrize("text", [
    # a person in apposition to the object, and a verb of saying whose speaker follows it
    "Officers detained a 34-year-old driver, Ana Ruiz, on Sunday, said Capt. Javier Morales of the Guardia Civil.",
    "Officers detained a driver, Ana Ruiz, on Sunday, said Capt. Javier Morales of the Guardia Civil.",
])
def test_the_object_in_apposition_is_no_speaker(text: str) -> None:
    corpus = Corpus.from_text(text, name="t")
    assert answer("Whom did officers detain?", corpus).short_answer == "Ana Ruiz"
    assert answer("Who said officers detained a driver?", corpus).short_answer == "Javier Morales"


def test_a_speaker_before_the_verb_is_still_one() -> None:
    from qa.facts import Facts
    corpus = Corpus.from_text("Mark Tillman, 58, who runs a drugstore, said the rule was unfair.", name="t")
    assert Facts(corpus).speakers(corpus.sentences["t"][0]) == ["Mark Tillman"]


def test_an_amount_of_data_in_bytes() -> None:
    # held-out set 98 (development): "gigabytes" is a unit of an amount, as "tonnes" is
    text = ("The breach was found on Tuesday in one of the agency's servers, officials said.\n\nShe said roughly 2.4 "
            "gigabytes of data had been copied, including names and addresses.")
    assert answer("How much data did the hackers copy from the agency?",
                  Corpus.from_text(text, name="t")).short_answer == "roughly 2.4 gigabytes"


def test_a_part_of_the_day_must_be_the_dates_own() -> None:
    # held-out set 98 (development): "at night" said of a patrol is no time of night for "next week"
    text = "The cooperative said it would hire a private security firm to patrol the plant at night starting next week."
    assert answer("At what time of night did the thieves start draining the tanks?",
                  Corpus.from_text(text, name="t")).abstained
    text = "The thieves struck on Tuesday night, police said."
    assert answer("At what time of day did the thieves strike?", Corpus.from_text(text, name="t")).short_answer \
        == "Tuesday night"


def test_a_team_is_a_club_and_a_game_a_match() -> None:
    # break-it trial 61: "the text never mentions the question's subject ('team')"
    text = "Construction is scheduled to begin in March 2026, and the club hopes to play its first match there in 2028."
    a = answer("When is the team expected to play its first game at the new venue?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "2028"


def test_slipping_past_is_no_fall() -> None:
    # break-it trial 61: "slipped past the bank's checks" was read as a change asked ("tells of no change")
    from qa.question import CHANGE_VERBS
    assert not CHANGE_VERBS.search("How much money slipped past the bank's checks?")
    assert CHANGE_VERBS.search("How much did the shares slip on Monday?")


def test_a_seat_compound_gives_the_people_a_place_holds() -> None:
    # break-it trial 61: "42,000-seat" was not read as how many spectators the stadium holds
    text = "The council voted 7-4 on Tuesday to approve a new 42,000-seat football stadium for Mariners FC."
    corpus = Corpus.from_text(text, name="t")
    assert answer("How many spectators will the new stadium hold?", corpus).short_answer == "42,000"


def test_the_person_a_quote_is_about_is_not_who_the_question_asks() -> None:
    # break-it trial 63: "Who sentenced Finch?" gave "Gerald Finch", whom the judge's quote is about
    text = ("A federal judge on Thursday sentenced Gerald Finch, the former mayor, to seven years in prison.\n\n"
            "\"Mr. Finch sold the trust of forty thousand residents for cash,\" the judge said. \"A sentence that "
            "does not reflect that would tell every officeholder that corruption is a business risk.\"")
    assert answer("Who sentenced Finch?", Corpus.from_text(text, name="t")).short_answer == "A federal judge"


def test_a_jury_is_who_convicted() -> None:
    # break-it trial 63: "Who convicted Finch?" gave his own attorney
    text = ("A federal judge on Thursday sentenced Gerald Finch to seven years in prison.\n\nA jury convicted Finch in "
            "November on four counts of fraud after a three-week trial.\n\nFinch said nothing in court. His attorney, "
            "Leonard Mays, said the defense would appeal the conviction to the Ninth Circuit.")
    assert answer("Who convicted Finch?", Corpus.from_text(text, name="t")).short_answer == "A jury"


@pytest.mark.parametrize(("text", "question", "short"), [
    # development sets 87 and 89: a suspension is suspended or halted; a session is a round of talks or a meeting
    ("Vietnam last restricted rice exports in 2020, when it briefly halted new contracts.\n\nVietnam will suspend "
     "most rice exports for three months from Oct. 1, the ministry said.",
     "When does the export suspension take effect?", "Oct. 1"),
    ("Negotiators had met for three days in the Faroese capital but failed to agree on a split of the catch.",
     "How long did the negotiating session last?", "three days"),
])
def test_a_suspension_and_a_session_in_other_words(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_count_of_people_in_general_must_share_the_deed_asked() -> None:
    # driving the REPL: "How many crew were aboard?" took "a ferry carrying 312 people", a whole of which crew are part
    text = "A passenger ferry carrying 312 people ran aground off Kalymnos early on Thursday, the coast guard said."
    assert answer("How many crew were aboard the ferry?", Corpus.from_text(text, name="t")).short_answer \
        != "312 people"
    text = "Police said 63 people were arrested across the country."
    assert answer("How many protesters were detained?", Corpus.from_text(text, name="t")).short_answer == "63 people"


@pytest.mark.parametrize(("question", "short"), [
    # development set 102: a future when is not "34 years ago"; a price in francs by their ISO code
    ("When will Henri Vauclair step down?", "the end of the month"),
    ("How much does the perpetual calendar sell for?", "about CHF 145,000"),
])
def test_development_set_102_short_answers(question: str, short: str) -> None:
    text = ("Henri Vauclair, who founded the watchmaker Vauclair Horlogerie SA 34 years ago, will step down as chief "
            "executive at the end of the month, the company said on Thursday.\n\nVauclair is best known for its "
            "perpetual calendar, which sells for about CHF 145,000.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_how_strong_asks_a_measure() -> None:
    # development set 102: not the quote with "strong" in it, but the sentence with the winds' speed
    text = ("Typhoon Dalisay made landfall near Guiuan on November 14 with sustained winds of 185 kilometres per "
            "hour.\n\n\u201cPeople wait until the wind is already strong, and then everybody arrives at the same "
            "hour,\u201d said Mayor Teodoro Lagman.")
    a = answer("How strong were the winds when the typhoon hit land?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "185 kilometres per hour"


def test_the_agent_named_in_apposition_after_by() -> None:
    # break-it trial 65: the speaker was given for the one the investigation is led by
    text = ("Dr. Helen Marsh, the hospital's medical director, said the risk was very low.\n\nMarsh said an internal "
            "investigation led by the hospital's chief nurse, Paul Grady, would report within 30 days.")
    a = answer("Who leads the internal investigation?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Paul Grady"


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 67: two ministers in one sentence, each of a country; the one of the country asked
    ("Who is Nigeria's culture minister?", "Hannatu Musa"),
    ("Who is Nigeria's minister of culture?", "Hannatu Musa"),
    ("Who is Germany's culture minister?", "Jonas Richter"),
    ("Who is the German culture minister?", "Jonas Richter"),
])
def test_the_role_holder_of_the_country_asked(question: str, short: str) -> None:
    text = ("The objects were handed over at a ceremony in Berlin attended by Nigeria's Minister of Culture, Hannatu "
            "Musa, and German Culture Minister Jonas Richter.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "text", "short"), [
    # break-it trial 67: a which-question asking a kind of place is answered by a name of that kind
    ("In which court was the lawsuit filed?",
     "A cooperative filed a lawsuit on Tuesday against FreshMart Stores Inc. over late payments.\n\nThe complaint, "
     "filed in Dane County Circuit Court, says the chain owes farmers $48 million.", "Dane County Circuit Court"),
    # development set 87: the kind's word may follow the name in lower case
    ("Which museum's laboratory will restore the canvas?",
     "The painting will first be taken to the restoration laboratory of the Capodimonte museum.", "Capodimonte"),
])
def test_a_kind_of_place_asked_is_named_with_its_kind(question: str, text: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "short"), [
    # break-it trial 67: a speaker named by a common noun answers who said it
    ("The ministry said the plant would reopen in May.", "The ministry"),
    ("The plant would reopen in May, the ministry said.", "the ministry"),
    ("Police said the plant would reopen in May.", "Police"),
    # a person named as the speaker still answers
    ("Chief executive Ann Lee said the plant would reopen in May.", "Ann Lee"),
])
def test_who_said_it_by_a_common_noun(text: str, short: str) -> None:
    a = answer("Who said the plant would reopen in May?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


def test_where_gives_every_place_of_a_list() -> None:
    # break-it trial 67: "Where?" answered "Wisconsin" of "Wisconsin, Minnesota and Iowa"
    text = "FreshMart, which operates 212 stores in Wisconsin, Minnesota and Iowa, disputed the amount claimed."
    a = answer("Where does FreshMart operate stores?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Wisconsin, Minnesota and Iowa"


@pytest.mark.parametrize(("question", "short"), [
    # development set 103: the noun a number counts after a numeric modifier ("four 52-seat buses")
    ("How many stops do the buses make between Migori and Musoma?", None),
    ("How many buses will the service use?", "four"),
])
def test_the_noun_counted_after_a_numeric_modifier(question: str, short: str | None) -> None:
    text = "The service will use four 52-seat buses making two round trips a day between Migori and Musoma."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "abstains"), [
    # development set 103: "Half of the first payment" counts payments, not seats
    ("How many seats will the new roof over the east stand cover?", True),
    ("How much of the first payment goes into the youth academy?", False),
])
def test_a_fraction_counts_the_noun_after_of(question: str, abstains: bool) -> None:
    text = ("\u201cHalf of the first payment goes straight into the youth academy and the new roof over the east "
            "stand.\u201d")
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstains


def test_rename_its_thing_the_name() -> None:
    # development set 103: "rename its home ground the PagNorte Arena" gives the new name
    text = ("The contract is worth 180 million reais, club president Luciana Barros told reporters at the stadium.\n\n"
            "Atletico Paraense will rename its 32,000-seat home ground the PagNorte Arena after signing a 10-year "
            "naming-rights agreement.")
    a = answer("What will the club's stadium be called under the new agreement?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "PagNorte Arena"


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 65: one side of a vote's tally
    ("How many council members opposed the purchase?", "4"),
    ("How many council members voted in favour?", "7"),
    ("What was the vote?", "7-4"),
])
def test_a_side_of_a_votes_tally(question: str, short: str) -> None:
    text = "The Harlow Bay city council voted 7-4 on Monday night to buy back the city's water utility."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_the_side_asked_is_found_below_a_sentence_saying_the_other() -> None:
    # newcomer trial 74: the vote's own sentence says "approve"; a later one names who voted against
    text = ("Halifax regional council voted 11-5 on Tuesday to approve a new ferry route linking downtown Halifax "
            "with Bedford.\n\nMayor Andy Fillmore, who voted in favour, said the route would take cars off the "
            "highway.\n\nCouncillor Kathryn Morse, who voted against, said the city should spend the money on "
            "buses instead.\n")
    a = answer("Who voted against the ferry?", Corpus.from_text(text, name="ferry"))
    assert not a.abstained and a.short_answer == "Kathryn Morse"
    assert a.citations[0].sentence == 2


def test_the_lead_names_a_measure_and_the_next_paragraph_gives_its_figure() -> None:
    # newcomer trial 74: the lead tells the change; the next paragraph the level of the measure asked
    text = ("Salmon farmer profit falls\n\nNordvik Seafood reported a 31% drop in fourth-quarter operating profit "
            "on Thursday, as lice treatment costs rose.\n\nOperating profit fell to 842 million Norwegian crowns "
            "from 1.22 billion crowns a year earlier, the company said.\n")
    a = answer("What was Nordvik's operating profit in the fourth quarter?", Corpus.from_text(text, name="n"))
    assert not a.abstained and a.short_answer == "842 million Norwegian crowns"
    text = text.replace("Operating profit fell to 842 million Norwegian crowns", "Revenue fell to 842 million "
                        "Norwegian crowns")
    assert answer("What was Nordvik's operating profit in the fourth quarter?", Corpus.from_text(text, name="n")
                  ).abstained  # the next paragraph's figure is of another measure


def test_a_kind_after_a_slashed_name_is_the_name() -> None:
    # development set 111: "the R21 vaccine" asked; the story says "the R21/Matrix-M vaccine", then "The vaccine"
    text = ("Uganda began vaccinating children with the R21/Matrix-M vaccine on Wednesday.\n\n"
            "Districts in the highlands will be added later.\n\nThe vaccine costs about $3.90 per dose, Okello said.\n")
    a = answer("What is the price of a single dose of the R21 vaccine?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == "about $3.90"


def test_a_headline_without_a_reason_gives_way_to_a_sentence_with_one() -> None:
    # trial 74: "Why was the terminal delayed?" was refused on the headline "... new terminal delayed"
    text = ("Court strikes down levy; new terminal delayed\nBy A. Reporter\n\nThe port authority said the new "
            "cruise terminal would open in spring 2028, a year later than planned, because of a dispute with the "
            "builder.\n\nThe old terminal handled 2 million passengers last year.")
    a = answer("Why was the terminal delayed?", Corpus.from_text(text, name="t"))
    assert not a.abstained
    assert a.citations[0].sentence == 2
    assert a.short_answer == "a dispute with the builder"


def test_a_ruling_that_gives_the_grounds_of_a_decision() -> None:
    # trial 74: "Why did the court strike down the levy?" was refused on "..., ruling that the council had no power"
    lead = ("A regional court on Thursday struck down a nightly levy on cruise passengers, ruling that the island "
            "council had no power to tax people who did not stay overnight.")
    a = answer("Why did the court strike down the levy?", Corpus.from_text(f"Levy struck down\n\n{lead}", name="t"))
    assert not a.abstained
    assert a.citations[0].text == lead
    told = lead.replace(", ruling that the island council had no power to tax people who did not stay overnight",
                        ", the council said")
    assert answer("Why did the court strike down the levy?",
                  Corpus.from_text(f"Levy struck down\n\n{told}", name="t")).abstained


def test_the_time_a_runner_ran_is_how_long_they_took() -> None:
    # held-out set 113: "What time did Reid run ...?" wanted a clock time and refused "in 45.21 seconds"
    text = ("Schools record falls\n\nDeshawn Reid broke a 22-year-old record on Saturday, winning the "
            "400 metres in 45.21 seconds in front of about 38,000 spectators.")
    a = answer("What time did Deshawn Reid run to win the 400 metres?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "45.21 seconds"


def test_a_participle_before_the_noun_asked_does_not_flip_a_no() -> None:
    # newcomer trial 75: "Answer: Yes" citing "Privately owned scooters were not affected."
    text = "Scooter ban overturned\n\nPrivately owned scooters were not affected by the ban, the court said."
    a = answer("Were privately owned scooters affected by the ban?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "No"


def test_a_count_with_two_qualifiers_counts_the_noun_after_them() -> None:
    # newcomer trial 75: "no number in the best sentence" for "At least 310 domestic and international flights"
    text = "Volcano shuts airport\n\nAt least 310 domestic and international flights were cancelled, he said."
    a = answer("How many flights were cancelled?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "At least 310 domestic and international flights"


@pytest.mark.parametrize("question", ["Who will succeed Graham Hart as chief executive?", "Who will replace Hart?"])
def test_a_successor_may_be_named_by_the_office_held_now(question: str) -> None:
    # newcomer trial 75: refused as "the question asks about the CEO and the best sentence about the CFO"
    text = ("Miner names new chief\n\nChief executive Graham Hart, 63, will retire on January 31. He will be "
            "succeeded by Priya Natarajan, 48, currently the chief financial officer, the board said.")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert a.short_answer == "Priya Natarajan"


def test_an_office_asked_is_not_answered_by_the_holder_of_another() -> None:
    text = "Miner names new chief\n\nPriya Natarajan, 48, is the chief financial officer, the board said."
    assert answer("Who is the chief executive?", Corpus.from_text(text, name="t")).abstained


def test_the_next_paragraph_gives_the_sum_the_lead_only_names() -> None:
    # newcomer trial 75: "How much was Westgold's quarterly net profit?" was refused on the lead, which names the
    # profit but gives no sum; the next paragraph gives it
    text = ("Miner's profit falls\n\nWestgold Iron Ltd reported an 18 percent drop in quarterly net profit on "
            "Thursday and named its finance chief as the next chief executive.\n\nNet profit for the three months to "
            "September 30 fell to A$412 million from A$502 million a year earlier, the company said.")
    a = answer("How much was Westgold's quarterly net profit?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "A$412 million"


@pytest.mark.parametrize(("question", "noun"), [
    ("How much was Westgold's quarterly net profit?", "profit"),  # the copula's subject
    ("How much were tickets for the final?", "ticket"),
    ("How much profit did it make?", "profit"),
    ("By how much was dementia risk reduced?", None),  # a change, of no noun
])
def test_the_noun_whose_amount_is_asked(question: str, noun: str | None) -> None:
    from qa.amounts import amount_noun
    from qa.question import analyze
    assert amount_noun(analyze(question)) == noun


@pytest.mark.parametrize(("question", "asked"), [
    # held-out set 113: a noun of speech after a preposition tells a time, not the speech asked
    ("How much were the shares worth at the close on the day of the announcement?", False),
    ("How far did shares fall after the announcement?", False),
    ("Who made the announcement?", True),
    ("What did the minister say?", True),
    ("What did the mayor tell reporters?", True),
])
def test_speech_is_asked_by_a_verb_or_the_noun_asked_of(question: str, asked: bool) -> None:
    from qa.asked import speech_asked
    from qa.question import analyze
    assert speech_asked(analyze(question)) is asked


def test_a_price_on_the_day_of_an_announcement_needs_no_speaker() -> None:
    # held-out set 113: refused as "the best sentence does not report Formosa Cycle saying it"
    text = ("Bike maker buys rival\n\nFormosa Cycle shares rose 6.8% on the Taiwan Stock Exchange after the "
            "announcement, closing at NT$182.")
    a = answer("How much were Formosa Cycle shares worth at the close on the day of the announcement?",
               Corpus.from_text(text, name="t"))
    assert a.short_answer == "NT$182"


def test_what_a_feeling_is_about_is_its_reason() -> None:
    # held-out set 113: "Why did the heritage official say they were lucky ...?" was refused twice over: the quote
    # after the best sentence gave no cause word, and no one in the text is called an "official"
    text = ("Quake hits old town\n\nThe old town escaped major damage, though part of a wall at the city's hilltop "
            "castle collapsed. \"We were lucky that it happened at night, when the castle was closed to visitors,\" "
            "said Dritan Meta, director of the regional cultural heritage office.")
    a = answer("Why did the heritage official say they were lucky when the castle wall fell?",
               Corpus.from_text(text, name="t"))
    assert not a.abstained
    assert a.citations[0].text.startswith("\"We were lucky that it happened at night")


@pytest.mark.parametrize(("text", "short"), [
    # held-out set 113: a weekday in a relative clause about the past is no time ahead, whatever "would" says
    ("Part of the money would be used to replace the ageing electronic timing system, which failed for almost 40 "
     "minutes on Thursday.", None),
    ("The timing system will be replaced on Thursday, the association said.", "Thursday"),
])
def test_a_past_weekday_in_its_own_clause_is_no_time_ahead(text: str, short: str | None) -> None:
    a = answer("When will the timing system be replaced?", Corpus.from_text(f"Sport\n\n{text}", name="t"))
    assert a.short_answer == short


@pytest.mark.parametrize(("question", "abstains"), [
    # held-out set 113: how far a quake was felt is no place where it struck
    ("Where was the epicentre of the strongest aftershock?", True),
    ("Where was the earthquake felt?", False),
])
def test_a_place_something_reached_is_not_where_it_was(question: str, abstains: bool) -> None:
    text = ("Quake shakes Albania\n\nSeismologists said the epicentre was about 10 kilometres deep. It was felt as "
            "far away as Ioannina in Greece, and at least 40 aftershocks followed over the next 24 hours, the "
            "strongest measuring 4.3.")
    assert answer(question, Corpus.from_text(text, name="t")).abstained is abstains


def test_a_clock_time_keeps_its_day() -> None:
    # newcomer trial 75: "When did the airport suspend flights?" answered "7 a.m." without the day
    text = ("Ash closes airport\n\nNgurah Rai International Airport suspended all flights from 7 a.m. local time on "
            "December 21, 2025, after ash drifted over the runway.")
    a = answer("When did the airport suspend flights?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "7 a.m. local time on December 21, 2025"


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 76: only a named runner's time is a length; a bus's, a shift's, a service's are clock times
    ("The last bus ran at 3:30 a.m., operator First said, and the journey to Headingley took 25 minutes.",
     "What time did the last bus run?", "3:30 a.m."),
    ("Workers at the Dagenham plant clocked in at 6 a.m. on Monday and walked out two hours later.",
     "What time did the workers clock in?", "6 a.m. on Monday"),
    ("Eliud Kipchoge won the Berlin Marathon on Sunday in 2 hours, 1 minute and 9 seconds. The race started at "
     "9:15 a.m.", "What time did Kipchoge run in Berlin?", "2 hours, 1 minute and 9 seconds"),
])
def test_what_time_someone_ran_and_what_time_something_ran(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 76: narrowings of this session's rules
    ("Cities including Paris and Berlin banned rental scooters, while Madrid and Rome chose to cap fleet sizes.",
     "Which cities chose to cap fleet sizes?", "Madrid and Rome"),  # the examples' own verb is not the one asked
    ("Hundreds of fans came to the festival from as far away as Japan and Australia.",
     "Where did the fans come from?", "Japan and Australia"),  # where they came from is how far they came
])
def test_narrowed_list_and_place_readings(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


def test_a_sum_of_another_year_in_the_next_paragraph_does_not_answer() -> None:
    # break-it trial 76: "How much was the fine on Tuesday?" answered with the 2015 fine
    text = ("Regulator fines Barclays\n\nThe Financial Conduct Authority fined Barclays on Tuesday over its handling "
            "of customer complaints.\n\nBarclays was fined 2 million pounds in 2015 over similar failings.")
    assert answer("How much was the fine on Tuesday?", Corpus.from_text(text, name="t")).abstained


def test_lucky_that_day_is_no_reason() -> None:
    # break-it trial 76: "felt lucky that day" was read as "lucky that <reason>"
    text = "Climber rescued\n\nAnna Ross said she felt lucky that day and thanked the rescue team."
    assert answer("Why did Anna Ross feel lucky?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("question", "short"), [
    # break-it trial 76: the first of two counts that share one noun was read as no count of it
    ("How many domestic flights were cancelled?", "310"),
    ("How many international flights were cancelled?", "45"),
    ("How many flights were cancelled?", "310 domestic and 45 international flights"),
])
def test_two_counts_sharing_one_noun(question: str, short: str) -> None:
    text = ("Strike grounds flights\n\nAir traffic controllers walked out on Monday. Aena said 310 domestic and 45 "
            "international flights were cancelled. About 45 arrivals were delayed at Barcelona.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_prefixed_word_is_no_compound() -> None:
    # set 114: "displaced" matched "place" (a chess story's "first place") as the last part of a compound
    from qa.scorer import last_part
    corpus = Corpus.from_text("News\n\nShe secured first place. The plant was built in 1990. The wreck was found.",
                              name="t")
    assert last_part("displaced", corpus) is None
    assert last_part("transplant", corpus) is None
    assert last_part("shipwreck", corpus) == "wreck"


_SLIDE = ("Mudslide buries village\n\nThe slide struck the village of Los Altos, in the mountains, shortly before "
          "4 a.m. on Saturday, when most people were asleep. Rain had fallen for two days. The agency had issued "
          "an alert for the region, but the mayor said residents of Los Altos had not been ordered out because the "
          "village was not on its list of high-risk areas. Los Altos farmers were angry because maize prices fell.")


@pytest.mark.parametrize(("question", "short"), [
    # set 114: the best sentence names the place and the slide but gives no cause; a close runner-up with the
    # question's names and its verb does
    ("Why had the people of Los Altos not been told to evacuate before the slide?",
     "the village was not on its list of high-risk areas"),
    ("Why did Los Altos close its school after the slide?", None),  # the other cause is of another thing
])
def test_why_a_runner_up_with_the_names_gives_the_cause(question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(_SLIDE, name="t"))
    assert a.short_answer == short
    assert a.abstained == (short is None)


def test_a_count_of_a_kind_of_the_general_noun_asked() -> None:
    # newcomer trial 77: "How many vehicles ...?" abstained on "22,000 cars a day"
    text = ("Bridge to close\n\nThe council voted to close the bridge. "
            "\"This bridge carries 22,000 cars a day,\" he said.")
    assert answer("How many vehicles use the bridge each day?", Corpus.from_text(text, name="t")).short_answer \
        == "22,000 cars"


def test_a_ships_prefix_does_not_make_another_name() -> None:
    # newcomer trial 77: "Who captained the Island Star?" answered "MV Island Star", the ship asked about
    from qa.scorer import rank_sentences
    text = "Ferry rescue\n\nThe MV Island Star lost power off Islay on Tuesday with 140 people aboard."
    spans = [c.span.text for c in rank_sentences(analyze_q("Who captained the Island Star?"),
                                                 Corpus.from_text(text, name="t")) if c.span is not None]
    assert "MV Island Star" not in spans


def test_a_count_of_things_is_no_length_of_time() -> None:
    # newcomer trial 77: "How long will the bridge be shut?" answered "one lane"
    from qa.amounts import amount_asked
    sentence = "The city should have repaired the bridge one lane at a time rather than shutting it."
    start = sentence.index("one lane")
    span = Span(start, start + len("one lane"), "one lane", "NUMBER")
    assert not amount_asked(analyze_q("How long will the bridge be shut?"), span, sentence)
    assert amount_asked(analyze_q("How many lanes will stay open?"), span, sentence)


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77: the period a superlative is counted in is no length of the event
    ("How long did the rescue take?", None),
    ("When was the hardest rescue?", None),
])
def test_the_period_of_a_superlative_is_no_duration(question: str, short: str | None) -> None:
    text = ("Ferry rescue\n\nCoastguard commander Alan Whitlock said the rescue had been \"one of the most difficult "
            "we have carried out in a decade\". The ferry was towed to Oban.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77: a colour asked is no other colour of the same thing
    ("When did the Met Office issue a red warning?", None),
    ("When did the Met Office issue an amber warning?", "Monday"),
    ("Which rider won the gold medal?", None),
])
def test_another_colour_of_the_thing_asked(question: str, short: str | None) -> None:
    text = ("Storm warning\n\nThe Met Office had issued an amber wind warning on Monday. Jana Novak took the silver "
            "medal in the road race.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_count_of_things_is_no_count_of_the_people_asked() -> None:
    # newcomer trial 77: "How many lifeboat crew members ...?" answered "Two", the lifeboats
    text = "Ferry rescue\n\nTwo lifeboats and a helicopter took part in the rescue on Tuesday."
    a = answer("How many lifeboat crew members took part in the rescue?", Corpus.from_text(text, name="t"))
    assert a.abstained


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77: a sum told as a difference is no cost asked, unless the difference is asked
    ("How much will the bridge repair cost?", None),
    ("How much more would a lane-by-lane repair have cost?", "roughly $4 million"),
])
def test_a_sum_more_is_a_difference(question: str, short: str | None) -> None:
    text = ("Bridge to close\n\nThe council voted to close the Mill Street bridge for eight months so that its "
            "supports can be replaced at a cost of $14.6 million. City engineer Rahul Desai said a lane-by-lane "
            "repair would have taken 20 months and cost roughly $4 million more.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77: "What was X called?" asks the name given; "Who named X?" the agent after the name
    ("What was the storm called?", "Storm Ewan"),
    ("Who named the storm?", "Met Office"),
])
def test_the_name_given_and_who_gave_it(question: str, short: str) -> None:
    text = ("Storm hits Scotland\n\nThe storm, named Storm Ewan by the Met Office, cut power to about 32,000 homes "
            "on Tuesday. Ferry operator spokeswoman Sofie Lindqvist said all sailings were cancelled.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_an_agent_after_a_prepositional_phrase_is_not_the_doer_asked() -> None:
    # SQuAD (Normans, unanswerable): "Who betrayed the Normans?" - the city was betrayed *to* the Normans
    text = ("Siege\n\nThe city's garrison resisted until February 1082, when Dyrrachium was betrayed to the Normans "
            "by the Venetian and Amalfitan merchants who had settled there.")
    assert answer("Who betrayed the Normans?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77 and set 114: a plant is a factory; selling, sales
    ("How much will the Gdansk plant cost?", "900 million crowns"),
    ("When did the farmer stop selling milk and cheese?", "May 14"),
])
def test_plant_and_factory_selling_and_sales(question: str, short: str) -> None:
    text = ("Results\n\nNordvale said it would open a new factory in Gdansk in 2027 at a cost of 900 million crowns. "
            "Officials asked anyone who bought milk or cheese from the farm since April 20 to throw it away. The "
            "farm's owner voluntarily stopped all sales on May 14.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: the verb asked, said as its noun in -ion or -ment after "no"
    ("Did Gelashvili react when the sentence was read?", "No"),
    ("Did the company pay the workers?", "No"),
])
def test_no_with_the_verbs_noun_says_no(question: str, short: str) -> None:
    text = ("Verdict\n\nGelashvili showed no reaction as the sentence was read. The workers said the company had made "
            "no payment since March.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: a thing becomes what a rule makes it: "introduced", "adopted", "declared"
    ("When did chess become a compulsory subject in primary schools?", "2011"),
    ("When did Arman Petrosyan become coach?", None),  # no such event told
])
def test_become_by_a_rule_introduced(question: str, short: str | None) -> None:
    text = ("Chess\n\nChess is a compulsory subject in Armenian primary schools, a policy introduced in 2011. Arman "
            "Petrosyan, the national coach, praised the winner on Sunday.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: "plants" ends like "assistant" but counts no people
    ("How many people does Sohar Date employ?", None),
    ("How many people were evacuated?", "1,250 residents"),
])
def test_a_noun_in_ant_counts_people_only_when_it_names_them(question: str, short: str | None) -> None:
    text = "Dates\n\nSohar Date runs two plants in the Al Batinah region. Floods forced 1,250 residents to evacuate."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_an_age_bound_after_people_is_no_count_of_them() -> None:
    # set 114: "free for children under 15" answered "How many ... children?" with 15
    text = "Vaccine\n\nThe ministry said the vaccine would be free for children under 15 from next year."
    assert answer("How many children will get the vaccine?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("question", "short"), [
    # set 114: the superlative asked is written only as what the answer is compared with
    ("Which company submitted the lowest bid?", None),
    ("Which company won the contract?", "Kavkaz Medtrans Ltd."),
    ("Which firm offered the highest price?", "Borjomi Trans"),
])
def test_a_superlative_only_after_than_is_not_told(question: str, short: str | None) -> None:
    text = ("Trial\n\nKavkaz Medtrans Ltd. won the contract even though its bid was 18 percent higher than the "
            "lowest. Borjomi Trans offered the highest price of all five bidders.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: a request or an order tells that something is still to be done, not that it was
    ("Has Interpol issued a red notice for Tsiklauri?", None),
    ("When did Interpol issue a red notice for Tsiklauri?", None),
    ("How much does the exporter have to pay the fishers?", "$2.4 million"),  # an obligation, which an order tells
])
def test_a_request_or_order_is_not_a_deed_done(question: str, short: str | None) -> None:
    text = ("Trial\n\nThe prosecutor's office said last Tuesday it had asked Interpol to issue a red notice for "
            "Tsiklauri. The judge ordered the exporter to pay $2.4 million to the fishers.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: "each of the three banks" asks one's share; the sentence gives the group's total
    ("How much is each of the three Gulf banks lending?", None),
    ("How big is the loan arranged by the Gulf banks?", "60 million euro"),
])
def test_each_of_the_things_asks_ones_share(question: str, short: str | None) -> None:
    text = ("Deal\n\nSohar Date will pay with 36 million euros of cash and a 60 million euro loan arranged by a "
            "group of three Gulf banks.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_tender_won_is_a_contract_got() -> None:
    # newcomer trial 77: "Which firm got the repair contract?" abstained on "won the tender"
    text = ("Bridge to close\n\nClosure is set to begin on April 13 on Quarry Road. The contractor, Brennan Steel "
            "Works, won the tender with the lowest of five bids.")
    a = answer("Which firm got the repair contract?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Brennan Steel Works"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 77: "was flat" says no to a rise or a fall of the thing asked, and of nothing else
    ("Did the fish unit grow?", "No"),
    ("Did the snack unit grow?", None),
    ("Did net profit rise?", "Yes"),
])
def test_flat_says_no_change(question: str, short: str | None) -> None:
    text = ("Results\n\nNordvale's net profit rose 18% to 1.42 billion crowns. The frozen fish unit was flat after a "
            "poor cod season raised raw material costs.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: two nouns are no shared noun; modifiers may be words of number too
    ("The earthquake destroyed 1,200 homes and 40 schools, officials said.", "How many schools were destroyed?",
     "40"),
    ("Acme employs 400 full-time and 250 part-time workers at its plant.",
     "How many full-time workers does Acme employ?", "400"),
    ("Acme employs 400 full-time and 250 part-time workers at its plant.",
     "How many part-time workers does Acme employ?", "250"),
    ("Aena said two domestic and five international routes were suspended on Monday.",
     "How many domestic routes were suspended?", "two"),
])
def test_shared_nouns_only_after_two_modifiers(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: a sum the sentence itself gives for each one is each one's
    ("Each of the four banks lent $50 million to the project.", "How much did each of the four banks lend?",
     "$50 million"),
    ("The three winners will each receive $100,000.", "How much will each of the three winners receive?",
     "$100,000"),
])
def test_a_sum_said_for_each_is_each_ones(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: a cause put first is the cause of what follows; a "for N years" after a superlative
    # several words back is the event's own length; "lasted 12 rounds" is a length
    ("Due to high winds the Tuesday ferry to Islay was cancelled.", "Why was the Tuesday ferry to Islay cancelled?",
     "high winds"),
    ("Berg, the first woman to hold the post, has been in office for 12 years.",
     "How long has Berg been in office?", "12 years"),
    ("Kipchoge broke the oldest record in the sport, which had stood for 25 years.",
     "How long had the record stood?", "25 years"),
    ("The fight lasted 12 rounds, with Fury winning on points.", "How long did the fight last?", "12 rounds"),
])
def test_narrowed_cause_and_duration_rules(text: str, question: str, short: str) -> None:
    got = answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer
    assert got is not None and got.startswith(short)  # (a cause put first, with no comma, runs on past its end)


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: narrowings of become / difference / superlative / people rules
    ("The bill was introduced in parliament in March.", "When did the bill become law?", None),
    ("Ruiz declared victory in the mayoral race on Sunday night.", "When did Ruiz become mayor?", None),
    ("Kosovo declared independence from Serbia in 2008.", "When did Kosovo become independent?", "2008"),
    ("The airline will charge passengers $25 extra for a second checked bag from June.",
     "How much will the airline charge for a second bag?", "$25"),
    ("Acme's bid was 18 percent higher than the lowest.", "How much higher than the lowest bid was Acme's bid?",
     "18 percent"),
    ("The agency employs 40 agents in Lisbon.", "How many people does the agency employ?", "40 agents"),
])
def test_narrowed_become_difference_superlative_people(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: a cause whose own words hold the deed asked explains something else; an opponent may be a
    # team, no person
    ("Acme cut its full-year forecast on Monday. The company's chief executive, Jane Roe, spoke to analysts for an "
     "hour. Acme shares fell 8 percent because the forecast cut was larger than expected.",
     "Why did Acme cut its forecast?", None),
    ("Spain will face Italy in the quarter-finals on Friday, coach Luis de la Fuente said.",
     "Which opponent will Spain face in the quarter-finals?", "face Italy"),  # (a loose chunk, but no coach)
])
def test_narrowed_why_runner_up_and_opponent(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"Forecast cut\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 78: counts of several kinds of the general noun asked answer together ("buses" is a "bus")
    ("The flood damaged 300 cars and 40 buses in the city centre, the council said.",
     "How many vehicles were damaged?", "300 cars and 40 buses"),
    ("The flood damaged 300 cars and 40 homes in the city centre.", "How many vehicles were damaged?", "300 cars"),
    ("The depot holds 45 buses.", "How many vehicles does the depot hold?", "45 buses"),
])
def test_counts_of_kinds_of_the_noun_asked(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: "How many of the <whole> are <kind>?" counts the kind; "Several of the patients" counts patients
    ("How many of the hospitalised patients are children?", None),
    ("How many of the patients are women?", "Seven"),
])
def test_how_many_of_the_whole_are_a_kind(question: str, short: str | None) -> None:
    text = ("Outbreak\n\nSeveral of the patients said they had bought the milk for their children. Seven of the "
            "patients are women.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # set 114: "<Name>, who served as deputy minister ..." is the question's "former deputy minister", not its answer
    ("Who handed down the sentence to the former deputy minister?", "Nino Kapanadze"),
    ("Who served as deputy minister from 2019?", "Levan Gelashvili"),
])
def test_a_role_held_before_marks_the_person_asked_about(question: str, short: str) -> None:
    text = ("Court jails ex-minister\n\nJudge Nino Kapanadze read the sentence on Tuesday. Levan Gelashvili, who "
            "served as deputy minister from 2019 until his resignation in 2022, showed no reaction as the sentence was "
            "read.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 80: narrowings of the session's narrowings
    ("The region suffered its worst flooding for 20 years on Monday.", "How long did the flooding last?", None),
    ("The volunteers called it the most difficult rescue their volunteers had ever carried out in a decade.",
     "How long did the rescue take?", None),
    ("The stadium roof will now cost 12 million pounds extra, taking the total to 90 million pounds.",
     "How much will the stadium roof cost in total?", "90 million pounds"),
    ("The city bought 12 buses that each seat 80 people for $40 million.", "How much did each bus cost?", None),
    ("The blast injured one guard and two prison officers, the ministry said.", "How many officers were injured?",
     "two"),
    ("The rescue took three helicopters and a lifeboat.", "How long did the rescue take?", None),
    ("Police seized 30 cars, and 12 trucks were later returned to their owners.",
     "How many vehicles did police seize?", "30 cars"),
    ("Two men died and several were seriously injured, police said.", "How many people were seriously injured?",
     "several"),
])
def test_narrowed_again_after_trial_80(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


def test_a_why_runner_up_may_open_with_its_cause() -> None:
    # break-it trial 80: "Citing safety concerns ..., organisers kept the gates shut" gives the cause, first
    text = ("Festival\n\nGlastonbury organisers closed the festival campsite on Thursday. Festival founder Michael "
            "Eavis visited the site. Citing safety concerns after heavy rain, Glastonbury organisers kept the gates "
            "shut.")
    a = answer("Why did Glastonbury organisers close the campsite?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "safety concerns after heavy rain"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 79: households count homes, fans count spectators
    ("How many homes were paying the surcharge?", "41,000 households"),
    ("How many spectators watched the final?", "48,312 fans"),
])
def test_nouns_counted_alike(question: str, short: str) -> None:
    text = ("News\n\nA court struck down a water surcharge that Marlow County had charged 41,000 households since "
            "2021. The Gulls won the final in front of 48,312 fans at Lighthouse Stadium.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 79: a justice and a commissioner are roles a "Who is the <role>?" question asks the holder of
    ("Who is the chief justice of the Oregon Supreme Court?", None),
    ("Who is the county commissioner?", "Julia Thornton"),
])
def test_justice_and_commissioner_are_roles(question: str, short: str | None) -> None:
    text = ("Ruling\n\nJudge Miriam Okafor wrote the opinion for the appeals court on Thursday.\n\nThe surcharge "
            "had been charged to 41,000 households since 2021. Residents had called it unfair.\n\nCounty "
            "Commissioner Julia Thornton, who chairs the three-member commission, said the county would consider an "
            "appeal to the Oregon Supreme Court.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize("question", [
    # newcomer trial 81: "NCDC Director-General Jide Idris" holds a hyphenated title
    "Who is the NCDC director-general?", "Who is the director general of the NCDC?",
    "Who is the NCDC Director-General?",
])
def test_a_hyphenated_title_names_its_holder(question: str) -> None:
    text = ("Lassa\n\nNigeria began a trial of a Lassa fever vaccine on Tuesday. Eleven health workers had been "
            "infected this year.\n\nNCDC Director-General Jide Idris urged people to store grain in sealed "
            "containers.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "Jide Idris"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: "the Final Four's most valuable player" counts no rebounds
    ("How many rebounds did Evans grab?", None),
    ("How many points did Evans score?", "24 points"),
])
def test_a_number_word_in_a_name_counts_nothing(question: str, short: str | None) -> None:
    text = ("Final\n\nZalgiris Kaunas won the EuroLeague on Sunday, beating Real Madrid 81-79.\n\nEvans, an "
            "American guard, finished with 24 points and was named the Final Four's most valuable player.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_name_with_a_number_word_is_no_persons() -> None:
    # newcomer trial 81: "Class One" in the lead is no name of the "17-year-old sprinter" the next sentence names
    text = ("Record\n\nA 17-year-old sprinter from Mountain View College broke one of the oldest records at the "
            "national championships on Saturday, winning the boys' Class One 400 metres in 45.21 seconds. Deshawn "
            "Reid knocked 0.14 seconds off the mark set in 2003 by Andre Mullings, who went on to run at two "
            "Olympic Games.")
    a = answer("What time did Deshawn Reid run to win the 400 metres?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "45.21 seconds"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: the rank may stand before the place that qualifies the role
    ("How long was the former Campinas mayor sentenced to?", "11 years and four months"),
    ("How long was the Campinas mayor sentenced to?", None),
])
def test_a_rank_before_the_roles_place(question: str, short: str | None) -> None:
    text = ("Court\n\nA federal court on Friday sentenced Roberto Vasconcelos, the former mayor of Campinas, to 11 "
            "years and four months in prison for accepting bribes.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_the_place_based_company_is_the_one_named() -> None:
    # newcomer trial 81: "The Osaka-based company" is the company the lead names
    text = ("Results\n\nHoshida Electric Co said on Thursday its operating profit rose 38% in the quarter.\n\nRevenue "
            "climbed 14% to 1.21 trillion yen.\n\nThe Osaka-based company raised its full-year operating profit "
            "forecast to 540 billion yen from 480 billion yen.")
    a = answer("What is Hoshida's new full-year profit forecast?", Corpus.from_text(text, name="t"))
    assert a.short_answer is not None and a.short_answer.startswith("540 billion yen")


@pytest.mark.parametrize("question", [
    # newcomer trial 81: "the experimental vaccine" is the "Lassa fever vaccine" named before; "by U.S.-based IAVI"
    # gives the agent
    "Who developed the Lassa vaccine being tested?", "Who developed the vaccine?",
])
def test_the_vaccine_named_before_and_a_based_agent(question: str) -> None:
    text = ("Trial\n\nNigeria began the country's first large-scale trial of a Lassa fever vaccine on Tuesday.\n\n"
            "The trial will enrol 4,000 adults. Half will receive the experimental vaccine, developed by U.S.-based "
            "IAVI, and half a placebo.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "IAVI"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: not the 11 infected: "two of whom had died" (the story-topic rule that let "of Lassa fever"
    # pass far from its name was taken out: it cost two unread held-out sets)
    ("How many health workers have died this year?", "two"),
    ("How many health workers have died of Ebola this year?", None),
    ("How many health workers were infected?", "11"),
])
def test_a_part_of_a_whole_does_the_deed_asked(question: str, short: str | None) -> None:
    text = ("Nigeria opens Lassa fever vaccine trial\n\nNigeria began its first trial of a Lassa fever vaccine on "
            "Tuesday. Lassa fever has killed 118 people this year.\n\nThe trial will enrol 4,000 adults.\n\nHe said "
            "11 health workers had been infected this year, two of whom had died.\n\nLassa is spread by rats.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: "The Italian, 56," is the person the sentence before named
    ("How old is Trinchieri?", "56"),
    ("Where did Trinchieri coach before?", None),  # not "Kaunas"
    ("How old is Chus Mateo?", None),
])
def test_the_demonym_stands_for_the_person_named_before(question: str, short: str | None) -> None:
    text = ("Final\n\nZalgiris won the EuroLeague on Sunday.\n\nReal coach Chus Mateo said his players had lost their "
            "composure.\n\nZalgiris coach Andrea Trinchieri said his team had refused to die. The Italian, 56, took "
            "over the club in 2024.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize("question", [
    # newcomer trial 81: an acronym the text only spells out ("most valuable player"), and "Who was named ...?"
    # asks a person, not the name given
    "Who was the MVP?", "Who was named MVP?", "Who was named most valuable player?",
])
def test_an_acronym_spelt_out_and_who_was_named(question: str) -> None:
    text = ("Final\n\nZalgiris Kaunas won the EuroLeague on Sunday, beating Real Madrid 81-79 after Keenan Evans hit "
            "a three-pointer.\n\nEvans, an American guard, finished with 24 points and was named the Final Four's "
            "most valuable player.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "Keenan Evans"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: net profit is no operating profit
    ("What was Hoshida's net profit for the quarter?", None),
    ("How much did the weaker yen add to operating profit?", "about 9 billion yen"),
])
def test_a_kind_of_profit_is_not_another(question: str, short: str | None) -> None:
    text = ("Results\n\nHoshida Electric Co said its sales rose 14% in the quarter.\n\nChief Financial Officer Aiko "
            "Tanabe said the weaker yen had added about 9 billion yen to quarterly operating profit.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_an_opening_preposition_is_no_part_of_a_name() -> None:
    # newcomer trial 81: "Under Brazilian law" made "Under Brazilian" a name, and "Brazilian" its surname
    text = ("Court\n\nA Brazilian federal court on Friday sentenced Roberto Vasconcelos to 11 years in prison.\n\n"
            "Judge Mariana Lopes of the 9th Federal Criminal Court found that Vasconcelos received bribes.\n\nUnder "
            "Brazilian law, a sentence of more than eight years must begin in a closed prison.")
    a = answer("Which judge sentenced Vasconcelos?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "Mariana Lopes"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: "will enrol 4,000 adults" counts the volunteers ("enrol", unknown to the lexicon, is a
    # verb after "will"; adults are people in general)
    ("How many volunteers will the vaccine trial enrol?", "4,000 adults"),
    ("How many volunteers received their shots on Tuesday?", "120"),
])
def test_adults_enrolled_count_the_volunteers(question: str, short: str) -> None:
    text = ("Trial\n\nNigeria began a trial of a Lassa fever vaccine on Tuesday.\n\nThe trial, led by the Irrua "
            "Specialist Teaching Hospital, will enrol 4,000 adults aged 18 to 70.\n\nOkogbenin said the first 120 "
            "volunteers received their shots on Tuesday morning.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # newcomer trial 81: "treated Lassa with one drug" does not name the drug
    ('"For fifty years we have treated Lassa with one drug and a prayer," said Dr. Sylvanus Okogbenin.',
     "What drug is used to treat Lassa fever?", None),
    ("About 54,000 salmon escaped from a fish farm after a storm tore a hole in one of its net pens.",
     "What tore the hole in the net pen?", "a storm"),
])
def test_one_thing_of_the_kind_asked_is_not_named(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


def test_a_predicate_says_what_its_subject_is() -> None:
    # end-of-session check: "It is a theoretical device that ..." names it by its subject (a SQuAD dev question
    # abstained with the rule above)
    text = "Machines\n\nIt is a theoretical device that manipulates symbols, attributed to Alan Turing."
    a = answer("What theoretical device is attributed to Alan Turing?", Corpus.from_text(text, name="t"))
    assert not a.abstained


@pytest.mark.parametrize("question", [
    # break-it trial 82: in a takeover story "The Texas-based company" may be either company
    "How many people does Kaneda employ?", "What were Kaneda's sales last year?",
])
def test_a_place_based_company_after_two_is_neither(question: str) -> None:
    text = ("Kaneda to buy U.S. valve maker\n\nKaneda Industries said on Monday it would buy Brazos Valve Inc for $1.2 "
            "billion. Kaneda makes pumps in Nagoya.\n\nThe Texas-based company employs 3,000 people and had sales of "
            "$410 million last year.")
    assert answer(question, Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize("other", [
    # break-it trial 82: another vaccine near the best sentence is no "Lassa vaccine"
    "Many health workers have already received the Ebola vaccine, developed by Merck, during earlier outbreaks.",
    "The rival vaccine, developed by Merck, is still in early testing.",
    # break-it trial 83: a noun or a comparative between is another vaccine too
    "Many health workers have already received the measles vaccine, developed by Merck, during earlier outbreaks.",
    "The older vaccine, developed by Merck, is still in early testing.",
])
def test_another_vaccine_is_not_the_one_asked(other: str) -> None:
    text = ("Nigeria starts vaccine trial\n\nNigeria began the country's first large-scale trial of a Lassa fever "
            f"vaccine on Tuesday.\n\nThe trial will enrol 4,000 adults in Edo and Ondo states.\n\n{other}")
    assert answer("Who developed the Lassa vaccine?", Corpus.from_text(text, name="t")).abstained


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 82: the story's topic is not near a sentence whose deed has its own subject; and the whole
    # counted is the answer when its own verb is the one asked
    ("Nigeria opens Lassa fever vaccine trial\n\nNigeria began its first trial of a Lassa fever vaccine on Tuesday. "
     "Lassa fever is endemic in the country.\n\nThe trial will enrol 4,000 adults.\n\nMeanwhile, measles has killed "
     "300 children this year, the health minister said.\n\nLassa is spread by rats.",
     "How many children has Lassa fever killed this year?", None),
    ("Outbreak\n\nThe outbreak has killed 400 people, 150 of whom died in hospital, the ministry said on Monday.",
     "How many people have died in the outbreak?", "400"),
])
def test_topic_and_parts_narrowed(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 82: "The Italian, 23," after two people stands for neither; any people's noun before an age
    ("Novak Djokovic lost to Jannik Sinner in the semi-final on Friday. The Italian, 23, will play in his first "
     "Wimbledon final on Sunday.", "How old is Djokovic?", None),
    ("Novak Djokovic lost to Jannik Sinner in the semi-final on Friday. The Italian, 23, will play in his first "
     "Wimbledon final on Sunday.", "When will Djokovic play in the final?", None),
    ("Scottie Scheffler won the Masters on Sunday. The American, 27, finished four shots clear.",
     "How old is Scheffler?", "27"),
])
def test_a_peoples_noun_and_an_age_narrowed(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"Sport\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 82: "pretax" is "pre-tax"; a side clause's operating profit does not veto the profit asked
    ("Kestrel Foods said on Tuesday its pre-tax profit rose 9% to 412 million pounds in the year to March.",
     "What was Kestrel's pretax profit?", "412 million pounds"),
    ("Hoshida Electric Co said on Thursday that profit attributable to shareholders rose 21% to 310 billion yen in "
     "the quarter, while operating profit slipped 2%.", "What was Hoshida's net profit for the quarter?",
     "310 billion yen"),
])
def test_kinds_of_profit_narrowed(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(f"Results\n\n{text}", name="t")).short_answer == short


def test_an_acronym_spelt_out_before_a_skipped_word() -> None:
    # break-it trial 82: "most valuable player for the second year" spells MVP once, not twice ("... player for")
    text = ("Final\n\nZalgiris Kaunas won the EuroLeague on Sunday after Keenan Evans hit a three-pointer.\n\nEvans, "
            "an American guard, was named most valuable player for the second year running.")
    assert answer("Who was the MVP?", Corpus.from_text(text, name="t")).short_answer == "Keenan Evans"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: "How many died?" counts no noun "died", and "two families" is the whole the nine are of
    ("How many died in Kiangan?", "nine members"),
    ("How many families lost members in Kiangan?", "two"),
])
def test_the_count_of_a_whole_after_of(question: str, short: str) -> None:
    text = ("Typhoon\n\nIn the town of Kiangan, nine members of two families died when a hillside collapsed onto their "
            "homes before dawn, police said.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 79: "22 wins" counts the games won, "4 losses" the games lost
    ("How many regular-season games did the Gulls win?", "22"),
    ("How many regular-season games did the Gulls lose?", "4 losses"),
    ("How many goals did the Gulls concede?", None),
])
def test_results_count_the_games_won_or_lost(question: str, short: str | None) -> None:
    text = "Final\n\nThe Gulls finished the regular season with 22 wins, 6 draws and 4 losses."
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 79: "before this year" frames the question; "this year" itself is still checked
    ("When did the Gulls last win the league before this year?", "1973"),
    ("How many goals did the Gulls score this year?", None),
])
def test_before_this_year_is_a_frame(question: str, short: str | None) -> None:
    text = ("Final\n\nThe Gulls beat the Miners 3-1 on Sunday.\n\nThe last time the Gulls won the league was in 1973, "
            "when the team played in a stadium with room for just 9,000 people. They scored 40 goals in 1973.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # newcomer trial 79: "an outside supplier" does not name who supplied it
    ("Brightline chief executive Marcus Feld said a hinge made by an outside supplier had been found to weaken.",
     "Which company supplied the faulty hinge?", None),
    ("Brightline said the hinge came from its supplier, Larkspur Brands, which makes parts in Ohio.",
     "Which company supplied the faulty hinge?", "Larkspur Brands"),
])
def test_an_unnamed_doer_by_its_verbs_noun(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"Recall\n\n{text}", name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 81: "led 70-61 with six minutes to play" is a score on the way, not the final one;
    # the tally "beating Real Madrid 81-79" is the score asked, though it does not say "score" (trial 85)
    ("What was the score?", "81-79"),
    ("What was the score in the final?", "81-79"),
    ("What was the score with six minutes to play?", "70-61"),
])
def test_a_score_on_the_way_is_not_the_score(question: str, short: str | None) -> None:
    text = ("Final\n\nZalgiris Kaunas won the EuroLeague on Sunday, beating Real Madrid 81-79 in the final.\n\nReal "
            "Madrid led 70-61 with six minutes to play after a run inspired by Mario Hezonja, who scored 21 points.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question"), [
    # break-it trial 83: another "profit" word does not switch the kind check off
    ("Kestrel Foods said on Tuesday its operating profit fell 12% to 40 million pounds, after a profit warning in "
     "July.", "What was Kestrel's net profit?"),
    ("Kestrel Foods said on Tuesday its underlying profit rose 5% to 300 million pounds, though profits at its bakery "
     "unit fell.", "What was Kestrel's pre-tax profit?"),
])
def test_kinds_of_profit_not_switched_off(text: str, question: str) -> None:
    assert answer(question, Corpus.from_text(f"Results\n\n{text}", name="t")).abstained


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 83: "150 of whom died in hospital" is the count asked when the question says where
    ("Outbreak\n\nThe outbreak has killed 400 people, 150 of whom died in hospital, the ministry said on Monday.",
     "How many people died in hospital?", "150"),
])
def test_topic_and_parts_narrowed_again(text: str, question: str, short: str) -> None:
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 83: adults count no women; "one prize, the Booker" names it; "of 40 nations" counts countries
    ("Rescuers evacuated 600 adults and 250 children from flooded villages on Sunday.", "How many women were "
     "evacuated?", None),
    ("The novelist won one prize, the Booker, in 2019, and was shortlisted twice more.",
     "What prize did the novelist win in 2019?", "Booker"),
    ("Some 2,000 athletes of 40 nations will compete in Santiago, organisers said on Friday.",
     "How many countries will compete?", "40"),
])
def test_narrowed_after_trial_83(text: str, question: str, short: str | None) -> None:
    a = answer(question, Corpus.from_text(f"News\n\n{text}", name="t"))
    assert (a.short_answer or "").removeprefix("the ") == (short or "")


@pytest.mark.parametrize(("text", "question", "short"), [
    # break-it trial 83: "with Inter Miami" is no second person for "The Argentine, 36,"; "clear of Ludvig Aberg"
    # names another; places in the lead are no second company
    ("Lionel Messi signed a new contract with Inter Miami on Friday. The Argentine, 36, will stay until 2026.",
     "How old is Messi?", "36"),
    ("Scottie Scheffler won the Masters on Sunday. The American, 27, finished four shots clear of Ludvig Aberg.",
     "How old is Aberg?", None),
    ("Brazos Valve Inc said in New York on Monday its quarterly sales rose 8% as drillers in the Permian Basin "
     "ordered more equipment.\n\nThe Texas-based company employs 3,000 people.",
     "How many people does Brazos Valve employ?", "3,000"),
])
def test_referents_and_companies_after_trial_83(text: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(f"News\n\n{text}", name="t")).short_answer == short


def test_a_club_named_for_its_town_is_no_place() -> None:
    # newcomer trial 81: "Where was the final played?" answered "Real Madrid" ("with six minutes to play")
    text = ("Zalgiris win EuroLeague\n\nLithuanian club Zalgiris Kaunas won the EuroLeague for the first time in 26 "
            "years on Sunday, beating Real Madrid 81-79 in the final at the Uber Arena after Keenan Evans hit a "
            "three-pointer with 4.1 seconds left.\n\nReal Madrid, chasing a 12th European title, led 70-61 with "
            "six minutes to play after a run inspired by forward Mario Hezonja, who scored 21 points.")
    assert answer("Where was the final played?", Corpus.from_text(text, name="t")).short_answer == "Uber Arena"


@pytest.mark.parametrize("question", ["Who was named MVP?", "Who was named the NBA's most valuable player?"])
def test_a_passive_asked_is_answered_by_the_passives_subject(question: str) -> None:
    # break-it trial 82: "Who was named MVP?" answered "NBA" of "the NBA's most valuable player"
    text = ("Awards\n\nDenver center Nikola Jokic was named the NBA's most valuable player on Wednesday for the third "
            "time. He averaged 26.4 points.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "Nikola Jokic"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 84: an age in apposition to one name is not another's; "48,500 won per share" is money
    ("How old is Rui Teixeira?", None),
    ("How old is Marques?", "52"),
    ("How many people work at Hanseong?", None),
])
def test_apposed_ages_and_won_after_a_figure(question: str, short: str | None) -> None:
    text = ("News\n\nMarques, a 52-year-old former economics professor at the University of Porto, defeated "
            "Socialist Party candidate Rui Teixeira, who won 33.2 percent.\n\nHanseong will pay 48,500 won per "
            "Daebok share, a premium of 34 percent.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 84: a bare count is no percentage
    ("What percentage of participants were women?", None),
    ("What percentage of participants were diagnosed with dementia?", None),
    ("By how much did walking cut the risk of dementia?", "21 percent"),
])
def test_a_bare_count_is_no_percentage(question: str, short: str | None) -> None:
    text = ("Study\n\nPeople who walked at least 7,000 steps a day were 21 percent less likely to develop dementia.\n\n"
            "During that period, 2,113 of the participants were diagnosed with dementia.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_family_name_first_is_the_name_news_uses_alone() -> None:
    # newcomer trial 84: a Korean name is written family name first, and later by that name alone
    text = ("Daebok, founded in 2009 by virologist Choi Min-seo, reported revenue of 612 billion won last year.\n\n"
            "Choi, who owns 22 percent of Daebok, has agreed to sell her stake.\n")
    corpus = Corpus.from_text(text, name="merger")
    a = answer("How much of Daebok does Choi Min-seo own?", corpus)
    assert (a.short_answer, a.citations[0].sentence) == ("22 percent", 1)
    from qa.entities import surname

    assert [surname(n) for n in ("Choi Min-seo", "Tsai Ing-wen", "Adam Smith", "Jean-Pierre Dubois")] == [
        "Choi", "Tsai", "Smith", "Dubois"]


@pytest.mark.parametrize(("question", "short"), [
    ("What was the turnout?", "61 percent"),  # newcomer trial 85: not "roughly 15,500 registered"
    ("What is the deficit?", "$2.4 billion"),
])
def test_what_figure_is_the_one_the_asked_noun_is_said_to_be(question: str, short: str) -> None:
    text = ("Turnout was 61 percent of the roughly 15,500 registered voters. The budget of $9 billion for 2026 "
            "leaves a gap: the deficit stood at $2.4 billion, up from $1.1 billion.")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_games_score_is_its_tally_even_where_no_word_says_score() -> None:
    # newcomer trial 85: "What was the score in the final?" answered "ten minutes", then the score on the way
    text = ("Kumasi Eagles won the Ghana FA Cup on Sunday, beating Cape Coast Mariners 5-4 on penalties.\n\n"
            "About 38,000 fans watched a final that swung twice in the last ten minutes of normal time. Osei scored "
            "in the 81st minute to put his side 2-1 ahead, but Mensah headed in an equaliser.\n")
    a = answer("What was the score in the final?", Corpus.from_text(text, name="t"))
    assert (a.short_answer, a.citations[0].sentence) == ("5-4", 0)


@pytest.mark.parametrize(("question", "short"), [
    ("By how many votes did Faasavalu win?", "212"),  # newcomer trial 85: not her total, 4,386
    ("By how much did turnout rise?", "4 points"),  # a change verb's figure is by how much
])
def test_by_how_many_asks_for_the_margin(question: str, short: str) -> None:
    text = ("Leota Malae Faasavalu was elected chair of the council on Saturday, defeating Tuilagi Sione by 212 votes."
            "\n\nFaasavalu, 47, won 4,386 votes to Tuilagi's 4,174, the commission said. Turnout rose 4 points.\n")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


def test_a_pronoun_after_quotes_and_pronouns_stands_for_the_person_they_do() -> None:
    # newcomer trial 85: "She has promised ..." came three sentences after the last one naming her
    text = ("Mere Tautai was elected mayor on Saturday. Tautai ran as an independent.\n\n"
            "She worked for 20 years at a hospital before entering politics. \"People are tired of floods,\" she "
            "said. \"Our drains were built for a smaller town.\" She has promised to clear the main drains within "
            "100 days.\n")
    corpus = Corpus.from_text(text, name="t")
    a = answer("What did Tautai promise?", corpus)
    assert a.citations[0].sentence == 5 and "clear the main drains" in a.text
    from qa.facts import facts_for

    assert facts_for(corpus).referent(corpus.sentences["t"][5])[1] == "Mere Tautai"
    # a pronoun of the other gender does not go on about her
    other = Corpus.from_text("Mere Tautai won. Tautai ran alone.\n\nShe worked at a hospital. \"We won.\" "
                             "\"It rained.\" \"Floods.\" He has promised to appeal.\n", name="u")
    assert facts_for(other).referent(other.sentences["u"][6]) is None


@pytest.mark.parametrize(("question", "short"), [
    ("Who scored the Eagles' equaliser?", "Yaw Mensah"),  # newcomer trial 85: not the striker of the other clause
    ("Who scored in the 81st minute?", "Kwabena Osei"),  # the clause that holds the rest keeps its subject
])
def test_the_subject_asked_is_in_the_clause_with_the_asked_object(question: str, short: str) -> None:
    text = ("Mariners striker Kwabena Osei, 22, scored in the 81st minute to put his side 2-1 ahead, but Eagles "
            "defender Yaw Mensah headed in an equaliser in the 88th minute.\n")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == short


@pytest.mark.parametrize(("question", "short"), [
    ("How much did Tanaka bet?", "about 3 million yen"),  # held-out set 119: a bet is a wager
    ("Did Tanaka gamble?", "Yes"),
    ("Why did Tanaka start betting?", None),  # "to cope with ..." is a purpose: the sentence is the answer
])
def test_betting_words_and_coping_as_a_purpose(question: str, short: str | None) -> None:
    text = ("Kenji Tanaka was suspended on Monday.\n\nTanaka began betting to cope with boredom while recovering "
            "from a knee injury. He had wagered about 3 million yen over 14 months.\n")
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short
    assert a.citations[0].text.startswith("He had wagered" if "much" in question else "Tanaka began betting")


def test_a_when_question_takes_the_date_that_follows_its_verb() -> None:
    # newcomer trial 86 (its story, written for the trial): the vote's day ("on Tuesday approved") is not when
    # the charge starts ("..., starting on Feb. 1, 2026")
    text = (Path(__file__).parent / "data" / "trial86-bogota-congestion-charge.txt").read_text(encoding="utf-8")
    corpus = Corpus.from_text(text, name="t")
    assert answer("When does the congestion charge start?", corpus).short_answer == "Feb. 1, 2026"
    assert answer("When did the council approve the congestion charge?", corpus).short_answer == "Tuesday"


@pytest.mark.parametrize("question", ["When did the collision take place?", "When did the collision happen?"])
def test_the_one_thing_asked_is_not_the_plural_spoken_of_in_general(question: str) -> None:
    # newcomer trial 86 (its story): "the collision" is the one the story is about, not "collisions involving
    # small fishing boats rose 23% last year"
    text = (Path(__file__).parent / "data" / "trial86-philippines-fishing-boat-ruling.txt").read_text(encoding="utf-8")
    assert answer(question, Corpus.from_text(text, name="t")).short_answer == "Aug. 11, 2022"
