r"""Hypothesis strategies for articles and the dumps they are written as.

Property-test a pipeline built on articleparse with realistic input: articles
with headlines, standfirsts, paragraphs of several sentences (quotes,
abbreviations such as U.S., Dr. and a.m., numbers, dashes, non-ASCII names),
related links, a source line and promos; layouts as real dumps vary them; and
the noise real dumps carry. Most drawn articles are in English; some are in a
script written without spaces between words: Chinese or Japanese (Han and kana,
sentences ending in ``。！？``) or Thai (no sentence mark, a space between
sentences). ``script=`` picks one.

Needs Hypothesis: ``pip install "newsdump-parse[hypothesis]"``.

>>> from hypothesis import given
>>> import articleparse
>>> from articleparse.strategies import dumps
>>> @given(dumps())
... def test_my_pipeline_keeps_every_paragraph(dump):
...     article, text = dump
...     assert len(articleparse.parse(text).body) == len(article.body)
>>> test_my_pipeline_keeps_every_paragraph()

Every drawn :class:`~articleparse.Article` carries the spans and blocks of its
rendering in the default style, so ``parse(render(article)) == article``.

:func:`exports` writes several drawn articles into one file, in the layout of a
news database's export (LexisNexis, Nexis Uni, Factiva, ProQuest) or as dumps
joined by form feeds or separator lines, to test a pipeline on
:func:`articleparse.parse_all`.
"""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from typing import TYPE_CHECKING

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised in a separate environment
    raise ImportError(
        "articleparse.strategies needs Hypothesis; install it with: pip install 'newsdump-parse[hypothesis]'"
    ) from error

from articleparse._assemble import split_credits
from articleparse._config import DEFAULT_CONFIG
from articleparse._detect import article_language
from articleparse._model import (
    Article,
    Byline,
    ExportLayout,
    Paragraph,
    Promo,
    RelatedLink,
    SourceLine,
    Span,
    Timestamp,
    TimestampKind,
)
from articleparse._render import Style, lay_out, render
from articleparse._roles import Role

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "articles",
    "bylines",
    "dumps",
    "exports",
    "headlines",
    "names",
    "paragraphs",
    "sentences",
    "shows_its_wrap",
    "styles",
    "timestamp_lines",
]

# Vocabulary: realistic, varied, and free of the labels that mark furniture.
_NAMES = (
    "Vladimir Putin",
    "Angela Merkel",
    "José Álvarez",
    "Zoë Müller",
    "Søren Berg",
    "Nguyễn Thị Lan",
    "Dr. Amara Okafor",
    "Mr. Tom O'Neill",
    "Aleksandr Lukashenko",
    "Ama Ata",
    "Łukasz Nowak",
    "Chloé Dubois",
)
_GROUPS = (
    "the government",
    "the U.S. State Department",
    "the United Nations",
    "officials",
    "the opposition",
    "the central bank",
    "the ministry",
    "local residents",
    "the company",
    "analysts",
    "the police",
    "the court",
)
_PLACES = ("Aleppo", "São Paulo", "Kyiv", "Reykjavík", "Washington", "Moscow", "Lagos", "Zürich", "Montréal")
_VERBS = ("said", "warned", "announced", "argued", "confirmed", "denied", "insisted", "told reporters")
_CLAIMS = (
    "the truce would hold until the end of the month",
    "about 300,000 people had been displaced since March 2011",
    "spending on schools would rise by 7.8% next year",
    "talks would resume at 9 a.m. on Monday",
    "the $14.5bn plan was a “very dangerous route”",
    "nearly 2.3 million residents were still without power",
    "the 16-year-old had been released without charge",
    "no decision had been taken — at least not yet",
    "prices fell 4.5 percent in the three months to June",
    "the deal was “a step in the right direction”",
)
_QUOTES = (
    "We will not give up",
    "This is a very dangerous route",
    "Nobody expected it to happen so quickly",
    "It's a small step, but an important one",
    "We have no choice but to act",
    "The numbers speak for themselves",
)
_TIMES = ("On Monday", "Earlier this week", "Last year", "On Saturday", "In 2016", "Since March 2011")
_TOPICS = (
    "ceasefire",
    "budget",
    "election",
    "pipeline",
    "vaccine",
    "border",
    "strike",
    "trade deal",
    "flood",
    "inquiry",
    "summit",
    "protest",
)
_TITLE_WORDS = (
    "Russia",
    "blasts",
    "US",
    "over",
    "violations",
    "Women",
    "under",
    "siege",
    "Diplomats",
    "for",
    "sale",
    "How",
    "an",
    "ambassadorship",
    "was",
    "bought",
    "and",
    "lost",
    "Mapping",
    "Canada's",
    "battle",
    "New",
    "rules",
    "Crisis",
    "talks",
    "end",
    "without",
    "deal",
    "Inside",
    "the",
    "race",
    "to",
    "save",
    "Zürich's",
)
_FIRST_NAMES = ("Jane", "John", "Zoë", "José", "Søren", "Amara", "Łukasz", "Chloé", "Mei", "Olu", "Anne-Marie", "J.")
_LAST_NAMES = (
    "Doe",
    "Roe",
    "Müller",
    "Álvarez",
    "Berg",
    "Okafor",
    "Nowak",
    "Dubois",
    "O'Neill",
    "Nguyen",
    "de la Cruz",
    "van der Berg",
    "Smith-Jones",
    "MacLeod",
)
# Zones the default configuration knows, as dumps write them, with their offsets in hours.
_ZONES = (
    ("GMT", 0),
    ("UTC", 0),
    ("BST", 1),
    ("CET", 1),
    ("CEST", 2),
    ("EST", -5),
    ("EDT", -4),
    ("CST", -6),
    ("CDT", -5),
    ("MST", -7),
    ("MDT", -6),
    ("PST", -8),
    ("PDT", -7),
)
_CREDITS = ("Al Jazeera News", "Agencies", "Reuters", "AP", "AFP", "Staff", "BBC Monitoring", "Wires")

