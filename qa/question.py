"""Question analysis: what kind of answer a question wants and what it is about.

Rules in the tradition of Quarc (Riloff & Thelen, 2000) and Deep Read
(Hirschman et al., 1999): the wh-word and its head noun give the expected
answer type; the remaining content words are the focus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.analyzer import (
    AUXILIARIES,
    CAPITAL,
    DETERMINERS,
    MONTH_ABBREVIATIONS,
    QUESTION_WORDS,
    STOP_WORDS,
    Token,
    terms,
    tokenize,
)
from qa.chunks import word_tag
from qa.entities import ER_FIRMS, ER_THINGS, NAME_PARTICLES, ORG_WORDS, PEOPLE_NOUNS, PLACES

#: PERSON, ORGANIZATION, LOCATION, GROUP, DATE, NUMBER, MONEY, PERCENT, REASON, DESCRIPTION, ENTITY, YESNO
AnswerType = str

#: Head nouns after "what/which" (stemmed on lookup) and the answer type they ask for.
HEAD_TYPES: dict[str, AnswerType] = {}
for _type, _words in {
    "PERSON": "person people man woman leader president king queen ruler author writer official minister "
              "ambassador spokesman spokeswoman secretary chairman representative senator governor general "
              "founder emperor duke bishop pope scientist player member politician lawmaker democrat republican "
              "son daughter father mother wife husband brother sister name premier chancellor head chief "
              "executive ceo cfo coach striker goalkeeper judge justice lawyer attorney prosecutor candidate "
              "winner champion actor actress singer artist researcher economist analyst spokesperson envoy "
              "diplomat commander officer manager director editor reporter journalist player councillor "
              "councilor councilman councilwoman mayor priest pastor teacher doctor nurse captain expert",
    "GROUP": "party religion faith denomination creed sect",
    "ORGANIZATION": "company organization organisation firm group committee agency consortium outlet utility "
                    "supplier contractor vendor "
                    "publication newspaper corporation business university team government administration "
                    "institution body council bank journal magazine club panel airline carrier manufacturer "
                    "maker planemaker automaker carmaker chipmaker drugmaker lender insurer retailer brand "
                    "network channel school college court ministry department union league band museum "
                    "charity regulator exchange startup studio label publisher hospital clinic shipyard operator "
                    "developer builder producer distributor fund miner",
    "LOCATION": "country city place region state nation continent town village island river area location "
                "province capital territory where site stadium arena venue airport port harbor "
                "county district neighborhood neighbourhood suburb border street road bridge building",
    "DATE": "year date day weekday month time century decade period era week season hour deadline",
    "MONEY": "price tag cost amount sum value budget revenue profit income salary fee fine debt earnings funding "
             "fare wage pay rent payment ransom compensation loan grant donation sales turnover bill dividend "
             "offer bid jackpot bonus settlement damages loss deficit surplus shortfall",
    "PERCENT": "percentage percent share proportion portion rate inflation unemployment",
    "NUMBER": "number quantity figure total count margin score tally population age attendance turnout ridership "
              "enrollment toll height depth width distance weight speed temperature altitude elevation size "
              "capacity length volume",
    "QUANTITY": "estimate",  # "What is the early estimate of the damage?": a sum, a count or a share
    "DURATION": "duration",
}.items():
    for _w in _words.split():
        HEAD_TYPES[_w] = _type

_HOW = {
    "many": "NUMBER", "much": "QUANTITY", "long": "DURATION", "old": "NUMBER", "far": "NUMBER",
    "big": "NUMBER", "large": "NUMBER", "often": "DURATION", "tall": "NUMBER", "high": "NUMBER",
    "deep": "NUMBER", "wide": "NUMBER", "heavy": "NUMBER", "fast": "NUMBER", "hot": "NUMBER", "cold": "NUMBER",
    "warm": "NUMBER",
    "thick": "NUMBER", "strong": "NUMBER", "powerful": "NUMBER",  # "How strong were the winds?": "185 km/h"
}
#: What "how strong/powerful" asks a measure of: a physical force ("How strong were the winds?"), not a
#: person, a currency or a party ("How strong is the dollar?").
_FORCES = re.compile(r"\b(?:winds?|gusts?|storms?|typhoons?|hurricanes?|cyclones?|earthquakes?|quakes?|tremors?|"
                     r"aftershocks?|blasts?|explosions?|currents?|waves?|engines?|motors?|magnets?|signals?|lasers?|"
                     r"rockets?|eruptions?)\b", re.I)
#: Words of money: "how much" with one of them asks for a sum.
_MONEY_WORDS = re.compile(r"\b(cost|costs|pay|paid|worth|spend|spent|prices?|money|dollars?|budgets?|revenues?|"
                          r"profits?|income|salary|salaries|fees?|fine[ds]?|debts?|loss|losses|sales|earnings|earn|earns|"
                          r"earned|funding|invest(?:ed|ments?)?|bids?|"
                          r"raise[ds]?|sell|sold|buy|bought|charge[ds]?|owe[ds]?|commission|bonus|bonuses|wages?|rents?|"
                          r"fares?|ransom|reward|compensation|damages|tuition|settlement|jackpots?|penalty|fetch(?:es|ed)?|"
                          r"penalties)\b", re.I)
#: Verbs of giving a sum, with nothing between "how much" and the auxiliary: "How much did the city *put
#: toward* the cleanup?", "How much did the club *donate*?" (not "How much water did they put into ...?").
_GIVES_SUM = re.compile(r"\b(?:donated?|(?:put|set aside|committed?|pledged?|allocated?|earmarked?)\s+"
                        r"(?:\w+\s+){0,3}?(?:toward|towards))\b", re.I)  # not "contributed 29 percent", "put ... into"
#: "What does X pay/earn/charge ...?": a sum asked by its verb (``_sum_by_verb``).
_PAYS_WHAT = re.compile(r"^\s*what\s+(?:does|do|did|will|would|could|can|should)\s+(?:[\w’'.-]+\s+){1,4}?"
                        r"(?:pay|earn|charge)\b(?P<rest>[^?]*)", re.I)
#: Words after the verb that still leave the sum its object: "for a bag", "per hour", "a year", "each month".
_SUM_AFTER = frozenset("for per in a an each every on at".split())


def _sum_by_verb(question: str) -> bool:
    """Whether "What does X pay/earn/charge ...?" asks a sum: the verb has no object but people
    (paid or charged: "pay farmers", "charge drivers"), then nothing or a phrase of price or time
    ("for a bag of cocoa", "a year"); not "earn her degree in", "earn a reputation for", "charge
    him with", "pay tribute to", nor "What will the money pay for?" (the thing bought)."""
    m = _PAYS_WHAT.match(question)
    if m is None:
        return False
    rest = [w.casefold() for w in re.findall(r"[\w’'-]+", m.group("rest"))]
    if rest[:1] == ["for"] and (len(rest) == 1 or rest[1] in ("in", "during", "over", "at", "on", "until")) \
            or "with" in rest:  # "What will the grant pay for (in the first year)?": the thing bought
        return False
    while rest and rest[0] in ("the", "its", "their", "his", "her") and len(rest) > 1 and person_noun(rest[1]):
        rest = rest[1:]
    if rest and person_noun(rest[0]):
        rest = rest[1:]
    return not rest or rest[0] in _SUM_AFTER and not (rest[0] in ("a", "an") and len(rest) > 1 and rest[1] not in (
        "year", "month", "week", "day", "hour", "season", "shift", "game", "match", "head", "piece"))


