"""A conversation over a corpus: follow-up questions are read against the turns before them.

Rules (no model), tried in this order on each new question:

1. Ellipsis: "And the ambassador?" / "What about the mayor?" replaces the
   previous question's one name with a new name of the same kind ("What is
   Maria Lopez's title?" + "What about Tom Hale?" → "What is Tom Hale's title?");
   else takes the previous question's frame with the new phrase: "Who is the
   ambassador?" (a frame without an auxiliary, "Who leads the council?",
   becomes "Who/What is <phrase>?"; "How many events will ...?" + "What
   about jobs?" swaps the thing counted: "How many jobs will ...?"), or swaps its
   subject: "When did they last visit?" → "When did the ambassador last visit?";
   when the subject is a person and the new phrase is not, it swaps the topic
   instead: "What did Lopez say about the budget?" + "What about the bridge?"
   → "What did Lopez say about the bridge?". A phrase with nothing to ask about
   ("And then?") is no ellipsis. An office asked of a body takes a new body: "Who is
   the director of the water department?" + "What about the museum?" → "Who is the
   director of the museum?" (also "<body>'s director", "Who leads <body>?"), keeping a
   time or place after it ("... of the board in 2019?"). Ellipsis and bare question
   words build on the latest of the last three questions that has a question frame.
2. Bare question word: "When?", "Why?", "Where?", "How many?" asks the
   previous question again with the new question word; when that question
   asked for its subject ("Who said that?"), its answer becomes the subject,
   with "does"/"did" where the word order needs it ("When does Maria Lopez
   lead the council?"), or after "is"/"was" ("Who was elected mayor?" →
   "When was Grace Okafor elected mayor?") or "will" ("When will Anika Bose
   succeed Thomas Heller?"); "someone" stands in when that question went
   unanswered, and after "How many flu cases did X report?" the thing counted
   goes after the verb ("Why did X report flu cases?"). "Who else?" / "Anyone else?" asks the last of the
   three questions before that asked who again, with its answer set aside
   ("Apart from X, who ...?"), and asked again sets aside each answer so far
   ("Apart from X and Y, who ...?"); "What else?", "Where else?" likewise; "Who
   else was quoted?" asks its own question with the answers so far set aside.
   "Until when?", "Since when?" and "How long?" are bare question words too, and
   so are phrases with a preposition ("In which round?", "To what price?", "By
   how many votes?").
3. Pronouns: he/she/him/her/his/hers → a person the corpus names (a surname the
   user asked about counts): the one in the previous question first (the person
   the conversation is about), then the previous answer, then its first
   citation; the masculine and the feminine pronouns of one question are two
   people; it/its → the organization that answered the previous question, else
   they/them/their/it/its → the previous question's topic (its first "the ..."
   phrase agreeing in number, or name); there → the most recent place (a venue
   that answered "where" included); then → the most recent date. Looking back
   three turns at most. A pronoun whose antecedent stands earlier in the same
   question, and a pleonastic "it" ("Is it true ...", "said it was ...", "does
   it cost to ..."), are left alone; a pronoun nothing resolves is said to be
   unresolved, and a question with no other content ("What did he say?") then
   abstains.
4. "that" (or "so" after a verb of saying) as the object ("Who said that?",
   "Who said so?") stands for the previous answer's claim: the words of its
   first cited sentence, less its names, are appended.
5. A question that names nothing, answered from another document than the
   previous answer's (or not at all), is asked again of that document alone
   when it holds as many of the question's words: a conversation keeps to its
   story ("How many people attended?" after a question about a hearing).

A question that needs none of this is passed on untouched. When a question
is rewritten, ``Answer.details["rewritten"]`` holds the reading and
``details["rewritten_note"]`` says it in words, e.g.
``(reading "he" as Maria Lopez)``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from qa.abstention import ABSTAIN_TEXT
from qa.amounts import TIME_PHRASE
from qa.analyzer import AUXILIARIES, DETERMINERS, IRREGULAR, terms, tokenize
from qa.answerer import MAX_QUESTION_CHARS, check_question
from qa.asked import FRAME_WORDS, SPEECH
from qa.chunks import word_tag
from qa.corpus import Corpus
from qa.entities import MONTHS, PEOPLE_NOUNS, ROLE_NOUNS, WEEKDAYS, find_spans
from qa.facts import facts_for, is_person, looks_like_name
from qa.pipeline import answer
from qa.question import person_noun, strip_lead_in, type_of_head
from qa.types import Answer

#: A measure asked with a preposition: "By how many (votes)", "For how long".
_MEASURE_ASKED = r"(?:by|for|to|from)\s+how\s+(?:many|much|long|far)"
_AUX_WORDS = r"(?:is|are|was|were|does|do|did|has|have|will|would|can|could)"
_ELLIPSIS = re.compile(r"^\s*(?:and|what about|how about)\s+(?P<np>[^?]+?)\s*\??\s*$", re.I)
_BARE_WH = re.compile(r"^\s*(?:and\s+)?(?P<wh>when|where|why|how|how many|how much|how long|until when|since when|"
                      r"by when|who|what|which|"
                      r"(?:(?:in|at|on|by|for|from|with|during|after|before|to)\s+)?(?:which|what)\s+"
                      r"(?!about\b|else\b|if\b)[a-z]+|"
                      + _MEASURE_ASKED + r"(?:\s+[a-z]+)?)\s*\??\s*$", re.I)
# "In which round?", "To what price?", "By how many votes?", "For how long?"
_FRAME = re.compile(r"^\s*(?P<frame>(?:who|what|which|when|where|why|how(?: many| much| long| old| far| often| soon)?|"
                    # "By how many votes did it pass?": the measure asked beside the event
                    + _MEASURE_ASKED + r"(?:\s+(?!" + _AUX_WORDS + r"\b)[a-z]+)?)"
                    r"\s+(?:" + _AUX_WORDS + r")?)\b", re.I)
#: Bare question words that ask about an event a yes/no question told of (not "Who?", "What?").
_BARE_OF_EVENT = re.compile(r"\s*(?:when|where|why|how|how long|until when|since when|by when)\s*$", re.I)
#: A preposition of place right before "there" ("from there"): it keeps its own.
_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|near|into)\s+$", re.I)
#: A question read as "Apart from X, who ...?" (its exclusions, the question).
_APART = re.compile(r"^Apart from (.+?), (.+)$")
_ELSE = re.compile(r"^\s*(?:and\s+)?(?P<wh>who|whom|what|which|where|anyone|anybody|anything|anywhere)"
                   r"\s+(?:else|other)\s*\??\s*$", re.I)
#: "Who else was quoted?": a whole question with "else" (its question word and the rest).
_ELSE_FULL = re.compile(r"^\s*(?:and\s+)?(?P<wh>who|what|where)\s+else\s+(?P<rest>\w.*?)\s*\??\s*$", re.I)
#: The question word an "else" follow-up repeats: "Anyone else?" asks who, "Anything else?" what.
_ELSE_WH = {"who": "who", "whom": "who", "anyone": "who", "anybody": "who", "what": "what", "anything": "what",
            "which": "which", "where": "where", "anywhere": "where"}
#: "that" (or "so" after a verb of saying) standing for the previous answer's claim, at the end of the question:
#: "Who said that?", "Who said so?"; not the "that" of a clause ("Who said that no deal was reached?").
_THAT = re.compile(r"\bthat\s*\??\s*$|"
                   r"\b(?:say|says|said|think|thinks|thought|believe|believes|claim|claims|claimed)\s+so\s*\??\s*$",
                   re.I)
_PRONOUNS = {
    "PERSON": re.compile(r"\b(he|she|him|her|his|hers)\b", re.I),
    "TOPIC": re.compile(r"\b(they|them|their|it|its)\b", re.I),
    "LOCATION": re.compile(r"\b(there)\b", re.I),
    "DATE": re.compile(r"\b(then)\b", re.I),
}
#: The start of the note for a pronoun (or "that") nothing earlier in the conversation resolves.
_UNRESOLVED = "nothing earlier says"
#: "else" as the analyzer stems it: no content of its own ("Who else?").
_ELSE_TERM = frozenset(terms("else"))
#: The personal pronouns of each gender (``_PRONOUNS["PERSON"]`` is both).
_MASCULINE = re.compile(r"\b(he|him|his)\b", re.I)
_FEMININE = re.compile(r"\b(she|her|hers)\b", re.I)
_TOPIC = re.compile(r"\bthe\s+((?:[\w.’'-]+\s+){0,4}?[\w.’'-]+?)(?=\s+(?:to|in|of|on|at|for|with|from|about|"
                    r"since|after|before|during)\b|\s*\?|\s*$|\s+(?:the|a|an|its|their|his|her)\s)", re.I)
#: A name as a question's subject, right after its auxiliary ("How often did *Varsha-1* take ...?").
_NAMED_SUBJECT = re.compile(r"^\s*(?:\w+\s+){1,2}?(?:did|does|do|was|is|were|are|will|has|have|had|can|could)\s+"
                            r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+[a-z]")
#: Nouns that frame what a question asks ("the name of", "the number of"): no topic themselves.
_FRAME_NOUNS = frozenset("name number amount kind type sort".split())
#: A determiner after a phrase: the phrase's last word is a verb taking an object ("... ferry *cost* the state").
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s", re.I)


#: The topic at the end of a question: "... say about [nuclear weapons]".
_ABOUT = re.compile(r"\b(about|on|regarding|concerning)\s+(.+)$", re.I)
_BE_HAVE = frozenset("is was are were be been has have had will would can could".split())
#: Adverbs that stand between a subject and its verb ("When did the delegation *last* visit?").
_VERB_ADVERBS = frozenset("last first next ever never still already just also recently finally once again".split())
_FUNCTION = frozenset("then now so too also again more else next there that this it".split())


_NAMED = ("PERSON", "ENTITY", "ORGANIZATION", "LOCATION", "GROUP")


def _swap_name(question: str, phrase: str) -> tuple[str, str] | None:
    """(the question with its one name, or its one name of the phrase's kind, replaced by
    the phrase; the name replaced), when the phrase is a name: "What is Maria Lopez's title?"
    + "Tom Hale" → "What is Tom Hale's title?"; None when the phrase is no name or the choice
    is unclear."""
    core = re.sub(r"^the\s+", "", phrase, flags=re.I)  # "What about the Netherlands?": a name with its article
    if not core[:1].isupper():
        return None
    new = [sp for sp in find_spans(core) if sp.type in _NAMED]
    names = [sp for sp in find_spans(question) if sp.type in _NAMED and sp.start > 0]
    if len(names) > 1 and new:
        names = [sp for sp in names if sp.type == new[0].type]
    if len(names) != 1 or names[0].text.casefold() in (phrase.casefold(), core.casefold()):
        return None
    if core != phrase and not new:
        return None  # "the Board": a capitalized common noun, no name
    put = core if re.search(r"\bthe\s+$", question[:names[0].start], re.I) else phrase  # not "the the Louvre"
    after = question[names[0].end:]
    if put.endswith("s") and after[:2] in ("'s", "’s"):
        after = after[0] + after[2:]  # "the Netherlands' culture minister", not "Netherlands's"
    return question[:names[0].start] + put + after, names[0].text


def _swap_phrase(question: str, phrase: str) -> str | None:
    """The question with its noun phrase of the same head noun replaced by the phrase: "Who
    won the men's race?" + "the women's race" → "Who won the women's race?"; None when the
    question has no such phrase or the phrase is no common-noun phrase."""
    words = phrase.split()
    if not words or not words[-1][:1].islower():
        return None
    m = re.search(rf"\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(words[-1])}\b",
                  question)
    if not m or m.group(0).casefold() == phrase.casefold():
        return None
    new = phrase if words[0].casefold() in ("the", "a", "an", "this", "that") else "the " + phrase
    return question[:m.start()] + new + question[m.end():]


#: A place after a preposition of place: "in Puerto Rico", "at the Old Trafford", "from Ohio"; not a month
#: or a day ("in March").
_IN_PLACE = re.compile(r"\b(?:in|at|from|near)\s+(?:the\s+)?(?!(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b)"
                       r"[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")


_ROLES = "|".join(sorted(ROLE_NOUNS | {"head", "chair", "boss"}))
#: A time or place after the body, kept in the new question: "Who was the chairman of the board *in 2019*?"
_TAIL = r"(?:\s+(?:in|on|at|since|during|until|before|after|last|this|next)\b[^?]*)?"
#: "Who is the (new) director of <body>?", "Who is <body>'s director?": an office of a body, which a follow-up may swap.
_HOLDER_ASKED = (re.compile(rf"^\s*(?:who|what)\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:{_ROLES})s?\s+(?:of|at|for)\s+(?P<body>[^?]+?){_TAIL}\s*\??$", re.I),
                 re.compile(rf"^\s*(?:who|what)\s+(?:is|was|are|were|will\s+be)\s+(?P<body>[^?]+?)[’']s?\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?(?:{_ROLES})s?\s*\??$", re.I),
                 re.compile(r"^\s*who\s+(?:now\s+|currently\s+)?(?:leads|heads|runs|chairs|directs|manages|owns|led|"
                            rf"headed|ran|chaired|directed|managed|owned|founded)\s+(?P<body>[^?]+?){_TAIL}\s*\??$",
                            re.I))


def _swap_holder(question: str, phrase: str) -> str | None:
    """The question with the body whose office it asks replaced by the phrase, when the phrase
    is a body too (an organization or a place by its head noun, ``qa.question.type_of_head``, or
    its name): "Who is the director of the water department?" + "the museum" → "Who is the
    director of the museum?"; None otherwise ("the fine" holds no office)."""
    core = re.sub(r"^the\s+", "", phrase, flags=re.I)
    words = core.split()
    if not words or words[-1].casefold() in ROLE_NOUNS:
        return None
    body = type_of_head(words[-1].casefold()) in ("ORGANIZATION", "LOCATION") if words[-1].islower() else any(
        sp.type in ("ORGANIZATION", "LOCATION") and sp.text == core for sp in find_spans(core))
    for pattern in _HOLDER_ASKED if body else ():
        m = pattern.match(question)
        if m and m.group("body").casefold() != phrase.casefold():
            return question[:m.start("body")] + phrase + question[m.end("body"):]
    return None


