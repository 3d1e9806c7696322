"""Sphinx configuration for the articleparse documentation.

Build: ``python -m pip install ".[docs]" && sphinx-build -W --keep-going -n docs docs/_build/html``.
"""

from __future__ import annotations

import os
import zlib

import articleparse

project = "articleparse"
author = "articleparse developers"
copyright = "2026, articleparse developers"
release = articleparse.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx.ext.doctest",
    "sphinx_autodoc_typehints",
    "myst_parser",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# One docstring style everywhere: Google style, read by napoleon.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# Hypothesis's @composite wraps the strategies in functions of its own module, where
# their string annotations cannot be resolved; they are shown as written.
suppress_warnings = ["sphinx_autodoc_typehints.forward_reference"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Only parameters the docstring or the type hints list: an attrs class's fields are its attributes.
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {"members": True, "show-inheritance": True}
always_document_param_types = True
typehints_use_signature_return = True
typehints_document_rtype = False  # the return type is in the signature

# Offline (CI runs without a network), intersphinx falls back to small local
# inventories of the targets these pages link to, written at build time below;
# online, the projects' own inventories are used.
_OFFLINE_TARGETS = {
    "python": (
        "https://docs.python.org/3",
        "Python",
        [
            ("Ellipsis", "py:data", "library/constants.html#Ellipsis"),
            ("collections.abc.Generator", "py:class", "library/collections.abc.html#collections.abc.Generator"),
            ("collections.abc.Iterable", "py:class", "library/collections.abc.html#collections.abc.Iterable"),
            ("collections.abc.Iterator", "py:class", "library/collections.abc.html#collections.abc.Iterator"),
            ("collections.abc.Mapping", "py:class", "library/collections.abc.html#collections.abc.Mapping"),
            ("collections.abc.Sequence", "py:class", "library/collections.abc.html#collections.abc.Sequence"),
            ("datetime.datetime", "py:class", "library/datetime.html#datetime.datetime"),
            ("enum.Enum", "py:class", "library/enum.html#enum.Enum"),
            ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
            ("typing.Any", "py:data", "library/typing.html#typing.Any"),
            ("typing.Literal", "py:data", "library/typing.html#typing.Literal"),
            ("typing.TypedDict", "py:class", "library/typing.html#typing.TypedDict"),
            ("json.dumps", "py:function", "library/json.html#json.dumps"),
            ("pickle", "py:module", "library/pickle.html#module-pickle"),
        ],
    ),
    "attrs": (
        "https://www.attrs.org/en/stable",
        "attrs",
        [
            ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
            ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
        ],
    ),
    "dateutil": (
        "https://dateutil.readthedocs.io/en/stable",
        "dateutil",
        [("dateutil.parser.parse", "py:function", "parser.html#dateutil.parser.parse")],
    ),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/latest",
        "Hypothesis",
        [
            (
                "hypothesis.strategies.SearchStrategy",
                "py:class",
                "reference/strategies.html#hypothesis.strategies.SearchStrategy",
            )
        ],
    ),
}


def _offline_inventory(project: str, entries: list[tuple[str, str, str]]) -> str:
    """Write a Sphinx inventory (version 2) of ``entries`` and return its path."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_build", "offline-inventories")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{project}.inv")
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries)
    header = f"# Sphinx inventory version 2\n# Project: {project}\n# Version: \n"
    header += "# The remainder of this file is compressed using zlib.\n"
    with open(path, "wb") as file:
        file.write(header.encode() + zlib.compress(body.encode()))
    return path


intersphinx_mapping = {
    key: (url, (None, _offline_inventory(name, entries))) for key, (url, name, entries) in _OFFLINE_TARGETS.items()
}

html_theme = "furo"
html_title = f"articleparse {release}"

# Doctests in the pages read seeds/ relative to the project root.
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
doctest_global_setup = f"import os; os.chdir({_ROOT!r}); import articleparse"
# The pages' {doctest} blocks run here; the docstrings' examples run in each
# module's namespace under pytest (tests/test_doctests.py).
doctest_test_doctest_blocks = ""


def _defining_comment(name: str, value: object) -> list[str] | None:
    """The ``#:`` comment above the assignment of ``value`` in the articleparse module that defines it."""
    import importlib
    import pkgutil

    from sphinx.pycode import ModuleAnalyzer

    modules = ["articleparse"] + [
        module for _, module, _ in pkgutil.walk_packages(articleparse.__path__, prefix="articleparse.")
    ]
    for module in modules:
        if "__main__" in module or getattr(importlib.import_module(module), name, None) is not value:
            continue
        comment = ModuleAnalyzer.for_module(module).find_attr_docs().get(("", name))
        if comment:
            return list(comment)
    return None


