"""An article's language as an ISO 639-1 code: an export's label mapped, or detected from the text.

Detection weighs the function words of the configured languages
(:data:`~articleparse.DEFAULT_LANGUAGES`: English, German, French, Spanish,
Italian, Portuguese, Dutch), the same data the classifier weighs prose with.
The text is the article's headline, standfirst and body; when they hold fewer
than :data:`MIN_WORDS` words, every block of the dump. A language is named only
when it is plainly the text's (see :func:`detect_language`); otherwise the
answer is ``None``, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from articleparse._config import ParserConfig, compiled

__all__ = [
    "MIN_FUNCTION_WORDS",
    "MIN_MARGIN",
    "MIN_SHARE",
    "MIN_WORDS",
    "article_language",
    "detect_language",
    "language_code",
]

#: Below this many words in the headline, standfirst and body, every block of the dump is read instead.
MIN_WORDS = 20
#: The best language's function words make up at least this share of the words (prose runs at 35-55 %; text in
#: a language not configured reaches 10-15 % by words that look alike: Swedish "en", "han" are Spanish ones)...
MIN_SHARE = 0.2
#: ... number at least this many...
MIN_FUNCTION_WORDS = 3
#: ... and at least this many times the next language's (a word two languages share counts for both).
MIN_MARGIN = 1.5
# Only so much text is read: a language shows in its first pages.
_MAX_CHARS = 50_000
# Words of two letters or more: one-letter words ("a", "o", "y", "e") are bullets and initials as often as words.
_WORD = re.compile(r"[^\W\d_]{2,}")

# Language labels of news databases' exports (English names, the languages' own names, and three-letter
# codes), lower case, to their ISO 639-1 codes.
_LANGUAGE_NAMES = {
    name: code
    for code, names in {
        "ar": "arabic arabe arabisch ara",
        "bg": "bulgarian bul",
        "ca": "catalan català cat",
        "cs": "czech čeština cze ces",
        "da": "danish dansk dan",
        "de": "german deutsch allemand alemán alemao alemão tedesco duits ger deu",
        "el": "greek ελληνικά gre ell",
        "en": "english englisch anglais inglés ingles inglese inglês engels eng",
        "es": "spanish español espanol spanisch espagnol castellano spagnolo espanhol spaans spa",
        "fi": "finnish suomi fin",
        "fr": "french français francais französisch franzosisch francés frances francese francês frans fre fra",
        "he": "hebrew heb",
        "hi": "hindi hin",
        "hr": "croatian hrvatski hrv",
        "hu": "hungarian magyar hun",
        "id": "indonesian ind",
        "it": "italian italiano italienisch italien italiaans ita",
        "ja": "japanese 日本語 jpn",
        "ko": "korean 한국어 kor",
        "nl": "dutch nederlands niederländisch niederlandisch néerlandais neerlandais flemish vlaams dut nld",
        "no": "norwegian norsk nor",
        "pl": "polish polski pol",
        "pt": "portuguese português portugues portugiesisch portugais portugués portoghese portugees por",
        "ro": "romanian română romana rum ron",
        "ru": "russian русский rus",
        "sk": "slovak slovenčina slo slk",
        "sl": "slovenian slovene slovenščina slv",
        "sr": "serbian srpski srp",
        "sv": "swedish svenska swe",
        "tr": "turkish türkçe turkce tur",
        "uk": "ukrainian українська ukr",
        "vi": "vietnamese vie",
        "zh": "chinese 中文 chi zho",
    }.items()
    for name in names.split()
}
_CODES = frozenset(_LANGUAGE_NAMES.values())
# "en", "en-GB", "pt_BR": a code, with a region or not.
_CODE = re.compile(r"([a-z]{2})(?:[-_][a-z]{2})?")


def language_code(label: str | None) -> str | None:
    """The ISO 639-1 code an export's language label names, or ``None`` when it names none known.

    >>> language_code("ENGLISH"), language_code("Deutsch"), language_code("pt-BR"), language_code("Klingon")
    ('en', 'de', 'pt', None)
    """
    if label is None:
        return None
    key = " ".join(label.split()).casefold().rstrip(".")
    if key in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[key]
    code = _CODE.fullmatch(key)
    return code.group(1) if code and code.group(1) in _CODES else None


def detect_language(article_texts: Iterable[str], dump_texts: Iterable[str], config: ParserConfig) -> str | None:
    """The code of the configured language ``article_texts`` are written in (``dump_texts`` when they are short).

    ``dump_texts`` (every block of the dump) are read instead when
    ``article_texts`` (headline, standfirst, body) hold fewer than
    :data:`MIN_WORDS` words and they hold more.

    A language is named when its function words (of two letters or more) make
    up at least :data:`MIN_SHARE` of the words, number at least
    :data:`MIN_FUNCTION_WORDS`, and at least :data:`MIN_MARGIN` times the next
    language's; otherwise ``None``: a text in a language the configuration does
    not know, a mix, a menu or a table of names.

    >>> from articleparse import DEFAULT_CONFIG
    >>> german = "Die Regierung hat am Montag gesagt, dass sie die Steuern nicht erhöhen wird."
    >>> detect_language([german], [], DEFAULT_CONFIG)
    'de'
    >>> detect_language(["Tokyo Osaka Kyoto"], ["Tokyo Osaka Kyoto"], DEFAULT_CONFIG) is None
    True
    """
    words = _words(article_texts)
    if len(words) < MIN_WORDS:
        words = max(words, _words(dump_texts), key=len)
    vocabulary = compiled(config)
    languages_of = vocabulary.languages_of
    covered = [0] * len(vocabulary.function_words)
    for word in words:
        for language in languages_of.get(word, ()):
            covered[language] += 1
    if not covered:
        return None
    ranked = sorted(range(len(covered)), key=covered.__getitem__, reverse=True)
    best = covered[ranked[0]]
    runner_up = covered[ranked[1]] if len(ranked) > 1 else 0
    if best < MIN_FUNCTION_WORDS or best < MIN_SHARE * len(words) or best < MIN_MARGIN * runner_up:
        return None
    return vocabulary.function_words[ranked[0]][0]


def article_language(
    headline: str | None, standfirst: str | None, body: Iterable[str], blocks: Iterable[str], config: ParserConfig
) -> str | None:
    """The language detected in an article: its headline, standfirst and ``body`` texts, else its ``blocks``' texts."""
    prose = (text for text in (headline, standfirst, *body) if text)
    return detect_language(prose, blocks, config)


def _words(texts: Iterable[str]) -> list[str]:
    """The lower-case words of ``texts``, read up to :data:`_MAX_CHARS` characters."""
    pieces: list[str] = []
    size = 0
    for text in texts:
        pieces.append(text[: _MAX_CHARS - size])
        size += len(pieces[-1])
        if size >= _MAX_CHARS:
            break
    return _WORD.findall("\n".join(pieces).casefold())
