"""Typed spans in a sentence, found by rules: names, organizations, places, dates, numbers.

Each rule is general English-news knowledge: title words before a person's
name, company suffixes after an organization's, prepositions and a short list
of countries and continents for places, month and weekday names for dates.
Offsets are relative to the string passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.analyzer import CAPITAL, DEMONYMS
from qa.chunks import word_tag

#: Titles that precede a person's name (case-sensitive, as written in news text).
TITLES = frozenset("""
President Premier Representative Rep Senator Sen Secretary Minister Ambassador Chairman Chairwoman Chair
Governor Gov Mayor Mr Mrs Ms Dr Prof Professor Judge Justice General Gen Colonel Col Captain Capt Lieutenant
Admiral Sergeant King Queen Prince Princess Duke Duchess Count Countess Earl Lord Lady Sir Pope Bishop
Archbishop Cardinal Saint St Emperor Empress Chancellor Speaker Leader Director Commissioner Spokesman
Spokeswoman Spokesperson CEO Chief Officer Founder Coach Vice Deputy Press Foreign Prime Trade Defense
Defence Finance Commerce Treasury Interior Attorney Sultan Caliph Abbot Father Brother Sister Rabbi Imam
Councilman Councilwoman Councillor Councilor Alderman Sheriff Superintendent Inspector Detective Sergeant
Dean Provost Rector Trustee Treasurer Manager Chairperson Executive Economist Analyst Reverend Rev Chief
Congressman Congresswoman Assemblyman Assemblywoman Delegate Envoy Consul Magistrate Marshal Commander
Guard Forward Striker Midfielder Defender Goalkeeper Quarterback Pitcher Winger Outfielder
Shortstop Catcher Linebacker
Director-General Secretary-General Attorney-General Governor-General Inspector-General Solicitor-General
Surgeon-General Auditor-General Vice-President Vice-Chairman Vice-Chancellor Vice-Premier
""".split())
_TITLE_CONTEXT = frozenset("Trade Press Foreign Prime Defense Defence Finance Commerce Treasury Interior "
                           "Vice Deputy Chief Attorney".split())

#: Words that end (or are) an organization's name.
ORG_WORDS = frozenset("""
Corp Corporation Co Company Ltd Limited Inc Incorporated LLC LLP PLC Plc AG GmbH SA Group Holdings Committee
Lda Ltda Bhd Pty Pvt
Congress Council Parliament Senate House Administration Ministry Department Agency Bureau Commission Party
University College Institute Academy School Bank Association Union Federation League Organization
Organisation Foundation Society Church Army Navy Force Forces Court Board Authority Office Service Times Post
Journal News Press Network Airlines Motors Industries Labs Laboratories Club Brigade Police Guard Corps
Trust Fund Museum Hospital Centre Center Orchestra Team Reserve Exchange Systems Technologies Partners Chamber
""".split())
#: Words that end a company's name ("Bohemia Securities", "Bexley Capital"), but alone are
#: ordinary words ("Energy distributor Norte Rede S.A."): a name's last word after another.
ORG_SUFFIXES = frozenset("""
Securities Capital Investments Ventures Financial Insurance Airways Pharmaceuticals Pharma Energy Mining Resources
Logistics Robotics Foods Bancorp Advisors Associates Consulting Studios Media Telecom Railways Shipping Steel
Chemicals Brands Software Solutions Services Transport Construction Engineering Semiconductor Semiconductors
""".split())

#: Countries, continents and regions often named in news (a short, general list).
PLACES = frozenset("""
Andorra Angola Bahamas Barbados Belize Benin Bhutan Botswana Brunei Burundi Comoros Djibouti Dominica Eritrea
Eswatini Fiji Gabon Gambia Grenada Guinea Guyana Jamaica Kiribati Kyrgyzstan Lesotho Liberia Liechtenstein
Madagascar Malawi Maldives Mauritania Mauritius Micronesia Monaco Mozambique Namibia Nauru Nicaragua Niger Palau
Samoa Seychelles Suriname Tajikistan Togo Tonga Turkmenistan Tuvalu Vanuatu
Afghanistan Africa Albania Algeria America Americas Antarctica Argentina Arctic Armenia Asia Atlantic Australia
Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon
Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England Estonia Ethiopia
Europe Finland France Gaul Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia
Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya
Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Myanmar Nepal Netherlands
Nigeria Normandy Norway Oman Pacific Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar
Romania Russia Rwanda Scandinavia Scotland Senegal Serbia Sicily Singapore Slovakia Slovenia Somalia Spain
Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan
Venezuela Vietnam Wales Yemen Zambia Zimbabwe Beijing Washington London Paris Moscow Tokyo Berlin Rome
Brussels Seoul Delhi Jerusalem Istanbul Constantinople Byzantium Kiev Kyiv Geneva Vienna Madrid
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming
Alberta Manitoba Ontario Quebec Saskatchewan
""".split())
#: Countries (of PLACES, less its cities, regions and states; with the countries of two words):
#: another country is never a part of the one asked about.
COUNTRIES = frozenset(PLACES - set("""
Africa America Americas Antarctica Arctic Asia Atlantic Europe Pacific Scandinavia Normandy Sicily Gaul Britain
England Scotland Wales Korea Georgia Beijing Washington London Paris Moscow Tokyo Berlin Rome Brussels Seoul Delhi
Jerusalem Istanbul Constantinople Byzantium Kiev Kyiv Geneva Vienna Madrid Alabama Alaska Arizona Arkansas
California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine
Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming Alberta Manitoba Ontario Quebec Saskatchewan
""".split()) | {"United States", "U.S.", "US", "USA", "U.S.A.", "United Kingdom", "U.K.", "UK", "South Korea", "North Korea", "Saudi Arabia", "South Africa",
                 "New Zealand", "Sri Lanka", "United Arab Emirates", "Costa Rica", "Czech Republic"})
#: Political parties' members and religions, as news capitalizes them (spaCy's NORP, less
#: the nationalities, which ``qa.facts`` finds as demonyms): typed GROUP.
GROUPS = frozenset("""
Democrat Democrats Republican Republicans Labour Conservative Conservatives Tory Tories Liberal Liberals
Socialist Socialists Communist Communists Catholic Catholics Catholicism Protestant Protestants Protestantism
Christian Christians Christianity Muslim Muslims Islam Jewish Jew Jews Judaism Buddhist Buddhists Buddhism Hindu
Hindus Hinduism Sikh Sikhs Sikhism Orthodox Anglican Anglicans Lutheran Lutherans Calvinist Calvinists Sunni Shia
Shiite Pagan Pagans Paganism
""".split())
_PLACE_CUES = frozenset("City River Lake Mountains Mountain Island Islands Sea Ocean Bay Gulf Province State "
                        "County Valley Peninsula Desert Coast Strait Kingdom Republic Empire Street Avenue Road "
                        "Boulevard Highway Bridge Square Plaza Airport Stadium Arena Harbor Harbour Canal".split())

#: A common noun for a place, then "of": the name after it is that place ("the city of Lyon").
_PLACE_OF = re.compile(r"\b(?:city|town|village|island|islands|port|province|region|county|state|kingdom|republic|"
                       r"duchy|capital|district|valley|river|lake|coast|peninsula|country|hills|mountains|"
                       r"municipality|suburb) of\s+$")

#: Words before a one-word name that make it a place: "sites around Lyon", "in central Ghent".
_PLACE_BEFORE = re.compile(r"\b(?:near|around|outside|across|throughout|(?:in|of|from) (?:central|northern|southern|"
                           r"eastern|western|downtown|suburban|rural|coastal)|(?:travel|travels|traveled|travelled|"
                           r"traveling|travelling|fly|flies|flew|flown|return|returns|returned|returning|move|moves|"
                           r"moved|moving) to|arrived in|arrives in|landed in|(?:based|headquartered|located|situated) in"
                           r"(?: nearby)?|(?:in|of|from|to) nearby)\s+$", re.I)  # "an exporter based in nearby Motovun"

#: Words after which "Jan", "April" or "June" is a month, whatever follows ("In June Apple unveiled ...").
_DATE_BEFORE = "in by since until from last next this early late during".split()
MONTHS = ("January February March April May June July August September October November December "
          "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH = "|".join(MONTHS)
_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|"
            r"several|a few|half|few|many|a single|a pair of|a couple of)")
#: A compound number word: "twenty-four", "Ninety-nine".
_TENS_UNITS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = (r"(?:\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|thousand|hundred|[mbk]n?))?|" + _TENS_UNITS + "|"
        + _NUMWORD + r")")
#: Words that qualify a figure ("about", "at least"), kept in its span; optional, as a pattern string.
APPROX = r"(?:\b(?:close to|about|around|nearly|almost|roughly|some|over|more than|less than|fewer than|up to|at least|at most|approximately)\s+)?"
#: A figure with the words that qualify it, without what it counts: "about 4,800" of "about 4,800 spectators".
FIGURE = re.compile(rf"{APPROX}{_NUM}\b", re.I)

_DATE_PATTERNS = [
    # "from the start of January", "by the end of March 2027": a part of a month named
    rf"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:{_MONTH})(?:\s+\d{{4}})?\b",
    # a year of an era: "A.D. 880", "AD 1200", "400 BC", "the 3rd century B.C."
    r"(?<![\w.])(?:A\.D\.|AD)\s+\d{1,4}(?:\s*(?:and|to|-|–)\s*\d{1,4})?\b"  # "between A.D. 880 and 960"
    r"|\b\d{1,4}\s+(?:B\.C\.(?:E\.)?|BCE?\b|A\.D\.)",
    # a weekday and its date, one date: "Thursday, June 5, 2025"
    rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,\s*\d{{4}})?",
    rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,\s*\d{{4}})?",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})(?:\s+\d{{4}})?\b",
    # a bare month, not a first name before a surname ("Jan Kowalski", "April Ryan")
    rf"\b(?:early |late |mid-?)?(?:{_MONTH})(?:\s+\d{{4}})?\b(?<!\bJan)(?<!\bApril)(?<!\bJune)"
    r"|\b(?:early |late |mid-?)?(?:Jan|April|June)\b(?!\s+[A-Z][a-z])"
    # after a word that only a date follows: "In June Apple unveiled ...", "since April"
    r"|(?:" + "|".join(rf"(?<=\b{w} )" for v in _DATE_BEFORE for w in (v, v.title())) + r")(?:Jan|April|June)\b",
    r"\b\d{4}[-/]\d{2}[-/]\d{2}(?:\s+\d{1,2}:\d{2})?",
    rf"\b\d{{1,2}}(?::\d{{2}})?\s?[ap]\.m\.(?:\s+[A-Z]{{1,3}}T\b)?(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\b)?",
    rf"\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:\d)(?:\s+(?:local time|GMT|UTC|[A-Z]{{1,3}}T\b))?"  # "09:15 local time"
    rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\b)?",
    rf"\b(?:on\s+)?(?:early |late )?(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?\b",
    # "at the end of the month", "by the start of next year", "the middle of this week"
    r"\b(?:the\s+)?(?:end|start|beginning|middle|turn)\s+of\s+(?:the|this|next|last)\s+(?:week|month|year|quarter|"
    r"season|decade|century)\b",
    r"(?<!\bthe )\b(?:next|last|this|coming|previous|past)\s+(?:week|month|year|decade|century|weekend|spring|summer|"
    r"autumn|fall|winter)\b(?!\s+of\b)",  # not "the last weekend of September"
    r"\b(?:yesterday|today|tomorrow|tonight)\b",
    r"\b(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:minute|hour|inning|round|lap|period)\b",  # a point in a game
    r"\b(?:the|this|next|last|early|late|in)\s+(?:spring|summer|autumn|fall|winter)\b(?!\s+of\b)",  # "in the fall"
    r"\b(?i:in the coming (?:days|weeks|months|years))\b",
    r"\b(?:the\s+)?(?:early |late |mid-?)?\d{1,2}(?:st|nd|rd|th)(?:\s+(?:and|or|to)\s+\d{1,2}(?:st|nd|rd|th))?\s+centur(?:y|ies)\b",
    r"\b(?:the\s+)?\d{3,4}s\b",
    r"\b(?:since|in|by|until|from|before|after|around|during|of)\s+(?:the\s+year\s+)?(?:AD\s+)?\d{3,4}\b(?![,.]\d)(?!\s*%)"
    r"(?!\s+(?:votes?|seats?|points?|people|members|to\s+\d))"  # "passed by 104 votes to 81" is no year
    r"(?!\s*(?:kg|g|mg|km|cm|mm|m|lbs?|oz|mph|km/h|ha|hectares|acres|met(?:er|re)s|feet|ft|miles|tonnes|tons|"
    r"lit(?:er|re)s|gallons|degrees|°|kW|MW|GW|kWh|MWh)\b)",  # "a total of 230 kg" is no year
    r"\b(?:1[0-9]|20)\d{2}\b(?![,.]\d)(?!\s*(?:%|percent|million|billion|km|kilomet|miles?\b|met(?:er|re)s|feet|"
    r"tons|tonnes|people|men\b|women|soldiers|troops|dollars|euros|pounds|copies|words|pages|times|units))",
]
#: Currencies written after the amount ("180 million reais", "25 pence"); a country's name
#: may stand before one ("Swedish kronor", "Kenya shillings").
CURRENCY_WORDS = frozenset("dollars dollar francs kronor krona kroner krone reais pesos rupees yuan dinars euros euro "
                           "pounds sterling yen renminbi marks livres roubles rubles rupiah won rand lira liras shekels "
                           "dirhams riyals ringgit baht naira shillings zloty zlotys forint forints koruna korunas "
                           "hryvnias lei leva tenge dong kwacha cedis birr lempiras quetzales soles pence cents "
                           "crowns kronur rials taka".split())
#: "won" is a currency only after a large number or "Korean" ("3 billion won"; not "Nakamura, 36, won").
_CURRENCIES = (r"(?:(?:U\.?S\.? |(?:[A-Z][a-z]+ ){1,2})?(?:" + "|".join(sorted(CURRENCY_WORDS - {"sterling", "won", "crowns"}))
               + r")|(?:pounds )?sterling|(?<=illion )won|(?<=Korean )won|(?<=illion )crowns|(?<=\d )crowns|"
               # "48,500 won per share", "rose to 46,700 won.": won after a figure and before no noun
               r"(?<=\d )won(?=\s+(?:per|a|each|in|on|from|at)\b|[.,;)]|$)|"
               # "crowns" is money after a large amount or a country's adjective, not "has held four crowns"
               r"(?:Danish|Swedish|Norwegian|Czech|Icelandic|Faroese) crowns)\b")
#: Capitalized words a number names one of ("Forest *Road* 420", "*Flight* 370", "*Gate* 12").
_NAMED_BY_NUMBER = re.compile(r"\b(?:Road|Route|Highway|Interstate|Motorway|Freeway|Flight|Gate|Terminal|Platform|Pier|"
                              r"Berth|Room|Ward|Exit|Junction|Launch Complex|Complex|Lot|Plot|Block|Unit|Building|"
                              r"Stage|Phase|Sector|Zone|Precinct|Apollo|Article|Chapter|Section|Clause|Pad|Local)\s+$")
#: A sum opens with a currency sign, the dollar's perhaps with its country's letters ("A$19
#: million", "NZ$40 million", "US$3 billion").
_MONEY = (rf"(?:{APPROX}(?:\b[A-Z]{{1,3}}\$|[$€£¥₹₩])\s?\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|thousand|[mbk]n?)\b)?|"
          # a currency's ISO code before the sum: "CHF 145,000", "EUR 2.5 million"
          rf"{APPROX}\b(?:USD|EUR|GBP|CHF|JPY|CNY|SEK|NOK|DKK|ISK|INR|ZAR|AUD|CAD|NZD|HKD|SGD|BRL|MXN|TRY|PLN|CZK|HUF|RON|"
          rf"KES|NGN|AED|SAR|RUB|KRW|ILS|THB|MYR|IDR|PHP|ARS|CLP|COP|PEN|EGP|UAH|KZT)\s?"  # a sum, not "PHP 8", "COP 29"
          rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:million|billion|trillion|thousand|bn|m|k)\b|\d+\.\d+)|"
          # the rand's and rupee's letters, before a sum in millions or more: "R150 million", "Rs 4.5 billion"
          rf"{APPROX}\b(?:R|Rs\.?)\s?\d+(?:[.,]\d+)*\s?(?:million|billion|trillion|bn|crore|lakh)\b|"
          rf"{APPROX}{_NUM}\s+{_CURRENCIES}|"
          # a sum written as a modifier: "a 25,000-euro bonus", "a 20-million-pound deal"
          rf"{APPROX}\d+(?:[.,]\d+)*(?:-(?:million|billion|thousand))?-(?:euro|dollar|pound|yen|franc|peso|rupee|yuan)\b)")
_PERCENT = (rf"{APPROX}\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)"
            # a change in a rate: "half a percentage point", "0.25 percentage point", "25 basis points"
            rf"|\b{APPROX}(?:\d+(?:[.,]\d+)?|half a|a quarter of a|three quarters of a|a|one|two|three|four|five)"
            rf"\s+(?:percentage|basis)\s+points?\b"
            # a share as a fraction: "two-thirds", "three quarters", "one in five"
            rf"|\b{APPROX}(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)\b"
            rf"|\b{APPROX}(?:one|two|three|four)\s+(?:thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"
            rf"|\b{APPROX}(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d)\s+in\s+"
            rf"(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}(?:,\d{{3}})*)(?![\d,])"
            rf"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)")
#: Another qualifier and the noun after a number's first qualifier: "310 domestic| and international flights".
_BOTH_KINDS = re.compile(r"\s+(?:and|or)\s+([a-z][a-z-]+)\s+[a-z][a-z-]+s\b")
_NUMBER = rf"\b{APPROX}{_NUM}\b(?:\s+(?:square|cubic|metric)\s+[a-z]+|\s+(?:[a-z][a-z-]+))?"  # "60 square kilometers"
#: A temperature, below zero or not, with its scale: "minus 18 degrees Celsius", "-4°C".
_TEMPERATURE = (rf"(?:\bminus\s+|[-−](?=\d))?\b{APPROX}\d+(?:[.,]\d+)?\s*(?:degrees?\s+(?:Celsius|Fahrenheit|C|F)\b|"
                rf"°\s?[CF]?(?![a-z]))")
#: A score or a vote tally ("won 4-2", "voted 7-2").
_TALLY = r"\b\d{1,3}[-–]\d{1,3}\b(?![-–])"  # "5-2", "9–3" (an en dash)
_TIME_UNIT = (r"(?:seconds|second(?!\s+[a-z])|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
              r"generations?)")  # "a second inspection" is an ordinal
_DURATION = (rf"\b(?:\d{{1,2}}:\d{{2}}:\d{{2}}(?:\.\d+)?(?![\d:])"  # a race time: "2:03:53"
             rf"|{APPROX}(?:{_NUM}|a|an|a few|several|many)\s+(?:more\s+)?{_TIME_UNIT}"
             rf"|{_NUM}-(?:second|minute|hour|day|week|month|year|decade)(?=\s+[a-z])"  # "a three-day visit"
             rf"|(?:for\s+)?(?:years|decades|months|weeks|centuries|generations)(?=\s+(?:in the making|of|to|before|after|"
             rf"ago|later|earlier|long|now|old)\b))\b")

_WORD = rf"(?:(?:[A-Z]\.){{2,}}|[{CAPITAL}][\w’'-]*\.?)"
#: Lower-case particles inside a name: "Minera Andina del Sur", "Ludwig van der Rohe", "Dafydd ap Rhys",
#: "Khalid bin Salman", "La Ville à Vélo" (a pattern, longest first).
NAME_PARTICLES = (r"(?:van der|van den|von der|de la|de las|de los|de|del|della|di|du|des|dos|das|do|von|van|der|"
                  r"den|da|al|ap|bin|ibn|bint|ter|zu|à|au|aux)")
# and the words that join a body's name: "Bank of England", "Society for the Protection of Birds"
_CAP_SEQ = re.compile(rf"{_WORD}(?:\s+(?:(?:{NAME_PARTICLES}|of|the|for|&)\s+)?{_WORD})*")


@dataclass(frozen=True)
class Span:
    """A typed span: ``text == sentence[start:end]``; ``type`` is one of PERSON,
    ORGANIZATION, LOCATION, GROUP (a party or religion), ENTITY (a name of unknown kind), DATE,
    DURATION, MONEY, PERCENT, NUMBER."""

    start: int
    end: int
    text: str
    type: str


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim trailing punctuation (keeping abbreviation periods) and a possessive."""
    while e > s and text[e - 1] in ".,’'" and not re.search(
            r"(?:\b(?:[A-Z]\.){2,}|\b(?:Corp|Co|Ltd|Lda|Ltda|Bhd|Pty|Pvt|Inc|Jr|Sr|St|Ave|Rd|Blvd)\.)$", text[s:e]):
        e -= 1
    if text[e - 2:e] in ("’s", "'s"):
        e -= 2
    return s, e


