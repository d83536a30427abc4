"""The short answer: the span of the best sentence that answers the question.

``short_answer`` gives the typed span the scorer picked (``Candidate.span``), with a
surname resolved to the full name ("Lopez" → "Maria Lopez"), a list's coordinated names
("Denmark, Iceland and Norway"), a period's range ("7 a.m. to 7 p.m."), a qualified count's noun
("about 96 suspension cables"; a bare count leaves out the noun the question counts: "96"); for "who
said ...?" the sentence's speaker; for a what/which/who question without a typed span, a
quoted title, the name set beside the asked noun, or the phrase next to the question's
words (``qa.chunks``); for an alternative question ("A or B?") the alternative the
sentence holds; for another yes/no question "Yes" or "No" when the sentence tells it plainly
(``qa.verdict``); and None for why/how questions, where the sentence is the answer.
"""

from __future__ import annotations

import re

from qa.amounts import (
    ASKS_TALLY,
    EXTENT,
    TALLY,
    VALUE_TYPES,
    counted_thing,
    kinds_listed,
    shared_count,
    tally_side,
    vote_tally,
)
from qa.analyzer import STOP_WORDS, Token, stem, synonyms, terms, tokenize
from qa.asked import asks_who_said, caused_by, doer_of, result_asked, speech_asked, verb_slot, wants_list
from qa.chunks import answer_chunk, clause_chunk, kind_chunk, quoted_chunk, word_tag
from qa.corpus import Corpus
from qa.entities import FIGURE, NAME_TYPES, Span, role_of
from qa.facts import Facts, is_person
from qa.question import CHANGE_VERBS, QuestionAnalysis, name_of_noun, role_name
from qa.scorer import CALENDAR, CLOCK, Candidate
from qa.verdict import base_term, verdict

#: Question words whose answer is a phrase even without a typed span.
CHUNK_WH = frozenset({"what", "which", "name", "who", "whom", "whose"})


