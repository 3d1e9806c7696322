"""Small pure predicates about the shape of a piece of text.

Rules ask these questions of lines and segments; keeping them here, named,
means every rule asks them the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection

__all__ = [
    "ends_sentence",
    "final_mark",
    "full_stop",
    "sentence_breaks",
    "squash",
    "starts_caseless",
    "starts_lower",
    "starts_unspaced",
    "title_cased",
    "wire_marked",
    "without_wire_mark",
    "word_count",
]

# The wire layout's mark before a header line: "-- By Jane Doe", "-- http://...", a bare "--".
_WIRE_MARK = re.compile(r"--(?:\s|$)")

#: Characters that may close a sentence after its final mark: quotes, brackets (the CJK ones too).
CLOSERS = "\"'”’»)]」』）】〕〉》"
# Unicode's Sentence_Terminal characters (PropList.txt, Unicode 16), as code point ranges: the full
# stops and question and exclamation marks of every script (``.!?``, ``。！？``, ``।॥``, ``؟``, ``۔``,
# ``።``, ``။``, ``។``, ...).
_STERM_RANGES = (
    "0021 002E 003F 0589 061D-061F 06D4 0700-0702 07F9 0837 0839 083D-083E 0964-0965 104A-104B 1362 1367-1368"
    " 166E 1735-1736 17D4-17D5 1803 1809 1944-1945 1AA8-1AAB 1B4E-1B4F 1B5A-1B5B 1B5E-1B5F 1B7D-1B7F 1C3B-1C3C"
    " 1C7E-1C7F 2024 203C-203D 2047-2049 2CF9-2CFB 2E2E 2E3C 2E53-2E54 2E60-2E61 3002 A4FF A60E-A60F A6F3 A6F7"
    " A876-A877 A8CE-A8CF A92F A9C8-A9C9 AA5D-AA5F AAF0-AAF1 ABEB FE12 FE15-FE16 FE52 FE56-FE57 FF01 FF0E FF1F"
    " FF61 10A56-10A57 10F55-10F59 10F86-10F89 11047-11048 110BE-110C1 11141-11143 111C5-111C6 111CD"
    " 111DE-111DF 11238-11239 1123B-1123C 112A9 113D4-113D5 1144B-1144C 115C2-115C3 115C9-115D7 11641-11642"
    " 1173C-1173E 11944 11946 11A42-11A43 11A9B-11A9C 11C41-11C42 11EF7-11EF8 11F43-11F44 16A6E-16A6F 16AF5"
    " 16B37-16B38 16B44 16D6E-16D6F 16E98 1BC9F 1DA88"
)


def _code_points(ranges: str) -> frozenset[str]:
    found: set[str] = set()
    for item in ranges.split():
        first, _, last = item.partition("-")
        found.update(map(chr, range(int(first, 16), int(last or first, 16) + 1)))
    return frozenset(found)


#: Marks that end a sentence: Unicode's Sentence_Terminal set and the ellipsis.
SENTENCE_END = _code_points(_STERM_RANGES) | {"…"}
#: The sentence terminals that are full stops, not questions or exclamations: the Latin, Greek and
#: Cyrillic stop, the ideographic, fullwidth and halfwidth stops of Chinese and Japanese, the
#: Devanagari danda and double danda, the Armenian, Arabic (Urdu), Syriac, Ethiopic, Myanmar and
#: Khmer stops. A line ending in one is a sentence; a headline may end in ``?`` or ``!`` of any script.
FULL_STOPS = frozenset(".\u3002\uff0e\uff61\u0964\u0965\u0589\u06d4\u0701\u1362\u104b\u17d4")
# The Greek question mark: U+037E, and the semicolon it is the same as after a Greek word ("Πότε;").
_GREEK_QUESTION = frozenset(";\u037e")
_GREEK_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
#: Characters per word of the scripts written without spaces between words, by the ranges they
#: hold. Counted in these, a line's words keep the word thresholds of the configuration meaning
#: the same in every script. Han and kana: 1.66 characters a word in jieba's frequency-weighted
#: dictionary, 1.83 in livedoor's Japanese news segmented by janome, 1.6 to 1.9 in short news
#: texts written for the tests; 1.8 is taken. Thai (and the Lao, Khmer and Myanmar scripts, of the
#: same kind: syllables of a consonant and combining vowel and tone marks): 3.9 and 4.1 code
#: points a word in the frequency lists of the Thai textbook and national corpora, 5.1 in news
#: written for the tests; 4 is taken.
CHARS_PER_WORD = {
    # Han (CJK ideographs, their extensions and compatibility forms), hiragana, katakana.
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f": 1.8,
    # Thai, Lao, Myanmar, Khmer (and Khmer symbols), Myanmar extensions.
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f": 4.0,
}
_UNSPACED = re.compile("[" + "".join(CHARS_PER_WORD) + "]")
_UNSPACED_BY_SCRIPT = tuple((re.compile("[" + ranges + "]"), size) for ranges, size in CHARS_PER_WORD.items())
# How much of a line's start its script is judged on, for its case.
_CASE_SAMPLE = 60
# A possible sentence break: the word before it, its mark, closers, then (looked at, not consumed,
# so the next word can end a sentence too) space and a capital or digit. The word starts after
# white space, so each long token is scanned once, not from every character.
_BREAK = re.compile(r"(?<!\S)(\S+?)[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])")
# Initials and dotted abbreviations: "U.S.", "a.m.", "J." (the final dot is the break's mark). Bounded:
# a repeated group costs the regex engine memory per repetition, and no abbreviation has 20 dots.
_INITIALS = re.compile(r"(?:[A-Za-z]\.){0,20}[A-Za-z]")
# A word of four letters or more: title case is judged on these, not on "of" or "a".
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def final_mark(text: str) -> str:
    """The last character of ``text`` once closing quotes and brackets are set aside.

    >>> final_mark('He said "no."')
    '.'
    """
    return text.rstrip().rstrip(CLOSERS)[-1:]


def full_stop(text: str) -> bool:
    """Whether ``text`` ends in a full stop of any script (see :data:`FULL_STOPS`), not an ellipsis written as stops.

    >>> full_stop("It was late."), full_stop("It was late..."), full_stop('He said "no."')
    (True, False, True)
    >>> full_stop("会議は終わった。"), full_stop("会議は終わった？"), full_stop("会議は。。。")
    (True, False, False)
    """
    mark = final_mark(text)
    return mark in FULL_STOPS and not text.rstrip().rstrip(CLOSERS).endswith(mark * 2)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends the way a sentence does, in any script.

    Its final mark is one of Unicode's sentence terminals (``.!?``, ``。！？``,
    ``।``, ``؟``, ``።``, ``။``, ``។`` ...) or an ellipsis, or a Greek question
    mark: ``;`` after a Greek word.

    >>> ends_sentence("Done."), ends_sentence("完了。"), ends_sentence("Πότε;"), ends_sentence("int x;")
    (True, True, True, False)
    """
    stripped = text.rstrip().rstrip(CLOSERS)
    mark = stripped[-1:]
    if mark in SENTENCE_END:
        return True
    return mark in _GREEK_QUESTION and (mark == "\u037e" or _GREEK_LETTER.match(stripped[-2:-1]) is not None)