# Prose in scripts written without spaces between words: Chinese and Japanese (Han and kana, sentences
# ending in 。！？ with no space between them) and Thai (no sentence mark; a space between sentences).
_SCRIPTS = ("latin", "chinese", "japanese", "thai")
# What a drawn script is drawn from: Latin nine choices in twelve, and first, so that examples shrink to it.
_DRAWN_SCRIPTS = ("latin",) * 9 + _SCRIPTS[1:]
_ZH_WHO = ("北京市政府", "国务院", "外交部发言人", "当地居民", "专家们", "警方", "法院", "央行", "反对派", "联合国")
_ZH_WHEN = ("周一", "本周早些时候", "去年", "周六", "二〇一六年", "自二〇一一年三月以来")
_ZH_VERBS = ("表示", "宣布", "指出", "强调", "证实", "否认")
_ZH_CLAIMS = (
    "停火协议将持续到月底",
    "约三十万人自二〇一一年三月以来流离失所",
    "明年教育支出将增加百分之七点八",
    "谈判将于周一上午九点恢复",
    "近二百三十万居民仍然没有电力供应",
    "这项计划是朝着正确方向迈出的一步",
    "截至六月的三个月内物价下跌了百分之四点五",
)
_ZH_QUOTES = ("我们不会放弃", "这是一条非常危险的道路", "没有人想到会发生得这么快", "数字说明了一切")
_ZH_PLACES = ("北京", "上海", "广州", "深圳", "成都", "武汉", "香港", "台北")
_ZH_TOPICS = ("停火", "预算", "选举", "管道", "疫苗", "边境", "罢工", "贸易协定", "洪水", "峰会")
_JA_WHO = ("東京都", "政府", "外務省", "地元の住民", "専門家", "警察", "裁判所", "日本銀行", "野党", "国連")
_JA_WHEN = ("十日", "今週初め", "昨年", "土曜日", "二〇一六年", "二〇一一年三月以降")
_JA_VERBS = ("発表した", "明らかにした", "指摘した", "強調した", "認めた", "否定した")
_JA_CLAIMS = (
    "停戦は月末まで続く見通しだ",
    "約三十万人が避難を余儀なくされている",
    "来年度の教育予算を七・八％増やす",
    "交渉は月曜日の午前九時に再開される",
    "約二百三十万世帯で停電が続いている",
    "計画は正しい方向への一歩だ",
    "六月までの三か月で物価が四・五％下落した",
)
_JA_QUOTES = (
    "決して諦めない",
    "これは非常に危険な道だ",
    "こんなに早く起きるとは誰も思わなかった",
    "数字がすべてを物語っている",
)
_JA_PLACES = ("東京", "大阪", "名古屋", "札幌", "福岡", "京都", "横浜", "仙台")
_JA_TOPICS = ("停戦", "予算", "選挙", "パイプライン", "ワクチン", "国境", "ストライキ", "貿易協定", "洪水", "首脳会議")
# Thai marks no sentence end: these are long enough that two of them make a paragraph by length.
_TH_WHO = ("รัฐบาล", "กระทรวงการต่างประเทศ", "ชาวบ้านในพื้นที่", "ผู้เชี่ยวชาญ", "ตำรวจ", "ศาล", "ธนาคารกลาง", "ฝ่ายค้าน")
_TH_WHEN = ("เมื่อวันจันทร์", "เมื่อต้นสัปดาห์นี้", "เมื่อปีที่แล้ว", "เมื่อวันเสาร์", "ตั้งแต่เดือนมีนาคม")
_TH_VERBS = ("กล่าวว่า", "ประกาศว่า", "ยืนยันว่า", "ระบุว่า", "ปฏิเสธว่า", "เตือนว่า")
_TH_CLAIMS = (
    "ข้อตกลงหยุดยิงจะมีผลไปจนถึงสิ้นเดือนนี้อย่างแน่นอน",
    "ประชาชนราวสามแสนคนต้องอพยพออกจากบ้านของตนเอง",
    "งบประมาณด้านการศึกษาจะเพิ่มขึ้นร้อยละเจ็ดจุดแปดในปีหน้า",
    "การเจรจาจะเริ่มขึ้นอีกครั้งในเวลาเก้าโมงเช้าของวันจันทร์",
    "ประชาชนเกือบสองล้านคนยังคงไม่มีไฟฟ้าใช้ในบ้านของตน",
    "แผนการนี้เป็นก้าวที่สำคัญไปในทิศทางที่ถูกต้อง",
)
_TH_PLACES = ("กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "นครราชสีมา")
_TH_TOPICS = ("การหยุดยิง", "งบประมาณ", "การเลือกตั้ง", "วัคซีน", "ชายแดน", "การนัดหยุดงาน", "น้ำท่วม")


def _script(draw: DrawFn, script: str | None) -> str:
    """``script``, or one drawn (most often Latin) when it is ``None``."""
    if script is None:
        drawn: str = draw(st.sampled_from(_DRAWN_SCRIPTS))
        return drawn
    if script not in _SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(_SCRIPTS)} or None, not {script!r}")
    return script