#: Words after "the" that name no topic of their own: "What about the second one?" is about the story's.
_NO_TOPIC = frozenset("one ones other others first second third fourth fifth last next former latter same rest "
                      "another".split())


#: Verbs whose past is spelt as their base.
_SAME_PAST = frozenset("set put cut hit let cost shut spread quit bet cast hurt split upset beat bid burst "
                        "broadcast forecast shed".split())


def _do_support(verb: str, after_wh: bool = False) -> tuple[str, str] | None:
    """("does", "lead") for "leads", ("did", "say") for "said", ("did", "vote") for "voted":
    the auxiliary and base form a question needs when its subject goes before the verb
    ("When does Maria Lopez lead the council?"); None for a word that is no verb in
    the present or past (the tagger's lexicon tells) or an auxiliary ("is leading").

    The word must read as a verb form (VBZ, VBD, VBN); its base form is the word less its
    ending ("-s", "-es", "-ies", "-d", "-ed", a doubled consonant) that the lexicon knows
    ("-d" first after a consonant between single vowels: "fined" is "fine", not "fin"),
    the analyzer's irregular past form (``qa.analyzer.IRREGULAR``), or the word itself for
    a past spelt as its base ("set", "put"). With ``after_wh`` (the word right after "who"),
    a word in -s is taken as a verb whatever the lexicon's first tag ("chairs")."""
    w = verb.casefold()
    tag = word_tag(w)
    if after_wh and tag not in ("VBZ", "VBD", "VBN") and w.endswith("s") and not w.endswith("ss") \
            and word_tag(w[:-1]) is not None:
        return "does", w[:-1]  # right after "who" a word in -s is a verb, whatever its first tag ("chairs")
    if w in _SAME_PAST:
        return "did", w  # "Who set up the foundation?": "When did Harald Eide set up ...?"
    if w in AUXILIARIES or tag not in ("VBZ", "VBD", "VBN"):
        return None
    if tag == "VBZ":
        for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
            base = w[:-len(cut)] + add
            if w.endswith(cut) and word_tag(base) is not None:
                return "does", base
        return None
    if w in IRREGULAR:
        return "did", IRREGULAR[w]
    e_base = w[:-1]  # "fined": "fine", not "fin"; "voted": "vote" (a consonant between single vowels and "ed")
    if len(w) >= 5 and w.endswith("ed") and w[-3] not in "aeiouy" and w[-4] in "aeiou" and w[-5] not in "aeiou" \
            and (word_tag(e_base) or "")[:2] in ("VB", "NN", "JJ") and word_tag(e_base) != "VBN":
        return "did", e_base
    for cut in ("ed", "d"):  # "ordered": "order" (not the lexicon's stray "ordere"); "voted": "vote"
        base = w[:-len(cut)]
        if w.endswith(cut) and (word_tag(base) or "").startswith(("VB", "NN")):
            return "did", base
    if w.endswith("ed") and len(w) > 4 and w[-3] == w[-4] and word_tag(w[:-3]) is not None:
        return "did", w[:-3]  # "stopped"
    return None


