"""qa: ask a news brief questions; get back the sentences that answer them, cited.

>>> from qa import answer
>>> a = answer("Who is the U.S. ambassador to China?")
>>> a.short_answer, a.citations[0].sentence   # doctest: +SKIP
"""

from qa.answerer import QuestionError
from qa.chat import Chat
from qa.corpus import Corpus
from qa.document import CorpusError
from qa.pipeline import answer
from qa.types import Answer, Citation, Document, Passage, Sentence

__version__ = "0.1.0"
__all__ = ["Answer", "Chat", "Citation", "Corpus", "CorpusError", "Document", "Passage", "QuestionError", "Sentence",
           "__version__", "answer"]
