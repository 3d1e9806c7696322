"""Hypothesis strategies for text that looks like dumps, noise included."""

from __future__ import annotations

from hypothesis import strategies as st

LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
# White space a dump may carry, with the characters str.splitlines wrongly breaks on.
ODD_SPACE = st.sampled_from([" ", "\t", "\u00a0", "\u2003", "\f", "\v", "\x85", "\u2028", "\u2029", "\x1c", "\u200b"])
WORD = st.sampled_from(
    [
        "The",
        "minister",
        "said",
        "on",
        "Monday",
        "U.S.",
        "Dr.",
        "a.m.",
        "2,000km",
        "al-Assad's",
        "Zoë",
        "—",
        "-",
        '"quoted',
        'words"',
        "SOURCE:",
        "By",
        "Jane",
        "Doe",
        "@highlight",
        "http://example.com/a",
        "* * *",
        "Published:",
        "17 Sep 0000",
        "0001-01-05",
        "\ud83d",
        "\ude00",
        # Scripts written without spaces, and their furniture: Han and kana, Thai.
        "東京都は十日、発表した。",
        "北京市政府周二宣布",
        "「決して諦めない」と述べた",
        "iPhoneアプリ",
        "กรุงเทพมหานครประกาศว่า",
        "【関連記事】",
        "■関連リンク",
        "・",
        "来源：",
        "（完）",
        "ข่าวที่เกี่ยวข้อง",
    ]
)
PUNCT = st.sampled_from(["", ".", "?", "!", ":", "…", '."', "'", "。", "？", "！", "」"])
# Words are joined by spaces, or (Chinese, Japanese, Thai) by nothing.
JOINER = st.sampled_from([" ", " ", ""])


@st.composite
def dump_lines(draw: st.DrawFn) -> str:
    """One line: indentation, some words (Latin, Han and kana, Thai), maybe a final mark, maybe odd spaces."""
    # A byte-order mark opening a line: where files were joined into one.
    indent = draw(st.sampled_from(["", "", "    ", "\t", " \u00a0", "  ", "\ufeff", "\f\ufeff"]))
    words = draw(st.lists(WORD, min_size=0, max_size=30))
    body = draw(JOINER).join(words)
    if draw(st.booleans()):
        body = body.replace(" ", draw(ODD_SPACE), 1)
    trail = draw(st.sampled_from(["", "", " ", "\t", "\u00a0"]))
    return indent + body + draw(PUNCT) + trail


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """Text shaped like a dump: lines of prose and furniture, blank runs, mixed line ends, maybe a BOM."""
    lines = draw(st.lists(st.one_of(dump_lines(), st.just(""), st.just("   ")), max_size=40))
    text = ""
    for line in lines:
        text += line + draw(LINE_ENDS)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return ("\ufeff" if draw(st.booleans()) else "") + text


any_text = st.one_of(st.text(), dumps())
