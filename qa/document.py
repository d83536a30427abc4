"""Documents: reading text files and their metadata lines, keeping every character.

A document's ``text`` is exactly the decoded file, its accents composed (Unicode NFC) when the file
wrote them as a letter and a combining mark ("a" + U+0301 for "á"), so that a name matches however it
was typed; citations' offsets are into this text. Metadata (a leading
``date YYYY-MM-DD``, a ``By:`` byline, a ``YYYY/MM/DD HH:MM`` timestamp, the
headline) is read into fields, but the lines stay in the text, so they remain
citable like any sentence.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from qa.types import Document

#: Largest file read, in bytes; a larger one is refused with a CorpusError.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: File endings read when a folder is given.
TEXT_SUFFIXES = (".txt", ".md")

#: A leading ``date YYYY-MM-DD`` (matched at the document's first non-space character).
DATE_PREFIX = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})\b")
BYLINE = re.compile(r"^\s*By:?\s+(\S.{0,80}?)\s*$")
TIMESTAMP = re.compile(
    r"^\s*(\d{4}[/-]\d{2}[/-]\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    # "Monday, November 3, 2025 06:15 GMT", "Saturday, Oct. 18, 2025, 11:57 p.m. ET"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},\s*\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?)\s*$")
_FINAL_PUNCT = re.compile(r"[.!?:;…]['\"’”)\]]*\s*$")


class CorpusError(ValueError):
    """A corpus path or text that cannot be used: missing, unreadable, binary, empty."""


def is_meta_line(line: str) -> bool:
    """True for a byline (``By: X``) or a bare timestamp line (``2025/09/23 19:40``)."""
    return bool(BYLINE.match(line) or TIMESTAMP.match(line))


def is_heading_line(line: str) -> bool:
    """True for a short line without final punctuation (a headline or section heading).

    Markdown headings (``# Title``) count too. At most 25 words.
    """
    stripped = line.strip()
    if not stripped or is_meta_line(stripped):
        return False
    if stripped.startswith("#"):
        return True
    return not _FINAL_PUNCT.search(stripped) and len(stripped.split()) <= 25


def parse_metadata(name: str, text: str, path: str | None = None) -> Document:
    """Build a Document from raw text, reading its metadata lines into fields.

    Args:
        name: the document's name (used in citations).
        text: the decoded text, kept untouched but for composing decomposed accents (NFC).
        path: where it came from, if a file.

    Returns:
        A Document whose ``date``, ``byline``, ``published`` and ``headline``
        are set where the text has them (else None).
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # "Iba" + U+0301 + "n" + U+0303 + "ez": "Ibáñez", one word
    date = byline = published = headline = None
    m = DATE_PREFIX.match(text, len(text) - len(text.lstrip()))
    if m:
        date = m.group(1)
    for line in text.splitlines()[:40]:
        if byline is None and (b := BYLINE.match(line)):
            byline = b.group(1)
        elif published is None and (t := TIMESTAMP.match(line)):
            published = t.group(1)
        elif headline is None and is_heading_line(line) and not DATE_PREFIX.fullmatch(line.strip()):
            headline = line.strip().lstrip("#").strip()
    return Document(name=name, text=text, path=path, date=date, byline=byline,
                    published=published, headline=headline)


def read_bytes(path: Path, error: type[ValueError] = CorpusError, limit: int | None = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, or ``error`` with a one-line reason (missing, a folder, too large, unreadable)."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise error(f"{path}: file too large ({size:,} bytes; limit {limit:,})")
        if path.is_file():
            return path.read_bytes()
        with path.open("rb") as f:  # a device or a pipe has no size: read no more than the limit
            data = f.read(limit + 1 if limit is not None else -1)
        if limit is not None and len(data) > limit:
            raise error(f"{path}: too much to read (over {limit:,} bytes)")
        return data
    except FileNotFoundError:
        raise error(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_document(path: Path) -> Document:
    """Read one UTF-8 text file (or UTF-16/32 with a byte-order mark) as a Document.

    Raises:
        CorpusError: if the file is missing, too large, binary (has NUL
            bytes), not valid UTF-8, or not valid UTF-16/32 after such a mark.
    """
    data = read_bytes(path)
    wide = "utf-32" if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else \
        "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    if wide:  # saved as "Unicode" by some editors (UTF-32's mark begins like UTF-16's: tried first)
        try:
            return parse_metadata(path.stem, data.decode(wide), str(path))
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not valid {wide.upper()} text, though it starts like it") from None
    if b"\x00" in data:
        raise CorpusError(f"{path}: looks binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_metadata(path.stem, text, str(path))


def read_documents(path: str | Path) -> tuple[list[Document], list[str]]:
    """Read a file, or every ``.txt``/``.md`` file under a folder (sorted by path).

    Returns:
        ``(documents, skipped)``: the documents read, and one message per file
        of a folder that could not be read (binary, not UTF-8, too large), plus
        one naming the folder's files that are not ``.txt``/``.md``.

    Raises:
        CorpusError: the path is missing, a single file is unreadable, or no
            document with any text was found.
    """
    if not str(path).strip():
        raise CorpusError("empty path: name a file or a folder")
    root = Path(path).expanduser()
    if not root.exists():
        raise CorpusError(f"{root}: no such file or folder")
    skipped: list[str] = []
    if root.is_dir():
        docs = []
        # not inside hidden folders (".git", ".venv": a project's own files are no stories)
        found = [p for p in root.rglob("*") if p.is_file() and not any(
            part.startswith(".") for part in p.relative_to(root).parts)]
        files = sorted(p for p in found if p.suffix.lower() in TEXT_SUFFIXES)
        for file in files:
            try:
                docs.append(read_document(file))
            except CorpusError as exc:
                skipped.append(str(exc))
        others = sorted(str(p.relative_to(root)) for p in found if p.suffix.lower() not in TEXT_SUFFIXES)
        if others:  # said once, not per file: a folder may hold many images or data files
            shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
            skipped.append(f"{len(others)} file{'s' * (len(others) > 1)} not .txt/.md: {shown}")
        skipped += [f"{d.path or d.name}: empty" for d in docs if not d.text.strip()]
    else:
        docs = [read_document(root)]
    docs = [d for d in docs if d.text.strip()]
    if not docs:  # one line: why, by the first file that failed ("ls.txt: looks binary, not text")
        if skipped:
            more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
            raise CorpusError(f"{root}: no text to answer from; skipped {skipped[0]}{more}")
        raise CorpusError(f"{root}: no text to answer from (empty, or no .txt/.md files)")
    names = [d.name for d in docs]
    if len(set(names)) != len(names):  # same stem twice ("a.txt", "a.md", "sub/a.txt"): the relative path
        relative = [Path(d.path or d.name).relative_to(root) for d in docs]
        plain = [str(r.with_suffix("")) for r in relative]
        unique = len(set(plain)) == len(plain)
        docs = [Document(**{**d.__dict__, "name": p if unique else str(r)}) for d, r, p in zip(docs, relative, plain)]
    return docs, skipped
