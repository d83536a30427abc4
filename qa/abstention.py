"""Abstention: why the best sentence does not answer the question, if it does not.

The checks (``abstain_reason``), each with a kind and a one-line reason:

* ``no_overlap``: no candidate shares a focus term;
* ``subject``: the question's subject noun ("the governor") appears nowhere; or
  the text never writes the adjective before it ("a *scientific* device"; a
  superlative counts by its base, "lowest" by "low") and the best sentence gives
  the subject another one ("a theoretical device"); or the topic of what someone
  said ("say about the storm") is not near the best sentence;
* ``name``: a name the question mentions is not near the best sentence (its
  paragraph, the sentence before it, its pronoun's referent, a surname's full
  name, "the company" for the story's first-named company, an acronym of a common
  noun the story writes, "the IPO"; a name one letter off counts as a typo), or a
  figure or date is asked of a person the corpus names and the best sentence itself
  does not name them, or of an organization the best sentence does not name while
  its subject is another, or the thing a price is asked of ("How much does a ferry
  ticket cost?", "How much did it cost to replace the valve?") is not in the best
  sentence; a lead's "a bridge" stands for a name the story gives within the next
  three sentences;
* ``number``: a number the question mentions is not near it, a year asked
  ("in 2019", "the 1998 vote") is given only as a boundary ("since 2019"), a date answers "when"
  only as the end of a comparison ("the first delegation since 2019"), a time
  relative to the story ("last year", "two years ago") is not said near it ("this
  year" need not be, for a figure set against last year's), "N years ago" is asked
  of a figure the best sentence gives as today's ("currently use"), or a
  rank asked ("third place"; not "first") is not said in the best sentence itself
  (a runner-up among the next two that says it answers instead);
* ``contrast``: the question asks the opposite of what the best sentence says
  (``qa.contrast``: a negation, an antonym, another argument, role, count, kind of
  company figure or country), or it asks the role of X ("the president of South
  Korea") and the best sentence gives the role without X beside it;
* ``speaker``: it asks what a named person said and the best sentence does not
  report that person saying it (``Facts.speakers``), what an organization or anyone
  said and the best sentence reports no speech (nor a finding or a concern raised),
  or what a role said ("the coach") and the best sentence reports someone not
  holding it;
* ``type``: the question wants a typed answer (a date, a number, a person...)
  and the best sentence holds none that the question does not already name or
  exclude ("Apart from X, ..."); it asks who holds a role ("Who is the chief
  executive of X?") and the role is not said near the best sentence; it asks
  who said something and the best sentence reports no one saying anything; it
  asks who holds an office ("Who chairs/runs/coaches/owns/founded X?") and the best
  sentence (or the one naming its pronoun's person) has neither the verb nor a word
  for the office's holder ("chairman", "chief executive", "owner"); it asks what
  caused something and the best sentence tells of no cause; it asks why and neither the
  best sentence nor the next gives a reason (a cause, a purpose, someone's words); it asks when a one-time
  event happened ("When was X founded?", "When did X become ...?") and the best
  sentence has no word for the event; it asks a name of a kind of person or place
  and the best sentence names none of that kind, or only an unfilled office ("a
  special monitor"); it asks "how much" a thing changed and the best sentence tells
  of no change; it asks a yes/no question whose main verb (``qa.asked.main_verb``)
  the best sentence does not write, or that the best sentence leaves open ("has not
  said whether"); it asks who holds a role and the best sentence's person only acts
  on its holder ("would ask the health minister"); or the sentence names a name the
  question asks about only in another clause than its figure or date ("a
  71-year-old man was found ..., and a woman was swept away in Barcelos"), or only
  in an aside about part of what the figure counts ("150 volunteers, some from
  Glasgow"); it asks how a plan will be done ("How will X be equipped?") and neither the best sentence
  nor the next tells a means, manner or words (by, through, with, as, a quote ...);
  it asks a cause by its noun ("What was the source of X?", "What made X fail?")
  and the best sentence tells none; it asks what charge or penalty someone faces and
  the best sentence tells none; or a noun the question asks for is one the
  text says it does not name ("declined to name the managers", "Their names were not
  released").

When the best sentence fails a check, another candidate may answer in its place: see
``qa.runner_up`` (a close runner-up with the name or number, ``fallback``, ``role_holder``).
"""

from __future__ import annotations

import re

from qa.amounts import (
    ASKS_START,
    PART_EVENTS,
    SMALL_NUMBER,
    VALUE_TYPES,
    amount_noun,
    bounds_comparison,
    counted_thing,
    earlier_value,
)
from qa.analyzer import (
    AUXILIARIES,
    CAPITAL,
    CAPITALS,
    DEMONYMS,
    DETERMINERS,
    IRREGULAR,
    STOP_WORDS,
    Token,
    demonym_of,
    same_place,
    stem,
    synonyms,
    terms,
    tokenize,
)
from qa.asked import (
    ASKS_CAUSE,
    ASKS_NAME,
    FRAME_WORDS,
    ROLE_TERMS,
    SPEECH,
    STANDS_FOR,
    asked_ranks,
    asks_who_said,
    caused_by,
    held_role,
    main_verb,
    question_verbs,
    result_asked,
    speech_asked,
    verb_slot,
)
from qa.chunks import coordinations, word_tag
from qa.clauses import ROMAN, clause, joins_clauses
from qa.contrast import ANTONYMS, contradicts
from qa.corpus import Corpus
from qa.entities import COUNTRIES, GROUPS, NAME_TYPES, ORG_WORDS, TITLES, Span, find_spans, spells
from qa.facts import BUSINESS_NOUNS, ORG_NOUNS, REPORTS_SPEECH, Facts, is_person
from qa.question import CHANGE_VERBS, QuestionAnalysis, name_of_noun, person_noun, proper_name_asked
from qa.scorer import BE_FORMS, CALENDAR, COMPATIBLE, GIVES_CAUSE, Candidate, defines, last_part, one_edit
from qa.short_answer import ACCORDING_TO, alternatives
from qa.types import Sentence
from qa.verdict import (
    CHANGES,
    GONE,
    MANY_SENSES,
    OPPOSITE_VERBS,
    PAST_OF_CHANGE,
    WENT,
    no_change,
    nouns_verbs,
    object_words,
)

ABSTAIN_TEXT = "The brief does not say."


def _spelt_out(acronym: str, text: str) -> bool:
    """Whether ``text`` writes in full the words an acronym of two to six capitals stands
    for, by their initials ("MVP": "most valuable player"; ``qa.entities.spells``)."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    n = len(acronym)
    return any(spells(" ".join(words[i:i + k]), acronym) for k in range(n, n + 3) for i in range(len(words) - k + 1)
               if words[i][0].upper() == acronym[0])


def misspelt(word: str, present: set[str]) -> bool:
    """A long word of a name one letter away from a word present ("hatmanis" for "hartmanis")."""
    return len(word) >= 6 and any(one_edit(word, x) for x in present if len(x) >= 5)


def _demonym_said(name: str, words: set[str]) -> bool:
    """Whether ``words`` (lower-case words of a text) hold the people's adjective of the place
    ``name`` ("Faroese" of "the Faroe Islands", "Kenyan" of "Kenya"): a place by its spans, its
    first word made a demonym (``qa.analyzer.demonym_of``), any other word a kind of place."""
    toks = [t for t in tokenize(name) if not t.stop]
    return bool(toks) and any(sp.type == "LOCATION" for sp in find_spans(name)) \
        and {t.term for t in toks[1:]} <= _PLACE_KINDS and any(demonym_of(w, toks[0].norm) for w in words)


def _named_before(corpus: Corpus, s: Sentence, name_terms: list[str]) -> bool:
    """True when an earlier sentence of the document holds all of ``name_terms``."""
    return any(set(name_terms) <= set(corpus.sentence_terms[(x.doc, x.index)])
               for x in corpus.sentences[s.doc][:s.index])


def _named_next(story: str, name: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` speaks of "a/the <kind>" (singular), the kind being the last word of
    ``name`` ("A bridge that carries 31,000 vehicles a day" for "the Caerleon Road Bridge"), before
    the story names anything of that kind, and the first such name is ``name``: news leads
    often name the story's subject only in a later sentence."""
    head = name.split()[-1]
    if not head[:1].isupper() or not re.search(rf"\b(?:a|an|the) {re.escape(head.casefold())}\b(?![’'-])",
                                               sentence.text, re.I):
        return False
    first = re.search(rf"((?:[A-Z][\w’'-]*\s+){{1,4}}){re.escape(head)}\b", story)
    soon = re.search(r"(?:[^.!?]*[.!?]){1,3}", story[sentence.end:])  # the story goes on about it: the next
    return first is not None and sentence.end <= first.start() <= sentence.end + (soon.end() if soon else 0) \
        and name.casefold().endswith(re.sub(r"^the\s+", "", first.group(0), flags=re.I).casefold())  # sentences


#: Acronyms of common nouns: no one's name, though written in capitals ("the IPO", "GDP").
COMMON_ACRONYMS = frozenset("IPO GDP CPI AI EV IT ATM ETF VAT DNA RNA HIV AIDS LNG GPS TV PC SUV MRI ICU CEO CFO COO "
                            "CTO PR HR NFT PPE".split())


#: "What is the least a supporter can put in?": a degree, no subject ("a minimum investment of £100").
_EXTREMES = frozenset(terms("least most fewest minimum maximum"))
#: Words for the part of a group not yet told of, which news writes as "the other N" ("When will the
#: *rest* leave?": "The other 24 will leave Germany on October 9").
_REMAINDER = frozenset(terms("rest remainder"))
#: Words for any office holder, which the text writes as the office itself ("Who is the utility *executive*
#: in charge of operations?": "Denise Whitlock, the utility's vice president of operations"), and for any
#: person of learning, whom news names by a field ("Who is the *scientist* who analysed the survey?": "Dr.
#: Anika Rowe, an entomologist").
_ANY_OFFICER = frozenset(terms("executive official scientist researcher expert specialist"))
#: A question's subject that the text may give only by name ("the woman who ...").
_PLAIN_PEOPLE = frozenset(terms("man woman men women person people boy girl child children"))


