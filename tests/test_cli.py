"""The command line: every flag, every bad input, exit statuses, order, atomic outputs, Ctrl-C."""

from __future__ import annotations

import contextlib
import csv
import errno
import inspect
import io
import json
import multiprocessing
import os
import pickle
import shlex
import shutil
import signal
import stat
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import articleparse
from articleparse import _batch, _cli, _formats, _inputs, _outputs, _read
from articleparse._cli import main

from .conftest import EXPORTS, SEED

HEADLINE = "Russia blasts US over ceasefire violations"
DUMP = "Second headline here\n\nThe story begins here. It goes on for a while.\n\nA second paragraph follows it.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of dumps: two good ones (one nested), a hidden one and a note that is not *.txt."""
    root = tmp_path / "dumps"
    (root / "nested").mkdir(parents=True)
    (root / "a.txt").write_bytes(SEED.read_bytes())
    (root / "nested" / "b.txt").write_text(DUMP, encoding="utf-8")
    (root / ".hidden.txt").write_text(DUMP, encoding="utf-8")
    (root / "notes.md").write_text("not a dump", encoding="utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# --- the main job -------------------------------------------------------------------------------------


def test_python_m_articleparse_prints_the_seed_as_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articleparse", str(SEED)], capture_output=True, text=True, check=True
    )
    article = json.loads(result.stdout)
    assert article["headline"] == HEADLINE
    assert len(article["body"]) == 16
    assert article["source"]["credits"] == ["Al Jazeera News", "Agencies"]
    assert [promo["title"] for promo in article["promos"]][1] == "Women under ISIL: The wives"
    assert result.stderr == ""  # silent on success: nothing for a pipeline's or cron's log


def test_the_console_command_on_one_file_leaves_standard_error_empty(tmp_path: Path) -> None:
    # The command, as a shell runs it, with the installed `articleparse` script.
    scripts = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}"}
    shutil.copytree(SEED.parent, tmp_path / "seeds")
    command = "articleparse seeds/000_770dfa957c3ef321.txt 2>err >out"
    subprocess.run(command, shell=True, cwd=tmp_path, env=env, check=True, timeout=120)
    assert (tmp_path / "err").read_bytes() == b""
    assert json.loads((tmp_path / "out").read_text(encoding="utf-8"))["headline"] == HEADLINE


def test_one_file_gives_the_same_json_as_the_api(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(SEED))
    assert status == 0
    assert json.loads(out) == json.loads(json.dumps(articleparse.parse_file(SEED).to_dict()))


def test_a_directory_is_searched_recursively_in_sorted_order_skipping_hidden_files(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, str(tree), "--glob", "*.txt")
    assert status == 0
    records = jsonl(out)  # several inputs: JSON Lines by default
    assert [record["path"] for record in records] == [str(tree / "a.txt"), str(tree / "nested" / "b.txt")]
    assert [record["article"]["headline"] for record in records] == [HEADLINE, "Second headline here"]  # type: ignore[index]


def test_glob_chooses_the_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(tree), "--glob", "*.md")
    assert status == 0
    assert [record["path"] for record in jsonl(out)] == [str(tree / "notes.md")]


def test_standard_input_is_read_with_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(DUMP.encode())))
    status, out, _ = run(capsys, "-", str(SEED), "-f", "jsonl")
    assert status == 0
    assert [(r["path"], r["article"]["headline"]) for r in jsonl(out)] == [  # type: ignore[index]
        ("<stdin>", "Second headline here"),
        (str(SEED), HEADLINE),
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_order_is_input_order_whatever_the_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    # More files than one chunk, so two jobs really use worker processes.
    names = [f"{index:03}.txt" for index in range(80)]
    for index, name in enumerate(names):
        (tmp_path / name).write_text(f"Headline number {index}\n\nThe story number {index} begins.\n", encoding="utf-8")
    (tmp_path / "040.txt").write_bytes(b"\x00\x01binary")
    status, out, err = run(capsys, str(tmp_path), "--jobs", jobs, "-q")
    assert status == 1
    records = jsonl(out)
    assert [record["path"] for record in records] == [str(tmp_path / name) for name in names]
    assert "error" in records[40]
    assert records[41]["article"]["headline"] == "Headline number 41"  # type: ignore[index]
    assert err == f"{tmp_path / '040.txt'}: binary file, not a text dump (a NUL byte at offset 0)\n"


def mixed_inputs(folder: Path) -> Path:
    """More files than one chunk: dumps, the seed, exports, an empty file and a binary one."""
    folder.mkdir()
    for index in range(40):
        (folder / f"{index:03}.txt").write_text(f"Headline number {index}\n\nThe story {index} begins.\n", "utf-8")
    (folder / "010.txt").write_bytes(SEED.read_bytes())
    (folder / "020.txt").write_bytes((EXPORTS / "form_feeds.txt").read_bytes())
    (folder / "021.txt").write_bytes((EXPORTS / "lexisnexis.txt").read_bytes())
    (folder / "030.txt").write_bytes(b"")
    (folder / "031.txt").write_bytes(b"\x00\x01binary")
    return folder


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "markdown", "text"])
def test_every_format_writes_the_same_bytes_whatever_the_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    inputs = mixed_inputs(tmp_path / "in")
    written = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        status, stdout, err = run(capsys, str(inputs), "-f", fmt, "--jobs", jobs, "-o", str(out), "-v")
        assert status == 1
        assert err.startswith(f"{inputs / '031.txt'}: binary file")
        summary = err.splitlines()[-1]
        assert summary.startswith("articleparse: 47 articles (1 empty), 1 error, ")
        split = tmp_path / f"split{jobs}"
        assert run(capsys, str(inputs), "-f", fmt, "--jobs", jobs, "--split", "-o", str(split))[0] == 1
        status, stdout, _ = run(capsys, str(inputs), "-f", fmt, "--jobs", jobs)
        assert status == 1
        files = {path.relative_to(split): path.read_bytes() for path in split.rglob("*")}
        written.append((out.read_bytes(), stdout, files))
    assert written[0] == written[1]
    assert written[0][1].encode("utf-8") == written[0][0]  # standard output and a file hold the same


