"""What must hold of any parse, checked the same way by every test that needs it."""

from __future__ import annotations

from collections.abc import Sequence

from articleparse import Block, normalize


def joined_lines(piece: str) -> str:
    """A slice of normalised text as a block's text: its non-blank lines stripped and joined by one space."""
    return " ".join(line.strip() for line in piece.split("\n") if line.strip())


def line_of(text: str, offset: int) -> int:
    """The 1-based number of the line holding ``text[offset]``."""
    return text.count("\n", 0, offset) + 1


def check_blocks(raw: str, blocks: Sequence[Block]) -> None:
    """Assert the tokenizer's contract of ``blocks`` parsed from ``raw``."""
    text = normalize(raw)
    lines = text.split("\n")
    owner: dict[int, int] = {}
    previous_end = 0
    for index, block in enumerate(blocks):
        span = block.span
        assert previous_end <= span.start < span.end <= len(text), (index, span)
        previous_end = span.end
        assert joined_lines(text[span.start : span.end]) == block.text, (index, block)
        assert text[span.start] == block.text[0]
        assert text[span.end - 1] == block.text[-1]
        assert span.first_line == line_of(text, span.start), (index, span)
        assert span.last_line == line_of(text, span.end - 1), (index, span)
        for number in range(span.first_line, span.last_line + 1):
            if lines[number - 1].strip():
                assert number not in owner, f"line {number} is in blocks {owner[number]} and {index}"
                owner[number] = index
    non_blank = {number for number, line in enumerate(lines, start=1) if line.strip()}
    assert set(owner) == non_blank, f"lines in no block: {sorted(non_blank - set(owner))}"
