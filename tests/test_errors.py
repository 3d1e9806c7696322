"""The file entry point's errors: one family, each naming the path and the reason."""

from __future__ import annotations

import os
import pickle
import re
from pathlib import Path

import pytest

import articleparse
from articleparse import ArticleDecodeError, ArticleFileError, ArticleParseError


def test_a_missing_file_raises_naming_the_path_and_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleFileError) as caught:
        articleparse.parse_file(missing)
    assert str(caught.value) == f"{missing}: No such file or directory"
    assert caught.value.path == str(missing)
    assert caught.value.reason == "No such file or directory"
    assert isinstance(caught.value, ArticleParseError)


def test_a_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(ArticleFileError, match="Is a directory"):
        articleparse.parse_file(tmp_path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_raises(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Headline\n\nBody.")
    locked.chmod(0)
    with pytest.raises(ArticleFileError, match="Permission denied"):
        articleparse.parse_file(locked)


def test_permission_denied_is_reported_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(ArticleFileError, match=r"locked\.txt: Permission denied$"):
        articleparse.parse_file(tmp_path / "locked.txt")


def test_a_forced_encoding_failure_names_the_file(tmp_path: Path) -> None:
    dump = tmp_path / "cp1252.txt"
    dump.write_bytes(b"Headline\r\n\r\nIt\x92s here.")
    with pytest.raises(ArticleDecodeError, match=rf"^{re.escape(str(dump))}: not valid utf-8: byte 0x92 at offset 14"):
        articleparse.parse_file(dump, encoding="utf-8")


def test_errors_pickle_for_batch_workers() -> None:
    error = ArticleFileError("a/b.txt", "Permission denied")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ArticleFileError
    assert (copy.path, copy.reason, str(copy)) == ("a/b.txt", "Permission denied", "a/b.txt: Permission denied")