#: Abbreviations that close a street's name ("Main St.", "Fifth Ave."); "St." before a name is a saint.
_STREET_ENDS = frozenset("St. Ave. Rd. Blvd.".split())
_PLACE_FIRST = frozenset("Lake Mount Mt Fort Port Cape Gulf Bay Isle Isla River Lake Sierra Glen Point Loch Lough".split())
_COUNTRY_NAMES = frozenset({"U.S.", "US", "U.S.A.", "USA", "U.K.", "UK", "United States", "United Kingdom",
                            "United States of America", "U.A.E.", "UAE", "New York", "New Jersey", "New Mexico",
                            "New Hampshire", "North Carolina", "South Carolina", "North Dakota", "South Dakota",
                            "Virginia", "West Virginia", "British Columbia", "Nova Scotia", "New Brunswick",
                            "United Arab Emirates", "Saudi Arabia", "South Africa", "New Zealand", "Sri Lanka",
                            "Costa Rica", "Czech Republic", "Dominican Republic", "Ivory Coast", "Hong Kong",
                            "North Korea", "South Korea", "El Salvador", "Puerto Rico", "Papua New Guinea",
                            "Bosnia and Herzegovina", "Trinidad and Tobago", "Sierra Leone", "Burkina Faso"})


#: First words of sports clubs' names before their town ("Real Madrid", "Atletico Madrid", "Dynamo Kyiv").
_CLUB_FIRST = frozenset("Real Atletico Athletic Sporting Dynamo Dinamo Inter AC FC Olympique Racing Deportivo Borussia "
                        "Lokomotiv Spartak Partizan".split())


