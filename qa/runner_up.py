"""Runner-ups: which candidate answers when the best one does not (``qa.abstention``).

The answerer (``qa.answerer``) asks these in turn:

* the best sentence fails the name or number check: the next candidate answers when it
  scores within RUNNER_UP_MARGIN and passes every check;
* ``fallback``: what one of the next two candidates must hold to answer instead (a narrow
  type asked: an age, a length, a clock time, a street; a person doing the question's verb;
  a tally; the rank asked; a count of the thing asked below a sum; another person than
  those set aside, "Apart from X, who ...?");
* ``role_holder``: for "Who is the <role> of X?", the holder named further on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.abstention import (
    BASE_ASKED,
    BASE_SAID,
    FUNDING_ASKED,
    FUNDING_SAID,
    LEADING,
    NOT_HOLDING,
    OFFICE_HELD,
    OFFICE_VERB,
    RELATIVE_TIME,
    abstain_reason,
)
from qa.amounts import ASKS_TIME_OF_DAY, TALLY, amount_noun, counted_thing
from qa.analyzer import synonyms, terms
from qa.asked import asked_ranks, held_role, verb_slot
from qa.chunks import word_tag
from qa.contrast import opposite_asked
from qa.corpus import Corpus
from qa.entities import ORG_WORDS, TITLES
from qa.facts import ORG_NOUNS, Facts, role_of
from qa.question import THE_VOTE, QuestionAnalysis
from qa.scorer import GIVES_CAUSE, STREETS, Candidate

#: How far below the best sentence a runner-up may score and still answer in its place when
#: the best lacks the question's name or number.
RUNNER_UP_MARGIN = 0.2


#: Questions whose answer type is narrow enough (an age, a length, a weight, a speed) that a
#: sentence among the next two holding one answers when the best sentence holds none.
_MEASURED = frozenset({"how old", "how deep", "how tall", "how high", "how wide", "how heavy", "how fast", "how far",
                       "how long"})


#: Head nouns that ask for a tally ("What was the *score*?": "6-3"; "the *vote*": "7-3").
_TALLIED = frozenset({"score", "scoreline", "tally", "vote"})


_LEADING_WORDS = frozenset(LEADING.split())


#: Words of a side taken, for or against: another sentence may tell the side asked (not "least" below "most",
#: which asks another thing the text may not hold).
_STANCES = frozenset("against approve approved favor favour support supported oppose opposed accept accepted reject "
                     "rejected".split())


_YEAR = re.compile(r"\bin\s+(?:1[89]|20)\d\d\b")  # "fined ... in 2015": an event of another year


#: Answer types a span gives (a name, a date, a figure), which the next sentence may hold (``fallback``).
_TYPED = frozenset("PERSON ORGANIZATION LOCATION GROUP DATE NUMBER MONEY PERCENT QUANTITY".split())



def _holds_office(c: Candidate) -> bool:
    """Whether the candidate's person is given a leading office by title or apposition ("Museum
    director Koen De Smet", "Dr. Khamla Vongsay, the seed bank's director and a plant geneticist"),
    in the first part of the role (not "a GP at the surgery and the clinical lead", nor "who has
    led safaris")."""
    role = role_of(c.sentence.text, c.span.text) if c.span is not None else None
    if not role or role.casefold().startswith(("who", "which", "that")):
        return False
    first = re.split(r"\s+(?:and|at|of|for|in|with|on)\s+", role)[0]
    if re.search(NOT_HOLDING, first, re.I) \
            or re.search(r"\bhead\s+of\s+[a-z]", role):
        return False  # "the seed bank's former director", "deputy director", "head of research"
    return bool({w.casefold().strip("’'s") for w in first.split()} & _LEADING_WORDS)


def fallback(q: QuestionAnalysis, best: Candidate, reason: tuple[str, str] | None,
             facts: Facts) -> Callable[[Candidate], bool] | None:
    """What one of the next two candidates must hold to answer instead of the best one, or
    None when none may: a sentence counting the asked thing below one answering "How many
    jobs ...?" with a sum; a typed span, and the question's names, below a best sentence
    without the narrow type asked ("How heavy was the calf?", "What time ...?", "On which
    street ...?"); a tally
    ("4-6, 6-3", "voted 9–3") below a best sentence without a figure for "What was the score?"
    or "What was the result of the vote?"; a person
    doing the question's verb ("who led the study") below one without a person for "Who
    led the survey?"; the rank
    asked ("third") below a best sentence that does not say it; for a name, date or figure
    asked, the next sentence of the best one's paragraph when it holds one and a question
    word the best lacks ("... the final of the Polish Masters sold out" + "Team Orzeł beat
    Husaria Gaming 3-1"); a sentence giving a cause below a headline for "Why ...?"; the word
    the question asks, below a best sentence that says its
    opposite ("voted against" below "voted to approve"). The candidate must also pass
    every check (``abstain_reason``)."""
    if reason is not None and reason[0] == "type" and q.wh == "how" and FUNDING_ASKED.search(q.text):
        # "How was the arena paid for?": "It was financed by developer Nowak Capital and a loan", a runner-up
        return lambda c: FUNDING_SAID.search(c.sentence.text) is not None
    side = opposite_asked(reason[1]) if reason is not None and reason[0] == "contrast" else None
    if side is not None and side.casefold().split()[-1] in _STANCES:
        # "Who voted against the ferry?": not "voted 11-5 to approve" but "Councillor Kathryn Morse, who voted
        # against, said ...", a sentence that writes the side asked
        asked = re.compile(rf"\b{re.escape(side)}\b", re.I)
        return lambda c: asked.search(c.sentence.text) is not None
    if reason is not None and reason[0] == "type" and BASE_ASKED.search(q.text):
        # "Where is Halvard Systems based?": "The Seattle-based company said ...", a close runner-up
        return lambda c: c.span is not None and BASE_SAID.search(c.sentence.text) is not None
    if reason is not None and reason[0] == "name" and reason[1].startswith("the best sentence gives no amount of"):
        measured = amount_noun(q)  # "How much rock fell?": "About 45,000 cubic meters of rock came down"
        return lambda c: c.span is not None and measured in {t.term for t in facts.tokens(c.sentence)}
    if reason is not None and reason[0] == "type" and q.excluded and q.answer_type == "PERSON":
        # "Apart from Raymond Chu, which councillors voted against the plan?": not his own sentence again, but
        # "The other dissenting vote came from Councillor Priya Natarajan"
        return lambda c: c.span is not None and c.span.type == "PERSON" and not set(terms(c.span.text)) & set(
            q.excluded)
    noun = counted_thing(q.text)
    if reason is None and noun and best.span is not None and best.span.type == "MONEY":
        return lambda c: c.span is not None and noun in terms(c.span.text)
    if reason is not None and reason[0] == "type" and (q.wh in _MEASURED or ASKS_TIME_OF_DAY.search(q.text)
                                                       or q.answer_type == "LOCATION" and q.head_term in STREETS):
        names = {t for n in q.entities for t in terms(n)}  # named in the sentence itself, not only near it
        return lambda c: c.span is not None and names <= c.matched
    office = OFFICE_VERB.match(q.text)
    qualified = reason is not None and reason[1].startswith("the best sentence names only a former")
    if reason is not None and reason[0] == "type" and (best.span is None or best.span.type != "PERSON" or qualified) \
            and office and (office.group(1).casefold() in OFFICE_HELD or qualified):
        # "Who runs the seed bank?": "said Dr. Khamla Vongsay, the seed bank's director", the office's holder
        # (``abstain_reason`` asks the candidate for a word of the office)
        return lambda c: (c.span is not None and c.span.type in ("PERSON", "ENTITY") and _holds_office(c)
                          and _office_of_asked(q, c))
    slot = verb_slot(q)
    if reason is not None and reason[0] == "type" and slot is not None and slot[0] == "subject" and (
            best.span is None or "but not by whom" in reason[1]):
        # "Who led the survey?": "said Professor Sabine Kranz, who led the study", the verb's doer
        return lambda c: c.in_slot and c.span is not None and c.span.type == "PERSON"
    if reason is not None and reason[0] == "type" and best.sentence.kind == "heading" and best.span is None \
            and q.answer_type in ("NUMBER", "MONEY", "PERCENT", "QUANTITY", "DATE"):
        # "How many doctors walked out?": the headline "Junior doctors walk out" has no figure; its lead does
        return lambda c: c.span is not None and c.sentence.kind == "sentence"
    if reason is not None and reason[0] == "type" and best.sentence.kind == "heading" and q.answer_type == "REASON":
        # "Why was the terminal delayed?": the headline "... new terminal delayed" tells no reason; "... would
        # open in spring 2028, a year later than planned, because of a dispute with the builder" does
        return lambda c: c.sentence.kind == "sentence" and GIVES_CAUSE.search(c.sentence.text) is not None
    if reason is not None and reason[0] == "type" and q.answer_type == "REASON" and q.entities:
        # "Why had the people of Los Altos not been told to leave?": not "The slide struck Los Altos ...",
        # which gives no cause, but "... residents of Los Altos had not been ordered to leave because ...", with
        # the question's names and another of its words
        names = {t for n in q.entities for t in terms(n)}

        def before_cause(c: Candidate) -> bool:  # a word of the question, no name, before the cause: what the
            # cause explains (not "Acme shares fell 8 percent because the forecast cut was larger" for "Why did
            # Acme cut its forecast?", whose "cut" is in the cause)
            text = c.sentence.text
            cause = GIVES_CAUSE.search(text)
            asked = c.matched - names
            if cause is None:
                return False
            told = text[:cause.start()]
            if not re.search(r"[A-Za-z]{3,}", told):  # "Citing safety concerns after heavy rain, organisers kept
                told = text[text.find(",", cause.end()) + 1:] if "," in text[cause.end():] else ""  # the gates shut"
            return any(t in asked or synonyms(t) & asked for t in terms(told))
        return lambda c: (c.sentence.kind == "sentence" and names <= c.matched and before_cause(c))
    if reason is not None and reason[0] == "type" and (q.head in _TALLIED or THE_VOTE.match(q.text)):
        # "What was the score ...?": "6-3"; "What was the result of the councillors' vote?": "voted 9–3"
        return lambda c: c.span is not None and TALLY.fullmatch(c.span.text) is not None
    if reason is not None and reason[0] == "type" and best.span is None and q.answer_type in _TYPED:
        # "Which team won the final?": "Tickets for the final of the Polish Masters sold out ..." sets the
        # scene; the next sentence of its paragraph, "Team Orzeł beat Husaria Gaming 3-1", tells who won
        s = best.sentence
        asked_times = {m.group(0).casefold() for m in RELATIVE_TIME.finditer(q.text)}
        # a sum of what is asked: not "It is equal to 2.1% of Tillora's revenue, which it reported as 438 million
        # euros" after "The fine is the largest ..." for "How large was the penalty?"
        sum_of = amount_noun(q) if q.answer_type == "MONEY" else None
        summed = {sum_of} | synonyms(sum_of) if sum_of else set()
        head = q.head_term if q.head and q.answer_type in ("MONEY", "PERCENT", "NUMBER", "QUANTITY") else sum_of
        return lambda c: (c.span is not None and c.sentence.doc == s.doc and c.sentence.index == s.index + 1
                          and (c.sentence.paragraph == s.paragraph and bool(c.matched - best.matched)
                               # "... reported a 31% drop in fourth-quarter operating profit" + "Operating profit
                               # fell to 842 million crowns": the next paragraph gives the measure asked its figure
                               or head is not None and head in c.matched and c.span.type == q.answer_type
                               # not "Barclays was fined 2 million pounds in 2015", an earlier one
                               and (_YEAR.search(q.text) is not None or _YEAR.search(c.sentence.text) is None))
                          and (not summed or bool(summed & {t.term for t in facts.tokens(c.sentence)}))
                          # not "Organizers expect 40,000 people at next year's festival" for this weekend's
                          # ("About 25,000 people attended, up from 18,000 last year" is this year's)
                          and not any(m.group(0).casefold() not in asked_times and m.group(1).casefold() != "this"
                                      and "," not in c.sentence.text[c.span.end:m.start()]
                                      for m in RELATIVE_TIME.finditer(c.sentence.text, c.span.end)))
    ranks = asked_ranks(q)
    if reason is not None and reason[0] == "number" and ranks:
        return lambda c: ranks <= {t.norm for t in facts.tokens(c.sentence)}
    return None


def _office_of_asked(q: QuestionAnalysis, c: Candidate) -> bool:
    """Whether the office the candidate's person holds is of what the question names: its owner, by
    possessive ("Halcyon's president", "the cruise line's president") or after "of"/"at" ("chief
    executive of Halcyon"), is a word of the question or a general word for a company ("the company's");
    not "Aurora's president", nor "the yard's", when Halcyon is asked."""
    assert c.span is not None
    role = role_of(c.sentence.text, c.span.text) or ""
    asked = {t for n in q.entities for t in terms(n)} | set(q.focus)
    owners = [re.match(r"(?:the\s+)?((?:[\w&-]+\s+){0,3}?[\w&-]+)[’']s\s", role),
              re.search(r"\b(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s*)+)", role)]
    return all(set(terms(m.group(1))) & (asked | _ORG_TERMS) for m in owners if m is not None)


_ORG_TERMS = frozenset(terms(" ".join(ORG_NOUNS)))


#: How many candidates below the best one the role's holder is looked for in (``role_holder``).
ROLE_HOLDER_DEPTH = 5


def role_holder(q: QuestionAnalysis, cands: list[Candidate], corpus: Corpus, facts: Facts) -> Candidate | None:
    """For "Who is the <role> of X?" whose best sentence does not give the role, the
    candidate among the next ROLE_HOLDER_DEPTH that names the role's holder by it ("Chief
    Executive Ingrid Sørvik said ...", "University President Margaret Okafor"), or None.

    The candidate's person must stand in the role's slot (``Candidate.in_slot``), the
    question's names must be the organization its document's lead names first (the
    story's subject, not a rival it mentions) or places its lead names (where the story's
    event was: "the referee of the Carrigmore semi-final"), the document must give the role to no one
    else, and the candidate must pass every check but the name check: news names the
    company once, in its lead, and its chief executive paragraphs later."""
    role = held_role(q)
    if role is None:
        return None
    names = [set(terms(n)) for n in q.entities if terms(n)]
    for c in cands[1:1 + ROLE_HOLDER_DEPTH]:
        if not (c.in_slot and c.span is not None and role in c.matched and (
                c.span.type == "PERSON" or c.span.type == "ENTITY" and role_of(c.sentence.text, c.span.text))):
            continue  # a person, or a name the sentence gives an office ("Rebecca Thornhill, Halcyon's president,")
        lead = facts.lead_organization(c.sentence.doc)
        # "The operator, Bastø Fosen, will lease ... . *Its* director, Tor Eriksen, said ...": the
        # organization the sentence before names
        owner = facts.its_organization(c.sentence)
        its = owner is not None and all(n <= set(terms(owner.text)) for n in names)
        role_said = role_of(c.sentence.text, c.span.text) or ""
        possessor = re.match(r"((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)[’']s\s", role_said)
        # "Rebecca Thornhill, Halcyon's president,": the office of the company asked, named by its first word
        its = its or possessor is not None and bool(names) and all(set(terms(possessor.group(1))) <= n for n in names)
        if not names or not (its or all(n <= lead for n in names) or all(n <= _lead_places(c, corpus, facts)
                                                                           for n in names)) \
                or not its and len(_holders_of(role, c.sentence.doc, corpus, facts)) != 1:
            continue
        if _role_of_another(role, c, names, facts):
            continue  # "Beta Chief Executive John Ward": Beta's, not Acme's
        reason = abstain_reason(q, c, corpus, facts)
        if reason is None or reason[0] == "name":
            return c
    return None


def _lead_places(c: Candidate, corpus: Corpus, facts: Facts) -> set[str]:
    """The stemmed terms of the places the first body sentence of the candidate's document names:
    where the story's event is ("the referee of the *Carrigmore* semi-final" when the lead tells of
    a stand that collapsed "during a county hurling semi-final at Carrigmore")."""
    first = next((s for s in corpus.sentences[c.sentence.doc] if s.kind == "sentence"), None)
    return {t for sp in (facts.spans(first) if first else []) if sp.type == "LOCATION" for t in terms(sp.text)}


def _role_of_another(role: str, c: Candidate, names: list[set[str]], facts: Facts) -> bool:
    """Whether the candidate's sentence writes a name right before the role's word that is
    none of the question's ("*Beta* Chief Executive John Ward" for Acme's chief executive),
    or a noun of another thing ("*plant* director Luc Martel" for the agency's director);
    a word for a kind of organization is no name ("University President Margaret Okafor")."""
    toks = facts.tokens(c.sentence)
    asked = {t for n in names for t in n}
    for i, t in enumerate(toks):
        if t.term == role and i > 0:
            before = toks[i - 1]
            if before.surface[:1].isupper() and not before.stop and before.term not in asked \
                    and before.surface not in ORG_WORDS and before.surface not in TITLES:  # not "Its director"
                return True
            if before.surface.islower() and not before.stop and before.term not in asked | _ORG_TERMS \
                    and (word_tag(before.norm) or "").startswith("NN") \
                    and not c.sentence.text[before.end:t.start].strip():  # not a quote's last word
                return True  # "plant director Luc Martel": the plant's, not the agency's asked
    return False


def _holders_of(role: str, doc: str, corpus: Corpus, facts: Facts) -> set[str]:
    """The last words of the names a document gives right after the role's word
    ("President Margaret *Okafor*", "the president, Ruth *Mahuika*") or before it in an
    apposition ("Ravinder *Kaul*, the commission's chairperson")."""
    found = set()
    for s in corpus.sentences[doc]:
        if role not in corpus.sentence_terms[(s.doc, s.index)]:
            continue  # only sentences that write the role are worth their spans
        toks = facts.tokens(s)
        at = [i for i, t in enumerate(toks) if t.term == role]
        for sp in facts.spans(s):
            idx = [i for i, t in enumerate(toks) if sp.start <= t.start < sp.end]
            # "President Margaret Okafor", or after it in an apposition: "Ravinder Kaul, the commission's chairperson"
            apposed = re.match(r",\s+(?:the\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+)", s.text[sp.end:])
            if sp.type == "PERSON" and idx and (any(0 < idx[0] - i <= 2 for i in at)
                                                or apposed is not None and role in terms(apposed.group(1))):
                found.add(sp.text.split()[-1])
    return found
