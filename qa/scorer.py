"""The scorer: scores each sentence of the retrieved passages for a question and
picks the typed span in it that may answer (``rank``, ``rank_sentences``).

A sentence's score (each part in [0, 1], weights in ``WEIGHTS``):

* ``overlap``: idf-weighted share of the question's focus terms found in the
  sentence (sentence-level idf, see ``Corpus.sentence_idf``), a synonym
  (``qa.analyzer.SYNONYM_GROUPS``, demonyms, capitals) or the first part of a
  closed compound the corpus lacks ("planemaker" → "plane" → "aircraft")
  counting SYNONYM_WEIGHT; the head noun of a what/which question counts half
  and a question-frame word (FRAME_WORDS) FRAME_WEIGHT; a sentence opening
  with a pronoun also holds the name it stands for (``qa.facts``);
* ``bm25``: the best BM25 score of a retrieved passage holding the sentence,
  divided by the top passage's; ``sbm25``: the sentence's own BM25 score
  (one sentence per passage), divided by the top sentence's;
* ``context``: the better plain overlap of the sentences just before and after;
* ``type``: the sentence holds a span of the expected answer type that the
  question does not already name (``COMPATIBLE`` grades near misses; a count of
  things or a score is no sum of money);
* ``near``: how close that span stands to the matched words (1 / (1 + d/8),
  d in tokens);
* ``order``: share of adjacent question-term pairs found adjacent in the
  sentence (a phrase match);
* minus a penalty for headings and metadata lines, unless the question asks
  for them (who wrote it, when it was published, the headline), and
  OTHER_DOCUMENT_PENALTY for a document that lacks the names the question
  asks about when another document has them;
* in a corpus of several stories, COVERAGE_WEIGHT times how much less of the
  question a story holds than the best one, and HEADLINE_WEIGHT times the share of
  the question its headline holds.

A date span is no answer when it cannot be: a year before the story's publication
year for "When will ...?", a year after it for "When did ...?" (``_against_publication``).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.amounts import (
    ASKS_START,
    TALLY,
    VALUE_TYPES,
    amount_asked,
    amount_noun,
    bounds_comparison,
    counted_thing,
    figure_weight,
)
from qa.analyzer import IRREGULAR, SYNONYM_WEIGHT, Token, same_place, stem, synonyms, terms
from qa.asked import (
    ASKS_NAME,
    FRAME_WEIGHT,
    FRAME_WORDS,
    STANDS_FOR,
    WHO_IS_THE,
    asked_noun,
    asks_holder,
    asks_metadata,
    asks_who_said,
    main_verb,
    question_verbs,
    verb_slot,
)
from qa.chunks import coordinations, word_tag
from qa.clauses import RANKS, clause, clause_ranks, clause_share, distance, joins
from qa.corpus import Corpus
from qa.entities import COUNTRIES, MONTHS, NAME_TYPES, PEOPLE_NOUNS, ROLE_NOUNS, TITLES, WEEKDAYS, Span, spells
from qa.facts import BUSINESS_NOUNS, HOLDER_TERMS, REPORTS_SPEECH, Facts, facts_for
from qa.question import CHANGE_VERBS, QuestionAnalysis, analyze, person_noun
from qa.types import Sentence

#: Weights of the sentence score's parts.
WEIGHTS = {"overlap": 1.0, "bm25": 0.15, "sbm25": 0.4, "context": 0.1, "type": 0.35, "near": 0.25, "order": 0.2}


#: Passages retrieved before sentences are scored.
K_PASSAGES = 10


#: Which span types can answer which expected answer type.
COMPATIBLE = {
    "PERSON": {"PERSON": 1.0, "ENTITY": 0.6, "ORGANIZATION": 0.4, "DEMONYM": 0.4, "GROUP": 0.4},
    "ORGANIZATION": {"ORGANIZATION": 1.0, "ENTITY": 0.7, "GROUP": 0.7, "DEMONYM": 0.4, "LOCATION": 0.3},
    "LOCATION": {"LOCATION": 1.0, "ENTITY": 0.6, "DEMONYM": 0.6},
    "GROUP": {"GROUP": 1.0, "DEMONYM": 0.6, "ENTITY": 0.5, "ORGANIZATION": 0.4},
    "DATE": {"DATE": 1.0, "DURATION": 0.3},
    "DURATION": {"DURATION": 1.0, "DATE": 0.4, "NUMBER": 0.3},
    "NUMBER": {"NUMBER": 1.0, "MONEY": 0.8, "PERCENT": 0.8, "DURATION": 0.8},  # "how many years": "two years"
    "QUANTITY": {"NUMBER": 1.0, "MONEY": 1.0, "PERCENT": 1.0},
    "MONEY": {"MONEY": 1.0, "NUMBER": 0.2},
    "PERCENT": {"PERCENT": 1.0, "NUMBER": 0.5},
    "ENTITY": {"ENTITY": 1.0, "ORGANIZATION": 1.0, "PERSON": 1.0, "LOCATION": 1.0, "GROUP": 1.0},
}


@dataclass
class Candidate:
    """A sentence scored for a question.

    Attributes:
        sentence: the sentence.
        score: the weighted sum of ``parts`` (unitless, higher is better; see WEIGHTS).
        parts: each part of the score by name ("overlap", "bm25", "type", ...), most in [0, 1],
            the penalty and the document coverage negative.
        matched: the question's focus terms the sentence holds, exactly or by an equivalent.
        span: the typed span that may answer (None when the sentence holds none).
        in_slot: the span stands where the question's verb puts its answer (``_fills_slot``).
    """

    sentence: Sentence
    score: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    matched: set[str] = field(default_factory=set)
    span: Span | None = None
    in_slot: bool = False


#: Weekdays and months: capitalized, but no name ("On *Tuesday* Mayor Ann Lee said").
CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)


#: Words that close a company's name: "Acme Inc" is the "Acme" a question names.
_CORPORATE = frozenset("inc corp co ltd llc plc ag sa nv group holdings company corporation limited".split()
                       # and a ship's prefix: "the *MV* Island Star" is the "Island Star" asked about
                       + "mv ms ss hms rv uss fv".split())


def _term_weights(q: QuestionAnalysis, corpus: Corpus) -> dict[str, float]:
    """Weight of each focus term: its sentence-level idf, halved for the head noun of a
    what/which question, cut to FRAME_WEIGHT for a question-frame word."""
    weights: dict[str, float] = {}
    head_term = q.head_term
    for t in q.focus:
        w = corpus.sentence_idf(t)
        if t in FRAME_WORDS:
            w *= FRAME_WEIGHT
        elif t == head_term:
            w *= 0.5
        weights[t] = max(weights.get(t, 0.0), w)
    return weights


#: The share of its weight a question's common word keeps when the sentence writes it only
#: inside a name ("religion" in "the French Wars of Religion").
NAME_PART_WEIGHT = 0.5


def _only_in_names(q: QuestionAnalysis, facts: Facts, s: Sentence, exact: set[str]) -> set[str]:
    """The matched terms a question writes in lower case that the sentence writes only as a
    word of a name of two or more words, other than the name's head ("What religion were the
    Normans?": "the French Wars of *Religion*"; but "Riverside *Stadium*", and "appeals" in
    "Court of Appeals" when the question says "appeals court")."""
    lower = {t.term for t in q.tokens if t.surface[:1].islower()} & exact
    names = [sp for sp in facts.spans(s) if sp.type in NAME_TYPES and " " in sp.text] if lower else []
    asked = [t.term for t in q.tokens]
    out = set()
    for term in lower:
        at = [t for t in facts.tokens(s) if t.term == term]
        holding = [sp for t in at for sp in names if sp.start <= t.start < sp.end]
        if not at or len(holding) < len(at) or any(t.start == 0 for t in at):
            continue  # written outside a name too
        for sp in holding:
            head = terms(sp.text.split(" of ")[0].split()[-1])[:1]
            if head and (term == head[0] or (term, head[0]) in zip(asked, asked[1:])):
                break  # the name's own kind: "Riverside Stadium", "appeals court" for "Court of Appeals"
        else:
            out.add(term)
    return out


def _only_plural(q: QuestionAnalysis, facts: Facts, s: Sentence, exact: set[str]) -> set[str]:
    """The matched terms a question writes as "the" and a singular noun ("When did *the collision*
    take place?") that the sentence writes only in the plural ("*collisions* involving small boats
    rose 23% last year"): it speaks of such things in general, not of the one asked."""
    asked = {t.term for i, t in enumerate(q.tokens) if i and q.tokens[i - 1].norm == "the"
             and word_tag(t.norm) == "NN" and t.surface.islower()} & exact
    out = set()
    for term in asked:
        forms = [t.surface for t in facts.tokens(s) if t.term == term]
        if forms and all(f.islower() and f.endswith("s") and word_tag(f) == "NNS" for f in forms):
            out.add(term)
    return out


#: "*A smaller* hoard", "*another* hoard", "*a second* hoard": an indefinite noun set apart from
#: the one the story is about.
_ANOTHER = re.compile(r"\b(?:an?\s+(?P<kind>[a-z]+er|second|third|separate|different|similar|earlier|later|new)|"
                      r"another)\s+(?P<noun>[a-z]+)\b", re.I)


def _another_one(q: QuestionAnalysis, sentence: str, exact: set[str]) -> set[str]:
    """The matched terms a question writes after "the" ("How many coins were in *the hoard*?")
    that the sentence writes only as another one ("*A smaller hoard* of 317 coins was found
    nearby"): it speaks of something else than the thing asked."""
    asked = {t.term for i, t in enumerate(q.tokens) if i and q.tokens[i - 1].norm == "the"} & exact
    if not asked or not _ANOTHER.search(sentence):
        return set()
    other = {x for m in _ANOTHER.finditer(sentence)  # "a smaller hoard" (a comparative), not "a summer festival"
             if not (m.group("kind") or "").endswith("er") or word_tag(m.group("kind").casefold()) == "JJR"
             or m.group("kind").casefold() in ("earlier", "later")
             for x in terms(m.group("noun"))} & asked
    return {t for t in other if sum(x == t for x in terms(sentence)) == 1}  # written once, as the other one


def _score(q: QuestionAnalysis, corpus: Corpus, facts: Facts, cand: Candidate, weights: dict[str, float],
           bm25_norm: float, sbm25: float = 0.0, context: float = 0.0,
           alike: dict[str, frozenset[str]] | None = None) -> None:
    s = cand.sentence
    sterms = corpus.sentence_terms[(s.doc, s.index)]
    present = set(sterms) | facts.implied_terms(s)
    if q.head in ("score", "scoreline") and q.head_term and TALLY.search(s.text):
        present.add(q.head_term)  # "What was the score?": "beating Cape Coast 5-4" writes a score as its tally
    total = sum(weights.values()) or 1.0
    exact = {t for t in weights if t in present}
    alike = alike or {}
    by_synonym = {t for t in weights if t not in present and alike.get(t, synonyms(t)) & present}
    cand.matched = exact | by_synonym
    in_names = _only_in_names(q, facts, s, exact) | _another_one(q, s.text, exact) | _only_plural(q, facts, s, exact)
    overlap = (sum(weights[t] * (NAME_PART_WEIGHT if t in in_names else 1.0) for t in exact)
               + SYNONYM_WEIGHT * sum(weights[t] for t in by_synonym)) / total
    # phrase match: adjacent focus pairs adjacent in the sentence
    pairs = list(zip(q.focus, q.focus[1:]))
    spairs = set(zip(sterms, sterms[1:]))
    order = sum(p in spairs for p in pairs) / len(pairs) if pairs else 0.0
    # typed span not in the question, nearest to the matched words
    type_score = near = 0.0
    compat = COMPATIBLE.get(q.answer_type, {})
    if q.wh in ("how hot", "how warm", "how cold"):
        compat = {"NUMBER": 1.0}  # a temperature ("34 degrees Celsius"), not a sum or a share
    if q.answer_type == "DURATION" and q.head == "time":
        compat = {"DURATION": 1.0}  # "What was his winning time?": "2:09:15", not a bare number ("Alderton, 26,")
    if q.wh == "where" and _WORKPLACE_ASKED.search(q.text):
        compat = {**compat, "ORGANIZATION": 1.0}  # "Where does Ocampo work?": "an economist at the University of X"
    if compat:
        qterms = set(q.focus) | {t.term for t in q.tokens}
        name_terms = {t for name in q.entities for t in terms(name) if len(t) > 2}
        whole_names = [set(terms(name)) for name in q.entities if len(terms(name)) > 1]  # "Blue Ridge", not "House"
        toks = facts.tokens(s)
        wanted = cand.matched | {x for t in by_synonym for x in alike.get(t, synonyms(t))}
        hit_pos = [i for i, t in enumerate(toks) if t.term in wanted]
        # "How much profit ...?": the figure nearest the asked noun, when the sentence writes it
        noun = amount_noun(q)
        noun_pos = [i for i, t in enumerate(toks) if noun and t.term == noun]
        # else nearest the question's names: "How many people died in *Mississippi*?" in "Seven of the
        # deaths were in Alabama and two were in Mississippi"
        noun_pos = noun_pos or [i for i, t in enumerate(toks) if t.term in name_terms and t.surface[:1].isupper()
                                and t.surface not in CALENDAR]
        slot = verb_slot(q)
        asked_acronyms = [] if STANDS_FOR.search(q.text) else re.findall(r"\b[A-Z][A-Z&]{1,7}\b", q.text)
        asked_rank = {t.norm for t in q.tokens} & RANKS
        holder = q.answer_type == "PERSON" and asks_holder(q)
        # a contest asked of a sentence that says who beat whom: the winner, or the one beaten
        contest = ("loser" if _ASKS_LOSER.search(q.text) else "winner" if _ASKS_WINNER.search(q.text) else None) \
            if q.answer_type in ("PERSON", "ORGANIZATION", "ENTITY", "GROUP") and _BEATEN_ANY.search(s.text) else None
        best: tuple[float, Span | None] | None = None
        # "She will lead the merged group, while X will become chairman": the leading pronoun
        # stands for a person too, and its clause may be the one asked about
        ref = facts.referent(s) if q.answer_type == "PERSON" and toks else None
        # "A 17-year-old from Piha won ...": the person the next sentence names (``Facts.referent``)
        later = ref is not None and ref[0].index > s.index
        ref = ref if later or toks and toks[0].norm in ("he", "she") else None
        pronoun = ref is not None and (later or _pronoun_does(slot, toks, s.text)) \
            and not set(terms(ref[1])) & name_terms
        people = [0] if pronoun else []
        zero = _none_of(q, s.text) + _where_clause(q, s.text) + _speaker_phrase(q, s.text)
        kind_word = re.compile(rf"\b{re.escape(_POSSESSIVE.sub('', q.head or ''))}", re.I) \
            if q.head_term in _NAMED_BY_KIND and q.wh in ("what", "which") else None
        for sp in [*facts.spans(s), *zero]:
            w = compat.get(sp.type, 0.0)
            if contest and sp.type == "LOCATION" and " " in sp.text:
                w = compat.get("ENTITY", 0.0)  # "Atlético Madrid beat Rayo Vallecano": a side, though named for a city
            if q.answer_type == "LOCATION" and sp.type == "ORGANIZATION" and sp.text.split()[-1] in _VENUES \
                    and q.head_term not in _SETTLEMENTS:
                # "Where will the hearing be held?": "the Hartwell Civic Center" is a place too, but
                # no city ("In which city did the collector die?": not "the Galway City Museum")
                w = 0.8
            if not w or holder and sp.type not in ("PERSON", "ENTITY"):
                continue  # "Who is the team's general manager?": a person, not "Northport Kings"
            if kind_word is not None and sp.type in NAME_TYPES and not kind_word.search(
                    sp.text + s.text[sp.end:sp.end + 20]) and facts.names_with(s.doc, kind_word):
                # "In which court was the lawsuit filed?": "Dane County Circuit Court", not "FreshMart" ("the
                # Capodimonte museum"; "Stanford" for a university when the story names none by its kind;
                # "Heathrow" still, less sure, when "Gatwick Airport" is named elsewhere)
                if any(x.type in NAME_TYPES and kind_word.search(x.text) for x in facts.spans(s)):
                    continue
                w *= 0.3
            sp_terms = [t for t in toks if sp.start <= t.start < sp.end and not t.stop]
            own = [t for t in sp_terms if t.norm not in _CORPORATE]
            if own and sp not in zero and all(t.term in qterms or same_place(t.term) in qterms for t in own):
                continue  # the question already names it ("South Korean city": not "South Korea"; "Acme Inc")
            if sp.type in NAME_TYPES and q.answer_type in ("ORGANIZATION", "LOCATION", "ENTITY") and any(
                    names <= {t.term for t in sp_terms} for names in whole_names):
                continue  # "Which company is developing the Blue Ridge project?": not "Blue Ridge Wind Project"
            if q.head_term and q.subject and q.subject != q.head_term and sp_terms and sp_terms[-1].term == q.subject \
                    and sp_terms[-1].surface[:1].isupper():
                continue  # "Which river does the bridge cross?": "Millbrook Bridge" is the bridge, not the answer
            if q.answer_type == "PERSON" and _in_title(s.text, sp):
                continue  # "Who painted the mural?": not "Hands", of "called “Hands of the Valley”"
            if q.head_term in _BUSINESS_TERMS and (sp.type == "DEMONYM" and not (q.head or "").endswith("s")
                                                   or sp.type in ("ORGANIZATION", "ENTITY")
                                                   and set(sp.text.split()) & _NO_BUSINESS
                                                   and not (sp_terms and sp_terms[-1].term == q.head_term)):
                continue  # "Which law firm represented the herders?": not "UiT The Arctic University of Norway"
                # (but "Which bank ...?" may be answered "the Council of Europe Development Bank", named a bank);
                # "Which company ...?" (one, named): not "Uruguayan", a people's adjective ("Which companies
                # complained?" may be answered "European manufacturers")
            if any(t.term in q.excluded for t in sp_terms):
                continue  # "Apart from Acme, which companies ...": not Acme
            if q.answer_type == "PERSON" and sp.type in ("PERSON", "ENTITY") \
                    and _titled_as_asked(q.text, s.text[:sp.start], s.text[sp.end:]):
                continue  # "Who met the prime minister?": not "Prime Minister Anna Berg", the one met
            introduced = _INTRODUCES.match(s.text, sp.end) if sp.type == "DEMONYM" and q.excluded else None
            if introduced and set(terms(introduced.group(1))) & set(q.excluded):
                continue  # "Apart from Daniel Kiprop, who won?": not "Kenyan", of "Kenyan runner Daniel Kiprop"
            named = re.search(r"([A-Za-z]+-)$", s.text[:sp.start]) if sp.type in VALUE_TYPES else None
            if named and re.search(rf"\b{re.escape(named.group(1))}{re.escape(sp.text.split()[0])}\b", q.text):
                continue  # "How heavy is Varsha-2?": not "2 weighs", the number of the name asked about
            if slot is not None and slot[0] == "object" and sp.type in ("PERSON", "ENTITY", "ORGANIZATION") \
                    and not asks_who_said(q) and sp.text in facts.speakers(s):
                continue  # "Who will they meet?": not the source, "according to Deputy Mayor Ann Lee"
            if asked_acronyms and any(_expansion(a, s.text, [sp]) for a in asked_acronyms):
                continue  # "Who heads RAG?": not "Regional Aviators Guild", which RAG stands for
            if (sp.type == "PERSON" or sp.type == "ENTITY" and q.answer_type == "PERSON") and any(
                    t.term in name_terms for t in sp_terms) and not _kin_of_asked(sp.text, q.entities) \
                    and not (contest and sp.type in ("ENTITY", "LOCATION") and {t.term for t in sp_terms} - name_terms):
                continue  # the same name as one in the question ("Lopez" → "Maria Lopez"); not "Baník Ostrava",
                # a side that beat another, for "Who won the Ostrava derby?"
            if not amount_asked(q, sp, s.text):
                continue
            if q.answer_type == "LOCATION" and q.head_term in STREETS and not _STREET_NAME.search(sp.text):
                continue  # "On which street is the head office?": "Rue Garibaldi", not "Oslo"
            if q.answer_type == "ORGANIZATION" and sp.type in ("LOCATION", "ENTITY") and q.head \
                    and not _OWNER_ASKED.search(q.text) and re.search(
                    r"\ban?\s+$", s.text[:sp.start]) and re.match(
                    rf"(?:\s+(?:[a-z]{{1,3}}\s+)?[A-Z][\w-]*)*\s+{re.escape(q.head.rstrip('s'))}s?\b", s.text[sp.end:]):
                continue  # "Which company warned ...?": not "Dar" in "a Dar es Salaam company", a place
            if q.answer_type in ("ORGANIZATION", "PERSON") and re.match(r"-(?:based|headquartered)\b", s.text[sp.end:]):
                continue  # "Which engineering firm ...?": not "Cardiff" in "a Cardiff-based engineering firm"
            if q.head_term in _SETTLEMENTS and (sp.type == "DEMONYM" or sp.type in ("LOCATION", "ENTITY")
                                                and sp.text.removeprefix("the ") in COUNTRIES - _CITY_STATES):
                continue  # "In which city will they meet?": not "in South Korea", a country, nor "Irish-American"
            if q.wh == "where" and _AS_FAR_AS.search(s.text, 0, sp.start) and not _REACH_ASKED.search(q.text):
                continue  # "Where was the epicentre?": not "felt as far away as Ioannina in Greece", its reach
            if q.head_term == "month" and q.answer_type == "DATE" and not (
                    sp.type == "DATE" and _MONTHISH.search(sp.text)):
                continue  # "In which month did the company go into liquidation?": not "last year"
            if q.head_term == "year" and q.answer_type == "DATE" and (
                    sp.type == "DATE" and not _YEARISH.search(sp.text) or sp.type == "DURATION"):
                continue  # "In what year was the festival first held?": not "on Saturday", not "two decades"
            if _WHAT_DATE.match(q.text) and sp.type == "DATE" and re.fullmatch(
                    r"(?:about |around |by |at |after |before |until )?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?", sp.text, re.I):
                continue  # "From what date will the ban apply?": not "ran past 10 p.m.", a clock time
            if (q.head_term == "day" or _WHAT_DATE.match(q.text)) and q.answer_type == "DATE" and sp.type == "DATE" \
                    and not _DAYISH.search(sp.text) and not (q.head_term == "date" and _MONTH_YEAR.search(sp.text)
                                                             and not _EXACT.search(q.text)):
                continue  # "On which exact day will they hold the drill?": not "in March", a month; "On what
                # date did work start?" may take "in March 2022", "On what exact date ...?" may not
            if sp.type == "DATE" and q.answer_type == "DURATION" and _TAKES.search(q.text):
                continue  # "How long did the inspection take?": not "in 2019", a date is no length
            if sp.type == "DATE" and _against_publication(q.text, sp.text, corpus, s.doc):
                continue  # "When will the trial start?": not "built in 1987", before the story was written
            if sp.type == "DATE" and q.wh == "when" and not ASKS_START.search(q.text) \
                    and bounds_comparison(s.text, sp) and any(x.type == "DATE" and x is not sp for x in facts.spans(s)):
                continue  # "When did prices peak?": "their highest level since 2008 on *Monday*"
            if sp.type == "DATE" and (_FUTURE.search(q.text) or _PAST.search(q.text) and not set(q.focus) & _SAYING
                                      and not _deed_told(q, sterms)) and _SAID_ON.search(s.text[:sp.start]):
                continue  # "When will Silver Basin start producing?": not "Northgate said on Monday"; "On what
                # date did work start?": not "has been pushed back, the agency said on Tuesday" (but "When did
                # the retailer file for bankruptcy?": "filed for bankruptcy protection, it said on Monday")
            if sp.type == "DATE" and _FUTURE.search(q.text) and (
                    re.search(r"\blast\s+$", s.text[:sp.start], re.I) or sp.text.casefold() == "yesterday"
                    or re.match(r"(?:last|previous)\s", sp.text, re.I)
                    or _WEEKDAY_PART.fullmatch(sp.text) and not _AHEAD.search(_own_clause(s.text, sp))  # "Saturday
                    # night" too; "would be used to replace the system, which failed ... on Thursday": its clause's
                    # "happened at about 3:40 a.m.": a past event's time (not "The hearing begins at 10 a.m.")
                    or CLOCK.search(sp.text) and _PAST_AT.search(s.text[:sp.start]) and not _AHEAD.search(s.text)):
                continue  # "When will the court hear the case?": not "filed ... last Friday", a past day
            if sp.type in ("DATE", "DURATION") and _FUTURE.search(q.text) and re.match(r"\s+ago\b", s.text[sp.end:]):
                continue  # "When will he step down?": not "founded the firm 34 years ago"
            if sp.type == "DATE" and _PAST.search(q.text) and re.match(r"(?:next|tomorrow|coming)\b", sp.text, re.I):
                continue  # "In what year did the building first open?": not "will be demolished next year"
            idx = [i for i, t in enumerate(toks) if sp.start <= t.start < sp.end]
            rivals = [i for x in facts.spans(s) if x.type == sp.type and x != sp
                      for i, t in enumerate(toks) if x.start <= t.start < x.end]
            rivals += people if sp.type == "PERSON" else []
            d = min((distance(toks, s.text, i, j, rivals) for i in idx
                     for j in (noun_pos if sp.type in VALUE_TYPES else []) or hit_pos), default=12)
            w_factor, c_factor = figure_weight(q, sp, s.text, facts.spans(s))
            # "Who finished third?": not Bekele in "Bekele finished second, and Sato was third"
            said = clause_ranks(toks, s.text, idx) if asked_rank and idx and sp.type in _RANKED else set()
            off_rank = bool(said) and not said & asked_rank
            w_factor *= 0.5 if off_rank else 1.0
            w, closeness = w * w_factor, c_factor / (1.0 + d / 8.0) * clause_share(toks, s.text, idx, wanted)
            in_slot = slot is not None and not off_rank and _fills_slot(slot, idx, toks)
            if in_slot and slot is not None and slot[0] == "role" and _owner_differs(q, toks, idx, slot[1]):
                in_slot = False  # "Who is Nigeria's culture minister?": not "German Culture Minister Jonas Richter"
            if in_slot and slot is not None and slot[0] == "subject" \
                    and _object_elsewhere(toks, s.text, idx, wanted - {slot[1]} - synonyms(slot[1]), sp.type,
                                          facts.spans(s)):
                in_slot = False  # "Who scored the Eagles' equaliser?": not "X scored ..., but Eagles defender Y
                # headed in an equaliser", whose clause holds the rest of what is asked
            if q.wh == "how much" and sp.type in VALUE_TYPES and idx and idx[0] > 0 \
                    and toks[idx[0] - 1].term in _subject_nouns(q) and toks[idx[0] - 1].end + 1 >= sp.start:
                # "How much will motorcycles pay?": "Trucks will pay $22, and *motorcycles $4.50*", the figure
                # right after the subject (a verb left out), not the one nearest the verb
                closeness, in_slot = 1.0, True
            if _BY_HOW.match(q.text) and sp.type in VALUE_TYPES:
                if _BY_FIGURE.search(s.text, max(0, sp.start - 30), sp.start):
                    closeness, in_slot = 1.0, True  # "By how many votes did she win?": "defeating Tuilagi *by 212*"
                elif not CHANGE_VERBS.search(s.text, max(0, sp.start - 30), sp.start):
                    w *= 0.5  # not "won 4,386 votes", a total; but "prices rose 5 percent" is by how much
            if q.wh == "what" and q.head_term and sp.type in VALUE_TYPES \
                    and (said_is := _FIGURE_IS.search(s.text, max(0, sp.start - 60), sp.start)) \
                    and terms(said_is.group(1)) == [q.head_term]:
                # "What was the turnout?": "Turnout was *61 percent* of the roughly 15,500 registered voters",
                # the figure the asked noun is said to be, not one nearer the other words
                closeness, in_slot = 1.0, True
            if q.answer_type == "PERSON" and sp.type in ("PERSON", "ENTITY") and _MADE.search(q.text) and any(
                    re.search(rf"\b{re.escape(e)}[”\"’']?,?\s+by\s+$", s.text[:sp.start]) for e in q.entities):
                # "Who painted Autumn Mill?": '... and "Autumn Mill" by *Thomas Greaves*', a work and its maker
                w, closeness, in_slot = max(w, 1.0), 1.0, True
            if q.wh == "when" and sp.type == "DATE" and _verb_dated(q, toks, s.text, sp):
                closeness, in_slot = 1.0, True  # "When does the charge start?": "..., *starting on Feb. 1*", the
                # date of the asked deed, not "on Tuesday approved", another's
            if q.head == "deadline" and sp.type == "DATE" and not _BY_DATE.search(s.text[:sp.start]):
                w *= 0.5  # "What is the deadline ...?": "must prove compliance *by June 30*", not "last year"
            modifier = re.match(r"\s+([a-z]+)\b", s.text[sp.end:]) if sp.type in ("ENTITY", "DEMONYM") \
                and q.answer_type in ("PERSON", "ORGANIZATION") and q.wh != "whose" \
                and not (slot is not None and slot[0] == "object") \
                else None  # "Whose thesis ...?": "Cobham-Edmonds thesis"; "Who did Edward make archbishop?"
            if modifier and word_tag(modifier.group(1)) in ("NN", "NNS") and modifier.group(1) not in PEOPLE_NOUNS \
                    and not person_noun(modifier.group(1)):
                if sp.type == "DEMONYM" and q.answer_type == "PERSON":
                    continue  # "Who runs the shop?": not "Andalusian", of "the Andalusian town"
                w *= 0.5  # "Who bought the painting?": not "Old Master", of "a major Old Master painting"
            after = re.match(r"\s+([a-z]+)\b", s.text[sp.end:]) if sp.type == "DEMONYM" \
                and q.answer_type == "LOCATION" else None
            if after and word_tag(after.group(1)) in ("NN", "NNS") and after.group(1) not in BUSINESS_NOUNS \
                    and after.group(1) not in PEOPLE_NOUNS and not person_noun(after.group(1)):
                w *= 0.5  # "Where was the final played?": not "European" of "a 12th European title", a thing's kind
            if s.text[sp.end:sp.end + 2] in ("’s", "'s") and q.answer_type == "PERSON":
                w *= 0.5  # "by Harper's grandmother, Ruth Harper": the possessor is not who is asked
            if contest and (_BEATEN.search(s.text[max(0, sp.start - 40):sp.start]) is not None) != (contest == "loser"):
                # "Who won the final?": not "Mariana Costa" in "to beat top seed Mariana Costa"; "Who lost?": her
                w *= 0.3
            plain = w * (1.0 + 0.5 * closeness)
            if plain > type_score * (1.0 + 0.5 * near):  # the sentence's score: the best typed span
                type_score, near = w, closeness
            value = plain + SLOT_BONUS * in_slot  # the short answer: the slot may pick another span
            if best is None or value > best[0]:
                best = (value, sp)
                cand.in_slot = in_slot
        if pronoun:
            spans_at = [i for x in facts.spans(s) if x.type == "PERSON"
                        for i, t in enumerate(toks) if x.start <= t.start < x.end]
            d = min((distance(toks, s.text, 0, j, spans_at) for j in hit_pos), default=12)
            assert ref is not None
            kind = "PERSON" if later else next((x.type for x in facts.spans(ref[0]) if ref[1].endswith(x.text)),
                                               "ENTITY")  # "A 17-year-old ...": a person, whatever the name
            w, closeness = compat.get(kind, 0.0), 1.0 / (1.0 + d / 8.0)  # as sure as the name is a person's
            plain = w * (1.0 + 0.5 * closeness)
            if plain > type_score * (1.0 + 0.5 * near):
                type_score, near = w, closeness
            value = plain + SLOT_BONUS
            if best is None or value > best[0]:
                best = (value, None)  # no span: the short answer is the pronoun's referent
        cand.span = best[1] if best else None
        leads = slot is not None and slot[0] == "subject" and slot[1] in _LEADS  # "Who runs the museum?": a name
        named_role = WHO_IS_THE.match(q.text) is not None  # "Who is the chief veterinarian?": a name, not "people"
        if ROLE_WEIGHT and best is None and q.answer_type == "PERSON" and q.wh not in ("which", "what") and not holder \
                and not leads and not named_role:
            found = _people_noun(s.text, toks, qterms, hit_pos)
            if found is not None and slot is not None and slot[0] == "subject" and any(t.term == slot[1] for t in toks):
                at = [i for i, t in enumerate(toks) if found[0].start <= t.start < found[0].end]
                # "Who declared ...?": not "aid for farmers"; a passive's agent may stand further on ("by a team")
                found = found if at and (_fills_slot(slot, at, toks) or _after_by(toks, at[0])) else None
            if found is not None:
                cand.span, type_score, near = found[0], ROLE_WEIGHT, found[1]
        # the pronoun's clause must do what the question asks ("Who won?": not "She will travel to ...")
        does = slot is None or slot[0] != "subject" or slot[1] in present or bool(synonyms(slot[1]) & present) \
            or bool(REPORTS_SPEECH.search(s.text))  # "Who warned that ...?": '"...," he said'
        said_by = facts.referent(s) if cand.span is None and q.answer_type == "PERSON" and does else None
        if said_by is not None and not set(terms(said_by[1])) <= qterms \
                and not _person_asked(said_by[1], q.entities):
            # not the question's own person ("Who sentenced Finch?": not "Gerald Finch", whom a quote is about)
            # "He said ...": the person is the pronoun's referent (not surely the role's holder:
            # '"..., whatever the governor says," said the economist')
            type_score, near = (0.5 if holder else 1.0), 0.5
    acronym = STANDS_FOR.search(q.text)
    if acronym and (expanded := _expansion(acronym.group(1), s.text, facts.spans(s))) is not None:
        cand.span, type_score, near = expanded, 1.0, 1.0  # "What does PADC stand for?": "Port Alva Development Corp."
    asks_name = ASKS_NAME.search(q.text) if q.wh != "who" else None  # "Who was named captain?": a person
    given = _name_given(s.text, facts.spans(s), {t.term for t in q.tokens},
                        next((w for w in ("renamed", "called", "named", "known", "dubbed", "rebranded")
                              if re.search(rf"\b{w}\b", q.text, re.I)), None)) if asks_name else None
    if given is not None:
        cand.span, type_score, near = given, 1.0, 1.0  # "What will the stadium be called?": "will be known as *X*"
    if q.answer_type == "REASON" and _CAUSE.search(s.text):
        type_score = REASON_WEIGHT  # "Why did Pike oppose the plan?": "Pike *argued that* the tax would ..."
    if defines(q, s.text):
        type_score, near = 1.0, 1.0  # "What (exactly) is a pipe (in the wine trade)?": "A pipe is the ... cask"
    if not compat and HEAD_WEIGHT and q.wh in ("what", "which") and _qualified_head(q, facts.tokens(s)):
        type_score = HEAD_WEIGHT  # "What tradition ...?": "a tradition *of singing*", "the *binary* alphabet"
    if q.count and type_score < LIST_WEIGHT:
        listed = _listing(q, s.text)
        if listed is not None:  # "What are two factors ...?": "(such as *time or space*)"
            type_score, near = LIST_WEIGHT, 0.0
            cand.span = cand.span or listed
    penalty = 0.0
    if s.kind != "sentence" and not asks_metadata(q):
        penalty = 0.4 if s.kind == "heading" else 0.8
    if _asks_now(q) and _told_of_the_past(s, corpus):
        penalty += PAST_PENALTY  # "What drug is Halvern recalling?": not "In 2019, Halvern recalled ..."
    cand.parts = {"overlap": overlap, "bm25": bm25_norm, "sbm25": sbm25, "context": context,
                  "type": type_score, "near": near, "order": order, "penalty": -penalty}
    cand.score = sum(WEIGHTS[k] * cand.parts[k] for k in WEIGHTS) - penalty


#: Words that put a sentence's day ahead of it: without one, news tells of a weekday past
#: ("approved a budget on Tuesday"); "will vote on Tuesday" is ahead.
_AHEAD = re.compile(r"\b(?:will|would|shall|'ll|due|expected|scheduled|set to|plans?|planned|going to|next|"
                    r"to be held|is to|are to|from)\b", re.I)
#: A question asking who won, and the words before the one a winner beat ("beat top seed *X*").
_ASKS_WINNER = re.compile(r"\b(?:who|which\s+\w+)\s+(?:won|wins|will\s+win|beat|defeated|triumphed)\b|\bwinner\b", re.I)
_ASKS_LOSER = re.compile(r"\b(?:who|which\s+\w+)\s+(?:lost|loses|was\s+beaten|was\s+defeated)\b|\brunner-up\b|"
                         r"\b(?:who|whom|which\s+\w+)\s+(?:did|does|will)\s+.+\b(?:beat|defeat|overcome|knock\s+out)\b",
                         re.I)
_BEAT = (r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged|overcame|overcoming|upset|routed|thrashed|"
         r"outlasted|knocked\s+out)")
_BEATEN_ANY = re.compile(_BEAT + r"\b", re.I)
_BEATEN = re.compile(_BEAT + r"\s+(?:(?:[a-z][\w-]*|No\.\s*\d+)\s+){0,3}$")


#: Words that set a date as a time limit: "by June 30", "no later than March".
#: A weekday with at most its part of the day ("Saturday night"), not a weekday with its date ("Thursday June 5").
_PAST_AT = re.compile(r"\b(?:was|were|happened|occurred|began|struck|hit|broke|\w+ed)\s+(?:at\s+)?(?:about\s+|"
                      r"around\s+|approximately\s+|shortly\s+(?:before|after)\s+|just\s+(?:before|after)\s+)?$",
                      re.I)
#: A clock time: "7 a.m.", "10:30".
CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b|\b\d{1,2}:\d{2}\b", re.I)
_WEEKDAY_PART = re.compile(rf"(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?")
#: A question that asks for a margin ("*By how many* votes did she win?", "By how much did prices rise?"),
#: and the figure that gives one: "won *by* 212 votes", "rose *by about* 5 percent".
_BY_HOW = re.compile(r"\s*by\s+how\s+(?:many|much|far)\b", re.I)
_BY_FIGURE = re.compile(r"\bby\s+(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|over|"
                        r"under)?\s*$", re.I)
#: A noun said to be a figure, right before the figure: "*Turnout was* 61 percent", "the deficit stood at".
_FIGURE_IS = re.compile(r"\b([A-Za-z]+)\s+(?:was|is|were|are|stood at|stands at|reached|came to|totall?ed)\s+"
                        r"(?:about|around|roughly|nearly|almost|some|just over|just under|more than|less than)?\s*$")
_BY_DATE = re.compile(r"\b(?:by|until|till|before|no later than|deadline (?:of|is|was)|due(?:\s+(?:on|by))?|"
                      r"closes?\s+on|expires?\s+on)\s+(?:the\s+end\s+of\s+)?$", re.I)


#: A people's adjective, a noun and the name they introduce: "Kenyan runner *Daniel Kiprop*" (group 1).
_INTRODUCES = re.compile(r"\s+[a-z][\w-]*\s+((?:[A-Z][\w’'-]*\s*){1,3})")


#: A business asked ("Which firm ...?"), and the words that name a public body or a school instead.
_BUSINESS_TERMS = frozenset(stem(w) for w in BUSINESS_NOUNS)
_NO_BUSINESS = frozenset("University College Institute Academy School Ministry Department Court Museum Council Board "
                         "Hospital Parliament Senate Church Police Army Navy Commission".split())


#: Kinds of place smaller than a country ("In which *city* ...?"), stemmed.
#: Countries that are cities too ("In which city is Kessel Shipping based?": "Singapore").
_CITY_STATES = frozenset({"Singapore", "Monaco", "Vatican City", "Hong Kong", "Macau", "Luxembourg", "San Marino"})
_SETTLEMENTS = frozenset(terms("city town village suburb district neighborhood neighbourhood port"))
#: Kinds of way a place stands on ("On which *street* ...?"), stemmed, and the words that name one.
STREETS = frozenset(terms("street road avenue boulevard lane"))
_STREET_NAME = re.compile(r"\b(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Way|Drive|Place|Square|"
                          r"Terrace|Row|Parade|Highway|Quay|Embankment|Rue|Calle|Via|Strasse|Straße|Avenida|Prospekt|"
                          r"Ulica|Rua|Gasse|Plaza|Plein|Straat)\b|\w+(?:straße|strasse|gade|gatan|vej|weg|laan)\b")


#: A date that names a year ("2019", "the 1990s", "last year", "fiscal 2024").
#: A date that names a month: "March", "Jan. 5", "last month", "mid-2024" is none.
_MONTHISH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b|\bmonth\b", re.I)
_YEARISH = re.compile(r"\b(?:1\d{3}|2[01]\d\d|(?:1\d|20)?\d0s|years?)\b", re.I)
#: A date that names a day: a day of the month, a weekday, or one said relative to today.
#: "On what date ...?", "What date ...?": a day asked (not "What is the completion date?", often a year).
_EXACT = re.compile(r"\b(?:exact|precise|specific)\b", re.I)
_WHAT_DATE = re.compile(r"^\s*(?:(?:on|by|from|until|since|before|after)\s+)?what\s+"
                        r"(?:exact\s+|precise\s+|specific\s+)?date\b", re.I)
#: An owner asked: "Which company owns Ring?" ("Ring, an Amazon company": the name before "company" is the owner).
_OWNER_ASKED = re.compile(r"\b(?:owns?|owned|parent|belongs?|subsidiary)\b", re.I)
#: A month with its year: a date for "By what date ...?" ("September 2025"), as a day is.
_MONTH_YEAR = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.?,?\s+(?:of\s+)?\d{4}\b")
_DAYISH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)|\b(?:" + "|".join(WEEKDAYS)
                     + r"|today|tomorrow|yesterday|tonight|day|days|weekend|"
                     r"morning|afternoon|evening|night|noon|midnight)\b", re.I)
