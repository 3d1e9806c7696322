"""Lines into paragraphs: hard wraps, the wire layout, one paragraph a line."""

from __future__ import annotations

import articleparse
from articleparse import Role

SENTENCE = "Vladimir Putin said that the truce would hold until the end of the month."


def texts(text: str) -> list[str]:
    return [block.text for block in articleparse.parse(text).blocks]


def test_a_hard_wrap_whose_breaks_mostly_fall_at_sentence_ends_is_still_joined() -> None:
    # Sentences exactly as long as the width: every break is full, one continues a sentence.
    wrapped = "\n".join(
        [
            SENTENCE,
            SENTENCE,
            "",
            SENTENCE,
            "Vladimir Putin warned that the truce would hold until the end of the",
            "month.",
            "",
            SENTENCE,
            SENTENCE,
            SENTENCE,
        ]
    )
    assert [len(text.split(". ")) for text in texts(wrapped)] == [2, 2, 3]


def test_capitalised_lines_of_similar_width_stay_separate() -> None:
    bullets = [
        "Madonna and Guy Ritchie are battling for custody of their son through court",
        "Judge in Manhattan court told them to solve the dispute by themselves",
        "Rocco currently lives with his father in London and says he wants to stay",
        "Source claims Madonna is close to agreeing, so long as he visits regularly",
        "Guy was spending quality time with his son amidst the legal drama",
    ]
    assert texts("\n".join(bullets) + "\n\nThe story goes on here.")[:5] == bullets


def test_one_paragraph_a_line_stays_one_paragraph_a_line() -> None:
    lines = ["The first paragraph is a sentence.", "The second one is another, longer sentence of prose.", "A third."]
    assert texts("\n".join(lines)) == lines


def test_the_wire_layout_first_line_indented_continuations_flush() -> None:
    wire = (
        "    WASHINGTON - The Senate voted on Tuesday to extend the program for\n"
        "another year, officials said.\n"
        "    The measure now goes to the House, where its fate is\n"
        "uncertain.\n"
        "    REUTERS"
    )
    assert texts(wire) == [
        "WASHINGTON - The Senate voted on Tuesday to extend the program for another year, officials said.",
        "The measure now goes to the House, where its fate is uncertain.",
        "REUTERS",
    ]


def test_a_sentence_broken_before_a_lower_case_word_is_joined() -> None:
    article = articleparse.parse("Headline\n\nThe minister said the plan\nwould go ahead in March.")
    assert [(block.role, block.text) for block in article.blocks][1] == (
        Role.PARAGRAPH,
        "The minister said the plan would go ahead in March.",
    )


def test_the_wire_layout_when_every_sentence_fills_its_line() -> None:
    sentence = "Vladimir Putin said that the truce would hold until the end of the month."
    wire = f"    {sentence}\n{sentence}\n    {sentence}\n{sentence}"
    assert texts(wire) == [f"{sentence} {sentence}"] * 2


def test_an_indented_first_line_before_short_sentences_is_not_the_wire_layout() -> None:
    assert texts("    The first line is indented.\nThe second is not.\nNor the third.") == [
        "The first line is indented.",
        "The second is not.",
        "Nor the third.",
    ]


def test_mixtures_of_layouts_in_one_file() -> None:
    text = (
        "Mixed layouts in one dump\n\n"
        "A paragraph written on one line ends here.\n"
        "Another follows on the next line without a blank.\n\n"
        "This one was wrapped by hand, its lines broken\n"
        "wherever the editor's window happened to end.\n\n"
        "And a last one stands alone."
    )
    assert [block.text for block in articleparse.parse(text).body] == [
        "A paragraph written on one line ends here.",
        "Another follows on the next line without a blank.",
        "This one was wrapped by hand, its lines broken wherever the editor's window happened to end.",
        "And a last one stands alone.",
    ]


def test_a_headline_in_capitals_is_a_headline() -> None:
    assert articleparse.parse("TRUMP SIGNS ORDER ON STEEL\n\nThe story begins here.").headline == (
        "TRUMP SIGNS ORDER ON STEEL"
    )
