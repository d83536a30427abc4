"""Verdict: whether the sentence answering a yes/no question says yes or no.

"Did Sentosa Infra's share price rise?" is answered by "Shares in ... Sentosa Infra Holdings
Bhd fell 3.2%", and the reader wants the "No" before the sentence. ``verdict`` reads it from
the question's main verb (``qa.asked.main_verb``) and the sentence's words around it:

- the verb, or a synonym, said as a verb after the question's subject, not negated nor hedged
  before it: "Yes" ("had cut total consumption" for "Has the city managed to reduce
  consumption?");
- the verb negated ("would not have to buy", "cannot block", "declined to sign", "admitted no
  liability", "nobody was arrested") or its opposite (``qa.contrast.ANTONYMS``: "fell" for
  "rise", "rejected" for "accept"; "remains unresolved" for "resolve"), or "no" before the
  thing asked ("no breakthrough", "No injuries were reported"): "No";
- "Is <Name> a <kind>?" with no verb: "Yes" when the sentence says so in an apposition, a
  copula or a title before the name ("Hale, a former police captain"); never "No" by it;
- anything else: None, and the sentence alone answers. That covers both polarities; a hedge,
  plan, obligation, agreement, allegation or report ("may", "expected to", "must pay", "agreed
  to release", "allege that"); an infinitive ("ordered Vantor to pay"); another subject ("The
  House passed the bill" for the Senate; "the budget that the council approved"); a noun ("an
  apology"); a clause set against the time asked ("rose in February but was unchanged in
  March"); and any sentence with "whether" or "if".

A wrong "Yes" or "No" is worse than none, so each rule holds back when unsure. Rules only,
on the question's and the sentence's words; the answerer has already judged the sentence to be
about what is asked (``qa.abstention``).
"""

from __future__ import annotations

import re

from qa.analyzer import AUXILIARIES, DETERMINERS, IRREGULAR, Token, stem, synonyms, terms, tokenize
from qa.asked import SUBORDINATORS, main_verb
from qa.chunks import word_tag
from qa.contrast import ANTONYMS, NEGATION
from qa.entities import MONTHS, WEEKDAYS
from qa.question import QuestionAnalysis

#: Past forms of the verbs of change that the analyzer leaves alone ("rose" is also a flower, "fell" a hill).
PAST_OF_CHANGE = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall"}

#: "went up", "has gone down": a rise or a fall.
WENT = re.compile(r"\b(?:go|goes|went|gone|going)\s+(up|down)\b", re.I)
GONE = {"up": "rise", "down": "fall"}

#: The opposites (``qa.contrast.ANTONYMS``) that are verbs a yes/no question may ask: "rose" answers "Did
#: it fall?" (no); not "women" for "men", nor "foreign" for "domestic", which are other things.
OPPOSITE_VERBS = frozenset("rise fall rose fell rises falls increase decrease increased decreased win lose won lost "
                           "accept reject accepted rejected allow forbid allowed forbade support oppose supported "
                           "opposed join leave joined left admit deny admitted denied admits denies weaken strengthen "
                           "weakened strengthened keep kept keeps retain retained".split())

#: Words before a verb, in its clause, that say it did not or will not happen.
_DENIED = re.compile(r"(?:\b(?:not(?!\s+only\b)|never|no(?!\.\s*\d)|cannot|neither|nor|without|no longer|nobody|"
                     r"nothing|none|no\s+one)\b|n[’']t\b|\bruled?\s+out\b|"
                     r"\byet\s+to\b|\b(?:declin|refus|fail|den(?:y|ie))\w*\s+(?:to\s+)?(?:\w+\s+)?$)", re.I)
#: Words before a verb, in its clause, that leave open whether it happens: a possibility, a plan, a condition.
_HEDGES = ("may might could should can if whether unless expected likely unlikely plan plans planned planning "
           "hope hopes hoped aim aims aimed want wants wanted propose proposes proposed considering consider "
           "threaten threatens threatened would seek seeks sought try tries tried intend intends intended "
           "ask asks asked urge urges urged call calls called must ordered required agreed promised pledged "
           "vowed needs need awaits awaiting pending attempt attempts bid proposal proposed allege alleges alleged "
           "allegedly accused accuses claim claims claimed report reports reported reportedly suspected suspects "
           "investigating investigation")