def _classify(words: list[str], prev_word: str) -> str:
    last = words[-1].rstrip(".")
    if " ".join(words) in _COUNTRY_NAMES:
        return "LOCATION"
    if len(words) == 1 and words[0] in GROUPS or len(words) > 1 and "Party" in words:
        return "GROUP"  # "Republican", "Catholic", "the Labour Party"
    if last in ORG_WORDS or last in ORG_SUFFIXES and len(words) > 1 \
            or words[0].rstrip(".") in ("Bank", "University", "Ministry", "Department") or any(
            w in ORG_WORDS and nxt == "of" for w, nxt in zip(words, words[1:])):  # "Circuit Court of Appeals"
        return "ORGANIZATION"
    if len(words) > 1 and words[0] in _CLUB_FIRST:
        return "ORGANIZATION"  # "Real Madrid", "Dynamo Kyiv": a sports club, not the city
    if any(w in PLACES for w in words) and len(words) <= 2 or last in _PLACE_CUES or (
            words[0] in _PLACE_FIRST and len(words) > 1):
        return "LOCATION"
    if prev_word in ("in", "at", "near") and len(words) <= 3:
        return "LOCATION"
    if len(words) == 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}", words[0]):
        return "ORGANIZATION"
    return "ENTITY"


def _runs(sentence: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a capitalized sequence at a possessive ("Apple’s Irish") and after a
    place that is followed by a name ("France Marie Dubois")."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", sentence[s:e])]
    runs, first = [], 0
    for i, (ws, we) in enumerate(words[:-1]):
        w = sentence[ws:we]
        rest = [sentence[a:b].rstrip(".") for a, b in words[i + 1:]]
        cut = (w.endswith(("’s", "'s")) and not any(r in ORG_WORDS for r in rest)) or (
            w in PLACES and not any(r in ORG_WORDS or r in _PLACE_CUES for r in rest))
        if cut:
            runs.append((words[first][0], we))
            first = i + 1
    runs.append((words[first][0], words[-1][1]))
    return runs


