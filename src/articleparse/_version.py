"""The package's version: the one place it is written (``pyproject.toml`` reads it from here)."""

__all__ = ["__version__"]

#: The version of articleparse (the distribution ``newsdump-parse``), as the package index will show it.
__version__ = "0.1.0.dev0"
