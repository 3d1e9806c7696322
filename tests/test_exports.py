"""Files of several articles: a test export of each layout, written for these tests with invented text.

Each export in ``tests/exports/`` holds the same five invented stories, laid out by
that vendor's conventions, with the fields varied: no byline, no section, two
authors, an edition line, a headline wrapped over two lines, a date with a time
zone, a dateline in capitals with a colon opening a body.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import attrs
import jsonschema
import pytest

import articleparse
from articleparse import Article, DiagnosticCode, Dump, ExportLayout, Role

from .conftest import shared_or_skip
from .invariants import check_blocks

EXPORTS = Path(__file__).parent / "exports"

HEADLINES = (
    "Ferry operators warn of delays as harbour works begin",
    "Budget talks stall over school funding as councils threaten to set their own rates",
    "Storm closes coastal road for second night",
    "Lost manuscripts found in library attic",
    "Chip maker lifts forecast on strong demand",
)
FIRST_WORDS = (
    "Ferry operators at",
    "Talks between ministers",
    "The coast road",
    "OXFORD: Librarians",
    "Shares in Corvale",
)
LAST_WORDS = (
    "change of date.",
    '"fair and final".',
    "evening high tide.",
    "have been catalogued.",
    "results in April.",
)
AUTHORS = (("Jane Holloway",), ("Tom Ashby", "Priya Raman"), (), ("Sarah O'Connell",), ("Mark Ellis", "Anna Berg"))
WORDS = (69, 73, 76, 77, 62)
DAYS = (datetime(2015, 3, 4), datetime(2015, 3, 4), datetime(2015, 3, 5), datetime(2015, 3, 5), datetime(2015, 3, 6))
GMT = timezone(timedelta(0))
EST = timezone(timedelta(hours=-5))


def load(name: str) -> str:
    return (EXPORTS / f"{name}.txt").read_text(encoding="utf-8")


def check_stories(dump: Dump, layout: ExportLayout) -> None:
    """The five stories, in order, each with its headline, body, authors and vendor's word count."""
    assert dump.layout is layout
    assert [article.headline for article in dump] == list(HEADLINES)
    for index, article in enumerate(dump):
        assert len(article.body) == 3, (index, [p.text for p in article.body])
        assert all(paragraph.role is Role.PARAGRAPH for paragraph in article.body)
        assert article.body[0].text.startswith(FIRST_WORDS[index])
        assert article.body[-1].text.endswith(LAST_WORDS[index])
        assert (article.byline.authors if article.byline else ()) == AUTHORS[index], index
        assert article.published is not None
        assert article.published.replace(hour=0, minute=0, tzinfo=None) == DAYS[index]
        assert article.diagnostics == (), (index, article.diagnostics)


def check_lossless(raw: str, dump: Dump) -> None:
    """Every non-blank line of the file lies in exactly one block: the preamble's or one article's."""
    blocks = [*dump.preamble, *(block for article in dump for block in article.blocks)]
    check_blocks(raw, blocks)


