"""Text analysis shared by queries and passages: tokens, normalization, stemming.

One analyzer for both sides, so that a query term and a passage term meet:
case folding; accents folded (``Hervé`` → ``herve``); curly and straight
apostrophes alike; possessives dropped
(``Reuters’`` / ``Apple’s`` → ``apple``); hyphenated compounds split into their parts
(``U.S.-China`` → ``usa``, ``china``); numbers with separators joined
(``1,000`` → ``1000``); a small table of equivalent names for the United
States; the irregular forms of the verbs of saying (``said`` → ``say``); stop
words marked; Snowball (Porter2) stemming from ``snowballstemmer``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

#: English function words: never evidence that a sentence answers a question.
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom whose why will with would you your yours yourself
yourselves s t d ll m re ve y o shall may might must us one ones whether
""".split())

#: Words that make "own" an adjective ("*their* own", "Ruiz's own"); after others it is the verb
#: ("How much of it does she *own*?"), a content word.
_POSSESSIVES = frozenset("my your his her its our their".split())

#: Auxiliary verbs: after a question word they start the question's clause ("What *did* ...").
AUXILIARIES = frozenset("is are was were be been being do does did has have had can could will would should may "
                        "might must shall".split())
#: Question words and verbs of asking: stop words in a question, content in text.
QUESTION_WORDS = frozenset("what when where which who whom whose why how name list describe".split())

#: The capital letters a name may open with, as a character-class body: A-Z and the Latin
#: capitals with accents and strokes ("Østjysk", "Émile", "Łódź", "Žiga"), for ``[...]``.
CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())

#: Surface forms (case-folded, periods removed) read as the same entity.
EQUIVALENTS = {
    "us": "usa", "usa": "usa", "america": "usa", "american": "usa", "americans": "usa",
    "uk": "britain", "british": "britain", "un": "unitednations",
}
#: Months as news abbreviates them, with their period ("Jan.", "Sept."; AP style), read as the month.
MONTH_ABBREVIATIONS = {"Jan": "january", "Feb": "february", "Mar": "march", "Apr": "april", "Jun": "june",
                        "Jul": "july", "Aug": "august", "Sep": "september", "Sept": "september", "Oct": "october",
                        "Nov": "november", "Dec": "december"}
#: Plurals the stemmer does not join to their singular ("buses" → "buse", "bus" → "bus").
_PLURALS = {"buses": "bus", "gases": "gas"}
#: Irregular verb forms, which stemming does not join to their verb.
IRREGULAR = {"said": "say", "told": "tell", "spoke": "speak", "spoken": "speak",
             # common irregular past forms of news verbs ("met" is "meet"); "held", "bought", "gave",
             # "came" and "fled" were tried and left out: each moved a development question the wrong way
             "met": "meet", "won": "win", "began": "begin", "begun": "begin", "led": "lead", "sold": "sell",
             "paid": "pay", "built": "build", "brought": "bring", "chose": "choose", "chosen": "choose",
             "fought": "fight", "lost": "lose", "sent": "send", "spent": "spend", "struck": "strike",
             "taught": "teach", "wrote": "write", "written": "write", "grew": "grow", "grown": "grow",
             "ran": "run", "took": "take", "taken": "take", "went": "go", "gone": "go", "knew": "know",
             "threw": "throw", "thrown": "throw", "flew": "fly", "flown": "fly", "beaten": "beat",
             "drove": "drive", "driven": "drive", "rode": "ride", "sank": "sink", "sunk": "sink",
             "caught": "catch", "thought": "think", "became": "become", "kept": "keep", "stood": "stand",
             "swore": "swear", "sworn": "swear", "froze": "freeze", "frozen": "freeze", "stole": "steal",
             "stolen": "steal", "broke": "break", "broken": "break", "forgave": "forgive", "fell": "fall",
             "fallen": "fall",
             "withdrew": "withdraw", "withdrawn": "withdraw", "laid": "lay", "overtook": "overtake",
             "undertook": "undertake", "sued": "sue", "suing": "sue"}
