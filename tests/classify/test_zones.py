"""Where the article is: zones, the headline near the body, page metadata, page chrome."""

from __future__ import annotations

from datetime import date

import pytest

import articleparse
from articleparse import Role

from .helpers import dump

# German prose, so that the function words of the dump's own language are what tell it apart.
LEAD = "Die Stadt hat am Montag beschlossen, den alten Bahnhof bis zum Ende des Jahres zu sanieren."
GERMAN = (
    "Der Umbau soll nach Angaben der Verwaltung rund drei Millionen Euro kosten und im Frühjahr beginnen.",
    "Die Anwohner hatten sich seit Jahren über den Zustand des Gebäudes beschwert, das seit 2015 leer steht.",
    "Im Stadtrat stimmte eine breite Mehrheit für das Vorhaben, nur die Opposition enthielt sich der Stimme.",
    "Wann die ersten Züge wieder halten, ist noch offen; die Bahn will sich erst im Sommer dazu äußern.",
)
MENU = ("Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wetter", "Suche", "Anmelden")
FOOTER = ("Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Cookie-Einstellungen", "Nach oben")


def page(*middle: str, title: str = "Alter Bahnhof wird saniert | Stadtanzeiger") -> str:
    """A whole page saved as text: its title, a menu, the article, the menu again in the footer."""
    return dump(title, *MENU, *middle, *FOOTER, *MENU)


def test_a_page_keeps_its_menus_and_footer_out_of_the_body() -> None:
    article = articleparse.parse(page("Alter Bahnhof wird saniert", LEAD, *GERMAN))
    assert [paragraph.text for paragraph in article.body] == [LEAD, *GERMAN]
    roles = {block.text: block.role for block in article.blocks}
    assert all(roles[item] is Role.BOILERPLATE for item in (*MENU, *FOOTER))


def test_the_headline_is_the_line_repeating_the_page_title_without_the_site() -> None:
    article = articleparse.parse(page("Alter Bahnhof wird saniert", LEAD, *GERMAN))
    assert article.headline == "Alter Bahnhof wird saniert"
    assert article.blocks[0].role is Role.BOILERPLATE  # the page's own title line, with the site's name


def test_a_byline_and_a_german_date_near_the_headline_are_read() -> None:
    text = page("Alter Bahnhof wird saniert", "Von Jana Müller", "Mi, 18. Oktober 2023 um 12:50 Uhr", LEAD, *GERMAN)
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jana Müller",)
    assert article.published is not None
    assert (article.published.date(), article.published.hour) == (date(2023, 10, 18), 12)


def test_a_dotted_date_is_day_first_whatever_the_configuration() -> None:
    text = page("Alter Bahnhof wird saniert", "05.06.2019", LEAD, *GERMAN)
    article = articleparse.parse(text)
    assert article.published is not None
    assert article.published.date() == date(2019, 6, 5)


def test_a_name_beside_the_headline_is_its_byline_in_a_page() -> None:
    article = articleparse.parse(page("Alter Bahnhof wird saniert", "Jana Müller", LEAD, *GERMAN))
    assert article.byline is not None
    assert article.byline.authors == ("Jana Müller",)


def test_a_lead_under_the_byline_is_the_first_paragraph() -> None:
    text = page("Alter Bahnhof wird saniert", "Von Jana Müller", LEAD, "Foto: Stadtanzeiger", *GERMAN)
    article = articleparse.parse(text)
    assert article.body[0].text == LEAD
    assert article.captions[0].text == "Foto: Stadtanzeiger"


def test_the_body_ends_at_a_marker_of_what_follows_the_article() -> None:
    teasers = (
        "Ähnliche Beiträge",
        "Neue Brücke über den Fluss: Die Stadt hat die Pläne für den Bau am Dienstag im Rathaus vorgestellt.",
        "Schwimmbad schließt im Winter: Wegen der hohen Energiekosten bleibt das Hallenbad bis März zu.",
    )
    article = articleparse.parse(page("Alter Bahnhof wird saniert", LEAD, *GERMAN, *teasers))
    assert [paragraph.text for paragraph in article.body] == [LEAD, *GERMAN]


