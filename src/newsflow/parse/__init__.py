"""Parsers: the text format (`text`) and, later, HTML pages; both return a `ParsedArticle`."""

from newsflow.parse.text import parse_text

__all__ = ["parse_text"]
