"""Follow-up dialogues: how each question is read and what it answers."""

from __future__ import annotations

import pytest

from qa import Chat, Corpus

BRIEF_DIALOGUES = [
    # (question, expected reading fragment or None for "not rewritten", expected short answer or cited text)
    [
        ("Who is leading the House delegation to China?", None, "Adam Smith"),
        ("Which committee is he on?", "Adam Smith", "House Armed Services Committee"),
        ("When did they last visit?", "the House delegation", "2019"),
    ],
    [
        ("Who is the U.S. ambassador to China?", None, "David Perdue"),
        ("What did he describe as huge?", "David Perdue", "“huge” purchase"),
    ],
    [
        ("Where could Trump and Xi meet?", None, "South Korea"),
        ("When?", "When", "next month"),
    ],
]

STORY = (
    "Maria Lopez founded Harbor Bakery in Portland in 2011. "
    "She opened a second shop in Seattle in 2019.\n\n"
    "The bakery employs 40 people. It sells about 3,000 loaves a week."
)


def _check(chat: Chat, question: str, reading: str | None, expected: str) -> None:
    a = chat.ask(question)
    if reading is None:
        assert "rewritten" not in a.details, a.details.get("rewritten")
    else:
        assert reading in a.details["rewritten"], a.details.get("rewritten")
        assert a.details["rewritten_note"].startswith("(reading")
    assert not a.abstained, a.details["abstain_reason"]
    assert expected in (a.short_answer or "") or expected in a.citations[0].text, (a.short_answer, a.text)


@pytest.mark.parametrize("dialogue", BRIEF_DIALOGUES)
def test_brief_dialogues(dialogue: list[tuple[str, str | None, str]]) -> None:
    chat = Chat()
    for question, reading, expected in dialogue:
        _check(chat, question, reading, expected)


def test_story_dialogue() -> None:
    chat = Chat(Corpus.from_text(STORY, name="story"))
    _check(chat, "Who founded Harbor Bakery?", None, "Maria Lopez")
    _check(chat, "Where did she open a second shop?", "Maria Lopez", "Seattle")
    a = chat.ask("How many people does the bakery employ?")
    assert a.short_answer == "40 people"


def test_question_without_context_is_not_rewritten() -> None:
    chat = Chat()
    chat.ask("Who is leading the House delegation to China?")
    a = chat.ask("Who is the U.S. ambassador to China?")
    assert "rewritten" not in a.details
    assert a.short_answer == "David Perdue"


def test_reset_forgets() -> None:
    chat = Chat()
    chat.ask("Who is leading the House delegation to China?")
    chat.reset()
    # nothing to resolve "he" against any more: asked as it is, and said so
    assert chat.resolve("Which committee is he on?") == ("Which committee is he on?",
                                                         '(nothing earlier says who or what "he" is)')


def test_answer_stays_stateless() -> None:
    from qa import answer

    answer("Who is leading the House delegation to China?")
    a = answer("Which committee is he on?")
    assert "rewritten" not in a.details


def test_a_pronoun_with_its_antecedent_in_the_question_is_left_alone() -> None:
    chat = Chat()
    chat.ask("Who is leading the House delegation to China?")
    assert chat.resolve("When will the agency publish its decision?") == (
        "When will the agency publish its decision?", "")
    assert chat.resolve("What did its leader say?")[0] == "What did the House delegation's leader say?"


def test_what_about_a_thing_after_a_person_s_words_swaps_the_topic() -> None:
    chat = Chat()
    chat.ask("What did Smith say about nuclear weapons?")
    assert chat.ask("What about TikTok?").details["rewritten"] == "What did Smith say about TikTok?"
    then = chat.ask("And then?")  # nothing to ask about: not read as "What did then say ..."
    assert "rewritten" not in then.details and then.abstained
    assert chat.ask("Where?").details["rewritten"].startswith("Where did Smith say about TikTok")


def test_he_is_not_read_as_a_woman_the_text_calls_she() -> None:
    text = "Governor Elaine Marsh cut the ribbon on Thursday. She praised the crews.\n\nThe mayor spoke next."
    chat = Chat(Corpus.from_text(text, name="b"))
    assert chat.ask("Who cut the ribbon?").short_answer == "Elaine Marsh"
    a = chat.ask("What is he the mayor of?")
    assert "rewritten" not in a.details  # not "What is Elaine Marsh the mayor of?"
    assert "nothing earlier says who or what \"he\" is" in a.details["rewritten_note"]
    assert chat.ask("What did she praise?").details["rewritten"] == "What did Elaine Marsh praise?"


def test_it_stands_for_the_noun_phrase_not_its_verb() -> None:
    text = "The first new bakery will open in Pueblo in June.\n\nThe repairs will cost $4.2 million."
    chat = Chat(Corpus.from_text(text, name="b"))
    chat.ask("When will the first new bakery open?")
    a = chat.ask("Where will it open?")
    assert a.details["rewritten"] == "Where will the first new bakery open?"  # not "... bakery open open?"
    assert a.short_answer == "Pueblo"