def _names(sentence: str) -> list[Span]:
    """Capitalized-name spans, typed; a title word marks the words after it as a PERSON."""
    spans = []
    for m in _CAP_SEQ.finditer(sentence):
        for rs, re_ in _runs(sentence, m.start(), m.end()):
            s, e = _trim(sentence, rs, re_)
            words = sentence[s:e].split()
            while words and (words[0].casefold() in _LEADING_STOP  # "The", "In" at sentence start
                             or words[0].casefold() in _LEADING_PREPOSITIONS and s == 0
                             and sentence[e:e + 1] == ","  # "Under Brandt, Valdoria won": the phrase closes
                             # "Under Brazilian law, ...": a people's adjective after the opening preposition
                             or words[0].casefold() in _LEADING_PREPOSITIONS and s == 0 and len(words) == 2
                             and (words[1].casefold() in DEMONYMS or re.fullmatch(r"[A-Z][a-z]{2,}(?:an|ese|ish|i)",
                                                                                  words[1]) is not None)
                             or re.fullmatch(r"[A-Z][a-z]*(?:-[a-z]+)+", words[0])  # "Sixteen-year-old"
                             # "Afterwards Ten Hag said ...": an adverb opening the sentence
                             or s == 0 and len(words) >= 2 and word_tag(words[0].casefold()) == "RB"
                             and words[0].casefold().endswith(("ly", "wards", "while", "later", "then", "now"))
                             # "Actor Choi Dong-hyun" opening a sentence: a person noun, capitalized there
                             or s == 0 and len(words) >= 3 and words[0].casefold() in PEOPLE_NOUNS
                             and words[0] not in TITLES
                             # "Dutchman Pieter Van Dijk", "Briton Amy Hale": a people's noun, then the name
                             or len(words) >= 3 and words[0] in _NATIONALS
                             and words[1] not in _PLACE_PARTS):  # not "Dane County Circuit Court"
                s = sentence.index(words[1], s + len(words[0])) if len(words) > 1 else e
                words = words[1:]
            if not words:
                continue
            if len(words) == 1 and _OPENS.search(sentence[:s]) and (
                    word_tag(words[0].casefold()) in ("RB", "RBR", "RBS", "DT", "PDT") or words[0] in _QUANTIFIERS):
                continue  # '"... in these waters. Too many small boats ...,"': an adverb opening a sentence, no name
            prev = sentence[:s].split()[-1].casefold() if sentence[:s].split() else ""
            titled = [i for i, w in enumerate(words[:-1]) if w.rstrip(".") in TITLES]
            if words[-1].rstrip(".") in ORG_WORDS:
                titled = []  # "Saint Louis Chess Club", "Bishop Hall School": an organization's name
                of = next((k for k in (2, 3) if k + 1 < len(words) and words[k] == "of"), None)
                if of and words[0].rstrip(".") in TITLES and not any(
                        w.rstrip(".,") in ORG_WORDS | PLACES | TITLES for w in words[1:of]):
                    # "Professor Alan Whitfield of Ohio State University": a titled person, then the organization
                    name_s = s + sentence[s:e].index(words[1])
                    of_at = name_s + sentence[name_s:e].index(" of ")
                    spans.append(Span(name_s, of_at, sentence[name_s:of_at], "PERSON"))
                    org_s = sentence.index(words[of + 1], of_at + 4)
                    spans.append(Span(org_s, e, sentence[org_s:e], _classify(words[of + 1:], "of")))
                    continue
            if titled:
                t = titled[-1] + 1
                while t < len(words) - 1 and (words[t].rstrip(".") in TITLES or words[t] in ("of", "the", "for")
                                              or words[t - 1] in ("of", "the", "for") and len(words) - t > 2):
                    t += 1  # "Secretary of State John Kerry", "Associate Dean for Research Priya Raman": past the
                    # title and its department
                name_s = s + sentence[s:e].index(words[t], sum(len(w) + 1 for w in words[:t]) - 1)
                head = sentence[s:name_s].split()
                if head and head[-1].rstrip(".") not in TITLES and _classify(head, prev) == "ORGANIZATION":
                    spans.append(Span(s, name_s - 1, sentence[s:name_s - 1], "ORGANIZATION"))
                rest = sentence[name_s:e]
                place = all(w in PLACES or w in _PLACE_CUES for w in rest.split()) or (
                    words[t - 1] == "of")  # "Bishop of Bayeux", "Count of Apulia": the title's domain
                saint = words[t - 1].rstrip(".") in ("St", "Saint") and sentence[e:e + 2] in ("'s", "’s")
                kind = "ORGANIZATION" if saint else "LOCATION" if place else "PERSON"  # "St. Brendan's": a hospital
                of = rest.split().index("of") if "of" in rest.split()[2:-1] else None
                if of is not None and re.fullmatch(r"[IVX]+", rest.split()[of - 1]):
                    of = None  # "King Malcolm III of Scotland": a ruler's style, one name
                if kind == "PERSON" and of is not None:
                    # "Mayor Dale Kowalchuk of Swan Hills": a full name, then the place or body it is of (not
                    # "Robert of Jumièges", a name that is one word and its place)
                    of_at = name_s + rest.index(" of ")
                    spans.append(Span(name_s, of_at, sentence[name_s:of_at], "PERSON"))
                    after = rest.split()[of + 1:]
                    org_s = sentence.index(after[0], of_at + 4)
                    spans.append(Span(org_s, e, sentence[org_s:e], _classify(after, "of")))
                    continue
                spans.append(Span(s if saint else name_s, e, sentence[s:e] if saint else rest, kind))  # "Duke of Normandy"
                continue
            if words[-1] in _STREET_ENDS and len(words) > 1:
                spans.append(Span(s, e, sentence[s:e], "LOCATION"))  # "on Fourth St.": a street, not a saint
                continue
            if words[-1].rstrip(".") in TITLES and len(words) > 1 and not any(w in ORG_WORDS for w in words):
                # a title phrase ("U.S. Ambassador", "Foreign Minister"): its country is a place
                if words[0].rstrip(",") in _COUNTRY_NAMES or words[0] in PLACES:
                    spans.append(Span(s, s + len(words[0]), words[0], "LOCATION"))
                continue
            if len(words) > 3 and words[2] == "of" and not any(w.rstrip(".,") in ORG_WORDS | PLACES | TITLES
                                                                for w in words[:2]) and (
                    words[-1].rstrip(".") in ORG_WORDS or _ROLE_BEFORE.search(sentence[max(0, s - 40):s])):
                # "auctioneer Harriet Crane of Bellamy & Rowe Ltd.": a person, then the organization
                of_at = s + sentence[s:e].index(" of ")
                spans.append(Span(s, of_at, sentence[s:of_at], "PERSON"))
                org_words = words[3:]
                org_s = sentence.index(org_words[0], of_at + 4)
                spans.append(Span(org_s, e, sentence[org_s:e], _classify(org_words, "of")))
                continue
            kind = _classify(words, prev)
            acronym = ACRONYM_AFTER.match(sentence[e:])
            if kind == "ENTITY" and acronym and spells(" ".join(words), acronym.group(1)):
                kind = "ORGANIZATION"  # "Riverside Brendan Health (RBH)": a name given an acronym
            if kind == "ENTITY" and (_PLACE_OF.search(sentence[max(0, s - 30):s])
                                     or len(words) == 1 and _PLACE_BEFORE.search(sentence[max(0, s - 30):s])):
                kind = "LOCATION"  # "the city of Deabolis", "the island of Sicily", "in central Ghent"
            if kind == "ENTITY" and 2 <= len(words) <= 3 and (
                    _TITLE_BEFORE.search(sentence[max(0, s - 40):s])  # "Ambassador to France Marie Dubois"
                    or _ROLE_BEFORE.search(sentence[max(0, s - 40):s])  # "coach Heather Lindqvist"
                    or _ROLE_AFTER.match(sentence, e)  # "Helen Marsh, an epidemiologist"
                    or re.match(r",\s*\d{1,3},", sentence[e:])  # "Jean Fowler, 71,": an age, the news style
                    or _AGENT_BEFORE.search(sentence[max(0, s - 30):s])):  # "composer Thandeka Mbeki"
                kind = "PERSON"
            spans.append(Span(s, e, sentence[s:e], kind))
    return spans


