"""What the answerer knows about a corpus's sentences, computed on first use and cached.

* typed spans of a sentence (``qa.entities``), with a bare surname promoted to
  PERSON when the document names that person in full ("Lopez" after "Maria Lopez"),
  and words capitalized only by their position dropped;
* who a sentence's leading pronoun or opening quote refers to: the first person
  named in the nearest earlier sentence (at most three back) that names one;
* a BM25 index with one sentence per passage.

Nothing is computed for a sentence until a question needs it, so a large corpus
loads fast and its first answer costs little more than the next.
"""

from __future__ import annotations

import re
from functools import cached_property

from qa.amounts import earlier_value
from qa.analyzer import CAPITAL, DEMONYMS, STOP_WORDS, Token, terms, tokenize
from qa.chunks import common_word, word_tag
from qa.corpus import Corpus
from qa.entities import (
    _LEADING_STOP,
    ACRONYM_AFTER,
    CAPITAL_NUMBER_WORD,
    NAME_PARTICLES,
    NAME_TYPES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACES,
    ROLE_NOUNS,
    TITLES,
    Span,
    find_spans,
    role_of,
    spells,
    surname,
)
from qa.retriever import Retriever
from qa.sentences import is_dateline
from qa.types import Passage, Sentence

#: A sentence that opens with a pronoun or a quotation mark leans on an earlier one.
PRONOUN_START = re.compile(r"^(?:[“\"‘']\s*)?(He|She|They|It|His|Her|Their|This|That|These|Those|"
                           r"The \d{1,3}-year-old|"  # news calls a person named before "the 24-year-old"
                           # "The Italian, 56, took over ...", "The Briton, 31, ...": a people's noun and an age
                           r"The [A-Z][a-z]+(?=,\s*\d{1,3},))")
#: PRONOUN_START's people's-noun opener ("The Italian"), which stands for one person only when one is named before.
_PEOPLES_NOUN = re.compile(r"The [A-Z][a-z]+")
#: A sentence opening with an unnamed person: "A 17-year-old from Piha", "A local fisherman".
_UNNAMED_PERSON = re.compile(r"(?:An?|One)\s+(?:[\w’'-]+\s+){0,3}?(?:\d+-year-old|man|woman|boy|girl|teenager|"
                             r"fisherman|farmer|resident|student|driver|hiker|worker|mother|father|pensioner|"
                             r"nurse|doctor|teacher|volunteer|swimmer|climber|cyclist|runner|skier)\b")
#: A name inside an apposition's phrase ("Patricia Holder, a nurse *at the* Sargeant Village Polyclinic,
#: said"): the one who said it is the person the phrase describes.
_IN_APPOSITION = re.compile(r",\s+(?:an?|the)\s+[^,]*\b(?:at|of|for|from|with|in)\s+(?:the\s+)?$")
#: A demonstrative before a common noun: "*That hoard* was bought ...", "These *workers* ...".
_DEMONSTRATIVE_NOUN = re.compile(r"(?:This|That|These|Those)\s+([a-z]+)\b")
_DEMONYM = re.compile(r"(?:ese|ian|ean|ish|an|i)$")
_GENDERED = re.compile(r"^(?:[“\"‘']\s*)?(He|She|His|Her)\b")
#: A pronoun of a person inside a sentence, and a quotation (whose pronouns are the speaker's).
_LATER_PRONOUN = re.compile(r"(?:,|\b(?:and|but|though|although|because|while|as|when|after|before|since|so|"
                            r"that))\s+(he|she)\s+[a-z]+", re.I)  # the subject of a clause after the name's
#: A quotation's tag by pronoun, right after the closing mark: '...,” *he said*', '...?" *she asked*'.
_QUOTE_TAG = re.compile(r"[,.?!]\s*[”\"]\s+(he|she)\s+(?:said|says|added|asked|told|wrote|explained|noted|"
                        r"insisted|warned|argued|replied)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|‘[^’]*’(?=[\s,.;:!?]|$)")
_FEMALE_TITLES = frozenset("Mrs Ms Miss Queen Princess Duchess Countess Lady Empress Chairwoman Congresswoman "
                           "Councilwoman Spokeswoman Sister".split())
_GENDER_TITLE = re.compile(r"\b(Mrs|Ms|Miss|Mr|Queen|King|Princess|Prince|Duchess|Duke|Countess|Lady|Lord|Empress|"
                           r"Emperor|Chairwoman|Chairman|Congresswoman|Congressman|Councilwoman|Councilman|"
                           r"Spokeswoman|Spokesman|Sister|Brother)\.?\s+((?:[A-Z][\w’'-]+\s?){1,3})")
#: Last words of public bodies' names, which "the company" does not stand for.
_PUBLIC_BODIES = frozenset("Commission Ministry Department Agency Authority Court Council Police Committee Congress "
                           "Parliament Senate House Administration Bureau Office Government Service Regulator".split())
#: A definite description that stands for an organization named earlier ("the company").
ORG_NOUNS = frozenset("company firm group business corporation chipmaker automaker carmaker planemaker drugmaker "
                      "maker retailer lender bank insurer airline carrier startup club team".split())
#: The words of ORG_NOUNS for a business: a team, a club or a group may also be a town's or a
#: delegation's.
BUSINESS_NOUNS = ORG_NOUNS - {"group", "club", "team"}
#: A bare title before a name, opening a sentence or after "said": "Chief executive Rosalind
#: Achebe said ...", '"...," said chief executive Graham Oduya'.
_BARE_TITLE = re.compile(r"(?:^|\b(?:said|says|added)\s+)(?i:chief executive|managing director|president|chairman|"
                         r"chairwoman|chair|director|executive director)\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?[A-Z][a-z]")
