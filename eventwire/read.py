"""Input reader stage: turn files, directories and stdin into `Article` records.

`iter_articles` yields one `Article` for every readable item and one `BadItem`
(with a one-line reason) for every unreadable one, in input order.  Bad input
never raises.

Supported inputs
----------------
* ``.txt``   one article; the whole (decoded) file is the text.
* ``.html`` / ``.htm``  one article; main text by trafilatura (falling back to
  the visible text of ``<article>``/``<main>``/``<body>`` via lxml), title and
  date from the page metadata, else from the options.  Nothing is fetched.
* ``.jsonl`` one article per line; keys ``id``, ``text`` or ``html``,
  ``published``, ``source``, ``url``, ``title`` (keys are case-insensitive).
* ``.csv``   the same columns; a header row naming ``text`` or ``html`` is
  required.  Rows are numbered from 1 for the first record after the header.
* directories: recursed depth-first in sorted name order; only the extensions
  above; hidden files and directories (``.name``) and symlinked directories
  are skipped.
* ``-``: stdin, read as JSON Lines when every non-empty line starts with
  ``{``, otherwise as one ``.txt`` article.

Options: ``published`` and ``source`` are the fallback for every article that
does not carry its own; ``article_id`` applies only to single-article inputs
(``.txt``, ``.html``, stdin text).  Without an id an article gets the first 12
hex digits of the SHA-1 of its text.  Ids are unique within one call: a repeat
gets ``-2``, ``-3``, ... appended.

Text is normalised lightly (leading BOM dropped, ``\\r\\n``/``\\r`` -> ``\\n``,
trailing whitespace of the whole text stripped) and otherwise left alone, so
downstream character offsets point into ``Article.text``.

Note: reading CSV raises ``csv.field_size_limit`` (process-wide) to at least
``4 * max_bytes`` so that rows up to the size limit can be read.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import stat
import sys
import tempfile
from datetime import date, datetime
from typing import IO, Any, Iterable, Iterator

from .records import Article, BadItem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "iter_articles",
    "english_score",
    "is_english",
    "parse_date",
]

DEFAULT_MAX_BYTES = 2_000_000
SUPPORTED_EXTENSIONS = (".txt", ".html", ".htm", ".jsonl", ".csv")

STDIN_NAME = "<stdin>"
UNDECODABLE = "cannot decode as UTF-8 or a detected encoding"
NO_HTML_TEXT = "no main text found in HTML"

# --------------------------------------------------------------------------
# English detection
# --------------------------------------------------------------------------

# Common English function words.  Words that are also frequent function words
# in other Latin-script languages ("i", "no", "me", "so", "de", "die", "en")
# are left out; a few overlaps ("a", "in", "on", "was", "is") are unavoidable
# and keep other languages at roughly 0.02-0.08.
_FUNCTION_WORDS = frozenset(
    """
    the of and to in a an is was were are be been being has have had that this
    these those for on with said says by as at from it its he she his her they
    their them we our you not but or which who will would could should can
    after about into than also more there when what if up out new all one two
    been before while other some against during between amid since because until where
    """.split()
)
ENGLISH_SAMPLE_TOKENS = 300
ENGLISH_MIN_TOKENS = 8
ENGLISH_THRESHOLD = 0.15

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# Scripts written without spaces between words: each character is a token,
# so that a Chinese or Japanese text is not "too short to judge".
_NOSPACE = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_NOSPACE_RE = re.compile(f"[{_NOSPACE}]")
_NOSPACE_SPLIT_RE = re.compile(f"[{_NOSPACE}]|[^{_NOSPACE}]+")


def _tokens(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if _NOSPACE_RE.search(word):
            out.extend(_NOSPACE_SPLIT_RE.findall(word))
        else:
            out.append(word)
        if len(out) >= limit:
            break
    return out[:limit]


def _english(text: str) -> tuple[float, int]:
    """(share of function words, how many words it was taken over). Capitalised words other than
    function words are left out: names belong to no language, and a wire brief of names ("Saudi Crown Prince Mohammed bin
    Salman spoke with Turkish President Tayyip Erdogan") would otherwise look foreign."""
    # a capitalised function word ("The", "It" opening a sentence) is no name: it still counts
    toks = [t for t in _tokens(text, ENGLISH_SAMPLE_TOKENS) if not t[:1].isupper() or t.lower() in _FUNCTION_WORDS]
    if not toks:
        return 0.0, 0
    hits = sum(1 for t in toks if t.lower() in _FUNCTION_WORDS)
    return hits / len(toks), len(toks)


def english_score(text: str) -> float:
    """Share of the first ~300 word tokens, capitalised ones left out, that are common English
    function words.

    English news scores about 0.45-0.6, other Latin-script languages below
    0.1, non-Latin scripts about 0.  An empty text scores 0.0.
    """
    return _english(text)[0]


def is_english(text: str) -> bool:
    """True when `text` looks English, or is too short (< 8 words not capitalised) to judge."""
    score, n = _english(text)
    return n < ENGLISH_MIN_TOKENS or score >= ENGLISH_THRESHOLD


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def parse_date(value: Any) -> date | None:
    """Parse "YYYY-MM-DD" or an ISO datetime (a `date` passes through) to a `date`.

    Empty, missing or unparseable values give None; never raises.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _fmt_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _too_large(n: int, limit: int) -> str:
    return f"too large: {_fmt_size(n)} > {_fmt_size(limit)} limit"


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


def _opt_str(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


# C0 controls other than \t \n \v \f \r, DEL and C1 controls.
_CTRL_RE = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_CTRL_SAMPLE = 100_000
_CTRL_MAX_SHARE = 0.02


def _control_share(text: str) -> float:
    sample = text[:_CTRL_SAMPLE]
    if not sample:
        return 0.0
    return len(_CTRL_RE.findall(sample)) / len(sample)


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte Latin code pages charset-normalizer tends to report for
# Western European text; when one of them is among its matches we decode as
# cp1252 (a superset of the printable part of Latin-1), which is far more
# likely for English news than e.g. cp1250.
_LATIN_FAMILY = frozenset(
    """
    ascii latin_1 cp1252 cp1250 cp1254 cp1257 cp437 cp775 cp850 cp852 cp858
    iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 iso8859_13 iso8859_14
    iso8859_15 iso8859_16 mac_roman mac_latin2 mac_iceland mac_turkish hp_roman8
    """.split()
)
_IGNORED_GUESSES = ("utf_16", "utf_32", "cp037", "cp273", "cp500", "cp1026", "cp1140")

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def _bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 without a BOM has NULs in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * half and other.count(0) == 0:
            text = _strict(data, enc)
            if text is not None and _control_share(text) <= _CTRL_MAX_SHARE:
                return text
    return None


def _guess_encoding(data: bytes) -> str | None:
    """A non-UTF-8 encoding for `data`, or None when nothing plausible fits."""
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - trafilatura depends on it
        matches: list[str] = []
        available = False
    else:
        available = True
        matches = [
            m.encoding
            for m in charset_normalizer.from_bytes(data)
            if not m.encoding.startswith(_IGNORED_GUESSES)
        ]
    if not available or any(enc in _LATIN_FAMILY for enc in matches):
        text = _strict(data, "cp1252")
        if text is not None and _control_share(text) <= _CTRL_MAX_SHARE:
            return "cp1252"
    for enc in matches:
        text = _strict(data, enc)
        if text is not None and _control_share(text) <= _CTRL_MAX_SHARE:
            return enc
    return None


def _decode(data: bytes, *, html: bool = False) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason).  `text` is not yet normalised."""
    bom = _bom_encoding(data)
    if bom is not None:
        text = _strict(data, bom)
        if text is None:
            return None, UNDECODABLE
    elif b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            return None, "binary content (NUL bytes)"
    else:
        text = _strict(data, "utf-8")
        if text is None and html:
            m = _META_CHARSET_RE.search(data[:8192])
            declared = m.group(1).decode("ascii", "replace").lower() if m else ""
            if declared and not declared.startswith(("utf-16", "utf16", "utf-32", "utf32")):
                # (real UTF-16 has NUL bytes and was handled above)
                text = _strict(data, declared)
        if text is None:
            enc = _guess_encoding(data)
            text = _strict(data, enc) if enc else None
        if text is None:
            return None, UNDECODABLE
    return text, None


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

# Elements whose content is code or raw (unparsed) text: the HTML parser keeps
# e.g. "<script>" inside <iframe>/<noscript>/<textarea> as literal text, so
# these go before any text extraction, trafilatura's included.
_UNSAFE_TAGS = (
    "script", "style", "noscript", "template", "iframe", "textarea", "xmp",
    "noembed", "noframes", "plaintext", "object", "embed", "applet",
)
# Page chrome also dropped by the lxml fallback.
_DROP_TAGS = _UNSAFE_TAGS + (
    "svg", "canvas", "head", "nav", "footer", "header", "aside", "form",
    "button", "select",
)
_BLOCK_TAGS = frozenset(
    """
    p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr td th table section
    article main blockquote pre figure figcaption address hr
    """.split()
)


def _parse_lxml(html: str):
    from lxml import html as lhtml

    # huge_tree lifts libxml2's nesting limit (255), past which it drops content.
    parser = lhtml.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
    try:
        return lhtml.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:
        return None


def _visible_text(html: str) -> tuple[str, str | None]:
    """Visible text of <article>/<main>/<body> with scripts, styles and chrome removed,
    and the <title>; the fallback when trafilatura finds no main text."""
    from lxml import etree

    root = _parse_lxml(html)
    if root is None:
        return "", None
    title = _opt_str(" ".join((root.findtext(".//title") or "").split()))
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    container = root.find(".//article")
    if container is None:
        container = root.find(".//main")
    if container is None:
        container = root.find(".//body")
    if container is None:
        container = root
    for el in container.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    raw = "".join(container.itertext())
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line), title


