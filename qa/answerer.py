"""The rule-based answerer: the reader stage that turns retrieved passages into an answer.

``answer_question`` runs the reader's steps, each in its own module:

1. ``qa.metadata``: a question about the document itself (who wrote it, when it
   was published, its headline) is answered from its metadata lines;
2. ``qa.scorer``: the sentences of the passages BM25 retrieves (``qa.retriever``)
   are scored for the question and each gets the typed span that may answer it;
3. ``qa.abstention``: the best sentence is checked against the question (its names,
   numbers, negation, the answer type it wants); failing a check, a close runner-up
   may answer instead, else the answer is an abstention with the check's reason;
4. ``qa.short_answer``: the span of the best sentence that answers;
5. here: the citations, made self-contained (the sentence naming whom a leading
   pronoun or a quote's speaker stands for, and a next sentence that goes on about
   the same person), and a calibrated confidence (``CONFIDENCE_COEF``).

What a question asks for beyond ``qa.question.analyze`` is read in ``qa.asked``;
clauses inside a sentence in ``qa.clauses``.
"""

from __future__ import annotations

import math
import re
import unicodedata

from qa.abstention import ABSTAIN_PRECISION, ABSTAIN_TEXT, abstain_reason, next_gives_reason
from qa.analyzer import synonyms, terms
from qa.asked import main_verb
from qa.chunks import clause_chunk
from qa.corpus import Corpus
from qa.entities import role_of
from qa.facts import Facts, facts_for
from qa.metadata import about_document
from qa.question import QuestionAnalysis, analyze, role_name, strip_lead_in
from qa.runner_up import RUNNER_UP_MARGIN, fallback, role_holder
from qa.scorer import COMPATIBLE, GIVES_CAUSE, Candidate, rank_sentences, spelled
from qa.short_answer import short_answer
from qa.types import Answer, Citation, Sentence

#: Candidates kept in ``Answer.details["candidates"]`` (for ``:more`` and ``:why``).
MAX_CANDIDATES = 20


#: The most citations an answer carries (``top``).
MAX_TOP = 50


#: Questions longer than this many characters are refused.
MAX_QUESTION_CHARS = 1000


#: Characters that show nothing: zero-width spaces and joiners, the BOM, bidi controls.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u202a-\u202e]")


#: Control characters other than tab and newline (an escape sequence must not reach the terminal).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


#: What a NUL character in piped input means: a binary file's bytes, which hold no question.
BINARY_INPUT = "standard input looks binary, not text (it holds a NUL byte)"


class QuestionError(ValueError):
    """A question that cannot be asked: empty, or longer than MAX_QUESTION_CHARS."""


def _support(cand: Candidate, facts: Facts) -> Sentence | None:
    """The sentence that names who the cited sentence's leading pronoun or quote's speaker is."""
    found = facts.referent(cand.sentence)
    return found[0] if found else None


def _continuation(best: Candidate, cands: list[Candidate], facts: Facts) -> Sentence | None:
    """The next sentence, when it goes on about the same person (it starts with a pronoun
    or a quote whose referent is named in the best sentence) and holds a question term the
    best sentence lacks: "Smith was asked whether ..." + "He described the matter as ..."."""
    s = best.sentence
    nxt = next((c for c in cands if c.sentence.doc == s.doc and c.sentence.index == s.index + 1), None)
    ref = facts.referent(nxt.sentence) if nxt is not None else None
    if nxt is None or ref is None or ref[0].index != s.index:
        return None
    return nxt.sentence if nxt.matched - best.matched else None


#: How many candidates below a headline are looked at for a body sentence that restates its answer.
RESTATED_DEPTH = 5


def _restated(q: QuestionAnalysis, best: Candidate, cands: list[Candidate], corpus: Corpus,
              facts: Facts) -> Candidate | None:
    """For a best sentence that is a headline, the candidate among the next RESTATED_DEPTH
    that is a body sentence giving the same answer (its span holds the headline span's first
    word: "... with loss of 340 jobs" and "..., cutting 340 jobs, the company said"; "Ortega Wins
    ..." and "Sofia Ortega was elected") and passes every check, or None: the body says it
    in full and with its source, so it is the one to cite."""
    assert best.span is not None
    return next((c for c in cands[1:1 + RESTATED_DEPTH] if c.sentence.kind == "sentence" and c.span is not None
                 and best.span.text.split()[0] in c.span.text.split()  # "Ortega Wins ...": "Sofia Ortega"
                 and abstain_reason(q, c, corpus, facts) is None), None)



