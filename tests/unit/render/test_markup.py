"""Markdown from users is untrusted: what comes out of the renderer is inert."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.markup import ALLOWED_TAGS, render_markdown


def test_markdown_renders() -> None:
    html = render_markdown("# Titel\n\n**fett** und *kursiv*\n\n- eins\n- zwei\n\n[Link](https://example.org)")
    assert "<h1>Titel</h1>" in html and "<strong>fett</strong>" in html and "<li>eins</li>" in html
    assert 'href="https://example.org"' in html


@pytest.mark.parametrize(
    "attack",
    [
        '<script>alert(1)</script>',
        '<img src="https://tracker.example/pixel.png">',
        '<img src=x onerror="alert(1)">',
        '[klick](javascript:alert(1))',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="file:///etc/passwd">x</a>',
        '<iframe src="https://example.org"></iframe>',
        '<style>body{display:none}</style>',
        '<p style="background:url(https://tracker.example/x)">x</p>',
        '<svg onload="alert(1)"></svg>',
        '<object data="x"></object>',
        '![bild](https://tracker.example/pixel.png)',
        '<form action="https://x"><input></form>',
        '<div onclick="alert(1)">x</div>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    ],
)
def test_active_content_is_removed(attack: str) -> None:
    html = render_markdown(f"Vorher {attack} nachher").lower()
    for bad in ("<script", "<img", "javascript:", "file:", "<iframe", "<style", "style=", "onerror", "onload",
                "onclick", "<svg", "<object", "<form", "<input", "data:text"):
        assert bad not in html, (attack, html)
    assert "vorher" in html and "nachher" in html


@given(st.text(max_size=300))
def test_only_allowed_tags_ever_come_out(text: str) -> None:
    import re

    html = render_markdown(text)
    tags = {t.lower() for t in re.findall(r"<\s*([a-zA-Z0-9]+)", html)}
    assert tags <= ALLOWED_TAGS


LISTS = [
    # what people type -> the list items the preview shows (CommonMark/GitHub reading)
    ("Was wir besprochen haben:\n- LinkedIn\n- Teams", ["LinkedIn", "Teams"]),
    ("Nächste Schritte:\n* Profil\n+ Foto", ["Profil", "Foto"]),
    ("Reihenfolge:\n1. eins\n2. zwei", ["eins", "zwei"]),
    ("# Titel\n- eins", ["eins"]),
    ("- a\n  weiter\n- b", ["a\n  weiter", "b"]),  # a continuation line stays inside its item
    ("Absatz\n\n- schon getrennt", ["schon getrennt"]),
]


@pytest.mark.parametrize(("text", "items"), LISTS)
def test_a_list_right_under_a_line_is_a_list(text: str, items: list[str]) -> None:
    html = render_markdown(text)
    assert re.findall(r"<li>(.*?)</li>", html, re.S) == items


@pytest.mark.parametrize("text", [
    "Text\n3. drei",  # CommonMark: only a list starting at 1 interrupts a paragraph
    "Preis: 5\n-3 Grad",  # no space after the dash: not a list
    "```\nCode:\n- kein Punkt\n```",  # fenced code is left as written
])
def test_what_is_not_a_list_stays_text(text: str) -> None:
    assert "<li>" not in render_markdown(text)
