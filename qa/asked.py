"""What a question asks for, read from its words (beyond ``qa.question.analyze``).

The scorer, the abstention checks and the short answer all ask the same things of a
question: the slot its verb leaves open for the answer ("Who *ruined* the plan?": its
subject; ``verb_slot``), whether it asks who said something (``asks_who_said``) or who
holds a role (``asks_holder``, ``held_role``), which ranks it asks about ("third
place"; ``asked_ranks``), whether its answer may be a list (``wants_list``), the noun a
what-question asks for (``asked_noun``), and which of its words only frame it
("What is the *name* of ...": ``FRAME_WORDS``).
"""

from __future__ import annotations

import re

from qa.analyzer import AUXILIARIES, DETERMINERS, IRREGULAR, Token, stem, terms
from qa.chunks import word_tag
from qa.clauses import RANKS
from qa.entities import ROLE_NOUNS
from qa.question import QuestionAnalysis

#: Questions about the document itself, and the Document field that answers each.
ABOUT_DOC = [
    ("byline", re.compile(r"\b(who (wrote|authored|reported) (it|this|the ([\w-]+ ){0,3}(article|piece|story|"
                          r"report|brief))\b|"
                          r"who (wrote|authored|reported)\W*$|written by|byline|credited with writing|"
                          # "the author", "the author of this article"; not "the lead author of the 2023 study",
                          # not "co-author Anke Vogel", a named person of the story
                          # nor "the study's lead author": another writer than the story's
                          r"(?<!co-)(?<!co)(?<!lead )(?<!senior )(?<!first )(?<!principal )(?<!study’s )(?<!study's )"
                          r"(?<!paper’s )(?<!paper's )(?<!book’s )(?<!book's )"
                          r"author(?!s?,?\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?-i:[A-Z]))"
                          r"(?!s?\s+of\b(?!\s+(this|the|that)\s+([\w-]+\s+){0,2}(article|piece|story|brief)\b"
                          r"|\s+this\s+report\b))|"  # "the UN report" is another report
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


#: The verb of a cause in a sentence, with the auxiliary before it: "a faulty valve *had caused* the leak".
_CAUSE_VERB = re.compile(r"\s+(?:(?:had|has|have|may have|might have|probably)\s+)?(?:caused|sparked|triggered|started|"
                         r"set off|led to|prompted)\s+(?:the\s+|a\s+|an\s+)?", re.I)
#: What a reported clause's subject follows: a verb of saying, "that", "after", ... or a comma.
_SUBJECT_OPENS = re.compile(r"\b(?:said|says|say|that|after|when|because|believe[sd]?)\b|,")
#: A time said before a clause's subject: "(said) on Tuesday a faulty valve ...".
_LEADING_TIME = re.compile(r"^(?:on|last|this|early|late)\s+\w+\s+|^(?:yesterday|today)\s+", re.I)


#: A cause in the passive, up to its agent: "The deficit *was caused by* higher fuel costs", "was largely driven by".
_CAUSED_BY = re.compile(r"\b(?:was|were|is|are|had been|has been|have been)\s+(?:\w+ly\s+)?(?:caused|sparked|"
                        r"triggered|started|set off|prompted|driven)\s+(?:\w+ly\s+)?by\s+", re.I)


def _cause_said(asked: str, sentence: str) -> str | None:
    """For "What caused <X>?", the subject of the sentence's own "caused <X>" ("Corvane said
    *a faulty valve in its treatment system* had caused the leak"): the words before the verb,
    after the last verb of saying, "that", "after" or comma, at most twelve; or the agent of
    a passive "<X> was caused by ..." up to the next comma or the sentence's end ("The deficit
    was caused by *higher fuel costs and falling ticket sales*, he said"), at most twelve
    words; None when the sentence writes no cause of a thing of the question."""
    wanted = set(terms(asked))
    for m in _CAUSED_BY.finditer(sentence):
        effect = set(terms(" ".join(sentence[:m.start()].split()[-4:])))
        agent = re.match(r"[^,;:—]+?(?=\s*(?:[,;:—]|\.?\s*$))", sentence[m.end():])
        if effect & wanted and agent and len(agent.group(0).split()) <= 12:
            return agent.group(0)
    for m in _CAUSE_VERB.finditer(sentence):
        if not set(terms(" ".join(sentence[m.end():].split()[:3]))) & wanted:
            continue
        before = sentence[:m.start()].rstrip(" ,")
        cut = max((x.end() for x in _SUBJECT_OPENS.finditer(before)), default=0)
        subject = before[cut:].strip(" ,")
        if subject.casefold().startswith("not "):  # "a gas leak, not arson, caused the fire": the leak did
            subject = before[:cut].rstrip(" ,")
            subject = subject[max((x.end() for x in _SUBJECT_OPENS.finditer(subject)), default=0):].strip()
        subject = _LEADING_TIME.sub("", subject)
        if subject.casefold() in ("it", "this", "that", "they", "he", "she"):
            continue  # a pronoun names no cause
        if subject and len(subject.split()) <= 12 and not set(terms(subject)) & wanted:
            return subject
    return None


#: "What caused the fire?": a cause asked, which a sentence must tell ("blamed on", "traced to").
ASKS_CAUSE = re.compile(r"^\s*what\s+(caused|sparked|triggered|started|prompted|set off|led to)\b", re.I)


def caused_by(q: QuestionAnalysis, sentence: str) -> str | None:
    """For "What caused X to <verb>?", the sentence's words before that verb when it writes
    it ("*The arrival of cheap synthetic dyes from Germany* collapsed the trade"): the subject
    that did it, at most twelve words; for "What caused <X>?", the subject of the sentence's
    own "caused <X>" (``_cause_said``); None otherwise."""
    asks = ASKS_CAUSE.match(q.text)
    effect = re.search(r"\bto\s+([a-z]+)\W*$", q.text) if asks else None
    if asks and effect is None:
        return _cause_said(q.text[asks.end():], sentence)
    if effect is None:
        return None
    verb = set(terms(effect.group(1)))
    at = next((m for m in re.finditer(r"[A-Za-z]+", sentence) if set(terms(m.group(0))) & verb), None)
    subject = sentence[:at.start()].strip(" ,") if at is not None else ""
    # not the question's own subject: "What caused the factory to close?" is not "The factory will close"
    asked = set(terms(q.text[ASKS_CAUSE.match(q.text).end():effect.start()]))  # type: ignore[union-attr]
    if not subject or len(subject.split()) > 12 or set(terms(subject)) & asked:
        return None
    return subject


#: "What <verb>ed ...?": a past verb right after "what", asking who or what did it ("What tore the hole ...?").
_WHAT_DID = re.compile(r"^\s*what\s+([a-z]+ed|[a-z]+)\s+(?:the|a|an|its|their|his|her)\b", re.I)
#: Where the clause of a verb's subject begins: a comma, a subordinator, a relative pronoun or a verb of saying
#: or belief ("Scientists believe *a toxic algae bloom* killed ..."); not "and", which may join two subjects.
_CLAUSE_OPENS = re.compile(r"(?:[,;:—]|\b(?:after|before|when|while|because|since|as|that|which|who|but|until|once|"
                           r"if|said|says|say|believe[sd]?|think|thinks|thought|suspect[sd]?|fear[sd]?|"
                           r"reported)\b)\s*", re.I)
_RELATIVE = frozenset("that which who".split())


def doer_of(q: QuestionAnalysis, sentence: str) -> str | None:
    """For "What <verb> <object>?" with a past verb ("What tore the hole in the net pen?"), the
    noun phrase before that verb in the sentence, from the start of its clause ("... after *a
    storm* tore a hole"; "*Heavy rain and strong winds* damaged"), past a relative clause or an
    apposition to the noun it qualifies ("*The storm* that hit the coast on Friday damaged",
    "*A storm*, the worst in decades, damaged"), at most six words and sharing no word with the
    question's object; None when the sentence does not write the verb so."""
    m = _WHAT_DID.match(q.text)
    if m is None or m.group(1).casefold() in AUXILIARIES or (word_tag(m.group(1).casefold()) or "") not in (
            "VBD", "VBN"):
        return None

    def base_form(word: str) -> str:
        return stem(IRREGULAR.get(word, word))

    verb = base_form(m.group(1).casefold())
    asked = set(terms(q.text[m.end(1):]))
    for w in re.finditer(r"[A-Za-z]+", sentence):
        if base_form(w.group(0).casefold()) != verb:
            continue
        before = sentence[:w.start()]
        opens = list(_CLAUSE_OPENS.finditer(before))
        k = len(opens) - 1
        subject = before[opens[k].end() if opens else 0:].strip()
        while k >= 0 and (not subject or opens[k].group(0).strip().casefold() in _RELATIVE or any(
                (word_tag(x.casefold()) or "") in ("VBD", "VBZ", "VBP") for x in subject.split())):
            # "The storm that hit the coast on Friday damaged": the noun before the relative clause; "A storm, the
            # worst in decades, damaged": the noun before the apposition
            if opens[k].group(0).strip() == "," and k > 0 and opens[k - 1].group(0).strip() == ",":
                k -= 1
            k -= 1
            subject = before[opens[k].end() if k >= 0 else 0:opens[k + 1].start()].strip()
        words = subject.split()
        tag = word_tag(words[-1].casefold()) if words else ""
        if 0 < len(words) <= 6 and not set(terms(subject)) & asked and (tag is None or tag.startswith("NN")
                                                                         or tag == "VBG"):  # "Heavy flooding"
            return subject
    return None


#: Verbs of saying (stemmed): "What did she say/warn/tell ...?" is answered by the quote itself.
SPEECH = frozenset(terms("say said tell told warn warned claim argue argued add added announce announced "
                         "remark remarked comment commented"))


#: Words that open a clause of time, cause or condition inside a question ("... after the permit was announced").
SUBORDINATORS = frozenset("after before when while since because if until following once whether".split())


#: Prepositions before a noun of speech that make it a time ("after the announcement"), not the speech asked.
_TIME_PREPOSITIONS = frozenset("of after before since following at on until".split())


def speech_asked(q: QuestionAnalysis) -> bool:
    """Whether a question asks about speech (a verb of ``SPEECH`` in its main clause): "What did Li
    say?", "Who announced the cuts?"; not "Did Vestkyst Energi's stock rise after the permit was
    announced?", whose saying is only when the rise came."""
    for i, t in enumerate(q.tokens):
        if i > 0 and t.norm in SUBORDINATORS:
            return False
        if t.term in SPEECH and not (i > 1 and q.tokens[i - 1].norm in _DETERMINERS and t.norm.endswith("ment")
                                     and q.tokens[i - 2].norm in _TIME_PREPOSITIONS):
            return True  # not "on the day of *the announcement*", "after the statement": a noun of a time
    return False


#: Subjects of "Who is the source of ...?", a question that asks who said it.
_SOURCE = frozenset(terms("source sources"))


def asks_who_said(q: QuestionAnalysis) -> bool:
    """A who-question about speech, asking for the speaker: "Who said ...?", "Who is the
    source of ...?"; not "Whom did Petrov tell?" or "Who did she tell?" (the one told)."""
    words = [t.norm for t in q.tokens if t.norm.isalpha()]
    told = q.wh == "whom" or (len(words) > 1 and words[1] in AUXILIARIES - _COPULAS)
    return q.answer_type == "PERSON" and not told and (speech_asked(q) or q.subject in _SOURCE)


#: Words that frame a question rather than name its topic ("What is the *name* given to...",
#: "another *term* for", "*often* depends on"): they count at FRAME_WEIGHT.
FRAME_WORDS = frozenset(terms(
    "name named term called known refer referred kind type sort example another particular often usually "
    "generally typically commonly also many much main primary basic certain specific various different "
    "given use used make made"))


FRAME_WEIGHT = 0.3


#: Words of a question about a document itself, not about its topic.
ABOUT_DOC_WORDS = frozenset(terms("who wrote written write author authored byline reported reporter article piece "
                                  "story report brief news published publish posted publication date dateline "
                                  "timestamp headline title called outlet source filed datelined"))
#: What a question calls the story itself: "When was *the article* published?", "When was *it* posted?".
_STORY_NOUN = re.compile(r"\b(?:article|story|stories|piece|report|brief|news|dispatch|it|this)\b", re.I)


def metadata_fields(q: QuestionAnalysis) -> list[str]:
    """The names of the ``ABOUT_DOC`` fields a question asks for, in that order.
    A bare "published" or "posted" asks for the story's date only when the question calls
    the story so ("When was the article published?", "When was it posted?") or names
    nothing else: "Which journal published the research?" and "When was the study
    published?" ask about a publication the story reports, which its sentences answer."""
    fields = []
    for name, pattern in ABOUT_DOC:
        found = [m.group(0).lower() for m in pattern.finditer(q.text)]
        if not found:
            continue
        if name == "published" and set(found) <= {"published", "posted"} and not _STORY_NOUN.search(q.text) \
                and any(t not in ABOUT_DOC_WORDS for t in q.focus):
            continue
        fields.append(name)
    return fields


def asks_metadata(q: QuestionAnalysis) -> bool:
    """Whether the question mentions the document's own lines (its author, publication,
    headline; ``metadata_fields``), so a heading or metadata line may answer it unpenalized."""
    return bool(metadata_fields(q))


#: Units of time an ordinal counts off rather than ranks: "the *second quarter*", "its third year".
_TIME_UNITS = frozenset("quarter half week day month year season term period decade century hour minute night "
                        "weekend".split())


def asked_ranks(q: QuestionAnalysis) -> set[str]:
    """The ranks a question asks about ("Who took *third* place?"), other than "first",
    which also says "for the first time", and an ordinal of a unit of time ("in the *second*
    quarter", ``_TIME_UNITS``), which a text may give as a date or "the same period"."""
    toks = list(q.tokens)
    return {t.norm for i, t in enumerate(toks) if t.norm in RANKS - {"first"}
            and not (i + 1 < len(toks) and toks[i + 1].norm.rstrip("s") in _TIME_UNITS)}


def question_verbs(q: QuestionAnalysis) -> set[str]:
    """The terms of a question's verbs: its words tagged as verbs, and its last word after an
    auxiliary ("When will the bridge *open*?", which the lexicon tags an adjective first)."""
    verbs = {t.term for t in q.tokens if not t.stop and (word_tag(t.norm) or "").startswith("VB")}
    words = [t for t in q.tokens if t.norm.isalpha()]
    if len(words) > 3 and words[1].norm in AUXILIARIES and not words[-1].stop and words[-1].surface.islower():
        verbs.add(words[-1].term)
    elif len(words) >= 3 and words[0].norm in AUXILIARIES - _COPULAS and not words[-1].stop \
            and words[-1].surface.islower() and not (word_tag(words[-1].norm) or "").startswith(("JJ", "RB")):
        verbs.add(words[-1].term)  # "Did the talks *collapse*?"
    return verbs


#: A name asked of something: "What will the stadium be called?", "What name will the group use?", "What
#: is the airline's new name?", "What will the company be renamed?".
ASKS_NAME = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:called|named|renamed|known\s+as|rebranded\s+as|"
                       r"dubbed)\b|^\s*what\s+(?:new\s+)?name\b|\bnew\s+name\b|[’']s\s+name\s+be\b|"
                       # "What was the storm called?", "What will the new bridge be named?"
                       r"^\s*what\s+(?:is|was|are|were|will|would)\s+(?:[\w’'-]+\s+){1,5}?(?:be\s+)?"
                       r"(?:called|named|renamed|dubbed|known\s+as)\s*\??\s*$", re.I)


#: "What does PADC stand for?", "What is NTSB short for?": an acronym's expansion asked.
STANDS_FOR = re.compile(r"\b(?:does|do|did|is)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?([A-Z][A-Z&]{1,7})\s+"
                         r"(?:stand|short)\s+for\b")


_KIND_OF_NOUN = re.compile(r"\bwhat (?:[\w-]+ )?(?:type|kind|sort|form|variety|name|term)s? of (?:an? |the )?([\w-]+)",
                           re.I)


_WHAT_IS_THE = re.compile(r"^\s*what (?:is|are|was|were) (?:the|an?) (?:[\w-]+ ){0,3}?([a-z][\w-]*)\s*\?\s*$", re.I)


def asked_noun(q: QuestionAnalysis) -> str | None:
    """The stemmed noun a what-question asks for: X of "what type/kind/name of X", the head
    noun ("What *river* ..."), or the last word of "What is the ... X?"; None otherwise."""
    m = _KIND_OF_NOUN.search(q.text) or _WHAT_IS_THE.match(q.text)
    if m:
        found = terms(m.group(1))
        return found[0] if found else None
    return q.head_term


WHO_IS_THE = re.compile(r"^\s*who\s+(?:is|was|are|were|will be|has been)\s+(?:the|a|an|its|their|his|her|"
                         r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s?)\s+"
                         r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)(?:\s+(?:of|at|for|in|to|on)\b.*)?\s*\??\s*$", re.I)


_KIN = frozenset("husband wife spouse son daughter father mother brother sister nephew niece uncle aunt cousin "
                 "grandson granddaughter grandfather grandmother child heir widow widower parent".split())


#: Offices asked of a place or body that are written as titles more than as nouns before
#: a name ("Premier Li Wen", "Chancellor Anna Berg"): roles a holder question asks for.
OFFICES = frozenset("premier chancellor king queen emperor empress pope sheriff dean provost rector treasurer "
                    "commissioner superintendent councillor councilor magistrate consul sultan comptroller auditor "
                    "ombudsman registrar coroner warden curator archbishop rabbi imam".split())

ROLE_TERMS = frozenset(t for w in ROLE_NOUNS | OFFICES for t in terms(w))


def asks_holder(q: QuestionAnalysis) -> bool:
    """ "Who is the chief executive of Acme?": the name of a role's holder, which a common
    noun for people ("nurses") does not give."""
    m = WHO_IS_THE.match(q.text)
    last = [t for t in q.tokens if m and m.start(1) <= t.start < m.end(1)][-1:] if m else []
    # by the term, so that a misspelt role read right ("governer", ``spelled``) counts too
    return m is not None and (m.group(1).split()[-1].casefold() in ROLE_NOUNS | OFFICES
                              or bool(last) and last[0].term in ROLE_TERMS)


def verb_slot(q: QuestionAnalysis) -> tuple[str, str] | None:
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
    if len(toks) > 4 and toks[0].norm == "how" and toks[1].norm in ("many", "much") \
            and any(t.norm in AUXILIARIES - _COPULAS for t in toks[2:-2]) and toks[-2].norm not in _COPULAS \
            and toks[-1].surface.islower() and not toks[-1].stop and (word_tag(toks[-1].norm) or "").startswith("VB"):
        return "object", toks[-1].term  # "How many aircraft will Northwind *retire*?": "retire *nine* of them"
    if len(toks) < 2 or toks[0].norm not in ("who", "whom", "what", "which", "where"):
        return None
    if len(toks) > 3 and toks[-1].norm in _STRANDED and not toks[-2].stop and toks[-2].surface.islower():
        return "object", toks[-2].term  # "... off the coast of?": "the coast of *Africa*"
    nxt = toks[1]
    if nxt.norm in _COPULAS and len(toks) > 2 and toks[2].norm in _STATES_OF_MIND and (
            len(toks) == 3 or toks[3].norm in ("that", "about", "over", "at", "with", "for", "of")):
        return "subject", toks[2].term  # "Who is worried that ...?": "de Groot said he ... worried that ..."
    if nxt.norm in _COPULAS and len(toks) > 2 and _participle(toks[2]):
        return "object", toks[2].term  # "Who was arrested ...?": "Police arrested *a man named Tom Reed*";
        # "Who was pleased by the results?": "the results had pleased *investors*"
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
        # "Who did Novak *beat* in the final?": the verb before a closing prepositional phrase
        prep = next((i for i in range(len(toks) - 2, 3, -1) if toks[i].norm in _STRANDED), None)
        if prep is not None and toks[prep - 1].surface.islower() and not toks[prep - 1].stop \
                and (word_tag(toks[prep - 1].norm) or "").startswith("VB") and not toks[-1].surface[:1].isupper():
            last = toks[prep - 1]
        if nxt.norm in _COPULAS or last.stop or len(toks) < 4 or last.surface[:1].isupper():
            return None
        return "object", last.term
    if toks[0].norm == "who" and not nxt.stop and nxt.surface[:1].islower():
        return "subject", nxt.term
    return None


_COPULAS = frozenset("is are was were be been".split())


#: Participles of a state of mind: after a copula and before "that", "about", ... an adjective whose
#: subject holds the state ("Who is *worried* that ...?": "de Groot said he ... worried that ..."), not a
#: passive ("Who was pleased by the results?", "Who was encouraged to run?").
_STATES_OF_MIND = frozenset("worried concerned pleased delighted disappointed satisfied dissatisfied frustrated "
                            "convinced relieved alarmed surprised troubled shocked upset dismayed encouraged excited "
                            "scared frightened".split())


def _participle(t: Token) -> bool:
    """A past participle after a copula, so a passive: "was *arrested*", "were *sent*"."""
    return t.surface.islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR) and len(t.norm) > 3


