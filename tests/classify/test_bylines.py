"""Bylines in whole pages: the markers and the furniture around the names, the one chosen, the names kept.

Each dump is written for one cause of a byline missed or wrong in pages saved as text (issue 23,
point 3), in English, German and French.
"""

from __future__ import annotations

from datetime import date

import pytest

import articleparse

from .helpers import dump
from .test_zones import FOOTER, GERMAN, LEAD, MENU

HEADLINE = "Alter Bahnhof wird saniert"
ENGLISH_HEADLINE = "Council approves plan for new harbour wall"
ENGLISH = (
    "The council voted on Tuesday to rebuild the harbour wall, a project that officials said would cost "
    "about three million pounds.",
    '"The wall has been patched for twenty years," the harbour master told reporters after the vote.',
    "Work is due to start in the spring and take about eighteen months, according to the council's plans.",
)
FRENCH_HEADLINE = "Le conseil approuve la rénovation de la gare"
FRENCH = (
    "Le conseil municipal a voté mardi la rénovation de l'ancienne gare, un projet qui doit coûter trois "
    "millions d'euros.",
    "Les travaux doivent commencer au printemps et durer environ dix-huit mois, selon les plans de la ville.",
    "L'opposition a demandé une étude indépendante et regretté que le coût n'ait pas été expliqué.",
)


def page(headline: str, *middle: str) -> str:
    """A whole page saved as text: a menu, the headline, the lines under test, the article, the footer."""
    return dump(f"{headline} | Stadtanzeiger", *MENU, headline, *middle, *FOOTER, *MENU)


@pytest.mark.parametrize(
    ("headline", "line", "story", "authors", "day"),
    [
        (ENGLISH_HEADLINE, "July 24, 2019 by Jane Doe 5 Comments", ENGLISH, ("Jane Doe",), date(2019, 7, 24)),
        (ENGLISH_HEADLINE, "Posted on 2015-04-05 by jdoe | Leave a comment", ENGLISH, ("jdoe",), date(2015, 4, 5)),
        (
            HEADLINE,
            "Dezember 26, 2019 von Jana Müller Kategorien: Allgemein | Hinterlasse einen Kommentar",
            (LEAD, *GERMAN),
            ("Jana Müller",),
            date(2019, 12, 26),
        ),
        (
            HEADLINE,
            "Dezember 10, 2019 · von leser1984 · in Allgemein · Hinterlasse einen Kommentar",
            (LEAD, *GERMAN),
            ("leser1984",),
            date(2019, 12, 10),
        ),
        (
            FRENCH_HEADLINE,
            "Publié le 3 mars 2021 par Jean Dupont · 4 commentaires",
            FRENCH,
            ("Jean Dupont",),
            date(2021, 3, 3),
        ),
    ],
)
def test_a_dated_byline_with_the_pages_furniture_beside_the_names(
    headline: str, line: str, story: tuple[str, ...], authors: tuple[str, ...], day: date
) -> None:
    article = articleparse.parse(page(headline, line, *story))
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.published is not None
    assert article.published.date() == day


@pytest.mark.parametrize(
    ("headline", "line", "story", "authors"),
    [
        (HEADLINE, "Veröffentlicht am 19. Dezember 2022 20. Dezember 2022 von Jana Müller", GERMAN, ("Jana Müller",)),
        (ENGLISH_HEADLINE, "Published 3 May 2021 Updated 4 May 2021 by Jane Doe", ENGLISH, ("Jane Doe",)),
        (FRENCH_HEADLINE, "Publié le 3 mars 2021, mis à jour le 4 mars 2021 par Jean Dupont", FRENCH, ("Jean Dupont",)),
        (HEADLINE, "Jana Müller | 29. Dezember 2022 | Politik", (LEAD, *GERMAN), ("Jana Müller",)),
        (ENGLISH_HEADLINE, "Jane Doe | July 24, 2019 | Local News", ENGLISH, ("Jane Doe",)),
    ],
)
def test_a_byline_with_two_dates_or_a_section_after_its_date(
    headline: str, line: str, story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, line, *story))
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("headline", "lines", "story", "authors"),
    [
        (HEADLINE, ("Anna Weber 25. Dezember 2022", LEAD, "Von Jana Müller"), GERMAN, ("Jana Müller",)),
        (ENGLISH_HEADLINE, ("Anna Weber July 24, 2019", ENGLISH[0], "By Jane Doe"), ENGLISH[1:], ("Jane Doe",)),
        (FRENCH_HEADLINE, ("Anna Weber 3 mars 2021", FRENCH[0], "Par Jean Dupont"), FRENCH[1:], ("Jean Dupont",)),
        (HEADLINE, ("Von Redaktion, 24. Januar 2022", "Jana Müller"), (LEAD, *GERMAN), ("Jana Müller",)),
    ],
)
def test_a_marked_byline_naming_someone_is_chosen_first(
    headline: str, lines: tuple[str, ...], story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, *lines, *story))
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Mat\u00adthi\u00adas Lau\u00ader", ("Matthias Lauer",)),
        ("By Jane Doe | jdoe@example.com", ("Jane Doe",)),
        ("Written by Jane Doe, PhD on April 29, 2018", ("Jane Doe",)),
        ("Par Jean Dupont, jdupont@example.fr", ("Jean Dupont",)),
    ],
)
def test_soft_hyphens_addresses_and_degrees_are_not_names(line: str, authors: tuple[str, ...]) -> None:
    from articleparse._config import DEFAULT_CONFIG
    from articleparse._metadata.authors import byline_authors

    assert byline_authors(line, DEFAULT_CONFIG) == authors