def _counted_reading(new_wh: str, rest: str) -> str | None:
    """A how-many/how-much question's rest ("flu cases did Halden report") asked again with
    another question word, the thing counted kept: after its verb when the question has a
    subject of its own ("Why did Halden report flu cases?"), else as the subject ("Why were
    flights cancelled?", "Why did pilots walk off the job?"); None when no verb is found."""
    counted = _COUNTED_FRAME.match(rest)
    if counted:  # "[flu cases] [did Halden report]"
        aux, rest = (counted.group(2).split(" ", 1) + [""])[:2]
        thing = counted.group(1).strip()
        if aux.casefold() in ("is", "are", "was", "were") or (word_tag(rest.split(" ", 1)[0]) or "").startswith("VB"):
            return f"{new_wh.capitalize()} {aux} {thing} {rest}".rstrip() + "?"
        end = _subject_end(rest)
        said = re.match(r"\s*([\w’'-]+)", rest[end:]) if end is not None else None
        if end is None or said is None:
            return f"{new_wh.capitalize()} {aux} {rest}?".replace("  ", " ")
        at = end + said.end()
        return f"{new_wh.capitalize()} {aux} {rest[:at]} {thing}{rest[at:]}?".replace("  ", " ")
    words = rest.split()  # "[pilots] walked off the job"
    verb_at = next((i for i, w in enumerate(words[:4]) if i and _do_support(w)), None)
    support = _do_support(words[verb_at]) if verb_at is not None else None
    if verb_at is None or support is None:
        return None
    return (f"{new_wh.capitalize()} {support[0]} {' '.join(words[:verb_at])} {support[1]} "
            f"{' '.join(words[verb_at + 1:])}").rstrip() + "?"


def _claim_word(said: re.Match[str]) -> str:
    """The word of a ``_THAT`` match that stands for the claim: "that", "so"."""
    return said.group(0).rstrip(" ?").split()[-1]


def _plural(word: str) -> bool:
    """A plural noun by the tagger ("companies", "boards"), not a singular in -s ("news")."""
    return word_tag(word.casefold()) == "NNS"


def _has_verb(question: str) -> bool:
    """Whether a question holds a verb or an auxiliary ("How many bottles?" does not): only
    such a question can be asked again with another question word."""
    words = re.findall(r"[a-z’'-]+", question.casefold())[1:]
    return any(w in _AUXES or _do_support(w) or (word_tag(w) or "").startswith(("VB", "MD")) for w in words)


def _has_content(phrase: str) -> bool:
    """A phrase with a word to ask about ("the ambassador"), not "then" or "so"."""
    return any(w.casefold() not in _FUNCTION for w in re.findall(r"[\w’'-]+", phrase))


_AUXES = frozenset("is are was were does do did has have will would can could".split())
_DO_AUXES = frozenset("does do did will would can could".split())
#: A preposition left at the end of a question whose object the question word asked ("appeal *to*").
_STRANDED = re.compile(r"\s+(?:to|on|in|at|of|for|with|from|by|about|into|against|under|over)$")
_SUBJECT = re.compile(r"(?:(?i:he|she|they|it|we|you|i)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\b")


#: The rest of a "how many/how much" question after its wh-words: the thing counted, then
#: the auxiliary and the rest ("[events] [will the stadium host]").
_COUNTED_FRAME = re.compile(r"((?:[\w’'-]+\s+){1,3}?)((?:is|are|was|were|do|does|did|has|have|had|will|would|can|"
                            r"could)\b.*)$", re.I)


#: A time a follow-up asks the previous question for: "in 2022", "a year earlier", "last season",
#: "before" (the value a change started from: "rise from $60 to $72").
_TIME_PHRASE = re.compile(r"\b(?:(?:in|during|by|on|at)\s+)?(?:" + TIME_PHRASE + r"|(?:" + "|".join(MONTHS[:12])
                          + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|spring|summer|autumn|fall|winter|"
                          r"Christmas|Easter|Q[1-4])\b)", re.I)
#: The same, said alone ("And before?"): only ever the whole follow-up, never a phrase looked for in a question
#: ("earn before the merger" keeps its "before").
_BEFORE = re.compile(r"before|earlier|previously|beforehand", re.I)