#: Where a sentence opens: its start, an opening quotation mark, or a quoted sentence's end inside it.
_OPENS = re.compile(r"(?:^|[\"“‘(]|[.?!][\"”’]?\s)\s*$")
#: Words that count things, capitalized only where a sentence opens ("Many fans left early").
_QUANTIFIERS = frozenset("Many Few Several Much".split())


#: Lowercase nouns for what a person is or does, written before a name ("coach Heather
#: Lindqvist") or after it in an apposition ("Helen Marsh, an epidemiologist at ...").
ROLE_NOUNS = frozenset("""
coach manager player forward midfielder defender goalkeeper striker captain pitcher quarterback referee
grandmaster
spokesman spokeswoman spokesperson lawyer attorney analyst economist researcher scientist professor
epidemiologist physician doctor nurse surgeon vet veterinarian author writer novelist poet journalist reporter editor
columnist historian director executive founder chairman chairwoman chairperson president minister secretary senator
judge justice commissioner officer official chief leader teacher engineer resident mayor governor lawmaker legislator candidate prefect
activist investor owner singer actor actress artist musician commander soldier student worker farmer
driver pilot priest pastor bishop banker trader broker consultant adviser advisor aide diplomat envoy
ambassador negotiator prosecutor defendant plaintiff witness victim suspect survivor winner champion
veteran rookie mother father son daughter wife husband brother sister widow nephew niece uncle aunt
""".split())
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r")s?,?\s+$")  # "coach(,) Elena Park"
#: A lower-case noun for someone who does something, right before a name ("composer Thandeka
#: Mbeki", "wheat grower Thomas Albrecht"); not words for things ("river", "center", "water").
ER_THINGS = frozenset("river center centre border water winter summer order number quarter chapter matter letter "
                      "corner tower power paper cluster computer".split())
