"""Amounts: which figure in a sentence is the one a question asks for.

A sentence often holds several figures of the asked type. "How many homes did the fire
destroy?" is not answered by "90,000 acres", an age ("72-year-old") or "nearly two
months"; "How much profit ...?" by the figure next to "profit", not the revenue;
"last year" by the figure a change starts from ("up from 41,000"); "How many seats
does the party have?" by the part ("41 of the 349 seats"), not the whole.

* ``amount_asked``: whether a typed span can be the amount asked at all;
* ``figure_weight``: how much of the type part a figure keeps (a unit price, a whole,
  a change's other end, a count where a score is asked);
* ``amount_noun``, ``counted_noun``: the noun a question or a span counts.

Rules only, on the question, the sentence and its spans.
"""

from __future__ import annotations

import re

from qa.analyzer import AUXILIARIES, DEMONYMS, DETERMINERS, STOP_WORDS, stem, synonyms, terms, tokenize
from qa.asked import question_verbs
from qa.chunks import word_tag
from qa.entities import APPROX, CURRENCY_WORDS, NAME_TYPES, PEOPLE_NOUNS, Span
from qa.question import CHANGE_VERBS, LEVEL_REACHED, VOTE_ASKED, QuestionAnalysis, a_person

#: "How much <noun>": the noun whose extent is asked ("how much *control*").
EXTENT = re.compile(r"\bhow much ([a-z]+)\b", re.I)


#: "How much was <its subject>?": the subject's last word, before the question mark or a preposition.
_HOW_MUCH_IS = re.compile(r"\bhow\s+much\s+(?:is|was|are|were)\s+(?:[\w’'.-]+\s+){0,6}?([a-z]+)"
                          r"(?=\s*(?:\?|$)|\s+(?:in|of|for|at|on|last|this|after|before|from)\b)", re.I)


VALUE_TYPES = frozenset({"NUMBER", "MONEY", "PERCENT", "QUANTITY"})


#: "41 of the *349* seats", "three of its *five* plants": the whole a part is counted from.
#: A whole's owner named with a possessive: "600 of *Brightmesh's* 3,400 staff" (as "of *the* 3,400").
_NAMED_OWNER = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}[’']s"
_PART_OF = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                      r"hundreds|thousands|most|some|all|half|none)\s+of\s+(?:(?:the|its|their|his|her|our|all|"
                      + _NAMED_OWNER + r")\s+"
                      r"(?:combined|total|existing|current|remaining|estimated|original|entire|overall)?\s*)?$",
                      re.I)


#: "per share", "a barrel", "each": a price per thing (a rate per year is a sum: "$74 a year").
_PER_UNIT = re.compile(r"\s*(?:per (?:share|unit|head|piece|barrel|ton|tonne|person|ticket|item)\b|"
                       r"a (?:share|unit|head|piece|barrel|ton|tonne|ticket)\b|each\b|apiece\b)", re.I)
#: "15 cents a minute", "$2 per mile": a rate per unit of time or distance, each unit's amount (not "a year earlier").
_PER_TIME = re.compile(r"\s*(?:per|an?)\s+(?:minute|hour|day|night|week|month|year|mile|kilometer|kilometre)\b"
                       r"(?!\s+(?:earlier|ago|before|later|after|from)\b)", re.I)


_SMALL_UNIT = re.compile(r"\b(?:cents|pence)$")


#: A conversion in brackets after a sum: "90 million Jamaican dollars ($580,000) a year".
_CONVERSION = re.compile(r"\s*\([^()]{1,40}\)")


def _past_conversion(sentence: str, end: int) -> int:
    """Where the words after a sum ending at ``end`` (an offset into ``sentence``) go on,
    past a conversion in brackets: the rate a sum is told at follows it ("... ($580,000) a year")."""
    m = _CONVERSION.match(sentence, end)
    return m.end() if m else end


_ASKS_UNIT = re.compile(r"\b(?:per|each|a share|apiece|priced|rate|wage|salary|fare|fee|dividend)\b", re.I)


_ASKS_TOTAL = re.compile(r"\b(?:total|in all|altogether|out of|overall|whole|entire)\b", re.I)
#: "How many night routes does the company run?": what an owner has (its whole, "14 of *its 22* routes"), asked
#: with do-support and a verb of having, not of a deed done to a part ("How many routes will it cancel?").
_ASKS_HELD = re.compile(r"\b(?:do|does|did)\b.*\b(?:have|own|run|operate|employ|hold)\b[^?]*\??\s*$", re.I)
_OWNED = re.compile(r"\b(?:its|their|his|her|our)\s*$|[’']s\s*$", re.I)
#: What follows a part's figure up to the whole's: "14 *of its* 22 routes", "600 *of Brightmesh's* 3,400 staff".
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|all|" + _NAMED_OWNER + r")\s+)?(?=\d)", re.I)


#: "up from 41,000", "compared with $3.1 billion", "than 12%": the figure a change starts from.
_FROM_VALUE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s+(?:about |around |nearly |almost |"
                         r"roughly |some |just |more than |less than |over |under )?$", re.I)


_ASKS_EARLIER = re.compile(r"\b(?:last|previous|prior)\s+(?:year|month|week|season|quarter|decade)\b|"
                           r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|"
                           r"decades?) (?:earlier|ago|before)\b|\bbefore the\b|"
                           r"\bthe\s+(?:year|month|week|season|day|time)\s+before\b|"
                           r"\bbefore\W*$|\b(?:previously|formerly|originally|initially|used to)\b|"
                           r"(?:\b(?:the|an|its|their)|[’']s)\s+(?:earlier|previous|prior|former|original|old)\s+"
                           r"(?!(?:year|month|week|season|quarter|decade|time|half)\b)[a-z]+|"  # "the earlier pilot"
                           # a first offer, not a first round: "the council's first offer", "its opening bid"
                           r"(?:\b(?:the|an|its|their)|[’']s)\s+(?:first|initial|opening)\s+(?:offer|bid|proposal|"
                           r"estimate|forecast|price|quote|demand|target|valuation|budget)s?\b", re.I)


#: "How big was *the bonus* ...?": the noun whose size is asked.
_HOW_BIG = re.compile(r"\bhow (?:big|large|high|much|small)\s+(?:is|was|were|are|will be|would be)\s+"
                      r"(?:the|its|his|her|their|a|an)\s+([a-z][\w-]*)", re.I)


def amount_noun(q: QuestionAnalysis) -> str | None:
    """The stemmed noun whose amount a question asks ("How much *profit* ...?", "What was
    the company's *revenue*?", "How big was the *bonus*?"), or None."""
    if q.answer_type not in ("MONEY", "QUANTITY", "NUMBER", "PERCENT"):
        return None
    m = EXTENT.search(q.text) if q.wh == "how much" else _HOW_BIG.search(q.text)
    if m and q.wh == "how much" and m.group(1).casefold() in ("is", "was", "are", "were"):
        m = _HOW_MUCH_IS.search(q.text)  # "How much was Westgold's quarterly net *profit*?": the copula's subject
        if m and (word_tag(m.group(1).casefold()) or "").startswith("VB"):
            m = None  # "By how much was the risk *reduced*?": a change, of no noun
    word = m.group(1) if m else q.head if q.wh in ("what", "which") else None
    found = terms(word) if word else []
    return found[0] if found else None


#: Words of a change before "from": "up from", "rose 12% from", "a drop from".
_CHANGED = re.compile(r"\b(?:up|down|rose|risen|rise|rising|fell|fallen|fall|falling|increased?|increasing|decreased?|"
                      r"grew|grown|growing|dropped|drop|declined?|climbed|jumped|slipped|raised?|lowered|cut|higher|"
                      r"lower|more|less|fewer|changed?|moved?|widened|narrowed|gain(?:ed)?|los[st])\b\W*"
                      r"(?:\S+\s+){0,4}$", re.I)


