"""The state rules read and write while classifying one document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from articleparse._classify.features import Table
from articleparse._classify.zones import Zones
from articleparse._config import ParserConfig
from articleparse._roles import BODY_ROLES, Role
from articleparse._tokenize import Segment

__all__ = ["Group", "Rule", "State"]


@attrs.frozen
class Group:
    """Consecutive segments that make one block, the block's role, and the rule that gave it."""

    role: Role
    segments: tuple[Segment, ...]
    rule: str = ""


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
    rules: list[str] = attrs.field(init=False)
    #: The name of the rule running now, recorded with every label it gives.
    rule: str = attrs.field(init=False, default="")

    def __attrs_post_init__(self) -> None:
        self.roles = [None] * len(self.segments)
        self.joins = [False] * len(self.segments)
        self.rules = [""] * len(self.segments)
        self.prose = [row.prose for row in self.features.rows]

    def free(self, index: int) -> bool:
        """Whether no rule has labelled segment ``index`` yet."""
        return self.roles[index] is None

    def label(self, index: int, role: Role, *, joins: bool = False) -> None:
        """Give segment ``index`` its role; with ``joins``, it extends the block before it."""
        if self.roles[index] is not None:
            raise ValueError(f"segment {index} already has the role {self.roles[index]}")
        self.roles[index] = role
        self.joins[index] = joins
        self.rules[index] = self.rule

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
        return next((index for index in range(len(self.segments)) if self.body_like(index)), len(self.segments))

    def body_end(self) -> int:
        """The index just after the last body-like segment (0 when there is none)."""
        for index in range(len(self.segments) - 1, -1, -1):
            if self.body_like(index):
                return index + 1
        return 0

    def groups(self) -> tuple[Group, ...]:
        """The labelled segments as blocks: joined segments grouped, in order."""
        groups: list[Group] = []
        for index, (segment, role) in enumerate(zip(self.segments, self.roles, strict=True)):
            if role is None:
                raise ValueError(f"segment {index} was left without a role")
            if self.joins[index] and groups:
                groups[-1] = Group(groups[-1].role, (*groups[-1].segments, segment), groups[-1].rule)
            else:
                groups.append(Group(role, (segment,), self.rules[index]))
        return tuple(groups)


#: A rule labels some of the free segments of a state.
Rule = Callable[[State], None]
