"""Short answers for questions without a typed answer ("What is X called?", "What did X cause?").

The answer to such a question is, most often, a phrase of the answering
sentence that the question does not contain, standing next to the words it
does contain (Deep Read's "the answer is near the question's words"). When the
question's text is given, the candidates are the sentence's base noun phrases,
found by part-of-speech tags (TextBlob's bundled Pattern tagger, ``pos_tags``)
and extended by an "of" complement ("number *of gates*"); the rules, all general
English, prefer (``_np_chunk``):

* a phrase right after a naming cue ("called", "known as"; "such as",
  "including" only when the question asks for examples);
* the subject of a copula whose predicate holds the question's head noun
  ("*Geometry* is a branch of ..." for "What branch ...?");
* a phrase holding the head noun, then one right after a copula that follows
  the question's words;
* then the phrase nearest the question's words, or the slot the what-phrase
  fills (right after the word before it, right before the word after it when
  it is the subject, right after the preposition before "what"), with a bonus
  for the share of its words the question lacks.

Without a noun phrase that holds a new word, or for "What did X do?" (a verb
phrase answers), the fallback splits the sentence into runs of tokens that are
not question words, a run also ending at punctuation (, ; : ( ) quotes dashes),
trims function words from each run's ends, and prefers a run after a naming cue,
then after a copula, then the nearest; at most MAX_TOKENS tokens, the ones
nearest the question's words.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from qa.analyzer import AUXILIARIES, DETERMINERS, STOP_WORDS, Token, stem, synonyms, tokenize

#: Longest short answer, in tokens.
MAX_TOKENS = 6
_BREAK = re.compile(r"[,;:()\[\]\"“”‘’—–]|\s-\s|\.\s")
_CUES = ("called", "known as", "referred to as", "named", "termed", "such as", "including", "namely",
         "defined as", "considered")
_LIST_CUES = frozenset({"such as", "including", "namely"})
_ASKS_EXAMPLE = re.compile(r"\b(?:examples?|instances?|includ\w*|such|types?|kinds?|name (?:one|two|three|some))\b",
                           re.I)
_CUE_WORDS = frozenset("including such namely called named known termed whether".split())
#: Prepositions the stop-word list lacks: never the edge of a short answer ("Beyond minerals").
_PREPOSITIONS = frozenset("beyond besides despite among amongst toward towards upon via amid amidst unlike "
                          "versus".split())
_COPULA = frozenset("is are was were be been being become became remains remained".split())


def _weak(t: Token) -> bool:
    """A function word, or a word shaped like an adverb or a past participle ("similarly",
    "used"): never the edge of a short answer."""
    w = t.surface
    return t.stop or t.norm in _CUE_WORDS or t.norm in _PREPOSITIONS or (
        w[:1].islower() and (w.endswith("ly") or (w.endswith("ed") and len(w) > 4)))


def _runs(sentence: str, toks: list[Token], in_question: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, t in enumerate(toks):
        boundary = i > 0 and bool(_BREAK.search(sentence[toks[i - 1].end:t.start]))
        if in_question[i] or boundary:
            if start is not None:
                runs.append((start, i))
            start = None if in_question[i] else i
        elif start is None:
            start = i
    if start is not None:
        runs.append((start, len(toks)))
    out = []
    for s, e in runs:
        while s < e and _weak(toks[s]):
            s += 1
        while e > s and _weak(toks[e - 1]):
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_KIND_OF = re.compile(r"\bwhat (?:type|kind|sort|form|variety|style|class)e?s? of (?:an? |the )?"
                      r"([\w-]+(?: [\w-]+){0,2}?)"
                      r"(?= (?:is|are|was|were|do|does|did|can|could|has|have|had|will|would)\b|\?|$)", re.I)


#: Head nouns (stemmed) of what-questions that ask for a title or a phrase, which text puts in quotes.
QUOTED_HEADS = frozenset(stem(w) for w in "paper book article report title song film movie novel poem essay "
                         "play album treatise slogan motto phrase term expression headline name word adjective "
                         "nickname label".split())
_QUOTED = re.compile(r"[“\"]([^”\"]{3,120})[”\"]")


#: "What did X call/describe/label Y (as)?", "How did X describe Y?": the words X used,
#: which news text quotes.
_CALLED = re.compile(r"\b(?:what|how)\b.*\b(?:call|calls|called|describe|describes|described|label|labels|labeled|"
                     r"labelled|dub|dubs|dubbed|term|termed|characteri[sz]e|characteri[sz]ed)\b", re.I)


def quoted_chunk(question: str, sentence: str, head: str | None) -> tuple[int, int] | None:
    """For a question whose head noun asks for a title or a phrase ("What paper ...?",
    "What is the phrase ...?") or that asks what someone called something ("What did
    Macron call the talks?"), the span inside the sentence's first quotation marks that
    the question does not already hold; None otherwise."""
    if head not in QUOTED_HEADS and not _CALLED.search(question):
        return None
    asked = {t.term for t in tokenize(question) if not t.stop}
    for m in _QUOTED.finditer(sentence):
        inside = [t.term for t in tokenize(m.group(1)) if not t.stop]
        if inside and not set(inside) <= asked:
            return m.start(1), m.start(1) + len(m.group(1).rstrip(".,;:!? "))  # "the best iPhone ever[.]"
    return None


#: Cues that open the reason of a why-question's answer, and the means of a how-question's.
_REASON = re.compile(r"\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|in order to|so as to|so that|"
                     r"citing|saying(?: that)?|for fear that)\s+", re.I)
_MEANS = re.compile(r"\b(?:by(?= \w+ing\b)|using|via|through|by means of|with the help of)\s+", re.I)
#: Abbreviations that end in a period inside a sentence: "because Gov. Ana Ruiz asked ...".
_TITLE_ABBREVIATIONS = ("Gov", "Dr", "Mr", "Mrs", "Ms", "St", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt",
                        "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft", "Rev", "Adm",
                        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "approx")
#: Where a reason or means ends: a comma, colon, bracket, dash or sentence end; not inside "2:40", "1,200", "a.m.".
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()\[\]—–]|\s-\s|[.,][”\"]|(?<!\.[A-Za-z])"
                           + "".join(rf"(?<!\b{a})" for a in _TITLE_ABBREVIATIONS) + r"\.\s")
#: Longest reason or means, in words.
MAX_CLAUSE_WORDS = 24


def clause_chunk(wh: str, sentence: str) -> tuple[int, int] | None:
    """For "why?", the clause after a cue of reason or purpose ("because ...", "due to
    ...", "in order to ...", "citing ...", "saying ..."); for "how?", the means after "by
    <-ing>", "using", "via", "through". Up to the next comma, semicolon, colon, dash or
    the sentence's end (a quotation inside stays whole), at most MAX_CLAUSE_WORDS words;
    None without a cue (the sentence is the answer)."""
    cue = (_REASON if wh == "why" else _MEANS if wh == "how" else None)
    m = cue.search(sentence) if cue else None
    if not m:
        return None
    start = m.end()
    stop = _CLAUSE_BREAK.search(sentence, start)  # not at quotes: "saying the decision was “short-sighted”"
    end = (stop.end() if stop.group()[-1:] in "”\"" else stop.start()) if stop else len(sentence)
    if wh == "how":  # the means ends where the sentence goes on to another deed: "through a skylight ... and were
        # inside for less than seven minutes"
        more = next((m for m in re.finditer(r"\s(?:and|but|then)\s+([a-z]+)\b", sentence[start:end])
                     if (word_tag(m.group(1)) or "").startswith(("VBD", "VBZ", "VBP"))), None)
        end = start + more.start() if more else end
    words = list(re.finditer(r"\S+", sentence[start:end]))
    if len(words) > MAX_CLAUSE_WORDS:  # cut short: not after a function word ("high winds over *the*")
        words = words[:MAX_CLAUSE_WORDS]
        while words and words[-1].group().casefold() in STOP_WORDS:
            words.pop()
    if not words:
        return None
    text = sentence[start:start + words[-1].end()]
    if not re.search(r"(?:^|\s)(?:[A-Za-z]\.)+$", text):  # "at about 2:40 a.m.", "in the U.S."
        text = text.rstrip(".!?")
        # a closing quote stays with its opening one ('saying he had "kept calm and kept everyone safe"'), a
        # stray one goes
        while text.endswith(('"', "”")) and (text.count('"') % 2 == 1 or text.count("”") > text.count("“")):
            text = text[:-1].rstrip(".!?")
    return (start, start + len(text)) if text else None


def kind_chunk(question: str, sentence: str) -> tuple[int, int] | None:
    """For "what type/kind of X ...?", the span of the sentence's words that qualify X, with
    X: "a *single-tape Turing machine*" for "What type of Turing machine ...?" (None when
    the sentence does not write X with a qualifier the question lacks)."""
    m = _KIND_OF.search(question)
    if not m:
        return None
    verbs = {question[a:b].casefold() for a, b, t in pos_tags(question) if t.startswith("VB") and t != "VBG"}
    kind = [t.term for t in tokenize(m.group(1)) if not t.stop]
    while len(kind) > 1 and kind[-1] in {stem(v) for v in verbs}:
        kind.pop()  # "What kind of bridge *reopened*?": the verb is no part of the kind
    asked = {t.term for t in tokenize(question)}
    toks = tokenize(sentence)
    for i in range(len(toks) - len(kind) + 1):
        if [t.term for t in toks[i:i + len(kind)]] != kind:
            continue
        s = i
        while s > 0 and i - s < 3 and not toks[s - 1].stop and toks[s - 1].term not in asked and not _BREAK.search(
                sentence[toks[s - 1].end:toks[s].start]):
            s -= 1
        if s < i:
            start = toks[s].start
            while start > 0 and not sentence[start - 1].isspace():
                start -= 1  # the whole of a hyphenated word: "*state-of-the-art* bridge"
            return start, toks[i + len(kind) - 1].end
    return None


#: Penn Treebank tags that a noun phrase is made of, and those that may end it.
_NP_TAGS = frozenset("DT PRP$ JJ JJR JJS NN NNS NNP NNPS CD VBG POS".split())
_NP_HEADS = frozenset("NN NNS NNP NNPS CD".split())
#: Curly quotes read as straight ones by the tagger (same length, so offsets hold).
_STRAIGHT = str.maketrans("‘’“”", "''\"\"")


_TAGGER_LOCK = threading.Lock()


@lru_cache(maxsize=4096)
def pos_tags(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Penn Treebank part-of-speech tags of ``sentence``: (start, end, tag) per word, with
    character offsets. The tagger is TextBlob's PatternTagger (the Brill-style lexicon and
    context rules of the Pattern library, bundled, no download), imported on first use."""
    from textblob.en import tag  # about 0.2 s to import (it loads NLTK), so only when a chunk is wanted

    text = sentence.translate(_STRAIGHT)
    with _TAGGER_LOCK:  # its lexicon loads lazily on first use: one thread at a time, or a half-loaded one is read
        tagged = tag(text)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for word, t in tagged:
        i = text.find(word, pos)
        if i < 0:
            continue
        if word == "s" and out and out[-1][2] == "POS" and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1, "POS")  # the tagger splits "’s" into "’" and "s"
        else:
            if re.search(r"\d", word) and re.search(r"[A-Z]", word):
                t = "NNP"  # a code or model name ("CW-200", "F-35", "COVID-19"), which the lexicon does not know
            out.append((i, i + len(word), t))
        pos = i + len(word)
    return tuple(out)


def word_tag(word: str) -> str | None:
    """The tagger's lexicon tag of ``word`` in lower case (its most frequent Penn Treebank
    tag: "damaged" VBN, "meeting" NN), or None if the lexicon does not know it. Loads the
    tagger's lexicon on first use, like ``pos_tags``."""
    from textblob.en import lexicon

    with _TAGGER_LOCK:
        tag = lexicon.get(word.casefold())
    return tag if isinstance(tag, str) else None


def common_word(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` in lower case as an ordinary word (a
    common noun, verb, adjective ...; not only as a proper noun): "Consumer" yes, "Smith" no."""
    tag = word_tag(word)
    return tag is not None and not tag.startswith("NNP")


def warm_up() -> None:
    """Load the part-of-speech tagger now (about 0.26 s, once), so that the first phrase
    answer does not wait for it; the REPL calls it in a background thread at start."""
    try:
        pos_tags("The tagger loads.")
    except Exception:  # a failure shows later, where a phrase answer needs the tagger
        pass


def _in_np(tags: tuple[tuple[int, int, str], ...], i: int, run: list[int]) -> bool:
    """Whether word ``i`` continues (or starts) a base noun phrase: a determiner, adjective,
    noun, number or -ing word; a past participle after a determiner or adjective ("the
    *chosen* model") or opening a phrase before a noun ("called *randomized* algorithms"),
    not a verb after its subject ("Smith *pressed* officials"); an adverb before an
    adjective or -ing word ("*rapidly* expanding"); "and"/"or" between two nouns
    ("privacy *and* security")."""
    t = tags[i][2]
    nxt = tags[i + 1][2] if i + 1 < len(tags) else "."
    prev = tags[run[-1]][2] if run else "."
    if t in _NP_TAGS:
        return True
    if t == "VBN":  # not a verb after its subject: "Smith *pressed* officials"
        before = tags[i - 1][2] if i > 0 else "."
        return prev in ("DT", "PRP$", "JJ", "RB") or (
            not run and before not in _NP_HEADS and before not in ("PRP", "WDT") and nxt in ("NN", "NNS"))
    if t == "RB":
        return nxt in ("JJ", "VBG", "VBN")
    if t == "CC":
        return bool(run) and prev in _NP_HEADS and nxt in ("NN", "NNS", "JJ", "VBG")
    return False


#: -ing words that work as prepositions ("*including* Darnell Reese"): never part of a noun phrase.
_PREP_ING = frozenset("including according regarding concerning following excluding during notwithstanding "
                      "considering barring pending".split())


def noun_phrases(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the sentence's base noun phrases, by part-of-speech tags
    (``_in_np``), each ending in a noun or a number, leading determiners dropped: "the
    *general number field sieve*", "their *inherent difficulty*", "*technology and trade*"."""
    tags = pos_tags(sentence)
    spans: list[tuple[int, int]] = []
    run: list[int] = []
    for i in range(len(tags) + 1):
        if i < len(tags) and run and tags[i][2] in ("DT", "PRP$") and tags[run[-1]][2] in _NP_HEADS:
            spans.append((tags[run[0]][0], tags[run[-1]][1]))  # "told reporters | the two governments"
            run = []
        if i < len(tags) and _in_np(tags, i, run) and sentence[tags[i][0]:tags[i][1]].casefold() not in _PREP_ING:
            run.append(i)
            continue
        if len(run) == 1 and tags[run[0]][2] == "VBG" and run[0] > 0 and tags[run[0] - 1][2] == "IN":
            spans.append((tags[run[0]][0], tags[run[0]][1]))  # a gerund as a noun: "a tradition of *singing*"
            run = []
        while run and tags[run[-1]][2] not in _NP_HEADS:
            run.pop()
        while run and tags[run[0]][2] in ("DT", "PRP$", "POS", "CC"):
            run.pop(0)
        if run:
            spans.append((tags[run[0]][0], tags[run[-1]][1]))
        run = []
    return spans


_LIST_GAP = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:the|a|an|their|its|his|her)\s+)?")
_AND_OR = re.compile(r"\s+(?:and|or)\s+")


def coordinations(sentence: str) -> list[tuple[int, int, int]]:
    """Lists of noun phrases joined by commas and a final "and"/"or" ("BPP, ZPP and RP",
    "time or space", "NL and NC"), as (start, end, items): character offsets of the whole
    list and how many things it names; only lists of two or more, and not two with a comma
    before "and" (two clauses: "cancelled flights to Denpasar, and Jetstar said"). A common noun before a
    list of names is the thing they name, not one of them."""
    nps: list[tuple[int, int]] = []
    for np in noun_phrases(sentence):  # "the rising cost of living": one thing in a list
        if nps and re.fullmatch(r"\s+of\s+(?:the\s+)?", sentence[nps[-1][1]:np[0]]):
            nps[-1] = (nps[-1][0], np[1])
        else:
            nps.append(np)
    tags = pos_tags(sentence)
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(nps):
        j, last = i, i if _AND_OR.search(sentence[nps[i][0]:nps[i][1]]) else -1
        while j + 1 < len(nps) and _LIST_GAP.fullmatch(sentence[nps[j][1]:nps[j + 1][0]]):
            j += 1
            if _AND_OR.search(sentence[nps[j - 1][1]:nps[j][1]]):
                last = j  # the list runs to the last phrase an "and"/"or" brings in
        first = i
        if last - i >= 2 and _head_tag(tags, nps[i]) in ("NN", "NNS") and all(
                _head_tag(tags, np) in ("NNP", "NNPS") for np in nps[i + 1:last + 1]):
            first = i + 1  # "the company's line, the CW-200, CW-350 and CW-500": a name for each, after the thing
        items = sum(1 + len(_AND_OR.findall(sentence[a:b])) for a, b in nps[first:last + 1]) if last >= 0 else 0
        # "to Denpasar, and Jetstar said": two things with a comma before "and" are two clauses'
        if items > 2 or items == 2 and not re.search(r",\s*(?:and|or)\s", sentence[nps[first][0]:nps[last][1]]):
            found.append((nps[first][0], nps[last][1], items))
        i = max(j, last, i) + 1
    return found


def _head_tag(tags: tuple[tuple[int, int, str], ...], np: tuple[int, int]) -> str:
    """The part-of-speech tag of a noun phrase's last word."""
    return next((t for s, e, t in reversed(tags) if e == np[1]), "")


#: Prepositions that can stand before what/which ("*To* what problem ...?").
_QUESTION_PREPOSITIONS = frozenset("to in on at by for from with into about of over under".split())


_DO_AUX = frozenset("did does do will would can could should may might has have had".split())


def _slot_words(question: str, head: str | None) -> tuple[str | None, str | None, str | None]:
    """Where the answer to a what/which question stands, as the question marks it: the
    content terms just before and just after the what-phrase ("classified *by* what
    attribute *using* ...": the answer stands right after the text's "by"-side word, or
    right before its "using"-side word when the what-phrase is the subject), and the
    preposition right before what/which ("*To* what problem ...?": the answer follows the
    same preposition in the text, "linked *to* America's opioid crisis"), or the one the
    question ends on with the word before it ("What did she thank Johnson *for*?":
    "thanked Johnson for *her service*")."""
    toks = tokenize(question)
    wh = next((i for i, t in enumerate(toks) if t.norm in ("what", "which")), None)
    if wh is None:
        return None, None, None
    before = next((toks[i].term for i in range(wh - 1, -1, -1) if not toks[i].stop), None)
    if wh + 2 < len(toks) and toks[wh + 1].norm in _COPULA and toks[wh + 2].norm.endswith("ed") \
            and toks[wh + 2].surface.islower():
        before = toks[wh + 2].term  # "What was closed?" (a passive): "Officials closed *a nearby road*"
    if before is None and wh + 2 < len(toks) and toks[wh + 1].norm in _DO_AUX:
        # "What did the governor *declare* on Monday?": the answer follows the verb ("declared *a state
        # of emergency*"), the verb being the first word after the auxiliary the lexicon knows as one
        verb = next((t for t in toks[wh + 2:] if not t.stop and t.surface.islower()
                     and (word_tag(t.norm) or "").startswith("VB")), None)
        before = verb.term if verb else None
    after = None
    for t in toks[wh + 1:]:
        if t.norm in AUXILIARIES:
            break  # "which products did Beijing ...": the what-phrase is not the subject
        if not t.stop and t.term != head:
            after = t.term
            break
    preposition = toks[wh - 1].norm if wh and toks[wh - 1].norm in _QUESTION_PREPOSITIONS else None
    if preposition is None and toks[-1].norm in _QUESTION_PREPOSITIONS and len(toks) > wh + 2:
        # "What did she thank Johnson *for*?": "thanked Johnson for *her service*" (the word before too)
        preposition = f"{toks[-2].term} {toks[-1].norm}"
    return before, after, preposition


_DETERMINERS = DETERMINERS


def _after_preposition(toks: list[Token], s: int, preposition: str) -> bool:
    """Whether token ``s`` follows the preposition, past any determiners ("linked to [the]
    opioid crisis"); for "word preposition", the word must stand before it too."""
    i = s - 1
    while i >= 0 and toks[i].norm in _DETERMINERS:
        i -= 1
    *word, prep = preposition.split()
    return i >= 0 and toks[i].norm == prep and (not word or (i > 0 and toks[i - 1].term == word[0]))


#: "What did X do?", "What does it do?": the answer is what was done, a verb phrase.
_DO_ASKED = re.compile(r"\bwhat\b.*?\b(?:do|does|did)\b.*\b(?:do|doing|done)\b", re.I)
#: "What does X want/ask/urge Y to do?": the answer is what follows "to" in the sentence.
_TO_DO = re.compile(r"\bwhat\b.*\b(?:wants?|wanted|ask|asks|asked|urges?|urged|expects?|expected|tells?|told|"
                    r"needs?|needed|requires?|required|orders?|ordered|calls? on|called on)\b.*\bto do\b", re.I)


#: "What does the finance chief expect (for packaging costs)?": what is expected, said as "expected costs ... to
#: ease in 2026".
_EXPECTS = re.compile(r"^\W*what\b.*\b(?:expects?|expected|forecasts?|predicts?|predicted|anticipates?|"
                      r"anticipated)\b", re.I)


def _to_do_chunk(sentence: str, toks: list[Token], hits: list[int]) -> tuple[int, int] | None:
    """For "What does X want Y to do?": the verb phrase after the first "to <verb>" that
    follows a question word in the sentence, up to the end of its clause ("ask the
    university *to publish all of its gene-editing data*"); None if there is none."""
    for i, t in enumerate(toks[:-1]):
        if t.norm == "to" and any(h < i for h in hits) and (word_tag(toks[i + 1].norm) or "VB").startswith("VB"):
            start = toks[i + 1].start
            end = re.search(r"[,;:.”\"]|\s+(?:but|while|and said)\b|$", sentence[start:])
            return start, start + (end.start() if end else len(sentence) - start)
    return None
#: Prepositions that attach a complement to a noun ("concerns *about* privacy").
_NOUN_PP = frozenset("of about over on for".split())


def _new_phrase(idx: list[int], toks: list[Token], in_q: list[bool], asked: list[bool], heads: set[str],
                starts: dict[int, int], asked_words: set[str], lower: str) -> tuple[int, int, bool] | None:
    """The span (s, e) of a noun phrase (token indices ``idx``) that can answer, and whether
    it stands for the head noun; None when it says nothing the question lacks.

    A phrase of only the question's words and its head noun says nothing ("Norman
    *architecture*"), unless it is a naming cue's object written otherwise ("are called
    *randomized algorithms*" for "... that use random bits?") or the head's "of" complement
    names it ("the concept of *a reduction*": that complement is the span). A name or an
    -ing word the question holds is trimmed from the edges."""
    content = [i for i in idx if not toks[i].stop]
    s, e = idx[0], idx[-1] + 1
    named_by_head = False
    cue = any(lower[:toks[s].start].rstrip().endswith(c) for c in _CUES)
    if not (cue and any(toks[i].norm not in asked_words for i in content)) and not [
            i for i in content if not asked[i] and toks[i].term not in heads]:
        if not (any(toks[i].term in heads for i in idx) and e + 1 in starts and toks[e].norm == "of"):
            return None
        s, e, named_by_head = e + 1, starts[e + 1], True
        if all(in_q[i] or toks[i].stop for i in range(s, e)):
            return None
    while e - 1 > s and asked[e - 1] and (toks[e - 1].surface[:1].isupper() or toks[e - 1].norm.endswith("ing")):
        e -= 1
    while s < e - 1 and asked[s] and toks[s].surface[:1].isupper() and lower[toks[s].end:][:1] != "-":
        s += 1  # not "NP" of "NP-complete"
    name = e  # a name the question holds part of, at the end: "Chief executive [Laura Chen]" for "Laura's job"
    while name - 1 > s and toks[name - 1].surface[:1].isupper():
        name -= 1
    if name < e and name > s and any(asked[i] for i in range(name, e)):
        e = name
    return s, e, named_by_head


def _np_chunk(question: str, sentence: str, toks: list[Token], in_q: list[bool], asked: list[bool],
              hits: list[int], anchors: list[int], heads: set[str], head: str | None) -> tuple[int, int] | None:
    """The noun phrase that answers (token span), or None when no noun phrase holds a word
    the question lacks besides its head noun (``_new_phrase``; ``asked``: the question
    holds the word itself; ``in_q``: it or a synonym). Preferred, in order: right after a
    naming cue; the subject of a copula whose predicate holds the head noun ("*X* is a
    branch of ..." for "What branch ...") or the predicate of one whose subject does
    ("Related fields are *analysis of algorithms*"); holding the head noun; right after a
    copula that follows the question's words; then nearest the question's words or the
    slot the question word fills (``_slot_words``), with a bonus for the share of its
    content words the question lacks. The phrase then takes its complements ("analysis
    *of algorithms*"; a head noun's "concerns *about privacy*"; a gerund's, up to
    MAX_TOKENS + 3 tokens) when they hold a word the question lacks."""
    before_wh, after_wh, preposition = _slot_words(question, head)
    # "such as", "including" list examples: a cue only when examples are asked for
    cues = _CUES if _ASKS_EXAMPLE.search(question) else tuple(c for c in _CUES if c not in _LIST_CUES)
    asked_words = {t.norm for t in tokenize(question)}
    lower = sentence.casefold()
    best: tuple[tuple[float, ...], int, int] | None = None
    phrases = [[i for i, t in enumerate(toks) if t.start >= cs and t.end <= ce] for cs, ce in noun_phrases(sentence)]
    phrases = [idx for idx in phrases if idx]
    starts = {idx[0]: idx[-1] + 1 for idx in phrases}
    for idx in phrases:
        if all(toks[i].norm[:1].isdigit() for i in idx):
            continue  # a bare number answers "how many", not "what" ("Reese, *29*, who died of ...")
        found = _new_phrase(idx, toks, in_q, asked, heads, starts, asked_words, lower)
        if found is None:
            continue
        s, e, named_by_head = found
        content = [i for i in range(s, e) if not toks[i].stop] or [s]
        novelty = sum(not in_q[i] for i in content) / len(content)
        cue = any(lower[:toks[s].start].rstrip().endswith(c) for c in cues)
        copula = s > 0 and toks[s - 1].norm in _COPULA and any(s - 5 <= h < s for h in hits)
        subject = bool(heads) and (e < len(toks) and toks[e].norm in _COPULA and any(
            t.term in heads for t in toks[e + 1:e + 7]) or s > 0 and toks[s - 1].norm in _COPULA and any(
            t.term in heads for t in toks[max(0, s - 8):s - 1]))
        slot = min([sum(toks[j].norm not in _DETERMINERS for j in range(i + 1, s))  # "declared *a* state": adjacent
                    for i in range(s) if toks[i].term == before_wh] +
                   [i - e for i in range(e, len(toks)) if toks[i].term == after_wh] +
                   [0] * (preposition is not None and _after_preposition(toks, s, preposition)), default=99)
        dist = min(min(abs(h - s), abs(h - (e - 1))) for h in anchors)
        has_head = named_by_head or any(toks[i].term in heads for i in range(s, e))
        key = (float(cue), float(subject), float(has_head), float(copula),
               2 * novelty - min(slot, dist), float(any(h < s for h in hits)), -float(s))
        gerund = toks[s].norm.endswith("ing") and len(toks[s].norm) > 4
        limit = MAX_TOKENS + 3 if gerund else MAX_TOKENS
        while e + 1 in starts and starts[e + 1] - s <= limit and not all(in_q[e + 1:starts[e + 1]]) and (
                toks[e].norm == "of" or (has_head or gerund) and toks[e].norm in _NOUN_PP):
            e = starts[e + 1]
        if best is None or key > best[0]:
            best = (key, s, min(e, s + limit))
    return (best[1], best[2]) if best else None


def answer_chunk(question_terms: set[str], sentence: str, head: str | None = None,
                 question: str = "") -> tuple[int, int] | None:
    """The character span (start, end) in ``sentence`` of the likely short answer, or None.

    Args:
        question_terms: stemmed terms of the question (content and function words).
        sentence: the answering sentence.
        head: the stemmed head noun of a what/which question ("What *theorems* ..."): it
            belongs to the answer ("the hierarchy theorems"), so it does not split a run,
            and a run holding it is preferred.
        question: the question's text; when given, the answer is a noun phrase of the
            sentence (``_np_chunk``) where one holds a word the question lacks.
    """
    toks = tokenize(sentence)
    if not toks:
        return None
    expanded = set(question_terms) | {x for t in question_terms for x in synonyms(t)}
    heads = {head} | set(synonyms(head)) if head else set()  # "worries" asked, "concerns" written
    in_q = [t.term in expanded and not t.stop and t.term not in heads for t in toks]
    hits = [i for i, flag in enumerate(in_q) if flag] or [i for i, t in enumerate(toks) if t.term in heads]
    if not hits:
        return None
    # distance counts from the question's common words (its verb, its nouns), not from names
    # it repeats: "what did [Lopez] describe as huge" → next to "huge", not to "Lopez"
    anchors = [h for h in hits if not toks[h].surface[:1].isupper()] or hits
    if question and (_TO_DO.search(question) or _EXPECTS.search(question)):  # "What does FIN want the university
        # to do?": "publish all ..."; "What does the CFO expect for costs?": "expected costs ... to ease in 2026"
        found = _to_do_chunk(sentence, toks, hits)
        if found:
            return found
    if question and not _DO_ASKED.search(question):
        asked = [t.term in question_terms for t in toks]
        found = _np_chunk(question, sentence, toks, in_q, asked, hits, anchors, heads, head)
        if found:
            return toks[found[0]].start, _past_percent(sentence, toks[found[1] - 1].end)
    best: tuple[tuple[float, ...], int, int] | None = None
    lower = sentence.casefold()
    for s, e in _runs(sentence, toks, in_q):
        before = lower[:toks[s].start].rstrip()
        cue = any(before.endswith(c) for c in _CUES)
        copula = s > 0 and toks[s - 1].norm in _COPULA and any(h < s for h in hits)
        dist = min(min(abs(h - s), abs(h - (e - 1))) for h in anchors)
        has_head = any(t.term in heads for t in toks[s:e])
        after = any(h < s for h in hits)
        key = (float(cue), float(has_head), float(copula), -float(dist), float(after), -float(s))
        if best is None or key > best[0]:
            best = (key, s, e)
    if best is None:
        return None
    _, s, e = best
    if e - s > MAX_TOKENS:  # keep the end nearest the question's words
        nearest_before = any(h < s for h in hits) and min(s - h for h in hits if h < s) <= min(
            (h - e + 1 for h in hits if h >= e), default=10**6)
        run_end = e
        s, e = (s, s + MAX_TOKENS) if nearest_before else (e - MAX_TOKENS, e)
        while e < run_end and e - s < MAX_TOKENS + 3 and not toks[e].stop:
            e += 1  # finish the noun phrase: "exports of rare [earth magnets]"
        while e > s and toks[e - 1].stop:
            e -= 1
    return toks[s].start, _past_percent(sentence, toks[e - 1].end)


def _past_percent(sentence: str, end: int) -> int:
    """The end of a span past a percent sign its last token leaves out ("21" → "21%")."""
    return end + 1 if sentence[end:end + 1] == "%" else end