def _reached(sentence: str, sp: Span) -> bool:
    """Whether a figure is the level a change reached: right after "to" ("cut ... *to* 145
    million euros", "rose *to* $31.40")."""
    return bool(re.search(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$", sentence[:sp.start]))


#: "first" or "last" as an adverb ("When did they first meet?"), not an adjective after a
#: determiner ("When did she win *her first* title?", "the last time").
_NOT_OF_A_NOUN = "".join(rf"(?<!\b{w} )" for w in sorted(DETERMINERS)) + r"(?<!’s )(?<!'s )"
#: A question about a beginning or the last time before, which "since <date>" answers ("When
#: did the plant open?", "When did a minister last visit?": "the first visit since 2018").
ASKS_START = re.compile(r"\b(?:begin|began|begun|start|started|open|opened|found|founded|launch|launched|establish|"
                      r"established|since|introduce|introduced|create|created|join|joined|previous|"
                      r"previously|before|prior|recent)\b|" + _NOT_OF_A_NOUN + r"\b(?:first|last)\b", re.I)


#: A contest whose score is a tally ("the score of the semifinal"), not an index's percentage.
#: A contest's results as nouns, by the verb that counts them ("4 losses": games lost).
_RESULTS = {"victori": "win", "loss": "lose", "defeat": "lose"}
_A_MATCH = re.compile(r"\b(?:match|game|final|semifinal|quarterfinal|round|tie|derby|fixture|bout|race|set)s?\b",
                      re.I)


#: "the first ... since <date>", "the highest level since": a date that bounds a comparison.
#: An ordinal and its noun right before a period it counts in: "its *second cut* this year".
_NTH_IN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                     r"(?:\s+[a-z-]+){1,2}\s+(?:so far\s+)?$", re.I)
_FIRST_SINCE = re.compile(r"\b(first|only|last|\w+est|least|fewest)\b[^;]{0,120}\bsince\s+$", re.I)


#: A superlative, then, in its clause, "in" or "for" right before a length of time: "the most difficult rescue we
#: have carried out *in* a decade", "its worst flooding *for* 20 years" (not "the first woman to hold the post, has
#: been in office for 12 years", past a comma; group 1: the superlative).
_MOST_IN = re.compile(r"\b(first|only|most|\w+est|least|fewest|worst|best)\b[^;,]{0,80}\b(?:in|for)\s+"
                      r"(?:more than\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


#: A sum told as a difference: "cost roughly $4 million *more*", "$2 million less" (not "more than").
_A_DIFFERENCE = re.compile(r"\s+(?:more|less|extra)\b(?!\s+than\b)", re.I)


#: The lengths of time a superlative is counted in: months and longer ("in *45.21 seconds*" after "the fastest
#: time" is the time run).
_LONG_SPAN = re.compile(r"\b(?:months?|years?|decades?|centur(?:y|ies)|generations?)$", re.I)


def period_of_comparison(sentence: str, sp: Span) -> bool:
    """Whether a length of time is the period a superlative is counted in ("the worst flooding
    in *a decade*", "the most difficult rescue ... in *a decade*"): no length or time of the
    event told (not "closed for *eight months*")."""
    m = _MOST_IN.search(sentence[:sp.start]) if sp.type == "DURATION" and _LONG_SPAN.search(sp.text) else None
    return m is not None and (m.group(1).casefold() in ("first", "only", "most", "least", "fewest", "worst", "best")
                              or word_tag(m.group(1).casefold()) == "JJS")


def bounds_comparison(sentence: str, sp: Span) -> bool:
    """Whether a date ends a comparison ("the first delegation ... since *2019*", "its highest
    level since *2008*") or is the period an ordinal counts in ("its second cut *this year*"):
    no time of the event told ("trapped since *Thursday*" is one, and so is "the west shaft
    ... since Thursday": "west" is no superlative)."""
    first = _FIRST_SINCE.search(sentence[:sp.start])
    if _NTH_IN.search(sentence[:sp.start]) and re.match(r"(?:this|last)\s", sp.text, re.I):
        return True  # "its second cut *this year*": how often, not when
    return first is not None and (first.group(1).casefold() in ("first", "only", "last", "least", "fewest")
                                  or word_tag(first.group(1).casefold()) == "JJS")


def earlier_value(sentence: str, sp: Span) -> bool:
    """Whether a figure is the one a change starts from ("up from *41,000*", "compared with
    *$3.1 billion*", "from *$6.50* to $7.70"), not the figure it reached; a "from" of origin
    is not ("212 players from *38* countries")."""
    m = _FROM_VALUE.search(sentence[max(0, sp.start - 40):sp.start])
    if m is None:
        return False
    if not m.group(0).casefold().startswith("from"):
        return True
    before = sentence[max(0, sp.start - 80):sp.start - len(m.group(0))]
    return bool(_CHANGED.search(before) or re.match(r"\s+to\b", sentence[sp.end:])
                or _TO_FIGURE.search(before))  # "cutting capacity to 1,650 from *1,900*"


#: A figure given only as a yardstick another is measured against: "2.9%, above *the national rate of* 2.4%",
#: "below the EU average of", "ahead of a forecast of". Group 1: the yardstick's qualifiers; group 2: its noun.
_YARDSTICK = re.compile(r"\b(?:above|below|higher than|lower than|ahead of|short of|behind|compared (?:with|to)|"
                        r"against|versus|vs\.?|beating|missing|exceeding|topping)\s+(?:the|a|an|its|their)\s+"
                        r"((?:[\w.-]+\s+){0,3}?)(rate|average|level|figure|mean|norm|target|forecast|estimate|"
                        r"expectations?|benchmark|consensus)\s+of\s+(?:about |around |nearly |almost |some )?$", re.I)


def _yardstick(q: QuestionAnalysis, sentence: str, sp: Span) -> bool:
    """Whether ``sp`` is a yardstick's figure the question does not ask of ("What was inflation
    in January?": not 2.4% of "stood at 2.9%, above the national rate of 2.4%"; "What was the
    national rate?" asks it): its qualifiers, or a noun other than rate/level/figure/average,
    are not among the question's words."""
    m = _YARDSTICK.search(sentence[max(0, sp.start - 70):sp.start])
    if m is None:
        return False
    asked = set(terms(q.text))
    noun = terms(m.group(2))
    return not (set(terms(m.group(1))) & asked or m.group(2).casefold() not in ("rate", "level", "figure", "average")
                and set(noun) & asked)


#: A level reached, right before "from": "to 1,650 (seats)" in "to 1,650 from 1,900".
_TO_FIGURE = re.compile(r"\bto\s+[$€£¥]?\d[\d,.]*(?:\s*%|\s+[a-z]+){0,2}\s*$", re.I)


#: An age range's figures: "between the ages of 13 and *19*", "aged 65 or *older*", "ages 5 to 11".
_AGES_BEFORE = re.compile(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:between\s+)?(?:\d+\s*(?:and|to|or|-|–)\s*)?$|"
                          # "free for children under 15", "people over 65": an age bound
                          r"\b(?:children|kids|people|adults|pupils|students|those|anyone|girls|boys|women|men|"
                          r"patients|residents)\s+(?:under|over|below|above|younger than|older than)\s+$", re.I)
#: Those who abstained, neither side of a vote's tally.
_ABSTAINED = re.compile(r"\babstain\w*|\babstention", re.I)
#: Units of time a question may count ("How many *seasons* ...?") and a figure be said in.
_TIME_COUNTS = frozenset(terms("seconds minutes hours days weeks months years seasons decades centuries"))
#: Units of time too far apart for one to state the other: "20 minutes" is no count of seasons, "five years" none
#: of minutes; "12 years" may count seasons, "18 months" years, "three weeks" days.
_SHORT_TIMES = frozenset(terms("seconds minutes hours"))
_LONG_TIMES = frozenset(terms("years seasons decades centuries"))


#: Questions that ask for a score or a vote tally, and such a span ("4-2", "7-2").
ASKS_TALLY = re.compile(r"\b(?:score|scoreline|margin|tally|vote count)\b|\b" + VOTE_ASKED, re.I)


TALLY = re.compile(r"\d{1,3}[-–]\d{1,3}")
#: What a score's sides count ("How many goals ...?": "won 3-1" may say).
_SCORED = frozenset(terms("goals points runs games sets frames wickets tries baskets"))


_AGE = re.compile(r"-year-old|\s+years?\s+old\b|\s+years? of age\b")


_NAME_COMMA = re.compile(r"[A-Z][\w’'-]+,\s*$")


_AGED = re.compile(r"\b(?:aged|age)\s+$")


_NUMBER_WORDS = frozenset("million billion trillion thousand hundred dozen dozens hundreds thousands millions "
                          "billions more".split())


#: A number in words up to ninety-nine ("nine", "forty", as in "forty-two").
SMALL_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")


#: A part of a whole counted just before, and what it did: ", two of whom had *died*".
_PART_WHO = re.compile(r"[^,;]{0,60},\s+(?:about\s+|nearly\s+|at least\s+)?(?:\d[\d,]*|one|two|three|four|five|"
                       r"six|seven|eight|nine|ten|some|most|many|several|all)\s+of\s+(?:whom|which|them)\s+"
                       r"(?:(?:had|have|has|were|was|are|is|been|later|since|already|subsequently)\s+)*([a-z]+)")


#: A count's noun and "of" before another count: "nine members of | two families".
_OF_ANOTHER_COUNT = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                               r"hundreds|thousands)\s+[a-z]+\s+of\s+(?:the\s+|their\s+)?$", re.I)


#: A score on the way, not the final one: "led 70-61", "trailing 2-0", "... at half-time", "with six minutes left".
_LED_BY = re.compile(r"\b(?:led|leading|leads|trailed|trailing|trails|was\s+tied|were\s+tied|level)\s+(?:at\s+)?$",
                     re.I)
_INTERIM_AFTER = re.compile(r"\s+(?:ahead\b|behind\b|up\b|down\b|"  # "put his side 2-1 ahead"
                            r"at\s+(?:half-?time|the\s+break|the\s+interval|the\s+end\s+of)|"
                            r"with\s+[\w.]+\s+(?:minutes?|seconds?|laps?|overs?|holes?|games?)\s+"
                            r"(?:left|to\s+play|remaining|to\s+go))", re.I)
_ASKS_INTERIM = re.compile(r"\b(?:half-?time|the\s+break|the\s+interval|led|lead|leading|trail\w*|quarter|"
                           r"period|set|inning|minutes?|seconds?|to\s+play|to\s+go|remaining)\b", re.I)