@st.composite
def sentences(draw: DrawFn, *, script: str | None = "latin") -> str:
    """One sentence of news prose, ending in a full stop, question mark or a closing quote.

    ``script`` is ``"latin"`` (English), ``"chinese"`` or ``"japanese"`` (Han and
    kana without spaces, ending in ``。``, ``？`` or ``！``), ``"thai"`` (Thai
    letters without spaces and with no sentence mark), or ``None`` to draw one
    (most often Latin).
    """
    script = _script(draw, script)
    if script == "chinese":
        return draw(_chinese_sentences())
    if script == "japanese":
        return draw(_japanese_sentences())
    if script == "thai":
        return draw(_thai_sentences())
    name, group = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_GROUPS))
    claim, verb = draw(st.sampled_from(_CLAIMS)), draw(st.sampled_from(_VERBS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{name} {verb} that {claim}."
    if shape == 1:
        return f"“{draw(st.sampled_from(_QUOTES))},” {name} {verb.split()[0]} in {draw(st.sampled_from(_PLACES))}."
    if shape == 2:
        return f"{draw(st.sampled_from(_TIMES))}, {group} {verb} that {claim}."
    if shape == 3:
        topic = draw(st.sampled_from(_TOPICS))
        return f"The {topic} in {draw(st.sampled_from(_PLACES))} - a key demand - was discussed with {group}."
    if shape == 4:
        return f'"{draw(st.sampled_from(_QUOTES))}. {claim[0].upper()}{claim[1:]}," {name} {verb.split()[0]}.'
    return f"Why did {group} wait so long, {name} asked, when {claim}?"


@st.composite
def _chinese_sentences(draw: DrawFn) -> str:
    who, when = draw(st.sampled_from(_ZH_WHO)), draw(st.sampled_from(_ZH_WHEN))
    claim, verb = draw(st.sampled_from(_ZH_CLAIMS)), draw(st.sampled_from(_ZH_VERBS))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{who}{verb}，{claim}。"
    if shape == 1:
        return f"{who}在{draw(st.sampled_from(_ZH_PLACES))}说：“{draw(st.sampled_from(_ZH_QUOTES))}。”"
    if shape == 2:
        return f"{when}，{who}{verb}，{claim}。"
    if shape == 3:
        return f"{who}为什么等了这么久才讨论{draw(st.sampled_from(_ZH_TOPICS))}问题？"
    return f"{who}{verb}，{claim}！"


@st.composite
def _japanese_sentences(draw: DrawFn) -> str:
    who, when = draw(st.sampled_from(_JA_WHO)), draw(st.sampled_from(_JA_WHEN))
    claim, verb = draw(st.sampled_from(_JA_CLAIMS)), draw(st.sampled_from(_JA_VERBS))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{who}は{claim}と{verb}。"
    if shape == 1:
        return f"「{draw(st.sampled_from(_JA_QUOTES))}」と{who}の担当者は{draw(st.sampled_from(_JA_PLACES))}で述べた。"
    if shape == 2:
        return f"{when}、{who}は{claim}と{verb}。"
    if shape == 3:
        return f"{who}はなぜ{draw(st.sampled_from(_JA_TOPICS))}の問題への対応が遅れたのか？"
    return f"「{draw(st.sampled_from(_JA_QUOTES))}。{claim}」と{who}は{verb}。"


@st.composite
def _thai_sentences(draw: DrawFn) -> str:
    who, when = draw(st.sampled_from(_TH_WHO)), draw(st.sampled_from(_TH_WHEN))
    claim, verb = draw(st.sampled_from(_TH_CLAIMS)), draw(st.sampled_from(_TH_VERBS))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"{who}{verb}{claim}"
    if shape == 1:
        return f"{when}{who}{verb}{claim}"
    topic, place = draw(st.sampled_from(_TH_TOPICS)), draw(st.sampled_from(_TH_PLACES))
    return f"{who}ได้หารือเรื่อง{topic}ที่{place}{when}และ{verb}{claim}"


@st.composite
def paragraphs(draw: DrawFn, *, min_sentences: int = 2, max_sentences: int = 4, script: str | None = "latin") -> str:
    """A paragraph of several sentences in one script (see :func:`sentences`).

    Sentences are joined by a space, except in Chinese and Japanese, which put none between them.
    A Thai paragraph has three sentences at least: with no sentence mark, a paragraph is told from a
    title by its length (``long_prose_words``), and a shorter one may read as a title.
    """
    script = _script(draw, script)
    if script == "thai":
        min_sentences, max_sentences = max(min_sentences, 3), max(max_sentences, 3)
    drawn = draw(st.lists(sentences(script=script), min_size=min_sentences, max_size=max_sentences))
    return ("" if script in ("chinese", "japanese") else " ").join(drawn)


@st.composite
def headlines(
    draw: DrawFn, *, min_words: int = 3, max_words: int = 10, marks: bool = True, script: str | None = "latin"
) -> str:
    """A headline-shaped line: no final full stop; with ``marks``, may end in ``?``, ``!`` or an ellipsis.

    In Chinese and Japanese the words are written without spaces (``words`` counts
    the pieces drawn) and the marks are ``？`` and ``！``; a Thai headline has
    spaces between phrases, as Thai headlines do, and no mark.
    """
    script = _script(draw, script)
    if script != "latin":
        return draw(_unspaced_headlines(script, min_words, max_words, marks=marks))
    words = draw(st.lists(st.sampled_from(_TITLE_WORDS), min_size=min_words, max_size=max_words))
    words[0] = words[0][0].upper() + words[0][1:]
    title = " ".join(words)
    shape = draw(st.integers(0, 6 if marks else 5))
    if shape == 0:
        return f"{draw(st.sampled_from(_TOPICS)).capitalize()}: {title}"
    if shape == 1:
        return f"'{draw(st.sampled_from(_QUOTES))}': {title}"
    if shape == 6:
        return title + draw(st.sampled_from(("?", "!", "...")))
    return title


@st.composite
def _unspaced_headlines(draw: DrawFn, script: str, min_words: int, max_words: int, *, marks: bool) -> str:
    pieces = {
        "chinese": _ZH_WHO + _ZH_PLACES + _ZH_TOPICS + _ZH_VERBS,
        "japanese": _JA_WHO + _JA_PLACES + _JA_TOPICS,
        "thai": _TH_WHO + _TH_PLACES + _TH_TOPICS,
    }[script]
    # A piece is a word or a few (two to twenty characters): fewer pieces keep the longest in a title's length.
    most = max(min_words, max_words // 2 if script == "thai" else max_words * 2 // 3)
    words = draw(st.lists(st.sampled_from(pieces), min_size=max(min_words, 1), max_size=most))
    if script == "thai":
        return " ".join(words)
    joiner = "、" if script == "japanese" else "，"
    title = words[0] + "".join(draw(st.sampled_from(("", "", joiner))) + word for word in words[1:])
    if marks and draw(st.integers(0, 5)) == 0:
        title += draw(st.sampled_from(("？", "！")))
    return title


@st.composite
def _sources(draw: DrawFn) -> SourceLine:
    credits = draw(st.lists(st.sampled_from(_CREDITS), min_size=1, max_size=3, unique=True))
    text = credits[0]
    for credit in credits[1:]:
        text += draw(st.sampled_from((", ", " and ", " And ", " & "))) + credit
    label = draw(st.sampled_from(("SOURCE", "Source", None)))
    return SourceLine(label, text, split_credits(text), _NOWHERE)


@st.composite
def names(draw: DrawFn) -> str:
    """A person's name as bylines write it: non-ASCII letters, particles, initials, hyphens."""
    first = draw(st.sampled_from(_FIRST_NAMES))
    middle = draw(st.sampled_from(("", "", "", " Q.", " Mary")))
    return f"{first}{middle} {draw(st.sampled_from(_LAST_NAMES))}"


@st.composite
def bylines(draw: DrawFn) -> tuple[str, tuple[str, ...]]:
    """A ``(line, authors)`` pair: a byline naming one to four drawn authors, and those names.

    ``By Jane Doe``, ``By: Jane Doe and John Roe``, ``By . Jane Doe .``,
    ``By Jane Doe, John Roe & Mei Nguyen, Reuters``, ``Jane Doe | Political editor``.
    """
    authors = tuple(draw(st.lists(names(), min_size=1, max_size=4, unique=True)))
    joined = authors[0]
    for index, name in enumerate(authors[1:], start=2):
        last = index == len(authors)
        joined += draw(st.sampled_from((" and ", " & "))) if last else ", "
        joined += name
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"By {joined}", authors
    if shape == 1:
        return f"By: {joined}", authors
    if shape == 2:
        return f"By . {joined} .", authors
    if shape == 3:
        return f"By {joined}, {draw(st.sampled_from(('Reuters', 'AP', 'Staff')))}", authors
    role = draw(st.sampled_from(("Political editor", "Staff writer", "Chief correspondent")))
    return f"{joined} | {role}", authors


@st.composite
def timestamp_lines(draw: DrawFn) -> tuple[str, Timestamp]:
    """A ``(line, timestamp)`` pair: a drawn moment written in one of the formats dumps use.

    ``Published: 17 Sep 2016 15:47 GMT``, ``Last updated on 17 September 2016``,
    ``PUBLISHED: . 14:11 EST, 25 October 2013 .``, ``Fri Oct 20, 2006 4:25pm EDT``,
    ISO 8601 with an offset, and a bare date. The timestamp's span is a placeholder.
    """
    moment = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 31)))
    moment = moment.replace(second=0, microsecond=0)
    zone, hours = draw(st.sampled_from(_ZONES))
    aware = moment.replace(tzinfo=timezone(timedelta(hours=hours)))
    day = moment.replace(hour=0, minute=0)
    clock = f"{moment.hour % 12 or 12}:{moment:%M}{'am' if moment.hour < 12 else 'pm'}"
    shapes = (
        (f"Published: {moment.day} {moment:%b %Y %H:%M} {zone}", aware, False, TimestampKind.PUBLISHED),
        (f"Last updated on {moment.day} {moment:%B %Y}", day, True, TimestampKind.UPDATED),
        (f"PUBLISHED: . {moment:%H:%M} {zone}, {moment.day} {moment:%B %Y} .", aware, False, TimestampKind.PUBLISHED),
        (f"{moment:%a %b} {moment.day}, {moment.year} {clock} {zone}", aware, False, TimestampKind.PUBLISHED),
        (aware.isoformat(), aware, False, TimestampKind.PUBLISHED),
        (f"{moment:%B} {moment.day}, {moment.year}", day, True, TimestampKind.PUBLISHED),
    )
    line, value, date_only, kind = draw(st.sampled_from(shapes))
    return line, Timestamp(kind, value, date_only, line, _NOWHERE)


