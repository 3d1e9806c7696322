"""What ``import articleparse`` offers: the public names, and nothing borrowed."""

from __future__ import annotations

import articleparse


def test_dir_shows_the_public_names_only() -> None:
    names = dir(articleparse)
    assert names == sorted(articleparse.__all__)
    assert not {"attrs", "version", "PackageNotFoundError"} & set(names)
    assert all(name == "__version__" or not name.startswith("_") for name in names)


def test_every_public_name_is_there() -> None:
    assert all(hasattr(articleparse, name) for name in articleparse.__all__)