def test_with_workers_the_parent_unpickles_no_article_only_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The workers render each article in the output format and send back its bytes:
    # the command line's process only writes them.
    inputs = mixed_inputs(tmp_path / "in")
    unpickled: list[type] = []
    for record in (articleparse.Article, articleparse.Result):
        restore = record.__setstate__  # type: ignore[attr-defined]

        def counted(self: object, state: object, restore: Any = restore) -> None:
            unpickled.append(type(self))
            restore(self, state)

        monkeypatch.setattr(record, "__setstate__", counted)
    status, _, _ = run(capsys, str(inputs), "-f", "jsonl", "--jobs", "2", "-o", str(tmp_path / "out.jsonl"))
    assert status == 1
    assert unpickled == []
    assert len(jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))) == 48
    article = articleparse.parse_file(SEED)  # the count sees an article unpickled
    assert pickle.loads(pickle.dumps(article)) == article
    assert unpickled == [articleparse.Article]


# --- formats ------------------------------------------------------------------------------------------


def test_format_json_for_several_files_is_one_array(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(tree / "a.txt"), str(tree / "nested" / "b.txt"), "-f", "json")
    assert status == 0
    assert [article["headline"] for article in json.loads(out)] == [HEADLINE, "Second headline here"]


def test_format_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(SEED), "--format", "markdown")
    assert status == 0
    assert out.startswith(f"# {HEADLINE}\n\n*President Putin says US failure")
    assert "\n## Related\n\n- " in out
    assert "\n## More stories\n\n- **" in out
    assert "*Al Jazeera News And Agencies*" in out


def test_markdown_escapes_what_would_read_as_markup() -> None:
    article = articleparse.parse("A *bold* claim\n\n1. This is not a list, and #tags stay text.\n")
    text = articleparse._formats.markdown(article)
    assert text == "# A \\*bold\\* claim\n\n1\\. This is not a list, and \\#tags stay text."


def test_format_text_is_the_clean_body(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(tree / "nested" / "b.txt"), str(tree / "nested" / "b.txt"), "-f", "text")
    assert status == 0
    body = "The story begins here. It goes on for a while.\n\nA second paragraph follows it."
    # Several articles: a form feed line between them.
    assert out == f"{body}\n\f\n{body}\n"


