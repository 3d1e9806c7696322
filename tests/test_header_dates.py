"""Dates near the headline and the byline, in the seven languages: labels, times and both dates of a line."""

from __future__ import annotations

from datetime import datetime

import pytest

import articleparse

PROSE = "The minister said on Monday that the talks would go on for another week at least."
MORE = "Officials from both sides met in Geneva, where the mood was said to be calm and businesslike."


def header(*lines: str) -> str:
    return "\n\n".join(["A headline for the story", *lines, PROSE, MORE])


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # A time written with its word after the date: "à 11h46", "alle ore", "a las".
        ("Publié le 3 mars 2021 à 11h46", datetime(2021, 3, 3, 11, 46)),
        ("Publié le 3 mars 2021 à 11 h 46", datetime(2021, 3, 3, 11, 46)),
        ("Pubblicato il 3 marzo 2021 alle ore 10:00", datetime(2021, 3, 3, 10, 0)),
        ("Publicado el 3 de marzo de 2021 a las 10:00", datetime(2021, 3, 3, 10, 0)),
    ],
)
def test_a_time_after_its_word_is_read(line: str, published: datetime) -> None:
    article = articleparse.parse(header(line))
    assert article.published == published
    assert not article.timestamps[0].date_only


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Letzte Änderung: 04.03.2021", datetime(2021, 3, 4)),
        ("Dernière mise à jour : 4 mars 2021", datetime(2021, 3, 4)),
        ("Última actualización: 4 de marzo de 2021", datetime(2021, 3, 4)),
        ("Ultimo aggiornamento: 4 marzo 2021", datetime(2021, 3, 4)),
        ("Última atualização: 4 de março de 2021", datetime(2021, 3, 4)),
        ("Laatst gewijzigd op 4 maart 2021", datetime(2021, 3, 4)),
        ("Last edited March 4, 2021", datetime(2021, 3, 4)),
    ],
)
def test_update_lines_of_the_seven_languages(line: str, updated: datetime) -> None:
    article = articleparse.parse(header(line))
    assert article.updated == updated
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Posted March 3, 2021, edited March 4, 2021",
        "Veröffentlicht am 03.03.2021 (Letztes Update: 04.03.2021)",
        "Publié le 3 mars 2021, mis à jour le 4 mars 2021 à 11h46",
    ],
)
def test_a_line_with_both_dates_gives_the_first_publication_and_the_update(line: str) -> None:
    article = articleparse.parse(header(line))
    assert article.published is not None
    assert article.published.date() == datetime(2021, 3, 3).date()
    assert article.updated is not None
    assert article.updated.date() == datetime(2021, 3, 4).date()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("By Jane Doe", "John Roe 3 March 2021"),
        ("Von Jane Doe", "Hans Muster, 3. März 2021"),
        ("Par Jane Doe", "Jean Dupont, 3 mars 2021"),
    ],
)
def test_a_later_bylines_date_is_the_publication_date(first: str, second: str) -> None:
    article = articleparse.parse(header(first, second))
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert article.published == datetime(2021, 3, 3)


# Whole pages saved as text without the page's title on top (as inscriptis renders them): a menu,
# the article, a footer; in German, English and French, so that each language's prose is its own.
MENU = ("Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wetter", "Suche", "Anmelden")
FOOTER = ("Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Cookie-Einstellungen", "Nach oben")
GERMAN = (
    "Die Stadt hat am Montag beschlossen, den alten Bahnhof bis zum Ende des Jahres zu sanieren.",
    "Der Umbau soll nach Angaben der Verwaltung rund drei Millionen Euro kosten und im Frühjahr beginnen.",
    "Die Anwohner hatten sich seit Jahren über den Zustand des Gebäudes beschwert, das seit 2015 leer steht.",
    "Im Stadtrat stimmte eine breite Mehrheit für das Vorhaben, nur die Opposition enthielt sich der Stimme.",
)
ENGLISH = (
    "The council decided on Monday that the old station would be restored by the end of the year.",
    "The work is expected to cost about three million euros and should begin in the spring, officials said.",
    "Residents had complained for years about the state of the building, which has stood empty since 2015.",
    "A large majority of the council voted for the plan, while the opposition abstained from the vote.",
)
FRENCH = (
    "La ville a décidé lundi que la vieille gare serait rénovée avant la fin de l'année prochaine.",
    "Les travaux devraient coûter environ trois millions d'euros et commencer au printemps, selon la mairie.",
    "Les habitants se plaignaient depuis des années de l'état du bâtiment, vide depuis 2015 déjà.",
    "Une large majorité du conseil a voté pour le projet, tandis que l'opposition s'est abstenue.",
)


def page(*middle: str) -> str:
    return "\n\n".join([*MENU, *middle, *FOOTER, *MENU])


