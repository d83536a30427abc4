"""Contrast: whether the best sentence speaks of something else than the question asks.

A sentence can share nearly every word with a question and still not answer it: it says
the opposite ("export" for "import", a negation), or it is about another person or thing
("the *transport* minister" for "the education minister", "the mayor" for "the deputy
mayor", "two integers" for "three integers", "the second quarter" for "the first").
``contradicts`` names the difference; the answerer then abstains (kind ``contrast``).
Rules only, on the question's and the sentence's words; nothing here reads a corpus.
"""

from __future__ import annotations

import functools
import re

from qa.amounts import PART_EVENTS, VOTE_TALLY
from qa.analyzer import IRREGULAR, STOP_WORDS, stem, synonyms, terms
from qa.chunks import word_tag
from qa.entities import COUNTRIES, ROLE_NOUNS, find_spans
from qa.question import person_noun

#: A negation: "not", "never", "no longer", "cannot", "-n't".
NEGATION = re.compile(r"\b(?:not|never|no longer|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|"
                      r"don't|didn't|hasn't|haven't|hadn't|neither|nor|without)\b|n[’']t\b", re.I)
#: An exception, which tells what is not so: "covers all varieties except fragrant rice" answers "Which kind
#: is not covered?".
#: A predicate that says "not" by its meaning: "taxis *will be exempt*" answers "Which vehicles do not have to
#: pay?", "*voted against* the measure" "Who did not vote for the plan?", "the exits *were locked*" "Why couldn't
#: they get out?", "*was largely unaffected*" "Which airline was not badly affected?"; only as the clause's own
#: predicate, not in a relative clause ("Ministers who failed to declare donations resigned") or as a bare word
#: ("charges against three men", "the missing hikers").
_SAID_AS_NOT = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|stay(?:s|ed)?)\s+(?:\w+ly\s+)?"
                          r"(?:exempt(?:ed)?|unaffected|spared|excluded|locked|blocked|barred|unable|unharmed|unhurt|"
                          r"unpaid|unchanged|untouched)\b|\bvot(?:e|es|ed|ing)\s+against\b", re.I)


def _said_as_not(sentence: str) -> bool:
    """Whether a clause of the sentence says "not" by its predicate's meaning (``_SAID_AS_NOT``),
    outside a relative clause ("Tom Hale, who had voted against it in May, voted for it")."""
    for m in _SAID_AS_NOT.finditer(sentence):
        clause = re.split(r"[,;:—]", sentence[:m.start()])[-1]
        if not re.search(r"\b(?:who|which|that|whom|whose)\b", clause, re.I):
            return True
    return False


