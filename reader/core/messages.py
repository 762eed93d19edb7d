"""The catalogue of every message an expected error carries (English, with %1 … %9 placeholders).

One catalogue for the command line and the window: `HashiyaError(template, *arguments)` takes a
template from here, `str(error)` is the English text, and the window shows the Persian (or English)
translation from translations/hashiya_*.ts, context "Errors". Qt Linguist finds the templates by the
name QT_TRANSLATE_NOOP, so each is written as such a call (this module does not import Qt).

Arguments are filled in after translation, in one place (`reader.core.errors.fill`); the window
isolates each argument's direction, so a path or a Latin name inside a Persian sentence stays whole.
"""

from __future__ import annotations

from reader.core.errors import Message

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - the name Qt Linguist looks for
    """Mark `text` as a catalogue template (Qt Linguist extracts it into the .ts files)."""
    assert context == CONTEXT, "every error template lives in the one context"
    return Message(text)


# Library files -------------------------------------------------------------------------------------
NOT_A_LIBRARY = QT_TRANSLATE_NOOP("Errors", "%1 is not a Hashiya library (%2); it was left untouched")
NOT_A_LIBRARY_FOREIGN = QT_TRANSLATE_NOOP(
    "Errors", "%1 is not a Hashiya library (it is another program's database); it was left untouched")
LIBRARY_IS_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a library file")
LIBRARY_MISSING = QT_TRANSLATE_NOOP("Errors", "There is no library at %1")
LIBRARY_CANNOT_CREATE = QT_TRANSLATE_NOOP("Errors", "Cannot create a library at %1 (%2)")
LIBRARY_BUSY = QT_TRANSLATE_NOOP(
    "Errors", "Another program is writing to the library %1 and did not finish within a minute; nothing was "
    "changed. Close the other Hashiya window or command that uses it, then try again")
LIBRARY_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding the library %1 is full: nothing of this change was written. Free some space, "
    "then try again")
LIBRARY_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is read-only: you can read and search it, but not change it. To work in it, "
    "copy it to a folder you can write to")
LIBRARY_READ_ONLY_OLDER = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is read-only and was made by an older Hashiya, which this version must update "
    "before reading it. Copy it to a folder you can write to and open the copy")
LIBRARY_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The library %1 is damaged (%2). Hashiya will not write into it, so it gets no worse. Restore "
    "your last copy of the file, or save what it still holds with: sqlite3 OLD.sqlite \".recover\" | "
    "sqlite3 NEW.sqlite, then open NEW.sqlite")
LIBRARY_IO_ERROR = QT_TRANSLATE_NOOP("Errors", "The library %1 could not be read or written (%2)")
NEWER_LIBRARY = QT_TRANSLATE_NOOP(
    "Errors", "%1 was made by a newer Hashiya (schema %2; this version knows %3): please update Hashiya")

# Names the user gave ---------------------------------------------------------------------------------
NO_SUCH_COLLECTION = QT_TRANSLATE_NOOP("Errors", "There is no collection named «%1»")
NO_SUCH_ARTICLE = QT_TRANSLATE_NOOP("Errors", "There is no article with id %1")
NO_SUCH_TAG = QT_TRANSLATE_NOOP("Errors", "There is no tag named «%1»")
QUOTE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The quote does not occur in article %1")
QUOTE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors", "The quote occurs %1 times in article %2; choose one with --occurrence N")
OCCURRENCE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "--occurrence must be between 1 and %1")
# Files an import reads -----------------------------------------------------------------------------
FILE_EMPTY = QT_TRANSLATE_NOOP("Errors", "%1: the file is empty")
FILE_BINARY = QT_TRANSLATE_NOOP("Errors", "%1: binary data, not a text file")
FILE_BAD_BYTES_FOR_BOM = QT_TRANSLATE_NOOP(
    "Errors", "%1: undecodable bytes at byte %2, although the file begins with a %3 byte-order mark")
FILE_DAMAGED_UTF8 = QT_TRANSLATE_NOOP("Errors", "%1: undecodable bytes at byte %2 (damaged UTF-8)")
FILE_MIXED_ENCODINGS = QT_TRANSLATE_NOOP(
    "Errors", "%1: part of the file is UTF-8 and part Windows-1256 (the first byte that is not UTF-8 is byte %2), "
    "so one part would read as garbled text; it was not imported. Save the whole file in one encoding (UTF-8) "
    "and import it again")
