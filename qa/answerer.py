"""The rule-based answerer: scores the sentences of the retrieved passages,
picks the answer span, and abstains when the text does not hold the answer.

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
  asks about when another document has them.

Abstention (``abstain_reason``), each with a kind and a one-line reason:

* ``no_overlap``: no candidate shares a focus term;
* ``subject``: the question's subject noun ("the governor") appears nowhere;
* ``name``: a name the question mentions is not near the best sentence (its
  paragraph, the sentence before it, its pronoun's referent, a surname's full
  name, "the company" for an organization named earlier; a name one letter off
  counts as a typo), or a figure or date is asked of a person the corpus names
  and the best sentence itself does not name them;
* ``number``: a number the question mentions is not near it, a year asked
  with "in" is given only as a boundary ("since 2019"), a time relative to
  the story ("last year", "this season") is not said near it, or a rank asked
  ("third place"; not "first") is not said in the best sentence itself (a
  runner-up among the next two that says it answers instead);
* ``contrast``: the question asks the opposite of what the best sentence says:
  it is negated and the sentence is not, it uses one of an antonym pair
  (most/least, import/export) or a prefix-negated word (informal) where the
  sentence has the other, a relation with another argument ("ambassador to
  the United States" asked, "Ambassador to China" written), or a role with
  another qualifier ("education minister" asked, "transport minister" written),
  or the other side of a vote ("voted for" where "voted against" is asked);
* ``speaker``: it asks what a named person said and the best sentence does not
  report that person saying it (``Facts.speakers``);
* ``type``: the question wants a typed answer (a date, a number, a person...)
  and the best sentence holds none that the question does not already name or
  exclude ("Apart from X, ..."), it asks who holds a role ("Who is the chief
  executive of X?") and the role is not said near the best sentence, it asks
  who said something and the best sentence reports no one saying anything, or
  the sentence names a name the question asks about only in another clause
  than its figure or date ("a 71-year-old man was found ..., and a woman was
  swept away in Barcelos").

When the best sentence fails the name or number check, a runner-up within
RUNNER_UP_MARGIN that passes every check answers instead. One of the next two
candidates answers instead when the best sentence lacks a narrow type asked
(an age, a length, a clock time: "How old", "What time"), a rank asked ("third
place"), or answers "How many jobs ...?" with a sum and one of them counts jobs. A
date span is no answer when it cannot be: a year before the story's publication
year for "When will ...?", a year after it for "When did ...?".

Questions about the document itself (who wrote it, when it was published,
its headline) are answered from the metadata lines that
``qa.document.parse_metadata`` found.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.amounts import (
    ASKS_TIME_OF_DAY,
    EXTENT,
    VALUE_TYPES,
    amount_asked,
    amount_noun,
    counted_thing,
    figure_weight,
)
from qa.analyzer import (
    AUXILIARIES,
    IRREGULAR,
    SYNONYM_WEIGHT,
    Token,
    same_place,
    stem,
    synonyms,
    terms,
    tokenize,
)
from qa.chunks import answer_chunk, clause_chunk, coordinations, kind_chunk, quoted_chunk, word_tag
from qa.contrast import contradicts
from qa.corpus import Corpus
from qa.entities import MONTHS, PEOPLE_NOUNS, ROLE_NOUNS, WEEKDAYS, Span, find_spans, role_of
from qa.facts import DEFINITE_ORG, REPORTS_SPEECH, Facts, facts_for, is_person
from qa.question import QuestionAnalysis, analyze, name_of_noun
from qa.sentences import MONTH_DAY, is_dateline
from qa.types import Answer, Citation, Sentence

ABSTAIN_TEXT = "The brief does not say."
#: Weights of the sentence score's parts.
WEIGHTS = {"overlap": 1.0, "bm25": 0.15, "sbm25": 0.4, "context": 0.1, "type": 0.35, "near": 0.25, "order": 0.2}
#: Passages retrieved before sentences are scored.
K_PASSAGES = 10
#: Candidates kept in ``Answer.details["candidates"]`` (for ``:more`` and ``:why``).
MAX_CANDIDATES = 20
#: The most citations an answer carries (``top``).
MAX_TOP = 50
#: Questions longer than this many characters are refused.
MAX_QUESTION_CHARS = 1000

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
_META_QUESTION = re.compile(r"\b(wrote|written|write|author|byline|publish\w*|headline|title|posted|reporter|outlet)\b",
                            re.I)
#: Questions about the document itself, and the Document field that answers each.
_ABOUT_DOC = [
    ("byline", re.compile(r"\b(who (wrote|authored|reported) (it|this|the ([\w-]+ ){0,3}(article|piece|story|"
                          r"report|brief))\b|"
                          r"who (wrote|authored|reported)\W*$|written by|author|byline|credited with writing|"
                          r"reporter|which outlet|what outlet|source of (this|the) (article|piece|story|report))\b",
                          re.I)),
    ("dateline", re.compile(r"\b(dateline|where was (this|the) ([\w-]+ ){0,3}(article|piece|story|report) "
                            r"(filed|written|datelined))\b", re.I)),
    ("published", re.compile(r"\b(when was (this|the) (article|piece|story|report|brief)|published|posted|"
                             r"publication (date|time)|timestamp)\b", re.I)),
    ("headline", re.compile(r"\b(headline|title of (this|the) (article|piece|story|report|news|brief)|"
                            r"(article|piece|story|report|brief)'?s? title|what is (this|the) (article|piece|story|"
                            r"report|brief) called)\b", re.I)),
]


#: Verbs of saying (stemmed): "What did she say/warn/tell ...?" is answered by the quote itself.
SPEECH = frozenset(terms("say said tell told warn warned claim argue argued add added announce announced "
                         "remark remarked comment commented"))
#: Subjects of "Who is the source of ...?", a question that asks who said it.
_SOURCE = frozenset(terms("source sources"))


def _asks_who_said(q: QuestionAnalysis) -> bool:
    """A who-question about speech, asking for the speaker: "Who said ...?", "Who is the
    source of ...?"; not "Whom did Petrov tell?" or "Who did she tell?" (the one told)."""
    words = [t.norm for t in q.tokens if t.norm.isalpha()]
    told = q.wh == "whom" or (len(words) > 1 and words[1] in AUXILIARIES - _COPULAS)
    return q.answer_type == "PERSON" and not told and bool(SPEECH & set(q.focus) or q.subject in _SOURCE)
#: Question words whose answer is a phrase even without a typed span.
CHUNK_WH = frozenset({"what", "which", "name", "who", "whom", "whose"})


#: Characters that show nothing: zero-width spaces and joiners, the BOM, bidi controls.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u202a-\u202e]")
#: Control characters other than tab and newline (an escape sequence must not reach the terminal).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class QuestionError(ValueError):
    """A question that cannot be asked: empty, or longer than MAX_QUESTION_CHARS."""


@dataclass
class _Candidate:
    sentence: Sentence
    score: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    matched: set[str] = field(default_factory=set)
    span: Span | None = None
    in_slot: bool = False  # the span stands where the question's verb puts its answer (``_fills_slot``)


#: Words that frame a question rather than name its topic ("What is the *name* given to...",
#: "another *term* for", "*often* depends on"): they count at FRAME_WEIGHT.
FRAME_WORDS = frozenset(terms(
    "name named term called known refer referred kind type sort example another particular often usually "
    "generally typically commonly also many much main primary basic certain specific various different "
    "given use used make made"))
FRAME_WEIGHT = 0.3


_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
#: Words that close a company's name: "Acme Inc" is the "Acme" a question names.
_CORPORATE = frozenset("inc corp co ltd llc plc ag sa nv group holdings company corporation limited".split())


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


def _asks_metadata(q: QuestionAnalysis) -> bool:
    return bool(_META_QUESTION.search(q.text))


#: The share of its weight a question's common word keeps when the sentence writes it only
#: inside a name ("religion" in "the French Wars of Religion").
NAME_PART_WEIGHT = 0.5


def _only_in_names(q: QuestionAnalysis, facts: Facts, s: Sentence, exact: set[str]) -> set[str]:
    """The matched terms a question writes in lower case that the sentence writes only as a
    word of a name of two or more words, other than the name's head ("What religion were the
    Normans?": "the French Wars of *Religion*"; but "Riverside *Stadium*", and "appeals" in
    "Court of Appeals" when the question says "appeals court")."""
    lower = {t.term for t in q.tokens if t.surface[:1].islower()} & exact
    names = [sp for sp in facts.spans(s) if sp.type in _NAMES and " " in sp.text] if lower else []
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