def amount_asked(q: QuestionAnalysis, sp: Span, sentence: str) -> bool:
    """Whether a typed span can be the amount the question asks for.

    Args:
        q: the analyzed question.
        sp: a typed span of ``sentence``.
        sentence: the sentence's text.

    Returns:
        False when: "when" meets a bare length of time ("years"; "two years ago" passes);
        a length of time or a date asked meets the period a superlative is counted in ("the
        worst flooding in a decade"), and a length of time a count of things ("one lane");
        a sum asked meets a difference ("cost $4 million more", not "charge $25 extra", the fee),
        unless a difference is asked;
        "how deep/tall/heavy/fast ..." meets a figure not in those units (``_DIMENSIONS``;
        "how far/high did X drop/rise" asks a change, in any units);
        "how old" / "the age of" meets no age ("a 24-year-old", "aged 24", "Lopez, 24,");
        "the score" meets a percentage or a sum ("won 58% of points": no tally);
        a money or percent question meets a count of things, a score, a compound or an
        age ("Okafor, 52,");
        "how many X" meets a sum of money in a sentence without X, a count of another noun
        ("90,000 acres" for homes; for "people", any noun for people passes), an age, a
        share or a duration; "how much"
        meets an age compound or a score ("5-2"); a money question meets a bare number
        with no "million"/"billion" ("bringing its total to 61"; a sum beside money is
        typed MONEY already: "compared with 185 million").
        True otherwise.
    """
    compound = sentence[sp.end:sp.end + 1] == "-"
    if q.wh == "how old" or q.head in ("age", "ages"):
        owner = age_owner(sentence, sp)
        whose = _HOW_OLD_IS.match(q.text)  # "How old is Tashi?": only a name asked as the one whose age it is
        named, aged = set(terms(whose.group(1))) if whose else set(), set(terms(owner or ""))
        if owner is None and whose and re.search(r"^\s*The\s+[A-Z][a-z]+,\s*$", sentence[:sp.start]) \
                and re.search(rf"\b{re.escape(whose.group(1).split()[-1])}\b", sentence[sp.end:]):
            return False  # "How old is Aberg?": not "The American, 27, finished four shots clear of Ludvig Aberg"
        if owner is not None and whose and not (named <= aged or aged <= named):
            # "How old is Tashi?": not "eight-year-old Ebba Nilsson", another's age; "How old is Iain
            # Rennie?": not "Alasdair Rennie, 61", his brother's
            return False
        kind = _HOW_OLD_THE.match(q.text)
        called = re.match(r"-year-old\s+([a-z]+)", sentence[sp.end:])
        # the kind asked named after this age, as another person ("a 78-year-old man in Écija and a farm worker");
        # not "The driver, a 45-year-old man, ..." nor "named the victim as Ana Ruiz, a 23-year-old student"
        apart = kind is not None and re.search(rf"\b{re.escape(kind.group(1))}", sentence[sp.end:], re.I) is not None
        if kind and called and apart and a_person(called.group(1)) \
                and stem(called.group(1)) != stem(kind.group(1)) and not synonyms(stem(kind.group(1))) & {
                    stem(called.group(1))}:
            return False  # "How old was the farm worker who died?": not "a 78-year-old man in Écija", another
        return bool(_AGE.match(sentence, sp.end) or _AGED.search(sentence, 0, sp.start)
                    # "31 years old", the span holding "years"
                    or sp.text.endswith(("year", "years")) and re.match(r"\s+old\b", sentence[sp.end:])
                    or (_NAME_COMMA.search(sentence, 0, sp.start) and sentence[sp.end:sp.end + 1] == ","
                        and re.fullmatch(r"\d{1,3}", sp.text))  # "Wanjiru, 27, won": the news style for an age
                    # "The father, Bima, is 12.": a bare number a person or animal is (not "is 12 km")
                    or (re.fullmatch(r"\d{1,3}", sp.text) is not None
                        and re.search(r"\b(?:is|was|turns|turned|turning|will be)\s+$", sentence[:sp.start]) is not None
                        and re.match(r"\s*(?:[.,;]|$|and\b|years?\s+old\b)", sentence[sp.end:]) is not None)
                    # "raise the retirement age to 67", "at the age of nine"
                    or (re.fullmatch(rf"\d{{1,3}}|{SMALL_NUMBER}(?:-{SMALL_NUMBER})?", sp.text, re.I) is not None
                        and re.search(r"\bage\s+(?:to|of|at|from)\s+$", sentence[:sp.start]) is not None))
    if q.answer_type == "MONEY" and sp.type == "MONEY" and _A_DIFFERENCE.match(sentence, sp.end) \
            and not re.search(r"\bcharg\w*\s+(?:[\w-]+\s+){0,3}$", sentence[:sp.start], re.I) \
            and not re.search(r"\b(?:more|less|extra|fewer|additional|difference|sav(?:e|es|ing|ings))\b", q.text,
                              re.I) \
            and not CHANGE_VERBS.search(q.text):
        return False  # "How much will the repair cost?": not "would have cost roughly $4 million more", a difference
    if q.answer_type in ("DURATION", "DATE") and period_of_comparison(sentence, sp):
        return False  # "How long did the rescue take?": not "the most difficult ... in a decade"
    noun = counted_noun(sp) if q.answer_type == "DURATION" else None
    if noun and not set(terms(noun)) & _TIME_TERMS \
            and not re.search(r"\b(?:lasted|lasts|last|spanned|went\s+the\s+distance\s+of)\s+$",
                              sentence[:sp.start], re.I):  # "The fight lasted 12 rounds": its length
        return False  # "How long will the bridge be shut?": not "one lane", a count of things
    if q.answer_type == "PERCENT" and sp.type == "NUMBER" and re.fullmatch(r"(?:about |nearly |almost |some )?[\d,.]+",
                                                                          sp.text):
        return False  # "What percentage of participants were women?": not "2,113 of the participants", a count
    if q.answer_type in ("MONEY", "PERCENT") and (counted_noun(sp) or re.fullmatch(r"\d+[-–]\d+", sp.text) or compound
                                                  or _an_age(sp, sentence) or VAGUE_COUNT.fullmatch(sp.text)):
        return False  # "What is the mayor's salary?": not "Grace Okafor, 52,"; "What percentage ...?": not "too few"
    if sp.type in ("DATE", "DURATION") and ASKS_TIME_OF_DAY.search(q.text) and q.answer_type != "DURATION" \
            and not _CLOCK.search(sp.text) \
            and not _PART_OF_DAY.search(sp.text) \
            and not re.search(_PART_OF_DAY.pattern + r"\s+(?:of\s+|on\s+)?$", sentence[max(0, sp.start - 20):sp.start],
                              re.I) \
            and not re.match(r"\s+" + _PART_OF_DAY.pattern, sentence[sp.end:sp.end + 20], re.I):
        # "on Tuesday night", "in the early hours ... overnight"; not "patrol at night starting next week"
        return False  # "At what time of day did staff notice it?": not "March 14", not "11 days later"
    if q.answer_type == "DATE" and sp.type == "DURATION":  # "when": "two years ago", "in three weeks", not "years"
        return bool(re.match(r"\s+(?:ago|earlier|later|before|after|from now)\b", sentence[sp.end:])
                    or re.search(r"\b(?:in|within)\s+$", sentence[:sp.start]))
    if q.head in ("score", "scoreline", "tally") and sp.type in ("PERCENT", "MONEY") and _A_MATCH.search(q.text):
        return False  # "What was the score of the semifinal?": a tally ("6-3"), not "won 58% of points"
    if q.head in ("score", "scoreline") and TALLY.fullmatch(sp.text) and not _ASKS_INTERIM.search(q.text) \
            and (_LED_BY.search(sentence[:sp.start]) or _INTERIM_AFTER.match(sentence, sp.end)):
        return False  # "What was the score?": not "Real Madrid led 70-61 with six minutes to play", on the way
    if q.head in ("score", "scoreline") and not TALLY.fullmatch(sp.text) and (TALLY.search(sentence)
                                                                           or _A_MATCH.search(q.text)):
        # nor "six minutes" of that sentence: where a tally is written, the score is one; and a game's
        # score is a tally wherever it stands ("What was the score in the final?": not "ten minutes")
        return False
    units = None if q.answer_type in ("PERCENT", "MONEY") else \
        _DIMENSIONS.get(q.wh) or _DIMENSIONS.get(_MEASURE_HEADS.get(q.head or "", "")) or (
        _LENGTH if q.wh == "how long" and q.answer_type == "QUANTITY" else None)  # "How long is the route?"
    if units is not None and q.wh in ("how far", "how high") and CHANGE_VERBS.search(q.text):
        units = None  # "How far did the shares drop?": a change, in percent or money ("fell 6.2 percent")
    if units is not None:  # "how deep": a figure in meters or feet, not "three-year"
        # the whole words near the figure ("most" cut to "m" would be metres)
        after = " ".join(m.group(0) for m in re.finditer(r"[a-z]+|°", sentence.casefold())
                         if m.start() >= min(sp.start, sp.end - 12) and m.end() <= sp.end + 24)
        asked_dim = _DIMENSION_OF.get(q.wh) or _DIMENSION_OF.get(_MEASURE_HEADS.get(q.head or "", ""))
        said_dim = _SAID_DIMENSION.match(sentence, sp.end)
        if asked_dim and said_dim and _DIMENSION_WORDS[said_dim.group(1).casefold().split()[0]] != asked_dim:
            return False  # "How deep is the loch?": not "more than 400 metres above sea level", a height
        if asked_dim and asked_dim != "distance" and not said_dim and re.match(r"-[a-z]+\s+[a-z]", sentence[sp.end:]):
            return False  # "How tall is the mural?": "a 120-foot mural" does not say which way it runs
        if units is _LENGTH and re.search(r"\b(?:square|sq|cubic)\b", sp.text + " " + after):
            return False  # "How far can the swarm travel?": not "60 square kilometers", an area
        return sp.type == "NUMBER" and bool(units.search(after))
    asked = _counted_terms(q.text) if q.wh == "how many" else []
    if q.wh == "how many" and not any(_same_noun(a, w) for a in asked for w in terms(sp.text)) \
            and _OF_ANOTHER_COUNT.search(sentence[:sp.start]):
        return False  # "How many died?": not "two" of "nine members of two families died", the whole they are of
    if q.wh == "how many" and _AGES_BEFORE.search(sentence[:sp.start]) and not re.search(r"\bages?\b|\bold\b",
                                                                                         q.text, re.I):
        return False  # "How many young people are eligible?": not 19 in "between the ages of 13 and 19"
    if asked and re.search(r"\b(?i:of|among)\s+(?i:the|these|those|its|their)\s+$", sentence[:sp.start]) \
            and re.match(r"\s*,", sentence[sp.end:]):
        return False  # "How many consultants ...?": not "Of the four, only the children's hospital ...", a whole
    part = _PART_WHO.match(sentence, sp.end) if asked else None
    clause = re.match(r"[^,;]*", sentence[part.end():]) if part else None
    narrower = part is not None and clause is not None and bool(  # "150 of whom died *in hospital*", asked
        (set(q.focus) - question_verbs(q)) & set(terms(clause.group(0))) - set(terms(sentence[:part.start()])))
    if part and set(terms(part.group(1))) & question_verbs(q) \
            and not set(terms(sentence[sp.end:part.start()])) & question_verbs(q) \
            and (narrower or not any(_verb_asked(set(terms(q.text)), d) for d in _count_deeds(sentence, sp))):
        return False  # "How many health workers died?": not "11 health workers had been infected, two of whom had died"
        # (but "has killed 400 people, 150 of whom died in hospital": 400 were killed)
    said_units = set(terms(sp.text)) & _TIME_COUNTS
    asked_units = set(asked) & _TIME_COUNTS
    if asked_units and said_units and (asked_units <= _SHORT_TIMES and said_units <= _LONG_TIMES
                                       or asked_units <= _LONG_TIMES and said_units <= _SHORT_TIMES):
        return False  # "How many penalty minutes ...?": not "five years"; "How many seasons ...?": not "20 minutes"
    if asked == ["time"]:
        asked = []  # "How many times did Carver play for Rovers?": "212 appearances" counts them too
    if asked and _ABSTAINED.search(q.text) and not _ABSTAINED.search(sentence) and any(
            m.start() <= sp.start < m.end() for m in VOTE_TALLY.finditer(sentence)):
        return False  # "How many councillors abstained?": not "passed by 31 votes to 17", the two sides
    if asked and _vote_side(q.text, sp, sentence) is not None:
        return True  # "How many lawmakers voted in favour?": "104 votes to 81" counts them
    if asked and not _ASKS_VOTE.search(q.text) and any(
            m.start() <= sp.start < m.end() for m in VOTE_TALLY.finditer(sentence)):
        return False  # "How many people ride the buses?": not "The council voted 6 to 3", a vote's side
    if asked and re.search(r"\bhow many of\b", q.text, re.I) and re.search(
            r"\b(?i:of|among)\s+(?:(?i:the|its|their)|" + _NAMED_OWNER + r")\s+$",
            sentence[:sp.start]):
        return False  # "How many of the pipes were original?": not "Of *the 2,614* pipes, about 1,100 ...", the whole
    next_word = re.match(r"\s+([a-z][\w-]*)", sentence[sp.end:])  # "150-200 *jobs*": a range of the thing asked
    if asked and (TALLY.fullmatch(sp.text) or re.search(r"\d[-–]\d{1,3}\s*\($", sentence[:sp.start])) \
            and not _ASKS_VOTE.search(q.text) and not set(asked) & _SCORED \
            and not (next_word and any(_same_noun(a, w) for a in asked for w in terms(next_word.group(1)))):
        return False  # "How many jobs will the plant create?": not "voted 4-1", nor "7-6 (8)", a vote or a score
    thing = counted_thing(q.text) if asked and sp.type == "MONEY" else None
    if thing is not None and thing not in _CURRENCY_TERMS:
        return False  # "How many flight attendants will lose their jobs?": not "lost $48 million"; "How many
        # staff took part?": not "£2,300 each", though the sentence names the staff
    label = _LABEL.search(sentence[:sp.start]) if asked and re.fullmatch(r"\d+", sp.text) else None
    if label and word_tag(label.group(1).casefold()) == "NN":
        return False  # "How many members ...?": not "has grown vegetables on plot 12", a number naming one
    one_of = asked and sp.text.casefold() == "one" and re.match(r"\s+of\b", sentence[sp.end:]) is not None
    whole = _SAME_WHOLE.match(sentence[sp.end:]) if one_of else None
    if one_of and (not re.search(r"\bhow many of\b", q.text, re.I)
                   or whole and re.search(rf"(?<![\d,]){re.escape(whole.group(1))}(?![\d,])", q.text)):
        # "How many employees does the mill have?": not "one of England's oldest mills"; "How many of the 26,000
        # children are girls?": not "Hauwa is one of about 26,000 children", one of the whole asked about
        return False
    if asked:  # "how many homes": not "90,000 acres", "19%" or an age ("72-year-old", "Benson, 72,")
        noun = counted_noun(sp)
        if noun is None and re.search(r"\s[A-Z][\w-]*$", sp.text) and next_word \
                and word_tag(next_word.group(1)) in ("NN", "NNS", None):  # or a word the tagger lacks ("artefacts")
            noun = next_word.group(1)  # "two RNLI lifeboats", "three Kenyan runners": the noun after the name
        numbers = _NOUN_NUMBERS.search(sentence[:sp.start]) if noun is None else None
        if numbers and (numbers.group(1).casefold() in STOP_WORDS | DETERMINERS
                        or word_tag(numbers.group(1).casefold()) not in ("NN", "NNS", None)):
            numbers = None  # "their numbers grow to around 40": a pronoun, the wolves counted
        number_of = (_NUMBER_OF.search(sentence[:sp.start]) or numbers) if noun is None else None
        if number_of:
            noun = number_of.group(1).casefold()  # "capping the number of permits at 220": 220 permits;
            # "Visitor numbers at the museum rose 12 percent last year, to 310,000": 310,000 visitors
        ranged = re.match(r"\s*(?:and|to|-|–)\s*\d[\d,.]*\s+([a-z]+)", sentence[sp.end:]) if noun is None else None
        if ranged:
            noun = ranged.group(1)  # "between 2 and 8 degrees Celsius": 2 degrees, no count of doses
        modified = re.match(r"\s+(?:\d[\d,.]*-[a-z]+\s+)+((?:[a-z-]+\s+){0,2}[a-z]+)", sentence[sp.end:]) \
            if noun is None else None
        if modified:
            noun = modified.group(1)  # "four 52-seat (electric) buses": buses, no count of stops
        many_of = re.match(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?([a-z]+)", sentence[sp.end:]) \
            if noun is None and (_VAGUE_MANY.search(sp.text) or _FRACTION.fullmatch(sp.text)) else None
        many_of = many_of or (re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]+)", sentence[sp.end:])
                              if noun is None and VAGUE_COUNT.fullmatch(sp.text) else None)  # "Several of the
        # patients" (not "several were injured")
        if many_of:
            noun = many_of.group(1)  # "Hundreds of lecturers began a strike": lecturers, no count of exams
        # the counted noun may be a word or three on, within its noun phrase ("150 trained youth service
        # volunteers", "Hundreds of angry farmers"), not past a plural noun or a verb ("200 engineers designing
        # electric cars")
        on = sentence[sp.end + (many_of.end(1) if many_of else 0):].split()[:3]
        if not all(w.isalpha() and w.islower() and w not in STOP_WORDS
                   and not (word_tag(w) or "").startswith("VB") for w in on[:2]) \
                or (word_tag(noun or "") or "") == "NNS":
            on = on[:2] if not many_of else on[:1]
        said = terms(noun + " " + " ".join(on)) if noun else []
        people = bool(set(asked) & _ANY_PEOPLE)  # "how many people": any count of people ("1,250 employees")
        # and "How many protesters were detained?" is answered by "63 people were arrested", people in general
        crowd = bool(said) and said[0] in _GENERIC_PEOPLE and _asks_people(q.text) \
            and not (said[0] == "adult" and set(asked) & _KINDS_OF_PEOPLE) and not any(
            set(terms(m.group(1))) & set(asked) for m in re.finditer(r"\b\d[\d,]*\s+([a-z]+)", sentence)) and any(
            _verb_asked(set(terms(q.text)), d) for d in _count_deeds(sentence, sp))
        # (not "arrested 40 people, including 12 protesters": the count of the noun asked is there; and the people
        # must have done or suffered the question's deed: not "a ferry carrying 312 people" for "How many crew ...?")
        # a word like "officers" or "researchers" counts people; not the question's own verb ("did the Red
        # Cross *shelter*?": "12 shelters")
        first = said[0] if said else ""
        people_like = bool(said) and first not in q.focus and (
            first.endswith(("er", "or", "ist"))
            or first.endswith(("ant", "ent")) and not first.endswith("ment")
            and (len(first) >= 6 or first in _PEOPLE_TERMS))
        # (not "two plants"; "40 agents" yes)
        # what each of the people did, as a noun of the question's verb ("How many people signed ...?":
        # "3,100 signatures"), not the verb itself
        done = said and any(said[0] != t and len(t) >= 4 and said[0].startswith(t) for t in q.focus)
        # "How many cars and trucks ...?": "14,500 vehicles", a general noun for the kinds asked (two at least:
        # "150 aircraft" are not all helicopters)
        kinds = any(len(set(terms(q.text)) & _KINDS_OF.get(w, frozenset())) >= 2 for w in said) or any(
            w in _KINDS_OF.get(a, frozenset()) for a in asked for w in said[:1])  # "How many vehicles ...?": "22,000
        # cars a day", a kind of the general noun asked
        # "How many games did the Gulls win?": "22 wins", the deeds counted by the question's verb as a noun
        results = bool(said) and _RESULTS.get(said[0], said[0]) in question_verbs(q) \
            and any(_A_MATCH.fullmatch(w) for w in _counted_words(q.text))
        if said and not any(_same_noun(a, w) for a in asked for w in said) and not kinds and not crowd and not (
                people and (said[0] in _PEOPLE_TERMS or people_like or done)) and not results:
            return False
        shared = shared_count(sentence, sp)  # "400 full-time and 250 part-time workers": workers both
        nouns = said + (terms(shared.group(5)) if shared else [])
        if shared:  # "How many part-time workers ...?": not 400, the full-time ones
            own, other = (2, 4) if sp.start < shared.start(3) else (4, 2)
            mine, theirs = set(terms(shared.group(own))), set(terms(shared.group(other)))
            if set(asked) & (theirs - mine) and not set(asked) & (mine - theirs):
                return False
        if said and len(asked) > 1 and asked[-1] in _PEOPLE_TERMS and not any(
                _same_noun(asked[-1], w) or w in _PEOPLE_TERMS for w in nouns):
            return False  # "How many lifeboat crew members ...?": not "Two lifeboats", the boats, though the
            # question's modifier names them
        if _AGED.search(re.sub(r"\s*\d+\s*(?:to|and|-|–)\s*$", " ", sentence[:sp.start])) \
                and not set(asked) & _AGE_OR_SHARE:
            return False  # "aged 40 to 79": ages, not a count of steps
        if sp.type == "DURATION" and not set(asked) & _TIME_TERMS:
            return False  # "how many homes": not "nearly two months"
        if not set(asked) & _AGE_OR_SHARE and (sp.type == "PERCENT" or _an_age(sp, sentence)):
            return False
    if compound and q.wh in ("how far", "how high", "how much") and CHANGE_VERBS.search(q.text):
        return False  # "How far did Crestwood's stock drop?": not "8-count boxes", a compound word
    if q.wh == "how much" and (compound or TALLY.fullmatch(sp.text) or _an_age(sp, sentence)):
        return False  # "how much": no age ("Sixteen-year-old", "Lopez, 56,"), no vote or score ("5-2")
    if q.wh == "how much" and sp.type == "DURATION" and q.answer_type != "DURATION":
        return False  # "How much is an annual membership?": not "a year"
    if q.wh == "how much" and sp.type == "NUMBER" and set(terms(" ".join(sentence[sp.start:].split()[:4]))) \
            & _PEOPLE_TERMS:
        return False  # "how much": not a count of people ("hired 41 new detention officers")
    noun = counted_noun(sp) if q.wh == "how much" else None
    if noun and not _MEASURE_UNIT.fullmatch(noun.casefold()) and not (set(terms(noun)) & set(q.focus)) \
            and not VAGUE_COUNT.match(sp.text):  # "few details" may say how much
        return False  # "How much will the group save?": not "two systems" (a count of things, not an amount)
    if q.wh == "how many" and compound and sp.type == "NUMBER":
        # "how many miners": not "a 1.2-metre-wide shaft"; "how many seats": "the 32,000-seat stadium"
        joined = re.match(r"-([a-z]+)", sentence[sp.end:])
        # "How many spectators will the stadium *seat*?": "a 15,000-*seat* stadium", a capacity by the verb asked
        return bool(joined and asked and (any(_same_noun(a, w) for a in asked for w in terms(joined.group(1)))
                                          or terms(joined.group(1))[:1] == [t for t in q.focus[-1:]]
                                          # "How many spectators will the stadium hold?": "a 42,000-seat stadium"
                                          or joined.group(1) in ("seat", "seater") and bool(set(asked) & _PEOPLE_TERMS)
                                          and bool(_HOLDS.search(q.text))))
    if sp.type == "MONEY" and _total_for_each(q.text, sp, sentence):
        return False  # "How much will each bus cost?": not the $40 million that buys "12 buses"
    return not (q.answer_type == "MONEY" and sp.type == "NUMBER"
                and not re.search(r"million|billion|trillion|thousand", sp.text, re.I))


