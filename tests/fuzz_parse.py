"""Coverage-guided fuzzing of parse_bytes with atheris. Run by hand; not part of CI.

    python -m pip install atheris . && python tests/fuzz_parse.py -max_total_time=300

Each input is fed to :func:`articleparse.parse_bytes`, which must not raise, and
the result is checked for the tokenizer's contract: every non-blank character in
exactly one block (of the file's articles, when it holds several), spans in order
that slice back to their texts. A crash writes
the input to ``crash-*`` in the current directory; replay it with
``python tests/fuzz_parse.py crash-<hash>``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import articleparse


def check(data: bytes) -> None:
    """Parse ``data`` and assert what every parse must satisfy.

    ``parse_bytes`` gives the first article of a file of several (with a
    ``several_articles`` diagnostic); ``parse_all`` must then account for the
    whole text, its preamble and every article's blocks together.
    """
    article = articleparse.parse_bytes(data)
    assert article.encoding is not None
    text = articleparse.normalize(data.decode(article.encoding, errors="replace"))
    several = any(d.code is articleparse.DiagnosticCode.SEVERAL_ARTICLES for d in article.diagnostics)
    blocks = article.blocks
    if several:
        dump = articleparse.parse_all(text)
        assert len(dump) > 1
        blocks = dump.preamble + tuple(block for each in dump for block in each.blocks)
    end = 0
    for block in blocks:
        span = block.span
        assert end <= span.start < span.end <= len(text), span
        assert not text[end : span.start].strip(), "text between blocks was dropped"
        piece = text[span.start : span.end]
        assert " ".join(line.strip() for line in piece.split("\n") if line.strip()) == block.text
        assert span.first_line == text.count("\n", 0, span.start) + 1
        end = span.end
    assert not text[end:].strip(), "text after the last block was dropped"


def check_and_keep(data: bytes) -> None:
    """Run :func:`check`, first writing ``data`` to ``crash-<sha1>`` if it fails.

    libFuzzer does not always write the input of an uncaught Python exception.
    """
    try:
        check(data)
    except Exception:
        Path(f"crash-{hashlib.sha1(data).hexdigest()}").write_bytes(data)
        raise


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options, or replay the files named."""
    inputs = [Path(argument) for argument in sys.argv[1:] if not argument.startswith("-")]
    if inputs:
        for path in inputs:
            check(path.read_bytes())
        return
    atheris.Setup(sys.argv, check_and_keep)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