_EXCEPT = re.compile(r"\b(?:except|excepting|excluding|other than|apart from|with the exception of)\b", re.I)
#: "no" as a determiner negates its clause: "had received *no* vaccine dose" (not "No. 7", "no longer").
_NO_DETERMINER = re.compile(r"\b[Nn]o\s+(?!longer\b|doubt\b)[a-z]")
#: A verb that says its complement did not happen: a sentence with one answers a negated
#: question ("declined to challenge" for "decide not to challenge"); a question with one asks
#: about a failure the text may tell without it, so it is not read as negated.
_NEGATING_VERB = re.compile(r"\b(?:declin|refus|fail)(?:e|es|ed|ing|s)? to\s+([a-z]+)", re.I)
#: Verbs of telling, one as good as another after a refusal ("declined to say" answers "not reveal").
_TELLING = frozenset(terms("say tell disclose reveal name identify comment specify confirm release publish"))
#: A verb that stops or forbids what follows: "ordered to stop blasting" answers "no longer allowed to blast".
_STOPPING = re.compile(r"\b(?:stop|stops|stopped|halt|halts|halted|cease|ceases|ceased|banned|barred|prohibit\w*|"
                       r"forbid\w*|forbade|suspend\w*)\s+(?:from\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


#: Verbs whose complement clause a question may negate without being negated itself.
_REPORTING = re.compile(r"\b(?:say|says|said|saying|decide|decides|decided|deciding|think|thinks|thought|believe|"
                        r"believes|believed|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|warn|"
                        r"warns|warned|admit|admits|admitted|conclude|concludes|concluded|explain|explains|"
                        r"explained|announce|announced|confirm|confirmed)\b", re.I)


#: Words that look negative but ask no negation: "whether or not", "not only", "not ... until" (a time:
#: "Why won't the results be ready until next week?"), "without" before a noun (a state: "customers without
#: electricity"; "without paying" stays a negation), and "without" after "left", "still", "remain" or a
#: form of "be", a state, before a noun an -ing word modifies too ("households were left without running
#: water"), not before a verb's gerund ("left without being seen").
_NOT_A_NEGATION = re.compile(r"\bor not\b|\b(\w+) or \1 not\b|\bnot only\b|\b(?:\w+n[’']t|"
                             r"not)\b(?=[^?]*\buntil\b)|\bwithout\b(?!\s+\w+ing\b)|"
                             r"\b(?:left|leaving|are|were|is|was|be|been|still|remain|remains|remained|went|gone)"
                             r"\s+without\b(?!\s+(?:being|getting|receiving|paying|seeing|having|giving|taking|"
                             r"making|going|doing)\b)"
                             # a condition's or an exclusion's "not" is no negation of what is asked: "When will
                             # the union strike if the subsidy is not restored?", "How many, not counting crew, ...?"
                             r"|\b(?:if|unless)\b[^,?;]*?\bnot\b|\bnot\s+(?:counting|including)\b", re.I)


def _opposed(asked: str, said: str) -> str:
    """The reason given when the best sentence says the opposite of a word the question asks
    (read back by ``opposite_asked``)."""
    return f"the question asks '{asked}' where the best sentence says '{said}'"


_OPPOSED = re.compile(r"the question asks '([^']+)' where the best sentence says '([^']+)'")


def opposite_asked(reason: str) -> str | None:
    """The word the question asks in a reason made by ``_opposed`` ("voted against" of "the
    question asks 'voted against' where the best sentence says 'voted to approve'"); None for
    any other reason."""
    m = _OPPOSED.fullmatch(reason)
    return m.group(1) if m else None


#: Opposites: a question asking one while the sentence says the other is asking something else.
ANTONYMS = [tuple(pair.split("/")) for pair in (
    "most/least more/less most/fewest more/fewer largest/smallest larger/smaller highest/lowest higher/lower "
    "import/export imports/exports imported/exported increase/decrease increased/decreased rise/fall "
    "rose/fell rise/fell fall/rose rises/fell falls/rose maximum/minimum win/lose won/lost best/worst north/south "
    "northern/southern eastern/western "
    "accept/reject accepted/rejected allow/forbid allowed/forbade support/oppose "
    "admit/deny admitted/denied keep/lose kept/lost keeps/loses retain/lose retained/lost "
    "admits/denies weaken/strengthen weakened/strengthened weakened/gained weakened/firmed weakens/strengthens "
    "supported/opposed start/finish started/finished starts/finishes begin/end began/ended end/began end/started "
    "against/approve "
    "against/approved against/favor join/leave joined/left primary/secondary public/private domestic/foreign "
    "domestic/international men/women men's/women's male/female gold/silver gold/bronze silver/bronze "
    # the kinds of casualty: the missing and the injured are not the dead
    "died/missing dead/missing killed/missing died/injured dead/injured killed/injured").split()]


#: A beginning asked ("When did the season begin?") and other words that tell of one: "The season
#: opened on Sept. 10 and runs until the end of January" says when it began, whatever "end" follows.
_BEGIN_ASKED = frozenset("begin began start started starts".split())
_BEGUN = re.compile(r"\b(?:open|opens|opened|launch|launches|launched|commence|commences|commenced|kicked)\b"
                    r"(?!\s+(?:fire|a|an|the|its|their|his|her|new|second|third|another)\b)", re.I)  # not "opened fire"


#: Quantifiers that ask for the exception ("the least important", "rarely used"): the
#: sentence must say so too.
_RARE = re.compile(r"(?<!\bat )\b(?:least|fewest|rarely|seldom|never)\b", re.I)


#: What says "the least" without the word: "a minimum investment of £100", "the lowest", "the smallest".
_MINIMUM = re.compile(r"\b(?:minimum|lowest|smallest|no less than|starting at)\b|\bmin\.(?=\s|\d)", re.I)


_NEGATING_PREFIX = re.compile(r"^(?:non-?|un|in|im|il|ir|dis)(?=[a-z]{3,})")


#: A word with a name as its argument: "ambassador to China", "Duke of Normandy".
_WITH_ARGUMENT = re.compile(r"\b([A-Za-z]{3,})\s+(to|of|from|for|in)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s*){1,4})")


#: A name's possession: "Marrow's mayor", "the Herons' general manager" (the name, the noun after).
_POSSESSOR = re.compile(r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:['’]s|s['’])\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")


def _other_argument(question: str, sentence: str) -> str | None:
    """The question's "<word> <prep> <Name>" where the sentence uses the same word and
    preposition only with other names ("ambassador to the United States" asked, "Ambassador
    to China" written; for "of", also a possessive: "mayor of Halden" asked, "Marrow's mayor"
    written) and never writes the question's preposition and name, though with
    the word left out ("41 percent of adults in Halden and 36 percent *in Marrow*" answers
    for Marrow): it is about someone or somewhere else."""
    for m in _WITH_ARGUMENT.finditer(question):
        word, prep, arg = m.group(1), m.group(2), m.group(3).strip()
        word_terms = terms(word)
        if not word_terms:
            continue  # "what", "was": not a content word
        # a place may lie in the asked one ("evacuated in Miami-Dade County" for Florida): only another
        # country is another place
        place = prep in ("in", "at") and _a_place(arg)
        args = [set(terms(n.group(3))) for n in _WITH_ARGUMENT.finditer(sentence)
                if n.group(2) == prep and terms(n.group(1)) == word_terms
                and (not place or n.group(3).strip().removeprefix("the ") in COUNTRIES)
                and not re.match(r"[A-Z]{1,3}[$€£¥]", sentence[n.start(3):])]  # "price of A$1,299": a sum
        if prep == "of":  # "Marrow's mayor" is the mayor of Marrow
            args += [set(terms(n.group(1))) for n in _POSSESSOR.finditer(sentence) if terms(n.group(2)) == word_terms]
        asked = set(terms(arg)) | {x for t in terms(arg) for x in synonyms(t)}  # "in China" for "in Beijing"
        if args and not any(a & asked for a in args) \
                and not re.search(rf"\b{re.escape(prep)}\s+{re.escape(arg)}\b", sentence, re.I):
            return f"the question asks about '{word} {prep} {arg}' and the best sentence about another"
    return None


#: "Who plays the mother ...?": a who-question's verb and the noun it takes.
_WHO_DOES_THE = re.compile(r"^\s*who\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|did|does)\b)([a-z]+)"
                           r"\s+(?:the|a|an)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b(?![’'-])", re.I)  # not "the men’s race"


def _other_object(question: str, sentence: str) -> str | None:
    """For "Who <verb> the <noun> ...?", the noun when the sentence writes the same verb with
    another noun and never the asked one ("Who plays the mother?": "Choi, who plays the
    developer"): it is about another role, part or thing."""
    m = _WHO_DOES_THE.match(question)
    if m is None or not m.group(2).islower():
        return None
    verb, noun = m.group(1), " ".join(w for w in m.group(2).split() if w not in STOP_WORDS)  # "the transit plan"
    said = [n.group(1) for n in re.finditer(rf"\b{re.escape(verb)}\s+(?:the|a|an)\s+([a-z]+)\b(?![’'-])", sentence)]
    asked = set(terms(noun)) | {x for t in terms(noun) for x in synonyms(t)}
    # only a person's part or post against another ("the mother" / "the developer"): "won the race" may well
    # be "won the marathon"
    said = [w for w in said if person_noun(w)] if noun and person_noun(noun.split()[-1]) else []
    if noun and said and not any(set(terms(w)) & asked for w in said) and not asked & set(terms(sentence)):
        return f"the question asks who {verb} the {noun} and the best sentence who {verb} the {said[0]}"
    return None


_IN_PLACE = re.compile(r"\b(?:in|at)\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")


#: Places that hold countries: asked about, any country inside may answer.
_REGIONS = frozenset({"Europe", "Asia", "Africa", "America", "Americas", "Antarctica", "Arctic", "Oceania",
                      "Caribbean", "Balkans", "Scandinavia", "Baltics", "Latin America", "Middle East",
                      "North America", "South America"})


@functools.lru_cache(maxsize=1024)
def _a_place(phrase: str) -> bool:
    """Whether a phrase of a question names a place (the same phrases come back for every
    sentence checked)."""
    return any(sp.type == "LOCATION" for sp in find_spans(phrase))


def _other_place(question: str, sentence: str) -> str | None:
    """The question's "in <Place>" ("meet the envoy *in Beijing*") where the sentence says "in" or
    "at" another country ("in South Korea") and does not write the asked place or a word for
    it ("China" for "Beijing"): it is about something somewhere else. Not for a region asked
    ("in Europe"), nor another place that may lie in the asked one ("in Miami-Dade County"
    for Florida)."""
    for m in _IN_PLACE.finditer(question):
        place = m.group(1)
        if not _a_place(place):
            continue
        asked = set(terms(place))
        asked |= {x for t in asked for x in synonyms(t)}
        if asked & set(terms(sentence)):
            return None
        if place.removeprefix("the ").strip() in _REGIONS:
            continue  # "in Europe": France is in it
        # another country: a county or a city may lie in the asked place ("Miami-Dade County" in Florida)
        others = [n.group(1).rstrip(".") for n in _IN_PLACE.finditer(sentence)
                  if n.group(1).rstrip(".").removeprefix("the ") in COUNTRIES]
        if others:
            return f"the question asks about '{m.group(0)}' and the best sentence says 'in {others[0]}'"
    return None


#: Words that make a role another person's: the deputy mayor is not the mayor.
_RANKS = frozenset("deputy vice assistant acting interim associate former ex co junior under".split())


#: Qualifiers for whoever holds a role now, which any other qualifier but a past one may go with ("the new coach":
#: "head coach Lena Berg").
_NOW_HELD = frozenset("new current incoming present newly-appointed".split())
#: Qualifiers of the post itself ("head coach"), which "the new coach" may be; and words telling an appointment.
_TOP_OF_ROLE = frozenset("head chief senior main permanent principal top lead general".split())
_APPOINTED = re.compile(r"\b(?:appoint|appoints|appointed|named|names|hired|hires|picked|chose|chosen|signed)\b")
#: Qualifiers for whoever held a role before: one another's equals.
_PAST_ROLE = frozenset("former previous prior longtime long-time outgoing ex late".split())


#: Nouns of a measured value that a qualifier tells apart: the *unemployment* rate is not the
#: *interest* rate, *oil* prices are not *home* prices.
_VALUE_NOUNS = frozenset("rate rates price prices cost costs tax taxes fee fees yield yields index".split())


#: "forward" as the particle of a phrasal verb ("bring the vote forward", "moving the plan forward").
_FORWARD_PARTICLE = re.compile(r"\b(?:bring|brings|bringing|brought|move|moves|moving|moved|push|pushes|pushing|"
                               r"pushed|put|puts|putting|carry|carries|carrying|carried|go|goes|going|went|come|"
                               r"comes|coming|came|press|presses|pressing|pressed|set|sets|setting|step|steps|"
                               r"stepping|stepped)\b[^.?!;]*\bforward\b", re.I)


#: The officers of a company, as the analyzer reads their titles ("chief financial officer" → cfo).
_OFFICERS = frozenset({"ceo", "cfo", "coo"})


#: What a company reports, in kinds that are not one another: what it took in, what it kept,
#: what it lost. A question asking one kind is not answered by a sentence giving only another.
_MEASURES = (("revenue", "revenues", "sales", "turnover"),
             ("profit", "profits", "earnings", "income"),
             ("loss", "losses"))
#: Verbs of a company figure, counted only when a sum is asked ("How much did it lose?", not
#: "How many jobs will be lost?").
_MEASURE_VERBS = {"lose": 2, "loses": 2, "lost": 2}


def _other_measure(question: str, sentence: str) -> str | None:
    """The question's kind of company figure ("What was the bank's *revenue*?", ``_MEASURES``)
    when the sentence writes none of that kind's words and one of another kind ("reported
    net *profit* of 212 million euros"): another figure; None otherwise."""
    q_words = set(re.findall(r"[a-z]+", question.casefold()))
    s_words = set(re.findall(r"[a-z]+", sentence.casefold()))
    if re.search(r"\bhow much\b", question, re.I):  # "How much did the carrier lose?": a loss
        q_words |= {_MEASURES[_MEASURE_VERBS[w]][0] for w in q_words & set(_MEASURE_VERBS)}
    s_words |= {_MEASURES[_MEASURE_VERBS[w]][0] for w in s_words & set(_MEASURE_VERBS)}  # "the carrier lost $48m"
    asked = [kind for kind in _MEASURES if q_words & set(kind)]
    if len(asked) != 1 or s_words & set(asked[0]):
        return None
    other = next((w for kind in _MEASURES if kind is not asked[0] for w in kind if w in s_words), None)
    if other is None:
        return None
    return f"the question asks about {sorted(q_words & set(asked[0]))[0]} and the best sentence gives {other}"


#: A question about who comes to hold an office, whom the text may name by the office held before.
_SUCCESSION = re.compile(r"\b(?:succeed\w*|successor|replac\w*|take\s+over|takes\s+over|took\s+over|become|becomes|"
                         r"next|new|incoming|appointed|named|promoted)\b", re.I)


#: Words of quantity before a noun, no qualifier of its kind ("How *much* tax ...?": not "income tax").
_QUANTIFIERS = frozenset("much many more less fewer any some enough total".split())  # not "extra": a kind


def _other_role(question: str, sentence: str) -> str | None:
    """The question's "<qualifier> <role>" ("the *education* minister") or "<qualifier>
    <value>" ("the *unemployment* rate", ``_VALUE_NOUNS``) where the sentence writes the
    same noun only with another qualifier ("*transport* minister", "*interest* rate") and
    never the question's, or a rank ("*deputy* mayor", ``_RANKS``) on one side only: it
    is about someone or something else."""
    def past(words: list[str]) -> list[str]:  # "the previous leader" is "the longtime leader" who stepped down
        words = [re.sub(r"[’']s$", "", w) for w in words]  # "the federation's chief": the federation chief
        return ["former" if w.casefold() in _PAST_ROLE else w for w in words]

    asked, said_officers = _OFFICERS & set(terms(question)), _OFFICERS & set(terms(sentence))
    if asked and said_officers and not asked & said_officers and not _SUCCESSION.search(question):
        # "chief financial officer" vs "chief executive" (but "Who will succeed Hart as chief executive?": "He will
        # be succeeded by Priya Natarajan, currently the chief financial officer", the office she holds now)
        return (f"the question asks about the {min(asked).upper()} and the best sentence about the "
                f"{min(said_officers).upper()}")
    q_words = past(re.findall(r"[\w’'-]+", question))
    s_terms = set(terms(sentence))
    s_lower = sentence.casefold()
    s_words = past(re.findall(r"[\w’'-]+", s_lower))
    q_plain = past(re.findall(r"[\w’']+", question.casefold()))
    s_plain = ["", *past(re.findall(r"[\w’']+", s_lower))]  # "" before a role that opens the sentence
    for i, (rank, role) in enumerate(zip(q_plain, q_plain[1:])):  # "Who is the *deputy* mayor?", or back
        said = [x for x, y in zip(s_plain, s_plain[1:]) if y == role]
        if role not in ROLE_NOUNS and role not in ("chair", "head") or not said:  # "vice chair", "deputy head"
            continue
        if rank in _RANKS and rank not in said and not re.search(
                rf"\b(?:on an? {rank} basis|in an? {rank} capacity|as (?:the\s+)?{rank} {role}\b)", s_lower):
            # ("Under-21 coach Miguel Sousa will take charge of the team on an interim basis": the interim coach)
            return f"the question asks about the {rank} {role} and the best sentence about another"
        if rank not in _RANKS and all(x in _RANKS for x in said) \
                and not set(said) & set(q_plain[max(0, i - 2):i]):  # "the former Campinas mayor": its rank
            return f"the question asks about the {role} and the best sentence about the {said[0]} {role}"
    for qualifier, role in zip(q_words, q_words[1:]):
        q_lower, r_lower = qualifier.casefold(), role.casefold()
        if r_lower == "forward" and _FORWARD_PARTICLE.search(question) \
                and not re.search(r"\bas\s+(?:a|an|the)\s+(?:\w+\s+)?forward\b", question, re.I):
            continue  # "bringing the upgrade forward": a particle, no player
        if (r_lower not in ROLE_NOUNS and r_lower not in _VALUE_NOUNS) or q_lower in STOP_WORDS | _QUANTIFIERS \
                or not qualifier.islower() or q_lower in s_words or set(terms(q_lower)) <= s_terms:
            continue  # the sentence has the qualifier too (in any form: "ticket cost", "Tickets cost")
        # the word right before the noun, no comma between ("Hoshino Marine Energy, cost $46 million": no qualifier)
        # not a verb before its sum: "The plant in the Imanta neighbourhood *cost* 36 million euros"
        others = {a for a in past([m.group(1) for m in re.finditer(
                      rf"([\w’'-]+) {re.escape(r_lower)}\b(?!\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|"
                      r"more\s+than\s+|less\s+than\s+|just\s+|over\s+|under\s+)?[$€£¥]?\d)", s_lower)])
                  if a not in STOP_WORDS
                  and not (word_tag(a) or "").startswith(("VB", "MD"))}  # "will *become* chief": no qualifier
        if q_lower in _NOW_HELD and not others & _PAST_ROLE and (others <= _TOP_OF_ROLE or _APPOINTED.search(s_lower)):
            continue  # "the new coach": "appointed Lena Berg ... as head coach"; not "the former coach", nor
            # "goalkeeping coach Tom Lee", another post, unless the sentence tells the appointment
        alike = {x for t in terms(q_lower) for x in synonyms(t)}
        if not (word_tag(q_lower) or "").startswith("JJ"):  # "pay rates": not "the new rates", an adjective
            others = {a for a in others if not (word_tag(a) or "").startswith("JJ")}
        if others and not any(set(terms(a)) & alike for a in others):  # "biggest investor": "largest investor"
            return f"the question asks about the {q_lower} {r_lower} and the best sentence about another"
    return None


#: A number or ordinal word; "one" only hyphenated ("a one-bedroom apartment", not "one of the ...").
_NUMBER_WORD = (r"(one(?=-[a-z])|two|three|four|five|six|seven|eight|nine|ten|\d+|first|second|third|fourth|fifth|"
                r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))")


