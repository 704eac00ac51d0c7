"""Logging set-up: secrets are redacted from every record, and HTTP client chatter (which prints URLs
containing the bot token) and the job scheduler are kept quiet."""

from __future__ import annotations

import logging

REDACTED = "[REDACTED]"


class Redactor(logging.Filter):
    """Replaces each secret in a record's message and arguments, however it got there."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        for secret in self.secrets:
            message = message.replace(secret, REDACTED)
        record.msg, record.args = message, None
        return True


def configure(level: str, secrets: list[str]) -> None:
    """Logs to stderr at `level`, with every secret redacted."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor(secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "apscheduler"):  # apscheduler: a line per job scheduled and run
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # PTB's own DEBUG lines print request parameters and whole updates (chat ids, names): never below INFO.
    logging.getLogger("telegram").setLevel(max(logging.getLevelName(level), logging.INFO))
