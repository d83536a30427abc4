"""Runner-ups (qa.runner_up): the candidate that answers when the best one does not."""

from __future__ import annotations

import pytest

from qa import Corpus, answer


@pytest.mark.parametrize(("text", "question", "short"), [
    # development set 80: the lead's date is when the recount was ordered; the next one says when it begins
    ("Ghana orders full recount in disputed Odumase West by-election\n\nACCRA, Ghana (AP) — Ghana's Electoral "
     "Commission on Thursday ordered a full recount of ballots in the Odumase West constituency, where just 37 votes "
     "separated the two leading candidates in last week's parliamentary by-election.\n\nThe commission's deputy "
     "chairperson, Abena Owusu-Darko, said the recount would begin on Monday at the regional collation center in "
     "Koforidua and would be watched by agents of both parties.\n\n\"The only way to settle this is to count every "
     "ballot again, in public,\" she told a news conference in Accra.",
     "On what day is the recount of ballots set to start?", "Monday"),
    # development set 81: the sum paid last year, and the sum the operator will seek
    ("The operator of a busy expressway said on Monday it would seek 1.3 billion ringgit in compensation after the "
     "government blocked a toll rise.\n\nThe government paid 410 million ringgit in toll compensation to highway "
     "operators last year, Lim said.", "How much compensation is the highway operator seeking?",
     "1.3 billion ringgit"),
    # the verb of a clause other than the question's own ("when the bridge came down") is not the deed asked
    ("A commission investigating the collapse of a road bridge that killed seven people in May reported on Monday."
     "\n\nThe decisive votes came from the two deputies of the island party.",
     "How many people lost their lives when the bridge came down?", "seven people"),
])
def test_a_close_runner_up_that_tells_the_deed_asked(text: str, question: str, short: str) -> None:
    a = answer(question, Corpus.from_text(text, name="t"))
    assert not a.abstained and a.short_answer == short


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