def test_a_long_conversation_keeps_a_bounded_history() -> None:
    from qa.chat import MAX_TURNS

    chat = Chat(Corpus.from_text("Mayor Ellen Park opened the bridge on Monday.", name="m"))
    for _ in range(MAX_TURNS + 5):
        chat.ask("Who opened the bridge?")
    assert len(chat.turns) == MAX_TURNS and chat.asked == MAX_TURNS + 5
    assert chat.ask("When did she open it?").details["rewritten"].startswith("When did Ellen Park open")


def test_what_about_another_name_swaps_the_name_and_keeps_the_rest() -> None:
    chat = Chat()
    chat.ask("What is Zhao Leji's title?")
    a = chat.ask("What about Wang Yi?")
    assert a.details["rewritten"] == "What is Wang Yi's title?"
    assert a.short_answer == "Foreign Minister"


def test_what_about_a_name_after_a_question_without_a_frame_asks_who_it_is() -> None:
    chat = Chat()
    chat.ask("Who leads the delegation?")  # no name to swap, no auxiliary to carry the phrase
    a = chat.ask("What about Wang Yi?")
    assert a.details["rewritten"] == "Who is Wang Yi?"  # not "Who Wang Yi?", answered "Zhao Leji"
    assert a.short_answer == "Foreign Minister"


def test_and_when_asks_the_previous_question_again_not_a_phrase_swap() -> None:
    text = ("Prime Minister Keir Starmer met French President Emmanuel Macron in Paris on Friday. Macron called "
            "the talks \u201cvery productive\u201d and said both sides would meet again in March.")
    chat = Chat(Corpus.from_text(text, name="t"))
    chat.ask("Where did Starmer meet Macron?")
    a = chat.ask("And when?")
    assert a.details["rewritten"] == "When did Starmer meet Macron?"  # was "Where did when meet Macron?"
    assert a.short_answer == "Friday"


def test_a_pronoun_is_not_the_person_the_question_itself_names() -> None:
    text = ("Mary Johnson resigned as chief executive of Delta Bank on Friday. Sarah Kim, the bank's chair, "
            "thanked Johnson for her service.")
    chat = Chat(Corpus.from_text(text, name="t"))
    chat.ask("Who is the bank's chair?")
    a = chat.ask("What did she thank Johnson for?")
    assert a.details["rewritten"] == "What did Sarah Kim thank Johnson for?"  # not "Mary Johnson"
    assert a.short_answer == "service"


def test_a_bare_question_word_after_an_object_question_keeps_its_subject() -> None:
    chat = Chat(Corpus.from_text("Coach Ann Lee replaced striker Tom Ray at halftime on Saturday.", name="t"))
    chat.ask("Who did the coach replace?")  # its answer is the object: no new subject for the next question
    a = chat.ask("And when?")
    assert a.details["rewritten"] == "When did the coach replace?"


def test_it_in_how_long_did_it_take_refers_to_nothing() -> None:
    text = "Grace Wanjiru won the Paris Marathon in 2 hours 17 minutes. The Paris Marathon took place on April 6."
    chat = Chat(Corpus.from_text(text, name="t"))
    chat.ask("When did the Paris Marathon take place?")
    a = chat.ask("How long did it take Grace Wanjiru to finish?")
    assert "rewritten" not in a.details  # was: "it" read as "the Paris Marathon take"
    assert a.short_answer == "2 hours 17 minutes"


def test_what_about_a_phrase_with_the_same_head_noun_swaps_that_phrase() -> None:
    text = "Kenya's Grace Wanjiru won the women's race on Sunday. Ethiopia's Abebe Tola won the men's race."
    chat = Chat(Corpus.from_text(text, name="t"))
    chat.ask("Who won the men's race?")
    a = chat.ask("What about the women's race?")
    assert a.details["rewritten"] == "Who won the women's race?"  # was "What is the women's race?"
    assert a.short_answer == "Grace Wanjiru"


def test_and_before_a_whole_question_is_no_ellipsis() -> None:
    text = "Mayor Anne Hidalgo opened the new metro line on Monday in the suburb of Orly."
    chat = Chat(Corpus.from_text(text, name="t"))
    chat.ask("Who opened the new metro line?")
    a = chat.ask("And where did it open?")
    assert a.details["rewritten"] == "Where did the new metro line open?"  # was "What is where did it ...?"


def test_it_is_no_person() -> None:
    chat = Chat(Corpus.from_text("Mayor Anne Hidalgo opened the line. Critics attacked it.", name="t"))
    chat.ask("Who is the mayor?")
    a = chat.ask("Who criticised it?")
    assert "the mayor" not in a.details.get("rewritten", "")