#: "How long did it take?", "How long will the closure last?": a length of time, which no date is.
_TAKES = re.compile(r"\b(?:take|takes|took|taken|last|lasts|lasted)(?:\s+to\b|\s*[?.!]*\s*$)", re.I)


#: Last words of an organization's name that is also a place one goes to.
_VENUES = frozenset("Center Centre Hall Stadium Arena Theatre Theater Museum Hospital Library Church Cathedral "
                    "School University College Airport Park Gallery Auditorium Pavilion Hotel".split())



_POSSESSIVE = re.compile(r"[’']s?$")
#: Stemmed kinds of place whose names end in the kind's word ("Dane County Circuit *Court*", "University
#: *Hospital* Limerick" holds it too): a which-question asking one is answered by a name that writes it.
_NAMED_BY_KIND = frozenset(terms("court hospital university school college museum stadium airport prison church "
                                 "cathedral library hotel gallery arena theatre theater bank"))


#: A work's title in quotes after the word that introduces it: "called “Hands of the Valley,”" (group 1: the title).
_TITLE = re.compile(r"\b(?:called|titled|entitled|named|dubbed|known\s+as)\s+[“\"]([^”\"]{1,80})[”\"]", re.I)


def _kin_of_asked(name: str, asked: tuple[str, ...] | list[str]) -> bool:
    """Whether ``name`` is a full name that shares its surname with a full name the question
    asks about but not its given name: another person of the family ("Piero Borgna" for a
    question about "Elena Borgna"), not the one asked about."""
    words = name.split()
    if len(words) < 2:
        return False
    # a title is no given name: "Capt. Morales" asked is "Capt. Javier Morales", not his kin
    named = [[w for w in n.split() if w.rstrip(".") not in TITLES] for n in asked]
    kin = [n for n in named if len(n) >= 2 and n[-1] == words[-1]]
    return bool(kin) and all(n[0] != words[0] for n in kin)