#: "the number of permits at/to 220": the noun a bare figure after it counts (group 1).
_NUMBER_OF = re.compile(r"\bnumber of ([a-z][\w-]*)\b[^.;,]{0,30}?\b(?:at|to)\s+(?:about\s+|around\s+)?$", re.I)
_NOUN_NUMBERS = re.compile(r"\b([A-Za-z][\w-]*)\s+numbers\b(?:(?!\.\s)[^;]){0,80}?\b(?:at|to)\s+"
                           r"(?:about\s+|around\s+)?$")


#: "one of (about) 26,000 children": the whole a member is one of (group 1: its figure).
_SAME_WHOLE = re.compile(r"\s+of\s+(?:the\s+|about\s+|some\s+|nearly\s+|more than\s+)*(\d[\d,]*)")


#: A singular noun right before a number, which then names one thing rather than counts: "plot 12",
#: "gate 4", "room 101" (group 1: the noun).
_LABEL = re.compile(r"\b([A-Za-z]+)\s+$")


#: "each new bus", "per bus", "a single ticket": a question asking the amount for one thing.
_EACH = re.compile(r"\b(?:each|every)(?:\s+one)?\s+of\s+(?:the|its|their|these|those)\s+"  # "each of the three
                   r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?"  # Gulf banks"
                   r"((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)|"
                   r"\b(?:each|every|per|apiece|a single)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)


#: A count of things written in a sentence: "12 buses", "three new ferries".
_A_COUNT = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|"
                      r"thousands)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)


#: "Each of the four banks lent" / "will each receive" right before a sum, with no other figure or "total" between
#: (not "12 buses that each seat 80 people for $40 million", "each play 10 matches for a total ...").
_EACH_GIVES = re.compile(rf"\b[Ee]ach\b(?:\s+of\s+(?:the|its|their|these|those)\s+\S+)?"
                         rf"(?:(?!\d|\b(?:total|all|{SMALL_NUMBER})\b)[^;.,]){{0,60}}$", re.I)


def _total_for_each(question: str, sp: Span, sentence: str) -> bool:
    """Whether a question asks the amount for each one of some things ("How much will each
    new bus cost?") and the sentence counts those things ("12 buses") with a sum not marked
    as each one's ("$40 million", not "$3 million each", "will each receive $100,000", "Each of
    the four banks lent $50 million"): the sum is the total."""
    each = _EACH.search(question)
    after = _past_conversion(sentence, sp.end)
    if each is None or _PER_UNIT.match(sentence, after) or _PER_TIME.match(sentence, after) \
            or re.search(r"\b(?:each|per)\s*$", sentence[:sp.start]) \
            or _EACH_GIVES.search(sentence[:sp.start]) \
            or re.match(r"\s+(?:to|for)\s+(?:each|every)\b", sentence[sp.end:]):  # "£150 to each passenger"
        return False
    asked = set(terms(each.group(1) or each.group(2))) - _FRAME_OF_SUM
    if any(asked & set(terms(m.group(1) or m.group(2))) and _PRICED_AT.search(sentence, m.end(), sp.end)
           for m in _EACH.finditer(sentence[:sp.start])):
        return False  # "Each vial of the antivenom ... costs about 85,000 naira": one's price, told before it
    return any(asked & set(terms(m.group(1))) for m in _A_COUNT.finditer(sentence)
               if m.start() >= sp.end or m.end() <= sp.start)


#: The verb that gives a thing's price: "Each vial ... *costs* the hospital 85,000 naira", "sells for".
_PRICED_AT = re.compile(r"\b(?:costs?(?=\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!of\b)[a-z]+\s+)?"
                        r"(?:about|around|nearly|roughly|some|up\s+to|[$€£¥]|\d))|sells?\s+for|(?:is\s+)?priced\s+at|"
                        r"goes\s+for|retails?\s+(?:for|at))\b", re.I)  # not "at a total cost of": a noun


#: Words of a question about a sum that are not the thing counted ("each bus *cost*").
_FRAME_OF_SUM = frozenset(terms("cost costs price worth pay paid spend spent"))


_PEOPLE_TERMS = frozenset(terms(" ".join(PEOPLE_NOUNS) + " people person men women children adults victims patients "
                                  "agents passengers members residents staff employees customers participants "
                                  "delegates inmates prisoners detainees migrants refugees tourists visitors "
                                  "spectators survivors casualties cases supporters mourners worshippers pilgrims "
                                  "shoppers commuters travellers pupils guests attendees worshipers evacuees onlookers "
                                  "bystanders concertgoers diners riders cyclists runners viewers"))


#: Counted nouns a sum of money may answer ("how many dollars", "how many shares").
_CURRENCY_TERMS = frozenset(terms(" ".join(CURRENCY_WORDS) + " real penny share"))


_TIME_TERMS = frozenset(terms("second minute hour day week month year decade century season time"))


#: "How many people ...?" may be answered by any count of people ("1,250 employees").
#: Counted nouns that any count of people answers ("How many deaths ...?": "killed 39 workers").
#: Verbs of a place's capacity: "How many fans will the stadium hold/seat/accommodate?"
_HOLDS = re.compile(r"\b(?:hold|holds|seat|seats|accommodate|accommodates|fit|take|capacity)\b", re.I)
_ANY_PEOPLE = frozenset(terms("people persons individuals deaths fatalities casualties dead injuries"))
_GENERIC_PEOPLE = frozenset(terms("people persons individuals adults"))
#: People by sex or age, which "adults" does not count ("How many women ...?": not "600 adults").
_KINDS_OF_PEOPLE = frozenset(terms("women men girls boys children elderly pensioners teenagers minors"))


def _asks_people(question: str) -> bool:
    """Whether "how many" counts a kind of person ("How many *protesters* ...?", "How many *local
    fishermen* ...?"; not "How many cars were damaged by protesters?")."""
    return any(a_person(w.casefold()) for w in _counted_words(question))


_LENGTH = re.compile(r"\b(?:meters?|metres?|feet|foot|ft|miles?|kilomet(?:er|re)s?|km|m|inches|inch|"
                     r"centimet(?:er|re)s?|cm|yards?|fathoms?|stor(?:ey|y)s?|floors?)\b")


#: "How deep/tall/heavy/fast ...?": the units a figure must be in.
_DIMENSIONS = {"how deep": _LENGTH, "how tall": _LENGTH, "how high": _LENGTH, "how wide": _LENGTH,
               "how far": _LENGTH, "how thick": _LENGTH,
               "how heavy": re.compile(r"\b(?:tons?|tonnes?|kilograms?|kg|pounds?|lbs?|grams?|g|ounces?)\b"),
               "how fast": re.compile(r"\b(?:mph|kph|knots?|(?:per|an|a) (?:hour|minute|second)|km h|"
                                      # "4 millimeters a month": a slope's creep (a length, not "40 people a month")
                                      r"(?:(?:milli|centi|kilo)?met(?:er|re)s?|mm|cm|km|miles?|feet|foot|inch(?:es)?)"
                                      r" (?:per|an|a) (?:day|week|month|year))\b"),
               "how hot": re.compile(r"(?:°|\bdegrees?\b)"), "how cold": re.compile(r"(?:°|\bdegrees?\b)")}


#: The dimension a length is of, by the word written after it ("400 metres *above sea level*", "12 metres
#: *deep*") or asked ("how deep"); a length said of another dimension does not answer.
_DIMENSION_WORDS = {"deep": "depth", "below": "depth", "high": "height", "tall": "height", "above": "height",
                    "long": "length", "wide": "width", "across": "width", "away": "distance"}
_DIMENSION_OF = {"how deep": "depth", "how tall": "height", "how high": "height", "how wide": "width",
                 "how far": "distance"}
_SAID_DIMENSION = re.compile(r"\s*(?:(?:metres|meters|metre|meter|feet|foot|ft|m|km|kilomet(?:re|er)s?|miles?)\b\s*)?"
                             r"(deep|below|high|tall|above sea level|long|wide|across|away)\b", re.I)


#: "What was the height/temperature ...?": the how-question whose units a measure noun asks.
_MEASURE_HEADS = {"height": "how tall", "depth": "how deep", "width": "how wide", "distance": "how far",
                  "altitude": "how high", "elevation": "how high", "weight": "how heavy", "speed": "how fast",
                  "temperature": "how hot", "temperatures": "how hot"}


#: Units an amount is measured in ("3.2 inches", "20,000 acre-feet", "48 tonnes"): what "how much" may count.
_MEASURE_UNIT = re.compile(r"(?:(?:kilo|centi|milli)?(?:met(?:er|re)s?|grams?|liters?|litres?|watts?)|inch(?:es)?|feet|"
                           r"foot|miles?|yards?|acres?|hectares?|acre-feet|gallons?|barrels?|tons?|tonnes?|pounds?|"
                           r"ounces?|kg|km|mm|cm|lbs?|degrees?|percent|points?|cubic|square|megawatts?|gigawatts?|"
                           r"kilowatt-hours?|megawatt-hours?|bushels?|calories?|doses?|units?|times|fold|basis|"
                           r"(?:kilo|mega|giga|tera|peta)?bytes?|[kmgtp]b)")  # "2.4 gigabytes of data"


_AGE_OR_SHARE = frozenset(terms("year percent point"))
#: Counted nouns that a sum of money counts ("How many euros ...?", "how many dollars").
_CURRENCY_TERMS = frozenset(t for w in CURRENCY_WORDS for t in terms(w))


_HOW_MANY = re.compile(r"\bhow many\s+(?:of\s+(?:the|its|their|his|her|these|those|"
                       + _NAMED_OWNER + r")\s+(?:[\d,]+\s+)?)?"
                       r"((?:[\w’'-]+\s*){1,3})", re.I)


def _counted_terms(question: str) -> list[str]:
    """The stemmed words after "how many" (``_counted_words``); [] if none."""
    return terms(" ".join(_counted_words(question)))


#: A unit word before the thing counted: "how many *pieces of* pottery", "how many *head of* cattle".
_PIECES_OF = re.compile(r"\bhow many\s+(?:pieces|items|bits|fragments|units|head|kinds|types|sorts)\s+of\s+"
                        r"(?:the\s+)?([a-z][\w-]*)", re.I)


#: "How many of the <whole> are/were <kind>?": the kind counted among the whole (group 1).
_OF_WHOLE_ARE = re.compile(r"\bhow many of (?:the|those|these|its|their)\s+[^?]*?\s+(?:are|were)\s+([a-z]+)\s*\??\s*$",
                           re.I)


def _counted_words(question: str) -> list[str]:
    """The words after "how many" (and "of the 37"), up to three and up to a function word or a
    verb ("How many *older adults* took part ...?", "How many of the 37 *vehicles* ..."), as
    written; the thing after a unit word ("How many pieces of *pottery* ...?"); [] if none."""
    piece = _PIECES_OF.search(question)
    if piece:
        return [piece.group(1)]  # "How many pieces of pottery ...?": pottery ("400 pottery fragments")
    kind = _OF_WHOLE_ARE.search(question)
    if kind and (word_tag(kind.group(1).casefold()) or "") in ("NNS", "NN"):
        return [kind.group(1)]  # "How many of the patients are children?": children, not "Several of the patients"
    m = _HOW_MANY.search(question)
    words: list[str] = []
    after = question[m.end():].split() if m else []
    found = m.group(1).split() if m else []
    for k, w in enumerate(found):
        # "How many adults *took* part ...", but a hyphenated word modifies a noun: "transaction-monitoring *alerts*";
        # and a noun that could be a verb is one before an auxiliary ("rental *permits* will")
        nxt = found[k + 1] if k + 1 < len(found) else after[0] if after else ""
        verb = bool(words) and "-" not in words[-1] and (word_tag(w) or "").startswith("VB") \
            and not (word_tag(w) in ("VBZ", "VBP") and nxt.casefold() in AUXILIARIES) \
            and not (word_tag(w) == "VBN" and word_tag(nxt.casefold()) in ("NN", "NNS"))  # "extra *articulated* buses"
        if w.casefold() in STOP_WORDS or w.casefold() in AUXILIARIES or verb \
                or not words and word_tag(w.casefold()) == "VBD" and m is not None \
                and re.match(rf"how many\s+{re.escape(w)}\b", question[m.start():], re.I):  # "How many *died*?"
            # (no noun, a deed; not "How many of the *ordered* cranes ...?")
            break
        words.append(w)
    return words


def counted_thing(question: str) -> str | None:
    """The stemmed noun a how-many question counts when it is no money ("How many *jobs*
    ...?" → "job"; "How many dollars ...?" → None), else None."""
    counted = _counted_terms(question)  # "How many *tons* of lithium ...?"
    return counted[-1] if counted and counted[-1] not in _CURRENCY_TERMS else None


#: Nouns that count the same things in a news count, though no synonyms elsewhere: "41,000 households" are the
#: homes asked about, "48,312 fans" the spectators.
_COUNTED_ALIKE = [frozenset(terms(group)) for group in ("homes households", "spectators fans")]


def _same_noun(a: str, b: str) -> bool:
    """Two stemmed nouns for the same thing: equal, synonyms, counted alike (``_COUNTED_ALIKE``),
    or spelt apart only after six letters ("kilometers", "kilometres")."""
    return a == b or b in synonyms(a) or any({a, b} <= group for group in _COUNTED_ALIKE) \
        or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])