def test_format_csv_has_one_row_an_article(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(tree), "--glob", "*.txt", "-f", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    columns = [
        *("path", "index", "headline", "standfirst", "byline", "authors", "published", "updated", "url"),
        *("language", "publication", "section", "source", "word_count", "paragraphs", "diagnostics", "text"),
    ]
    assert list(rows[0]) == columns
    assert rows[0]["language"] == "en"
    assert [(row["headline"], row["paragraphs"]) for row in rows] == [(HEADLINE, "16"), ("Second headline here", "2")]
    assert [row["index"] for row in rows] == ["0", "0"]  # one article a file
    assert rows[0]["source"] == "Al Jazeera News And Agencies"
    assert rows[1]["text"].endswith("A second paragraph follows it.")


def test_format_csv_columns_of_an_export(capsys: pytest.CaptureFixture[str]) -> None:
    """Every column of an export's rows: authors and codes joined by "; ", a date without a time as YYYY-MM-DD."""
    status, out, _ = run(capsys, str(EXPORTS / "lexisnexis.txt"), "-f", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["index"] for row in rows] == ["0", "1", "2", "3", "4"]
    dump = articleparse.parse_all_file(EXPORTS / "lexisnexis.txt")
    for row, article in zip(rows, dump, strict=True):
        assert row["authors"] == "; ".join(article.authors)
        assert row["language"] == "en"
        assert row["publication"] == (article.publication or "")
        assert row["section"] == (article.section or "")
        assert row["word_count"] == str(article.word_count)
        assert row["updated"] == ""
        assert row["url"] == (article.url or "")
        assert row["diagnostics"] == "; ".join(diagnostic.code.value for diagnostic in article.diagnostics)
    assert rows[0]["published"] == "2015-03-04"  # a date without a time
    assert rows[2]["published"] == "2015-03-05T18:45:00+00:00"


def test_format_csv_joins_several_authors_and_codes() -> None:
    from articleparse._formats import CSV_COLUMNS, csv_row

    text = "A headline\n\nBy Jane Doe and John Roe\n\nUpdated: May 2, 2016 10:00\n\nhttps://example.com/a\n\n"
    text += "The minister said on Monday that the talks would go on for another week at least.\n\n\n\nTerms of use"
    article = articleparse.parse(text)
    assert article.authors == ("Jane Doe", "John Roe")
    (row,) = csv.DictReader(io.StringIO(csv_row("x.txt", article)), fieldnames=CSV_COLUMNS)
    assert row["authors"] == "Jane Doe; John Roe"
    assert row["updated"] == "2016-05-02T10:00:00"
    assert row["url"] == "https://example.com/a"
    assert row["word_count"] == ""
    assert row["diagnostics"] == "boilerplate_kept"


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--schema")
    assert status == 0
    assert json.loads(out) == articleparse.json_schema()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"articleparse {articleparse.__version__}"


# --- outputs ------------------------------------------------------------------------------------------


def test_output_file(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = run(capsys, str(tree), "--glob", "*.txt", "-o", str(target))
    assert (status, out) == (0, "")
    assert len(jsonl(target.read_text(encoding="utf-8"))) == 2
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


def test_split_mirrors_the_input_paths(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "parsed"
    status, _, _ = run(capsys, str(tree), "--glob", "*.txt", "--split", "-o", str(target), "-f", "markdown")
    assert status == 0
    assert sorted(str(path.relative_to(target)) for path in target.rglob("*")) == ["a.md", "nested", "nested/b.md"]
    assert (target / "nested" / "b.md").read_text(encoding="utf-8").startswith("# Second headline here\n")


def test_split_defaults_to_json(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, str(tree / "a.txt"), "--split", "-o", str(tmp_path / "out"))
    assert status == 0
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["headline"] == HEADLINE


def test_an_interrupted_run_leaves_no_partial_output_and_reports_what_it_did(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("the previous run's output\n", encoding="utf-8")
    write = _outputs._Stream.write
    calls: list[object] = []

    def interrupt_on_the_second(self: _outputs._Stream, result: _formats.Rendered) -> None:
        calls.append(result)
        if len(calls) == 2:
            raise KeyboardInterrupt
        write(self, result)

    monkeypatch.setattr(_outputs._Stream, "write", interrupt_on_the_second)
    status, _, err = run(capsys, str(tree), "--glob", "*.txt", "-o", str(target), "--verbose")
    assert status == 130
    assert err.startswith("articleparse: 1 article, 0 errors,")  # the one written before the interruption
    assert err.rstrip().endswith(", interrupted")
    assert target.read_text(encoding="utf-8") == "the previous run's output\n"  # complete files or none
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dumps", "out.jsonl"]  # no temporary file left


def test_quiet_prints_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(SEED), "--quiet")
    assert (status, err) == (0, "")
    assert json.loads(out)["headline"] == HEADLINE


def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard error claims to be a terminal; capsys still captures what is written to it.

    Called in the test's body: capsys sets a fresh stream as sys.stderr between setup and call.
    """
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


@pytest.mark.parametrize("argv", [[], ["-f", "text"], ["-o", "out.json"]], ids=["json", "text", "output-file"])
def test_one_file_writes_nothing_to_standard_error(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, str(SEED), *argv)
    assert (status, err) == (0, "")


def test_one_file_on_a_terminal_writes_nothing_to_standard_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_a_terminal(monkeypatch)
    status, out, err = run(capsys, str(SEED))
    assert (status, err) == (0, "")
    assert json.loads(out)["headline"] == HEADLINE


def test_a_batch_not_on_a_terminal_writes_nothing_to_standard_error(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, str(tree), "--glob", "*.txt")
    assert (status, err) == (0, "")
    assert len(jsonl(out)) == 2


def test_a_batch_on_a_terminal_shows_the_bar_and_the_summary(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_a_terminal(monkeypatch)
    status, out, err = run(capsys, str(tree), "--glob", "*.txt")
    assert status == 0
    assert len(jsonl(out)) == 2
    assert "2/2" in err  # tqdm's bar: the files done of the total
    assert err.splitlines()[-1].startswith("articleparse: 2 articles, 0 errors, ")


def test_quiet_silences_the_bar_and_the_summary_on_a_terminal(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_a_terminal(monkeypatch)
    status, _, err = run(capsys, str(tree), "--glob", "*.txt", "-q")
    assert (status, err) == (0, "")


@pytest.mark.parametrize("flag", ["-v", "--verbose"])
def test_verbose_asks_for_the_summary(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(SEED), flag)
    assert status == 0
    assert json.loads(out)["headline"] == HEADLINE
    assert err.startswith("articleparse: 1 article, 0 errors, ")
    assert err.count("\n") == 1  # the summary alone: no bar off a terminal


def test_quiet_and_verbose_together_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([str(SEED), "-q", "-v"])
    assert caught.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_errors_are_reported_whatever_the_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    for argv in ([], ["-q"]):
        status, _, err = run(capsys, str(missing), *argv)
        assert (status, err) == (1, f"{missing}: No such file or directory\n")


def test_a_batch_on_a_real_terminal_shows_the_bar_and_the_summary(tree: Path) -> None:
    # Standard error on a pseudo-terminal, as in an interactive shell; standard output a pipe.
    pty = pytest.importorskip("pty")
    fcntl, termios = pytest.importorskip("fcntl"), pytest.importorskip("termios")
    controller, terminal_end = pty.openpty()
    # 24 rows of 80 columns: a new pseudo-terminal is 0 wide, and the bar would be cut to nothing.
    fcntl.ioctl(terminal_end, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "articleparse", str(tree), "--glob", "*.txt"],
            stdout=subprocess.PIPE,
            stderr=terminal_end,
            check=True,
            timeout=120,
        )
        os.close(terminal_end)
        err = os.read(controller, 65536).decode("utf-8", "replace")
    finally:
        os.close(controller)
    assert len(jsonl(result.stdout.decode("utf-8"))) == 2
    assert "2/2" in err  # the files done of the total
    assert "articleparse: 2 articles, 0 errors, " in err


def test_the_summary_counts_articles_empty_files_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    status, _, err = run(capsys, str(SEED), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "-v")
    assert status == 1
    summary = err.splitlines()[-1]
    assert summary.startswith("articleparse: 2 articles (1 empty), 1 error, 0.00 MB in ")
    assert summary.endswith(" MB/s)")


# --- bad inputs: one clear error each, the others go on -----------------------------------------------


@pytest.mark.parametrize(
    ("content", "argv", "reason"),
    [
        pytest.param(None, [], "No such file or directory", id="missing"),
        pytest.param(b"Head\x00line", [], "binary file, not a text dump (a NUL byte at offset 4)", id="nul"),
        pytest.param(bytes(range(1, 9)) * 8, [], "binary file, not a text dump (64 of 64 bytes are control", id="ctl"),
        pytest.param(b"x" * 2048, ["--max-bytes", "1K"], "2.0 KiB is over the 1.0 KiB limit (max_bytes)", id="big"),
        pytest.param(b"It\x92s", ["--encoding", "utf-8"], "not valid utf-8: byte 0x92 at offset 2", id="encoding"),
    ],
)
def test_each_bad_file_is_reported_and_the_others_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, argv: list[str], reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(DUMP, encoding="utf-8")
    status, out, err = run(capsys, str(bad), str(good), "-f", "json", *argv)
    assert status == 1
    assert err.startswith(f"{bad}: {reason}")
    articles = json.loads(out)
    assert [article["headline"] for article in articles] == ["Second headline here"]


def test_a_bad_file_is_an_error_record_in_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(tmp_path / "missing.txt"), "-f", "jsonl")
    assert status == 1
    assert jsonl(out) == [
        {
            "path": str(tmp_path / "missing.txt"),
            "error": {"type": "ArticleFileError", "reason": "No such file or directory"},
        }
    ]


def test_a_directory_without_matching_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(tree), str(SEED), "--glob", "*.json", "-f", "jsonl")
    assert status == 1
    assert err.startswith(f"{tree}: no files match '*.json' in this directory\n")
    assert [("error" in record) for record in jsonl(out)] == [True, False]


def test_permission_denied(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads files whatever their mode, so refuse the open itself.
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_read, "open", refuse, raising=False)
    status, _, err = run(capsys, str(tmp_path / "locked.txt"), "--jobs", "1")
    assert status == 1
    assert err.startswith(f"{tmp_path / 'locked.txt'}: Permission denied\n")


def test_an_empty_file_is_an_article_with_no_blocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    status, out, err = run(capsys, str(tmp_path / "empty.txt"), "-v")
    assert status == 0
    assert json.loads(out)["blocks"] == []
    assert "(1 empty)" in err


def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wide.txt").write_bytes(DUMP.encode("utf-16"))
    status, out, _ = run(capsys, str(tmp_path / "wide.txt"))
    assert status == 0
    assert json.loads(out)["headline"] == "Second headline here"


def test_forced_utf16_without_a_mark_is_text_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wide.txt").write_bytes(DUMP.encode("utf-16-le"))
    status, out, _ = run(capsys, str(tmp_path / "wide.txt"), "--encoding", "utf-16-le")
    assert status == 0
    assert json.loads(out)["encoding"] == "utf-16-le"


# --- usage errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-path"),
        pytest.param(["x.txt", "--format", "yaml"], id="unknown-format"),
        pytest.param(["x.txt", "--jobs", "0"], id="no-jobs"),
        pytest.param(["x.txt", "--max-bytes", "lots"], id="bad-size"),
        pytest.param(["x.txt", "--encoding", "klingon"], id="unknown-encoding"),
        pytest.param(["x.txt", "--split"], id="split-without-output"),
        pytest.param(["-", "-"], id="stdin-twice"),
        pytest.param(["-", "--split", "-o", "out"], id="split-stdin"),
        pytest.param(["x.txt", "--timeout", "soon"], id="bad-timeout"),
        pytest.param(["x.txt", "--timeout", "-1"], id="negative-timeout"),
        pytest.param(["x.txt", "--timeout", "inf"], id="infinite-timeout"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert "usage: articleparse" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly_without_a_traceback() -> None:
    # As in `articleparse seed.txt | head -1`: the reader goes away before the JSON is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "articleparse", str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == 1


def test_every_flag_is_documented_in_the_command_line_page() -> None:
    from articleparse._cli import _parser

    page = (SEED.parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    flags = [flag for action in _parser()._actions for flag in action.option_strings]
    assert [flag for flag in flags if f"`{flag}" not in page and f", {flag}" not in page] == []


# --- found in review: each of these failed before its fix ---------------------------------------------


def test_a_fifo_in_a_directory_is_reported_not_waited_on(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tree / "pipe.txt")
    status, out, err = run(capsys, str(tree), "--glob", "*.txt", "-f", "jsonl")
    assert status == 1
    assert f"{tree / 'pipe.txt'}: not a regular file" in err
    assert [("article" in record) for record in jsonl(out)] == [True, False, True]


def test_an_unreadable_subdirectory_is_reported(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads every folder, so refuse the listing itself.
    scandir = os.scandir

    def refuse_nested(path: str) -> object:
        if os.path.basename(path) == "nested":
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(_inputs.os, "scandir", refuse_nested)
    status, out, err = run(capsys, str(tree), "--glob", "*.txt", "-f", "jsonl")
    assert status == 1
    assert err.startswith(f"{tree / 'nested'}: Permission denied\n")
    assert [record["path"] for record in jsonl(out)] == [str(tree / "a.txt"), str(tree / "nested")]


@pytest.mark.parametrize("codec", ["rot13", "base64", "zlib"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(codec: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([str(SEED), "--encoding", codec])
    assert caught.value.code == 2
    assert "is not a text encoding" in capsys.readouterr().err
    with pytest.raises(articleparse.ArticleDecodeError, match="is not a text encoding"):
        articleparse.parse_bytes(b"text", encoding=codec)


def test_a_crash_leaves_no_temporary_file(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(self: _outputs._Stream, result: _formats.Rendered) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(_outputs._Stream, "write", fail)
    status, _, err = run(capsys, str(tree), "-o", str(tmp_path / "out.jsonl"))
    assert status == 3  # an internal error: the tool itself failed
    assert "RuntimeError: disk on fire\n" in err  # the traceback, for a bug report
    assert err.endswith("articleparse: internal error (a bug: please report it, with the traceback above)\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dumps"]


def test_output_to_a_directory_without_split_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main([str(SEED), "-o", str(tmp_path)])
    assert caught.value.code == 2


def test_a_file_name_that_is_not_utf8_is_written_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(DUMP, encoding="utf-8")
    status, _, _ = run(capsys, str(folder), "-f", "jsonl", "-o", str(tmp_path / "out.jsonl"))
    assert status == 0
    (record,) = jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert record["path"] == f"{folder}/caf\\xe9.txt"


def test_split_never_overwrites_one_input_with_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(
            f"Headline from {folder}\n\nThe story begins here.\n", encoding="utf-8"
        )
    out = tmp_path / "out"
    status, _, err = run(
        capsys, str(tmp_path / "d1" / "x.txt"), str(tmp_path / "d2" / "x.txt"), "--split", "-o", str(out)
    )
    assert status == 1
    assert (
        f"{tmp_path / 'd2' / 'x.txt'}: not written: {out / 'x.json'} already holds the output of another input" in err
    )
    assert json.loads((out / "x.json").read_text(encoding="utf-8"))["headline"] == "Headline from d1"


def test_split_output_inside_an_input_directory_is_not_parsed(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, str(tree), "--glob", "*.txt", "--split", "-o", str(tree / "parsed"), "-f", "text", "-v"
    )
    assert status == 0
    assert err.startswith("articleparse: 2 articles, 0 errors")
    assert sorted(str(path.relative_to(tree / "parsed")) for path in (tree / "parsed").rglob("*.txt")) == [
        "a.txt",
        "nested/b.txt",
    ]


def test_split_csv_files_end_every_row_alike(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, str(tree / "nested" / "b.txt"), "--split", "-o", str(tmp_path / "out"), "-f", "csv")
    data = (tmp_path / "out" / "b.csv").read_bytes()
    assert data.startswith(b"path,index,headline,")
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 2  # the header's and the row's; the text inside keeps its \n


def test_markdown_escapes_ampersands_and_tildes() -> None:
    article = articleparse.parse("AT&T and ~~Verizon~~ merge\n\nThe story begins here.\n")
    assert articleparse._formats.markdown(article).startswith("# AT\\&T and \\~\\~Verizon\\~\\~ merge\n")


# --- hostile and careless input (issue 16): each of these failed before its fix -----------------------


def spin_forever(*args: object, **kwargs: object) -> articleparse.Article:
    give_up = time.monotonic() + 20  # a hang guard: without a limit the test fails, it does not hang
    while time.monotonic() < give_up:
        pass
    raise AssertionError("no time limit stopped the parse")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_over_the_time_limit_is_reported_and_the_others_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    if jobs != "1" and multiprocessing.get_start_method() != "fork":
        pytest.skip("workers see the monkeypatched parse only when they fork")
    real = _batch.parse_all_file
    slow = tmp_path / "slow.txt"
    monkeypatch.setattr(
        _batch, "parse_all_file", lambda path, **kw: spin_forever() if path == str(slow) else real(path, **kw)
    )
    names = [f"{index:02}.txt" for index in range(40)]  # more than a chunk: two jobs start workers
    for name in names:
        (tmp_path / name).write_text(DUMP, encoding="utf-8")
    slow.write_text(DUMP, encoding="utf-8")
    status, out, err = run(capsys, str(tmp_path), "--timeout", "0.05", "--jobs", jobs)
    assert status == 1
    assert err == f"{slow}: took longer than the 0.05 s limit (timeout)\n"
    records = jsonl(out)
    assert [record["path"] for record in records] == [str(tmp_path / name) for name in [*names, "slow.txt"]]
    assert records[-1]["error"] == {
        "type": "ArticleTimeoutError",
        "reason": "took longer than the 0.05 s limit (timeout)",
    }
    assert all("article" in record for record in records[:-1])


def test_standard_input_has_the_time_limit_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(DUMP.encode())))
    monkeypatch.setattr(_inputs, "dump_of_decoded", spin_forever)
    status, out, err = run(capsys, "-", str(SEED), "--timeout", "0.05", "-f", "jsonl")
    assert status == 1
    assert err == "<stdin>: took longer than the 0.05 s limit (timeout)\n"
    assert [("article" in record) for record in jsonl(out)] == [False, True]


@pytest.mark.parametrize(("argv", "limit"), [([], 60.0), (["--timeout", "2.5"], 2.5), (["--timeout", "0"], None)])
def test_timeout_reaches_parse_many(
    argv: list[str], limit: float | None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    real = _cli.parse_many_converted

    def spy(paths: object, convert: Any, **options: Any) -> object:
        seen.append(options["timeout"])
        return real(paths, convert, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(_cli, "parse_many_converted", spy)
    status, _, _ = run(capsys, str(SEED), *argv)
    assert (status, seen) == (0, [limit])


def test_a_symlink_loop_in_a_walk_is_one_error_and_the_rest_are_written(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tree / "loop.txt").symlink_to("loop.txt")  # never resolves: ELOOP
    (tree / "nested" / "back").symlink_to("..")  # a link to the folder the walk is inside
    status, out, err = run(capsys, str(tree), "--glob", "*.txt")
    assert status == 1
    assert err == f"{tree / 'loop.txt'}: symlink loop\n{tree / 'nested' / 'back'}: symlink loop\n"
    records = jsonl(out)
    assert [record["path"] for record in records] == [
        str(tree / "a.txt"),
        str(tree / "loop.txt"),
        str(tree / "nested" / "b.txt"),
        str(tree / "nested" / "back"),
    ]
    assert [("article" in record) for record in records] == [True, False, True, False]


def test_links_to_folders_are_followed_and_a_folder_reached_twice_is_walked_once(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text(DUMP, encoding="utf-8")
    (tree / "linked").symlink_to(elsewhere)  # a folder outside the tree: followed
    (tree / "nested" / "again").symlink_to(elsewhere)  # the same folder again: walked once
    (tree / "zz").symlink_to("nested")  # a folder of the tree under a second name: walked once
    status, out, err = run(capsys, str(tree), "--glob", "*.txt")
    assert (status, err) == (0, "")
    assert [record["path"] for record in jsonl(out)] == [
        str(tree / "a.txt"),
        str(tree / "linked" / "c.txt"),
        str(tree / "nested" / "b.txt"),
    ]


def test_a_deep_tree_is_walked_without_recursion(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(100):
        folder = folder / "d"
        folder.mkdir()
    (folder / "x.txt").write_text(DUMP, encoding="utf-8")
    # Too little stack left for a walk that recursed once a folder (a real tree can be thousands deep).
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 50)
    try:
        found = list(_inputs.expand([str(tmp_path)], "*"))
    finally:
        sys.setrecursionlimit(limit)
    assert found == [str(folder / "x.txt")]


def parts(*folders: Path) -> list[str]:
    """Temporary files left in the folders."""
    return [path.name for folder in folders for path in folder.iterdir() if path.name.endswith(".part")]


@pytest.mark.parametrize("existing", [True, False], ids=["link-to-a-file", "dangling-link"])
def test_output_through_a_symlink_writes_its_target_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], existing: bool
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    target = folder / "articles.json"
    if existing:
        target.write_text("the previous run's output\n", encoding="utf-8")
        target.chmod(0o640)
    link = tmp_path / "out.json"
    link.symlink_to(target)
    status, out, _ = run(capsys, str(SEED), "-o", str(link))
    assert (status, out) == (0, "")
    assert link.is_symlink()  # the link stays, pointing where it did
    assert json.loads(target.read_text(encoding="utf-8"))["headline"] == HEADLINE
    if existing:
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its permissions
    assert parts(tmp_path, folder) == []


def test_output_into_a_fifo_is_written_straight_into_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    # A reader that does not block: the output opens at once, and is small enough for the pipe's buffer.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        status, out, _ = run(capsys, str(SEED), "-o", str(fifo), "-f", "text")
        received = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert (status, out) == (0, "")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # not replaced by a regular file
    assert received.decode("utf-8") == articleparse.parse_file(SEED).text + "\n"
    assert parts(tmp_path) == []


def device_or_skip(folder: Path, name: str, minor: int) -> Path:
    """A character device of the memory driver (major 1) made in ``folder``: 3 is null, 7 is full."""
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        with open(path, "wb"):  # a folder on a nodev mount refuses to open it
            pass
    except (AttributeError, OSError) as error:
        pytest.skip(f"cannot make and open a device node here: {error}")
    return path


def test_output_into_a_device_is_written_straight_into_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    null = device_or_skip(tmp_path, "null", 3)
    status, _, _ = run(capsys, str(SEED), "-o", str(null))
    assert status == 0
    assert stat.S_ISCHR(null.stat().st_mode)  # the device is still a device
    assert parts(tmp_path) == []


def test_output_to_a_read_only_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Refused for root too, who could write it: the mode says it is not to be written.
    target = tmp_path / "out.json"
    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(SystemExit) as caught:
        main([str(SEED), "-o", str(target)])
    assert caught.value.code == 2
    assert f"cannot write to {target}: it is read-only (mode 0444)" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert parts(tmp_path) == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_run_in_which_nothing_parsed_leaves_the_output_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = tmp_path / "old.out"
    target.write_text("the previous run's output\n", encoding="utf-8")
    status, _, err = run(capsys, str(tmp_path / "missing.txt"), "-o", str(target), "-f", fmt)
    assert status == 1
    assert err == f"{tmp_path / 'missing.txt'}: No such file or directory\n"
    assert target.read_text(encoding="utf-8") == "the previous run's output\n"
    status, _, _ = run(capsys, str(tmp_path / "missing.txt"), "-o", str(tmp_path / "new.out"), "-f", fmt)
    assert status == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["old.out"]  # none made, no temporary file


def test_an_output_file_that_cannot_be_written_exits_3_and_keeps_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_outputs.os, "fsync", disk_full)
    target = tmp_path / "out.json"
    target.write_text("kept\n", encoding="utf-8")
    status, _, err = run(capsys, str(SEED), "-o", str(target))
    assert (status, err) == (3, f"articleparse: cannot write {target}: No space left on device\n")
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert parts(tmp_path) == []


class FullStream(io.StringIO):
    """Standard output on a full disk: writing goes to the buffer, flushing fails."""

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("argv", [[str(SEED)], ["--schema"]], ids=["article", "schema"])
def test_standard_output_on_a_full_disk_exits_3_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", FullStream())
    status = main(argv)
    assert (status, capsys.readouterr().err) == (
        3,
        "articleparse: cannot write standard output: No space left on device\n",
    )


def test_standard_output_on_a_full_device_exits_3_with_one_line(tmp_path: Path) -> None:
    # `articleparse seed.txt > /dev/full`, with a full device made for the test.
    full = device_or_skip(tmp_path, "full", 7)
    with open(full, "wb") as stdout:
        result = subprocess.run(
            [sys.executable, "-m", "articleparse", str(SEED)], stdout=stdout, stderr=subprocess.PIPE, timeout=120
        )
    assert (result.returncode, result.stderr) == (
        3,
        b"articleparse: cannot write standard output: No space left on device\n",
    )


@pytest.mark.parametrize(
    ("argv", "status", "err"),
    [
        ([str(SEED)], 3, b"articleparse: cannot write standard output: it is closed\n"),
        (["--schema"], 3, b"articleparse: cannot write standard output: it is closed\n"),
        ([str(SEED), "-o", "out.json"], 0, b""),
    ],
    ids=["article", "schema", "output-file"],
)
def test_standard_output_closed(tmp_path: Path, argv: list[str], status: int, err: bytes) -> None:
    # `articleparse seed.txt >&-`: the process starts with no file descriptor 1.
    command = " ".join(shlex.quote(part) for part in [sys.executable, "-m", "articleparse", *argv])
    result = subprocess.run(f"{command} >&-", shell=True, cwd=tmp_path, stderr=subprocess.PIPE, timeout=120)
    assert (result.returncode, result.stderr) == (status, err)
    if status == 0:
        assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["headline"] == HEADLINE


def test_standard_input_closed_is_an_error_for_that_input(tmp_path: Path) -> None:
    command = " ".join(shlex.quote(part) for part in [sys.executable, "-m", "articleparse", "-", str(SEED), "-q"])
    result = subprocess.run(f"{command} <&-", shell=True, capture_output=True, timeout=120)
    assert (result.returncode, result.stderr) == (1, b"<stdin>: standard input is closed\n")
    assert [record["path"] for record in jsonl(result.stdout.decode("utf-8"))] == ["<stdin>", str(SEED)]


def open_for_writing(fifo: Path) -> int:
    """Open the FIFO's writing end, which waits for its reader: the command line parsing it."""
    opened: list[int] = []
    thread = threading.Thread(target=lambda: opened.append(os.open(fifo, os.O_WRONLY)), daemon=True)
    thread.start()
    thread.join(timeout=120)  # a hang guard, not a timing
    if not opened:
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # let the thread go
        pytest.fail("the command line never opened the FIFO")
    return opened[0]


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                # The parent's id is the fourth field, after the command in parentheses.
                if int((entry / "stat").read_text().rpartition(")")[2].split()[1]) == pid:
                    found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds worker processes through Linux's /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_stops_like_ctrl_c_no_temporary_file_no_worker_exit_143(tmp_path: Path, jobs: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    fifo = inputs / "0-waits.txt"  # first: the file being parsed when SIGTERM comes
    os.mkfifo(fifo)
    for index in range(40):  # more than a chunk, so two jobs start workers
        (inputs / f"{index:02}.txt").write_text(DUMP, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "articleparse", str(fifo), str(inputs), "-o", str(out / "all.jsonl"), "-j", jobs, "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    writer = open_for_writing(fifo)  # the FIFO is open: the run is parsing, blocked on it
    try:
        workers = children(process.pid)
        if multiprocessing.get_start_method() == "fork":  # (others start workers from a server process)
            assert len(workers) == (2 if jobs == "2" else 0)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=120)
    finally:
        os.close(writer)
        process.kill()
    assert process.returncode == 143
    assert b"Traceback" not in err
    assert err.startswith(b"articleparse: 0 articles, 0 errors, ")
    assert err.endswith(b", terminated\n")
    assert list(out.iterdir()) == []  # no output, no temporary file
    assert [pid for pid in workers if alive(pid)] == []


# --- which files a directory gives, help, the bar's total, the line schema ----------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A data set's folder: dumps under several names, and the files that travel with them."""
    root = tmp_path / "dataset"
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.TEXT", "20061020", "sub/c.story", "sub/d.2006"):
        (root / name).write_text(DUMP, encoding="utf-8")
    for name in ("README.TXT", "README", "LICENSE", "licence.txt", "notes.md", "truth.json", "page.html"):
        (root / name).write_text("Not a dump\n\nBut it would parse as one.\n", encoding="utf-8")
    return root


DUMPS_IN_MIXED = ["20061020", "a.txt", "b.TEXT", "sub/c.story", "sub/d.2006"]


def test_a_directory_gives_its_dumps_not_its_readme_licence_or_markup(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, str(mixed))
    assert status == 0
    assert [str(Path(record["path"]).relative_to(mixed)) for record in jsonl(out)] == DUMPS_IN_MIXED  # type: ignore[arg-type]


def test_glob_star_takes_every_file(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(mixed), "--glob", "*")
    assert status == 0
    assert len(jsonl(out)) == 12


def test_a_readme_named_as_an_argument_is_parsed(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(mixed / "README.TXT"))
    assert status == 0
    assert json.loads(out)["headline"] == "Not a dump"


def test_a_directory_without_dumps_says_how_to_take_every_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.md").write_text(DUMP, encoding="utf-8")
    status, _, err = run(capsys, str(tmp_path))
    assert status == 1
    assert err.startswith(f"{tmp_path}: no dumps in this directory (")
    assert "'*' takes every file" in err


def test_help_shows_three_examples_and_how_to_take_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    examples = help_text.split("examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(examples) == 3
    assert all(line.strip().startswith("articleparse ") for line in examples)
    assert "--glob '*' takes every file" in " ".join(help_text.split())


def test_the_bar_has_a_total_and_an_eta(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    on_a_terminal(monkeypatch)
    status, _, err = run(capsys, str(tree), str(SEED))
    assert status == 0
    assert "3/3" in err  # tqdm's count of a known total
    assert "100%" in err
    assert "<00:00" in err  # the time left


def test_verbose_names_the_empty_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n \n", encoding="utf-8")
    status, _, err = run(capsys, str(tmp_path), str(SEED), "-v")
    assert status == 0
    assert err.splitlines() == [
        f"articleparse: empty file: {tmp_path / 'blank.txt'}",
        f"articleparse: empty file: {tmp_path / 'empty.txt'}",
        *[line for line in err.splitlines() if line.startswith("articleparse: 3 articles (2 empty), 0 errors, ")],
    ]


def test_schema_line_prints_the_json_lines_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--schema", "line")
    assert status == 0
    assert json.loads(out) == articleparse.json_schema("line")


def test_every_json_lines_record_meets_the_line_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(Path(__file__).parent / "exports" / "lexisnexis.txt", tmp_path / "export.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    status, out, _ = run(capsys, "--schema", "line")
    validator = jsonschema.Draft202012Validator(json.loads(out))
    status, out, _ = run(capsys, str(tmp_path), str(tmp_path / "missing.txt"), "-f", "jsonl")
    assert status == 1
    records = jsonl(out)
    assert len(records) == 9  # a binary file, an empty one, five exported articles, the seed, a missing file
    assert [key for key in ("index", "error") if any(key in record for record in records)] == ["index", "error"]
    for record in records:
        validator.validate(record)
    assert not validator.is_valid({**records[0], "note": "x"})
    assert not validator.is_valid({"path": "x"})  # neither article nor error