_TITLE_TERMS = frozenset(t for x in TITLES for t in terms(x))


def _person_asked(name: str, asked: tuple[str, ...] | list[str]) -> bool:
    """Whether ``name`` is a person the question names: every word of an asked name but a title
    is in it ("Gerald Finch" for "Finch", "Capt. Javier Morales" for "Capt. Morales"); not one
    sharing a first name only ("John Lewis" for "John Harris")."""
    return any((own := set(terms(n)) - _TITLE_TERMS) and own <= set(terms(name)) for n in asked)
#: "What (exactly) is a/an <term> (in ...)?": a definition asked, of a term of one or two lower-case words.
_DEFINITION_ASKED = re.compile(r"^\s*what\s+(?:exactly\s+|precisely\s+|actually\s+)?(?:is|are)\s+(?:a|an)\s+"
                               r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*(?:\?|\s+(?:in|of|at|for|on)\b)", re.I)


def defines(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence defines the term a definition question asks ("What (exactly) is a
    pipe (in the Douro wine trade)?": "A pipe is the traditional 550-litre cask ..."): the term,
    singular or plural, then "is/are/means/refers to" and an article."""
    asked = _DEFINITION_ASKED.match(q.text) if q.wh == "what" and q.answer_type == "DESCRIPTION" else None
    return asked is not None and re.search(
        rf"(?:^|[.;:]\s+|\b(?:a|an|the)\s+){re.escape(asked.group(1))}s?\s+(?:is|are|was|were|means|refers\s+to)\s+"
        rf"(?:a|an|the|any|one)\b", sentence, re.I) is not None


#: Verbs of making a work, whose maker "<work> by <Name>" gives: "Who painted Autumn Mill?" (not "Who bought it?").
_MADE = re.compile(r"\b(?:wr[io]te|written|paint(?:ed|s)?|direct(?:ed|s)?|compose[ds]?|design(?:ed|s)?|sculpt(?:ed|s)?|"
                   r"photograph(?:ed|s)?|produce[ds]?|author(?:ed|s)?|dr[ae]w|drawn|create[ds]?|made|make|makes|"
                   r"record(?:ed|s)?|sang|sing|sung|choreograph(?:ed|s)?|film(?:ed|s)?|shot|illustrate[ds]?)\b", re.I)


@functools.lru_cache(maxsize=256)
def _subject_nouns(q: QuestionAnalysis) -> frozenset[str]:
    """The terms of the common nouns before a question's main verb: its subject ("How much will
    motorcycles pay?": motorcycl); empty without a verb."""
    verb = main_verb(q)
    return frozenset(t.term for t in q.tokens[1:] if verb is not None and t.start < verb.start and not t.stop
                     and t.surface.islower() and (word_tag(t.norm) or "") in ("NN", "NNS"))


def _titled_as_asked(question: str, before: str, after: str = "") -> bool:
    """Whether a name is titled with a role that the question names with "the" ("Chief Minister
    Rajesh Chauhan" or "Anna Berg, the prime minister," for "... met the chief/prime minister"):
    the name is then the question's own person, not its answer. Not when the title is another
    role with the same last word ("*Deputy* Mayor Ana Lopez" for "the mayor"), nor when the
    question asks who holds the role ("Who is (currently) the mayor?", "Who serves as / became
    the mayor?", "What is the name of the spokeswoman?", ``_HOLDER_BEFORE``), unless it asks
    whom the role's holder has ("Who is the managing director's lawyer?"). The title may stand
    before the name with a comma ("the factory's managing director, Anwar Hossain,")."""
    words = re.findall(r"[A-Za-z][\w-]*", before[-40:])
    titles: list[list[str]] = []
    comma = re.search(r",\s+$", before) is not None
    clause = re.findall(r"[A-Za-z][\w-]*", re.split(r"[,;:—(]", before.rstrip(" ,"))[-1])[:-2] if comma else []
    if any(word_tag(w.casefold()) in ("IN", "TO") or (word_tag(w.casefold()) or "").startswith("VB") for w in clause):
        words = []  # "After talks with the president, Anna Berg said ...": no title, the clause is another's
    if words and re.search(r"[A-Za-z][\w-]*,?\s+$", before) and words[-1].casefold() in ROLE_NOUNS:
        for k in range(min(3, len(words)), 0, -1):  # "Chief Minister", "Minister"; not "Deputy Mayor" as "Mayor"
            if not (k < len(words) and k == 1 and _OTHER_ROLE.fullmatch(words[-2])):
                titles.append(words[-k:])
    apposed = re.match(r",\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,.;]", after)
    if apposed and apposed.group(1).split()[-1] in ROLE_NOUNS:
        titles.append(apposed.group(1).split())
    # "Gelashvili, who served as deputy minister from 2019 ...": the role held before, asked as "the former
    # deputy minister"
    served = re.match(r",\s+who\s+(?:served|had\s+served|was)\s+as\s+(?:the\s+|a\s+)?((?:[a-z][\w-]*\s+){0,2}?"
                      r"[a-z][\w-]*)\b(?=\s+(?:from|of|for|until|between|in|at|since)\b|\s*,)", after)
    former = served is not None and served.group(1).split()[-1] in ROLE_NOUNS
    if former and served is not None:
        titles.append(served.group(1).split())
    lead = r"\bthe\s+(?:former\s+|ex-)?" if former else r"\bthe\s+"
    # "Who is the managing director's lawyer?": the director owns what is asked, so is not it, holder or not
    return any(not _HOLDER_BEFORE.search(question[:m.start()]) or question[m.end():m.end() + 2] in ("'s", "’s")
               for title in titles for m in re.finditer(rf"{lead}{re.escape(' '.join(title))}\b", question, re.I))


#: What asks for the holder of a role before "the <role>": "Who is (currently) the ...", "Who serves as the
#: ...", "Who became the ...", "Who was named the ...", "the name of the ...".
_HOLDER_BEFORE = re.compile(r"(?:\bname\s+of|^\W*(?:who|what)\s+(?:(?:is|was|are|were|will\s+be|has\s+been|had\s+"
                            r"been)(?:\s+(?:now|currently|still|then))?|(?:now\s+|currently\s+)?(?:serves?|served|"
                            r"acts?|acted)\s+as|became|becomes|will\s+become|(?:was|were|has\s+been)\s+(?:named|"
                            r"elected|appointed|chosen|sworn\s+in)(?:\s+as)?)|\b(?:name|named|appoint|appointed|"
                            r"hire|hired|pick|picked|choose|chose|elect|elected)\s+as)\s+$", re.I)
#: A word before a title that makes it another role: "*Deputy* Mayor", "*Vice* President".
_OTHER_ROLE = re.compile(r"(?i:vice|deputy|assistant|former|acting|lieutenant|ex|associate|interim|junior)")


def _in_title(sentence: str, span: Span) -> bool:
    """Whether a span lies inside a quoted title ("called “Hands of the Valley”", "the stolen works are
    “Morning on the Kennebec” and ..."): a work, no one's name. A quote is a title when it is called
    one, or when it is short (up to eight words) and every word of four letters or more is capitalized."""
    return any(m.start(1) <= span.start and span.end <= m.end(1) for m in _TITLE.finditer(sentence)) or any(
        m.start(1) <= span.start and span.end <= m.end(1) and len(m.group(1).split()) <= 8
        and all(w[:1].isupper() for w in re.findall(r"[A-Za-z][\w’'-]{3,}", m.group(1)))
        for m in _QUOTED_TITLE.finditer(sentence))


#: A quoted phrase with at most a comma before its closing mark ('“Fog Over Pemaquid,” both by ...').
_QUOTED_TITLE = re.compile(r"[“\"]([^”\".!?;]{1,80}?),?[”\"]")


#: The span types a rank is said of ("Sato was third"); a figure's rank is a time ("second-quarter loss").
_RANKED = NAME_TYPES | {"GROUP"}


def _none_of(q: QuestionAnalysis, sentence: str) -> list[Span]:
    """For "How many X ...?", the sentence's "no X" ("It said *no injuries* had been reported")
    as a NUMBER span: a count of zero, unless a modal follows ("No worker should die": a norm);
    [] otherwise."""
    thing = counted_thing(q.text) if q.wh == "how many" else None
    if thing is None:
        return []
    found = []
    for m in re.finditer(r"\b(?:[Nn]o|[Zz]ero)((?:\s+[a-z-]+){1,3})", sentence):
        for w in re.finditer(r"[a-z-]+", m.group(1)):  # "no *injuries*", "no serious *injuries*"
            if terms(w.group(0)) == [thing] and not _SHOULD.match(sentence, m.start(1) + w.end()):
                end = m.start(1) + w.end()
                found.append(Span(m.start(), end, sentence[m.start():end], "NUMBER"))
                break
    return found


#: A speaker named by a common noun ("The ministry said ...", "..., the airline said."): a group's voice.
_NOUN_SPEAKER = re.compile(r"(?:^|(?<=[,;:]\s))((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*|"
                           r"[Pp]olice|[Oo]fficials|[Ii]nvestigators|[Aa]uthorities|[Pp]rosecutors|[Rr]escuers|"
                           r"[Ww]itnesses)\s+(?:said|says|told|added|announced|confirmed|reported|warned|stated)\b")


def _speaker_phrase(q: QuestionAnalysis, sentence: str) -> list[Span]:
    """For "Who said ...?", the common-noun speaker of a sentence that names no person as
    saying it ("*The ministry* said the plant would reopen", "..., *the airline* said.") as a
    GROUP span; [] otherwise (the named speaker answers: "Chief executive Ann Lee said")."""
    if not asks_who_said(q):
        return []
    return [Span(m.start(1), m.end(1), m.group(1), "GROUP") for m in _NOUN_SPEAKER.finditer(sentence)
            if not re.search(r"[A-Z]", m.group(1)[1:])]


#: A modal after "no X": a norm or a wish, no count ('"No worker should die for a paycheque"').
_SHOULD = re.compile(r"\s+(?:should|must|ought|deserves?|needs?\s+to)\b", re.I)  # not "no flights would operate"


#: "formed *where the girder joins a bearing*": a place told by a clause after a verb.
_WHERE_CLAUSE = re.compile(r"\b([a-z]+) (where [^,.;:!?“”\"]+)")


def _where_clause(q: QuestionAnalysis, sentence: str) -> list[Span]:
    """For "Where ...?", the clauses of a sentence that tell a place with "where" after a verb
    ("the crack appeared to have formed *where the girder joins a support bearing*") as
    LOCATION spans; not a relative clause after a noun ("the town where she grew up"), whose
    noun is the place."""
    if q.wh != "where":
        return []
    return [Span(m.start(2), m.end(2), m.group(2), "LOCATION") for m in _WHERE_CLAUSE.finditer(sentence)
            if (word_tag(m.group(1)) or "").startswith("VB") and m.group(1).casefold() not in _ASK_WHERE]


#: Verbs after which "where ..." is an indirect question, not a place: "did not *say* where it would
#: be built", "to *determine* where the fire started".
_ASK_WHERE = frozenset("say said says know knew known tell told ask asked asks determine determined decide decided "
                       "explain explained show showed reveal revealed disclose disclosed confirm confirmed "
                       "investigate investigating investigated establish established wonder wondered "
                       "unclear sure discuss discussed".split())


def _expansion(acronym: str, sentence: str, spans: list[Span]) -> Span | None:
    """The name in a sentence whose capitalized words' initials spell ``acronym`` ("Port
    Alva Development Corporation" for PADC; "of", "the", "and", "for" and "&" skipped), or
    None."""
    for sp in spans:
        if sp.type in NAME_TYPES and spells(sp.text, acronym):
            return sp
    return None


#: A where-question asking where someone works or studies: a workplace answers it, a place or a body.
_WORKPLACE_ASKED = re.compile(r"\b(?:(?:work|works|worked|working|teach|teaches|taught|teaching|employed|train|trains|"
                              r"trained|training|lecture|lectures|lectured)|(?:study|studies|studied|studying)"
                              r"(?:\s+[a-z]+)?)(?:\s+(?:now|currently|today))?\s*\?*\s*$",
                              re.I)  # no object, or a field studied ("study medicine"), not "study the whales"
#: A naming cue before a capitalized name: "to be called *Jysk Mejeri*", "will be known as *Nuvix Arena*".
_NAME_GIVEN = re.compile(r"\b(called|named|renamed|known\s+as|dubbed|rebranded\s+as|"
                         # "will rename its 32,000-seat home ground the PagNorte Arena"
                         r"renam(?:e|es|ing)\s+(?:its|the|their|his|her)\s+(?:[\w’',.-]+\s+){0,3}?)\s*(?:the\s+)?(?=[A-Z])")
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|the|and|de|do|da|del|la|le|von|van)\s+)*"
                              r"[A-Z][\w’'.&-]*)*")