#: A sentence opening with a possessive pronoun for an organization: "Its director, ...".
_ITS_START = re.compile(r"\s*(?:Its|Their)\b")
#: "the authority", "the festival's": a definite description by a common noun.
_THE_WORD = re.compile(r"\b[Tt]he ([a-z]{3,})\b")
#: Nouns of a definite description that are no name's head worth resolving (ORG_NOUNS have their own rule).
_NOT_HEADS = frozenset(w.capitalize() for w in ORG_NOUNS)
#: ("The Osaka-based company", "the state-owned firm": one such modifier between.)
DEFINITE_ORG = re.compile(rf"\b[Tt]he (?:[\w.’'-]+-(?:based|owned|run|listed|headquartered)\s+)?"
                          rf"(?:{'|'.join(sorted(ORG_NOUNS, key=len, reverse=True))})\b")

#: Verbs that report speech ("said", "told", "warned"...).
_SPEECH_VERB = (r"(?:said|says|say|told|tells|tell|warned|warns|claimed|claims|argued|argues|added|adds|announced|"
                r"announces|stated|states|noted|notes|described|describes|acknowledged|confirmed|insisted|remarked|"
                r"commented|explained|wrote|asked|asks|replied|urged|predicted|suggested)")
#: A sentence that reports speech: a quotation mark, a verb of saying, or "according to".
REPORTS_SPEECH = re.compile(r"[“”\"]|\b(?:" + _SPEECH_VERB + r"|according to|cited|cites)\b", re.I)
# "Smith said", "Smith, the top Democrat on the committee, told ...": matched just after a name.
_SAYS_AFTER_NAME = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})?"
                              r"(?:(?:,[^,]{0,120}){1,3},|,)?\s+(?:\w+ly\s+|has\s+|had\s+|also\s+)?" + _SPEECH_VERB
                              + r"\b")  # "Tillman, 58, who runs a drugstore, said"; "Whitfield of Ohio State said"
# "..., said Smith", "according to Vice Premier Li": matched just before a name.
# "According to City Hall Press Secretary Maria Ortiz": up to five words of title between
#: The verbs of saying that go before their speaker (", said Okafor", ", added Li"); the others take a name
#: after them as their object ("confirmed Mayor Patricia Voss as the winner", "told Okafor", "urged Li").
_SAYS_INVERTED = (r"(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|remarked|replied|commented|"
                  r"warned|warns|insisted|argued|argues|stated|continued|recalled|"
                  # verbs that may take an object go before their speaker only right after a quote or a comma
                  # ("“The vote was rigged,” claimed Ana Costa"; not "a recount confirmed Mayor Voss as the winner")
                  r"(?<=[,”\"’?!]\s)(?:claimed|claims|acknowledged|predicted|suggested|asked|asks|confirmed|"
                  r"announced|described))")
_SAYS_BEFORE_NAME = re.compile(r"\b(?:" + _SAYS_INVERTED + r"|[Aa]ccording to)\s+(?:(?!that\b|whether\b|if\b)[a-z]+\s+)"
                               r"{0,3}(?:[A-Z][a-z]+\.?\s+){0,5}$")  # "Vice Premier", "the company's"
#: The stemmed terms of role nouns and titles: a sentence without one names no role's holder
#: (``Facts.role_holders``), and only they are its keys.
HOLDER_TERMS = frozenset(t for w in ROLE_NOUNS | TITLES for t in terms(w)) | frozenset(
    terms("chief executive officer, chief financial officer, chief operating officer"))  # ceo, cfo, coo: one token
#: Sentences of a document searched for a person's full name (the first ones holding it).
MAX_NAME_SCAN = 60

Key = tuple[str, int]


#: A relative clause for a thing, not a person, right after a name: "Halvorsen, which ...".
_WHICH_AFTER = re.compile(r",\s+which\b")


def is_demonym(sp: Span, sentence: str) -> bool:
    """A nationality or regional adjective before a noun ("Chinese leaders", "European firms")."""
    after = re.match(r"\s([a-z]+)", sentence[sp.end:])
    words = sp.text.split()
    last = words[-1]
    if len(words) == 2 and words[0] in _COMPASS:  # "South Korean", "West African"; not "North Miami"
        return sp.type == "ENTITY" and (last.casefold() in DEMONYMS or last.endswith(("ican", "ese"))) \
            and after is not None \
            and after.group(1) not in STOP_WORDS
    return (sp.type == "ENTITY" and len(words) == 1
            and (bool(_DEMONYM.search(last)) or last.casefold() in DEMONYMS)  # "Dutch", "French", "Swiss"
            and after is not None and after.group(1) not in STOP_WORDS)  # not "Duncan as a hostage"


#: Words before a people's adjective that make one of two words ("*South* Korean", "*West* African").
_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())


def _positional(sp: Span, sentence: str) -> bool:
    """A one-word ENTITY capitalized only because it opens the sentence ("Meanwhile, ...")."""
    if sp.type != "ENTITY" or " " in sp.text:
        return False
    following = sentence[sp.end:sp.end + 2]
    return (not sentence[:sp.start].rstrip(" “\"‘'") and (following[:1] in ",;:" or following[1:2].islower())
            and not is_demonym(sp, sentence))


def looks_like_name(text: str) -> bool:
    """Two or three capitalized words, letters only (each part of a hyphenated one capitalized:
    "Anne-Claire Moreau"), perhaps with a particle between them ("Dafydd ap Rhys",
    ``qa.entities.NAME_PARTICLES``): the shape of a person's name."""
    words = [w for i, w in enumerate(text.split())
             if not (0 < i < len(text.split()) - 1 and re.fullmatch(NAME_PARTICLES, w))]
    return 2 <= len(words) <= 3 and all(p[:1].isupper() and p.isalpha() for w in words for p in w.split("-")) \
        and not any(CAPITAL_NUMBER_WORD.fullmatch(w) for w in words)  # "Class One", "Final Four": no one's name


