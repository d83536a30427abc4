"""The yes/no verdict (qa.verdict): "Yes", "No" or None from the answering sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import Corpus, answer
from qa.question import analyze
from qa.verdict import verdict

CASES = [
    # newcomer trial 86: after "will", a verb the tagger reads as a noun ("appeal") is still the verb asked
    ("Will Visayan Cargo Lines appeal?", "Visayan Cargo Lines Inc. said in a statement that it would appeal.", "Yes"),
    # held-out set 119 (development): keeping and losing are opposites; to own a stake is to hold one
    ("Will Mori keep his rank?", "Mori will lose his rank, the board said.", "No"),
    ("Does the state own a stake in Acme?", "The state holds no stake in Acme Corp., the ministry said.", "No"),
    # the verb said: yes
    ("Has the city managed to reduce overall water consumption since 2023?",
     "Haskins rejected the criticism, saying the city had cut total consumption by 28% since 2023.", "Yes"),
    ("Did shares in Aurora's parent go up?",  # "go up" ends the question: no preposition before a verb
     "Shares in Aurora's parent, Nordic Maritime Holdings Plc, rose 6.4% to €14.20 in Helsinki on Thursday.", "Yes"),
    ("Did shares in Aurora's parent company go up after the deal was announced?",
     "Shares in Aurora's parent, Nordic Maritime Holdings Plc, rose 6.4% to €14.20 in Helsinki on Thursday.", "Yes"),
    ("Will Central Library keep its opening hours?",
     "Central Library, the city's flagship, will keep its current hours.", "Yes"),
    ("Did the council approve the plan?", "The council approved the plan on Monday by seven votes to two.", "Yes"),
    ("Has the tear in the net been mended?",  # set 93: mend ~ repair
     "She said divers had repaired the 6-metre tear by Thursday evening.", "Yes"),
    # development set 111: a currency that gained has not weakened
    ("Has the peso weakened against the dollar?", "The peso has gained about 11% against the dollar over the past "
     "12 months.", "No"),
    ("Has the peso strengthened against the dollar?", "The peso weakened 4% against the dollar this year.", "No"),
    ("Has the peso weakened against the dollar?", "The peso weakened 4% against the dollar this year.", "Yes"),
    # newcomer trial 74: a verb the tagger reads as a noun, after do-support and the subject
    ("Did the judge order refunds?", "The judge ordered refunds for all 412 families.", "Yes"),
    ("Did Fillmore vote for the ferry?", "Fillmore voted for the ferry on Tuesday.", "Yes"),
    ("Did Sentosa Infra's share price rise on the news?", "Shares in Sentosa Infra fell 3.2% on the news.", "No"),
    # the verb negated, refused, not yet done: no
    ("Did the judge order refunds?", "The judge declined to order refunds.", "No"),
    ("Do season-ticket holders have to buy new passes?",
     "The operator said season-ticket holders would not have to buy new passes.", "No"),
    ("Is the Senate able to stop the pension reform from becoming law?",
     "The Senate can delay the law by up to two months but cannot block it, and the Congress has the final word.",
     "No"),
    ("Will private schools give parents back the fees they paid for May?",
     "He said his members supported the closure but would not refund fees already paid for May.", "No"),
    ("Did the governor sign the bill?", "The governor declined to sign the bill on Friday.", "No"),
    ("Did Ellery plead guilty?", "Ellery has pleaded not guilty to all seven counts.", "No"),  # trial 54
    ("Was Ana Cruz found guilty?", "Ana Cruz was found not guilty on Friday.", "No"),
    ("Did Estonia ever beat Valdoria before?", "Estonia had never before beaten Valdoria.", "No"),  # trial 53
    ("Have all the details of the deal been settled?", "Many details of the deal have yet to be finalized.", "No"),
    # the opposite said: no
    ("Did Sentosa Infra's share price rise on the news?",
     "Shares in Sentosa Infra Holdings Bhd fell 3.2% to 1.82 ringgit in Kuala Lumpur trading on Monday.", "No"),
    ("Did the union accept the offer?", "The union rejected the offer on Tuesday.", "No"),
    ("Has the dispute been resolved?", "The dispute remains unresolved, officials said.", "No"),
    ("Did the talks produce a breakthrough?", "Officials said no breakthrough had been reached.", "No"),
    ("Was anyone injured in the fire?", "No injuries were reported, he said.", "No"),  # set 89: no verb asked
    ("Are nurses going to be laid off?",  # break-it trial 54: laid off ~ layoffs
     "A spokeswoman, Maria Delgado, said no layoffs of nurses or other bedside staff were planned.", "No"),
    # open: a hedge, both polarities, another thing, a negated opposite, a negated question, a "whether"
    ("Was the painting insured when it was stolen?",
     "The group has cyber insurance, but she would not say whether the policy covers ransom payments.", None),
    ("Did the council approve the plan?", "The council is expected to approve the plan next week.", None),
    ("Did the company cut jobs?", "The company said it could cut jobs if sales keep falling.", None),
    ("Did the team win?", "The team, which won the cup last year, lost 2-1 on Sunday.", None),
    ("Will older riders and students have to pay the higher fare?",
     "Riders over 65 and students will continue to pay a reduced fare of 90 cents.", None),
    ("Will Fuentes meet South Korea's president during the trip?",
     "Fuentes will meet her South Korean counterpart on Tuesday.", None),
    ("Did the price rise?", "The price did not fall.", None),
    ("Didn't the mayor resign?", "The mayor resigned on Friday.", None),
    ("Will the NZ$4.3 million the company earned from the fraud be recovered?",
     "The ministry said the fraud brought the company about NZ$4.3 million in extra revenue.", None),
    ("Did the board raise the dividend?", "The bank raised the dividend but did not raise its forecast.", None),
    ("Does Ms. Ortiz expect the factory to close?",
     "Ms. Ortiz expects the factory to hire 200 workers next year.", None),
    # a named subject of the kind asked: an apposition, a copula or a title before the name (break-it trial 55);
    # a "former" one is no longer one, and another kind said is no denial
    ("Is Hale a former police captain?", "Hale, a former police captain, had been heavily favored.", "Yes"),
    ("Was Ortega a council member?", "City Council member Sofia Ortega was elected mayor on Tuesday.", "Yes"),
    ("Is Hale a police captain?", "Hale, a former police captain, had been heavily favored.", None),
    ("Is Hale a police captain?", "Retired police captain Gregory Hale spoke on Monday.", None),
    ("Is Hale a firefighter?", "Hale, a former police captain, had been heavily favored.", None),
    ("Is Ortega a former police captain?", "Hale, a former police captain, had been heavily favored.", None),
    # code review 56: a kind said of someone else, or made another by a word before it, is no Yes
    ("Is Hale a police captain?", "Gregory Hale, a police captain's son, spoke on Monday.", None),
    ("Is Hale a senator?", "Tom Hale, an aide to Senator Maria Lopez, resigned.", None),
    ("Is Ruiz a police officer?", "Retired Chicago police officer Ana Ruiz testified on Monday.", None),
    ("Is Ruiz a police officer?", "Ex-police officer Ana Ruiz testified on Monday.", None),
    ("Is Ruiz a police officer?", "Ruiz was a police officer for 20 years before she retired.", None),
    ("Is Luis Ortega a council member?", "Maria Ortega, a council member, praised her brother Luis Ortega.", None),
    ("Is Hale a smuggler?", "Tom Hale, a suspected smuggler, was arrested on Friday.", None),
    ("Is Lopez a Democrat?", "Ana Lopez, a Democrat, won the seat.", "Yes"),
    ("Is Ortega the mayor?", "Mayor Sofia Ortega opened the bridge.", "Yes"),
    ("Is Smith a Democrat?", "Representative Adam Smith, the top Democrat on the committee, spoke.", "Yes"),
    # held-out set 98 (development): "roll back" is a reversal
    ("Is the city going to roll back the parking fee increase?",
     "The city said on Monday that it would not reverse the increase.", "No"),
    ("Did the government roll back the tax?", "The government reversed the tax in March.", "Yes"),
    # code review 60: the kind must end its phrase; a noun after it, or a source's "said", makes it another thing
    ("Is Maria Diaz a patient?", "Maria Diaz, the patient advocacy group's director, said the hospital lied.", None),
    ("Is Reed a coach?", "Reed, the coach said, will miss Saturday's game.", None),
    ("Is Mark Reed a mayor?", "The deal was signed in 2009 by Mark Reed, the then mayor of Dover.", None),
    ("Is Tom Reed a doctor?", "Tom Reed, the doctor who treated the victims, spoke on Monday.", "Yes"),
    ("Was the minister captured?", "The minister caught a flight to Geneva on Monday.", None),  # catch: many senses
    ("Has the tear in the net been repaired?", "Divers have repaired the tear.", "Yes"),  # "has been": a passive
    # a relative clause or a described event still tells the deed (code review 56)
    ("Did the council approve the budget?", "The budget, which the council approved on Monday, raises taxes.", "Yes"),
    ("Did the rebels seize the town?", "Witnesses described how the rebels seized the town.", "Yes"),
    ("Did the mayor leak the report?", "Reporters pressed the mayor on who had leaked the report.", None),
    # an embedded question tells nothing of the deed: it is only asked, or said of others (set 93)
    ("Has Joaquim Teixeira already sold most of this year's grapes?",
     "He declined to say how much of this year's crop he had already sold.", None),
    ("Has Akosua Boateng sold her cocoa to buyers across the border?",
     "In Sefwi Wiawso, a cocoa town near the Ivorian border, farmer Akosua Boateng, 47, said she understood why "
     "her neighbours sold across the border.", None),
]


@pytest.mark.parametrize(("question", "sentence", "expected"), CASES)
def test_verdict(question: str, sentence: str, expected: str | None) -> None:
    assert verdict(analyze(question), sentence) == expected


STORY = """Toll operator's shares fall after freeze

