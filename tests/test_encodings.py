"""Legacy code pages: detected from the bytes rather than assumed, checked by comparing decoded text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import articleparse
from articleparse import DiagnosticCode
from articleparse._decode import decode

from .conftest import shared_or_skip

RUSSIAN = """Президент России встретился с главами регионов

Встреча прошла в понедельник в Москве. Президент обсудил с губернаторами подготовку к зиме и ремонт дорог.

По словам пресс-службы, главы регионов рассказали о работе больниц и школ. Особое внимание уделено жилью.

Следующая встреча запланирована на весну. Итоги будут опубликованы на официальном сайте."""
SIMPLIFIED_CHINESE = """北京举行国际科技创新大会

本周一，来自三十多个国家的科学家和企业代表在北京参加了国际科技创新大会。会议讨论了人工智能、新能源和生物医药等领域的最新进展。

组委会表示，今年的参会人数比去年增加了两成。许多年轻研究人员第一次在大会上发表了自己的成果。

大会将持续三天，闭幕式上将公布年度创新奖的获奖名单。"""
TRADITIONAL_CHINESE = """台北舉行國際科技創新大會

本週一，來自三十多個國家的科學家和企業代表在台北參加了國際科技創新大會。會議討論了人工智慧、新能源和生物醫藥等領域的最新進展。

主辦單位表示，今年的參會人數比去年增加了兩成。許多年輕研究人員第一次在大會上發表了自己的成果。

大會將持續三天，閉幕式上將公布年度創新獎的得獎名單。"""
JAPANESE = """東京で新しい美術館が開館

東京都内に新しい美術館が土曜日に開館し、初日から多くの人が訪れた。館内には国内外の現代美術の作品がおよそ三百点展示されている。

館長は記者会見で「子どもから高齢者まで、誰もが気軽に芸術に触れられる場所にしたい」と話した。

入館料は一般千円で、高校生以下は無料となっている。開館時間は午前十時から午後六時までだ。"""
KOREAN = """서울에서 국제 영화제 개막

올해로 스무 번째를 맞은 국제 영화제가 금요일 서울에서 개막했다. 이번에는 사십여 개국의 이백 편의 영화가 상영된다.

집행위원회는 젊은 감독들의 작품을 많이 소개하겠다고 밝혔다. 관객과의 대화 행사도 매일 열린다.

영화제는 다음 주 일요일까지 계속되며 폐막식에서 수상작이 발표된다."""
# Ά is a byte where ISO-8859-7 and cp1253 differ (0xB6, ¶ in cp1253).
GREEK = """Νέο μουσείο ανοίγει στην Αθήνα

Ένα νέο μουσείο σύγχρονης τέχνης άνοιξε (Άνοιξη 2024) το Σάββατο. Χιλιάδες επισκέπτες ήρθαν την πρώτη ημέρα.

Ο διευθυντής του μουσείου δήλωσε ότι η συλλογή περιλαμβάνει έργα Ελλήνων και ξένων καλλιτεχνών.

Η είσοδος θα είναι δωρεάν για τους φοιτητές μέχρι το τέλος του μήνα."""
ARABIC = """افتتاح معرض الكتاب الدولي في القاهرة

افتتح يوم الأحد معرض القاهرة الدولي للكتاب بمشاركة أكثر من ألف دار نشر من عشرات الدول العربية والأجنبية.

وقال رئيس المعرض إن عدد الزوار في اليوم الأول تجاوز مئة ألف زائر، وإن برنامج هذا العام يضم ندوات وأمسيات شعرية.

