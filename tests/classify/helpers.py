"""Small helpers for the classifier's shape tests."""

from __future__ import annotations

import articleparse
from articleparse import Role

# A paragraph of plain prose, to stand around the furniture under test.
PROSE = "The minister said on Monday that the talks would go on for another week at least."
MORE = "Officials from both sides met in Geneva, where the mood was said to be calm and businesslike."
LAST = "A final round is expected before the end of the month, according to people close to the talks."


def roles(text: str) -> list[tuple[Role, str]]:
    """Each block's role and text, in order."""
    return [(block.role, block.text) for block in articleparse.tokenize(text)]


def role_of(text: str, line: str) -> Role:
    """The role of the block holding ``line`` (its stripped text, or the start of it)."""
    for block in articleparse.tokenize(text):
        if line in block.text:
            return block.role
    raise AssertionError(f"no block holds {line!r}")


def dump(*blocks: str, gap: str = "\n\n") -> str:
    """Blocks joined by blank lines (or by ``gap``)."""
    return gap.join(blocks)