_COUNTED_WORD = re.compile(r"(?<![\d.,$€£])\b" + _NUMBER_WORD + r"(?:\s+|-)([a-z][\w]*)\b(?:\s+([a-z][\w-]*)\b)?", re.I)


_ORDINAL = re.compile(r"first|second|third|[a-z]+th|\d+(?:st|nd|rd|th)", re.I)


#: Colours, which grade warnings, alerts, cards and medals: one is never another ("a red warning" is no
#: "amber wind warning"; "a gold medal" no "silver medal").
_COLOURS = "red|amber|yellow|orange|green|blue|black|white|purple|grey|gray|pink|gold|silver|bronze"
_COLOURED = re.compile(rf"\b({_COLOURS})\s+(?:[a-z-]+\s+)?([a-z]+)\b", re.I)


#: Kinds of a company's profit or loss, one never another ("net profit" is no "operating profit").
_PROFIT_KIND = re.compile(r"\b(net|operating|gross|pre-tax|pretax|underlying|core|adjusted)\s+(?:[a-z-]+\s+)?"
                          r"(profits?|income|earnings|loss(?:es)?|margins?)\b", re.I)


#: Net profit as company reports name it: "profit attributable to shareholders".
_ATTRIBUTABLE = re.compile(r"\b(?:profits?|income|earnings|loss(?:es)?)\s+attributable\b", re.I)


