"""Runner-ups (qa.runner_up): the candidate that answers when the best one does not."""

from __future__ import annotations

import pytest

from qa import Corpus, answer

_LEAD = ("Finnish shipbuilder Aurora Marine Yards Oy has won an order worth about €1.8 billion to build two cruise "
         "ships for U.S.-based Halcyon Cruise Lines Inc., the companies said on Thursday.\n\n")


@pytest.mark.parametrize(("second", "question", "short"), [
    # code review 50: the office must be of the company asked, by possessive or "of"
    ("Rebecca Thornhill, Halcyon's president and chief executive, said the yard had won.", "Who runs Halcyon Cruise "
     "Lines?", "Rebecca Thornhill"),
    ("Rebecca Thornhill, the cruise line's president and chief executive, said the yard had won.",
     "Who runs Halcyon Cruise Lines?", "Rebecca Thornhill"),
    ("Mikko Rantanen, Aurora's president and chief executive, said the order would secure 2,000 jobs.",
     "Who runs Halcyon Cruise Lines?", None),
    ("Mikko Rantanen, the yard's president and chief executive, said the order would secure 2,000 jobs.",
     "Who runs Halcyon Cruise Lines?", None),
    ("Mikko Rantanen, chief executive of Aurora, said the order would secure 2,000 jobs.",
     "Who runs Halcyon Cruise Lines?", None),
    # "Who is the president of X?": "X's president" names the holder
    ("Rebecca Thornhill, Halcyon's president, said the yard had beaten competitors in Italy.",
     "Who is the president of Halcyon Cruise Lines?", "Rebecca Thornhill"),
])
def test_an_office_of_the_company_asked(second: str, question: str, short: str | None) -> None:
    assert answer(question, Corpus.from_text(_LEAD + second, name="t")).short_answer == short


@pytest.mark.parametrize(("second", "short"), [
    # code review 50: the next sentence's figure is next year's, not this weekend's
    ("Organizers expect 40,000 people at next year's festival.", None),
    ("About 25,000 people attended, organizers said.", "About 25,000 people"),
])
def test_the_next_sentence_answers_only_of_the_time_asked(second: str, short: str | None) -> None:
    text = f"The Nordic jazz festival returned to Bergen this weekend. {second}"
    a = answer("How many people attended the Nordic jazz festival this weekend?", Corpus.from_text(text, name="t"))
    assert a.short_answer == short


def test_a_span_from_one_date_to_another_tells_when_it_began() -> None:
    # development set 80: "from mid-2021 to early 2024" tells when it began
    text = ("Judge Helen Marsh said the company had engaged in fraudulent trading over nearly three years, from "
            "mid-2021 to early 2024.")
    a = answer("When did the fraudulent trading begin?", Corpus.from_text(text, name="t"))
    assert not a.abstained and a.citations[0].text == text


def test_how_much_of_a_thing_takes_the_sentence_that_measures_it() -> None:
    # break-it trial 51: "How much rock fell?" was answered by "overnight stays ... fell by 38 percent"
    text = ("About 45,000 cubic meters of rock came down above the Brandegg tunnel in the early hours of Sept. 17."
            "\n\nThe local tourism association estimated that overnight stays in Wengernalp fell by 38 percent between "
            "October and March.")
    a = answer("How much rock fell?", Corpus.from_text(text, name="t"))
    assert a.short_answer == "About 45,000 cubic meters"
    a = answer("How much snow fell?", Corpus.from_text(text + " Heavy snow fell in January.", name="t"))
    assert a.abstained
