"""Text in every script: word counts, sentence marks, case and wrapping of scripts written without spaces.

The texts are written for these tests: a headline, a blank line and paragraphs of
news prose in Chinese, Japanese, Thai, Korean, Russian, Arabic, Hindi and Greek.
"""

from __future__ import annotations

import textwrap

import pytest

import articleparse
from articleparse import Role
from articleparse._text import ends_sentence, starts_caseless, starts_lower, word_count

# A clean article in each language: its headline and three paragraphs of several sentences.
ARTICLES = {
    "zh": (
        "北京市宣布扩建地铁网络，新增三条线路",
        (
            "北京市政府周二宣布，将在未来五年内新建三条地铁线路，总长度超过一百二十公里。官员表示，这项计划旨在缓解市中心的交通拥堵，并连接新建的住宅区。",
            "根据规划，第一条新线路将于明年动工，预计二〇二八年通车。沿线居民对此表示欢迎，但也有人担心施工期间的噪音和道路封闭问题。",
            "交通专家指出，地铁扩建虽然投资巨大，但从长远来看将减少汽车使用和空气污染。市政府承诺将定期公布工程进展，并听取市民意见。",
        ),
    ),
    "ja": (
        "東京都、来年度から公立図書館の開館時間を延長へ",
        (
            "東京都は十日、来年度から都内の公立図書館の開館時間を平日午後九時まで延長すると発表した。仕事帰りの利用者を増やすことが狙いだという。",
            "都によると、延長に伴う人件費は年間およそ三億円と見込まれている。利用者アンケートでは、約六割が夜間の開館を希望していた。",
            "一方、職員の労働環境への影響を懸念する声もあり、都は人員の増強や勤務体制の見直しを進める方針だ。",
        ),
    ),
    "th": (
        "กรุงเทพฯ เตรียมสร้างรถไฟฟ้าสายใหม่อีกสามสาย",
        (
            (
                "กรุงเทพมหานครประกาศเมื่อวันอังคารว่าจะก่อสร้างรถไฟฟ้าสายใหม่อีกสามสายภายในห้าปีข้างหน้า "
                "โดยมีระยะทางรวมกว่าหนึ่งร้อยกิโลเมตร "
                "เจ้าหน้าที่ระบุว่าโครงการนี้จะช่วยลดปัญหาการจราจรติดขัดในใจกลางเมือง"
            ),
            (
                "ตามแผนงาน "
                "เส้นทางแรกจะเริ่มก่อสร้างในปีหน้าและคาดว่าจะเปิดให้บริการได้ในอีกสี่ปี "
                "ประชาชนที่อาศัยอยู่ตามแนวเส้นทางส่วนใหญ่แสดงความยินดี "
                "แต่บางส่วนกังวลเรื่องเสียงดังและการปิดถนนระหว่างการก่อสร้าง"
            ),
            (
                "ผู้เชี่ยวชาญด้านการขนส่งกล่าวว่า แม้โครงการจะใช้งบประมาณสูง "
                "แต่ในระยะยาวจะช่วยลดการใช้รถยนต์และมลพิษทางอากาศ "
                "กรุงเทพมหานครยืนยันว่าจะรายงานความคืบหน้าของโครงการอย่างสม่ำเสมอ"
            ),
        ),
    ),
    "ko": (
        "서울시, 내년부터 공공도서관 운영 시간 연장",
        (
            (
                "서울시는 10일 내년부터 시내 공공도서관의 운영 시간을 평일 오후 9시까지 연장한다고 밝혔다. "
                "퇴근길 이용자를 늘리기 위한 조치라고 설명했다."
            ),
            (
                "시에 따르면 연장 운영에 필요한 인건비는 연간 약 30억 원으로 예상된다. "
                "이용자 설문조사에서는 응답자의 약 60%가 야간 개관을 원했다."
            ),
            (
                "한편 직원들의 근무 환경에 미칠 영향을 우려하는 목소리도 있어, "
                "시는 인력 충원과 근무 체계 개편을 추진할 방침이다."
            ),
        ),
    ),
    "ru": (
        "Москва продлит часы работы городских библиотек",
        (
            (
                "Власти Москвы объявили во вторник, что со следующего года городские библиотеки "
                "будут работать по будням до девяти часов вечера. По словам чиновников, это "
                "позволит читателям заходить в библиотеки после работы."
            ),
            (
                "Расходы на дополнительную работу персонала оцениваются примерно в сто миллионов "
                "рублей в год. Опрос читателей показал, что около шестидесяти процентов хотели "
                "бы вечерних часов."
            ),
            (
                "Профсоюз библиотекарей выразил обеспокоенность нагрузкой на сотрудников, и "
                "город пообещал нанять дополнительный персонал."
            ),
        ),
    ),
    "ar": (
        "بلدية عمّان تعلن تمديد ساعات عمل المكتبات العامة",
        (
            (
                "أعلنت بلدية عمّان يوم الثلاثاء أن المكتبات العامة في المدينة ستفتح أبوابها حتى "
                "الساعة التاسعة مساءً في أيام العمل ابتداءً من العام المقبل. وقال مسؤولون إن "
                "الهدف هو تمكين الموظفين من زيارة المكتبات بعد العمل."
            ),
            (
                "وتقدّر تكلفة الساعات الإضافية بنحو مليون دينار سنوياً. وأظهر استطلاع للرأي أن "
                "نحو ستين في المئة من القراء يرغبون في ساعات مسائية."
            ),
            "وأبدت نقابة العاملين قلقها من زيادة ضغط العمل على الموظفين، فيما تعهدت البلدية بتعيين موظفين جدد.",
        ),
    ),
    "hi": (
        "दिल्ली में सार्वजनिक पुस्तकालय अब रात नौ बजे तक खुलेंगे",
        (
            (
                "दिल्ली सरकार ने मंगलवार को घोषणा की कि अगले वर्ष से शहर के सार्वजनिक पुस्तकालय "
                "कार्यदिवसों में रात नौ बजे तक खुले रहेंगे। अधिकारियों ने कहा कि इससे लोग काम के "
                "बाद भी पुस्तकालय जा सकेंगे।"
            ),
            (
                "अतिरिक्त समय के लिए कर्मचारियों पर होने वाला खर्च लगभग दस करोड़ रुपये प्रति "
                "वर्ष आंका गया है। पाठकों के एक सर्वेक्षण में लगभग साठ प्रतिशत लोगों ने शाम के "
                "समय की मांग की थी।"
            ),
            ("कर्मचारी संघ ने काम के बढ़ते बोझ पर चिंता जताई है, जबकि सरकार ने नए कर्मचारियों की भर्ती का आश्वासन दिया है।"),
        ),
    ),
    "el": (
        "Η Αθήνα επεκτείνει το ωράριο των δημοτικών βιβλιοθηκών",
        (
            (
                "Ο Δήμος Αθηναίων ανακοίνωσε την Τρίτη ότι από τον επόμενο χρόνο οι δημοτικές "
                "βιβλιοθήκες θα παραμένουν ανοιχτές έως τις εννέα το βράδυ τις καθημερινές. "
                "Σύμφωνα με αξιωματούχους, στόχος είναι να μπορούν οι εργαζόμενοι να τις "
                "επισκέπτονται μετά τη δουλειά."
            ),
            (
                "Το κόστος των επιπλέον ωρών εκτιμάται σε περίπου ένα εκατομμύριο ευρώ τον χρόνο."
                " Έρευνα μεταξύ των αναγνωστών έδειξε ότι περίπου εξήντα τοις εκατό επιθυμούν "
                "βραδινό ωράριο."
            ),
            (
                "Το σωματείο των υπαλλήλων εξέφρασε ανησυχία για τον φόρτο εργασίας, ενώ ο δήμος "
                "δεσμεύτηκε να προσλάβει νέο προσωπικό."
            ),
        ),
    ),
}