@pytest.mark.parametrize(
    ("headline", "lines", "story", "authors"),
    [
        (HEADLINE, (LEAD, "Ein Kommentar von", "Jana Müller"), GERMAN, ("Jana Müller",)),
        (ENGLISH_HEADLINE, (ENGLISH[0], "Analysis by", "Jane Doe"), ENGLISH[1:], ("Jane Doe",)),
        (FRENCH_HEADLINE, (FRENCH[0], "Chronique par", "Jean Dupont"), FRENCH[1:], ("Jean Dupont",)),
    ],
)
def test_a_marker_alone_on_its_line_and_the_names_on_the_next(
    headline: str, lines: tuple[str, ...], story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, *lines, *story))
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Autoren Jana Müller und Anna Weber", ("Jana Müller", "Anna Weber")),
        ("Autor*in: Jana Müller", ("Jana Müller",)),
        ("Autorin: Jana Müller, Projektleiterin der Stiftung in Tunis seit dem Jahr 2015.", ("Jana Müller",)),
        ("By Jane Doe, who has covered the council for the paper since the year 2010.", ("Jane Doe",)),
        ("Par Jean Dupont, correspondant de la rédaction à Bruxelles depuis 2010.", ("Jean Dupont",)),
        ("Par Nicolas Gutierrez C. le 14.09.2020 à 11h46", ("Nicolas Gutierrez C.",)),
        ("By Jane Doe C.", ("Jane Doe C.",)),
    ],
)
def test_marker_forms_and_a_role_after_the_names(line: str, authors: tuple[str, ...]) -> None:
    from articleparse._classify.shapes import match_byline
    from articleparse._config import DEFAULT_CONFIG
    from articleparse._metadata.authors import authors_of

    found = match_byline(line, DEFAULT_CONFIG)
    assert found is not None
    assert authors_of(found.names, DEFAULT_CONFIG) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Correspondent: Jane Doe", ("Jane Doe",)),
        ("Kolumnist*in: Jana Müller", ("Jana Müller",)),
        ("Chroniqueuse: Jeanne Dupont", ("Jeanne Dupont",)),
        ("Von Jana Müller, Redakteurin", ("Jana Müller",)),
        ("Par Jean Dupont | Correspondant", ("Jean Dupont",)),
        ("Por Ana García, Corresponsal", ("Ana García",)),
        ("Door Jan de Vries, Verslaggever", ("Jan de Vries",)),
    ],
)
def test_job_titles_in_the_seven_languages_open_the_names_or_stay_out_of_them(
    line: str, authors: tuple[str, ...]
) -> None:
    from articleparse._config import DEFAULT_CONFIG
    from articleparse._metadata.authors import byline_authors

    assert byline_authors(line, DEFAULT_CONFIG) == authors


def test_a_job_title_label_before_a_sentence_is_no_byline() -> None:
    from articleparse._classify.shapes import match_byline
    from articleparse._config import DEFAULT_CONFIG

    assert match_byline("Editor: Welcome to the new site", DEFAULT_CONFIG) is None


