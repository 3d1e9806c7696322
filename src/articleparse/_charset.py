"""Which legacy code page bytes that are not UTF-8 are in: a detector's candidates, checked by how they read.

Called only after UTF-8 has failed, so UTF-8 input never imports the detector.
Three steps:

1. **Western first.** The cp1252 reading (Latin-1 where cp1252 leaves a byte
   undefined) is kept, as before detection existed, when it reads as Western
   European text: its non-ASCII characters are mostly lone accented letters
   inside words of ASCII letters and typographic punctuation. The mojibake of
   the other scripts is not: it runs non-ASCII characters together (whole words
   of ``Ïðåçèäåíò``, pairs of ``¼­¿ï`` for every CJK character), puts symbols
   inside words, or holds C1 control characters. This step is what keeps
   English with curly quotes from being read as cp1250, cp775 or mac_iceland,
   and short Spanish or Portuguese as cp1250 (``Espańa``, ``Săo``), which a
   detector alone does.
2. **A detector's candidates.** charset-normalizer ranks the candidate code
   pages below by how messy each reading is and how well its letters fit a
   language's frequencies.
3. **Each reading checked.** A reading is kept only if it reads as one script:
   non-ASCII characters are letters of its main script or common punctuation,
   not symbols, controls, half-width katakana or lone Hangul jamo; Hangul does
   not stand next to kanji or kana; no Cyrillic or Greek word turns from lower to
   upper case; a Chinese, Japanese or Korean reading keeps to its code page's
   common characters. The kept reading with the fewest odd characters wins, the
   detector's order breaking ties. This rejects what the detector gets wrong on short input:
   a KOI8-R headline as Shift_JIS (half-width katakana), a GB18030 or EUC-JP
   headline as cp949 (Hangul mixed with hanja, lone jamo).

The choice is *unsure* when no reading passes (the cp1252 reading is then kept,
as before), or when the evidence is thin (fewer than :data:`_SHORT` non-ASCII
bytes) and a second reading that passes gives other text: the runner-up.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

import attrs

__all__ = ["CANDIDATES", "Detection", "detect", "main_script", "reads_as_text"]

#: The code pages detection chooses among, besides cp1252 and Latin-1: Central
#: European, Cyrillic, Greek, Turkish, Hebrew and Arabic Windows pages, KOI8-R and
#: ISO-8859-7, and the Chinese, Japanese and Korean multi-byte encodings (Shift_JIS
#: and EUC-KR by their Windows supersets, cp932 and cp949, as charset-normalizer
#: names them).
CANDIDATES = (
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "cp1255",
    "cp1256",
    "gb18030",
    "big5",
    "cp932",
    "euc_jp",
    "cp949",
)
#: Fewer non-ASCII bytes than this is thin evidence: a headline, a line or two.
_SHORT = 64
#: How many odd characters in a hundred non-ASCII ones a reading may hold.
_ODD_SHARE = 0.1
#: How many letters of its script a reading needs to win over the cp1252 reading.
_MIN_LETTERS = 3
#: How much of a long input the readings are checked on (characters).
_SAMPLE = 1 << 13

_ASCII = bytes(range(0x80))
# Three or more non-ASCII characters in a row: rare in Western text, the rule in mojibake.
_RUN = re.compile(r"[^\x00-\x7f\s\u2018-\u201f\u2013\u2014\u2026\u00ab\u00bb]{3,}")
_C1 = re.compile(r"[\x80-\x9f]")
# A Latin-1 or cp1252 symbol between two letters (``Za¿ó³æ``, ``‚±‚ê``); not the
# apostrophe-like acute accent, the middle dot (Catalan ``l·l``) or a soft hyphen.
_SYMBOLS = (
    "\u00a1-\u00ac\u00ae-\u00b3\u00b5\u00b6\u00b8-\u00bf\u00d7\u00f7"
    "\u0192\u02c6\u02dc\u2020-\u2022\u2030\u2039\u203a\u2122\u20ac\u201a\u201e"
)
_SYMBOL_IN_WORD = re.compile(rf"(?<=[^\W\d_])[{_SYMBOLS}](?=[^\W\d_])")
# Punctuation that text in any script uses: general punctuation, CJK punctuation,
# full-width forms, guillemets, no-break space, soft hyphen, the Greek and Arabic marks.
_PUNCTUATION = re.compile(
    r"[\u2000-\u206f\u3000-\u303f\uff01-\uff60\u00a0\u00ab\u00bb\u00ad\u00b7\u00b0\u00a7\u00a9\u00ae\u2122"
    r"\u20ac\u00a3\u0387\u037e\u060c\u061b\u061f\u066a-\u066c\u0660-\u0669\u06d4\u06f0-\u06f9\u30fb]+"
)


@attrs.frozen
class Detection:
    """The code page chosen for bytes that are not UTF-8, and how sure the choice is.

    Attributes:
        encoding: The codec that decoded the bytes.
        text: The bytes decoded with it.
        doubt: Why the choice may be wrong, in words; ``None`` when it is sure.
        runner_up: The codec of the next reading that passed, when unsure.
    """

    encoding: str
    text: str
    doubt: str | None = None
    runner_up: str | None = None


@attrs.frozen
class _Reading:
    encoding: str
    text: str
    odd: int
    letters: int


def detect(data: bytes) -> Detection:
    """Choose the code page of ``data``, which is not UTF-8 and has no byte-order mark."""
    western = _western(data)
    if _reads_as_western(western.text):
        return western
    readings = [reading for reading in _readings(data) if _passes(reading)]
    if not readings:
        doubt = "no code page reads as text in one script"
        return attrs.evolve(western, doubt=doubt)
    # Fewest odd characters first; the detector's order breaks ties (sorted is stable).
    readings.sort(key=lambda reading: reading.odd)
    best = readings[0]
    other = next((reading for reading in readings[1:] if reading.text != best.text), None)
    evidence = len(data.translate(None, _ASCII))
    if other is not None and evidence < _SHORT:
        doubt = f"the input is short ({evidence} non-ASCII bytes) and another code page also reads as text"
        return Detection(best.encoding, best.text, doubt, other.encoding)
    return Detection(best.encoding, best.text)


def reads_as_text(text: str) -> bool:
    """Whether the non-ASCII characters of ``text`` read as one script (U+FFFD aside)."""
    sample = text[:_SAMPLE].replace("\ufffd", "")
    odd, _ = _oddity(sample, "utf-8")
    return odd <= _ODD_SHARE * _non_ascii(sample)


def main_script(text: str) -> str | None:
    """The script most non-ASCII letters of ``text`` are in (``"cyrillic"``, ``"han"``, ...), or ``None``.

    Kana make a text Japanese (``"kana"``) and Hangul Korean (``"hangul"``) however
    many kanji or hanja they stand among.
    """
    counts = {script: sum(map(len, pattern.findall(text))) for script, pattern in _LETTERS.items()}
    for script in ("kana", "hangul"):
        if counts[script] > _MIN_LETTERS:
            return script
    main = max(counts, key=counts.__getitem__)
    return main if counts[main] else None


def _non_ascii(text: str) -> int:
    """How many characters of ``text`` are not ASCII."""
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _western(data: bytes) -> Detection:
    try:
        return Detection("cp1252", data.decode("cp1252"))
    except UnicodeDecodeError:
        return Detection("latin-1", data.decode("latin-1"))


def _reads_as_western(text: str) -> bool:
    """Whether a cp1252 (or Latin-1) reading is plausibly Western European text, not mojibake."""
    sample = text[:_SAMPLE]
    non_ascii = _non_ascii(sample)
    run = sum(map(len, _RUN.findall(sample)))
    odd = run + len(_C1.findall(sample)) + len(_SYMBOL_IN_WORD.findall(sample))
    return odd <= _ODD_SHARE * non_ascii


def _readings(data: bytes) -> list[_Reading]:
    """The candidates' readings of ``data``, in the detector's order of preference."""
    from charset_normalizer import from_bytes  # imported here: UTF-8 input never needs it

    found = []
    seen = set()
    for match in from_bytes(data, cp_isolation=list(CANDIDATES), threshold=0.5):
        if match.encoding in seen or match.encoding not in CANDIDATES:  # not its fallbacks (ascii, utf_8)
            continue
        seen.add(match.encoding)
        try:
            text = data.decode(match.encoding)  # the whole input, as Article.encoding will claim
        except UnicodeDecodeError:
            continue
        odd, letters = _oddity(text[:_SAMPLE], match.encoding)
        found.append(_Reading(match.encoding, text, odd, letters))
    return found


def _passes(reading: _Reading) -> bool:
    non_ascii = _non_ascii(reading.text[:_SAMPLE])
    return reading.letters >= _MIN_LETTERS and reading.odd <= _ODD_SHARE * non_ascii


def _oddity(text: str, encoding: str) -> tuple[int, int]:
    """How many non-ASCII characters of ``text`` do not fit its main script, and how many letters it has.

    Odd are symbols and controls, letters of another script, Hangul next to kanji
    or kana, Cyrillic or Greek turning from lower to upper case inside a word, and
    in a Chinese, Japanese or Korean reading the rare characters: those outside the
    code page's common core (GB2312 in GB18030, Big5's frequent characters, JIS X
    0208 level 1, KS X 1001), where the bytes of another code page land.
    """
    counts = {script: sum(map(len, pattern.findall(text))) for script, pattern in _LETTERS.items()}
    main = max(counts, key=counts.__getitem__)
    letters = counts[main]
    odd = _non_ascii(text) - sum(counts.values()) - sum(map(len, _PUNCTUATION.findall(text)))
    if not letters:
        return odd, 0
    family = _FAMILIES.get(main, {main})
    odd += sum(count for script, count in counts.items() if script not in family)
    odd += len(_HANGUL_BESIDE_KANJI.findall(text)) + len(_CASE_TURNED.findall(text))
    common = _COMMON.get(encoding)
    if common is not None:
        found = Counter("".join(_CJK_LETTERS.findall(text)))
        odd += sum(count for char, count in found.items() if not common(char))
    return odd, letters


def _encodes_in(codec: str, lead: range) -> Callable[[str], bool]:
    """Whether a character is two bytes in ``codec`` with a first byte in ``lead``."""

    @functools.lru_cache(maxsize=1 << 15)
    def common(char: str) -> bool:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            return False
        return len(encoded) == 2 and encoded[0] in lead  # not EUC-KR's eight-byte make-up Hangul

    return common


# The common core of each CJK code page: GB2312's hanzi, Big5's frequent characters
# (first bytes 0xA4 to 0xC6), JIS X 0208's level 1 kanji (EUC first bytes to 0xCF),
# KS X 1001's Hangul and hanja (all of EUC-KR).
_COMMON: dict[str, Callable[[str], bool]] = {
    "gb18030": _encodes_in("gb2312", range(0xA1, 0xF8)),
    "big5": _encodes_in("big5", range(0xA1, 0xC7)),
    "cp932": _encodes_in("euc_jp", range(0xA1, 0xD0)),
    "euc_jp": _encodes_in("euc_jp", range(0xA1, 0xD0)),
    "cp949": _encodes_in("euc_kr", range(0xA1, 0xFF)),
}

# Scripts a text in the main one also uses: kana with kanji, Hangul with hanja.
_FAMILIES = {
    "han": {"han", "kana", "hangul"},
    "kana": {"han", "kana"},
    "hangul": {"hangul", "han"},
}
_KANA = "\u3041-\u3096\u3099-\u309f\u30a1-\u30fa\u30fc-\u30ff"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = "\uac00-\ud7a3"
# The letters (and combining marks) of each script that text is written in.
_LETTERS = {
    script: re.compile(f"[{letters}]+")
    for script, letters in {
        "latin": "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",
        "greek": "\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03ff",
        "cyrillic": "\u0400-\u0481\u048a-\u04ff",
        "hebrew": "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f",
        "arabic": "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06ef\u06fa-\u06ff"
        "\ufb50-\ufdff\ufe70-\ufefc",
        "kana": _KANA,
        "han": _HAN,
        "hangul": _HANGUL,
    }.items()
}
_CJK_LETTERS = re.compile(f"[{_HAN}{_HANGUL}]+")
_HANGUL_BESIDE_KANJI = re.compile(f"[{_HANGUL}](?=[{_KANA}{_HAN}])|[{_KANA}{_HAN}](?=[{_HANGUL}])")
# A lower-case Cyrillic or Greek letter followed by an upper-case one: ``пРЕЗИДЕНТ``.
_CASE_TURNED = re.compile("[\u0430-\u045f\u03ac-\u03ce](?=[\u0400-\u042f\u0386-\u038f\u0391-\u03ab])")
