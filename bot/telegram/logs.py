"""Logging set-up: secrets and personal data (what bot.core.redact recognises) are redacted from every record, and
HTTP client chatter (which prints URLs containing the bot token) and the job scheduler are kept quiet. The bot's own
log lines never carry a user's question: errors name the update's kind, the webhook the exception's type."""

from __future__ import annotations

import logging

from bot.core.redact import redact

REDACTED = "[REDACTED]"


class Redactor(logging.Filter):
    """Replaces each secret, and any personal data, in a record's message, arguments and traceback, however it got
    there."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        for secret in self.secrets:
            message = message.replace(secret, REDACTED)
        record.msg, record.args = redact(message), None
        return True


def configure(level: str, secrets: list[str]) -> None:
    """Logs to stderr at `level`, with every secret and any personal data redacted."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redactor(secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("httpx", "httpcore", "apscheduler"):  # apscheduler: a line per job scheduled and run
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # PTB's own DEBUG lines print request parameters and whole updates (chat ids, names): never below INFO.
    logging.getLogger("telegram").setLevel(max(logging.getLevelName(level), logging.INFO))