def _extract_html(html: str, url: str | None) -> tuple[str, str | None, date | None]:
    """(main text, title, published) of an HTML page; text is "" when none found."""
    from lxml import etree

    text = ""
    title: str | None = None
    published: date | None = None
    try:
        import trafilatura
    except ImportError:  # e.g. lxml_html_clean missing; degrade to lxml only
        trafilatura = None
    tree = _parse_lxml(html) if trafilatura is not None else None
    if tree is not None:
        etree.strip_elements(tree, *_UNSAFE_TAGS, with_tail=False)
        doc = None
        try:
            doc = trafilatura.bare_extraction(
                tree, url=url, with_metadata=True, include_comments=False
            )
        except Exception:
            doc = None
        if doc is None:
            # No main text; metadata may still be there.
            try:
                doc = trafilatura.extract_metadata(tree, default_url=url)
            except Exception:
                doc = None
        if doc is not None:
            text = getattr(doc, "text", None) or ""
            title = _opt_str(getattr(doc, "title", None))
            published = parse_date(getattr(doc, "date", None))
    text = _normalise(text) if text else ""
    if not text.strip():
        text, fallback_title = _visible_text(html)
        title = title or fallback_title
    return text, title, published


# --------------------------------------------------------------------------
# Reader
# --------------------------------------------------------------------------