def _score(q: QuestionAnalysis, corpus: Corpus, facts: Facts, cand: _Candidate, weights: dict[str, float],
           bm25_norm: float, sbm25: float = 0.0, context: float = 0.0,
           alike: dict[str, frozenset[str]] | None = None) -> None:
    s = cand.sentence
    sterms = corpus.sentence_terms[(s.doc, s.index)]
    present = set(sterms) | facts.implied_terms(s)
    total = sum(weights.values()) or 1.0
    exact = {t for t in weights if t in present}
    alike = alike or {}
    by_synonym = {t for t in weights if t not in present and alike.get(t, synonyms(t)) & present}
    cand.matched = exact | by_synonym
    in_names = _only_in_names(q, facts, s, exact)
    overlap = (sum(weights[t] * (NAME_PART_WEIGHT if t in in_names else 1.0) for t in exact)
               + SYNONYM_WEIGHT * sum(weights[t] for t in by_synonym)) / total
    # phrase match: adjacent focus pairs adjacent in the sentence
    pairs = list(zip(q.focus, q.focus[1:]))
    spairs = set(zip(sterms, sterms[1:]))
    order = sum(p in spairs for p in pairs) / len(pairs) if pairs else 0.0
    # typed span not in the question, nearest to the matched words
    type_score = near = 0.0
    compat = COMPATIBLE.get(q.answer_type, {})
    if compat:
        qterms = set(q.focus) | {t.term for t in q.tokens}
        name_terms = {t for name in q.entities for t in terms(name) if len(t) > 2}
        toks = facts.tokens(s)
        wanted = cand.matched | {x for t in by_synonym for x in alike.get(t, synonyms(t))}
        hit_pos = [i for i, t in enumerate(toks) if t.term in wanted]
        # "How much profit ...?": the figure nearest the asked noun, when the sentence writes it
        noun = amount_noun(q)
        noun_pos = [i for i, t in enumerate(toks) if noun and t.term == noun]
        # else nearest the question's names: "How many people died in *Mississippi*?" in "Seven of the
        # deaths were in Alabama and two were in Mississippi"
        noun_pos = noun_pos or [i for i, t in enumerate(toks) if t.term in name_terms and t.surface[:1].isupper()
                                and t.surface not in _CALENDAR]
        slot = _verb_slot(q)
        asked_acronyms = [] if _STANDS_FOR.search(q.text) else re.findall(r"\b[A-Z][A-Z&]{1,7}\b", q.text)
        asked_rank = {t.norm for t in q.tokens} & _RANKS
        holder = q.answer_type == "PERSON" and _asks_holder(q)
        best: tuple[float, Span | None] | None = None
        # "She will lead the merged group, while X will become chairman": the leading pronoun
        # stands for a person too, and its clause may be the one asked about
        ref = facts.referent(s) if q.answer_type == "PERSON" and toks and toks[0].norm in ("he", "she") else None
        pronoun = ref is not None and _pronoun_does(slot, toks, s.text) and not set(terms(ref[1])) & name_terms
        people = [0] if pronoun else []
        for sp in facts.spans(s):
            w = compat.get(sp.type, 0.0)
            if q.answer_type == "LOCATION" and sp.type == "ORGANIZATION" and sp.text.split()[-1] in _VENUES:
                w = 0.8  # "Where will the hearing be held?": "the Hartwell Civic Center" is a place too
            if not w or holder and sp.type not in ("PERSON", "ENTITY"):
                continue  # "Who is the team's general manager?": a person, not "Northport Kings"
            sp_terms = [t for t in toks if sp.start <= t.start < sp.end and not t.stop]
            own = [t for t in sp_terms if t.norm not in _CORPORATE]
            if own and all(t.term in qterms or same_place(t.term) in qterms for t in own):
                continue  # the question already names it ("South Korean city": not "South Korea"; "Acme Inc")
            if q.head_term and q.subject and q.subject != q.head_term and sp_terms and sp_terms[-1].term == q.subject \
                    and sp_terms[-1].surface[:1].isupper():
                continue  # "Which river does the bridge cross?": "Millbrook Bridge" is the bridge, not the answer
            if any(t.term in q.excluded for t in sp_terms):
                continue  # "Apart from Acme, which companies ...": not Acme
            if asked_acronyms and any(_expansion(a, s.text, [sp]) for a in asked_acronyms):
                continue  # "Who heads RAG?": not "Regional Aviators Guild", which RAG stands for
            if (sp.type == "PERSON" or sp.type == "ENTITY" and q.answer_type == "PERSON") and any(
                    t.term in name_terms for t in sp_terms):
                continue  # the same name as one in the question ("Lopez" → "Maria Lopez")
            if not amount_asked(q, sp, s.text):
                continue
            if sp.type == "DATE" and _against_publication(q.text, sp.text, corpus, s.doc):
                continue  # "When will the trial start?": not "built in 1987", before the story was written
            idx = [i for i, t in enumerate(toks) if sp.start <= t.start < sp.end]
            rivals = [i for x in facts.spans(s) if x.type == sp.type and x != sp
                      for i, t in enumerate(toks) if x.start <= t.start < x.end]
            rivals += people if sp.type == "PERSON" else []
            d = min((_distance(toks, s.text, i, j, rivals) for i in idx
                     for j in (noun_pos if sp.type in VALUE_TYPES else []) or hit_pos), default=12)
            w_factor, c_factor = figure_weight(q, sp, s.text, facts.spans(s))
            # "Who finished third?": not Bekele in "Bekele finished second, and Sato was third"
            said = _clause_ranks(toks, s.text, idx) if asked_rank and idx and sp.type in _RANKED else set()
            off_rank = bool(said) and not said & asked_rank
            w_factor *= 0.5 if off_rank else 1.0
            w, closeness = w * w_factor, c_factor / (1.0 + d / 8.0) * _clause_share(toks, s.text, idx, wanted)
            in_slot = slot is not None and not off_rank and _fills_slot(slot, idx, toks)
            if s.text[sp.end:sp.end + 2] in ("’s", "'s") and q.answer_type == "PERSON":
                w *= 0.5  # "by Harper's grandmother, Ruth Harper": the possessor is not who is asked
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
            d = min((_distance(toks, s.text, 0, j, spans_at) for j in hit_pos), default=12)
            assert ref is not None
            kind = next((x.type for x in facts.spans(ref[0]) if ref[1].endswith(x.text)), "ENTITY")
            w, closeness = compat.get(kind, 0.0), 1.0 / (1.0 + d / 8.0)  # as sure as the name is a person's
            plain = w * (1.0 + 0.5 * closeness)
            if plain > type_score * (1.0 + 0.5 * near):
                type_score, near = w, closeness
            value = plain + SLOT_BONUS
            if best is None or value > best[0]:
                best = (value, None)  # no span: the short answer is the pronoun's referent
        cand.span = best[1] if best else None
        leads = slot is not None and slot[0] == "subject" and slot[1] in _LEADS  # "Who runs the museum?": a name
        named_role = _WHO_IS_THE.match(q.text) is not None  # "Who is the chief veterinarian?": a name, not "people"
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
        if said_by is not None and not set(terms(said_by[1])) <= qterms:  # not the question's own name
            # "He said ...": the person is the pronoun's referent (not surely the role's holder:
            # '"..., whatever the governor says," said the economist')
            type_score, near = (0.5 if holder else 1.0), 0.5
    acronym = _STANDS_FOR.search(q.text)
    if acronym and (expanded := _expansion(acronym.group(1), s.text, facts.spans(s))) is not None:
        cand.span, type_score, near = expanded, 1.0, 1.0  # "What does PADC stand for?": "Port Alva Development Corp."
    if q.answer_type == "REASON" and _CAUSE.search(s.text):
        type_score = REASON_WEIGHT  # "Why did Pike oppose the plan?": "Pike *argued that* the tax would ..."
    if not compat and HEAD_WEIGHT and q.wh in ("what", "which") and _qualified_head(q, facts.tokens(s)):
        type_score = HEAD_WEIGHT  # "What tradition ...?": "a tradition *of singing*", "the *binary* alphabet"
    if q.count and type_score < LIST_WEIGHT:
        listed = _listing(q, s.text)
        if listed is not None:  # "What are two factors ...?": "(such as *time or space*)"
            type_score, near = LIST_WEIGHT, 0.0
            cand.span = cand.span or listed
    penalty = 0.0
    if s.kind != "sentence" and not _asks_metadata(q):
        penalty = 0.4 if s.kind == "heading" else 0.8
    cand.parts = {"overlap": overlap, "bm25": bm25_norm, "sbm25": sbm25, "context": context,
                  "type": type_score, "near": near, "order": order, "penalty": -penalty}
    cand.score = sum(WEIGHTS[k] * cand.parts[k] for k in WEIGHTS) - penalty


#: Words that join two clauses: a span and a word on either side of one belong to different
#: statements ("Seven of the deaths were in Alabama *and* two in Mississippi").
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "although", "though"})


def _joins(toks: list[Token], text: str, k: int) -> bool:
    """Whether token ``k`` starts a new clause: a joining word, or the first word after a semicolon."""
    return toks[k].norm in _CLAUSE_JOINS or k > 0 and ";" in text[toks[k - 1].end:toks[k].start]


#: Tokens added to the distance between two words for each clause join between them.
CLAUSE_GAP = 8