#: Nouns in -er/-or for companies as well as people: "energy distributor Norte Rede S.A."
ER_FIRMS = frozenset("partner member player distributor supplier manufacturer operator carrier retailer insurer "
                      "lender developer publisher broadcaster provider producer contractor owner builder exporter "
                      "importer processor refiner miner maker trader investor".split())
#: A compound in -maker/-builder names a firm by what it makes ("drugmaker Hanseong Bio",
#: "carmaker", "shipbuilder"), except these, which are people's ("filmmaker", "lawmaker").
_PEOPLES_MAKERS = "film|policy|law|play|wine|dress|peace|match|home|trouble|deal|king|body|bridge|rain|money|cheese"
_AGENT_BEFORE = re.compile(r"\b(?!(?:" + "|".join(sorted(ER_THINGS | ER_FIRMS)) + r"),?\s+$)"
                           r"(?!(?!" + _PEOPLES_MAKERS + r")[a-z]+(?:maker|builder),?\s+$)"
                           r"[a-z]{3,}(?:er|or|ist|ian),?\s+$")  # "composer Thandeka Mbeki", "Pebble's keeper, Janelle Osei"
#: A role noun and "of/at/for" after a name, with no article: "chief executive of Riverside".
_ROLE_OF = r"(?:chief\s+|vice\s+|deputy\s+)?(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\s+(?:of|at|for)\s+"
_ROLE_AFTER = re.compile(r",\s+(?:(?:a|an|the|who|whose)\b(?:\s+[\w’'-]+){0,4}?\s+(?:" + "|".join(sorted(ROLE_NOUNS))
                         + r"|\d+-year-old|was|is|had|has)\b|" + _ROLE_OF + ")")  # "Margaret Okafor, chief executive of"
#: An office given with its owner's possessive: ", Halcyon's president and chief executive," (group 1).
_OWNERS_ROLE = re.compile(r",\s+((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
                          + "|".join(sorted(ROLE_NOUNS)) + r")\b[^,.;]*)[,.;]")
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLES - _TITLE_CONTEXT)) + r")\.?\s+(?:(?:to|of|for)\s+"
                           r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+)?$")


_LEADING_STOP = frozenset("the a an in on at of for and but or if when while as by from to with after before "
                          "according meanwhile however although though this that these those his her its their "
                          "our my it he she they we i you there here back beyond another nobody everyone "
                          "everybody someone somebody anyone anybody nothing everything something none "
                          "now then still yet today yesterday tomorrow instead even just only so thus later "
                          "earlier soon once already never always often again".split())
#: Prepositions that open a sentence before a name ("Under Brandt, Valdoria won ..."); kept in a
#: company's name ("Under Armour Inc.").
_LEADING_PREPOSITIONS = frozenset("under despite during without amid among against since until through throughout "
                                  "across behind near unlike following including besides within upon via".split())


#: A man or woman of a people, written before a name ("Dutchman Pieter Van Dijk").
_NATIONALS = frozenset("Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman "
                       "Scotsman Scotswoman Welshman Welshwoman Briton Spaniard Swede Dane Icelander".split())


#: Words that make a place's name of the word before them ("Dane *County*", "Swede *Hollow*").
_PLACE_PARTS = frozenset("County Township Parish District Island Islands Bay Valley River Lake Street Road Hollow "
                         "Park Heights".split())


#: "one of the largest ...", "one of its oldest": a member of a ranked kind, not a count.
_ONE_OF_THE_MOST = re.compile(r"one\s+of\s+(?:the|its|their|his|her|our|[A-Z][\w-]*[’']s)\s+(?:\w+est|most|best|"
                              r"worst|biggest|few|first|top|leading|main)\b", re.I)
#: Verbs that help another, which no figure counts: "71 *have* been completed", "12 *will* stay".
_AUXILIARY_WORDS = frozenset("is was were are be been have has had will would can could may might must should shall "
                             "do does did".split())
#: Words after a number that are no unit of it: "averaged 18,200 last season", "3,000 each".
_NOT_A_UNIT = frozenset("last next this each every per more less fewer than over under about nearly ago earlier "
                        "later before after apiece".split())


#: What a place before "-based" goes with: a body or a maker ("a Seattle-based *operator*", "Calgary-based
#: *Borealis*"), not a thing built on software ("Linux-based routers").
_BASED_NOUNS = frozenset("company companies firm firms group groups operator operators maker makers developer developers "
                         "producer producers manufacturer manufacturers bank banks charity charities insurer insurers "
                         "lender lenders retailer retailers airline airlines carrier carriers startup start-up "
                         "business businesses organization organisation agency agencies consultancy contractor "
                         "contractors supplier suppliers chain chains owner investor investors fund funds brewer "
                         "exporter exporters importer distributor publisher club team".split())
#: A place written as a modifier: "a *Seattle*-based operator", "*Cape Town*-headquartered" (not a first word:
#: "Cloud-based software ...").
_BASED = re.compile(rf"(?<![\w-])(?:(?:The|A|An)\s+)?([{CAPITAL}][a-z]+(?:\s+[{CAPITAL}][a-z]+)?)-(?:based|headquartered)\s+"
                    rf"(?:(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(sorted(_BASED_NOUNS))})\b|[{CAPITAL}])")
#: A verb of weighing just before a figure: "weighs (roughly) 640 pounds" is a weight.
_WEIGHS = re.compile(r"\b(?:weigh|weighs|weighed|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )weighing|"
                     r"weighs in at|weighed in at)\s+(?:about |around |roughly |"
                     r"nearly |almost |some |just |more than |less than |over |under |up to )?$", re.I)


#: A capitalized number word: "Four" of "the Final Four", "One" of "Formula One".
CAPITAL_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|"
                                  r"Thousand)\b")


def _in_a_name(sentence: str, start: int) -> bool:
    """Whether the number word at ``start`` is written with a capital inside the sentence, after a
    word (not after an opening quote, a colon or a dash), in a sentence not in title case: a word
    of a name ("the Final Four", "Formula One", "the Group of Seven"), not a count."""
    if not CAPITAL_NUMBER_WORD.match(sentence, start) or not re.search(r"[\w,]\s+$", sentence[:start]):
        return False
    # not a headline's title case ("Storm Kills Four in Luzon after Landslides Bury Village"), whose small words
    # (prepositions, conjunctions, articles) alone are in lower case
    return any(word_tag(w) not in ("IN", "CC", "DT", "TO") for w in re.findall(r"\b[a-z][a-z'’-]{3,}", sentence))


