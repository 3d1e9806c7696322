"""The one pipeline: text to its articles, the only place the stages are called.

Every entry point (``parse``, ``parse_all``, ``tokenize``, ``explain``, the
file and bytes readers, the batch workers) goes through :func:`run`, so a dump
takes one route whatever asked for it:

1. **normalise** (:func:`articleparse._normalize.read`), once for the whole text;
2. **split** an export or a concatenation into its articles
   (:func:`articleparse._exports.plans`: substring checks first, so a dump of
   one article pays only for those);
3. **tokenize** each article's text into segments (:func:`articleparse._tokenize.segment`);
4. **classify** them: features, zones, then the rule chain
   (:func:`articleparse._classify.classify`);
5. **assemble** the records (:func:`articleparse._assemble.assemble`); an
   export's furniture is set around each body (:func:`articleparse._exports.article`).

Beside each block the pipeline keeps why it has its role (a :class:`Why`:
the rule, the zone, the score), which :func:`articleparse.explain` reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from articleparse import _exports as exports
from articleparse._assemble import assemble
from articleparse._classify import Group, classify
from articleparse._classify.zones import Zone, Zones
from articleparse._config import ParserConfig
from articleparse._decode import Decoded
from articleparse._errors import ArticleParseError, Diagnostic, DiagnosticCode, Severity
from articleparse._model import Article, Block, Dump
from articleparse._normalize import Document, read
from articleparse._tokenize import segment

__all__ = ["EXPORT_FURNITURE", "EXPORT_LEFTOVERS", "Parsed", "Why", "checked", "run", "run_text"]

#: What :func:`articleparse.explain` names as the rule of an export's furniture (its counter,
#: headline, byline, date and labelled fields, copyright and closing lines, as its layout reads them).
EXPORT_FURNITURE = "export furniture"
#: ... and of an export's lines that neither its furniture nor an article's body holds (a preamble too).
EXPORT_LEFTOVERS = "export leftovers"


class Why(NamedTuple):
    """Why a block has its role: the rule that gave it, the zone it lies in, the zone score of its first segment."""

    rule: str
    zone: str
    score: float


@attrs.frozen
class Parsed:
    """What the pipeline made of one text: its dump, and why each block has its role.

    Attributes:
        dump: The articles, the preamble and the layout.
        reasons: The :class:`Why` of each block: the preamble's first, then each
            article's, in the order of its blocks.
    """

    dump: Dump
    reasons: tuple[tuple[Why, ...], ...]

    def blocks(self) -> Iterator[tuple[Block, Why]]:
        """Every block of the text, the preamble's first, each with why it has its role."""
        groups = (self.dump.preamble, *(article.blocks for article in self.dump.articles))
        for blocks, reasons in zip(groups, self.reasons, strict=True):
            yield from zip(blocks, reasons, strict=True)

    def first(self) -> Article:
        """The first article; for a file of several, with a ``several_articles`` diagnostic."""
        dump = self.dump
        first = dump.articles[0]
        if len(dump) == 1:
            return first
        layout = dump.layout.value if dump.layout else "unknown"
        message = f"the file holds {len(dump)} articles (layout {layout}); this is the first, parse_all gives them all"
        several = Diagnostic(DiagnosticCode.SEVERAL_ARTICLES, message)
        return attrs.evolve(first, diagnostics=(several, *first.diagnostics))


def run_text(text: str, config: ParserConfig, decoded: Decoded | None = None) -> Parsed:
    """Normalise ``text`` (once) and run the pipeline over it; ``decoded`` says how it came from bytes, if it did."""
    return run(read(text), config, decoded)


def run(document: Document, config: ParserConfig, decoded: Decoded | None = None) -> Parsed:
    """Every article of the normalised ``document``: an export's articles, or the one article of any other dump."""
    refused = None
    for lined, plan in exports.plans(document):
        if isinstance(plan, exports.TooManyParts):
            refused = refused or plan
            continue
        parsed = _export(lined, plan, config, decoded)
        if parsed is not None:
            return parsed
    groups, zones = _classified(document, config)
    dump = Dump((assemble(groups, config, decoded),))
    return Parsed(dump if refused is None else refused.noted(dump), ((), _reasons(groups, zones)))