@pytest.mark.parametrize(
    ("headline", "line", "prose", "published"),
    [
        ("Alter Bahnhof wird saniert", "Stand: 26.02.2020, 12:30 Uhr", GERMAN, datetime(2020, 2, 26, 12, 30)),
        ("Alter Bahnhof wird saniert", "Mi, 18. Oktober 2023 um 12:50 Uhr", GERMAN, datetime(2023, 10, 18, 12, 50)),
        ("Old station to be restored", "Date: 3 March 2021, 9:15 am", ENGLISH, datetime(2021, 3, 3, 9, 15)),
        ("La gare sera rénovée", "Publiée le mercredi 3 mars 2021 à 11h46", FRENCH, datetime(2021, 3, 3, 11, 46)),
        ("Old station to be restored", "Publicada el 3 de marzo de 2021, 10:00", ENGLISH, datetime(2021, 3, 3, 10, 0)),
        ("Old station to be restored", "Pubblicata il 3 marzo 2021", ENGLISH, datetime(2021, 3, 3)),
        ("Old station to be restored", "Geplaatst op 3 maart 2021", ENGLISH, datetime(2021, 3, 3)),
    ],
)
def test_a_date_line_above_the_body_of_a_page_is_its_date_not_its_headline(
    headline: str, line: str, prose: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(headline, line, *prose))
    assert article.headline == headline
    assert article.published == published


@pytest.mark.parametrize(
    ("headline", "prose", "trailer", "published"),
    [
        ("Alter Bahnhof wird saniert", GERMAN, ("Teilen", "Erschienen am: 01.11.2023"), datetime(2023, 11, 1)),
        ("Old station to be restored", ENGLISH, ("Share this", "Published: 3 March 2021"), datetime(2021, 3, 3)),
        ("La gare sera rénovée", FRENCH, ("Partager", "Publié le 3 mars 2021"), datetime(2021, 3, 3)),
    ],
)
def test_a_labelled_date_under_the_body_is_the_pages_date_when_the_header_has_none(
    headline: str, prose: tuple[str, ...], trailer: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(headline, *prose, *trailer))
    assert article.published == published


def test_an_unlabelled_date_under_the_body_is_not_the_pages_date() -> None:
    article = articleparse.parse(page("Old station to be restored", *ENGLISH, "Share this", "3 March 2021"))
    assert article.published is None


@pytest.mark.parametrize(
    ("headline", "line", "prose", "published"),
    [
        ("Alter Bahnhof wird saniert", "27.04.2020 - 18:50 Uhr 3 Kommentare", GERMAN, datetime(2020, 4, 27, 18, 50)),
        ("Old station to be restored", "March 3, 2021 - 9:15 am | 3 Comments", ENGLISH, datetime(2021, 3, 3, 9, 15)),
        ("La gare sera rénovée", "3 mars 2021 (AFP) Paris", FRENCH, datetime(2021, 3, 3)),
    ],
)
def test_a_line_opening_with_a_date_is_the_pages_date_not_its_headline(
    headline: str, line: str, prose: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(headline, line, *prose))
    assert article.headline == headline
    assert article.published == published


@pytest.mark.parametrize(
    ("headline", "lines", "prose", "published"),
    [
        (
            "Alter Bahnhof wird saniert",
            "18. Oktober 2023\nveröffentlicht von der Redaktion",
            GERMAN,
            datetime(2023, 10, 18),
        ),
        ("Old station to be restored", "March 3, 2021\nposted by the newsroom", ENGLISH, datetime(2021, 3, 3)),
        ("La gare sera rénovée", "3 mars 2021\npublié par la rédaction", FRENCH, datetime(2021, 3, 3)),
    ],
)
def test_a_date_opening_a_block_of_a_few_lines_is_read(
    headline: str, lines: str, prose: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(headline, lines, *prose))
    assert article.headline == headline
    assert article.published == published


SHARE = ("Facebook", "Twitter", "Pinterest", "WhatsApp", "E-Mail", "Drucken", "Teilen", "Kommentare")


@pytest.mark.parametrize(
    ("headline", "line", "prose", "published"),
    [
        ("Alter Bahnhof wird saniert", "16. März 2021", GERMAN, datetime(2021, 3, 16)),
        ("Old station to be restored", "March 16, 2021", ENGLISH, datetime(2021, 3, 16)),
        ("La gare sera rénovée", "16/03/2021", FRENCH, datetime(2021, 3, 16)),
    ],
)
def test_a_date_line_above_the_header_is_the_pages_date_when_the_header_has_none(
    headline: str, line: str, prose: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(line, *SHARE, headline, *prose))
    assert article.headline == headline
    assert article.published == published


@pytest.mark.parametrize(
    ("headline", "line", "prose", "published"),
    [
        (
            "Alter Bahnhof wird saniert",
            "Dezember 10, 2019 · von Jana Müller · in Allgemein · Hinterlasse einen Kommentar",
            GERMAN,
            datetime(2019, 12, 10),
        ),
        (
            "Old station to be restored",
            "February 4, 2020 • words written by Jane Doe • art by John Roe • 3 comments",
            ENGLISH,
            datetime(2020, 2, 4),
        ),
        (
            "La gare sera rénovée",
            "4 février 2020 · par Jean Dupont · dans Société · Laisser un commentaire",
            FRENCH,
            datetime(2020, 2, 4),
        ),
    ],
)
def test_a_long_line_opening_with_a_date_in_the_header_gives_the_date(
    headline: str, line: str, prose: tuple[str, ...], published: datetime
) -> None:
    article = articleparse.parse(page(headline, line, *prose))
    assert article.published == published


