"""Where the article is: zones, the headline near the body, page metadata, page chrome."""

from __future__ import annotations

from datetime import date

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