#: "Who will serve as the special monitor (appointed at X)?", "... as Northwind's liaison officer?": the
#: office, whose holder is asked.
_SERVE_AS = re.compile(r"^\s*who\s+(?:will|would|is to|is going to|could)?\s*(?:serve|serves|act|acts)\s+as\s+"
                       r"(?:(?:the\s+)?[\w-]+(?:’s|'s)|the|its|their)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)


#: "Who was the priest who blessed the mural?": a person asked by a noun and what they did (group 1: the noun).
_WHO_IS_THE = re.compile(r"^\s*who\s+(?:is|was|are|were)\s+the\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                         r"(?:who|that|whom)\b", re.I)


def _unnamed(q: QuestionAnalysis, sentence: str) -> re.Match[str] | None:
    """The sentence's indefinite mention of the thing a which/what question asks to name
    ("Which *agency* ...?": "through *an outside agency*"; "an unnamed buyer"; "What is the
    name of the new *gallery*?": "in *a new gallery*"), or of the
    office whose holder "Who will serve as the X?" or "Who was the X who ...?" asks ("to appoint
    *a special monitor*", "a blessing by *a local priest*"): news writes "a/an" when it does not
    give the name; and for a plural asked by a what/which question that no name answers, a
    count of it ("Which five pathogens ...?": "tests for *five different pathogens*"). None for
    other questions or mentions."""
    served = _SERVE_AS.match(q.text) or _WHO_IS_THE.match(q.text)  # "Who will serve as the special monitor
    words = served.group(1).split() if served else []  # (appointed ...)?": the monitor; "Who was the priest who"
    words = words[:next((i for i, w in enumerate(words) if i and w.endswith("ed")), len(words))]
    named = name_of_noun(q.text)  # "What is the name of the new gallery ...?": "in a new gallery"
    asked = words[-1] if words else named or q.head
    if asked and not served and not named and q.wh in ("what", "which") \
            and q.answer_type not in ("PERSON", "ORGANIZATION", "LOCATION", "NUMBER") and asked.endswith("s"):
        # "Which five pathogens ...?": "tests for *five different pathogens*", counted, not named
        head = re.escape(asked.rstrip("s"))
        return re.search(rf"\b(?:{_COUNTED})\s+(?:[a-z][\w-]*\s+){{0,2}}({head}(?:s|es))\b"
                         rf"(?!\s*(?:(?:of|named|called|known\s+as|dubbed|including|such\s+as|like)\b|[:—(]))",
                         sentence, re.I)
    if not served and not named and (q.wh not in ("what", "which")
                                     or q.answer_type not in ("PERSON", "ORGANIZATION", "LOCATION", "DESCRIPTION")) \
            or not asked or q.answer_type == "DESCRIPTION" and not (word_tag(asked) or "").startswith("NN"):
        return None  # ("What drug ...?": "with one drug"; not "What tore the hole ...?", a verb read as its head)
    head = re.escape(asked.rstrip("s"))
    found = re.search(rf"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )"
                      rf"\b(?:an?|another|one|a single)\s+(?:[a-z][\w-]*\s+){{0,2}}({head}(?:s|es)?)\b"
                      rf"(?!\s+(?:of|named|called|known\s+as|dubbed))(?!\s*,\s*(?:the\s+)?[A-Z])", sentence)
    # (not "won one prize, the Booker,": named in apposition; not "It is a theoretical device that ...": what its
    # subject is)
    for verb in sorted(question_verbs(q)) if found is None and q.answer_type in ("PERSON", "ORGANIZATION") else []:
        # "Which company supplied the hinge?": "a hinge made by *an outside supplier*", the doer's noun
        found = found or re.search(rf"\b(?:an?|another)\s+(?:[a-z][\w-]*\s+){{0,2}}({re.escape(verb)}[a-z]*(?:er|or))\b"
                                   rf"(?!\s*,?\s+(?:named|called|[A-Z]))", sentence)
    return found


#: Words that count a plural without naming its members ("*five* pathogens", "*several* events").
_COUNTED = r"\d+|" + SMALL_NUMBER + r"|several|various|numerous|many|some|a\s+few|a\s+number\s+of"


#: An irregular verb's past form by its base ("build": "built"), from the analyzer's table.
_PAST_OF = {base: past for past, base in reversed(IRREGULAR.items())}


def _agent_verb(word: str, corpus: Corpus) -> bool:
    """Whether an agent noun's verb (as asked: "painter") is in the corpus: "painter" for "was
    painted by", "writer" for "wrote" (the noun less "-er"/"-r", a verb the tagger's lexicon
    knows in the past: not "factor", "fact"; not "corner", "corn")."""
    word = word.casefold()
    if len(word) < 6 or not word.endswith("er"):
        return False
    for verb in (word[:-2], word[:-1]):
        past = _PAST_OF.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")
        if word_tag(past) in ("VBD", "VBN") and (corpus.has_term(stem(verb)) or corpus.has_term(stem(past))):
            return True
    return False


def _subject_to_find(q: QuestionAnalysis) -> str | None:
    """The stemmed noun the text must mention for the question to be about it: the
    question's subject ("When will *the governor* visit?"), or for "Who is X's <role>?"
    the role; None when the text need not write it: a frame word, a plain word for a
    person ("the woman who ..."), a degree ("the *least* a supporter can put in"), a word
    for any office holder ("the utility *executive*"), a qualifier of the asked thing (one
    of the three words before it: "the *final* tally", "the *suggested* retail price"), a
    value asked for ("the *age* of X"), or a kinship ("Margaret's *husband*": "married")."""
    subject = q.subject if q.subject not in FRAME_WORDS | _PLAIN_PEOPLE | _EXTREMES | _ANY_OFFICER | _REMAINDER \
        and not asks_who_said(q) else None
    qualifier = re.search(rf"\b((?:\w+\s+){{1,3}}){re.escape(q.head)}\b", q.text, re.I) if subject and q.head else None
    if qualifier and subject in terms(qualifier.group(1)):
        # "What was the *final* tally ...?", "the *suggested* retail price": it qualifies the asked thing
        return None
    if subject and q.head and terms(q.head) == [subject] and q.answer_type in VALUE_TYPES | {"DATE", "DURATION"}:
        return None  # "What is the age of X?": the text gives the value ("X, 19,"), not the word
    outcome = _OUTCOME_OF.search(q.text)
    if subject and outcome and subject in terms(outcome.group(0)):
        return None  # "What was the result of the vote?": the text tells it ("voted 9 to 4"), not the word
    # "Who is the Herons' general *manager*?": the role ("chief executive officer": ceo)
    role = held_role(q)
    return subject if subject is not None else role if role not in _ANY_OFFICER else None


#: "the result of", "the outcome of": what a text tells without the word.
_OUTCOME_OF = re.compile(r"\b(?:result|outcome)s?\s+of\b", re.I)


def _as_asked(q: QuestionAnalysis, term: str) -> str:
    """The question's word (or phrase: "chief executive officer") for a stemmed term, for a
    message ("presid" → "president"); the term itself when no word has it."""
    return next((t.surface for t in q.tokens if t.term == term), term)


def _adjective_to_find(q: QuestionAnalysis) -> tuple[str, list[str]] | None:
    """The adjective right before the question's subject ("What is the *oldest* work ...?"),
    which the text must write too for the question to be about what it says, with the
    stemmed terms that count as it: itself and, for a superlative or comparative, its base
    ("lowest": "low", "biggest": "big", "largest": "large"); None when there is none."""
    toks = [t for t in q.tokens if t.norm.isalpha()]
    at = next((i for i, t in enumerate(toks) if q.subject and t.term == q.subject and i > 1), None)
    if at is None:
        return None
    adj = toks[at - 1]
    if word_tag(adj.norm) not in ("JJ", "JJS", "JJR") or adj.term in FRAME_WORDS or adj.surface[:1].isupper():
        return None
    if q.head_term == q.subject and q.answer_type in VALUE_TYPES | {"DATE", "DURATION"}:
        return None  # "What was the *final* tally ...?": it qualifies the value asked; the text need not say it
    bases = [adj.norm]
    for end in ("est", "er"):
        if adj.norm.endswith(end) and word_tag(adj.norm) in ("JJS", "JJR"):
            root = adj.norm[:-len(end)]
            bases += [root, root + "e", root[:-1]] + ([root[:-1] + "y"] if root.endswith("i") else [])
    return adj.surface, [stem(b) for b in bases if len(b) > 1]


def _other_quality(q: QuestionAnalysis, adjective: tuple[str, list[str]], toks: list[Token]) -> str | None:
    """The phrase of the best sentence (tokens ``toks``) that gives the question's subject
    another adjective than the one asked ("a *theoretical* device" for "a scientific
    device"), or None: an adjective the text never writes is no reason to abstain by
    itself ("the public hearing" for "a hearing last week"), but a subject the best
    sentence qualifies otherwise is another thing."""
    for i, t in enumerate(toks[1:], 1):
        before = toks[i - 1]
        if t.term == q.subject and word_tag(before.norm) in ("JJ", "JJS", "JJR") \
                and before.term not in adjective[1] and before.surface[:1].islower():
            return f"{before.surface} {t.surface}"
    return None


#: "What did <anyone> say/tell ...?": words someone said, which the best sentence must report.
_WHAT_SAID = re.compile(r"\s*what\s+(?:did|does|do|has|have|will|would)\b.*\b(?:say|tell)\b", re.I)
#: Verbs that tell of something said without quoting it ("The delegation *raised* other issues", "the
#: study *found*"); "raised" only of a matter, not of money ("The charity raised $4 million").
_RAISED = re.compile(r"\b(?:(?:raised|raises)\s+(?:\w+\s+){0,2}?(?:concerns?|questions?|issues?|doubts?|objections?|"
                     r"the\s+(?:issue|matter|question|prospect))|stressed|emphasi[sz]ed|called for|calls for|pressed|"
                     r"highlighted|voiced|expressed|demanded|pledged|promised|vowed|proposed|found|finds|concluded|"
                     r"concludes|showed|shows|recommended|recommends|estimated|estimates)\b", re.I)
#: "What did the Federal Trade Commission say ...?": a name as the subject of a verb of saying.
_NAME_SAYS = re.compile(r"\s*(?i:what\s+(?:did|does|do|has|have|will|would)\s+(?:the\s+)?)"
                        r"([A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|(?:(?:van|von|de|der|den|del|da|di|du|la|le)\s+){1,2})?"
                        r"[A-Z][\w&.’'-]*)*)\s+"  # "Pieter van Loon", "Ana de la Cruz"
                        r"(?i:say|said|tell|told|state|stated|claim|claimed|warn|warned)\b")  # not "announce": a deed


#: "say about the storm": the topic a question asks someone's words on.
_SAID_ABOUT = re.compile(r"\b(?:say|said|says|think|thinks|thought|feel|feels|felt|write|wrote|written)\b.*?"
                         r"\babout\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?([^?]+)", re.I)


def _figure_owner_missing(q: QuestionAnalysis, best: Candidate, corpus: Corpus, facts: Facts) -> str | None:
    """For a figure or date asked about a named person, that person's name when the best
    sentence itself does not name them (in full, by surname with the full name near, or by
    a leading pronoun): a figure is said of the person the sentence names. For another
    name (an organization, a group), that name when the sentence does not write it (nor
    imply it: "the company", an acronym, a name one letter off) and its subject, before its
    first verb, names someone or something else ("Goldcrest Mining Corp. reported revenue
    of $2.1 billion" for Halden Foods' revenue); not when that verb reports speech ("Pryce
    said the museum had spent ...") or a pronoun is the subject. None otherwise."""
    if q.answer_type not in VALUE_TYPES | {"DATE", "DURATION"}:
        return None
    b = best.sentence
    said = set(corpus.sentence_terms[(b.doc, b.index)]) | facts.referent_terms(b) | facts.full_name_terms(b)
    implied = said | facts.implied_terms(b)
    words = {t.norm for t in facts.tokens(b)}  # "Hatmanis" for "Hartmanis": a name one letter off
    toks = facts.tokens(b)
    verb = next((t for t in toks if word_tag(t.norm) in _FINITE), None)
    first_verb = verb.start if verb is not None else len(b.text)
    # the names before the sentence's first verb: who or what its figure is said of (not a speaker's:
    # "Pryce said the museum had ...")
    subjects = [sp for sp in facts.spans(b) if sp.type in ("ORGANIZATION", "ENTITY", "PERSON", "LOCATION")
                and sp.start < first_verb] if verb is None or verb.term not in SPEECH else []
    if verb is not None and any(t.norm in _SUBJECT_PRONOUNS for t in toks if t.end <= first_verb):
        subjects = []  # "After allying himself with Croatia, *he* led an army of 30,000 men": he is who
    opening = re.match(r"\s*[Tt]he ([a-z]+)\b", b.text)  # "The rocket, operated by Rocket Lab, left ..."
    for name in q.entities:
        if name.casefold() in DEMONYMS:
            continue  # "approved by Chinese customs": a people's adjective, no one a figure is said of
        kinds = {sp.type for sp in find_spans(name)}
        person = kinds == {"PERSON"} and " " in name or facts.full_name(b.doc, name) is not None
        if person and not set(terms(name)) <= said:
            return name
        if opening and re.search(rf"\b{re.escape(name)}\s+{opening.group(1)}\b", q.text, re.I):
            continue  # "the Electron rocket": the sentence's subject is the thing asked, by its kind
        if _lead_of_headline(name, b, corpus):
            continue  # a lead calls the headline's subject by its kind: "Slovenia's most visited show cave will
            # stay closed", under "Floodwater Closes Slovenia's Postojna Cave ..."
        wanted = set(terms(name))
        common = name.isupper() and name not in facts.acronyms(b.doc)  # "the IPO": no name of anyone
        own = [t for t in tokenize(name) if not t.stop]
        by_first = bool(own) and any(t.term == own[0].term and t.surface[:1].isupper() for t in toks)
        if not person and wanted and subjects and not common and not by_first and not kinds & {"LOCATION", "DATE"} \
                and not wanted <= facts.dateline_terms(b.doc) \
                and not all(t.term in implied or synonyms(t.term) & implied or misspelt(t.norm, words) for t in own):
            return name  # "How much revenue did St. Anne's report?": not "Riverside ... reported $2.1 billion"
    return None


#: Adjectives that tell of another one of a kind ("the rival vaccine").
_OTHER_ONE = frozenset("rival other competing alternative different second previous earlier existing".split())


def _lead_of_headline(name: str, b: Sentence, corpus: Corpus) -> bool:
    """Whether ``b`` is its story's first body sentence (the lead), the story's headline writes
    ``name`` and the lead's opening words (its subject: the first eight, up to a comma) hold the
    last word of that name in lower case: news leads call the headline's subject by its kind
    ("Floodwater Closes Slovenia's Postojna Cave ..." over "Slovenia's most visited show cave
    will stay closed ...")."""
    sentences = corpus.sentences[b.doc]
    lead = next((x for x in sentences if x.kind == "sentence"), None)
    heading = next((x for x in sentences if x.kind == "heading"), None)
    kind = name.split()[-1].casefold() if " " in name else ""
    return lead is b and heading is not None and kind.isalpha() and name.casefold() in heading.text.casefold() \
        and kind in " ".join(b.text.split(",")[0].split()[:8]).split()


#: Pronouns that may be a sentence's subject: the figure is then of whom they stand for.
_SUBJECT_PRONOUNS = frozenset("he she it they we i".split())
#: Finite verbs and modals in the tagger's lexicon: the first one ends a sentence's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def _place_possessive(toks: list[Token], i: int) -> bool:
    """Whether tokens i, i+1 are "the <place noun>'s" ("the country’s culture minister"): a place
    named before it."""
    return i + 1 < len(toks) and toks[i].norm == "the" and toks[i + 1].norm in _PLACE_NOUNS \
        and toks[i + 1].surface.endswith(("’s", "'s"))


def _last_place_before(toks: list[Token], spans: list[Span], i: int) -> set[str]:
    """The terms of the last place a sentence names before token i: the words of its last
    LOCATION span or of a country in a name ("the National Museum of Sri Lanka"); empty when
    it names none."""
    places = [sp for sp in spans if sp.end <= toks[i].start and sp.type == "LOCATION"]
    places += [Span(sp.start + m.start(), sp.start + m.end(), m.group(0), "LOCATION") for sp in spans
               if sp.end <= toks[i].start and sp.type != "LOCATION"
               for m in re.finditer(r"(?:[A-Z][\w’'-]*\s*)+$", sp.text) if m.group(0).strip() in COUNTRIES]
    last = max(places, key=lambda sp: sp.end, default=None)
    return set(terms(last.text)) if last is not None else set()


def _place_subject(text: str, toks: list[Token], i: int) -> bool:
    """Whether tokens i, i+1 are "the <place noun>" opening a clause, as its subject ("The state has
    lost ...", "..., and the country has ..."), not a possessive ("the country's largest user") or
    after a preposition ("across the state")."""
    if toks[i].norm != "the" or toks[i + 1].norm not in _PLACE_NOUNS or _place_possessive(toks, i):
        return False
    before = text[:toks[i].start].rstrip()
    return not before or before.endswith((",", ";", ":")) or re.search(r"\b(?:and|but|while|as|where)$", before) \
        is not None


def _named_in_another_clause(q: QuestionAnalysis, best: Candidate, facts: Facts) -> str | None:
    """A name of the question (not a date) that the best sentence writes only outside the
    clause of its answering figure or date (``clause``), and not in the sentence's subject
    (before its first finite verb), which every clause shares ("Vela Capital sold part of
    its holding and will keep about 18%"); None if there is none or the answer is no figure."""
    span = best.span
    if span is None or span.type not in VALUE_TYPES | {"DATE"}:
        return None
    toks = facts.tokens(best.sentence)
    idx = [i for i, t in enumerate(toks) if span.start <= t.start < span.end]
    if not idx:
        return None
    lo, hi = clause(toks, best.sentence.text, idx, joins_clauses)
    first_verb = next((i for i, t in enumerate(toks) if word_tag(t.norm) in _FINITE), len(toks))
    for name in q.entities:
        if any(sp.type == "DATE" for sp in find_spans(name)):
            continue  # "by Wednesday": a time may be said anywhere in the sentence
        wanted = {t.term for t in tokenize(name) if not t.stop}
        at = [i for i, t in enumerate(toks) if t.term in wanted]
        # "... Halvorsen Shipping violated the act ..., and ordered *the company* to pay 14.2 million
        # dollars": the name, written before the figure's clause, stands in it as "the company"
        described = any(toks[i].norm == "the" and toks[i + 1].norm in ORG_NOUNS for i in range(lo, hi - 1))
        if any(_place_subject(best.sentence.text, toks, i) for i in range(lo, hi - 1)) and any(
                sp.type == "LOCATION" for sp in find_spans(name)) and not any(
                sp.type == "LOCATION" and lo <= j < hi for sp in facts.spans(best.sentence)
                for j, t in enumerate(toks) if sp.start <= t.start < sp.end):
            continue  # "The state has lost about 21% of its allocation": the place asked (Arizona), named elsewhere
        company = not any(is_person(sp) for sp in facts.spans(best.sentence)
                          if sp.start <= toks[at[0]].start < sp.end) if at else False  # not "Jane Smith"
        if described and company and any(i < lo for i in at):
            continue
        speaker = any(set(terms(x)) & wanted for x in facts.speakers(best.sentence))
        if speaker and re.search(r"\b(?:(?i:we|our|my)|I)\b", best.sentence.text[:span.start]):
            continue  # '"We have spent more than 200 million dollars since 2022 ...," Brandt said': his own words
        if at and not any(lo <= i < hi or i < first_verb for i in at):
            return name
        asides = [m.span() for m in _PART_OF.finditer(best.sentence.text)]
        if at and asides and all(any(a <= toks[i].start < z for a, z in asides) for i in at):
            return name  # "More than 150 volunteers, some travelling from Glasgow, ...": a part, not the count
    return None


#: Nouns that stand for a place named before them ("Arizona ... *The state* has lost 21%").
_PLACE_NOUNS = frozenset("state country city province region town island county village nation territory".split())
#: The words after a place's name that say what kind of place it is ("the Faroe *Islands*").
_PLACE_KINDS = frozenset(terms("island islands republic kingdom state states province region coast"))
#: A sum asked for one of a kind: "each new bus", "each of the new looms", "one hectare", "a single ticket",
#: "per plot" (not a time: "each year" asks a rate, another check).
_EACH_ASKED = re.compile(r"\b(?:each|per|every|a single|one)\s+(?:of\s+(?:the|its|their|[A-Z][\w’'-]*[’']s)\s+)?"
                         r"((?:[a-z][\w-]*\s*){1,3})", re.I)
_TIME_NOUNS = frozenset(terms("year month week day hour minute season quarter night time annual"))
_PRICE_VERBS = frozenset("cost costs pay pays paid weigh weighs sell sells sold fetch fetches charge charges get gets "
                         "earn earns bring brings receive receives received spend spends save saves".split())
#: What a sentence says a sum of one is: "each", "per plot", "apiece", "a single ...", "£250 a plot".
_EACH_SAID = re.compile(r"\b(?:each|per|apiece|every|single|a piece|a head|for one|one-off|one-time)\b", re.I)


def _unit_unsaid(q: QuestionAnalysis, best: Candidate) -> str | None:
    """For a sum asked of one of a kind ("How much will each new bus cost?", "... to rewet one
    hectare?"), a reason when the best sentence's sum is no sum of one: it says no "each",
    "per", "apiece", "a single", a price word ("the base bus fare"), nor "a/an <a word of the
    thing asked>" ("A ticket costs ..."),
    so its sum is a whole ("a $310 million bus plan"). None when it may be one, or no such sum
    is asked."""
    span = best.span
    if span is None or span.type != "MONEY" or q.wh not in ("how much", "what"):
        return None
    m = _EACH_ASKED.search(q.text)
    said = m.group(0).casefold() if m else ""
    words: list[str] = []
    for w in m.group(1).split() if m and not said.startswith("one of") else []:
        if w.casefold() in STOP_WORDS or w.casefold() in AUXILIARIES or w.casefold() in _PRICE_VERBS:
            break  # "each new rapid-transit bus | cost": the thing ends before the verb
        if words and said.startswith("one") and (word_tag(w.casefold()) or "").startswith("VB"):
            return None  # "What price did one suspect discuss ...?": one of them, who did something; no unit
        words.append(w)
    if not words or set(terms(" ".join(words))) & _TIME_NOUNS:
        return None
    text = best.sentence.text
    one_of = any(re.search(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(w)}\b", text, re.I) for w in words)
    if _EACH_SAID.search(text) or _PRICE_WORDS.search(text) or one_of:
        return None
    head = terms(words[-1])
    for m in re.finditer(r"\b([a-z][\w-]*)\s+(?:will\s+|would\s+|now\s+|each\s+|also\s+)?(?:cost|costs|sell|sell|"
                         r"are priced|are sold|go for|went for|pay|paid|get|got|receive|received|earn|earned)\b",
                         text, re.I):
        if terms(m.group(1)) == head:
            return None  # "Tickets will cost 15 euros", "Households will pay about $120 more": what each one pays
    return f"the question asks a sum for one ({' '.join(words)!r}) and the best sentence gives no sum of one"


#: An occurrence asked among others: "When did X *first* detect ...?", "*last* win", "*originally* built".
_OCCURRENCE = (r"\b(?:first|last|originally|initially|previously)\b(?!\s+(?:time|week|month|year|season|night|"
               r"day|weekend|quarter|half)\b)")  # not a time ("last year")
_FIRST_LAST = re.compile(r"(?<!’s )(?<!'s )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
                         r"(?<!\ba )" + _OCCURRENCE, re.I)  # not an adjective: "the first full season"
_FIRST_LAST_SAID = re.compile(_OCCURRENCE, re.I)  # the sentence's own: "Penhallow's last league title came in 1998"
#: Words that frame the verb a when-question asks of ("first be *able* to see", "*supposed* to start").
_FRAME_VERBS = frozenset("able unable supposed due expected scheduled set likely going get got".split())
#: "How many of the 41 tagged swifts ...": the whole a part is asked of starts after "of".
_HOW_MANY_OF = re.compile(r"^\s*how many of\s+", re.I)
#: After "did not say how": a part of a whole left open ("how many of the meters ...").
_PART_LEFT = re.compile(r"\s+(?:many|much)\s+of\b", re.I)
#: A figure said as a part of a whole: "nine *of the* 11 crew", "of whom", "Of the 2,614 pipes, about 1,100".
_PART_AFTER = re.compile(r"\s+(?:of|among)\s+(?:the|its|their|his|her|them|whom|which|those|these|all)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|his|her|those|these|all)\b(?:[^,;]|,(?=\d))*,\s*"
                          r"(?:about|around|roughly|some|nearly|almost|only|just|more than|fewer than|at least)?\s*$",
                          re.I)


#: A sentence's source named at its end: "..., said Deputy Superintendent Suresh Adhikari of the police."
_SOURCE_AT_END = re.compile(r",\s+(?:said|says|according\s+to|reported)\s+(?![^,;“”\"]*\b(?:had|has|have|was|were|"
                            r"is|are|would|will|could|should|did|does|not|can|may|might|must)\b)([^;“”\"]+?)[.]?$"
                            r"|,\s+([^,;“”\"]+?)\s+(?:said|says|reported)\s*[.]?$")  # ", Deputy Superintendent X said."
_SPEAKING = frozenset(terms("speak spoke spoken spokesman spokeswoman spokesperson confirm confirmed report reported "
                           "source describe described promise promised warn warned claim claimed insist insisted "
                           "add added announce announced call called predict predicted"))
_REPORT_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|i|me|my|we|us|our)\b", re.I)


def _only_the_source(q: QuestionAnalysis, best: Candidate) -> str | None:
    """For a person asked, not a speaker ("What are the names of the two people hurt ...?"), a
    reason when the best sentence's person is only the source it names at its end ("..., said
    Deputy Superintendent Suresh Adhikari") and what it reports speaks of no one by a pronoun
    ("he", "she", "his", ...) and no other person; None otherwise, or when the question's words
    meet the source's ("Who is the deputy superintendent?")."""
    span = best.span
    if span is None or span.type != "PERSON" or q.answer_type != "PERSON" or asks_who_said(q) \
            or set(q.focus) & _SPEAKING:
        return None  # "Who spoke for the police?": the source is asked
    text = best.sentence.text
    m = _SOURCE_AT_END.search(text)
    g = 1 if m is not None and m.group(1) is not None else 2
    if m is None or not m.start(g) <= span.start < m.end(g):
        return None
    report = text[:m.start()]
    if _REPORT_PRONOUN.search(report) or set(terms(m.group(g))) & set(q.focus) or re.search(
            r"\b(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+", report[1:]):
        return None
    return f"the best sentence names {span.text!r} only as its source"


def _part_unsaid(q: QuestionAnalysis, best: Candidate, corpus: Corpus) -> str | None:
    """For "How many of the X <predicate>?", the first word of the predicate that the best
    sentence does not say, when its figure is not said as a part ("nine of the 11 crew",
    "Of the 2,614 pipes, about 1,100 ..."): such a figure counts all the X, not the part the
    predicate picks ("How many of the tagged swifts died?": not "fitted 48 swifts with
    geolocators"). The predicate starts at the first auxiliary or finite verb after a noun
    of X; names in it are left to the name checks. None if nothing is missing."""
    start = _HOW_MANY_OF.match(q.text)
    span = best.span
    if start is None or span is None or span.type not in VALUE_TYPES:
        return None
    text = best.sentence.text
    if _PART_AFTER.match(text, span.end) or _PART_BEFORE.search(text[:span.start]):
        return None
    toks = [t for t in q.tokens if t.start >= start.end()]
    noun = next((i for i, t in enumerate(toks) if not t.stop and t.surface.isalpha()
                 and (word_tag(t.norm) or "NN").startswith("NN")), None)  # "the tagged *swifts*"
    verb = next((i for i, t in enumerate(toks) if noun is not None and i > noun and (
        t.norm in AUXILIARIES or word_tag(t.norm) in _FINITE)), None)
    if verb is None:
        return None
    said = set(corpus.sentence_terms[(best.sentence.doc, best.sentence.index)])
    for t in toks[verb:]:
        if t.stop or t.norm in AUXILIARIES or not t.surface.islower() or not t.surface.isalpha():
            continue
        if t.term not in said and not synonyms(t.term) & said and not PART_EVENTS.get(t.term, frozenset()) & said:
            return f"the best sentence's figure is not said to be of those that {t.surface!r} ({span.text!r})"
    return None


#: An aside about a part of what a figure counts: ", some travelling from Glasgow and Oban,".
_PART_OF = re.compile(r",\s+(?:some|many|most|several|a few|others|half|one|two|three)\b(?!\s+\d)"  # not "some 150"
                      r"(?:\s+of\s+(?:them|whom))?[^,.;]*", re.I)


#: Words that go on after "did not name them" with why ("because the inquiry was continuing").
_BECAUSE = frozenset("because as since until while but and pending citing".split())
#: A party's or a people's adjective before a role: "*Democratic* Mayor Ann Lee", "*French* President".
_DEMONYM_LIKE = re.compile(r"(?:ic|an|ese|ish)$")
#: Capitalized words before a role that qualify it, not name whose it is ("*Acting* Mayor").
_ROLE_QUALIFIERS = frozenset("Acting Interim Former Assistant Associate Senior Outgoing Incoming New".split())


def _role_of_elsewhere(q: QuestionAnalysis, best: Candidate, corpus: Corpus, facts: Facts) -> str | None:
    """For "Who is the <role> of X?", X when the best sentence writes the role but not X
    beside it (in the three words before it: "South Korea's president", "its president",
    "the company's president"; or after it, or its holder's name, by "of", "at", "for" or
    "to": "president of South Korea", "Chairman Zhao Wen of the committee", "Ambassador to
    France"), and X is neither the story's lead organization (or the headline's) nor its
    dateline's place, whose roles news gives bare ("Mayor Ann Lee said"), nor a place the sentence names while its
    role is "the country's" or "the city's" (``_PLACE_NOUNS``); None otherwise.
    "President Tao Ming in South Korea" gives no president of South Korea."""
    role = held_role(q)
    b = best.sentence
    toks = facts.tokens(b)
    at = [i for i, t in enumerate(toks) if t.term == role]
    if role is None or not at:
        return None
    lead = facts.lead_organization(b.doc) | facts.dateline_terms(b.doc)
    # and the organization the headline names ("Regulator fines Northgate Bank ..."), the story's subject too
    heading = next((x for x in corpus.sentences[b.doc] if x.kind == "heading"), None)
    named = [sp for sp in (facts.spans(heading) if heading else []) if sp.type in ("ORGANIZATION", "ENTITY")]
    lead |= set(terms(named[0].text)) if len(named) == 1 else set()  # not "Acme sues Brightline": which one?
    for name in q.entities:
        wanted = set(terms(name))
        if not wanted or wanted <= {role} | synonyms(role):
            continue  # not the role itself, capitalized ("Who is the Mayor of Leeds?")
        # before the role ("South Korea's president", "Acme Corp. chief executive", "its president")
        # or after it by a preposition ("president of South Korea", "chief executive at Acme")
        near = {t.term for i in at for t in toks[max(0, i - 3):i]}
        # the name written right against the role ("Aberdeen Mayor Lonnie Bergstrom"), no comma between
        beside = {toks[k].term for i in at for k in range(max(0, i - 3), i)
                  if toks[k].surface[:1].isupper() and "," not in b.text[toks[k].end:toks[i].start]}
        for i in at:  # "chairman of the committee", "Chairman Zhao Wen of the committee"
            j = next((j for j in range(i + 1, min(i + 5, len(toks))) if not toks[j].surface[:1].isupper()), len(toks))
            if j < len(toks) and toks[j].norm in ("of", "at", "for", "to"):
                near |= {t.term for t in toks[j + 1:j + 7]}  # "for the cyclists’ group La Ville à Vélo"
                beside |= {t.term for t in toks[j + 1:j + 7]}
        # "Mayor Lonnie Bergstrom of Aberdeen": the role of another place than the dateline's asked; not
        # "Speaking at Enger Tower, Mayor Ann Lee ..."
        elsewhere = any(sp.type in ("LOCATION", "ENTITY", "ORGANIZATION") and set(terms(sp.text)) <= beside
                        and not set(terms(sp.text)) & wanted for sp in facts.spans(b)) or any(
            0 < i and toks[i - 1].surface[:1].isupper() and not toks[i - 1].stop
            and toks[i - 1].term not in wanted | set(q.focus)  # not "Social *Security* Minister", the role asked
            and toks[i - 1].surface.rstrip(".") not in TITLES | _ROLE_QUALIFIERS | CALENDAR
            and toks[i - 1].surface.casefold() not in GROUPS and not _DEMONYM_LIKE.search(toks[i - 1].surface)
            and " " == b.text[toks[i - 1].end:toks[i].start]
            for i in at)  # "Aberdeen Mayor Lonnie Bergstrom", the first word no span holds
        if wanted <= lead and not elsewhere:
            continue
        before = [x for x in corpus.sentences[b.doc] if x.index == b.index - 1 and x.paragraph == b.paragraph]
        opening = facts.tokens(before[0])[:3] if before else []  # the sentence before, opened by the place
        others = [sp for sp in facts.spans(before[0]) if sp.type in ("LOCATION", "ORGANIZATION", "ENTITY")
                  and not set(terms(sp.text)) & wanted and before[0].text[sp.end:sp.end + 2] not in ("’s", "'s")
                  ] if before else []  # "Brazil beat Argentina": two sides; not "rejected Iceland's account"
        if not elsewhere and opening and not others and (wanted <= {t.term for t in opening}
                                          or _demonym_said(name, {t.norm for t in opening})):
            # "The Faroese government rejected it. Fisheries Minister Heðin Joensen said ...": its minister; not
            # "Lee led a trade mission to Brazil. The visit included meetings with Minister Ana Costa": not told whose
            continue
        near |= {x for t in near for x in synonyms(t)}
        if wanted & near or any(t.norm in _POSSESSIVES and all(x.surface.islower() for x in toks[k + 1:i])
                                for i in at for k, t in enumerate(toks[max(0, i - 3):i], start=max(0, i - 3))):
            # "its president", "its former managing director"
            continue
        if any(sp.type == "LOCATION" for sp in find_spans(name)) and any(
                _place_possessive(toks, j) and _last_place_before(toks, facts.spans(b), j) == wanted
                for i in at for j in range(max(0, i - 4), i - 1)):
            continue  # "..., the National Museum of Sri Lanka, ... the country's culture minister": the place asked
        if wanted <= facts.acronym_terms(b) or wanted <= facts.described_terms(b) and any(
                t.norm in ORG_NOUNS for i in at for t in toks[max(0, i - 3):i]):
            continue  # "STA President Ruth Mahuika"; "the company's chief executive"
        return name
    return None


#: Verbs (and "with") whose object a role may be, someone else acting on its holder ("would ask the
#: health minister", "met with the minister", "criticised the mayor"); not "rose to minister".
_ACTS_ON = frozenset("ask asked asks meet met meets with tell told tells urge urged urges wrote write call called "
                     "calls criticise criticised criticize criticized criticises criticizes praise praised thank "
                     "thanked accuse accused blame blamed sue sued".split())


def _role_not_held(q: QuestionAnalysis, best: Candidate, facts: Facts) -> str | None:
    """For "Who is the <role>?", why the best sentence's person does not hold the role: the
    sentence writes the role only within four words after a verb of acting on someone
    (``_ACTS_ON``: "would ask *the health minister*", "met with the minister") and away from
    the person (not "Health Minister Ana Costa", "Costa, the health minister,"); None otherwise."""
    role = held_role(q)
    span = best.span
    if role is None or span is None or span.type not in ("PERSON", "ENTITY"):
        return None
    toks = facts.tokens(best.sentence)
    at = [i for i, t in enumerate(toks) if t.term == role]
    inside = [i for i, t in enumerate(toks) if span.start <= t.start < span.end]
    if not at or not inside:
        return None
    for i in at:  # "Health Minister Ana Costa", "Costa, the health minister,": beside the person, no verb between
        between = toks[inside[-1] + 1:i] if i > inside[-1] else toks[i + 1:inside[0]]
        if inside[0] - 3 <= i <= inside[-1] + 4 and not any(
                t.norm in _ACTS_ON or (word_tag(t.norm) or "").startswith(("VB", "MD")) for t in between):
            return None
    governed = all(any(toks[j].norm in _ACTS_ON for j in range(max(0, i - 4), i)) for i in at)
    return f"the best sentence names the {_as_asked(q, role)!r} only as someone its person acts on" if governed \
        else None


#: Possessive determiners before a role: "its president", "his deputy" (of whom the text names).
_POSSESSIVES = frozenset("its their his her".split())


#: How much less of the question's term weight (a share, 0..1) the best sentence's story may hold
#: than the story holding most of it (the scorer's ``coverage`` part): beyond it the question is
#: about the other story, which the best sentence does not answer.
OTHER_STORY_MARGIN = 0.25


def _predicate(q: QuestionAnalysis, word: str) -> bool:
    """Whether a yes/no question asks ``word`` (a surface form, lower case) as its predicate:
    a verb after its subject ("Did the share price *rise*?"), not a noun after a determiner
    ("Did *the rise* continue?") nor the first word ("*Rise* ...")."""
    toks = q.tokens
    return word in OPPOSITE_VERBS and any(
        t.norm == word and i > 1 and toks[i - 1].norm not in DETERMINERS | AUXILIARIES for i, t in enumerate(toks))


def _last_of_kind(corpus: Corpus, b: Sentence, kind: str) -> set[str]:
    """The stemmed terms of the last place named "<Name> <Kind>" ("Kisumu County") before the
    sentence ``b`` in its document: the one "the county" then stands for."""
    before = corpus.documents[b.doc].text[:b.start]
    found = list(re.finditer(rf"((?:[A-Z][\w’'-]+[ \t]+){{1,3}}){re.escape(kind.capitalize())}\b", before))
    return set(terms(found[-1].group(0))) if found else set()


#: Kinds of place a name may end in and the text call it by ("Migori County" ... "the county's executive").
_PLACE_KINDS = frozenset("county city province state region district island islands municipality borough parish "
                         "prefecture canton".split())


#: A change just before "from <year>": the year is the base of a comparison ("up 22% from 2019").
#: The year of a comparison's base ends its clause: "up 22% from 2019." (not "from 2019 to 2023", "from 2019
#: levels of $3 billion", "Compared with 2019, when the airport handled 800,000 ...").
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?]|,(?!\s*when\b)|$)")
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|risen|fallen|ris(?:e|es|ing)|increas\w*|decreas\w*|drop\w*|"
                            r"climb\w*|jump\w*|slump\w*|grew|grown|gain\w*|declin\w*)\b[^.;]{0,30}$", re.I)