FILE_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Errors", "%1: undecodable bytes (not UTF-8, UTF-16 or Windows-1256)")
FILE_UNSUPPORTED = QT_TRANSLATE_NOOP("Errors", "%1: unsupported file type (expected %2)")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "%1: too large for one article (%2 MB; the limit is %3 MB)")
FILE_COLLECTION_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "%1: too large for one file of articles (%2 MB; the limit is %3 MB): split it into smaller files")
FILE_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Errors", "%1: not a regular file (a device, a named pipe or a socket), so it was not read")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: the file cannot be read (%2)")
FILE_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "%1: nested too deeply to read")
PATH_MISSING = QT_TRANSLATE_NOOP("Errors", "%1: no such file or folder")
PATH_NOT_FILE = QT_TRANSLATE_NOOP("Errors", "%1: not a regular file or folder")
FOLDER_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: the folder cannot be read (%2)")
NO_ARTICLE_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: no article text found")
ONLY_CHROME = QT_TRANSLATE_NOOP(
    "Errors", "%1: no article text left after removing the site's menus, links and other page furniture")
HTML_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: the HTML page could not be read (%2)")
HTML_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: no article text found in the HTML page")
JSON_INVALID_AT = QT_TRANSLATE_NOOP("Errors", "%1: invalid JSON at line %2, column %3 (%4)")
JSONL_INVALID_LINE = QT_TRANSLATE_NOOP("Errors", "%1: invalid JSON on line %2 (%3)")
JSON_ITEM_NOT_ARTICLE = QT_TRANSLATE_NOOP("Errors", "%1: item %2 is not an object with title and text")
JSONL_LINE_NOT_ARTICLE = QT_TRANSLATE_NOOP("Errors", "%1: line %2 is not an object with title and text")
JSON_ITEM_EMPTY = QT_TRANSLATE_NOOP("Errors", "%1: item %2 has neither a title nor text/paragraphs")
JSONL_LINE_EMPTY = QT_TRANSLATE_NOOP("Errors", "%1: line %2 has neither a title nor text/paragraphs")

# Zip archives (an import's and an annotation file's) ------------------------------------------------
ZIP_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: not a readable zip archive (%2)")
ZIP_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "%1: the archive is %2 bytes, more than the %3 allowed")
ZIP_TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP("Errors", "%1: the archive has %2 members, more than the %3 allowed")
ZIP_UNPACKS_TOO_MUCH = QT_TRANSLATE_NOOP("Errors", "%1: the archive unpacks to more than %2 bytes")
ZIP_MEMBER_MISSING = QT_TRANSLATE_NOOP("Errors", "%1: the archive has no %2")
ZIP_MEMBER_TWICE = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 occurs twice")
ZIP_MEMBER_ENCRYPTED = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 is encrypted")
ZIP_MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 unpacks to %3 bytes, more than the %4 allowed")
ZIP_MEMBER_BOMB = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 is compressed %3 to 1, which looks like a zip bomb")
ZIP_MEMBER_LIES = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 unpacks to more bytes than it declares")
ZIP_MEMBER_DAMAGED = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 is damaged (%3)")
ZIP_MEMBER_ABSOLUTE = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 has an absolute path")
ZIP_MEMBER_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "%1: the member %2 points outside the archive (..)")

# Annotations and tags ------------------------------------------------------------------------------
ARTICLE_MISSING = QT_TRANSLATE_NOOP("Errors", "Article %1 does not exist")
SPAN_OUTSIDE_ARTICLE = QT_TRANSLATE_NOOP("Errors", "The span %1–%2 is not inside article %3")
ANNOTATION_MISSING = QT_TRANSLATE_NOOP("Errors", "Annotation %1 does not exist")
TAG_MISSING = QT_TRANSLATE_NOOP("Errors", "Tag %1 does not exist")
TAG_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A tag needs a name")
TAG_EXISTS = QT_TRANSLATE_NOOP("Errors", "A tag named «%1» already exists")
TAG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A tag name of %1 characters is too long: at most %2 are allowed")
TAG_NAME_CONTROL = QT_TRANSLATE_NOOP("Errors", "A tag name is one line: no line breaks, tabs or other control characters")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A note of %1 characters is too long: at most %2 are allowed")
AUTHOR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "An author name of %1 characters is too long: at most %2 are allowed")
TAG_INTO_ITSELF = QT_TRANSLATE_NOOP("Errors", "A tag cannot be merged into itself")
TAG_EXISTS_AGAIN = QT_TRANSLATE_NOOP(
    "Errors", "A tag named «%1» exists again, so the removed tag of that name cannot be brought back")