def test_the_article_is_before_its_comments_however_long_they_are() -> None:
    comments = [
        f"Ich finde das eine gute Idee, aber warum dauert es so lange? Das habe ich schon {n} Mal gesagt, "
        "und niemand hört auf uns Bürger, die jeden Tag an dem Gebäude vorbeigehen müssen."
        for n in range(2, 12)
    ]
    article = articleparse.parse(page("Alter Bahnhof wird saniert", LEAD, *GERMAN, "Kommentare", *comments))
    assert [paragraph.text for paragraph in article.body] == [LEAD, *GERMAN]


def test_a_call_to_the_reader_after_the_article_is_not_body() -> None:
    call = "Sie wollen nichts mehr verpassen? Dann abonnieren Sie jetzt unseren Newsletter!"
    article = articleparse.parse(page("Alter Bahnhof wird saniert", LEAD, *GERMAN, call))
    assert call not in article.text
    assert {block.text: block.role for block in article.blocks}[call] is Role.BOILERPLATE


def test_an_article_on_its_own_is_not_cut_by_its_short_lines() -> None:
    # No page chrome: the line-ups after a match report's prose are the article's.
    text = dump(
        "Dundee Utd 4-1 Aberdeen",
        "Dundee United ended a run of four defeats with a convincing win over Aberdeen at Tannadice on Saturday.",
        "Archibald 19, Grady 29.",
        "8,661",
    )
    assert [block.role for block in articleparse.parse(text).blocks][-2:] == [Role.PARAGRAPH, Role.PARAGRAPH]


def test_explain_names_the_zones() -> None:
    explained = articleparse.explain(page("Alter Bahnhof wird saniert", LEAD, *GERMAN))
    zones = {}
    for found in explained:
        zones.setdefault(found.block.text, found.zone)  # a menu's first showing, above the article
    assert zones[LEAD] == "body"
    assert zones["Alter Bahnhof wird saniert"] == "header"
    assert zones[MENU[0]] == "above"
    assert zones[FOOTER[0]] == "trailer"
    scores = {found.block.text: found.score for found in explained[:12]}
    assert scores[LEAD] > 0 > scores[MENU[1]]