def _distance(toks: list[Token], text: str, i: int, j: int, rivals: list[int]) -> int:
    """Tokens between a span's token ``i`` and a question word's token ``j`` in a sentence,
    plus ``CLAUSE_GAP`` for each clause join ("and", "but", a semicolon) between them that has
    another span of the same type (token indices ``rivals``) on the word's side: each figure
    belongs to the name in its own clause ("*Seven* of the deaths were in *Alabama* and two in
    Mississippi"), but a join with nothing of the kind beyond it separates nothing ("keep its
    headquarters and its *1,250* employees")."""
    lo, hi = min(i, j), max(i, j)
    joins = [k for k in range(lo + 1, hi) if _joins(toks, text, k)]
    joins = [k for k in joins if any((r < k) == (j < k) for r in rivals)]
    return hi - lo + CLAUSE_GAP * len(joins)


def _clause(toks: list[Token], text: str, idx: list[int],
            starts: Callable[[list[Token], str, int], bool] | None = None) -> tuple[int, int]:
    """The token range [lo, hi) of the clause around a span (token indices ``idx``, not
    empty): between the nearest clause joins on either side (``_joins``, or ``starts``)."""
    joins = starts or _joins
    lo = max((k for k in range(idx[0] + 1) if joins(toks, text, k)), default=0)
    hi = min((k for k in range(idx[-1] + 1, len(toks)) if joins(toks, text, k)), default=len(toks))
    return lo, hi


def _joins_clauses(toks: list[Token], text: str, k: int) -> bool:
    """A stricter ``_joins``: "and"/"or" start a clause only after a comma (names joined by a
    bare "and" are one phrase: "the United States and South Korea")."""
    comma = k > 0 and "," in text[toks[k - 1].end:toks[k].start]
    return _joins(toks, text, k) and (toks[k].norm not in ("and", "or") or comma)


def _clause_share(toks: list[Token], text: str, idx: list[int], wanted: set[str]) -> float:
    """0.5 plus half the share of the question words matched in the sentence (``wanted``)
    that stand in the span's own clause ("The Halden board will vote on *Jan. 22*; the
    Marrow board rejected it on Tuesday"); 1.0 for a sentence of one clause."""
    lo, hi = _clause(toks, text, idx) if idx else (0, len(toks))
    present = {t.term for t in toks} & wanted
    if (lo, hi) == (0, len(toks)) or not present:
        return 1.0
    return 0.5 + 0.5 * len({t.term for t in toks[lo:hi]} & wanted) / len(present)


#: Ordinal words that rank people or things in a result ("finished *third*").
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_RANKS = frozenset(_ORDINALS)


#: Each rank's Roman numeral as the analyzer's term ("third": "iii", as in "Charles III").
_ROMAN = dict(zip(_ORDINALS, "i ii iii iv v vi vii viii ix x".split()))


def _asked_ranks(q: QuestionAnalysis) -> set[str]:
    """The ranks a question asks about ("Who took *third* place?"), other than "first",
    which also says "for the first time"."""
    return {t.norm for t in q.tokens} & _RANKS - {"first"}


#: Last words of an organization's name that is also a place one goes to.
_VENUES = frozenset("Center Centre Hall Stadium Arena Theatre Theater Museum Hospital Library Church Cathedral "
                    "School University College Airport Park Gallery Auditorium Pavilion Hotel".split())


#: The span types that name someone or something (what an apposition to a noun gives).
_NAMES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "ENTITY"})


#: The span types a rank is said of ("Sato was third"); a figure's rank is a time ("second-quarter loss").
_RANKED = _NAMES | {"GROUP"}


def _clause_ranks(toks: list[Token], text: str, idx: list[int]) -> set[str]:
    """The ordinals said in the clause around a span (token indices ``idx``): the clause
    runs between the nearest clause joins (``_CLAUSE_JOINS``, a semicolon) on either side.
    Empty when the clause holds no ordinal."""
    lo, hi = _clause(toks, text, idx)
    return {t.norm for t in toks[lo:hi]} & _RANKS


#: "What does PADC stand for?", "What is NTSB short for?": an acronym's expansion asked.
_STANDS_FOR = re.compile(r"\b(?:does|do|did|is)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?([A-Z][A-Z&]{1,7})\s+"
                         r"(?:stand|short)\s+for\b")


def _expansion(acronym: str, sentence: str, spans: list[Span]) -> Span | None:
    """The name in a sentence whose capitalized words' initials spell ``acronym`` ("Port
    Alva Development Corporation" for PADC; "of", "the", "and", "for" and "&" skipped), or
    None."""
    for sp in spans:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'.-]*", sp.text)
                           if w.casefold() not in ("of", "the", "and", "for"))
        if sp.type in _NAMES and len(sp.text.split()) > 1 and initials.upper() == acronym.replace("&", ""):
            return sp
    return None


#: Words that give a cause, a purpose or an argument: what a why-question asks for.
_CAUSE = re.compile(r"\b(?:because|due to|owing to|as a result|result of|blamed|attributed to|citing|cited|argued|"
                    r"arguing|in order to|so that|meant to|intended to|aimed at|reasons?|caused by|thanks to|"
                    r"driven by|on the grounds|since|after)\b", re.I)

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


_KIND_OF_NOUN = re.compile(r"\bwhat (?:[\w-]+ )?(?:type|kind|sort|form|variety|name|term)s? of (?:an? |the )?([\w-]+)",
                           re.I)
_WHAT_IS_THE = re.compile(r"^\s*what (?:is|are|was|were) (?:the|an?) (?:[\w-]+ ){0,3}?([a-z][\w-]*)\s*\?\s*$", re.I)


def _asked_noun(q: QuestionAnalysis) -> str | None:
    """The stemmed noun a what-question asks for: X of "what type/kind/name of X", the head
    noun ("What *river* ..."), or the last word of "What is the ... X?"; None otherwise."""
    m = _KIND_OF_NOUN.search(q.text) or _WHAT_IS_THE.match(q.text)
    if m:
        found = terms(m.group(1))
        return found[0] if found else None
    return q.head_term


def _qualified_head(q: QuestionAnalysis, toks: list[Token]) -> bool:
    """Whether the sentence writes the question's head noun with a word the question lacks
    right before it ("the *binary* alphabet" for "What alphabet ...?") or an "of" phrase
    after it ("a tradition *of singing*"): the phrase that answers "what <head>"."""
    noun = _asked_noun(q)
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


_WHO_IS_THE = re.compile(r"^\s*who\s+(?:is|was|are|were|will be|has been)\s+(?:the|a|an|its|their|his|her|"
                         r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s?)\s+"
                         r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)(?:\s+(?:of|at|for|in|to|on)\b.*)?\s*\??\s*$", re.I)


_KIN = frozenset("husband wife spouse son daughter father mother brother sister nephew niece uncle aunt cousin "
                 "grandson granddaughter grandfather grandmother child heir widow widower parent".split())


_ROLE_TERMS = frozenset(t for w in ROLE_NOUNS for t in terms(w))


def _asks_holder(q: QuestionAnalysis) -> bool:
    """ "Who is the chief executive of Acme?": the name of a role's holder, which a common
    noun for people ("nurses") does not give."""
    m = _WHO_IS_THE.match(q.text)
    last = [t for t in q.tokens if m and m.start(1) <= t.start < m.end(1)][-1:] if m else []
    # by the term, so that a misspelt role read right ("governer", ``_spelled``) counts too
    return m is not None and (m.group(1).split()[-1].casefold() in ROLE_NOUNS
                              or bool(last) and last[0].term in _ROLE_TERMS)


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


