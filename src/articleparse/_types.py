"""The entry points' input types, checked first: a wrong one raises a ``TypeError`` that says what to call.

Without the check, ``parse(b"...")`` fails deep inside the pipeline with
``startswith first arg must be bytes``, and ``parse(None)`` with an
``AttributeError``; with it, the error names what the function takes and the
entry point that takes what was given.
"""

from __future__ import annotations

import os

__all__ = ["check_bytes", "check_text"]

# Per function taking text: what to call for bytes, and for a path.
_FOR_TEXT = {
    "parse": ("parse_bytes(data)", "parse_file(path)"),
    "parse_all": ("parse_all_bytes(data)", "parse_all_file(path)"),
    "tokenize": ("parse_bytes(data).blocks", "parse_file(path).blocks"),
    "explain": ("parse_bytes(data) (explain takes text)", "parse_file(path) (explain takes text)"),
}
# Per function taking bytes: the one for text, and the one for a path.
_FOR_BYTES = {
    "parse_bytes": ("parse(text)", "parse_file(path)"),
    "parse_all_bytes": ("parse_all(text)", "parse_all_file(path)"),
}


def check_text(function: str, value: object) -> None:
    """Raise a ``TypeError`` unless ``value``, the dump given to ``function``, is a ``str``."""
    if isinstance(value, str):
        return
    for_bytes, for_path = _FOR_TEXT[function]
    if isinstance(value, (bytes, bytearray, memoryview)):
        hint = f"for bytes, call articleparse.{for_bytes}, which detects the encoding"
    elif isinstance(value, os.PathLike):
        hint = f"for a file, call articleparse.{for_path}"
    else:
        hint = f"for bytes call articleparse.{for_bytes}, for a file articleparse.{for_path}"
    raise TypeError(f"{function}() takes the dump's text as a str, not {type(value).__name__}: {hint}")


def check_bytes(function: str, value: object) -> None:
    """Raise a ``TypeError`` unless ``value``, the dump given to ``function``, is ``bytes`` or a ``bytearray``."""
    if isinstance(value, (bytes, bytearray)):
        return
    for_text, for_path = _FOR_BYTES[function]
    if isinstance(value, str):
        hint = f"for text, call articleparse.{for_text}"
    elif isinstance(value, os.PathLike):
        hint = f"for a file, call articleparse.{for_path}"
    else:
        hint = f"for text call articleparse.{for_text}, for a file articleparse.{for_path}"
    raise TypeError(f"{function}() takes the dump's bytes, not {type(value).__name__}: {hint}")