# The same story in English and French, beside the German one, for the page metadata's evidence.
STORIES = {
    "en": (
        "City to restore the old railway station",
        (
            "The city decided on Monday to restore the old railway station by the end of the year, officials said.",
            "The work is expected to cost about three million euros and to begin in the spring, the council said.",
            "Residents had complained for years about the state of the building, which has stood empty since 2015.",
            "A broad majority of the council voted for the plan, with only the opposition abstaining from the vote.",
        ),
    ),
    "de": ("Alter Bahnhof wird saniert", (LEAD, *GERMAN)),
    "fr": (
        "La ville va rénover l'ancienne gare",
        (
            "La ville a décidé lundi de rénover l'ancienne gare d'ici la fin de l'année, selon la mairie.",
            "Les travaux devraient coûter environ trois millions d'euros et commencer au printemps, selon la mairie.",
            "Les habitants se plaignaient depuis des années de l'état du bâtiment, qui est vide depuis 2015.",
            "Une large majorité du conseil a voté pour le projet, seule l'opposition s'est abstenue lors du vote.",
        ),
    ),
}
# A byline opened in lower case, with its date; and the same opened in upper case.
BYLINES = {
    "en": ("by Jane Doe on January 20, 2020", "By Jane Doe on January 20, 2020", "Jane Doe"),
    "de": ("von Jana Müller am 20. Januar 2020", "Von Jana Müller am 20. Januar 2020", "Jana Müller"),
    "fr": ("par Jeanne Dupont le 20 janvier 2020", "Par Jeanne Dupont le 20 janvier 2020", "Jeanne Dupont"),
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_headline_over_a_byline_in_lower_case_is_the_headline(code: str) -> None:
    # The byline's lower-case "by" read as the headline's sentence going on below it.
    headline, paragraphs = STORIES[code]
    text = page(headline, BYLINES[code][0], *paragraphs, title=f"{headline} | Stadtanzeiger")
    article = articleparse.parse(text)
    assert article.headline == headline
    assert article.byline is not None
    assert article.byline.authors == (BYLINES[code][2],)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_marked_byline_under_the_headline_wins_over_a_name_shaped_line_above_it(code: str) -> None:
    # A menu line shaped like a name, above the headline, was taken for the byline, and the date
    # the story's own byline gives was lost with it.
    headline, paragraphs = STORIES[code]
    text = page("Latest Newsletter Podcast", headline, BYLINES[code][1], *paragraphs, title=f"{headline} | Site")
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == (BYLINES[code][2],)
    assert article.published is not None
    assert article.published.date() == date(2020, 1, 20)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_dated_byline_above_the_headline_wins_over_a_bare_name_under_it(code: str) -> None:
    headline, paragraphs = STORIES[code]
    name = BYLINES[code][2]
    text = page(f"20.01.2020 // {name}", headline, name, *paragraphs, title=f"{headline} | Site")
    article = articleparse.parse(text)
    assert article.byline is not None
    assert article.byline.text == f"20.01.2020 // {name}"
    assert article.published is not None
    assert article.published.date() == date(2020, 1, 20)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_headline_with_a_dash_inside_is_found_by_the_page_title(code: str) -> None:
    # The title's parts were joined by spaces, so a headline holding a dash never matched it.
    headline, paragraphs = STORIES[code]
    headline = f"{headline} – {paragraphs[0].split()[1]}"
    text = page("Startseite Politik", headline, *paragraphs, title=f"{headline} | Stadtanzeiger")
    assert articleparse.parse(text).headline == headline


# A line of the page's chrome under a headline, opening in lower case.
UNDER = {
    "en": "filed under local news and politics",
    "de": "eingetragen bei Politik und Verkehr",
    "fr": "classé dans politique et transports",
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_line_repeating_the_page_title_is_the_headline_whatever_opens_the_line_under_it(code: str) -> None:
    # A line under the headline opening in lower case made it read as a sentence broken off and
    # going on below, though it repeats the page title.
    headline, paragraphs = STORIES[code]
    text = page("Startseite Politik", headline, UNDER[code], *paragraphs, title=f"{headline} - Stadtanzeiger")
    assert articleparse.parse(text).headline == headline


# A teaser of another story, shaped like a headline, between a page's headline and its lead.
TEASERS = {
    "en": "Weekend markets across the region",
    "de": "Wochenmärkte in der ganzen Region",
    "fr": "Les marchés du week-end dans la région",
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_without_a_page_title_the_headline_is_the_candidate_its_lead_tells_of(code: str) -> None:
    # With no page title to repeat (as inscriptis renders pages), the teaser nearer the body won.
    headline, paragraphs = STORIES[code]
    text = dump(*MENU, headline, TEASERS[code], *paragraphs, *FOOTER, *MENU)
    assert articleparse.parse(text).headline == headline
    no_lead = articleparse.ParserConfig(headline_lead_weight=0)
    assert articleparse.parse(text, config=no_lead).headline == TEASERS[code]


def test_a_sentence_broken_over_two_lines_is_no_headline_over_a_dated_continuation() -> None:
    # The lower-case exception took any line holding a date for header furniture: the first half
    # of a broken sentence became the headline and its continuation a false timestamp.
    _, paragraphs = STORIES["en"]
    text = dump(
        *MENU,
        "Residents of the northern district say the new harbour wall",
        "will cost them more on 1 March 2021",
        *paragraphs,
        *FOOTER,
        *MENU,
    )
    article = articleparse.parse(text)
    assert article.headline != "Residents of the northern district say the new harbour wall"
    assert article.published is None