def word_count(text: str) -> int:
    """How many words ``text`` has, in any script.

    Words written with spaces between them are counted at the spaces; a run of
    a script written without them (Chinese, Japanese, Thai ...) counts one word
    for every :data:`CHARS_PER_WORD` of its characters, and at least one.

    >>> word_count("Three small words"), word_count("東京都は十日、発表した。"), word_count("iPhoneアプリ")
    (3, 6, 2)
    """
    tokens = text.split()
    if text.isascii() or _UNSPACED.search(text) is None:
        return len(tokens)
    unspaced = sum(1 for token in tokens if _UNSPACED.search(token))
    measured = sum(len(pattern.findall(text)) / size for pattern, size in _UNSPACED_BY_SCRIPT)
    return len(tokens) - unspaced + max(unspaced, round(measured))


def sentence_breaks(text: str, abbreviations: Collection[str]) -> int:
    """How many times a sentence ends inside ``text`` and another begins.

    A full stop after an abbreviation (``Dr.``, ``U.S.``, ``a.m.``) or an initial
    does not end a sentence.

    >>> sentence_breaks("He left. Why? Dr. Smith and the U.S. Army knew.", {"dr"})
    2
    """
    count = 0
    for match in _BREAK.finditer(text):
        word = match[1].lstrip("\"'“‘([")
        if _INITIALS.fullmatch(word) or word.casefold() in abbreviations:
            continue
        count += 1
    return count


