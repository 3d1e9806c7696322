"""The exception family, and the diagnostics a parse records instead of raising.

:func:`articleparse.parse` never raises; :func:`articleparse.parse_bytes` raises
only when a caller forces an encoding the bytes are not in, and
:func:`articleparse.parse_file` when a path cannot be read or holds no dump. Every exception
is an :class:`ArticleParseError`, and its message names the path (or
``<bytes>``, ``<text>``) and the reason.

Like a mail parser that records defects, a parse records its doubts as
:class:`Diagnostic` records on the article. Each code has a :class:`Severity`:
a ``warning`` says a value may be wrong or missing, an ``info`` only what the
parser did (a block it kept as boilerplate). With ``strict=True`` the entry
points raise an :class:`ArticleParseError` carrying the warnings instead;
``info`` diagnostics never stop a parse.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Sequence

import attrs
from attrs import validators as v

from articleparse._serialize import schema

__all__ = [
    "ArticleDecodeError",
    "ArticleFileError",
    "ArticleParseError",
    "ArticleTimeoutError",
    "Diagnostic",
    "DiagnosticCode",
    "NotADumpError",
    "Severity",
]

#: What messages name when the input has no path.
NO_PATH = "<bytes>"
#: What messages name when the input was a string.
TEXT = "<text>"


class ArticleParseError(Exception):
    """Base class of every exception articleparse raises.

    Attributes:
        path: The path of the input, ``"<bytes>"`` or ``"<text>"`` when it had none.
        reason: Why the input could not be parsed, in words.
        diagnostics: With ``strict=True``, the warnings that stopped the parse.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[ArticleParseError], tuple[str, str, tuple[Diagnostic, ...]]]:
        # Keep the error picklable, so batch workers can send it home.
        return (type(self), (self.path, self.reason, self.diagnostics))


class ArticleFileError(ArticleParseError):
    """A path could not be read: missing, a directory, not permitted, ...

    Raised by :func:`articleparse.parse_file`.
    """


class NotADumpError(ArticleFileError):
    """A file was refused as not an article dump: binary, or over the size limit.

    Raised by :func:`articleparse.parse_file` and reported by
    :func:`articleparse.parse_many` for a file with NUL bytes or mostly control
    characters (unless a UTF-16 or UTF-32 byte-order mark or a forced UTF-16/32
    ``encoding`` explains them), or one larger than ``max_bytes``.
    """


class ArticleDecodeError(ArticleParseError):
    """The bytes do not decode in the encoding the caller forced.

    Raised by :func:`articleparse.parse_bytes` and
    :func:`articleparse.parse_file` only when ``encoding`` is given; without
    it, decoding falls back until it succeeds and never raises.
    """


class ArticleTimeoutError(ArticleParseError):
    """A file took longer to read and parse than the batch's time limit allows.

    Reported by :func:`articleparse.parse_many` (``timeout=``) and the command
    line (``--timeout``) for that file, in place of its article; the other
    files go on. The reason names the limit.
    """


