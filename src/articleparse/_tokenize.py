"""Lines to segments: the units the classifier labels.

A *segment* is a run of non-blank lines that must stay together: one wrapped
paragraph, or one line standing alone. Blank lines separate segments; inside a
run of non-blank lines, a line starts a new segment unless it carries on the
sentence the line before it broke off. The classifier may later group several
segments into one block (a promo's title, repeated title and blurb), but never
splits one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from articleparse._normalize import Document, Line
from articleparse._text import ends_sentence, starts_lower

__all__ = ["Segment", "segment"]


@attrs.frozen
class Segment:
    """Consecutive non-blank lines that belong together, and their surroundings.

    Attributes:
        lines: The segment's lines, all non-blank, in order.
        gap_before: Blank lines between the previous segment (or the start of
            the text) and this one.
        gap_after: Blank lines between this segment and the next one (or the
            end of the text).
        text: The lines' stripped texts joined by one space.
    """

    lines: tuple[Line, ...]
    gap_before: int
    gap_after: int
    text: str

    @property
    def first(self) -> Line:
        """The segment's first line."""
        return self.lines[0]

    @property
    def last(self) -> Line:
        """The segment's last line."""
        return self.lines[-1]

    @property
    def indent(self) -> int:
        """The indentation of the segment's first line, in columns."""
        return self.lines[0].indent

    @property
    def words(self) -> int:
        """How many words the segment has."""
        return sum(line.words for line in self.lines)


def segment(document: Document) -> tuple[Segment, ...]:
    """Split the document's lines into segments, in order."""
    groups = list(_groups(document.lines))
    segments = []
    for index, lines in enumerate(groups):
        gap_before = lines[0].number - 1 if index == 0 else lines[0].number - groups[index - 1][-1].number - 1
        following = groups[index + 1][0].number if index + 1 < len(groups) else len(document.lines) + 1
        gap_after = following - lines[-1].number - 1
        text = " ".join(line.stripped for line in lines)
        segments.append(Segment(tuple(lines), gap_before, gap_after, text))
    return tuple(segments)


def _groups(lines: Sequence[Line]) -> Iterator[list[Line]]:
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                yield current
                current = []
        elif current and not _continues(current[-1], line):
            yield current
            current = [line]
        else:
            current.append(line)
    if current:
        yield current


def _continues(previous: Line, line: Line) -> bool:
    """Whether ``line`` carries on the sentence ``previous`` broke off."""
    return not ends_sentence(previous.stripped) and starts_lower(line.stripped)