#: A fraction written as a word ("Half of the first payment"): its noun follows "of".
_FRACTION = re.compile(r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:half|a\s+half|a\s+third|a\s+quarter|"
                       r"one\s+third|one\s+quarter|two-thirds|three-quarters)", re.I)
#: A count in words that the noun after it (or after "of") says the kind of: "Hundreds of lecturers",
#: "several hundred farmers".
_VAGUE_MANY = re.compile(r"\b(?:hundreds|thousands|dozens|scores|millions|hundred|thousand|dozen)$", re.I)

#: A general noun and the kinds it counts (stemmed): "14,500 vehicles" counts the cars and trucks asked.
_KINDS_OF = {terms(general)[0]: frozenset(terms(kinds)) for general, kinds in {
    "vehicles": "cars trucks lorries buses vans motorcycles coaches",
    "vessels": "ships boats ferries trawlers tankers yachts",
    "aircraft": "planes jets airliners helicopters drones",
}.items()}


#: "How old was the farm *worker* ...?": the kind of person whose age is asked (the noun before a clause or the end).
_HOW_OLD_THE = re.compile(r"\s*how old (?:is|was|are|were) (?:the|a|an) (?:[\w-]+ ){0,2}?([a-z]+)"
                          r"(?= who\b| that\b|\s*\?| in\b| at\b)", re.I)