def _with_coordinates(sentence: str, span: Span, spans: list[Span], *, strict: bool = False) -> str:
    """The span with the same-type spans coordinated with it ("Jane Doe and John Roe",
    "Denmark, Iceland and Norway"; an untyped name counts as the span's type), as the
    sentence writes them; else the span alone."""
    people = is_person(span)  # "Derek Lunn and Maria Estevez": one a known person, one a person-shaped name
    # an untyped name joined to the span is of its kind ("the Eastside and Old Harbor neighborhoods")
    same = [sp for sp in spans if sp.type == span.type or people and is_person(sp)
            or sp.type == "ENTITY" and span.type in NAME_TYPES]
    i = same.index(span) if span in same else -1
    if i < 0:
        return span.text
    start, end = i, i
    # strict: no ", and" (it may start a clause: "met Ana Costa, and Lee said ...")
    joiner = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:[A-Z][\w’'.-]*\s+){0,4}" if strict else
                        r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[A-Z][\w’'.-]*\s+){0,4}")
    while start > 0 and joiner.fullmatch(sentence[same[start - 1].end:same[start].start]):
        start -= 1
    while end + 1 < len(same) and joiner.fullmatch(sentence[same[end].end:same[end + 1].start]):
        end += 1
    if start == end or end == start + 1 and re.match(r"\s*,\s*(?:and|or)\s", sentence[same[start].end:same[end].start]):
        return span.text  # two names with a comma before "and" are two clauses' ("to Denpasar, and Jetstar said")
    return sentence[same[start].start:same[end].end]


#: A preposition right before a list, which governs all of it ("in Perth and Darwin").
_PREPOSED = re.compile(r"\b(?:in|on|at|to|across|from|near|between)\s+(?:the\s+)?$", re.I)
#: A helping verb, which after "X and Y" makes Y a new clause's subject ("built in Goldfield and Tonopah *will*
#: lose its clinic").
_AUXILIARY_NEXT = re.compile(r"\s+(?:will|would|can|could|shall|should|may|might|must|has|have|had|is|are|was|were|"
                             r"does|do|did)\b", re.I)
#: A question about one end of a period: its start ("When does the charge start?") or its end.
_ONE_END = re.compile(r"\b(?:begins?|began|start(?:s|ed)?|open(?:s|ed)?|launch(?:es|ed)?|first|from|since|ends?|"
                      r"ended|finish(?:es|ed)?|close[sd]?|expires?|expired|until|till|last|deadline|reopen(?:s|ed)?|"
                      r"resumes?|resumed)\b", re.I)
#: Units of measure, which stay with a figure's short answer ("182,000 tonnes", "three months").
_UNIT_TERMS = frozenset(terms("second minute hour day week month quarter year decade century season tonne ton "
                              "kilogram kilo gram milligram microgram pound ounce kilometre kilometer mile metre meter "
                              "centimetre centimeter millimetre millimeter foot feet yard inch litre liter millilitre "
                              "gallon barrel hectare acre square cubic degree percent point knot calorie watt megawatt "
                              "gigawatt terawatt kilowatt volt byte km cm mm kg mph"))
#: An item of a list: one to four words, no clause's punctuation.
_ITEM = r"(?:[\w’'-]+\s+){0,3}[\w’'-]+"


def _examples_of(head: str, sentence: str, asked: frozenset[str] = frozenset()) -> str | None:
    """The list of examples a sentence gives right after the question's head noun in the plural
    ("crops *such as* ginger, taro and kava", "ports *including* Mombasa and Dar es Salaam"), or
    None; a list followed by its verb ("Airlines including A, B and C cancelled flights") only when
    the next two words hold a term of ``asked`` (the question's stemmed words): not "Cities
    including Paris and Berlin banned them" for "Which cities chose to cap fleet sizes?"."""
    noun = re.escape(head.rstrip("s"))
    m = re.search(rf"\b{noun}(?:s|es)?\s+(?:such\s+as|including|like)\s+({_ITEM}(?:,\s+{_ITEM})*?(?:,?\s+(?:and|or)\s+"
                  rf"{_ITEM})??)(?=\s*(?:[.;:!?)]|$|,\s+[a-z]+\s+said\b)"
                  # the list as a subject: "Airlines including Garuda Indonesia, Jetstar and Virgin Australia
                  # cancelled flights"
                  r"|\s+(?-i:[a-z]+ed|will|would|have|has|had|were|are|say|said)\b)", sentence, re.I)
    if m is None:
        return None
    after = sentence[m.end():]
    if re.match(r"\s*(?:[.;:!?)]|$|,)", after) is None and not set(terms(" ".join(after.split()[:2]))) & asked:
        return None
    return m.group(1)


#: A score of several sets or periods: "4-6, 7-6 (8), 6-3".
_SET_SCORES = re.compile(r"\b\d{1,3}-\d{1,3}(?:\s*\(\d+\))?(?:,\s*\d{1,3}-\d{1,3}(?:\s*\(\d+\))?)+")


#: "What will X be (by 2026)?", "What will X reach?": a state asked, which a value may give.
_WILL_BE = re.compile(r"^\s*what\s+(?:will|would|is|was)\b.*\b(?:be|reach)\b(?:\s+(?:by|in|at|after|next|this)\b.*)?"
                      r"\W*$", re.I)


def _value_reached(q: QuestionAnalysis, sentence: str, spans: list[Span]) -> Span | None:
    """For "What will X be?", the figure a verb of change reaches in the sentence ("will
    rise to *109,500 New Zealand dollars*", "fell to 4.1%"); None otherwise."""
    if not _WILL_BE.match(q.text):
        return None
    for m in CHANGE_VERBS.finditer(sentence):
        to = re.match(r"\s+(?:\w+\s+)?to\s+", sentence[m.end():])
        at = m.end() + to.end() if to else -1
        found = next((sp for sp in spans if sp.start == at and sp.type in ("MONEY", "PERCENT", "NUMBER")), None)
        if found is not None:
            return found
    return None


#: A distance's unit, and the time it is "per": "94 kilometres | per hour", "30 miles | an hour".
_DISTANCE = re.compile(r"(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|knots?)$", re.I)
_PER_TIME = re.compile(r"\s+(?:per|an|a|each)\s+(?:hour|second|minute|day)\b")


#: "Anaïs | and Margaux Delorme": a given name joined to a full name, which share its surname.
_SHARED_SURNAME = re.compile(r" and [A-Z][\w’'-]+ [A-Z][\w’'-]+(?= *[,.;:)]| +(?:[a-z]|$))")


def short_answer(q: QuestionAnalysis, cand: Candidate, facts: Facts, corpus: Corpus) -> str | None:
    """The short answer (see ``_span_answer``), without Markdown emphasis around it."""
    text = _span_answer(q, cand, facts, corpus)
    return text.strip("*_`").strip() or None if text is not None else None


def _span_answer(q: QuestionAnalysis, cand: Candidate, facts: Facts, corpus: Corpus) -> str | None:
    """The answering span, with a person's surname resolved to the full name; for "who
    said ...?", the sentence's speaker; for a what/which/who question without a typed span,
    a quoted title or phrase when one is asked for, the words that qualify X for "what kind
    of X", else the phrase next to the question's words (``qa.chunks``); "Yes"/"No" for a
    yes/no question (``qa.verdict``); None for why/how questions, where the sentence is the
    answer."""
    by = caused_by(q, cand.sentence.text)
    if by is not None:
        return by  # "What caused the trade to collapse?": "The arrival of cheap synthetic dyes from Germany"
    doer = doer_of(q, cand.sentence.text) if cand.span is None or cand.span.type not in NAME_TYPES else None
    if doer is not None:
        return doer  # "What tore the hole in the net pen?": "... after *a storm* tore a hole in one of its net pens"
    ref = facts.referent(cand.sentence)
    speaker = ref is not None and speech_asked(q) and cand.sentence.text[:1] in "“\"‘"
    if q.answer_type == "PERSON" and ref is not None and (cand.span is None or speaker):
        return ref[1]  # "He said ..." → the person the pronoun stands for
    said_by = [x for x in facts.speakers(cand.sentence) if not set(terms(x)) & set(q.excluded)] \
        if asks_who_said(q) else []  # "Apart from Voss, who said ...?": not Voss
    if said_by:
        name = said_by[0]  # "Who said ...?": who the sentence says said it
        return facts.full_name(cand.sentence.doc, name) or name
    body = _BODY_SAYS.search(cand.sentence.text) if asks_who_said(q) else None
    if body and not any(t in q.excluded for t in terms(body.group(1))):
        return body.group(1)  # "..., the Dunmore County Board of Elections announced.": a body that said it
    source = ACCORDING_TO.search(cand.sentence.text) if asks_who_said(q) else None
    if source and not any(t in q.excluded for t in terms(source.group(1))):
        return source.group(1)  # "according to unofficial results released by *the county elections office*"
    if q.answer_type == "ROLE":
        role = role_of(cand.sentence.text, role_name(q)) if q.entities else None
        its = re.match(rf"\s*(?:Its|Their)\s+{re.escape(role)}\b", cand.sentence.text) if role else None
        org = facts.its_organization(cand.sentence) if its else None
        return f"{role} of {org.text}" if role and org else role  # "Its director, Tor Eriksen": of Bastø Fosen
    if q.answer_type == "YESNO":  # "Is it abstract or concrete?": one of the two; else "Yes", "No" or None
        return _alternative(q.text, cand.sentence.text) if alternatives(q.text) else verdict(q, cand.sentence.text)
    result = result_asked(q, cand.sentence.text) if cand.span is None and q.wh == "why" else None
    if result is not None:  # "Why have stocks become a target?": "Prices doubled ..., making stocks a target"
        return cand.sentence.text[:result.start()].strip()
    if cand.span is None and q.wh in ("why", "how"):
        # "How did X describe it?": the quoted words; "because ...", "by ...ing"; else the sentence answers
        found = ((q.wh == "how" and quoted_chunk(q.text, cand.sentence.text, None))
                 or clause_chunk(q.wh, cand.sentence.text))
        return cand.sentence.text[found[0]:found[1]] if found else None
    if cand.span is None:
        extent = EXTENT.search(q.text) if q.wh == "how much" and q.answer_type in ("DESCRIPTION", "QUANTITY") else None
        if (q.wh not in CHUNK_WH and not extent) or speech_asked(q):
            return None  # why/how, or "what did she say": the sentence (the quote) is the answer
        head = stem(extent.group(1).casefold()) if extent else q.head_term
        of = name_of_noun(q.text)  # "What is the name of the *storm*?": a name holding the noun, or next to it
        head = stem(of) if of and not head else head
        named = _apposed_name(head, facts.tokens(cand.sentence), facts.spans(cand.sentence), bool(of),
                              cand.sentence.text) if head else None
        if named is not None:
            return named.text  # "Which developer ...?": "a local developer, *Pacific Crest Homes Inc.*,"
        kind = _name_of_kind(head, facts.tokens(cand.sentence), facts.spans(cand.sentence),
                             {t.term for t in q.tokens}) if head and q.wh in ("which", "what") else None
        if kind is not None:
            return kind.text  # "Which national park ...?": "the existing *Iberá National Park*"
        examples = _examples_of(q.head, cand.sentence.text) if q.wh in ("which", "what") and q.head else None
        if examples is not None:
            return examples  # "Which crops could farmers switch to?": "crops such as *ginger, taro and kava*"
        reached = _value_reached(q, cand.sentence.text, facts.spans(cand.sentence))
        if reached is not None:
            return reached.text  # "What will the top of the scale be?": "will rise to *109,500 dollars*"
        found = (quoted_chunk(q.text, cand.sentence.text, head) or kind_chunk(q.text, cand.sentence.text)
                 or answer_chunk({t.term for t in q.tokens}, cand.sentence.text, head, q.text))
        chunk = cand.sentence.text[found[0]:found[1]] if found else None
        if chunk and q.wh == "which" and q.head and any(
                sp.text == chunk and sp.type in _VALUE_OR_TIME for sp in facts.spans(cand.sentence)):
            return None  # "Which engine pulled the first train?": not "10:30 a.m.", a time for a thing asked
        return chunk
    text = cand.span.text
    slot = verb_slot(q)
    examples = _examples_of(q.head, cand.sentence.text, frozenset(t.term for t in q.tokens)) \
        if wants_list(q) and q.head else None
    if examples is not None:
        return examples  # "Which airlines cancelled flights?": "Airlines including *Garuda Indonesia, Jetstar and
        # Virgin Australia*"
    if wants_list(q):
        text = _with_coordinates(cand.sentence.text, cand.span, facts.spans(cand.sentence))
    elif q.wh in ("where", "when") and cand.span.type == ("LOCATION" if q.wh == "where" else "DATE") and (
            "," in (listed := _with_coordinates(cand.sentence.text, cand.span, facts.spans(cand.sentence), strict=True))
            or " and " in listed and _PREPOSED.search(cand.sentence.text, 0, cand.sentence.text.find(listed))
            and not _AUXILIARY_NEXT.match(cand.sentence.text, cand.sentence.text.find(listed) + len(listed))):
        text = listed  # "Where does FreshMart run stores?": "in Wisconsin, Minnesota and Iowa", every place of a
        # list of three or more; of two after one preposition ("users in Perth and Darwin", "on June 29 and July
        # 4"; not "... Goldfield and Tonopah will lose", where "and" may join two clauses)
    elif q.wh in ("who", "whom") and slot is not None and slot[0] == "object":
        # "Who will the group meet?": "Chairman Tom Reed and Finance Minister Ana Costa", both met
        text = _with_coordinates(cand.sentence.text, cand.span, facts.spans(cand.sentence), strict=True)
    if q.answer_type == "DATE" and cand.span.type == "DATE" and text == cand.span.text and not _ONE_END.search(q.text) \
            and re.search(r"\b(?:from|between)\s+$", cand.sentence.text[:cand.span.start], re.I):
        other = next((sp for sp in facts.spans(cand.sentence) if sp.type == "DATE" and sp.start > cand.span.end), None)
        if other is not None and re.fullmatch(r"\s+(?:to|until|till|through|and)\s+",
                                              cand.sentence.text[cand.span.end:other.start]):
            text = cand.sentence.text[cand.span.start:other.end]  # "During what hours does it apply?": "from
            # 7 a.m. to 7 p.m.", the whole range (not when only its start or end is asked)
    if q.wh == "when" and cand.span.type == "DATE" and text == cand.span.text and CLOCK.search(text):
        day = next((sp for sp in facts.spans(cand.sentence) if sp.type == "DATE" and sp.start > cand.span.end), None)
        between = cand.sentence.text[cand.span.end:day.start] if day is not None else ""
        if day is not None and re.fullmatch(r"\s+(?:local\s+time\s+)?on\s+", between):
            text = cand.sentence.text[cand.span.start:day.end]  # "When did the airport suspend flights?": "7 a.m.
            # local time on December 21, 2025", the day with the hour
    shared = _SHARED_SURNAME.match(cand.sentence.text, cand.span.end) if " " not in text and q.answer_type == "PERSON" \
        else None
    if shared and text == cand.span.text and facts.full_name(cand.sentence.doc, text) in (None, text):
        # "sisters Anaïs and Margaux Delorme": both, one surname (not "Smith and Jane Doe", Smith a surname)
        text = text + shared.group(0)
    rate = _PER_TIME.match(cand.sentence.text, cand.span.end) if text == cand.span.text and _DISTANCE.search(text) \
        else None
    text = text + rate.group(0) if rate else text  # "94 kilometres per hour": a speed, not a distance
    tally = vote_tally(cand.sentence.text, cand.span) if ASKS_TALLY.search(q.text) else None
    text = tally or text  # "What was the council vote?": "7 to 4", not "7"
    side = tally_side(q.text, text, cand.sentence.text[:cand.span.start]) if q.wh == "how many" else None
    text = side or text  # "How many council members opposed the purchase?": "voted 7-4", the 4
    for m in _SET_SCORES.finditer(cand.sentence.text) if TALLY.fullmatch(text) else ():
        if m.start() <= cand.span.start < m.end():
            text = m.group(0)  # "4-6, 7-6 (8), 6-3": a match's score is all its sets
    thing = counted_thing(q.text)  # "How many [countries] took part?": not "part"
    noun = [thing] if thing else []
    if cand.span.type == "NUMBER" and noun and noun[0] not in terms(text):
        # "how many cables": "96 suspension" + "cables", the counted noun a word or two on
        words = re.match(r"(\s+[a-z][\w-]*)(\s+[a-z][\w-]*)?", cand.sentence.text[cand.span.end:])
        end = cand.span.end
        for word in words.groups() if words else ():
            if word is None or terms(word) == []:
                break  # a function word: the noun phrase has ended
            end += len(word)
            if terms(word) == noun:
                text = cand.sentence.text[cand.span.start:end]
                break
    kinds = kinds_listed(q.text, cand.sentence.text, cand.span) if cand.span.type == "NUMBER" and noun else None
    if kinds:
        return kinds  # "How many vehicles were damaged?": "300 cars and 40 buses"
    both = shared_count(cand.sentence.text, cand.span) if cand.span.type == "NUMBER" and noun else None
    if both and terms(both.group(5)) == noun and not set(terms(both.group(2) + " " + both.group(4))) \
            & set(terms(q.text)):  # (a count whose modifier is asked, "How many domestic flights ...?", is one)
        return both.group(0)  # "How many flights were cancelled?": "310 domestic and 45 international flights"
    figure = FIGURE.match(text) if cand.span.type == "NUMBER" and q.wh == "how many" else None
    figure = figure if figure and text[figure.end():figure.end() + 1] == " " else None  # not "150" of "150-200 jobs"
    at = figure.end() if figure else 0
    counted_words = set(terms(text[at:])) if figure else set()
    if counted_words and counted_words & {x for t in terms(q.text) for x in {t} | synonyms(t)} \
            and not counted_words & _UNIT_TERMS and re.match(r"[\w,.-]+$", text[:at]):
        text = text[:at]  # "How many spectators will it hold?": "4,800", the count the question's noun
        # asks (not "182,000 tonnes" nor "three months", measures whose unit is part of the answer; and a figure
        # qualified stays a phrase: "about 410 people", not "about 410")
    if cand.span.type == "DEMONYM" and q.answer_type in ("PERSON", "ORGANIZATION"):  # "European manufacturers"
        after = re.match(r"\s+([a-z][\w-]*)", cand.sentence.text[cand.span.end:])
        named = next((sp for sp in facts.spans(cand.sentence) if after and sp.type in NAME_TYPES
                      and sp.start == cand.span.end + after.end() + 1), None)
        if named is not None:
            return named.text  # "Australian miner *Kestrel Lithium Ltd.*": the name the noun introduces
        return text + " " + after.group(1) if after else text
    if cand.span.type == "PERSON":
        text = facts.full_name(cand.sentence.doc, text) or text
    bound = _NEGATED_BOUND.search(cand.sentence.text[:cand.span.start]) if cand.span.type == "DATE" else None
    if bound and text == cand.span.text and not any((word_tag(w.casefold()) or "") in ("VBN", "VBD")
                                                    for w in bound.group(1).split()):
        text = f"not before {text}"  # "will not be ready before 2027": "not before 2027", not 2027
    return text


#: "before" under its verb's negation, right before a date, with at most three words between: "will not be
#: ready *before* 2027", "won't open before May" (not "do not cover homes built before 1960", a participle's
#: bound; "not until June" says June).
_NEGATED_BOUND = re.compile(r"(?:\b(?:not|never)\b|n[’']t\b)((?:\s+[\w-]+){0,3}?)\s+before\s+$", re.I)


#: A body named as the sentence's source at its end: "..., the Dunmore County Board of Elections announced."
_BODY_SAYS = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s+){1,6}?(?:of\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*)+)?)"
                        r"\s*(?:said|says|announced|reported|confirmed|stated)\s*[.!]?$")