def abstain_reason(q: QuestionAnalysis, best: Candidate, corpus: Corpus, facts: Facts) -> tuple[str, str] | None:
    """Why the best candidate does not answer the question, as (kind, message), or None
    if it may. Kinds: no_content, no_overlap, subject, name, number, contrast, count, speaker,
    type."""
    if not q.focus:
        return "no_content", "the question has no content words"
    if not best.matched:
        return "no_overlap", "no sentence shares the question's content words"
    subject = _subject_to_find(q)
    if subject and _CAUSE_NOUN_ASKED.match(q.text) and _CAUSE_CUE.search(best.sentence.text):
        subject = None  # "What was the source of the outbreak?": "The outbreak was traced to oysters", no "source"
    if subject and not corpus.has_term(subject) and not any(corpus.has_term(x) for x in synonyms(subject)) \
            and not last_part(subject, corpus) and not _agent_verb(_as_asked(q, subject), corpus):
        return "subject", f"the text never mentions the question's subject ({_as_asked(q, subject)!r})"
    if best.parts.get("coverage", 0.0) < -OTHER_STORY_MARGIN:
        # "How much is it expected to cost to clear the landslide debris?": not "Each bus cost about 720 million
        # won" in a story about buses, when another story tells of the landslide
        present = facts.document_terms(best.sentence.doc)
        missing = [t.surface for t in q.tokens if not t.stop and t.term in q.focus and t.term not in present
                   and not synonyms(t.term) & present]
        return "subject", (f"the best sentence's story never mentions {', '.join(missing) or 'much of it'!r}, "
                           "which another story does")
    counted = counted_thing(q.text) if q.wh == "how many" else None
    rest = set(q.focus) - {counted} - set(q.entities) - question_verbs(q) if counted else set()  # "were found"
    if counted and rest and best.matched <= {counted} | synonyms(counted):
        present = facts.document_terms(best.sentence.doc)
        if not any(t in present or synonyms(t) & present for t in rest) and any(corpus.has_term(t) for t in rest):
            # "How many people does the hospital employ?": not "Harlow Bay, a city of about 215,000 people" in a
            # story that never mentions a hospital, when another story does
            word = next((t.surface for t in q.tokens if t.term == counted), counted)
            return "subject", f"the best sentence's story shares only {word!r} with the question, and another " \
                "story tells of the rest"
    adjective = _adjective_to_find(q)
    other = _other_quality(q, adjective, facts.tokens(best.sentence)) if adjective and not any(
        corpus.has_term(x) or any(corpus.has_term(y) for y in synonyms(x)) for x in adjective[1]) else None
    if adjective and other:  # "What is a scientific device ...?": "It is a theoretical device ..."
        return "subject", f"the best sentence says {other!r}, and the text never says {adjective[0]!r}"
    if STANDS_FOR.search(q.text) and best.span is None:
        return "type", "no name in the best sentence spells the acronym"
    topic = _SAID_ABOUT.search(q.text)  # "What did Rosa Delgado say about the storm?": her story must speak of it
    if topic:
        words = [t.term for t in tokenize(topic.group(1)) if not t.stop]
        present = facts.document_terms(best.sentence.doc)
        if words and not any(w in present or synonyms(w) & present for w in words):
            return "subject", f"the story of the best sentence never mentions {topic.group(1).strip()!r}"
        # nor the words said: the best sentence, its paragraph or the sentences beside it ("What did Welsh
        # say about ticket prices?": not her words on spending rules, in a story that prices tickets elsewhere)
        b0 = best.sentence
        near = {t for s in corpus.sentences[b0.doc] if s.paragraph == b0.paragraph or abs(s.index - b0.index) <= 1
                for t in corpus.sentence_terms[(s.doc, s.index)]}
        if words and not any(w in near or synonyms(w) & near for w in words):
            return "subject", f"the best sentence and the text around it do not mention {topic.group(1).strip()!r}"
    # the question's names must be supported near the best sentence: its paragraph, the
    # sentence before it, and whom its leading pronoun or quote stands for (news puts a
    # quote in a paragraph of its own after the speaker)
    b = best.sentence
    window = [s for s in corpus.sentences[b.doc] if s.paragraph == b.paragraph or s.index == b.index - 1]
    para_terms = {t for s in window for t in corpus.sentence_terms[(s.doc, s.index)]}
    para_terms |= facts.referent_terms(b)  # "he said" stands for the person named before
    para_terms |= {t for t in facts.dateline_terms(b.doc) if t not in ("ap", "reuter", "afp")}  # the story's place
    for s in window:  # "Lopez" stands for "Maria Lopez", named earlier in the document
        para_terms |= facts.full_name_terms(s) | facts.acronym_terms(s)  # "STA" for "Secondary Teachers’ Association"
    # "the company": the story's first-named; "said chief executive Graham Oduya": its officer
    described = {t for s in window for t in facts.described_terms(s) | facts.bare_title_terms(s)}

    def para_words() -> set[str]:
        return {t.norm for s in window for t in facts.tokens(s)}

    offered = {t.term for pair in alternatives(q.text) for alt in pair for t in alt} if q.answer_type == "YESNO" \
        else set()
    defined = defines(q, b.text)  # "What is a pipe in the Douro wine trade?": "A pipe is ...", the Douro its setting
    for name in q.entities:
        if len(name.replace(".", "")) < 2 or defined:
            continue  # "P", "C": a one-letter symbol, not a name to look for
        if offered and set(terms(name)) <= offered:
            continue  # "Is it in Chicago or Boston?": one alternative is enough
        name_tokens = [t for t in tokenize(name) if not t.stop]
        name_terms = [t.term for t in name_tokens]
        rival = _other_people(name, q.text, b.text, facts.spans(b))
        if rival is not None:  # "Ghanaian farmers": not "Ivorian farmers are paid ...", though Ghana is named
            return "name", f"the best sentence speaks of {rival!r}, not {name!r} ones"
        if name_tokens and not all(t.term in para_terms or _name_word_alike(t, name_tokens) & para_terms
                                   or misspelt(t.norm, para_words()) for t in name_tokens):
            lead_org = facts.lead_organization(b.doc)
            other_org = any(sp.type == "ORGANIZATION" and not set(terms(sp.text)) <= lead_org for sp in facts.spans(b))
            place = any(sp.type == "LOCATION" for sp in find_spans(name)) \
                and (not set(name_terms) <= lead_org or other_org)  # "Bay Mariners" of "Bay Mariners Rugby Club"
            # "the museum" for "the Barrow Museum", by the last word of its name
            # ("the museum's director" for "the Barrow Museum of Art", "the seed bank's" for "the ... Seed Bank": the
            # noun before "of", else the last, heads the name)
            all_tokens = tokenize(name)
            of_at = next((i for i, t in enumerate(all_tokens) if t.norm == "of" and i), None)
            head_tok = all_tokens[of_at - 1] if of_at else name_tokens[-1] if name_tokens else None
            before_head = [t.norm for t in all_tokens[:of_at if of_at else len(all_tokens) - 1]][-1:]
            by_head = len(name_tokens) > 1 and head_tok is not None and re.search(
                rf"\bthe (?:{'|'.join(map(re.escape, before_head or ['']))}\s+)?{re.escape(head_tok.norm)}\b",
                " ".join(s.text for s in window), re.I)
            # "Northbridge" for "Northbridge Athletic": a club or company by the first word of its name
            by_first = len(name_tokens) > 1 and name_tokens[0].term in para_terms and not any(
                sp.type == "PERSON" for sp in find_spans(name)) \
                and name_tokens[0].surface not in ORG_WORDS  # not "Bank" of "Bank of Eastland": any bank's word
            # a place called by its kind's word, which its name ends in: "the county" for "Migori County"
            kind_of_place = place and by_head and head_tok is not None and head_tok.norm in _PLACE_KINDS \
                and set(name_terms) <= _last_of_kind(corpus, b, head_tok.surface.rstrip("’'s"))
            if (set(name_terms) <= described or by_head or by_first) and (not place or kind_of_place) \
                    and _named_before(corpus, b, name_terms):
                continue  # "the company", having named it before
            described_by = re.search(rf"\b{re.escape(name)}\s+([a-z]+)\b", q.text)
            if described_by and person_noun(described_by.group(1)) and set(name_terms) <= facts.introduction_terms(b):
                continue  # "the Meursault grower": "Miroux", whom the story introduced as farming near Meursault
            # the noun the name describes: "the Lassa *vaccine*", "the Lassa fever *vaccine*"
            two = re.search(rf"\b{re.escape(name)}\s+([a-z]+)(?:\s+([a-z]+))?\b", q.text)
            kinds = [k for k in two.groups() if k] if two and described_by else []
            before = corpus.documents[b.doc].text[:b.start]
            window_text = " ".join(s.text for s in window)
            if any(any(not m.group(1) or word_tag(m.group(1)) == "JJ" and m.group(1) not in _OTHER_ONE
                           for m in re.finditer(rf"\b[Tt]he (?:([a-z-]+)\s+)?{re.escape(kind)}\b", window_text))
                   # "the experimental vaccine"; not "the rival vaccine", "the older vaccine", "the measles vaccine"
                   and re.search(rf"\b{re.escape(name)}(?:/[\w-]+)?\s+(?:[a-z]+\s+)?{re.escape(kind)}\b", before)
                   for kind in kinds):
                continue  # "the Lielahti branch": "The branch began lending tools", after "the Lielahti branch library"
                # ("the R21 vaccine": "The vaccine costs ...", after "the R21/Matrix-M vaccine"; "the Lassa vaccine":
                # "the experimental vaccine", after "a Lassa fever vaccine")
            if len(name_tokens) > 1 and _named_next(corpus.documents[b.doc].text, name, b):
                continue  # "A bridge that carries 31,000 vehicles a day ...", the story's only bridge named later
            if name.rstrip("s") in COMMON_ACRONYMS and set(name_terms) <= facts.document_terms(b.doc):
                continue  # "after the IPO": a common noun the story writes, not a name (the IMF is one)
            if _spelt_out(name, " ".join(s.text for s in window)):
                continue  # "the MVP award": "was named its most valuable player"
            if _demonym_said(name, para_words()):
                continue  # "the Faroe Islands' fisheries minister": "The Faroese government ... Fisheries Minister"
            if len(name_tokens) == 1 and not any(sp.type == "DEMONYM" for sp in facts.spans(b)) and any(
                    sp.type == "LOCATION" and demonym_of(name_tokens[0].norm, w.casefold())
                    for s in window for sp in facts.spans(s) for w in sp.text.split()[:1]):  # not "Ivorian farmers"
                continue  # "Ghanaian beans": "Ghana's cocoa regulator ... smuggling beans"
            return "name", f"the text near the best sentence does not mention {name!r}"
    own = _figure_owner_missing(q, best, corpus, facts)
    if own:  # "How much prize money did Lund take home?": not "Anjali Rao ... takes home the 40,000-euro prize"
        return "name", f"the best sentence gives its figure without naming {own!r}"
    # a year, figure or ordinal; not the number of a name ("Varsha-2", "COVID-19")
    for number in re.findall(r"\b(?<![A-Za-z]-)(\d[\d,.]*\d|\d)(?:st|nd|rd|th|s)?\b", q.text):
        if number.replace(",", "") not in para_terms:
            return "number", f"the text near the best sentence does not mention {number}"
    norms = {t.norm for t in facts.tokens(b)}
    for rank in asked_ranks(q):  # "Who took *third* place?": the rank is said of the answer, in its sentence
        if rank not in norms and ROMAN[rank] not in norms:  # "Charles the third": "Charles III"
            return "number", f"the best sentence does not say {rank!r}"
    window_text = " ".join(s.text for s in window).casefold()
    for when in RELATIVE_TIME.finditer(q.text):  # "last year" asked: the text near must say so
        if when.group(1).casefold() == "this" and re.search(r"\b(?:before|prior\s+to|until)\s+$", q.text[:when.start()],
                                                          re.I):
            continue  # "When did the Gulls last win the league before this year?": the frame, not the time asked
        same = [f"{w} {when.group(2).casefold()}" for w in _SAME_TIME.get(when.group(1).casefold(), ())]
        if when.group(1).casefold() == "this" and _against_the_last(best, when.group(2).casefold()):
            continue  # "sold this year?": "86,000 tickets were sold, up from 71,000 last year"
        if when.group(1).casefold() == "this" and when.group(2).casefold() in _SEASONS:
            same += [f"the {when.group(2).casefold()}", f"past {when.group(2).casefold()}"]  # "over the winter"
        if when.group(1).casefold() == "this" and when.group(2).casefold() == "season":
            same += ["for the season", "over the season", "during the season"]  # "his losses for the season"; not
            # "the season opener", "the season before he joined"
        elsewhen = re.search(rf"\b(?:last|next|previous|coming|past)\s+{when.group(2).casefold()}\b|"
                             rf"\ba\s+{when.group(2).casefold()}\s+(?:earlier|ago|before)\b|\b(?:1[89]|20)\d\d\b",
                             window_text)  # "in 2019", "a year earlier": the text dates it
        if when.group(1).casefold() == "this" and when.group(2).casefold() == "year" and not elsewhen:
            continue  # "What is the festival's budget this year?": news tells of the present without saying so
        if not any(x in window_text for x in same):
            return "number", f"the text near the best sentence does not say '{when.group(0)}'"
    for ago in _AGO.finditer(q.text):  # "two years ago" asked: not "a year ago", not "last year"
        count, unit = _COUNT_WORDS.get(ago.group(1).casefold(), ago.group(1)), ago.group(2).casefold().rstrip("s")
        told = [(_COUNT_WORDS.get(m.group(1), m.group(1)), m.group(2).rstrip("s")) for m in _AGO.finditer(window_text)]
        told += [("1", m.group(1)) for m in re.finditer(r"\blast\s+(year|month|week|decade)\b", window_text)]
        if (count, unit) not in told and any(u == unit for _, u in told):
            return "number", f"the text near the best sentence does not say '{ago.group(0)}'"
        if not told and ago.group(0).casefold().endswith("ago") and q.answer_type in VALUE_TYPES \
                and not re.search(r"\b(?:1[89]|20)\d\d\b", window_text):
            # "How many dogs did the province vaccinate two years ago?": not this drive's 90,000, the text there
            # telling of no earlier time
            return "number", f"the text near the best sentence says nothing of '{ago.group(0)}'"
        if not told and _NOW_SAID.search(b.text) and q.answer_type in VALUE_TYPES:
            # "How many litres a day did the metro use a year ago?": not "residents currently use about 270
            # million litres a day", today's figure
            return "number", f"the best sentence gives today's figure, not one of '{ago.group(0)}'"
    # "in 2019" or "the 1998 vote" asked, "since 2019" written
    for year in re.findall(r"(?<!since )(?<!until )(?<!before )(?<!after )(?<!to )(?<!by )\b((?:1[89]|20)\d\d)\b",
                           q.text, re.I):  # not a boundary asked ("pushed back to 2026", "Since 2019, how ...")
        year_said = [(m.group(1), s.text[:m.start()] if _CLAUSE_ENDS.match(s.text, m.end()) else "")
                     for s in window for m in re.finditer(r"\b(\w+)\s+" + year + r"\b", s.text)]
        # a base of comparison too: "about 980,000 passengers last year, up 22% from 2019", "compared with 2019"
        if year_said and all(w.casefold() in ("since", "until", "till", "before", "after")
                             or w.casefold() == "from" and _CHANGE_BEFORE.search(before)
                             or w.casefold() in ("with", "to") and re.search(r"\bcompared\s*$", before, re.I)
                             for w, before in year_said):
            return "number", f"the text gives {year} only as a boundary ('{year_said[0][0]} {year}'), not as the " \
                "time asked"
    b_terms = set(corpus.sentence_terms[(b.doc, b.index)])
    office = OFFICE_VERB.match(q.text) or _HEAD_OF.match(q.text)
    if office:
        # not an office someone held before, nor the one below it ("the museum's former director", "deputy head")
        past = office.re is _HEAD_OF and re.match(r"\W*who\s+was\b", q.text, re.I) is not None  # a former head was one
        # nor the other side's ("Opposition leader Gareth Holloway" for "Who leads the council?", unless asked)
        below = NOT_HOLDING if re.search(r"\bopposition\b", q.text, re.I) else NOT_HOLDING[:-3] + r"|opposition)\b"
        now_held = b.text if past else re.sub(
            below + r"\s+(?:[a-z]+\s+)?(?:" + "|".join(LEADING.split()) + r")\b", " ", b.text, flags=re.I)
        # what is asked, or a general word for it ("who has led the company since 2019", "who chairs the board")
        asked_terms = {x for t in terms(q.text) for x in {t} | synonyms(t)} | _BODY_TERMS
        if office.re is _HEAD_OF or office.group(1).casefold() in OFFICE_HELD:  # an office, not a deed ("Who led
            # the survey?": "who led the study")
            now_held = _LED_THING.sub(lambda m: m.group(0) if set(terms(m.group("led"))) & asked_terms else " ",
                                      now_held)
        held = set(terms(now_held)) | {t.term for t in tokenize(now_held)}
        ref = facts.referent(b)  # "She said ...": the sentence naming her may give her office
        held |= set(corpus.sentence_terms[(ref[0].doc, ref[0].index)]) if ref else set()
        if not re.search(r"\bchief\b(?!\s+[a-z]+(?:ist|ian|er|or)\b)", b.text, re.I):
            held.discard("chief")  # "chief economist at ANZ Bank": a specialist, not the one who heads it
        family = {stem(w) for w in _OFFICE_WORDS[office.group(1).casefold()[:4]].split()}
        body = [t.norm for t in tokenize(q.text[office.end():]) if not t.stop]
        ran = office.re is _HEAD_OF and bool(body) and re.search(  # "Ann Berg, who has run the agency since 2019"
            (r"\b(?:ran|had\s+run|run|runs|running)" if past
             else r"\b(?:runs|has\s+run|have\s+run|is\s+running|now\s+run)")
            + r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?" + re.escape(body[-1]) + r"\b(?![’'])",
            b.text, re.I) is not None  # not "ran the agency until 2019" for "is", nor "the agency's press office"
        if family & held == {"head"} and not _HEAD_OFFICE.search(now_held):
            held = held - {"head"}  # "Who heads the museum?": not "a similar brass head sold at auction"
        if not family & held and not ran:
            # "Who chairs the board of Hospices Civils du Rhône?": not a union official the sentence quotes
            holds = f"is its {office.group(1).casefold()}" if office.re is _HEAD_OF \
                else f"{office.group(1).casefold()} it"
            if re.search(below + r"\s+(?:[a-z]+\s+)?(?:" + "|".join(LEADING.split()) + r")\b", b.text, re.I):
                return "type", f"the best sentence names only a former, deputy or other side's holder ('who {holds}')"
            return "type", f"the best sentence does not say who {holds}"
        headed = [t for t in tokenize(q.text[office.end():]) if not t.stop and t.surface.islower()]
        if office.group(1).casefold() in OFFICE_HELD | {"leads"} and headed and not any(
                t.term in para_terms or synonyms(t.term) & para_terms for t in headed):
            # "Who heads the union?": not "Brightmesh is run by chief executive Priya Natarajan"
            return "type", ("the text near the best sentence does not mention the "
                            f"{' '.join(t.surface for t in headed)} asked")
    priced = _HOW_MUCH_COST.match(q.text)
    to_do = _COST_TO.match(q.text) if not priced else None
    thing = _before_preposition(priced.group(1).split()) if priced \
        else _noun_phrase(to_do.group("thing").split()) if to_do else []  # "the recount (in Accra)"
    costed = terms(thing[-1])[-1:] if thing else []
    # the deed priced: a gerund with its object ("transporting the objects", not "the housing project"),
    # or the verb after "to" ("How much will it cost to transport the objects?")
    deed = to_do.group("deed") if to_do else thing[0] if len(thing) > 2 and thing[0].endswith("ing") \
        and thing[1].casefold() in DETERMINERS | {"them", "it"} else ""
    doing = terms(deed)[:1] if deed else []
    # the deed written as what is paid for: "the *transport* costs", "the *repair* bill"
    before_cost = " ".join(re.findall(r"\b([a-z]+)\s+(?=(?:costs?|bill|price|fees?|charges?)\b)", b.text, re.I))
    if doing and (doing[0] in terms(before_cost) or synonyms(doing[0]) & set(terms(before_cost))):
        costed = []  # "How much will transporting the objects cost?": "the transport costs, estimated at €620,000"
    if costed and costed[0] not in b_terms and not synonyms(costed[0]) & b_terms \
            and not _costed_by_other_words(costed[0], thing, b, window, corpus,
                                           re.search(r"\b(?:each|every|per|apiece)\b", q.text, re.I) is not None):
        # "How much does a ferry ticket cost?": not "built ... at a cost of 380 million kroner", no ticket's
        return "name", f"the best sentence gives no cost of the {thing[-1]}"
    measured = amount_noun(q) if q.wh == "how much" and q.answer_type == "QUANTITY" else None
    if measured and measured not in _ANY_AMOUNT and measured not in para_terms \
            and not synonyms(measured) & para_terms and corpus.has_term(measured):
        # "How much rock fell?": not "overnight stays fell by 38 percent", when the story tells of the rock
        return "name", f"the best sentence gives no amount of {_as_asked(q, measured)}"
    given_from = _SUM_FROM.match(b.text, best.span.end) if best.span is not None and best.span.type == "MONEY" else None
    givers = [e for e in q.entities if set(terms(e)) & b_terms]
    if given_from and givers and best.span is not None and _GIVES_SUM.search(q.text) \
            and not any(set(terms(e)) & set(terms(given_from.group(1))) for e in givers) \
            and not re.search(r"\b(?:match\w*|equal\w*)\s+(?:the\s+)?$", b.text[:best.span.start], re.I):
        # "How much money did the Rwanda Biomedical Centre put into the trial?": not "funded by the Rwanda
        # Biomedical Centre and a grant of $1.9 million from the Geneva-based Kessler Foundation", another's (but
        # "Ghana's government matched the $4 million from the World Bank" gave as much)
        return "name", f"the best sentence gives {best.span.text} from {given_from.group(1)}, not from {givers[0]}"
    account = amount_noun(q) if q.wh in ("what", "which") else None
    item = _ACCOUNT_ITEM.search(b.text[max(0, best.span.start - 40):best.span.start]) \
        if account in _ACCOUNT_TERMS and best.span is not None else None
    if account and item and best.span is not None and account not in b_terms and not synonyms(account) & b_terms \
            and stem(item.group(1).casefold()) != account:
        # "What was Great Miami's operating margin?": not "It reported an operating loss of $42 million"
        return "name", (f"the best sentence gives the {item.group(1)} ({best.span.text}), "
                        f"not the {_as_asked(q, account)}")
    paid = amount_noun(q) if q.answer_type == "MONEY" else None
    said_pay = {t.term for s in corpus.sentences[b.doc] if b.index - 1 <= s.index <= b.index
                for t in facts.tokens(s)} if paid in _PAY_NOUNS else set()
    if paid in _PAY_NOUNS and not ({paid} | synonyms(paid) | _PAY_NOUNS[paid]) & said_pay:
        # "What salary does the superintendent earn?": not "the agreement would cost the district
        # about $21 million", which he announced (the pay may be said in the sentence before: "Starting pay
        # is $18.50 an hour. The union will push for $22.")
        return "name", f"the best sentence gives no {_as_asked(q, paid)}"
    event = _WHEN_EVENT.search(q.text) if q.answer_type == "DATE" else None
    if event and (q.wh == "when" or event.group(1)):  # "In what year was X born?", not "... did X start Y?"
        verb = (event.group(1) or event.group(2) or event.group(3)).casefold()
        forms = {stem(w) for w in _EVENT_WORDS[verb[:4]].split()}
        event_told = forms & b_terms
        rule_made = re.search(r"\bbecome\s+(?:an?\s+|the\s+)?(.+?)\s*(?:\b(?:in|at|for|on)\b.*)?\?*$", q.text, re.I) \
            if verb.startswith("beco") else None
        if rule_made and not event_told and {"introduc", "adopt", "declar"} & b_terms \
                and set(terms(rule_made.group(1))) <= b_terms \
                and not re.search(r"\bdeclared\s+victory\b", b.text, re.I):
            event_told = {"introduc"}  # "When did chess become a compulsory subject?": "Chess is a compulsory
            # subject ..., a policy introduced in 2011"; "declared independence" (not "The bill was introduced in
            # March" for "become law", nor "declared victory in the mayoral race" for "become mayor")
        if verb[:4] in ("begi", "star") and _FROM_TO.search(b.text):
            event_told = {"begin"}  # "over nearly three years, from mid-2021 to early 2024": it began in mid-2021
        if verb.startswith("found") and event_told == {"found"} \
                and not re.search(r"\bfound(?:ed|ing|ers?)\b|\b(?:to|help|helps|helped)\s+found\b", b.text, re.I):
            event_told = set()  # "staff found they could not access ...": the past of "find", no founding
        if not event_told:
            # "When was Vestvik Marine founded?": not "... awarded the contract on Thursday to Vestvik Marine"
            return "type", f"the best sentence does not tell of the event asked ({verb!r})"
    first_last = q.wh == "when" and q.answer_type == "DATE" and _FIRST_LAST.search(q.text) is not None
    when_verb = main_verb(q) if first_last else None
    if when_verb is not None and when_verb.norm not in _FRAME_VERBS and when_verb.term not in para_terms \
            and not synonyms(when_verb.term) & para_terms and not _FIRST_LAST_SAID.search(b.text):
        # ("Penhallow's last league title came in 1998" tells the occurrence in other words)
        # "When did Corvant first detect the impurity?": not "Corvant said on Monday ... after tests found it"
        return "type", f"the best sentence and its paragraph do not say {when_verb.surface!r}"
    # the clause left open that is of the kind asked ("It was not known how many ..., and the company declined to
    # say whether it would redesign the toy": the second, for "Will the company redesign the toy?")
    untold = next((m for m in _UNTOLD.finditer(b.text) if _wh_of(m) in _UNTOLD_WH[q.wh]),
                  _UNTOLD.search(b.text)) if q.wh in _UNTOLD_WH else None
    titled = _WHO_IS_TITLE.match(q.text) if untold is not None and not re.search(
        r"\b(?:new|next|incoming|future|successor)\b", q.text, re.I) else None  # a successor may be what is not known
    if untold is not None and titled is not None and best.span is not None and best.span.end <= untold.start() \
            and set(terms(titled.group(1))) <= set(terms(b.text[max(0, best.span.start - 40):best.span.start]
                                                       + b.text[best.span.end:best.span.end + 40])):
        untold = None  # "Who is the director general of RIA?": "RIA director general Margus Kask said his agency
        # had not identified who was behind the attack" names the holder before what is not known
    if untold and _wh_of(untold) in _UNTOLD_WH[q.wh] \
            and not (q.wh == "how" and _HOW_DEGREE.match(b.text, untold.end())) \
            and not _other_how(q, b.text, untold) \
            and (not _told_before(q, b.text[:untold.start()], b.text[untold.end():])  # "how many" is no manner
                 if _wh_of(untold) != "details" else  # details refused after a plan told, not after its means
                 _PLAN_SAID.search(b.text[:untold.start()]) and not _BY_MEANS.search(b.text[:untold.start()])):
        # "Will students' marks be adjusted?": "It has not said whether marks will be adjusted."; "Which
        # vessel have investigators found responsible?": "Investigators have not yet said which vessel ..."
        return "type", f"the best sentence says it is not known ('{untold.group(0)}')"
    withheld = next((m for m in _NOT_YET_TOLD.finditer(b.text) if m.group("verb").casefold() not in _FOUND_OUT
                     or m.group(1).casefold() in _KNOWLEDGE_NOUNS), None)
    if withheld and (re.search(r"\bof\s+$", b.text[:withheld.start()]) or re.match(
            r"\s*[,;]?\s*(?:but|though|although|however|while)\b", b.text[withheld.end():])):
        withheld = None  # "The identity of the buyer was not disclosed, but the painting sold for $4 million"
    noun = withheld.group(1).casefold() if withheld else ""
    reason_after = withheld is not None and q.wh == "why" and _REASON_CUE.search(b.text, withheld.end()) is not None
    if withheld and not reason_after and (stem(noun) in q.focus or noun == "name" and ASKS_NAME.search(q.text)
                                          or q.wh in _WITHHELD_NOUNS.get(noun, ())):  # not "Why were the names
        # not made public?": "Their names were not released at the request of their families", the why
        # "What will the new system be called?": "Its new name has not been announced."
        return "type", f"the best sentence says it is not known ('{withheld.group(0)}')"
    after = corpus.sentences[b.doc][b.index + 1] if b.index + 1 < len(corpus.sentences[b.doc]) else None
    for x in (b, after) if q.head_term else ():
        refusal = _refused_thing(q, x) if x is not None and x.paragraph == b.paragraph else None
        if refusal:
            # "What will the final margin be once the ballots are counted?": "... but declined to predict the
            # final margin"
            return "type", f"the {'best sentence' if x is b else 'sentence after the best one'} says it is not " \
                f"known ('{refusal}')"
    after = corpus.sentences[b.doc][b.index + 1] if b.index + 1 < len(corpus.sentences[b.doc]) else None
    untold = _UNTOLD.search(after.text) if after is not None and after.paragraph == b.paragraph \
        and q.wh in _UNTOLD_WH else None
    going_on = set(terms(" ".join(after.text[untold.end():].split()[:5]))) if untold and after is not None else set()
    asked_verbs = question_verbs(q)
    if untold and after is not None and _wh_of(untold) in _UNTOLD_WH[q.wh] \
            and not (q.wh == "how" and _HOW_DEGREE.match(after.text, untold.end())) \
            and not _other_how(q, after.text, untold) \
            and going_on & set(q.focus) and not re.match(r"\s+else\b", after.text[untold.end():]) \
            and not (_PART_LEFT.match(after.text, untold.end()) and not _HOW_MANY_OF.match(q.text)) \
            and (not asked_verbs or going_on & (asked_verbs | {x for v in asked_verbs for x in synonyms(v)})
                 # or it leaves open the very kind asked, which the best sentence does not write: "She did not
                 # say how many *permanent* positions would follow" after "could create 7,000 construction jobs"
                 or set(terms(" ".join(after.text[untold.end():].split()[1:2]))) & set(q.focus) - b_terms):
        # "Which processing plant will be shut down?": not "... the closure of one of the seven processing
        # plants." when the next sentence says "They did not say which plant would close." ("did not say how
        # many of the meters will need new software" leaves a part open, not "How many metered spaces ...?")
        return "type", f"the sentence after the best one says it is not known ('{untold.group(0)}')"
    if q.wh == "how" and FUNDING_ASKED.search(q.text) and not FUNDING_SAID.search(b.text):
        # "How will the council pay for the extra sessions?": not "The council said it would explore partnerships
        # ... to run extra sessions", which says nothing of money
        return "type", "the best sentence does not say where the money comes from"
    if q.wh == "how" and q.answer_type == "DESCRIPTION" and not FUNDING_ASKED.search(q.text) \
            and re.match(r"\W*how\s+(?:will|would|can|could|should|must|might|may|shall)\b", q.text, re.I) \
            and not _MANNER_SAID.search(b.text) and not (after is not None and _MANNER_SAID.search(after.text)):
        # "How will the park's new fire brigade be equipped?": not "the new park would have its own fire brigade",
        # which tells that it will be, by no means, manner or words (a plan asked; a past deed's own verb may
        # tell its manner: "How did he die?": "died of a heart attack", "How was he killed?": "was stabbed")
        return "type", "the best sentence does not say how"
    if q.wh == "where" and not set(q.focus) & _SPEAKING_WORDS and best.span is not None \
            and best.span.type == "LOCATION" and question_verbs(q) \
            and _SAID_AT.search(b.text[:best.span.start]):
        # "Where will the newly funded staff be trained?": not "He told reporters in Wellington that ...", where
        # it was said (but "Where was the minister?": where she spoke she was)
        return "type", f"the best sentence gives only where it was said ({best.span.text!r})"
    within = _WHERE_IN.match(q.text)
    if within and within.group(1).split()[-1] in _REGIONS:
        within = None  # "Where in Europe will Tesla build its factory?": a country answers
    if within and best.span is not None and best.span.type == "LOCATION" and (
            best.span.text.removeprefix("the ") in COUNTRIES | {"U.S.", "US", "USA", "U.K.", "UK", "United States",
                                                              "United Kingdom", "Britain"}
            or set(terms(best.span.text)) <= set(terms(within.group(1)))):
        # "Where in the Mekong Delta was the flood damage worst?": not "Vietnam", nor the delta itself
        return "type", f"the question asks a place in {within.group(1)!r} and the best sentence gives " \
            f"{best.span.text!r}"
    placed = best.span is not None and (m := re.search(r"([\w-]+)\s+(?:in|at)\s+(?:the\s+)?$",
                                                     b.text[:best.span.start])) is not None \
        and bool(set(terms(m.group(1))) & set(q.focus))  # "operated from *servers in* the Philippines"
    if BASE_ASKED.search(q.text) and not BASE_SAID.search(b.text) and not placed:
        # "Where is Hansa Retail Group headquartered?": not "Shares in ... Hansa Retail Group fell 1.8% in
        # Frankfurt trading", a place where something else happened
        return "type", "the best sentence does not say where it is based"
    part_named = any(not set(terms(n)) <= b_terms for n in q.entities)  # "in Lahore", which the total leaves out
    parts = _NO_BREAKDOWN.search(b.text) if _HOW_MANY_OF.match(q.text) and part_named else None
    if parts is not None:
        # "How many of the heat-related deaths were in Lahore?": "At least six people have died ..., but they
        # did not give a breakdown by district."
        return "type", f"the best sentence says the parts are not known ('{parts.group(0)}')"
    unset = _NO_DATE.search(after.text) if q.wh == "when" and after is not None \
        and after.paragraph == b.paragraph else None
    if unset is not None:
        of = unset.group(1) or unset.group(2) or ""
        dated = set(terms(of)[-1:])  # the head: "the stadium's official *inauguration*", not the stadium
        decided = bool(set(re.findall(r"[a-z]+", of.casefold())) & _DECISIONS
                       and set(re.findall(r"[a-z]+", q.text.casefold())) & _DECISIONS)
        if decided or dated & (set(q.focus) | {x for t in q.focus for x in synonyms(t)}):
            # "When will the labour tribunal hand down its decision?": not the hearing's "scheduled for Friday"
            # when the next sentence says "a date for its ruling has not been set"
            return "type", f"the sentence after the best one says it is not known ('{unset.group(0)}')"
    asks_a_name = _asks_a_name(q)
    if q.wh in ("who", "whom", "which") or q.answer_type in ("PERSON", "ORGANIZATION") or asks_a_name:
        for x in [x for x in corpus.sentences[b.doc] if x.paragraph == b.paragraph and x.index >= b.index]:
            unnamed = _NOT_NAMED.search(x.text) or _NOT_NAMED_BEFORE.search(x.text)
            said = unnamed.group(1).casefold().split() if unnamed is not None else []
            them = bool(said) and said[0] in ("them", "him", "her") and (len(said) == 1 or said[1] in _BECAUSE) \
                and x.index == b.index + 1  # "Three other members ... are under investigation. It did not name them."
            withheld = _NAMES_WITHHELD.search(x.text) if x.index in (b.index, b.index + 1) and not any(
                sp.type == "PERSON" for sp in facts.spans(b)) else None  # not "The captain, Tom Lee, and two ..."
            if withheld is not None and (_role_asked(q) or asks_a_name):  # not "Who was detained?"
                # "The captain and two officers were detained ... Their names were not released."
                return "type", f"the text says it does not name them ('{withheld.group(0)}')"
            if unnamed and (them or _unnamed_asked(q, unnamed.group(1), x.text[unnamed.end(1):])):
                # "Which four managers are under investigation?": "He declined to name the managers."
                return "type", f"the text says it does not name them ('{unnamed.group(0)}')"
    left_open = _UNTOLD.search(b.text)
    if left_open is not None and _wh_of(left_open) in ("whether", "if") and q.answer_type != "YESNO" \
            and best.span is not None and best.span.start >= left_open.end() \
            and not re.search(r"[,;.!?]|\b(?:but|and)\s+(?:also\s+)?(?:said|says|added|announced)\b",
                              b.text[left_open.end():best.span.start]):  # not an aside: "whether the mayor, who
        # was first elected in 2019, will run again"; nor a clause of its own: "but said 140 employees would move"
        # "How many employees will lose their jobs?": not "declined to say whether any of its 140 employees would
        # lose their jobs"; "Who will be the permanent coach?": not "would not say whether Paredes was a candidate"
        return "type", f"the best sentence gives {best.span.text!r} only in what it says is not known"
    yes_no = q.answer_type == "YESNO" and not alternatives(q.text)
    verb = main_verb(q) if yes_no else None
    if verb is not None:
        held = b_terms | {t.term for t in facts.tokens(b)} | facts.implied_terms(b)
        held |= {PAST_OF_CHANGE[t.norm] for t in facts.tokens(b) if t.norm in PAST_OF_CHANGE}  # "rose": rise
        held |= {stem(GONE[m.group(1).casefold()]) for m in WENT.finditer(b.text)}  # "went up": a rise
        before_verb = {t.term for t in q.tokens[1:q.tokens.index(verb)] if not t.stop} if verb in q.tokens else set()
        held |= CHANGES if before_verb and no_change(b.text, before_verb) else set()  # "the fish unit was flat": no
        # rise, no fall of it (``verdict``: a no)
        held |= {t[len(p):] for t in held for p in ("un", "non")  # "Did the talks
                 if t.startswith(p) and len(t) - len(p) >= 4}  # resolve it?": "remains unresolved", a no
        held |= nouns_verbs({t for w in re.findall(r"\b[Nn]o\s+([a-z]+)", b.text) for t in terms(w)})
        # "Did he react?": "showed no reaction", the verb's noun after "no" (which ``verdict`` reads as a no)
        opposite = {stem(b) for x, y in ANTONYMS for a, b in ((x, y), (y, x))  # "accept": "rejected", a no;
                    if stem(a) == verb.term and a in OPPOSITE_VERBS} & held  # "lose": "won"; not "start": "finish"
        names = {t for n in q.entities for t in terms(n)}
        # the opposite answers only of what is asked: "won 2-1" of the team's match, not "won praise" of her seat
        after_verb = q.tokens[q.tokens.index(verb) + 1:] if verb in q.tokens else []
        rest = {t.term for t in after_verb if not t.stop} - names
        if opposite and rest and not rest & (held | {x for t in held for x in synonyms(t)}):
            opposite = set()
        head = object_words(q, verb)[-1:]  # "set a German *record*": the head of what follows the verb
        light = verb.norm in _LIGHT_VERBS and bool(head) and (head[0].term in held or synonyms(head[0].term) & held)
        if verb.term not in held and not (synonyms(verb.term) - MANY_SENSES) & held and not opposite and not light:
            return "type", f"the best sentence does not say whether it {verb.surface!r}"
        by_whom = re.search(rf"\b{re.escape(verb.surface)}\s+(by|with|using|through)\s+"
                            r"(?:an?\s+|the\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,2}[\w’'-]+)", q.text)
        agent = [t for t in terms(by_whom.group(2)) if t not in names] if by_whom else []
        near = held | (set(corpus.sentence_terms[(after.doc, after.index)]) if after is not None else set())
        told_by = [m.start() for m in re.finditer(rf"\b{re.escape(verb.surface)}\b", b.text, re.I)]
        active = bool(told_by) and not any(re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$",
                                                     b.text[:i], re.I) for i in told_by)
        if by_whom and agent and not active and not any(t in near or synonyms(t) & near for t in agent):
            # (a sentence in the active voice names the doer as its subject, in its own words: "Shareholders
            # approved the merger" for "approved by investors?")
            # "Was the winning ticket bought by a tourist?": not "The ticket was bought at Administración No. 4",
            # which says nothing of who bought it
            return "type", f"the best sentence does not tell {by_whom.group(0)!r}"
        pending = _PENDING_WHETHER.search(b.text) or (left_open if left_open is not None and _wh_of(left_open) in (
            "whether", "if") else None)
        at = [t.start for t in facts.tokens(b) if t.term == verb.term]
        if pending is not None and at and min(at) >= pending.end() \
                and not re.search(r"[,;]|\b(?:and|but)\b", b.text[pending.end():min(at)]):  # in the open clause, not
            # "After weighing whether to appeal, Tillora accepted the fine", told after it
            # "Will the unions extend the strike?": "The unions said they would decide on Thursday whether to
            # extend the strike into next week", a question still open
            return "type", f"the best sentence leaves it open ('{pending.group(0)}')"
    if q.wh == "why" and q.answer_type == "REASON" and not _gives_reason(b.text, question_verbs(q)) \
            and result_asked(q, b.text) is None \
            and not (after is not None and next_gives_reason(q, b.text, after.text)):
        # "Why did Drako decide to buy the naming rights?": not "Drako ... has bought the naming rights
        # to the main hall.", which tells the deed and no reason, and the next sentence gives no cause
        # (the answerer cites one that does: ``qa.answerer._reason_next``)
        return "type", "neither the best sentence nor the next gives a reason"
    felt_by = _feeling_of_another(q, best, facts) if q.wh == "why" else None
    if felt_by:  # "Why was Mark Bell relieved?": not "..., while council leader Jean Ross was relieved that ..."
        return "type", f"the best sentence gives the feeling asked to {felt_by!r}"
    cause = ASKS_CAUSE.match(q.text)
    if cause and caused_by(q, b.text) is not None:
        cause = None  # "The arrival of cheap synthetic dyes collapsed the trade": the sentence's subject did it
    if cause and not _CAUSE_CUE.search(b.text):
        # "What caused the fire that began near Vila Nova?": not "The blaze began shortly after 2 p.m. ..."
        return "type", f"the best sentence tells of no cause (nothing {cause.group(1)} it)"
    asked_cause = _CAUSE_NOUN_ASKED.match(q.text)
    word = (asked_cause.group(1) or asked_cause.group(2)) if asked_cause else ""
    if asked_cause and not _CAUSE_CUE.search(b.text) and not GIVES_CAUSE.search(b.text) \
            and not (asked_cause.group(2) and _cue_after_deed(b.text, asked_cause.group(2))) \
            and not (asked_cause.group(1) and re.search(rf"\b{word}", b.text, re.I)):
        # "What was the source of the norovirus?": not "passengers have fallen ill with norovirus during a voyage";
        # "What made the valve fail?": not "a valve failed during a routine transfer"
        return "type", f"the best sentence tells of no cause (nothing made it {word.casefold()})" \
            if asked_cause.group(2) else f"the best sentence tells of no {word.casefold()}"
    if _PENALTY_ASKED.match(q.text) and not _PENALTY_SAID.search(b.text):
        # "What sentence could Kilonzo face if he is convicted?": not "The company's director is married to
        # Kilonzo's sister"; the best sentence must tell a charge, a sentence or a penalty
        return "type", "the best sentence tells of no charge, sentence or penalty"
    span = best.span
    if q.wh == "when" and span is not None and span.type == "DATE" and not ASKS_START.search(q.text) \
            and bounds_comparison(b.text, span):
        # "When did the delegation arrive?": not "the first delegation since 2019", the last one's year
        return "number", f"the best sentence gives {span.text} only as a boundary ('since {span.text}')"
    contrast = contradicts(q.text, b.text)
    moved = b_terms | {stem(GONE[m.group(1).casefold()]) for m in WENT.finditer(b.text)}  # "went down": a fall
    pairs = [*ANTONYMS, *((y, x) for x, y in ANTONYMS)]  # "Did they lose?": "won" answers no, as "lost" would
    told_opposite = verb is not None and verb.term not in moved and any(
        stem(x) == verb.term and stem(y) in moved for x, y in pairs if x in OPPOSITE_VERBS) or yes_no and any(
        stem(y) in moved and stem(x) not in moved for x, y in pairs if _predicate(q, x))
    if contrast and not told_opposite:  # "Did the board accept the offer?": "rejected the offer" answers no
        return "contrast", contrast
    role = held_role(q)  # "Who is the chief executive of Acme?": the role must be said near the best sentence
    # by the role or a synonym that is no verb: "runs its operations from Dublin" names no chief executive
    nouns = {x for x in synonyms(role or "") if not (word_tag(x) or "").startswith("VB")}
    # or by its verb in a clause about a person: "Councillor Graham Toft, who leads the opposition group,"
    led_by = role in _ROLE_VERBS and re.search(rf",\s+who\s+(?:now\s+|currently\s+)?{_ROLE_VERBS.get(role or '', '')}"
                                               r"\b", b.text, re.I) is not None
    if role and role not in para_terms and nouns & para_terms and _HEAD_ROLES.search(q.text) and not any(
            _unqualified_office(s.text, nouns) for s in window):
        nouns = set()  # "Who is the hospital's chief executive?": not "Dr. Helen Marsh, the hospital's medical
        # director"
    if role and role not in para_terms and not nouns & para_terms and role not in _ANY_OFFICER and not led_by:
        return "type", f"the text near the best sentence gives no one as the {_as_asked(q, role)!r}"
    unheld = _role_not_held(q, best, facts)
    if unheld:  # "Who is the health minister?": not "Rachel Dunmore said she would ask the health minister"
        return "type", unheld
    another = _office_of_another(q, best) if role or OFFICE_VERB.match(q.text) or _WHO_WILL_OFFICE.match(q.text) \
        or q.wh == "who" and _LEADING_ASKED.search(q.text) else None
    if another:  # "Who is the head of the Clyde Valley Enterprise Agency?": not "Ravi Bhandari, leader of Lanark
        return "contrast", another  # Valley Council"
    other = _role_of_elsewhere(q, best, corpus, facts)
    if other:  # "Who is the foreign minister of Brazil?": not "Foreign Minister Ana Costa" of no country
        return "contrast", f"the best sentence gives its {_as_asked(q, role or '')!r} without saying of {other!r}"
    name_asked = proper_name_asked(q.text) if q.wh != "why" else None  # "Why were the names not made public?"
    asked_names = {t for n in q.entities for t in terms(n)}
    person_asked = name_asked is not None and name_asked[1] == {"PERSON", "ENTITY"}

    def a_name(sp: Span) -> bool:  # the name of the thing asked, for a person a person's
        if not name_asked or sp.type not in name_asked[1] or set(terms(sp.text)) <= asked_names:
            return False
        noun = name_asked[0].rstrip("s")
        if person_asked and sp.text in facts.speakers(b) and not re.search(  # "the bus driver": "who was driving"
                rf"\b{re.escape(noun[:max(4, len(noun) - 3)])}", b.text[max(0, sp.start - 40):sp.end + 60], re.I):
            return False  # "the name of the boarder": not "according to Dr. Helena Marsh", the source
        if not person_asked or sp.type == "PERSON" or is_person(sp) or facts.full_name(b.doc, sp.text):
            return True
        # "a mother named Zuri", "the calf's mother, Zuri", "his nephew Tancred": a one-word name given to it
        before = b.text[:sp.start]
        return " " not in sp.text and (_NAMED_AS.search(before) is not None
                                       or re.search(rf"\b{re.escape(name_asked[0])},?\s+$", before) is not None)

    if name_asked and not any(a_name(sp) for sp in facts.spans(b)):
        # "What is the name of the hiker who was released ...?": not "The fourth, a 24-year-old woman, ...";
        # "the name of the injured firefighter": not "a 24-year-old from Redmond", a place
        return "type", f"the best sentence gives the {name_asked[0]} no name"
    unnamed = _unnamed(q, b.text)
    named = unnamed is not None and any(unnamed.group(1)[:4].casefold() in sp.text.casefold() for sp in facts.spans(b)
                                        if not sp.start < unnamed.end() <= sp.end)  # not "Five pathogens" itself
    # the name may follow with a title: "a local priest, Father Tomás Ruiz"
    apposed = unnamed is not None and best.span is not None and best.span.start >= unnamed.end() and re.fullmatch(
        r"\s*[,:–—(]?\s*(?:[A-Z][\w.]*\s+){0,2}", b.text[unnamed.end():best.span.start]) is not None
    # or go before it: "supplied by Imagen Médica Andina S.A.C., a company based in Lima"
    apposed = apposed or unnamed is not None and best.span is not None and best.span.end <= unnamed.start() \
        and re.fullmatch(r"\.?\s*,\s*", b.text[best.span.end:unnamed.start()]) is not None  # "Lda., a company"
    apposed = apposed or unnamed is not None and best.span is None \
        and re.search(r"\b[A-Z][\w’'-]+,\s*$", b.text[:unnamed.start()]) is not None  # "Hekla, a volcano in ..."
    if unnamed and not named and not apposed:
        # "Which staffing agency ...?": "hired nurses through *an outside agency*": the text does not name it
        return "type", f"the best sentence does not name the {unnamed.group(1)} ('{unnamed.group(0)}')"
    each = _unit_unsaid(q, best)
    if each:
        return "type", each
    alone = _not_alone(q, b.text)
    if alone:
        return "type", alone
    part = _part_unsaid(q, best, corpus)
    if part:
        return "type", part
    shared = _shared_figure(q, best)
    if shared:
        return "type", shared
    elsewhere = _named_in_another_clause(q, best, facts)
    if elsewhere:
        # "How many of the firefighters came from Nevada?": "1,100 firefighters were assigned ...,
        # with additional crews arriving from Oregon and Nevada": the figure is not Nevada's
        return "type", f"the best sentence names {elsewhere!r} only in another clause than its answer"
    lists = [items for _, _, items in coordinations(b.text)] if q.count else []
    if q.count and lists and max(lists) < q.count:  # "What are three factors ...?": "time or space"
        return "count", f"the best sentence lists {max(lists)} things, not the {q.count} asked for"
    if asks_who_said(q) and not REPORTS_SPEECH.search(b.text):
        return "type", "the best sentence reports no one saying it"
    if asks_who_said(q) and q.excluded and facts.speakers(b) and all(
            set(terms(x)) & set(q.excluded) for x in facts.speakers(b)):
        return "type", "the best sentence's speaker is the one set aside"  # "Apart from Costa, who said ...?"
    if speech_asked(q) and q.answer_type != "PERSON":  # "What did Li say?": Li must be the one saying it
        asked = [sp.text for sp in find_spans(q.text) if is_person(sp)]
        said_by = {t for name in facts.speakers(b) for t in terms(name)}
        sayer = _NAME_SAYS.match(q.text)
        if not asked and (sayer or _WHAT_SAID.match(q.text) and not _RAISED.search(b.text)) \
                and not REPORTS_SPEECH.search(b.text):
            # "What did the Federal Trade Commission say ...?": not "The commission declined to challenge ..."
            who = f"{sayer.group(1)!r} (or anyone)" if sayer else "anyone"
            return "speaker", f"the best sentence does not report {who} saying anything"
        if asked and not any(set(terms(name)) & said_by for name in asked):
            return "speaker", f"the best sentence does not report {asked[0]} saying it"
        # "What did the finance *minister* say?": the role noun before the speech verb
        # (not "official", which any office holder is: "director of the regional cultural heritage office")
        role = next((t.term for t in q.tokens if t.term in ROLE_TERMS - _ANY_OFFICE and not t.stop), None)
        if not asked and role and role not in corpus.sentence_terms[(b.doc, b.index)] and not any(
                role in facts.role_holders(doc) for doc in corpus.documents):
            return "speaker", (f"the text gives no one as the {_as_asked(q, role)!r} and the best sentence does not "
                               "mention one")
        other_speaker = bool(not asked and role and said_by and role not in corpus.sentence_terms[(b.doc, b.index)])
        holders = facts.role_holders(b.doc).get(role or "", set()) if other_speaker else set()  # a scan of the doc
        if role and other_speaker and holders and not said_by & holders:
            # "What did the Valverde coach say ...?": not "Valverde president Rui Tavares said ..."
            return "speaker", f"the best sentence reports someone other than the {_as_asked(q, role)!r} saying it"
    source = _only_the_source(q, best)
    if source:
        return "type", source
    by_referent = q.answer_type == "PERSON" and best.parts.get("type", 0.0) > 0
    # "How much copper does Chile produce?" wants an amount; "how much damage" may be said in words,
    # a degree before the noun ("widespread damage")
    in_words = q.answer_type == "QUANTITY" and bool(
        {t for m in _IN_WORDS.finditer(b.text) for t in terms(m.group(1))} & set(q.focus))
    sourced = asks_who_said(q) and ACCORDING_TO.search(b.text) is not None  # "according to <its source>"
    if q.answer_type in COMPATIBLE and q.answer_type != "ENTITY" and best.span is None \
            and not by_referent and not in_words and not sourced:
        return "type", f"no {q.answer_type.lower()} in the best sentence"
    change = CHANGE_VERBS.search(q.text)
    if q.wh == "how much" and q.answer_type == "QUANTITY" and change and not q.text[:change.start()].endswith("to ") \
            and not _PRECIPITATION.search(q.text) \
            and not CHANGE_VERBS.search(b.text) and not _A_CHANGE.search(b.text):
        # "How much did Sorano Pharma's shares rise?": not "Sorano Pharma ... will pay 4 billion yen"
        return "type", "the best sentence tells of no change"
    named_thing = name_of_noun(q.text) if q.answer_type == "DESCRIPTION" else None
    if named_thing and not _QUOTED_NAME.search(b.text) and not _CALLED.search(b.text) and not any(
            sp.type in NAME_TYPES and not set(terms(sp.text)) <= set(terms(q.text))
            for sp in facts.spans(b)):
        # "What was the name of the storm that damaged the farm?": not "The storm ... damaged the farm's net pens"
        return "type", f"no name in the best sentence for the {named_thing} asked"
    if q.answer_type == "ORGANIZATION" and best.span is not None and best.span.type == "LOCATION" \
            and q.head_term in _FIRM_TERMS:
        # "What was the name of the private bank ...?": not "the Americas"; a team or club may go by its town
        return "type", f"no {q.head} in the best sentence, only a place ({best.span.text!r})"
    # an active deed asked ("Who spotted ...?"), not a state ("Who was surprised that ...?": "he was surprised")
    slot = verb_slot(q) if q.wh == "who" and len(q.tokens) > 1 and q.tokens[1].norm not in BE_FORMS else None
    if slot is not None and slot[0] == "subject" and best.span is not None and not best.in_slot \
            and _done_by_no_one(facts.tokens(b), slot[1]):
        # "Who spotted the fault?": not "Patient groups criticised the delay before the fault was noticed"
        return "type", f"the best sentence tells it was done ({slot[1]!r}) but not by whom"
    if q.answer_type == "PERSON" and best.span is not None and best.span.type == "ORGANIZATION" and not best.in_slot \
            and not sourced and not _OWNER_OF.match(q.text):  # "according to the Census Bureau" says it; a company
        # may own another ("Who owns Clearstream?": "Clearstream, a subsidiary of the Paris-based Veyra Group")
        # "Who will serve as Kamau's deputy?": not "London School of Economics", named for something else
        return "type", "no person in the best sentence, and its organization does not do what is asked"
    return None


#: A quoted name or title: "the ship “Northern Star”", 'the drug "Xelora"'.
_QUOTED_NAME = re.compile(r"[“\"‘][A-Z][^”\"’]{0,60}[”\"’]")
#: A name given in lower case: "the drug, called lecanemab", "a method known as no-till farming".
_CALLED = re.compile(r"\b(?:called|named|known\s+as|dubbed|code-named|nicknamed|branded)\s+[\w“\"‘]", re.I)


#: Words that tell of a change without a verb of change ("up 4%", "from 12 to 15", "a gain").
_A_CHANGE = re.compile(r"\b(?:up(?!\s+to\b)|down|from|higher|lower|more|less|fewer|added|lost|doubl\w*|tripl\w*|"
                       r"halv\w*|surg\w*|rall\w*|gain\w*|loss\w*|increase|decrease|rise|fall|drop|decline|growth)\b",
                       re.I)


#: "Who will chair the board of X?": an office to be held.
_WHO_WILL_OFFICE = re.compile(r"^\s*who\s+(?:will|would|is to|is going to)\s+(?:chair|head|lead|run|manage|direct|"
                              r"coach|govern)\b", re.I)
#: "Who chairs/heads/leads/runs/owns/founded X?": an office held, which the best sentence must
#: give by its verb or a noun for its holder ("chairman", "chief executive", "owner").
#: "Who owns X?", whose answer may be a company as well as a person.
_OWNER_OF = re.compile(r"^\W*who\s+(?:now\s+|currently\s+)?(?:owns|owned|controls|controlled)\b", re.I)
#: "head" as an office: "head of the museum", "the museum's head", "head coach", "heads the agency".
_HEAD_OFFICE = re.compile(r"\bhead\s+of\b|[’']s\s+(?:new\s+|former\s+|current\s+|interim\s+|acting\s+)?head\b|"
                          r"\bhead\s+(?:coach|teacher|chef|nurse|curator|judge|gardener|keeper)\b|"
                          r"\b(?:new|former|current|interim|acting)\s+head\b|(?-i:\b[A-Z][\w-]*\s+head\s+[A-Z])|"
                          r"\bheads?\s+(?:up\s+)?(?:the|its|their|a|an)\b|\bheaded\b", re.I)
OFFICE_VERB = re.compile(r"^\s*who\s+(?:now\s+|currently\s+)?(chairs|chaired|heads|headed|leads|led|runs|ran|manages|"
                         r"managed|directs|directed|coaches|coached|owns|owned|founded|governs|governed)\b", re.I)
#: A role and the verb of holding it, said in a relative clause after a name: "X, who leads the group,".
_ROLE_VERBS = {stem(k): v for k, v in {"leader": "leads", "head": "heads", "chair": "chairs", "chairman": "chairs",
                                       "chairwoman": "chairs", "director": "directs", "manager": "manages",
                                       "owner": "owns", "founder": "founded", "coach": "coaches"}.items()}
#: Words before an office that say it is not held now, or not the office itself: "the *former* director",
#: "*deputy* head", "*acting* chair".
NOT_HOLDING = r"\b(?:former|ex-?|onetime|deputy|assistant|vice|associate|acting|interim)\b"
#: General words for a body one may lead: "who has led the company", "who chairs the board".
_BODY_TERMS = frozenset(terms(" ".join(ORG_NOUNS) + " board council agency authority organisation organization party "
                              "union association federation institution ministry department"))
#: A verb of leading and what is led ("who led the investigation"): the office of something else than
#: what is asked, unless its words are the question's.
_LED_THING = re.compile(r"\b(?:leads|led|heads|headed|manages|managed|chairs|chaired)\s+(?!by\b)(?:the\s+|its\s+|"
                        r"their\s+|his\s+|her\s+|an?\s+)?(?P<led>(?:(?!(?:into|over|on|about|against)\b)[\w’'-]+\s*){1,3})",
                        re.I)  # "led the investigation (into Tillora)": what is led, not what it is about
#: A decision or inquiry still to come on an open question: "would decide on Thursday whether to extend", "is
#: considering whether", "will vote next week on whether".
_PENDING_WHETHER = re.compile(r"\b(?:decide[sd]?|deciding|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|review(?:s|ed|ing)?|"
                              r"assess(?:es|ed|ing)?|determine[sd]?|determining|stud(?:y|ies|ied|ying)|examin(?:e|es|ed|"
                              r"ing)|discuss(?:es|ed|ing)?|vot(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?on)\s+"
                              r"(?:\w+\s+){0,3}?(?:whether|if)\b", re.I)
#: Items of a company's accounts, each its own figure: an operating margin is no operating loss.
_ACCOUNT_WORDS = ("margin revenue revenues sales profit profits loss losses income earnings deficit surplus debt "
                  "turnover ebitda dividend").split()
_ACCOUNT_TERMS = frozenset(terms(" ".join(_ACCOUNT_WORDS)))
_ACCOUNT_ITEM = re.compile(r"\b(" + "|".join(_ACCOUNT_WORDS) + r")\b(?:\s+of)?\s+(?:about\s+|nearly\s+|almost\s+|"
                           r"roughly\s+|around\s+|more\s+than\s+|\S+\s+)?$", re.I)
#: "Who is the head/chief/leader/boss of X?": an office, as "Who heads X?" (group 1 keys ``_OFFICE_WORDS``).
_HEAD_OF = re.compile(r"^\s*who\s+(?:is|was)\s+(?:now\s+|currently\s+)?the\s+(?:current\s+|new\s+)?"
                      r"(head|leader|boss|chief)\s+(?:of|at)\b", re.I)
#: Verbs of an office held ("Who runs X?"), as against a deed done ("Who led the survey?").
OFFICE_HELD = frozenset("runs ran heads headed chairs chaired manages managed directs directed governs "
                        "governed".split())
LEADING = ("head heads headed lead leads led leader leading chief president director chair chairs chaired chairman "
           "chairwoman chairperson boss executive ceo governor manager managed manages captain commander "
           "principal commissioner superintendent")
_OFFICE_WORDS = {
    "chai": LEADING, "head": LEADING, "lead": LEADING, "led": LEADING, "boss": LEADING, "chie": LEADING,
    "runs": LEADING + " run runs ran operate operates operated operator",
    "ran": LEADING + " run runs ran operate operates operated operator",
    "mana": LEADING, "dire": LEADING + " direct directs directed", "gove": LEADING + " govern governs governed",
    "coac": "coach coaches coached manager",
    "owns": "own owns owned owner owners parent stake bought acquired subsidiary",
    "owne": "own owns owned owner owners parent stake bought acquired subsidiary",
    "foun": "found founded founder founders co-founder established",
}


#: A person's office of a named body, right after the name: ", leader of Lanark Valley Council", ", chairman of
#: Kaimai" (group 1: the body's name).
_OFFICE_OF = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(LEADING.split()) +
                        r"|secretary|spokesman|spokeswoman|spokesperson|founder|owner|member)\s+(?:of|at)\s+(?:the\s+)?"
                        rf"([{CAPITAL}][\w’'&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[{CAPITAL}][\w’'&.-]*)*)")