def _other_colour(question: str, sentence: str) -> str | None:
    """For a noun the question colours ("a *red* warning") or grades ("*net* profit",
    ``_PROFIT_KIND``), the sentence's other colour or kind of it ("an *amber* wind warning",
    "quarterly *operating* profit"), when the question's word is not in the sentence."""
    for pattern in (_COLOURED, _PROFIT_KIND):
        for m in pattern.finditer(question):
            colour, noun = m.group(1).casefold().replace("-", ""), stem(m.group(2).casefold())
            if re.search(rf"\b{colour}\b", sentence.replace("-", ""), re.I):
                continue  # ("pretax" is "pre-tax")
            said = [n for n in pattern.finditer(sentence) if stem(n.group(2).casefold()) == noun]
            if pattern is _PROFIT_KIND and colour == "net" and _ATTRIBUTABLE.search(sentence):
                continue  # "profit attributable to shareholders rose ..., while operating profit slipped": net profit
            for n in said:
                if n.group(1).casefold() != colour:
                    return _opposed(m.group(1), n.group(1))
    return None


def _other_count(question: str, sentence: str) -> str | None:
    """Why the sentence counts or ranks the question's noun otherwise ("three integers"
    asked, "two integers" or "two main integers" written; "first quarter" asked, "third
    quarter" written), the question's number nowhere in the sentence; or None."""
    said: dict[tuple[bool, str], set[str]] = {}
    for m in _COUNTED_WORD.finditer(sentence):
        n = m.group(1).casefold()
        for word in m.group(2, 3):
            for t in terms(word or ""):
                said.setdefault((bool(_ORDINAL.fullmatch(n)), t), set()).add(n)
    for m in _COUNTED_WORD.finditer(question):
        n = m.group(1).casefold()
        for t in terms(m.group(2)):
            other = said.get((bool(_ORDINAL.fullmatch(n)), t))
            if other and n not in other and not re.search(rf"\b{re.escape(n)}\b", sentence, re.I):
                return f"the question asks '{n} {m.group(2)}' where the best sentence says {sorted(other)[0]}"
    return None