def test_a_lexisnexis_export_with_bom_and_crlf_gives_its_five_articles(tmp_path: Path) -> None:
    text = load("lexisnexis")
    path = tmp_path / "export.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    dump = articleparse.parse_all_file(path)
    check_stories(dump, ExportLayout.LEXISNEXIS)
    check_lossless(path.read_bytes().decode("utf-8-sig"), dump)
    # Spans index the normalised text, so the file's BOM and CRLF leave them as the plain text's.
    assert [attrs.evolve(article, encoding=None) for article in dump] == list(articleparse.parse_all(text))
    assert {article.encoding for article in dump} == {"utf-8-sig"}
    first, second, third, fourth, fifth = dump
    assert [block.text for block in dump.preamble][:2] == [
        "Download Request: Selected Items: 1-5 Time Of Request: Tuesday, March 10, 2015  09:12:44",
        "Send To: RESEARCH SERVICES EXAMPLE UNIVERSITY LIBRARY 1 CAMPUS ROAD SPRINGFIELD, ST 00000",
    ]
    assert all(block.role is Role.BOILERPLATE for block in dump.preamble)
    assert first.publication == "The Northern Courier (Leeds)"
    assert first.section == "NEWS; Pg. 5"
    assert (first.language, first.language_source) == ("en", "export")
    assert ("LANGUAGE", "ENGLISH") in first.header_fields
    assert first.word_count == WORDS[0]
    assert first.copyright == "Copyright 2015 Northern Courier Newspapers Ltd All Rights Reserved"
    assert first.header_fields == (
        ("BYLINE", "Jane Holloway"),
        ("SECTION", "NEWS; Pg. 5"),
        ("LENGTH", "69 words"),
        ("LOAD-DATE", "March 5, 2015"),
        ("LANGUAGE", "ENGLISH"),
        ("PUBLICATION-TYPE", "Newspaper"),
    )
    assert [article.word_count for article in dump] == list(WORDS)
    # An edition under the date line, a headline over two lines, a dateline field.
    assert [b.text for b in second.blocks_of(Role.BOILERPLATE)][:3] == [
        "2 of 5 DOCUMENTS",
        "The Daily Ledger",
        "Final Edition Scotland",
    ]
    assert second.blocks_of(Role.HEADLINE)[0].span.last_line == second.blocks_of(Role.HEADLINE)[0].span.first_line + 1
    assert ("DATELINE", "EDINBURGH") in second.header_fields
    assert ("JOURNAL-CODE", "DLG") in second.header_fields
    # No byline, no section, a date with a time and a zone, a highlight over two lines.
    assert third.byline is None
    assert third.section is None
    assert third.published == datetime(2015, 3, 5, 18, 45, tzinfo=GMT)
    assert (
        "HIGHLIGHT",
        "Drivers told to use the inland route as engineers inspect the sea wall",
    ) in third.header_fields
    # "OXFORD:" opens the body: a label after LENGTH that LexisNexis does not use is the body's dateline.
    assert fourth.byline is not None
    assert fourth.byline.text == "By SARAH O'CONNELL, Arts Correspondent"
    assert ("GRAPHIC", "Photo of the company's plant at Fenwick") in fifth.header_fields


def test_lexisnexis_furniture_gets_the_existing_roles() -> None:
    article = articleparse.parse_all(load("lexisnexis"))[0]
    roles = {block.text: block.role for block in article.blocks}
    assert roles["1 of 5 DOCUMENTS"] is Role.BOILERPLATE
    assert roles["March 4, 2015 Wednesday"] is Role.TIMESTAMP
    assert roles["LOAD-DATE: March 5, 2015"] is Role.TIMESTAMP
    assert roles["BYLINE: Jane Holloway"] is Role.BYLINE
    assert roles["SECTION: NEWS; Pg. 5"] is Role.BOILERPLATE
    assert roles["LENGTH: 69 words"] is Role.BOILERPLATE
    assert roles["Copyright 2015 Northern Courier Newspapers Ltd All Rights Reserved"] is Role.SOURCE
    assert roles[HEADLINES[0]] is Role.HEADLINE
    assert article.byline is not None
    assert article.byline.span == article.blocks_of(Role.BYLINE)[0].span
    assert article.timestamps[0].text == "March 4, 2015 Wednesday"


def test_a_nexis_uni_export_gives_its_five_articles() -> None:
    text = load("nexis_uni")
    dump = articleparse.parse_all(text)
    check_stories(dump, ExportLayout.NEXIS_UNI)
    check_lossless(text, dump)
    assert dump.preamble[0].text.startswith("User Name: Example User")
    assert any(block.text.startswith("1. Ferry operators") for block in dump.preamble)
    first, second, third, _, fifth = dump
    assert (first.publication, first.section, first.word_count) == ("The Northern Courier (Leeds)", "NEWS; Pg. 5", 69)
    assert first.copyright == "Copyright 2015 Northern Courier Newspapers Ltd All Rights Reserved"
    assert first.header_fields[-1] == ("Load-Date", "March 5, 2015")
    assert second.copyright == "Copyright 2015 Ledger Media Group plc All Rights Reserved"
    assert (second.language, second.language_source) == ("en", "export")
    assert ("Subject", "BUDGETS (90%); EDUCATION FUNDING (88%); LOCAL GOVERNMENT (77%)") in second.header_fields
    assert "Final Edition" in [block.text for block in second.blocks_of(Role.BOILERPLATE)]
    assert third.byline is None
    assert third.section is None
    assert third.published == datetime(2015, 3, 5, 18, 45, tzinfo=EST)
    assert [block.text for block in fifth.blocks][-1] == "End of Document"