class _Reader:
    def __init__(
        self,
        *,
        published: date | None,
        article_id: str | None,
        source: str | None,
        max_bytes: int,
        stdin: IO[bytes] | None,
    ) -> None:
        self.published = parse_date(published)
        self.article_id = _opt_str(article_id)
        self.source = _opt_str(source)
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.seen: set[str] = set()

    # -- emitting ----------------------------------------------------------

    def _unique(self, aid: str) -> str:
        if aid not in self.seen:
            self.seen.add(aid)
            return aid
        n = 2
        while f"{aid}-{n}" in self.seen:
            n += 1
        aid = f"{aid}-{n}"
        self.seen.add(aid)
        return aid

    def _emit(
        self,
        text: str,
        origin: str,
        *,
        label: str = "",
        aid: str | None = None,
        published: date | None = None,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Article | BadItem:
        prefix = f"{label}: " if label else ""
        text = _normalise(text)
        if not text.strip():
            return BadItem(origin, f"{prefix}empty text")
        if "\x00" in text:
            return BadItem(origin, f"{prefix}binary content (NUL characters)")
        share = _control_share(text)
        if share > _CTRL_MAX_SHARE:
            return BadItem(origin, f"{prefix}binary content ({share:.0%} control characters)")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return BadItem(origin, f"{prefix}invalid Unicode (lone surrogate characters)")
        score, n = _english(text)
        if n >= ENGLISH_MIN_TOKENS and score < ENGLISH_THRESHOLD:
            return BadItem(origin, f"{prefix}not English (English function-word ratio {score:.2f})")
        return Article(
            id=self._unique(aid or _content_id(text)),
            text=text,
            published=published if published is not None else self.published,
            source=source if source is not None else self.source,
            url=url,
            title=title,
            origin=origin,
        )

    # -- dispatch ----------------------------------------------------------

    def read(self, paths: Iterable[str]) -> Iterator[Article | BadItem]:
        for path in paths:
            path = os.fspath(path)
            if path == "-":
                yield from self._guard(STDIN_NAME, self._read_stdin())
                continue
            try:
                st = os.stat(path)
            except FileNotFoundError:
                yield BadItem(path, "no such file or directory")
                continue
            except (OSError, ValueError) as e:
                yield BadItem(path, f"cannot access: {getattr(e, 'strerror', None) or e}")
                continue
            if stat.S_ISDIR(st.st_mode):
                yield from self._read_dir(path)
            else:
                yield from self._read_file(path)

    def _guard(self, origin: str, items: Iterator[Article | BadItem]) -> Iterator[Article | BadItem]:
        """Turn an unexpected exception while reading one input into a BadItem."""
        try:
            yield from items
        except OSError as e:
            yield BadItem(origin, f"cannot read: {e.strerror or e}")
        except Exception as e:  # never raise for bad input
            yield BadItem(origin, f"unreadable ({type(e).__name__}: {e})")

    def _read_dir(self, root: str) -> Iterator[Article | BadItem]:
        def entries(path: str) -> Iterator[os.DirEntry]:
            with os.scandir(path) as it:
                listing = sorted(it, key=lambda e: e.name)
            return iter(listing)

        try:
            stack = [entries(root)]
        except OSError as e:
            yield BadItem(root, f"cannot read directory: {e.strerror or e}")
            return
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    try:
                        stack.append(entries(entry.path))
                    except OSError as e:
                        yield BadItem(entry.path, f"cannot read directory: {e.strerror or e}")
                    continue
                is_file = entry.is_file()
            except OSError:
                continue
            if is_file and os.path.splitext(entry.name)[1].lower() in SUPPORTED_EXTENSIONS:
                yield from self._read_file(entry.path)

    def _read_file(self, path: str) -> Iterator[Article | BadItem]:
        ext = os.path.splitext(path)[1].lower()
        if ext == ".txt":
            gen = self._read_single(path, html=False)
        elif ext in (".html", ".htm"):
            gen = self._read_single(path, html=True)
        elif ext == ".jsonl":
            gen = self._read_jsonl_file(path)
        elif ext == ".csv":
            gen = self._read_csv(path)
        else:
            yield BadItem(
                path,
                f"unsupported file type {ext or '(no extension)'!r} "
                "(expected .txt, .html, .htm, .jsonl or .csv)",
            )
            return
        yield from self._guard(path, gen)

    # -- single-article files ----------------------------------------------

    def _read_bounded(self, path: str) -> tuple[bytes | None, str | None]:
        size = os.stat(path).st_size
        if size > self.max_bytes:
            return None, _too_large(size, self.max_bytes)
        with open(path, "rb") as f:
            data = f.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:  # grew, or not a regular file
                return None, f"too large: over {_fmt_size(self.max_bytes)} limit"
        return data, None

    def _read_single(self, path: str, *, html: bool) -> Iterator[Article | BadItem]:
        data, reason = self._read_bounded(path)
        if data is None:
            yield BadItem(path, reason or "unreadable")
            return
        yield self._single_from_bytes(data, path, html=html)

    def _single_from_bytes(self, data: bytes, origin: str, *, html: bool) -> Article | BadItem:
        if not data.strip():
            return BadItem(origin, "empty text")
        text, reason = _decode(data, html=html)
        if text is None:
            return BadItem(origin, reason or UNDECODABLE)
        if not html:
            return self._emit(text, origin, aid=self.article_id)
        share = _control_share(text)
        if "\x00" in text or share > _CTRL_MAX_SHARE:
            return BadItem(origin, f"binary content ({share:.0%} control characters)")
        main, title, published = _extract_html(text, None)
        if not main.strip():
            return BadItem(origin, NO_HTML_TEXT)
        return self._emit(main, origin, aid=self.article_id, published=published, title=title)

    # -- rows (jsonl / csv) ------------------------------------------------

    def _row(self, obj: dict[str, Any], origin: str, label: str) -> Article | BadItem:
        row = {str(k).strip().lower(): v for k, v in obj.items()}
        text, html = row.get("text"), row.get("html")
        for key, value in (("text", text), ("html", html)):
            if value is not None and not isinstance(value, str):
                return BadItem(origin, f"{label}: {key!r} is not a string")
        use_html = not (text and text.strip()) and bool(html and html.strip())
        if text is None and not use_html:
            return BadItem(origin, f"{label}: missing text")
        content = html if use_html else text
        assert content is not None
        if len(content) > self.max_bytes // 4:
            n = len(content.encode("utf-8", "surrogatepass"))
            if n > self.max_bytes:
                return BadItem(origin, f"{label}: {_too_large(n, self.max_bytes)}")
        url = _opt_str(row.get("url"))
        title = _opt_str(row.get("title"))
        published = parse_date(row.get("published"))
        if use_html:
            content, html_title, html_date = _extract_html(content, url)
            if not content.strip():
                return BadItem(origin, f"{label}: {NO_HTML_TEXT}")
            title = title or html_title
            published = published or html_date
        return self._emit(
            content,
            origin,
            label=label,
            aid=_opt_str(row.get("id")),
            published=published,
            source=_opt_str(row.get("source")),
            url=url,
            title=title,
        )

    def _read_jsonl_file(self, path: str) -> Iterator[Article | BadItem]:
        with open(path, "rb") as f:
            yield from self._read_jsonl(f, path)

    def _read_jsonl(self, f: IO[bytes], name: str) -> Iterator[Article | BadItem]:
        # JSON escapes can make a line up to ~6x its text; allow for that.
        limit = 6 * self.max_bytes + 65_536
        line_no = 0
        while True:
            raw = f.readline(limit)
            if not raw:
                break
            line_no += 1
            origin, label = f"{name}:{line_no}", f"jsonl line {line_no}"
            if len(raw) >= limit and not raw.endswith(b"\n"):
                total = len(raw)
                while True:  # skip the rest of the over-long line
                    chunk = f.readline(1 << 20)
                    total += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield BadItem(origin, f"{label}: {_too_large(total, self.max_bytes)}")
                continue
            if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            line = _strict(raw, "utf-8")
            if line is None:
                line, reason = _decode(raw)
                if line is None:
                    yield BadItem(origin, f"{label}: {reason}")
                    continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield BadItem(origin, f"{label}: invalid JSON: {e.msg} (column {e.colno})")
                continue
            except (ValueError, RecursionError) as e:
                yield BadItem(origin, f"{label}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                yield BadItem(origin, f"{label}: not a JSON object")
                continue
            yield self._row(obj, origin, label)

    def _csv_encoding(self, path: str) -> tuple[str | None, str | None]:
        with open(path, "rb") as f:
            head = f.read(65_536)
            bom = _bom_encoding(head)
            if bom is not None and bom != "utf-8-sig":
                return bom, None
            if b"\x00" in head:
                return None, "binary content (NUL bytes)"
            decoder = codecs.getincrementaldecoder("utf-8")()
            chunk = head
            try:
                while chunk:
                    decoder.decode(chunk)
                    chunk = f.read(1 << 20)
                decoder.decode(b"", final=True)
                return "utf-8-sig", None
            except UnicodeDecodeError:
                pass
            f.seek(0)
            sample = f.read(1 << 20)
        enc = _guess_encoding(sample)
        return (enc, None) if enc else (None, UNDECODABLE)

    def _read_csv(self, path: str) -> Iterator[Article | BadItem]:
        encoding, reason = self._csv_encoding(path)
        if encoding is None:
            yield BadItem(path, reason or UNDECODABLE)
            return
        wanted = 4 * self.max_bytes + 1
        if csv.field_size_limit() < wanted:
            csv.field_size_limit(wanted)
        with open(path, "rb") as raw:
            if not encoding.startswith(("utf-8", "utf-16", "utf-32")):
                # A UTF-8 BOM on a file that is not UTF-8 after all: drop it.
                if raw.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                    raw.seek(0)
            stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
            reader = csv.reader(stream)
            try:
                header = next(reader, None)
            except UnicodeDecodeError as e:
                yield BadItem(path, f"csv header: {UNDECODABLE} ({e.encoding})")
                return
            except csv.Error as e:
                yield BadItem(path, f"csv header: unreadable ({e})")
                return
            if header is None:
                yield BadItem(path, "empty text")
                return
            columns = [h.strip().lstrip("\ufeff").lower() for h in header]
            if "text" not in columns and "html" not in columns:
                shown = ", ".join(c for c in columns[:10] if c) or "none"
                yield BadItem(
                    path,
                    f"csv header row required with a 'text' or 'html' column (found: {shown})",
                )
                return
            row_no = 0
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except (csv.Error, UnicodeDecodeError) as e:
                    n = row_no + 1
                    why = f"{UNDECODABLE} ({e.encoding})" if isinstance(e, UnicodeDecodeError) else f"unreadable ({e})"
                    yield BadItem(f"{path}:row {n}", f"csv row {n}: {why}; rest of file skipped")
                    return
                if not any(cell.strip() for cell in row):
                    continue
                row_no += 1
                obj: dict[str, Any] = {}
                for i, col in enumerate(columns):
                    if col and col not in obj:
                        obj[col] = row[i] if i < len(row) else None
                yield self._row(obj, f"{path}:row {row_no}", f"csv row {row_no}")

    # -- stdin -------------------------------------------------------------

    def _read_stdin(self) -> Iterator[Article | BadItem]:
        src = self.stdin if self.stdin is not None else sys.stdin.buffer
        with tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
            total = 0
            at_line_start = True
            all_json = True
            any_line = False
            first = True
            while True:
                seg = src.readline(1 << 20)
                if not seg:
                    break
                if first:
                    first = False
                    if seg.startswith(codecs.BOM_UTF8):
                        seg = seg[len(codecs.BOM_UTF8):]
                total += len(seg)
                if at_line_start:
                    stripped = seg.strip()
                    if stripped:
                        any_line = True
                        at_line_start = False
                        if not stripped.startswith(b"{"):
                            all_json = False
                if seg.endswith(b"\n"):
                    at_line_start = True
                if not all_json and total > self.max_bytes:
                    # Plain text over the limit: count the rest, keep none of it.
                    while True:
                        chunk = src.read(1 << 20)
                        if not chunk:
                            break
                        total += len(chunk)
                    yield BadItem(STDIN_NAME, _too_large(total, self.max_bytes))
                    return
                spool.write(seg)
            spool.seek(0)
            if any_line and all_json:
                yield from self._read_jsonl(spool, STDIN_NAME)  # type: ignore[arg-type]
            else:
                yield self._single_from_bytes(spool.read(), STDIN_NAME, html=False)


def iter_articles(
    paths: Iterable[str],
    *,
    published: date | None = None,
    article_id: str | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | BadItem]:
    """Yield an Article for every readable item and a BadItem (with a clear one-line reason) for every bad one, never raising for bad input.

    Items come out in input order: paths in the order given, directory
    entries sorted by name, rows in file order.  See the module docstring for
    the formats and how the options apply.
    """
    reader = _Reader(
        published=published,
        article_id=article_id,
        source=source,
        max_bytes=max_bytes,
        stdin=stdin,
    )
    yield from reader.read(paths)


def estimate_items(paths: Iterable[str]) -> int | None:
    """About how many items `iter_articles` will yield, cheaply (for a progress bar's ETA).

    JSON Lines count their non-blank lines and CSV files their lines after the
    header, so a CSV field spanning lines overcounts; None when reading stdin.
    """
    total = 0
    for path in paths:
        if path == "-":
            return None
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(_items_in(os.path.join(root, f)) for f in files
                             if not f.startswith(".") and os.path.splitext(f)[1].lower() in SUPPORTED_EXTENSIONS)
        else:
            total += _items_in(path)
    return total


def _items_in(path: str) -> int:
    ext = os.path.splitext(path)[1].lower()
    if ext not in (".jsonl", ".csv"):
        return 1
    try:
        with open(path, "rb") as fh:
            lines = sum(1 for line in fh if line.strip())
    except OSError:
        return 1
    return max(0, lines - 1) if ext == ".csv" else lines