ويستمر المعرض حتى نهاية الشهر الجاري، ويفتح أبوابه يوميا من العاشرة صباحا."""

NINE = [
    ("cp1251", RUSSIAN),
    ("koi8_r", RUSSIAN),
    ("gb18030", SIMPLIFIED_CHINESE),
    ("big5", TRADITIONAL_CHINESE),
    ("shift_jis", JAPANESE),
    ("euc_jp", JAPANESE),
    ("euc_kr", KOREAN),
    ("iso8859_7", GREEK),
    ("cp1256", ARABIC),
]
NINE_IDS = [codec for codec, _ in NINE]

# Per language: a headline of about 40 bytes and a paragraph of about 200, in cp1252.
WESTERN = {
    "german": (
        "Preis: 5 € für „Über“ – Größe der Brücke",
        "Der Bürgermeister sagte am Montag: “Wir haben 2,5 Mio. € für die Straße ausgegeben.” Die Brücke "
        "über den Fluss wird im Frühjahr fertig; die Kosten für Österreich: £ 3 Mio.",
    ),
    "french": (
        "L’été à Noël : 10 € “ça va” à Besançon",
        "Le maire a déclaré lundi : “Nous avons dépensé 2 millions d’€ pour la rénovation de l’école.” "
        "Les élèves reviendront en février, après des années de travaux à Besançon.",
    ),
    "spanish": (
        "¿Dónde está el niño? España paga 5 €",
        "El alcalde dijo el lunes: “¿Quién pagará los 5 millones de €?” La compañía española anunció que "
        "el año próximo abrirá una tienda en La Coruña y otra en Logroño.",
    ),
    "portuguese": (
        "São João: não há pão, só £ 3 ou 4 €",
        "O ministro disse na segunda-feira: “As eleições em São Paulo serão em outubro.” A população das "
        "regiões do interior não tem acesso às informações sobre as votações.",
    ),
    "italian": (
        "Città più bella d’Italia: £ 5 e € 3",
        "Il sindaco ha detto lunedì: “La città è più sicura di un anno fa.” Però i commercianti non sono "
        "d’accordo e chiedono più poliziotti; il costo sarà di 3 milioni di €.",
    ),
    "dutch": (
        "Café’s in Brussel: € 4 per “kop” koffie",
        "De burgemeester zei maandag: “We investeren € 3 miljoen in de café’s en ruïnes van de stad.” "
        "Volgens de coördinator zijn de reacties positief; in Londen kost het £ 2 miljoen.",
    ),
}


def _western(language: str, size: str) -> str:
    headline, paragraph = WESTERN[language]
    if size == "40":
        return headline
    if size == "200":
        return paragraph
    return "\n\n".join([headline, *[paragraph] * 12])[:2000]


def codes(article: articleparse.Article) -> list[DiagnosticCode]:
    return [diagnostic.code for diagnostic in article.diagnostics]


def texts(article: articleparse.Article) -> list[str]:
    return [block.text for block in article.blocks]


@pytest.mark.parametrize(("codec", "text"), NINE, ids=NINE_IDS)
def test_a_short_article_in_a_legacy_code_page_decodes_exactly(codec: str, text: str) -> None:
    data = text.encode(codec)
    assert 300 <= len(data) <= 800
    article = articleparse.parse_bytes(data)
    assert texts(article) == texts(articleparse.parse(text))
    assert texts(article)[0] == text.split("\n")[0]
    assert codes(article)[0] is DiagnosticCode.ENCODING_FALLBACK  # sure: no "unsure" on a whole article
    assert DiagnosticCode.ENCODING_UNSURE not in codes(article)
    assert data.decode(article.encoding or "") == text  # the recorded codec is the one that decoded it


@pytest.mark.parametrize(("codec", "text"), NINE, ids=NINE_IDS)
def test_a_headline_alone_decodes_right_or_says_it_is_unsure(codec: str, text: str) -> None:
    headline = text.split("\n")[0]
    data = headline.encode(codec)
    assert len(data) < 60
    article = articleparse.parse_bytes(data)
    decoded = "".join(texts(article))
    assert decoded == headline or DiagnosticCode.ENCODING_UNSURE in codes(article)


@pytest.mark.parametrize("size", ["40", "200", "2000"])
@pytest.mark.parametrize("language", sorted(WESTERN))
def test_western_cp1252_decodes_as_before(language: str, size: str) -> None:
    text = _western(language, size)
    data = text.encode("cp1252")
    assert abs(len(data) - int(size)) <= int(size) // 5
    article = articleparse.parse_bytes(data)
    assert texts(article) == texts(articleparse.parse(text))
    assert article.encoding == "cp1252"
    assert codes(article)[:1] == [DiagnosticCode.ENCODING_FALLBACK]


def test_the_western_samples_hold_the_characters_that_code_pages_confuse() -> None:
    every = "".join(_western(language, "2000") for language in WESTERN)
    assert set("£€ñãõ¿“”") <= set(every)


def test_an_unsure_reading_is_said_and_names_the_runner_up() -> None:
    article = articleparse.parse_bytes("東京で新しい美術館が開館".encode("euc_jp"))
    assert texts(article) == ["東京で新しい美術館が開館"]
    diagnostic = article.diagnostics[0]
    assert diagnostic.code is DiagnosticCode.ENCODING_UNSURE
    assert "may be mojibake" in diagnostic.message
    assert "the runner-up was " in diagnostic.message


def test_bytes_no_code_page_reads_keep_the_old_reading_but_say_so() -> None:
    article = articleparse.parse_bytes(b'"I Was Paid $3500 To Protest Trumps Rally"\x9d\r\n')
    assert texts(article) == ['"I Was Paid $3500 To Protest Trumps Rally"\x9d']
    assert article.encoding == "latin-1"
    assert codes(article)[0] is DiagnosticCode.ENCODING_UNSURE


def test_legacy_cjk_bytes_that_hold_chance_utf_8_pairs_are_not_read_as_utf_8() -> None:
    # EUC-JP's 憂鬱 is \xcd\xab\xdd\xb5: two valid two-byte UTF-8 sequences.
    text = "おひとりさまの憂鬱とは？"
    article = articleparse.parse_bytes(text.encode("euc_jp"))
    assert article.encoding != "utf-8"
    assert DiagnosticCode.BYTES_REPLACED not in codes(article)
    assert texts(article) == [text] or DiagnosticCode.ENCODING_UNSURE in codes(article)


def test_a_forced_encoding_still_wins_over_detection() -> None:
    data = RUSSIAN.encode("koi8_r")
    article = articleparse.parse_bytes(data, encoding="cp1251")
    assert article.encoding == "cp1251"
    assert article.headline == data.decode("cp1251").split("\n")[0]
    assert DiagnosticCode.ENCODING_FALLBACK not in codes(article)


def test_a_file_in_a_legacy_code_page_decodes(tmp_path: Path) -> None:
    dump = tmp_path / "ru.txt"
    dump.write_bytes(RUSSIAN.encode("koi8_r"))
    article = articleparse.parse_file(dump)
    assert texts(article) == texts(articleparse.parse(RUSSIAN))


def test_utf_8_input_never_imports_the_detector() -> None:
    code = (
        "import sys, articleparse\n"
        "articleparse.parse_bytes('Caf\\u00e9 \\u201cnews\\u201d\\n\\nA story.'.encode())\n"
        "print('charset_normalizer' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def _before_detection(data: bytes) -> str:
    """The text the decoder gave before detection: UTF-8 with a few stray bytes, else cp1252, else Latin-1."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for char in escaped if "\udc80" <= char <= "\udcff")
    multibyte = sum(1 for char in escaped if ord(char) > 0x7F) - stray
    if 0 < stray <= multibyte:
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def test_every_non_utf_8_file_of_the_corpus_decodes_as_before() -> None:
    corpus = shared_or_skip("corpus")
    checked = 0
    for path in sorted(corpus.rglob("*.txt")):
        data = path.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            checked += 1
            assert decode(data).text == _before_detection(data), path
    assert checked == 147