# Search --------------------------------------------------------------------------------------------
QUERY_QUOTE = QT_TRANSLATE_NOOP("Errors", 'Unbalanced quotation mark: close the phrase with another "')
QUERY_OPEN = QT_TRANSLATE_NOOP("Errors", "Unbalanced parenthesis: a '(' is never closed")
QUERY_CLOSE = QT_TRANSLATE_NOOP("Errors", "Unbalanced parenthesis: a ')' has no matching '('")
QUERY_OR = QT_TRANSLATE_NOOP("Errors", "OR needs a word on each side")
QUERY_AND = QT_TRANSLATE_NOOP("Errors", "AND needs a word on each side")
QUERY_NOT = QT_TRANSLATE_NOOP("Errors", "NOT needs a word after it")
QUERY_MINUS = QT_TRANSLATE_NOOP("Errors", '"-" needs a word after it')
QUERY_STAR = QT_TRANSLATE_NOOP("Errors", '"*" must follow at least two letters, as in دانش*')
QUERY_STAR_PLACE = QT_TRANSLATE_NOOP("Errors", '"*" can only end a word, as in دانش*')
QUERY_NEAR = QT_TRANSLATE_NOOP(
    "Errors", "NEAR(...) holds words or quoted phrases and an optional distance, as in NEAR(کابل هرات, 10)")
QUERY_NEAR_TWO = QT_TRANSLATE_NOOP("Errors", "NEAR needs at least two words, as in NEAR(کابل هرات, 10)")
QUERY_NEAR_DISTANCE = QT_TRANSLATE_NOOP(
    "Errors", "The NEAR distance must be a whole number up to %1, as in NEAR(کابل هرات, 10)")
QUERY_NO_WORD_IN_QUOTES = QT_TRANSLATE_NOOP("Errors", "The quotation marks hold no word to search for")
QUERY_NOTHING = QT_TRANSLATE_NOOP("Errors", "There is nothing to search for")
QUERY_ONLY_EXCLUDED = QT_TRANSLATE_NOOP(
    "Errors", "A search cannot consist only of excluded words (NOT or -): add a word to search for")
QUERY_EMPTY_PARENTHESES = QT_TRANSLATE_NOOP("Errors", "Empty parentheses: put a word inside them")
QUERY_NESTING = QT_TRANSLATE_NOOP("Errors", "Too many nested parentheses (at most %1)")
QUERY_TYPE_A_WORD = QT_TRANSLATE_NOOP("Errors", "Type a word to search for")
QUERY_NO_LETTERS = QT_TRANSLATE_NOOP("Errors", "The search has no letters or digits to look for")
QUERY_CANNOT_RUN = QT_TRANSLATE_NOOP("Errors", "This search cannot be run; try fewer or simpler words")

# Export and merge ----------------------------------------------------------------------------------
EXPORT_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Errors", "Unknown export format %1 (expected %2)")
EXPORT_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "%1 could not be written (%2); nothing was exported")
EXPORT_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "%1 is a folder: give the name of the file to write; nothing was exported")
EXPORT_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "%1 cannot be written: there is no folder %2 (an export does not create folders); nothing was exported")
EXCHANGE_NOT_ANNOTATION_FILE = QT_TRANSLATE_NOOP(
    "Errors", "%1: not an annotation file (expected .jsonld, .json or .qdpx)")
MERGE_ARTICLE_NOT_DESCRIBED = QT_TRANSLATE_NOOP("Errors", "%1: the file does not describe the annotation's article")
MERGE_ARTICLE_NOT_HERE = QT_TRANSLATE_NOOP("Errors", "%1: the article «%2» is not in this library")
MERGE_NOTE_ARTICLE_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors", "The note on the article «%1» was left out: the article is not in this library")
MERGE_CREATED_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "%1: its creation time %2 is not a valid date and time (xsd:dateTime), so it was left out")
MERGE_MODIFIED_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "%1: its modification time %2 is not a valid date and time (xsd:dateTime), so it was left out")
MERGE_CREATED_AHEAD = QT_TRANSLATE_NOOP(
    "Errors", "%1: its creation time %2 is more than a day ahead of this computer's clock, so it was left out")
MERGE_MODIFIED_AHEAD = QT_TRANSLATE_NOOP(
    "Errors", "%1: its modification time %2 is more than a day ahead of this computer's clock, so it was left out")
MERGE_TAG_EMPTY = QT_TRANSLATE_NOOP("Errors", "%1: one of its tags has no name, so it was left out")
MERGE_TAG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "%1: one of its tag names has %2 characters (at most %3 are allowed), so it was left out")
MERGE_TAG_CONTROL = QT_TRANSLATE_NOOP(
    "Errors", "%1: its tag name %2 holds a line break or another control character, so it was left out")
