"""The immutable records a parse returns.

Every record is an ``attrs`` frozen, slotted class; collections are tuples.
Records compare by value, hash, and pickle, so they can cross process
boundaries in batch work.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, cast

import attrs
from attrs import validators as v

from articleparse._detect import language_code
from articleparse._errors import Diagnostic
from articleparse._roles import BODY_ROLES, Role
from articleparse._serialize import ArticleDict, from_json, schema, to_json
from articleparse._timezone import in_utc, zone_of

__all__ = [
    "Article",
    "Block",
    "Byline",
    "Caption",
    "Dateline",
    "Dump",
    "ExportLayout",
    "Paragraph",
    "Promo",
    "RelatedLink",
    "SourceLine",
    "Span",
    "Timestamp",
    "TimestampKind",
]

# The fields are the one description of the JSON: its converter (_serialize) and its schema (_schema)
# walk their names and types; metadata adds the schema's limits. A field with a default is optional in
# JSON (a missing key takes the default), so adding one to Article is a one-line edit here.


_NON_EMPTY = schema(minLength=1)  # text the parser never leaves empty (the validators allow it)
_LANGUAGE_CODE = r"^[a-z]{2}$"  # ISO 639-1
_LANGUAGE_SOURCES = ("export", "detected")
_SOURCES = schema(enum=_LANGUAGE_SOURCES)


def _zone_name(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    """A validator: the value names a time zone (``UTC`` or an IANA name such as ``Europe/Berlin``)."""
    if not isinstance(value, str):
        raise TypeError(f"'{attribute.name}' must be a time zone name, not {value!r:.80}")
    zone_of(value)


def _midnight(value: datetime) -> bool:
    """Whether ``value`` is a naive midnight, as a date without a time is read."""
    return value.tzinfo is None and value.hour == value.minute == value.second == value.microsecond == 0


def _tuple_of(kind: type) -> Any:
    """A validator: the value is a tuple whose members are all ``kind``."""
    return v.deep_iterable(member_validator=v.instance_of(kind), iterable_validator=v.instance_of(tuple))


def _pairs(instance: Article, attribute: attrs.Attribute[tuple[tuple[str, str], ...]], value: object) -> None:
    """A validator: the value is a tuple of ``(label, value)`` pairs of strings."""
    if not isinstance(value, tuple) or not all(
        isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(part, str) for part in pair) for pair in value
    ):
        raise TypeError(f"'{attribute.name}' must be a tuple of (label, value) pairs of strings, not {value!r:.80}")


def _language_source(instance: Article, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if (value is None) != (instance.language is None):
        raise ValueError(f"language_source is {value!r} but language is {instance.language!r}: both or neither")


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.end < instance.start:
        raise ValueError(f"span end {instance.end} is before its start {instance.start}")
    if instance.last_line < instance.first_line:
        raise ValueError(f"span last line {instance.last_line} is before its first {instance.first_line}")


@attrs.frozen
class Span:
    r"""Where a piece of text lies in the normalised dump.

    Offsets index the *normalised* text (BOM removed, every line end turned
    into ``"\n"``), so ``text[span.start:span.end]`` is the piece itself, from
    its first to its last non-blank character. Line numbers are 1-based and count
    only ``\r\n``, ``\r`` and ``\n`` as line breaks.

    Attributes:
        start: Offset of the first character, inclusive.
        end: Offset after the last character (exclusive).
        first_line: Number of the first line, 1-based.
        last_line: Number of the last line, 1-based and inclusive.
    """

    start: int = attrs.field(validator=v.ge(0), metadata=schema(minimum=0))
    end: int = attrs.field(validator=v.ge(0), metadata=schema(minimum=0))
    first_line: int = attrs.field(validator=v.ge(1), metadata=schema(minimum=1))
    last_line: int = attrs.field(validator=[v.ge(1), _check_span], metadata=schema(minimum=1))


@attrs.frozen
class Block:
    """One block of a dump: a run of lines that belong together, with its role.

    Attributes:
        role: What the block is (headline, paragraph, caption, ...).
        text: The block's lines with surrounding white space (the no-break
            space included) stripped, joined by one space.
        span: Where the block lies in the normalised text.
    """

    role: Role = attrs.field(validator=v.instance_of(Role))
    text: str = attrs.field(validator=v.instance_of(str))
    span: Span = attrs.field(validator=v.instance_of(Span))


def _body_role(instance: Paragraph, attribute: attrs.Attribute[Role], value: Role) -> None:
    if value not in BODY_ROLES:
        raise ValueError(f"a body paragraph's role must be paragraph, subheading or list_item, not {value.value}")


_BODY_ROLES = schema(enum=tuple(role.value for role in Role if role in BODY_ROLES))  # what _body_role allows


@attrs.frozen
class Paragraph:
    """A piece of the article's body.

    Attributes:
        text: The paragraph's text, its wrapped lines joined by one space.
        role: :attr:`Role.PARAGRAPH`, :attr:`Role.SUBHEADING` or
            :attr:`Role.LIST_ITEM`.
        span: Where it lies in the normalised text.
    """

    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    role: Role = attrs.field(validator=[v.instance_of(Role), _body_role], metadata=_BODY_ROLES)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class RelatedLink:
    """A link to another story placed inside or after the body.

    Attributes:
        text: The linked story's title, without a label such as ``Related:``
            (the block keeps the line as the dump shows it).
        span: Where it lies in the normalised text.
        position: The index in :attr:`Article.body` of the paragraph the link
            stands before; ``len(body)`` when it comes after the last one.
    """

    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))
    position: int = attrs.field(validator=v.ge(0), metadata=schema(minimum=0))


@attrs.frozen
class Caption:
    """Text that belongs to a picture or a video: a description, a credit, a label.

    Attributes:
        text: The caption's text.
        span: Where it lies in the normalised text.
    """

    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class SourceLine:
    """The credit or source line that closes an article.

    Attributes:
        label: The label as written (``SOURCE``), or ``None`` when the line has none.
        text: The line without its label (``Al Jazeera News And Agencies``).
        credits: The text split on commas, ``and`` and ``&``:
            ``("Al Jazeera News", "Agencies")``.
        span: Where it lies in the normalised text.
    """

    label: str | None = attrs.field(validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    text: str = attrs.field(validator=v.instance_of(str))
    credits: tuple[str, ...] = attrs.field(validator=_tuple_of(str), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class Promo:
    """A teaser for another story, after the article.

    Attributes:
        title: The teased story's title.
        blurb: Its one-sentence summary, or ``None`` when the teaser is a bare title.
        span: Where it lies in the normalised text.
    """

    title: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    blurb: str | None = attrs.field(validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen
class Byline:
    """Who wrote the article.

    Attributes:
        text: The byline as written, without a wire ``--`` prefix.
        authors: The authors' names only, in order, white space normalised;
            job titles and outlets dropped, and a name written wholly in
            capitals put in title case: ``By JANE DOE, Reuters`` gives
            ``("Jane Doe",)``.
        span: Where the line lies in the normalised text.
    """

    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    authors: tuple[str, ...] = attrs.field(validator=_tuple_of(str), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))


class TimestampKind(enum.Enum):
    """Whether a timestamp gives the publication or the update time."""

    PUBLISHED = "published"
    UPDATED = "updated"


@attrs.frozen
class Timestamp:
    """A date read from a timestamp line (or from a byline ``by jane on July 14, 2012``).

    Attributes:
        kind: Publication or update.
        value: The moment as the line gives it: timezone-aware when the line
            names a zone or an offset (:attr:`zone_given`), naive otherwise;
            midnight when the line gives a date only.
        date_only: Whether the line gives a date without a time of day. Such a
            value is written ``YYYY-MM-DD`` in JSON, CSV and Markdown.
        text: The line the date was read from.
        span: Where that line lies in the normalised text.
    """

    kind: TimestampKind = attrs.field(validator=v.instance_of(TimestampKind))
    value: datetime = attrs.field(validator=v.instance_of(datetime))
    date_only: bool = attrs.field(validator=v.instance_of(bool))
    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))

    @property
    def zone_given(self) -> bool:
        r"""Whether the dump gave the zone, as an offset or a zone name the configuration knows (the value is aware).

        >>> import articleparse
        >>> article = articleparse.parse("A headline\n\nMarch 4, 2015 10:12 GMT\n\nThe story.")
        >>> article.timestamps[0].zone_given, article.published_utc.isoformat()
        (True, '2015-03-04T10:12:00+00:00')
        """
        return self.value.tzinfo is not None


@attrs.frozen
class Dateline:
    """A wire dateline opening the first paragraph: ``WASHINGTON, Sept 17 (Reuters) -``.

    The paragraph's text stays whole; this record points into it.

    Attributes:
        text: The dateline as written, its closing dash included.
        place: Where the story was filed (``WASHINGTON``), or ``None`` for
            ``(CNN) --``.
        agency: The agency in brackets (``Reuters``), or ``None``.
        date: The date as written (``Sept 17``), or ``None``.
        span: Where the dateline lies in the normalised text.
    """

    text: str = attrs.field(validator=v.instance_of(str), metadata=_NON_EMPTY)
    place: str | None = attrs.field(validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    agency: str | None = attrs.field(validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    date: str | None = attrs.field(validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    span: Span = attrs.field(validator=v.instance_of(Span))


@attrs.frozen(kw_only=True)
class Article:
    """A parsed article: its parts as typed fields, and every block of the dump.

    Fields are keyword-only. Nothing of the dump is lost: :attr:`blocks` holds
    every block in document order, furniture included; the other fields are
    views of those blocks.

    Attributes:
        headline: The article's title, or ``None`` when the dump has none.
        standfirst: The dek under the headline, or ``None``.
        body: The body's paragraphs, subheadings and list items, in order.
        related: Links to other stories found inside or after the body.
        source: The closing source or credit line, or ``None``.
        promos: Teasers for other stories after the article.
        captions: Captions and picture credits, wherever they stand.
        byline: Who wrote the article, or ``None``.
        published: When it was published, from its timestamp lines (or its
            byline), never from its prose; ``None`` when no line says. As the
            dump gives it: aware when the dump names a zone or an offset, naive
            when it does not; :attr:`published_utc` is always aware, for sorting.
        updated: When it was last updated, or ``None``; as :attr:`published`.
        default_zone: The time zone a naive :attr:`published` or
            :attr:`updated` is read in for :attr:`published_utc` and
            :attr:`updated_utc`: an IANA name (``Europe/Berlin``) or ``UTC``,
            :attr:`ParserConfig.default_zone <articleparse.ParserConfig.default_zone>`
            when parsed.
        timestamps: Every date read from the header, with its line; says
            which values are dates without a time.
        dateline: The wire dateline opening the first paragraph, or ``None``.
        url: The article's own address, from its header lines, or ``None``.
        highlights: The summary sentences of ``@highlight`` blocks and
            ``Story highlights`` lists, in order; never part of the body.
        diagnostics: What a user auditing the parse may want to know: an
            encoding fallback, replaced bytes, timestamps that did not parse or
            disagree, no body, blocks kept as boilerplate, a headline taken
            without a layout cue. A clean dump has none.
        blocks: Every block of the dump in document order, each with its role
            and span. Blocks of every other role (bylines, highlights,
            boilerplate...) are reached through :meth:`blocks_of`.
        encoding: The encoding the bytes were decoded with, or ``None`` when
            the article was parsed from a ``str``.
        publication: The newspaper, site or wire that published the article,
            as a news database's export names it (``The Guardian (London)``);
            ``None`` outside exports. See :func:`~articleparse.parse_all`.
        section: The export's section field as written (``NEWS; Pg. 5``), or ``None``.
        language: The article's language as an ISO 639-1 code (``en``, ``de``):
            an export's language field mapped to its code (``ENGLISH`` gives
            ``en``; a label that names no known language leaves ``None``, the
            label staying in :attr:`header_fields`), or else detected from the
            text among the configured languages (English, German, French,
            Spanish, Italian, Portuguese and Dutch by default). Text in another
            language, a mix, or too little prose to tell gives ``None``, never
            a guess: see "Language" in the API docs.
        language_source: Where :attr:`language` comes from: ``"export"``,
            ``"detected"``, or ``None`` when it is ``None``.
        word_count: The export's own count of the article's words
            (``LENGTH: 812 words``), or ``None``. A count that differs from the
            body's by more than a tenth is a ``word_count_disagrees`` diagnostic.
        copyright: The export's copyright notice, its lines joined by one space
            (``Copyright 2015 Guardian News All Rights Reserved``), or ``None``.
        header_fields: Every labelled field of the export's header and trailer,
            in order, as ``(label, value)`` pairs of the label as written
            (without its colon) and its value: ``("LOAD-DATE", "March 5, 2015")``.
            The typed fields above are read from these; a label a vendor adds is
            kept here too. Empty outside exports.
    """

    headline: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    standfirst: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    body: tuple[Paragraph, ...] = attrs.field(default=(), validator=_tuple_of(Paragraph))
    related: tuple[RelatedLink, ...] = attrs.field(default=(), validator=_tuple_of(RelatedLink))
    source: SourceLine | None = attrs.field(default=None, validator=v.optional(v.instance_of(SourceLine)))
    promos: tuple[Promo, ...] = attrs.field(default=(), validator=_tuple_of(Promo))
    captions: tuple[Caption, ...] = attrs.field(default=(), validator=_tuple_of(Caption))
    byline: Byline | None = attrs.field(default=None, validator=v.optional(v.instance_of(Byline)))
    published: datetime | None = attrs.field(default=None, validator=v.optional(v.instance_of(datetime)))
    updated: datetime | None = attrs.field(default=None, validator=v.optional(v.instance_of(datetime)))
    default_zone: str = attrs.field(default="UTC", validator=_zone_name, metadata=_NON_EMPTY)
    timestamps: tuple[Timestamp, ...] = attrs.field(default=(), validator=_tuple_of(Timestamp))
    dateline: Dateline | None = attrs.field(default=None, validator=v.optional(v.instance_of(Dateline)))
    url: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    highlights: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str), metadata=_NON_EMPTY)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), validator=_tuple_of(Diagnostic))
    blocks: tuple[Block, ...] = attrs.field(default=(), validator=_tuple_of(Block))
    encoding: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    publication: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    section: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    language: str | None = attrs.field(
        default=None, validator=v.optional(v.matches_re(_LANGUAGE_CODE)), metadata=schema(pattern=_LANGUAGE_CODE)
    )
    language_source: str | None = attrs.field(
        default=None, validator=[v.optional(v.in_(_LANGUAGE_SOURCES)), _language_source], metadata=_SOURCES
    )
    word_count: int | None = attrs.field(
        default=None, validator=v.optional([v.instance_of(int), v.ge(0)]), metadata=schema(minimum=0)
    )
    copyright: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)), metadata=_NON_EMPTY)
    header_fields: tuple[tuple[str, str], ...] = attrs.field(default=(), validator=_pairs)

    @property
    def text(self) -> str:
        """The body's texts joined by blank lines, the article's clean prose."""
        return "\n\n".join(paragraph.text for paragraph in self.body)

    @property
    def authors(self) -> tuple[str, ...]:
        r"""The byline's authors, or ``()`` when there is no byline.

        >>> import articleparse
        >>> articleparse.parse("A headline\n\nBy JANE DOE, Reuters\n\nThe story.").authors
        ('Jane Doe',)
        >>> articleparse.parse("A headline\n\nThe story.").authors
        ()
        """
        return self.byline.authors if self.byline is not None else ()

    @property
    def lead(self) -> str | None:
        r"""The text of the body's first paragraph (the lead), or ``None`` when the body is empty.

        >>> import articleparse
        >>> articleparse.parse("A headline\n\nThe first paragraph.\n\nThe second.").lead
        'The first paragraph.'
        """
        return self.body[0].text if self.body else None

    @property
    def published_utc(self) -> datetime | None:
        r""":attr:`published` in UTC, always aware: a naive value is read in :attr:`default_zone`.

        Values of any articles sort together:
        ``sorted(a.published_utc for a in articles if a.published_utc)``.

        >>> import articleparse
        >>> articleparse.parse("A headline\n\nMarch 4, 2015\n\nThe story.").published_utc
        datetime.datetime(2015, 3, 4, 0, 0, tzinfo=datetime.timezone.utc)
        """
        return in_utc(self.published, self.default_zone)

    @property
    def updated_utc(self) -> datetime | None:
        """:attr:`updated` in UTC, always aware, as :attr:`published_utc`."""
        return in_utc(self.updated, self.default_zone)

    def blocks_of(self, *roles: Role) -> tuple[Block, ...]:
        r"""The blocks with any of ``roles``, in document order.

        >>> import articleparse
        >>> article = articleparse.parse("A headline\n\nThe story.\n\n* * *\n\nMore of it.")
        >>> [block.text for block in article.blocks_of(Role.BOILERPLATE)]
        ['* * *']
        """
        wanted = frozenset(roles)
        return tuple(block for block in self.blocks if block.role in wanted)

    def to_dict(self) -> ArticleDict:
        """Return the article as a JSON-ready ``dict`` of strings, numbers, lists and ``None``.

        Roles are written as their lower-case names; spans as
        ``{"start", "end", "first_line", "last_line"}`` objects; times as ISO
        8601 strings. The derived ``text`` is included for convenience.
        """
        data = to_json(self)
        for key, kind in (("published", TimestampKind.PUBLISHED), ("updated", TimestampKind.UPDATED)):
            value = getattr(self, key)
            if value is not None and self._date_only(value, kind):
                data[key] = value.date().isoformat()
        stamps = cast("list[dict[str, object]]", data["timestamps"])
        for stamp, written in zip(self.timestamps, stamps, strict=True):
            if stamp.date_only and _midnight(stamp.value):
                written["value"] = stamp.value.date().isoformat()
        diagnostics = cast("list[dict[str, object]]", data["diagnostics"])
        for diagnostic, written in zip(self.diagnostics, diagnostics, strict=True):
            written["severity"] = diagnostic.severity.value
        published, updated = self.published_utc, self.updated_utc
        data["published_utc"] = published.isoformat() if published is not None else None
        data["updated_utc"] = updated.isoformat() if updated is not None else None
        data["text"] = self.text
        return cast("ArticleDict", data)

    def to_json(self, **json_kwargs: Any) -> str:
        r"""Return :meth:`to_dict` as a JSON string; ``json_kwargs`` go to :func:`json.dumps`.

        Non-ASCII characters are written as they are unless ``ensure_ascii=True`` is given.

        >>> import articleparse
        >>> article = articleparse.parse("Un titre\n\nMarch 4, 2015\n\nL'histoire.")
        >>> print(article.to_json(indent=2)[:60])
        {
          "headline": "Un titre",
          "standfirst": null,
        >>> '"published": "2015-03-04"' in article.to_json()
        True
        >>> Article.from_dict(json.loads(article.to_json())) == article
        True
        """
        return json.dumps(self.to_dict(), **{"ensure_ascii": False, **json_kwargs})

    def _date_only(self, value: datetime, kind: TimestampKind) -> bool:
        """Whether ``value`` of ``kind`` is a date without a time: a date-only timestamp of that kind gives it."""
        return _midnight(value) and any(
            stamp.kind is kind and stamp.date_only and stamp.value == value for stamp in self.timestamps
        )

    def written_time(self, kind: TimestampKind) -> str | None:
        r""":attr:`published` (or :attr:`updated`) as JSON, CSV and Markdown write it: ``YYYY-MM-DD`` for a date only.

        Otherwise ISO 8601 in full (``2015-03-05T18:45:00+00:00``); ``None`` when there is no value.

        >>> import articleparse
        >>> articleparse.parse("A headline\n\nMarch 4, 2015\n\nThe story.").written_time(TimestampKind.PUBLISHED)
        '2015-03-04'
        """
        value = self.published if kind is TimestampKind.PUBLISHED else self.updated
        if value is None:
            return None
        return value.date().isoformat() if self._date_only(value, kind) else value.isoformat()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Article:
        r"""Rebuild an article from what :meth:`to_dict` returned (or its JSON, loaded).

        ``Article.from_dict(article.to_dict()) == article`` for every article. The
        derived keys (``text``, ``published_utc``, ``updated_utc``, a
        diagnostic's ``severity``) and unknown keys are ignored; a missing key
        takes its field's default (JSON from before the field existed). Times
        are read in either form JSON has held: ``2015-03-04`` (a date only) or
        ``2015-03-04T00:00:00``. JSON written before ``language_source``
        existed holds an export's language label as written (``ENGLISH``): it
        is read as the export's and mapped to its code, as a parse would.
        Nothing else is coerced.

        Raises:
            ValueError: ``data`` is not of that shape; the message names the path to
                the first bad value: ``body[3].span.first_line: expected an integer, got '3'``.

        >>> import json, articleparse
        >>> article = articleparse.parse("A headline\n\nThe story.")
        >>> Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
        True
        """
        if not isinstance(data, Mapping):
            return from_json(cls, data)  # which names what it got instead of an object
        if "language" not in data and "language_source" in data:  # the pair goes together
            data = {key: value for key, value in data.items() if key != "language_source"}
        elif "language_source" not in data and isinstance(data.get("language"), str):  # an export's label, as written
            code = language_code(cast("str", data["language"]))
            data = {**data, "language": code, "language_source": "export" if code else None}
        return from_json(cls, data)


class ExportLayout(enum.Enum):
    """How a file holding several articles lays them out: a news database's export, or dumps joined together.

    The value of each member is its lower-case name.
    """

    #: LexisNexis (classic): a centred ``1 of 100 DOCUMENTS`` line opens each article.
    LEXISNEXIS = "lexisnexis"
    #: Nexis Uni: ``End of Document`` closes each article.
    NEXIS_UNI = "nexis_uni"
    #: Factiva: a ``Document <id>`` line closes each article.
    FACTIVA = "factiva"
    #: ProQuest: labelled fields, articles between rules of underscores.
    PROQUEST = "proquest"
    #: One-article dumps joined with form feeds between them.
    FORM_FEEDS = "form_feeds"
    #: One-article dumps joined with the same separator line between them.
    SEPARATOR_LINES = "separator_lines"


def _some_articles(instance: Dump, attribute: attrs.Attribute[tuple[Article, ...]], value: tuple[Article, ...]) -> None:
    if not value:
        raise ValueError("a dump holds at least one article")


@attrs.frozen
class Dump:
    r"""Every article of a file, in order: what :func:`~articleparse.parse_all` returns.

    A dump of one article holds that article (``layout`` is ``None``); a news
    database's export, or dumps joined into one file, holds one :class:`Article`
    for each article in it. Spans index the whole file's normalised text.
    Iterating over a dump gives its articles; ``len(dump)`` counts them and
    ``dump[i]`` is the i-th.

    Attributes:
        articles: The articles, in file order; at least one (the article of an
            empty file has no blocks).
        preamble: What the file holds before its first article (an export's
            request header: ``Download Request:``, ``Terms:`` ...), as
            ``boilerplate`` blocks; empty when there is none. With the articles'
            blocks, every non-blank line of the file lies in exactly one block.
        layout: The layout recognised, or ``None`` for a dump of one article.

    >>> import articleparse
    >>> dump = articleparse.parse_all("A headline\n\nThe story begins here.")
    >>> len(dump), dump.layout, [article.headline for article in dump]
    (1, None, ['A headline'])
    """

    articles: tuple[Article, ...] = attrs.field(validator=[_tuple_of(Article), _some_articles])
    preamble: tuple[Block, ...] = attrs.field(default=(), validator=_tuple_of(Block))
    layout: ExportLayout | None = attrs.field(default=None, validator=v.optional(v.instance_of(ExportLayout)))

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, index: int) -> Article:
        return self.articles[index]
