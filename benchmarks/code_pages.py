#!/usr/bin/env python3
"""What choosing the code page of bytes that are not UTF-8 costs, and how often it is right.

Run by hand, from the project's root::

    python benchmarks/code_pages.py            # cost per MB and per file, then accuracy
    python benchmarks/code_pages.py --cost     # only the cost

**Cost.** :func:`articleparse._decode.decode` (what ``parse_bytes`` and
``parse_file`` call) against a plain ``bytes.decode`` in the right codec, on
three inputs built from ``../shared``: the corpus's 147 non-UTF-8 files (cp1252;
the Western check keeps them, the detector never runs), Japanese livedoor articles
in Shift_JIS (cp932) and in EUC-JP (the detector and the checks run), each timed
as the files are (one call a file) and as one joined 1 MB input. UTF-8 input does
not reach detection and is not timed here (``benchmarks/bench.py`` times it).

**Accuracy.** Real text re-encoded in the code pages of its script, decoded, and
compared with the text (not the codec name), split in two halves: the half the
checks' thresholds were chosen on (*tuned*: the corpus's ``golbeck`` and ``bbc``
non-UTF-8 files, livedoor's ``dokujo-tsushin``) and the half they were not
(*held-out*: the corpus's ``horne-buzzfeed``, livedoor's ``it-life-hack`` and
``sports-watch``, and the page dumps of ``pages/htmltext`` in their script's code
pages). For each, whole files and the first line with non-ASCII text alone (up to
40 characters): right, unsure (an ``encoding_unsure`` diagnostic), and wrong
without saying so.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from articleparse._charset import main_script
from articleparse._decode import decode

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))
# The code pages each script is re-encoded in.
PAGES = {
    "kana": ("cp932", "euc_jp"),
    "hangul": ("cp949",),
    "han": ("gb18030", "big5"),
    "cyrillic": ("cp1251", "koi8_r"),
    "greek": ("iso8859_7",),
    "arabic": ("cp1256",),
    "hebrew": ("cp1255",),
    "latin": ("cp1252",),
}


def non_utf8(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` that are not UTF-8."""
    for path in sorted(folder.rglob("*.txt")):
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            yield path


def _timed(inputs: list[tuple[bytes, str]]) -> tuple[float, float]:
    """CPU seconds (not wall time: the machine is shared) for decode() and for the plain codec, best of three."""
    best_decode = best_plain = float("inf")
    for _ in range(3):
        start = time.process_time()
        for data, _codec in inputs:
            decode(data)
        middle = time.process_time()
        for data, codec in inputs:
            data.decode(codec)
        end = time.process_time()
        best_decode, best_plain = min(best_decode, middle - start), min(best_plain, end - middle)
    return best_decode, best_plain


def cost() -> None:
    """Print the cost of detection per MB and per file."""
    western = [(path.read_bytes(), "cp1252") for path in non_utf8(SHARED / "corpus")]
    western = [(data, codec) for data, codec in western if _decodes(data, codec)]
    japanese = [path.read_text("utf-8") for path in sorted((SHARED / "livedoor").rglob("*.txt"))]
    sets = {"cp1252 (corpus)": western}
    for codec in ("cp932", "euc_jp"):
        sets[f"{codec} (livedoor)"] = [(text.encode(codec, errors="replace"), codec) for text in japanese[:300]]
    print("| input | files | MB | per file: decode / codec (ms) | 1 MB joined: decode / codec (ms) | cost, ms/MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, inputs in sets.items():
        size = sum(len(data) for data, _ in inputs) / 1e6
        each, plain = _timed(inputs)
        codec = inputs[0][1]
        joined = b"\n\n".join(data for data, _ in inputs)
        joined = (joined * (1 + 1_000_000 // len(joined)))[:1_000_000]
        joined = joined.decode(codec, errors="ignore").encode(codec)  # not cut inside a character
        big, big_plain = _timed([(joined, codec)])
        per_mb = (each - plain) / size * 1000
        print(
            f"| {name} | {len(inputs)} | {size:.2f} | {each / len(inputs) * 1000:.3f} / "
            f"{plain / len(inputs) * 1000:.3f} | {big * 1000:.1f} / {big_plain * 1000:.1f} | {per_mb:.0f} |"
        )


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _tally(counts: Counter[str], key: str, data: bytes, want: str) -> None:
    decoded = decode(data)
    counts[key] += 1
    if decoded.text == want:
        counts[key + " right"] += 1
    elif decoded.doubt is not None:
        counts[key + " unsure"] += 1
    else:
        counts[key + " wrong"] += 1


def _reencoded(paths: list[Path]) -> dict[str, Counter[str]]:
    """Per code page, files and their first non-ASCII line re-encoded and decoded."""
    result: dict[str, Counter[str]] = {}
    for path in paths:
        text = path.read_text("utf-8", errors="replace").replace("\ufffd", "")
        script = main_script(text[:5000])
        for codec in PAGES.get(script or "", ()):
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            if data.isascii():
                continue
            counts = result.setdefault(codec, Counter())
            _tally(counts, "files", data, data.decode(codec))
            line = next(line for line in text.splitlines() if not line.isascii())[:40]
            _tally(counts, "lines", line.encode(codec), line.encode(codec).decode(codec))
    return result


def _as_before(paths: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        data = path.read_bytes()
        try:
            want = data.decode("cp1252")
        except UnicodeDecodeError:
            want = data.decode("latin-1")
        if decode(data).text != want and decode(data).encoding == "utf-8":
            want = data.decode("utf-8", errors="replace")  # the unchanged "mostly UTF-8" step, as before
        _tally(counts, "files", data, want)
    return counts


def accuracy() -> None:
    """Print right / unsure / wrong for each half."""
    corpus, livedoor = SHARED / "corpus", SHARED / "livedoor"
    halves = {
        "tuned": (
            list(non_utf8(corpus / "golbeck")) + list(non_utf8(corpus / "bbc")),
            sorted((livedoor / "dokujo-tsushin").glob("*.txt")),
        ),
        "held-out": (
            list(non_utf8(corpus / "horne-buzzfeed")),
            sorted((livedoor / "it-life-hack").glob("*.txt"))
            + sorted((livedoor / "sports-watch").glob("*.txt"))
            + sorted((SHARED / "pages" / "htmltext").glob("*.txt")),
        ),
    }
    print("| half | input | code page | files: right / unsure / wrong | first line alone: right / unsure / wrong |")
    print("| --- | --- | --- | ---: | ---: |")
    for half, (legacy, reencoded) in halves.items():
        counts = _as_before(legacy)
        print(f"| {half} | corpus, not UTF-8 | as before | {_cell(counts, 'files')} | |")
        for codec, found in sorted(_reencoded(reencoded).items()):
            print(f"| {half} | re-encoded | {codec} | {_cell(found, 'files')} | {_cell(found, 'lines')} |")


def _cell(counts: Counter[str], key: str) -> str:
    return f"{counts[key + ' right']} / {counts[key + ' unsure']} / {counts[key + ' wrong']} of {counts[key]}"


def main() -> None:
    """Run the cost and accuracy measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--cost", action="store_true", help="only the cost")
    options = parser.parse_args()
    cost()
    if not options.cost:
        print()
        accuracy()


if __name__ == "__main__":
    main()