#: Verb forms the stemmer gives the stem of another word ("finalized" → "final", the adjective's),
#: read as a verb of the same sense that keeps its own stem.
_VERB_SENSES = {w: "settle" for w in ("finalize finalizes finalized finalizing finalise finalises finalised "
                                      "finalising").split()}
# "injured" and "injuries" stem apart (injur, injuri): "Was anyone injured?" is answered by "No injuries were reported"
_VERB_SENSES.update({w: "injury" for w in "injure injures injured injuring".split()})
#: Multi-word phrases read as one token: (pattern, canonical form, needles); the pattern is
#: tried only on a text holding one of its needles (lower case), so most texts skip most
#: patterns.
_PHRASES = [
    (re.compile(r"\bUnited States(?: of America)?\b", re.I), "usa", ("united states",)),
    (re.compile(r"\bUnited Kingdom\b", re.I), "britain", ("united kingdom",)),
    (re.compile(r"\bUnited Nations\b", re.I), "unitednations", ("united nations",)),
    (re.compile(r"\b(?:chief|top) executive(?: officer)?\b", re.I), "ceo",  # "CEO" and its words meet;
     ("chief executive", "top executive")),  # news calls the chief executive the "top executive" too
    (re.compile(r"\bchief financial officer\b", re.I), "cfo", ("chief financial",)),
    (re.compile(r"\bchief operating officer\b", re.I), "coo", ("chief operating",)),
    (re.compile(r"\b(?:finance|financial) (?:chief|head)\b", re.I), "cfo", ("financ",)),  # news: "finance chief"
    (re.compile(r"\bhead offices?\b", re.I), "headquart", ("head office",)),  # the stem of "headquarters"
    (re.compile(r"\b(?:walk|walks|walked|walking) off the job\b|\b(?:go|goes|went|gone|going) on strike\b", re.I),
     "strike", ("off the job", "on strike")),  # "walked off the job" is a strike
    (re.compile(r"\b(?:take|takes|took|taken|taking) effect\b|\b(?:go|goes|went|gone|going|come|comes|came|coming|"
                r"enter|enters|entered|entering|put|puts|putting) into (?:force|effect)\b", re.I), "takeeffect",
     ("effect", "force")),
    (re.compile(r"\b(?:take|takes|took|taken|taking|assume|assumes|assumed|assuming) office\b|\b(?:sworn|swear|swears|"
                r"swearing|swore) in\b|\binaugurat(?:ed|ion)\b", re.I), "takeoffice",
     ("office", "sworn", "swear", "swore", "inaugurat")),
    (re.compile(r"\b(?:give|gives|gave|given|giving) way\b", re.I), "collaps", ("way",)),  # "the bridge gave way"
    (re.compile(r"\b(?:get|gets|got|getting|gotten)\s+under\s?way\b", re.I), "begin", ("under",)),  # "get under way"
    # "give/pay (the fees) back" is a refund, in the question and in the text alike
    (re.compile(r"\b(?:give|gives|gave|given|giving|pay|pays|paid|paying)\s+(?:[\w’'-]+\s+){0,3}?back\b", re.I),
     "refund", ("back",)),
    (re.compile(r"\b(?:media|news) outlets?\b", re.I), "media", ("outlet",)),  # not a shop
    (re.compile(r"\brunners?-up\b", re.I), "second", ("-up",)),  # "finished runner-up": second, not a runner
    # "Who speaks for Nordstar?": its spokesperson (not "speak" ~ "spokesman" everywhere)
    (re.compile(r"\b(?:speak|speaks|spoke|speaking)\s+for\b", re.I), "spokesperson", ("for",)),
    # "next fall" is a season, autumn (North American), not the verb of "enrolment fell"
    (re.compile(r"\b(?:next|last|this|in the|until|by)\s+fall\b", re.I), "autumn", ("fall",)),  # not "a late fall"
    # "came off the rails" is a derailment; "broke into the network" and "gained access to it" are one deed
    (re.compile(r"\b(?:come|comes|came|coming)\s+off\s+the\s+(?:rails|tracks?)\b", re.I), "derail", ("off the",)),
    (re.compile(r"\b(?:break|breaks|broke|broken|breaking)\s+into\b|\bbreak-ins?\b", re.I), "breakin",
     ("into", "break-in")),
    (re.compile(r"\b(?:gain|gains|gained|gaining)\s+(?:unauthori[sz]ed\s+)?access\b", re.I), "access", ("access",)),
    # "fell ill" is sickness, no fall
    (re.compile(r"\b(?:fall|falls|fell|fallen|falling)\s+(?:seriously\s+)?ill\b", re.I), "ill", ("ill",)),
    # "roll back the subsidy cut" reverses it ("would not reverse the policy")
    (re.compile(r"\b(?:roll|rolls|rolled|rolling)\s+back\b", re.I), "revers", ("back",)),
    # "Who was taken into custody?": who was arrested
    (re.compile(r"\b(?:take|takes|took|taken|taking)\s+into\s+custody\b", re.I), "arrest", ("into custody",)),
    # "Who came up with the fee increase?": who proposed it
    (re.compile(r"\b(?:come|comes|came|coming)\s+up\s+with\b", re.I), "propos", ("up with",)),
    # "declined to name them" is a refusal, not the fall of "sales declined 4%"
    (re.compile(r"\bdeclin(?:e|es|ed|ing) to\b(?=\s+[a-z])(?!\s+(?:a|an|the|its|their|about|around|just|nearly|"
                r"below|under|less|more|levels?|lows?|zero)\b)"), "refus", ("declin",)),  # not "declined to a low"
]
#: Common English phrasal verbs and set phrases, read as the one verb they mean, so that
#: "brought up" meets "raised" and "made public" meets "disclosed": (forms of the verb,
#: what follows it, the verb meant). Only the adjacent form is read ("brought the issue
#: up" is not).
PHRASAL = [
    ("make makes made making", "public", "disclose"),
    ("bring brings brought bringing", "up", "raise"),
    ("take takes took taken taking", "part", "participate"),
    ("take takes took taken taking", "place", "occur"),
    ("carry carries carried carrying", "out", "conduct"),
    ("set sets setting", "up", "establish"),
    ("in", "charge of", "lead"),  # "Who is in charge of the excavation?": "Excavation leader Sofie Lund"
    ("find finds found finding", "out", "discover"),
    ("turn turns turned turning", "down", "reject"),
    ("call calls called calling", "off", "cancel"),
    ("put puts putting", "off", "postpone"),
    ("give gives gave given giving", "up", "abandon"),
    ("step steps stepped stepping", "down", "resign"),
    ("point points pointed pointing", "out", "note"),
    ("look looks looked looking", "into", "investigate"),
    ("put puts putting", "forward", "propose"),
    ("hand hands handed handing", "over", "transfer"),
    ("break breaks broke broken breaking", "out", "begin"),
    ("pass passes passed passing", "away", "die"),
    ("wipe wipes wiped wiping", "out", "destroy"),
    ("shut shuts shutting", "down", "close"),
    ("lay lays laid laying", "off", "dismiss"),  # "laid off 40 workers": no pipe laid (lay ~ install)
    ("rule rules ruled ruling", "out", "exclude"),
    ("set sets setting", "aside", "reserve"),
]
#: The term of a phrase's token: stemmed for the phrasal verbs, so "raise" asked meets it.
#: Title abbreviations before a name ("Gov. Helen Marquez"), read as the title they stand for.
TITLE_ABBREVIATIONS = {"Gov": "governor", "Sen": "senator", "Rep": "representative", "Lt": "lieutenant",
                       "Sgt": "sergeant", "Supt": "superintendent", "Atty": "attorney", "Dr": "doctor",
                       "Prof": "professor", "Capt": "captain", "Col": "colonel", "Gen": "general", "Adm": "admiral",
                       "Cmdr": "commander", "Insp": "inspector", "Det": "detective", "Pres": "president"}