def _verb_slot(q: QuestionAnalysis) -> tuple[str, str] | None:
    """Where the answer stands relative to the question's verb: ("subject", verb) for
    "Who *ruined* the plan?" (a question word followed by its verb), ("object", verb) for
    "Whom did Emma *marry*?" (a question word, an auxiliary, and the verb last) and for a
    question ending on a preposition ("off the *coast* of?"); ("role",
    noun) for "Who was the Norse *leader*?" and for the head noun of a what/which question
    asking for a name ("What *river* ...?"); None otherwise (how/why questions, longer
    objects)."""
    toks = [t for t in q.tokens if t.norm.isalpha()]
    if q.excluded:  # "Apart from Elena Marquez, who declared ...?": the question after the exclusion
        toks = toks[next((i for i, t in enumerate(toks) if t.norm in ("who", "whom", "what", "which", "where")),
                         0):]
    if len(toks) < 2 or toks[0].norm not in ("who", "whom", "what", "which", "where"):
        return None
    if len(toks) > 3 and toks[-1].norm in _STRANDED and not toks[-2].stop and toks[-2].surface.islower():
        return "object", toks[-2].term  # "... off the coast of?": "the coast of *Africa*"
    nxt = toks[1]
    if nxt.norm in _COPULAS and len(toks) > 2 and _participle(toks[2]):
        return "object", toks[2].term  # "Who was arrested ...?": "Police arrested *a man named Tom Reed*"
    if nxt.norm in _COPULAS and toks[0].norm == "who":
        words = [t for t in toks[2:] if not t.stop]
        at = next((i for i, t in enumerate(words) if t.surface[:1].islower() or t.surface.isupper()), None)
        if at is None:
            return None
        while at + 1 < len(words) and words[at + 1].surface[:1].islower() and \
                toks.index(words[at + 1]) == toks.index(words[at]) + 1:
            at += 1  # the phrase's last word: "Who is the foreign *minister*?"
        return "role", words[at].term  # "Who was the Norse *leader*?"
    if q.head_term and q.answer_type in ("PERSON", "LOCATION", "ORGANIZATION", "GROUP"):
        return "role", q.head_term  # "What *river* ...?": "the river *Seine*"
    if nxt.norm in AUXILIARIES and nxt.norm not in _COPULAS and len(toks) > 2 and not toks[2].stop \
            and toks[2].surface.islower() and toks[0].norm == "who":
        return "subject", toks[2].term  # "Who will *run* the group?": the verb follows the auxiliary
    if nxt.norm in AUXILIARIES:
        last = toks[-1]
        if nxt.norm in _COPULAS or last.stop or len(toks) < 4 or last.surface[:1].isupper():
            return None
        return "object", last.term
    if toks[0].norm == "who" and not nxt.stop and nxt.surface[:1].islower():
        return "subject", nxt.term
    return None


_COPULAS = frozenset("is are was were be been".split())


def _participle(t: Token) -> bool:
    """A past participle after a copula, so a passive: "was *arrested*", "were *sent*"."""
    return t.surface.islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR) and len(t.norm) > 3
#: Prepositions a question can end on, its answer being their object ("the coast *of*?").
_STRANDED = frozenset("of with to for from in on at by about".split())


#: Verbs (stemmed) of what one named person does for an organization: "Who *runs* the museum?"
#: wants that person's name, which a plural noun for people ("police", "nurses") is not.
_LEADS = frozenset(stem(w) for w in "run runs lead leads head heads chair chairs found founded own owns manage manages "
                   "direct directs coach coaches edit edits".split())


def _pronoun_does(slot: tuple[str, str] | None, toks: list[Token], text: str) -> bool:
    """Whether a sentence's leading pronoun ("She will lead the group, while ...") is the
    subject the question asks for: the question asks who did its verb (``_verb_slot``), and
    that verb, or a synonym of it, follows in the pronoun's own clause."""
    if slot is None or slot[0] != "subject":
        return False
    verbs = {slot[1]} | set(synonyms(slot[1]))
    for k, t in enumerate(toks[1:], 1):
        if _joins(toks, text, k):
            return False
        if t.term in verbs:
            return True
    return False