#: What a sum answers when a what-question asks it: "valued at", "sold for", "worth".
_PRICED = re.compile(r"\b(?:valued at|priced at|worth|(?:sold|bought|paid|pay|pays|paying) for|cost|"
                     r"(?:spend|spends|spent|spending) on)\b"
                     # "What was a cylinder selling for (in Chame)?", "What does it rent at now?", "What did the
                     # first edition fetch?"; not "What will the Treasury sell for the first time?"
                     r"|\b(?:(?:sell|sells|selling|sold|rent|rents|rented|renting|retail|retails|retailing|go|goes|"
                     r"went|going) (?:for|at)|fetch|fetches|fetched|fetching)"
                     r"(?=\s*(?:\?|$|(?:now|today|currently|in|at|on|after|before|last|this|each|per)\b))", re.I)
#: Charges that may be a rate or a sum: "How big was the levy?" ("a 2.5% levy" or "a $5 levy").
_CHARGE = re.compile(r"\b(?:levy|levies|tax|taxes|tariffs?|dut(?:y|ies)|surcharges?|commissions?|royalt(?:y|ies)|"
                     r"VAT|toll|tolls)\b", re.I)
#: Sums offered or lent: "How large was the *bid*?" asks a sum.
_OFFERED = re.compile(r"\b(?:offers?|bids?|loans?|grants?|donations?|bailouts?|payouts?|settlements?)\b", re.I)
#: Heads of a money question that may measure something else: "amount *of water*".
_MEASURE_OF = frozenset("amount quantity sum".split())
#: Words that make a "bill" a draft law rather than a sum owed.
_LEGISLATION = re.compile(r"\b(?:pass|passed|passes|vote|voted|votes|law|laws|parliament|senate|congress|house|"
                          r"lawmakers?|legislat\w*|sign|signed|veto\w*|amend\w*|introduc\w*|mps?|senators?)\b", re.I)
#: Heads of a what-question that asks why: "What *reason* did officials give ...?".
_REASON_HEADS = frozenset("reason reasons cause explanation motive".split())
#: "What is the least/most (that) a supporter can ...?": an amount, its noun left out.
_EXTREME_AMOUNT = re.compile(r"^\s*what\s+(?:is|was|are|were|will\s+be)\s+the\s+"
                             r"(?:least|most|minimum|maximum|fewest)\s+(?:that\s+)?"
                             r"(?:a|an|the|each|one|any|he|she|they|it|you|we|(?-i:[A-Z][\w’'-]*))\s", re.I)
#: "What is the most night events the track may stage?": a count of a plural, by a superlative.
_MOST_OF = re.compile(r"^\s*what\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:most|fewest|maximum|minimum)\s+"
                      r"(?:([a-z][\w-]*)\s+)?([a-z]+s)\s+(?!of\b)", re.I)
#: Words of time that end a noun phrase ("the main interest rate *now*", "the average attendance *last* season").
_NOW = frozenset("now currently today presently then yet ago last next this".split())
#: "What was the (council's) vote on ...?": a tally asked (the pattern, and the question opening with it).
VOTE_ASKED = (r"what (?:was|is|were) (?:the )?(?:(?:result|outcome|tally) of (?:the )?)?"
              r"(?:[\w-]+(?:['’]s|s['’]) |[a-z]+ )*?(?:final )?vote\b")
THE_VOTE = re.compile(r"^\s*" + VOTE_ASKED, re.I)
#: A company officer's title as written in capitals ("Who is Orbitel CEO?": the person holding it).
_OFFICER_ACRONYMS = frozenset({"CEO", "CFO", "COO"})
#: Where a price or a level ended: "close at", "finished at", "settled at".
_CLOSED_AT = re.compile(r"\b(?:close[ds]?|closing|end(?:ed|s)?|finish(?:ed|es)?|settle[ds]?|trade[ds]?|open(?:ed|s)?)"
                        r"\s+at\b", re.I)
#: Nouns of change that verbs of change (``CHANGE_VERBS``) miss: "a pay *raise*", "a tax *hike*".
_CHANGE_NOUN = re.compile(r"\b(?:raises?|hikes?|growth|reductions?)\b", re.I)
#: "What (pay) raise ...?": a change asked by its noun, an amount or a percentage.
_ASKS_CHANGE = re.compile(r"^\s*(?:what|which)\s+(?:[\w-]+\s+)?(?:raises?|rises?|increases?|hikes?|cuts?|"
                          r"reductions?|decreases?)\b", re.I)
#: What one raises that is no rise: "raise money", "raise funds".
_RAISED_MONEY = re.compile(r"\b(?:money|funds?|cash|capital|donations?)\b", re.I)
#: A question asking the level a change reached: "*To what* price did it fall?", "What price did it fall *to*?".
LEVEL_REACHED = re.compile(r"^\s*to\s+(?:what|which)\b|\bto\s*\?*\s*$|\b(?:before|after)\s+the\s+(?:increase|rise|"
                            r"cut|hike|change|drop|fall|reduction)\b", re.I)  # "the fare before the increase"
