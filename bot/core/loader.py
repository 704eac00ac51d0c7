"""Reads and validates `knowledge/` (the only code that does), reporting every problem as `FILE:LINE: message`, those
others follow from first: the shape of every file, ids across files, sources, synonyms, lengths, phrasings, small talk
that would take an entry's question, that labels and answers are Simplified, that every figure an answer states is in
the text of a source it cites (`bot.core.facts`; a source's text is its own piece of its file, as its `lines` name it,
with its citation), and that every year an `as_of` names is one its source's text names outside a period
(2023年-2025年)."""

from __future__ import annotations

import contextlib
import difflib
import re
from dataclasses import asdict, astuple, dataclass, replace
from itertools import chain
from pathlib import Path
from types import MappingProxyType

import yaml

from bot.core.checker import STR_TAG, Checker
from bot.core.conversation import SmallTalkReader, talk_key
from bot.core.eligibility.file import ELIGIBILITY_FILE, ELIGIBILITY_FILE_FIELDS, read_eligibility
from bot.core.facts import SOURCE_YEAR_RE, amounts, searchable, unsupported_figures
from bot.core.fields import Field, keys
from bot.core.guard import Asked, TopicGuards
from bot.core.knowledge import (
    About,
    Category,
    Citation,
    Coverage,
    Entry,
    KnowledgeBase,
    SmallTalk,
    Source,
    Vocabulary,
)
from bot.core.normalize import normalizer_for
from bot.core.placeholders import PLACEHOLDER_RE
from bot.core.problems import KnowledgeError, Located, Problem, display, line
from bot.core.sounds import units
from bot.core.text import YEAR_RE, to_simplified
from bot.core.vocabulary import ABOUT_FIELDS, read_vocabulary
from bot.core.yaml_syntax import syntax_problem

SOURCES_DIR = Path(__file__).resolve().parents[3] / "shared" / "sources"  # the sources' texts, beside the clone
SYNONYMS_FILE = "synonyms.yaml"
SOURCES_FILE = "sources.yaml"
SMALLTALK_FILE = "smalltalk.yaml"
MIN_PHRASINGS = 6
MAX_LABEL_CHARS = 32  # the canonical question is a button label
MAX_ANSWER_CHARS = 700  # answers stay concise, well inside one chat message; the footer with the sources follows
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_CHARS = 40  # ids travel in button data; front ends test that the longest id fits theirs
FILE_RE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]*$")  # a source's file: a plain name in the sources folder
# In a topic file that does not parse, the ids it seems to declare (`- id: x` / `id: x` lines): `related` ids among
# them are not reported, since the entry may well exist once the syntax is fixed.
RAW_ID_RE = re.compile(r"^[ \t-]*id:[ \t]*['\"]?([A-Za-z0-9_-]+)", re.MULTILINE)
# A period in a source's text (《行动计划（2023年-2025年）》): a year named only in one is not when figures are from.
PERIOD_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年?\s*[-–—~～至到]\s*((?:19|20)[0-9]{2})\s*年?")

_Piece = tuple[Source, yaml.Node, list[Located]]  # a source in its file: its `file` node, its `lines` ranges
_RANGE_RE = re.compile(r"(\d+)(?:\s*-\s*(\d+))?")  # a source's line range in its file: 151-427, or one line: 5
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


CITATION_FIELDS = (
    Field("ref", "text", description="a source id from sources.yaml"),
    Field("as_of", "text", description="when the facts this entry takes from the source are from, with a year"),
)
ABOUT_TABLE = tuple(
    Field(key, "texts", required=False, description=f"{key} this entry's facts cover, as listed in synonyms.yaml")
    for key in ABOUT_FIELDS
)
MEASURE_AT_FIELDS = (
    Field("measure", "text", description="one of the entry's `about` measures"),
    Field("places", "texts", min_items=1, description="the fewer of its `about` places that measure's facts hold at"),
)
ENTRY_FIELDS = (
    Field("id", "text", description="stable id", pattern=ID_RE.pattern, max_length=MAX_ID_CHARS),
    Field("question", "text", description="canonical question (a button label)", max_length=MAX_LABEL_CHARS),
    Field("phrasings", "texts", description="other ways people really ask it", min_items=MIN_PHRASINGS),
    Field("answer", "text", description="Simplified Chinese, facts first", max_length=MAX_ANSWER_CHARS),
    Field("sources", "mappings", description="every source the answer uses", fields=CITATION_FIELDS, min_items=1),
    Field("related", "texts", required=False, description="ids of follow-up entries"),
    Field("keywords", "texts", required=False, description="one of these must be in a question for this entry"),
    Field("about", "mapping", required=False, description="what the entry's facts cover", fields=ABOUT_TABLE),
    Field(
        "measures_at",
        "mappings",
        required=False,
        description="measures whose facts hold at fewer of its places (a pay line from one province)",
        fields=MEASURE_AT_FIELDS,
    ),
    Field(
        "honest",
        "boolean",
        required=False,
        description="true when the answer says the sources do not answer it (it then states no amount or count)",
    ),
)
CATEGORY_FIELDS = (
    Field("id", "text", description="stable id", pattern=ID_RE.pattern, max_length=MAX_ID_CHARS),
    Field("title", "text", description="what users see"),
    Field("order", "integer", description="position in /topics"),
)
TOPIC_FILE_FIELDS = (
    Field("category", "mapping", description="the topic of this file", fields=CATEGORY_FIELDS),
    Field("entries", "mappings", description="the FAQ entries", fields=ENTRY_FIELDS, min_items=1),
)
SOURCE_FIELDS = (
    Field("id", "text", description="stable id entries cite"),
    Field("citation", "text", description="what the footer prints"),
    Field("file", "text", required=False, description="its text in ../shared/sources/", pattern=FILE_RE.pattern),
    Field(
        "lines",
        "texts",
        required=False,
        description="the line ranges of `file` that hold this source (151-427), when the file holds other pieces too",
    ),
)
SOURCES_FILE_FIELDS = (Field("sources", "mappings", fields=SOURCE_FIELDS),)
SMALLTALK_FIELDS = (
    Field("says", "texts", min_items=1),
    Field("reply", "text"),
    Field(
        "topics", "boolean", required=False, description="whether the reply carries the topics button (default true)"
    ),
)
SMALLTALK_FILE_FIELDS = (Field("smalltalk", "mappings", fields=SMALLTALK_FIELDS),)