def find_spans(sentence: str) -> list[Span]:
    """Typed spans of a sentence, left to right; numeric spans win over names where they overlap.

    Returns:
        Non-overlapping spans sorted by start offset.
    """
    found: list[Span] = []
    for kind, patterns in (("MONEY", [_MONEY]), ("PERCENT", [_PERCENT]), ("DURATION", [_DURATION]),
                           ("DATE", _DATE_PATTERNS), ("NUMBER", [_TALLY, _TEMPERATURE, _NUMBER])):
        for pat in patterns:
            for m in re.finditer(pat, sentence, flags=re.I if kind != "DATE" else 0):
                s, e = m.start(), m.end()
                text = m.group()
                if kind == "DATE":
                    lead = re.match(r"(?:on|since|in|by|until|from|before|after|around|during|of)\s+", text)
                    if lead:
                        s += lead.end()
                    after = re.match(r"\s+([a-z]+)", sentence[e:])
                    digits = re.fullmatch(r"\d{3,4}", sentence[s:e])
                    plural = after is not None and (word_tag(after.group(1)) == "NNS" or word_tag(after.group(1)) is None
                                                    and after.group(1).endswith("s"))  # "312 streetlights"
                    if digits and plural and (
                            len(digits.group(0)) == 3 or lead is not None and lead.group(0).startswith("of")):
                        continue  # "a hoard of 317 coins", "a crowd of 1200 fans": a count; "In 1998 voters": a year
                    if digits and len(digits.group(0)) == 3 and re.search(r"\b(?:up|down|rose|fell|climbed|dropped)\s+"
                                                                         r"from\s+$", sentence[:s], re.I):
                        continue  # "up from 860 at a one-day stoppage": the count a change starts from
                if kind == "MONEY" and re.match(r"[^£]*\bpounds?\b", text, re.I) and _WEIGHS.search(sentence, 0, s):
                    kind_here = "NUMBER"  # "weighs roughly 640 pounds": a weight, not a sum in sterling
                else:
                    kind_here = kind
                if kind == "NUMBER" and _NAMED_BY_NUMBER.search(sentence, 0, s):
                    continue  # "Forest Road 420", "Flight 370", "Gate 12": a name's number, no count
                if kind == "NUMBER" and _in_a_name(sentence, s):
                    continue  # "the Final Four's most valuable player", "Formula One": a name's word, no count
                if kind == "NUMBER" and re.search(r"\b[A-Z][\w-]*\s+No\.\s*$", sentence[:s]):
                    continue  # "Administración No. 4", "Engine No. 9": a name's number
                if kind == "NUMBER" and _ONE_OF_THE_MOST.match(sentence, s) \
                        and not re.search(r"\b(?:only|just|exactly|at\s+least|not\s+even)\s+$", sentence[:s], re.I):
                    continue  # "one of the largest wine producers": a member of a kind, no count
                if kind == "NUMBER":
                    text = text.rstrip()
                    # keep a unit noun only when it is not a function word
                    tail = re.search(r"\s+([a-z][a-z-]+)$", text)
                    if tail and (tail.group(1) in _LEADING_STOP or tail.group(1) in _AUXILIARY_WORDS
                                 or tail.group(1) in _NOT_A_UNIT  # "18,200 | last season"
                                 or word_tag(tail.group(1)) == "VBD"  # "19,340 | watched": a verb, not a unit
                                 # "two | since 2019": a preposition (a vote's "2,906 against" is a side)
                                 or word_tag(tail.group(1)) == "IN" and tail.group(1) != "against"):
                        e = s + tail.start()
                    if sentence[s:e].casefold() == "half" and (not re.match(r"\s+of\b", sentence[e:]) or re.search(
                            r"\b(?:first|second|latter|other)\s+$", sentence[:s], re.I)):
                        continue  # "the second half (of 2026)" is a period, not a number; "half of" is
                    if tail and any(f.start < e and s < f.end for f in found):
                        e = s + tail.start()  # "from 41,000 | last year": the word after is another span's
                    both = _BOTH_KINDS.match(sentence, e) if tail and e == s + len(text) \
                        and word_tag(tail.group(1)) == "JJ" else None
                    if both and word_tag(both.group(1)) == "JJ":
                        e = both.end()  # "310 domestic and international flights": the noun both qualify
                if not any(f.start < e and s < f.end for f in found):
                    found.append(Span(s, e, sentence[s:e], kind_here))
    for span in _names(sentence):
        if span.text in ("No", "Nos", "No.", "Nos.") and re.match(r"\.?\s*\d", sentence[span.end:]):
            continue  # "the state's No. 3 private employer": a rank's abbreviation, no name
        numbered = re.match(r"\.\s*\d+[A-Z]?\b", sentence[span.end:]) if span.text.endswith(" No") else None
        if numbered:  # "Administración No. 4", "Engine No. 9": the number is the name's
            span = Span(span.start, span.end + numbered.end(), sentence[span.start:span.end + numbered.end()], span.type)
        number = re.match(r"\s+\d+[A-Z]?\b", sentence[span.end:])
        if number and _NAMED_BY_NUMBER.search(span.text + " "):  # "United Chemical Workers Local 418", "Flight 370"
            span = Span(span.start, span.end + number.end(), sentence[span.start:span.end + number.end()], span.type)
        based = re.search(r"-(?:based|headquartered)$", span.text)
        if based:  # "a São Paulo-based fintech": the place it is based in, no name of its own
            lead = re.match(r"(?:The|A|An)\s+", span.text)
            at = span.start + (lead.end() if lead else 0)
            span = Span(at, span.start + based.start(), sentence[at:span.start + based.start()], "LOCATION")
        if not any(f.start < span.end and span.start < f.end for f in found):
            found.append(span)
    for m in _BASED.finditer(sentence):  # "a Seattle-based operator", "Calgary-based Borealis": where it is based
        if not any(f.start < m.end(1) and m.start(1) < f.end for f in found):
            found.append(Span(m.start(1), m.end(1), m.group(1), "LOCATION"))
    return _join_durations(sentence, sorted(found, key=lambda sp: sp.start))


#: Words before a change's amount: "from $1.50 to $2.00", "rose 0.2% to 4.1%", "cut by $3 to $40".
_CHANGED_BY = re.compile(r"\b(?:from|by|up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|"
                         r"decreased?|declined?|gain(?:ed|s)?|lost|jump(?:ed|s)?|climb(?:ed|s)?|drop(?:ped|s)?|"
                         r"slipped|slid|grew|grow|cut|cuts|raised?|lower(?:ed|s)?|soared|slumped|edged|added|trimmed|"
                         r"surged|plunged|tumbled)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", re.I)


#: A range's opening: "would range from 600 euros to 3,000 euros", "anywhere from".
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|vary|varies|varied|varying)\s+from\s+$", re.I)


