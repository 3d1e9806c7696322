"""One vocabulary: every word the parser matches lives in the language data or in ``ParserConfig``.

Words are written in :mod:`articleparse._vocabulary` and :mod:`articleparse._languages`,
held by :class:`articleparse.ParserConfig` (:mod:`articleparse._config`), and built into
patterns once per configuration in :mod:`articleparse._compiled` (with the calendar of
:mod:`articleparse._calendar`, built from the languages there). An export reader may
spell its own layout's labels (``LOAD-DATE:``, ``Document <id>``, ``End of Document``).
Anywhere else, a string passed to ``re.compile`` or a module-level tuple, list, set or
frozenset of strings that holds a word of three letters or more is a word list written
a second time, which a word a user adds to the configuration would not reach.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs

import articleparse
from articleparse import DEFAULT_CONFIG, parse
from articleparse._classify.shapes import match_byline, match_date_line
from articleparse._config import compiled
from articleparse._metadata.dates import read_dates
from articleparse._model import TimestampKind
from articleparse._roles import Role
from articleparse._text import title_cased

SOURCE = Path(articleparse.__file__).parent

#: The modules where words may be written, and why.
ALLOWED = {
    "_vocabulary.py": "the default word lists",
    "_languages.py": "the language data",
    "_config.py": "the configuration's fields and their defaults",
    "_compiled.py": "the patterns built from the configuration",
    "_calendar.py": "the date patterns built from the languages' calendars",
    "_exports/_lines.py": "the export layouts' shared labels (Copyright, All rights reserved, words)",
    "_exports/factiva.py": "Factiva's own labels (Document <id>, words)",
    "_exports/lexisnexis.py": "LexisNexis's own labels (DOCUMENTS, Dokument ... von ...)",
    "_exports/nexis_uni.py": "Nexis Uni's own labels (End of Document)",
    "_exports/proquest.py": "ProQuest's own labels (Document ... of ...)",
}

#: Names whose strings are not the parser's vocabulary: what they hold is not matched against a dump's words.
NOT_VOCABULARY = {
    ("_charset.py", "CANDIDATES"): "codec names",
    ("_formats.py", "CSV_COLUMNS"): "the CSV output's column names",
    ("_classify/shapes.py", "_URL"): "an address's scheme (https, www)",
    ("_tokenize.py", "_STANDALONE"): "an address's scheme and CNN's @highlight field",
    ("_classify/caption.py", "_FILE_NAME"): "image file extensions",
    ("_inputs.py", "TEXT_SUFFIXES"): "file name suffixes a folder's dumps carry",
    ("_inputs.py", "_NOT_DUMPS"): "names of a folder's files that are not dumps (README, LICENSE)",
    ("_model.py", "_LANGUAGE_SOURCES"): "the values of Article.language_source",
}

# What a regular expression writes that is not a word: escapes, classes, group names, repeats.
_NOT_WORDS = re.compile(r"\\[A-Za-z]|\[(?:\\.|[^\]\\])*\]|\(\?P?<[^>]*>|\(\?[a-zA-Z]+[:)]|\{[^}]*\}")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(pattern: str) -> list[str]:
    return _WORD.findall(_NOT_WORDS.sub(" ", pattern))


def _strings(node: ast.AST, constants: dict[str, list[str]]) -> list[str]:
    """The string constants ``node`` is made of, module-level string constants it names included."""
    found = []
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            found.append(child.value)
        elif isinstance(child, ast.Name) and child.id in constants:
            found.extend(constants[child.id])
    return found


def _owner(tree: ast.Module, target: ast.AST) -> str:
    """The name a pattern is given: the module-level name assigned, or the function it is made in."""
    for statement in tree.body:
        if any(node is target for node in ast.walk(statement)):
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                return ", ".join(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
                return statement.name
    return "?"


def _findings() -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        module = path.relative_to(SOURCE).as_posix()
        if module in ALLOWED or module == "strategies.py":  # test data for users' tests, not the parser's
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: [statement.value.value]
            for statement in tree.body
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
            if isinstance(statement.value.value, str)
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
            ):
                words = [word for text in _strings(node.args[0], constants) for word in _words(text)]
                if words:
                    found.setdefault((module, _owner(tree, node)), []).extend(words)
        for statement in tree.body:
            value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "frozenset":
                value = value.args[0] if value.args else None
            if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
                items = [item.value for item in value.elts if isinstance(item, ast.Constant)]
                words = [word for item in items if isinstance(item, str) for word in _WORD.findall(item)]
                owner = _owner(tree, value)
                if words and owner != "__all__":
                    found.setdefault((module, owner), []).extend(words)
    return found


def test_no_word_list_is_written_outside_the_vocabulary() -> None:
    found = _findings()
    new = {key: words for key, words in found.items() if key not in NOT_VOCABULARY}
    assert not new, f"words written outside the vocabulary modules (move them to ParserConfig or a Language): {new}"


def test_every_name_set_aside_as_not_vocabulary_still_holds_words() -> None:
    found = _findings()
    stale = set(NOT_VOCABULARY) - set(found)
    assert not stale, f"these hold no words any more: take them off NOT_VOCABULARY: {sorted(stale)}"


def test_the_duplicates_named_in_the_issue_are_gone() -> None:
    names = {"_LABELS", "_MONTH", "_BY", "_PERSONAL", "_PAREN_CREDIT", "_UPDATE", "_JOINED", "_NAME_JOINS"}
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for statement in tree.body:
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    assert not (isinstance(target, ast.Name) and target.id in names), f"{path.name}: {target.id}"


def test_a_word_added_to_the_configuration_reaches_the_rules_that_read_its_list() -> None:
    # Each list is read from the configuration: a new timestamp label, byline marker, agency,
    # month, first-person pronoun or "and" is seen wherever the parser reads that list.
    text = "Ferry operators warn of delays\n\nVerfasser Jane Doe plus John Roe\n\n" + (
        "The harbour works begin on Monday, the operators said in a statement on Friday.\n\n" * 3
    )
    assert parse(text).byline is None
    assert match_date_line("Eingestellt: 17 Sep 2016", DEFAULT_CONFIG) is None
    english = DEFAULT_CONFIG.languages[0]
    config = attrs.evolve(
        DEFAULT_CONFIG,
        timestamp_labels=DEFAULT_CONFIG.timestamp_labels | {"eingestellt"},
        update_labels=DEFAULT_CONFIG.update_labels | {"revised"},
        byline_markers=(*DEFAULT_CONFIG.byline_markers, "verfasser"),
        languages=(attrs.evolve(english, and_words=english.and_words | {"plus"}), *DEFAULT_CONFIG.languages[1:]),
    )
    article = parse(text, config=config)
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe", "John Roe")
    found = match_date_line("Eingestellt: 17 Sep 2016", config)
    assert found is not None
    assert found.labels == ("eingestellt",)
    (reading,) = read_dates("Revised 18 Sep 2016", config)
    assert reading.kind is TimestampKind.UPDATED


def test_datelines_read_every_language_s_months() -> None:
    vocabulary = compiled(DEFAULT_CONFIG)
    assert vocabulary.dateline_agency.match("PARIS, Mars 3 (AFP) - ")
    assert vocabulary.dateline_agency.match("WASHINGTON, Sept 17 (Reuters) - ")
    assert "mars" in vocabulary.calendar.months


def test_an_agency_is_an_outlet_and_credits_a_picture() -> None:
    config = attrs.evolve(DEFAULT_CONFIG, agencies=(*DEFAULT_CONFIG.agencies, "newswire"))
    vocabulary = compiled(config)
    assert "newswire" in vocabulary.outlets
    assert vocabulary.paren_credit.search("Crowds at the harbour (Jane Doe/Newswire)")
    assert vocabulary.caption_credits.find("Crowds at the harbour / Newswire") is not None


def test_a_word_added_to_the_lists_the_rules_once_wrote_themselves_reaches_them() -> None:
    # A gallery counter's label, a post's button, a comment's age and a credit's "and", each in
    # another language or spelling: lines of the article until the configuration names them.
    said = "The harbour works begin on Monday, the operators said in a statement on Friday.\n\n"
    text = (
        f"Ferry operators warn of delays\n\n{said * 2}Diapositiva 3 of 12\n\n{said}Seguir\n\n{said}"
        f"Jane Doe • 9 hrs ago\n\n{said}\n\nSOURCE: Reuters und dpa\n"
    )
    lines = ("Diapositiva 3 of 12", "Seguir", "Jane Doe • 9 hrs ago")
    article = parse(text)
    assert all(block.role is not Role.BOILERPLATE for block in article.blocks if block.text in lines)
    assert article.source is not None
    assert article.source.credits == ("Reuters und dpa",)
    config = attrs.evolve(
        DEFAULT_CONFIG,
        counter_labels=(*DEFAULT_CONFIG.counter_labels, "diapositiva"),
        post_buttons=(*DEFAULT_CONFIG.post_buttons, "seguir"),
        comment_ages=(*DEFAULT_CONFIG.comment_ages, "hrs ago"),
        credit_joins=(*DEFAULT_CONFIG.credit_joins, "und"),
    )
    article = parse(text, config=config)
    assert [block.role for block in article.blocks if block.text in lines] == [Role.BOILERPLATE] * 3
    assert article.source is not None
    assert article.source.credits == ("Reuters", "dpa")


def test_the_patterns_built_from_the_moved_lists_read_a_word_added_to_them() -> None:
    lines = {
        "vote_buttons": "Stimme abgeben!",
        "comment_counts": "42 Kommentare",
        "post_counts": "4,101 Shares",
        "post_links": "View this post on Threads",
        "video_labels": "Video abspielen 2:14",
    }
    added = {"vote_buttons": "stimme abgeben", "comment_counts": "kommentare", "post_counts": "shares"}
    added |= {"post_links": "view this post on threads", "video_labels": "video abspielen"}
    patterns = {"vote_buttons": "vote", "comment_counts": "comment_count", "post_counts": "post_chrome"}
    patterns |= {"post_links": "post_chrome", "video_labels": "video"}
    for field, line in lines.items():
        pattern = getattr(compiled(DEFAULT_CONFIG), patterns[field])
        assert not pattern.search(line), field
        config = attrs.evolve(DEFAULT_CONFIG, **{field: (*getattr(DEFAULT_CONFIG, field), added[field])})
        assert getattr(compiled(config), patterns[field]).fullmatch(line), field
    origin = "This column was first published by Jane Doe at The Site"
    assert match_byline(origin, DEFAULT_CONFIG) is None
    config = attrs.evolve(DEFAULT_CONFIG, origin_subjects=(*DEFAULT_CONFIG.origin_subjects, "this column was"))
    found = match_byline(origin, config)
    assert found is not None
    assert found.names == "Jane Doe"
    config = attrs.evolve(DEFAULT_CONFIG, title_small_words=DEFAULT_CONFIG.title_small_words | {"unto"})
    assert not title_cased("Return Unto the Harbour unto Dawn", DEFAULT_CONFIG.title_small_words)
    assert title_cased("Return Unto the Harbour unto Dawn", config.title_small_words)
