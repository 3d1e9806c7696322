"""Coverage-guided fuzzing of parse_bytes with atheris. Run by hand; not part of CI.

    python -m pip install atheris . && python tests/fuzz_parse.py -max_total_time=300

Each input is fed to :func:`articleparse.parse_bytes`, which must not raise, and
the result is checked for the tokenizer's contract: every non-blank character in
exactly one block, spans in order that slice back to their texts. A crash writes
the input to ``crash-*`` in the current directory; replay it with
``python tests/fuzz_parse.py crash-<hash>``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import articleparse


def check(data: bytes) -> None:
    """Parse ``data`` and assert what every parse must satisfy."""
    article = articleparse.parse_bytes(data)
    assert article.encoding is not None
    text = articleparse.normalize(data.decode(article.encoding, errors="replace"))
    end = 0
    for block in article.blocks:
        span = block.span
        assert end <= span.start < span.end <= len(text), span
        assert not text[end : span.start].strip(), "text between blocks was dropped"
        piece = text[span.start : span.end]
        assert " ".join(line.strip() for line in piece.split("\n") if line.strip()) == block.text
        assert span.first_line == text.count("\n", 0, span.start) + 1
        end = span.end
    assert not text[end:].strip(), "text after the last block was dropped"


def main() -> None:
    """Run the fuzzer with the command line's libFuzzer options."""
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