def checked(article: Article, strict: bool, path: str) -> Article:
    """Return ``article``, or with ``strict`` raise on its first warning (``info`` diagnostics never raise)."""
    warnings = [diagnostic for diagnostic in article.diagnostics if diagnostic.severity is Severity.WARNING]
    if strict and warnings:
        first = warnings[0]
        where = f"line {first.line}: " if first.line else ""
        reason = f"{len(warnings)} warning(s), the first {first.code.value}: {where}{first.message}"
        raise ArticleParseError(path, reason, warnings)
    return article


def _classified(document: Document, config: ParserConfig) -> tuple[tuple[Group, ...], Zones]:
    """Tokenize and classify one article's text."""
    return classify(segment(document, config), config)


def _reasons(groups: Sequence[Group], zones: Zones) -> tuple[Why, ...]:
    """Why each group has its role: its rule, and the zone and score of its first segment."""
    reasons = []
    index = 0  # the index of each group's first segment
    scores = zones.scores
    for group in groups:
        rule = group.rule.name if group.rule is not None else ""
        reasons.append(Why(rule, zones.of(index), scores[index]))
        index += len(group.segments)
    return tuple(reasons)


def _export(document: Document, plan: exports.Plan, config: ParserConfig, decoded: Decoded | None) -> Parsed | None:
    """The articles ``plan`` makes of ``document``, or ``None`` when a part of a plain concatenation is no article."""
    starts = [line.start for line in document.lines]
    articles = []
    preamble = exports.preamble(document, plan)
    reasons = [tuple(Why(EXPORT_LEFTOVERS, Zone.ABOVE, 0.0) for _ in preamble)]
    for entry in plan.entries:
        body, why = _body(document, starts, entry, config, decoded)
        article, leftovers = exports.article(document, starts, entry, body, config, decoded)
        if plan.whole_dumps and not exports.whole(article):
            return None
        articles.append(article)
        reasons.append(_export_reasons(article, entry, why, {block.span.start for block in leftovers}))
    return Parsed(Dump(tuple(articles), preamble, plan.layout), tuple(reasons))


def _body(
    document: Document, starts: Sequence[int], entry: exports.Entry, config: ParserConfig, decoded: Decoded | None
) -> tuple[Article, dict[int, Why]]:
    """The article the pipeline reads in ``entry``'s body region, its spans those of the file, and why, by span start.

    The first reading of :func:`articleparse._exports.regions` that holds is
    taken: under the headline, unless a block joins the headline's line to the
    body; else the body alone.
    """
    for region in exports.regions(document, starts, entry):
        groups, zones = _classified(Document.of_normal(region.text), config)
        reasons = _reasons(groups, zones)
        if region.under_headline:
            lines = [(group.segments[0].first.number, group.segments[-1].last.number) for group in groups]
            if not all(first > 1 or last == 1 for first, last in lines):
                continue  # a block joins the headline's line to the body: read the body alone
            kept = [index for index, (first, _) in enumerate(lines) if first > 1]  # the headline's blocks go
            groups = tuple(groups[index] for index in kept)
            reasons = tuple(reasons[index] for index in kept)
        article = exports.shifted(assemble(groups, config, decoded), region.offset, region.first_line)
        return article, {block.span.start: why for block, why in zip(article.blocks, reasons, strict=True)}
    return Article(), {}


def _export_reasons(
    article: Article, entry: exports.Entry, body: dict[int, Why], leftovers: set[int]
) -> tuple[Why, ...]:
    """Why each block of an export's article has its role: its body's rules, or the export's furniture."""
    body_start = entry.body[0] if entry.body is not None else None
    reasons = []
    for block in article.blocks:
        why = body.get(block.span.start)
        if why is None:
            rule = EXPORT_LEFTOVERS if block.span.start in leftovers else EXPORT_FURNITURE
            before = body_start is None or block.span.start < body_start
            why = Why(rule, Zone.HEADER if before else Zone.TRAILER, 0.0)
        reasons.append(why)
    return tuple(reasons)