def is_person(sp: Span) -> bool:
    """A PERSON span, or an untyped name shaped like a person's (see ``_person_like``)."""
    return sp.type == "PERSON" or sp.type == "ENTITY" and _person_like(sp.text)


def _person_like(name: str) -> bool:
    """A name's shape with no organization or place word: likely a person whose title
    the rules do not know ("Engineer Marcus Bell")."""
    return looks_like_name(name) and not any(w in ORG_WORDS or w in PLACES for w in name.split())


#: A noun for an organization right before a name, which names it: "the state road *company* Drumovi Srbije",
#: "*utility* Vestkyst Energi" (not a person, whatever its shape).
_AFTER_ORG_NOUN = re.compile(r"\b(?:" + "|".join(sorted(ORG_NOUNS | {"utility", "agency", "union", "association",
                                                                      "federation"}))
                             + r")\s+$")


#: A bare sum compared with money in the same sentence is money too: "210 million euros ...,
#: compared with *185 million* a year earlier".
_BARE_SUM = re.compile(r"(?:about |nearly |almost |some )?\d[\d,.]*\s+(?:million|billion|trillion)")


def _before_noun(text: str, end: int) -> bool:
    """Whether a common noun follows ``end`` ("Cycladic *island*"): the name before it modifies it."""
    nxt = re.match(r"\s+([a-z]+)", text[end:])
    return nxt is not None and (word_tag(nxt.group(1)) or "").startswith("NN")