#: "at least 6,000 steps" and "at most" bound a figure; they compare nothing.
_AT_LEAST = re.compile(r"\bat (?:least|most)\b")


#: Degree words: they contradict only when they qualify the same word on both sides
#: ("*less* decline" against "*more* decline", not against "walk *more*").
_DEGREE = frozenset("most least more less fewest fewer largest smallest larger smaller highest lowest higher lower "
                    "best worst maximum minimum".split())


def _near_terms(words: list[str], w: str) -> set[str]:
    """The stemmed content words within two words of each ``w`` in ``words``."""
    near = set()
    for i, x in enumerate(words):
        if x == w:
            near |= {t for y in words[max(0, i - 2):i] + words[i + 1:i + 3] for t in terms(y)}
    return near


#: A verb still to come: "will report", "plans to report", "is expected to report".
_TO_COME = re.compile(r"\b(?:will|shall|'ll|’ll|(?:plans?|planned|expects?|expected|intends?|aims?|is|are|set|due|"
                      r"going|hopes?|wants?|seeks?) to)\s+(?:\w+ly\s+|also\s+|then\s+)?$|"
                      # a request or an order, not yet done: "had asked Interpol to issue a red notice"
                      r"\b(?:asked|asks|urged|urges|requested|requests|pressed|called\s+on|calls\s+on|ordered|orders)"
                      r"\s+(?:[\w’'-]+\s+){1,3}to\s+$", re.I)