MERGE_NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "%1: its note has %2 characters (at most %3 are allowed), so it was left out")
MERGE_AUTHOR_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "%1: its author's name has %2 characters (at most %3 are allowed), so it was left out")

# Annotation files: what every reader checks ---------------------------------------------------------
EXCHANGE_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "%1: the file is %2 bytes, more than the %3 an annotation file may have")
EXCHANGE_NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "%1: not UTF-8 text (bad byte at %2)")
JSON_NOT_VALID = QT_TRANSLATE_NOOP("Errors", "%1: not valid JSON (%2)")
JSON_NOT_VALID_AT = QT_TRANSLATE_NOOP("Errors", "%1: not valid JSON (%2 at line %3, column %4)")
JSON_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "%1: JSON nested more than %2 levels deep")
XML_DECLARATIONS = QT_TRANSLATE_NOOP(
    "Errors", "%1: DOCTYPE and ENTITY declarations are not allowed (they can expand to gigabytes or read local files)")
XML_MALFORMED = QT_TRANSLATE_NOOP("Errors", "%1: not well-formed XML (%2)")

# W3C Web Annotation files (.jsonld) -----------------------------------------------------------------
W3C_BARE_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "%1: expected an annotation, a list of annotations or an AnnotationCollection, not a bare value")
W3C_UNKNOWN_STRUCTURE = QT_TRANSLATE_NOOP(
    "Errors",
    "%1: unknown structure: expected an Annotation, a list of annotations, an AnnotationCollection or an AnnotationPage")
W3C_ITEMS_NOT_LIST = QT_TRANSLATE_NOOP("Errors", "%1: the collection's items are not a list")
W3C_PAGE_MISSING = QT_TRANSLATE_NOOP("Errors", "%1: the annotations continue on page %2, which is not in the file")
W3C_PAGE_NOT_OBJECT = QT_TRANSLATE_NOOP("Errors", "%1: an annotation page is not a JSON object")
W3C_PAGE_ITEMS_NOT_LIST = QT_TRANSLATE_NOOP("Errors", "%1: an annotation page's items are not a list")
W3C_TOO_MANY_PAGES = QT_TRANSLATE_NOOP("Errors", "%1: more than %2 annotation pages")
W3C_TAGS_NOT_LIST = QT_TRANSLATE_NOOP("Errors", "%1: hashiya:tags is not a list")
W3C_TAG_INVALID = QT_TRANSLATE_NOOP("Errors", "%1: tag %2 in hashiya:tags needs a text name and colour")
W3C_ARTICLES_NOT_LIST = QT_TRANSLATE_NOOP("Errors", "%1: hashiya:articles is not a list")
W3C_ARTICLE_ENTRY_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "%1: article %2 in hashiya:articles needs a contentHash, and text where it gives a title, source, "
    "date or note")
W3C_NOT_OBJECT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 is not a JSON object")
W3C_NOT_ANNOTATION = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 is not of type Annotation")
W3C_NO_ID = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has no id")
W3C_DELETED_NOT_BOOLEAN = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a hashiya:deleted that is not true or false")
W3C_NO_TARGET = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has no target")
W3C_NO_SELECTOR = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has no target selector")
W3C_NO_TEXT_SELECTOR = QT_TRANSLATE_NOOP(
    "Errors", "%1: annotation %2 has neither a TextQuoteSelector nor a TextPositionSelector")
W3C_START_AFTER_END = QT_TRANSLATE_NOOP(
    "Errors", "%1: annotation %2 has a TextPositionSelector whose start %3 is after its end %4")
W3C_QUOTE_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a TextQuoteSelector whose %3 is not text")
W3C_POSITION_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "%1: annotation %2 has a TextPositionSelector whose %3 is not a whole number ≥ 0")
W3C_NO_SOURCE = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a target without a source")
W3C_ARTICLE_NOT_OBJECT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a hashiya:article that is not an object")
W3C_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "%1: annotation %2 has a hashiya:article whose contentHash differs from its source")
W3C_BODY_VALUE_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a bodyValue that is not text")
W3C_BODY_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a body whose value is not text")
W3C_FIELD_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: annotation %2 has a %3 that is not text")

# REFI-QDA projects (.qdpx) --------------------------------------------------------------------------
QDPX_NOT_PROJECT = QT_TRANSLATE_NOOP("Errors", "%1: %2 is not a REFI-QDA project (its root element is %3)")
QDPX_BAD_GUID = QT_TRANSLATE_NOOP("Errors", "%1: a %2 in %3 has no valid %4 (%5)")
QDPX_CODE_NO_NAME = QT_TRANSLATE_NOOP("Errors", "%1: a Code in %2 has no name")
QDPX_SOURCE_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: source %2 has neither PlainTextContent nor a plainTextPath")
QDPX_SOURCE_EXTERNAL = QT_TRANSLATE_NOOP(
    "Errors", "%1: source %2 refers to the external file %3, which the archive does not contain")