# One-sentence paragraphs, questions among them (？ ؟ ; and ? in Hindi, Korean, Russian), ending in each script's marks.
SHORT = {
    "zh": (
        "市政府公布新的预算方案",
        (
            "这项计划能否成功？",
            "市民们对此意见不一。",
            "官员承诺将公开所有细节。",
        ),
    ),
    "ja": (
        "市が新しい予算案を発表",
        (
            "この計画は成功するのか？",
            "市民の意見は分かれている。",
            "市は詳細をすべて公開すると約束した。",
        ),
    ),
    "ar": (
        "البلدية تعلن خطة جديدة للنقل",
        (
            "هل ستنجح الخطة؟",
            "المواطنون منقسمون حول المشروع.",
            "وعدت البلدية بنشر كل التفاصيل؟",
        ),
    ),
    "hi": (
        "सरकार ने नई परिवहन योजना की घोषणा की",
        (
            "क्या यह योजना सफल होगी?",
            "लोगों की राय बंटी हुई है।",
            "सरकार ने सभी विवरण सार्वजनिक करने का वादा किया।",
        ),
    ),
    "el": (
        "Ο δήμος ανακοίνωσε νέο σχέδιο μεταφορών",
        (
            "Θα πετύχει το σχέδιο;",
            "Οι πολίτες είναι διχασμένοι.",
            "Ποιος θα πληρώσει το κόστος;",
        ),
    ),
    "ko": (
        "시, 새 교통 계획 발표",
        (
            "이 계획은 성공할까?",
            "시민들의 의견은 엇갈린다.",
            "시는 모든 내용을 공개하겠다고 약속했다.",
        ),
    ),
    "ru": (
        "Город объявил новый транспортный план",
        (
            "Удастся ли этот план?",
            "Мнения горожан разделились.",
            "Кто заплатит за всё это?",
        ),
    ),
}