class Facts:
    """Lazily computed facts about one corpus's sentences (see the module docstring)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._raw: dict[Key, list[Span]] = {}
        self._spans: dict[Key, list[Span]] = {}
        self._tokens: dict[Key, list[Token]] = {}
        self._referent: dict[Key, tuple[Sentence, str] | None] = {}
        self._full: dict[tuple[str, str], str | None] = {}
        self._places: dict[tuple[str, str], bool] = {}
        self._lower: dict[str, set[str]] = {}
        self._inside: dict[str, set[str]] = {}
        self._words: dict[tuple[str, int], dict[str, str]] | None = None
        self._holders: dict[str, dict[str, set[str]]] = {}
        self._doc_terms: dict[str, frozenset[str]] = {}
        self._genders: dict[str, set[str]] | None = None
        self._implied: dict[Key, frozenset[str]] = {}
        self._capitalized: dict[str, str] | None = None
        self._acronyms: dict[str, dict[str, frozenset[str]]] = {}
        self._years: dict[str, int | None] = {}
        self._named_words: dict[tuple[str, str], bool] = {}
        self._datelines: dict[str, list[Sentence]] = {}

    @cached_property
    def sentence_retriever(self) -> Retriever:
        """BM25 over single sentences, in ``Corpus.all_sentences()`` order."""
        return Retriever([Passage(f"{x.doc}#{x.index}", x.doc, (x,)) for x in self.corpus.all_sentences()],
                         self.corpus.terms_of)

    @cached_property
    def position(self) -> dict[Key, int]:
        """A sentence's row in ``sentence_retriever``."""
        return {(x.doc, x.index): i for i, x in enumerate(self.corpus.all_sentences())}

    def tokens(self, s: Sentence) -> list[Token]:
        """The sentence's tokens."""
        key = (s.doc, s.index)
        if key not in self._tokens:
            self._tokens[key] = tokenize(s.text)
        return self._tokens[key]

    def _raw_spans(self, s: Sentence) -> list[Span]:
        key = (s.doc, s.index)
        if key not in self._raw:
            self._raw[key] = find_spans(s.text)
        return self._raw[key]

    def full_name(self, doc: str, name: str) -> str | None:
        """The longest PERSON name in the document that ends with ``name`` (a surname or a
        full name), or None if the document names no such person. A bare surname ``name``
        also completes an untitled name shaped like a person's ("Weber" → "Jonas Weber"):
        news calls people by their last name, organizations and places by their first; not
        when it is the place of the story's dateline ("Millbrook" is no "Safe Streets
        Millbrook")."""
        key = (doc, name)
        if key not in self._full:
            best = None
            holding = [x for x in self.corpus.sentences[doc] if name in x.text][:MAX_NAME_SCAN]
            place = " " not in name and bool(terms(name)) and set(terms(name)) <= self.dateline_terms(doc)
            for x in holding:
                for sp in self._raw_spans(x):
                    untitled = (" " not in name and not place and sp.type == "ENTITY" and _person_like(sp.text)
                                and self._first_name_like(doc, sp.text.split()[0]))
                    if (sp.type == "PERSON" or untitled) and (sp.text == name or surname(sp.text) == name
                                                               or sp.text.endswith(" " + name)):
                        best = sp.text if best is None or len(sp.text) > len(best) else best
            self._full[key] = best
        return self._full[key]

    def datelines(self, doc: str) -> list[Sentence]:
        """A document's dateline lines ("PORTLAND, Maine (AP) —"), metadata lines of their
        own (``qa.sentences.is_dateline``); usually one, often none (cached)."""
        if doc not in self._datelines:
            self._datelines[doc] = [x for x in self.corpus.sentences[doc] if x.kind == "meta" and is_dateline(x.text)]
        return self._datelines[doc]

    def dateline_terms(self, doc: str) -> frozenset[str]:
        """Stemmed terms of a document's dateline ("PORTLAND, Maine (AP) —"): the place the
        whole story is told from."""
        return frozenset(t for x in self.datelines(doc) for t in self.corpus.sentence_terms[(x.doc, x.index)])

    def names_with(self, doc: str, word: re.Pattern[str]) -> bool:
        """Whether a document names something (a span of a name type) whose name holds ``word``
        ("Dane County Circuit *Court*"); cached per document and pattern."""
        key = (doc, word.pattern)
        if key not in self._named_words:
            self._named_words[key] = any(sp.type in NAME_TYPES and word.search(sp.text)
                                         for x in self.corpus.sentences[doc] for sp in self.spans(x))
        return self._named_words[key]

    def publication_year(self, doc: str) -> int | None:
        """The year a document was published: from its date or timestamp line, else from its
        dateline ("NEWARK, New Jersey, May 20, 2024 (Wire) -"); None when neither gives one
        (cached)."""
        if doc not in self._years:
            d = self.corpus.documents[doc]
            lines = [f"{d.date or ''} {d.published or ''}"] + [x.text for x in self.datelines(doc)]
            found = next((m for line in lines if (m := re.search(r"\b(1\d{3}|20\d{2})\b", line))), None)
            self._years[doc] = int(found.group(1)) if found else None
        return self._years[doc]

    def document_terms(self, doc: str) -> frozenset[str]:
        """Every stemmed term of a document's sentences."""
        if doc not in self._doc_terms:
            self._doc_terms[doc] = frozenset(t for x in self.corpus.sentences[doc]
                                             for t in self.corpus.sentence_terms[(x.doc, x.index)])
        return self._doc_terms[doc]

    def role_holders(self, doc: str) -> dict[str, set[str]]:
        """For each role the document gives a person by title or apposition ("Mayor Sandra
        Okafor", "Helen Gow, the chief executive,"), the stemmed term of the role's last word
        and the stemmed terms of the holders' names: {"mayor": {"sandra", "okafor"}}.
        Computed once per document."""
        if doc not in self._holders:
            found: dict[str, set[str]] = {}
            for s in self.corpus.sentences[doc]:
                if not HOLDER_TERMS.intersection(self.corpus.sentence_terms[(s.doc, s.index)]):
                    continue  # no role or title word: no holder (and no spans to compute on a long text)
                for sp in self.spans(s):
                    if sp.type != "PERSON":
                        continue
                    role = role_of(s.text, sp.text)  # "U.S. Ambassador to China": the ambassador
                    head = re.split(r"\s+(?:to|on|of|for|at|in)\s+", role)[0].split()[-1] if role else ""
                    if head.casefold() in ROLE_NOUNS or head in TITLES:  # a known role, not "Karp reductions"
                        found.setdefault(terms(head)[0], set()).update(terms(sp.text))
            self._holders[doc] = found
        return self._holders[doc]

    def words_like(self, word: str) -> dict[str, str]:
        """The corpus's words (case-folded, four letters or more) that start with the same
        letter as ``word`` and are at most one letter longer or shorter, each with its
        term: the candidates for a misspelt ``word`` (index built once, on first use)."""
        if self._words is None:
            self._words = {}
            for doc in self.corpus.documents.values():
                for w in set(re.findall(r"\b[^\W\d_]{4,}\b", doc.text)):
                    low = w.casefold()
                    found = terms(low)
                    if found:
                        self._words.setdefault((low[0], len(low)), {})[low] = found[0]
        out: dict[str, str] = {}
        for n in (len(word) - 1, len(word), len(word) + 1):
            out.update(self._words.get((word[:1], n), {}))
        return out

    def restore_case(self, question: str) -> str:
        """A question typed all in lower case with the corpus's capitals put back on the
        words the corpus only ever writes capitalized ("who is smith?" → "who is Smith?"),
        so that its names are read as names; any other question unchanged."""
        if any(ch.isupper() for ch in question):
            return question
        if self._capitalized is None:
            lower = set().union(*(self._lower_words(doc) for doc in self.corpus.documents))
            forms: dict[str, str] = {}
            for doc in self.corpus.documents.values():
                for w in re.findall(rf"\b[{CAPITAL}][\w’'-]*", doc.text):
                    forms.setdefault(w.casefold(), w)
            self._capitalized = {k: v for k, v in forms.items() if k not in lower and k not in STOP_WORDS}
        table = self._capitalized
        return re.sub(r"\b[\w’'-]+", lambda m: table.get(m.group(0), m.group(0)), question)

    def _name_at_start(self, s: Sentence, sp: Span) -> bool:
        """A capitalized word opening a sentence that is a name, not an ordinary word the
        position capitalized: the document never writes it in lower case, it is no
        function word, -ly adverb or plural, and no comma follows it ("Microsoft bought
        ...", not "Meanwhile, ...", "Separately the ..." or "Officials said ..."), and not a
        word the tagger's lexicon knows as an ordinary one unless the document also
        capitalizes it inside a sentence ("Consumer prices rose", not "Apple said")."""
        word = sp.text
        return (not s.text[sp.end:sp.end + 1] == "," and word.casefold() not in _LEADING_STOP | STOP_WORDS
                and not word.endswith(("ly", "s")) and self._first_name_like(s.doc, word)
                and (word in self._capitals_inside(s.doc) or not common_word(word)))

    def _capitals_inside(self, doc: str) -> set[str]:
        """Capitalized words a document writes inside a sentence, after a lower-case word or
        a comma, where only a name is capitalized (cached)."""
        if doc not in self._inside:
            self._inside[doc] = set(re.findall(rf"(?<=[a-z,] )[{CAPITAL}][\w’'-]*", self.corpus.documents[doc].text))
        return self._inside[doc]

    def _first_name_like(self, doc: str, word: str) -> bool:
        """A word that may be a first name: the document never writes it in lower case
        ("Early Norman" is not a person: "early" is an ordinary word)."""
        return word.casefold() not in self._lower_words(doc)

    def _lower_words(self, doc: str) -> set[str]:
        """The words a document writes in lower case (cached)."""
        if doc not in self._lower:
            self._lower[doc] = set(re.findall(r"\b[a-z][a-z’'-]*\b", self.corpus.documents[doc].text))
        return self._lower[doc]

    def _surname_used(self, doc: str, surname: str) -> bool:
        """True when the document uses ``surname`` alone as a name (not "the Pioneers"), and
        it is not shaped like a nationality ("Norman French", "Early Norman")."""
        key = (doc, "\0" + surname)
        if _DEMONYM.search(surname) or surname.endswith("ch"):
            return False
        if key not in self._full:
            found = None
            for x in [x for x in self.corpus.sentences[doc] if surname in x.text][:MAX_NAME_SCAN]:
                if any(sp.text == surname and not x.text[:sp.start].rstrip().endswith(("the", "The"))
                       for sp in self._raw_spans(x)):
                    found = surname
                    break
            self._full[key] = found
        return self._full[key] is not None

    def _a_place(self, doc: str, word: str) -> bool:
        """Whether the document writes ``word`` as a place ("in Corran", "from Corran"): then
        "its Corran site" is the place's, not a people's adjective ending like one."""
        key = (doc, word)
        if key not in self._places:
            place = rf"\b(?:in|at|from|near|outside|to)\s+(?:nearby\s+|neighbou?ring\s+|central\s+)?{re.escape(word)}\b"
            ends = r"(?=\s*[,.;:)—]|\s+(?:and|or|on|in|at|to|for|with|by|was|is|has|had|which|where|who)\b)"
            self._places[key] = re.search(place + ends, self.corpus.documents[doc].text) is not None
        return self._places[key]

    def spans(self, s: Sentence) -> list[Span]:
        """Typed spans of a sentence, surnames promoted to PERSON, positional capitals dropped."""
        key = (s.doc, s.index)
        if key not in self._spans:
            out = []
            for sp in self._raw_spans(s):
                if sp.type == "ENTITY" and " " not in sp.text and self.full_name(s.doc, sp.text) \
                        and not _WHICH_AFTER.match(s.text, sp.end):  # "Halvorsen, which ...": the company
                    out.append(Span(sp.start, sp.end, sp.text, "PERSON"))
                elif (sp.type == "ENTITY" and _person_like(sp.text) and self._first_name_like(s.doc, sp.text.split()[0])
                      and self._surname_used(s.doc, surname(sp.text))):
                    out.append(Span(sp.start, sp.end, sp.text, "PERSON"))  # "Jonas Weber", later "Weber"
                elif sp.type == "ENTITY" and _person_like(sp.text) and _AFTER_ORG_NOUN.search(s.text, 0, sp.start) \
                        and not re.match(r"\s+[a-z]+ed\b", s.text[sp.end:]):  # "The firm Maria Lindqvist founded"
                    out.append(Span(sp.start, sp.end, sp.text, "ORGANIZATION"))  # "the road company Drumovi Srbije"
                elif is_demonym(sp, s.text) and (sp.text.casefold() in DEMONYMS or not self._a_place(s.doc, sp.text)):
                    out.append(Span(sp.start, sp.end, sp.text, "DEMONYM"))
                elif not _positional(sp, s.text) or self._name_at_start(s, sp):
                    out.append(sp)
            money = [sp for sp in out if sp.type == "MONEY"]
            out = [Span(sp.start, sp.end, sp.text, "MONEY")
                   if money and sp.type == "NUMBER" and _BARE_SUM.fullmatch(sp.text)
                   and earlier_value(s.text, sp) else sp for sp in out]
            self._spans[key] = out
        return self._spans[key]

    def referent(self, s: Sentence) -> tuple[Sentence, str] | None:
        """(the sentence naming the person, their full name) for a sentence that opens
        with a pronoun, or with a quote whose speaker it does not name (“...,” Ruiz said
        names her); None otherwise or when no earlier sentence names one."""
        key = (s.doc, s.index)
        if key not in self._referent:
            found = None
            quote = s.text[:1] in "“\"‘" and not PRONOUN_START.match(s.text)
            thing = _DEMONSTRATIVE_NOUN.match(s.text)  # "That hoard was bought ...": a thing, not a person
            if thing and (thing.group(1) in PEOPLE_NOUNS or (word_tag(thing.group(1)) or "").startswith(("VB", "MD"))):
                thing = None  # "That official said ...", "This is ...": may be a person
            pronoun = PRONOUN_START.match(s.text)
            if pronoun and pronoun.group(1) == "It":
                pronoun = None  # "It was damaged in 1945": a thing, never a person
            if pronoun and pronoun.group(1) in ("This", "That", "These", "Those") and s.text[:1] in "“\"‘'" \
                    and self._named_speakers(s):
                pronoun = None  # '"This is the largest permit," said Dr. Henrik Aagaard': his words, no one before
            if thing is None and pronoun or quote and not self._named_speakers(s):
                sents = self.corpus.sentences[s.doc]
                for prev in reversed(sents[max(0, s.index - 3):s.index]):
                    people = [sp.text for sp in self.spans(prev) if is_person(sp)]
                    rivals = {sp.text for sp in self.spans(prev) if is_person(sp) and not re.search(
                        r"\b(?:with|for|at|from|of|in|joined)\s+$", prev.text[:sp.start])}  # not "with Inter Miami"
                    if prev.kind == "sentence" and len(rivals) > 1 and pronoun is not None \
                            and _PEOPLES_NOUN.fullmatch(pronoun.group(1)):
                        break  # "Djokovic lost to Sinner ... The Italian, 23, ...": which of them?
                    if prev.kind == "sentence" and people:  # its first-named person: most often the subject
                        found = (prev, self.full_name(s.doc, people[0]) or people[0])
                        break
                    if prev.kind == "sentence" and self._goes_on_about(prev, pronoun):
                        # "She worked ... | "...," she said. | "Our drains ..." | She has promised ...": the
                        # person the pronoun and quotes before it stand for
                        found = self.referent(prev)
                        if found is not None:
                            break
            if found is None and _UNNAMED_PERSON.match(s.text) and s.kind == "sentence" \
                    and not any(is_person(sp) for sp in self.spans(s)):
                nxt = self.corpus.sentences[s.doc][s.index + 1] if s.index + 1 < len(self.corpus.sentences[s.doc]) \
                    else None
                first = [sp for sp in self.spans(nxt) if is_person(sp)][:1] if nxt is not None else []
                # the name opens the next sentence, after a title at most ("Coach Mere Kahukura")
                # and does something there, not only speak ("Sheriff Dana Holt said ...": a source, not the hiker)
                if nxt is not None and nxt.kind == "sentence" and first and first[0].start <= 12 \
                        and len(first[0].text.split()) >= 2 and not _SAYS_AFTER_NAME.match(nxt.text, first[0].end):
                    # "A 17-year-old from Piha won the title. Mere Kahukura of the Piha club completed ...":
                    # news names the person of its lead in the next sentence
                    found = (nxt, first[0].text)
            self._referent[key] = found
        return self._referent[key]

    @staticmethod
    def _goes_on_about(prev: Sentence, pronoun: re.Match[str] | None) -> bool:
        """Whether ``prev`` speaks of the person a later ``pronoun`` stands for: it opens
        with a pronoun of the same gender ("She worked ..." before "She has promised ...";
        not "He ..."), or is a quote its speaker is given as by one ('"...," she said')."""
        gender = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
        ours = gender.get(pronoun.group(1).casefold()) if pronoun else None
        if prev.text[:1] in "“\"‘":  # a quote's own "He ..." is someone its speaker speaks of
            tag = _QUOTE_TAG.search(prev.text)
            said = tag.group(1) if tag else ""
        else:
            opener = PRONOUN_START.match(prev.text)
            said = opener.group(1) if opener else ""
        return ours is not None and gender.get(said.casefold()) == ours

    def _named_speakers(self, s: Sentence) -> list[str]:
        text = s.text
        people = [sp for sp in self.spans(s) if is_person(sp)]

        def said_after(sp: Span) -> bool:  # "Lena Berg, the coach, said"; not "Ana Ruiz, on Sunday, said
            m = _SAYS_AFTER_NAME.match(text, sp.end)  # Capt. Javier Morales": the verb has its speaker after it
            return m is not None and not _IN_APPOSITION.search(text[:sp.start]) and not any(
                x.start >= m.end() and re.fullmatch(r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}", text[m.end():x.start])
                and re.match(r"\s*(?:[,.;]|$|of\b|who\b)", text[x.end:]) is not None  # not "said Morales had lied"
                for x in people)
        return [sp.text for sp in people if said_after(sp) or _SAYS_BEFORE_NAME.search(text[:sp.start])]

    def speakers(self, s: Sentence) -> list[str]:
        """Who the sentence reports as saying something: a person named just before a verb
        of saying ("Smith, the top Democrat, said") or just after it ("said Smith",
        "according to Li"); failing those, the referent of a leading pronoun or quote
        when the sentence reports speech. Empty when it reports no one's speech."""
        out = self._named_speakers(s)
        ref = self.referent(s)
        if not out and ref is not None and REPORTS_SPEECH.search(s.text):
            out.append(ref[1])
        return out

    def gender(self, name: str) -> str | None:
        """"f" or "m" when the corpus refers to the person ``name`` (a full name or a surname)
        with "she"/"her" or "he"/"his" (a sentence opening with the pronoun whose referent is
        that person) or a gendered title (Mrs., Ms., Mr., King, Queen...); None when it does
        not say, or says both."""
        if self._genders is None:
            self._genders = {}
            for doc, sents in self.corpus.sentences.items():
                for x in sents:
                    m = _GENDERED.match(x.text)
                    tag = _QUOTE_TAG.search(x.text)  # '"People have been stuck in traffic," he said': the speaker
                    ref = self.referent(x) if tag else None
                    if tag and ref:
                        self._genders.setdefault(ref[1], set()).add("f" if tag.group(1) == "she" else "m")
                        continue
                    if m and m.start(1) > 0:
                        continue  # '“He simply walked across the branch,” Lindqvist said': a quote's "he" is
                        # someone the speaker speaks of, not the person named before
                    ref = self.referent(x) if m else None
                    if m and ref:
                        self._genders.setdefault(ref[1], set()).add("f" if m.group(1) in ("She", "Her") else "m")
                    elif not m:  # "Oyelaran said no hospitals would close, though he declined to ...": the one
                        # person the sentence names, outside a quote, is the one its pronoun stands for
                        people = [sp for sp in self.spans(x) if sp.type == "PERSON"]
                        plain = _QUOTED.sub(lambda q: " " * len(q.group(0)), x.text)  # offsets kept
                        said = [p for p in _LATER_PRONOUN.finditer(plain) if people and p.start() > people[0].end
                                and not set(plain[people[0].end:p.start()].casefold().split()) & PEOPLE_NOUNS]
                        # not "said the chief nurse had resigned and that she ...": another person between
                        kinds = {p.group(1).casefold() == "she" for p in said}
                        if len({sp.text for sp in people}) == 1 and len(kinds) == 1:
                            self._genders.setdefault(people[0].text, set()).add("f" if kinds.pop() else "m")
                for title, person in _GENDER_TITLE.findall(self.corpus.documents[doc].text):
                    self._genders.setdefault(person, set()).add("f" if title in _FEMALE_TITLES else "m")
        found = {g for known, gs in self._genders.items() if known == name or known.endswith(" " + name)
                 or name.endswith(" " + known) for g in gs}
        return found.pop() if len(found) == 1 else None

    def implied_terms(self, s: Sentence) -> frozenset[str]:
        """The terms a sentence holds by reference, cached: whom its leading pronoun stands
        for, its surnames' full names, the organization it calls "the company", and the
        names it writes as acronyms."""
        key = (s.doc, s.index)
        if key not in self._implied:
            self._implied[key] = frozenset(self.referent_terms(s) | self.full_name_terms(s) | self.described_terms(s)
                                           | self.acronym_terms(s) | self.head_named_terms(s)
                                           | self.bare_title_terms(s) | self.its_terms(s))
        return self._implied[key]

    def acronyms(self, doc: str) -> dict[str, frozenset[str]]:
        """The acronyms a document defines, each with the stemmed terms of the name it
        stands for: "The Secondary Teachers’ Association (STA)" gives {"STA": {"secondari",
        "teacher", "associ"}} (the name's initials must spell it, ``qa.entities.spells``)."""
        if doc not in self._acronyms:
            found: dict[str, frozenset[str]] = {}
            for x in self.corpus.sentences[doc]:
                if "(" not in x.text:
                    continue  # most sentences define none: their spans are not worth computing
                for sp in self.spans(x):
                    m = ACRONYM_AFTER.match(x.text[sp.end:])
                    if m and m.group(1) not in found and spells(sp.text, m.group(1)):
                        found[m.group(1)] = frozenset(terms(sp.text))
            self._acronyms[doc] = found
        return self._acronyms[doc]

    def acronym_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the names a sentence writes as their acronym ("STA President Ruth
        Mahuika" → the terms of "Secondary Teachers’ Association"), by ``acronyms``."""
        words = [re.sub(r"[’']s?$", "", tok.surface) for tok in self.tokens(s)]  # "The STA's members": STA
        caps = [w for w in words if 1 < len(w) <= 8 and w.isupper()]
        defined = self.acronyms(s.doc) if caps else {}  # no acronym written: no scan of the document
        return {t for word in caps if word in defined for t in defined[word]}

    def its_organization(self, s: Sentence) -> Span | None:
        """For a sentence opening with "Its" or "Their" ("Its director, Tor Eriksen, ..."), the
        organization the sentence before has as its subject (named before its first verb: "The
        operator, Bastø Fosen, will lease ..."; not "The ferry left Moss"); else None."""
        if not _ITS_START.match(s.text) or not s.index:
            return None
        before = self.corpus.sentences[s.doc][s.index - 1]
        toks = self.tokens(before)
        verb = next((t.start for t in toks if (word_tag(t.norm) or "").startswith(("VB", "MD"))), len(before.text))
        return next((sp for sp in self.spans(before) if sp.type in ("ORGANIZATION", "ENTITY") and sp.end <= verb),
                    None)

    def its_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the organization a sentence opening with "Its" or "Their" stands
        for: the one the sentence before names as its subject (``its_organization``), or the
        one that sentence calls "the company" when it opens so ("The company blamed gas prices.
        Its energy bill ..."); empty otherwise."""
        org = self.its_organization(s)  # None too for a sentence not opening with "Its"/"Their"
        if org is not None:
            return set(terms(org.text))
        before = self.corpus.sentences[s.doc][s.index - 1] if _ITS_START.match(s.text) and s.index else None
        return self.described_terms(before) if before is not None and DEFINITE_ORG.match(before.text) else set()

    def described_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the organization a sentence calls "the company" (or "the firm",
        "the club"...): the first organization or unclassified name of its document's
        sentences before it (not a person, not a public body, not a heading or byline)."""
        said = DEFINITE_ORG.search(s.text)
        if said is None:
            return set()
        noun = said.group(0).split()[-1]
        business = noun in BUSINESS_NOUNS
        earlier = self.corpus.sentences[s.doc][:s.index][:MAX_NAME_SCAN]
        first = next((x for x in self.corpus.sentences[s.doc] if x.kind == "sentence"), None)
        lead_orgs = [sp for sp in self.spans(first)
                     if sp.type == "ORGANIZATION" or sp.type == "ENTITY" and " " in sp.text
                     and not re.search(r"\b(?:in|at|near|from|of)\s+(?:the\s+)?$", first.text[:sp.start])] \
            if first is not None else []  # (not "said in New York", "drillers in the Permian Basin": places)
        if "-" in said.group(0) and len(lead_orgs) > 1:
            return set()  # "Kaneda ... would buy Brazos Valve Inc. ... The Texas-based company": which one?
        # a story whose lead names an organization is about it ("Norwegian Air posted ... It leases planes from
        # AerCap, an Irish company. The company's chief executive ..."); else the one the text calls so
        led = first is not None and any(sp.type in ("ORGANIZATION", "ENTITY") and sp.start == 0  # its subject
                                        for sp in self.spans(first))
        for x in earlier if not led else []:  # "built for Øhavet Færger, a company owned by ..."
            for sp in self.spans(x) if noun in x.text else []:
                if sp.type in ("ORGANIZATION", "ENTITY") and re.match(
                        rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b", x.text[sp.end:]):
                    return set(terms(sp.text))
        for x in earlier:
            # a public body is no company: "The Federal Trade Commission cleared Acme Corp's purchase"
            orgs = [sp for sp in self.spans(x) if sp.type in ("ORGANIZATION", "ENTITY")
                    and not (business and sp.text.split()[-1] in _PUBLIC_BODIES)] if x.kind == "sentence" else []
            if orgs:  # news names the company first, in its lead sentence: "Rocky Crust Bakeries, ... said"
                # not a name that modifies a noun ("the Cycladic island of Amorgos ... Kyklos Maritime Co.": Kyklos
                # Maritime; "Vantor agreed to sell ... to Lockheed Martin Corp.": Vantor)
                orgs = [sp for sp in orgs if not (sp.type == "ENTITY" and _before_noun(x.text, sp.end))] or orgs
                return set(terms(orgs[0].text))
        return set()

    def bare_title_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the story's subject organization (the first one its first body sentence
        names) for a sentence opening with a bare title before a name ("Chief executive Rosalind
        Achebe, 52, said ...") or giving one after "said" ('"...," said chief executive Graham
        Oduya'): news gives the subject's officers without it. Empty when the sentence names an
        organization itself."""
        if not _BARE_TITLE.search(s.text) or any(sp.type == "ORGANIZATION" for sp in self.spans(s)):
            return set()
        first = next((x for x in self.corpus.sentences[s.doc] if x.kind == "sentence"), None)
        return set(self.lead_organization(s.doc)) if first is not s else set()

    def lead_organization(self, doc: str) -> frozenset[str]:
        """The stemmed terms of the first organization (or unclassified name) the document's
        first body sentence names: the story's subject ("Halvorsen Pharma A/S raised ..."); and when
        that sentence names no organization, only a thing or a place, the first organization that opens
        one of the next three as its subject (a lead that calls it "Fiji's state-owned sugar miller",
        then "Viti Sugar Milling Co. Ltd. said ..."); empty when it names none."""
        body = [s for s in self.corpus.sentences[doc] if s.kind == "sentence"][:4]
        orgs = [sp for sp in self.spans(body[0]) if sp.type in ("ORGANIZATION", "ENTITY")] if body else []
        found = set(terms(orgs[0].text)) if orgs else set()
        if not any(sp.type == "ORGANIZATION" for sp in orgs):
            subject = [sp for s in body[1:] for sp in self.spans(s) if sp.type == "ORGANIZATION"
                       and s.text[:sp.start] in ("", "The ")]  # "The Competition Commission of India said ..."
            found |= set(terms(subject[0].text)) if subject else set()
        return frozenset(found)

    def head_named_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the names a sentence calls by their last word ("the authority" for
        "the Tri-County Water Authority", "the festival's jury"): for each "the <word>", the
        nearest name of two or more words before it in its document (MAX_NAME_SCAN sentences
        back, not a person's) whose last word is that word capitalized."""
        words = {m.group(1).capitalize() for m in _THE_WORD.finditer(s.text)} - _NOT_HEADS
        words &= {re.sub(r"[’']s?$", "", w) for w in self._capitals_inside(s.doc)} if words else set()
        out: set[str] = set()
        for word in words:
            for x in reversed(self.corpus.sentences[s.doc][max(0, s.index - MAX_NAME_SCAN):s.index + 1]):
                names = [sp for sp in self.spans(x) if sp.type != "PERSON" and " " in sp.text
                         and sp.text.split()[-1] == word and (x is not s or sp.end <= s.text.find(" " + word.lower()))]
                if names and x.kind == "sentence":
                    out.update(terms(names[-1].text))
                    break
        return out

    def full_name_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the full names of the people a sentence calls by surname alone
        ("Smith" → {"adam", "smith"})."""
        out: set[str] = set()
        for sp in self.spans(s):
            if sp.type == "PERSON" and " " not in sp.text:
                out.update(terms(self.full_name(s.doc, sp.text) or ""))
        return out

    def introduction_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of the sentences that first give the full names of the people a
        sentence calls by surname alone: how the story introduced them ("Miroux said he had
        spent €9,000" → "said Mr. Laurent Miroux, 58, who farms 14 hectares near Meursault")."""
        out: set[str] = set()
        for sp in self.spans(s):
            full = self.full_name(s.doc, sp.text) if sp.type == "PERSON" and " " not in sp.text else None
            intro = next((x for x in self.corpus.sentences[s.doc][:s.index] if full and full in x.text), None)
            if intro is not None:
                out.update(self.corpus.sentence_terms[(intro.doc, intro.index)])
        return out

    def referent_terms(self, s: Sentence) -> set[str]:
        """Stemmed terms of what a leading pronoun stands for: the referent person's name, or
        else ("They were descended from ...") the first name of the sentence before."""
        ref = self.referent(s)
        if ref:
            return set(terms(ref[1]))
        opening = PRONOUN_START.match(s.text)
        if opening and _PEOPLES_NOUN.fullmatch(opening.group(1)):
            return set()  # "The Italian, 23," after two people: no one for sure
        if opening and s.index > 0 and not (opening.group(1) in ("This", "That", "These", "Those", "It")
                                            and s.text[:1] in "“\"‘'" and self._named_speakers(s)):
            prev = self.corpus.sentences[s.doc][s.index - 1]
            names = [sp for sp in self.spans(prev) if sp.type in ("PERSON", "ORGANIZATION", "ENTITY", "LOCATION")]
            if names and prev.kind == "sentence":
                return set(terms(names[0].text))
        return set()


def facts_for(corpus: Corpus) -> Facts:
    """The Facts of a corpus, kept on the corpus itself: they go when it goes (a cache
    keyed by the corpus would keep every corpus a question was asked of alive)."""
    facts = corpus.__dict__.get("_facts")
    if facts is None:
        facts = corpus.__dict__["_facts"] = Facts(corpus)
    return facts