#: A thing still to come, and its time: "is planned for (November)", "are scheduled for (May)".
_PLANNED = re.compile(r"\b(?:is|are)\s+(?:planned|scheduled|due|set)\s+for\b", re.I)


#: A comparison's second side: "nearly *twice the national rate*", "above the national average".
_COMPARED_TO = re.compile(r"\b(?:twice|double|triple|half|times|above|below|over|under|than|compared\s+(?:with|to)|"
                          r"against|versus)\s+(?:that\s+of\s+)?the\s+((?:[\w-]+\s+){0,2}?)"
                          r"(rate|average|level|figure|price|cost|total)\b", re.I)


def _only_compared(question: str, sentence: str) -> str | None:
    """Why a sentence's figure is not the one asked ("What is the national unemployment
    rate?": "unemployment in the town stood at 9.4%, nearly twice the national rate"): the
    sentence writes the asked "<qualifier> <value noun>" only as the side a figure is
    compared with, giving no figure of its own; or None."""
    for m in _COMPARED_TO.finditer(sentence):
        noun, words = m.group(2).casefold(), [w for w in m.group(1).casefold().split() if w not in STOP_WORDS]
        own = re.match(r"\s*(?:,\s*)?(?:of|at|was|is|stood\s+at)?\s*(?:about\s+|around\s+)?[$€£]?\d",
                       sentence[m.end():])  # "twice the national rate of 4.8%": its figure is given
        if words and not own and re.search(rf"\b{re.escape(words[-1])}\s+(?:[\w-]+\s+)?{noun}s?\b", question, re.I) \
                and len(re.findall(rf"\b{noun}s?\b", sentence, re.I)) == 1:
            return f"the best sentence gives the {words[-1]} {noun} only as a comparison ('{m.group(0)}')"
    return None


def _superlative_only_compared(question: str, sentence: str) -> str | None:
    """Why a sentence does not tell of the superlative the question asks ("Which company submitted
    the *lowest* bid?"): the sentence writes it only as what something else is compared with ("its
    bid was 18 percent higher *than the lowest*"); or None."""
    for m in re.finditer(r"\b(?:the\s+)?([a-z]+est)\b", question, re.I):
        word = m.group(1).casefold()
        if word_tag(word) != "JJS" or re.search(rf"\bthan\s+(?:the\s+|any\s+)?{word}\b", question, re.I):
            continue  # "How much higher than the lowest bid was it?": the comparison is what is asked
        uses = list(re.finditer(rf"\b{word}\b", sentence, re.I))
        if uses and all(re.search(r"\bthan\s+(?:the\s+|any\s+)?$", sentence[:u.start()], re.I) for u in uses):
            return f"the best sentence gives the {word} only as a comparison ('than the {word}')"
    return None


#: What makes a verb after it a hypothesis, not an event: "he *would still need to* win them", "*if* it wins".
_IRREALIS = re.compile(r"\b(?:would|could|might|may|if|unless|whether|needs? to|have to|has to|had to)\s+"
                       r"(?:\w+\s+){0,3}$", re.I)


def _uses_only_after(stems: list[str], sentence: str, before: re.Pattern[str]) -> list[str]:
    """The sentence's words with these ``stems`` when every one of them stands right after what
    ``before`` matches ("will", "would ... need to"); [] when one stands free, or none is used."""
    uses = [x for x in re.finditer(r"[A-Za-z’']+", sentence) if stems and terms(x.group(0)) == stems]
    return [x.group(0) for x in uses] if uses and all(before.search(sentence[:x.start()]) for x in uses) else []