def _dump(title: str, paragraphs: tuple[str, ...]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_a_clean_article_gives_its_headline_and_every_paragraph(code: str) -> None:
    title, paragraphs = ARTICLES[code]
    article = articleparse.parse(_dump(title, paragraphs))
    assert article.headline == title
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)


@pytest.mark.parametrize("code", ["zh", "ja", "hi"])
def test_without_a_headline_a_first_paragraph_ending_in_a_full_stop_stays_a_paragraph(code: str) -> None:
    # A line ending in 。 or । is a sentence, as one ending in "." is: it was taken for the headline.
    _, paragraphs = ARTICLES[code]
    first = paragraphs[0].split("。")[0] + "。" if code != "hi" else paragraphs[0].split("।")[0] + "।"
    article = articleparse.parse(_dump(first, paragraphs[1:]))
    assert article.headline is None
    assert [paragraph.text for paragraph in article.body] == [first, *paragraphs[1:]]


@pytest.mark.parametrize("code", sorted(SHORT))
def test_one_sentence_paragraphs_and_questions_are_body(code: str) -> None:
    title, paragraphs = SHORT[code]
    article = articleparse.parse(_dump(title, paragraphs))
    assert article.headline == title
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)
    assert {paragraph.role for paragraph in article.body} == {Role.PARAGRAPH}


@pytest.mark.parametrize("width", [20, 26, 34])
@pytest.mark.parametrize("code", ["zh", "ja"])
def test_hard_wrapped_text_without_spaces_gives_its_paragraphs(code: str, width: int) -> None:
    title, paragraphs = ARTICLES[code]
    wrapped = tuple("\n".join(textwrap.wrap(paragraph, width)) for paragraph in paragraphs)
    assert all("\n" in paragraph for paragraph in wrapped)
    article = articleparse.parse(_dump(title, wrapped))
    assert article.headline == title
    assert len(article.body) == len(paragraphs)
    for paragraph, expected in zip(article.body, paragraphs, strict=True):
        assert paragraph.text.replace(" ", "") == expected


def test_words_of_scripts_without_spaces_are_counted_by_characters() -> None:
    chinese = ARTICLES["zh"][1][0]
    assert word_count("Three small words") == 3
    assert 30 <= word_count(chinese) <= 40  # 62 characters of Han, 1.8 a word
    assert word_count("中") == 1
    # Latin words among Japanese count as words, the Japanese by its characters.
    assert word_count("iPhone 4S の新機能") == 2 + 2
    assert word_count(ARTICLES["th"][1][0]) >= 30