_PHRASES += [(re.compile(rf"\b{abbr}\.(?=\s+[A-Z])"), title, (abbr.casefold() + ".",))
             for abbr, title in TITLE_ABBREVIATIONS.items()]
_PHRASE_TERMS = {word: _STEMMER.stemWord(word) for word in [verb for _, _, verb in PHRASAL]
                 + list(TITLE_ABBREVIATIONS.values())}
_PHRASES += [(re.compile(rf"\b(?:{'|'.join(forms.split())}) {after}\b", re.I), verb, (f" {after}",))
             for forms, after, verb in PHRASAL]

# A token: an abbreviation with periods (U.S., D.C.), a number with separators
# (1,000 / 3.5), or a word with inner apostrophes.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:\.?['’][^\W\d_]+)*",  # "Acme Corp.'s": one word, the possessive of "Corp."
    re.UNICODE,
)


@dataclass(frozen=True)
class Token:
    """One token of a text.

    Attributes:
        surface: the characters as in the text.
        start, end: character offsets into the analyzed text.
        norm: case-folded, apostrophes and possessives normalized,
            equivalents applied (``"U.S."`` → ``"usa"``).
        term: the Snowball stem of ``norm`` (what retrieval and overlap use).
        stop: True for a stop word.
    """

    surface: str
    start: int
    end: int
    norm: str
    term: str
    stop: bool


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter2) English stem of a case-folded word."""
    return _STEMMER.stemWord(word)


def _fold_accents(word: str) -> str:
    """"hervé" → "herve", "sæther" → "saether", "łódź" → "lodz": accents dropped and the letters
    without a decomposition spelt as English writes them, so a name matches however it is typed."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_SPELT)) if not unicodedata.combining(c))


