"""The Telegram adapter: the application, delivery, the throttle, rendering replies as Telegram messages."""