class DiagnosticCode(enum.Enum):
    """What a :class:`Diagnostic` reports. The value is the code's lower-case name."""

    #: The bytes were not UTF-8 (and had no byte-order mark); they were decoded in the
    #: code page detected, which the message and ``Article.encoding`` name.
    ENCODING_FALLBACK = "encoding_fallback"
    #: The bytes were not UTF-8 and the code page detected is unsure (short input, or no
    #: code page reads as text): the text may be mojibake. The message names the
    #: runner-up, if any.
    ENCODING_UNSURE = "encoding_unsure"
    #: Undecodable bytes were replaced by U+FFFD.
    BYTES_REPLACED = "bytes_replaced"
    #: A timestamp line did not parse as a date.
    TIMESTAMP_UNPARSED = "timestamp_unparsed"
    #: A timestamp names a time zone the configuration does not know; its time is naive.
    UNKNOWN_TIMEZONE = "unknown_timezone"
    #: Two timestamp lines give different publication times.
    TIMESTAMPS_DISAGREE = "timestamps_disagree"
    #: The dump has blocks but no body paragraph.
    NO_BODY = "no_body"
    #: A block fitted no role and was kept as boilerplate.
    BOILERPLATE_KEPT = "boilerplate_kept"
    #: The headline was taken from the first line without a layout cue (no blank line
    #: or header line under it).
    HEADLINE_WITHOUT_CUE = "headline_without_cue"
    #: The file holds several articles (a news database's export, or dumps joined into
    #: one file): :func:`articleparse.parse` gave the first; :func:`articleparse.parse_all`
    #: gives them all.
    SEVERAL_ARTICLES = "several_articles"
    #: An export's own word count (``LENGTH: 812 words``) differs from the words of the
    #: article's body by more than a tenth.
    WORD_COUNT_DISAGREES = "word_count_disagrees"
    #: The dump has more segments than ``ParserConfig.max_segments`` (only hostile input
    #: does): the rest of it, from the line given, is kept whole as one boilerplate block.
    TOO_MANY_SEGMENTS = "too_many_segments"
    #: The file is joined by form feeds or separator lines into more parts than
    #: :func:`articleparse.parse_all` splits (20,000): it was read as one article.
    TOO_MANY_PARTS = "too_many_parts"

    @property
    def severity(self) -> Severity:
        """The code's :class:`Severity`: ``info`` for ``boilerplate_kept``, ``warning`` for every other code."""
        return _SEVERITIES[self]


class Severity(enum.Enum):
    """How much a :class:`DiagnosticCode` matters. The value is the lower-case name."""

    #: What the parser did, for an audit: no value is in doubt (a block kept as boilerplate).
    INFO = "info"
    #: A value may be wrong or missing (a date that did not parse, no body, replaced bytes).
    #: ``strict=True`` raises on these.
    WARNING = "warning"


#: The severity of each code: one per code, documented in docs/api.md ("Diagnostics").
_SEVERITIES = {
    DiagnosticCode.ENCODING_FALLBACK: Severity.WARNING,
    DiagnosticCode.BYTES_REPLACED: Severity.WARNING,
    DiagnosticCode.TIMESTAMP_UNPARSED: Severity.WARNING,
    DiagnosticCode.UNKNOWN_TIMEZONE: Severity.WARNING,
    DiagnosticCode.TIMESTAMPS_DISAGREE: Severity.WARNING,
    DiagnosticCode.NO_BODY: Severity.WARNING,
    DiagnosticCode.BOILERPLATE_KEPT: Severity.INFO,
    DiagnosticCode.HEADLINE_WITHOUT_CUE: Severity.WARNING,
    DiagnosticCode.SEVERAL_ARTICLES: Severity.WARNING,
    DiagnosticCode.WORD_COUNT_DISAGREES: Severity.WARNING,
    DiagnosticCode.TOO_MANY_SEGMENTS: Severity.WARNING,
    DiagnosticCode.ENCODING_UNSURE: Severity.WARNING,
    DiagnosticCode.TOO_MANY_PARTS: Severity.WARNING,
}


@attrs.frozen
class Diagnostic:
    """Something a user auditing a corpus may want to know about one parse.

    Attributes:
        code: What kind of doubt or defect it is.
        message: The doubt in words.
        line: The 1-based line it concerns, or ``None`` for the whole dump.

    >>> Diagnostic(DiagnosticCode.BOILERPLATE_KEPT, "'* * *' fits no role").severity
    <Severity.INFO: 'info'>
    """

    code: DiagnosticCode = attrs.field(validator=v.instance_of(DiagnosticCode))
    message: str = attrs.field(validator=v.instance_of(str))
    line: int | None = attrs.field(
        default=None, validator=v.optional([v.instance_of(int), v.ge(1)]), metadata=schema(minimum=1)
    )

    @property
    def severity(self) -> Severity:
        """How much it matters, as its code's :class:`Severity` (written into JSON as ``severity``)."""
        return _SEVERITIES[self.code]