_HEDGE = re.compile(r"\b(?:" + "|".join(_HEDGES.split()) + r")\b", re.I)
#: A sentence that leaves something open: "would not say whether", "it is unclear if".
_OPEN = re.compile(r"\b(?:whether|if)\b", re.I)
#: An auxiliary, a modal or a negation right before a word makes it a verb ("cannot *block* it").
_AUXILIARY_BEFORE = re.compile(r"\b(?:can|cannot|could|will|would|shall|should|may|might|must|did|does|do|not|never|to)"
                               r"\s+$|n[’']t\s+$", re.I)
#: An obligation asked: "Do season-ticket holders have to buy new passes?".
_HAVE_TO = re.compile(r"\b(?:have|has|had)\s+to\b", re.I)
#: A time a question may name: a month, a weekday or a year.
_TIME_WORD = re.compile(r"\b(?:" + "|".join(MONTHS[:12] + WEEKDAYS) + r"|(?:19|20)\d{2})\b")  # full names only
#: Where a contrasting clause begins after a verb: a semicolon, "but", "while", "whereas".
_CLAUSE_END = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b")
#: Verbs that govern the one after them: "Did the senator deny taking money?" asks of the denial.
_GOVERNING = frozenset("deny denies denied denying admit admits admitted admitting refuse refuses refused "
                       "stop stops stopped avoid avoids avoided consider considers considered".split())
#: Verbs whose subject may be the thing changed, the object of another's deed ("Will the plant close?": "Acme
#: will close its plant").
_ERGATIVE = frozenset(terms("close open shut reopen resume expand end start begin stop sink move change"))
#: Words for anyone at all, no subject to find ("Was anyone injured?").
_ANYONE = frozenset("anyone anybody anything someone somebody something everyone everybody everything".split())
#: A sentence opening with a pronoun for the subject named before: "He has denied any wrongdoing".
_PRONOUN_OPENS = re.compile(r"^\W*(?:He|She|It|They|Its|Their|His|Her)\b")
#: A rank or superlative asked: "the first woman to lead", "the only", "the busiest".
_RANKED = re.compile(r"\b(?:first|last|only|most|least|best|worst|biggest|largest|highest|lowest|longest|oldest|"
                     r"youngest|fastest|\w+iest)\b", re.I)
