"""The examples in the installed package's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import articleparse

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(articleparse.__path__, prefix="articleparse.")
    if not name.endswith("__main__")
)


@pytest.mark.parametrize("name", ["articleparse", *MODULES])
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