def _join_durations(sentence: str, spans: list[Span]) -> list[Span]:
    """Consecutive durations are one: "2 hours 17 minutes and 3 seconds"; and a range of
    two sums or shares is one: "between $400 million and $650 million" (the span starts at
    "between"), "$85 million to $95 million" (not "from $1.50 to $2.00", a change)."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        between = re.search(r"\bbetween\s+$", sentence[:prev.start], re.I) if prev else None
        if prev and prev.type == sp.type == "DURATION" and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*",
                                                                          sentence[prev.end:sp.start]):
            out[-1] = Span(prev.start, sp.end, sentence[prev.start:sp.end], "DURATION")
        elif prev and between and prev.type == sp.type and sp.type in ("MONEY", "PERCENT") \
                and re.fullmatch(r"\s+and\s+", sentence[prev.end:sp.start]):
            out[-1] = Span(between.start(), sp.end, sentence[between.start():sp.end], sp.type)
        elif prev and prev.type == sp.type and sp.type in ("MONEY", "PERCENT") \
                and re.fullmatch(r"\s+(?:to|-|–)\s+", sentence[prev.end:sp.start]) \
                and (not _CHANGED_BY.search(sentence[:prev.start]) or _RANGING.search(sentence[:prev.start])):
            # "charges of $85 million to $95 million": a range, one answer; not "from $1.50 to $2.00" nor "rose 0.2%
            # to 4.1%", a change and where it ended
            out[-1] = Span(prev.start, sp.end, sentence[prev.start:sp.end], sp.type)
        else:
            out.append(sp)
    return out


_ROLE_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|of|to|for|the|on)$")
_ROLE_GLUE = ("the", "of", "to", "for", "on")
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})
_APPOSITION_STOP = frozenset("whether that which who and or but if as when while because the a an by in at on "
                             "from with to since after before during".split())  # not "of": "chairman of the board"


def _is_role_word(word: str) -> bool:
    w = word.rstrip(".,")
    return w in TITLES or w in ORG_WORDS or w in PLACES or word.rstrip(",") in _COUNTRY_NAMES


#: A given name romanized with a hyphen before a lower-case syllable ("Min-seo", "Ing-wen"):
#: a Korean or Chinese name, which news writes after the family name ("Choi Min-seo").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname(name: str) -> str:
    """The word of a person's full name that news uses alone for them later: the last
    ("Adam Smith" → "Smith"), or the first of a family-name-first name whose given name is
    romanized with a hyphen ("Choi Min-seo" → "Choi", "Tsai Ing-wen" → "Tsai")."""
    words = name.split()
    return words[0] if len(words) == 2 and _HYPHENED_GIVEN.fullmatch(words[1]) else words[-1]


def role_of(sentence: str, name: str) -> str | None:
    """What a sentence says a named person is: the title words before the name
    ("Trade Secretary Jane Doe") or an appositive after it ("Maria Lopez,
    the top Democrat on the committee,"). The surname alone also finds the name.

    Returns:
        The role as it stands in the sentence, or None if the sentence gives none.
    """
    last = surname(name)
    m = re.search(rf"\b{re.escape(name)}\b", sentence) or re.search(rf"\b{re.escape(last)}\b", sentence)
    if not m:
        return None
    words = sentence[:m.start()].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not _is_role_word(words[k - 1]):
        k -= 1  # given names: "Jane" in "Trade Secretary Jane Doe"
    end = k
    while k > 0 and (_ROLE_WORD.match(words[k - 1]) or words[k - 1] in ROLE_NOUNS) and not words[k - 1].endswith(","):
        k -= 1  # "Trade Secretary", "Chief executive", "executive director" (role nouns in lower case)
    while 0 < k < end and words[end - 1].casefold() in ROLE_NOUNS and end - k < 4 and words[k - 1].islower() \
            and word_tag(words[k - 1]) in ("NN", "JJ"):
        k -= 1  # "former police chief Frank Mazur": the role's modifiers in lower case
    role = words[k:end]
    while role and role[0].casefold() in _ROLE_GLUE:
        role = role[1:]
    while len(role) > 2 and not _is_role_word(role[0]) and role[1] in _ROLE_GLUE:
        role = role[2:]  # "According to White House Press Secretary"
    while role and role[-1].casefold() in _ROLE_GLUE:
        role = role[:-1]
    if [w.rstrip(".").casefold() for w in role] in (["dr"], ["mr"], ["mrs"], ["ms"], ["prof"]):
        role = []  # "Dr." is a form of address, not what the person is
    rest = re.match(r"(?:\s+[A-Z][\w’'-]*\.?)*", sentence[m.end():])  # the rest of the name: "Acme *Corp.*"
    tail = sentence[m.end() + (rest.end() if rest else 0):]
    after = re.match(r",\s+((?:the|a|an)\s+[^,.;]+)[,.;]", tail) or re.match(  # ", the top Democrat ...,"
        r",\s+(" + _ROLE_OF + r"[^,;]+?)(?=[,;])", tail) or _OWNERS_ROLE.match(tail)  # ", president of St. Brendan's,"
    before = re.search(r"((?:[\w’'-]+\s+){0,4}[\w’'-]+),\s+(?:[A-Z][\w.’'-]*\s+)*$", sentence[:m.start()])
    clause = re.split(r"[,;:]\s+", sentence[:before.start(1)] if before else "")[-1] + (before.group(1) if before else "")
    adverbial = bool(re.match(r"(?i:at|in|on|during|after|before|since|with|for|from|by|following|despite|as|"
                              r"while|when|under|over|amid|through|because|although|if|until)\b", clause.strip()))
    if not role and not after and before and not adverbial:  # "the bakery’s parent company, Acme Ltd., said"
        words = before.group(1).split()
        cut = max((i for i, w in enumerate(words) if w.casefold() in _APPOSITION_STOP - _ARTICLES), default=-1)
        words = words[cut + 1:]  # "in 1987 by [Harper's grandmother]"
        while words and words[0].casefold() in _ARTICLES | _POSSESSIVES:
            words = words[1:]  # "the [chairman of the board]", "Its [regional director]"
        return " ".join(words) if words else None
    if after and len(role) <= 1:
        return after.group(1)
    if role and any(_is_role_word(w) or w in ROLE_NOUNS for w in role):
        return " ".join(role)
    if after:
        return after.group(1)
    who = re.match(r",\s+(who\s+[^,.;]+)[,.;]", sentence[m.end() + (rest.end() if rest else 0):])
    return who.group(1) if who else None  # "Dr. Helen Park, who heads the FDA's Office of Drug Quality,"


#: Common nouns for people ("the dukes", "local farmers"): an answer to "who", if no name is.
PEOPLE_NOUNS = ROLE_NOUNS | {t.casefold() for t in TITLES if t.isalpha() and len(t) > 3} | frozenset(
    "people residents citizens settlers monks knights nobles peasants merchants traders rebels troops soldiers "
    "sailors workers voters fans police team crew researchers scientists archaeologists divers investigators "
    "volunteers fishermen farmers students groups campaigners critics opponents environmentalists unions "
    "lawmakers experts analysts protesters demonstrators marchers strikers jury jurors".split())


#: The span types that name someone or something (what an apposition to a noun gives).
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "ENTITY"})


#: An acronym in parentheses right after a name: "Riverside Brendan Health (RBH)".
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")


def spells(name: str, acronym: str) -> bool:
    """Whether the initials of a name of two or more words spell ``acronym`` ("Port Alva
    Development Corporation": PADC); "of", "the", "and", "for" and "&" are skipped
    ("Bellamy & Rowe": B&R)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'.-]*", name) if w.casefold() not in ("of", "the", "and", "for")]
    return len(words) > 1 and "".join(w[0] for w in words).upper() == acronym.replace("&", "")