def test_sentence_marks_of_every_script() -> None:
    for text in ("完了。", "本当か？", "やった！", "वह आया।", "هل جاء؟", "ተመለሰ።", "ပြီးပြီ။", "រួចរាល់។", "Πότε;", "Done."):
        assert ends_sentence(text), text
    for text in ("int x = 1;", "北京", "Headline", "Πότε"):
        assert not ends_sentence(text), text
    assert ends_sentence("「そうだ。」")


def test_case_is_judged_by_the_lines_script() -> None:
    assert starts_lower("and then it rained")
    assert not starts_lower("iPhoneアプリで新機能を試す")
    assert not starts_lower("amazonで買える人気の商品")
    assert starts_caseless("amazonで買える人気の商品")
    assert starts_lower("iPhone sales in 東京 rose")


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_no_blank_line_after_the_title(code: str) -> None:
    title, paragraphs = ARTICLES[code]
    article = articleparse.parse(title + "\n" + "\n\n".join(paragraphs) + "\n")
    assert article.headline == title
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)


ENGLISH = (
    "Council Votes to Extend Library Hours Across the City",
    (
        "The city council voted on Tuesday to keep public libraries open until nine in the evening on weekdays "
        "from next year. Officials said the change would let people visit after work.",
        "The extra staff hours are expected to cost about two million dollars a year. A survey of readers found "
        "that six in ten wanted evening hours.",
        "The librarians' union raised concerns about workloads, and the city promised to hire more staff.",
    ),
)
# A Japanese title that opens with a word in lower-case Latin letters.
IPHONE = ("iPhoneアプリで図書館の本を予約、東京都が新サービス", ARTICLES["ja"][1])
_URL = "http://news.example.com/article/detail/123456/"
_DATE = "2012-02-25T14:00:00+0900"


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["together", "apart"])
@pytest.mark.parametrize("header", [(_URL, _DATE), (_DATE, _URL)], ids=["url-date", "date-url"])
@pytest.mark.parametrize("story", [ENGLISH, ARTICLES["ja"], IPHONE], ids=["en", "ja", "iphone"])
def test_the_title_under_url_and_date_lines(
    story: tuple[str, tuple[str, ...]], header: tuple[str, str], between: str
) -> None:
    title, paragraphs = story
    article = articleparse.parse(between.join(header) + between + _dump(title, paragraphs))
    assert article.headline == title
    assert article.url == _URL
    assert article.published is not None
    assert article.published.isoformat() == "2012-02-25T14:00:00+09:00"
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)


# Furniture of Chinese, Japanese, Korean and Thai pages: the one vocabulary's related labels, the
# "more articles" heading that puts the label last, bulleted links, credit and editor lines.
_ZH_PARAGRAPHS = ARTICLES["zh"][1]
_JA_PARAGRAPHS = ARTICLES["ja"][1]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(block.role.value, block.text) for block in articleparse.parse(text).blocks]


@pytest.mark.parametrize(
    ("opener", "paragraphs"),
    [
        ("【関連記事】", _JA_PARAGRAPHS),
        ("■関連リンク", _JA_PARAGRAPHS),
        ("■ 関連ニュース：", _JA_PARAGRAPHS),
        ("■図書館の記事をもっと見る", _JA_PARAGRAPHS),
        ("■都政に関連した記事を読む", _JA_PARAGRAPHS),
        ("相关阅读", _ZH_PARAGRAPHS),
        ("相关新闻：", _ZH_PARAGRAPHS),
    ],
)
def test_a_related_links_block_between_paragraphs_is_out_of_the_body(opener: str, paragraphs: tuple[str, ...]) -> None:
    items = ["・市内の図書館、利用者が過去最多に", "・夜間開館の効果を検証", "http://example.com/news/12345/"]
    text = "\n\n".join([ARTICLES["ja"][0], paragraphs[0], "\n".join([opener, *items]), *paragraphs[1:]]) + "\n"
    article = articleparse.parse(text)
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)
    related = [block.text for block in article.blocks if block.role is Role.RELATED]
    # The address may be read as an address line rather than a link: out of the body either way.
    assert related[:3] == [opener, *items[:2]]
    assert items[2] not in [paragraph.text for paragraph in article.body]


