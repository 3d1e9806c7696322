"""The command line: ``articleparse FILE`` prints the article as JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from articleparse._api import parse_file
from articleparse._errors import ArticleParseError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Parse a plain-text news article dump and print it as JSON.",
    )
    parser.add_argument("path", help="the article dump to parse")
    parser.add_argument("--encoding", help="decode the file with this codec instead of detecting one")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    Exit status: 0 when the file parsed, 1 when it could not be read or
    decoded (reported on standard error as ``path: reason``), 2 for usage errors.
    """
    args = _parser().parse_args(argv)
    try:
        article = parse_file(args.path, encoding=args.encoding)
    except ArticleParseError as error:
        print(f"articleparse: {error}", file=sys.stderr)
        return 1
    try:
        json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`). Point stdout at /dev/null so the
        # interpreter's final flush does not fail again, and stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0