def test_a_factiva_export_gives_its_five_articles() -> None:
    text = load("factiva")
    dump = articleparse.parse_all(text)
    check_stories(dump, ExportLayout.FACTIVA)
    check_lossless(text, dump)
    first, second, third, fourth, fifth = dump
    assert (first.publication, first.language, first.word_count) == ("The Northern Courier", "en", 69)
    assert first.copyright == "Copyright 2015 Northern Courier Newspapers Ltd. All Rights Reserved."
    assert first.header_fields == (("Document", "NCOUR00020150304eb340000a"),)
    assert second.copyright == "(c) 2015 Ledger Media Group plc"
    assert third.byline is None
    assert third.published == datetime(2015, 3, 5, 18, 45, tzinfo=GMT)
    assert fourth.copyright is None
    assert "NCOUR" in [block.text for block in first.blocks_of(Role.BOILERPLATE)]  # the source code
    # The search summary after the last article is its furniture, not lost.
    assert fifth.blocks[-1].text.startswith("Search Summary")


def test_a_proquest_export_gives_its_five_articles() -> None:
    text = load("proquest")
    dump = articleparse.parse_all(text)
    check_stories(dump, ExportLayout.PROQUEST)
    check_lossless(text, dump)
    assert dump.preamble[0].text == "ProQuest"
    first, second, third, *_ = dump
    assert first.publication == "The Northern Courier; Leeds (UK)"
    assert (first.section, first.language) == ("News", "en")
    assert first.copyright == "Copyright 2015 Northern Courier Newspapers Ltd"
    assert first.byline is not None
    assert first.byline.text == "Holloway, Jane"
    assert ("ProQuest document ID", "1661234501") in first.header_fields
    assert ("Publication info", "The Northern Courier; Leeds (UK) [Leeds (UK)]. 04 Mar 2015: 5.") in first.header_fields
    # The body opens on the label's line: the label is furniture, the rest the first paragraph.
    label = next(block for block in first.blocks if block.text == "Full text:")
    assert label.role is Role.BOILERPLATE
    assert label.span.first_line == first.body[0].span.first_line
    assert second.body[0].span.first_line > next(b for b in second.blocks if b.text == "Full text:").span.last_line
    assert third.byline is None
    assert third.section is None


@pytest.mark.parametrize("name", ["form_feeds", "separator_lines"])
def test_joined_dumps_give_their_five_articles(name: str) -> None:
    text = load(name)
    dump = articleparse.parse_all(text)
    assert dump.layout is ExportLayout(name)
    assert [article.headline for article in dump] == list(HEADLINES)
    check_lossless(text, dump)
    for index, article in enumerate(dump):
        assert article.body[0].text.startswith(FIRST_WORDS[index])
        assert (article.byline.authors if article.byline else ()) in (AUTHORS[index], ())
    first, second, _, fourth, _ = dump
    assert first.published == datetime(2015, 3, 4, 10, 12, tzinfo=GMT)
    assert second.standfirst == "Ministers and council leaders blame each other for the shortfall."
    assert [link.text for link in fourth.related] == ["City archive appeals for old photographs"]
    assert fourth.source is not None
    assert fourth.source.text == "The Oxford Chronicle"


@pytest.mark.parametrize("name", ["lexisnexis", "nexis_uni", "factiva", "proquest", "form_feeds", "separator_lines"])
def test_parse_gives_the_first_article_and_says_there_are_more(name: str) -> None:
    text = load(name)
    article = articleparse.parse(text)
    first = articleparse.parse_all(text)[0]
    assert article.diagnostics[0].code is DiagnosticCode.SEVERAL_ARTICLES
    assert "5 articles" in article.diagnostics[0].message
    assert article.diagnostics[1:] == first.diagnostics
    assert article.headline == first.headline
    assert article.blocks == first.blocks
    with pytest.raises(articleparse.ArticleParseError, match="several_articles"):
        articleparse.parse(text, strict=True)