_HOW_OLD_IS = re.compile(r"\s*(?i:how old (?:is|was|are|were|will))\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
                         r"(?:\s+be)?\s*(?:,[^?]*)?\??\s*$")  # "..., the team's third?": an apposition


def age_owner(sentence: str, sp: Span) -> str | None:
    """Whose age a figure is, as the sentence writes it: the name after "-year-old" before a
    comma ("a three-year-old male named *Tashi*", "eight-year-old *Ebba Nilsson*"), the name the
    phrase is in apposition to ("*Marques*, a 52-year-old former professor"), or the name before
    "Name, 54,"; None when the sentence names no one for it ("a 41-year-old winger", "The
    24-year-old has averaged", "24 years old", "The Italian, 56,")."""
    if sentence.startswith("-year-old", sp.end):
        after = re.match(r"\s*([^,.;:()“”\"]{1,60})", sentence[sp.end + len("-year-old"):])
        first = after.group(1).split()[0] if after and after.group(1).split() else ""
        if not after or first in AUXILIARIES or (word_tag(first) or "").startswith(("VB", "MD")):
            return None  # "The 24-year-old has averaged 27 points": the person named before
        # "eight-year-old Ebba Nilsson", "a male named Tashi"; not "a 24-year-old Brazilian striker" (an
        # adjective), "a 30-year-old man from Leeds", "a 41-year-old winger": whoever the sentence calls that
        named = re.match(r"(?:.*?\b(?:named|called)\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)", after.group(1))
        noun = re.match(r"\s+([a-z]+)", after.group(1)[named.end():]) if named else None
        # "Brazilian striker": a word that is no verb after the capital makes it an adjective
        adjective = noun is not None and not (word_tag(noun.group(1)) or "").startswith(("VB", "MD"))
        apposed = re.search(r"\b([A-Z][\w’'-]+),\s+an?\s+$", sentence[:sp.start])  # "Brandt, a ...": not "her son, a"
        if named and named.group(1).casefold() in DEMONYMS:
            return apposed.group(1) if apposed else None  # "Brandt, a 56-year-old German, had been ...": Brandt
        if named and " " not in named.group(1) and not re.match(r".*?\b(?:named|called)\s", after.group(1)) \
                and apposed:
            return apposed.group(1)  # "Brandt, a 58-year-old Dane, was ...": a name takes no "a"; Brandt's age
        if named and not adjective:
            return named.group(1)
        return apposed.group(1) if apposed else None  # "Marques, a 52-year-old former professor, ...": Marques
    if sentence[sp.end:sp.end + 1] == "," and re.fullmatch(r"\d{1,3}", sp.text):
        name = re.search(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s*$", sentence[:sp.start])
        if name and re.fullmatch(r"The\s+[A-Z][a-z]+", name.group(1)):
            return None  # "The Italian, 56, took over ...": a people's noun, the person named before
        return name.group(1) if name else None
    return None


def _an_age(sp: Span, sentence: str) -> bool:
    """Whether a figure is someone's age: "a 24-year-old", "24 years old", "Lopez, 24,"."""
    name_comma = _NAME_COMMA.search(sentence, 0, sp.start) and sentence[sp.end:sp.end + 1] == ","
    # "since I was about 6,": a person's age, said of "I", "he" or "she"
    was = re.search(r"\b(?:I|he|she|[Ww]e|[Tt]hey)\s+(?:was|were|am|is|are|turned)\s+$", sentence[:sp.start]) \
        and re.fullmatch(r"(?:about\s+|only\s+|just\s+)?\d{1,2}", sp.text) \
        and re.match(r"\s*(?:[.,;]|$)", sentence[sp.end:])
    return bool(_AGE.match(sentence, sp.end)) or bool(name_comma and re.fullmatch(r"\d{1,3}", sp.text)) or bool(was)


def counted_noun(sp: Span) -> str | None:
    """The noun a NUMBER span counts ("three goals" → "goals"), or None ("5 million")."""
    if sp.type != "NUMBER":
        return None
    if re.search(r"\bdegrees?\b|°", sp.text):
        return "degrees"  # "minus 18 degrees Celsius", "-4°C": a temperature's unit
    last = sp.text.rsplit(" ", 1)[-1]
    plain = last.replace("-", "")  # "three bottled-water (sites)"
    return last if " " in sp.text and plain.isalpha() and plain.islower() and last not in _NUMBER_WORDS else None


#: A time a figure or a question is pinned to ("2019", "last year", "the year before", "a year
#: earlier"), as a pattern string; qa.chat reads follow-ups with it too.
TIME_PHRASE = (r"(?:(?:1[89]|20)\d\d\b|(?:last|this|next|previous|prior|the following)\s+(?:year|month|week|quarter|"
               r"season)\b|the\s+(?:year|month|quarter|season)\s+before\b|(?:a|one|two|three)\s+(?:years?|months?)\s+"
               r"(?:earlier|ago|before|later)\b)")
_TIME_ASKED = re.compile(r"\b" + TIME_PHRASE, re.I)
_ASKS_CLOCK = re.compile(r"\bwhat time\b", re.I)
#: A rate asked: "each year", "per day", "a week", "annually", "daily".
_RATE = re.compile(r"\b(?:each|every|per|a)\s+(year|month|week|day|hour)\b|\b(annual|daily|weekly|monthly|hourly)"
                   r"(?:ly)?\b", re.I)
_RATE_UNITS = {"annual": "year", "daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour"}
_RATE_ADVERBS = {"year": "annually", "day": "daily", "week": "weekly", "month": "monthly", "hour": "hourly"}
#: A vote reported as "104 votes to 81" / "by 104 to 81": the ayes first, the noes second.
_VOTES_TO = re.compile(r"\b(\d[\d,]*)(?:\s+votes?)?\s+to\s+(\d[\d,]*)\b")
_ASKS_AYES = re.compile(r"\b(?:in favou?r|for it|supported|backed|yes|vot(?:ed|e|es|ing) for)\b", re.I)
#: "3,118 votes in favour and 2,906 against": each side named after its figure.
_VOTES_SIDES = re.compile(r"\b(\d[\d,]*)(?:\s+votes?)?\s+(?:in favou?r|for)\b[^.;]{0,40}?\b(\d[\d,]*)(?:\s+votes?)?"
                          r"\s+against\b")
#: A question about a vote: its tally's sides may answer a how-many question.
_ASKS_VOTE = re.compile(r"\b(?:vot\w*|ballots?|in favou?r|against|support\w*|oppos\w*|backed|approv\w*|reject\w*|"
                        r"councillors?|councilors?|lawmakers?|members?|delegates?|senators?|legislators?|"
                        r"shareholders?|jurors?|judges?)\b", re.I)
_ASKS_NOES = re.compile(r"\b(?:against|opposed|no votes?)\b", re.I)


#: A vote's tally, with what makes it one: a verb of voting or passing just before ("voted 7 to 4",
#: "failed 3 to 8"), or "votes" in it ("by 104 votes to 81"); not a range ("rose from 40 to 55 percent").
VOTE_TALLY = re.compile(r"(?:\b(?:vot\w*|passed|failed|approved|rejected|carried|defeated)\b[^.;]{0,24}?\b"
                        r"(?P<a>\d[\d,]*(?:\s+votes?)?\s+to\s+\d[\d,]*)|(?P<b>\d[\d,]*\s+votes?\s+to\s+\d[\d,]*))\b",
                        re.I)


def vote_tally(sentence: str, sp: Span) -> str | None:
    """The vote's tally a figure opens ("voted *7* to 4" → "7 to 4", "by *104* votes to 81"), or None
    (not "rose by 5 to 10 percent", a range; ``VOTE_TALLY``)."""
    for m in VOTE_TALLY.finditer(sentence):
        part = "a" if m.group("a") else "b"
        if m.start(part) == sp.start:
            return m.group(part)
    return None


def tally_side(question: str, tally: str, before: str) -> str | None:
    """For "How many members opposed/supported ...?" answered by a vote's tally ("voted 7-4"), the
    side asked: the first figure for the ayes, the second for the noes; None when the question asks
    neither side, the tally is no "N-M", or no verb of voting comes before it (``before``: the
    sentence up to the tally; not a score, "won 4-2")."""
    ayes, noes = _ASKS_AYES.search(question), _ASKS_NOES.search(question)
    m = TALLY.fullmatch(tally)
    if m is None or bool(ayes) == bool(noes) or not re.search(r"\b(?:vot\w*|passed|approved|backed|rejected)\b[^.;]*$",
                                                              before, re.I):
        return None
    a, b = re.split(r"[-–]", tally)
    return a if ayes else b


def _vote_side(question: str, sp: Span, sentence: str) -> bool | None:
    """For a figure that is one side of a vote ("104 votes to 81"), whether it is the side
    the question asks (ayes for "in favour", noes for "against"); None when the figure is no
    side of a vote or the question asks neither."""
    ayes, noes = _ASKS_AYES.search(question), _ASKS_NOES.search(question)
    if bool(ayes) == bool(noes):
        return None
    for m in [*_VOTES_TO.finditer(sentence), *_VOTES_SIDES.finditer(sentence)]:
        for side, g in ((True, 1), (False, 2)):
            if m.start(g) <= sp.start < m.end(g):
                return side == bool(ayes)
    return None


#: "At what time of day ...?", "At what hour ...?": a clock time or a part of the day asked, not a date.
ASKS_TIME_OF_DAY = re.compile(r"\bwhat (?:time of (?:the )?day|hour|time(?! of (?:the )?year| period| frame| span))\b",
                              re.I)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|overnight)\b", re.I)
