"""Abstention and its exceptions on text the answerer was not written for (rules of qa.abstention)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import Corpus, answer
from qa.analyzer import demonym_of
from qa.asked import asks_who_said, main_verb
from qa.facts import facts_for
from qa.question import analyze


def ask(text: str, question: str):  # noqa: ANN201 - test helper
    return answer(question, Corpus.from_text(text, name="t"))


@pytest.mark.parametrize(("text", "question"), [
    # development set 81: a yes/no question answered "no" by the opposite verb, not abstained on
    ("Shares in the operator's parent, Kestrel Infra Holdings Bhd, fell 3.2% to 1.82 ringgit on Friday.",
     "Did Kestrel Infra's share price rise on the news?"),
    # "go up" is a rise; "rose" its past
    ("Shares in the yard's parent, Baltic Maritime Holdings Plc, rose 6.4% to 14.20 euros on Thursday.",
     "Did shares in the yard's parent company go up after the deal was announced?"),
    # "managed to reduce" asks whether it was reduced; "cut" says so
    ("The mayor said the city had cut total water consumption by 28% since 2023.",
     "Has the city managed to reduce overall water consumption since 2023?"),
])
def test_a_yes_no_question_is_answered_by_its_verb_or_the_opposite(text: str, question: str) -> None:
    a = ask(text, question)
    assert not a.abstained and a.citations[0].text == text


def test_an_opposite_noun_in_a_yes_no_question_is_still_another_thing() -> None:
    # "the rise" is a noun, not the question's predicate: "the fall in fares" tells of something else
    a = ask("The fall in fares pleased commuters across the region, the operator said.",
            "Did the rise in fares anger commuters?")
    assert a.abstained


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development set 81: the deed is told, no reason for it
    ("Norvik Electronics Co., a South Korean maker of gaming monitors, has bought the naming rights to the main "
     "hall.\n\nThe arena opens on Friday.", "Why did Norvik Electronics decide to buy the naming rights?", True),
    # a source named at the end gives no reason either
    ("Harbour Honey Ltd. and its former director, Glen Moss, pleaded guilty to 23 charges, the ministry said.",
     "Why did Glen Moss step down as director?", True),
    # a reason said without "because": a clause with "as", someone's words, the next sentence's cause
    ("Revenue from consumer electronics fell 6% to $640 million as smartphone makers cut orders.",
     "Why did sales from the consumer electronics business decline?", False),
    ("Works Minister Hamid Rahman said last week the increase would be a heavy burden for commuters.",
     "Why did the works minister refuse to allow the higher toll?", False),
    ("The company will close its Ballarat factory.\n\nThe company blamed rising gas prices for the decision.",
     "Why is the Ballarat factory being closed?", False),
])
def test_a_why_question_needs_a_reason_told(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question"), [
    # break-it trial 50: the best sentence itself says it is not known
    ("Chief executive Marta Ruiz declined to say whether the airline would cut more routes later this year.",
     "Will the airline cut more routes later this year?"),
    ("Officials have not said how the lost permit revenue will be replaced, the city said on Monday.",
     "How will the lost permit revenue be replaced?"),
    # ... or the next sentence declines to name whom it speaks of
    ("Three other members of the lab, including two postdoctoral researchers, are also under investigation. "
     "The university did not name them.", "Who are the other lab members under investigation?"),
    # held-out set 89: what investigators will check is not known yet
    ("She said investigators would also check whether the tank had a valid inspection certificate.",
     "Did the leaking tank have a valid inspection certificate?"),
    ("A spokesman said it was too early to say whether the dam would reopen this year.",
     "Will the dam reopen this year?"),
    # break-it trial 54: a thing whose telling is still to come, or that no one said
    ("Neither system said whether any of its hospitals might close.", "Will any of the hospitals be shut down?"),
    ("The merged system will keep both names for its hospitals. Its new name has not been announced.",
     "What will the new system be called?"),
    ("The ferry company will resume sailings in spring, but the date has not been set.",
     "When will the ferry company resume sailings?"),
    # held-out set 90: a plan whose details are refused tells no manner
    ('Crumb & Co. will open its first U.S. store in Boston.\n\nBrennan said the company had "planned for a range of '
     'tariff outcomes" but declined to give details.', "How does Crumb & Co. plan to handle tariffs?"),
])
def test_a_sentence_that_says_it_is_not_known_answers_nothing(text: str, question: str) -> None:
    assert ask(text, question).abstained


def test_details_refused_after_the_means_told_still_answers_how() -> None:
    text = "The company will handle the tariffs by raising prices in its U.S. shops, but it declined to give details."
    assert not ask(text, "How will the company handle the tariffs?").abstained


def test_not_saying_how_many_leaves_how_it_was_done_open() -> None:
    # "did not say how many" is a count untold, not the manner a plain "how" asks
    text = "The council approved the plan by holding a special vote on Monday, but did not say how many attended."
    a = ask(text, "How did the council approve the plan?")
    assert not a.abstained and a.citations[0].text == text


def test_a_refusal_to_name_after_the_noun() -> None:
    # development set 81: "which the company declined to name" follows the noun asked
    text = ("The Silesia Games Arena cost 310 million zlotys to build. It was financed by developer Nowak Capital "
            "Group S.A. and a 120 million zloty loan from a group of three banks, which the company declined to name.")
    assert ask(text, "What are the names of the three banks that lent money for the arena?").abstained
    assert ask(text, "Who financed it besides the banks?").short_answer == "Nowak Capital Group S.A."


def test_the_next_sentence_of_the_paragraph_may_tell_what_the_scene_setter_does_not() -> None:
    # development set 81: the best sentence sets the scene, the next one of its paragraph tells who won
    text = ("The Lakeside Arena opened on Saturday.\n\nTickets for the opening event, the final of the Baltic Masters "
            "league, sold out in 40 minutes when they went on sale in August. Team Sokol beat Varta Gaming 3-1 to "
            "claim the €250,000 prize.")
    a = ask(text, "Which team won the Baltic Masters final on opening night?")
    assert not a.abstained and a.short_answer == "Team Sokol"
    # a next sentence that holds nothing more of the question does not answer in its place
    text = ("Tickets for the opening event, the final of the Baltic Masters league, sold out in 40 minutes when they "
            "went on sale in August. Varta Gaming's coach is Ivan Petrov.")
    assert ask(text, "Which team won the Baltic Masters final on opening night?").abstained


def test_the_next_sentence_s_sum_answers_only_for_the_thing_whose_sum_is_asked() -> None:
    # newcomer trial 71: the revenue the fine is compared with is no size of the fine
    text = ("The fine is the largest the commission has imposed on a financial technology company. It is equal to "
            "about 2.1% of Tillora's global revenue last year, which the company reported as 438 million euros.")
    assert ask(text, "How large was the penalty imposed on Tillora?").abstained
    assert ask(text, "How much revenue did Tillora report last year?").short_answer == "438 million euros"


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 71: the opposition's leader leads no council; the council's leader, cited next, does
    ("Who leads Millbrook's council?", "Priya Ramanathan"),
    ("Who leads the opposition on Millbrook's council?", "Gareth Holloway"),
    ("Who leads Millbrook's fire brigade?", None),
])
def test_the_other_side_s_leader_does_not_lead_what_is_asked(question: str, short: str | None) -> None:
    text = ("Millbrook City Council voted 31 to 18 on Tuesday to approve a congestion charge.\n\n"
            "\"This council cannot wait,\" said council leader Priya Ramanathan.\n\n"
            "Opposition leader Gareth Holloway of the Conservative group said his party would overturn the charge if "
            "it won control of Millbrook's council next year.\n")
    a = ask(text, question)
    assert a.short_answer == short, a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short"), [
    # newcomer trial 71: leading an inquiry into the company is not running it
    ("Who runs Tillora?", "Marcus Lindqvist"),
    ("Who led the investigation into Tillora?", "Fiona Brennan"),
])
def test_leading_something_else_is_no_office_of_what_is_asked(question: str, short: str) -> None:
    text = ("Ireland's Data Protection Commission has fined payments company Tillora 9.2 million euros.\n\n"
            "\"Customers trusted Tillora with their data,\" said Deputy Commissioner Fiona Brennan, who led the "
            "investigation into Tillora's security.\n\n"
            "Tillora, which is based in Dublin and processes payments for about 38,000 small merchants across 11 "
            "countries, said it would appeal. Its chief executive, Marcus Lindqvist, said in a statement that the "
            "company \"takes data protection extremely seriously\" and had spent more than 20 million euros on "
            "security since the incident.\n")
    a = ask(text, question)
    assert a.short_answer == short, a.details["abstain_reason"]


def test_the_next_sentence_declining_to_name_the_participle_modified_noun_asked() -> None:
    # newcomer trial 71: "neighbouring" (a participle the lexicon lacks) is no head noun
    text = ("Neighbouring cooperatives have offered to sell the Vignerons du Val d'Arce some of their surplus grapes, "
            "Batailler said. He declined to name the cooperatives involved.")
    assert ask(text, "Which neighbouring cooperatives offered to sell grapes?").abstained


@pytest.mark.parametrize(("question", "abstains"), [
    # development set 108: a decision still to come leaves the yes/no question open
    ("Will the unions extend the strike into next week?", True),
    ("Did the unions call a strike?", False),  # the deed before the open question is told
])
def test_a_yes_no_question_left_open_by_a_decision_to_come(question: str, abstains: bool) -> None:
    text = ("The unions called a five-day strike on Monday. The unions said they would decide on Thursday whether to "
            "extend the strike into next week.")
    a = ask(text, question)
    assert a.abstained is abstains, a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short"), [
    # development set 108: the deed is told, by whom or with what is not
    ("Was the winning ticket bought by a tourist?", None),
    ("Was the ticket bought with cash?", None),
    ("Was the ticket bought at a lottery shop?", "Yes"),
    ("Was the shop run by María José Fortes?", "Yes"),
])
def test_a_yes_no_question_s_agent_or_means_must_be_told(question: str, short: str | None) -> None:
    text = ("The ticket was bought at Administración No. 4, a small lottery shop on Calle Canalejas run by María José "
            "Fortes, 58, and her son Daniel.")
    a = ask(text, question)
    assert a.short_answer == short and a.abstained is (short is None), a.details["abstain_reason"]


@pytest.mark.parametrize(("question", "short"), [
    # development set 107: one item of the accounts is not another
    ("What was Great Miami's operating margin last year?", None),
    ("What was Great Miami's operating loss last year?", "$42 million"),
    ("What was Scioto Valley's operating margin?", "3.2%"),
])
def test_an_account_item_asked_is_not_another_s_figure(question: str, short: str | None) -> None:
    text = ("Great Miami has been under financial strain. It reported an operating loss of $42 million last year, up "
            "from $17 million in 2024.\n\nScioto Valley posted an operating margin of 3.2%.\n")
    a = ask(text, question)
    assert a.short_answer == short and a.abstained is (short is None), a.details["abstain_reason"]


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 72: leading a general word for the body asked is holding its office
    ("Marcus Lindqvist, who has led the company since 2019, said Tillora would appeal.", "Who runs Tillora?",
     "Marcus Lindqvist"),
    ("Anna Weber, who chairs the board, said the offer undervalued Brightmesh.", "Who chairs Brightmesh?",
     "Anna Weber"),
    # leading an event is a deed, told in other words than the question's
    ("Firefighters led by Captain Ana Ruiz pulled three people from the collapsed building.", "Who led the rescue?",
     "Ana Ruiz"),
    # "plant director": the plant's, not the agency's that speaks in the second sentence
    ("A gas leak at a chemical plant near Rouen forced hundreds from their homes on Monday.\n\nThe Environment "
     "Agency said air quality had returned to normal by evening.\n\n\"We acted quickly,\" said plant director Luc "
     "Martel.", "Who is the director of the Environment Agency?", None),
])
def test_office_holders_after_the_review_of_the_session_s_rules(text: str, question: str, short: str | None) -> None:
    a = ask(text, question)
    assert a.short_answer == short and a.abstained is (short is None), a.details["abstain_reason"]


@pytest.mark.parametrize(("text", "question", "short", "abstains"), [
    # code review 72: the session's rules kept to what they claim
    ("Only one of the largest banks failed the central bank's stress test.",
     "How many of the largest banks failed the stress test?", "one", False),  # "only one of": a count
    ("Sydney recorded 120 millimetres of rain on Sunday.", "How many millimetres of rain did Sydney record?",
     "120 millimetres", False),  # a unit stays
    ("After weighing whether to appeal, Tillora accepted the fine on Monday.", "Did Tillora accept the fine?",
     None, False),  # the deed is told after the question that was open
    ("Shareholders approved the merger at a meeting in Oslo on Tuesday.", "Was the merger approved by investors?",
     "Yes", False),  # the active voice's subject is the doer, in its own words
    ("The airline announced a complete overhaul of its fleet on Monday.",
     "Has the airline finished the overhaul of its fleet?", None, True),  # "complete", an adjective, finished nothing
])
def test_the_session_s_rules_after_their_review(text: str, question: str, short: str | None, abstains: bool) -> None:
    a = ask(text, question)
    assert (a.short_answer, a.abstained) == (short, abstains), a.details["abstain_reason"]


def test_a_country_or_its_adjective_is_no_city() -> None:
    # development set 81: "South Korean" (a people's adjective of two words) answered "In which city ...?"
    text = "Drako Electronics Co., a South Korean maker of gaming monitors, has bought the naming rights to the hall."
    assert ask(text, "In which city is Drako Electronics based?").abstained
    assert ask(text, "Which country is Drako Electronics from?").short_answer == "South Korean"


def test_an_office_given_with_its_owner_s_possessive_answers_who_runs_it() -> None:
    # development set 81: "Rebecca Thornhill, Halcyon's president and chief executive," runs Halcyon, though
    # the best sentence names a company (the yard) and no one who runs anything
    text = ("Finnish shipbuilder Aurora Marine Yards Oy has won an order worth about €1.8 billion to build two cruise "
            "ships for U.S.-based Halcyon Cruise Lines Inc., the companies said on Thursday.\n\nRebecca Thornhill, "
            "Halcyon's president and chief executive, said the Finnish yard had beaten competitors in Italy.")
    a = ask(text, "Who runs Halcyon Cruise Lines?")
    assert not a.abstained and a.short_answer == "Rebecca Thornhill"


@pytest.mark.parametrize(("sentence", "short"), [
    # break-it trial 50: the dateline's place asked, the role given of another place
    ("Mayor Lonnie Bergstrom of Aberdeen, one of the towns losing its only flight, called the move a gut punch.",
     None),
    # a role given bare in a story datelined in the place asked is that place's
    ("Mayor Ann Lee called the move a gut punch.", "Ann Lee"),
])
def test_the_datelines_role_is_not_another_places(sentence: str, short: str | None) -> None:
    text = ("DULUTH, Minnesota (Wire) - Northway Air, a regional carrier based in Duluth, said on Tuesday it will stop "
            f"flying seven routes from May 15.\n\n{sentence}")
    assert ask(text, "Who is the mayor of Duluth?").short_answer == short


def test_a_word_one_story_repeats_tells_which_story_is_asked(tmp_path) -> None:  # noqa: ANN001
    # development set 80: "recount" is in many sentences of one story, so its sentence-level weight is low;
    # another story's "is expected to cost" matched two words of the question and answered
    (tmp_path / "ghana.txt").write_text(
        "Electoral body orders recount\n\nThe commission ordered a recount of ballots on Thursday after a close "
        "by-election. Just 37 votes separated the two leading candidates. The recount will begin on Monday.\n\n"
        "Officials estimated the recount would cost about 2.4 million cedis. Police arrested 14 people after clashes "
        "on election night.", encoding="utf-8")
    (tmp_path / "serbia.txt").write_text(
        "Bridge inquiry blames inspections\n\nA commission investigating the collapse of a road bridge concluded on "
        "Monday that it had not been inspected for years. A temporary bridge opened in August.\n\nA permanent "
        "replacement is expected to cost about 2.3 billion dinars. The minister is expected to resign.",
        encoding="utf-8")
    (tmp_path / "pension.txt").write_text(
        "Pension reform passes\n\nThe reform is expected to be signed next week. Employers say it will cost them "
        "jobs.", encoding="utf-8")
    a = answer("How much is the recount expected to cost?", Corpus.from_path(tmp_path))
    assert not a.abstained and a.short_answer == "about 2.4 million cedis"


def test_a_shop_is_a_store() -> None:
    # development set 82: "In how many shops ...?" found no story with shops and abstained
    text = "The recalled salads were sold in about 1,400 stores across 11 federal states, the chain said."
    assert ask(text, "In how many shops were the affected salads on sale?").short_answer == "about 1,400 stores"


@pytest.mark.parametrize(("question", "short"), [
    # development set 82: a capacity said as a compound of the verb the question ends with
    ("How many spectators will the new stadium seat?", "15,000"),
    # a compound of another noun counts nothing asked
    ("How many spectators will attend the final?", None),
])
def test_a_capacity_compound_counts_by_the_verb_asked(question: str, short: str | None) -> None:
    text = "The club will move to a new 15,000-seat stadium on the city's waterfront in 2027."
    assert ask(text, question).short_answer == short


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # code review 50: "went up/down" in the sentence is a rise or a fall
    ("Petrol prices went down 3% in May, the statistics office said.", "Did petrol prices go up in May?", False),
    ("Petrol prices have gone up 3% since May, the statistics office said.", "Did petrol prices go up after May?",
     False),
    # an opposite either way answers no: "won" for "lose"
    ("Kovac's team won 2-1 in extra time on Saturday.", "Did Kovac's team lose on Saturday?", False),
    # only the opposites that are verbs: women are not men, foreign markets not domestic ones
    ("Ukraine's women qualified for the relay final on Sunday in Rome.",
     "Did Ukraine's men qualify for the relay final?", True),
    ("Sales at Ostra Brewing rose 8% in foreign markets last year.",
     "Did Ostra Brewing's sales rise in domestic markets?", True),
    # finishing on time says nothing of starting on time
    ("The Harbin marathon finished on time despite the heavy rain, organizers said.",
     "Did the Harbin marathon start on time?", True),
])
def test_a_yes_no_question_and_the_opposites_that_answer_it(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # code review 50: the common ways news gives a reason, which the why-rule must not abstain on
    ("The city closed the Morrow Bridge on Monday to allow emergency repairs to its deck.",
     "Why did the city close the Morrow Bridge?", False),
    ("All flights at Keflavik airport were cancelled on Tuesday after a volcano erupted nearby.",
     "Why were flights at Keflavik cancelled?", False),
    ("Transport minister Ilse Varga resigned on Friday over a ticketing scandal.", "Why did Ilse Varga resign?", False),
    ("Tolvik Mining was fined $2 million for polluting the Sava river.", "Why was Tolvik Mining fined?", False),
    ("Dock workers in Gdansk walked out on Monday in protest at planned pay cuts.",
     "Why did dock workers in Gdansk walk out?", False),
    ("Shares in Tolvik fell 6% on Monday amid a wider sell-off in mining stocks.",
     "Why did shares in Tolvik fall on Monday?", False),
    ("The Varna plant will close in June since demand for its diesel engines has collapsed.",
     "Why will the Varna plant close?", False),
    ("Halden Foods has bought a 20% stake in Ostra Brewing.\n\nThe company wants to expand its drinks business.",
     "Why did Halden Foods buy a stake in Ostra Brewing?", False),
    ("In Jan., Frischmarkt withdrew a line of smoked salmon over labeling errors.",  # set 82: a fault "over"
     "Why did Frischmarkt withdraw its smoked salmon in January?", False),  # and "Jan." is January
    # ... and the words that give none: an office held, a source told, a deed reported
    ("Chief executive Marta Solis resigned as head of Ostra Brewing on Monday.", "Why did Marta Solis resign?", True),
    ("The Varna plant will close in June, chief executive Petar Ivanov told reporters.",
     "Why will the Varna plant close?", True),
    ("Mayor Ana Ruiz said on Monday that the city has bought the old Ferris mill.",
     "Why did the city buy the old Ferris mill?", True),
])
def test_a_reason_in_the_words_news_uses(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


def test_a_next_sentence_saying_what_they_want_is_cited_first() -> None:
    text = "Halden Foods has bought a 20% stake in Ostra Brewing.\n\nThe company wants to expand its drinks business."
    a = ask(text, "Why did Halden Foods buy a stake in Ostra Brewing?")
    assert a.citations[0].text == "The company wants to expand its drinks business."


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 50: a compass word before a place is no people's adjective ("North Miami")
    ("North Miami police arrested a man on Friday after a chase on Interstate 95.",
     "In which city did police arrest a man after a chase?", "North Miami"),
    # a city-state is a city
    ("Kessel Shipping, which is based in Singapore, has ordered four container ships from the yard.",
     "In which city is Kessel Shipping based?", "Singapore"),
])
def test_which_city(text: str, question: str, short: str) -> None:
    assert ask(text, question).short_answer == short


@pytest.mark.parametrize(("sentence", "short"), [
    # code review 50: a name elsewhere in the sentence is not the role's owner
    ("Speaking at Enger Tower, Mayor Ann Lee called the move a gut punch.", "Ann Lee"),
    # a name right against the role is
    ("Aberdeen Mayor Lonnie Bergstrom called the move a gut punch.", None),
])
def test_whose_role_the_dateline_story_gives(sentence: str, short: str | None) -> None:
    text = ("DULUTH, Minnesota (Wire) - Northway Air, a regional carrier based in Duluth, said on Tuesday it will stop "
            f"flying seven routes from May 15.\n\n{sentence}")
    assert ask(text, "Who is the mayor of Duluth?").short_answer == short


@pytest.mark.parametrize(("text", "question"), [
    # code review 50: the thing priced is named by "it" after the sentence naming it, or asked with a place
    ("The city unveiled plans for a new stadium on Monday. It is expected to cost $400 million.",
     "How much is the new stadium expected to cost?"),
    ("ACCRA (Wire) - The commission ordered a recount of ballots on Thursday.\n\nOfficials estimated the recount "
     "would cost about 2.4 million cedis.", "How much is the recount in Accra expected to cost?"),
])
def test_the_thing_a_cost_is_asked_of(text: str, question: str) -> None:
    a = ask(text, question)
    assert not a.abstained and a.citations[0].text.endswith(("$400 million.", "2.4 million cedis."))


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # code review 50: "did not name him captain" names no one unknown
    ("Rovers signed Luis Díaz from Benfica on Monday. The club did not name him captain.",
     "Who did Rovers sign from Benfica?", False),
    # "declined to comment on whether" leaves it open
    ("Chief executive Rosa Ortega declined to comment on whether the airline would cut more routes this year.",
     "Will the airline cut more routes this year?", True),
])
def test_what_a_refusal_leaves_open(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 50: the side that beat the other, though it shares a word with the question's name
    ("The Ostrava derby was played in heavy rain on Saturday. Baník Ostrava defeated Vítkovice 2-0.",
     "Who won the Ostrava derby?", "Baník Ostrava"),
    # ... and though it is named for a city
    ("The Madrid derby was played in heavy rain on Saturday. Atlético Madrid beat Rayo Vallecano 2-0.",
     "Who won the Madrid derby?", "Atlético Madrid"),
])
def test_who_won_names_the_side_that_beat_the_other(text: str, question: str, short: str) -> None:
    assert ask(text, question).short_answer == short


@pytest.mark.parametrize(("text", "question"), [
    # code review 50: the clause before says what is asked; the one left open is about something else
    ("Northway will cut four more routes in May, though Ortega declined to say whether further cuts would follow.",
     "Will Northway cut more routes in May?"),
    ("Acme funded the purchase with a bank loan but has not said how it will repay it.",
     "How did Acme fund the purchase?"),
])
def test_a_clause_before_the_unknown_may_answer(text: str, question: str) -> None:
    a = ask(text, question)
    assert not a.abstained and a.citations[0].text == text


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development set 83: a total given without its parts
    ("At least six people have died from heat-related illness in the province this week, officials said, but they "
     "did not give a breakdown by district.", "How many of the heat-related deaths were in Lahore?", True),
    ("At least six people have died from heat-related illness in the province this week, officials said, but they "
     "did not give a breakdown by district.", "How many people have died from the heat this week?", False),
    # a date not yet set, in the next sentence
    ("A labour tribunal hearing requested by the health authority is scheduled for Friday. The tribunal could order "
     "the nurses back, though a date for its ruling has not been set.",
     "When will the labour tribunal hand down its decision?", True),
    ("A labour tribunal hearing requested by the health authority is scheduled for Friday. The tribunal could order "
     "the nurses back, though a date for its ruling has not been set.", "When is the tribunal hearing?", False),
])
def test_parts_or_a_date_not_known(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


def test_its_role_a_few_words_on() -> None:
    # development set 80: "its former managing director" is the company's, three words on from "its"
    text = ("New Zealand honey exporter fined for fake manuka\n\nWELLINGTON (Wire) — The Ministry for Primary "
            "Industries said on Monday a honey exporter had sold fake manuka for three years.\n\nWaikato Golden Hive "
            "Ltd. and its former managing director, Graham Petrie, pleaded guilty in the Hamilton District Court to 23 "
            "charges, the ministry said.")
    assert ask(text, "Who was the managing director of Waikato Golden Hive?").short_answer == "Graham Petrie"


def test_able_to_asks_the_verb_after_it() -> None:
    # development set 80: "Is the Senate able to stop ...?" asks "stop", which "cannot block it" answers (no)
    text = "The Senate can delay the law by up to two months but cannot block it, legal experts said."
    a = ask(text, "Is the Senate able to stop the law from taking effect?")
    assert not a.abstained and a.citations[0].text == text


def test_when_did_the_bridge_fall() -> None:
    # development set 80: "gave way" is the fall asked; "concluded on Monday" is the inquiry's date
    text = ("Serbian inquiry blames skipped inspections for deadly Ibar bridge collapse\n\nBELGRADE — A government "
            "commission investigating the collapse of a road bridge over the Ibar River that killed seven people in "
            "May concluded on Monday that the structure had not been properly inspected for more than a decade.\n\n"
            "The 142-meter steel-and-concrete bridge near the town of Raska gave way during the evening rush hour on "
            "May 22, sending two cars and a minibus into the river.\n\nProsecutors have charged three officials. She "
            "declined to name those charged.")
    assert ask(text, "On what date did the bridge fall?").short_answer == "May 22"


@pytest.mark.parametrize(("text", "question", "short"), [
    # development set 82: a place where something else happened is not where a company is based
    ("Shares in Frischmarkt's parent company, Hansa Retail Group, fell 1.8% in Frankfurt trading on Wednesday.",
     "Where is Hansa Retail Group headquartered?", None),
    ("Hansa Retail Group, which is headquartered in Essen, owns 1,400 stores.",
     "Where is Hansa Retail Group headquartered?", "Essen"),
    ("Halvard Systems opened a data centre in Norway on Tuesday.\n\nThe Seattle-based company said it had invested "
     "about $640 million.", "Where is Halvard Systems based?", "Seattle"),
    # held-out set 119 (development): the asked thing written with "in" and a place is where it is based
    ("Police arrested two men on suspicion of running the betting site, which operated from servers in the "
     "Philippines.", "Where were the servers of the betting site based?", "Philippines"),
    ("Shares in Hansa Retail Group fell 1.8% in Frankfurt trading on Wednesday.",  # not the thing asked
     "Where is Hansa Retail Group based?", None),
])
def test_where_a_company_is_based(text: str, question: str, short: str | None) -> None:
    assert ask(text, question).short_answer == short


def test_a_refusal_to_tell_answers_why_someone_would_not_reveal_it() -> None:
    # development set 82: "declined to say how much" is the refusal "wouldn't reveal" asks about
    text = ("Graeme Tapsell declined to say how much the club would pay in annual rent, saying the figure was "
            "commercially sensitive.")
    a = ask(text, "Why wouldn't Graeme Tapsell reveal the club's annual rent?")
    assert not a.abstained and a.citations[0].text == text



#: Code review 51: probes of this session's rules that the review found too broad or too narrow, each a
#: short text (or a folder, {file: story}), a question, the short answer (or None) and whether it abstains.
_REVIEW_51 = json.loads((Path(__file__).parent / "data" / "review51.json").read_text(encoding="utf-8"))
#: Code review 52: the same for the rules that came after review 51.
_REVIEW_52 = json.loads((Path(__file__).parent / "data" / "review52.json").read_text(encoding="utf-8"))


#: Code review 53: the same for this session's rules (the yes/no verdict's own probes are in tests/test_verdict.py).
_REVIEW_53 = json.loads((Path(__file__).parent / "data" / "review53.json").read_text(encoding="utf-8"))
#: Code review 54 of the fixes after review 53: every probe that passes (verdicts included, as short answers).
_REVIEW_54 = json.loads((Path(__file__).parent / "data" / "review54.json").read_text(encoding="utf-8"))
#: Code review 56 of the rules made on held-out set 93 and break-it trial 55, after its fixes: every probe
#: that passes.
_REVIEW_56 = json.loads((Path(__file__).parent / "data" / "review56.json").read_text(encoding="utf-8"))
#: Code review 58 of the rules made on break-it trial 57, after its fixes: every probe that passes.
_REVIEW_58 = json.loads((Path(__file__).parent / "data" / "review58.json").read_text(encoding="utf-8"))
#: Code review 60 of the rules from break-it trials 57 and 59, after its fixes: every probe that passes.
_REVIEW_60 = json.loads((Path(__file__).parent / "data" / "review60.json").read_text(encoding="utf-8"))
#: Code review 62 of this session's rules (held-out set 98, break-it trial 61), after its fixes: every probe that
#: passes.
_REVIEW_62 = json.loads((Path(__file__).parent / "data" / "review62.json").read_text(encoding="utf-8"))
#: Code review 64 of the session's last rules, after its fixes: every probe that passes.
_REVIEW_64 = json.loads((Path(__file__).parent / "data" / "review64.json").read_text(encoding="utf-8"))
#: Code review 66 of this session's rules (held-out set 102, break-it trials 65 and 67), after its fixes: every
#: probe with a definite expectation that passes.
_REVIEW_66 = json.loads((Path(__file__).parent / "data" / "review66.json").read_text(encoding="utf-8"))
#: Code review 68 of the later rules (held-out set 103, break-it trial 67), after its fixes: likewise.
_REVIEW_68 = json.loads((Path(__file__).parent / "data" / "review68.json").read_text(encoding="utf-8"))
#: Code review 70 of the last rules (break-it trial 69), after its fixes: likewise.
_REVIEW_70 = json.loads((Path(__file__).parent / "data" / "review70.json").read_text(encoding="utf-8"))
_REVIEWS = (_REVIEW_51 + _REVIEW_52 + _REVIEW_53 + _REVIEW_54 + _REVIEW_56 + _REVIEW_58 + _REVIEW_60 + _REVIEW_62
            + _REVIEW_64 + _REVIEW_66 + _REVIEW_68 + _REVIEW_70)


@pytest.mark.parametrize("case", _REVIEWS, ids=[f"{i}: {c['question']}" for i, c in enumerate(_REVIEWS)])
def test_code_review_cases(case: dict, tmp_path: Path) -> None:
    if isinstance(case["text"], dict):
        for name, story in case["text"].items():
            (tmp_path / name).write_text(story, encoding="utf-8")
        a = answer(case["question"], Corpus.from_path(tmp_path))
    else:
        a = ask(case["text"], case["question"])
    assert a.abstained is case["abstains"]
    if not case["abstains"]:
        assert a.short_answer == case["short"]


@pytest.mark.parametrize("text", [
    # break-it trial 51: a sentence opening with what is not known
    "Whether the rest of the slope will have to be blasted away remains unclear.",
    "It is still unclear whether the rest of the slope will be blasted away.",
])
def test_whether_it_remains_unclear(text: str) -> None:
    assert ask(text, "Will the slope be blasted?").abstained


def test_how_fast_takes_a_rate_per_day_or_month() -> None:
    # break-it trial 51: "up to 4 millimeters a month" is how fast the slope moves
    text = "Dr. Lea Fontaine said the slope above the tunnel was still moving by up to 4 millimeters a month."
    assert ask(text, "How fast is the slope still moving?").short_answer == "up to 4 millimeters"


@pytest.mark.parametrize(("text", "short"), [
    # development set 80: a month asked, "last year" given
    ("It did not say whether the money would be recovered from the company, which went into liquidation last year.",
     None),
    ("The company went into liquidation in March last year, the ministry said.", "March"),
])
def test_which_month_takes_a_month(text: str, short: str | None) -> None:
    assert ask(text, "In which month did the company go into liquidation?").short_answer == short


def test_the_next_sentence_leaves_open_the_kind_asked() -> None:
    # development set 80: the best sentence counts construction jobs; the next says the permanent ones are unknown
    text = ("State Gov. Elena Caballero welcomed the decision, saying the expansion could create 7,000 jobs during "
            "construction. She did not say how many permanent positions would follow.")
    assert ask(text, "How many permanent jobs will the airport expansion create?").abstained
    assert ask(text, "How many jobs will the expansion create during construction?").short_answer == "7,000"


@pytest.mark.parametrize(("text", "question", "short_or_cited"), [
    # development set 82: the sentence says nothing of money
    ("The council said it would explore partnerships with community groups and charities to run extra sessions.",
     "How will the council pay for the extra sessions run with community groups?", None),
    # development set 81: the sentence that tells where the money came from answers, though it ranks below
    ("The Silesia Games Arena cost 310 million zlotys to build. It was financed by developer Nowak Capital Group "
     "S.A. and a 120 million zloty loan from a group of three banks.",
     "How was the construction of the Silesia Games Arena paid for?", "It was financed by"),
])
def test_how_it_is_paid_for_needs_a_source_of_money(text: str, question: str, short_or_cited: str | None) -> None:
    a = ask(text, question)
    if short_or_cited is None:
        assert a.abstained
    else:
        assert not a.abstained and a.citations[0].text.startswith(short_or_cited)


def test_a_club_named_for_a_place_is_the_club_the_story_calls_the_club() -> None:
    # development set 82: "Bay Mariners" reads as a place ("Bay"), so "the club" could not stand for it
    text = ("TAURANGA, New Zealand — The Bay Mariners Rugby Club will play its last season at Greerton Oval next year "
            "before moving to a new stadium, club officials confirmed on Wednesday.\n\nThe stadium will cost NZ$142 "
            "million.\n\nHead coach Aroha Ngata, who took over in 2024, said the move would help the club attract and "
            "keep talented players.")
    assert ask(text, "Who coaches the Bay Mariners?").short_answer == "Aroha Ngata"


@pytest.mark.parametrize(("text", "question"), [
    # development set 83: "give ... back" is a refund
    ("Private schools said they would not refund fees already paid for May, the association said.",
     "Will private schools give parents back the fees they paid for May?"),
    # code review 52: the same phrase in the text
    ("The team paid back its loan to the league in 2022.", "Did the team pay back its loan?"),
])
def test_give_back_is_a_refund(text: str, question: str) -> None:
    a = ask(text, question)
    assert not a.abstained and a.citations[0].text == text


def test_the_next_sentence_is_cited_first_only_when_it_holds_the_verb_asked() -> None:
    # development set 83: "He did not say how many agency nurses ..." came before "no emergency department will close"
    text = ('"Patient safety comes first. We have contingency plans ready, and no emergency department will close," '
            "said Marc Tremblay, a spokesman for the health authority. He did not say how many agency nurses the "
            "authority had hired.")
    a = ask(text, "Will any emergency department close because of the refusal?")
    assert not a.abstained and a.citations[0].text.startswith('"Patient safety')


@pytest.mark.parametrize(("text", "question"), [
    # development set 81: money is a fund; bidders are competitors
    ("The government approved an emergency fund of 45 million lei to pay for 60 mobile vaccination teams.",
     "How much money has the government set aside to fight the outbreak?"),
    ("Rebecca Thornhill said the Finnish yard had beaten competitors in Italy and Germany.",
     "Which countries were the rival bidders for the order from?"),
])
def test_money_is_a_fund_and_bidders_are_competitors(text: str, question: str) -> None:
    a = ask(text, question)
    assert not a.abstained and a.citations[0].text == text


def test_speech_only_in_a_clause_of_time_is_not_asked() -> None:
    # held-out set 87: "after the permit was announced" says when the rise came; no one need say it rose
    text = ("The agency approved the permit on Tuesday.\n\n"
            "Shares of Vestkyst Energi rose 3.1% in Copenhagen trading after the announcement.")
    a = ask(text, "Did Vestkyst Energi's stock rise after the permit was announced?")
    assert not a.abstained and a.citations[0].text.startswith("Shares of Vestkyst Energi rose")
    assert a.short_answer == "Yes"
    assert not asks_who_said(analyze("Who resigned after the cuts were announced?"))
    assert asks_who_said(analyze("Who announced the cuts?"))


def test_a_verb_in_a_clause_of_time_is_not_the_one_asked() -> None:
    # held-out set 87: "taken" tells when; what is asked is whether the church had cameras
    text = ("Police in Naples recovered the stolen painting on Friday.\n\n"
            "The archdiocese said security cameras, which the church did not have at the time of the theft, "
            "would be installed first.")
    a = ask(text, "Did the church have security cameras when the painting was taken?")
    assert not a.abstained and "did not have at the time" in a.citations[0].text
    assert main_verb(analyze("Did the church have security cameras when the painting was taken?")) is None


_MACKEREL = ("REYKJAVIK, Iceland — Talks between Iceland and the Faroe Islands on the mackerel catch broke down.\n\n"
             "The Faroese government rejected Iceland’s account. Fisheries Minister Heðin Joensen said Iceland "
             "was “pretending that mackerel respect lines on a map.”")


def test_a_place_named_by_its_peoples_adjective() -> None:
    # held-out set 87: "The Faroese government ... Fisheries Minister Heðin Joensen" is the Faroe Islands' minister
    a = ask(_MACKEREL, "Who is the Faroe Islands' fisheries minister?")
    assert not a.abstained and a.short_answer == "Heðin Joensen"
    a = ask(_MACKEREL.replace("Faroese", "Danish"), "Who is the Faroe Islands' fisheries minister?")
    assert a.abstained  # the Danish government's minister: not told the Faroes'

    assert demonym_of("faroese", "faroe") and demonym_of("kenyan", "kenya") and demonym_of("nepali", "nepal")
    assert not demonym_of("berlin", "berlin") and not demonym_of("frances", "france")


def test_a_peoples_adjective_asked_of_its_place_named() -> None:
    # held-out set 93: "Ghanaian beans" are the beans of "Ghana's cocoa regulator ... smuggling beans"
    text = ("Ghana's cocoa regulator said on Wednesday it would deploy 1,200 extra security personnel along its "
            "borders, as it tries to stop farmers from smuggling beans into Côte d'Ivoire and Togo.")
    a = ask(text, "Where are Ghanaian beans being smuggled to?")
    assert not a.abstained and "smuggling beans into" in a.citations[0].text
    a = ask(text.replace("Ghana's", "Kenya's"), "Where are Ghanaian beans being smuggled to?")
    assert a.abstained  # Kenya's beans: not told of Ghana's


def test_catch_is_capture_so_the_sentence_on_it_shows_no_sum_was_given() -> None:
    # held-out set 93: the fishermen's pay is the recapture effort's; the fish's export price is another figure
    text = ("About 54,000 salmon escaped from a fish farm off Norway's west coast, Vestkyst Laks said on Friday.\n\n"
            "The company did not put a value on the lost fish, but at export prices of around 92 kroner per "
            "kilogram they would have fetched roughly 19 million kroner, analysts said.\n\n"
            "Chief executive Ingrid Aamodt said the company would pay for the recapture effort and compensate "
            "fishermen who took part.")
    a = ask(text, "How much will Vestkyst Laks pay fishermen who help catch the escaped salmon?")
    assert a.abstained and "recapture effort" in a.citations[0].text


@pytest.mark.parametrize(("text", "abstained", "short"), [
    # held-out set 93: "What was the name of the storm ...?" was answered "fish", and the hotel's "kids"
    ("The storm that hit the coast on Tuesday damaged the farm's net pens, the operator said.", True, None),
    ("Storm Ingrid, which hit the coast on Tuesday, damaged the farm's net pens, the operator said.", False,
     "Storm Ingrid"),
    ('The storm, which forecasters called "Ingrid", damaged the farm on Tuesday.', False, None),  # a quoted name
])
def test_the_name_of_a_thing_is_a_name(text: str, abstained: bool, short: str | None) -> None:
    a = ask(text, "What was the name of the storm that damaged the farm?")
    assert a.abstained == abstained
    if short:
        assert a.short_answer == short


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 56: each of these lost its answer to a rule made on set 93 or trial 55
    ("The first phase of the bridge will cost $40 million, the city said. Officials declined to estimate the cost of "
     "the second phase.", "What is the cost of the first phase?", "$40 million"),
    ("The drug, called lecanemab, slowed memory loss in a trial.", "What is the name of the drug?", "lecanemab"),
    ("Ana Ruiz graduated from Stanford in 2004 and joined the firm in 2010.", "Which university did Ruiz graduate "
     "from?", "Stanford"),
    ("Ghana's cocoa regulator said smugglers were moving beans across the border. Farmers there are paid 3,100 cedis "
     "a bag.", "How much are Ghanaian farmers paid for a bag?", "3,100 cedis"),
])
def test_answers_kept_by_the_narrowed_rules(text: str, question: str, short: str) -> None:
    a = ask(text, question)
    assert not a.abstained and short in (a.short_answer or "")


def test_another_peoples_figure_is_not_the_one_asked() -> None:
    text = "Ivorian farmers are paid 1,800 CFA francs a kilogram, while Ghana's regulator has not set its price."
    assert ask(text, "How much are Ghanaian farmers paid per kilogram?").abstained  # code review 56


def test_which_two_of_a_compound_noun_counted_but_not_named() -> None:
    # news set: "Which two dementia drugs have been approved?" was answered "cure"
    text = ("There is no cure, although two drugs approved in the U.S. in recent years can modestly slow decline in "
            "some patients with early Alzheimer's disease.")
    assert ask(text, "Which two dementia drugs have been approved in the U.S.?").abstained


@pytest.mark.parametrize(("text", "question"), [
    # break-it trial 57: these were answered ("blaze") or cited as if they answered
    ("Firefighters took seven hours to control the fire. The cause of the blaze has not been determined, the fire "
     "chief said.", "What caused the fire?"),
    ("Officials said it was not yet known whether lava flows would reach the Route 26 highway.",
     "Did the lava reach the Route 26 highway?"),
])
def test_not_known_in_more_words(text: str, question: str) -> None:
    a = ask(text, question)
    assert a.abstained and "not known" in a.details["abstain_reason"]


@pytest.mark.parametrize(("text", "question"), [
    # break-it trial 57: a negated question answered by a word that means "not"
    ("The charge applies on weekdays. Emergency vehicles, city buses and taxis will be exempt.",
     "Which vehicles do not have to pay?"),
    ("The council approved the plan 7-2. Ray Dunbar and Lisa Cho voted against the measure.",
     "Who did not vote for the plan?"),
])
def test_a_negated_question_is_answered_by_a_word_meaning_not(text: str, question: str) -> None:
    assert not ask(text, question).abstained


def test_a_negated_question_still_abstains_on_a_plain_sentence() -> None:
    assert ask("Taxis will pay the full charge from March 1.", "Which vehicles do not have to pay?").abstained


def test_who_is_the_head_of_it_needs_an_office_in_the_best_sentence() -> None:
    # break-it trial 57: "Who is the head of the transit authority?" was answered "Green Line", a bus route
    text = ("Under the ordinance, all revenue must go to the Milford Regional Transit Authority, which plans to run "
            "the Green Line every 10 minutes.")
    a = ask(text, "Who is the head of the transit authority?")
    assert a.abstained and "does not say who is its head" in a.details["abstain_reason"]
    text = "The Milford Regional Transit Authority is led by chief executive Leon Marsh."
    assert ask(text, "Who is the head of the transit authority?").short_answer == "Leon Marsh"


def test_what_is_left_untold_is_not_told_by_a_noun_of_the_question() -> None:
    # development set 89: "losses" in the first clause was taken for the deed asked, so "did not say how" was ignored
    text = ("The regional chamber of commerce estimated business losses at 45 billion pesos, though it did not say "
            "how the figure was calculated.")
    a = ask(text, "How did the chamber of commerce arrive at its estimate of business losses?")
    assert a.abstained and "not known" in a.details["abstain_reason"]
    text = "Northway will cut four more routes in May, though Ortega declined to say whether further cuts would follow."
    assert not ask(text, "Will Northway cut more routes in May?").abstained  # the deed asked is told


def test_not_yet_named_is_no_name() -> None:
    # break-it trial 59: answered "Frode Lie", whom the sentence says may or may not stay
    text = ("Berg has not yet named her assistant coaches, and it is not known whether goalkeeping coach Frode Lie, "
            "who worked under Solvang, will stay.")
    a = ask(text, "Who are Berg's assistant coaches?")
    assert a.abstained and "has not yet named her assistant coaches" in a.details["abstain_reason"]


@pytest.mark.parametrize(("text", "question", "short"), [
    # code review 60: a noun left unnamed blocks only a question asking for it, not one that mentions it
    ("Lena Berg will coach Norway's women's team from June. She has not yet named her assistant coaches.",
     "Who will coach Norway's women's team?", "Lena Berg"),
    ("Tom Reed, 34, shot the officer on Friday, police said. They have not identified the officer.",
     "Who shot the officer?", "Tom Reed"),
    ("Acme Corp. will manage the bridge project. It has not named the project's chief engineer.",
     "Which company will manage the bridge project?", "Acme Corp."),
])
def test_a_noun_left_unnamed_blocks_only_its_own_question(text: str, question: str, short: str) -> None:
    assert ask(text, question).short_answer == short


def test_how_a_thing_happened_left_open_is_not_how_many() -> None:
    # break-it trial 59: "has not said how the impurity got into the tablets" was taken to leave "how many" open
    text = ("Halvern Pharmaceuticals said on Tuesday it was recalling about 2.3 million bottles of its blood-pressure "
            "tablet Tensiva.\n\nIt has not said how the impurity got into the affected bottles.")
    assert "not known" not in (ask(text, "How many bottles are affected?").details["abstain_reason"] or "")
    text = "The company recalled the tablets on Tuesday but did not say how many bottles were affected."
    assert ask(text, "How many bottles are affected?").abstained


def test_a_reason_given_by_saying() -> None:
    # break-it trial 59: "refused, saying ..." was taken to give no reason
    text = "The larger CGTP confederation refused, saying the increase did not keep up with the cost of housing."
    a = ask(text, "Why did the CGTP refuse to sign?")
    assert not a.abstained and a.short_answer == "the increase did not keep up with the cost of housing"


@pytest.mark.parametrize(("text", "question"), [
    # code review 60: a plan or an instruction after "saying" is what follows the deed, not its reason
    ("The company recalled 5,000 cars on Monday, saying owners should contact their dealers.",
     "Why did the company recall the cars?"),
    ("Police closed the road on Tuesday, saying it would reopen on Friday.", "Why did police close the road?"),
])
def test_a_plan_after_saying_is_no_reason(text: str, question: str) -> None:
    assert ask(text, question).abstained


def test_the_new_holder_of_a_role_is_any_holder_but_a_former_one() -> None:
    # break-it trial 59: "the new coach" was taken for another than "head coach Lena Berg"
    text = ("The federation on Wednesday appointed Lena Berg, a 47-year-old former Ajax assistant, as head coach of "
            "the men's national team.")
    assert ask(text, "How old is the new coach?").short_answer == "47"
    assert ask("Former coach Stale Solvang, 58, resigned in January.", "How old is the new coach?").abstained
    # code review 60: another post of the same role word is still another ("goalkeeping coach")
    text = "Lena Berg was appointed head coach on Monday.\n\nGoalkeeping coach Tom Lee, 61, will stay on under her."
    assert ask(text, "How old is the new coach?").abstained


def test_a_refusal_to_predict_the_thing_asked_is_no_answer() -> None:
    # break-it trial 55: "What will the final margin be ...?" was answered "Friday"
    text = ("Elections Director Janet Moody said about 1,100 absentee ballots were still arriving and would be "
            "counted by Friday. She said the outstanding ballots were unlikely to change the outcome but declined "
            "to predict the final margin.")
    a = ask(text, "What will the final margin be once the absentee ballots are counted?")
    assert a.abstained and "declined to predict the final margin" in a.details["abstain_reason"]
    a = ask(text.replace("final margin", "turnout"), "What will the final margin be once the absentee ballots are "
            "counted?")
    assert "declined" not in (a.details["abstain_reason"] or "")  # another thing not predicted


def test_a_pronoun_in_a_quote_with_its_speaker_named_stands_for_no_one_before() -> None:
    # held-out set 87: "This" is the speaker's word; the developer named before is not the sentence's
    text = ("COPENHAGEN — The Danish Energy Agency on Tuesday approved the Nordlys Vest offshore wind farm.\n\n"
            "The project is being developed by Skagerak Vind A/S. It will consist of 80 turbines.\n\n"
            '"This is the largest single permit we have ever issued at sea," said Dr. Henrik Aagaard, director of '
            "the agency's offshore division.")
    a = ask(text, "Who is the chief executive of Skagerak Vind?")
    assert a.abstained
    corpus = Corpus.from_text(text, name="t")
    quote = corpus.sentences["t"][-1]
    assert facts_for(corpus).referent(quote) is None and not facts_for(corpus).referent_terms(quote)


def test_a_part_left_open_next_does_not_leave_open_the_whole() -> None:
    # break-it trial 53: "how many of the meters" is a part; the count of spaces is told
    text = ("The city has about 4,200 metered spaces downtown. Officials did not say how many of the meters will "
            "need new software.")
    a = ask(text, "How many metered spaces are there downtown?")
    assert not a.abstained and a.short_answer == "about 4,200 metered spaces"
    assert ask(text, "How many of the meters will need new software?").abstained


def test_a_base_form_after_is_and_before_a_noun_is_no_verb() -> None:
    # held-out set 89: "Is tap water ... safe to drink?" abstained for want of "tap"
    text = "The regional water utility said drinking water was safe, though it advised residents to avoid the river."
    a = ask(text, "Is tap water in towns along the river safe to drink?")
    assert not a.abstained
    assert main_verb(analyze("Is tap water safe to drink?")) is None


def test_a_name_after_a_company_noun_is_the_company_and_deny_answers_admit() -> None:
    # development set 80: "He" stood for "Drumovi Srbije" (read as a person) instead of Nenad Kostić; and
    # "has denied any wrongdoing" answers "Has he admitted any wrongdoing?" with no
    text = ("The director of the state road company Drumovi Srbije, Nenad Kostić, resigned in June. He has denied "
            "any wrongdoing and has not commented on the report.")
    corpus = Corpus.from_text(text, name="t")
    facts = facts_for(corpus)
    assert [sp.type for sp in facts.spans(corpus.sentences["t"][0]) if sp.text == "Drumovi Srbije"] == ["ORGANIZATION"]
    a = answer("Has Nenad Kostić admitted any wrongdoing?", corpus)
    assert not a.abstained and a.citations[0].text.startswith("He has denied") and a.short_answer == "No"


@pytest.mark.parametrize(("text", "question", "short"), [
    # held-out sets 89 and 90: a place inside the one named is asked, not a country nor the place itself
    ("Vietnam will suspend most rice exports after floods wrecked crops in the Mekong Delta.",
     "Where in the Mekong Delta was the flood damage worst?", None),
    ("The first U.S. store will open in Boston in September, followed by two in New York City early next year.",
     "Where in New York City will the two stores open?", None),
    ("The worst damage was in Can Tho, in the Mekong Delta, officials said.",
     "Where in the Mekong Delta was the damage worst?", "Can Tho"),
])
def test_where_in_a_place_asks_a_place_inside_it(text: str, question: str, short: str | None) -> None:
    a = ask(text, question)
    assert a.abstained == (short is None) and a.short_answer == short


def test_where_it_was_said_answers_only_where_it_was_said() -> None:
    # held-out set 90: "told reporters in Wellington" is no place where staff will be trained
    text = ("Health Minister Tom Reid announced the package on Tuesday.\n\nHe told reporters in Wellington that the "
            "government would spend NZ$285 million over the next two years to hire and train emergency staff.")
    assert ask(text, "Where will the newly funded emergency staff be trained?").abstained
    assert ask(text, "Where did he speak to reporters?").short_answer == "Wellington"


def test_a_light_verb_is_told_by_its_object() -> None:
    # held-out set 87: "set a record" is told by "was a national record"
    text = ("Ethiopia's Amane Tola won the women's race in 2:17:41, ahead of Germany's Lena Hartmann, whose time of "
            "2:19:58 was a national record.")
    assert not ask(text, "Did Lena Hartmann set a German record?").abstained
    text = "Halvard, which reported revenue of $9.4 billion last year, already runs data centres in Ireland."
    assert ask(text, "Did the Norwegian government give Halvard subsidies to build the data centre?").abstained


@pytest.mark.parametrize(("text", "question", "short"), [
    # held-out set 98 and break-it trial 61: a condition's or an exclusion's "not" negates nothing asked
    ("The union said it would begin a general strike next Monday unless the government restored the subsidy.",
     "When will the union strike if the subsidy is not restored?", "Monday"),
    ("The ferry was carrying 312 passengers and 41 crew when it ran aground.",
     "How many passengers, not counting crew, were on the ferry?", "312"),
])
def test_a_conditional_not_is_no_negated_question(text: str, question: str, short: str) -> None:
    assert ask(text, question).short_answer == short


@pytest.mark.parametrize(("text", "question"), [
    # break-it trial 61: a name the story keeps back is not known, and its keeper is no answer
    ("The FCA fined the bank $450 million. The FCA did not name the whistleblower.",
     "What is the whistleblower's name?"),
    ("The captain and two officers were detained for questioning. Their names were not released.",
     "What is the captain's name?"),
    ("The captain and two officers were detained for questioning. Their names were not released.",
     "Who is the captain?"),
])
def test_a_name_kept_back_is_not_known(text: str, question: str) -> None:
    a = ask(text, question)
    assert a.abstained and "does not name" in a.details["abstain_reason"]


def test_a_deed_asked_is_no_role_kept_back() -> None:
    text = "The captain and two officers were detained for questioning. Their names were not released."
    assert not ask(text, "Who was detained?").abstained


def test_the_headline_organization_has_its_roles_given_bare() -> None:
    # break-it trial 61: the lead sentence names the regulator first, the headline the bank the story is about
    text = ("Regulator fines Northgate Bank $450 million\n\nLONDON (Wire) — Britain's Financial Conduct Authority "
            "fined Northgate Bank 450 million dollars on Monday.\n\nChief executive Oliver Brandt said in a "
            "statement that the bank deeply regrets the failures.")
    assert ask(text, "Who is the chief executive of Northgate?").short_answer == "Oliver Brandt"


def test_a_holder_named_before_what_is_not_known_is_told() -> None:
    # held-out set 98 (development): the not-known clause is about another thing than the role asked
    text = "Agency director general Tiit Saar said his agency had not identified who was behind the attack."
    assert ask(text, "Who is the director general of the agency?").short_answer == "Tiit Saar"
    assert ask(text, "Who was behind the attack?").abstained


@pytest.mark.parametrize(("text", "question", "short"), [
    # held-out set 98 (development): a result clause ("..., making X Y") answers why X is Y by the clause before it
    ("Almond prices tripled last year after a frost destroyed much of the crop, making warehouses a target for "
     "thieves.", "Why have almond warehouses become a target for thieves?",
     "Almond prices tripled last year after a frost destroyed much of the crop"),
    ("The river burst its banks on Sunday, forcing 2,000 people from their homes.",
     "Why were 2,000 people forced from their homes?", "The river burst its banks on Sunday"),
])
def test_a_result_clause_answers_why_by_what_comes_before(text: str, question: str, short: str) -> None:
    assert ask(text, question).short_answer == short


def test_a_result_clause_not_asked_gives_no_reason() -> None:
    text = "The river burst its banks on Sunday, forcing 2,000 people from their homes."
    assert ask(text, "Why did the river burst its banks?").abstained


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development sets: "How ...?" asks a means or manner, which a sentence telling only that it happens lacks
    ("Ferreyra said the new park would have its own fire brigade.", "How will the park's new fire brigade be equipped?",
     True),
    ("Health officials said a new triage system would be trialled at Middlemore starting next month.",
     "How will the new triage system being tested at Middlemore work?", True),
    ("Investigators believe the attackers got in through an unpatched remote-access server.",
     "How do investigators think the attackers got in?", False),
    ("Tickets went on sale on Thursday through the rail operator's app and at stations.",
     "How can travellers buy tickets?", False),
    ("He described the matter as “not 100% resolved”.", "How did he characterize the matter?", False),
])
def test_how_needs_a_means_or_manner(text: str, question: str, abstains: bool) -> None:
    a = ask(text, question)
    assert a.abstained is abstains, a.details.get("abstain_reason")


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development sets 89 and 90: a cause asked by its noun or by "what made X <verb>" needs a cause told
    ("More than 200 passengers have fallen ill with norovirus during a voyage, the operator said.",
     "What was the source of the norovirus on the ship?", True),
    ("The outbreak was traced to oysters served at a dinner on Saturday.", "What was the source of the outbreak?",
     False),
    ("The plant's director said a valve failed during a routine transfer of plating solution.",
     "What made the valve fail?", True),
    ("The valve failed because a seal had corroded, the director said.", "What made the valve fail?", False),
    # development set 102: "when" before the deed is the deed's own clause, and half-time is a time, not a cause
    ("The incident happened shortly after half-time, when a section of the club's wooden terrace gave way.",
     "What made the wooden terrace give way?", True),
    ("Shares fell 4% as investors worried about the debt.", "What made shares fall?", False),
])
def test_a_cause_asked_by_its_noun_needs_a_cause(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development sets 80 and 93: "What charges/penalties could X face?" needs a charge, sentence or penalty told
    ("Informants who tip off the authorities about smuggling will receive 10% of the value of any seized beans.",
     "What penalties will smugglers caught by the new patrols face?", True),
    ("Smugglers caught by the patrols face fines of up to $5,000 and the loss of their licences.",
     "What penalties will smugglers caught by the patrols face?", False),
])
def test_a_penalty_asked_needs_one_told(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains



def test_a_speakers_own_figure_in_their_quote() -> None:
    # break-it trial 61: the figure is in the speaker's "we" clause, the name after the quote
    text = ("Chief executive Oliver Brandt said the bank regrets the failures. \"We have spent more than 200 million "
            "dollars since 2022 rebuilding our controls, and we have hired 1,100 staff,\" Brandt said.")
    a = ask(text, "How much has Oliver Brandt spent on new controls?")
    assert a.short_answer == "more than 200 million dollars"


@pytest.mark.parametrize(("text", "question", "cited"), [
    # news set h34 and development set 90: a stand told bare, its grounds in the next sentence's words
    ("A three-judge panel ruled 2-1 for the families. Judge Ana Ruiz dissented. She said the plaintiffs had failed "
     "to show that any official acted with deliberate indifference.",
     "Why did Judge Ana Ruiz disagree with the majority?", "She said the plaintiffs had failed"),
    ("The province created the park in May. Some ranchers in the province opposed the park. Pedro Diaz, who heads "
     "the Rural Society, said the government had not consulted local producers.",
     "Why did ranchers oppose the new park?", "said the government had not consulted"),
    # words that tell the deed again are no grounds, nor a stand's next sentence for a deed that is none
    ("Some ranchers in the province opposed the park. The governor said the park would open in May.",
     "Why did ranchers oppose the new park?", None),
    ("The company closed its plant in Leeds. It said the site would be sold next year.",
     "Why did the company close the plant?", None),
])
def test_a_stands_grounds_in_the_next_sentence(text: str, question: str, cited: str | None) -> None:
    a = ask(text, question)
    if cited is None:
        assert a.abstained
    else:
        assert not a.abstained and cited in a.citations[0].text


def test_the_role_of_an_event_at_the_leads_place() -> None:
    # development set 102: the event's role named paragraphs after the lead that names its place
    text = ("Eleven people were hurt after a stand collapsed during a county semi-final at Carrigmore on Saturday.\n\n"
            "About 1,800 people were at the ground.\n\n"
            "The referee, Declan Moriarty, stopped the game in the 38th minute.")
    a = ask(text, "Who was the referee of the Carrigmore semi-final?")
    assert not a.abstained and a.short_answer == "Declan Moriarty"


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # development set 102: a purpose told by "to accept", "to handle" answers why
    ("The dispute centres on the approach channel, which must be deepened to 17 metres to accept the largest "
     "container ships.", "Why does the approach channel need to be made deeper?", False),
    # a refusal to comment on the very thing asked
    ("A spokesman said the company had revised its plan but would not comment on possible penalties under the "
     "concession contract.", "What penalties does the concession contract set for a late opening?", True),
    # "exact date" wants a day; the day a thing was said is not the day it happened
    ("Construction began in March 2022 under a concession awarded to Atlantic Gateway Terminals Ltd.",
     "On what exact date did building work on the terminal start?", True),
    ("Construction began in March 2022 under a concession awarded to Atlantic Gateway Terminals Ltd.",
     "On what date did building work on the terminal start?", False),
    ("The opening of the terminal has been pushed back by nine months, the ports agency said on Tuesday.",
     "On what date did work on the terminal start?", True),
    ("The opening of the terminal has been pushed back by nine months, the ports agency said on Tuesday.",
     "When did the ports agency announce the delay?", False),
])
def test_development_set_102_checks(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # break-it trial 65: the answer's span inside the clause a sentence says is not known
    ("Company spokesman Martin Hale declined to say whether any of Clearstream's 140 local employees would lose "
     "their jobs.", "How many Clearstream employees will lose their jobs?", True),
    ("Ruiz said a permanent replacement would be named in the new year but would not say whether Luis Paredes was "
     "a candidate.", "Who will be named the permanent replacement?", True),
    ("It was not immediately clear whether the state utilities commission must approve the sale.",
     "Does the state utilities commission have to approve the sale?", True),
    # a figure told before what is left open still answers
    ("Clearstream laid off 140 local employees and declined to say whether they would be rehired.",
     "How many Clearstream employees lost their jobs?", False),
])
def test_an_answer_inside_what_is_not_known(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "short", "abstains"), [
    # break-it trial 65: a company owned by another, told by "a subsidiary of"
    ("Clearstream, a subsidiary of the Paris-based Veyra Group, said it had invested $90 million in the system.",
     "Who owns Clearstream?", "Veyra Group", False),
    ("Clearstream signed a maintenance contract with Veyra Group in 2019.", "Who owns Clearstream?", None, True),
    # "..., meaning <result>": the why of the result is the clause before it
    ("A pressure sensor in the machine gave false readings between Jan. 6 and Feb. 17, meaning some cycles did not "
     "reach the required temperature.", "Why did some cycles fail to reach the required temperature?", None, False),
])
def test_break_it_trial_65_readings(text: str, question: str, short: str | None, abstains: bool) -> None:
    a = ask(text, question)
    assert a.abstained is abstains
    if short is not None:
        assert a.short_answer == short


def test_a_count_from_a_story_that_shares_only_the_counted_noun(tmp_path: Path) -> None:
    # break-it trial 65: a folder's other story answered with its city's population
    (tmp_path / "water.txt").write_text("Harlow Bay, a city of about 215,000 people, voted to buy back its water "
                                        "utility.", encoding="utf-8")
    (tmp_path / "hospital.txt").write_text("A steriliser failed at St. Anselm's General Hospital in January, "
                                           "its medical director said.", encoding="utf-8")
    corpus = Corpus.from_path(tmp_path)
    a = answer("How many people does the hospital employ?", corpus)
    assert a.abstained and "shares only 'people'" in a.details["abstain_reason"]
    # the story of the counted people itself still answers
    a = answer("How many people live in Harlow Bay?", corpus)
    assert a.short_answer == "about 215,000 people"


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # break-it trial 65: a department's director is not the chief executive
    ("Dr. Helen Marsh, the hospital's medical director, said the risk of infection was very low.",
     "Who is the hospital's chief executive?", True),
    ("Gregor Lind, the bank's finance chief, said profit fell.", "Who is the bank's chief executive?", True),
    # the top office by another word still answers
    ("Dr. Helen Marsh, the hospital's director, said the risk of infection was very low.",
     "Who is the hospital's chief executive?", False),
    ("Anna Berg, the firm's managing director, said orders rose.", "Who is the firm's chief executive?", False),
    # development set 103: a chief of a department by its title ("chief marketing officer")
    ("PagNorte's chief marketing officer, Thiago Leal, said the bank wanted to be the first name people think of.",
     "Who is PagNorte's chief executive?", True),
    ("PagNorte's chief executive officer, Thiago Leal, said the bank wanted to be the first name people think of.",
     "Who is PagNorte's chief executive?", False),
    # newcomer trial 75: an office over a region or a function, after it, is not the top one
    ("\"Today's ruling is good news,\" said Marta Gil, Lime's director for southern Europe.",
     "Who is Lime's chief executive?", True),
    ("Anna Berg, the firm's director of sales, said orders rose.", "Who is the firm's chief executive?", True),
    ("Anna Berg, the firm's director, said orders rose in Spain.", "Who is the firm's chief executive?", False),
    # break-it trial 67: its management is no one holding an office
    ("Wisconsin Agriculture Secretary Thomas Brandt called the allegations troubling. Brandt said he had not spoken "
     "to FreshMart's management.", "Who is the chief executive of FreshMart?", True),
])
def test_a_departments_office_is_not_the_top_one(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "short", "abstains"), [
    # break-it trial 65: the deed told in the passive without its doer does not name who did it; the
    # doer by a synonym of the verb ("who noticed" for "spotted") answers instead
    ("Patient groups criticised the six-week delay before the fault was noticed.\n\nThe problem was found on "
     "Feb. 17 by a technician, Aaron Pike, who noticed that indicator strips had not changed colour.",
     "Who spotted the fault?", "Aaron Pike", False),
    ("Patient groups criticised the six-week delay before the fault was noticed.", "Who spotted the fault?", None,
     True),
    ("The fault was noticed by Aaron Pike, a technician.", "Who spotted the fault?", "Aaron Pike", False),
])
def test_a_deed_done_by_no_one_named(text: str, question: str, short: str | None, abstains: bool) -> None:
    a = ask(text, question)
    assert a.abstained is abstains
    if short is not None:
        assert a.short_answer == short


def test_the_rest_is_no_subject_to_find() -> None:
    # break-it trial 67: "the rest" of a group is written "the other 24"
    text = "Three of the objects were flown to Lagos on Monday. The other 24 will leave Germany on October 9."
    a = ask(text, "When will the rest leave Germany?")
    assert not a.abstained and a.short_answer == "October 9"


@pytest.mark.parametrize(("text", "abstains"), [
    # break-it trial 67: a head of bronze is no head of the museum
    ("A similar brass head sold at auction in 2016, according to the auction house Christie's, but museum officials "
     "declined to give a value.", True),
    ("Eva Kranz, head of the museum since 2019, said the return was overdue.", False),
    ("Eva Kranz, the museum's head, said the return was overdue.", False),
])
def test_a_head_as_an_office(text: str, abstains: bool) -> None:
    assert ask(text, "Who heads the museum?").abstained is abstains


@pytest.mark.parametrize(("question", "abstains"), [
    # break-it trial 67: where someone spoke is where they were, not where a thing will happen
    ("Where was Priya Rao?", False),
    ("Where will the audit be published?", True),
])
def test_where_it_was_said_answers_where_the_speaker_was(question: str, abstains: bool) -> None:
    text = "Transport Minister Priya Rao told reporters in Ottawa that the audit would be published."
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("question", "abstains"), [
    # development set 103: a place called by its kind's word later ("the county's executive")
    ("Who is Migori County's executive for roads and transport?", False),
    # not another place of that kind, which the story never names
    ("Who is Kisumu County's executive for roads and transport?", True),
])
def test_a_place_called_by_its_kind(question: str, abstains: bool) -> None:
    text = ("Migori County on Monday launched a daily bus service to Musoma.\n\nThe fares are low, officials said."
            "\n\nThe buses will cut travel time, said Grace Wambui, the county's executive for roads and transport.")
    assert ask(text, question).abstained is abstains



@pytest.mark.parametrize(("text", "abstains"), [
    # development set 103: why a thing was kept back is no question for its name, and a request is a reason
    ("Their names were not released at the request of their families.", False),
    ("Their names were not released.", True),
])
def test_why_names_were_withheld(text: str, abstains: bool) -> None:
    text = "Two workers were killed and seven injured when a blast furnace exploded in Zabrze. " + text
    assert ask(text, "Why were the names of the two dead workers not made public?").abstained is abstains


@pytest.mark.parametrize(("text", "abstains"), [
    # development set 103: not knowing whether a thing is done leaves open how it is done
    ("She did not say whether the yearly payments would rise with inflation.", True),
    ("The yearly payments will rise with inflation, measured by the consumer price index.", False),
])
def test_how_left_open_by_whether(text: str, abstains: bool) -> None:
    assert ask(text, "How will the yearly payments be adjusted for inflation?").abstained is abstains


@pytest.mark.parametrize(("text", "abstains"), [
    # development set 103: the clock time of a past event does not say when a thing will happen
    ("The explosion happened at about 3:40 a.m. at the furnace, the plant's owner, Silesia Steel Group Ltd., said.",
     True),
    ("Silesia Steel said the furnace would restart at 6 a.m. on Monday.", False),
])
def test_a_past_clock_time_is_no_future_when(text: str, abstains: bool) -> None:
    assert ask(text, "When will Silesia Steel restart the furnace?").abstained is abstains


@pytest.mark.parametrize(("text", "abstains"), [
    # development set 102: a grievance told by "resented" or "complained about" is why people are unhappy
    ("Priya Raman, a student trustee, said many classmates supported the ban but resented not being able to "
     "contact their parents.", False),
    ("Priya Raman, a student trustee, said many classmates supported the ban but complained about not being able to "
     "call home.", False),
    ("Priya Raman, a student trustee, said many classmates supported the ban.", True),
])
def test_a_grievance_tells_why_people_are_unhappy(text: str, abstains: bool) -> None:
    assert ask(text, "Why were Priya Raman's classmates unhappy with the ban?").abstained is abstains


def test_the_county_stands_for_the_last_county_named() -> None:
    # code review 68: not Migori County's governor when Kisumu County was named in between
    text = ("Migori County on Monday launched a daily bus service.\n\nKisumu County has a similar plan.\n\n"
            "The county's governor, Anyang Nyongo, welcomed it.")
    assert ask(text, "Who is Migori County's governor?").abstained
    assert ask(text, "Who is Kisumu County's governor?").short_answer == "Anyang Nyongo"


def test_the_clause_left_open_of_the_kind_asked() -> None:
    # break-it trial 69: the sentence's first clause left open was of another kind ("how many")
    text = ("It was not known how many of the recalled sets remain in stores, and the company declined to say whether "
            "it would redesign the toy.")
    assert ask(text, "Will the company redesign the toy?").abstained


@pytest.mark.parametrize(("text", "abstains"), [
    # break-it trial 69: a year given only as the base of a comparison is not the year of the figure
    ("About 980,000 passengers arrived by cruise ship last year, up 22% from 2019.", True),
    ("About 980,000 passengers arrived by cruise ship last year, compared with 2019.", True),
    ("About 800,000 passengers arrived by cruise ship in 2019.", False),
    # code review 70: the year of a figure the sentence does give
    ("Compared with 2019, when 800,000 passengers arrived by cruise ship, traffic doubled.", False),
    ("Passengers arriving by cruise ship rose from 800,000 in 2019 to 980,000 in 2023.", False),
])
def test_a_year_as_the_base_of_a_comparison(text: str, abstains: bool) -> None:
    assert ask(text, "How many passengers arrived by cruise ship in 2019?").abstained is abstains


def test_a_lead_calls_the_headline_subject_by_its_kind() -> None:
    # development set 111: the lead's "show cave" is the headline's Postojna Cave; a later sentence's is not
    text = ("Floodwater Closes Slovenia's Postojna Cave Again\n\nBy Mateja Kranjc\n\n"
            "POSTOJNA, Slovenia — Slovenia's most visited show cave will stay closed to tourists until at least "
            "Nov. 18 after heavy rain flooded its railway, operators said Wednesday.\n\n"
            "Tourism officials said another show cave, in Skocjan, would stay open until Dec. 1.\n")
    corpus = Corpus.from_text(text, name="cave")
    a = answer("Until what date is Postojna Cave expected to stay shut?", corpus)
    assert not a.abstained and a.short_answer == "Nov. 18"
    lead = text.split("\n\nTourism")[0].replace("Floodwater Closes Slovenia's Postojna Cave Again", "Caves Flood")
    assert answer("Until what date is Postojna Cave expected to stay shut?", Corpus.from_text(lead, name="cave")
                  ).abstained  # the headline names no Postojna Cave: the lead's cave is not known to be it


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # newcomer trial 75: a figure of several owners together is not one owner's
    ("The ban removed about 4,800 rental scooters run by three companies, Dott, Lime and the local start-up Movi.",
     "How many scooters did Dott operate?", True),
    ("The ban removed about 4,800 rental scooters run by three companies, Dott, Lime and the local start-up Movi.",
     "How many scooters were removed by the ban?", False),
    ("Dott, Lime and Movi each run about 1,600 scooters in the city.", "How many scooters does Dott run?", False),
    # the question names the whole list, or a name with "and" in it
    ("The operator added 40 extra buses between Sendai and Tokyo.",
     "How many extra buses run between Sendai and Tokyo?", False),
])
def test_a_figure_of_several_together_is_not_one_of_theirs(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("text", "question", "abstains"), [
    # held-out set 113: a sum from another giver is not the one the question names
    ("The trial was funded by the Rwanda Biomedical Centre and a grant of $1.9 million from the Geneva-based "
     "Kessler Foundation.", "How much money did the Rwanda Biomedical Centre put into the trial?", True),
    ("The trial was funded by the Rwanda Biomedical Centre and a grant of $1.9 million from the Geneva-based "
     "Kessler Foundation.", "How much did the Kessler Foundation give?", False),
    ("Acme Corp. received $5 million from the European Union.", "How much did Acme Corp. receive?", False),
    # break-it trial 76: a giver that matched another's sum gave as much
    ("Ghana's government matched the $4 million from the World Bank, officials said.",
     "How much did Ghana's government contribute?", False),
])
def test_a_sum_from_another_giver_is_not_the_one_asked(text: str, question: str, abstains: bool) -> None:
    assert ask(text, question).abstained is abstains


@pytest.mark.parametrize(("question", "abstains"), [
    # break-it trial 76: the feeling asked is another person's in the best sentence
    ("Why was Mark Bell relieved?", True),
    ("Why was Jean Ross relieved?", False),
    ("Why was Mark Bell glad?", False),
])
def test_a_feeling_is_the_reason_of_whom_it_is_given_to(question: str, abstains: bool) -> None:
    text = ("Bridge survives storm\n\nThe Tay Bridge stayed open through Storm Eowyn on Friday.\n\nEngineer Mark Bell "
            "said he was glad that the repairs were finished in time, while council leader Jean Ross was relieved that "
            "no one was hurt on the roads.")
    assert ask(text, question).abstained is abstains


def test_a_word_of_a_longer_name_is_not_matched_by_a_common_synonym() -> None:
    # newcomer trial 86: "Ethiopian Airlines" was supported by "Ethiopian Civil Aviation Authority" and "aircraft"
    text = ("Abay Air currently flies eight older Dash 8 aircraft to 14 domestic destinations. The carrier carried "
            "610,000 passengers last year, according to figures from the Ethiopian Civil Aviation Authority.")
    assert ask(text, "How many passengers did Ethiopian Airlines carry last year?").abstained
    assert ask(text, "How many passengers did Abay Air carry last year?").short_answer == "610,000"


@pytest.mark.parametrize(("adjective", "country"), [("Slovak", "Slovakia"), ("Ethiopian", "Ethiopia"),
                                                    ("Ghanaian", "Ghana"), ("Kazakh", "Kazakhstan")])
def test_a_peoples_adjective_names_its_country(adjective: str, country: str) -> None:
    # newcomer trial 86: "its Slovak plant" was not supported by "its factory in Nitra, western Slovakia"
    text = (f"Wärmewerk GmbH will close its factory in Nitra, western {country}, by the end of September, cutting 640 "
            "jobs as demand for heat pumps keeps falling.")
    a = ask(text, f"Why is the heat pump maker shutting its {adjective} plant?")
    assert not a.abstained and a.citations[0].text.startswith("Wärmewerk GmbH will close")
