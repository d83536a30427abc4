"""Sentence segmentation and document metadata, on the shipped brief and small in-memory texts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from qa import Corpus
from qa.document import parse_metadata
from qa.sentences import split_sentences

BRIEF_NAME = "us-china-rare-earths-2025-09-23"
BRIEF_PATH = Path(__file__).resolve().parent.parent / "corpus" / f"{BRIEF_NAME}.txt"


def containing(sents, start: int, end: int):
    """The sentences whose span holds text[start:end] entirely."""
    return [s for s in sents if s.start <= start and end <= s.end]


def occurrences(text: str, phrase: str) -> list[int]:
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


# --- the shipped brief -------------------------------------------------------------------------------------------


def test_brief_is_the_shipped_file_untouched(doc):
    assert doc.name == BRIEF_NAME
    assert doc.text == BRIEF_PATH.read_text(encoding="utf-8")


def test_brief_sentence_count_and_indices(sents):
    assert len(sents) == 33
    assert [s.index for s in sents] == list(range(33))
    assert all(s.doc == BRIEF_NAME for s in sents)


def test_every_sentence_matches_its_offsets_and_is_stripped(doc, sents):
    for s in sents:
        assert doc.text[s.start:s.end] == s.text, s
        assert s.text, s
        assert s.text == s.text.strip(), s
        assert s.kind in ("sentence", "heading", "meta")


def test_sentences_are_in_order_and_do_not_overlap(sents):
    for a, b in zip(sents, sents[1:]):
        assert a.end <= b.start, (a, b)
        assert a.paragraph <= b.paragraph


def test_beijing_dot_the_is_two_sentences(doc, sents):
    at = doc.text.index("Beijing.The")
    cut = at + len("Beijing.")
    first = next(s for s in sents if s.end == cut)
    second = next(s for s in sents if s.start == cut)
    assert second.index == first.index + 1
    text = "The U.S.-China dispute over rare earth supplies remains unresolved despite high-level meetings in Beijing."
    assert first.text == text
    assert second.text == text
    assert (first.start, first.end) == (17, 123)
    assert (second.start, second.end) == (123, 229)
    for s in (first, second):
        assert doc.text[s.start:s.end] == s.text
        assert s.kind == "sentence"


@pytest.mark.parametrize("phrase", [
    "U.S. House delegation",
    "U.S. Ambassador",
    "Oracle Corp. majority",
    "Boeing Co. aircraft",
    "ByteDance Ltd., would",
])
def test_abbreviations_do_not_split_a_sentence(doc, sents, phrase):
    found = occurrences(doc.text, phrase)
    assert found, phrase
    for at in found:
        holders = containing(sents, at, at + len(phrase))
        assert len(holders) == 1, (phrase, at)
        assert holders[0].kind == "sentence"


def test_abbreviation_sentences_exact(sents):
    assert sents[11].text == "Smith is leading the first official U.S. House delegation to China since 2019."
    assert (sents[11].start, sents[11].end) == (912, 990)
    assert sents[21].text == ("Smith was asked whether TikTok’s Chinese parent company, ByteDance Ltd., would maintain "
                              "any role in the app’s U.S. algorithm under the pending arrangement.")
    assert sents[24].text.startswith("According to White House Press Secretary Karoline Leavitt,")
    assert sents[24].text.endswith("many details have yet to be finalized.")
    assert sents[25].text == "Another major item on the agenda is a long-awaited Boeing Co. aircraft order."
    assert sents[26].text.startswith("The U.S. Ambassador to China David Perdue told reporters")
    assert sents[26].text.endswith("a “huge” purchase that is years in the making.")


@pytest.mark.parametrize("heading", [
    "United States and China talks stall over rare earth supply dispute",
    "U.S. and China fail to iron out rare earths dispute",
    "Dialogue continues about trade, TikTok, and aircraft deals",
])
def test_headings_are_their_own_units(doc, sents, heading):
    matches = [s for s in sents if s.text == heading]
    assert len(matches) == 1, heading
    s = matches[0]
    assert s.kind == "heading"
    assert doc.text[s.start:s.end] == heading
    # nothing else of the same paragraph: a heading is a block of its own
    assert [x for x in sents if x.paragraph == s.paragraph] == [s]


def test_heading_offsets(sents):
    assert (sents[3].index, sents[3].start, sents[3].end) == (3, 231, 297)
    assert (sents[10].index, sents[10].start, sents[10].end) == (10, 859, 910)
    assert (sents[19].index, sents[19].start, sents[19].end) == (19, 1933, 1991)


def test_byline_and_timestamp_are_separate_meta_units(doc, sents):
    by = next(s for s in sents if s.text == "By: Cryptopolitan")
    ts = next(s for s in sents if s.text == "2025/09/23 19:40")
    assert by.kind == "meta" and ts.kind == "meta"
    assert (by.start, by.end) == (299, 316)
    assert (ts.start, ts.end) == (317, 333)
    assert ts.index == by.index + 1
    following = sents[ts.index + 1]
    assert following.text == ("Representatives from the U.S. and China have held a series of meetings to discuss trade "
                              "and security concerns.")
    assert following.kind == "sentence"
    assert following.start == 334
    # not glued: the timestamp stops before the line break, the sentence starts after it
    assert "\n" not in ts.text and "Representatives" not in ts.text


def test_leading_date_is_a_meta_unit(doc, sents):
    first = sents[0]
    assert first.text == "date 2025-09-23"
    assert first.kind == "meta"
    assert (first.start, first.end) == (1, 16)  # the file starts with a space
    assert doc.text[0] == " "
    assert sents[1].text.startswith("The U.S.-China dispute")


def test_nbsp_after_a_sentence_is_not_part_of_it(doc, sents):
    s = sents[7]
    assert s.text.endswith("delegation to China since 2019.")
    assert doc.text[s.end] == "\u00a0"


def test_curly_two_sentence_quote_stays_one_unit(doc, sents):
    quote = "“I don’t think we resolved the rare earth question. I think that still needs to be worked on,” he said."
    matches = [s for s in sents if s.text == quote]
    assert len(matches) == 1
    s = matches[0]
    assert (s.index, s.start, s.end) == (15, 1340, 1443)
    assert doc.text[s.start:s.end] == quote
    at = doc.text.index("I think that still")
    assert containing(sents, at, at + 5) == [s]


def test_other_quote_sentence(sents):
    assert sents[29].text == ("“When you’re getting up into the hundreds, close to 1,000 on nuclear weapons, "
                              "it’s time to start having a conversation,” he said.")


def test_kinds_of_the_brief(sents):
    assert [s.index for s in sents if s.kind == "meta"] == [0, 4, 5]
    assert [s.index for s in sents if s.kind == "heading"] == [3, 10, 19]


def test_document_metadata(doc):
    assert doc.date == "2025-09-23"
    assert doc.byline == "Cryptopolitan"
    assert doc.published == "2025/09/23 19:40"
    assert doc.headline == "United States and China talks stall over rare earth supply dispute"
    assert doc.path == str(BRIEF_PATH)


# --- in-memory texts ---------------------------------------------------------------------------------------------

PARA = ("The committee met on Monday to review the proposed budget for the coming year. "
        "Members debated the allocation of funds for road repairs and school buildings at length. "
        "After a long discussion, the chair called a vote and the measure passed narrowly.")


def test_hard_wrapped_paragraph_is_joined_across_line_breaks():
    wrapped = textwrap.fill(PARA, 60)
    assert wrapped.count("\n") >= 3  # really hard-wrapped
    text = "Council approves budget\n\n" + wrapped + "\n"
    d = parse_metadata("t", text)
    sents = split_sentences(d)
    assert [s.kind for s in sents] == ["heading", "sentence", "sentence", "sentence"]
    assert sents[0].text == "Council approves budget"
    for s in sents:
        assert text[s.start:s.end] == s.text
    joined = [" ".join(s.text.split()) for s in sents[1:]]
    assert joined == [
        "The committee met on Monday to review the proposed budget for the coming year.",
        "Members debated the allocation of funds for road repairs and school buildings at length.",
        "After a long discussion, the chair called a vote and the measure passed narrowly.",
    ]
    assert "\n" in sents[1].text  # the original line break is kept, offsets untouched
    assert sents[1].start == len("Council approves budget\n\n")
    assert d.headline == "Council approves budget"


def test_crlf_header_lines_are_separate_units():
    text = "Headline here\r\n\r\nBy: Jane Doe\r\n2025/01/02 10:00\r\nFirst sentence here. Second one too.\r\n"
    d = parse_metadata("t", text)
    sents = split_sentences(d)
    assert [(s.text, s.kind) for s in sents] == [
        ("Headline here", "heading"),
        ("By: Jane Doe", "meta"),
        ("2025/01/02 10:00", "meta"),
        ("First sentence here.", "sentence"),
        ("Second one too.", "sentence"),
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert (d.byline, d.published, d.headline, d.date) == ("Jane Doe", "2025/01/02 10:00", "Headline here", None)


def test_from_text_without_metadata():
    c = Corpus.from_text("Mr. Smith went to Washington. He met Dr. Jones.", name="t")
    d = c.documents["t"]
    assert (d.date, d.byline, d.published, d.headline, d.path) == (None, None, None, None, None)
    assert [s.text for s in c.sentences["t"]] == ["Mr. Smith went to Washington.", "He met Dr. Jones."]


def test_date_only_line_then_body():
    text = "date 2025-01-01\nBody text is here. More text."
    sents = split_sentences(parse_metadata("t", text))
    assert [(s.text, s.kind, s.start, s.end) for s in sents] == [
        ("date 2025-01-01", "meta", 0, 15),
        ("Body text is here.", "sentence", 16, 34),
        ("More text.", "sentence", 35, 45),
    ]


def test_leading_date_line_is_not_the_headline():
    # regression: the 'date YYYY-MM-DD' line (a meta unit) used to be taken as the headline
    d = parse_metadata("t", "date 2025-01-01\n\nCouncil approves budget\n\nThe council met. It voted.")
    assert d.date == "2025-01-01"
    assert d.headline == "Council approves budget"


@pytest.mark.parametrize(("text", "dateline", "first"), [
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday. It passed.", "WASHINGTON (Reuters) -",
     "The Senate voted on Tuesday."),
    ("Harbor City, March 4, 2026 - The council voted 7 to 2. The mayor spoke.", "Harbor City, March 4, 2026 -",
     "The council voted 7 to 2."),
    ("NEW YORK — Stocks fell. Bonds rose.", "NEW YORK —", "Stocks fell."),
    ("RIVERTON, Ohio, March 11 (Reuters) - The council voted. It passed.", "RIVERTON, Ohio, March 11 (Reuters) -",
     "The council voted."),
    ("SAN JOSE, Calif., April 24 (Reuters) - Sales rose. Shares fell.", "SAN JOSE, Calif., April 24 (Reuters) -",
     "Sales rose."),
    ("PORTLAND, Ore. (AP) — Okonkwo scored. Portland won.", "PORTLAND, Ore. (AP) —", "Okonkwo scored."),
    # code review 50: capitals with diacritics
    ("VÄXJÖ, Sweden (Wire) - Mayor Zoë Ångström spoke. She left.", "VÄXJÖ, Sweden (Wire) -",
     "Mayor Zoë Ångström spoke."),
    ("QUÉBEC CITY, Québec (CP) — Nurses walked out. Talks failed.", "QUÉBEC CITY, Québec (CP) —",
     "Nurses walked out."),
    ("ŁÓDŹ, Poland — Óscar Ruiz won. He smiled.", "ŁÓDŹ, Poland —", "Óscar Ruiz won."),
])
def test_dateline_is_a_meta_unit(text: str, dateline: str, first: str) -> None:
    sents = split_sentences(parse_metadata("t", text))
    assert (sents[0].kind, sents[0].text) == ("meta", dateline)
    assert (sents[1].kind, sents[1].text) == ("sentence", first)
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_a_dash_inside_a_sentence_is_not_a_dateline() -> None:
    sents = split_sentences(parse_metadata("t", "The U.S. - China talks - went on. Fine."))
    assert [s.kind for s in sents] == ["sentence", "sentence"]


def test_classic_mac_line_ends_split_lines_too() -> None:
    text = "Bridge reopens\rBy Jane Doe\r\rThe bridge reopened on Monday. Mayor Ann Lee cut the ribbon.\r"
    sents = split_sentences(parse_metadata("cr", text))
    assert [(s.kind, s.text) for s in sents] == [
        ("heading", "Bridge reopens"), ("meta", "By Jane Doe"),
        ("sentence", "The bridge reopened on Monday."), ("sentence", "Mayor Ann Lee cut the ribbon.")]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_a_short_line_followed_by_lower_case_is_hard_wrapped_prose() -> None:
    from qa import Corpus

    body = "The council agreed to the spending plan on Tuesday evening after a long debate."
    corpus = Corpus.from_text(f"The mayor\nsaid the plan was good.\n\nBudget passes\n{body}", name="t")
    assert [(s.kind, s.text) for s in corpus.all_sentences()] == [
        ("sentence", "The mayor\nsaid the plan was good."), ("heading", "Budget passes"), ("sentence", body)]


def test_a_clock_time_before_a_day_does_not_end_the_sentence() -> None:
    text = ("The strike will end at 7 a.m. Saturday. Polls close at 8 p.m. ET on Tuesday. "
            "It ran until 10 p.m. Then he left.")
    units = [s.text for s in split_sentences(parse_metadata("t", text))]
    assert units == ["The strike will end at 7 a.m. Saturday.", "Polls close at 8 p.m. ET on Tuesday.",
                     "It ran until 10 p.m.", "Then he left."]


def test_an_abbreviated_title_before_a_name_does_not_end_the_sentence() -> None:
    # the segmenter knows "Mr." but not "Ms.", "Cllr." or "Amb."
    text = ("“Libraries are the last free places,” said Ms. Priya Desai, 34. Cllr. Ann Lee disagreed. "
            "She met Amb. Omar Haddad. Then he left.")
    units = [s.text for s in split_sentences(parse_metadata("t", text))]
    assert units == ["“Libraries are the last free places,” said Ms. Priya Desai, 34.", "Cllr. Ann Lee disagreed.",
                     "She met Amb. Omar Haddad.", "Then he left."]


def test_a_companys_abbreviation_ends_no_sentence_when_the_name_goes_on() -> None:
    # development set 50: "built by Bluegum Modular Pty. | Ltd. at a plant in Kingsmere" was cut in two
    text = ("The homes will be built by Bluegum Modular Pty. Ltd. at a plant in Kingsmere. Sime Darby Bhd. said it "
            "would sell. It was sold to Acme Co. The deal closed.")
    units = [s.text for s in split_sentences(parse_metadata("t", text))]
    assert units == ["The homes will be built by Bluegum Modular Pty. Ltd. at a plant in Kingsmere.",
                     "Sime Darby Bhd. said it would sell.", "It was sold to Acme Co.", "The deal closed."]


def test_a_companys_abbreviation_before_a_figure_or_in_lower_case_ends_no_sentence() -> None:
    # newcomer trial 85: "fined the fishing company Hafbrun hf. | 480 million kronur" lost the fine
    text = ("A court fined the fishing company Hafbrun hf. 480 million kronur for landing cod. It fined Lopar ehf. "
            "on Friday. It fined Petro Ltda. 30 million reais. It was sold to Acme Co. The deal closed.")
    units = [s.text for s in split_sentences(parse_metadata("t", text))]
    assert units == ["A court fined the fishing company Hafbrun hf. 480 million kronur for landing cod.",
                     "It fined Lopar ehf. on Friday.", "It fined Petro Ltda. 30 million reais.",
                     "It was sold to Acme Co.", "The deal closed."]