def _own_docstrings(app: object, what: str, name: str, obj: object, options: object, lines: list[str]) -> None:
    """Give the API page's constants their own text, and attrs classes their fields once, typed.

    A constant imported into ``articleparse`` has no ``#:`` comment there, and
    autodoc would show its type's docstring (``int()``'s, ``str()``'s, or a
    class's with its attributes under the module's name): the comment where it
    is defined is used instead. A class's fields are its attributes, typed from
    the class's annotations; the parameter list the type hints add repeats them
    (as ``object`` where a converter takes anything) and is dropped.
    """
    if what == "data" and name.startswith("articleparse."):
        comment = _defining_comment(name.rsplit(".", 1)[1], obj)
        if comment is not None:
            lines[:] = comment
    elif what == "class" and isinstance(obj, type):
        import attrs

        fields = {field.name: field for field in attrs.fields(obj)} if attrs.has(obj) else {}
        documented = {line.split("::", 1)[1].strip() for line in lines if line.startswith(".. attribute::")}
        kept: list[str] = []
        for line in lines:
            words = line.split()
            if len(words) >= 2 and words[0] in (":param", ":type") and words[1].rstrip(":") in documented:
                continue  # documented as the attribute
            kept.append(line)
            if line.startswith(".. attribute::") and line.split("::", 1)[1].strip() in fields:
                field = fields[line.split("::", 1)[1].strip()]
                if field.type is not None:
                    kept.append(f"   :type: {_type_text(field.type)}")
        lines[:] = kept


def _type_text(kind: object) -> str:
    """A field's type, its names qualified as the cross-references need: ``datetime.datetime | None``."""
    from sphinx.util.typing import stringify_annotation

    return kind if isinstance(kind, str) else stringify_annotation(kind, "fully-qualified-except-typing")


def _short_signature(
    app: object, what: str, name: str, obj: object, options: object, args: str | None, annotation: str | None
) -> tuple[str, str | None] | None:
    """A class whose defaults would fill a screen (``ParserConfig``'s vocabulary) is shown as ``(**fields)``.

    Its fields, their types and their meaning are its attributes, listed under it.
    """
    if what == "class" and args is not None and len(args) > 1000:
        return "(**fields)", None
    return None


def setup(app: object) -> None:
    """Register the ``articleparse-rules`` directive: the classifier's rules, from the code."""
    from docutils import nodes
    from docutils.parsers.rst import Directive

    from articleparse._classify import RULES

    # After napoleon and the type hints (500): their lines are there to correct.
    app.connect("autodoc-process-docstring", _own_docstrings, priority=900)  # type: ignore[attr-defined]
    # Before the type hints' own (500): the first signature given is the one shown.
    app.connect("autodoc-process-signature", _short_signature, priority=400)  # type: ignore[attr-defined]

    class Rules(Directive):
        def run(self) -> list[nodes.Node]:
            items = nodes.enumerated_list()
            for rule in RULES:
                summary = (rule.run.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
                paragraph = nodes.paragraph()
                paragraph += nodes.strong(text=rule.name)
                paragraph += nodes.Text(f": {summary.replace('``', '')}")
                items += nodes.list_item("", paragraph)
            return [items]

    app.add_directive("articleparse-rules", Rules)  # type: ignore[attr-defined]
