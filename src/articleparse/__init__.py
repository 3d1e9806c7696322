r"""articleparse: plain-text news article dumps to immutable, typed records.

>>> import articleparse
>>> article = articleparse.parse("A headline\n\nThe story begins here.")
>>> article.headline
'A headline'
"""

from articleparse._api import explain, parse, parse_bytes, parse_file, tokenize
from articleparse._config import DEFAULT_CONFIG, ParserConfig
from articleparse._errors import ArticleDecodeError, ArticleFileError, ArticleParseError, Diagnostic, DiagnosticCode
from articleparse._model import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    Timestamp,
    TimestampKind,
)
from articleparse._normalize import normalize
from articleparse._render import DEFAULT_STYLE, Style, render
from articleparse._roles import Role

__all__ = [
    "DEFAULT_CONFIG",
    "DEFAULT_STYLE",
    "Article",
    "ArticleDecodeError",
    "ArticleFileError",
    "ArticleParseError",
    "Block",
    "Byline",
    "Caption",
    "Dateline",
    "Diagnostic",
    "DiagnosticCode",
    "Paragraph",
    "ParserConfig",
    "Promo",
    "RelatedLink",
    "Role",
    "SourceLine",
    "Span",
    "Style",
    "Timestamp",
    "TimestampKind",
    "explain",
    "normalize",
    "parse",
    "parse_bytes",
    "parse_file",
    "render",
    "tokenize",
]
