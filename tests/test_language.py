"""``Article.language``: an export's label as its ISO 639-1 code, or the language detected in the text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import pytest

import articleparse
from articleparse import DEFAULT_CONFIG, Article
from articleparse._detect import detect_language, language_code

from .conftest import EXPORTS, ROOT, shared_or_skip

# A paragraph of news prose in each of the seven languages.
PROSE = {
    "en": "The minister said on Monday that the talks would go on for another week, and that he was sure of a deal.",
    "de": "Der Minister sagte am Montag, dass die Gespräche noch eine Woche dauern würden und er sich sicher sei.",
    "fr": "Le ministre a déclaré lundi que les discussions se poursuivraient pendant une semaine et qu'il était sûr.",
    "es": "El ministro dijo el lunes que las conversaciones seguirán durante una semana más y que está seguro de ello.",
    "it": "Il ministro ha detto lunedì che i colloqui andranno avanti per un'altra settimana e che è sicuro.",
    "pt": "O ministro disse na segunda-feira que as conversas vão continuar por mais uma semana e que está seguro.",
    "nl": "De minister zei maandag dat de gesprekken nog een week zullen duren en dat hij zeker is van een akkoord.",
}


@pytest.mark.parametrize("code", sorted(PROSE))
def test_each_of_the_seven_languages_is_detected(code: str) -> None:
    article = articleparse.parse(f"A headline\n\n{PROSE[code]}\n\n{PROSE[code]}")
    assert (article.language, article.language_source) == (code, "detected")


def test_a_language_outside_the_seven_is_none_not_a_guess() -> None:
    swedish = "Ministern sade på måndagen att samtalen skulle fortsätta i ytterligare en vecka och att han var säker."
    polish = "Minister powiedział w poniedziałek, że rozmowy potrwają jeszcze tydzień i że jest pewien porozumienia."
    for text in (swedish, polish):
        article = articleparse.parse(f"Rubrik\n\n{text}\n\n{text}")
        assert (article.language, article.language_source) == (None, None)


def test_too_little_text_or_a_mix_is_none() -> None:
    assert articleparse.parse("A headline\n\nThe story.").language is None
    assert articleparse.parse("Tokyo\n\nOsaka Kyoto Nagoya Sapporo").language is None
    mixed = f"{PROSE['en']} {PROSE['de']}"
    assert detect_language([mixed], [], DEFAULT_CONFIG) is None


def test_a_menu_of_bullets_is_no_spanish() -> None:
    """Renderers write bullets as "o": a one-letter word is no evidence ("o" is "or" in three languages)."""
    menu = " ".join(f"o Rubrik{number}" for number in range(40))
    assert detect_language([menu], [], DEFAULT_CONFIG) is None


def test_detection_chooses_among_the_configured_languages() -> None:
    english_only = attrs.evolve(DEFAULT_CONFIG, languages=DEFAULT_CONFIG.languages[:1])
    assert articleparse.parse(f"Titel\n\n{PROSE['de']}\n\n{PROSE['de']}", config=english_only).language is None


def test_an_export_label_becomes_its_code() -> None:
    for name in ("lexisnexis", "factiva", "proquest"):
        for article in articleparse.parse_all_file(EXPORTS / f"{name}.txt"):
            assert (article.language, article.language_source) == ("en", "export"), name


def test_an_export_label_that_names_nothing_known_stays_a_field_and_language_is_none() -> None:
    text = (EXPORTS / "lexisnexis.txt").read_text(encoding="utf-8").replace("LANGUAGE: ENGLISH", "LANGUAGE: KLINGON")
    first = articleparse.parse_all(text)[0]
    assert (first.language, first.language_source) == (None, None)
    assert ("LANGUAGE", "KLINGON") in first.header_fields


def test_an_export_without_a_label_gets_the_language_detected() -> None:
    dump = articleparse.parse_all_file(EXPORTS / "nexis_uni.txt")
    assert [(article.language, article.language_source) for article in dump] == [
        ("en", "detected"),
        ("en", "export"),
        ("en", "detected"),
        ("en", "detected"),
        ("en", "detected"),
    ]


@pytest.mark.parametrize(
    ("label", "code"),
    [
        *(("ENGLISH", "en"), ("English", "en"), ("Deutsch", "de"), ("GERMAN", "de"), ("Français", "fr")),
        *(("Spanish", "es"), ("ITALIAN", "it"), ("Portuguese", "pt"), ("Dutch", "nl"), ("Russian", "ru")),
        *(("en", "en"), ("pt-BR", "pt"), ("eng", "en"), ("Klingon", None), ("English; French", None), ("", None)),
    ],
)
def test_language_labels(label: str, code: str | None) -> None:
    assert language_code(label) == code


def test_language_and_its_source_go_together() -> None:
    with pytest.raises(ValueError, match="both or neither"):
        Article(language="en")
    with pytest.raises(ValueError, match="both or neither"):
        Article(language_source="detected")
    with pytest.raises(ValueError, match="language"):
        Article(language="ENGLISH", language_source="export")
    with pytest.raises(ValueError, match="language_source"):
        Article(language="en", language_source="guessed")


def test_the_german_dump_of_the_issue_is_german() -> None:
    article = articleparse.parse_file(shared_or_skip("corpus", "newspaper3k", "vogue.de1.txt"))
    assert (article.language, article.language_source) == ("de", "detected")


#: The newspaper3k dumps with no language: nothing but a note from the test suite, or nothing at all.
NEWSPAPER3K_NONE = {
    "details.com1.txt": "empty",
    "pixelmonkey.org1.txt": "MISSED LAST SENTENCE IN THE ARTICLE",
    "readwrite.com1.txt": "FAILED, ENTIRE ARTICLE LOADED VIA JS",
    "theatlantic.com1.txt": "MISSES SECOND HALF OF ARTICLE",
    "thekitchn.com1.txt": "ONLY EXTRACTED AUTHOR BLURB",
    "thenextweb.com1.txt": "FAILED, MISSING ARTICLE AFTR FIRST PARAGRAPH",
    "theroot.com1.txt": "MISSED LAST PARAGRAPH",
}


def test_every_newspaper3k_dump_with_prose_gets_its_code() -> None:
    folder = shared_or_skip("corpus", "newspaper3k")
    found = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix == ".txt":
            found[path.name] = articleparse.parse_file(path).language
    assert {name for name, code in found.items() if code is None} == set(NEWSPAPER3K_NONE)
    for name, note in NEWSPAPER3K_NONE.items():
        text = (folder / name).read_text(encoding="utf-8").strip()
        assert text == ("" if note == "empty" else note)
    assert found["vogue.de1.txt"] == "de"
    assert {code for name, code in found.items() if name != "vogue.de1.txt"} == {"en", None}


def test_pages_language_agrees_with_the_declared_lang() -> None:
    """The issue's bar: at least 93 % of the pages declaring one of the seven (95.6 % and 95.4 % measured)."""
    pages = shared_or_skip("pages")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from languages import RENDERERS, agreement  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for renderer in RENDERERS:
        agreed, counted, _ = agreement(Path(pages), renderer)
        assert counted > 450
        assert agreed / counted >= 0.93, renderer


def test_detected_language_survives_json() -> None:
    article = articleparse.parse(f"Titel\n\n{PROSE['de']}\n\n{PROSE['de']}")
    data = json.loads(article.to_json())
    assert (data["language"], data["language_source"]) == ("de", "detected")
    assert Article.from_dict(data) == article
