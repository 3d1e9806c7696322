r"""articleparse: plain-text news article dumps to immutable, typed records.

>>> import articleparse
>>> article = articleparse.parse("A headline\n\nThe story begins here.")
>>> article.headline
'A headline'
"""

import attrs as _attrs

from articleparse._api import parse, parse_bytes, parse_file, tokenize
from articleparse._batch import DEFAULT_TIMEOUT, Result, parse_many
from articleparse._config import DEFAULT_CONFIG, ParserConfig
from articleparse._errors import (
    ArticleDecodeError,
    ArticleFileError,
    ArticleParseError,
    ArticleTimeoutError,
    Diagnostic,
    DiagnosticCode,
    NotADumpError,
    Severity,
)
from articleparse._explain import Explanation, explain
from articleparse._languages import DEFAULT_LANGUAGES, Language
from articleparse._model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Dump,
    ExportLayout,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    Timestamp,
    TimestampKind,
)
from articleparse._normalize import normalize
from articleparse._parse_all import parse_all, parse_all_bytes, parse_all_file
from articleparse._read import DEFAULT_MAX_BYTES
from articleparse._render import DEFAULT_STYLE, Style, render
from articleparse._roles import Role
from articleparse._schema import json_schema
from articleparse._serialize import ArticleDict
from articleparse._version import __version__

__all__ = [
    "DEFAULT_CONFIG",
    "DEFAULT_LANGUAGES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_STYLE",
    "DEFAULT_TIMEOUT",
    "Article",
    "ArticleDecodeError",
    "ArticleDict",
    "ArticleFileError",
    "ArticleParseError",
    "ArticleTimeoutError",
    "Block",
    "Byline",
    "Caption",
    "Dateline",
    "Diagnostic",
    "DiagnosticCode",
    "Dump",
    "Explanation",
    "ExportLayout",
    "Language",
    "NotADumpError",
    "Paragraph",
    "ParserConfig",
    "Promo",
    "RelatedLink",
    "Result",
    "Role",
    "Severity",
    "SourceLine",
    "Span",
    "Style",
    "Timestamp",
    "TimestampKind",
    "__version__",
    "explain",
    "json_schema",
    "normalize",
    "parse",
    "parse_all",
    "parse_all_bytes",
    "parse_all_file",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "render",
    "tokenize",
]


def _publish() -> None:
    """Give the public names this package as their module, as users import them.

    Documentation, ``repr`` of types and pickles then name ``articleparse.Article``
    rather than the private module that defines it.
    """
    for name in __all__:
        value = globals()[name]
        if isinstance(value, type) and _attrs.has(value):
            _attrs.resolve_types(value)  # while the defining module's names still resolve the annotations
        if isinstance(value, type) or callable(value):
            value.__module__ = __name__


_publish()


def __dir__() -> list[str]:
    """The public names, as ``dir(articleparse)`` and completion show them: ``__all__``."""
    return sorted(__all__)