#: A cue naming a thing brought in by an indefinite noun: "a Lisbon agency called Sportmark" names the agency.
_NAMES_A_THING = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,2}([a-z][\w-]*)\s+$")
#: Abbreviations that end a company's name, whose period is the name's ("Nordvik Holdings Inc.").
_NAME_END_ABBREV = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Lda|Ltda|Bhd|Pty|Pvt|Jr|Sr|Bros)\.$")


def _name_given(sentence: str, spans: list[Span], asked: set[str], cue: str | None = None) -> Span | None:
    """The name a naming cue gives in a sentence (``_NAME_GIVEN``), as a typed span of the
    sentence when one starts there, else as the run of capitalized words up to a sentence's
    end (an ENTITY); the cue the question uses (``cue``: "renamed") first; not a name the
    question holds (the old name asked about), nor one an indefinite noun the question does
    not hold brings in ("a Lisbon agency called Sportmark"). None without such a cue."""
    found: list[tuple[bool, Span]] = []
    for m in _NAME_GIVEN.finditer(sentence):
        thing = _NAMES_A_THING.search(sentence[:m.start()])
        if thing and not set(terms(thing.group(1))) & asked:
            continue
        name = next((sp for sp in spans if sp.start == m.end() and sp.type in NAME_TYPES), None)
        if name is None:
            run = _CAPITALIZED_RUN.match(sentence, m.end())
            assert run is not None  # the cue's lookahead saw a capital
            text = run.group(0)
            stop = re.search(r"\.\s", text)
            if stop:  # "Nordvik Holdings Inc. Chief executive ...": the name ends with its sentence
                text = text[:stop.start() + (1 if _NAME_END_ABBREV.search(text[:stop.start() + 1]) else 0)]
            if not _NAME_END_ABBREV.search(text):
                text = text.rstrip(".’'")
            name = Span(run.start(), run.start() + len(text), text, "ENTITY")
        if not set(terms(name.text)) <= asked:
            found.append((cue is not None and m.group(1).split()[0].casefold() == cue, name))
    return max(found, key=lambda f: f[0])[1] if found else None


