"""REFI-QDA project exchange (.qdpx), read by ATLAS.ti, MAXQDA, NVivo, QualCoder and others.

A .qdpx is a zip holding `project.qde` (XML, namespace urn:QDA-XML:project:1.0, valid against
Project-mrt2019.xsd) and a flat, lower-case `sources/` folder of `<GUID>.txt` files referenced as
`internal://<GUID>.txt`. What we write:

- Users: one per annotation author, article creator and note author; CodeBook: one codable Code
  per tag, with its colour; Variables: Source, Date, Language and Direction (Text variables) for
  what an article knows about itself beyond its title; Sources: one TextSource per article, named
  by its title, with its provenance (creatingUser, creationDateTime) and its article note as the
  source's `Description` (the note's author and date as modifyingUser, modifiedDateTime).
- Each live annotation is a PlainTextSelection (code points, end exclusive, no BOM in the file),
  named by its quote, its GUID the annotation's uuid, with a Coding per tag and the note as the
  selection's `Description`. The
  Description is the selection's own text in the schema and the place exporters put a segment's
  memo; a NoteRef would need a separate Note object per annotation that some tools list as a free
  memo. The reader takes both: Description, then the text of every referenced Note.
- Every other GUID is a uuid5 of a fixed namespace and the tag name, author, content hash or
  annotation+tag, and no timestamps are invented, so the same data gives a byte-identical file.
- Tombstones are not written: a QDA project has no notion of a deleted selection.

Reading: the source text loses its BOM and CR LF line ends (`source_text.py`); where the file's
positions point is decided per file by `positions.py` (the standard first, verified against the
selections' names or word boundaries; other writers' conventions when they fit better; orphans
where nothing fits). The source's `Description` and the Notes it refers to become the article's
note. An article's key and content hash are the SHA-256 of its normalized text.
PDF, picture, audio and video sources and codings of whole sources are skipped (no text span).
Nested codes become flat tags under their own names.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from lxml import etree

from reader.core import messages
from reader.core.errors import Message, Notice
from reader.core.exchange.common import (
    DEFAULT_LIMITS, NS_CODE, NS_CODING, NS_SOURCE, NS_USER, NS_VARIABLE, ReadLimits, annotation_guid, article_of,
    articles_by_key, canonical_uuid, quote_at, stable_guid, unique, xsd_datetime,
)
from reader.core.exchange.model import (
    ArticleNote, ExchangeAnnotation, ExchangeArticle, ExchangeFile, ExchangeFormatError, ExchangeTag,
)
from reader.core.exchange.safety import SafeZip, parse_xml
from reader.core.exchange.positions import Convention, Placement, PositionMap, RawSelection, place
from reader.core.exchange.source_text import SourceText, decode_source, normalize_source
from reader.core.text import content_hash, text_direction

QDA_NS = "urn:QDA-XML:project:1.0"
PROJECT_MEMBER = "project.qde"
SOURCES_FOLDER = "sources/"
INTERNAL = "internal://"
# Article fields that travel as source variables, by variable name.
VARIABLES = ("Source", "Date", "Language", "Direction")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest zip date: fixed, so exports are byte-identical
_RGB = re.compile(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
_ARGB = re.compile(r"#[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})")  # some tools write alpha first
# Code points XML 1.0 cannot carry at all; lxml refuses them, so notes and titles lose them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_VALUE_ELEMENTS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


class _FileRefusals(NamedTuple):
    """The refusals of a file a source or a note refers to: one whole sentence each, per owner."""

    no_text: Message
    external: Message
    missing: Message


_SOURCE_REFUSALS = _FileRefusals(messages.QDPX_SOURCE_NO_TEXT, messages.QDPX_SOURCE_EXTERNAL, messages.QDPX_SOURCE_MISSING)
_NOTE_REFUSALS = _FileRefusals(messages.QDPX_NOTE_NO_TEXT, messages.QDPX_NOTE_EXTERNAL, messages.QDPX_NOTE_MISSING)


def _shortened(value: str, limit: int = 40) -> str:
    """A hostile attribute value cut to a length a message can show."""
    return value if len(value) <= limit else value[:limit] + "…"


# --- writing -----------------------------------------------------------------------------------


def write_qdpx(file: ExchangeFile, out: BinaryIO | str | os.PathLike[str], project_name: str = "Hashiya export",
               generator: str = "Hashiya") -> None:
    """Write the file's articles (which must carry `text`) and live annotations as a .qdpx."""
    project, sources = build_project(file, project_name, generator)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in [(PROJECT_MEMBER, project), *sources]:
            info = zipfile.ZipInfo(member, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # else the byte differs between Windows and Unix builds
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def build_project(file: ExchangeFile, project_name: str = "Hashiya export",
                  generator: str = "Hashiya") -> tuple[bytes, list[tuple[str, bytes]]]:
    """project.qde and the (member, bytes) of every source text."""
    articles = articles_by_key(file)
    live = [annotation for annotation in file.annotations if not annotation.deleted]
    by_article: dict[str, list[ExchangeAnnotation]] = {key: [] for key in articles}
    for annotation in live:
        by_article[article_of(annotation, articles).key].append(annotation)
    source_guids = _source_guids(tuple(articles.values()))

    root = etree.Element(_q("Project"), nsmap={None: QDA_NS}, name=_xml(project_name), origin=_xml(generator))
    # Children in the order ProjectType's xsd:sequence demands: Users, CodeBook, Variables, Sources.
    _write_users(root, live, tuple(articles.values()))
    _write_codebook(root, file.tags, live)
    values = [_variable_values(article) for article in articles.values()]
    _write_variables(root, values)
    sources: list[tuple[str, bytes]] = []
    if articles:
        sources_element = etree.SubElement(root, _q("Sources"))
        for article, article_values in zip(articles.values(), values):
            guid = source_guids[article.key]
            _write_source(sources_element, article, guid, by_article[article.key], article_values)
            assert article.text is not None  # checked by _source_guids
            sources.append((f"{SOURCES_FOLDER}{guid}.txt", article.text.encode("utf-8")))
    # lxml's own declaration uses single quotes; the usual form is the safer bet with other parsers.
    project = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return project, sources


def _write_users(root: etree._Element, live: list[ExchangeAnnotation], articles: tuple[ExchangeArticle, ...]) -> None:
    names = [annotation.author for annotation in live]
    for article in articles:
        names.append(article.creator)
        if article.note is not None:
            names.append(article.note.author)
    authors = unique(tuple(name for name in names if name))
    if authors:
        users = etree.SubElement(root, _q("Users"))
        for author in authors:
            etree.SubElement(users, _q("User"), guid=stable_guid(NS_USER, author), name=_xml(author))


def _write_codebook(root: etree._Element, palette: tuple[ExchangeTag, ...], live: list[ExchangeAnnotation]) -> None:
    # Every tag of the palette, then any tag an annotation uses that the palette lacks: a CodeRef
    # must point at a Code.
    tags = {tag.name: tag.color for tag in palette}
    for annotation in live:
        for name in annotation.tags:
            tags.setdefault(name, "")
    if not tags:
        return
    codes = etree.SubElement(etree.SubElement(root, _q("CodeBook")), _q("Codes"))
    for name, color in tags.items():
        code = etree.SubElement(codes, _q("Code"), guid=stable_guid(NS_CODE, name), name=_xml(name), isCodable="true")
        if colour := _rgb(color):
            code.set("color", colour)


def _write_variables(root: etree._Element, values: list[dict[str, str]]) -> None:
    used = [variable for variable in VARIABLES if any(variable in article_values for article_values in values)]
    if used:
        variables = etree.SubElement(root, _q("Variables"))
        for variable in used:
            etree.SubElement(variables, _q("Variable"), guid=stable_guid(NS_VARIABLE, variable), name=variable,
                             typeOfVariable="Text")


def _source_guids(articles: tuple[ExchangeArticle, ...]) -> dict[str, str]:
    guids: dict[str, str] = {}
    seen: set[str] = set()
    for article in articles:
        if article.text is None:
            raise ValueError(f"article {article.key!r} has no text; a .qdpx must carry the source texts")
        guid = stable_guid(NS_SOURCE, article.content_hash or article.key)
        if guid in seen:
            raise ValueError(f"articles with different keys share the text of article {article.key!r}")
        seen.add(guid)
        guids[article.key] = guid
    return guids


def _variable_values(article: ExchangeArticle) -> dict[str, str]:
    values = {"Source": article.source, "Date": article.date, "Language": article.language,
              "Direction": article.direction}
    return {name: value for name, value in values.items() if value is not None}


def _write_source(parent: etree._Element, article: ExchangeArticle, guid: str,
                  annotations: list[ExchangeAnnotation], values: dict[str, str]) -> None:
    text = article.text or ""
    source = etree.SubElement(parent, _q("TextSource"), guid=guid, name=_xml(article.title),
                              plainTextPath=f"{INTERNAL}{guid}.txt")
    _write_provenance(source, article)
    for annotation in annotations:
        start, end = annotation.start, annotation.end
        if not 0 <= start <= end <= len(text) or text[start:end] != annotation.exact:
            raise ValueError(f"annotation {annotation.uuid} does not hold its quote in article {article.key!r}; "
                             "only placed annotations can be exported as selections")
        selection_guid = annotation_guid(annotation.uuid)
        # The name is the selected text, as QualCoder writes it: a reader can check the positions by it.
        selection = etree.SubElement(source, _q("PlainTextSelection"), guid=selection_guid,
                                     name=_xml(annotation.exact), startPosition=str(annotation.start),
                                     endPosition=str(annotation.end))
        user = stable_guid(NS_USER, annotation.author) if annotation.author else None
        created, modified = xsd_datetime(annotation.created), xsd_datetime(annotation.modified)
        if user:
            selection.set("creatingUser", user)
        if created:
            selection.set("creationDateTime", created)
        if modified:
            selection.set("modifiedDateTime", modified)
        if annotation.note:
            etree.SubElement(selection, _q("Description")).text = _xml(annotation.note)
        for tag in unique(annotation.tags):
            coding = etree.SubElement(selection, _q("Coding"), guid=stable_guid(NS_CODING, selection_guid, tag))
            if user:
                coding.set("creatingUser", user)
            if created:
                coding.set("creationDateTime", created)
            etree.SubElement(coding, _q("CodeRef"), targetGUID=stable_guid(NS_CODE, tag))
    for variable in VARIABLES:
        if variable in values:
            value = etree.SubElement(source, _q("VariableValue"))
            etree.SubElement(value, _q("VariableRef"), targetGUID=stable_guid(NS_VARIABLE, variable))
            etree.SubElement(value, _q("TextValue")).text = _xml(values[variable])


def _write_provenance(source: etree._Element, article: ExchangeArticle) -> None:
    """Who brought the text into a project and when; the article note as the source's Description,
    its author and date as the source's last modification."""
    if article.creator:
        source.set("creatingUser", stable_guid(NS_USER, article.creator))
    if created := xsd_datetime(article.created):
        source.set("creationDateTime", created)
    note = article.note
    if note is not None and note.text:
        if note.author:
            source.set("modifyingUser", stable_guid(NS_USER, note.author))
        if modified := xsd_datetime(note.modified):
            source.set("modifiedDateTime", modified)
        etree.SubElement(source, _q("Description")).text = _xml(note.text)


def _q(local: str) -> str:
    return f"{{{QDA_NS}}}{local}"


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _rgb(color: str) -> str | None:
    if _RGB.fullmatch(color):
        return color
    if match := _ARGB.fullmatch(color):
        return "#" + match.group(1)
    return None


# --- reading -----------------------------------------------------------------------------------


def read_qdpx(source: str | os.PathLike[str] | bytes | BinaryIO, name: str,
              limits: ReadLimits = DEFAULT_LIMITS) -> ExchangeFile:
    """Text sources, codes, selections and users of a .qdpx; refusals name the file and problem."""
    with SafeZip(source, name, limits) as archive:
        member = archive.find(PROJECT_MEMBER)
        if member is None:
            raise ExchangeFormatError(messages.ZIP_MEMBER_MISSING, name, PROJECT_MEMBER)
        root = parse_xml(archive.read(member), f"{name}: {PROJECT_MEMBER}")
        return _ProjectReader(name, archive, root).read()


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _latest(element: etree._Element) -> str:
    """When an element was last changed, as its writer says (empty when it does not)."""
    return element.get("modifiedDateTime") or element.get("creationDateTime") or ""


def _whole_number(value: str | None) -> int:
    """A position attribute as a number; -1 (no position) when it is not a plain one."""
    value = (value or "").strip()
    return int(value) if re.fullmatch(r"[0-9]{1,18}", value) else -1


def _children(element: etree._Element | None, local: str) -> Iterator[etree._Element]:
    # Matched by local name: some exporters leave out the namespace.
    if element is None:
        return iter(())
    return (child for child in element if _local(child) == local)


def _child(element: etree._Element | None, local: str) -> etree._Element | None:
    return next(_children(element, local), None)


class _ProjectReader:
    def __init__(self, name: str, archive: SafeZip, root: etree._Element) -> None:
        self.name = name
        self.archive = archive
        self.root = root
        if _local(root) != "Project":
            raise ExchangeFormatError(messages.QDPX_NOT_PROJECT, name, PROJECT_MEMBER, repr(_local(root) or root.tag))
        self.users = {self._guid(user, "User"): user.get("name") or user.get("id") or ""
                      for user in _children(_child(root, "Users"), "User")}
        self.codes: dict[str, tuple[str, str, bool]] = {}
        for code in _children(_child(_child(root, "CodeBook"), "Codes"), "Code"):
            self._read_code(code)
        self.variables = {self._guid(variable, "Variable"): (variable.get("name") or "").lower()
                          for variable in _children(_child(root, "Variables"), "Variable")}
        self.notes = {self._guid(note, "Note"): note for note in _children(_child(root, "Notes"), "Note")}
        self.used_codes: set[str] = set()

    def fail(self, template: Message, *details: object) -> ExchangeFormatError:
        """The refusal `template` (this file, then `details`)."""
        return ExchangeFormatError(template, self.name, *details)

    def _guid(self, element: etree._Element, what: str, attribute: str = "guid") -> str:
        guid = canonical_uuid(element.get(attribute) or "")
        if guid is None:
            raise self.fail(messages.QDPX_BAD_GUID, what, PROJECT_MEMBER, attribute, repr(element.get(attribute)))
        return guid

    def _read_code(self, code: etree._Element) -> None:
        name = code.get("name")
        if name is None:
            raise self.fail(messages.QDPX_CODE_NO_NAME, PROJECT_MEMBER)
        codable = (code.get("isCodable") or "true").strip() in ("true", "1")
        self.codes[self._guid(code, "Code")] = (name, _rgb((code.get("color") or "").strip()) or "", codable)
        # Recursion is bounded: without huge_tree libxml2 refuses documents nested over 256 deep.
        for child in _children(code, "Code"):
            self._read_code(child)

    def read(self) -> ExchangeFile:
        found: list[tuple[etree._Element, str, str, SourceText, list[etree._Element]]] = []
        raw: list[tuple[SourceText, list[RawSelection]]] = []
        for element in _children(_child(self.root, "Sources"), "TextSource"):
            title = element.get("name") or ""
            source = self._source_text(element, title)
            selections = list(_children(element, "PlainTextSelection"))
            found.append((element, content_hash(source.text), title, source, selections))
            raw.append((source, [self._raw_selection(selection, title) for selection in selections]))
        placements, report = place(self.name, raw)
        loose, notices = self._loose_passage_notes(len(found))
        articles: dict[str, ExchangeArticle] = {}
        annotations: list[ExchangeAnnotation] = []
        for (element, key, title, source, selections), placed in zip(found, placements, strict=True):
            if key not in articles:
                articles[key] = self._article(element, key, title, source, report.convention, loose)
            annotations.extend(self._selection(selection, key, title, source, placement)
                               for selection, placement in zip(selections, placed, strict=True))
        tags: dict[str, str] = {}
        for guid, (name, color, codable) in self.codes.items():
            if codable or guid in self.used_codes:
                tags.setdefault(name, color)
        return ExchangeFile(articles=tuple(articles.values()), annotations=tuple(annotations),
                            tags=tuple(ExchangeTag(name, color) for name, color in tags.items()),
                            positions=(report,) if any(selections for *_, selections in found) else (),
                            notices=notices)

    def _loose_passage_notes(self, sources: int) -> tuple[list[etree._Element], tuple[Notice, ...]]:
        """Notes on a passage that nothing refers to. QualCoder refers only to the first of each
        source's annotations; the others can be placed only when the project has one text source."""
        referenced = {self._reference(ref) for ref in self.root.iter() if _local(ref) == "NoteRef"}
        loose = [note for guid, note in self.notes.items()
                 if guid not in referenced and _child(note, "PlainTextSelection") is not None]
        if sources == 1 or not loose:
            return loose, ()
        return [], tuple(Notice.of(guid, messages.QDPX_NOTE_NO_SOURCE, self.name, guid)
                         for guid, note in self.notes.items() if note in loose)

    def _source_text(self, element: etree._Element, title: str) -> SourceText:
        inline = _child(element, "PlainTextContent")
        if inline is not None:
            return normalize_source(inline.text or "")
        return normalize_source(self._internal_file(element.get("plainTextPath"), title, _SOURCE_REFUSALS))

    def _internal_file(self, path: str | None, owner: str, refusals: _FileRefusals) -> str:
        """The text of the archive's file at `path`, which the source or note named `owner` refers to."""
        if not path:
            raise self.fail(refusals.no_text, repr(owner))
        if not path.startswith(INTERNAL):
            raise self.fail(refusals.external, repr(owner), repr(path))
        wanted = SOURCES_FOLDER + path[len(INTERNAL):]
        member = self.archive.find(wanted)
        if member is None:
            raise self.fail(refusals.missing, repr(owner), wanted)
        try:
            return decode_source(self.archive.read(member))
        except UnicodeDecodeError:
            raise self.fail(messages.QDPX_NOT_UTF8, member) from None

    def _article(self, element: etree._Element, key: str, title: str, source: SourceText,
                 convention: Convention, loose: list[etree._Element]) -> ExchangeArticle:
        text = source.text
        values: dict[str, str] = {}
        for value in _children(element, "VariableValue"):
            variable = self.variables.get(self._reference(_child(value, "VariableRef")) or "")
            content = next((child for child in value if _local(child) in _VALUE_ELEMENTS), None)
            if variable and content is not None:
                values.setdefault(variable, content.text or "")
        direction = values.get("direction")
        if direction not in ("rtl", "ltr"):
            direction = text_direction(text)
        return ExchangeArticle(key=key, content_hash=key, title=title, source=values.get("source", ""),
                               date=values.get("date"), direction=direction, language=values.get("language"),
                               text=text, note=self._source_note(element, source, convention, loose),
                               creator=self._user(element), created=element.get("creationDateTime") or "")

    def _source_note(self, element: etree._Element, source: SourceText, convention: Convention,
                     loose: list[etree._Element]) -> ArticleNote | None:
        """The source's Description and the notes it refers to (then `loose` ones), as one article
        note. A note that marks a passage (QualCoder's annotations) starts with that passage in «»."""
        parts: list[tuple[str, str, str]] = []  # text, author, date
        description = _child(element, "Description")
        if description is not None and (description.text or "").strip():
            parts.append((description.text or "", self._user(element, "modifyingUser") or self._user(element),
                          _latest(element)))
        referred = [self.notes.get(self._reference(reference) or "") for reference in _children(element, "NoteRef")]
        for note in [*referred, *loose]:
            if note is None or not (text := self._note_text(note).strip()):
                continue
            passage = self._passage(_child(note, "PlainTextSelection"), source, convention)
            parts.append((f"«{passage}»: {text}" if passage else text,
                          self._user(note, "modifyingUser") or self._user(note), _latest(note)))
        if not parts:
            return None
        latest = max(parts, key=lambda part: part[2])
        return ArticleNote("\n\n".join(part[0] for part in parts), latest[1], latest[2])

    def _passage(self, selection: etree._Element | None, source: SourceText, convention: Convention) -> str:
        if selection is None:
            return ""
        mapping = PositionMap(source, convention)
        start, end = (mapping.offset(_whole_number(selection.get(attribute))) for attribute in ("startPosition",
                                                                                                "endPosition"))
        return source.text[start:end].strip() if start is not None and end is not None and start < end else ""

    def _raw_selection(self, element: etree._Element, title: str) -> RawSelection:
        """A selection's positions and stated text as the file gives them (checked to be numbers)."""
        where = (self._guid(element, "PlainTextSelection"), repr(title))  # a refusal names it and its source
        start, end = (self._position(element, attribute, where) for attribute in ("startPosition", "endPosition"))
        return RawSelection(start, end, element.get("name") or "")

    def _selection(self, element: etree._Element, key: str, title: str, source: SourceText,
                   placement: Placement) -> ExchangeAnnotation:
        guid = self._guid(element, "PlainTextSelection")
        exact, prefix, suffix = quote_at(source.text, placement.start, placement.end)
        if not placement.placed:
            # What the writer says was selected is the best guide for whoever places it by hand.
            stated = (element.get("name") or "").replace("\u2029", "\n").replace("\u2028", "\n")
            exact, prefix, suffix = stated or exact, "", ""
        tags = []
        for coding in _children(element, "Coding"):
            code = self._reference(_child(coding, "CodeRef"))
            if code is None or code not in self.codes:
                raise self.fail(messages.QDPX_SELECTION_UNKNOWN_CODE, guid, repr(title))
            self.used_codes.add(code)
            tags.append(self.codes[code][0])
        created = element.get("creationDateTime") or ""
        return ExchangeAnnotation(
            uuid=guid, article_key=key, start=placement.start, end=placement.end, exact=exact, prefix=prefix,
            suffix=suffix, tags=unique(tuple(tags)), note=self._note(element), author=self._user(element),
            created=created, modified=element.get("modifiedDateTime") or created, orphan=not placement.placed,
        )

    def _user(self, element: etree._Element, attribute: str = "creatingUser") -> str:
        return self.users.get(canonical_uuid(element.get(attribute) or "") or "", "")

    @staticmethod
    def _reference(element: etree._Element | None) -> str | None:
        """The GUID a *Ref element points to, in canonical form."""
        return canonical_uuid(element.get("targetGUID") or "") if element is not None else None

    def _position(self, element: etree._Element, attribute: str, where: tuple[str, str]) -> int:
        value = (element.get(attribute) or "").strip()
        # Bounded, so a hostile attribute of a million digits is refused rather than converted.
        if not re.fullmatch(r"\+?[0-9]{1,18}", value):
            raise self.fail(messages.QDPX_SELECTION_NOT_NUMBER, *where, attribute, repr(_shortened(value)))
        return int(value)

    def _note(self, element: etree._Element) -> str:
        parts = []
        description = _child(element, "Description")
        if description is not None and description.text:
            parts.append(description.text)
        for reference in _children(element, "NoteRef"):
            note = self.notes.get(self._reference(reference) or "")
            if note is not None and (text := self._note_text(note)):
                parts.append(text)
        return "\n\n".join(parts)

    def _note_text(self, note: etree._Element) -> str:
        inline = _child(note, "PlainTextContent")
        if inline is not None:
            return normalize_source(inline.text or "").text
        if note.get("plainTextPath"):
            return normalize_source(self._internal_file(note.get("plainTextPath"), note.get("name") or "",
                                                        _NOTE_REFUSALS)).text
        description = _child(note, "Description")
        return description.text or "" if description is not None else ""