# Drawn records get their real spans from the rendering; this stands in until then.
_NOWHERE = Span(0, 0, 1, 1)


@st.composite
def articles(draw: DrawFn, *, min_paragraphs: int = 3, max_paragraphs: int = 10, script: str | None = None) -> Article:
    """A realistic article, with the spans and blocks of its default rendering.

    The headline, standfirst (only under a headline), byline and timestamp
    line (only under a headline), related links, source line and promos (0 to
    4) are each present or not, as in real dumps; the body has
    ``min_paragraphs`` to ``max_paragraphs`` paragraphs of several sentences.
    Related links stand between paragraphs.

    ``script`` (see :func:`sentences`; drawn when ``None``, most often Latin)
    is that of the headline, standfirst, paragraphs, related links and promos;
    bylines, timestamps and source lines stay in English. An article in
    Chinese, Japanese or Thai always has a headline (a first paragraph ending
    in ``！`` or ``？``, or in no mark, may read as one), and a Thai one no standfirst (a
    Thai sentence alone, with no mark, reads as a paragraph or a title by its
    length): the shapes docs/scripts.md promises to read back.
    """
    script = _script(draw, script)
    texts = draw(st.lists(paragraphs(script=script), min_size=min_paragraphs, max_size=max_paragraphs, unique=True))
    body = tuple(Paragraph(text, Role.PARAGRAPH, _NOWHERE) for text in texts)
    # Without a headline, a first paragraph of Han or kana ending in ！ or ？ reads as one (a stop inside
    # a line is no sentence break in these scripts: Japanese headlines hold one), and one of Thai,
    # unmarked, may: these always have one.
    headline = draw(headlines(script=script) if script != "latin" else st.none() | headlines())
    # A Thai sentence has no mark, and one alone reads as a paragraph by its length: no Thai standfirst.
    standfirst = None if headline is None or script == "thai" else draw(st.none() | sentences(script=script))
    inner = range(1, len(body))
    positions = draw(st.lists(st.sampled_from(inner), max_size=3, unique=True)) if inner else []
    # A related link ending in "?" reads as a one-line question paragraph, so links are drawn unpunctuated.
    links = headlines(marks=False, script=script)
    related = tuple(RelatedLink(draw(links), _NOWHERE, position) for position in sorted(positions))
    source = draw(st.none() | _sources())
    titles = draw(st.lists(headlines(script=script), max_size=4, unique=True))
    blurbs = sentences(script=script).filter(lambda s: s.endswith((".", "。")))
    promos = tuple(Promo(title, draw(blurbs), _NOWHERE) for title in titles)
    byline = stamp = None
    if headline is not None and draw(st.booleans()):
        line, authors = draw(bylines())
        byline = Byline(line, authors, _NOWHERE)
    if headline is not None and draw(st.booleans()):
        stamp = draw(timestamp_lines())[1]
    draft = Article(
        headline=headline,
        standfirst=standfirst,
        body=body,
        related=related,
        source=source,
        promos=promos,
        byline=byline,
        timestamps=() if stamp is None else (stamp,),
        published=stamp.value if stamp and stamp.kind is TimestampKind.PUBLISHED else None,
        updated=stamp.value if stamp and stamp.kind is TimestampKind.UPDATED else None,
    )
    laid = lay_out(draft)[1]
    # The language a parse of the rendering detects (English for Latin prose, none for the others).
    prose, blocks = [paragraph.text for paragraph in laid.body], [block.text for block in laid.blocks]
    language = article_language(laid.headline, laid.standfirst, prose, blocks, DEFAULT_CONFIG)
    return attrs.evolve(laid, language=language, language_source="detected" if language else None)


