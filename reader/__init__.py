"""Hashiya: a reader and annotator for Persian and Dari article collections."""

__version__ = "0.1.0"