def _subject_end(rest: str) -> int | None:
    """Where the subject of a question's rest ends ("[the captain] join the airline"): a
    pronoun, a name, a determiner and up to three words, or up to three bare words ("[trucks]
    pay"), not taking the verb after them (a word the lexicon tags as a verb, or the question's
    last word: "[the stadium] cost")."""
    det = re.match(r"(?i:the|a|an|this|that|its|their|his|her|each|every|both|all)\s+", rest)
    if det:  # "the captain | join ...", "an adult ticket | cost": up to the verb, or before the last word
        words = list(re.finditer(r"[\w’'-]+", rest[det.end():]))
        for k, w in enumerate(words[1:4], 1):
            if (word_tag(w.group(0).casefold()) or "").startswith("VB") or k == len(words) - 1:
                return det.end() + words[k - 1].end()
        return det.end() + words[0].end() if words else None
    m = _SUBJECT.match(rest)
    if m:
        return m.end()
    words = list(re.finditer(r"[\w’'-]+", rest))  # a bare plural: "[trucks] pay", "[older riders] get"
    if len(words) >= 2 and words[0].group(0).islower() and word_tag(words[0].group(0)) not in ("IN", "TO", "RB"):
        for k, w in enumerate(words[1:4], 1):
            tag = word_tag(w.group(0).casefold()) or ""
            if tag.startswith("VB") or tag == "RB" or w.group(0).casefold() in _ADVERBS:
                return words[k - 1].end()  # "[firefighters] first arrive"
            if tag in ("IN", "TO", "CD"):  # "[oil] cost in 2020": the verb stood before the preposition
                return words[k - 2].end() if k >= 2 else None
            if k == len(words) - 1:
                return words[k - 1].end()
    return None


#: Adverbs between a subject and its verb: "When did firefighters *first* arrive?".
_ADVERBS = frozenset("first last still also already ever finally just again only".split())


#: A question's first word: "And *where* did it take place?" is no phrase to swap in.
_QUESTION_START = re.compile(r"(?i:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|"
                             r"have|had|can|could|will|would|should)\b")
_ANTECEDENT = re.compile(r"(?i:\b(?:the|a|an)\s+\w+)|\s[A-Z][\w’'-]+")
#: A noun phrase a personal pronoun later in the same question may stand for ("the *mayor* ... her").
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b", re.I)


def _person_before(text: str) -> bool:
    """Whether ``text`` (a question up to a personal pronoun) names a kind of person the
    pronoun stands for: "How many votes did *the mayor* win in her last election?"."""
    return any(person_noun(m.group(1).casefold()) for m in _NOUN_PHRASE.finditer(text))


#: Nouns for a group, which "they/their" may stand for: "How many staff lost their jobs?".
_COLLECTIVE = frozenset("staff police government team public crew council committee board union company firm "
                        "family club party army navy management workforce audience".split())


def _topic_before(question: str, m: re.Match[str]) -> bool:
    """Whether the pronoun matched stands for a thing the question names before it: "When will
    the agency publish *its* decision?" (``_ANTECEDENT``), "How many people were told to boil
    *their* water?" (a plural noun before they/them/their)."""
    before = question[:m.start()]
    return _ANTECEDENT.search(before) is not None or m.group(0).casefold() in ("they", "them", "their") and any(
        word_tag(w) == "NNS" or w in _COLLECTIVE for w in re.findall(r"[a-z]+", before))


def _pleonastic(question: str, m: re.Match[str]) -> bool:
    """An "it" that refers to nothing: right before a verb ("said it was ..."), in "Is it
    true/time/possible ...?", "did it take X to ..." (how long something took), or the
    weather ("How hot did it get?", "Did it rain?")."""
    if m.group(0).casefold() != "it":
        return False
    after, before = question[m.end():], question[:m.start()]
    if re.match(r"\s+(?:(?:now|still|also|really|actually)\s+)?(?:(?:take|takes|took)\s+(?:\w+\s+){1,4}|"
                r"(?:cost|costs)\s+(?:\w+\s+){0,4})to\b", after, re.I):
        return True  # "How long did it take Grace Wanjiru to finish?", "How much does it cost to unlock a bike?"
    if re.search(r"\bhow\s+(?:hot|cold|warm|windy|wet|humid|dry|bad|late|dark)\s+(?:did|does|do|will|would|could)"
                 r"\s*$", before, re.I) \
            or re.match(r"\s+(?:rain|rained|rains|snow|snowed|snows|hail|pour|poured)\b", after, re.I):
        return True  # "How hot did it get during the race?", "Did it rain?": the weather, no one's
    return bool(re.match(r"\s+(?:is|was|were|are|'s|has|had|will|would|seems|seemed|remains)\b", after, re.I)
                or re.search(r"\b(?:is|was|isn't|wasn't)\s*$", before, re.I)
                and re.match(r"\s+(?:true|time|possible|likely|clear|known|necessary|important|worth|fair|"
                             r"right|wrong|the case|too late|too early|safe|enough)\b", after, re.I))


@dataclass
class Turn:
    """One exchange: what was asked, how it was read, and the answer."""

    asked: str
    read_as: str
    answer: Answer


#: Turns a Chat keeps (follow-ups look back three; the rest is history for the REPL).
MAX_TURNS = 100