def _reason_next(q: QuestionAnalysis, best: Candidate, corpus: Corpus) -> Sentence | None:
    """For a why-question whose best sentence tells the event but gives no cause, the next
    sentence (a news paragraph is often one sentence long) when that one gives a cause, a
    purpose or a stand's grounds (``qa.abstention.next_gives_reason``): news tells what happened, then why
    ("... will close its Ballarat factory." + "The company blamed rising gas prices for the decision.",
    "The company wants to expand its drinks business."); else None."""
    s = best.sentence
    if q.answer_type != "REASON" or GIVES_CAUSE.search(s.text):
        return None
    sentences = corpus.sentences[s.doc]
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if nxt is None or nxt.kind != "sentence":
        return None
    return nxt if next_gives_reason(q, s.text, nxt.text) else None


def _answers_the_ask(q: QuestionAnalysis, c: Candidate, best: Candidate) -> bool:
    """True when the candidate (the sentence after the best one) holds what the question
    asks for: its head noun ("which *worries*" → "concerns"); for a yes/no question, its
    verb, which the best sentence lacks; or a word of the question's predicate ("How did Smith
    *characterize* ...?" → "He *described* ...") where the best sentence matched only names."""
    head = q.head_term
    if head and (head in c.matched or synonyms(head) & c.matched):
        return True
    names = {t for name in q.entities for t in terms(name)}
    if not head and c.matched - names and not best.matched - names:
        return True
    if q.answer_type != "YESNO":
        return False
    # a yes/no question: when the next sentence holds its verb and the best one does not
    verb = main_verb(q)
    said = {verb.term, *synonyms(verb.term)} if verb is not None else set()
    return bool(said & c.matched) and not said & best.matched


def check_question(question: str) -> str:
    """Return the stripped question (invisible characters removed, control characters
    replaced by spaces, accents composed: Unicode NFC), or raise QuestionError if empty,
    only punctuation, too long or not valid UTF-8 (undecodable bytes escaped as lone
    surrogates)."""
    if not isinstance(question, str):
        raise QuestionError(f"a question must be a string, not {type(question).__name__}")
    stripped = unicodedata.normalize("NFC", CONTROL.sub(" ", _INVISIBLE.sub("", question))).strip()
    if not stripped:
        raise QuestionError("empty question")
    if not re.search(r"\w", stripped):
        raise QuestionError("the question has no words, only punctuation")  # "???"
    if re.search("[\udc80-\udcff]", stripped):  # bytes that were not UTF-8, escaped by Python's decoder
        raise QuestionError("the question is not valid UTF-8 text")
    if len(stripped) > MAX_QUESTION_CHARS:
        raise QuestionError(f"question too long ({len(stripped):,} characters; limit {MAX_QUESTION_CHARS:,})")
    return stripped


#: Logistic-regression coefficients of P(the top sentence answers the question) for an
#: answered question, over CONFIDENCE_FEATURES plus an intercept, fitted by
#: ``eval/calibrate.py`` on the SQuAD 2.0 dev file, the brief's eval set, the news set and
#: the development held-out sets together (re-run it after changing the scorer). An abstention's confidence is
#: ``qa.abstention.ABSTAIN_PRECISION`` of its kind.
CONFIDENCE_FEATURES = ("overlap", "margin", "type", "sbm25", "typed_question")
CONFIDENCE_COEF = (-0.176, 0.821, 0.72, 0.483, 0.025)
CONFIDENCE_INTERCEPT = -0.802


def confidence_features(q: QuestionAnalysis, best: Candidate, runner_up: Candidate | None) -> list[float]:
    """The features of CONFIDENCE_FEATURES for a question's best candidate."""
    margin = best.score - (runner_up.score if runner_up else 0.0)
    typed = float(q.answer_type in COMPATIBLE and q.answer_type != "ENTITY")
    return [best.parts.get("overlap", 0.0), margin, best.parts.get("type", 0.0), best.parts.get("sbm25", 0.0), typed]


