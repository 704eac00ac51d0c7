"""The core: reading and matching questions, the knowledge base, and what to reply. It knows nothing of Telegram."""