@st.composite
def styles(draw: DrawFn) -> Style:
    """A layout real dumps use: indentation, line ends, hard wrapping, blank lines, a final newline or not."""
    indent = draw(st.sampled_from(("    ", "", "  ", "\t")))
    width = draw(st.none() | st.integers(40, 100))
    gaps = st.integers(0, 2) if indent or width is None else st.integers(1, 2)
    return Style(
        indent=indent,
        line_end=draw(st.sampled_from(("\n", "\r\n", "\r"))),
        width=width,
        paragraph_gap=draw(gaps),
        final_newline=draw(st.booleans()),
    )


@st.composite
def _noisy(draw: DrawFn, text: str, line_end: str) -> str:
    """``text`` with the noise of real dumps: trailing white space, extra blank lines, no-break spaces, a BOM."""
    lines = text.split(line_end)
    noisy: list[str] = [""] * draw(st.integers(0, 2))
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index + 1 == len(lines) or not lines[index + 1].strip()
        )
        if line.strip() and alone and draw(st.integers(0, 5)) == 0:  # as before a related link in the seed
            content = len(line) - len(line.lstrip())
            line = line[:content] + "\u00a0" + line[content:]
        if line.strip() and draw(st.integers(0, 4)) == 0:
            line += draw(st.sampled_from((" ", "  ", "\t", "\u00a0", " \u00a0 ")))
        noisy.append(line)
        blank_follows = index + 1 < len(lines) and not lines[index + 1].strip()
        if blank_follows and draw(st.integers(0, 5)) == 0:
            noisy.append(draw(st.sampled_from(("", " ", "\t"))))
    noisy.extend([""] * draw(st.integers(0, 2)))
    return ("\ufeff" if draw(st.booleans()) else "") + line_end.join(noisy)


def shows_its_wrap(text: str, style: Style) -> bool:
    """Whether ``text``, rendered in ``style``, shows a reader that it is hard-wrapped.

    A wrap shows where a wrapped line is continued by a lower-case word. Text
    wrapped so that every break falls at a sentence end looks exactly like one
    sentence a line, and is read that way (a documented limit).
    """
    if style.width is None:
        return True
    lines = text.split(style.line_end)
    return any(line.strip() and after.lstrip()[:1].islower() for line, after in pairwise(lines))


@st.composite
def dumps(draw: DrawFn, article: SearchStrategy[Article] | None = None) -> tuple[Article, str]:
    """An ``(article, text)`` pair: the article rendered in a drawn style, with noise.

    Articles come from ``article``, a strategy, or :func:`articles` when it is
    ``None``. When a drawn hard wrap would not show (see :func:`shows_its_wrap`),
    the article is written unwrapped instead, so the text always reads as the article.
    """
    drawn = draw(article if article is not None else articles())
    style = draw(styles())
    text = render(drawn, style=style)
    if not shows_its_wrap(text, style):
        style = attrs.evolve(style, width=None)
        text = render(drawn, style=style)
    return drawn, draw(_noisy(text, style.line_end))


# Exports: invented publications, as the vendors' layouts write them.
_PUBLICATIONS = (
    "The Northern Courier",
    "The Daily Ledger",
    "Wireline News Service",
    "The Oxford Chronicle",
    "Business Daily",
    "The Harbour Gazette (Eastmere)",
    "Morgenpost am Sonntag",
    "La Voix du Littoral",
)
_SECTIONS = ("NEWS", "POLITICS", "FEATURES", "BUSINESS", "SPORT", "WORLD NEWS", "COMMENT")
_EDITIONS = ("Final Edition", "Late Edition", "First Edition", "Edition 1;\nScotland")
_SEPARATORS = ("=" * 40, "-" * 30, "* * *", "#####", "~" * 20)
_RULE = "_" * 60
_WIDTH = 80  # LexisNexis centres its furniture on a line this wide


