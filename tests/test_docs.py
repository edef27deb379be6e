"""The docs check themselves: every command is in the README, every linked file exists."""

import re
from pathlib import Path

import pytest

from eventsift.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command):
    assert f"`eventsift {command}" in README


def test_every_documented_command_exists():
    parser = build_parser()
    known = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001 - argparse keeps them there
    assert known == set(COMMANDS)


@pytest.mark.parametrize("link", sorted(set(re.findall(r"\]\(((?!https?:)[^)#]+)\)", README))))
def test_linked_files_exist(link):
    assert (ROOT / link).exists(), link


def test_readme_starts_with_the_two_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head