#: Words that give a cause, a purpose or an argument: what a why-question asks for.
_CAUSE_WORDS = (r"because|due to|owing to|as a result|result of|blamed|attributed to|citing|cited|argued|arguing|"
                r"in order to|so that|meant to|intended to|aimed at|reasons?|caused by|thanks to|driven by|"
                r"on the grounds")
#: The same, without the words that also tell a time ("since", "after"): a sentence that surely gives one.
GIVES_CAUSE = re.compile(rf"\b(?:{_CAUSE_WORDS})\b", re.I)
_CAUSE = re.compile(rf"\b(?:{_CAUSE_WORDS}|since|after)\b", re.I)


#: The type part given to a sentence that gives a cause for a why-question (``_CAUSE``).
REASON_WEIGHT = 0.6


#: The type part given to a sentence that lists as many things as a question's count asks for.
LIST_WEIGHT = 1.0


def _listing(q: QuestionAnalysis, sentence: str) -> Span | None:
    """The first list in the sentence (``qa.chunks.coordinations``) naming at least as many
    things as the question counts ("What are *two* ...?"), else its longest list, not all
    of it the question's own words; a Span of type LIST, or None. (A list shorter than the
    count makes ``abstain_reason`` say so.)"""
    qterms = {t.term for t in q.tokens}
    lists = [(min(items, q.count or 2), -start, Span(start, end, sentence[start:end], "LIST"))
             for start, end, items in coordinations(sentence)
             if not all(w in qterms for w in terms(sentence[start:end]))]
    return max(lists, key=lambda x: x[:2])[2] if lists else None