_CLOCK = re.compile(r"\d:\d\d|[ap]\.m\.", re.I)
VAGUE_COUNT = re.compile(r"(?:about |some |nearly |more than |over )?(?:a few|few|many|several|dozens|hundreds|"
                         r"thousands|millions)\b", re.I)


#: A time said to be the usual or the first-planned one, not the one now in force ("normally held
#: on ...", "originally scheduled for ...").
_USUAL = re.compile(r"\b(?:normally|usually|typically|traditionally|originally|initially|previously|formerly)\b"
                    r"[^,;.]*$", re.I)


def _in_aside(sentence: str, name: Span, figure: Span) -> bool:
    """Whether a name stands in an aside closed before the figure: "Okafor, a Republican from
    *Ohio*, won 52 percent" (the aside opens with a comma and an article or a relative word)."""
    opened = sentence.rfind(",", 0, name.start)
    return opened >= 0 and "," in sentence[name.end:figure.start] and re.match(
        r",\s+(?:a|an|the|who|which|whose|whom|now|then|formerly)\b", sentence[opened:]) is not None


def _owned_by_asked(q: QuestionAnalysis, sp: Span, spans: list[Span], sentence: str) -> bool:
    """Whether the name written last before a figure is one the question names: a figure
    goes with the name before it ("Voss finished with 19,214 votes, to *Achebe's* 19,153"),
    and one after another name is that name's."""
    names = [x for x in spans if x.type in NAME_TYPES and x.end <= sp.start and not _in_aside(sentence, x, sp)]
    if not names or not q.entities:
        return False
    owner = set(terms(names[-1].text))
    return any(owner & set(terms(e)) for e in q.entities)


#: An event's predicate in other words: "died": "were killed", "left ... dead"; "released": "freed".
PART_EVENTS = {stem(k): frozenset(terms(v)) for k, v in {
    "died": "killed dead death perished", "killed": "died dead death", "released": "freed", "freed": "released",
    "rescued": "saved pulled", "saved": "rescued", "returned": "back", "injured": "hurt wounded",
    "hurt": "injured wounded", "arrested": "detained", "detained": "arrested"}.items()}
#: A verb right before its count, with what may stand between (a qualifier the span lacks, or one
#: of ``entities.APPROX``, which count spans mostly hold): "killed 57 sheep", "injured at least 20 more".
_COUNT_VERB = re.compile(rf"\b([A-Za-z]+)\s+(?:(?:an estimated|another|a further|a total of)\s+)?{APPROX}$")
#: What a count's people or things did or suffered, written after it: "57 sheep *were killed*", "left 14
#: people *dead*".
_COUNT_DEED_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:were|was|are|is|have been|has been|had been|"
                               r"been)\s+([a-z]+)|(dead|injured|wounded|hurt|missing|homeless|displaced)|"
                               r"([a-z]+ed))\b")  # "11,400 runners started the marathon ... and 10,150 finished"


def _count_verb(sentence: str, sp: Span) -> str | None:
    """The verb a count is the object of, written right before it ("killed 57 sheep",
    "injured at least 20 more"), in lower case; None when the word before is no verb
    or an auxiliary ("has 300 staff")."""
    m = _COUNT_VERB.search(sentence[:sp.start])
    verb = m.group(1).casefold() if m else ""
    modal = m is not None and word_tag(verb) is None and re.search(
        r"\b(?:will|would|shall|should|can|could|may|might|must|to)\s+$", sentence[:m.start(1)], re.I) is not None
    if not verb or verb in AUXILIARIES or not ((word_tag(verb) or "").startswith("VB") or modal):
        return None  # (a word the lexicon lacks after a modal is a verb: "will enrol 4,000 adults")
    return verb


def _count_deeds(sentence: str, sp: Span) -> list[str]:
    """What a count's people or things did or suffered: the verb before it (``_count_verb``)
    and the participle or state after it ("57 sheep were killed", "left 14 people dead")."""
    deeds = [v for v in [_count_verb(sentence, sp)] if v]
    shared = shared_count(sentence, sp)  # "310 domestic and 45 international flights were cancelled": the
    # first count's deed is said after the second's noun
    after = _COUNT_DEED_AFTER.match(sentence, shared.end(5) if shared and sp.start < shared.start(3) else sp.end)
    verb = after.group(3) if after else None
    if verb and (word_tag(verb) or "") not in ("VBD", "VBN"):
        after = None  # "20 more *seized*" yes; "12 *red* ..." no: only a verb's past tells a deed
    return deeds + ([(after.group(1) or after.group(2) or after.group(3)).casefold()] if after else [])


def _verb_asked(question_terms: set[str], verb: str | None) -> bool:
    """Whether a count's verb is the question's, by stem, synonym or ``PART_EVENTS``."""
    if verb is None:
        return False
    v = (terms(verb) or [stem(verb)])[0]  # "taken": "take", as the question's terms read it
    return v in question_terms or bool((synonyms(v) | PART_EVENTS.get(v, frozenset())) & question_terms) \
        or any(v in PART_EVENTS.get(t, frozenset()) for t in question_terms)  # "died": "left 14 people dead"


#: What ends the reach of a verb over a date: a clause break (not an abbreviation's period: "St. Mary's
#: Road") or a relative clause ("arrested a man, who appeared in court on Monday").
_VERB_REACH_ENDS = re.compile(r"[;:]|(?<![A-Z])(?<![A-Z][a-z])\.\s|,\s+(?:who|which|whose|where|when)\b")


def _dates_of_asked_verb(q: QuestionAnalysis, sentence: str, spans: list[Span]) -> list[Span]:
    """For a when-question, the dates of a sentence that go with one of the question's verbs
    (``asked.question_verbs``, by stem or synonym): the first date within 60 characters after it,
    with no other verb of the question and nothing that ends its reach (``_VERB_REACH_ENDS``)
    between ("voted on Tuesday to *close* the plant *in March 2027*" for "When will the station
    shut down?"), or, with none after it, the last date within 40 characters before it, in its
    clause ("*On Friday* police *arrested* a man, who appeared in court on Monday"); [] when the
    question has no verb."""
    verbs = question_verbs(q)
    verbs |= {x for v in verbs for x in synonyms(v)}
    if not verbs:
        return []
    dates = [x for x in spans if x.type == "DATE"]
    toks = tokenize(sentence)
    marked = []
    for t in toks:
        if t.term not in verbs:
            continue
        after = [x for x in dates if t.end <= x.start <= t.end + 60]
        first = min(after, key=lambda x: x.start, default=None)
        if first is not None and not _VERB_REACH_ENDS.search(sentence[t.end:first.start]) and not any(
                u.term in verbs and t.end <= u.start < first.start for u in toks):
            marked.append(first)
            continue
        before = [x for x in dates if t.start - 40 <= x.end <= t.start]
        last = max(before, key=lambda x: x.end, default=None)
        if last is not None and not re.search(r"[;:,]|\.\s", sentence[last.end:t.start]):
            marked.append(last)
    return marked


#: Two counts, each with one modifier, and the noun both count: "310 *domestic* and 45 international *flights*"
#: (groups: first figure, its modifier, second figure, its modifier, the noun).
_SHARED_HEAD = re.compile(rf"\b(\d[\d,.]*|{SMALL_NUMBER})\s+([a-z][\w-]*)\s+(?:and|or)\s+(\d[\d,.]*|{SMALL_NUMBER})\s+"
                          r"([a-z][\w-]*)\s+([a-z][\w-]*)\b", re.I)


def shared_count(sentence: str, sp: Span) -> re.Match[str] | None:
    """Two counts that share one noun, with ``sp`` the first or the second: the match of the
    whole phrase ("310 domestic and 45 international flights"), its group 5 the noun; None
    when ``sp`` is in no such phrase, or the words after the figures are nouns of their own
    ("1,200 homes and 40 schools, officials said", "one guard and two prison officers": no
    modifiers, no noun shared)."""
    for m in _SHARED_HEAD.finditer(sentence):
        if m.start() <= sp.start < m.end() and all(word_tag(m.group(g).casefold()) not in ("NN", "NNS", "NNP", "NNPS")
                                                   for g in (2, 4)) \
                and (word_tag(m.group(5).casefold()) or "NNS") in ("NNS", "NN"):
            return m
    return None


#: Counts in a list, "300 cars and 40 buses", "12 ships, four tugs and two barges".
_KIND_LIST = re.compile(rf"\b(?:\d[\d,.]*|{SMALL_NUMBER})\s+[a-z]+(?:,\s+(?:\d[\d,.]*|{SMALL_NUMBER})\s+[a-z]+)*,?\s+"
                        rf"(?:and|or)\s+(?:\d[\d,.]*|{SMALL_NUMBER})\s+[a-z]+\b", re.I)


def kinds_listed(question: str, sentence: str, sp: Span) -> str | None:
    """For "How many vehicles ...?", the sentence's list of counts of its kinds that holds ``sp``
    ("300 cars and 40 buses"): all of them answer; None when the question counts no general noun
    (``_KINDS_OF``) or the list names another thing ("300 cars and 40 homes")."""
    kinds = _KINDS_OF.get(counted_thing(question) or "")
    if not kinds:
        return None
    for m in _KIND_LIST.finditer(sentence):
        nouns = re.findall(rf"(?:\d[\d,.]*|{SMALL_NUMBER})\s+([a-z]+)", m.group(0), re.I)
        if m.start() <= sp.start < m.end() and all(set(terms(n)) & kinds for n in nouns) \
                and not (len(nouns) == 2 and re.search(r",\s+(?:and|or)\b", m.group(0))):  # "30 cars, and 12 trucks
            return m.group(0)  # were returned": another clause
    return None