#: Prepositions a question can end on, its answer being their object ("the coast *of*?").
_STRANDED = frozenset("of with to for from in on at by about".split())


def wants_list(q: QuestionAnalysis) -> bool:
    """A question whose answer may be several things: a plural head noun ("Which countries")
    or a count ("What two fields"); not "how many" (one count: "20 engines", not "120
    firefighters and 20 engines")."""
    if q.wh == "how many":
        return False
    plural = bool(q.head and q.head.endswith("s") and not q.head.endswith("ss"))
    counted = bool(re.search(r"\b(?:two|three|four|five|both|several)\b", q.text, re.I))
    # "Where will the public meetings be held?": several meetings may be in several places
    places = q.wh == "where" and any(t.term == q.subject and word_tag(t.norm) == "NNS" for t in q.tokens)
    return plural or counted or places


def held_role(q: QuestionAnalysis) -> str | None:
    """The role term a "Who is the <role> ...?" question asks the holder of ("the county's
    new *treasurer*", "Acme's chief executive officer": ceo), kinship aside; or None."""
    holder = WHO_IS_THE.match(q.text) if asks_holder(q) else None
    if holder is None or holder.group(1).split()[-1].split("-")[-1].casefold() in _KIN:
        return None
    inside = [t for t in q.tokens if holder.start(1) <= t.start < holder.end(1) and not t.stop]
    return inside[-1].term if inside else None