@attrs.frozen
class _Export:
    """One drawn article of an export, before it is laid out."""

    headline: str
    paragraphs: tuple[str, ...]
    authors: tuple[tuple[str, str], ...]  # (given names, family name)
    moment: datetime
    zone: tuple[str, int] | None
    publication: str
    section: str | None
    page: int
    edition: str | None
    ident: int


@st.composite
def _export_articles(draw: DrawFn, ident: int) -> _Export:
    given = st.builds(
        lambda first, middle: first + middle, st.sampled_from(_FIRST_NAMES), st.sampled_from(("", " Q.", " Mary"))
    )
    authors = draw(st.lists(st.tuples(given, st.sampled_from(_LAST_NAMES)), max_size=3, unique_by=lambda name: name[1]))
    moment = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2035, 12, 31)))
    return _Export(
        headline=draw(headlines()),
        paragraphs=tuple(draw(st.lists(paragraphs(), min_size=2, max_size=5, unique=True))),
        authors=tuple(authors),
        moment=moment.replace(second=0, microsecond=0),
        zone=draw(st.none() | st.sampled_from(_ZONES)),
        publication=draw(st.sampled_from(_PUBLICATIONS)),
        section=draw(st.none() | st.sampled_from(_SECTIONS)),
        page=draw(st.integers(1, 60)),
        edition=draw(st.none() | st.sampled_from(_EDITIONS)),
        ident=ident,
    )


def _joined_names(authors: tuple[tuple[str, str], ...]) -> str:
    names = [f"{given} {family}" for given, family in authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _words(drawn: _Export) -> int:
    return sum(len(paragraph.split()) for paragraph in drawn.paragraphs)


def _published(drawn: _Export, *, timed: bool) -> datetime:
    if not timed:
        return drawn.moment.replace(hour=0, minute=0)
    if drawn.zone is None:
        return drawn.moment
    return drawn.moment.replace(tzinfo=timezone(timedelta(hours=drawn.zone[1])))


def _clock(drawn: _Export) -> str:
    moment = drawn.moment
    zone = f" {drawn.zone[0]}" if drawn.zone else ""
    return f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}{zone}"


def _copyright(drawn: _Export) -> str:
    return f"Copyright {drawn.moment.year} {drawn.publication.removeprefix('The ')} Ltd"


def _expected(drawn: _Export, **fields: object) -> Article:
    """The article ``parse_all`` should give for ``drawn``: its headline, body and the export's fields."""
    body = tuple(Paragraph(text, Role.PARAGRAPH, _NOWHERE) for text in drawn.paragraphs)
    return Article(headline=drawn.headline, body=body, **fields)  # type: ignore[arg-type]


def _byline(text: str | None, drawn: _Export) -> Byline | None:
    authors = tuple(f"{given} {family}" for given, family in drawn.authors)
    return None if text is None else Byline(text, authors, _NOWHERE)


def _wrapped(paragraph: str, width: int | None) -> str:
    return paragraph if width is None else "\n".join(textwrap.wrap(paragraph, width, break_on_hyphens=False))


def _body(drawn: _Export, width: int | None) -> str:
    return "\n\n".join(_wrapped(paragraph, width) for paragraph in drawn.paragraphs)