_LEADING_ASKED = re.compile(r"\b(?:" + "|".join(LEADING.split()) + r")\b", re.I)


def _office_of_another(q: QuestionAnalysis, best: Candidate) -> str | None:
    """For a question about an office of a named body ("Who is the head of the Clyde Valley
    Enterprise Agency?", "Who will chair the board of Riverline Dairy?", "Who heads X?"), a
    reason when the best sentence's person is said, right after the name, to hold offices only
    of other named bodies (", leader of Lanark Valley Council"): no body of the apposition
    holds the asked one's name or is spelt by it, and the first office is not a former one.
    None otherwise, and for a deed asked ("Who led the march on Washington?": the name is no
    body whose office is asked)."""
    span = best.span
    if span is None or span.type not in ("PERSON", "ENTITY") or not q.entities:
        return None
    bodies = [e for e in q.entities if _office_asked(e).search(q.text)]
    m = _OFFICE_OF.match(best.sentence.text, span.end)
    if m is None or not bodies or re.match(r",\s+(?:a\s+|the\s+)?(?:former|ex-|onetime)", m.group(0), re.I):
        return None
    aside = best.sentence.text[span.end:]
    aside = aside[:m.end()] + re.split(r",\s+(?:said|says|told|added)\b|[;.]\s", aside[m.end():])[0]
    names = [x.rstrip(".") if not re.search(r"\b(?:Co|Corp|Ltd|Inc)\.$", x) else x
             for x in re.findall(rf"\b(?:of|at|and(?:\s+the)?)\s+(?:the\s+)?([{CAPITAL}][\w’'&.-]*(?:\s+(?:of\s+|&\s+)?"
                                 rf"[{CAPITAL}][\w’'&.-]*)*)", aside)]
    for body in bodies:
        asked = set(terms(body))
        if not asked or any(asked <= set(terms(n)) or set(terms(n)) <= asked or spells(body, n) or spells(n, body)
                            for n in names) or re.search(rf"\b{re.escape(body)}[’']s\b", aside):
            return None
    return f"the best sentence's person holds an office of {names[0]!r}, not of {bodies[0]!r}"