@pytest.mark.parametrize("name", ["lexisnexis", "nexis_uni", "factiva", "proquest"])
def test_export_articles_meet_the_schema_and_come_back_from_json(name: str) -> None:
    schema = articleparse.json_schema()
    for article in articleparse.parse_all(load(name)):
        data = json.loads(json.dumps(article.to_dict()))
        jsonschema.validate(data, schema)
        assert Article.from_dict(data) == article


def test_json_written_before_the_export_fields_still_loads() -> None:
    article = articleparse.parse("A headline\n\nThe story begins here.")
    old = article.to_dict()
    for key in ("publication", "section", "language", "language_source", "word_count", "copyright", "header_fields"):
        del old[key]  # type: ignore[misc]
    jsonschema.validate(old, articleparse.json_schema())
    assert Article.from_dict(old) == article


def test_a_word_count_off_by_more_than_a_tenth_is_a_diagnostic() -> None:
    text = load("lexisnexis").replace("LENGTH: 69 words", "LENGTH: 90 words")
    text = text.replace("LENGTH: 73 words", "LENGTH: 79 words")
    first, second, *_ = articleparse.parse_all(text)
    (diagnostic,) = first.diagnostics
    assert diagnostic.code is DiagnosticCode.WORD_COUNT_DISAGREES
    assert "90 words" in diagnostic.message
    assert "69" in diagnostic.message
    assert next(b for b in first.blocks if b.text.startswith("LENGTH")).span.first_line == diagnostic.line
    assert second.diagnostics == ()  # 79 against 73: within a tenth


def test_a_date_line_that_does_not_parse_is_a_diagnostic_not_an_error() -> None:
    text = load("lexisnexis").replace("March 6, 2015 Friday", "Spring Friday 2015 issue")
    fifth = articleparse.parse_all(text)[4]
    assert fifth.published is None
    assert [d.code for d in fifth.diagnostics] == [DiagnosticCode.TIMESTAMP_UNPARSED]


def test_parse_all_of_a_one_article_dump_is_parse() -> None:
    text = Path(__file__).parent.parent.joinpath("seeds", "000_770dfa957c3ef321.txt").read_text(encoding="utf-8")
    dump = articleparse.parse_all(text)
    assert dump.layout is None
    assert dump.preamble == ()
    assert dump.articles == (articleparse.parse(text),)
    assert list(dump) == [dump[0]]
    assert len(dump) == 1


def test_parse_all_bytes_records_the_encoding_on_every_article() -> None:
    data = load("factiva").encode("cp1252", errors="replace")
    dump = articleparse.parse_all_bytes(data)
    assert len(dump) == 5
    assert {article.encoding for article in dump} == {"cp1252"}
    assert all(article.diagnostics[0].code is DiagnosticCode.ENCODING_FALLBACK for article in dump)


def test_parse_all_file_names_the_path_when_it_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(articleparse.ArticleFileError, match=r"missing\.txt"):
        articleparse.parse_all_file(tmp_path / "missing.txt")


def test_a_dump_is_an_immutable_record() -> None:
    dump = articleparse.parse_all(load("factiva"))
    assert hash(dump) == hash(articleparse.parse_all(load("factiva")))
    with pytest.raises(AttributeError):
        dump.layout = None  # type: ignore[misc]
    with pytest.raises(ValueError, match="at least one article"):
        Dump(())


# A one-article dump is never split: each of these carries one layout's mark without its evidence.
STORY = (
    "Council approves new cycle lanes\n\n"
    "By Jane Doe\n\n"
    "The council approved three new cycle lanes on Tuesday after a long debate about parking.\n\n"
    "{inside}\n\n"
    "Work on the first lane will start in May, the council said, and should take six weeks.\n\n"
    "Residents will be asked for their views on the other two before the summer."
)
NOT_BOUNDARIES = {
    "a gallery counter": "Photo 1 of 3",
    "a counter without fields": "1 of 3 DOCUMENTS",
    "a document word": "Document 2015",
    "a long document id without a header": "Document J000000020150304eb3400001",
    "a closing line without fields": "End of Document",
    "a rule": "_" * 60,
    "one separator": "==========",
    "a section break": "* * *",
    "a form feed mid-story": "\f",
    "a word count without a date": "1,234 words",
    "labelled fields": "LOAD-DATE: March 5, 2015\n\nLENGTH: 812 words",
}