def _only_hypothetical(question: str, sentence: str) -> str | None:
    """Why a sentence answers a question about what happened ("Who won the recount?", a verb in the
    past) only with a hypothesis: every use of the verb stands after "would", "could", "if", "need
    to" and the like ("he would still need to win them by 62 votes"); or None."""
    if re.search(r"\b(?:will|would|could|might|may|should|can|if|whether|going to)\b", question, re.I):
        return None  # "Will employees keep getting paid?": the question supposes too
    q_words = re.findall(r"(?<![\w-])[A-Za-z]+", question)  # not "an investor-*led* group"
    for w in q_words[1:]:
        low = w.casefold()
        if low not in IRREGULAR and word_tag(low) != "VBD":
            continue
        uses = _uses_only_after(terms(IRREGULAR.get(low, low)), sentence, _IRREALIS)
        if uses:
            return f"the question asks what happened and the best sentence only supposes it ('{uses[0]}')"
    return None


def _still_to_come(question: str, sentence: str) -> str | None:
    """Why a sentence answers a question about the past only with something still to come
    ("When did Northwind report its results?": "It will report third-quarter results on
    October 27"; "How many satellites has it launched?": "it expects to launch 120"): a
    word after the question's "did" or "has/have/had" stands in the sentence only after
    "will", "plans to", "is expected to" and the like (so it is a verb there, and one still
    to come); or None."""
    already = re.search(r"\balready\b(.*)", question, re.I)
    if already and not re.search(r"\b(?:already|has|have|had|currently|now|existing|was|were)\b", sentence, re.I):
        # "How many cameras does the zoo already have?": not "the zoo would add patrols and install 12 cameras"
        verbs = [x for x in re.finditer(r"\b[a-z]+\b", sentence) if _TO_COME.search(sentence[:x.start()])
                 or re.search(r"\bwould\s+$|\b(?:will|would)\s+(?:\w+\s+){1,4}and\s+$", sentence[:x.start()])]
        if verbs:
            return ("the question asks what is already so and the best sentence says what is still to come "
                    f"('{verbs[0].group(0)}')")
    m = re.search(r"\b(?:did|has|have|had)\b(?!\s+to\b)(.*)", question, re.I)  # "did X launch", "has X launched";
    # not "does it have to pay", an obligation, which an order tells
    if m is None:
        return None
    planned = _PLANNED.search(sentence)
    if planned and re.match(r"\s*when\b", question, re.I) and not re.search(r"\b(?:was|were|had)\b", sentence):
        # "When did the FDA last inspect the plant?": "An FDA inspection ... is planned for November"
        return ("the question asks what happened and the best sentence says what is still to come "
                f"('{planned.group(0)}')")
    if re.match(r"\s*why\b", question, re.I):
        return None  # "Why did the company cancel the routes?": "It will cancel 14 routes, blaming ...", a decision's
        # reason, which holds before the deed is done
    words = re.findall(r"[a-z]+", m.group(1))
    if any(re.search(rf"\b{re.escape(w)}(?:ed|d)\b", sentence, re.I) for w in words if len(w) > 3):
        return None  # "When did Harcourt announce the delay?": "... will delay ..., Harcourt announced on Monday", the
        # deed asked told as done
    for word in words:  # a word the sentence writes after "will" is a verb
        if _uses_only_after(terms(word), sentence, _TO_COME):
            return f"the question asks what happened and the best sentence says what is still to come ('{word}')"
    return None


#: A vote's tally, which tells both its sides: "voted 7 to 4", "by 104 votes to 81", "passed 9-2".
_HOW_MANY = re.compile(r"\bhow many\b", re.I)
#: The words of a vote's sides among ANTONYMS.
_VOTE_WORDS = frozenset("against approve approved favor".split())


#: The two sides of a vote: "voted against" and "voted for / in favour of / to approve".
_VOTE_SIDES = (re.compile(r"\bvot(?:e|es|ed|ing)\s+against\b|\bopposed\b", re.I),
               re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:for|in favou?r of|to approve)\b|\bsupported\b", re.I))


def _other_side(question: str, sentence: str) -> str | None:
    """Why a sentence answers "Who voted against the ban?" only with who voted for it (or
    the reverse): the question names one side of a vote, the sentence only the other; or None,
    also for a negated question ("Who did not vote for it?": the other side answers)."""
    if _HOW_MANY.search(question) and VOTE_TALLY.search(sentence):
        return None  # "The council voted 31 to 17 in favor": both counts are told
    if NEGATION.search(question):
        return None  # "Who did not vote for the plan?": those who voted against it
    for asked, said in (_VOTE_SIDES, _VOTE_SIDES[::-1]):
        m, n = asked.search(question), said.search(sentence)
        if m and n and not asked.search(sentence):
            return _opposed(m.group(0), n.group(0))
    return None


