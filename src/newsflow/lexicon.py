"""The shipped lexicons (`data/lexicon.toml`), expanded across scripts and compiled once.

NEWSFLOW_LEXICON names a TOML file whose tables extend or override the shipped ones.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsflow.script import script_variants


@dataclass(frozen=True)
class Entity:
    key: str
    canonical: str
    latin: str | None


@dataclass(frozen=True)
class TextLexicon:
    """Words and patterns for people, quotes, datelines and page noise, compiled once."""

    titles: tuple[str, ...]  # longest first, every script
    title_set: frozenset[str]  # the titles, for membership
    title_before: re.Pattern[str]  # a title ending where the search ends (use with endpos)
    title_any: re.Pattern[str]  # any title, longest first
    title_overlapping: re.Pattern[str]  # every title, overlapping ones too (group 1)
    titles_by_last: dict[str, tuple[str, ...]]  # titles by their last character
    titles_by_first: dict[str, tuple[str, ...]]  # titles by their first character, longest first
    title_max_len: int
    title_endings: frozenset[str]
    surnames: frozenset[str]
    speech_verbs: tuple[str, ...]
    pronouns: frozenset[str]
    speaker_fillers: tuple[str, ...]
    filler_head: re.Pattern[str]  # fillers (and separators) at the start of a speaker phrase
    filler_tail: re.Pattern[str]  # one filler at the end
    fillers_by_last: dict[str, tuple[str, ...]]  # speaker fillers by their last character, longest first
    time_word_tail: re.Pattern[str]  # a time word ending the text
    name_breakers: frozenset[str]
    transliteration: frozenset[str]  # characters of transliterated foreign names, every script
    not_people: frozenset[str]
    not_people_words: frozenset[str]
    dashes: tuple[str, ...]
    wire_marker: str
    noise_line: re.Pattern[str]
    promo: re.Pattern[str]
    topic_heading: re.Pattern[str]
    heading_initials: frozenset[str]  # what a topic or related heading line begins with, after spaces
    related_heading: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    publishers: dict[str, Entity]  # every spelling (all scripts, Latin lower-cased) -> publisher
    agencies: dict[str, Entity]  # every spelling -> agency
    agency_spellings: tuple[str, ...]  # longest first, for prefix matching
    agency_by_initial: dict[str, tuple[str, ...]]  # lower-cased spellings by first character, longest first
    agency_initials: dict[str, tuple[tuple[str, bool], ...]]  # agency_by_initial, each spelling with: all Han?
    agency_spellings_by_last: dict[str, tuple[str, ...]]  # spellings as written, by their last character
    credit_start_hint: re.Pattern[str]  # an agency spelling, a capital Latin letter or a bracket
    credit_start_scan: re.Pattern[str]  # credit_start_hint without its `^` branch: searched by first character
    credit_start_head: re.Pattern[str]  # the `^` branch of credit_start_hint
    organisations: tuple[str, ...]  # longest first, every script
    organisations_by_initial: dict[str, tuple[str, ...]]
    openers_by_initial: dict[str, tuple[str, ...]]
    suffixes: tuple[str, ...]  # longest first, every script
    suffix_starts: re.Pattern[str]  # finds every position where a suffix starts (overlapping)
    name_breakers: frozenset[str]
    breakers_within_name: frozenset[str]  # name_breakers but a space or a comma
    name_openers: tuple[str, ...]  # places and words that start a new name or a paragraph
    label_pattern: re.Pattern[str]  # a credit label followed by its colon
    photographer_labels: frozenset[str]
    source_labels: frozenset[str]
    mixed_labels: frozenset[str]
    referring_words: tuple[str, ...]
    referring_by_initial: dict[str, tuple[str, ...]]
    subject_follower: re.Pattern[str]  # a verb or time word (or a day of the month) right after a subject
    file_photo_markers: tuple[str, ...]
    text: TextLexicon

    def publisher(self, name: str) -> Entity | None:
        return self.publishers.get(_key(name))

    def agency(self, name: str) -> Entity | None:
        return self.agencies.get(_key(name))

    def agency_at(self, text: str, pos: int) -> str | None:
        """The longest agency spelling that starts at `pos` (Latin spellings must end at a word boundary)."""
        if pos >= len(text):
            return None
        group = self.agency_initials.get(text[pos].lower())
        if group is None:
            return None
        for spelling in self._agency_spellings_at(text, pos):
            return spelling
        return None

    def agencies_at(self, text: str, pos: int) -> list[str]:
        """Every agency spelling that starts at `pos`, longest first ("彭博社", "彭博")."""
        return list(self._agency_spellings_at(text, pos))

    def _agency_spellings_at(self, text: str, pos: int) -> Iterator[str]:
        if pos >= len(text):
            return
        for spelling, han in self.agency_initials.get(text[pos].lower(), ()):
            end = pos + len(spelling)
            if han:  # no character lower-cases to a Han character: the spelling is there as written or not at all
                if text.startswith(spelling, pos):
                    yield spelling
                continue
            if text[pos:end].lower() == spelling:
                if spelling[-1].isascii() and end < len(text) and text[end].isascii() and text[end].isalnum():
                    continue
                yield text[pos:end]

    def opens_name_at(self, text: str, pos: int) -> bool:
        """Whether a place, a known organisation or a paragraph opener starts at `pos`."""
        return self.organisation_at(text, pos) is not None or _starting(self.openers_by_initial, text, pos) is not None

    def opener_at(self, text: str, pos: int) -> str | None:
        """The longest place or paragraph opener that starts at `pos`."""
        return _starting(self.openers_by_initial, text, pos)

    def organisation_at(self, text: str, pos: int) -> str | None:
        """The longest known organisation that starts at `pos`."""
        return _starting(self.organisations_by_initial, text, pos)


def _starting(index: dict[str, tuple[str, ...]], text: str, pos: int) -> str | None:
    """The longest word of an index by first character that starts at `pos`."""
    if pos >= len(text):
        return None
    for word in index.get(text[pos], ()):
        if text.startswith(word, pos):
            return word
    return None


def _key(name: str) -> str:
    return name.strip().lower()


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _entities(table: dict[str, Any]) -> dict[str, Entity]:
    spellings: dict[str, Entity] = {}
    for key, spec in table.items():
        entity = Entity(key=key, canonical=spec["canonical"], latin=spec.get("latin"))
        for variant in (spec["canonical"], *spec.get("variants", [])):
            for form in script_variants(variant):
                spellings.setdefault(_key(form), entity)
    return spellings


def _all_scripts(words: list[str]) -> tuple[str, ...]:
    forms = {form for word in words for form in script_variants(word)}
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


# "週日晚", "週一上午", "今早", "3日": time words between a speaker and the verb
TIME_WORD = r"(?:週|周|星期)[一二三四五六日天](?:早上|上午|中午|下午|晚上|晚|早)?|[今昨前](?:天|日|晚|早)|\d{1,2}日"
HAN_ONLY = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
TOPIC_BULLETS = "-*•·"  # in a regex character class, "-" first
CAPTION_END_CLASS = "[。.!?！？”」)）]"
TIME_WORD_MAX = 5  # its longest form ("星期一早上")
TIME_WORD_LAST = frozenset("一二三四五六日天上午晚早")  # what a time word ends with


def _by_initial(spellings: set[str], lower: bool = True) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for spelling in sorted({s.lower() if lower else s for s in spellings}, key=lambda w: (-len(w), w)):
        index.setdefault(spelling[0], []).append(spelling)
    return {initial: tuple(group) for initial, group in index.items()}


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, _all_scripts(words)))


def _patterns(patterns: list[str]) -> re.Pattern[str]:
    """One regex of alternatives, each also in its other scripts (OpenCC leaves the ASCII syntax alone)."""
    return re.compile("|".join(f"(?:{v})" for p in patterns for v in sorted(script_variants(p))))


def _by_last(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in words:
        index.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in index.items()}


def _text_lexicon(data: dict[str, Any]) -> TextLexicon:
    people, datelines, noise = data["people"], data["datelines"], data["noise"]
    breakers = people["name_breakers"]
    titles = _all_scripts(people["titles"])
    fillers = _all_scripts(people["speaker_fillers"])
    heading_tail = r"[^\n]{0,30}?[:：]?\s*$"
    return TextLexicon(
        titles=titles,
        title_set=frozenset(titles),
        title_before=re.compile(f"(?:{_alternation(people['titles'])})$"),
        title_any=re.compile(_alternation(people["titles"])),
        title_overlapping=re.compile(f"(?=({_alternation(people['titles'])}))"),
        titles_by_last=_by_last(titles),
        titles_by_first=_by_initial(set(titles), lower=False),
        title_max_len=max(map(len, titles)),
        title_endings=frozenset(form for ch in people["title_endings"] for form in script_variants(ch)),
        surnames=frozenset(form for ch in people["surnames"] if not ch.isspace() for form in script_variants(ch)),
        speech_verbs=_all_scripts(people["speech_verbs"]),
        pronouns=frozenset(_all_scripts(people["pronouns"])),
        speaker_fillers=fillers,
        filler_head=re.compile(rf"(?:(?:{_alternation(people['speaker_fillers'])})[ ,，]*)+"),
        filler_tail=re.compile(rf"[ ,，]*(?:{_alternation(people['speaker_fillers'])}|{TIME_WORD})$"),
        fillers_by_last=_by_last(fillers),
        time_word_tail=re.compile(f"(?:{TIME_WORD})$"),
        name_breakers=frozenset(form for ch in breakers for form in script_variants(ch)),
        transliteration=frozenset(
            form for ch in people["transliteration"] if not ch.isspace() for form in script_variants(ch)),
        not_people=frozenset(people["not_people"]),
        not_people_words=frozenset(people["not_people_words"]),
        dashes=tuple(datelines["dashes"]),
        wire_marker=datelines["wire_marker"],
        noise_line=_patterns(noise["lines"]),
        promo=_patterns(noise["promos"]),
        topic_heading=re.compile(rf"^\s*[{TOPIC_BULLETS}]?\s*(?:{_alternation(noise['topic_headings'])})\s*[:：]?\s*$"),
        heading_initials=frozenset(TOPIC_BULLETS) | frozenset(
            word[0] for word in _all_scripts([*noise["topic_headings"], *noise["related_headings"]])),
        related_heading=re.compile(rf"^\s*(?:{_alternation(noise['related_headings'])}){heading_tail}"),
    )


@cache
def load_lexicon() -> Lexicon:
    data = tomllib.loads(resources.files("newsflow.data").joinpath("lexicon.toml").read_text("utf-8"))
    if override := os.environ.get("NEWSFLOW_LEXICON"):
        with open(override, "rb") as fh:
            data = _merge(data, tomllib.load(fh))
    credits = data["credits"]
    agencies = _entities(data["agencies"])
    spellings: set[str] = set()
    for spec in data["agencies"].values():
        for variant in (spec["canonical"], *spec.get("variants", [])):
            spellings.update(script_variants(variant))
    photographer_labels = _all_scripts(credits["photographer_labels"])
    source_labels = _all_scripts(credits["source_labels"])
    mixed_labels = _all_scripts(credits["mixed_labels"])
    labels = sorted({*photographer_labels, *source_labels, *mixed_labels}, key=lambda w: (-len(w), w))
    suffixes = _all_scripts(credits["institution_suffixes"])
    agency_by_initial = _by_initial(spellings)
    name_breakers = frozenset(credits["name_breakers"]) | frozenset(
        form for ch in credits["name_breakers"] for form in script_variants(ch))
    # what an unlabelled credit begins with: a capital Latin letter or the first character of a CJK agency
    credit_initial = "[A-Z\u00c0-\u00de" + "".join(sorted({re.escape(s[0]) for s in spellings if not s[0].isascii()})) \
        + "]"
    label_pattern = re.compile(
        "(?P<label>" + "|".join(re.escape(label) for label in labels) + r")[ \t\u3000]*[:：][ \t\u3000]*"
    )
    return Lexicon(
        publishers=_entities(data["publishers"]),
        agencies=agencies,
        agency_spellings=tuple(sorted(spellings, key=lambda w: (-len(w), w))),
        agency_by_initial=agency_by_initial,
        agency_initials={initial: tuple((s, HAN_ONLY.fullmatch(s) is not None) for s in group)
                         for initial, group in agency_by_initial.items()},
        agency_spellings_by_last=_by_last(tuple(sorted(spellings, key=lambda w: (-len(w), w)))),
        credit_start_hint=re.compile(f"[(（]|(?:^|{CAPTION_END_CLASS})[ \u3000]*{credit_initial}"),
        credit_start_scan=re.compile(f"[(（]|{CAPTION_END_CLASS}[ \u3000]*{credit_initial}"),
        credit_start_head=re.compile(f"[ \u3000]*{credit_initial}"),
        organisations=_all_scripts(credits["organisations"]),
        organisations_by_initial=_by_initial(set(_all_scripts(credits["organisations"])), lower=False),
        openers_by_initial=_by_initial(set(_all_scripts([*credits["places"], *credits["paragraph_openers"]])),
                                       lower=False),
        suffixes=suffixes,
        suffix_starts=re.compile("(?=(" + "|".join(map(re.escape, suffixes)) + "))"),
        name_breakers=name_breakers,
        breakers_within_name=name_breakers - {" ", ",", "，"},
        name_openers=_all_scripts([*credits["places"], *credits["paragraph_openers"]]),
        label_pattern=label_pattern,
        photographer_labels=frozenset(photographer_labels),
        source_labels=frozenset(source_labels),
        mixed_labels=frozenset(mixed_labels),
        referring_words=_all_scripts(credits["referring_words"]),
        referring_by_initial=_by_initial(set(_all_scripts(credits["referring_words"])), lower=False),
        subject_follower=re.compile(rf"(?:{_alternation(credits['subject_followers'])}|\d{{1,2}}日)"),
        file_photo_markers=_all_scripts(credits["file_photo_markers"]),
        text=_text_lexicon(data),
    )