QDPX_SOURCE_MISSING = QT_TRANSLATE_NOOP("Errors", "%1: source %2 refers to %3, which the archive does not contain")
QDPX_NOTE_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "%1: note %2 has neither PlainTextContent nor a plainTextPath")
QDPX_NOTE_EXTERNAL = QT_TRANSLATE_NOOP(
    "Errors", "%1: note %2 refers to the external file %3, which the archive does not contain")
QDPX_NOTE_MISSING = QT_TRANSLATE_NOOP("Errors", "%1: note %2 refers to %3, which the archive does not contain")
QDPX_NOTE_NO_SOURCE = QT_TRANSLATE_NOOP(
    "Errors", "%1: note %2 marks a passage, but no source refers to it and the project has several; it was left out")
QDPX_NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "%1: %2 is not UTF-8 text")
QDPX_SELECTION_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Errors", "%1: selection %2 in source %3 is coded with a code the codebook does not define")
QDPX_SELECTION_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "%1: selection %2 in source %3 has a %4 that is not a whole number ≥ 0 (%5)")
# Agreement and adjudication ------------------------------------------------------------------------
AGREEMENT_TOO_FEW_AUTHORS = QT_TRANSLATE_NOOP(
    "Errors", "Agreement needs at least two authors to compare; %1 given")
AGREEMENT_UNKNOWN_AUTHOR = QT_TRANSLATE_NOOP("Errors", "There are no live annotations by an author named «%1»")
CONSENSUS_WITHOUT_NAME = QT_TRANSLATE_NOOP("Errors", "The consensus author needs a name")
CONSENSUS_IS_A_CODER = QT_TRANSLATE_NOOP(
    "Errors", "%1 is one of the coders being compared; the consensus must be written under another name")
ADJUDICATED_SPAN_WITHOUT_TAGS = QT_TRANSLATE_NOOP("Errors", "The span %1–%2 carries no tag")
# Suggested claims and denials -------------------------------------------------------------------
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "«%1» is not a suggestion role (expected one of: %2)")
BAD_CUE = QT_TRANSLATE_NOOP("Errors", "The cue «%1» of kind %2 does not fit the role %3")
W3C_CUES_NOT_LIST = QT_TRANSLATE_NOOP("Errors", "%1: hashiya:cues is not a list")
W3C_CUE_MALFORMED = QT_TRANSLATE_NOOP(
    "Errors", "%1: cue %2 in hashiya:cues needs a text cueRole, cueKind and phrase, and enabled true or false")
OUTLET_SET_NEEDS_IDS = QT_TRANSLATE_NOOP("Errors", "--set needs the ids of the articles")
OUTLET_IDS_NEED_SET = QT_TRANSLATE_NOOP("Errors", "Article ids go with --set NAME")
SUGGEST_IDS_OR_COLLECTION = QT_TRANSLATE_NOOP("Errors", "Give article ids or --collection, not both")
MERGE_CUE_DOES_NOT_FIT = QT_TRANSLATE_NOOP("Errors", "Cue «%1»: no cue of kind %2 for role %3")
SUGGESTION_STALE = QT_TRANSLATE_NOOP(
    "Errors", "The text of article %1 changed since this suggestion was made; ask for suggestions again")

# Looking after collections and articles --------------------------------------------------------------
COLLECTION_NAME_EMPTY = QT_TRANSLATE_NOOP("Errors", "A collection needs a name")
COLLECTION_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "There is already a collection named «%1» (to put the two together, merge them)")
COLLECTION_GONE = QT_TRANSLATE_NOOP("Errors", "That collection is no longer in the library")
COLLECTION_NAME_TAKEN_AGAIN = QT_TRANSLATE_NOOP(
    "Errors", "The collection «%1» cannot come back: another collection has that name now")
MERGE_INTO_ITSELF = QT_TRANSLATE_NOOP("Errors", "A collection cannot be merged into itself")
SAME_FILE_IN_COLLECTION = QT_TRANSLATE_NOOP(
    "Errors", "«%1» cannot go into «%2»: that collection already holds an article from the same file (%3)")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "«%1» is not a date; write it as 2024-11-24 (ISO 8601, a time may follow: 2024-11-24T09:30+04:30) "
    "or as a dated line such as «۴ قوس ۱۴۰۳»")
NOTHING_TO_EDIT = QT_TRANSLATE_NOOP("Errors", "Say what to change: --date, --outlet or --collection")