#: Verbs of change: "how much did it rise?" asks for an amount or a percentage (lower case only).
CHANGE_VERBS = re.compile(r"\b(?:rise[sn]?|rose|rising|fall[sn]?|fell|fallen|falling|increas(?:e[ds]?|ing)|"
                          r"decreas(?:e[ds]?|ing)|grow[sn]?|grew|growing|drop(?:s|ped|ping)?|declin(?:e[ds]?|ing)|"
                          r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|cuts?|"
                          r"sink(?:s|ing)?|sank|slid(?:e|es|ing)?|slip(?:s|ped|ping)?(?!\s+(?:past|through|by|into|"
                          r"away|out|in)\b)|plung(?:e[ds]?|ing)|"  # not "money that slipped past the checks"
                          r"tumbl(?:e[ds]?|ing)|soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|rais(?:e[ds]?|ing)|"
                          r"hik(?:e[ds]?|ing)|lower(?:s|ed|ing)|reduc(?:e[ds]?|ing)|"
                          r"(?:go|goes|went|gone|going)\s+(?:up|down))\b")  # not "Cedar Falls"; "gone up"
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())
#: How-questions whose adjective names what is measured and a text may write ("weighed", "tall").
#: Adjectives of a count's amount, not its noun: "How many *extra* buses", "*additional* staff".
_MORE_OF = frozenset("extra additional more new further other".split())
_MEASURE_WORDS = frozenset({"how heavy", "how tall", "how deep", "how wide", "how hot", "how warm"})
#: Nouns whose "how much" is an extent said in words ("majority control"), not an amount.
_ABSTRACT = frozenset("control influence power support attention effort interest progress freedom authority "
                      "responsibility say access impact emphasis credit confidence trust pressure importance "
                      "detail details information knowledge".split())
#: Verbs of making or using energy: "power" with one is electricity, an amount.
_GENERATES = re.compile(r"\b(?:generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|us(?:e|es|ed|ing)|"
                        r"consum(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|output)\b", re.I)
#: "How long is <a thing>?", the question ending with the thing: its length, when the thing
#: stretches in space (``_LONG_THINGS``).
_HOW_LONG_IS = re.compile(r"^\s*how\s+long\s+(?:(?:is|was|are|were|will\s+be)\s+(?P<np>(?:the|a|an|[\w’'-]+[’']s)\s+"
                          r"(?:[\w’'-]+\s+){0,4}?[a-z]+)|(?:will|would)\s+(?P<np2>(?:the|a|an|[\w’'-]+[’']s)\s+"
                          r"(?:[\w’'-]+\s+){0,4}?[a-z]+)\s+be)\s*\?*\s*$", re.I)  # "How long will the lane be?"
#: Things that stretch in space, whose "How long is ...?" asks a length ("How long is the new tram
#: route?"); anything else lasts ("How long is the ceasefire?").
_LONG_THINGS = frozenset("route line road track railway rail bridge tunnel runway river canal pipeline cable wall "
                         "fence border coast coastline beach street lane path trail corridor section stretch "
                         "extension span pier dam barrier building hall ship vessel boat ferry train platform "
                         "highway motorway expressway network queue".split())
_SUBJECT = re.compile(r"^\s*(?:who|what|when|where|why|how|which)\s+(?:\w+\s+)?"
                      r"(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had)\s+"
                      r"(?:the|a|an|this|that|these|those)\s+(\w+)\b(?!-)(?:\s+(\w+))?", re.I)
_WHO_IS_NAME = re.compile(r"\s*(?i:who)\s+(?:is|was)\s+(?:[A-Z][\w.’'-]*\s*){1,4}\??\s*")
#: "What is Okafor's role?", "What position does Grace Okafor hold?": what the text says the person is.
_ROLE_OF_NAME = re.compile(r"\s*(?i:what)\s+(?:(?:is|was)\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+"
                           r"(?i:role|position|title|job|post)|(?i:role|position|title|job|post)\s+(?i:does|did)\s+"
                           r"(?:[A-Z][\w.-]*\s+){1,4}(?i:have|hold|play|fill))\s*\??\s*")
_WHAT_IS_NAME = re.compile(r"\s*(?i:what)\s+(?:(?:is|was|are|were)\s+(?:[A-Z][\w.’'-]*\s*){1,4}|(?:does|do|did)\s+"
                           r"(?:[A-Z][\w.’'-]*\s*){1,4}(?i:do)\s*)\??\s*")  # "What is Acme?", "What does Acme do?"
#: A time that is a length, not a moment: "the *winning* time", "*response* times".
_LENGTH_OF_TIME = re.compile(r"^\s*(?:what|which)(?:\s+(?:is|was|are|were))?(?:\s+(?:the|her|his|their|its|a))?"
                             r"(?:\s+[\w’'-]+){0,3}?\s+(?:winning|finishing|record|race|fastest|slowest|best|course|"
                             r"qualifying|running|travel|journey|flight|response|waiting|wait|lap|average) times?\b"
                             # "What was his time?", "What was Mercer's time?": someone's time is how long they took
                             r"|^\s*what\s+(?:is|was)\s+(?:his|her|their|(?:[\w’'-]+\s+){0,2}[\w-]+[’']s)\s+time"
                             r"(?:\s+(?:in|at|for|on)\s+[^?]*)?\s*\??\s*$"  # "... time in the marathon?"
                             # "What time did Reid run (to win the 400 metres)?", "In what time did she finish?"
                             # (a named runner: not "What time did the last bus run?", "... clock in?", "run until?")
                             r"|^\s*what\s+time\s+(?:did|does|do|will|would)\s+(?-i:(?:[A-Z][\w.’'-]*\s+){1,3})"
                             r"(?:run|post|swim)\b(?!\s+(?:until|till|at|from)\b)"
                             r"|^\s*in\s+what\s+time\b",
                             re.I)