def main_verb(q: QuestionAnalysis) -> Token | None:
    """The main verb of a question after its auxiliary ("Did the agency *fine* the authority?", "Has
    Acme been *fined*?", "When did Corvant first *detect* it?"), a Token of ``q.tokens``: the first
    content word after the auxiliary that is tagged a verb and not followed by one ("the Beijing
    talks *produce*"), or that a determiner ("*fine* the authority") or "to" and a verb ("*plan* to
    alter") follows, outside a relative clause ("the whales *that swam* back"); None when there
    is none ("Is Kovac the youngest?"). After a verb that says its complement happened, the
    complement ("*managed* to *reduce*"); "go up"/"go down" as "rise"/"fall"."""
    toks = q.tokens
    relative = False
    for i, t in enumerate(toks[1:], start=1):
        if t.norm in SUBORDINATORS and not relative:
            return None  # "Did the church have cameras *when* the painting was taken?": "taken" is not asked
        if t.norm in ("that", "who", "which"):
            relative = True  # "Did the two whales *that swam back* survive?": the clause's verb is not the main one
        if t.stop or not t.surface[:1].islower() or word_tag(t.norm) == "RB" or toks[i - 1].norm in _DETERMINERS:
            continue  # "the two *whales*": a noun after a determiner
        if t.norm == "going" and i + 1 < len(toks) and toks[i + 1].norm == "to":
            continue  # "Is the dealer going to *challenge* ...?": "going to" only marks the future
        if q.text[t.end:t.end + 1] == "-":
            continue  # "attend *follow*-up", "a *check*-in": the first part of a compound is no verb
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        verb_next = nxt is not None and not nxt.stop and (word_tag(nxt.norm) or "").startswith("VB") \
            and q.text[nxt.end:nxt.end + 1] != "-"
        to_verb = nxt is not None and nxt.norm == "to" and i + 2 < len(toks) and not toks[i + 2].stop and (
            word_tag(toks[i + 2].norm) or "").startswith("VB")  # "*plan* to alter"; not "the person to have won"
        if to_verb and t.norm in _IMPLICATIVE:
            continue  # "Has the city *managed* to reduce ...?": the verb after "to" is what is asked
        if t.norm in _GO and nxt is not None and nxt.norm in _GO_WHERE:  # "Did shares *go up*?": did they rise
            word = _GO_WHERE[nxt.norm]
            return Token(f"{t.surface} {nxt.surface}", t.start, nxt.end, word, terms(word)[0], False)
        tag = word_tag(t.norm) or ""
        if not tag.startswith("VB") and t.norm != t.surface.casefold() \
                and (word_tag(t.surface.casefold()) or "").startswith("VB"):
            tag = word_tag(t.surface.casefold()) or ""  # "injured", read as "injury", is still a verb as written
        if tag == "VB" and toks[0].norm in _COPULAS and not to_verb and nxt is not None and not nxt.stop \
                and (word_tag(nxt.norm) or "").startswith("NN"):
            continue  # "Is *tap* water safe to drink?": after "is", a base form before a noun is a noun
        if tag in ("VBN", "VBD") and toks[0].norm in _COPULAS and not to_verb and nxt is not None \
                and not nxt.stop and _noun(nxt.norm) \
                and any((word_tag(x.norm) or "") in ("VBN", "VBD") for x in toks[i + 2:] if not x.stop):
            continue  # "Were privately *owned* scooters affected?": a participle before a noun qualifies it
        if tag.startswith("VB") and not verb_next or to_verb \
                or nxt is not None and nxt.norm in _OBJECT_START and not tag.startswith(("IN", "RB", "RP")):
            if relative:
                relative = False
                continue
            return t
    if toks and toks[0].norm in ("did", "does", "do", "will", "would", "can", "could", "should", "must", "shall"):
        # a verb the tagger reads as a noun, after its subject ("Will Acme *appeal*?"):
        for i, t in enumerate(toks[2:6], start=2):  # "Did the judge *order* refunds?", "Did Fillmore *vote* for it?"
            nxt_tag = word_tag(toks[i + 1].norm) or "" if i + 1 < len(toks) else ""
            if t.stop or not t.surface.isalpha() or not t.surface[:1].islower() or toks[i - 1].norm in _DETERMINERS \
                    or toks[i - 1].stop \
                    and not toks[i - 1].surface[:1].isupper() or nxt_tag == "NN" or nxt_tag.startswith("VB"):
                continue  # not "Did Sentosa's *share* price rise?": a noun before a noun or a verb modifies it
            if word_tag(t.norm) == "NN" and any((word_tag(t.norm + e) or "") in ("VBD", "VBN") for e in ("ed", "d")):
                return t
    return None


