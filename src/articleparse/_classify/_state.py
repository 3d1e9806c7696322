"""The state rules read while classifying one document, what a rule is, and the labels it returns.

A rule is a generator over the :class:`State`: it yields a :class:`Label` for
each segment it recognises, and the driver (:func:`articleparse._classify.classify`)
applies each label before the rule goes on, so a rule sees its own labels as
well as those of the rules before it. Rules never write the state themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import attrs

from articleparse._classify.features import Table
from articleparse._classify.zones import Zones
from articleparse._config import ParserConfig
from articleparse._roles import BODY_ROLES, Role
from articleparse._tokenize import Segment

__all__ = ["Fields", "Group", "Label", "Labels", "Rule", "State"]


@attrs.frozen
class Fields:
    """What a rule matched in the segment it labelled, for assembly to use as it is.

    Attributes:
        names: The part of a byline that names its authors.
        dates: Texts that give a date (a timestamp line's, a byline's).
        title: A related link's title, without its label.
        label: A source line's label (``SOURCE``).
        text: A source line's text after its label.
        marker: The marker that opened a byline (``By``, ``Von``), as written,
            on its line or alone on the line before it.
    """

    names: str | None = None
    dates: tuple[str, ...] = ()
    title: str | None = None
    label: str | None = None
    text: str | None = None
    marker: str | None = None


class Label(NamedTuple):
    """The role a rule gives one segment, and what it matched there.

    Attributes:
        at: The segment's index in the document.
        role: The role given.
        joins: Whether the segment carries on the block of the segment before it.
        fields: What the rule matched, for assembly to use as it is.
    """

    at: int
    role: Role
    joins: bool = False
    fields: Fields | None = None


#: What a rule returns: its labels, each applied by the driver as it is yielded.
Labels = Iterator[Label]


@attrs.frozen(eq=False)
class Rule:
    """One rule of the classifier: its name (as :func:`articleparse.explain` reports it) and what it does.

    Rules are compared by identity, never by name.
    """

    name: str
    run: Callable[[State], Labels] = attrs.field(repr=False)


@attrs.frozen
class Group:
    """Consecutive segments that make one block, the block's role, the rule that gave it and what it matched."""

    role: Role
    segments: tuple[Segment, ...]
    rule: Rule | None = None
    fields: Fields | None = None


@attrs.define
class State:
    """The segments of one document, their features and zones, and the roles given to them so far.

    A rule labels segments that no earlier rule labelled; it never relabels.
    ``joins[i]`` says that segment ``i`` carries on the block of segment ``i - 1``.
    ``prose[i]`` says that segment ``i`` reads as prose: it ends a sentence, or
    is too long for furniture.
    """

    segments: tuple[Segment, ...]
    config: ParserConfig
    features: Table
    zones: Zones
    roles: list[Role | None] = attrs.field(init=False)
    joins: list[bool] = attrs.field(init=False)
    prose: list[bool] = attrs.field(init=False)
    rules: list[Rule | None] = attrs.field(init=False)
    fields: list[Fields | None] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.roles = [None] * len(self.segments)
        self.joins = [False] * len(self.segments)
        self.rules = [None] * len(self.segments)
        self.fields = [None] * len(self.segments)
        self.prose = [row.prose for row in self.features.rows]

    def free(self, index: int) -> bool:
        """Whether no rule has labelled segment ``index`` yet."""
        return self.roles[index] is None

    def apply(self, label: Label, rule: Rule) -> None:
        """Give the segment ``label`` names its role, recording the ``rule`` that gave it (the driver's job)."""
        index = label.at
        if self.roles[index] is not None:
            raise ValueError(f"segment {index} already has the role {self.roles[index]}")
        self.roles[index] = label.role
        self.joins[index] = label.joins
        self.rules[index] = rule
        self.fields[index] = label.fields

    def indexes(self, role: Role) -> Iterator[int]:
        """The indexes of the segments labelled ``role``, in order."""
        return (index for index, given in enumerate(self.roles) if given is role)

    def in_body(self, index: int) -> bool:
        """Whether segment ``index`` lies in the body zone, where body roles may be given."""
        return index in self.zones.body

    def body_like(self, index: int) -> bool:
        """Whether segment ``index`` is, or may still become, a body paragraph: free prose or body, in the body zone."""
        role = self.roles[index]
        return index in self.zones.body and (role in BODY_ROLES or (role is None and self.prose[index]))

    def body_start(self) -> int:
        """The index of the first body-like segment, or the number of segments when there is none."""
        return next((index for index in self.zones.body if self.body_like(index)), len(self.segments))

    def body_end(self) -> int:
        """The index just after the last body-like segment (0 when there is none)."""
        return next((index + 1 for index in reversed(self.zones.body) if self.body_like(index)), 0)

    def groups(self) -> tuple[Group, ...]:
        """The labelled segments as blocks: joined segments grouped, in order."""
        # Each block's role, first segment's index and segments: lists grow, no tuple is rebuilt per join.
        runs: list[tuple[Role, int, list[Segment]]] = []
        for index, (segment, role) in enumerate(zip(self.segments, self.roles, strict=True)):
            if role is None:
                raise ValueError(f"segment {index} was left without a role")
            if self.joins[index] and runs:
                runs[-1][2].append(segment)
            else:
                runs.append((role, index, [segment]))
        return tuple(
            Group(role, tuple(segments), self.rules[first], self.fields[first]) for role, first, segments in runs
        )