@pytest.mark.parametrize(
    ("prose", "trailer", "published", "updated"),
    [
        (
            GERMAN,
            ("Letzte Änderung: 04.03.2021", "Erschienen am: 03.03.2021"),
            datetime(2021, 3, 3),
            datetime(2021, 3, 4),
        ),
        (ENGLISH, ("Last edited: 4 March 2021", "Published: 3 March 2021"), datetime(2021, 3, 3), datetime(2021, 3, 4)),
        (FRENCH, ("Modifié le 4 mars 2021", "Publié le 3 mars 2021"), datetime(2021, 3, 3), datetime(2021, 3, 4)),
    ],
)
def test_labelled_dates_under_the_body_go_together(
    prose: tuple[str, ...], trailer: tuple[str, ...], published: datetime, updated: datetime
) -> None:
    # The first stands at the end of trailer_date_reach, the second right under it.
    reach = articleparse.DEFAULT_CONFIG.trailer_date_reach
    filler = tuple(f"Teilen {number}" for number in range(reach - 1))
    article = articleparse.parse(page("Old station to be restored", *prose, *filler, *trailer))
    assert article.published == published
    assert article.updated == updated


@pytest.mark.parametrize(
    ("headline", "prose", "labelled"),
    [
        ("Alter Bahnhof wird saniert", GERMAN, "Veröffentlicht am 03.03.2021"),
        ("Old station to be restored", ENGLISH, "Published 3 March 2021"),
        ("La gare sera rénovée", FRENCH, "Publié le 3 mars 2021"),
    ],
)
def test_a_labelled_date_above_the_header_beats_a_nearer_bare_one(
    headline: str, prose: tuple[str, ...], labelled: str
) -> None:
    article = articleparse.parse(page(labelled, *SHARE, "5 March 2021", *SHARE, headline, *prose))
    assert article.published == datetime(2021, 3, 3)


@pytest.mark.parametrize(
    ("headline", "lines", "prose", "published"),
    [
        (
            "Alter Bahnhof wird saniert",
            "  Lesezeit: 3 min\n31.10.2023 14:08\n  Der Umbau beginnt.",
            GERMAN,
            datetime(2023, 10, 31, 14, 8),
        ),
        (
            "Old station to be restored",
            "  Reading time: 3 min\nMarch 3, 2021 9:15 am\n  The work begins.",
            ENGLISH,
            datetime(2021, 3, 3, 9, 15),
        ),
        (
            "La gare sera rénovée",
            "  Temps de lecture : 3 min\n3 mars 2021 à 11h46\n  Les travaux commencent.",
            FRENCH,
            datetime(2021, 3, 3, 11, 46),
        ),
    ],
)
def test_a_date_line_among_a_few_short_lines_is_read(
    headline: str, lines: str, prose: tuple[str, ...], published: datetime
) -> None:
    # The renderer set the page's date among its header's other short lines, above a share bar.
    article = articleparse.parse(page(lines, *SHARE, headline, *prose))
    assert article.published == published


@pytest.mark.parametrize(
    ("headline", "line", "prose"),
    [
        ("Alter Bahnhof wird saniert", "Letzte Aktualisierung am 2.02.2022 / Links zu Partnern", GERMAN),
        ("Old station to be restored", "Last updated on February 2, 2022 / links to partners", ENGLISH),
        ("La gare sera rénovée", "Mis à jour le 2 février 2022 / liens vers nos partenaires", FRENCH),
    ],
)
def test_an_update_label_before_a_date_in_a_longer_line_makes_it_an_update(
    headline: str, line: str, prose: tuple[str, ...]
) -> None:
    article = articleparse.parse(page(headline, line, *prose))
    assert article.updated == datetime(2022, 2, 2)
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: March 3, 2021 12:30 a.m.", datetime(2021, 3, 3, 0, 30)),
        ("Published: March 3, 2021 12:30 p.m.", datetime(2021, 3, 3, 12, 30)),
        ("Published: Sept 4, 2020 7 a.m.", datetime(2020, 9, 4, 7, 0)),
        ("Published: Sept 4, 2020 7 A.M.", datetime(2020, 9, 4, 7, 0)),
        ("Publicado: 5 de mayo de 2020 a las 10:00", datetime(2020, 5, 5, 10, 0)),
    ],
)
def test_times_marked_with_stops_keep_their_half_of_the_day(line: str, expected: datetime) -> None:
    # Once a one-letter "a" was no mark of the morning ("a las 10:00"), "12:30 a.m." read as noon
    # and "7 a.m." as a date without a time.
    article = articleparse.parse(f"Harbour works begin on Monday\n\n{line}\n\n{PROSE}\n\n{MORE}\n")
    assert article.published == expected