def test_a_black_square_subheading_with_body_after_it_stays_in_the_body() -> None:
    paragraphs = _JA_PARAGRAPHS
    text = "\n\n".join([ARTICLES["ja"][0], paragraphs[0], "■主な仕様", *paragraphs[1:]]) + "\n"
    article = articleparse.parse(text)
    roles = _roles(text)
    assert ("subheading", "■主な仕様") in roles
    assert [paragraph.text for paragraph in article.body if paragraph.role is Role.PARAGRAPH] == list(paragraphs)


@pytest.mark.parametrize(
    ("code", "closing"),
    [
        ("zh", ["来源：新华社", "责任编辑：王小明", "（完）"]),
        ("ja", ["記事執筆：山田太郎", "文：鈴木一郎", "写真：佐藤花子"]),
    ],
)
def test_credit_and_editor_lines_are_out_of_the_body(code: str, closing: list[str]) -> None:
    headline, paragraphs = ARTICLES[code]
    text = "\n\n".join([headline, *paragraphs, *closing]) + "\n"
    article = articleparse.parse(text)
    assert [paragraph.text for paragraph in article.body] == list(paragraphs)
    assert all(role == "source" for role, text_ in _roles(text) if text_ in closing)


def test_phrases_of_scripts_without_spaces_need_no_end_of_a_word() -> None:
    from articleparse._phrases import PhraseMatcher

    matcher = PhraseMatcher.of(("関連記事", "相关阅读", "share", "read more:"))
    assert matcher.match("【関連記事】") == "関連記事"
    assert matcher.match("相关阅读：北京") == "相关阅读"
    assert matcher.match("● Read more: the story") == "read more:"
    assert matcher.match("Shared values") is None


# Thai writes no sentence mark: a paragraph ends without one. Drawn by dumps() (the strategies'
# doctest): the English date line ending in a full stop was the only segment that read as prose,
# and with two blank lines under it the body was the headline and that line.
_THAI_SAID = "รัฐบาลกล่าวว่าข้อตกลงหยุดยิงจะมีผลไปจนถึงสิ้นเดือนนี้อย่างแน่นอน"
_THAI_PARAGRAPHS = (
    f"{_THAI_SAID} {_THAI_SAID} {_THAI_SAID}",
    f"{_THAI_SAID} {_THAI_SAID} เมื่อวันจันทร์{_THAI_SAID}",
    f"{_THAI_SAID} {_THAI_SAID} รัฐบาลประกาศว่าข้อตกลงหยุดยิงจะมีผลไปจนถึงสิ้นเดือนนี้อย่างแน่นอน",
)
_DAILY_MAIL_DATES = "PUBLISHED: 09:00 GMT, 1 January 2000 | UPDATED: 10:00 GMT, 1 January 2000."
_THAI_UNDER_A_DATE_LINE = (
    "\u00a0รัฐบาล รัฐบาล รัฐบาล \n\n\u00a0PUBLISHED: . 00:00 GMT, 1 January 2000 . \n\n\n"
    f"    {_THAI_PARAGRAPHS[0]} \n    {_THAI_PARAGRAPHS[1]}\n    {_THAI_PARAGRAPHS[2]}"
)


@pytest.mark.parametrize(
    "text",
    [
        _THAI_UNDER_A_DATE_LINE,
        _dump(ARTICLES["th"][0], ARTICLES["th"][1]).replace("\n\n", f"\n\n{_DAILY_MAIL_DATES}\n\n\n", 1),
    ],
    ids=["drawn", "clean"],
)
def test_thai_paragraphs_under_a_date_line_ending_in_a_full_stop_are_body(text: str) -> None:
    article = articleparse.parse(text)
    expected = _THAI_PARAGRAPHS if text == _THAI_UNDER_A_DATE_LINE else ARTICLES["th"][1]
    assert [paragraph.text for paragraph in article.body] == list(expected)
    assert article.published is not None