def _after_by(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` follows "by" or "by the/a/an" (a passive's agent)."""
    return i > 0 and (toks[i - 1].norm == "by" or i > 1 and toks[i - 1].norm in ("the", "a", "an")
                      and toks[i - 2].norm == "by")


def _fills_slot(slot: tuple[str, str], idx: list[int], toks: list[Token]) -> bool:
    """Whether the span (token indices ``idx``) stands where the question's verb puts its
    answer: a subject ends at most four tokens before the verb ("Odo, bishop of Bayeux,
    commissioned") or follows "by" after it (the passive); an object starts at most four
    tokens after it ("married *King Ethelred*"); a role's holder follows the role noun
    right away ("their leader *Rollo*", "the river *Seine*"; not "chair, thanked *Johnson*")
    or precedes it by two or three tokens ("*Duncan* as a hostage", "*Rollo*, the leader";
    not a modifier, "*Norse* religion").

    A span in the slot wins the short answer (SLOT_BONUS); the sentence's score still
    counts its best typed span."""
    kind, verb = slot
    if not idx:
        return False
    for v in (i for i, t in enumerate(toks) if t.term == verb):
        if kind == "role" and (idx[0] - v == 1 or 2 <= v - idx[-1] <= 3):
            return True
        if kind == "subject" and (0 < v - idx[-1] <= 4 or (idx[0] > v and idx[0] - v <= 3 and _after_by(toks, idx[0]))):
            return True
        if kind == "object" and 0 < idx[0] - v <= 4:
            return True
    return False


#: A question about what is still to come: "When will ...?", "When is ... expected to ...?".
_FUTURE = re.compile(r"\bwhen\s+(?:will|shall|is\b.*\b(?:expected|scheduled|due|set|going)\s+to|are\b.*\b"
                     r"(?:expected|scheduled|due|set|going)\s+to)\b", re.I)


#: A question about what has happened: "When did ...?", "When was ...?".
_PAST = re.compile(r"\bwhen\s+(?:did|was|were)\b", re.I)


def _against_publication(question: str, date: str, corpus: Corpus, doc: str) -> bool:
    """Whether a date span names only years that cannot answer the question, given the year
    its document was published (from its date or timestamp line): a year before it for
    "When will ...?", a year after it for "When did ...?"; False when the document gives
    no date or the span no year."""
    years = [int(y) for y in re.findall(r"\b(1\d{3}|20\d{2})\b", date)]
    d = corpus.documents[doc]
    published = re.search(r"\b(1\d{3}|20\d{2})\b", f"{d.date or ''} {d.published or ''}")
    if not years or not published:
        return False
    year = int(published.group(1))
    return bool(_FUTURE.search(question) and max(years) < year or _PAST.search(question) and min(years) > year)


def _wants_list(q: QuestionAnalysis) -> bool:
    """A question whose answer may be several things: a plural head noun ("Which countries")
    or a count ("What two fields"); not "how many" (one count: "20 engines", not "120
    firefighters and 20 engines")."""
    if q.wh == "how many":
        return False
    plural = bool(q.head and q.head.endswith("s") and not q.head.endswith("ss"))
    counted = bool(re.search(r"\b(?:two|three|four|five|both|several)\b", q.text, re.I))
    return plural or counted


def _with_coordinates(sentence: str, span: Span, spans: list[Span]) -> str:
    """The span with the same-type spans coordinated with it ("Jane Doe and John Roe",
    "Denmark, Iceland and Norway"; an untyped name counts as the span's type), as the
    sentence writes them; else the span alone."""
    people = is_person(span)  # "Derek Lunn and Maria Estevez": one a known person, one a person-shaped name
    # an untyped name joined to the span is of its kind ("the Eastside and Old Harbor neighborhoods")
    same = [sp for sp in spans if sp.type == span.type or people and is_person(sp)
            or sp.type == "ENTITY" and span.type in _NAMES]
    i = same.index(span) if span in same else -1
    if i < 0:
        return span.text
    start, end = i, i
    joiner = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[A-Z][\w’'.-]*\s+){0,4}")
    while start > 0 and joiner.fullmatch(sentence[same[start - 1].end:same[start].start]):
        start -= 1
    while end + 1 < len(same) and joiner.fullmatch(sentence[same[end].end:same[end + 1].start]):
        end += 1
    if start == end:
        return span.text
    return sentence[same[start].start:same[end].end]


def _short_answer(q: QuestionAnalysis, cand: _Candidate, facts: Facts, corpus: Corpus) -> str | None:
    """The short answer (see ``_span_answer``), without Markdown emphasis around it."""
    text = _span_answer(q, cand, facts, corpus)
    return text.strip("*_`").strip() or None if text is not None else None


def _span_answer(q: QuestionAnalysis, cand: _Candidate, facts: Facts, corpus: Corpus) -> str | None:
    """The answering span, with a person's surname resolved to the full name; for "who
    said ...?", the sentence's speaker; for a what/which/who question without a typed span,
    a quoted title or phrase when one is asked for, the words that qualify X for "what kind
    of X", else the phrase next to the question's words (``qa.chunks``); None for
    why/how/yes-no questions, where the sentence is the answer."""
    ref = facts.referent(cand.sentence)
    speaker = ref is not None and bool(SPEECH & set(q.focus)) and cand.sentence.text[:1] in "“\"‘"
    if q.answer_type == "PERSON" and ref is not None and (cand.span is None or speaker):
        return ref[1]  # "He said ..." → the person the pronoun stands for
    if _asks_who_said(q) and facts.speakers(cand.sentence):
        name = facts.speakers(cand.sentence)[0]  # "Who said ...?": who the sentence says said it
        return facts.full_name(cand.sentence.doc, name) or name
    if q.answer_type == "ROLE":
        return role_of(cand.sentence.text, q.entities[-1]) if q.entities else None
    if q.answer_type == "YESNO":
        return _alternative(q.text, cand.sentence.text)
    if cand.span is None and q.wh in ("why", "how"):
        # "How did X describe it?": the quoted words; "because ...", "by ...ing"; else the sentence answers
        found = ((q.wh == "how" and quoted_chunk(q.text, cand.sentence.text, None))
                 or clause_chunk(q.wh, cand.sentence.text))
        return cand.sentence.text[found[0]:found[1]] if found else None
    if cand.span is None:
        extent = EXTENT.search(q.text) if q.wh == "how much" and q.answer_type in ("DESCRIPTION", "QUANTITY") else None
        if (q.wh not in CHUNK_WH and not extent) or SPEECH & set(q.focus):
            return None  # why/how, or "what did she say": the sentence (the quote) is the answer
        head = stem(extent.group(1).casefold()) if extent else q.head_term
        of = name_of_noun(q.text)  # "What is the name of the *storm*?": a name holding the noun, or next to it
        head = stem(of) if of and not head else head
        named = _apposed_name(head, facts.tokens(cand.sentence), facts.spans(cand.sentence), bool(of)) if head else None
        if named is not None:
            return named.text  # "Which developer ...?": "a local developer, *Pacific Crest Homes Inc.*,"
        found = (quoted_chunk(q.text, cand.sentence.text, head) or kind_chunk(q.text, cand.sentence.text)
                 or answer_chunk({t.term for t in q.tokens}, cand.sentence.text, head, q.text))
        return cand.sentence.text[found[0]:found[1]] if found else None
    text = cand.span.text
    if _wants_list(q):
        text = _with_coordinates(cand.sentence.text, cand.span, facts.spans(cand.sentence))
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
    if cand.span.type == "DEMONYM" and q.answer_type in ("PERSON", "ORGANIZATION"):  # "European manufacturers"
        after = re.match(r"\s+([a-z][\w-]*)", cand.sentence.text[cand.span.end:])
        return text + " " + after.group(1) if after else text
    if cand.span.type == "PERSON":
        text = facts.full_name(cand.sentence.doc, text) or text
    return text


def _apposed_name(head: str, toks: list[Token], spans: list[Span], holding: bool = False) -> Span | None:
    """The name set right after the asked head noun (stemmed ``head``) in a sentence, as its
    apposition ("a local developer, *Pacific Crest Homes Inc.*,") or its holder ("the
    developer *Pacific Crest*"), or with ``holding`` (a question asking "the name of" the
    noun) first a name of several words holding it ("*Tropical Storm Helena*"); None when
    there is none."""
    for sp in spans if holding else []:
        inside = [t for t in toks if sp.start <= t.start < sp.end]
        if sp.type in _NAMES and len(inside) > 1 and any(t.term == head for t in inside[:-1]) \
                and inside[-1].term != head:
            return sp
    for t in toks:
        if t.term == head:
            found = next((sp for sp in spans if sp.type in _NAMES and 1 <= sp.start - t.end <= 2), None)
            if found is not None:
                return found
    return None


#: "Is it A or B?": what stands before and after the last "or" of a question.
_OR = re.compile(r"^(?P<left>.*)\s+or\s+(?P<right>[^?]+?)\W*$", re.I)


def _alternatives(question: str) -> list[tuple[list[Token], list[Token]]]:
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
    present = set(terms(sentence))
    for pair in _alternatives(question):
        held = [alt for alt in pair if all(t.term in present for t in alt)]
        if len(held) == 1:
            return question[held[0][0].start:held[0][-1].end]
    return None


def _support(cand: _Candidate, facts: Facts) -> Sentence | None:
    """The sentence that names who the cited sentence's leading pronoun or quote's speaker is."""
    found = facts.referent(cand.sentence)
    return found[0] if found else None


def _continuation(best: _Candidate, cands: list[_Candidate], facts: Facts) -> Sentence | None:
    """The next sentence, when it goes on about the same person (it starts with a pronoun
    or a quote whose referent is named in the best sentence) and holds a question term the
    best sentence lacks: "Smith was asked whether ..." + "He described the matter as ..."."""
    s = best.sentence
    nxt = next((c for c in cands if c.sentence.doc == s.doc and c.sentence.index == s.index + 1), None)
    ref = facts.referent(nxt.sentence) if nxt is not None else None
    if nxt is None or ref is None or ref[0].index != s.index:
        return None
    return nxt.sentence if nxt.matched - best.matched else None


def _answers_the_ask(q: QuestionAnalysis, c: _Candidate, best: _Candidate) -> bool:
    """True when the candidate (the sentence after the best one) holds what the question
    asks for: its head noun ("which *worries*" → "concerns"); for a yes/no question,
    anything it matched; or a word of the question's predicate ("How did Smith
    *characterize* ...?" → "He *described* ...") where the best sentence matched only names."""
    head = q.head_term
    if head and (head in c.matched or synonyms(head) & c.matched):
        return True
    names = {t for name in q.entities for t in terms(name)}
    if not head and c.matched - names and not best.matched - names:
        return True
    return q.answer_type == "YESNO"


#: Words of a question about a document itself, not about its topic.
_ABOUT_DOC_WORDS = frozenset(terms("who wrote written write author authored byline reported reporter article piece "
                                   "story report brief news published publish posted publication date dateline "
                                   "timestamp headline title called outlet source filed datelined"))


#: A question about the story itself ("When was *the earnings story* published?"), not about
#: something the story says will be published.
_THE_STORY = re.compile(r"\b(?:article|story|piece|report|brief|news item|it|this)\b(?!\s+(?:on|about|by)\b)", re.I)
#: A date in a dateline: "July 28, 2026", "Sept. 23".
_DATED = re.compile(r"\b" + MONTH_DAY)


def _about_document(q: QuestionAnalysis, corpus: Corpus, top: int) -> Answer | None:
    """Answer "who wrote it / when was it published / what is the headline" from the
    metadata lines of a document (with several, the one the question's other words
    retrieve first; an abstention when they retrieve none). None for other questions.
    Confidence is a fixed 0.95: the line is found, not guessed."""
    if not any(pattern.search(q.text) for _, pattern in _ABOUT_DOC):
        return None
    docs = list(corpus.documents.values())
    topic = [t for t in q.focus if t not in _ABOUT_DOC_WORDS]
    facts = facts_for(corpus)

    def refuse(reason: str) -> Answer:
        return Answer(q.text, ABSTAIN_TEXT, None, True, ABSTAIN_PRECISION["subject"], [],
                      {"wh": q.wh, "answer_type": "METADATA", "head": q.head, "focus": list(q.focus),
                       "entities": list(q.entities), "abstain_kind": "subject", "abstain_reason": reason,
                       "candidates": []})

    if len(docs) > 1 and not topic:
        return refuse(f"the corpus holds {len(docs)} documents: say which one (\"the story about ...\")")
    if len(docs) > 1:  # several documents: only the one the rest of the question points to
        hits = corpus.retriever.search(topic, k=1)
        about = corpus.documents[hits[0].passage.doc] if hits and hits[0].score > 0 else None
        held = facts.document_terms(about.name) if about else frozenset()
        missing = [t for t in topic if t not in held and not synonyms(t) & held]
        if about is None or missing:  # "the soccer story", "the story about the storm in Texas"
            words = " ".join(t.surface for t in q.tokens if t.term in (missing or topic))
            return refuse(f"no document is about {words!r}")
        docs = [about]
    for field_name, pattern in _ABOUT_DOC:
        if not pattern.search(q.text):
            continue
        for doc in docs:
            if field_name == "dateline":  # "RIVERTON, Ohio, March 11 (Reuters) -": a meta line of its own
                line = next((x.text for x in corpus.sentences[doc.name] if x.kind == "meta" and is_dateline(x.text)),
                            None)
                value = line.rstrip(" -–—") if line else None
            else:
                value = getattr(doc, field_name) or (doc.date if field_name == "published" else None)
                if not value and field_name == "published" and _THE_STORY.search(q.text):
                    # "When was the story published?": "CHICAGO, July 28, 2026 —", the dateline's date
                    value = next((m.group(0) for x in corpus.sentences[doc.name] if x.kind == "meta"
                                  and is_dateline(x.text) and (m := _DATED.search(x.text))), None)
            if not value:
                continue
            sents = corpus.sentences[doc.name]
            hit = next((x for x in sents if x.kind in ("meta", "heading") and value in x.text), None)
            if hit is None:
                continue
            cite = _citation(hit, 1.0)
            return Answer(q.text, hit.text, value, False, 0.95, [cite][:top],
                          {"wh": q.wh, "answer_type": "METADATA", "head": q.head, "focus": list(q.focus),
                           "entities": list(q.entities), "abstain_reason": None,
                           "metadata": field_name, "candidates": []})
    return None


def _citation(s: Sentence, score: float) -> Citation:
    return Citation(doc=s.doc, sentence=s.index, start=s.start, end=s.end, text=s.text, score=round(score, 4))


def check_question(question: str) -> str:
    """Return the stripped question (invisible characters removed, control characters
    replaced by spaces), or raise QuestionError if empty, too long or not valid UTF-8
    (undecodable bytes escaped as lone surrogates)."""
    if not isinstance(question, str):
        raise QuestionError(f"a question must be a string, not {type(question).__name__}")
    stripped = CONTROL.sub(" ", _INVISIBLE.sub("", question)).strip()
    if not stripped:
        raise QuestionError("empty question")
    if re.search("[\udc80-\udcff]", stripped):  # bytes that were not UTF-8, escaped by Python's decoder
        raise QuestionError("the question is not valid UTF-8 text")
    if len(stripped) > MAX_QUESTION_CHARS:
        raise QuestionError(f"question too long ({len(stripped):,} characters; limit {MAX_QUESTION_CHARS:,})")
    return stripped


def rank(question: str, corpus: Corpus, k_passages: int = K_PASSAGES) -> tuple[QuestionAnalysis, list[_Candidate]]:
    """Analyze the question and score the sentences of the top passages, best first."""
    q = _spelled(analyze(question), corpus)
    return q, _rank(q, corpus, k_passages)


def _spelled(q: QuestionAnalysis, corpus: Corpus) -> QuestionAnalysis:
    """The question with each misspelt content word read as the one corpus word a letter
    away ("ambasador" → "ambassador"), when exactly one such word's term exists; only words
    of five letters or more that neither the corpus nor the tagger's lexicon knows. Names
    are left to the name check, which allows a letter's difference too (``_misspelt``)."""
    facts = facts_for(corpus)
    fixes: dict[str, str] = {}
    for t in q.tokens:
        if t.stop or len(t.norm) < 5 or not t.norm.isalpha() or t.surface[:1].isupper():
            continue
        if word_tag(t.norm) is not None or t.norm in facts.words_like(t.norm):
            continue  # an English word ("journal"), or one the text writes, is no misspelling
        if not corpus.has_term(t.term) and any(corpus.has_term(x) for x in synonyms(t.term)):
            continue
        found = {term for w, term in facts.words_like(t.norm).items() if _one_edit(t.norm, w)}
        if len(found) == 1:
            fixes[t.term] = found.pop()
    if not fixes:
        return q
    return dataclasses.replace(
        q, focus=tuple(fixes.get(x, x) for x in q.focus),
        tokens=tuple(dataclasses.replace(t, term=fixes.get(t.term, t.term)) for t in q.tokens),
        subject=fixes.get(q.subject, q.subject) if q.subject else None)


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
            tail = _last_part(w, corpus)
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
        roles = {t.term for i, t in enumerate(q.tokens) if i and q.tokens[i - 1].norm == "the" and t.term in alike}
        for term in roles:
            holders = [facts.role_holders(doc)[term] for doc in corpus.documents if term in facts.role_holders(doc)]
            if len(holders) == 1 and not holders[0] & asked:  # one holder, whom the question does not name
                alike[term] = alike[term] | holders[0]
    return alike


def _last_part(word: str, corpus: Corpus) -> str | None:
    """The term of the longest last part of a closed compound that the corpus has
    ("shipwreck" → "wreck"; five letters or more, after at least three), or None."""
    return next((stem(word[i:]) for i in range(3, len(word) - 4) if corpus.has_term(stem(word[i:]))), None)


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


def _document_coverage(q: QuestionAnalysis, corpus: Corpus, facts: Facts, weights: dict[str, float],
                       alike: dict[str, frozenset[str]]) -> dict[str, float]:
    """The share (0..1) of the question's term weight (``_term_weights``) each document
    holds, a term counting when the document has it or an equivalent (``alike``); empty
    for a one-document corpus."""
    if len(corpus.documents) < 2:
        return {}
    total = sum(weights.values()) or 1.0
    out = {}
    for d in corpus.documents:
        present = facts.document_terms(d)
        out[d] = sum(w for t, w in weights.items() if t in present or alike.get(t, frozenset()) & present) / total
    return out


def _rank(q: QuestionAnalysis, corpus: Corpus, k_passages: int = K_PASSAGES) -> list[_Candidate]:
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
    coverage = _document_coverage(q, corpus, facts, weights, alike)
    best_cover = max(coverage.values(), default=0.0)
    cands = []
    for (doc, idx), b in best_bm25.items():
        c = _Candidate(corpus.sentence(doc, idx))
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
        cands.append(c)
    cands.sort(key=lambda c: (-c.score, c.sentence.doc, c.sentence.index))
    return cands


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _misspelt(word: str, present: set[str]) -> bool:
    """A long word of a name one letter away from a word present ("hatmanis" for "hartmanis")."""
    return len(word) >= 6 and any(_one_edit(word, x) for x in present if len(x) >= 5)


def _named_before(corpus: Corpus, s: Sentence, name_terms: list[str]) -> bool:
    """True when an earlier sentence of the document holds all of ``name_terms``."""
    return any(set(name_terms) <= set(corpus.sentence_terms[(x.doc, x.index)])
               for x in corpus.sentences[s.doc][:s.index])


#: A question's subject that the text may give only by name ("the woman who ...").
_PLAIN_PEOPLE = frozenset(terms("man woman men women person people boy girl child children"))


def _unnamed(q: QuestionAnalysis, sentence: str) -> re.Match[str] | None:
    """The sentence's indefinite mention of the thing a which/what question asks to name
    ("Which *agency* ...?": "through *an outside agency*"; "an unnamed buyer"): news writes
    "a/an" when it does not give the name. None for other questions or mentions."""
    if q.wh not in ("what", "which") or not q.head or q.answer_type not in ("PERSON", "ORGANIZATION", "LOCATION"):
        return None
    head = re.escape(q.head.rstrip("s"))
    return re.search(rf"\b(?:an?|another)\s+(?:[a-z][\w-]*\s+){{0,2}}({head}(?:s|es)?)\b(?!\s+(?:of|named|called))",
                     sentence)


def _held_role(q: QuestionAnalysis) -> str | None:
    """The role term a "Who is the <role> ...?" question asks the holder of ("the county's
    new *treasurer*", "Acme's chief executive officer": ceo), kinship aside; or None."""
    holder = _WHO_IS_THE.match(q.text) if _asks_holder(q) else None
    if holder is None or holder.group(1).split()[-1].casefold() in _KIN:
        return None
    inside = [t for t in q.tokens if holder.start(1) <= t.start < holder.end(1) and not t.stop]
    return inside[-1].term if inside else None


def _subject_to_find(q: QuestionAnalysis) -> str | None:
    """The stemmed noun the text must mention for the question to be about it: the
    question's subject ("When will *the governor* visit?"), or for "Who is X's <role>?"
    the role; None when the text need not write it: a frame word, a plain word for a
    person ("the woman who ..."), a qualifier of the asked thing ("the *final* tally"),
    a value asked for ("the *age* of X"), or a kinship ("Margaret's *husband*": "married")."""
    subject = q.subject if q.subject not in FRAME_WORDS | _PLAIN_PEOPLE and not _asks_who_said(q) else None
    qualifier = re.search(rf"\b(\w+)\s+{re.escape(q.head)}\b", q.text, re.I) if subject and q.head else None
    if qualifier and terms(qualifier.group(1)) == [subject]:
        return None  # "What was the *final* tally ...?": it qualifies the asked thing; the text need not say it
    if subject and q.head and terms(q.head) == [subject] and q.answer_type in VALUE_TYPES | {"DATE", "DURATION"}:
        return None  # "What is the age of X?": the text gives the value ("X, 19,"), not the word
    # "Who is the Herons' general *manager*?": the role ("chief executive officer": ceo)
    return subject if subject is not None else _held_role(q)


#: "say about the storm": the topic a question asks someone's words on.
_SAID_ABOUT = re.compile(r"\b(?:say|said|says|think|thinks|thought|feel|feels|felt|write|wrote|written)\b.*?"
                         r"\babout\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?([^?]+)", re.I)


def _figure_owner_missing(q: QuestionAnalysis, best: _Candidate, corpus: Corpus, facts: Facts) -> str | None:
    """For a figure or date asked about a named person, that person's name when the best
    sentence itself does not name them (in full, by surname with the full name near, or by
    a leading pronoun): a figure is said of the person the sentence names. None otherwise."""
    if q.answer_type not in VALUE_TYPES | {"DATE", "DURATION"}:
        return None
    b = best.sentence
    said = set(corpus.sentence_terms[(b.doc, b.index)]) | facts.referent_terms(b) | facts.full_name_terms(b)
    for name in q.entities:
        kinds = {sp.type for sp in find_spans(name)}
        person = kinds == {"PERSON"} and " " in name or facts.full_name(b.doc, name) is not None
        if person and not set(terms(name)) <= said:
            return name
    return None


#: Finite verbs and modals in the tagger's lexicon: the first one ends a sentence's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def _named_in_another_clause(q: QuestionAnalysis, best: _Candidate, facts: Facts) -> str | None:
    """A name of the question (not a date) that the best sentence writes only outside the
    clause of its answering figure or date (``_clause``), and not in the sentence's subject
    (before its first finite verb), which every clause shares ("Vela Capital sold part of
    its holding and will keep about 18%"); None if there is none or the answer is no figure."""
    span = best.span
    if span is None or span.type not in VALUE_TYPES | {"DATE"}:
        return None
    toks = facts.tokens(best.sentence)
    idx = [i for i, t in enumerate(toks) if span.start <= t.start < span.end]
    if not idx:
        return None
    lo, hi = _clause(toks, best.sentence.text, idx, _joins_clauses)
    first_verb = next((i for i, t in enumerate(toks) if word_tag(t.norm) in _FINITE), len(toks))
    for name in q.entities:
        if any(sp.type == "DATE" for sp in find_spans(name)):
            continue  # "by Wednesday": a time may be said anywhere in the sentence
        wanted = {t.term for t in tokenize(name) if not t.stop}
        at = [i for i, t in enumerate(toks) if t.term in wanted]
        if at and not any(lo <= i < hi or i < first_verb for i in at):
            return name
    return None


def abstain_reason(q: QuestionAnalysis, best: _Candidate, corpus: Corpus, facts: Facts) -> tuple[str, str] | None:
    """Why the best candidate does not answer the question, as (kind, message), or None
    if it may. Kinds: no_content, no_overlap, subject, name, number, contrast, count, speaker,
    type."""
    if not q.focus:
        return "no_content", "the question has no content words"
    if not best.matched:
        return "no_overlap", "no sentence shares the question's content words"
    subject = _subject_to_find(q)
    if subject and not corpus.has_term(subject) and not any(corpus.has_term(x) for x in synonyms(subject)) \
            and not _last_part(subject, corpus):
        return "subject", f"the text never mentions the question's subject ({subject!r})"
    if _STANDS_FOR.search(q.text) and best.span is None:
        return "type", "no name in the best sentence spells the acronym"
    topic = _SAID_ABOUT.search(q.text)  # "What did Rosa Delgado say about the storm?": her story must speak of it
    if topic:
        words = [t.term for t in tokenize(topic.group(1)) if not t.stop]
        present = facts.document_terms(best.sentence.doc)
        if words and not any(w in present or synonyms(w) & present for w in words):
            return "subject", f"the story of the best sentence never mentions {topic.group(1).strip()!r}"
    # the question's names must be supported near the best sentence: its paragraph, the
    # sentence before it, and whom its leading pronoun or quote stands for (news puts a
    # quote in a paragraph of its own after the speaker)
    b = best.sentence
    window = [s for s in corpus.sentences[b.doc] if s.paragraph == b.paragraph or s.index == b.index - 1]
    para_terms = {t for s in window for t in corpus.sentence_terms[(s.doc, s.index)]}
    para_terms |= facts.referent_terms(b)  # "he said" stands for the person named before
    para_terms |= {t for t in facts.dateline_terms(b.doc) if t not in ("ap", "reuter", "afp")}  # the story's place
    for s in window:  # "Lopez" stands for "Maria Lopez", named earlier in the document
        para_terms |= facts.full_name_terms(s)
    described = any(DEFINITE_ORG.search(s.text) for s in window)

    def para_words() -> set[str]:
        return {t.norm for s in window for t in facts.tokens(s)}

    offered = {t.term for pair in _alternatives(q.text) for alt in pair for t in alt} if q.answer_type == "YESNO" \
        else set()
    for name in q.entities:
        if len(name.replace(".", "")) < 2:
            continue  # "P", "C": a one-letter symbol, not a name to look for
        if offered and set(terms(name)) <= offered:
            continue  # "Is it in Chicago or Boston?": one alternative is enough
        name_tokens = [t for t in tokenize(name) if not t.stop]
        name_terms = [t.term for t in name_tokens]
        if name_tokens and not all(t.term in para_terms or synonyms(t.term) & para_terms
                                   or _misspelt(t.norm, para_words()) for t in name_tokens):
            place = any(sp.type == "LOCATION" for sp in find_spans(name))
            # "the museum" for "the Barrow Museum", by the last word of its name
            by_head = len(name_tokens) > 1 and re.search(rf"\bthe {re.escape(name_tokens[-1].norm)}\b",
                                                         " ".join(s.text for s in window), re.I)
            # "Northbridge" for "Northbridge Athletic": a club or company by the first word of its name
            by_first = len(name_tokens) > 1 and name_tokens[0].term in para_terms and not any(
                sp.type == "PERSON" for sp in find_spans(name))
            if (described or by_head or by_first) and not place and _named_before(corpus, b, name_terms):
                continue  # "the company", having named it before
            return "name", f"the text near the best sentence does not mention {name!r}"
    own = _figure_owner_missing(q, best, corpus, facts)
    if own:  # "How much prize money did Lund take home?": not "Anjali Rao ... takes home the 40,000-euro prize"
        return "name", f"the best sentence gives its figure without naming {own!r}"
    for number in re.findall(r"\b(\d[\d,.]*\d|\d)(?:st|nd|rd|th|s)?\b", q.text):  # a year, figure or ordinal
        if number.replace(",", "") not in para_terms:
            return "number", f"the text near the best sentence does not mention {number}"
    norms = {t.norm for t in facts.tokens(b)}
    for rank in _asked_ranks(q):  # "Who took *third* place?": the rank is said of the answer, in its sentence
        if rank not in norms and _ROMAN[rank] not in norms:  # "Charles the third": "Charles III"
            return "number", f"the best sentence does not say {rank!r}"
    window_text = " ".join(s.text for s in window).casefold()
    for when in _RELATIVE_TIME.finditer(q.text):  # "last year" asked: the text near must say so
        same = [f"{w} {when.group(2).casefold()}" for w in _SAME_TIME.get(when.group(1).casefold(), ())]
        if not any(x in window_text for x in same):
            return "number", f"the text near the best sentence does not say '{when.group(0)}'"
    for year in re.findall(r"\b(?:in|during) (\d{4})\b", q.text):  # "in 2019" asked, "since 2019" written
        said = [m.group(1) for s in window for m in re.finditer(r"\b(\w+)\s+" + year + r"\b", s.text)]
        if said and all(w.casefold() in ("since", "until", "till", "before", "after") for w in said):
            return "number", f"the text gives {year} only as a boundary ('{said[0]} {year}'), not as the time asked"
    contrast = contradicts(q.text, b.text)
    if contrast:
        return "contrast", contrast
    role = _held_role(q)  # "Who is the chief executive of Acme?": the role must be said near the best sentence
    if role and role not in best.matched and role not in para_terms and not synonyms(role) & para_terms:
        return "type", f"the text near the best sentence gives no one as the {role!r}"
    unnamed = _unnamed(q, b.text)
    named = unnamed is not None and any(unnamed.group(1)[:4].casefold() in sp.text.casefold() for sp in facts.spans(b))
    if unnamed and not named and (best.span is None or not 0 <= best.span.start - unnamed.end() <= 3):
        # "Which staffing agency ...?": "hired nurses through *an outside agency*": the text does not name it
        return "type", f"the best sentence does not name the {unnamed.group(1)} ('{unnamed.group(0)}')"
    elsewhere = _named_in_another_clause(q, best, facts)
    if elsewhere:
        # "How many of the firefighters came from Nevada?": "1,100 firefighters were assigned ...,
        # with additional crews arriving from Oregon and Nevada": the figure is not Nevada's
        return "type", f"the best sentence names {elsewhere!r} only in another clause than its answer"
    lists = [items for _, _, items in coordinations(b.text)] if q.count else []
    if q.count and lists and max(lists) < q.count:  # "What are three factors ...?": "time or space"
        return "count", f"the best sentence lists {max(lists)} things, not the {q.count} asked for"
    if _asks_who_said(q) and not REPORTS_SPEECH.search(b.text):
        return "type", "the best sentence reports no one saying it"
    if SPEECH & set(q.focus) and q.answer_type != "PERSON":  # "What did Li say?": Li must be the one saying it
        asked = [sp.text for sp in find_spans(q.text) if is_person(sp)]
        said_by = {t for name in facts.speakers(b) for t in terms(name)}
        if asked and not any(set(terms(name)) & said_by for name in asked):
            return "speaker", f"the best sentence does not report {asked[0]} saying it"
        # "What did the finance *minister* say?": the role noun before the speech verb
        role = next((t.term for t in q.tokens if t.term in _ROLE_TERMS and not t.stop), None)
        if not asked and role and role not in corpus.sentence_terms[(b.doc, b.index)] and not any(
                role in facts.role_holders(doc) for doc in corpus.documents):
            return "speaker", f"the text gives no one as the {role!r} and the best sentence does not mention one"
    by_referent = q.answer_type == "PERSON" and best.parts.get("type", 0.0) > 0
    # "how much damage": an amount is preferred, but the text may say it in words ("widespread damage")
    if q.answer_type in COMPATIBLE and q.answer_type not in ("ENTITY", "QUANTITY") and best.span is None \
            and not by_referent:
        return "type", f"no {q.answer_type.lower()} in the best sentence"
    if q.answer_type == "PERSON" and best.span is not None and best.span.type == "ORGANIZATION" and not best.in_slot:
        # "Who will serve as Kamau's deputy?": not "London School of Economics", named for something else
        return "type", "no person in the best sentence, and its organization does not do what is asked"
    return None


#: Logistic-regression coefficients of P(the top sentence answers the question) for an
#: answered question, over CONFIDENCE_FEATURES plus an intercept; and, for an abstention,
#: the share of the dev questions abstained on for that kind of reason that were indeed
#: unanswerable. Both fitted by ``eval/calibrate.py`` on the SQuAD 2.0 dev file, the
#: brief's eval set and the news set together (re-run it after changing the scorer).
CONFIDENCE_FEATURES = ("overlap", "margin", "type", "sbm25", "typed_question")
CONFIDENCE_COEF = (-0.412, 0.501, 0.679, 0.333, -0.109)
CONFIDENCE_INTERCEPT = -0.434
ABSTAIN_PRECISION = {"contrast": 0.957, "count": 0.889, "name": 0.86, "no_overlap": 0.4, "number": 0.929,
                     "speaker": 0.833, "subject": 0.769, "type": 0.905}


def confidence_features(q: QuestionAnalysis, best: _Candidate, runner_up: _Candidate | None) -> list[float]:
    """The features of CONFIDENCE_FEATURES for a question's best candidate."""
    margin = best.score - (runner_up.score if runner_up else 0.0)
    typed = float(q.answer_type in COMPATIBLE and q.answer_type != "ENTITY")
    return [best.parts.get("overlap", 0.0), margin, best.parts.get("type", 0.0), best.parts.get("sbm25", 0.0), typed]


#: How far below the best sentence a runner-up may score and still answer in its place when
#: the best lacks the question's name or number.
RUNNER_UP_MARGIN = 0.2
#: Questions whose answer type is narrow enough (an age, a length, a weight, a speed) that a
#: sentence among the next two holding one answers when the best sentence holds none.
_MEASURED = frozenset({"how old", "how deep", "how tall", "how high", "how wide", "how heavy", "how fast", "how far",
                       "how long"})


#: A time relative to the story: "last year", "this season", "next month".
_RELATIVE_TIME = re.compile(r"\b(last|next|this|previous|prior|coming)\s+(year|month|week|season|decade|quarter|"
                            r"weekend|spring|summer|autumn|fall|winter)\b", re.I)
_SAME_TIME = {"last": ("last", "previous", "prior"), "previous": ("last", "previous", "prior"),
              "prior": ("last", "previous", "prior"), "next": ("next", "coming"), "coming": ("next", "coming"),
              "this": ("this",)}


def _fallback(q: QuestionAnalysis, best: _Candidate, reason: tuple[str, str] | None,
              facts: Facts) -> Callable[[_Candidate], bool] | None:
    """What one of the next two candidates must hold to answer instead of the best one, or
    None when none may: a sentence counting the asked thing below one answering "How many
    jobs ...?" with a sum; a typed span, and the question's names, below a best sentence
    without the narrow type asked ("How heavy was the calf?", "What time ...?"); the rank
    asked ("third") below a best sentence that does not say it. The candidate must also pass
    every check (``abstain_reason``)."""
    noun = counted_thing(q.text)
    if reason is None and noun and best.span is not None and best.span.type == "MONEY":
        return lambda c: c.span is not None and noun in terms(c.span.text)
    if reason is not None and reason[0] == "type" and (q.wh in _MEASURED or ASKS_TIME_OF_DAY.search(q.text)):
        names = {t for n in q.entities for t in terms(n)}  # named in the sentence itself, not only near it
        return lambda c: c.span is not None and names <= c.matched
    ranks = _asked_ranks(q)
    if reason is not None and reason[0] == "number" and ranks:
        return lambda c: ranks <= {t.norm for t in facts.tokens(c.sentence)}
    return None


def _confidence(q: QuestionAnalysis, best: _Candidate, runner_up: _Candidate | None) -> float:
    """P(the top sentence answers), by the fitted logistic model."""
    x = confidence_features(q, best, runner_up)
    z = CONFIDENCE_INTERCEPT + sum(c * v for c, v in zip(CONFIDENCE_COEF, x))
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)