def _noun(word: str) -> bool:
    """Whether a lower-case word is tagged a noun, or is the plural of one ("scooters")."""
    tag = word_tag(word) or (word_tag(word[:-1]) if word.endswith("s") else None) or ""
    return tag.startswith("NN")


_OBJECT_START = DETERMINERS
#: Words before "to" whose complement is the deed asked: verbs that say it happened ("*managed to* cut" says it
#: was cut; not "planned to cut") and "able" ("Is the Senate *able to* stop it?" asks whether it can stop it).
_IMPLICATIVE = frozenset("manage manages managed bother bothers bothered happen happens happened able unable".split())
#: "go up" is a rise and "go down" a fall.
_GO = frozenset("go goes went gone".split())
_GO_WHERE = {"up": "rise", "down": "fall"}
#: Words after which a noun comes: "the two *whales*", "any *hikers*".
_DETERMINERS = _OBJECT_START - {"that"} | frozenset(
    "two three four five six seven eight nine ten any all some both each".split())


#: A clause of what a deed brought about, after it: "prices doubled after a drought, *making* stocks a target".
_RESULT_CLAUSE = re.compile(r",\s+(?:making|leaving|forcing|prompting|causing|rendering|meaning)\b",
                            re.I)  # not "driving home"


def result_asked(q: QuestionAnalysis, text: str) -> re.Match[str] | None:
    """The result clause of a sentence ("..., making stocks a target for organized gangs") when it
    holds at least half the question's focus words and more than the clause before it: the why
    asked is then the clause before it ("Why have olive oil stocks become a target for gangs?":
    "Olive oil prices in Spain more than doubled ..."). None otherwise."""
    found = _RESULT_CLAUSE.search(text)
    if found is None or not q.focus:
        return None
    after, before = set(terms(text[found.end():])), set(terms(text[:found.start()]))
    asked = set(q.focus)
    return found if len(asked & after) * 2 >= len(asked) and len(asked & after) > len(asked & before) else None