#: "What are *two* ...?", "Which *three* ...", "Name *two* ...": how many things the answer lists.
_COUNT = re.compile(r"\b(?:what|which|who|whom|name|list|give)\s+(?:(?:are|were)\s+)?(?:(?:the|some)\s+)?(?:other\s+)?"
                    r"(two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_COUNTS = {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}
_EXCLUDED = re.compile(r"\b(?:apart from|aside from|besides|other than|except(?: for)?|beyond)\s+([^,?]+)", re.I)
#: Verbs that embed a question ("Did he say *who* won?"): after them a wh-word still asks.
_EMBEDDING_VERBS = frozenset("say said tell told know knew known ask asked explain explained reveal revealed disclose "
                             "disclosed confirm confirmed announce announced specify specified indicate indicated "
                             "mention mentioned".split())
_YESNO_START = re.compile(r"^(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.I)


@dataclass(frozen=True)
class QuestionAnalysis:
    """What a question asks.

    Attributes:
        text: the question as asked.
        wh: the question word (``who``, ``what``, ``how many``, ``yesno``,
            ``name`` for imperatives, ``""`` when none is found).
        answer_type: the expected answer type (see ``AnswerType``);
            ``DESCRIPTION`` when only a sentence can answer.
        head: the head noun after what/which/how many, if any (case-folded).
        focus: stemmed content terms (stop words and question words removed).
        entities: capitalized names the question mentions (surface forms).
        tokens: all tokens of the question.
        subject: the stemmed noun of a "the/a ..." subject right after the
            question word and its auxiliary ("When will *the governor* visit?"),
            or None.
        excluded: stemmed terms the answer must not be ("Apart from *Acme*,
            which companies ...", "Besides *the premier*, whom ...").
        count: how many things the answer lists ("What are *two* ...?", "Name *three*
            ..."), 2 to 10, or None.
    """

    text: str
    wh: str
    answer_type: AnswerType
    head: str | None
    focus: tuple[str, ...]
    entities: tuple[str, ...] = ()
    tokens: tuple[Token, ...] = field(default=(), repr=False)
    subject: str | None = None
    excluded: tuple[str, ...] = ()
    count: int | None = None

    @property
    def head_term(self) -> str | None:
        """The stemmed head noun, or None."""
        stems = terms(self.head) if self.head else []
        return stems[0] if stems else None


_DETERMINERS = DETERMINERS


def _head_noun(words: list[str], i: int) -> str | None:
    """The head noun after the wh-word at position i: the first of the next three words
    with a known answer type, else the next word (None if it is a function word). The
    parts of a hyphenated word come marked ("one-", "-way"; ``analyze``): a modifier."""
    while i + 1 < len(words) and words[i + 1] in ("the", "a", "an"):
        i += 1
    seen, plain = 0, None
    for j, w in enumerate(words[i + 1:], start=i + 1):
        later = words[j + 1] if j + 1 < len(words) else ""
        if w.endswith("-") or w.startswith("-") and later and later not in AUXILIARIES | STOP_WORDS:
            continue  # "the cheapest one-way *fare*", "How many full-time *jobs*": a hyphenated modifier
        w = w.strip("-")
        plain = w if seen == 0 and j > i + 1 else plain  # "How many three-bedroom *homes*"
        seen += 1
        if seen > 3 or w in AUXILIARIES or w in STOP_WORDS:
            break
        if type_of_head(w):
            after = words[j + 2] if j + 2 < len(words) else ""
            # a compound's last noun is its head: "Which council *members* ...", "What company *officials*";
            # not a verb taking an object: "Which company *heads* the group ...?"
            # "Which *university's* scientists ...?": the possessor is the one asked
            compound = type_of_head(later) and later not in AUXILIARIES | STOP_WORDS and after not in _DETERMINERS \
                and not w.endswith(("'s", "'"))
            # "What *time control* was used?", "What time zone is it in?": a time word modifying a noun
            modifier = type_of_head(w) == "DATE" and word_tag(later) in ("NN", "NNS") and after in AUXILIARIES
            return later.strip("-") if compound or modifier else w
    nxt = words[i + 1].strip("-") if i + 1 < len(words) else None
    owner = next((k for k in range(i + 2, min(i + 6, len(words))) if words[k].endswith(("'s", "’s"))), None)
    if owner is not None and any(w in STOP_WORDS or w in AUXILIARIES for w in words[i + 2:owner]):
        owner = None  # "what was Acme's revenue", "what is Oliver Pratt's age": a name owns the noun
    be_at = next((k for k in range(i + 3, min(i + 9, len(words))) if words[k] == "be"), None)
    # "What will the final margin be ...?", not "What will the stadium be called?" (a name), "be sold for", "be made
    # of": a participle after "be" asks what is done to it
    modal_be = nxt in ("will", "would", "could", "might", "may", "should", "must") and be_at is not None and not (
        be_at + 1 < len(words) and (words[be_at + 1].endswith(("ed", "en")) or word_tag(words[be_at + 1]) in ("VBN",
                                                                                                          "VBD")))
    if (nxt in ("is", "was", "are", "were") or modal_be) and i + 2 < len(words) and words[i + 2] in ("the", "a", "an") \
            or (nxt in ("is", "was", "are", "were", "will", "would") and owner is not None):  # "Osei's wage"
        # "What will the final *margin* be once ...?": the phrase before "be"
        # "What was the final score of ...": the last noun of the phrase after the article
        phrase: list[str] = []
        before_participle = ""  # the phrase's word before a participle passed inside it ("total" of "total spending")
        for k, w in enumerate(words[i + 3:i + 10], start=i + 3):
            nxt_word = words[k + 1] if k + 1 < len(words) else ""
            if w.endswith(("ed", "ing")) and w not in STOP_WORDS | AUXILIARIES and (not phrase or nxt_word and (
                    word_tag(nxt_word) or "").startswith("NN") and nxt_word not in STOP_WORDS | AUXILIARIES):
                before_participle = phrase[-1] if phrase else before_participle
                continue  # "What is the *planned* duration ...", "the average *selling* price": a participle
            if w in STOP_WORDS or w in AUXILIARIES or w.endswith(("ed", "ing")) or len(phrase) >= 5 or (
                    w in _NOW and phrase) or w in ("per", "each", "apiece") and phrase:
                break  # "the price *per* share": the unit ends the phrase; the price is its head
            phrase.append(w)
            if w.endswith(("'s", "’s")) and w != words[i + 2]:
                phrase = []  # "the Czech National Bank's main repo *rate*": the owner is not the head
        # "What is the name of ...": a person's, a place's or a thing's
        last = phrase[-1].strip("-") if phrase else ""
        if last and last not in ("name", "term", "word", "title") and type_of_head(last):
            return last
        if last and before_participle and type_of_head(before_participle.strip("-")):
            return before_participle.strip("-")  # "the total spending increase": "total", typed, not "increase"
    if nxt in ("is", "was", "are", "were") and i + 3 < len(words) and \
            type_of_head(words[i + 2]) in ("MONEY", "PERCENT", "NUMBER"):
        return words[i + 2]  # "What were *earnings* per share a year ago?" (not "What is inflation?": a definition)
    if nxt is not None and len(nxt) > 5 and nxt.endswith("ed") and nxt != "hundred":
        return None  # "What caused ...", "What happened ...": a verb, not a head noun
    nxt = plain or nxt
    later = words[i + 2].strip("-") if i + 2 < len(words) and nxt == words[i + 1].strip("-") else ""
    # a participle before a noun modifies it too: "Which *neighbouring* cooperatives ...?"
    adjective = word_tag(nxt) in ("CD", "JJ", "VBG", "VBN") if nxt is not None and word_tag(nxt) is not None \
        else bool(nxt and re.search(r"(?:ic|al|ous|ive|ary|ful|less|ing)$", nxt))  # "orthopaedic", "neighbouring",
    # unknown to the lexicon
    at = i + 2
    while later and word_tag(later) == "JJ" and at + 1 < len(words) and words[at + 1] not in AUXILIARIES | STOP_WORDS \
            and word_tag(words[at + 1]) in ("NN", "NNS", None):
        at += 1  # "Which two *former* board members ...?": adjectives after the count go with the noun
        later = words[at]
    if nxt is not None and adjective and later and later not in AUXILIARIES | STOP_WORDS \
            and word_tag(later) in ("NN", "NNS", None):
        while at + 1 < len(words) and words[at + 1] not in AUXILIARIES | STOP_WORDS \
                and word_tag(words[at + 1]) in ("NN", "NNS") and word_tag(words[at]) == "NN":
            at += 1  # "Which two dementia *drugs* ...?": a compound's last noun is its head
        return words[at].strip("-")  # "Which five *pathogens* ...?", "Which large *events* ...?": a count before it
    return None if nxt is None or nxt in AUXILIARIES or nxt in STOP_WORDS else nxt


def name_of_noun(question: str) -> str | None:
    """The noun whose name a question asks ("What is the name of the night *guard* who
    ...?", "the name of Bohemond's *nephew*", "the name of the *storm*"): the last word of
    the noun phrase after "name of" (up to a function word or a participle that ends it,
    not one before a noun: "the *injured* firefighter"), in lower case; None without
    "name of"."""
    words = [t.surface.casefold().replace("’", "'") for t in tokenize(question)]
    for i in range(len(words) - 2):
        if words[i] in ("name", "names") and words[i + 1] == "of":
            phrase: list[str] = []
            rest = words[i + 2:i + 9]
            for j, w in enumerate(rest):
                after = rest[j + 1] if j + 1 < len(rest) else ""
                # "the 41-year-old *injured* firefighter": a participle before a noun modifies it
                modifier = w.endswith(("ing", "ed")) and word_tag(after) in ("NN", "NNS")
                if w in AUXILIARIES or (w in STOP_WORDS or w.endswith(("ing", "ed")) and not modifier) and phrase:
                    break
                if w not in STOP_WORDS:
                    phrase.append(w)
            return phrase[-1] if phrase else None
    return None


#: Words a user may put before the question itself: "help me, who is ...?", "So who ...?",
#: "Can you tell me who ...?".
_LEAD_IN = re.compile(r"^\s*(?:(?:please|so|ok|okay|well|hey|hi|now|also|um|right|honestly|actually|anyway|"
                      r"help me|tell me|quick question|"
                      r"question|(?:can|could) you (?:please )?tell me|do you know|"
                      r"i(?:'d| would)? (?:really |very much )?(?:like|want|love) to know|"
                      r"i wonder)\b[\s,:;-]*)+(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|"
                      r"did|does|do|has|have|will|can|could|should|would)\b)", re.I)


def strip_lead_in(question: str) -> str:
    """The question without words a user put before it ("help me, who is Ana Costa?" →
    "who is Ana Costa?"); unchanged when it has none."""
    return _LEAD_IN.sub("", question, count=1) or question


def role_name(q: QuestionAnalysis) -> str:
    """The name a ROLE question asks about, without a possessive ("What is Smith's role?":
    "Smith"); the question's last name. Raises IndexError when it names none."""
    return re.sub(r"[’']s$", "", q.entities[-1])


def proper_name_asked(question: str) -> tuple[str, frozenset[str]] | None:
    """The noun whose proper name "What is the name of X ...?" asks, when X is a kind of
    person, organization, place or group ("the *hiker* who ...", "the *supplier*", "the
    *river*"), with the span types a name of it may have (a person's: PERSON or ENTITY);
    None otherwise ("the name of the *alphabet*": a term of art may answer)."""
    noun = name_of_noun(question)
    if noun is None:
        return None
    single = noun[:-1] if noun.endswith("s") else noun
    kind = type_of_head(noun)
    if kind not in ("ORGANIZATION", "LOCATION", "GROUP") and person_noun(noun):
        kind = "PERSON"  # "the hiker", "the firefighter", "the nephew"
    kinds = {"PERSON": {"PERSON"}, "ORGANIZATION": {"ORGANIZATION", "GROUP"}, "GROUP": {"GROUP", "ORGANIZATION"},
             "LOCATION": {"LOCATION"}}.get(kind or "")
    if kinds is not None and single in ER_FIRMS:
        kinds = kinds | {"PERSON", "ORGANIZATION"}  # "the investor": Bexley Capital or Jane Roe
    return (noun, frozenset(kinds | {"ENTITY"})) if kinds else None


def person_noun(noun: str) -> bool:
    """Whether a lower-case noun names a kind of person: a known one ("guard", "nephews",
    "fisherman") or a doer in -er/-or/-ist/-ian ("grower", "hiker"; not ``ER_THINGS``)."""
    single = noun[:-1] if noun.endswith("s") else noun
    return a_person(noun) or re.fullmatch(r"[a-z]{3,}(?:er|or|ist|ian)", single) is not None \
        and single not in ER_THINGS


#: Plain words for a person, which name no role: "the girl", "two men".
_PLAIN_PERSONS = frozenset("man men woman women girl girls boy boys child children teenager teenagers baby babies "
                           "person persons patient patients".split())


def a_person(noun: str) -> bool:
    """Whether a noun names a kind of person ("guard", "nephews", "fisherman", "girl")."""
    return noun in PEOPLE_NOUNS or noun in _PLAIN_PERSONS or noun.endswith("s") and noun[:-1] in PEOPLE_NOUNS or (
        len(noun) > 6 and noun.endswith(("man", "men")))  # "fisherman", "councilwoman"


def _joined(found: list[re.Match[str]], question: str) -> list[tuple[int, str]]:
    """The capitalized runs of a question as (start, text), a run ending on a body's word
    joined to the next by "of" or "for (the)": "Bank of England", "Society for the
    Protection of Birds" (not "President of France": a title, no body)."""
    out: list[tuple[int, str]] = []
    joined = False  # the last run is a body's name already: "Society for the Protection" goes on "of Birds"
    for m in found:
        between = question[out[-1][0] + len(out[-1][1]):m.start()] if out else ""
        if out and (joined and re.fullmatch(r"\s+of\s+", between) or out[-1][1].split()[-1] in ORG_WORDS
                    and re.fullmatch(r"\s+(?:of|for)(?:\s+the)?\s+", between)
                    or re.fullmatch(rf"\s+{NAME_PARTICLES}\s+", between)):  # "La Ville à Vélo", "Dafydd ap Rhys"
            out[-1], joined = (out[-1][0], question[out[-1][0]:m.end()]), True
        else:
            out.append((m.start(), m.group()))
            joined = False
    return out


def _place_owned(run: str) -> list[str]:
    """A run of capitalized words cut after a place's possessive: "Uruguay’s National Meat
    Institute" → ["Uruguay", "National Meat Institute"] (news names the body without its
    country); other runs whole."""
    m = re.search(r"[’']s\s+", run)
    return [run[:m.start()], run[m.end():]] if m and run[:m.start()] in PLACES else [run]


def _untitled(run: str) -> list[str]:
    """A run of capitalized words cut at a company officer's acronym, which is no part of a
    name: "Orbitel CEO" → ["Orbitel"], "Orbitel CFO Mark Raman" → ["Orbitel", "Mark Raman"].
    (Other titles stay: "Senator Maria Lopez" must be found as written.)"""
    words = run.split()
    parts: list[list[str]] = [[]]
    for w in words:
        if w in _OFFICER_ACRONYMS:
            parts.append([])
        else:
            parts[-1].append(w)
    kept = [" ".join(p) for p in parts if p]
    return kept if kept and len(parts) > 1 else [run]


def type_of_head(head: str | None) -> AnswerType | None:
    """The answer type a what/which head noun asks for (``HEAD_TYPES``, singular or plural:
    "museums" → ORGANIZATION, "rivers" → LOCATION), or None for another word."""
    if head is None:
        return None
    head = re.sub(r"[’'](?:s)?$", "", head)  # "which planemaker's order", "which countries' holidays": the owner
    singulars = (head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head,
                 head[:-3] + "y" if head.endswith("ies") else head, head[:-3] + "an" if head.endswith("men") else head)
    for form in (head, *singulars):
        if form in HEAD_TYPES:
            return HEAD_TYPES[form]
    return None


def _next_word(text: str, at: int) -> str:
    """The lower-case word right after offset ``at``, or "" (a capitalized word is a name)."""
    m = re.match(r"\s+([a-z][\w-]*)", text[at:])
    return m.group(1) if m else ""


def analyze(question: str) -> QuestionAnalysis:
    """Analyze a question.

    Returns:
        A QuestionAnalysis; never raises (an empty question gives ``wh=""``
        and no focus).
    """
    tokens = tokenize(question)
    words = [t.surface.casefold().replace("’", "'") for t in tokens]
    # the parts of a hyphenated word are marked ("one-", "-way"): a modifier, no function word
    joined = [question[t.end:t.end + 1] == "-" and i + 1 < len(tokens) and tokens[i + 1].start == t.end + 1
              for i, t in enumerate(tokens)]
    parts = [("-" if i and joined[i - 1] else "") + w + ("-" if joined[i] else "") for i, w in enumerate(words)]
    # a plural's possessive apostrophe, which the tokenizer leaves out: "Which *countries'* school holidays ...?"
    parts = [p + "'" if p.endswith("s") and question[t.end:t.end + 1] in ("'", "’") and
             question[t.end + 1:t.end + 2] in (" ", "") else p for p, t in zip(parts, tokens)]
    wh, head, atype = "", None, "DESCRIPTION"
    asking = QUESTION_WORDS - {"list", "describe"}
    wh_pos = next((i for i, w in enumerate(words) if w in asking), None)
    comma = question.find(",")
    if wh_pos is not None and comma > 0:  # "When counts climb that high, what did he say ...?": the main clause
        # only after a clause opened by "when"/"where"/"if": "How old is Koen Maes, the Belgian
        # who finished third?" is a how-old question with a relative clause
        after = [i for i, t in enumerate(tokens) if t.start > comma and words[i] in asking]
        if after and tokens[wh_pos].start < comma and words[wh_pos] in ("when", "where", "while", "if"):
            wh_pos = after[0]
    if wh_pos is not None and wh_pos > 0 and words[wh_pos] in ("when", "where", "while", "if"):
        # "A storm is named when its winds are stronger than *what*?": the word asking stands at the end,
        # the first one opens a clause
        last = [i for i in range(wh_pos + 1, len(words)) if words[i] in asking and i >= len(words) - 3]
        if last:
            wh_pos = last[-1]
    if wh_pos is not None and words[wh_pos] == "name" and wh_pos != 0:
        wh_pos = next((i for i, w in enumerate(words) if w in asking - {"name"}), None)
    if wh_pos is not None and wh_pos > 0 and _YESNO_START.match(question.strip()) and words[wh_pos - 1] not in (
            _EMBEDDING_VERBS):
        wh_pos = None  # "Did results beat [what Wall Street expected]?": a free relative, a yes/no question
    if wh_pos is None and _YESNO_START.match(question.strip()):
        wh, atype = "yesno", "YESNO"
    elif wh_pos is not None:
        w = words[wh_pos]
        nxt = words[wh_pos + 1] if wh_pos + 1 < len(words) else ""
        if w in ("who", "whom"):
            wh, atype = w, "PERSON"
            if _WHO_IS_NAME.fullmatch(question) and not re.search(r"[’']s\b", question) \
                    and question.rstrip(" ?.!").split()[-1] not in _OFFICER_ACRONYMS:
                atype = "ROLE"  # "Who is Jane Doe?": what the person is ("Who is Acme's CFO?": a person)
            elif (nxt in ("is", "was", "are", "were", "has", "have", "had") or nxt in AUXILIARIES and words[wh_pos + 2:
                    wh_pos + 3] == ["be"]) and (kind := type_of_head(noun := _head_noun(parts, wh_pos))) in (
                    "ORGANIZATION", "GROUP"):  # not "Who manages Rullo's *business* ...?": a verb's object, nor
                # "Who will coach Norway's men's *team*?"
                head, atype = noun, kind or atype  # "Who is the parent company of ...?": a company
        elif w == "whose":
            wh, atype = w, "PERSON"
        elif w == "when":
            wh, atype = w, "DATE"
        elif w == "where":
            wh, atype = w, "LOCATION"
        elif w == "why":
            wh, atype = w, "REASON"
        elif w == "how":
            if nxt in _HOW and not (nxt in ("strong", "powerful") and not _FORCES.search(question)):
                wh, atype = f"how {nxt}", _HOW[nxt]
                word2 = words[wh_pos + 2] if wh_pos + 2 < len(words) else ""
                level = next((type_of_head(x) for x in words[wh_pos + 3:wh_pos + 6] if x not in DETERMINERS), None) \
                    if nxt == "high" and word2 in ("is", "was", "are", "were") else None
                if level in ("PERCENT", "MONEY"):
                    atype = level  # "How high was inflation in January?": a rate ("2.9%"), not a height
                if nxt == "much":
                    change = CHANGE_VERBS.search(question)
                    if change and change.group(0).startswith("rais") and _RAISED_MONEY.search(question):
                        change = None  # "How much money did the group raise?": a sum collected, not a rise
                    if change and LEVEL_REACHED.search(question) \
                            and not re.search(r"\b(?:less|more|fewer)\b", question):
                        change = None  # "How much was the fine reduced to?": the level reached, not the change
                    word3 = words[wh_pos + 3] if wh_pos + 3 < len(words) else ""
                    if word2 in ("less", "more") and word3 == "time":
                        word2 = "time"  # "How much more time will the repairs take?": a length of time
                    elif word2 in ("less", "more") and _MONEY_WORDS.fullmatch(word3):
                        word2 = word3  # "How much more money ...?": a sum
                    if change or word2 in ("less", "more", "cheaper", "dearer", "lower", "higher"):
                        # "How much did profit rise?": "32%" or "$300 million"; "How much less will card holders
                        # pay?": "30 percent less" or "£2 less"
                        atype = "QUANTITY"
                    elif _MONEY_WORDS.search(question) or word2 in AUXILIARIES and _GIVES_SUM.search(question):
                        atype = "MONEY"
                    elif word2 == "time" or re.search(r"\bhow\s+much\s+(?:[a-z]+\s+){1,2}time\b", question, re.I):
                        atype = "DURATION"  # "How much (extra travel) time does the detour add?"
                    elif word2 and word2 not in AUXILIARIES and word2 not in STOP_WORDS:
                        # "how much control": an extent, said in words; "how much land": an amount
                        abstract = word2 in _ABSTRACT and not (word2 == "power" and _GENERATES.search(question))
                        atype = "DESCRIPTION" if abstract else "QUANTITY"  # "How much power does the dam
                        # *generate*?": electricity, an amount ("14 megawatts")
                    else:
                        atype = "NUMBER"
                elif nxt in ("large", "big") and (CHANGE_VERBS.search(question) or _CHANGE_NOUN.search(question)):
                    atype = "QUANTITY"  # "How big a pay rise were drivers offered?": "2.1 percent" or "$2 an hour"
                elif nxt in ("large", "big") and _CHARGE.search(question):
                    atype = "QUANTITY"  # "How big was the levy on transfers?": a rate ("2.5%") or a sum
                elif nxt in ("large", "big") and (_MONEY_WORDS.search(question) or _OFFERED.search(question)):
                    atype = "MONEY"  # "How large was the offer?": a sum, not "two earlier bids"
                elif nxt == "long":
                    thing = _HOW_LONG_IS.match(question)
                    # "How long is the new tram route?": a length; "How long was the hike?": a time
                    words = (thing.group("np") or thing.group("np2")).split() if thing else []
                    atype = "QUANTITY" if words and word_tag(words[-1].casefold()) in ("NN", "NNS") \
                        and words[-1].casefold().rstrip("s") in _LONG_THINGS and not any(
                            w.casefold() in STOP_WORDS or (word_tag(w.casefold()) or "").startswith(("VB", "IN", "TO"))
                            for w in words[1:-1]) else "DURATION"
                head = _head_noun(parts, wh_pos + 1) if nxt == "many" else None
                at = wh_pos + 2
                while head and (head in _MORE_OF or at > wh_pos + 2 and word_tag(head) in ("JJ", "VBN")) \
                        and at + 1 < len(parts) and parts[at] == head and parts[at + 1] not in AUXILIARIES | STOP_WORDS:
                    at += 1
                    head = parts[at]  # "How many extra articulated buses ...?": not "extra"
                if head in _TIME_UNITS:
                    atype = "DURATION"  # "how many seconds/years": a length of time ("by 41 seconds")
            else:
                wh, atype = "how", "DESCRIPTION"
        elif w in ("what", "which", "name"):
            wh = w
            head = _head_noun(parts, wh_pos)
            if head in AUXILIARIES:
                head = None
            # "Which orthopaedic *surgeon* ...?": a person; not "investor", which may be a firm
            atype = type_of_head(head) or ("PERSON" if head and a_person(head) and head.rstrip("s") not in ER_FIRMS
                                            else "DESCRIPTION")
            if head == "name" and any(type_of_head(w) == "ORGANIZATION" for w in words[wh_pos + 2:]):
                atype = "ORGANIZATION"  # "What name will the combined business trade under?": a firm's name
            of = re.search(rf"\b{re.escape(head)}\s+of\s+(?:the\s+)?([a-z]+)", question, re.I) \
                if head in _MEASURE_OF else None
            if of and not _MONEY_WORDS.fullmatch(of.group(1)) and of.group(1) != "cash":  # "of money": a sum
                atype = "QUANTITY"  # "What daily amount of water ...?": "50 litres", not a sum
            if atype == "DESCRIPTION" and re.search(r"\b[a-z]+\s+(?:per|apiece)\s+[a-z]+", question):
                atype = "QUANTITY"  # "What is Quillon's offer per share?": an amount for each, in money or else
            if w == "which" and head in ("offer", "offers", "bid", "bids"):
                atype = "DESCRIPTION"  # "Which bid did the committee choose?": one of the bids, not a sum
            if head in ("bill", "bills") and _LEGISLATION.search(question):
                atype = "DESCRIPTION"  # "Which bill did the Senate pass?": a law, not a sum owed
            if head in _REASON_HEADS:
                atype = "REASON"  # "What reason did officials give for ...?": a why-question
            if head is None and _EXTREME_AMOUNT.match(question):
                atype = "QUANTITY"  # "What is the least a supporter can put in?": an amount
            most = _MOST_OF.match(question) if atype == "DESCRIPTION" else None
            if most and word_tag(most.group(2).casefold()) == "NNS" and not (
                    most.group(1) and (word_tag(most.group(1).casefold()) or "").startswith(("JJ", "VB"))):
                # "What is the most night *events* ...?": a count; not "the most common complaints", a superlative
                head, atype = most.group(2).casefold(), "NUMBER"
            if w == "what" and (_WHAT_IS_NAME.fullmatch(question) or _ROLE_OF_NAME.fullmatch(question)):
                atype = "ROLE"  # "What is Acme?": what the text says the named thing is
            named = name_of_noun(question) if atype == "DESCRIPTION" and w == "what" else None
            if named and a_person(named):
                head, atype = named, "PERSON"  # "What is the name of the night guard?": a person's name
            elif named and type_of_head(named) in ("ORGANIZATION", "LOCATION"):
                head, atype = named, type_of_head(named) or atype  # "the name of the supplier": a company's
            if atype == "MONEY" and (CHANGE_VERBS.search(question) or _CHANGE_NOUN.search(question)) \
                    and not LEVEL_REACHED.search(question):  # "To what price did it fall?": the level, not the change
                atype = "QUANTITY"  # "What salary increase ...?": "a 9 percent pay rise" or "$300 a month"
            if atype == "DESCRIPTION" and _ASKS_CHANGE.match(question):
                atype = "QUANTITY"  # "What raise did the airline offer?": "a 14 percent raise" or "$2 an hour"
            if atype == "DESCRIPTION" and THE_VOTE.match(question):
                atype = "NUMBER"  # "What was the vote on the plan?": the tally ("7-2")
            if atype == "DESCRIPTION" and _CLOSED_AT.search(question):
                atype = "MONEY"  # "What did the stock close at?": a price ("$88.40")
            if atype == "DESCRIPTION" and _sum_by_verb(question):
                atype = "MONEY"  # "What does Ghana pay farmers for a bag of cocoa?", "What do nurses earn?"
            priced = _PRICED.search(question)
            if priced and re.fullmatch(r"\W*(?:instead|rather|mainly|mostly|first|exactly)?\W*",
                                       question[priced.end():]) and priced.group(0).casefold().startswith(("pa", "sp")):
                priced = None  # "What will the money pay for / be spent on (instead)?": the thing, not a price
            if priced and (atype == "DESCRIPTION" or nxt in ("is", "was", "are", "were")):
                atype = "MONEY"  # "What is the group valued at?", "What did Acme pay for it?"
            if head in (None, "time") and _LENGTH_OF_TIME.search(question):
                head, atype = "time", "DURATION"  # "What was the winning time?": "2 hours, 3 minutes and 12 seconds"
            # "what is X" / "what does X mean": a definition; "what year" etc. handled by head.
            if w == "what" and nxt in ("time", "year", "date", "day", "month", "century") and head == nxt \
                    and atype != "DURATION":
                atype = "DATE"
    # "How heavy ...?" keeps its adjective: the text says "weighed" (a synonym), "stands 300 metres tall"
    skip = {wh_pos + 1} if wh.startswith("how ") and wh_pos is not None and wh not in _MEASURE_WORDS else set()
    # "name", "list", "describe" ask only as the first word ("Name the ..."); elsewhere
    # ("How did she describe it?") they are content.
    imperative = {"name", "list", "describe"}
    if wh == "how long" and tokens and tokens[-1].norm == "last":
        skip.add(len(tokens) - 1)  # "How long will the tour last?": the verb asks the length, like "how long"
    ex = _EXCLUDED.search(question)
    if ex:  # "Apart from X, ...": "apart" is no content word (X is: the text may say "beyond X")
        skip |= {i for i, t in enumerate(tokens) if t.start < ex.start(1) and t.end > ex.start()}
    focus = tuple(t.term for i, t in enumerate(tokens)
                  if not t.stop and i not in skip
                  and (t.norm not in QUESTION_WORDS or (t.norm in imperative and i > 0)))
    # "Hollis & Finch", "Procter & Gamble": an ampersand joins one name
    names = _joined(list(re.finditer(rf"\b[{CAPITAL}][\w’'.-]*(?:\s+(?:&\s+)?[{CAPITAL}][\w’'.-]*)*", question)),
                    question)
    runs = [text if start > 0 else text.partition(" ")[2].removeprefix("& ") for start, text in names]
    runs = [part for run in runs for part in _place_owned(run)]
    entities = tuple(part if part.endswith(".") and part.split()[-1][:-1] in MONTH_ABBREVIATIONS  # "by Aug. 10"
                     else re.sub(r"(?<![A-Z]\.[A-Z])\.$", "", part) for run in runs  # not the first word: "Did"
                     if run and run.casefold() not in QUESTION_WORDS for part in _untitled(run))
    m = _SUBJECT.match(question)
    # the subject's term as the question's tokens have it ("the chief executive" → "ceo"); names: see entities
    group = 1
    if m and m.group(2) and m.group(1).endswith(("ed", "ing")) and word_tag(m.group(1)) in ("JJ", "VBN", "VBG") \
            and word_tag(m.group(2)) in ("NN", "NNS", None) and m.group(2).casefold() not in STOP_WORDS | AUXILIARIES:
        group = 2  # "Where will the *damaged* ferry be repaired?": the ferry
    elif m and m.group(2) and (re.search(r"\b(?:is|are|was|were)\s+\w+\s+\w+\s+\w+$", m.group(0), re.I)
                               or (word_tag(_next_word(question, m.end())) or "").startswith("VB")) \
            and word_tag(m.group(1)) in ("NN", "NNS") and word_tag(m.group(2)) in ("NN", "NNS") \
            and m.group(2).casefold() not in STOP_WORDS | AUXILIARIES:
        # "How large is the relief *fund* ...?", "How much does a ferry *captain* earn?": a compound's last
        # noun is its head (after another auxiliary, only with a verb next: not "could the storm *cost* insurers")
        group = 2
    elif m and m.group(2) and word_tag(m.group(1).casefold()) in ("JJ", "JJS", "JJR", "IN") \
            and word_tag(m.group(2).casefold()) in ("NN", "NNS") and m.group(2).casefold() not in STOP_WORDS:
        group = 2  # "What was the lowest *body* temperature ...?", "the outside *caterer*": no adjective is one
    at = m.start(group) if m else -1
    if m and group == 1 and m.group(1).casefold().endswith("ly") and word_tag(m.group(1).casefold()) == "RB":
        # "When are the *newly* ordered trains expected ...?": an adverb is no subject; the noun it leads to is
        led_to = next((w for w in list(re.finditer(r"[\w’'-]+", question[m.end(1):]))[:3]
                       if word_tag(w.group(0).casefold()) in ("NN", "NNS")), None)
        at = m.end(1) + led_to.start() if led_to else -1
    past = re.compile(r"[\w-]*-[\w-]+\s+(\w+)").match(question, m.start(2)) if m and m.group(2) and group == 1 \
        and word_tag(m.group(1).casefold()) in ("JJ", "JJS", "JJR") else None
    if past and word_tag(past.group(1).casefold()) in ("NN", "NNS"):
        at = past.start(1)  # "What is the lowest one-way economy *fare*?": past a hyphenated modifier
    subject_terms = [t.term for t in tokens if m and t.start == at and not t.stop] \
        if m and m.group(1)[:1].islower() else []
    count = _COUNT.search(question)
    return QuestionAnalysis(question, wh, atype, head, focus, entities, tuple(tokens),
                            subject_terms[0] if subject_terms else None, tuple(terms(ex.group(1))) if ex else (),
                            _COUNTS[count.group(1).casefold()] if count else None)