def figure_weight(q: QuestionAnalysis, sp: Span, sentence: str, spans: list[Span]) -> tuple[float, float]:
    """The share of its type weight and of its closeness a span keeps, as (weight, closeness)
    factors in (0, 1]: halved for a count where a score is asked ("three goals" for "What was
    the final score?"), for a whole a part is counted from ("41 of *the 349* seats") and for
    the other end of a change than the time asked ("up from 41,000" when "last year" is not
    asked, or the reverse), and for the part where what an owner has is asked ("How many
    routes does it run?": 22 of "cancel 14 of its 22 routes"; a part carries its whole's
    noun, so "14" counts routes too); a unit price keeps 0.3 of both ("412 pence per share") unless a
    price per unit is asked; a figure in brackets right after another of its type is a
    conversion of it and keeps half ("18,450 acres (7,466 hectares)"), and so do a day
    where a clock time is asked ("What time ...?": "12:05", not "Thursday") and a vague
    count beside a figure ("thousands" beside "23"), and a count whose verb is not the
    question's where another's is ("How many sheep died?": "killed 57 sheep and injured at
    least 20 more", by ``PART_EVENTS``), and, for a when-question, a date that does not
    follow one of its verbs where another does (``_dates_of_asked_verb``), and a count without
    the question's modifier where another has it ("How many permanent jobs ...?": "900
    permanent jobs", not "3,500 construction jobs"), and a bare count (0.8) where the question
    counts a noun no figure of the sentence has ("How many crew ...?": "Ferry with 312 aboard").

    Args:
        q: the analyzed question.
        sp: a typed span of ``sentence``.
        sentence: the sentence's text.
        spans: all typed spans of the sentence (to tell a change's two ends apart).
    """
    weight = closeness = 1.0
    if sp.type == "DATE" and _USUAL.search(sentence[max(0, sp.start - 45):sp.start]) \
            and not _USUAL.search(q.text) and any(x.type == "DATE" and x is not sp for x in spans):
        weight *= 0.5  # "delay its festival, normally held on the last weekend of September, until October 11"
    if sp.type == "NUMBER" and ASKS_TALLY.search(q.text) and not TALLY.fullmatch(sp.text) \
            and vote_tally(sentence, sp) is None:
        weight *= 0.5  # "What was the final score?": "4-2", not "three goals"
    if sp.type == "MONEY" and (_PER_UNIT.match(sentence, _past_conversion(sentence, sp.end))
                               or _SMALL_UNIT.search(sp.text)) \
            and not _ASKS_UNIT.search(q.text):
        weight, closeness = 0.3 * weight, 0.3  # "412 pence per share", "by 3 cents": a unit price
    held = _ASKS_HELD.search(q.text) is not None
    part_of = _PART_OF.search(sentence[max(0, sp.start - 30):sp.start]) if sp.type == "NUMBER" else None
    if part_of and not _ASKS_TOTAL.search(q.text) and not (held and _OWNED.search(part_of.group(0))):
        weight *= 0.5  # "41 of the 349 seats": the 41 are the party's, 349 the whole
    whole = _OF_WHOLE.match(sentence, sp.end) if sp.type == "NUMBER" and held else None
    if whole and _OWNED.search(whole.group(0)):
        weight *= 0.5  # "How many routes does it run?": 22, what it has, of "will cancel 14 of its 22 routes"
    if sp.type in VALUE_TYPES and _yardstick(q, sentence, sp) and any(
            x.type == sp.type and x is not sp and not _yardstick(q, sentence, x) for x in spans):
        weight *= 0.5  # "What was inflation in the region?": 2.9%, not "above the national rate of 2.4%"
    if sentence[max(0, sp.start - 1):sp.start] == "(" and any(x.type == sp.type and 0 < sp.start - x.end <= 3
                                                               for x in spans):
        weight *= 0.5  # "18,450 acres (7,466 hectares)": a conversion of the figure before it
    if sp.type == "DATE" and _ASKS_CLOCK.search(q.text) and not _CLOCK.search(sp.text) and any(
            x.type == "DATE" and _CLOCK.search(x.text) for x in spans):
        weight *= 0.5  # "What time did it land?": "12:05", not "Thursday"
    if sp.type == "DATE" and q.wh == "when":
        marked = _dates_of_asked_verb(q, sentence, spans)
        if marked and sp not in marked:
            weight *= 0.5  # "When will the station shut down?": "voted on Tuesday to close it in March 2027"
    side = _vote_side(q.text, sp, sentence)
    if side is not None and not side:
        weight *= 0.5  # "How many voted in favour?": 104 in "passed by 104 votes to 81", not 81
    if sp.type == "MONEY" and q.wh == "how many" and not set(_counted_terms(q.text)) & _CURRENCY_TERMS:
        weight *= 0.3  # "how many tons": a count, before "$7.9 billion"
    deeds = _count_deeds(sentence, sp) if sp.type == "NUMBER" and q.wh == "how many" else []
    if deeds:  # "How many sheep died?": "Wolves killed 57 sheep and injured at least 20 more"; not "left 14
        asked = set(terms(q.text))  # people dead" against "a 2019 crash that killed 9 people": both died
        if not any(_verb_asked(asked, d) for d in deeds) and any(
                x.type == "NUMBER" and any(_verb_asked(asked, d) for d in _count_deeds(sentence, x)) for x in spans):
            weight *= 0.5
    counted = set(_counted_terms(q.text)) if sp.type == "NUMBER" and q.wh == "how many" else set()
    def phrase(x: Span) -> set[str]:  # the figure and the word after it: "900 permanent" + "jobs"; a part
        whole = _OF_WHOLE.match(sentence, x.end)  # counts the whole's noun: "14 of its 22 night routes"
        of = next((y for y in spans if whole and y.type == "NUMBER" and y.start == whole.end()), None)
        if of is not None:
            return set(terms(x.text)) | phrase(of)
        shared = shared_count(sentence, x)  # "310 domestic and 45 international flights": both are flights, the
        # first's noun said once after the second's
        return set(terms(x.text + " " + " ".join(sentence[x.end:].split()[:1]))) | (
            set(terms(shared.group(5))) if shared else set())
    if counted and not counted & phrase(sp) and not set(terms(" ".join(sentence[sp.end:].split()[:3]))) & counted \
            and not any(x.type == "NUMBER" and counted & phrase(x) for x in spans):
        # "How many crew were aboard?": "25 crew members" before "Ferry with 312 aboard", a bare figure; not
        # "18,412 votes against 18,375 for Esi Larbi", where the noun of one figure is the other's
        weight *= 0.8
    if len(counted) >= 2 and not counted <= phrase(sp) and any(
            x.type == "NUMBER" and x is not sp and counted <= phrase(x) for x in spans):
        weight *= 0.5  # "How many permanent jobs ...?": "900 permanent jobs", not "3,500 construction jobs"
    if sp.type == "NUMBER" and VAGUE_COUNT.match(sp.text) and any(
            x.type == "NUMBER" and re.search(r"\d", x.text) for x in spans):
        weight *= 0.5  # "23 of its warehouses" before "thousands of parcels"
    rate = _RATE.search(q.text)  # "How many miles ... each year?": "four miles a year", not "210 miles"
    if rate and rate.group(2) and re.search(rf"\b{rate.group(2)}\b", sentence, re.I):
        rate = None  # "An *annual* membership will cost $95": the sentence names the rate as the question does
    if rate and sp.type in VALUE_TYPES:
        unit = (rate.group(1) or _RATE_UNITS[rate.group(2).casefold()]).casefold()
        per = re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:(?:a|an|per|each|every)\s+{unit}|{_RATE_ADVERBS[unit]})\b", re.I)
        rated = [x for x in spans if x.type == sp.type and per.search(sentence[x.end:x.end + 30])]
        # "from six a day to *two*": the figure a rated one changes to has its rate
        rated += [x for x in spans if x.type == sp.type and any(
            earlier_value(sentence, r) and re.fullmatch(r"[^,.;]{0,30}\bto\s+", sentence[r.end:x.start])
            for r in rated)]
        if rated and sp not in rated:
            weight *= 0.5
    if sp.type not in VALUE_TYPES:
        return weight, closeness
    owned = [x for x in spans if x.type == sp.type and _owned_by_asked(q, x, spans, sentence)]
    if owned and sp not in owned and any(x.type in NAME_TYPES and x.end <= sp.start and not _in_aside(sentence, x, sp)
                                         for x in spans):
        weight *= 0.5  # "What share did Achebe get?": "Voss finished with 50.08 percent, to Achebe's 49.92 percent"
    if re.search(r"\bby\s+$", sentence[:sp.start]) and not CHANGE_VERBS.search(q.text) \
            and not re.search(r"\bby how (?:much|many)\b", q.text, re.I) \
            and any(x.type == sp.type and _reached(sentence, x) for x in spans):
        weight *= 0.5  # "What is the repo rate now?": 3.75% in "cut it by 25 basis points to 3.75%", not the cut
    # the time the question asks, written right after a figure, marks that figure: "rose to 874
    # *last year*, compared with 706 *the year before*"; "down from 70 *in 2019*"
    times = [m.group(0).casefold() for m in _TIME_ASKED.finditer(q.text)]
    marked = [x for x in spans if x.type == sp.type and any(t in sentence[x.end:x.end + 25].casefold() for t in times)]
    if marked:
        return (weight if sp in marked else weight * 0.5), closeness
    if LEVEL_REACHED.search(q.text) and not _ASKS_EARLIER.search(q.text) and not _reached(sentence, sp) and any(
            _reached(sentence, x) for x in spans if x.type == sp.type):  # not "before the increase": the start
        weight *= 0.5  # "How much was the fine reduced to?": "reduced a 310 million euro fine ... to 145 million"
    asks_earlier = bool(_ASKS_EARLIER.search(q.text))
    said = [m.start() for t in times for m in re.finditer(re.escape(t), sentence, re.I)]
    starts = [x.start for x in spans if x.type == sp.type and earlier_value(sentence, x)]
    if said and starts:  # the time asked, said before the change's starting figure, is the reached one's:
        # "revenue *last year* was 11.6 billion francs, down from 12.3 billion"; after it, the start's
        asks_earlier = min(said) > min(starts)
    if earlier_value(sentence, sp) != asks_earlier and any(
            earlier_value(sentence, x) == asks_earlier for x in spans if x.type == sp.type):
        weight *= 0.5  # "rose to 48,000 from 41,000 last year": 41,000 is the earlier figure
    return weight, closeness
