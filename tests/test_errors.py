"""The file entry point's errors: one family, each naming the path and the reason."""

from __future__ import annotations

import os
import pickle
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given

import articleparse
from articleparse import ArticleDecodeError, ArticleFileError, ArticleParseError, NotADumpError
from articleparse.strategies import dumps


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


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"A headline\n\nSome\x00 text.", "binary file, not a text dump (a NUL byte at offset 16)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 8)) * 4, "binary file, not a text dump (29 of 36 bytes are control"),
    ],
)
def test_a_binary_file_is_refused_as_not_a_dump(tmp_path: Path, content: bytes, reason: str) -> None:
    dump = tmp_path / "image.txt"
    dump.write_bytes(content)
    with pytest.raises(NotADumpError, match=rf"^{re.escape(str(dump))}: {re.escape(reason)}"):
        articleparse.parse_file(dump)


def test_a_file_over_max_bytes_is_refused_and_the_limit_can_be_lifted(tmp_path: Path) -> None:
    dump = tmp_path / "long.txt"
    dump.write_text("A headline\n\n" + "Words of a story. " * 100, encoding="utf-8")
    with pytest.raises(NotADumpError, match=r"long\.txt: 1\.8 KiB is over the 1\.0 KiB limit \(max_bytes\)$"):
        articleparse.parse_file(dump, max_bytes=1024)
    assert articleparse.parse_file(dump, max_bytes=None).headline == "A headline"
    assert articleparse.DEFAULT_MAX_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_wide_text_with_a_byte_order_mark_is_not_binary(tmp_path: Path, codec: str) -> None:
    dump = tmp_path / "wide.txt"
    dump.write_bytes("A headline\n\nThe story begins.\n".encode(codec))
    assert articleparse.parse_file(dump).headline == "A headline"


@given(dumps())
def test_parse_file_refuses_no_text_dump(pair: tuple[articleparse.Article, str]) -> None:
    """Whatever a drawn dump holds, written as UTF-8 it reads as text, and as parse_bytes reads it."""
    _, text = pair
    data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "dump.txt")
        path.write_bytes(data)
        assert articleparse.parse_file(path) == articleparse.parse_bytes(data)