TEXT_FUNCTIONS = [
    (articleparse.parse, r"parse_bytes\(data\)", r"parse_file\(path\)"),
    (articleparse.parse_all, r"parse_all_bytes\(data\)", r"parse_all_file\(path\)"),
    (articleparse.tokenize, r"parse_bytes\(data\)", r"parse_file\(path\)"),
    (articleparse.explain, r"parse_bytes\(data\)", r"parse_file\(path\)"),
]


@pytest.mark.parametrize(
    ("function", "for_bytes", "for_path"), TEXT_FUNCTIONS, ids=["parse", "parse_all", "tokenize", "explain"]
)
def test_bytes_given_for_text_raise_a_type_error_pointing_to_the_bytes_entry_point(
    function: Callable[..., object], for_bytes: str, for_path: str
) -> None:
    name = function.__name__
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes the dump's text as a str, not bytes: .*{for_bytes}"):
        function(b"A headline\n\nThe story.")
    with pytest.raises(TypeError, match=rf"not PosixPath: for a file, call articleparse\.{for_path}"):
        function(Path("a.txt"))


@pytest.mark.parametrize("value", [None, 42, 4.2, ["A headline"]], ids=["None", "int", "float", "list"])
def test_parse_given_neither_text_nor_bytes_says_what_it_takes(value: object) -> None:
    message = rf"^parse\(\) takes the dump's text as a str, not {type(value).__name__}: .*parse_bytes.*parse_file"
    with pytest.raises(TypeError, match=message):
        articleparse.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("function", [articleparse.parse_bytes, articleparse.parse_all_bytes])
def test_text_given_for_bytes_raises_a_type_error_pointing_to_parse(function: Callable[..., object]) -> None:
    name = function.__name__
    text_function = name.removesuffix("_bytes")
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes the dump's bytes, not str: .*{text_function}\(text\)"):
        function("A headline\n\nThe story.")
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes the dump's bytes, not NoneType"):
        function(None)


def test_a_bytearray_is_bytes_and_a_str_subclass_is_text() -> None:
    class Text(str):
        pass

    data = "Caf\u00e9 owners\n\nThey said it\u2019s a good day.".encode("cp1252")
    from_bytearray = articleparse.parse_bytes(bytearray(data))  # type: ignore[arg-type]
    assert texts(from_bytearray) == texts(articleparse.parse_bytes(data))
    assert articleparse.parse(Text("A headline\n\nThe story begins here.")).text == "The story begins here."