def _names(table: tuple[Field, ...]) -> set[str]:
    """The keys of a field table and of the tables under it."""
    return {name for field in table for name in (field.name, *_names(field.fields))}


# Every key of the knowledge files, for a syntax error's hint at one written without its colon (`keywords [宁波]`).
KEYS = frozenset().union(
    *map(_names, (TOPIC_FILE_FIELDS, SOURCES_FILE_FIELDS, SMALLTALK_FILE_FIELDS, ELIGIBILITY_FILE_FIELDS))
)


def topic_files(directory: Path) -> list[Path]:
    """The topic files of a knowledge directory: every `*.yaml` but the special files, in name order."""
    special = (SOURCES_FILE, SYNONYMS_FILE, SMALLTALK_FILE, ELIGIBILITY_FILE)
    return [path for path in sorted(directory.glob("*.yaml")) if path.name not in special]


def _peek_id(node: yaml.Node) -> str | None:
    """The text under an entry's `id` key, before the entry is checked, so that every message can name it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode) and value_node.tag == STR_TAG:
            return str(value_node.value).strip() or None
    return None


@dataclass
class _EntryDraft:
    """An entry read from its file, before cross-file checks turn it into an `Entry`."""

    id: Located
    category_id: str
    question: Located
    phrasings: list[Located]
    answer: str
    answer_lines: list[Located]  # each line of the answer where it stands in its file, for the figure check
    citations: list[tuple[Located, Located]]  # source id, as_of
    related: list[Located]
    keywords: list[Located]
    about: dict[str, list[Located]]
    honest: bool
    measures_at: list[tuple[Located, list[Located]]]  # measure, the places it holds at


class _Reader:
    """Reads every file of one knowledge directory and checks them together."""

    def __init__(self, directory: Path, sources_dir: Path) -> None:
        self.directory = directory
        self.sources_dir = sources_dir
        self.source_texts: dict[str, str] = {}  # each source's text, as figures are looked up in it
        self.source_years: dict[str, frozenset[int]] = {}  # the years each source's text names, outside a period
        self.source_periods: dict[str, dict[int, str]] = {}  # the years it names only in a period, with the period
        self.problems: list[Problem] = []
        self.categories: list[tuple[Category, Located]] = []
        self.drafts: list[_EntryDraft] = []
        # Topic files that did not parse or are empty, each with which (their ids are only guessed from the text).
        self.unreadable: dict[str, str] = {}
        self.unread_texts: dict[str, str] = {}  # the text of each, which `related` ids not found are looked for in
        self.empty: set[str] = set()  # the files that hold nothing but comments
        self.repeated_sources: list[Located] = []  # source ids given again, after the first
        self.sources_unread = False  # sources.yaml is missing, empty or does not parse: no citation is checked
        self.guessed_ids: set[str] = set()  # ids that seem to be declared in those files
        self.broken_ids: set[str] = set()  # entries with problems of their own still exist for `related`
        self.unnamed: set[str] = set()  # `related` ids no entry has, while an id repeats or is malformed
        self.talk_says: list[list[Located]] = []  # the `says` of each small-talk group, in order
        self.malformed: list[Located] = []  # entry ids not of lower-case letters, digits and - (薪資, Pay)

    def read(self) -> KnowledgeBase:
        if not self.directory.is_dir():
            raise KnowledgeError([Problem(display(self.directory), 1, _not_a_directory(self.directory))])
        sources = self._sources(self.directory / SOURCES_FILE)
        vocabulary = read_vocabulary(*self._parse(self.directory / SYNONYMS_FILE))
        smalltalk = self._smalltalk(self.directory / SMALLTALK_FILE)
        rules_path = self.directory / ELIGIBILITY_FILE
        eligibility, reading = (
            read_eligibility(*self._parse(rules_path), sources, self.source_texts)
            if rules_path.is_file()
            else ((), None)
        )
        for path in sorted(self.directory.glob("*.yml")):
            moved = f"rename it to {path.stem}.yaml, or move it out of {display(self.directory)}"
            self.problems.append(Problem(display(path), 1, f"not read: knowledge files end in .yaml; {moved}"))
        topic_paths = topic_files(self.directory)
        if not topic_paths:
            self.problems.append(Problem(display(self.directory), 1, "no topic files (*.yaml) found"))
        for path in topic_paths:
            self._topic_file(path)
        entries = self._entries(sources, vocabulary)
        self._smalltalk_checks(smalltalk)
        if self.problems or vocabulary is None:
            raise KnowledgeError(self.problems, self._unchecked(vocabulary is None))
        categories = sorted((category for category, _ in self.categories), key=lambda c: (c.order, c.id))
        return KnowledgeBase(
            categories=tuple(categories),
            entries=MappingProxyType(entries),
            sources=MappingProxyType(sources),
            vocabulary=vocabulary,
            files=len(list(self.directory.glob("*.yaml"))),
            smalltalk=smalltalk,
            eligibility=eligibility,
            reading=reading,
        )

    def _unchecked(self, no_vocabulary: bool) -> str:
        """What the problems found kept from being checked, to say so beside them ('' when nothing was)."""
        parts = [self._unread()] if self.unreadable else []
        if self.broken_ids:
            parts.append(f"the entries whose fields are wrong ({', '.join(sorted(self.broken_ids))})")
        if self.unnamed:
            unnamed = ", ".join(sorted(self.unnamed))
            parts.append(
                f"the related ids no entry has ({unnamed}), which an entry whose id is used twice or malformed may be "
                "meant to have"
            )
        if no_vocabulary:
            parts.append(f"every phrasing and `about`, which need {SYNONYMS_FILE}")
        if self.sources_unread:
            parts.append(f"the sources entries cite, which need {SOURCES_FILE}")
        if not parts:
            return ""
        return f"not checked further until these are fixed: {'; '.join(parts)}; run the check again after fixing them"

    def _unread(self) -> str:
        """The topic files that did not parse or are empty, each saying which."""
        return " and ".join(f"{file}, which {why}" for file, why in self.unreadable.items())

    def _parse(self, path: Path, empty: str = "") -> tuple[Checker, yaml.Node | None]:
        """A file's checker and node tree (None when it is missing, does not parse or is empty, each a problem that
        comes first: `empty` says what an empty file should hold)."""
        checker = Checker(display(path), self.problems)
        if not path.is_file():
            self._cause(checker.file, f"missing file; {path.name} is required in the knowledge directory")
            return checker, None
        try:
            text = path.read_text(encoding="utf-8")
            checker.lines = tuple(text.splitlines())
            node = yaml.compose(text, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError as error:
            self.problems.append(replace(syntax_problem(checker.file, error, checker.lines, KEYS), cause=True))
            return checker, None
        except UnicodeDecodeError as error:
            self._cause(checker.file, f"not UTF-8 text (byte {error.start}); save it as UTF-8")
            return checker, None
        except yaml.YAMLError as error:
            self._cause(checker.file, f"cannot read as YAML: {error}")
            return checker, None
        if node is None:
            self.empty.add(checker.file)
            self._cause(checker.file, f"file is empty (only comments or blank lines){empty}")
        return checker, node

    def _cause(self, file: str, message: str, at: int = 1) -> None:
        """Reports a mistake others follow from, to be listed first."""
        self.problems.append(Problem(file, at, message, cause=True))

    def _sources(self, path: Path) -> dict[str, Source]:
        checker, root = self._parse(path)
        self.sources_unread = root is None
        sources: dict[str, Source] = {}
        pieces: dict[str, list[_Piece]] = {}  # the sources of each file
        fields = checker.mapping(root, "sources file", SOURCES_FILE_FIELDS) if root else None
        for node in checker.sequence(fields["sources"], "sources") if fields and "sources" in fields else []:
            item = checker.mapping(node, "source", SOURCE_FIELDS)
            if not item or "id" not in item or "citation" not in item:
                continue
            source_id, citation = checker.text(item["id"], "source id"), checker.text(item["citation"], "citation")
            file = checker.text(item["file"], "source file") if "file" in item else None
            if file is not None and not FILE_RE.match(file):
                checker.problem(item["file"], f"source file `{file}`: give a plain file name in ../shared/sources/")
                file = None
            if source_id in sources:
                self.repeated_sources.append(Located(source_id, checker.file, line(item["id"])))
            elif source_id and citation:
                sources[source_id] = Source(source_id, citation, file)
                if file is not None:
                    ranges = checker.texts(item["lines"], f"source `{source_id}`: lines") if "lines" in item else []
                    pieces.setdefault(file, []).append((sources[source_id], item["file"], ranges))
        for file, sharing in pieces.items():
            self._pieces(checker, file, sharing)
        return sources

    def _pieces(self, checker: Checker, file: str, sharing: list[_Piece]) -> None:
        """Keeps the text of each source in one file for the figure check: the lines its `lines` name, which every
        source sharing the file with another must name (a preamble both restate may be in both); reports what is
        wrong."""
        try:
            text = (self.sources_dir / file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = "is not there" if isinstance(error, FileNotFoundError) else f"cannot be read ({error})"
            for source, node, _ in sharing:
                checker.problem(
                    node,
                    f"source `{source.id}`: its text {display(self.sources_dir / file)} {reason}; the figures of the "
                    "answers that cite it are checked against it",
                )
            return
        rows = text.splitlines()
        for source, node, ranges in sharing:
            others = [other.id for other, _, _ in sharing if other is not source]
            if others and not ranges:
                checker.problem(
                    node,
                    f"source `{source.id}`: {file} is the file of source `{'`, `'.join(others)}` too; give each "
                    "`lines: [FIRST-LAST, ...]`, the lines of its own piece, so that its figures are checked against "
                    "that piece only",
                )
            elif len(spans := _spans(checker, source.id, file, ranges, len(rows))) == len(ranges) and ranges:
                self._source_text(source, "\n".join(rows[n - 1] for _, span in spans for n in span))
            elif not ranges:
                self._source_text(source, text)

    def _source_text(self, source: Source, piece: str) -> None:
        """Keeps a source's text for the figure check, with the years it names: its piece of its file, and its citation
        (which names when it was published: a page from 2023 whose piece never writes 2023)."""
        source_id, text = source.id, f"{piece}\n{source.citation}"
        self.source_texts[source_id] = searchable(text)
        years = frozenset(int(year) for year in SOURCE_YEAR_RE.findall(PERIOD_RE.sub(" ", text)))
        periods = (
            (int(year), "".join(found.group().split())) for found in PERIOD_RE.finditer(text) for year in found.groups()
        )
        self.source_years[source_id] = years
        self.source_periods[source_id] = {year: period for year, period in periods if year not in years}

    def _smalltalk(self, path: Path) -> tuple[SmallTalk, ...]:
        """The optional small-talk file: a list of `{says: [...], reply: ...}`."""
        if not path.is_file():
            return ()
        checker, root = self._parse(path)
        fields = checker.mapping(root, "small-talk file", SMALLTALK_FILE_FIELDS) if root else None
        found = []
        for node in checker.sequence(fields["smalltalk"], "smalltalk") if fields and "smalltalk" in fields else []:
            item = checker.mapping(node, "small talk", SMALLTALK_FIELDS)
            if item and "says" in item and "reply" in item:
                says, reply = checker.texts(item["says"], "says"), checker.text(item["reply"], "reply")
                topics = checker.boolean(item["topics"], "topics") if "topics" in item else True
                if says and reply and topics is not None:
                    found.append(SmallTalk(tuple(s.value for s in says), reply, topics))
                    self.talk_says.append(says)
        return tuple(found)

    def _smalltalk_checks(self, smalltalk: tuple[SmallTalk, ...]) -> None:
        """No small-talk message in two groups (after normalising: the later group's reply would silently win), and no
        entry's question or phrasing read as small talk (it would get the small-talk line, never its answer)."""
        first: dict[str, Located] = {}
        for group in self.talk_says:
            keys_here: dict[str, Located] = {}
            for said in group:
                keys_here.setdefault(talk_key(said.value), said)
            for key, said in keys_here.items():
                if (earlier := first.setdefault(key, said)) is not said:
                    self._problem(
                        said,
                        f"small talk `{said.value}` reads the same as `{earlier.value}` of another group "
                        f"({earlier.file}:{earlier.line}): one reply would silently answer both; keep it in one group",
                    )
        reader = SmallTalkReader(smalltalk)
        taken: dict[int, tuple[Located, list[str]]] = {}  # by small-talk text: the questions and phrasings it takes
        for draft in self.drafts:
            for phrasing in (draft.question, *draft.phrasings):
                if (talk := reader.reply_to(phrasing.value)) is not None:
                    group = self.talk_says[smalltalk.index(talk)]
                    said = next((s for s in group if _reads_as(s.value, phrasing.value)), group[0])
                    where = f"entry `{draft.id.value}`'s `{phrasing.value}` ({phrasing.file}:{phrasing.line})"
                    taken.setdefault(id(said), (said, []))[1].append(where)
        for said, shown in taken.values():
            they = "it gets" if len(shown) == 1 else "they get"
            self._problem(
                said,
                f"small talk `{said.value}` takes {', '.join(shown)}: asked, {they} this small-talk reply, never the "
                "answer; remove it from `says` or reword them",
            )

    def _topic_file(self, path: Path) -> None:
        checker, root = self._parse(
            path, "; a topic file needs `category:` and `entries:`: write them, or delete the file"
        )
        if root is None and path.is_file():
            self.unreadable[checker.file] = "is empty" if checker.file in self.empty else "did not parse"
            with contextlib.suppress(OSError):
                self.unread_texts[checker.file] = path.read_text(encoding="utf-8", errors="replace")
                self.guessed_ids.update(RAW_ID_RE.findall(self.unread_texts[checker.file]))
        fields = checker.mapping(root, "topic file", TOPIC_FILE_FIELDS) if root else None
        if not fields:
            return
        # The category and the entries are checked each on its own, so that a mistake in one hides none in the other.
        category = checker.mapping(fields["category"], "category", CATEGORY_FIELDS) if "category" in fields else None
        category_id = checker.text(category["id"], "category id") if category and "id" in category else None
        title = checker.text(category["title"], "category title") if category and "title" in category else None
        order = checker.integer(category["order"], "category order") if category and "order" in category else None
        if category and category_id is not None and not ID_RE.match(category_id):
            checker.problem(category["id"], f"category id `{category_id}`: use lower-case letters, digits and -")
        elif category and category_id is not None and len(category_id) > MAX_ID_CHARS:
            checker.problem(category["id"], f"category id is {len(category_id)} characters; keep it to {MAX_ID_CHARS}")
        nodes = checker.sequence(fields["entries"], "entries") if "entries" in fields else []
        drafts = [draft for node in nodes if (draft := self._entry(checker, node, category_id or ""))]
        if "entries" in fields and not nodes:
            checker.problem(fields["entries"], "a category needs at least one entry")
        self.drafts.extend(drafts)
        if category and category_id is not None and title is not None and order is not None:
            where = Located(category_id, checker.file, line(category["id"]))
            self.categories.append((Category(category_id, title, order, tuple(d.id.value for d in drafts)), where))

    def _entry(self, checker: Checker, node: yaml.Node, category_id: str) -> _EntryDraft | None:
        required, _ = keys(ENTRY_FIELDS)
        named = _peek_id(node)
        fields = checker.mapping(node, "entry", ENTRY_FIELDS, f"entry `{named}`" if named else None)
        if fields is None or any(key not in fields for key in required):
            if named:  # it exists, with a problem of its own: entries that list it as related are not wrong
                self.broken_ids.add(named)
            return None
        entry_id = checker.text(fields["id"], "entry id")
        what = f"entry `{entry_id or named}`"
        question = checker.text(fields["question"], f"{what}: question")
        answer = checker.text(fields["answer"], f"{what}: answer")
        phrasings = checker.texts(fields["phrasings"], f"{what}: phrasings")
        asked = [Located(question, checker.file, line(fields["question"]))] if question is not None else []
        _personal_data(checker, f"{what}: question", asked)
        _personal_data(checker, f"{what}: phrasing", phrasings)
        citations = self._citations(checker, fields["sources"], what)
        # Each field's own limits, reported even when another field stops the entry (a stub from `report`).
        if question is not None and len(question) > MAX_LABEL_CHARS:
            checker.problem(
                fields["question"],
                f"{what}: question is {len(question)} characters; keep it to {MAX_LABEL_CHARS} so it fits a button",
            )
        if isinstance(fields["phrasings"], yaml.SequenceNode) and len(phrasings) < MIN_PHRASINGS:
            checker.problem(
                fields["phrasings"],
                f"{what}: {len(phrasings)} phrasings; write at least {MIN_PHRASINGS} ways people ask it",
            )
        if answer is not None and len(answer) > MAX_ANSWER_CHARS:
            checker.problem(
                fields["answer"],
                f"{what}: answer is {len(answer)} characters; keep it under {MAX_ANSWER_CHARS} (facts first, concise)",
            )
        if question is not None and (traditional := _traditional(question)):
            checker.problem(
                fields["question"],
                f"{what}: question has Traditional characters ({'、'.join(traditional)}); write the label in "
                "Simplified (a Traditional asker gets it converted)",
            )
        if answer is not None and (traditional := _traditional(answer)):
            checker.problem(
                fields["answer"],
                f"{what}: answer has Traditional characters ({'、'.join(traditional)}); write answers in Simplified "
                "(a Traditional question gets them converted)",
            )
        if entry_id is None or question is None or answer is None or not citations:
            if entry_id is not None:
                self.broken_ids.add(entry_id)
            return None
        if not ID_RE.match(entry_id):
            self.malformed.append(Located(entry_id, checker.file, line(fields["id"])))
        elif len(entry_id) > MAX_ID_CHARS:
            checker.problem(fields["id"], f"{what}: id is {len(entry_id)} characters; keep it to {MAX_ID_CHARS}")
        related = checker.texts(fields["related"], f"{what}: related") if "related" in fields else []
        keywords = checker.texts(fields["keywords"], f"{what}: keywords") if "keywords" in fields else []
        about = checker.mapping(fields["about"], f"{what}: about", ABOUT_TABLE) if "about" in fields else {}
        return _EntryDraft(
            id=Located(entry_id, checker.file, line(fields["id"])),
            category_id=category_id,
            question=asked[0],
            phrasings=phrasings,
            answer=answer,
            answer_lines=_lines_of(checker, fields["answer"]),
            citations=citations,
            related=related,
            keywords=keywords,
            about={key: checker.texts(value, f"{what}: about {key}") for key, value in (about or {}).items()},
            honest=bool(checker.boolean(fields["honest"], f"{what}: honest")) if "honest" in fields else False,
            measures_at=self._measures_at(checker, fields["measures_at"], what) if "measures_at" in fields else [],
        )

    @staticmethod
    def _measures_at(checker: Checker, node: yaml.Node, what: str) -> list[tuple[Located, list[Located]]]:
        """An entry's `measures_at`: a list of `{measure: one of its measures, places: the places it holds at}`."""
        found = []
        for item in checker.sequence(node, f"{what}: measures_at"):
            fields = checker.mapping(item, f"{what}: measures_at", MEASURE_AT_FIELDS)
            if not fields or "measure" not in fields or "places" not in fields:
                continue
            if (measure := checker.text(fields["measure"], f"{what}: measures_at measure")) is not None:
                places = checker.texts(fields["places"], f"{what}: measures_at places")
                found.append((Located(measure, checker.file, line(fields["measure"])), places))
        return found

    @staticmethod
    def _citations(checker: Checker, node: yaml.Node, what: str) -> list[tuple[Located, Located]]:
        """An entry's `sources`: a list of `{ref: source id, as_of: when its figures are from}`."""
        citations = []
        for item in checker.sequence(node, f"{what}: sources"):
            fields = checker.mapping(item, f"{what}: source", CITATION_FIELDS)
            if not fields or "ref" not in fields or "as_of" not in fields:
                continue
            ref = checker.text(fields["ref"], f"{what}: source ref")
            as_of = checker.text(fields["as_of"], f"{what}: as_of")
            if ref is not None and as_of is not None:
                cited = Located(ref, checker.file, line(fields["ref"]))
                citations.append((cited, Located(as_of, checker.file, line(fields["as_of"]))))
        if isinstance(node, yaml.SequenceNode) and not node.value:
            checker.problem(node, f"{what}: sources needs at least one `{{ref: ..., as_of: ...}}`")
        return citations

    def _entries(self, sources: dict[str, Source], vocabulary: Vocabulary | None) -> dict[str, Entry]:
        self._unique("category id", [where for _, where in self.categories])
        orders = [Located(str(category.order), where.file, where.line) for category, where in self.categories]
        self._unique("category order", orders, "; give each category its own place in /topics")
        ids = {draft.id.value for draft in self.drafts} | self.broken_ids
        # An entry given an id already used was meant to have another: `related` ids that no entry has may be that one.
        missing = sorted({r.value for d in self.drafts for r in d.related} - ids - self.guessed_ids)
        meant = f"; is it `{'` or `'.join(missing)}`, which other entries list as related?" if missing else ""
        repeated = self._unique("entry id", [draft.id for draft in self.drafts], meant)
        for where in self.malformed:
            self._problem(where, f"entry `{where.value}`: use lower-case letters, digits and - in ids{meant}")
        if repeated or self.malformed:
            self.unnamed.update(missing)
        existing = ids | self.guessed_ids | self.unnamed
        self._repeated_sources(sources)
        entries: dict[str, Entry] = {}
        for draft in self.drafts:
            what = f"entry `{draft.id.value}`"
            for ref, _ in draft.citations:
                if ref.value not in sources and not self.repeated_sources and not self.sources_unread:
                    known = ", ".join(sorted(sources)) or "none"
                    self._problem(ref, f"{what}: unknown source `{ref.value}` (sources.yaml has: {known})")
            if vocabulary is not None:
                self._about_checks(draft, vocabulary)
            self._measures_at_checks(draft)
            self._figure_checks(draft)
            if draft.honest:
                self._honest_checks(draft)
            self._as_of_checks(draft)
            listed: set[str] = set()
            for related in draft.related:
                if related.value in listed:
                    self._problem(related, f"{what}: lists `{related.value}` as related twice; keep one")
                elif related.value == draft.id.value and draft.id not in repeated:
                    self._problem(related, f"{what}: lists itself as related")
                elif related.value not in existing:
                    self._problem(
                        related, f"{what}: related id `{related.value}` {self._not_found(related.value, ids)}"
                    )
                listed.add(related.value)
            if all(ref.value in sources for ref, _ in draft.citations):
                entries[draft.id.value] = Entry(
                    id=draft.id.value,
                    category_id=draft.category_id,
                    question=draft.question.value,
                    phrasings=tuple(p.value for p in draft.phrasings),
                    answer=draft.answer,
                    citations=tuple(Citation(sources[ref.value], as_of.value) for ref, as_of in draft.citations),
                    related=tuple(r.value for r in draft.related),
                    keywords=tuple(k.value for k in draft.keywords),
                    about=About(**{key: tuple(t.value for t in terms) for key, terms in draft.about.items()}),
                    honest=draft.honest,
                    measures_at=_measures_at(draft),
                )
        if vocabulary is not None:
            self._phrasing_checks(vocabulary)
        return entries

    def _not_found(self, wanted: str, ids: set[str]) -> str:
        """Why a `related` id names no entry: it may be in a file that did not parse whose text names it (rather than
        another id it looks like); else it does not exist, and may be a misspelling of an id."""
        word = re.compile(rf"(?<![a-z0-9-]){re.escape(wanted)}(?![a-z0-9-])")
        named = [f"{file} ({self.unreadable[file]})" for file, text in self.unread_texts.items() if word.search(text)]
        if named:
            return f"was not found; it may be in {' or '.join(named)}, whose text names it: fix that file first"
        close = difflib.get_close_matches(wanted, sorted(ids | self.guessed_ids), n=1)
        also = f" (nor in {self._unread()})" if self.unreadable else ""
        return f"does not exist{also}" + (f"; did you mean `{close[0]}`?" if close else "")

    def _repeated_sources(self, sources: dict[str, Source]) -> None:
        """Reports each source id given twice, first, with the ids entries cite that no source has, which it may be
        meant to be (those citations are not reported one by one)."""
        cited = {ref.value for draft in self.drafts for ref, _ in draft.citations}
        missing = sorted(cited - set(sources))
        meant = f"; is it `{'` or `'.join(missing)}`, which entries cite and no source has?" if missing else ""
        for where in self.repeated_sources:
            self._cause(where.file, f"source id `{where.value}` is used twice; ids must be unique{meant}", where.line)

    def _figure_checks(self, draft: _EntryDraft) -> None:
        """Every figure the answer states is in the text of a source it cites; checked only when every source it
        cites has its text (a source without a `file`, or one whose file is reported, leaves nothing sure to check)."""
        cited = [ref.value for ref, _ in draft.citations]
        if not all(ref in self.source_texts for ref in cited):
            return
        texts = [self.source_texts[ref] for ref in cited]
        for answer_line in draft.answer_lines:
            for figure in unsupported_figures(answer_line.value, texts):
                given = f", which give {figure.number} but not as {figure.text}" if figure.number else ""
                self._problem(
                    answer_line,
                    f"entry `{draft.id.value}`: the figure {figure.text} is in none of its sources "
                    f"({', '.join(cited)}){given}; write the figure the source gives, or cite the source that has it",
                )

    def _honest_checks(self, draft: _EntryDraft) -> None:
        """An entry marked honest (its sources do not answer its question) states no amount or count: it may name
        the years of its sources and repeat what the rules set (每3年, 每年一次), as `facts.amounts` reads them."""
        for answer_line in draft.answer_lines:
            for amount in amounts(answer_line.value):
                self._problem(
                    answer_line,
                    f"entry `{draft.id.value}`: the answer states {amount}, but the entry is marked `honest: true`, "
                    "which says its sources do not answer its question (the journal and the report count its "
                    "questions as ones they lack); if they answer it, remove `honest: true`, else take the figure "
                    "out (an honest answer names only the years of its sources and what the rules set, as 每3年)",
                )

    def _as_of_checks(self, draft: _EntryDraft) -> None:
        """Every `as_of` names a year, and every year it names is one the text of its source names outside a period:
        a page from 2023 may give figures of 2022, not of 2019, nor of 2025, the end of a plan's period 2023年-2025年
        (a source without a text is not checked)."""
        for ref, as_of in draft.citations:
            if (named := self.source_years.get(ref.value)) is None:
                continue
            what = f"entry `{draft.id.value}`: as_of `{as_of.value}`"
            years = [int(year) for year in YEAR_RE.findall(as_of.value)]
            if not years:
                self._problem(as_of, f"{what} names no year; write the year its facts are from, as in 2023年")
            listed = ", ".join(str(year) for year in sorted(named)) or "none"
            for year in (year for year in years if year not in named):
                source = f"source `{ref.value}`"
                period = self.source_periods[ref.value].get(year)
                reason = (
                    f"which the text of {source} names only in the period {period}, not as a year its figures are from"
                    if period
                    else f"a year the text of {source} does not"
                )
                self._problem(
                    as_of,
                    f"{what} names {year}, {reason} (it names {listed}); write the year its facts are from, or cite "
                    "the source they are from",
                )

    def _measures_at_checks(self, draft: _EntryDraft) -> None:
        """Every measure under an entry's `measures_at` is one of its `about` measures, held at some of its places."""
        about = {key: [t.value for t in terms] for key, terms in draft.about.items()}
        for measure, places in draft.measures_at:
            if measure.value not in about.get("measures", []):
                self._problem(measure, _not_about(draft.id.value, "measure", measure.value, about.get("measures", [])))
            for place in places:
                if place.value not in about.get("places", []):
                    self._problem(place, _not_about(draft.id.value, "place", place.value, about.get("places", [])))

    def _about_checks(self, draft: _EntryDraft, vocabulary: Vocabulary) -> None:
        """Every term under an entry's `about` is listed under the same key in synonyms.yaml."""
        for key, terms in draft.about.items():
            known: tuple[str, ...] = getattr(vocabulary, key)
            for term in terms:
                if term.value not in known:
                    close = difflib.get_close_matches(term.value, known, n=1)
                    if (
                        meant := normalizer_for(vocabulary).normalize(term.value)
                    ) in known:  # 中级: a synonym of 社工师
                        close = [meant]
                    hint = f"; did you mean `{close[0]}`?" if close else f"; add it to `{key}` in {SYNONYMS_FILE}"
                    self._problem(term, f"entry `{draft.id.value}`: about {key} `{term.value}` is unknown{hint}")

    def _phrasing_checks(self, vocabulary: Vocabulary) -> None:
        """No phrasing under two entries (after normalising); every phrasing holds one of its entry's keywords (or for
        an entry about other places, names one) and asks about no place, level, measure or subject that its entry's
        `about` does not cover."""
        normalizer = normalizer_for(vocabulary)
        owners: dict[str, tuple[str, Located]] = {}
        abouts = [
            normalizer.normal_about(About(**{key: tuple(t.value for t in terms) for key, terms in d.about.items()}))
            for d in self.drafts
        ]
        at = [normalizer.normal_measures_at(_measures_at(d)) for d in self.drafts]
        coverage = Coverage.of(abouts, normalizer.place_rules, normalizer.unlisted_keyword, at)
        guards = TopicGuards(normalizer, [tuple(k.value for k in d.keywords) for d in self.drafts], coverage)
        for position, draft in enumerate(self.drafts):
            unguarded = []
            for phrasing in [draft.question, *draft.phrasings]:
                key = normalizer.normalize(phrasing.value)
                if not key:
                    self._problem(phrasing, f"phrasing `{phrasing.value}` is only filler words; rewrite it")
                    continue
                owner = owners.setdefault(key, (draft.id.value, phrasing))
                if owner[1] is not phrasing:
                    first = owner[1]
                    self._problem(
                        phrasing,
                        f"phrasing `{phrasing.value}` reads the same as `{first.value}` of entry "
                        f"`{owner[0]}` ({first.file}:{first.line}); reword or remove one",
                    )
                asked = Asked.of(normalizer, key, units(key))
                if not guards.passes(position, asked):
                    unguarded.append(phrasing)
                if (lacking := coverage.lacks(asked.named, position)) is not None:
                    own = coverage.abouts[position].lacks(asked.named, coverage.rules) or About()
                    self._problem(
                        phrasing,
                        f"phrasing `{phrasing.value}` reads as asking about {'、'.join(chain(*astuple(lacking)))}, "
                        f"which entry `{draft.id.value}`'s `about` does not cover; {_covering(lacking, own)}",
                    )
            self._keyword_checks(draft, unguarded)

    def _keyword_checks(self, draft: _EntryDraft, unguarded: list[Located]) -> None:
        """Reports the questions and phrasings of an entry that have none of its keywords: one by one, or, when there
        are several (a misspelt keyword), once at its keywords with their count."""
        keywords = ", ".join(k.value for k in draft.keywords)
        if len(unguarded) == 1:
            self._problem(
                unguarded[0],
                f"phrasing `{unguarded[0].value}` has none of entry `{draft.id.value}`'s keywords ({keywords}); add "
                "one or a synonym",
            )
        elif unguarded:
            first = unguarded[0]
            self._problem(
                (draft.keywords or [draft.id])[0],
                f"entry `{draft.id.value}`: {len(unguarded)} of its {1 + len(draft.phrasings)} questions and "
                f"phrasings have none of its keywords ({keywords}), as `{first.value}` ({first.file}:{first.line}); "
                "is a keyword misspelt? keywords must be words the phrasings hold (or their synonyms)",
            )

    def _unique(self, what: str, items: list[Located], hint: str = "") -> list[Located]:
        """Reports each item whose value an earlier one has (with `hint`); returns them."""
        first: dict[str, Located] = {}
        repeated = [item for item in items if first.setdefault(item.value, item) is not item]
        for item in repeated:
            earlier = first[item.value]
            self._problem(item, f"{what} `{item.value}` is already used at {earlier.file}:{earlier.line}{hint}")
        return repeated

    def _problem(self, where: Located, message: str) -> None:
        self.problems.append(Problem(where.file, where.line, message))


def _not_a_directory(path: Path) -> str:
    """Why `path` cannot be read as a knowledge directory."""
    if path.is_file():
        return (
            "is a file, not a directory: give the knowledge directory (the folder of sources.yaml and the topic files)"
        )
    return "no such knowledge directory"


def _reads_as(said: str, message: str) -> bool:
    """Whether a message is read as one small-talk text (`said`) alone, as the bot reads it."""
    return SmallTalkReader((SmallTalk((said,), "", topics=True),)).reply_to(message) is not None


def _spans(
    checker: Checker, source_id: str, file: str, ranges: list[Located], rows: int
) -> list[tuple[Located, range]]:
    """The line numbers each of a source's `lines` ranges (151-427, or one line: 5) names, in order; a range that is
    not one or that lies outside its file is reported and left out (and the source's figures are then not checked)."""
    spans = []
    for given in ranges:
        found = _RANGE_RE.fullmatch(given.value)
        first, last = (int(found.group(1)), int(found.group(2) or found.group(1))) if found else (0, 0)
        if found is None or not 1 <= first <= last <= rows:
            checker.problem_at(
                given,
                f"source `{source_id}`: lines `{given.value}` is not a range of the lines of {file}, which has {rows}; "
                "write FIRST-LAST, as in 151-427",
            )
            continue
        spans.append((given, range(first, last + 1)))
    return spans


def _personal_data(checker: Checker, what: str, texts: list[Located]) -> None:
    """Reports each text that holds a placeholder for personal data (`[姓名]`), as a question copied from the journal
    does."""
    for text in texts:
        if found := PLACEHOLDER_RE.search(text.value):
            checker.problem_at(
                text,
                f"{what} `{text.value}` holds a placeholder for personal data (`{found.group()}`); write the question "
                "without it",
            )


def _measures_at(draft: _EntryDraft) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A draft's `measures_at`, as the entry holds it: only its own measures and places (others are problems)."""
    measures, places = ({t.value for t in draft.about.get(key, [])} for key in ("measures", "places"))
    return tuple(
        (measure.value, tuple(p.value for p in at if p.value in places))
        for measure, at in draft.measures_at
        if measure.value in measures
    )


def _not_about(entry: str, kind: str, term: str, listed: list[str]) -> str:
    """What is wrong with a `measures_at` measure or place its entry's `about` does not list, and how to fix it."""
    key = f"{kind}s"
    close = difflib.get_close_matches(term, listed, n=1)
    has = f"lists {', '.join(listed)}" if listed else "lists none"
    fix = f"did you mean `{close[0]}`? Else add" if close else "add"
    return (
        f"entry `{entry}`: measures_at {kind} `{term}` is not one of the {key} its `about` covers (`about: {{{key}}}` "
        f"{has}); measures_at can only narrow a measure of the entry to fewer of its places: {fix} `{term}` to "
        f"`about: {{{key}: [...]}}` or name one it lists"
    )


def _covering(lacking: About, own: About) -> str:
    """How to make an entry cover what a phrasing asks that it lacks (`own`: what its `about` itself lacks, the rest
    being places that entries about them claim from an entry about other places): the `about` key to add each to, or
    the entry about the place to move the phrasing to."""
    added = [f"{'、'.join(terms)} to its `about: {{{key}: [...]}}`" for key, terms in asdict(own).items() if terms]
    claimed = [place for place in lacking.places if place not in own.places]
    fixes = [f"add {' and '.join(added)}"] if added else []
    if claimed:
        fixes.append(f"move it to the entry about {'、'.join(claimed)}")
    return f"{' or '.join(fixes)} or reword the phrasing"


def _lines_of(checker: Checker, node: yaml.Node) -> list[Located]:
    """The lines of a text field, each at its line in the file: a `|` block keeps its lines, any other style is
    placed at its first line."""
    literal = isinstance(node, yaml.ScalarNode) and node.style == "|"
    first = line(node) + (1 if literal else 0)
    text = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
    return [Located(row, checker.file, first + n if literal else first) for n, row in enumerate(text.splitlines())]


def _traditional(text: str) -> list[str]:
    """The Traditional characters in a text (as OpenCC's t2s changes them), each once, in order."""
    return list(dict.fromkeys(a for a, b in zip(text, to_simplified(text), strict=False) if a != b))


def load_knowledge(directory: Path, sources_dir: Path = SOURCES_DIR) -> KnowledgeBase:
    """The validated knowledge base in `directory`, its figures checked against the texts in `sources_dir`; raises
    `KnowledgeError` listing every problem."""
    return _Reader(directory, sources_dir).read()
