r"""Text to its normalised form and the line view every later stage reads.

Normalising does three things and nothing else: it drops byte-order marks that
open a line (the text's, and those of files joined into one), turns ``\r\n``
and bare ``\r`` into ``\n``, and makes a surrogate pair written as two code
points (a string decoded with ``surrogatepass``) the one character it encodes,
as JSON and UTF-8 would, so that what :func:`parse` returns survives a JSON
round trip (a lone surrogate stays as it is). ``\r\n``, ``\r`` and ``\n`` are
the only line breaks: U+0085, U+2028, form feeds and the other characters
``str.splitlines`` breaks on stay inside their lines, so line numbers agree
with every other tool that counts ``\r\n|\r|\n``.

Each line's facts (its indentation, its stripped text, its word count) are
computed here, so no later rule re-reads or re-splits the raw text. The line
view keeps only where each line starts and builds a line's record when it is
asked for: a dump of millions of short or blank lines costs eight bytes a line,
not a record a line.
"""

from __future__ import annotations

import enum
import re
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

import attrs

from articleparse._text import word_count

__all__ = ["Document", "Line", "Lines", "Step", "normalize", "read"]

_LINE_END = re.compile(r"\r\n?")
_BOM = "\ufeff"
# A line's indentation (white space but its break) holding byte-order marks: one pass drops them all.
_OPENING_MARKS = re.compile("^[^\\S\\n]*\ufeff(?:[^\\S\\n]|\ufeff)*", re.MULTILINE)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: How many columns a tab advances indentation to (the next multiple of this).
TAB_WIDTH = 4


class Step(enum.Enum):
    """A change :func:`normalize` made to the text."""

    BOM_REMOVED = "bom_removed"
    LINE_ENDS_REWRITTEN = "line_ends_rewritten"
    SURROGATES_JOINED = "surrogates_joined"


@attrs.frozen
class Line:
    """One line of the normalised text, with the facts rules need.

    Attributes:
        number: 1-based line number.
        start: Offset of the line's first character in the normalised text.
        text: The line as written, without its line break.
        stripped: The line without surrounding white space (Unicode spaces,
            the no-break space, tabs).
        lead: How many white-space characters precede the content.
        indent: The width in columns of the leading spaces and tabs (tabs to the
            next multiple of :data:`TAB_WIDTH`). Other white space, such as a
            no-break space pasted before a link, is stripped from the text but is
            not layout, so it stops the count.
        words: How many words the line has: white-space separated words, and in
            a script written without spaces (Chinese, Japanese, Thai ...) one for
            every few characters (:func:`articleparse._text.word_count`).
    """

    number: int
    start: int
    text: str
    stripped: str
    lead: int
    indent: int
    words: int

    @classmethod
    def of(cls, number: int, start: int, text: str) -> Line:
        """Build the view of ``text``, line ``number`` starting at offset ``start``."""
        stripped = text.strip()
        lead = len(text) - len(text.lstrip()) if stripped else len(text)
        layout = text[: len(text) - len(text.lstrip(" \t"))]
        return cls(number, start, text, stripped, lead, _width(layout), word_count(stripped))

    @property
    def blank(self) -> bool:
        """Whether the line holds nothing but white space."""
        return not self.stripped

    @property
    def end(self) -> int:
        """Offset just after the line's last character (its line break excluded)."""
        return self.start + len(self.text)

    @property
    def content_start(self) -> int:
        """Offset of the line's first non-blank character."""
        return self.start + self.lead

    @property
    def content_end(self) -> int:
        """Offset just after the line's last non-blank character."""
        return self.start + self.lead + len(self.stripped)


class Lines(Sequence[Line]):
    """The lines of a normalised text, blank ones included, each built when it is asked for.

    A read-only sequence: index it, slice it (a tuple), iterate over it.
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = array("q", [0])
        find = text.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Line, ...]: ...

    def __getitem__(self, index: int | slice) -> Line | tuple[Line, ...]:
        if isinstance(index, slice):
            return tuple(self._line(position) for position in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("line index out of range")
        return self._line(index)

    def __iter__(self) -> Iterator[Line]:
        return (self._line(position) for position in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lines) and self._text == other._text

    def __hash__(self) -> int:
        return hash(self._text)

    def __repr__(self) -> str:
        return f"Lines({len(self)} lines)"

    def _line(self, position: int) -> Line:
        start = self._starts[position]
        end = self._starts[position + 1] - 1 if position + 1 < len(self._starts) else len(self._text)
        return Line.of(position + 1, start, self._text[start:end])


@attrs.frozen
class Document:
    """Normalised text split into lines.

    Attributes:
        text: The normalised text.
        lines: Every line, blank ones included, in order.
        steps: What normalising changed.
    """

    text: str
    lines: Sequence[Line]
    steps: tuple[Step, ...]

    @classmethod
    def of_normal(cls, text: str) -> Document:
        """The document of ``text``, normalised already (a stretch of a normalised text): not normalised again."""
        return cls(text, Lines(text), ())


def normalize(text: str) -> str:
    r"""Return ``text`` normalised: byte-order marks opening lines dropped, ``\r\n`` and ``\r`` made ``\n``.

    Spans index this text, so slice it to see a block as the dump has it. A
    byte-order mark is dropped where it opens the text or a line (among the
    line's indentation), as where files were joined into one; elsewhere it
    stays. A surrogate pair written as two code points (``"\ud83d\ude00"``) becomes the
    character it encodes (``"😀"``), as a JSON reader would make it; a lone
    surrogate stays. Nothing else changes: other characters, ``str.splitlines``
    breaks among them, stay as they are.

    >>> normalize("\ufeffHeadline\r\n\r\nStory.\rMore.")
    'Headline\n\nStory.\nMore.'
    """
    return _steps(text)[0]


def read(text: str) -> Document:
    """Normalise ``text`` and build its line view."""
    text, steps = _steps(text)
    return Document(text, Lines(text), steps)  # the one place a dump is normalised and read


def _steps(text: str) -> tuple[str, tuple[Step, ...]]:
    steps: list[Step] = []
    if text.startswith(_BOM):
        text = text[len(_BOM) :]
        steps.append(Step.BOM_REMOVED)
    if "\r" in text:
        text = _LINE_END.sub("\n", text)
        steps.append(Step.LINE_ENDS_REWRITTEN)
    if _BOM in text:
        # Marks that open a line, among its indentation: each file joined into this one brought its own.
        unmarked = _OPENING_MARKS.sub(lambda found: found.group().replace(_BOM, ""), text)
        if unmarked != text:
            text = unmarked
            if Step.BOM_REMOVED not in steps:
                steps.append(Step.BOM_REMOVED)
    if _SURROGATE.search(text):
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        if joined != text:
            text = joined
            steps.append(Step.SURROGATES_JOINED)
    return text, tuple(steps)


def _width(lead: str) -> int:
    column = 0
    for char in lead:
        column = (column // TAB_WIDTH + 1) * TAB_WIDTH if char == "\t" else column + 1
    return column