KUALA LUMPUR — The government froze a planned toll increase on Monday.

Shares in the operator's parent, Sentosa Infra Holdings Bhd, fell 3.2% to 1.82 ringgit in trading on Monday.

The operator said season-ticket holders would not have to buy new passes."""


def test_answer_gives_the_verdict_as_short_answer() -> None:
    corpus = Corpus.from_text(STORY, name="toll")
    a = answer("Did Sentosa Infra's share price rise on the news?", corpus)
    assert not a.abstained and "fell 3.2%" in a.citations[0].text and a.short_answer == "No"
    a = answer("Do season-ticket holders have to buy new passes?", corpus)
    assert "would not have to buy" in a.citations[0].text and a.short_answer == "No"


def test_alternative_question_names_the_side_the_sentence_tells() -> None:
    # both sides asked: "fell" answers "rise or fall?" (no contrast), and the alternative is "fall"
    corpus = Corpus.from_text(STORY, name="toll")
    a = answer("Did shares in Sentosa Infra rise or fall?", corpus)
    assert not a.abstained and "fell 3.2%" in a.citations[0].text and a.short_answer == "fall"


#: Code review 53 (tests/data/review53_verdict.json): the verdict's wrong "Yes"/"No" found by a reviewer, each
#: now right or no verdict at all ("Did Spain win?" against "Portugal won ... against Spain" and "Did the
#: senator deny taking money?" give none; a wrong verdict is worse than none).
_REVIEW_53 = json.loads((Path(__file__).parent / "data" / "review53_verdict.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _REVIEW_53, ids=[c["question"] + " / " + c["text"][:30] for c in _REVIEW_53])
def test_code_review_53_verdicts(case: dict) -> None:
    assert verdict(analyze(case["question"]), case["text"]) == case["verdict"]


def test_denying_misconduct_answers_admitting_wrongdoing_no() -> None:
    # break-it trial 69: wrongdoing ~ misconduct, and to deny is the opposite of to admit
    text = "Okafor's lawyer, Gregory Tate, said his client \"categorically denies any intentional misconduct\"."
    assert answer("Does Okafor admit wrongdoing?", Corpus.from_text(text, name="t")).short_answer == "No"
