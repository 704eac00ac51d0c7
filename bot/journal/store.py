"""What people asked, in an embedded SQLite database, for the maintainers: declined and unsure questions, the
suggestion picked, feedback, daily counts.

Privacy: the text of a question is kept only when the bot declined it, answered that its sources do not cover it (an
honest entry) or was unsure (offered other questions, instead of an answer or beside it): what the maintainers' report
needs. It is kept as asked (a follow-up as it was read), with personal data (phone, ID-card and bank-card numbers,
e-mail addresses, chat accounts, codes and other long numbers, names, ages, sex, marriage and children, street
addresses, schools with a class) replaced by placeholders (bot.core.redact); any other answered question keeps only
its entry id, score and the day's counts. With each, the chat type and a keyed hash of the user id; never a Telegram
name, a username or a raw id. Everything but the daily counts is deleted after RETENTION_DAYS (180 by default). The
hash key lives outside the database. DATA_DIR is created 0700, the database, its WAL files and the key are 0600.

Storage must never block or break answering: every write is one short autocommitted statement with a short busy
timeout, and any database error is logged (once per outage) and swallowed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from bot.core.redact import redact_normalised
from bot.journal.grouping import count_twins

log = logging.getLogger(__name__)
DATABASE_FILE = "journal.sqlite3"
KEY_FILE = "user-hash.key"
BUSY_TIMEOUT_SECONDS = 0.05
DIRECTORY_MODE = 0o700
FILE_MODE = 0o600
T = TypeVar("T")

# Each step upgrades the schema by one version; a database records its version in `PRAGMA user_version`.
MIGRATIONS = (
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, day TEXT NOT NULL, chat_type TEXT NOT NULL,
        user_key TEXT NOT NULL, question TEXT NOT NULL, outcome TEXT NOT NULL, entry_id TEXT,
        score INTEGER NOT NULL, suggestions TEXT NOT NULL DEFAULT '');
    CREATE INDEX questions_by_day ON questions (day, outcome);
    CREATE TABLE picks (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, question_id INTEGER, user_key TEXT NOT NULL, picked TEXT);
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, entry_id TEXT NOT NULL, helpful INTEGER NOT NULL,
        user_key TEXT NOT NULL);
    CREATE TABLE daily (day TEXT PRIMARY KEY, asked INTEGER NOT NULL, answered INTEGER NOT NULL);
    """,
    # 2: answered questions keep no text (the personal data in the rest is redacted in Python, see _migrate).
    "UPDATE questions SET question = '' WHERE outcome = 'answered';",
    # 3: the redaction learnt chat accounts, long numbers, names and street addresses (see _migrate).
    "",
    # 4: the redaction learnt relatives' names, names before a title, surnames, ages, sex, marriage and children.
    "",
    # 5: the redaction learnt rarer and compound surnames, nicknames (小张), a name heading personal details,
    # schools with a class, codes after their word (工号), flats after their building, e-mail addresses written out
    # and more chat accounts.
    "",
    # 6: the redaction learnt birth dates, licence plates, numbers said in Chinese numerals, names said in English
    # (I'm Li Wei) and after 叫做.
    "",
    # 7: the daily counts tell honest replies (the sources do not cover what was asked), declines and suggestions
    # apart from answers. Days whose questions are kept are counted again from them, where the journal told them
    # apart: an honest entry's answer with other questions beside it stays an answer, and a reply naming what no
    # entry covers a decline; days older than RETENTION_DAYS keep only their questions and answers.
    """
    ALTER TABLE daily ADD COLUMN honest INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE daily ADD COLUMN declined INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE daily ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0;
    UPDATE daily SET
        honest = (SELECT COUNT(*) FROM questions q WHERE q.day = daily.day AND q.outcome = 'answered'
            AND q.question != '' AND q.suggestions = ''),
        declined = (SELECT COUNT(*) FROM questions q WHERE q.day = daily.day AND q.outcome = 'declined'),
        suggested = (SELECT COUNT(*) FROM questions q WHERE q.day = daily.day AND q.outcome = 'suggested');
    UPDATE daily SET answered = answered - honest;
    """,
)
REDACTED_AT = 6  # upgrading past this version (the redaction's latest) redacts stored question text again, once


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asked, as far as the journal may know: the chat type and the user id (which it only ever hashes)."""

    chat_type: str
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """One question the bot did not answer with confidence."""

    question: str
    outcome: str
    score: int
    suggestions: tuple[str, ...]
    picked: str | None  # the suggestion picked, "none" for 都不是, None when nothing was picked


@dataclass(frozen=True, slots=True)
class Counts:
    """The questions of some days, and how each was replied to: answered; honestly, saying the sources do not cover
    what was asked; declined; or with other questions suggested."""

    asked: int = 0
    answered: int = 0
    honest: int = 0
    declined: int = 0
    suggested: int = 0


KINDS = ("answered", "honest", "declined", "suggested")  # the daily count each question adds one to, by its reply


@dataclass(frozen=True, slots=True)
class Stats:
    """The numbers behind /stats."""

    today: Counts
    week: Counts
    top_entries: list[tuple[str, int]]
    feedback: list[tuple[str, int, int]]  # entry id, helpful, unhelpful
    top_unanswered: list[tuple[str, int]]  # twins counted as one (bot.journal.grouping)


def make_private_dir(directory: Path) -> None:
    """Creates `directory` (and missing parents) readable by its owner only; an existing one keeps its mode."""
    if not directory.is_dir():
        directory.mkdir(parents=True, mode=DIRECTORY_MODE, exist_ok=True)
        directory.chmod(DIRECTORY_MODE)  # mkdir's mode is filtered by the umask


def make_private_file(path: Path) -> None:
    """Creates `path` if missing, and makes it readable and writable by its owner only."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    path.chmod(FILE_MODE)