#: The source a sentence is "according to", or the body that released it: "according to police", "according to
#: unofficial results released Wednesday by the Yellow Medicine County elections office".
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[^,.;]*?\bby\s+)?((?:the\s+)?[^,;]+?)\s*(?:[,;]|\.?\s*$)")


#: Typed spans that give a time or an amount, no thing a "which <noun>" question names.
_VALUE_OR_TIME = VALUE_TYPES | {"DATE", "DURATION"}


def _apposed_name(head: str, toks: list[Token], spans: list[Span], holding: bool = False,
                  sentence: str = "") -> Span | None:
    """The name set right after the asked head noun (stemmed ``head``) in a sentence, as its
    apposition ("a local developer, *Pacific Crest Homes Inc.*,") or its holder ("the
    developer *Pacific Crest*"), or with ``holding`` (a question asking "the name of" the
    noun) first a name of several words holding it ("*Tropical Storm Helena*"); or the name
    before an apposition holding the noun ("*Hekla*, one of Iceland's most active volcanoes,"),
    given the ``sentence`` text; None when there is none."""
    for sp in spans if holding else []:
        inside = [t for t in toks if sp.start <= t.start < sp.end]
        if sp.type in NAME_TYPES and len(inside) > 1 and any(t.term == head for t in inside[:-1]) \
                and inside[-1].term != head:
            return sp
    for t in toks:
        if t.term == head:
            found = next((sp for sp in spans if sp.type in NAME_TYPES and 1 <= sp.start - t.end <= 2), None)
            if found is not None:
                return found
            # "*Hekla*, one of Iceland's most active volcanoes,", "*Hekla*, a volcano in southern Iceland,": the
            # name the apposition holding the noun describes
            opening = re.match(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),", sentence)  # a name opening the sentence,
            first = [Span(0, opening.end(1), opening.group(1), "ENTITY")] if opening \
                and opening.group(1).split()[0].casefold() not in STOP_WORDS \
                and (word_tag(opening.group(1).casefold()) or "NNP") not in ("RB", "NN", "JJ") \
                and opening.group(1) not in CALENDAR else []  # which spans leave out; not "Yesterday," "Meanwhile,"
            found = next((sp for sp in [*spans, *first] if sp.type in NAME_TYPES and sp.end < t.start
                          and _APPOSED_BEFORE.fullmatch(sentence[sp.end:t.start])
                          and not _AFTER_PREPOSITION.search(sentence[:sp.start])), None)
            if found is not None:
                return found
    return None