def _office_asked(body: str) -> re.Pattern[str]:
    """The question asks an office of ``body``: "head/chair/... of (the) <body>", "<body>'s
    chief", or an office verb taking it ("heads (the) <body>", "will chair the board of <body>")."""
    b = re.escape(body)
    return re.compile(rf"\b(?:{'|'.join(LEADING.split())}|board|owner|founder)\s+(?:of|at)\s+(?:the\s+)?{b}|"
                      rf"{b}[’']s\s+(?:[a-z]+\s+)?(?:{'|'.join(LEADING.split())})|"
                      rf"\b(?:heads?|chairs?|leads?|runs?|manages?|directs?|governs?|owns?)\s+(?:the\s+)?{b}\b", re.I)


#: "How much does a ferry ticket cost?": the thing priced, which the best sentence must name.
_HOW_MUCH_COST = re.compile(r"^\s*how much\s+(?:does|do|did|will|would|is|are|was|were)\s+(?:(?:a|an|the|each|one)\s+)?"
                            r"(?!it\b)((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:(?:expected|likely|set|due|going|"
                            r"estimated|projected|forecast)\s+to\s+)?cost\b", re.I)  # "is the recount expected to cost"


#: A sentence saying the thing a question asks is not known: "has not said *whether*" (a yes/no question),
#: "have not yet said *which* vessel", "did not disclose *how much*", "it is unclear *when*", "*Whether* ...
#: remains unclear" (one group: its wh-word, ``_wh_of``).
_UNTOLD = re.compile(r"\b(?:(?:has|have|had|did|does|do|would|could|will)\s+not\s+(?:yet\s+)?|(?:hasn|haven|hadn|didn|"
                     r"doesn|won)[’']t\s+(?:yet\s+)?|(?:declined|declines|refused|refuses)\s+to\s+)"
                     r"(?:comment\s+on|said|say|decided|decide|announced|disclosed|disclose|revealed|"
                     r"reveal|released|release|named|name|identified|identify|confirmed|confirm|determined|determine|"
                     r"explained|explain|specified|specify)\s+(whether|if|which|who|whom|what|when|where|why|how)\b"
                     r"|\b(?:is|was|remains|remained)\s+(?:still\s+|yet\s+)?(?:unclear|not\s+(?:yet\s+|immediately\s+)?clear|"
                     r"not\s+(?:yet\s+|immediately\s+)?known|"
                     r"unknown|uncertain)\s+(whether|if|which|who|whom|what|when|where|why|how)\b"
                     # "planned for a range of tariff outcomes but declined to give details": how is not told
                     r"|\b(?:declined|refused|(?:did|would)\s+not)\s+(?:to\s+)?(?:give|provide|offer|disclose|release)\s+"
                     r"(?:any\s+|further\s+|more\s+)?(details)\b"
                     # "Neither system said whether any of its hospitals might close."
                     r"|\b(?:neither|nobody|no\s+one|none)\b[^.;]{0,60}?\b(?:said|says|say|disclosed|confirmed|"
                     r"announced|indicated)\s+(whether|if|which|who|what|when|where|why|how)\b"
                     # "it was too early to say whether ...", "investigators would also check whether ..."
                     r"|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|judge)\s+(whether|if|which|who|what|when|how|why)\b"
                     r"|\bremains?\s+to\s+be\s+seen\s+(whether|if|which|who|what|when|how|why)\b"
                     r"|\b(?:would|will|are\s+to|is\s+to|were\s+to|was\s+to|plan\s+to|plans\s+to)\s+(?:also\s+)?"
                     r"(?:check|examine|investigate|establish|determine|look\s+into)\s+(whether|if|how|why|what)\b"
                     # "Whether the rest of the slope will have to be blasted away remains unclear."
                     r"|^\W*(whether|which|who|what|when|where|why|how)\b[^.;]{0,150}?\b(?:is|was|remains|remained)\s+"
                     r"(?:still\s+|yet\s+)?(?:unclear|not\s+clear|not\s+known|unknown|uncertain)\b", re.I)

