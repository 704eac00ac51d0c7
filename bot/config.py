"""Settings, read from the environment and an optional `.env` file (the environment wins)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE_DIR = PROJECT_DIR / "knowledge"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


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

    @classmethod
    def load(cls, env_file: Path | None = PROJECT_DIR / ".env") -> Settings:
        """Settings from `.env` (if present) overlaid by the process environment."""
        if env_file is not None and env_file.is_file():
            load_dotenv(env_file, override=False)
        port = os.environ.get("PORT", "8443").strip()
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise SettingsError(f"PORT must be a port number (1-65535), not {port!r}")
        return cls(
            token=os.environ.get("TELEGRAM_BOT_TOKEN", "").strip(),
            knowledge_dir=Path(os.environ.get("KNOWLEDGE_DIR", "").strip() or DEFAULT_KNOWLEDGE_DIR),
            api_base_url=os.environ.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL,
            webhook_url=os.environ.get("WEBHOOK_URL", "").strip(),
            webhook_secret=os.environ.get("WEBHOOK_SECRET", "").strip(),
            listen=os.environ.get("LISTEN", "").strip() or "127.0.0.1",
            port=int(port),
            log_level=os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO",
        )