def _name_of_kind(head: str, toks: list[Token], spans: list[Span], asked: set[str]) -> Span | None:
    """The first name of several words in a sentence that ends in the asked head noun (stemmed
    ``head``) and holds a word the question (stemmed terms ``asked``) lacks: "*Iberá National
    Park*" for "Which national park ...?"; None when there is none."""
    for sp in spans:
        inside = [t for t in toks if sp.start <= t.start < sp.end]
        if sp.type in NAME_TYPES and len(inside) > 1 and inside[-1].term == head \
                and any(t.term not in asked for t in inside[:-1]):
            return sp
    return None


#: A preposition before a name (and its other capitalized words): "*At* Saint Evroul, a tradition of singing"
#: describes no Evroul.
_AFTER_PREPOSITION = re.compile(r"\b(?:at|in|on|from|to|of|for|by|with|near|into|across|after|before|since|"
                                r"during)\s+(?:[A-Z][\w’'.-]*\s+)*$", re.I)
#: What stands between a name and the noun of its apposition: ", a ", ", one of Iceland's most active ".
_APPOSED_BEFORE = re.compile(r",\s+(?:an?|one\s+of|[A-Z][\w-]*[’']s)\s[^,;:()]{0,60}")  # "Iceland's most active"


#: "Is it A or B?": what stands before and after the last "or" of a question.
_OR = re.compile(r"^(?P<left>.*)\s+or\s+(?P<right>[^?]+?)\W*$", re.I)