#: The type part given to a sentence that writes the noun a what-question asks for with a
#: qualifier the question lacks (``_qualified_head``): half a typed span.
HEAD_WEIGHT = 0.5


def _qualified_head(q: QuestionAnalysis, toks: list[Token]) -> bool:
    """Whether the sentence writes the question's head noun with a word the question lacks
    right before it ("the *binary* alphabet" for "What alphabet ...?") or an "of" phrase
    after it ("a tradition *of singing*"): the phrase that answers "what <head>"."""
    noun = asked_noun(q)
    if noun is None:
        return False
    asked = {t.term for t in q.tokens}
    heads = {noun} | set(synonyms(noun))
    for i, t in enumerate(toks):
        if t.term not in heads:
            continue
        before = toks[i - 1] if i > 0 else None
        if before is not None and not before.stop and before.term not in asked and not before.norm.isdigit():
            return True
        if i + 2 < len(toks) and toks[i + 1].norm == "of" and not toks[i + 2].stop and toks[i + 2].term not in asked:
            return True
    return False


#: The type part of a sentence that answers "who" with a common noun for people only.
ROLE_WEIGHT = 0.6


def _people_noun(sentence: str, toks: list[Token], asked: set[str], hits: list[int]) -> tuple[Span, float] | None:
    """The phrase of a common noun for people the question does not name ("the *dukes*"),
    nearest the question's words, with its closeness; None when there is none."""
    best: tuple[int, Span, float] | None = None
    for i, t in enumerate(toks):
        word = t.norm
        if t.stop or t.term in asked or not (word in PEOPLE_NOUNS or word.endswith("s") and word[:-1] in PEOPLE_NOUNS):
            continue
        if re.match(r",?\s+(?:[A-Z][\w’'.-]*\s*){1,3}", sentence[t.end:]):
            continue  # "the party's leader, Samuel Mwangi": the name answers, or no one does
        if t.surface.endswith(("’s", "'s", "’", "'")) or sentence[t.end:t.end + 1] in ("’", "'"):
            continue  # "millions of people's data": the possessor of something, not a doer
        start = i
        while start > 0 and toks[start - 1].norm in ("the", "a", "an", "his", "her", "their", "its") or (
                start > 0 and not toks[start - 1].stop and toks[start - 1].term not in asked
                and toks[start - 1].end + 1 == toks[start].start and i - start < 2
                and word_tag(toks[start - 1].norm) in ("NN", "NNS", "NNP", "JJ", "VBN", None)):
            start -= 1  # "a *survey* team", "the *Norman* dukes"
        d = min((abs(i - j) for j in hits), default=12)
        sp = Span(toks[start].start, t.end, sentence[toks[start].start:t.end], "GROUP")
        if best is None or d < best[0]:
            best = (d, sp, 1.0 / (1.0 + d / 8.0))
    return (best[1], best[2]) if best else None


#: Added to a span's value when it stands in the slot the question's verb leaves open (``_fills_slot``).
SLOT_BONUS = 0.6


#: Verbs (stemmed) of what one named person does for an organization: "Who *runs* the museum?"
#: wants that person's name, which a plural noun for people ("police", "nurses") is not.
_LEADS = frozenset(stem(w) for w in "run runs lead leads head heads chair chairs found founded own owns manage manages "
                   "direct directs coach coaches edit edits".split())


def _pronoun_does(slot: tuple[str, str] | None, toks: list[Token], text: str) -> bool:
    """Whether a sentence's leading pronoun ("She will lead the group, while ...") is the
    subject the question asks for: the question asks who did its verb (``verb_slot``), and
    that verb, or a synonym of it, follows in the pronoun's own clause."""
    if slot is None or slot[0] != "subject":
        return False
    verbs = {slot[1]} | set(synonyms(slot[1]))
    for k, t in enumerate(toks[1:], 1):
        if joins(toks, text, k):
            return False
        if t.term in verbs:
            return True
    return False


#: Forms of "be" before a past participle: a passive, whose subject is no doer.
BE_FORMS = frozenset("be been being is are was were".split())


