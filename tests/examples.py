"""Hand-built articles for explicit Hypothesis examples: shrunk failures kept as regressions."""

from __future__ import annotations

from articleparse import Article, Paragraph, Promo, RelatedLink, Role, SourceLine, Span
from articleparse._render import lay_out

_NOWHERE = Span(0, 0, 1, 1)
PUTIN = "Vladimir Putin said that the truce would hold until the end of the month."


def drafted(
    *paragraphs: str,
    headline: str | None = None,
    related: tuple[tuple[str, int], ...] = (),
    source: SourceLine | None = None,
    promos: tuple[tuple[str, str], ...] = (),
) -> Article:
    """An article with the spans and blocks of its default rendering."""
    draft = Article(
        headline=headline,
        body=tuple(Paragraph(text, Role.PARAGRAPH, _NOWHERE) for text in paragraphs),
        related=tuple(RelatedLink(text, _NOWHERE, position) for text, position in related),
        source=source,
        promos=tuple(Promo(title, blurb, _NOWHERE) for title, blurb in promos),
    )
    return lay_out(draft)[1]


# A related link that noise sets off with two blank lines on each side is still a link, not a credit.
LINK_SET_OFF = drafted(
    f"{PUTIN} {PUTIN}",
    f"{PUTIN} {PUTIN} {PUTIN}",
    f"{PUTIN} {PUTIN}",
    related=(("Ceasefire: Russia Russia Russia", 1),),
)
LINK_SET_OFF_DUMP = (
    LINK_SET_OFF,
    f"    \u00a0{PUTIN} {PUTIN} \n\n\n    \u00a0Ceasefire: Russia Russia Russia\n\n\n"
    f"    \u00a0{PUTIN} {PUTIN} {PUTIN} \n\n    \u00a0{PUTIN} {PUTIN}",
)
# A no-break space before the first paragraph does not make it a standfirst.
NBSP_FIRST = drafted(
    f"{PUTIN} {PUTIN}",
    f"{PUTIN} {PUTIN} {PUTIN}",
    headline="Ceasefire: Russia Russia Russia",
    related=(("Ceasefire: Russia Russia Russia", 1),),
)
NBSP_FIRST_DUMP = (
    NBSP_FIRST,
    f"\u00a0Ceasefire: Russia Russia Russia \n\n\n    \u00a0{PUTIN} {PUTIN} \n\n\n"
    f"    \u00a0Ceasefire: Russia Russia Russia\n\n    \u00a0{PUTIN} {PUTIN} {PUTIN}",
)

# Hard-wrapped at exactly the sentence length: every break full, one before a lower-case word.
WARNED = "Vladimir Putin warned that the truce would hold until the end of the month."
WRAPPED_AT_SENTENCES = drafted(f"{PUTIN} {PUTIN}", f"{PUTIN} {WARNED}", f"{PUTIN} {PUTIN} {PUTIN} {PUTIN}")
ANNOUNCED = "Vladimir Putin announced that the truce would hold until the end of the month."
# The wire layout with every sentence filling a line: no continuation breaks mid-sentence.
WIRE_AT_SENTENCES = drafted(f"{PUTIN} {PUTIN}", f"{PUTIN} {WARNED}", f"{PUTIN} {ANNOUNCED}")
ASKED = (
    "Why did the government wait so long, Vladimir Putin asked, when the truce would hold until the end of the month?"
)
# Five paragraphs closing alike (a writer's, not a template's: the dump shows no chrome), a related
# link under each of the first three, two blank lines between blocks: every paragraph is body.
LINKS_AMONG_ALIKE = drafted(
    f"{PUTIN} {PUTIN}",
    f"{PUTIN} {WARNED}",
    f"{PUTIN} {ANNOUNCED}",
    f"{PUTIN} {ASKED}",
    f"{PUTIN} {PUTIN} {PUTIN} {PUTIN}",
    related=tuple(("Ceasefire: Russia Russia Russia", position) for position in (1, 2, 3)),
)