def _not_a_folder(data_dir: Path) -> str | None:
    """Why DATA_DIR cannot hold the journal, when something else is there."""
    return f"DATA_DIR {data_dir} is a file, not a folder" if data_dir.exists() and not data_dir.is_dir() else None


def load_key(data_dir: Path) -> bytes:
    """The user-hash key: made once, kept in DATA_DIR beside (not in) the database, readable by its owner only."""
    path = data_dir / KEY_FILE
    if not path.exists():
        make_private_dir(data_dir)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(descriptor, "wb") as key_file:
            key_file.write(secrets.token_bytes(32))
    path.chmod(FILE_MODE)
    return path.read_bytes()


class Journal:
    """The journal in one SQLite file; safe to share between threads."""

    def __init__(self, path: Path, key: bytes, retention_days: int, clock: Callable[[], datetime] | None = None):
        self.path = path
        self.retention_days = retention_days
        self._key = key
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._failing = False
        make_private_dir(path.parent)
        # SQLite gives the WAL and shared-memory files the database file's mode, so it is made private first.
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            if name == path.name or (path.parent / name).exists():
                make_private_file(path.parent / name)
        self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA secure_delete=ON")  # pruned and scrubbed text is overwritten, not left in free pages
        self._migrate()

    @classmethod
    def existing(cls, data_dir: Path, retention_days: int) -> Journal | str:
        """The journal `run` keeps in DATA_DIR, for the maintainers' commands, or why there is none to read (an
        error line): never an empty journal started in the wrong place."""
        if why := _not_a_folder(data_dir):
            return f"error: {why}"
        if not (data_dir / DATABASE_FILE).is_file():
            return (
                f"error: no journal in {data_dir}: `python -m bot run` records one there as it serves Telegram, and "
                "`python -m bot chat --journal` in the terminal; if `run` keeps it elsewhere, set DATA_DIR to that "
                "folder"
            )
        opened = cls._opened(data_dir, retention_days)
        return opened if isinstance(opened, Journal) else f"error: cannot open the journal in {data_dir}: {opened}"

    @classmethod
    def open(cls, data_dir: Path, retention_days: int) -> Journal | None:
        """The journal in DATA_DIR, or None (logged) when it cannot be opened: the bot then answers unrecorded."""
        opened = cls._opened(data_dir, retention_days)
        if isinstance(opened, str):
            log.error("the journal cannot be opened, questions will not be recorded: %s", opened)
            return None
        return opened

    @classmethod
    def _opened(cls, data_dir: Path, retention_days: int) -> Journal | str:
        """The journal in DATA_DIR, or why it cannot be opened."""
        if why := _not_a_folder(data_dir):
            return why
        try:
            return cls(data_dir / DATABASE_FILE, load_key(data_dir), retention_days)
        except OSError as error:
            return f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error)
        except sqlite3.Error as error:
            return str(error)

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self._db.execute("BEGIN")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                if number == REDACTED_AT:
                    rows = self._db.execute("SELECT id, question FROM questions WHERE question != ''").fetchall()
                    for row_id, text in rows:
                        if (cleaned := redact_normalised(text)) != text:
                            self._db.execute("UPDATE questions SET question = ? WHERE id = ?", (cleaned, row_id))
                self._db.execute(f"PRAGMA user_version = {number}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def user_key(self, asker: Asker) -> str:
        """A keyed hash of the user id: the same user is recognisable, the id is not recoverable."""
        if asker.user_id is None:
            return ""
        return hmac.new(self._key, str(asker.user_id).encode(), hashlib.sha256).hexdigest()[:24]

    @contextmanager
    def _guarded(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._db

    def _safely(self, action: Callable[[sqlite3.Connection], T]) -> T | None:
        """Runs `action`; a database error is logged once per outage and gives None."""
        try:
            with self._guarded() as db:
                result = action(db)
        except sqlite3.Error as error:
            if not self._failing:
                log.error("the journal is failing, answering goes on unrecorded: %s", error)
            self._failing = True
            return None
        if self._failing:
            log.info("the journal works again")
            self._failing = False
        return result

    def question(
        self,
        asker: Asker,
        question: str,
        outcome: str,
        entry_id: str | None,
        score: int,
        suggestions: tuple[str, ...],
        *,
        honest: bool = False,
    ) -> int | None:
        """Records one question; returns its id (for the suggestion picked later), or None if it was not stored.
        Only a declined, unsure (an answer with other questions offered beside it is one) or `honest` question (its
        answer says the sources do not cover it) keeps its text, and that with personal data replaced by
        placeholders."""
        now = self._clock()
        day = now.date().isoformat()
        answered = outcome == "answered"
        kept = "" if answered and not suggestions and not honest else redact_normalised(question)
        kind = "honest" if honest else outcome
        added = tuple(int(kind == k) for k in KINDS)

        def write(db: sqlite3.Connection) -> int:
            db.execute(
                f"INSERT INTO daily (day, asked, {', '.join(KINDS)}) VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT (day) DO "
                f"UPDATE SET asked = asked + 1, {', '.join(f'{k} = {k} + excluded.{k}' for k in KINDS)}",
                (day, *added),
            )
            cursor = db.execute(
                "INSERT INTO questions (at, day, chat_type, user_key, question, outcome, entry_id, score, suggestions)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now.isoformat(),
                    day,
                    asker.chat_type,
                    self.user_key(asker),
                    kept,
                    outcome,
                    entry_id,
                    score,
                    ",".join(suggestions),
                ),
            )
            return int(cursor.lastrowid or 0)

        return self._safely(write)

    def pick(self, asker: Asker, question_id: int | None, picked: str | None) -> None:
        """Records the suggestion picked for a question (None: 都不是)."""
        row = (self._clock().isoformat(), question_id, self.user_key(asker), picked or "none")
        self._safely(
            lambda db: db.execute("INSERT INTO picks (at, question_id, user_key, picked) VALUES (?, ?, ?, ?)", row)
        )

    def feedback(self, asker: Asker, entry_id: str, helpful: bool) -> None:
        """Records a 👍 or 👎 on an answer."""
        row = (self._clock().isoformat(), entry_id, int(helpful), self.user_key(asker))
        self._safely(
            lambda db: db.execute("INSERT INTO feedback (at, entry_id, helpful, user_key) VALUES (?, ?, ?, ?)", row)
        )

    def prune(self) -> int:
        """Deletes questions, picks and feedback older than the retention period; returns how many went."""
        cutoff = (self._clock() - timedelta(days=self.retention_days)).isoformat()

        def delete(db: sqlite3.Connection) -> int:
            return sum(
                db.execute(f"DELETE FROM {table} WHERE at < ?", (cutoff,)).rowcount
                for table in ("questions", "picks", "feedback")
            )

        return self._safely(delete) or 0

    def stats(self, days: int = 7, top: int = 5) -> Stats | None:
        """Today's and the last `days` days' numbers, top entries, feedback, and top unanswered questions (twins, which
        differ only in the personal data masked in them or in punctuation, counted as one)."""
        today = self._clock().date()
        since = (today - timedelta(days=days - 1)).isoformat()

        def read(db: sqlite3.Connection) -> tuple[Stats, list[str]]:
            def daily(start: str) -> Counts:
                sums = ", ".join(f"COALESCE(SUM({k}), 0)" for k in ("asked", *KINDS))
                return Counts(*db.execute(f"SELECT {sums} FROM daily WHERE day >= ?", (start,)).fetchone())

            entries = db.execute(
                "SELECT entry_id, COUNT(*) AS n FROM questions WHERE outcome = 'answered' AND entry_id IS NOT NULL"
                " AND day >= ? GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT ?",
                (since, top),
            ).fetchall()
            votes = db.execute(
                "SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM feedback GROUP BY entry_id ORDER BY entry_id"
            ).fetchall()
            declined = db.execute(
                "SELECT question FROM questions WHERE outcome = 'declined' AND day >= ? ORDER BY id", (since,)
            ).fetchall()
            numbers = Stats(
                daily(today.isoformat()),
                daily(since),
                [tuple(r) for r in entries],
                [tuple(r) for r in votes],
                [],
            )
            return numbers, [question for (question,) in declined]

        found = self._safely(read)
        if found is None:
            return None
        numbers, declined = found  # twins are counted outside the lock, which every write waits for
        return replace(numbers, top_unanswered=count_twins(declined)[:top])

    def top_entries(self, days: int, limit: int) -> list[str]:
        """The most answered entries of the last `days` days."""
        since = (self._clock().date() - timedelta(days=days - 1)).isoformat()
        rows = self._safely(
            lambda db: db.execute(
                "SELECT entry_id FROM questions WHERE outcome = 'answered' AND entry_id IS NOT NULL AND day >= ? "
                "GROUP BY entry_id "
                "ORDER BY COUNT(*) DESC, entry_id LIMIT ?",
                (since, limit),
            ).fetchall()
        )
        return [str(r[0]) for r in rows or []]

    def unsure(self, since: date) -> list[Record]:
        """Every question whose text is kept (declined, suggested, answered unsure or honestly) since a day, with the
        suggestion picked, if any."""
        rows = self._safely(
            lambda db: db.execute(
                "SELECT q.question, q.outcome, q.score, q.suggestions, (SELECT p.picked FROM picks p WHERE "
                "p.question_id = q.id ORDER BY p.id DESC LIMIT 1) FROM questions q WHERE q.question != '' "
                "AND q.day >= ? ORDER BY q.id",
                (since.isoformat(),),
            ).fetchall()
        )
        return [Record(r[0], r[1], r[2], tuple(s for s in r[3].split(",") if s), r[4]) for r in rows or []]

    def close(self) -> None:
        """Closes the database."""
        with self._lock:
            self._db.close()