#: Letters that NFKD leaves whole, as they are spelt in plain Latin letters.
_SPELT = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l",
                        "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


@lru_cache(maxsize=65536)
def _normalize(surface: str) -> str:
    w = _fold_accents(surface.replace("’", "'").casefold())
    if w and w[0].isdigit():
        return w.replace(",", "")
    w = re.sub(r"'s$|'$", "", w)
    if "." in w:  # U.S. → us
        w = w.replace(".", "")
        return EQUIVALENTS.get(w, w)
    if surface.isupper() and len(surface) > 1:  # US, UK as acronyms, not pronouns
        return EQUIVALENTS.get(w, w)
    return EQUIVALENTS.get(w, IRREGULAR.get(w, _VERB_SENSES.get(w, _PLURALS.get(w, w)))) if w not in STOP_WORDS else w


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` with offsets, in order.

    Multi-word equivalents (``United States``) become one token spanning
    both words.
    """
    tokens: list[Token] = []
    taken: list[tuple[int, int, str]] = []
    low = text.casefold()
    for pattern, canon, needles in _PHRASES:
        if any(n in low for n in needles):
            taken.extend((m.start(), m.end(), canon) for m in pattern.finditer(text))
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        hit = next((t for t in taken if t[0] <= s < t[1]), None) if taken else None
        if hit:
            if s == hit[0]:
                canon = hit[2]
                tokens.append(Token(text[hit[0]:hit[1]], hit[0], hit[1], canon, _PHRASE_TERMS.get(canon, canon), False))
            continue
        norm = _normalize(m.group())
        if m.group() in MONTH_ABBREVIATIONS and text[e:e + 1] == ".":
            norm = MONTH_ABBREVIATIONS[m.group()]  # "In Jan., it withdrew ...": January (not "Jan Kowalski")
        stop = norm in STOP_WORDS and not (norm == "own" and not (tokens and (
            tokens[-1].norm in _POSSESSIVES or tokens[-1].surface.endswith(("'s", "’s", "s'", "s’")))))
        tokens.append(Token(m.group(), s, e, norm, norm if stop or norm[0].isdigit() else stem(norm), stop))
    return tokens


def terms(text: str, *, keep_question_words: bool = False) -> list[str]:
    """Stemmed content terms of ``text``, in order (stop words removed); a new list each
    call (the work is cached: the answerer asks for the same names and phrases often).

    Args:
        keep_question_words: keep ``what``/``who``... (off for queries).
    """
    return list(_terms(text, keep_question_words))


@lru_cache(maxsize=16384)
def _terms(text: str, keep_question_words: bool) -> tuple[str, ...]:
    return tuple(t.term for t in tokenize(text) if not t.stop or (keep_question_words and t.norm in QUESTION_WORDS))


#: Groups of words that news text uses interchangeably (stemmed on load). A
#: question term matches a sentence term of its group at ``SYNONYM_WEIGHT``.
SYNONYM_GROUPS = [
    "lead head chair helm run direct leader",
    "ambassador envoy diplomat",
    "succeed replace successor replacement",
    "agreement deal pact accord arrangement treaty contract",
    "company firm business corporation enterprise",
    "lawmaker legislator congressman congresswoman representative",
    "say tell remark note comment claim assert announce",
    "describe characterize call portray",
    "pledge commit promise vow undertake",
    "meet meeting talk discuss discussion negotiate negotiation",
    "buy purchase acquire order",
    "worry concern fear",
    "disagree dissent",
    "judge justice",
    "pupil student schoolchild",
    "disclose reveal publish release announce",
    "plane aircraft jet airplane airliner",
    "begin start commence launch",
    "need require",
    "depend hinge rely",
    "problem issue crisis trouble",
    "country nation state",
    "trip visit journey tour travel ride",
    "rise increase grow climb surge jump",
    "fall decrease drop decline",
    "fall collapse",
    "shortage scarcity lack",
    "goal aim objective purpose",
    "big large huge major",
    "biggest largest",
    "bigger larger",
    "small little minor",
    "end finish conclude",
    "finish complete",
    "die death",
    "debt owe liability",
    "shutdown closure",
    "lay install",
    "war conflict battle fight",
    "king monarch ruler",
    "kill slay murder",
    "build construct erect",
    "contract tender",  # "Which firm got the repair contract?": "won the tender with the lowest of five bids"
    "factory plant",  # "How much will the Gdansk plant cost?": "a new factory in Gdansk ... at a cost of ..."
    "sell sale",  # "When did the farmer stop selling milk?": "stopped all sales on May 14"
    "ship shipment export",
    "ship vessel boat",
    "weapon arm arsenal warhead",
    "own owner parent subsidiary",  # "Who owns Clearstream?": "Clearstream, a subsidiary of Veyra Group"
    "author writer",
    "shortage shortfall",
    "critical vital crucial essential important key",
    "control ownership",
    "settle resolv",
    "committee panel subcommittee",
    "found establish create",
    "famous renowned notable celebrated",
    "important significant",
    "cause result",
    "allow permit enable",
    "produce generate yield",
    "show demonstrate prove",
    "defeat conquer beat vanquish win",
    "capture seize catch recapture",
    "rule reign govern",
    "invade invasion attack",
    "marry married marriage wed",
    "child son daughter offspring",
    "method technique approach",
    "solve solution",
    "difficult hard",
    "define definition",
    "measure quantify",
    "category class",
    "quantity amount",
    "area region territory",
    "leader chief ceo director run manager boss",
    "city town",
    "job role position post",
    "speak talk",
    "fund finance money",
    "meal lunch",
    "delay postpone defer",
    "vet veterinarian",
    "house home",
    "probe investigation investigate inquiry",
    "ticket admission",
    "headquarters base",
    "donation contribution",
    "law statute legislation",
    "ban prohibit forbid",
    "help aid assist",
    "try attempt",
    "receive get obtain gain earn",
    "give grant award",
    "journalist reporter correspondent",
    "spectator crowd audience attendance",
    "previous last prior",
    "troop soldier",
    "fire blaze wildfire inferno",
    "approve pass adopt ratify",
    "employee worker staff",
    "strike walkout stoppage",
    "heavy weigh weight",
    "hot warm temperature",  # "How hot did it get?": "temperatures climbed to 34 degrees"
    "overhaul renovation refurbishment revamp",
    "shortfall deficit",
    "detect discover uncover notice spot",
    "operate run",
    "drugmaker pharmaceutical",
    "automaker carmaker",
    "champion winner titleholder",
    "participate involve",
    "newest latest",
    "injure injury hurt wound",
    "hacker attacker",
    "salary wage",
    "traveller traveler passenger",
    "appeal challenge",
    "fine penalty",
    "fee charge",
    "notice spot",
    "builder contractor",
    "top chief",
    "cost price",  # "the price tag of X": "its cost"
    "reduce cut slash trim",
    "shop store outlet",
    "sue lawsuit suit",
    "block stop halt",
    "refund reimburse repay",
    "shut close",
    "rival competitor bidder contender",
    "surgery operation",  # "How many planned surgeries were put off?": "postponed 23 non-urgent operations"
    "dismiss layoff",  # "Are nurses going to be laid off?": "no layoffs of nurses"
    "spokesperson spokesman spokeswoman",
    "repair mend",
    "cancel scrap",  # "scrapped 210 flights"
    "earthquake quake tremor",
    "breakin access",  # "broke into the network": "gained access" (not as the deed of a verdict: MANY_SENSES)
    "suspend suspension halt",  # "the export suspension": "will suspend most rice exports" (a freeze is no halt)
    "session meeting meet",  # "the negotiating session": "negotiators had met" (not "round": boxing, golf)
    "team club squad",  # "the club hopes to play its first match there": the team
    "game match fixture",
    "arrest detain",
    "rob steal",
    "wrongdoing misconduct impropriety",  # "Does he admit wrongdoing?": "denies any intentional misconduct"
    "bet wager gamble",  # "How much did he bet?": "he had wagered about 3 million yen"
    "own hold",  # "Does the state own a stake?": "The state holds no stake"
]
#: Determiners: the words before a noun phrase ("the", "its", "these" ...).
DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())


SYNONYM_WEIGHT = 0.8

#: A capital city stands for its country's government in news text ("talks between
#: Washington and Beijing"). Matched like synonyms, from either side.
CAPITALS = {
    "washington": "usa", "beijing": "china", "moscow": "russia", "london": "britain", "paris": "france",
    "tokyo": "japan", "berlin": "germany", "kyiv": "ukraine", "kiev": "ukraine", "seoul": "korea",
    "pyongyang": "korea", "tehran": "iran", "delhi": "india", "ottawa": "canada", "canberra": "australia",
    "brussels": "eu", "rome": "italy", "madrid": "spain", "ankara": "turkey", "jerusalem": "israel",
    "taipei": "taiwan", "hanoi": "vietnam", "riyadh": "saudi", "cairo": "egypt", "brasilia": "brazil",
}


#: A people's adjective and its country, matched like synonyms ("Irish culture" ~ "in Ireland").
DEMONYMS = {
    "irish": "ireland", "french": "france", "english": "england", "scottish": "scotland", "welsh": "wales",
    "german": "germany", "italian": "italy", "spanish": "spain", "portuguese": "portugal", "dutch": "netherlands",
    "danish": "denmark", "swedish": "sweden", "norwegian": "norway", "finnish": "finland", "polish": "poland",
    "russian": "russia", "ukrainian": "ukraine", "greek": "greece", "turkish": "turkey", "chinese": "china",
    "japanese": "japan", "korean": "korea", "indian": "india", "pakistani": "pakistan", "iranian": "iran",
    "iraqi": "iraq", "israeli": "israel", "egyptian": "egypt", "canadian": "canada", "mexican": "mexico",
    "brazilian": "brazil", "argentine": "argentina", "chilean": "chile", "australian": "australia",
    "european": "europe", "african": "africa", "asian": "asia", "swiss": "switzerland", "austrian": "austria",
    "belgian": "belgium", "hungarian": "hungary", "czech": "czechia", "cuban": "cuba", "vietnamese": "vietnam",
    "thai": "thailand", "filipino": "philippines", "indonesian": "indonesia", "nigerian": "nigeria",
    "kenyan": "kenya", "saudi": "saudi", "syrian": "syria", "afghan": "afghanistan",
    "taiwanese": "taiwan", "venezuelan": "venezuela",
    "colombian": "colombia", "peruvian": "peru", "british": "britain",
    "slovak": "slovakia", "slovenian": "slovenia", "romanian": "romania", "bulgarian": "bulgaria",
    "serbian": "serbia", "croatian": "croatia", "albanian": "albania", "bosnian": "bosnia", "estonian": "estonia",
    "latvian": "latvia", "lithuanian": "lithuania", "icelandic": "iceland", "maltese": "malta", "cypriot": "cyprus",
    "belarusian": "belarus", "moldovan": "moldova", "armenian": "armenia", "lebanese": "lebanon",
    "jordanian": "jordan", "qatari": "qatar", "omani": "oman", "kuwaiti": "kuwait", "yemeni": "yemen",
    "libyan": "libya", "moroccan": "morocco", "algerian": "algeria", "tunisian": "tunisia", "sudanese": "sudan",
    "ethiopian": "ethiopia", "somali": "somalia", "ghanaian": "ghana", "ugandan": "uganda", "tanzanian": "tanzania",
    "rwandan": "rwanda", "zambian": "zambia", "zimbabwean": "zimbabwe", "malawian": "malawi",
    "mozambican": "mozambique", "angolan": "angola", "namibian": "namibia", "senegalese": "senegal",
    "cameroonian": "cameroon", "malaysian": "malaysia", "singaporean": "singapore", "bangladeshi": "bangladesh",
    "nepali": "nepal", "nepalese": "nepal", "mongolian": "mongolia", "kazakh": "kazakhstan", "uzbek": "uzbekistan",
    "cambodian": "cambodia", "ecuadorian": "ecuador", "bolivian": "bolivia", "paraguayan": "paraguay",
    "uruguayan": "uruguay", "guatemalan": "guatemala", "honduran": "honduras", "panamanian": "panama",
    "jamaican": "jamaica",
}


def _build_synonyms() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = {stem(w) for w in group.split()}
        for s in stems:
            table.setdefault(s, set()).update(stems - {s})
    for word, country in [*DEMONYMS.items(), *CAPITALS.items()]:  # both ways: "Irish" ~ "Ireland"
        a, b = stem(word), country if country == "usa" else stem(country)
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in table.items()}


SYNONYMS = _build_synonyms()


#: A people's adjective and its country, stemmed, both ways ("irish" <-> "ireland").
_NATIONALITY = {a: b for x, y in DEMONYMS.items() for a, b in ((stem(x), stem(y)), (stem(y), stem(x)))}


#: The endings that make a people's adjective of a place's name ("Faroe" → "Faroese", "Kenya" → "Kenyan",
#: "Nepal" → "Nepali", "Iceland" → "Icelandic", "Bavaria" → "Bavarian").
_DEMONYM_ENDINGS = ("ese", "se", "ian", "ean", "an", "n", "i", "ish", "ic")


#: Country names, lower case, for ``demonym_of`` (a longer name that the word begins with wins).
_PLACE_WORDS = frozenset("nigeria niger dominica dominican guinea sudan congo samoa korea georgia".split())


def demonym_of(word: str, place: str) -> bool:
    """Whether ``word`` is the people's adjective of ``place`` by its form (both lower case, as
    written): the place's name, or all of it but its last letter, and a demonym ending ("faroese"
    of "faroe", "mexican" of "mexico"); only for places of four letters or more."""
    if any(word.startswith(other) and len(other) > len(place) for other in _PLACE_WORDS if other.startswith(place)):
        return False  # "nigerian" is of Nigeria, not Niger; "dominican" of the Dominican Republic
    return len(place) >= 4 and word != place and any(
        len(cut) >= 4 and word.startswith(cut) and word[len(cut):] in _DEMONYM_ENDINGS for cut in (place, place[:-1]))


def same_place(term: str) -> str | None:
    """The stemmed country of a people's adjective, or the adjective of a country; None
    for other terms (unlike ``synonyms``, a capital is not its country)."""
    return _NATIONALITY.get(term)


@lru_cache(maxsize=65536)
def synonyms(term: str) -> frozenset[str]:
    """Stemmed terms equivalent to a stemmed term (without the term itself), and for a holder
    of an office or a state, its noun in -ship either way ("leader" ~ "leadership", "owner" ~
    "ownership"; ``_SHIP_HOLDERS``: not "court" ~ "courtship", "dealer" ~ "dealership")."""
    found = SYNONYMS.get(term, frozenset())
    if term.endswith("ship") and term[:-4] in _SHIP_HOLDERS:
        return found | {term[:-4]}
    return found | {term + "ship"} if term in _SHIP_HOLDERS else found


#: Stemmed holders whose office or state is the noun in -ship: the leader and the leadership.
_SHIP_HOLDERS = frozenset(stem(w) for w in "leader owner member partner champion citizen chairman chairwoman sponsor "
                          "editor fellow".split())
