"""Inline mode: `@bot 问题` in any chat."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import ContextTypes

from bot.telegram.render import html_pieces
from handlers.context import answerer_of, service_of

CACHE_SECONDS = 300


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offers up to five answers matching the query (the most asked ones for an empty query)."""
    query = update.inline_query
    if query is None:
        return
    answerer = answerer_of(context)
    results = [
        InlineQueryResultArticle(
            id=card.entry_id,
            title=card.title,
            description=card.description,
            input_message_content=InputTextMessageContent(html_pieces(card.reply)[0]),
        )
        for card in answerer.inline(query.query, service_of(context).recorder.popular(answerer.INLINE_RESULTS))
    ]
    await query.answer(results, cache_time=CACHE_SECONDS)