def title_cased(text: str, small_words: Collection[str]) -> bool:
    """Whether ``text`` is in Title Case: its longer words capitalised, short function words aside.

    Only words of four letters or more are weighed, those of ``small_words``
    (lower case: ``with``, ``from``) aside. A sentence full of names ("Tonight,
    Donald J. Trump accepted the Republican Party's nomination") still has
    lower-case verbs and nouns, so at most one longer word in ten may be lower case.

    >>> small = {"with", "from"}
    >>> title_cased("You've Been Accepted to Columbia. Oops, Our Error.", small), title_cased("It was late.", small)
    (True, False)
    >>> title_cased("Back from the Brink", small)
    True
    """
    words = [word for word in _LONG_WORD.findall(text) if word.casefold() not in small_words]
    lower = sum(not word[0].isupper() for word in words)
    return bool(words) and lower <= 0.1 * len(words)


def starts_lower(text: str) -> bool:
    """Whether the first letter of ``text``, after opening quotes and brackets, is lower case.

    Case is judged by the line's script: a line mostly in a script without case
    (``iPhoneアプリで…``, ``amazonで買える``) does not start lower case.

    >>> starts_lower("and then"), starts_lower("iPhoneアプリの新機能"), starts_lower("And then")
    (True, False, False)
    """
    return _opening_case(text) == "lower"


def starts_caseless(text: str) -> bool:
    """Whether ``text`` opens in a script without case (Chinese, Japanese, Thai, Arabic ...).

    >>> starts_caseless("東京都は"), starts_caseless("iPhoneアプリの新機能"), starts_caseless("and then")
    (True, True, False)
    """
    return _opening_case(text) == "none"


def _opening_case(text: str) -> str:
    """``lower``, ``upper`` or ``none``: the case ``text`` opens in, judged by its script; ``""`` without a letter."""
    for char in text:
        if char.isalpha():
            if char.isupper():
                return "upper"
            sample = text[:_CASE_SAMPLE]
            if char.islower() and sample.isascii():
                return "lower"
            letters = [letter for letter in sample if letter.isalpha()]
            cased = sum(letter.islower() or letter.isupper() for letter in letters)
            if 2 * cased > len(letters):
                return "lower" if char.islower() else "upper"
            return "none"
        if not (char.isspace() or char in "\"'“‘«([-–—…"):
            return ""
    return ""


def starts_unspaced(text: str) -> int:
    """How many characters a word of ``text``'s first character's script has, rounded up; 0 in a spaced script.

    >>> starts_unspaced("東京都"), starts_unspaced("กรุงเทพ"), starts_unspaced("Tokyo")
    (2, 4, 0)
    """
    for pattern, size in _UNSPACED_BY_SCRIPT:
        if pattern.match(text):
            return math.ceil(size)
    return 0


def squash(text: str) -> str:
    """``text`` case-folded with its white space runs made single spaces, for comparing."""
    return " ".join(text.casefold().split())


def wire_marked(text: str) -> bool:
    """Whether ``text`` opens with the wire layout's ``--`` mark (``-- By Jane Doe``, a bare ``--``)."""
    return _WIRE_MARK.match(text) is not None


def without_wire_mark(text: str) -> str:
    """``text`` without the wire layout's ``--`` mark before it (``-- By Jane Doe`` → ``By Jane Doe``).

    The one helper every stage uses: the features, the header rules, assembly and
    the metadata read the same line the same way.
    """
    return text[2:].strip() if _WIRE_MARK.match(text) else text
