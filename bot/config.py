"""Settings, read from the environment and an optional `.env` file (the environment wins)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE_DIR = PROJECT_DIR / "knowledge"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DATA_DIR = PROJECT_DIR / "data"
DEFAULT_PORT = "8443"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def project_path(value: str | Path) -> Path:
    """A path from a setting: a relative one is read against the project folder (where `.env` is), not the current
    directory, so every command finds the same journal wherever it is run from."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else PROJECT_DIR / path


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot reads from its environment; `.env.example` documents each."""

    token: str
    knowledge_dir: Path
    api_base_url: str
    webhook_url: str
    webhook_secret: str
    listen: str
    port: int
    log_level: str
    data_dir: Path
    retention_days: int
    admin_ids: frozenset[int]
    reload_seconds: float
    questions_per_minute: int

    @classmethod
    def load(cls, env_file: Path | None = PROJECT_DIR / ".env", *, serving: bool = False) -> Settings:
        """Settings from `.env` (if present) overlaid by the process environment. Settings only `run` uses (PORT,
        RELOAD_SECONDS) are read only when `serving`, so a mistake in them does not stop `ask`, `chat` or `validate`."""
        if env_file is not None and env_file.is_file():
            load_dotenv(env_file, override=False)
        port = (os.environ.get("PORT", "").strip() if serving else "") or DEFAULT_PORT
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise SettingsError(f"PORT must be a port number (1-65535), not {port!r}")
        retention = os.environ.get("RETENTION_DAYS", "").strip() or "180"
        if not retention.isdigit() or int(retention) < 1:
            raise SettingsError(f"RETENTION_DAYS must be a whole number of days, not {retention!r}")
        admins = [a.strip() for a in os.environ.get("ADMIN_IDS", "").split(",") if a.strip()]
        if not all(a.lstrip("-").isdigit() for a in admins):
            raise SettingsError("ADMIN_IDS must be Telegram user ids separated by commas, e.g. 12345,67890")
        per_minute = os.environ.get("QUESTIONS_PER_MINUTE", "").strip() or "20"
        if not per_minute.isdigit() or int(per_minute) < 1:
            raise SettingsError(f"QUESTIONS_PER_MINUTE must be a whole number, not {per_minute!r}")
        reload_seconds = (os.environ.get("RELOAD_SECONDS", "").strip() if serving else "") or "2"
        try:
            reload_every = float(reload_seconds)
        except ValueError:
            reload_every = math.nan
        if not math.isfinite(reload_every) or reload_every <= 0:
            raise SettingsError(f"RELOAD_SECONDS must be a number of seconds above 0, not {reload_seconds!r}")
        given_level = os.environ.get("LOG_LEVEL", "").strip()
        log_level = given_level.upper() or "INFO"
        if log_level not in LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {given_level!r}")
        return cls(
            token=os.environ.get("TELEGRAM_BOT_TOKEN", "").strip(),
            knowledge_dir=Path(os.environ.get("KNOWLEDGE_DIR", "").strip() or DEFAULT_KNOWLEDGE_DIR),
            api_base_url=os.environ.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL,
            webhook_url=os.environ.get("WEBHOOK_URL", "").strip(),
            webhook_secret=os.environ.get("WEBHOOK_SECRET", "").strip(),
            listen=os.environ.get("LISTEN", "").strip() or "127.0.0.1",
            port=int(port),
            log_level=log_level,
            data_dir=project_path(os.environ.get("DATA_DIR", "").strip() or DEFAULT_DATA_DIR),
            retention_days=int(retention),
            admin_ids=frozenset(int(a) for a in admins),
            reload_seconds=reload_every,
            questions_per_minute=int(per_minute),
        )