def alternatives(question: str) -> list[tuple[list[Token], list[Token]]]:
    """The readings of an alternative question's two alternatives, as content tokens, the
    longest first: after "or" to the end, or its first words when the rest is shared ("a
    *simple* or *complex* answer"), each with as many content words just before "or" ("Is
    Sarah Kim the *chair* or the *chief executive*?", "in *public* or in *private*?");
    empty without "or"."""
    m = _OR.match(question)
    if not m:
        return []
    right = [t for t in tokenize(m.group("right")) if not t.stop]
    before = [t for t in tokenize(m.group("left")) if not t.stop]
    offset = m.start("right")
    return [(before[-k:], [Token(t.surface, t.start + offset, t.end + offset, t.norm, t.term, t.stop)
                           for t in right[:k]]) for k in range(len(right), 0, -1) if len(before) >= k]


def _alternative(question: str, sentence: str) -> str | None:
    """For an alternative question ("Is it abstract or concrete?"), the one alternative the
    sentence holds ("concrete"), as the question writes it; None for a plain yes/no question
    or when the sentence holds both or neither."""
    present = set(terms(sentence)) | {base_term(t.norm) for t in tokenize(sentence)}  # "fell": fall
    for pair in alternatives(question):
        held = [alt for alt in pair if all(t.term in present for t in alt)]
        if len(held) == 1:
            return question[held[0][0].start:held[0][-1].end]
    return None
