#!/usr/bin/env python3
r"""Peak memory of parsing a large dump of article text, in fresh processes.

Usage, from the project's root (``../shared`` beside it)::

    python benchmarks/memory.py               # 10 MB and 64 MB (the default size limit)
    python benchmarks/memory.py --sizes 10 20 40 64

The dump is every file of ``../shared/corpus`` in path order, joined by blank
lines, repeated to the size asked for (in MB of UTF-8). A few corpus files hold
characters beyond U+FFFF, so Python holds the whole text at 4 bytes a
character. Each size is parsed by :func:`articleparse.parse_bytes` in a fresh
process, which prints its time and its peak resident memory (the kernel's
``ru_maxrss``), and the baseline of the same process that only builds the text.
The bars: 10 MB under 256 MiB, and 64 MB at most 7 times the 10 MB peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARTICLEPARSE_SHARED", ROOT.parent / "shared"))

_PROBE = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
shared, size, parse = Path(sys.argv[2]), int(float(sys.argv[3]) * 1e6), sys.argv[4] == "parse"
paths = sorted(p for p in (shared / "corpus").rglob("*")
               if p.is_file() and "gold" not in p.parts and p.suffix.lower() not in {".md", ".json"})
unit = b"\n\n".join(p.read_bytes() for p in paths).decode("utf-8", errors="replace").encode("utf-8")
data = (unit * (size // len(unit) + 1))[:size]
data = data[: data.rfind(b"\n")]  # whole lines
del unit
started = time.perf_counter()
if parse:
    import articleparse
    article = articleparse.parse_bytes(data, encoding="utf-8")
    blocks = len(article.blocks)
else:
    blocks = len(data.decode("utf-8"))
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak": peak, "blocks": blocks}))
"""


def measure(size: float, parse: bool) -> dict[str, float]:
    """Time and peak RSS (MiB) of one fresh process at ``size`` MB."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(ROOT / "src"), str(SHARED), str(size), "parse" if parse else "read"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    """Measure each size and print the table."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--sizes", type=float, nargs="*", default=[10, 64])
    arguments = options.parse_args()
    print(f"{'MB':>6} {'seconds':>9} {'peak MiB':>9} {'read only':>10} {'blocks':>8}")
    peaks = {}
    for size in arguments.sizes:
        base, found = measure(size, parse=False), measure(size, parse=True)
        peaks[size] = found["peak"]
        print(f"{size:6.0f} {found['seconds']:9.1f} {found['peak']:9.0f} {base['peak']:10.0f} {found['blocks']:8.0f}")
    if 10 in peaks and 64 in peaks:
        print(f"64 MB peak / 10 MB peak: {peaks[64] / peaks[10]:.1f} (bar: 7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