@pytest.mark.parametrize("inside", NOT_BOUNDARIES.values(), ids=NOT_BOUNDARIES.keys())
def test_a_one_article_dump_is_never_split(inside: str) -> None:
    text = STORY.format(inside=inside)
    dump = articleparse.parse_all(text)
    assert len(dump) == 1
    assert dump.layout is None
    assert dump[0] == articleparse.parse(text)


def test_a_story_in_sections_under_repeated_rules_is_one_article() -> None:
    sections = [
        "The council approved three new cycle lanes on Tuesday after a long debate about parking.",
        "Work on the first lane will start in May, the council said.",
        "Residents will be asked for their views on the other two before the summer.",
    ]
    text = "Council approves new cycle lanes\n\n" + "\n\n-----\n\n".join(sections)
    assert len(articleparse.parse_all(text)) == 1


def test_teasers_between_repeated_marks_are_not_articles() -> None:
    teasers = "\n\n~~~\n\n".join(f"Teaser number {n}\n\nA short line about story {n}." for n in range(5))
    assert len(articleparse.parse_all(teasers)) == 1


def test_a_lexisnexis_counter_with_fields_opens_an_article_even_when_alone() -> None:
    text = load("lexisnexis")
    first_only = text[: text.index("2 of 5 DOCUMENTS")].rstrip() + "\n"
    dump = articleparse.parse_all(first_only)
    assert dump.layout is ExportLayout.LEXISNEXIS
    assert len(dump) == 1
    assert articleparse.parse(first_only) == dump[0]  # no several_articles diagnostic for one article
    assert dump[0].headline == HEADLINES[0]


@pytest.mark.parametrize("folder", ["corpus", "pages/htmltext", "pages/inscriptis"])
def test_every_shared_file_is_one_article(folder: str) -> None:
    root = shared_or_skip(*folder.split("/"))
    files = [path for path in sorted(root.rglob("*")) if path.is_file()]
    # One article each, and no layout claimed: parse gives what it gave before exports were read.
    dumps = {path.name: articleparse.parse_all_bytes(path.read_bytes()) for path in files}
    assert [name for name, dump in dumps.items() if len(dump) != 1 or dump.layout is not None] == []
    assert len(files) > 500


@pytest.mark.parametrize("name", ["lexisnexis", "nexis_uni", "factiva", "proquest"])
def test_a_footer_after_the_last_article_is_its_furniture(name: str) -> None:
    text = load(name) + "\n\nPrinted by Example University Library\n\nPage 12 of 12\n"
    dump = articleparse.parse_all(text)
    check_stories(dump, ExportLayout(name))
    check_lossless(text, dump)
    assert dump[-1].blocks[-1].text == "Page 12 of 12"
    assert dump[-1].blocks[-1].role is Role.BOILERPLATE


def test_a_headline_wrapped_over_two_lines_does_not_hide_the_body_s_wrap() -> None:
    # Found by the property: the wrapped headline's break counted among the body's, and the body's
    # wrap (shown by one lower-case continuation) went unseen, leaving a line a paragraph.
    article = (
        "{number} of 2 DOCUMENTS\n\nThe Northern Courier\n\nJanuary 1, 2000 Saturday\n\n"
        "Ceasefire: Russia Russia Russia Russia Russia Russia Russia\nRussia\n\nLENGTH: 70 words\n\n"
        "\u201cThis is a very dangerous route,\u201d Vladimir Putin said in Aleppo. Angela\n"
        "Merkel said that the truce would hold until the end of the month.\n"
        "Vladimir Putin said that about 300,000 people had been displaced since\nMarch 2011.\n\n"
        '"We will not give up. The truce would hold until the end of the month,"\n'
        "Vladimir Putin said. Vladimir Putin said that the truce would hold\nuntil the end of the month.\n\n"
        "LOAD-DATE: January 2, 2000\n\nCopyright 2000 Northern Courier Ltd\n\n"
    )
    dump = articleparse.parse_all(article.format(number=1) + article.format(number=2))
    assert [len(article.body) for article in dump] == [2, 2]
    assert [article.headline for article in dump] == [
        "Ceasefire: Russia Russia Russia Russia Russia Russia Russia Russia"
    ] * 2