def _centre(text: str) -> str:
    return " " * max(0, (_WIDTH - len(text)) // 2) + text


def _lexisnexis(draw: DrawFn, items: list[_Export]) -> tuple[str, list[Article]]:
    """A LexisNexis (classic) export: request header, centred counters, labelled fields, hard-wrapped bodies."""
    parts, expected = [], []
    if draw(st.booleans()):
        parts.append(
            f"\n\nDownload Request: Selected Items: 1-{len(items)}\n"
            "Time Of Request: Monday, March 9, 2015  09:12:44\n\n"
            "Send To:\n   RESEARCH SERVICES\n   EXAMPLE UNIVERSITY LIBRARY\n\nTerms: (harbour or budget)\n\n"
            "Source: Major World Publications (English)\nProject ID: None\n\n"
        )
    width = draw(st.integers(60, 80))
    for number, drawn in enumerate(items, start=1):
        timed = draw(st.booleans())
        date = f"{drawn.moment:%B} {drawn.moment.day}, {drawn.moment.year} {drawn.moment:%A}"
        date += f" {_clock(drawn)}" if timed else ""
        lines = [
            "",
            _centre(f"{number} of {len(items)} DOCUMENTS"),
            "",
            "",
            _centre(drawn.publication),
            "",
            _centre(date),
        ]
        lines += [_centre(line) for line in (drawn.edition or "").split("\n") if line]
        lines += ["", *textwrap.wrap(drawn.headline, 60), ""]
        fields: list[tuple[str, str]] = []
        if drawn.authors:
            fields.append(("BYLINE", draw(st.sampled_from(("", "By "))) + _joined_names(drawn.authors)))
        if drawn.section is not None:
            fields.append(("SECTION", f"{drawn.section}; Pg. {drawn.page}"))
        fields.append(("LENGTH", f"{_words(drawn)} words"))
        lines += [line for label, value in fields for line in (f"{label}: {value}", "")]
        body = _body(drawn, width)
        if not shows_its_wrap(body, Style(width=width)):
            body = _body(drawn, None)  # a wrap falling only at sentence ends reads as a line a sentence
        lines += [body, ""]
        loaded = drawn.moment + timedelta(days=1)
        trailer = [("LOAD-DATE", f"{loaded:%B} {loaded.day}, {loaded.year}"), ("LANGUAGE", "ENGLISH")]
        trailer.append(("PUBLICATION-TYPE", "Newspaper"))
        if draw(st.booleans()):
            trailer.append(("JOURNAL-CODE", "".join(word[0] for word in drawn.publication.split()).upper()))
        lines += [line for label, value in trailer for line in (f"{label}: {value}", "")]
        lines += ["", _centre(_copyright(drawn)), _centre("All Rights Reserved"), ""]
        parts.append("\n".join(lines) + "\n")
        expected.append(
            _expected(
                drawn,
                byline=_byline(fields[0][1] if drawn.authors else None, drawn),
                published=_published(drawn, timed=timed),
                publication=drawn.publication,
                section=None if drawn.section is None else f"{drawn.section}; Pg. {drawn.page}",
                language="en",
                language_source="export",
                word_count=_words(drawn),
                copyright=f"{_copyright(drawn)} All Rights Reserved",
                header_fields=(*fields, *trailer),
            )
        )
    return "".join(parts), expected


def _nexis_uni(draw: DrawFn, items: list[_Export]) -> tuple[str, list[Article]]:
    """A Nexis Uni export: a cover page, then each article closed by ``End of Document``."""
    parts, expected = [], []
    if draw(st.booleans()):
        listing = "\n".join(f"{number}. {drawn.headline}" for number, drawn in enumerate(items, start=1))
        parts.append(
            "Date and Time: Monday, March 9, 2015 9:30:00 AM EST\nJob Number: 1234\n\n"
            f"Documents ({len(items)})\n\n{listing}\n\n\n"
        )
    for drawn in items:
        timed = draw(st.booleans())
        date = f"{drawn.moment:%B} {drawn.moment.day}, {drawn.moment.year} {drawn.moment:%A}"
        date += f" {_clock(drawn)}" if timed else ""
        edition = [] if drawn.edition is None else [drawn.edition.replace("\n", " ")]
        meta = [drawn.publication, date, *edition, f"{_copyright(drawn)} All Rights Reserved"]
        fields: list[tuple[str, str]] = []
        if drawn.section is not None:
            fields.append(("Section", f"{drawn.section}; Pg. {drawn.page}"))
        fields.append(("Length", f"{_words(drawn)} words"))
        if drawn.authors:
            fields.append(("Byline", _joined_names(drawn.authors)))
        loaded = drawn.moment + timedelta(days=1)
        trailer = [("Language", "ENGLISH"), ("Publication-Type", "Newspaper")] if draw(st.booleans()) else []
        trailer.append(("Load-Date", f"{loaded:%B} {loaded.day}, {loaded.year}"))
        classification = "Classification\n\n" if len(trailer) > 1 else ""
        text = f"{drawn.headline}\n\n" + "\n".join(meta) + "\n\n" + "\n".join(f"{k}: {v}" for k, v in fields)
        text += f"\n\nBody\n\n{_body(drawn, None)}\n\n{classification}"
        text += "\n\n".join(f"{k}: {v}" for k, v in trailer) + "\n\nEnd of Document\n\n\n"
        parts.append(("\f" if draw(st.booleans()) else "") + text)
        expected.append(
            _expected(
                drawn,
                byline=_byline(_joined_names(drawn.authors) if drawn.authors else None, drawn),
                published=_published(drawn, timed=timed),
                publication=drawn.publication,
                section=None if drawn.section is None else f"{drawn.section}; Pg. {drawn.page}",
                language="en" if len(trailer) > 1 else None,
                language_source="export" if len(trailer) > 1 else None,
                word_count=_words(drawn),
                copyright=f"{_copyright(drawn)} All Rights Reserved",
                header_fields=(*fields, *trailer),
            )
        )
    return "".join(parts), expected


def _factiva(draw: DrawFn, items: list[_Export]) -> tuple[str, list[Article]]:
    """A Factiva export: positional header lines, the body, and a ``Document <id>`` line closing each article."""
    parts, expected = [], []
    for drawn in items:
        timed = draw(st.booleans())
        code = "".join(word[:2] for word in drawn.publication.split() if word.isalpha()).upper()[:8]
        ident = f"{code.ljust(10, '0')}{drawn.moment:%Y%m%d}eb{drawn.ident:07d}"[:25]
        byline = f"By {_joined_names(drawn.authors)}" if drawn.authors else None
        lines = [drawn.headline, *([byline] if byline else []), f"{_words(drawn):,} words"]
        lines.append(f"{drawn.moment.day} {drawn.moment:%B} {drawn.moment.year}")
        if timed:
            lines.append(f"{drawn.moment:%H:%M}" + (f" {drawn.zone[0]}" if drawn.zone else ""))
        lines += [drawn.publication, code, "English", f"{_copyright(drawn)}. All Rights Reserved."]
        parts.append("\n".join(lines) + f"\n\n{_body(drawn, None)}\n\nDocument {ident}\n\n\n")
        expected.append(
            _expected(
                drawn,
                byline=_byline(byline, drawn),
                published=_published(drawn, timed=timed),
                publication=drawn.publication,
                language="en",
                language_source="export",
                word_count=_words(drawn),
                copyright=f"{_copyright(drawn)}. All Rights Reserved.",
                header_fields=(("Document", ident),),
            )
        )
    return "".join(parts), expected


def _proquest(draw: DrawFn, items: list[_Export]) -> tuple[str, list[Article]]:
    """A ProQuest export: labelled fields, ``Full text:``, more fields, rules of underscores between articles."""
    parts, expected = [], []
    if draw(st.booleans()):
        parts.append("ProQuest\n\nReport generated 9 March 2015 by Example University Library\n\n")
    for number, drawn in enumerate(items, start=1):
        authors = "; ".join(f"{family}, {given}" for given, family in drawn.authors)
        day = f"{drawn.moment:%d %b %Y}"
        info = f"{drawn.publication}; London [London]. {day}: {drawn.page}."
        head: list[tuple[str, str]] = [("Title", drawn.headline)]
        if drawn.authors:
            head.append(("Author", authors))
        head.append(("Publication info", info))
        counter = f"Document {number} of {len(items)}\n\n" if draw(st.booleans()) else ""
        text = f"{_RULE}\n\n{counter}" + "".join(f"{k}: {v}\n\n" for k, v in head) + "ProQuest document link\n\n"
        first, *rest = drawn.paragraphs
        if draw(st.booleans()):
            text += f"Full text: {first}\n\n" + "".join(f"{paragraph}\n\n" for paragraph in rest)
        else:
            text += "Full text:\n\n" + "".join(f"{paragraph}\n\n" for paragraph in drawn.paragraphs)
        tail: list[tuple[str, str]] = [
            ("Subject", "News"),
            ("Title", drawn.headline),
            ("Publication title", drawn.publication),
        ]
        tail.append(("Publication date", f"{drawn.moment:%b} {drawn.moment.day}, {drawn.moment.year}"))
        if drawn.section is not None:
            tail.append(("Section", drawn.section.title()))
        tail += [("Language of publication", "English"), ("ProQuest document ID", str(1_000_000 + drawn.ident))]
        tail.append(("Copyright", _copyright(drawn)))
        parts.append(text + "".join(f"{k}: {v}\n\n" for k, v in tail))
        expected.append(
            _expected(
                drawn,
                byline=_byline(authors if drawn.authors else None, drawn),
                published=_published(drawn, timed=False),
                publication=drawn.publication,
                section=None if drawn.section is None else drawn.section.title(),
                language="en",
                language_source="export",
                copyright=_copyright(drawn),
                header_fields=(*head, *tail),
            )
        )
    parts.append(f"{_RULE}\n")
    return "".join(parts), expected


# What may open a part besides its headline: characters the normaliser treats specially. A form feed
# opens parts joined by form feeds only; in a file joined by separator lines it would be a boundary too.
_PART_LEADS = ("", "", "", "\ufeff", "\r", "\ufeff\ufeff", "\r\n")


def _joined(draw: DrawFn, layout: ExportLayout, count: int) -> tuple[str, list[Article]]:
    """One-article dumps, each with a headline, joined by form feeds or by a separator line."""
    drawn = [draw(articles(max_paragraphs=5)) for _ in range(count)]
    # A part is a whole dump: one drawn without a headline is given one.
    drawn = [
        article if article.headline else lay_out(attrs.evolve(article, headline=draw(headlines())))[1]
        for article in drawn
    ]
    # A part may open with a byte-order mark (each file joined kept its own), a carriage return, a form feed.
    leads = (*_PART_LEADS, "\f") if layout is ExportLayout.FORM_FEEDS else _PART_LEADS
    texts = [draw(st.sampled_from(leads)) + render(article) for article in drawn]
    if layout is ExportLayout.FORM_FEEDS:
        joins = [draw(st.sampled_from(("\n\f\n", "\n\f", "\n\n\f\n\n"))) for _ in texts[1:]]
        text = texts[0] + "".join(join + part for join, part in zip(joins, texts[1:], strict=True))
        return text, drawn
    separator = f"\n\n{draw(st.sampled_from(_SEPARATORS))}\n\n"
    # The separator must stand twice at least: after the last dump too when there are only two.
    closing = separator if len(texts) == 2 or (len(texts) > 2 and draw(st.booleans())) else ""
    return separator.join(texts) + closing, drawn


@st.composite
def exports(
    draw: DrawFn, layout: ExportLayout | None = None, *, min_articles: int = 1, max_articles: int = 4
) -> tuple[tuple[Article, ...], str]:
    """An ``(articles, text)`` pair: drawn articles written into one file in an export layout.

    ``layout`` is drawn when ``None``. The vendors' layouts follow their
    documented conventions: LexisNexis with its request header, centred counter,
    publication, date line (with a time and a zone, sometimes) and edition lines,
    a headline wrapped over lines, ``BYLINE:``/``SECTION:``/``LENGTH:`` fields, a
    hard-wrapped body, trailer fields and centred copyright lines, in CRLF with a
    byte-order mark or not; Nexis Uni with its cover page and ``End of
    Document``; Factiva with its positional header and ``Document <id>``; ProQuest
    with its labelled fields and rules. Bylines name none to three authors;
    sections and editions come and go. Joined layouts join dumps drawn from
    :func:`articles` (each with a headline), a part now and then opening with a
    byte-order mark, a carriage return or a form feed, as files joined as they
    were written do.

    The articles are what :func:`articleparse.parse_all` should find: headline,
    body, byline and its authors, publication time, and the export's fields
    (``publication``, ``section``, ``language``, ``word_count``, ``copyright``,
    ``header_fields``). Their spans are not those of the text: compare fields.
    The language is the export's (``en``, from ``ENGLISH``); where the export
    names none, it is ``None`` here and the parse detects one: compare it where
    ``language_source`` is ``"export"``.

    >>> from hypothesis import given
    >>> import articleparse
    >>> @given(exports())
    ... def test_my_pipeline_finds_every_article(export):
    ...     articles, text = export
    ...     assert [a.headline for a in articleparse.parse_all(text)] == [a.headline for a in articles]
    >>> test_my_pipeline_finds_every_article()
    """
    chosen = layout if layout is not None else draw(st.sampled_from(tuple(ExportLayout)))
    count = draw(st.integers(min_articles, max_articles))
    if chosen in (ExportLayout.FORM_FEEDS, ExportLayout.SEPARATOR_LINES):
        text, expected = _joined(draw, chosen, count)
        return tuple(expected), text
    items = [draw(_export_articles(ident)) for ident in range(count)]
    writers = {
        ExportLayout.LEXISNEXIS: _lexisnexis,
        ExportLayout.NEXIS_UNI: _nexis_uni,
        ExportLayout.FACTIVA: _factiva,
        ExportLayout.PROQUEST: _proquest,
    }
    text, expected = writers[chosen](draw, items)
    if chosen is ExportLayout.LEXISNEXIS and draw(st.booleans()):
        text = "\ufeff" + text.replace("\n", "\r\n")  # as LexisNexis writes its files
    return tuple(expected), text