#: A refusal to tell a thing by its noun: "declined to predict the final margin", "would not give a figure for the
#: cost" (one group: the noun phrase, whose head must be the question's head noun).
_NOT_PREDICTED = re.compile(r"\b(?:declined|declines|refused|refuses|(?:did|does|would|could)\s+not|(?:didn|doesn|"
                            r"wouldn|couldn)[’']t)\s+(?:to\s+)?(?:predict|forecast|estimate|project|guess|give|provide|"
                            r"disclose|reveal|comment\s+on|put\s+a\s+(?:figure|number|value|price)\s+on)\s+"
                            r"(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+|any\s+)?(?:possible\s+|potential\s+)?"
                            r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")  # "would not comment on possible penalties"


def _refused_thing(q: QuestionAnalysis, x: Sentence) -> str | None:
    """The words of a sentence refusing to tell the very thing asked (``_NOT_PREDICTED``): its
    noun phrase's head is the question's head noun, and its words and those of an "of" phrase
    after it are all the question's ("declined to predict the final margin"; not "declined to
    estimate the cost of the second phase" for the first phase's); None otherwise."""
    refused = _NOT_PREDICTED.search(x.text)
    noun = re.match(r"(?:(?!(?:of|for|in|on|at|to|by|with|the|under|from|over|about|after|before)\b)[\w-]+\s*)+",
                    refused.group(1)) if refused else None
    if refused is None or noun is None:
        return None
    thing = noun.group(0).strip()
    of = re.match(r"\s*of\s+((?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}[\w-]+)",
                  x.text[refused.start(1) + len(noun.group(0)):])
    told = set(terms(thing + " " + (of.group(1) if of else "")))
    return refused.group(0) if terms(thing)[-1:] == [q.head_term] and told <= set(terms(q.text)) else None


#: "Who is the <role> (of X)?": the role's words (group 1), which may title the name that answers.
_WHO_IS_TITLE = re.compile(r"^\W*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w-]+[’']s\s+)?(?:new\s+|current\s+)?"
                           r"([a-z][\w\s-]*?)(?:\s+(?:of|at|for)\s+[^?]*)?\s*\?*\s*$", re.I)
#: What tells how something is done (means, manner, words, purpose): "by/through/via/using/with ...", "as",
#: "in a statement", "rather than", "so that", "to <verb>", "after/when" (how one found out), or a quote.
_MANNER_SAID = re.compile(r"\b(?:by|through|via|using|uses?|used|with|without|as|after|when|rather\s+than|instead\s+of|"
                         r"thanks\s+to|because|so\s+that|in\s+order\s+to|to\s+(?!the\b|a\b|an\b|\d)[a-z]+|"
                         r"in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|ballot|vote|post|"
                         r"interview|report|speech)|in\s+(?:cash|kind|person|writing|full|instal+ments|public|private|"
                         r"secret|stages|phases|turn))\b|[“\"]", re.I)  # "paid in cash", "phased in in stages"
#: A cause asked by its noun, or by "what made X <verb>": "What was the source of the outbreak?" (group 1).
_CAUSE_NOUN_ASKED = re.compile(r"^\W*what\s+(?:was|is|were|are|will\s+be|has\s+been)\s+(?:the\s+)?(?:likely\s+|main\s+|"
                               r"probable\s+)?(cause|source|origin|trigger)s?\s+(?:of|for|behind)\b"
                               r"|^\W*what\s+(?:made|makes|make)\s+(?:\w+\s+){1,4}?(fail|collapse|crash|break|stop|"
                               r"leak|explode|burn|sink|flood|fall|rise|drop|give\s+way|cave\s+in|burst|crack|derail|catch\s+fire|"
                               r"go\s+wrong)\b", re.I)
def _cue_after_deed(text: str, deed: str) -> bool:
    """Whether "as", "amid", "when", "since" or "with" follows the deed asked ("What made shares
    fall?": "Shares fell 4% *as* investors ..."), not before it ("..., *when* a section of the
    terrace gave way": the clause of the deed itself); anywhere when the sentence does not write the deed."""
    base = deed.split()[0].casefold()
    forms = "|".join([re.escape(base.removesuffix("e")) + r"\w*", *_IRREGULAR_DEEDS.get(base, "").split()])
    at = re.search(rf"\b(?:{forms})\b", text, re.I)
    if re.match(r"\W*(?:with|amid|as)\b[^,]*,", text, re.I):
        return True  # "Amid torrential rain, the embankment gave way": a cause fronted before the deed
    return re.search(r"\b(?:as|amid|when|since|with)\b", text[at.end() if at else 0:], re.I) is not None


#: Past forms of the deeds a cause is asked of that do not start as their base does.
_IRREGULAR_DEEDS = {"give": "gave", "fall": "fell", "rise": "rose risen", "sink": "sank sunk", "break": "broke",
                    "go": "went gone", "catch": "caught"}


#: "What charges/sentence/penalty could X face?", and what tells one: a charge, a sentence, a fine, a prison term.
_PENALTY_ASKED = re.compile(r"^\W*what\s+(?:kind\s+of\s+|type\s+of\s+)?(?:charges?|sentences?|penalt(?:y|ies)|"
                            r"punishments?|fines?|jail\s+terms?|prison\s+terms?)\b[^?]*\b(?:face|faces|facing|get|"
                            r"receive|be\s+given|be\s+handed)\b", re.I)
_PENALTY_SAID = re.compile(r"\b(?:charg\w*|sentenc\w*|prison|jail\w*|imprison\w*|fine[ds]?|fining|penalt\w*|"
                           r"punish\w*|fac(?:e|es|ed|ing)|convict\w*|years?\b|months?\b|accus\w*|indict\w*|ban\b|bans\b|"
                           r"banned|suspen\w*|disqualif\w*|probation|expel\w*|order\w*\s+to\s+(?:pay|repay|serve)|"
                           r"plead\w*|pled|counts?\s+of|licen[cs]e|stripped)",
                           re.I)
#: Names kept back by a passive: "Their names were not released", "his name has not been made public".
_NAMES_WITHHELD = re.compile(r"\b(?:their|his|her|its)\s+names?\s+(?:was|were|has|have|had|is|are)\s+not\s+(?:yet\s+)?"
                            r"(?:been\s+)?(?:released|disclosed|given|made\s+public|published|revealed)\b", re.I)
_WHO_IS_ROLE = re.compile(r"^\W*who\s+(?:is|are|was|were|will\s+be)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\s*[?.!]*\s*$",
                          re.I)


def _asks_a_name(q: QuestionAnalysis) -> bool:
    """Whether a what-question asks a name ("What is the whistleblower's name?")."""
    return "name" in q.focus and q.wh == "what"


def _role_asked(q: QuestionAnalysis) -> str | None:
    """The role a who-is question asks the holder of ("Who are Berg's assistant *coaches*?"), or
    None ("Who was *detained*?" asks a deed's object, no role)."""
    role = _WHO_IS_ROLE.match(q.text)
    word = role.group(1).casefold() if role else ""
    return word if word and not word.endswith("ed") and not (word_tag(word) or "").startswith("VB") else None


def _unnamed_asked(q: QuestionAnalysis, said: str, after: str) -> bool:
    """Whether the noun a sentence leaves unnamed ("declined to name *the managers*") is what the
    question asks for: the question's head noun ("Which four *managers* ...?") or the role a
    who-is question asks ("Who are the assistant *coaches*?"); not a word the question only
    mentions ("Who shot the officer?": "They have not identified the officer"), nor a possessive
    ("the *project's* chief engineer")."""
    words = said.casefold().split()
    if after.startswith(("'s", "’s")) and len(words) == 1 or not words:
        return False  # "has not named the project's chief engineer": the project is not what is unnamed
    head = next((w for w in reversed(words) if w not in STOP_WORDS), words[-1])
    cut = words[:words.index(head) + 1]
    asked = {t for t in (q.head_term, q.subject) if t}
    if _asks_a_name(q):  # "What is the whistleblower's name?": the whistleblower
        asked |= set(q.focus) - {"name"}
    asked |= set(terms(_role_asked(q) or ""))  # "Who are Berg's assistant coaches?": coaches
    if "name" in asked and "name" in q.focus:  # "What are the names of the three banks ...?": the banks
        asked |= set(q.focus[q.focus.index("name") + 1:q.focus.index("name") + 3])
    return bool(asked & set(terms(" ".join(cut))) - set(q.excluded))


#: A refusal to name someone: "He declined to name the managers", "police did not identify the driver".
_NOT_NAMED = re.compile(r"\b(?:declined|refused|(?:did|would|could|has|have|had)\s+not|(?:didn|wouldn|hasn|haven)[’']t)"
                        r"\s+(?:yet\s+)?(?:to\s+)?(?:name|named|identify|identified|disclose\s+the\s+(?:name|identity)\s+of)"
                        r"\s+"
                        r"(?:the\s+|any\s+of\s+the\s+|her\s+|his\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)",
                        re.I)  # "has not yet named her assistant coaches"
#: "How will X be paid for / funded / financed?": where the money comes from, which a sentence tells by a
#: source of money ("a loan", "federal grants", "a bond issue", "financed by", "cover part of the cost").
FUNDING_ASKED = re.compile(r"^\s*how\b.*\b(?:(?:pay|pays|paid|paying)\s+for|fund|funds|funded|funding|financ\w*)\b",
                           re.I)  # not "How did fans pay tribute?", nor "How will workers be paid?"
FUNDING_SAID = re.compile(r"\b(?:financ\w*|fund\w*|loans?|grants?|bonds?|budget\w*|subsid\w*|levy|levies|taxe?s?|"
                          r"borrow\w*|credit|investors?|sponsor\w*|donat\w*|contribut\w*|reserves|revenues?|"
                          r"paid\s+(?:for|by|out\s+of|from)|pay\s+for|cover\w*\s+(?:part\s+of\s+)?the\s+costs?|"
                          r"fees?|fares?|tolls?|proceeds|equity|savings)\b", re.I)
#: "Where is X headquartered/based?": where an organization has its seat, which a sentence tells by "based in",
#: "-based", "headquarters" or "head office" (``BASE_SAID``).
#: Words of speaking ("Where did the minister speak to reporters?" asks where it was said).
_SPEAKING_WORDS = frozenset(terms("say said tell told speak spoke talk address announce brief reporters press "
                                  "conference statement interview speech remarks remark comment"))
#: A plan told, whose details may be refused: "had planned for a range of tariff outcomes", "would ...".
_PLAN_SAID = re.compile(r"\b(?:plan\w*|would|will|intend\w*|prepar\w*|strateg\w*|propos\w*)\b", re.I)
#: A thing whose telling is still to come: "Its new name has not been announced", "the cost was not disclosed".
_NOT_YET_TOLD = re.compile(r"\b(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z]+)"
                           r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"  # "cause of the blaze"
                           r"\s+(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?P<verb>announced|"
                           r"disclosed|named|released|revealed|decided|set|made\s+public|given|confirmed|published|"
                           r"determined|established|identified|known)\b(?!\s+(?:until|to|by|as)\b)", re.I)
#: The verbs of finding out, which say a thing is not known only of a noun of knowledge ("the *cause* has not been
#: determined"), not of the thing itself ("the company was not established until 1990", "the two bodies have not
#: yet been identified").
_FOUND_OUT = frozenset("determined established identified known".split())
_KNOWLEDGE_NOUNS = frozenset("cause causes reason reasons identity identities name names number figure amount cost "
                             "value price date time timing location whereabouts origin source motive extent size "
                             "scale toll outcome winner".split())
#: What a withheld noun leaves open: "the date has not been set" for "when", "the cost" for "how much".
_WITHHELD_NOUNS = {"date": ("when",), "time": ("when",), "timing": ("when",), "cost": ("how much",),
                   "price": ("how much",), "amount": ("how much", "how many"), "sum": ("how much",),
                   "figure": ("how much", "how many"), "reason": ("why",), "cause": ("why",),
                   "location": ("where",), "site": ("where",), "identity": ("who",), "name": ("who", "which")}
#: A means told: "by raising prices", "through a bond issue", "using drones".
_BY_MEANS = re.compile(r"\b(?:by|through|via|using)\s+\w", re.I)
#: Where something was said: "told reporters in Wellington", "speaking in Geneva", "said in Brussels".
_SAID_AT = re.compile(r"\b(?:(?:told|tells|telling)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+"
                      r"conference|parliament|lawmakers|a\s+briefing)|speaking|said|says|told\s+\w+)\s+(?:in|at)\s+"
                      r"(?:the\s+)?$", re.I)
#: Continents and regions of several countries, in which a country is a place ("Where in Europe ...?").
_REGIONS = frozenset("Europe Asia Africa America Americas Oceania Scandinavia Balkans Caribbean East Gulf Sahel "
                     "Baltics Caucasus Arctic Antarctica".split())
#: Verbs whose object says the deed ("set a record", "make a profit", "hold talks"): the object answers.
_LIGHT_VERBS = frozenset("set sets make makes made take takes took hold holds held have has had get gets got give "
                         "gives gave do does did".split())
#: "Where in the Mekong Delta ...?", "Where in New York City ...?": a place inside the one named.
_WHERE_IN = re.compile(r"^\s*(?i:where\s+in\s+(?:the\s+)?)([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")
BASE_ASKED = re.compile(r"^\s*(?:where|in\s+(?:which|what)\s+(?:city|town|country))\b.*\b(?:headquartered|based|"
                        r"head\s+office|headquarters)\b", re.I)
BASE_SAID = re.compile(r"-based\b|\bbased\s+(?:in|at|near|out\s+of)\b|\bheadquarter\w*|\bhead\s+office|"
                       r"\bhome\s+base\b", re.I)
#: Where a sum comes from, after it: "$1.9 million *from the Geneva-based Kessler Foundation*" (group 1: the name).
_SUM_FROM = re.compile(r"\s+(?:\([^()]{1,40}\)\s+)?from\s+(?:the\s+)?(?:[\w-]+-based\s+)?"
                       r"((?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&’'-]*)")
#: A question asking what someone gave, put in or paid (not what they got).
_GIVES_SUM = re.compile(r"\b(?:give|gave|given|put|puts|contribut\w*|pa(?:y|id|ys)|invest\w*|fund\w*|donat\w*|"
                        r"provid\w*|spen[dt]\w*|grant\w*|lend\w*|lent)\b", re.I)
#: Nouns of any amount, which a figure answers without naming them ("How much money ...?": "45 million lei").
_ANY_AMOUNT = frozenset(terms("money cash funding amount sum total"))
#: A count given without its parts: "did not give a breakdown by district".
_NO_BREAKDOWN = re.compile(r"\b(?:(?:did|does|has|have|would)\s+not|(?:didn|doesn|hasn|haven)[’']t|declined\s+to|"
                           r"refused\s+to|without)\s+(?:give|giving|provide|providing|release|releasing|offer|"
                           r"offering)?\s*(?:a|any)\s+breakdown\b", re.I)
#: A court's or a panel's decision, by its nouns (a "ruling" stems to "rule", the verb of governing).
_DECISIONS = frozenset("ruling decision verdict judgment judgement".split())
#: A date not yet set: "a date for its ruling has not been set", "no date has been set for the trial" (group 1:
#: what the date is of).
_NO_DATE = re.compile(r"\b(?:a|the)\s+date\s+(?:for\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+)?(?:has|had)\s+not\s+"
                      r"(?:yet\s+)?been\s+(?:set|fixed|announced)|\bno\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+"
                      r"(?:set|fixed|announced)\s+for\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\b", re.I)
#: "how many", "how much" ...: a degree, not the manner a plain "how" asks.
_HOW_DEGREE = re.compile(r"\s+(?:many|much|long|far|old|often|big|large|soon|fast|high|deep)\b", re.I)
#: The same refusal in a relative clause after the noun: "a group of three *banks*, which the company declined
#: to name" (group 1: the noun).
_NOT_NAMED_BEFORE = re.compile(r"\b([a-z][\w-]*),?\s+(?:which|whom|who)\s+(?:\w+\s+){0,3}?(?:declined|refused|"
                               r"(?:did|would|could|has|have|had)\s+not|(?:didn|wouldn|hasn|haven)[’']t)\s+(?:to\s+)?"
                               r"(?:name|identify)\b", re.I)
#: The wh-words of a sentence that leave each kind of question unanswered.
_UNTOLD_WH = {"yesno": {"whether", "if"}, "which": {"which", "what", "who"}, "what": {"what", "which"},
              "who": {"who", "whom", "which"},
              "whom": {"who", "whom"}, "when": {"when"}, "where": {"where"}, "why": {"why"},
              "how many": {"how"}, "how much": {"how"}, "how long": {"how"}, "how far": {"how"},
              "how old": {"how"}, "how": {"how", "details", "whether", "if"}}


def _wh_of(untold: re.Match[str]) -> str:
    """The wh-word of a sentence saying something is not known (``_UNTOLD``), lower case."""
    return next(g for g in untold.groups() if g).casefold()


def _other_how(q: QuestionAnalysis, text: str, untold: re.Match[str]) -> bool:
    """Whether "did not say how ..." leaves open another "how" than the one asked: "How many
    bottles are affected?" is not left open by "has not said how the impurity got into the
    tablets" (a manner), only by "how many" or "how much" (or the word the question has)."""
    if not q.wh.startswith("how ") or _wh_of(untold) != "how":
        return False
    return re.match(rf"\s*{re.escape(q.wh.split()[1])}\b", text[untold.end():], re.I) is None


def _told_before(q: QuestionAnalysis, before: str, left_open: str) -> bool:
    """Whether a clause before the one saying something is not known tells what the question asks:
    its verb, and every word of the question the open clause writes ("Northway will cut four more
    routes in May, though Ortega declined to say whether further cuts would follow": "Will Northway
    cut more routes in May?"; not "Northway cut four routes in March, but ... declined to say whether
    it would cut more routes in May", nor "repaid part of the loan but has not said how it will repay
    the rest" for the rest)."""
    turns = list(_CLAUSE_TURN.finditer(before))
    told = set(terms(before[:turns[-1].start()])) if turns else set()
    open_words = set(terms(" ".join(left_open.split()[:10]))) & set(q.focus)
    verb = main_verb(q)  # "Did the talks collapse?": the lexicon tags "collapse" a noun first
    # the main verb when there is one ("How did the chamber *arrive* at its estimate of losses?": not "losses")
    verbs = {verb.term} | synonyms(verb.term) if verb is not None else question_verbs(q)
    return bool(verbs & told) and open_words <= told | {x for t in told for x in synonyms(t)}


#: Where a sentence turns to another clause: ", though", ", but", "; ", " but ".
_CLAUSE_TURN = re.compile(r",\s*(?:though|although|but|while|and)\b|;|\bbut\b", re.I)


#: "How much did it cost to replace the cracked valve?": the cost of the thing acted on, which
#: the best sentence must name (its words up to a preposition).
_COST_TO = re.compile(r"^\s*how much\s+(?:does|do|did|will|would)\s+it\s+cost\s+to\s+(?P<deed>[a-z]+)\s+"
                      r"(?:a|an|the|its|their)\s+(?P<thing>(?:(?!(?:at|in|on|of|for|by|from|with|to)\b)[a-z][\w-]*\s*)"
                      r"{1,3})", re.I)


#: What a price is the price of ("the base bus *fare*" for a bus ride), and the general nouns news uses
#: for a thing named before ("paid for *the work*, which cost £276,000" after "the replacement of 312
#: streetlights"; "*the agreement* would cost" for the contract).
_PRICE_WORDS = re.compile(r"\b(?:fares?|prices?|fees?|charges?|tolls?)\b", re.I)
_GENERAL_THING = re.compile(r"\b(?:the|this|that)\s+(?:work|works|project|scheme|plan|programme|program|agreement|"
                            r"deal|contract|upgrade|changes|effort|package|purchase|order)\b"
                            r"|^\s*(?:It|This)\s+(?:is|was|will|would|could|has|had)\b", re.I)  # "It will cost"


def _costed_by_other_words(costed: str, thing: list[str], best: Sentence, window: list[Sentence],
                           corpus: Corpus, unit: bool) -> bool:
    """Whether the best sentence prices the asked thing without its noun: a price word with the
    thing's other words ("a single bus ride": "the base bus fare"), or a general noun for a thing
    its paragraph or the two sentences before name ("the street lighting": "the work", after "312
    streetlights") unless the price of one is asked (``unit``: "each", "per")."""
    others = {t for w in thing[:-1] for t in terms(w)}
    if _PRICE_WORDS.search(best.text) and others & set(corpus.sentence_terms[(best.doc, best.index)]):
        return True
    if not _GENERAL_THING.search(best.text) or unit:
        return False  # "How much does each solar radio cost?": not "The program costs $1.8 million", a total
    if re.match(r"\s*(?:It|This)\b", best.text):  # "It will cost $90 million": what the sentence before names
        near = [s for s in corpus.sentences[best.doc] if s.index == best.index - 1]
    else:
        near = [s for s in corpus.sentences[best.doc] if s in window or 0 < best.index - s.index <= 2]
    return any(t == costed or len(costed) >= 4 and t.endswith(costed) and len(t) - len(costed) >= 3
               or synonyms(costed) & {t}
               for s in near for t in corpus.sentence_terms[(s.doc, s.index)])


def _before_preposition(words: list[str]) -> list[str]:
    """The words of a noun phrase before its first preposition ("recount in Accra": "recount")."""
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in _PREPOSITIONS), len(words))
    return words[:cut]