class Chat:
    """Dialogue state over one corpus; ``ask`` answers in the context of earlier turns.

    ``qa.answer`` stays stateless; the REPL and piped input use a Chat.

    Args:
        corpus: where to look; None means the shipped brief.
        top: citations per answer.
    """

    def __init__(self, corpus: Corpus | None = None, *, top: int = 3) -> None:
        self.corpus = corpus if corpus is not None else Corpus.default()
        self.top = top
        self.turns: list[Turn] = []
        self.asked = 0  # questions answered since the last reset (``turns`` keeps the last MAX_TURNS)
        self._stories: dict[str, Corpus] = {}  # one document's own corpus, for ``_same_story``
        self._genders: dict[str, str] = {}  # a person the user called "she" ("f") or "he" ("m")

    @property
    def history(self) -> list[Answer]:
        """The last MAX_TURNS answers, oldest first."""
        return [t.answer for t in self.turns]

    def ask(self, question: str) -> Answer:
        """Answer ``question`` in the context of the conversation.

        Raises:
            qa.QuestionError: empty or too long question.
        """
        check_question(question)  # the user's own words are what must fit, not the reading of them
        read_as, note = self.resolve(question)
        if len(read_as) > MAX_QUESTION_CHARS:  # every "she" spelt out made it too long: ask it as typed
            read_as, note = " ".join(question.split()), ""
        a = answer(read_as, self.corpus, top=self.top)
        if _UNRESOLVED in note and not set(a.details.get("focus", [])) - SPEECH - FRAME_WORDS - _ELSE_TERM:
            # "What did he say?", "Who said that?" with nothing earlier to say who or what: no guess
            a = dataclasses.replace(a, text=ABSTAIN_TEXT, short_answer=None, abstained=True, confidence=0.5,
                                    citations=[], details={**a.details, "abstain_kind": "unresolved",
                                                           "abstain_reason": "ask a question for it to add to first"
                                                           if '"else"' in note else
                                                           "ask again with the name it stands for"})
        follow_up = read_as != " ".join(question.split())  # read against the conversation: "Where do they live?"
        kept = self._same_story(read_as, a, follow_up, question) \
            if a.details.get("abstain_kind") != "unresolved" else None
        if kept is not None:  # "How many people attended?" after a question about a hearing: that story
            a = kept
            note = (note + " " if note else "") + f"(in {a.details['story']}, the story of the previous answer)"
        a.question = question.strip()
        if follow_up:
            a.details["rewritten"] = read_as
        if note:
            a.details["rewritten_note"] = note
        self.turns.append(Turn(question, read_as, a))
        del self.turns[:-MAX_TURNS]  # a long pipe of questions does not grow memory without end
        self.asked += 1
        return a

    def _same_story(self, question: str, found: Answer, follow_up: bool = False, typed: str = "") -> Answer | None:
        """The answer from the previous answer's document alone, when a question that names
        nothing ("How many people attended?") is answered from another document, or not at
        all, and the previous document holds as much of the question's words as that one
        does, or the question is a follow-up read against the conversation (``follow_up``:
        "Where do they live?", read as "Where do the people live?"): a conversation keeps to
        its story until a question names another, or a word the user typed (``typed``, the question
        as asked) that the story never uses and another story does ("What about the recount?" after
        a question on a zoo story). None when the answer stands (one document, a name asked, no
        earlier answer, or that document does not answer either)."""
        prev = next((t.answer for t in reversed(self.turns[-3:]) if not t.answer.abstained and t.answer.citations),
                    None)
        if len(self.corpus.documents) < 2 or prev is None or found.details.get("entities"):
            return None
        story = prev.citations[0].doc
        other = found.citations[0].doc if found.citations and not found.abstained else None
        if other == story:
            return None
        facts = facts_for(self.corpus)
        focus = found.details.get("focus", [])

        def held(doc: str) -> int:
            return sum(t in facts.document_terms(doc) for t in focus)

        if other is not None and not follow_up and held(story) < held(other):
            return None  # "How many jobs will the airline cut?": the other story holds more of it
        own = facts.document_terms(story)
        # the nouns typed, not its verbs ("When did it open?" read against a bridge: "open" is no new topic)
        toks = tokenize(typed)
        nouns = [t.term for i, t in enumerate(toks) if not t.stop and t.norm not in _NO_TOPIC
                 and ((word_tag(t.norm) or "NN").startswith("NN") or i and toks[i - 1].norm in DETERMINERS)]
        if any(t not in own and any(t in facts.document_terms(d) for d in self.corpus.documents if d != story)
               for t in nouns):
            return None  # "What about the recount?": a word of another story moves the conversation there
        if story not in self._stories:
            self._stories[story] = Corpus([self.corpus.documents[story]])
        kept = answer(question, self._stories[story], top=self.top)
        kept.details["story"] = story
        # a follow-up is about the story: it says it does not say, rather than answer from another ("What about
        # the second one?" after a question on a council vote: not "The closure is the second for Norvell")
        return None if kept.abstained and (not follow_up or found.abstained) else kept

    def resolve(self, question: str) -> tuple[str, str]:
        """How to read ``question`` given the earlier turns: (question to ask, note).

        Returns the stripped question and "" when it needs no context.
        """
        q = strip_lead_in(" ".join(question.split()))  # "So when?": the follow-up after the lead-in
        if not q:
            return q, ""
        if not self.turns:
            loose = [m.group(0) for kind in ("PERSON", "TOPIC") for m in _PRONOUNS[kind].finditer(q)
                     if not _pleonastic(q, m) and not (kind == "TOPIC" and _topic_before(q, m))
                     and not (kind == "PERSON" and _person_before(q[:m.start()]))]
            loose += [_claim_word(said)] if (said := _THAT.search(q)) else []  # "Who said that?" first
            if _ELSE.match(q):  # "Who else?" first: no one to add to
                return q, f"({_UNRESOLVED} whom \"else\" adds to: no question has been answered yet)"
            return q, (f'({_UNRESOLVED} who or what "{loose[0]}" is)' if loose else "")
        prev = self.turns[-1]
        framed = next((t for t in reversed(self.turns[-3:]) if _FRAME.match(t.read_as) and _has_verb(t.read_as)),
                      prev)
        frame = _FRAME.match(framed.read_as)
        apart = _APART.match(prev.read_as)
        full = _ELSE_FULL.match(q)
        if full:  # "Who else was quoted?": a question of its own, with the answers so far set aside
            more = prev.answer.short_answer if not prev.answer.abstained else None
            alike = self._asked_with(_ELSE_WH[full.group("wh").casefold()])
            excluded = (f"{apart.group(1)} and {more}" if more else apart.group(1)) if apart else \
                (alike.answer.short_answer if alike is not None else None)
            if excluded:
                rewritten = f"Apart from {excluded}, {full.group('wh').casefold()} {full.group('rest')}?"
                return rewritten, f'(reading as "{rewritten}")'
        if _ELSE.match(q) and apart:  # "Who else?" again: everyone answered so far set aside
            more = prev.answer.short_answer if not prev.answer.abstained else None
            rewritten = f"Apart from {apart.group(1)} and {more}, {apart.group(2)}" if more else prev.read_as
            return rewritten, f'(reading as "{rewritten}")'
        if (e := _ELSE.match(q)) and (alike := self._asked_with(_ELSE_WH[e.group("wh").casefold()])) is None:
            return q, f'({_UNRESOLVED} whom "else" adds to: no {e.group("wh").casefold()}-question of the last ' \
                      'three was answered with a name)'
        if e and alike is not None:
            # "Who else?": the last who-question, its answer set aside
            rewritten = f"Apart from {alike.answer.short_answer}, {alike.read_as[:1].lower()}{alike.read_as[1:]}"
            return rewritten, f'(reading as "{rewritten}")'
        if (m := _BARE_WH.match(q)) and frame and framed.answer.details.get("answer_type") == "ROLE":
            # "Why?" after "Who is Smith?": a question of what someone is has no event to ask why or when of
            return q, f'({_UNRESOLVED} what "{m.group("wh").strip()}" asks about: the question before asked who or ' \
                      'what someone is)'
        asked_if = next((t for t in reversed(self.turns[-3:]) if t.answer.details.get("wh") == "yesno"), None)
        if asked_if is not None and frame is not None and self.turns.index(asked_if) < self.turns.index(framed):
            asked_if = None  # a wh-question asked after it is the one a bare "When?" goes on from
        if (m := _BARE_WH.match(q)) and asked_if is not None and _BARE_OF_EVENT.match(m.group("wh")):
            # "Did the council approve the lane?" → "When?": when did the council approve the lane
            rewritten = f"{m.group('wh').strip().capitalize()} {asked_if.read_as[:1].lower()}{asked_if.read_as[1:]}"
            return rewritten, f'(reading as "{rewritten}")'
        if (m := _BARE_WH.match(q)) and frame:  # before ellipsis: "And when?" is no phrase to swap in
            rewritten = self._bare_wh(framed, frame, m.group("wh"))
            return rewritten, f'(reading as "{rewritten}")'
        if (m := _ELLIPSIS.match(q)) and _QUESTION_START.match(m.group("np")):
            q = m.group("np").strip()  # "And where did it take place?": a whole question after "and"
            q = q[:1].upper() + q[1:] + "?"
        elif m and m.group("np").casefold() in ("him", "her", "he", "she"):
            # "And her?": what the text says of the person she stands for, not "Who is her?"
            person = self._referent("PERSON", m.group("np"), q)
            if person is None:
                return q, f'({_UNRESOLVED} who or what "{m.group("np")}" is)'
            rewritten = f"Who is {person}?"
            return rewritten, f'(reading as "{rewritten}")'
        elif m and frame and _has_content(m.group("np")):
            rewritten = self._ellipsis(framed, frame, m.group("np"))
            return rewritten, f'(reading as "{rewritten}")'
        notes: list[str] = []
        unresolved: list[str] = []
        q_spans = {sp.type for sp in find_spans(q)}
        asked = q  # the question as asked: its names are no referents
        taken: set[str] = set()  # referents already given to a pronoun of the question
        # "When did he endorse her?": "he" and "her" are two people, each resolved on its own
        by_gender = [("PERSON", _MASCULINE), ("PERSON", _FEMININE), *((k, p) for k, p in _PRONOUNS.items()
                                                                     if k != "PERSON")]
        for kind, pattern in by_gender:
            if kind == "PERSON" and "PERSON" in q_spans:
                continue
            found = [m for m in pattern.finditer(q) if not _pleonastic(q, m)]
            if kind == "PERSON":  # "How many votes did the mayor win in her last election?": her is the mayor
                found = [m for m in found if not _person_before(q[:m.start()])]
            if kind == "TOPIC":  # "When will the agency publish its decision?": "its" is the agency
                found = [m for m in found if not _topic_before(q, m)]
            referent = self._referent(kind, found[0].group(0) if kind in ("PERSON", "TOPIC") else "", asked,
                                      frozenset(taken)) if found else None
            if found and not referent and kind in ("PERSON", "TOPIC"):
                unresolved.append(found[0].group(0))
                continue
            if not referent or referent.casefold() in q.casefold():
                continue

            def sub(m: re.Match[str], referent: str = referent, q: str = q) -> str:
                if _pleonastic(q, m):
                    return m.group(0)
                if m.group(0).casefold() == "there" and not _PLACE_PREP.search(q[:m.start()]):
                    return "in " + referent  # "What is planned there?": "... planned in Mumbai"
                nxt = re.match(r"\s+([a-z][\w-]*)", q[m.end():])
                possessive = m.group(0).casefold() in ("his", "hers", "their", "its") or (
                    m.group(0).casefold() == "her" and nxt is not None  # "her current job", not "asked her about"
                    and (word_tag(nxt.group(1)) or "").startswith(("NN", "JJ")))
                return referent + "'s" if possessive else referent

            notes.append(f'"{found[0].group(0)}" as {referent}')
            if kind == "PERSON":  # "When did she arrive?": the user says the person is a woman
                self._genders.setdefault(referent, "f" if pattern is _FEMININE else "m")
            taken.add(referent)
            q = pattern.sub(sub, q)
        if (said := _THAT.search(q)) and prev.answer.citations and not prev.answer.abstained:
            # the claim's words, less its names (so that a name in it can still be the answer)
            claim = " ".join(w for w in prev.answer.citations[0].text.split() if not w[:1].isupper())
            q = f"{q.rstrip(' ?')}: {claim}"
            notes.append(f'"{_claim_word(said)}" as the previous answer')  # "that", "so"
        elif said:
            unresolved.append(_claim_word(said))  # "Who said that?" after an abstention: nothing was said
        note = "(reading " + ", ".join(notes) + ")" if notes else ""
        if unresolved:
            note = (note + " " if note else "") + f'({_UNRESOLVED} who or what "{unresolved[0]}" is)'
        return (q if notes else " ".join(question.split())), note

    @staticmethod
    def _split(prev: Turn, frame: re.Match[str]) -> tuple[str, str, str]:
        """Split the previous question into (wh phrase, auxiliary, rest)."""
        words = frame.group("frame").split()
        aux = words[-1] if words[-1].casefold() in _AUXES else ""
        wh = " ".join(words[:-1] if aux else words)
        question = prev.read_as.split(": ", 1)[0]  # without a claim appended for "that"
        return wh, aux, question[frame.end():].strip(" ?")

    def _ellipsis(self, prev: Turn, frame: re.Match[str], phrase: str) -> str:
        """"And the ambassador?": the previous question about the new phrase; "And a year
        earlier?": the previous question at the new time."""
        place = _IN_PLACE.fullmatch(phrase) if not _TIME_PHRASE.fullmatch(phrase) else None
        if place:  # "How many jobs is Norvell cutting in Ridgefield?" + "And in Puerto Rico?": the place swapped
            question = prev.read_as.split(": ", 1)[0].rstrip(" ?")
            old_place = list(_IN_PLACE.finditer(question))
            if old_place:
                return f"{question[:old_place[-1].start()]}{phrase}{question[old_place[-1].end():]}?"
            return f"{question} {phrase}?"  # "How many jobs will Norvell cut?" + "And in Ohio?"
        if _TIME_PHRASE.fullmatch(phrase) or _BEFORE.fullmatch(phrase):
            question = prev.read_as.split(": ", 1)[0].rstrip(" ?")
            old = _TIME_PHRASE.search(question)
            if old:  # "How much debt did X have last year?" + "And the year before?"
                return f"{question[:old.start()]}{phrase}{question[old.end():]}?"
            return f"{question} {phrase}?"  # "How much debt does X have?" + "And a year earlier?"
        swapped = _swap_name(prev.read_as.split(": ", 1)[0], phrase)
        if swapped and self._is_person(swapped[1]) == self._is_person(phrase):
            return swapped[0]  # "What is Lopez's title?" + "What about Hale?" → "What is Hale's title?"
        same_head = _swap_phrase(prev.read_as.split(": ", 1)[0], phrase)
        if same_head:
            return same_head  # "Who won the men's race?" + "What about the women's race?"
        held = _swap_holder(prev.read_as.split(": ", 1)[0], phrase)
        if held and not self._is_person(phrase):
            return held  # "Who is the director of the water department?" + "What about the museum?"
        wh, aux, rest = self._split(prev, frame)
        counted = _COUNTED_FRAME.match(rest) if wh.casefold() in ("how many", "how much") else None
        # a singular definite phrase is a thing that has them; a plural one ("the concerts") is counted
        definite = re.match(r"(?:the|this|that|its|their)\s", phrase, re.I) is not None \
            and word_tag(phrase.split()[-1].casefold()) != "NNS"
        if counted and not aux and definite:
            # "How many beds does the new hospital have?" + "What about the old Debrousse building?": the
            # building has them, so it takes the subject's place after the auxiliary
            verb = re.match(r"(\w+)\s+(.*)$", counted.group(2))
            end = _subject_end(verb.group(2)) if verb else None
            if verb and end is not None:
                return f"{wh} {counted.group(1).strip()} {verb.group(1)} {phrase} {verb.group(2)[end:].strip()}?" \
                    .replace(" ?", "?")
        if counted and not aux and not phrase[:1].isupper():
            # "How many events will the stadium host?" + "What about jobs?": the thing counted
            noun = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
            return f"{wh} {noun} {counted.group(2)}?"
        if not aux and rest:  # "Who leads the council?" + "What about Tom Hale?": no frame to carry it
            role = phrase.split()[-1].casefold() in ROLE_NOUNS  # "What about the federation chief?": a person
            if not (self._is_person(phrase) or role) and word_tag(phrase.split()[-1].casefold()) == "NNS":
                return f"What about {phrase}?"  # "What about passengers?": not "What is passengers?"
            return f"{'Who' if self._is_person(phrase) or role else 'What'} is {phrase}?"
        if aux.casefold() in _DO_AUXES or wh.casefold() in ("when", "where", "why", "how"):
            end = _subject_end(rest)  # "When did [they] last visit" → swap the subject
            topic = _ABOUT.search(rest)
            if end is not None and topic and self._is_person(rest[:end]) and not self._is_person(phrase):
                # "What did Lopez say about the budget?" + "What about the bridge?": the bridge is
                # what is talked about, not who talks
                return f"{wh} {aux} {rest[:topic.start(2)]}{phrase}?".replace("  ", " ")
            subject = rest[:end].split() if end is not None else []
            if end is not None and self._is_person(phrase) and not self._is_person(rest[:end]) \
                    and not (subject and subject[-1].casefold().rstrip("s") in ROLE_NOUNS | PEOPLE_NOUNS):
                return f"Who is {phrase}?"  # "When does it begin?" + "And Rosa Delgado?": not "When does Rosa ..."
            if end is not None:
                return f"{wh} {aux} {phrase} {rest[end:].strip()}".replace("  ", " ").strip() + "?"
        if wh.casefold() == "who" and not self._is_person(phrase) and not person_noun(phrase.split()[-1].casefold()):
            return f"What {aux} {phrase}?".replace("  ", " ")  # "Who is the council's leader?" + "What about the
            # fine?": the fine is no one
        return f"{wh} {aux} {phrase}?".replace("  ", " ")

    def _bare_wh(self, prev: Turn, frame: re.Match[str], new_wh: str) -> str:
        """"When?": the previous question with the new question word; when the previous
        question asked for its subject ("Who is leading ..."), its answer becomes the subject."""
        wh, aux, rest = self._split(prev, frame)
        degree = re.match(r"([a-z]+)\s+(is|are|was|were|will|would|did|does|do|has|have|had)\s+(.+)$", rest) \
            if wh.casefold() == "how" and not aux else None
        if degree and (word_tag(degree.group(1)) or "") in ("JJ", "RB", "JJR"):
            aux, rest = degree.group(2), degree.group(3)  # "How big is the rise?" → "Why?": not "Why big is ..."
        short = prev.answer.short_answer if not prev.answer.abstained else None
        if re.match(r"(?:by|for|to|from)\s", wh, re.I) and aux:  # "By how many votes did it pass?" → "When?":
            return f"{new_wh.capitalize()} {aux} {rest}?"  # when did it pass
        if wh.casefold() in ("how many", "how much") and not aux:
            counted = _counted_reading(new_wh, rest)
            if counted:
                return counted
        kind = _COUNTED_FRAME.match(rest) if wh.casefold() in ("what", "which") and not aux else None
        if kind and kind.group(1).islower():  # "Which street did the water main burst under?" → "Harbor Street"
            aux2, rest2 = (kind.group(2).split(" ", 1) + [""])[:2]
            if not short:
                rest2 = re.sub(r"\s+(?:under|on|in|at|of|for|with|to|from|by|about)$", "", rest2)
            return f"{new_wh.capitalize()} {aux2} {rest2} {short or ''}".rstrip() + "?"
        if wh.casefold() in ("who", "what", "which") and not short:  # "Who succeeded Ann Lee?" unanswered
            short = "someone" if wh.casefold() == "who" else "something"
        verb_first = (word_tag(rest.split(" ", 1)[0]) or "").startswith("VB")
        if wh.casefold() in ("who", "what", "which") and aux.casefold() in _DO_AUXES and verb_first:
            return f"{new_wh.capitalize()} {aux} {short} {rest}?"  # "Who will succeed Ann Lee?": its subject asked
        if wh.casefold() in ("who", "what", "which") and short and not aux:  # not "Who did the coach replace?"
            # "Who said that?" → "Maria Lopez" → "Why?": why did Maria Lopez say that
            if wh.casefold() != "who":  # "Which union represents ...?": the verb after the asked noun
                while " " in rest and (word_tag(rest.split(" ", 1)[0]) or "").startswith("NN") \
                        and _do_support(rest.split(" ", 1)[0]) is None:
                    rest = rest.split(" ", 1)[1]
            verb, _, after = rest.partition(" ")
            support = _do_support(verb, after_wh=True)
            if support is not None:
                return f"{new_wh.capitalize()} {support[0]} {short} {support[1]} {after}".rstrip() + "?"
            return f"{new_wh.capitalize()} {aux} {short} {rest}?".replace("  ", " ")
        if wh.casefold() in ("what", "which") and aux.casefold() in ("is", "are", "was", "were") \
                and word_tag(rest.split(" ", 1)[0].casefold()) == "VBN":
            return f"{new_wh.capitalize()} {aux} it {rest}?"  # "What is planned in Mumbai?" → "When is it planned ..."
        if wh.casefold() == "who" and short and aux.casefold() in ("is", "are", "was", "were"):
            # "Who was elected mayor?" → "Jane Roe" → "When?": when was Jane Roe elected mayor
            return f"{new_wh.capitalize()} {aux} {short} {rest}?"
        stranded = _STRANDED.search(rest) if wh.casefold() in ("what", "which", "who", "whom") \
            and aux.casefold() in _DO_AUXES else None
        if stranded:  # "What will he appeal to?" → "the Supreme Court" → "Why?": why will he appeal to it
            rest = f"{rest} {short}" if short and short not in ("someone", "something") else rest[:stranded.start()]
        return f"{new_wh.capitalize()} {aux} {rest}?".replace("  ", " ")

    def _asked_with(self, wh: str) -> Turn | None:
        """The latest of the last three turns whose question starts with ``wh`` (who/what/
        which/where; for "who", also a which/what-question that asked for a person: "Which
        councillors voted against it?") and was answered with a short answer; None if there is none."""
        def asked(t: Turn) -> bool:
            first = t.read_as.split()[:1]
            return first == [wh.capitalize()] or wh == "who" and first in (["Which"], ["What"]) \
                and t.answer.details.get("answer_type") == "PERSON"

        return next((t for t in reversed(self.turns[-3:]) if asked(t)
                     and not t.answer.abstained and t.answer.short_answer
                     and t.answer.details.get("answer_type") != "ROLE"), None)  # not "Who is Helen Park?"

    def _other_gender(self, name: str, pronoun: str, *, told: bool = False) -> bool:
        """True when the corpus (or with ``told``, the user by an earlier pronoun) says the
        person is of the other gender than the pronoun."""
        wanted = "f" if pronoun.casefold() in ("she", "her", "hers") else "m"
        known = facts_for(self.corpus).gender(name.strip()) or (self._genders.get(name.strip()) if told else None)
        return known is not None and known != wanted

    def _referent(self, kind: str, pronoun: str = "", question: str = "",
                  taken: frozenset[str] = frozenset()) -> str | None:
        """The most recent mention of the given kind in the conversation (for "he"/"she",
        not a person the corpus says is of the other gender, nor one the question itself
        names: "she" in "What did she thank Johnson for?" is not Mary Johnson; nor one
        ``taken`` by another pronoun of the question)."""
        named = {w.casefold() for w in re.findall(r"[A-Z][\w’'-]+", question)}
        second: str | None = None  # a person only the user's earlier pronoun gives another gender
        for turn in reversed(self.turns[-3:]):
            a = turn.answer
            if kind == "TOPIC":
                org = a.short_answer if not a.abstained and a.details.get("answer_type") == "ORGANIZATION" \
                    and a.details.get("short_type") in ("ORGANIZATION", "ENTITY") else None
                if org and pronoun.casefold() in ("it", "its"):
                    return org  # "Which company was fined?" + "How much was it fined?": the company answered
                subject = _NAMED_SUBJECT.match(turn.read_as)
                if subject and pronoun.casefold() in ("it", "its") and not self._is_person(subject.group(1)):
                    return subject.group(1)  # "How often did Varsha-1 take an image of the subcontinent?": Varsha-1
                phrases = [self._topic_words(turn.read_as, m) for m in _TOPIC.finditer(turn.read_as)]
                phrases = [w for w in phrases if w[-1].casefold().rstrip("s") not in ROLE_NOUNS  # "it": no "mayor"
                           and w[-1].casefold() not in _FRAME_NOUNS]  # "the name of X": X, not "the name"
                # "it" takes a singular phrase, "they" a plural one ("When do the companies expect to complete
                # the merger?" + "Who must approve it?": the merger); else the first, as before
                plural = pronoun.casefold() in ("they", "them", "their")
                agreeing = [w for w in phrases if _plural(w[-1]) == plural]
                counted = a.details.get("head") if a.details.get("wh") == "how many" else None
                if counted and _plural(counted) and plural and not agreeing:
                    return "the " + counted  # "How many miners were trapped (in the mine)?" + "How deep were they?"
                if phrases:
                    return "the " + " ".join((agreeing or phrases)[0])
                names = [sp.text for sp in find_spans(turn.read_as)
                         if sp.type in ("ORGANIZATION", "ENTITY") and sp.start > 0 and not is_person(sp)]
                if names:
                    return names[0]
                continue
            wanted = {"PERSON": ("PERSON",), "LOCATION": ("LOCATION",), "DATE": ("DATE",)}[kind]
            kind_of = a.details.get("short_type")
            if kind == "PERSON" and a.details.get("answer_type") == "PERSON" and kind_of == "ENTITY" \
                    and a.short_answer and (self._is_person(a.short_answer) or " " in a.short_answer
                                            and looks_like_name(a.short_answer)):
                kind_of = "PERSON"  # the name that answered a who-question (not a place: "Eastgate")
            if kind == "LOCATION" and a.details.get("answer_type") == "LOCATION" and kind_of in ("ORGANIZATION",
                                                                                                   "ENTITY"):
                kind_of = "LOCATION"  # "Where was the hearing held?": "the Pendleton Convention Center" is a place
            answered = a.short_answer if not a.abstained and kind_of in wanted else None

            def mentioned(text: str, asked: bool, kind: str = kind, wanted: tuple[str, ...] = wanted) -> list[str]:
                return [sp.text for sp in find_spans(text) if sp.type in wanted
                        or kind == "PERSON" and sp.type == "ENTITY" and self._known_person(sp.text, asked)]

            # "he" keeps to the person the conversation is about (named in the question) before
            # the one an answer brought in; "there" and "then" point at the last answer first.
            in_question = mentioned(turn.read_as, True)
            # a name the question gives as a person's before the answer's person, and the answer's before
            # a name only guessed to be one ("Who will take charge of Rovers?" + "How old is he?": the
            # person answered, not Rovers)
            sure = {sp.text for sp in find_spans(turn.read_as) if sp.type == "PERSON"}
            order = [[x for x in in_question if x in sure], [answered] if answered else [],
                     [x for x in in_question if x not in sure]] if kind == "PERSON" else \
                [[answered] if answered else [], in_question]
            for found in [*order, *(mentioned(c.text, False) for c in a.citations[:1])]:
                found = [x for x in found if not (pronoun and self._other_gender(x, pronoun)) and x not in taken
                         and not (kind == "PERSON" and named & {w.casefold() for w in x.split()})]
                # a person the user called "she" is "he" only when no one else can be (the user's word
                # may have been a misreading: it breaks ties, it does not exclude)
                likely = [x for x in found if not (pronoun and self._other_gender(x, pronoun, told=True))]
                if likely:
                    return likely[0]
                second = second or (found[0] if found else None)
        return second

    @staticmethod
    def _topic_words(question: str, m: re.Match[str]) -> list[str]:
        """The words of a "the ..." phrase of a question (``_TOPIC``), without the verb that
        follows a subject after an auxiliary ("When will [the first bakery] open?")."""
        words = m.group(1).split()
        finite = next((i for i, w in enumerate(words) if i and (w.casefold() in _BE_HAVE or (
            word_tag(w.casefold()) or "") in ("VBD", "VBZ", "VBP", "MD"))), None)
        if finite is not None:  # "... believed the attack *was* carried out by a group": the phrase ends there
            words = words[:finite]
        before = question[:m.start()].split()
        if len(words) > 1 and before and before[-1].casefold() in _AUXES:
            verb = next((i for i, w in enumerate(words) if i and (word_tag(w.casefold()) or "").startswith(
                ("VB", "MD"))), None)
            if verb is not None:
                words = words[:verb]
            elif (m.end() >= len(question.rstrip(" ?")) or _OBJECT_NEXT.match(question, m.end())) \
                    and words[-1][:1].islower():  # a capitalized last word ends a name: "... Association?"
                words = words[:-1]  # "How much will [the new electric ferry] cost the state?"
            while len(words) > 1 and (words[-1].casefold() in _VERB_ADVERBS
                                      or (word_tag(words[-1].casefold()) or "").startswith("RB")):
                words = words[:-1]  # "When did [the House delegation] last visit?": not "... last"
        return words

    def _is_person(self, text: str) -> bool:
        """A personal pronoun, or a name the corpus gives to a person ("Lopez", "Maria Lopez")."""
        if text.casefold() in ("he", "she", "him", "her"):
            return True
        facts = facts_for(self.corpus)
        return any(sp.type == "PERSON" for sp in find_spans(text)) or any(
            facts.full_name(doc, text) for doc in self.corpus.documents)

    def _known_person(self, name: str, surname: bool = False) -> bool:
        """True if the corpus names this person (with a title somewhere, as qa.facts finds):
        a full name, or with ``surname`` (a name the user asked about) a surname alone that a
        document gives in full ("Okonjo": "Grace Okonjo")."""
        facts = facts_for(self.corpus)
        shaped = looks_like_name(name) or surname and name.isalpha() and name[:1].isupper() and not name.isupper()
        return shaped and any(facts.full_name(doc, name) for doc in self.corpus.documents)

    def set_corpus(self, corpus: Corpus) -> None:
        """Answer from another corpus from now on (the conversation starts afresh)."""
        self.corpus = corpus
        self._stories = {}
        self.reset()

    def reset(self) -> None:
        """Forget the conversation."""
        self.turns.clear()
        self.asked = 0
        self._genders.clear()