def _confidence(q: QuestionAnalysis, best: Candidate, runner_up: Candidate | None) -> float:
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
    # "who is smith?": "Smith" is a name; "help me, who is ...?": the question after the lead-in
    q = analyze(facts_for(corpus).restore_case(strip_lead_in(question)))
    q = spelled(q, corpus)
    meta = about_document(q, corpus, top)
    if meta is not None:
        meta.question = question  # as asked, not with the corpus's capitals restored
        return meta
    cands = rank_sentences(q, corpus)
    facts = facts_for(corpus)
    if q.answer_type == "ROLE" and q.entities:  # "Who is X?": the first candidate that says what X is
        name = role_name(q)
        name_terms = set(terms(name))  # "Ruth Harper": not a sentence about Daniel Harper
        with_role = [c for c in cands[:10] if role_of(c.sentence.text, name) and name_terms <= c.matched]
        if with_role:
            cands = [with_role[0]] + [c for c in cands if c is not with_role[0]]
    best = cands[0] if cands else None
    reason = abstain_reason(q, best, corpus, facts) if best else ("no_overlap", "the corpus is empty")
    runner: Candidate | None = None
    if reason is not None and reason[0] in ("name", "number") and len(cands) > 1 \
            and cands[1].score >= cands[0].score - RUNNER_UP_MARGIN \
            and abstain_reason(q, cands[1], corpus, facts) is None:
        runner = cands[1]  # the best sentence lacks the question's name or number and a close runner-up has it
    elif best is not None and (wanted := fallback(q, best, reason, facts)) is not None:
        runner = next((c for c in cands[1:3] if wanted(c) and abstain_reason(q, c, corpus, facts) is None), None)
    if runner is None and reason is not None and reason[0] == "type":  # "Who is the president of X?": the role
        runner = role_holder(q, cands, corpus, facts)  # said further on
    if runner is None and reason is None and best is not None and best.sentence.kind == "heading" \
            and best.span is not None:
        runner = _restated(q, best, cands, corpus, facts)
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
        cites = [Citation.of(c.sentence, c.score) for c in cands[:top] if c.matched]
        return Answer(question, ABSTAIN_TEXT, None, True, conf, cites, details)
    short = short_answer(q, best, facts, corpus)
    if short is not None:  # what kind of thing the short answer is (for follow-up pronouns)
        ref = facts.referent(best.sentence)
        by_ref = ref is not None and short == ref[1]
        details["short_type"] = "PERSON" if by_ref else (best.span.type if best.span is not None else None)
    extra: list[Sentence] = []  # what makes the answer self-contained, cited after the best sentence
    support = speaker = _support(best, facts)
    if support is None and short and best.span is not None and short != best.span.text:
        # the short answer was completed from an earlier mention ("Lopez" → "Maria Lopez"): cite it
        support = next((x for x in corpus.sentences[best.sentence.doc]
                        if short in x.text and x.index != best.sentence.index), None)
    if support is not None:
        extra.append(support)
    follow = _continuation(best, cands, facts)
    first = best.sentence
    because = _reason_next(q, best, corpus)
    if because is not None:  # "Why is the plant being shut?": "... will close its factory." + "It blamed gas prices."
        first, extra = because, [best.sentence, *(x for x in extra if x is not because)]
        cause = clause_chunk("why", because.text)  # the short answer is the next sentence's cause
        short = because.text[cause[0]:cause[1]] if cause else short
    elif follow is not None:
        extra.append(follow)
        follow_cand = next((c for c in cands if c.sentence is follow), None)
        if follow_cand is not None and _answers_the_ask(q, follow_cand, best):  # it holds what is asked: cite it first
            first, extra = follow, [best.sentence if x is follow else x for x in extra]
            short = short_answer(q, follow_cand, facts, corpus)
    if q.answer_type == "PERSON" and short and short not in first.text and speaker is not None \
            and speaker in extra and any(sp.type == "PERSON" and short in sp.text for sp in facts.spans(speaker)):
        # "Which official claims ...?": '"We believe ...," she said.' answers by whom she is: the
        # sentence naming her is the one that holds the answer
        first, extra = speaker, [first, *(x for x in extra if x is not speaker)]
    citations = [Citation.of(first, best.score)] + [Citation.of(x, best.score) for x in extra]
    for c in cands[1:]:
        if len(citations) >= top:
            break
        if c.matched and all(c.sentence.index != x.sentence or c.sentence.doc != x.doc for x in citations) and all(
                c.sentence.text != x.text for x in citations):  # a repeated line is cited once; no unrelated one
            citations.append(Citation.of(c.sentence, c.score))
    text = " ".join(x.text for x in sorted([first, *extra], key=lambda x: x.index))
    conf = _confidence(q, best, cands[1] if len(cands) > 1 else None)
    return Answer(question, text, short, False, conf, citations[:top], details)