def contradicts(question: str, sentence: str) -> str | None:
    """Why the sentence speaks of something else than the question asks, or None.

    Args:
        question: the question as asked.
        sentence: the candidate answer sentence.

    Returns:
        A one-line reason ("the question asks 'import' where the best sentence says
        'export'") when: the thing asked is only what a figure is compared with ("twice
        the national rate", ``_only_compared``; "higher than the lowest",
        ``_superlative_only_compared``), a relation has another argument
        (``_other_argument``), a role another qualifier or rank (``_other_role``), a
        company figure another kind
        (revenue for profit, ``_other_measure``), a place another ("in Beijing" asked, "in
        South Korea" written, ``_other_place``), a noun another count or ordinal
        (``_other_count``) or colour or kind (``_other_colour``: "red warning" asked, "amber
        wind warning" written; "net profit" asked, "operating profit" written); a vote's
        other side (``_other_side``); something still to come where the past is asked
        (``_still_to_come``); one side is negated and the
        other not; an antonym pair (import/export; degree words only on a shared word,
        ``_DEGREE``); a word the question negates by prefix whose plain form the sentence
        uses (informal/formal); or an exception quantifier ("least", "rarely") the
        sentence lacks. None otherwise.
    """
    other = (_only_hypothetical(question, sentence) or _only_compared(question, sentence)
             or _superlative_only_compared(question, sentence)
             or _other_argument(question, sentence)
             or _other_object(question, sentence)
             or _other_role(question, sentence)
             or _other_measure(question, sentence) or _other_count(question, sentence)
             or _other_colour(question, sentence)
             or _other_place(question, sentence) or _still_to_come(question, sentence)
             or _other_side(question, sentence))
    if other:
        return other
    question = _NOT_A_NEGATION.sub(" ", question)  # "whether or not", "may or may not": no negation
    # "declined to challenge" negates the question's own verb ("decide not to challenge"); not "declined
    # to comment", nor "unemployment declined to 4.1%"
    # and "ordered to stop blasting" one asking what is "no longer allowed to blast" (the stopped thing asked)
    asked = set(terms(question))
    negating = any(set(terms(m.group(1))) & asked or set(terms(m.group(1))) & _TELLING and asked & _TELLING
                   for m in [*_NEGATING_VERB.finditer(sentence), *_STOPPING.finditer(sentence)])
    # "Why wouldn't he reveal the rent?": "declined to say how much", a refusal to tell by another verb of telling
    negated = NEGATION.search(question)
    # "say it cannot": a subject between the verb and the negation; not "is said not to operate"
    reported = negated is not None and re.search(_REPORTING.pattern + r"\s+(?:that\s+)?\w[\w’'-]*\s+(?:\w+\s+){0,4}$",
                                                 question[:negated.start()], re.I) is not None
    if negated and not reported and not NEGATION.search(sentence) and not _NO_DETERMINER.search(sentence) \
            and not negating and not _EXCEPT.search(sentence) \
            and not _said_as_not(sentence):  # "students who had received no vaccine dose"
        # says "not vaccinated"; "covers all varieties except fragrant rice" says which are not covered
        # not a negation inside what someone says or decides ("Why does the university say it cannot offer
        # more?": "the most it can afford" may give the reason without one)
        return "the question is negated and the best sentence is not"
    if NEGATION.search(sentence):  # "had not been repaired" may well say "unrepaired"
        return None
    q_seq = re.findall(r"[a-z][a-z-]+", _AT_LEAST.sub(" ", question.casefold()))
    s_seq = re.findall(r"[a-z][a-z-]+", _AT_LEAST.sub(" ", sentence.casefold()))
    q_words, s_words = set(q_seq), set(s_seq)
    s_stems = {stem(w) for w in s_words}
    # "How many voted against?": "voted 7 to 4 to approve" tells the noes too (but not who they were)
    tally = _HOW_MANY.search(question) and VOTE_TALLY.search(sentence)
    # "Did the shares rise or fall?": a question that names both sides asks which, and "fell" answers it
    both = {w for a, b in ANTONYMS for w in (a, b) if a in q_words and b in q_words}
    for a, b in ANTONYMS:
        for x, y in ((a, b), (b, a)):
            if tally and {x, y} & _VOTE_WORDS or x in _BEGIN_ASKED and _BEGUN.search(sentence) or x in both:
                continue
            if x in q_words and x not in s_words and y in s_words and y not in q_words \
                    and stem(x) not in s_stems and (
                    x not in _DEGREE or _near_terms(q_seq, x) & _near_terms(s_seq, y)) and not (
                    (synonyms(stem(x)) | PART_EVENTS.get(stem(x), frozenset())) & s_stems):  # "begin": "will
                # start on Saturday, ... until the end of October"; "died": "killed 57 sheep and injured 20 more"
                return _opposed(x, y)
    for w in q_words - s_words:
        m = _NEGATING_PREFIX.match(w)
        if m and w[m.end():] in s_words and w[m.end():] not in q_words:
            return _opposed(w, w[m.end():])
    for w in s_words - q_words:  # "formal" asked, "informal" said
        m = _NEGATING_PREFIX.match(w)
        if m and w[m.end():] in q_words and w[m.end():] not in s_words:
            return _opposed(w[m.end():], w)
    rare = _RARE.search(question)
    if rare and not _RARE.search(sentence) and not (rare.group(0).casefold() in ("least", "fewest")
                                                    and _MINIMUM.search(sentence)):  # "a minimum investment"
        return f"the question asks '{rare.group(0)}' and the best sentence does not say so"
    return None