@pytest.mark.parametrize(
    ("headline", "lines", "story", "authors"),
    [
        (HEADLINE, ("Anna Weber", "Mi, 18. Oktober 2023"), ("Jana Müller", LEAD, *GERMAN), ("Jana Müller",)),
        (ENGLISH_HEADLINE, ("Anna Weber", "October 18, 2023"), ("Jane Doe", *ENGLISH), ("Jane Doe",)),
        (FRENCH_HEADLINE, ("Anna Weber", "18 octobre 2023"), ("Jean Dupont", *FRENCH), ("Jean Dupont",)),
    ],
)
def test_of_two_bare_names_the_one_nearest_the_headline(
    headline: str, lines: tuple[str, ...], story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    text = dump(f"{headline} | Stadtanzeiger", *MENU, *lines, headline, *story, *FOOTER, *MENU)
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("headline", "lines", "story", "authors"),
    [
        (HEADLINE, ("Anna Weber", LEAD, "Von", "Jana Müller"), GERMAN, ("Jana Müller",)),
        (ENGLISH_HEADLINE, ("Anna Weber", ENGLISH[0], "By", "Jane Doe"), ENGLISH[1:], ("Jane Doe",)),
        (FRENCH_HEADLINE, ("Anna Weber", FRENCH[0], "Par", "Jean Dupont"), FRENCH[1:], ("Jean Dupont",)),
    ],
)
def test_a_name_after_a_marker_alone_on_its_line_is_chosen_before_a_bare_name(
    headline: str, lines: tuple[str, ...], story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, *lines, *story))
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("headline", "story", "authors"),
    [
        ("Neue Bahnhofspläne Vorgestellt", (LEAD, *GERMAN), ("Jana Müller",)),
        ("Council Approves Harbour Wall", ENGLISH, ("Jane Doe",)),
        ("Nouvelle Gare Inaugurée", FRENCH, ("Jean Dupont",)),
    ],
)
def test_the_headline_repeated_above_it_is_no_byline(
    headline: str, story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    name = authors[0]
    text = dump(f"{headline} | Stadtanzeiger", *MENU, "Politik", headline, headline, name, *story, *FOOTER, *MENU)
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("headline", "story", "lines", "authors"),
    [
        (HEADLINE, (LEAD, *GERMAN), ("18.10.2023", "Jana Müller"), ("Jana Müller",)),
        (ENGLISH_HEADLINE, ENGLISH, ("October 18, 2023", "Jane Doe"), ("Jane Doe",)),
        (FRENCH_HEADLINE, FRENCH, ("18 octobre 2023", "Jean Dupont"), ("Jean Dupont",)),
    ],
)
def test_a_name_beside_a_date_right_after_the_story(
    headline: str, story: tuple[str, ...], lines: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, *story, *lines))
    assert article.byline is not None
    assert article.byline.authors == authors
    assert [paragraph.text for paragraph in article.body] == list(story)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe Photo: John Roe", ("Jane Doe",)),
        ("Text: Jana Müller, Fotos: Anna Weber", ("Jana Müller",)),
        ("Von Jana Müller, Foto: Anna Weber/dpa", ("Jana Müller",)),
        ("Par Jean Dupont, Crédit : Marie Curie", ("Jean Dupont",)),
    ],
)
def test_a_photographers_credit_on_the_byline_is_not_an_author(line: str, authors: tuple[str, ...]) -> None:
    from articleparse._config import DEFAULT_CONFIG
    from articleparse._metadata.authors import byline_authors

    assert byline_authors(line, DEFAULT_CONFIG) == authors


@pytest.mark.parametrize(
    ("headline", "teaser", "byline", "story", "authors"),
    [
        (HEADLINE, LEAD, "Von Jana Müller", (LEAD, *GERMAN), ("Jana Müller",)),
        (ENGLISH_HEADLINE, ENGLISH[0], "By Jane Doe", ENGLISH, ("Jane Doe",)),
        (FRENCH_HEADLINE, FRENCH[0], "Par Jean Dupont", FRENCH, ("Jean Dupont",)),
    ],
)
def test_a_marked_byline_under_another_copy_of_the_headline(
    headline: str, teaser: str, byline: str, story: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    # The story's own header (headline, standfirst, byline) far above the copy of the headline the
    # zones take, with the page's chrome between them.
    chrome = tuple(f"{item} {number}" for number in range(3) for item in MENU)
    text = dump(f"{headline} | Stadtanzeiger", *MENU, headline, teaser, byline, *chrome, headline, *story, *FOOTER)
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


# Found in review: each failed before its fix.


@pytest.mark.parametrize(
    "headline",
    ["Autor Mario Vargas Llosa gana el Nobel", "Autorin Christa Wolf ist tot", "Autor Martin Walser gestorben"],
)
def test_a_marker_that_is_a_noun_opens_no_byline_before_words_that_are_not_names(headline: str) -> None:
    # "Autor" without its colon opened a byline before any capitalised words: the headline was lost.
    text = f"{headline}\n\n{LEAD}\n\n{GERMAN[0]}\n\n{GERMAN[1]}\n"
    article = articleparse.parse(text)
    assert article.headline == headline
    assert article.byline is None


def test_a_marker_that_is_a_noun_still_opens_a_byline_of_names() -> None:
    article = articleparse.parse(page(HEADLINE, "Autoren Jana Müller und Anna Weber", LEAD, *GERMAN))
    assert article.byline is not None
    assert article.byline.authors == ("Jana Müller", "Anna Weber")


@pytest.mark.parametrize(
    ("headline", "body", "marker"),
    [(ENGLISH_HEADLINE, ENGLISH, "Comments"), (HEADLINE, (LEAD, *GERMAN), "Kommentare")],
)
def test_a_readers_name_after_the_comments_marker_is_no_byline(
    headline: str, body: tuple[str, ...], marker: str
) -> None:
    text = page(headline, *body, marker, "Jane Roe", "March 3, 2021 at 10:00 am", "Great article, thanks for it.")
    assert articleparse.parse(text).byline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe, G7", ("Jane Doe",)),
        ("By Jane Doe and COVID19", ("Jane Doe",)),
        ("Von Jana Müller, ZDF2", ("Jana Müller",)),
        ("von leser1984", ("leser1984",)),
    ],
)
def test_a_word_with_digits_is_an_author_only_as_the_one_handle_given(line: str, authors: tuple[str, ...]) -> None:
    from articleparse._metadata.authors import byline_authors

    assert byline_authors(line, articleparse.DEFAULT_CONFIG) == authors