def _after_by(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` follows "by", "by the/a/an", "by the <noun>", "by <Name>'s" or "by
    <Place>-based" (a passive's agent: "built by the utility *Elvia*", "set by Ethiopia’s *Almaz
    Tesfaye*", "developed by U.S.-based *IAVI*")."""
    return i > 0 and (toks[i - 1].norm == "by" or i > 1 and toks[i - 1].norm in ("the", "a", "an")
                      and toks[i - 2].norm == "by" or i > 2 and toks[i - 1].surface.islower()
                      and toks[i - 2].norm in ("the", "a", "an") and toks[i - 3].norm == "by"
                      # "set by Ethiopia’s Almaz Tesfaye": a place's possessive before the agent's name
                      or i > 1 and toks[i - 1].surface[:1].isupper() and toks[i - 1].surface.endswith(("’s", "'s"))
                      and toks[i - 2].norm == "by"
                      # "developed by U.S.-based IAVI": where the agent is based, before its name
                      or i > 2 and toks[i - 1].norm in ("based", "headquartered") and toks[i - 3].norm == "by")


def _name_between(toks: list[Token], v: int, i: int) -> bool:
    """Whether only a capitalized name stands between the verb at ``v`` and the "by" before token
    ``i`` ("named *Storm Ewan* by the Met Office"; not "betrayed *to the Normans* by")."""
    by = next((j for j in range(i - 1, v, -1) if toks[j].norm == "by"), None)
    return by is not None and by > v + 1 and all(t.surface[:1].isupper() for t in toks[v + 1:by])


def _by_apposition(toks: list[Token], i: int, v: int) -> bool:
    """Whether token ``i`` names, in apposition, the agent "by" gives after the verb at ``v``:
    "led by the hospital's chief nurse, *Paul Grady*"."""
    return i > 2 and toks[i].start - toks[i - 1].end > 1 and any(
        toks[j].norm == "by" and all(t.surface.islower() or t.surface.endswith(("’s", "'s")) for t in toks[j + 1:i])
        for j in range(max(v + 1, i - 6), i - 1))


def _owner_differs(q: QuestionAnalysis, toks: list[Token], idx: list[int], role: str) -> bool:
    """Whether the role word nearest the span (token indices ``idx``) is given to another country
    than the question's, by its people's adjective or a possessive within the two words before
    it ("*German* Culture Minister Jonas Richter" for "Who is Nigeria's culture minister?"); False
    when the question names no country."""
    asked = {t for n in q.entities for t in terms(n)}
    asked |= {x for t in asked if (x := same_place(t)) is not None}
    if not any(same_place(t) is not None for t in asked):
        return False
    at = [v for v, t in enumerate(toks) if t.term == role]
    if not at:
        return False
    v = min(at, key=lambda v: min(abs(v - i) for i in idx))
    owners = [t.term for t in toks[max(0, v - 2):v] if t.surface[:1].isupper() and same_place(t.term) is not None]
    return bool(owners) and not any(o in asked for o in owners)


def _verb_dated(q: QuestionAnalysis, toks: list[Token], text: str, sp: Span) -> bool:
    """Whether a date span follows one of the question's verbs (``question_verbs``, or a synonym)
    right away or after a preposition: "starting on Feb. 1, 2026", "will open in March", "began
    Monday" (that verb's date, not another deed's)."""
    verbs = question_verbs(q)
    verbs |= {x for v in verbs for x in synonyms(v)}
    before = [i for i, t in enumerate(toks) if t.end <= sp.start]
    if not before or not verbs:
        return False
    k = before[-1]
    if toks[k].norm in ("on", "in", "from", "at", "by", "until", "since", "after", "before") and k > 0:
        k -= 1
    return toks[k].term in verbs and text[toks[k].end:sp.start].count(",") == 0


def _object_elsewhere(toks: list[Token], text: str, idx: list[int], rest: set[str], kind: str,
                      spans: list[Span]) -> bool:
    """Whether the question's words other than its verb (``rest``, terms) that the sentence
    holds all stand outside the clause of the span at token indices ``idx``, in a clause that
    holds another span of the same ``kind``: the subject asked does the verb *to* the asked
    object, so "X scored in the 81st minute, but Eagles defender Y headed in an equaliser"
    answers "Who scored the Eagles' equaliser?" with Y. Clauses as ``qa.clauses.clause``."""
    present = [i for i, t in enumerate(toks) if t.term in rest]
    lo, hi = clause(toks, text, idx)
    if not present or any(lo <= i < hi for i in present):
        return False
    for other in spans:
        at = [i for i, t in enumerate(toks) if other.start <= t.start < other.end]
        if other.type == kind and at and not lo <= at[0] < hi:
            o_lo, o_hi = clause(toks, text, at)
            if all(o_lo <= i < o_hi for i in present):
                return True
    return False


def _fills_slot(slot: tuple[str, str], idx: list[int], toks: list[Token]) -> bool:
    """Whether the span (token indices ``idx``) stands where the question's verb puts its
    answer: a subject ends at most four tokens before the verb ("Odo, bishop of Bayeux,
    commissioned") or follows "by" after it (the passive; seven tokens on when only a name stands
    between: "named Storm Ewan by *the Met Office*"); an object starts at most four
    tokens after it ("married *King Ethelred*"); a role's holder follows the role noun
    right away ("their leader *Rollo*", "the river *Seine*"; not "chair, thanked *Johnson*")
    or precedes it by two or three tokens ("*Duncan* as a hostage", "*Rollo*, the leader";
    not a modifier, "*Norse* religion").

    A span in the slot wins the short answer (SLOT_BONUS); the sentence's score still
    counts its best typed span."""
    kind, verb = slot
    if not idx:
        return False
    # "Who spotted it?": "Aaron Pike, who noticed"; a synonym's participle is no finite verb ("..., defeating X")
    verbs = {verb} | synonyms(verb) if kind != "role" else {verb}
    for v in (i for i, t in enumerate(toks) if t.term == verb or t.term in verbs
              and not t.surface.casefold().endswith("ing")):
        if kind == "role" and (idx[0] - v == 1 or 2 <= v - idx[-1] <= 3):
            return True
        if kind == "role" and 2 < idx[0] - v <= 5 and toks[v + 1].norm == "of" \
                and toks[idx[0]].start - toks[idx[0] - 1].end > 1:
            return True  # "Nigeria's Minister of Culture, *Hannatu Musa*": the holder after the role's "of" phrase
        form = toks[v].surface.casefold()  # the norm of "built" is "build"
        passive = v > 0 and toks[v - 1].norm in BE_FORMS and (form.endswith(("ed", "en", "wn")) or form in IRREGULAR)
        before = 0 < v - idx[-1] <= 4 and not passive  # "Moss and Horten will be built by ...": not the doer
        if kind == "subject" and (before or (idx[0] > v and idx[0] - v <= 4 and _after_by(toks, idx[0]))
                                  or idx[0] - v <= 7 and _after_by(toks, idx[0]) and _name_between(toks, v, idx[0])
                                  or 0 < idx[0] - v <= 8 and _by_apposition(toks, idx[0], v)):
            return True
        if kind == "object" and (0 < idx[0] - v <= 4 or passive and 0 < v - idx[-1] <= 3):
            return True  # "Who was named MVP?": "named *the MVP*", or "*Nikola Jokic* was named the NBA's ..."
        between = toks[v + 1:idx[0]]
        if kind == "object" and 4 < idx[0] - v <= 8 and toks[idx[0]].start - between[-1].end > 1 and not any(
                (word_tag(t.norm) or "").startswith(("VB", "IN", "CC")) and not t.surface[:1].isdigit()
                for t in between):
            return True  # an apposition to the object: "detained a 34-year-old driver, *Ana Ruiz*,"
    return False


#: A question about the present or the future: "What drug is Halvern *recalling*?", "Who *will* ...?"
#: (``_asks_now``).
_NOW = re.compile(r"\b(?:is|are|am)\b((?:\s+\w+){1,5})|\b(?:will|shall)\b|^\W*when\s+(?:does|do)\b", re.I)
#: A sentence opening with the year it tells of: "In 2019, Halvern recalled ...".
_IN_YEAR = re.compile(r"^\s*(?:In|By|During)\s+(?:\w+\s+)?(1\d{3}|20\d{2})\b")  # not "Since 2019": still so
#: "Vietnam last restricted rice exports in 2020": when it was last done, a year in the past.
_LAST_DONE_IN = re.compile(r"\blast\s+[a-z]+ed\b[^.;]*?\bin\s+(1\d{3}|20\d{2})\b")
#: Score taken off a sentence about a year before its story's when the question asks about now.
PAST_PENALTY = 0.3


def _asks_now(q: QuestionAnalysis) -> bool:
    """A question in the future ("will", "shall", "When does it take effect?") or the present
    progressive ("is Halvern *recalling*", by the tagger's VBG, not "the building"), naming no year."""
    return _asks_now_text(q.text)


@functools.lru_cache(maxsize=256)
def _asks_now_text(text: str) -> bool:  # asked for every sentence scored: once per question
    m = _NOW.search(text)
    if m is None or re.search(r"\b(?:1\d{3}|20\d{2})\b", text):
        return False
    return m.group(1) is None or any(word_tag(w.casefold()) == "VBG" for w in m.group(1).split())


def _told_of_the_past(s: Sentence, corpus: Corpus) -> bool:
    """Whether a sentence opens with a year before its document's publication year ("In
    2019, Halvern recalled 300,000 bottles ..." in a 2024 story), or says in which year
    something was last done ("Vietnam last restricted rice exports in 2020", the last time
    before the story's): it tells of the past. False otherwise, and when the document gives
    no date for a year that opens the sentence."""
    if _LAST_DONE_IN.search(s.text):
        return True  # the last time before now, whatever the story's date
    m = _IN_YEAR.match(s.text)
    published = facts_for(corpus).publication_year(s.doc) if m else None
    return bool(m and published and int(m.group(1)) < published)


#: A question about what is still to come: "When will ...?", "When is ... expected to ...?", "Until what date is
#: ... expected to ...?".
_FUTURE = re.compile(r"\b(?:when|(?:what|which)\s+(?:year|month|date|day))\s+(?:will|shall|is\b.*\b(?:expected|"
                     r"scheduled|due|set|going)\s+to|are\b.*\b(?:expected|scheduled|due|set|going)\s+to)\b|"
                     r"\b(?:what|which)\s+(?:year|month|date)\s+"
                     r"(?:will|does\b.*\b(?:expect|plan|aim|hope|forecast|project))\b", re.I)  # "By what year does
# the institute expect sea levels to rise ...?"


#: A verb of saying right before a date: the day something was said, not the day it will happen.
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+|confirmed|disclosed)\s+(?:on\s+|late\s+|"
                      r"early\s+)?$", re.I)
def _deed_told(q: QuestionAnalysis, sterms: list[str] | set[str]) -> bool:
    """Whether a sentence's stemmed terms hold one of the question's verbs (``question_verbs``) or a synonym."""
    held = set(sterms)
    return any(v in held or synonyms(v) & held for v in question_verbs(q))


#: Words of a question about the saying itself ("When did the company announce the recall?").
_SAYING = frozenset(terms("say said tell told announce announced report reported confirm confirmed disclose disclosed "
                          "statement reveal unveil publish release admit warn declare outline present public"))
#: A question about what has happened: "When did ...?", "When was ...?", "In what year did ...?".
_PAST = re.compile(r"\b(?:when|(?:what|which)\s+(?:exact\s+|precise\s+)?(?:year|date|day|month))\s+(?:did|was|were)\b",
                   re.I)


def _against_publication(question: str, date: str, corpus: Corpus, doc: str) -> bool:
    """Whether a date span names only years that cannot answer the question, given the year
    its document was published (``Facts.publication_year``): a year before it for
    "When will ...?", a year after it for "When did ...?"; False when the document gives
    no date or the span no year."""
    years = [int(y) for y in re.findall(r"\b(1\d{3}|20\d{2})\b", date)]
    year = facts_for(corpus).publication_year(doc) if years else None
    if year is None:
        return False
    return bool(_FUTURE.search(question) and max(years) < year or _PAST.search(question) and min(years) > year)


def rank(question: str, corpus: Corpus, k_passages: int = K_PASSAGES) -> tuple[QuestionAnalysis, list[Candidate]]:
    """Analyze the question and score the sentences of the top passages, best first."""
    q = spelled(analyze(question), corpus)
    return q, rank_sentences(q, corpus, k_passages)


def spelled(q: QuestionAnalysis, corpus: Corpus) -> QuestionAnalysis:
    """The question with each misspelt content word read as the one corpus word a letter
    away ("ambasador" → "ambassador"), when exactly one such word's term exists; only words
    of five letters or more that neither the corpus nor the tagger's lexicon knows. Names
    are left to the name check, which allows a letter's difference too (``misspelt``)."""
    facts = facts_for(corpus)
    fixes: dict[str, str] = {}
    for t in q.tokens:
        if t.stop or len(t.norm) < 5 or not t.norm.isalpha() or t.surface[:1].isupper():
            continue
        if word_tag(t.norm) is not None or t.norm in facts.words_like(t.norm):
            continue  # an English word ("journal"), or one the text writes, is no misspelling
        if not corpus.has_term(t.term) and any(corpus.has_term(x) for x in synonyms(t.term)):
            continue
        found = {term for w, term in facts.words_like(t.norm).items() if one_edit(t.norm, w)}
        if len(found) == 1:
            fixes[t.term] = found.pop()
    spelt: dict[str, tuple[str, ...]] = {}
    for t in q.tokens:  # "Who was the MVP?": "was named the most valuable player"
        if re.fullmatch(r"[A-Z]{2,6}", t.surface) and not corpus.has_term(t.term):
            expanded = _spelt_in(t.surface, corpus)
            if expanded:
                spelt[t.term] = expanded
    if not fixes and not spelt:
        return q
    fixes |= {x: words[0] for x, words in spelt.items()}
    return dataclasses.replace(
        q, focus=tuple(y for x in q.focus for y in spelt.get(x, (fixes.get(x, x),))),
        tokens=tuple(dataclasses.replace(t, term=fixes.get(t.term, t.term)) for t in q.tokens),
        subject=fixes.get(q.subject, q.subject) if q.subject else None)


#: Words an acronym's initials skip ("Bank *of* England": BE; ``qa.entities.spells``).
_SKIPPED = frozenset("of the and for".split())


def _spelt_in(acronym: str, corpus: Corpus) -> tuple[str, ...] | None:
    """The terms of the one phrase the corpus writes whose initials spell ``acronym`` (a
    question's "MVP": "most valuable player"; ``qa.entities.spells``), or None when it writes
    none or several."""
    n, found = len(acronym), set()
    for text in corpus.documents.values():
        words = re.findall(r"[A-Za-z][\w’'-]*", text.text)
        found |= {" ".join(words[i:i + k]).casefold() for k in range(n, n + 3) for i in range(len(words) - k + 1)
                  if words[i][0].upper() == acronym[0] and words[i + k - 1].casefold() not in _SKIPPED
                  and spells(" ".join(words[i:i + k]), acronym)}  # not "most valuable player for"
    return tuple(terms(found.pop())) or None if len(found) == 1 else None


#: The second part of a closed compound whose first part names what it is about:
#: "plane|maker", "share|holders", "peace|keepers", "chair|man".
_COMPOUND_HEAD = re.compile(r"[a-z]{3,}(?:er|ers|or|ors|man|men)")


def _alike(q: QuestionAnalysis, corpus: Corpus) -> dict[str, frozenset[str]]:
    """For each focus term, the terms that match it at SYNONYM_WEIGHT: its synonyms and,
    for a closed compound the corpus never uses ("planemaker"), its first part and that
    part's synonyms when the corpus has one of them ("plane" → "aircraft"), else its last
    part when the corpus has it ("shipwreck" → "wreck"); for a past-tense verb of a
    who-question, the noun for its doer when the corpus has it ("founded" → "founder",
    "directed" → "director"); and for a role the corpus gives one person
    (``Facts.role_holders``), that person's name, unless a person is asked."""
    alike = {t: synonyms(t) for t in q.focus}
    for tok in q.tokens:
        if tok.stop or tok.term not in alike or corpus.has_term(tok.term):
            continue
        w = tok.norm
        for i in range(3, len(w) - 4):
            if not _COMPOUND_HEAD.fullmatch(w[i:]):
                continue
            first = stem(w[:i])
            found = {x for x in {first} | synonyms(first) if corpus.has_term(x)}
            if found:
                alike[tok.term] = alike[tok.term] | found
                break
        else:  # its head, the last part ("shipwreck" → "wreck", "farmland" → "land")
            tail = last_part(w, corpus)
            if tail:
                alike[tok.term] = alike[tok.term] | {tail}
    if q.answer_type == "PERSON":  # "Who *founded* Orbitel?": "founder Walter Orban", the doer's noun
        for tok in q.tokens:
            if not tok.stop and tok.term in alike and tok.norm.endswith("ed"):
                doers = {x for x in (stem(tok.term + "er"), stem(tok.term + "or")) if corpus.has_term(x)}
                alike[tok.term] = alike[tok.term] | doers
    if q.answer_type != "PERSON":  # "How old is *the mayor*?": "Okafor, 52," for "Mayor Sandra Okafor"
        facts = facts_for(corpus)
        asked = {t.term for t in q.tokens}
        roles = {t.term for i, t in enumerate(q.tokens) if i and q.tokens[i - 1].norm == "the" and t.term in alike
                 and t.term in HOLDER_TERMS}  # only a role word can have holders (and their lookup reads the text)
        for term in roles:
            holders = [facts.role_holders(doc)[term] for doc in corpus.documents if term in facts.role_holders(doc)]
            if len(holders) == 1 and not holders[0] & asked:  # one holder, whom the question does not name
                alike[term] = alike[term] | holders[0]
    return alike


def last_part(word: str, corpus: Corpus) -> str | None:
    """The term of the longest last part of a closed compound that the corpus has
    ("shipwreck" → "wreck"; five letters or more, after at least three), or None. A prefix is no
    first part: "displaced" is not "placed", nor "transplant" a "plant"."""
    return next((stem(word[i:]) for i in range(3, len(word) - 4)
                 if not _PREFIXES.fullmatch(word[:i]) and corpus.has_term(stem(word[i:]))), None)


#: Prefixes that make a new word of the one after them, not a compound's first part.
_PREFIXES = re.compile(r"dis|mis|non|sub|inter|trans|anti|counter", re.I)


#: Score taken off a sentence of a document that lacks the names the question asks about,
#: when another document has them all.
OTHER_DOCUMENT_PENALTY = 0.5


def _documents_naming(q: QuestionAnalysis, corpus: Corpus, facts: Facts) -> set[str]:
    """The documents that mention every name of the question (empty when none does, or the
    question names nothing, or the corpus has one document)."""
    names = [set(terms(n)) for n in q.entities if len(n.replace(".", "")) >= 2]
    names = [n for n in names if n]
    if len(corpus.documents) < 2 or not names:
        return set()
    return {d for d in corpus.documents if all(n <= facts.document_terms(d) for n in names)}


#: Score taken off per unit of question weight a document holds less of than the best document.
COVERAGE_WEIGHT = 0.3


def _document_shares(corpus: Corpus, weights: dict[str, float], alike: dict[str, frozenset[str]],
                     terms_of: Callable[[str], frozenset[str] | set[str]]) -> dict[str, float]:
    """The share (0..1) of the question's term weight (``_term_weights``) that ``terms_of(doc)``
    holds for each document, a term counting when they have it or an equivalent (``alike``);
    empty for a one-document corpus."""
    if len(corpus.documents) < 2:
        return {}
    total = sum(weights.values()) or 1.0
    out = {}
    for d in corpus.documents:
        present = terms_of(d)
        out[d] = sum(w for t, w in weights.items() if t in present or alike.get(t, frozenset()) & present) / total
    return out


def _document_coverage(corpus: Corpus, facts: Facts, weights: dict[str, float],
                       alike: dict[str, frozenset[str]]) -> dict[str, float]:
    """The share of the question's weight each document holds (``_document_shares``), each term's
    weight times its document-level idf, ln(1 + N / df) for N documents, df of them holding it: a
    word one story repeats ("recount", in eight of its sentences) has a low sentence-level idf,
    yet it is the one that tells which story a question is about."""
    n = len(corpus.documents)
    held = {t: sum(t in facts.document_terms(d) for d in corpus.documents) for t in weights}
    weights = {t: w * math.log(1 + n / max(held[t], 1)) for t, w in weights.items()}
    return _document_shares(corpus, weights, alike, facts.document_terms)


#: Score added per unit of question weight a story's headline holds (a title field, as in BM25F).
HEADLINE_WEIGHT = 0.2


def _headline_share(corpus: Corpus, weights: dict[str, float],
                    alike: dict[str, frozenset[str]]) -> dict[str, float]:
    """The share of the question's weight each document's first heading holds
    (``_document_shares``): "Drones to fly prescriptions to island clinics" is about "a drone"."""
    def headline(d: str) -> frozenset[str]:
        head = next((x for x in corpus.sentences[d] if x.kind == "heading"), None)
        return frozenset(corpus.sentence_terms[(d, head.index)]) if head is not None else frozenset()
    return _document_shares(corpus, weights, alike, headline)


#: A place something reached, before it: "felt as far away as (Ioannina in) ...".
_AS_FAR_AS = re.compile(r"\bas\s+far(?:\s+away)?\s+as\s+(?:[\w’'-]+\s+){0,3}$", re.I)
#: A where-question about how far something reached or where it came from: "Where was the quake felt?",
#: "Where did the fans come from?" ("as far away as Japan").
_REACH_ASKED = re.compile(r"\b(?:felt|heard|seen|reach\w*|spread|travel\w*|far|come|came|from)\b", re.I)


#: Where a relative or a new clause begins: ", which", ", who", ";".
_CLAUSE_BREAK = re.compile(r",\s+(?:which|who|where|when|while|but|and)\b|[;:]")


def _own_clause(text: str, sp: Span) -> str:
    """The clause of the sentence ``text`` that holds the span: from the last relative pronoun or
    clause break before it to the next one after it (or the sentence's ends)."""
    start = max((m.start() for m in _CLAUSE_BREAK.finditer(text, 0, sp.start)), default=0)
    after = _CLAUSE_BREAK.search(text, sp.end)
    return text[start:after.start() if after else len(text)]


def rank_sentences(q: QuestionAnalysis, corpus: Corpus, k_passages: int = K_PASSAGES) -> list[Candidate]:
    """Score the sentences of the passages retrieved for an analyzed question, best first."""
    alike = _alike(q, corpus)
    query = list(q.focus) + sorted({x for t in q.focus for x in alike[t]})
    hits = corpus.retriever.search(query, k=k_passages)
    top = hits[0].score if hits and hits[0].score > 0 else 1.0
    facts = facts_for(corpus)
    weights = _term_weights(q, corpus)
    best_bm25: dict[tuple[str, int], float] = {}
    for h in hits:
        for s in h.passage.sentences:
            key = (s.doc, s.index)
            best_bm25[key] = max(best_bm25.get(key, 0.0), h.score / top)
    sscores = facts.sentence_retriever.scores(query)
    stop = float(sscores.max()) if len(sscores) and sscores.max() > 0 else 1.0
    total = sum(weights.values()) or 1.0

    def plain_overlap(doc: str, idx: int) -> float:
        present = set(corpus.sentence_terms.get((doc, idx), ()))
        return sum(w for t, w in weights.items() if t in present) / total

    named = _documents_naming(q, corpus, facts)
    coverage = _document_coverage(corpus, facts, weights, alike)
    headlines = _headline_share(corpus, weights, alike)
    best_cover = max(coverage.values(), default=0.0)
    cands = []
    for (doc, idx), b in best_bm25.items():
        c = Candidate(corpus.sentence(doc, idx))
        ctx = max(plain_overlap(doc, idx - 1), plain_overlap(doc, idx + 1))
        sb = float(sscores[facts.position[(doc, idx)]])
        extra = facts.implied_terms(c.sentence)
        if extra & set(query):  # "He described ...": scored with the name "he" stands for
            sb = max(sb, facts.sentence_retriever.score_terms(query, corpus.sentence_terms[(doc, idx)] + sorted(extra)))
        _score(q, corpus, facts, c, weights, b, min(1.0, sb / stop), ctx, alike)
        if named and doc not in named:  # another document than the one the question names
            c.parts["penalty"] -= OTHER_DOCUMENT_PENALTY
            c.score -= OTHER_DOCUMENT_PENALTY
        if coverage:  # a story that holds less of what is asked than another story does
            c.parts["coverage"] = coverage[doc] - best_cover
            c.score += COVERAGE_WEIGHT * c.parts["coverage"]
        if headlines:  # a story whose headline names what is asked is about it
            c.parts["headline"] = headlines[doc]
            c.score += HEADLINE_WEIGHT * headlines[doc]
        cands.append(c)
    cands.sort(key=lambda c: (-c.score, c.sentence.doc, c.sentence.index))
    return cands


def one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]