_PREPOSITIONS = frozenset("in at of for on from near by with".split())


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of a noun phrase up to its head: "cracked valve" of "cracked valve", "new stadium"
    of "new stadium downtown", "roof" of "roof damaged" (an adverb or a participle after the head
    ends it)."""
    for i, w in enumerate(words):
        if i and (not (word_tag(w.casefold()) or "NN").startswith(("NN", "JJ")) or w.endswith("ed")
                  or w.casefold() in _ADVERB_NOUNS):
            return words[:i]
    return words


#: Words tagged as nouns that end a noun phrase as adverbs of place or time ("the stadium *downtown*").
_ADVERB_NOUNS = frozenset("downtown uptown nationwide overseas abroad home today tomorrow tonight now there here "
                          "instead again".split())


#: Sums paid to or by someone that a text names by their noun or a near one ("salary": "paid", "earns"); a
#: sum asked by one of them must be said with one near the best sentence.
_PAY_NOUNS = {stem(k): frozenset(stem(w) for w in v.split()) for k, v in {
    "salary": "salary salaries wage wages pay paid earn earns earned earning earnings income",
    "wage": "salary wage wages pay paid earn earns earned hourly",
    "fine": "fine fined fines penalty penalties",
    "rent": "rent rents rental lease",
    "bonus": "bonus bonuses",
    "ransom": "ransom",
    "pension": "pension pensions",
}.items()}


#: The words that tell of a beginning ("When did X begin/start ...?").
_BEGINNING = ("begin began begun beginning start started starting launch launched commence commenced open opened kick "
              "kicked first since")
#: Words that give a name to what they follow: "a mother *named* Zuri", "*called* Ben".
_NAMED_AS = re.compile(r"\b(?:named|called|dubbed|known as)\s+$")


#: A figure asked of one party alone: "How many hospitals does X operate *on its own*?",
#: "How many hectares burned in Ocotepeque *alone*?", "... in Iqaluit *itself*?".
_ALONE = re.compile(r"\b(?:on\s+(?:its|their|his|her)\s+own|by\s+(?:itself|themselves))\b|"
                    r"\b[A-Z][\w’'.-]*\s+(?:alone|itself|themselves)\b")  # not "live alone", "restart itself"
#: A figure of several parties together: "a combined hospital system", "across its 25 communities".
_JOINT = re.compile(r"\b(?:combined|together|jointly|altogether|in all|both|across)\b", re.I)


def _not_alone(q: QuestionAnalysis, text: str) -> str | None:
    """Why the best sentence's figure is not the one a question asks of one party alone
    ("How many hospitals does St. Brendan operate on its own?"), or None: the sentence
    gives a joint figure ("the merger of Northshore and St. Brendan ... a combined system
    that will operate 14 hospitals"), does not name the party, or names it in a list with
    others ("across Copán, Ocotepeque and Lempira")."""
    if q.answer_type not in VALUE_TYPES or not _ALONE.search(q.text) or re.search(
            r"\b(?:alone|itself|on its own|by itself)\b", text, re.I):
        return None  # "In Ocotepeque alone, 4,500 hectares burned, more than in Copán and Lempira combined"
    joint = _JOINT.search(text)
    if joint:
        return f"the question asks a figure of one alone, and the best sentence's is joint ({joint.group(0)!r})"
    words = set(terms(text))
    listed = [set(terms(text[a:b])) for a, b, _ in coordinations(text)] if q.entities else []
    for name in q.entities:
        if not set(terms(name)) <= words:
            return f"the question asks a figure of {name!r} alone, and the best sentence does not name it"
        if any(set(terms(name)) <= x for x in listed):
            return f"the question asks a figure of {name!r} alone, and the best sentence lists it with others"
    return None


#: "When was X founded/opened/born ...?": a one-time event, whose date the best sentence must
#: give with the event's verb or noun ("founded in 1921", "its founding", "opened", "birth").
_WHEN_EVENT = re.compile(r"^\s*(?:(?:by|until|since|in)\s+)?(?:when|(?:what|which)\s+year)\s+"
                         r"(?:(?:was|were|is|will)\b.*\b(founded|established|opened|born|built|launched|created|elected|"
                         r"appointed|married|discovered|invented|set up)|"
                         r"(?:did|will|does)\b.*\b"
                         r"(become|join|resign|retire|die|open|found|establish|build|launch|create)|"
                         r"did\b.*\b(begin|start))\b(?!-)", re.I)  # not "When will X start using ...?", a plan,
# nor "the start-up", a noun
#: A span of time by its two ends: "from mid-2021 to early 2024", "from March until June".
_FROM_TO = re.compile(r"\bfrom\s+(?:(?:early|late|mid)[- ]?)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})\s+(?:to|until|till|through)\b")
_EVENT_WORDS = {
    "foun": "found founded founding founder established establishment", "esta": "established founded",
    "open": "open opened opening inaugurated", "born": "born birth birthday", "buil": "build built construction",
    "set ": "set founded established founding",
    "begi": _BEGINNING, "star": _BEGINNING,
    "laun": "launch launched", "crea": "create created creation founded set",
    "elec": "elect elected election vote won", "appo": "appoint appointed appointment named",
    "marr": "marry married marriage wedding wed", "disc": "discover discovered discovery found",
    "inve": "invent invented invention",
    "beco": "become became becomes becoming appointed named elected sworn took succeeded replaced",
    "join": "join joined joining signed", "resi": "resign resigned resignation quit stepped",
    "reti": "retire retired retirement", "die": "die died death dead killed",
}


#: "What caused/sparked/triggered X?": a cause asked, which the best sentence must tell of.
#: Words that tell of a cause ("was caused by", "blamed on", "because", "after lightning struck").
#: A purpose: "to allow emergency repairs", "to meet stricter emissions rules" (a verb of aim after "to").
#: Words whose own complement is "to" and a verb ("sentenced to serve", "voted to accept", "able to handle").
_TAKES_TO = ("sentenced", "voted", "vote", "votes", "agreed", "agree", "refused", "licensed", "allowed", "able",
             "due", "expected", "plans", "plan", "planned", "designed", "decided", "ordered", "forced", "asked",
             "told", "chose", "wants", "wanted", "hopes", "hoped", "tried", "set", "going", "enough")
_PURPOSE = (r"\bto\s+(?:allow|enable|let|make|help|give|meet|avoid|prevent|protect|ensure|keep|save|cut|reduce|ease|"
            r"free|fund|pay|raise|boost|speed|stop|limit|curb|tackle|fight|combat|attract|expand|secure|comply|replace|"
            r"repair|upgrade|improve|offset|cover|finance|restore|relieve|support|strengthen|encourage|deter|lure|lower|"
            r"increase|slow|halt|contain|address|counter|compete|focus|cope)\b"
            # "must be deepened to 17 metres *to accept* the largest ships"; not a verb's own complement:
            # "sentenced to serve", "voted to accept", "licensed to carry"
            r"|" + "".join(rf"(?<!\b{w} )" for w in _TAKES_TO)
            + r"\bto\s+(?:accept|accommodate|handle|serve|carry|host|prepare|connect|link)\b")


#: Role words that any office holder answers to ("the heritage official").
_ANY_OFFICE = frozenset(terms("official officials"))


#: A feeling and what it is about, a reason for it: "We were *lucky that* it happened at night".
_FEELING_THAT = (r"(?:lucky|fortunate|glad|happy|pleased|relieved|sorry|proud|grateful|thankful|disappointed|"
                 r"surprised|shocked|saddened)\s+(?:because\b|that\b(?!\s+(?:day|night|morning|evening|week|"
                 r"month|year|time|moment)\b))")  # not "felt lucky that day"


#: What a sentence answering "why" says it with: a cause ("because", "after a volcano erupted", "over a
#: ticketing scandal", "amid a sell-off", "following heavy snow", "in protest at", "fined for polluting"), a
#: purpose ("to allow repairs", "aimed at"), someone's reasoning ("..., arguing that higher contributions would
#: hurt hiring", "She cautioned that ..."), words quoted, or "as" starting a clause ("fell 6% as smartphone
#: makers cut orders"; not "such as", "known as", "as chairman").
_REASON_CUE = re.compile(r"\b(?:because|due to|owing to|thanks to|result\w*|caus\w*|blam\w*|attribut\w*|reasons?|"
                         r"at\s+the\s+(?:request|urging|behest)\s+of|on\s+the\s+(?:advice|orders?)\s+of|"
                         r"under\s+pressure\s+from|in\s+response\s+to|resent\w*|complain\w*\s+(?:about|of|that)|"
                         r"(?:upset|angry|angered|frustrated|unhappy)\s+(?:about|over|at|by|with|that)|"
                         r"goals?|aims?|aimed|purpose|intended|meant|so that|in order|explain\w*|why|"
                         r"(?:ruling|ruled|finding|holding)\s+that|argu\w*|warn\w*|" + _FEELING_THAT + "|"
                         r"caution\w*|claim\w*|insist\w*|accus\w*|alleg\w*|"
                         r"cit(?:ed|ing)|believ\w*|fear\w*|worr\w*|concern\w*|amid|(?<!the )following(?!\s+(?:day|"
                         r"week|month|year|morning|night|season))|in protest|"
                         r"over\s+(?:a|an|the|its|their|his|her|alleged|concerns?|claims?)\b(?!\s+(?:next|past|last|"
                         r"coming|weekend|years?|months?|weeks?|days?|summer|winter|spring|autumn|period|course|"
                         r"decade|holidays?)\b)|for\s+\w+ing|over\s+(?:[\w-]+\s+)?(?:errors?|mistakes?|failures?|fears?|"
                         r"safety|delays?|allegations?|complaints?|problems?|defects?|faults?|irregularities|"
                         r"violations?|breach(?:es)?|disputes?|shortages?|contamination|risks?)\b|"
                         r"since\s+(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|last|then|the\s+\d|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|early|late|mid|its|their|\w+\s+(?:years?|months?|"
                         r"weeks?|days?)\b)|" + _PURPOSE + "|"
                         r"(?<!such )(?<!well )(?<!known )(?<!as )as(?!\s+(?:well|part|such|of|a|an|the|much|many|"
                         r"long|soon|far|if|though|to|for|its?|their|his|her|\w+ly|chair\w*|head|chief|president|"
                         r"director|manager|minister|coach|captain|leader|ceo|member|planned|scheduled|usual|"
                         r"expected)\b))\b|after(?!\s+(?:about\s+|around\s+|nearly\s+)?(?:\d|noon|midnight|dawn|dusk|"
                         r"dark|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:morning|afternoon|evening|night|"
                         r"weekend|match|game|meeting|vote|season)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
                         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?(?:years?|"
                         r"months?|weeks?|days?|hours?|decades?|seasons?)))|[“”\"]", re.I)
#: A next sentence that gives the reason for the deed the best one tells: a cause, or what someone wants
#: ("The company wants to expand its drinks business"), or "came after ...".
NEXT_REASON = re.compile(r"\b(?:wants?|wanted|wanting|aims?|aimed|aiming|hopes?|hoped|hoping|seeks?|sought|seeking)\s+"
                         r"to\b|\bin a bid to\b|\b(?:chose|choose|chosen|picked|selected)\b.{0,40}?" + _PURPOSE + "|"
                         r"\b(?:came|comes|follows?|followed)\s+(?:after|amid|as)\b", re.I)
#: Verbs of taking a stand, whose grounds news gives as the party's words in the next
#: sentence: "Some ranchers opposed the park." + "Their leader said the government had not
#: consulted them." (not "Why did the company close the plant?": "It said it would reopen").
_STANCE = frozenset(stem(w) for w in "oppose object disagree dissent criticize criticise reject refuse resist protest "
                    "complain boycott condemn denounce support back welcome praise defend favor favour endorse "
                    "against".split())


#: A plan after "said", which gives no grounds: "said members would vote on it next week".
_PLAN_NEXT = re.compile(r"\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:would|will)\s+(?:vote|announce|meet|decide|hold|"
                        r"consider|review|appeal|seek|file|ask|discuss|return|respond|study|name|set|publish|release|provide|present|"
                        r"unveil|report|submit|launch|begin|start|announce)\b", re.I)
#: A speaker who speaks for a group: "who heads the Rural Society", "the union's leader", "a spokeswoman for".
_SPEAKS_FOR = re.compile(r"\b(?:who\s+(?:heads|leads|chairs|represents|speaks\s+for)|leader|head\s+of|chair(?:man|"
                         r"woman|person)?\s+of|spokes(?:man|woman|person))\b", re.I)


def next_gives_reason(q: QuestionAnalysis, best: str, text: str) -> bool:
    """Whether the sentence after a why-question's best one (``best``, its text) gives the reason
    (``text``, that sentence): a cause or a purpose (``GIVES_CAUSE``, ``NEXT_REASON``), or, when
    the question asks why someone took a stand (``_STANCE``: "Why did the judge dissent?") and the
    best sentence tells it without anyone's words ("Judge Hatch dissented."), someone's words
    that do not just tell the deed again ("He said the plaintiffs had failed to show ...")."""
    if GIVES_CAUSE.search(text) or NEXT_REASON.search(text):
        return True
    feeling = re.search(_FEELING_THAT, text, re.I)
    if feeling and feeling.group(0).split()[0].casefold() in q.text.casefold():
        return True  # "Why did they say they were lucky ...?": "We were lucky that it happened at night"
    stance = {t.term for t in q.tokens} & _STANCE  # the stand's verb, as the question writes it
    said = _SAYS.search(text)
    if not stance or _SAYS.search(best) is not None or said is None or _PLAN_NEXT.match(text, said.end()):
        return False  # not "Its leader said members would vote on it next week", a plan
    speaker = text[:said.start()]
    subject = set(terms(" ".join(best.split()[:5])))  # "Some ranchers in the province opposed the park."
    # the stand-taker's own words: "She said ...", "Héctor Maidana, who heads the Rural Society, said ...",
    # "The ranchers' leader said ..."; not the other side's ("Governor Ellen Price said it would bring jobs")
    own = re.match(r"\W*(?:he|she|they|it|we)\b", speaker, re.I) or _SPEAKS_FOR.search(speaker) \
        or bool(set(terms(speaker)) & subject - _STANCE)
    return bool(own) and _gives_reason(text, stance)


#: Words that report what someone said, before what they said.
_SAYS = re.compile(r"\b(?:said|says|say|saying|told|tells|added|adding)\b", re.I)  # "refused, saying ..."
#: A source named at the end, told to someone: ", chief executive Petar Ivanov told reporters."
_TOLD_AT_END = re.compile(r",\s+[^,;“”\"]{1,60}?\s+(?:told|tells)\s+(?:reporters|journalists|[A-Z][\w-]*|"
                          r"a\s+[^,;]{1,40}?)(?:\s+on\s+\w+)?\s*[.]?$")


#: The top office of an organization, asked: "Who is the chief executive of X?", "Who is X's president?".
_HEAD_ROLES = re.compile(r"\b(?:chief\s+executive|ceo|president|chair(?:man|woman|person)?|boss)\b", re.I)
#: A word before an office that makes it a department's ("medical director", "finance chief"), not the top one.
_DEPARTMENT = re.compile(r"\b(?:medical|finance|financial|operating|operations|technical|technology|marketing|sales|"
                         r"legal|nursing|clinical|research|communications|commercial|sporting|creative|artistic|"
                         r"musical|editorial|regional|deputy|assistant|associate|program|programme|project|"
                         r"production|design|safety|security|maintenance|engineering|procurement|risk|compliance|"
                         r"investment|investor|human\s+resources|hr|it)\s+$", re.I)


#: A part an office is over, after it: "director *for southern Europe*", "head *of sales*", "chief *in Asia*".
_SCOPE_AFTER = re.compile(r"\s+(?:(?:for|in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|"
                          r"east|west)\s+)?[A-Z][\w-]+(?!\s+(?:Ltd|Inc|Corp|Co|Group|Company|Holdings)\b)|"
                          r"(?:for|of)\s+(?:sales|marketing|operations|research|finance|communications|"
                          r"international|global|regional)\b)")


#: Words that ask for a figure of several together, or say it is each one's.
_TOGETHER = re.compile(r"\b(?:total|combined|together|altogether|in\s+all|between\s+them|each|apiece|every)\b", re.I)


def _shared_figure(q: QuestionAnalysis, best: Candidate) -> str | None:
    """Why the best sentence's figure is not that of the one thing the question names, or None:
    the figure belongs to a list of several after it, of which the thing asked is one ("How many
    scooters did Dott operate?": "about 4,800 rental scooters run by three companies, Dott, Lime
    and the local start-up Movi", their total), unless the question asks for a total or the
    sentence says the figure is each one's."""
    span, text = best.span, best.sentence.text
    if span is None or span.type not in VALUE_TYPES or not q.entities or _TOGETHER.search(q.text) \
            or _TOGETHER.search(text):
        return None
    asked = {t.term for t in q.tokens} | {t for e in q.entities for t in terms(e)}
    for start, end, items in coordinations(text):
        listed = set(terms(text[start:end]))
        named = [e for e in q.entities if set(terms(e)) and set(terms(e)) <= listed]
        between = text[span.end:start] if start >= span.end else ""
        if items >= 2 and re.search(r"\b(?:by|among|between|of|from|across|at)\b", between) \
                and not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                                  text[start:end], re.I) and named and listed - asked and not any(
                set(terms(e)) <= set(terms(text[:start])) for e in named):
            return f"the best sentence gives {span.text!r} for {text[start:end]!r} together, not for {named[0]!r}"
    return None


def _feeling_of_another(q: QuestionAnalysis, best: Candidate, facts: Facts) -> str | None:
    """For "Why was <person> <feeling>?", the other person the best sentence gives that feeling
    to: the nearest person named before "<feeling> that/because" when that is not the one asked
    ("Engineer Mark Bell said he was glad ..., while council leader Jean Ross was relieved that no one
    was hurt" for "Why was Mark Bell relieved?"); else None."""
    asked = {t for sp in find_spans(q.text) if is_person(sp) for t in terms(sp.text)}
    felt = next((m for m in re.finditer(_FEELING_THAT, best.sentence.text, re.I)
                 if re.search(rf"\b{m.group(0).split()[0]}\b", q.text, re.I)), None)
    if not asked or felt is None:
        return None
    before = [sp for sp in facts.spans(best.sentence) if (sp.type == "PERSON" or is_person(sp))
              and sp.end <= felt.start()]
    return before[-1].text if before and not set(terms(before[-1].text)) & asked else None


def _unqualified_office(text: str, nouns: set[str]) -> bool:
    """Whether a sentence writes an office among ``nouns`` (stemmed synonyms of the role asked)
    without a department's word before it ("the hospital's director", "managing director"; not
    "the hospital's *medical* director", "its *finance* chief")."""
    for t in tokenize(text):
        if t.term in nouns and not t.surface.casefold().endswith(("ment", "ments", "ship")) \
                and not _DEPARTMENT.search(text[:t.start]) \
                and not re.match(r"\s+(?!executive\b)[a-z]+\s+officer\b", text[t.end:], re.I) \
                and not _SCOPE_AFTER.match(text, t.end):
            return True  # not "FreshMart's management", a body of people, nor "chief marketing officer", nor
            # "Lime's director for southern Europe", an office over a part
    return False


def _done_by_no_one(toks: list[Token], verb: str) -> bool:
    """Whether a sentence writes the verb asked (``verb``, stemmed, or a synonym) only in the
    passive and without its agent ("before the fault *was noticed*"; not "was noticed by a
    technician", nor "a technician noticed it")."""
    verbs = {verb} | synonyms(verb)
    at = [i for i, t in enumerate(toks) if t.term in verbs]  # as a verb or a noun ("the delegation's head")
    return bool(at) and all(i > 0 and toks[i - 1].norm in BE_FORMS
                            and (toks[i].surface.casefold().endswith(("ed", "en", "wn"))
                                 or toks[i].surface.casefold() in IRREGULAR)
                            and not any(t.norm == "by" for t in toks[i + 1:i + 4]) for i in at)


def _other_people(name: str, question: str, sentence: str, spans: list[Span]) -> str | None:
    """For an asked people's adjective and its noun ("How much are *Ghanaian farmers* paid?"),
    another people's adjective the sentence writes before the same noun ("*Ivorian* farmers are
    paid ..."), which it is about instead; else None."""
    if same_place(stem(name.casefold())) is None or " " in name:
        return None
    noun = re.search(rf"\b{re.escape(name)}\s+([a-z]+)\b", question)
    if noun is None:
        return None
    after = re.compile(rf"\s+{re.escape(noun.group(1))}\b")
    for sp in spans:
        if sp.type == "DEMONYM" and sp.text != name and after.match(sentence, sp.end):
            return sp.text
    return None


def _name_word_alike(tok: Token, name_tokens: list[Token]) -> frozenset[str]:
    """The terms a word of an asked name may be written as (``synonyms``): for a name of one
    word, or a name's word written in lower case, all of them; for a capitalized word of a longer
    name (not a verb) only a place's other name ("Irish Rail": "Ireland"; but "Ethiopian Airlines" is
    not supported by "aircraft", a synonym of a common noun)."""
    found = synonyms(tok.term)
    if len(name_tokens) < 2 or not tok.surface[:1].isupper() or (word_tag(tok.norm) or "").startswith("VB"):
        return found  # "Who did Emma Marry?": a verb written with a capital, no name's word
    return found & _PLACE_TERMS


#: Stemmed names of countries, their peoples' adjectives and their capitals (``DEMONYMS``, ``CAPITALS``).
_PLACE_TERMS = frozenset(t for pair in [*DEMONYMS.items(), *CAPITALS.items()] for w in pair
                         for t in ([w] if w == "usa" else terms(w)))


def _gives_reason(text: str, deed: set[str]) -> bool:
    """Whether a sentence may give a reason (``_REASON_CUE``) other than by naming its source at
    the end ("..., the ministry said.", "..., Ivanov told reporters.": who told it, not why), or by
    someone's words that do not tell the deed asked (``deed``, stemmed verbs of the question): "The
    minister said the increase would be a heavy burden" may give why she refused it; "The mayor
    said the city has bought the mill" only tells that it was bought."""
    source = _SOURCE_AT_END.search(text.rstrip()) or _TOLD_AT_END.search(text.rstrip())
    if source is not None and len(source.group(0)) <= 80:  # a name, not "..., said the company had been offered ..."
        text = text[:source.start()]
    said = _SAYS.search(text)
    # "to raise interest rates" is the deed itself when the question asks why they raised them
    cue = any(not (m.group(0).casefold().startswith("to ") and set(terms(m.group(0))) & deed)
              for m in _REASON_CUE.finditer(text))
    if said is not None and said.group(0).casefold() == "saying" and _PLAN_AFTER.match(text, said.end()):
        said = None  # "recalled the cars, saying owners should contact their dealers": what follows, not why
    return cue or said is not None and not deed & set(terms(text[said.end():]))


#: A plan or instruction after "saying": "saying (that) owners *should* contact their dealers", "it *would* reopen".
_PLAN_AFTER = re.compile(r"\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:should|must|can|(?:will|would)\s+(?:be\s+)?"
                         r"(?:offered|given|refunded|rebooked|compensated|reopen|reopened|resume|resumed|restart|"
                         r"return|contact|receive|get))\b", re.I)  # not "could stay high", a reason foreseen


_CAUSE_CUE = re.compile(r"\b(?:caus\w*|spark\w*|trigger\w*|blam\w*|because|due to|owing to|result\w*|attribut\w*|"
                        r"prompt\w*|led to|set off|ignit\w*|lightning|arson\w*|origin\w*|sets? off|started by|"
                        r"linked to|traced to|(?:died|dies|dying|death) (?:of|from)|killed by|"
                        # "broke out after police shot a teenager", not "began shortly after 2 p.m."
                        r"after(?!\s+(?:about\s+|around\s+|nearly\s+)?(?:\d|noon|midnight|dawn|dusk|dark|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:morning|afternoon|evening|night|weekend)|"
                        r"(?:midday|sunrise|sunset|half-?time|kick-?off|full-?time))))\b", re.I)


#: Stemmed nouns for a business, which a place's name does not give (a team or club may).
_FIRM_TERMS = frozenset(stem(x) for x in BUSINESS_NOUNS)


#: An amount said in words: a degree before a noun ("widespread damage", "heavy rain").
_IN_WORDS = re.compile(r"\b(?:widespread|extensive|significant|major|minor|little|considerable|heavy|severe|"
                       r"substantial|limited|enormous|huge|massive|modest|minimal|serious|light)\s+([a-z]+)")


#: Weather that falls without falling in value ("How much rain fell?").
_PRECIPITATION = re.compile(r"\b(?:rain|snow|hail|sleet|rainfall|snowfall|precipitation|ash)\b", re.I)


#: An abstention's confidence, by the kind of its reason: the share of the development
#: questions (brief, news, SQuAD and the development held-out sets) abstained on for that
#: kind that were indeed unanswerable (add-one smoothed),
#: fitted by ``eval/calibrate.py`` with the confidence model (``qa.answerer``).
ABSTAIN_PRECISION = {"contrast": 0.943, "count": 0.889, "name": 0.773, "no_overlap": 0.25, "number": 0.909,
                     "speaker": 0.5, "subject": 0.81, "type": 0.848}


#: A time relative to the story: "last year", "this season", "next month".
RELATIVE_TIME = re.compile(r"\b(last|next|this|previous|prior|coming)\s+(year|month|week|season|decade|quarter|"
                            r"weekend|spring|summer|autumn|fall|winter)\b", re.I)


def _against_the_last(best: Candidate, unit: str) -> bool:
    """Whether the best sentence's figure is the one it sets against the last ``unit``'s ("86,000
    tickets were sold, up from 71,000 last year"): the figure of this ``unit``, told or not."""
    text = best.sentence.text
    return best.span is not None and best.span.type in VALUE_TYPES and not earlier_value(text, best.span) \
        and re.search(rf"\b(?:(?:up|down|rising|falling|rose|fell)\s+(?:from|on)|compared\s+(?:with|to)|from)\s+"
                      rf"(?:about\s+|around\s+|nearly\s+)?[$€£]?\d[^.;]*\b(?:last|previous|prior) {unit}\b",
                      text[best.span.end:], re.I) is not None


#: A figure said of the present: "currently use", "now has".
_NOW_SAID = re.compile(r"\b(?:currently|now|at present|today|these days)\b", re.I)
#: A time counted back from the story: "two years ago", "a decade ago", "3 months earlier".
_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?|weeks?|days?|"
                  r"decades?)\s+(?:ago|earlier|before)\b", re.I)
_COUNT_WORDS = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


#: Seasons: news tells of this one as "the winter", "over the past winter".
_SEASONS = frozenset("spring summer autumn fall winter".split())
_SAME_TIME = {"last": ("last", "previous", "prior"), "previous": ("last", "previous", "prior"),
              "prior": ("last", "previous", "prior"), "next": ("next", "coming"), "coming": ("next", "coming"),
              "this": ("this",)}
