"""Button presses (callback queries)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.core.replies import Action
from bot.telegram.render import decode_button, html_pieces, keyboard
from bot.telegram.send import send_reply
from handlers.context import asker_of, responder_of

EXPIRED = "按钮已过期，请重新提问或发送 /topics。"
NAVIGATION = (Action.TOPIC, Action.TOPICS)
FEEDBACK = (Action.HELPFUL, Action.UNHELPFUL)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the press before sending anything, then shows what the button asks for."""
    query = update.callback_query
    if query is None:
        return
    decoded = decode_button(query.data)
    message = query.message
    if decoded is None or message is None or not hasattr(message, "reply_text"):
        await query.answer(EXPIRED)
        return
    pressed, traditional = decoded
    reply = responder_of(context).press(pressed, traditional, asker_of(update))
    if reply is None:
        await query.answer(EXPIRED)
        return
    action = pressed.action
    in_group = message.chat.type != ChatType.PRIVATE
    if action in FEEDBACK or (in_group and action is Action.NONE_OF_THESE):
        await query.answer(reply.text)  # a toast: no message in the chat
        return
    await query.answer()
    if action in NAVIGATION:
        try:
            await query.edit_message_text(
                html_pieces(reply)[0], parse_mode=ParseMode.HTML, reply_markup=keyboard(reply)
            )
            return
        except BadRequest:  # the message is too old to edit, or unchanged: send a new one instead
            pass
    await send_reply(message, reply)  # type: ignore[arg-type]
