"""Why each block of a dump has its role: the rule that gave it, the zone it lies in, its score."""

from __future__ import annotations

import attrs

from articleparse._config import DEFAULT_CONFIG, ParserConfig
from articleparse._model import Block
from articleparse._pipeline import run_text
from articleparse._types import check_text

__all__ = ["Explanation", "explain"]


@attrs.frozen
class Explanation:
    """What the parser made of one block, and why.

    Attributes:
        block: The block, with its role and span.
        rule: The name of the classifier's rule that gave the block its role
            (the rules are listed, in the order they run, in the documentation
            of the dump format); in a file of several articles, an export's
            furniture is ``"export furniture"`` and the lines that neither it
            nor an article's body holds ``"export leftovers"``.
        zone: Where the article's zones put the block: ``"above"`` the
            article (page chrome), its ``"header"`` (headline, byline, date),
            its ``"body"``, or the ``"trailer"`` after it.
        score: The zone score of the block's first segment: positive where it
            reads as the article's prose, negative where it reads as furniture
            (0 for an export's furniture and leftovers, which are not scored).
    """

    block: Block
    rule: str
    zone: str
    score: float


def explain(text: str, *, config: ParserConfig | None = None) -> tuple[Explanation, ...]:
    r"""Split a dump into its blocks, each with the rule that gave it its role and the zone it lies in.

    Use it to see why a line got its role when auditing a corpus: the rule's
    name, and where the parser located the article (the zones and each
    block's score, see the documentation of the dump format). The blocks are
    :func:`~articleparse.tokenize`'s, read by the same pipeline as
    :func:`~articleparse.parse_all`. Never raises.

    >>> for found in explain("A headline\n\nThe story begins here."):
    ...     print(found.block.role.value, "<-", found.rule, "in the", found.zone)
    headline <- headline in the header
    paragraph <- paragraphs in the body
    """
    check_text("explain", text)
    parsed = run_text(text, config or DEFAULT_CONFIG)
    return tuple(Explanation(block, *why) for block, why in parsed.blocks())
