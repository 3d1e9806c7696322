"""The state rules read and write while classifying one document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from articleparse._config import ParserConfig
from articleparse._roles import Role
from articleparse._tokenize import Segment

__all__ = ["Group", "Rule", "State"]


@attrs.frozen
class Group:
    """Consecutive segments that make one block, and the block's role."""

    role: Role
    segments: tuple[Segment, ...]


@attrs.define
class State:
    """The segments of one document and the roles given to them so far.

    A rule labels segments that no earlier rule labelled; it never relabels.
    ``joins[i]`` says that segment ``i`` carries on the block of segment ``i - 1``.
    """

    segments: tuple[Segment, ...]
    config: ParserConfig
    roles: list[Role | None] = attrs.field(init=False)
    joins: list[bool] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.roles = [None] * len(self.segments)
        self.joins = [False] * len(self.segments)

    def free(self, index: int) -> bool:
        """Whether no rule has labelled segment ``index`` yet."""
        return self.roles[index] is None

    def label(self, index: int, role: Role, *, joins: bool = False) -> None:
        """Give segment ``index`` its role; with ``joins``, it extends the block before it."""
        if self.roles[index] is not None:
            raise ValueError(f"segment {index} already has the role {self.roles[index]}")
        self.roles[index] = role
        self.joins[index] = joins

    def indexes(self, role: Role) -> Iterator[int]:
        """The indexes of the segments labelled ``role``, in order."""
        return (index for index, given in enumerate(self.roles) if given is role)

    def groups(self) -> tuple[Group, ...]:
        """The labelled segments as blocks: joined segments grouped, in order."""
        groups: list[Group] = []
        for index, (segment, role) in enumerate(zip(self.segments, self.roles, strict=True)):
            if role is None:
                raise ValueError(f"segment {index} was left without a role")
            if self.joins[index] and groups:
                groups[-1] = Group(groups[-1].role, (*groups[-1].segments, segment))
            else:
                groups.append(Group(role, (segment,)))
        return tuple(groups)


#: A rule labels some of the free segments of a state.
Rule = Callable[[State], None]