def answer_question(question: str, corpus: Corpus, *, top: int = 3) -> Answer:
    """Answer one question from a corpus (the engine behind ``qa.answer``).

    Args:
        question: a question in English.
        corpus: the corpus to answer from.
        top: how many citations to return at most (>= 1).

    Returns:
        An Answer; ``abstained`` is True when the corpus does not hold the answer.

    Raises:
        QuestionError: empty or over-long question.
    """
    question = check_question(question)
    top = max(1, int(top))
    q = analyze(facts_for(corpus).restore_case(question))  # "who is smith?": "Smith" is a name
    q = _spelled(q, corpus)
    meta = _about_document(q, corpus, top)
    if meta is not None:
        meta.question = question  # as asked, not with the corpus's capitals restored
        return meta
    cands = _rank(q, corpus)
    facts = facts_for(corpus)
    if q.answer_type == "ROLE" and q.entities:  # "Who is X?": the first candidate that says what X is
        name_terms = set(terms(q.entities[-1]))  # "Ruth Harper": not a sentence about Daniel Harper
        with_role = [c for c in cands[:10] if role_of(c.sentence.text, q.entities[-1]) and name_terms <= c.matched]
        if with_role:
            cands = [with_role[0]] + [c for c in cands if c is not with_role[0]]
    best = cands[0] if cands else None
    reason = abstain_reason(q, best, corpus, facts) if best else ("no_overlap", "the corpus is empty")
    runner: _Candidate | None = None
    if reason is not None and reason[0] in ("name", "number") and len(cands) > 1 \
            and cands[1].score >= cands[0].score - RUNNER_UP_MARGIN \
            and abstain_reason(q, cands[1], corpus, facts) is None:
        runner = cands[1]  # the best sentence lacks the question's name or number and a close runner-up has it
    elif best is not None and (wanted := _fallback(q, best, reason, facts)) is not None:
        runner = next((c for c in cands[1:3] if wanted(c) and abstain_reason(q, c, corpus, facts) is None), None)
    if runner is not None:
        cands = [runner, *(c for c in cands if c is not runner)]
        best, reason = runner, None
    details = {
        "wh": q.wh, "answer_type": q.answer_type, "head": q.head, "focus": list(q.focus),
        "entities": list(q.entities), "abstain_reason": reason[1] if reason else None,
        "abstain_kind": reason[0] if reason else None,
        "candidates": [{"doc": c.sentence.doc, "sentence": c.sentence.index, "score": round(c.score, 4),
                        "parts": {k: round(v, 3) for k, v in c.parts.items()}, "matched": sorted(c.matched),
                        "span": c.span.text if c.span else None} for c in cands[:MAX_CANDIDATES]],
    }
    if best is None or reason is not None:
        conf = ABSTAIN_PRECISION.get(reason[0], 0.5) if reason else 0.5
        cites = [_citation(c.sentence, c.score) for c in cands[:top] if c.matched]
        return Answer(question, ABSTAIN_TEXT, None, True, conf, cites, details)
    short = _short_answer(q, best, facts, corpus)
    if short is not None:  # what kind of thing the short answer is (for follow-up pronouns)
        ref = facts.referent(best.sentence)
        by_ref = ref is not None and short == ref[1]
        details["short_type"] = "PERSON" if by_ref else (best.span.type if best.span is not None else None)
    extra: list[Sentence] = []  # what makes the answer self-contained, cited after the best sentence
    support = _support(best, facts)
    if support is None and short and best.span is not None and short != best.span.text:
        # the short answer was completed from an earlier mention ("Lopez" → "Maria Lopez"): cite it
        support = next((x for x in corpus.sentences[best.sentence.doc]
                        if short in x.text and x.index != best.sentence.index), None)
    if support is not None:
        extra.append(support)
    follow = _continuation(best, cands, facts)
    first = best.sentence
    if follow is not None:
        extra.append(follow)
        follow_cand = next((c for c in cands if c.sentence is follow), None)
        if follow_cand is not None and _answers_the_ask(q, follow_cand, best):  # it holds what is asked: cite it first
            first, extra = follow, [best.sentence if x is follow else x for x in extra]
            short = _short_answer(q, follow_cand, facts, corpus)
    citations = [_citation(first, best.score)] + [_citation(x, best.score) for x in extra]
    for c in cands[1:]:
        if len(citations) >= top:
            break
        if c.matched and all(c.sentence.index != x.sentence or c.sentence.doc != x.doc for x in citations) and all(
                c.sentence.text != x.text for x in citations):  # a repeated line is cited once; no unrelated one
            citations.append(_citation(c.sentence, c.score))
    text = " ".join(x.text for x in sorted([first, *extra], key=lambda x: x.index))
    conf = _confidence(q, best, cands[1] if len(cands) > 1 else None)
    return Answer(question, text, short, False, conf, citations[:top], details)
