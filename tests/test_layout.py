"""The rooms' import contract (import-linter, in `make lint`): the core imports nothing from the front ends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_DIR

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS)], cwd=tree, env=env, capture_output=True, text=True, timeout=120)


def copy_of_the_tree(tmp_path: Path) -> Path:
    for package in ("bot", "handlers"):
        shutil.copytree(PROJECT_DIR / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_DIR / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_contract_holds_for_the_tree_as_it_is(tmp_path: Path) -> None:
    result = lint_imports(copy_of_the_tree(tmp_path))
    assert result.returncode == 0, result.stdout
    assert "2 kept, 0 broken" in result.stdout


def test_a_core_module_importing_telegram_breaks_the_contract(tmp_path: Path) -> None:
    tree = copy_of_the_tree(tmp_path)
    text = tree / "bot" / "core" / "text.py"
    text.write_text(text.read_text() + "\nimport telegram  # planted\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "the core imports no front end, journal or Telegram BROKEN" in result.stdout
    assert "bot.core.text -> telegram" in result.stdout


def test_the_terminal_chat_importing_telegram_breaks_the_contract(tmp_path: Path) -> None:
    tree = copy_of_the_tree(tmp_path)
    terminal = tree / "bot" / "terminal.py"
    terminal.write_text(terminal.read_text() + "\nimport bot.telegram.render  # planted\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "the terminal chat, the knowledge service and the journal import no Telegram BROKEN" in result.stdout