#: "no" before a thing: "No injuries were reported", "no breakthrough had been reached".
_NO_THING = re.compile(r"\b[Nn]o\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
#: A question word after a verb of telling, knowing or asking (or "on/about/over") in the verb's clause makes it
#: an embedded question, told of no one: "declined to say how much of the crop he had sold", "understood why her
#: neighbours sold", "pressed the mayor on who had leaked the report"; not a relative ("the budget, which the
#: council approved") nor a described event ("described how the rebels seized the town").
_ASKED_WITHIN = re.compile(r"\b(?:say|says|said|tell|tells|told|disclose[sd]?|reveal(?:s|ed)?|explain(?:s|ed)?|"
                           r"know|knows|knew|known|determine[sd]?|decide[sd]?|ask(?:s|ed)?|wonder(?:s|ed)?|"
                           r"understand|understands|understood|confirm(?:s|ed)?|specif(?:y|ies|ied)|indicate[sd]?|"
                           r"unclear|clear|sure|on|about|over)\s+(?:\w+\s+){0,2}?(?:why|how|what|whether|where|which|"
                           r"who|whom|whose|when)\b", re.I)
#: Synonyms of many senses, matched for finding the sentence but not taken as the deed asked: "caught a flight",
#: "caught on camera" is no capture.
#: "scrapped the festival's VIP area": no festival cancelled; "kept the top spot": nothing detected.
#: "gained access": let in, maybe; "detained but not arrested": two deeds, whatever retrieval makes of them.
MANY_SENSES = frozenset({stem("catch"), stem("scrap"), stem("spot"), "access", stem("detain"), stem("arrest"),
                         stem("complete")})  # "a complete overhaul": nothing finished
#: How far back in its clause a verb's negation or hedge is looked for (characters).
_REACH = 45


def _clause_before(text: str, start: int) -> str:
    """The words of the sentence before ``start`` back to the clause's start (a comma, semicolon,
    dash or "but") and at most ``_REACH`` characters."""
    before = text[max(0, start - _REACH):start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("—"), before.rfind(" but "))
    return before[cut + 1:] if cut >= 0 else before


def _verb_like(surface: str) -> bool:
    """Whether a word of the sentence may be a verb: the lexicon tags it one, or it ends as a past,
    a participle or a present ("approved", "taking", "rises"), or it is an irregular past ("fell")."""
    w = surface.casefold()
    return (word_tag(w) or "").startswith("VB") or w in PAST_OF_CHANGE or w in IRREGULAR \
        or re.search(r"(?:ed|ing|es|s)$", w) is not None and not (word_tag(w) or "").startswith("NN") \
        or " " in w  # "went up"


#: "Is/Was <Name> a/an/the <kind>?": a named subject said to be of a kind.
_IS_A = re.compile(r"^\s*(?P<tense>(?i:is|was))\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+"
                   r"(?P<article>an?|the)\s+(?P<kind>[A-Za-z][A-Za-z\s-]*?)\s*\?*\s*$")
#: Words before a kind that make it another, or leave it unproved: "a *former* police captain", "the *deputy*
#: mayor", "a *suspected* smuggler".
_OTHER_KIND = re.compile(r"\b(?:former|ex|retired|onetime|one-time|deputy|assistant|vice|acting|interim|aspiring|"
                         r"would-be|not|never|no|fake|self-styled|alleged|suspected|accused|reputed|purported|"
                         r"lieutenant|associate|junior|trainee|outgoing)\b|\bex-|\b(?:then|late)\s*$",
                         re.I)  # "the *then* mayor", "the *late* senator"


def _kind_said(question: str, sentence: str) -> str | None:
    """"Yes" when the sentence says the question's named subject is of the kind asked, in one of
    three set forms: an apposition ("Hale, a former police captain, ..."), a copula ("Hale is a
    former police captain"; "was" only for "Was ...?") or a title before the name ("former police
    captain Gregory Hale"). Up to two lower-case words may stand before the kind ("a decorated
    police captain"), but no function word ("an aide *to* Senator Lopez"), and nothing that makes
    it another kind or leaves it unproved (``_OTHER_KIND``: "former", "retired", "suspected",
    "ex-"); the kind must end there ("a police captain's son" is no captain). A name of several
    words is matched whole. None otherwise (never "No": another kind said is not a denial)."""
    m = _IS_A.match(question)
    if not m:
        return None
    words = m.group("name").split()
    name = r"\s+".join(map(re.escape, words)) if len(words) > 1 else re.escape(words[0])
    kind = r"\s+".join(map(re.escape, m.group("kind").split()))
    article = r"(?:a|an|the)"  # "Is Lopez a Democrat?": "Senator Ana Lopez, the top Democrat on the panel"
    extra = r"((?:[a-z][\w-]*\s+){0,2}?)"
    # the kind ends the phrase: a stop, or a preposition or relative word on; not "the patient *advocacy
    # group's* director", "the coach *said*" (a source), "a police captain*'s* son"
    end = (r"(?![’'-])(?!\s+(?:said|says|told|tells)\b)"  # a possessive or a source's "said" is no end
           r"(?=\s*(?:[,.;:)!?”\"]|$)|\s+(?:of|on|in|for|from|at|with|to|by|who|whose|that|which|since|until|and|or)\b"
           r"|\s+[a-z]+(?:ing|ed)\b)")  # "a Democrat *representing* Ohio", "a nurse *based* in Leeds"; not a noun
    copula = "was|had been|became" if m.group("tense").casefold() == "was" else "is|has been"
    said = (rf"\b{name},\s+{article}\s+{extra}(?i:{kind}){end}",
            rf"\b{name}\s+(?:{copula})\s+{article}\s+{extra}(?i:{kind}){end}",
            rf"((?:\S+\s+){{0,3}})(?<![\w-])(?i:{kind})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{name}\b")
    for pattern in said:
        for found in re.finditer(pattern, sentence):
            before = found.group(1) or ""
            if not _OTHER_KIND.search(before) and not (pattern is not said[2] and any(
                    (word_tag(w) or "") in ("IN", "TO", "DT", "CC") for w in before.split())):
                return "Yes"
    return None


def _said_no(sentence: str) -> set[str]:
    """The base terms of the words after "no" in a sentence ("No injuries were reported": injuri, were),
    with the verb of a noun in -ion or -ment ("showed no reaction": react)."""
    said = {base_term(w.casefold()) for m in _NO_THING.finditer(sentence) for w in m.groups() if w}
    return said | nouns_verbs(said)


def nouns_verbs(nouns: set[str]) -> set[str]:
    """The verbs (stemmed) of the nouns in -ion or -ment among these stemmed terms: "reaction" →
    "react", "payment" → "pay"; three letters at least are left."""
    return {t[:-len(x)] for t in nouns for x in ("ion", "ment") if t.endswith(x) and len(t) - len(x) >= 3}


#: Verbs of change a "flat" or "unchanged" answers with a no (stemmed).
CHANGES = frozenset(stem(w) for w in "rise grow increase climb fall drop decline decrease shrink".split())
#: A state of no change, said of its subject: "was flat", "remained unchanged", "held steady".
NO_CHANGE = re.compile(r"\b(?:was|were|is|are|remained|remains|stayed|stays|held|holds|kept)\s+"
                       r"(?:broadly\s+|largely\s+|essentially\s+|roughly\s+)?(?:flat|unchanged|steady|stable|level)\b",
                       re.I)


def no_change(sentence: str, subject: set[str]) -> bool:
    """Whether the sentence says its subject did not change ("the frozen fish unit *was flat*"):
    every word of the question's subject (stemmed, ``subject``) in the same clause before the state."""
    for m in NO_CHANGE.finditer(sentence):
        clause = re.split(r"[;,]\s*|\b(?:while|but|whereas|and)\b", sentence[:m.start()])[-1]
        if subject <= set(terms(clause)):
            return True
    return False


def base_term(norm: str) -> str:
    """A word's stemmed base form: "fell" → "fall", "won" → "win", "reduced" → "reduc"."""
    return stem(PAST_OF_CHANGE.get(norm) or IRREGULAR.get(norm) or norm)


def verdict(q: QuestionAnalysis, sentence: str) -> str | None:
    """"Yes" or "No" for a yes/no question, as the sentence answering it tells; None when the
    sentence does not tell it plainly (see the module docstring).

    Args:
        q: the analysed question; only yes/no questions get a verdict, and not a negated one
            ("Didn't the mayor resign?"). The caller leaves out alternative questions ("Is it X
            or Y?", ``qa.short_answer.alternatives``), whose answer is one of the two.
        sentence: the text of the sentence that answers it.

    Returns:
        "Yes", "No" or None.
    """
    if q.answer_type != "YESNO" or NEGATION.search(q.text) or _OPEN.search(sentence):
        return None  # "... but she would not say whether the policy covers ransom payments": something left open
    verb = main_verb(q)
    if verb is not None and (not verb.norm.isalpha() or word_tag(verb.norm) == "CD"):
        verb = None  # "Will the NZ$4.3 *million* the company earned be recovered?": no verb found
    if verb is None:  # "Did Sentosa Infra's share price *rise*?": a verb of change after its subject
        verb = next((t for i, t in enumerate(q.tokens) if t.norm in OPPOSITE_VERBS and i > 1
                     and q.tokens[i - 1].norm not in DETERMINERS | AUXILIARIES), None)
    if verb is None and (kind := _kind_said(q.text, sentence)) is not None:
        return kind  # "Is Hale a former police captain?": "Hale, a former police captain, ..."
    if verb is None:  # "Was anyone injured in the fire?": "No injuries were reported"
        if _RANKED.search(q.text):
            return None  # "Was Okafor the first woman to lead it?": not "No woman had led it before"
        said_no = _said_no(sentence)
        names = {x for e in q.entities for x in terms(e)}
        return "No" if any(not t.stop and t.term not in names and t.term in said_no for t in q.tokens[1:]) else None
    # where the verb stands among the question's tokens ("go up" is one token made of two)
    at = next((i for i, t in enumerate(q.tokens) if t.start >= verb.start), len(q.tokens))
    if 0 < at and ((word_tag(q.tokens[at - 1].norm) or "") == "IN" or q.tokens[at - 1].norm in _GOVERNING):
        return None  # "Is Fenwick Beach safe for *swimming*?", "Did he deny *taking* money?": not the verb asked
    asked = {verb.term} | (synonyms(verb.term) - MANY_SENSES)
    opposite = {stem(b) for x, y in ANTONYMS for a, b in ((x, y), (y, x)) if a in OPPOSITE_VERBS
                and stem(a) == verb.term}
    aux = q.tokens[0].norm if q.tokens else ""
    # "would" tells a future ("said season-ticket holders would not have to buy"): of "Will ...?", "Do ...?"
    open_ended = {"would", "will"} if aux in ("will", "would", "do", "does", "is", "are") else set()
    if aux in ("can", "could") or "able" in {t.norm for t in q.tokens}:
        open_ended |= {"can", "could"}
    # the question's subject, which must stand before the verb the sentence says: "Did the Senate pass the
    # bill?" is not answered by "The House passed the bill"
    subject = {t.term for t in q.tokens[1:at] if not t.stop and t.norm not in _ANYONE}
    said: set[str] = set()
    moved = [(m.start(), m.group(0), base_term(GONE[m.group(1).casefold()])) for m in WENT.finditer(sentence)]
    times = [m.group(0).casefold() for m in _TIME_WORD.finditer(q.text)]
    passive = (aux in ("is", "are", "was", "were", "been", "be") or aux in ("has", "have", "had")
               and any(t.norm == "been" for t in q.tokens[:at])) \
        and verb.surface.casefold().split()[0].endswith(("ed", "en", "id"))  # "laid off"
    question_terms = {t.term for t in q.tokens}
    for start, surface, base in [*((t.start, t.surface, base_term(t.norm)) for t in tokenize(sentence)), *moved]:
        unsaid = base[2:] if base.startswith("un") and len(base) > 5 else None  # "unresolved": not resolved
        if base not in asked and base not in opposite and unsaid not in asked:
            continue
        before = _clause_before(sentence, start)
        if not (_verb_like(surface) or _AUXILIARY_BEFORE.search(before)) or surface.casefold().endswith("ing") \
                and re.match(r"\s+[a-z]+", sentence[start + len(surface):]) \
                and (word_tag(sentence[start + len(surface):].split()[0].casefold()) or "").startswith("NN"):
            continue  # "demanded an apology", "still needs approval", "winning streak": no deed done
        clause = before + sentence[start:start + len(surface)] + _CLAUSE_END.split(sentence[start + len(surface):])[0]
        if any(t in sentence.casefold() and t not in clause.casefold() for t in times):
            return None  # "Did unemployment rise in March?": "rose in February but was unchanged in March"
        after = sentence[start + len(surface):]
        # "pleaded not guilty"; not "not guilty to fraud but guilty to tax evasion"
        complement = re.match(r"\s+(?:not|no)\s+([a-z]+)(?![^.;]*\bbut\b)", after)
        denied = _DENIED.search(before) is not None \
            or re.match(r"\s+no\s+[a-z]", after) is not None \
            or complement is not None and stem(complement.group(1)) in question_terms  # "pleaded not guilty"
        if any(h.group(0).casefold() not in open_ended for h in _HEDGE.finditer(before)) \
                or not denied and re.search(r"\bto\s+$", before) \
                and not re.search(r"\b(?:managed|able|unable|voted(?:\s+\S+){0,2}?)\s+to\s+$", before) \
                and not (re.search(r"\b(?:have|has|had)\s+to\s+$", before) and _HAVE_TO.search(q.text)):
            return None  # "could rise", "is expected to approve", "ordered Vantor to pay", "agreed to release"
        if _ASKED_WITHIN.search(sentence[max(0, start - 90):start].split(";")[-1]):
            return None  # "declined to say how much he had sold", "understood why her neighbours sold": not told
        inner = [m.end() for m in re.finditer(r"\b(?:that|which|who|whom)\b", before, re.I)]
        said_of = before[inner[-1]:] if inner else ""
        own_subject = re.match(r"\s+(?:the|a|an|its|his|her|their|[A-Z])", said_of) is not None  # not "that oversees"
        if inner and not said_of.strip():
            return None  # "Ramos, who joined the party in 2010, ...": the verb of a clause about him, not the news
        if inner and own_subject and not (set(terms(said_of)) & subject
                          or re.search(r"\b(?:he|she|it|they|we|i)\b", said_of, re.I)):
            return None  # "vetoed the budget that the council approved": the council approved it, not the mayor
        prefix = sentence[:start]
        agent = re.match(r"\s+by\s+((?:\S+\s+){0,3}\S+)", sentence[start + len(surface):])  # "approved by the council"
        # a passive question's subject ("Was the budget approved?") or an ergative verb's ("Will the plant close?")
        # is the sentence's object: "The council approved the budget", "Acme will close its Leipzig plant"
        undergoer = (passive or verb.term in _ERGATIVE) and bool(
            set(terms(" ".join(sentence[start + len(surface):].split()[:5]))) & subject)
        if subject and not (set(terms(prefix)) & (subject | {x for t in subject for x in synonyms(t)})
                            or agent and set(terms(agent.group(1))) & subject or undergoer
                            or _PRONOUN_OPENS.match(sentence)):
            return None  # the deed said of another: "The House passed the bill", "Portugal won the match"
        if base in asked:
            said.add("No" if denied else "Yes")
        elif not denied:  # "fell" for "rise", "unresolved" for "resolve"; "did not fall" tells no rise
            said.add("No")
        else:
            return None
    thing = object_words(q, verb)
    said_no = _said_no(sentence)
    if not said and asked & CHANGES and subject and no_change(sentence, subject):
        return "No"  # "Did the fish unit grow?": "the frozen fish unit was flat"
    if not said and asked & said_no and not _RANKED.search(q.text):
        return "No"  # "Was anyone injured in the fire?": "No injuries were reported"
    if not said:
        if thing and re.search(rf"\bno\s+(?:[a-z][\w-]*\s+)?{re.escape(thing[0].norm)}\b", sentence, re.I):
            return "No"  # "Did the talks produce a breakthrough?": "no breakthrough had been reached"
        return None
    if said != {"Yes"}:
        return said.pop() if len(said) == 1 else None
    held = {base_term(t.norm) for t in tokenize(sentence)}
    # a yes only of the thing asked: "Will Fuentes meet South Korea's president?" is not answered by "will hold
    # talks with her South Korean counterpart", nor "Will students pay the higher fare?" by "... a reduced fare"
    if thing and not ({thing[-1].term} | synonyms(thing[-1].term)) & held or any(
            (word_tag(t.norm) or "") in ("JJR", "JJS", "RBR") and t.term not in held for t in thing):
        return None
    # and of the deed asked after it: "Does Ms. Ortiz expect the factory to close?" is not answered by "expects
    # the factory to hire 200 workers" (up to a clause of time or cause: "go up after the deal was announced")
    rest: list[Token] = []
    for t in q.tokens[q.tokens.index(verb) + 1:] if verb in q.tokens else []:
        if t.norm in SUBORDINATORS:
            break
        rest.append(t)
    if any(not t.stop and (word_tag(t.norm) or "").startswith("VB") and not ({t.term} | synonyms(t.term)) & held
           for t in rest):
        return None
    return "Yes"


def object_words(q: QuestionAnalysis, verb: Token) -> list[Token]:
    """The content words of the noun phrase right after a question's verb (past a determiner),
    up to the next stop word, preposition or figure ("reduce overall water consumption since
    2023" → overall, water, consumption); empty when none follows ("rise after the permit ...")."""
    words: list[Token] = []
    for t in q.tokens[q.tokens.index(verb) + 1:] if verb in q.tokens else []:
        plain = not t.stop and t.norm.replace("’", "'").replace("'", "").isalpha() \
            and (word_tag(t.norm) or "") not in ("IN", "TO", "CC")
        if plain:
            words.append(t)
        elif words or t.norm not in DETERMINERS:  # "rise *after* the permit ...": no object
            break
    return words
