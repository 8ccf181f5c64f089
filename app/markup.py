"""Markdown to safe HTML. Qt-free, shared by the session preview and the exports.

Markdown is untrusted input: Python-Markdown passes raw HTML straight
through, so its output is sanitised with an explicit allow-list (nh3). No
images, no styles, no scripts, no event handlers; links keep only http,
https and mailto targets, and the preview never follows them by itself.
"""

from __future__ import annotations

import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "del",
    "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
_EXTENSIONS = ["sane_lists", "tables", "fenced_code"]
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|1\.)[ \t]+\S")  # a list that may interrupt a paragraph (CommonMark)
_FENCE = re.compile(r" {0,3}(```|~~~)")


def _lists_interrupt_paragraphs(text: str) -> str:
    """A blank line before a list that directly follows a line of text, as CommonMark and GitHub
    read it ("We discussed:" then "- …" is a list); Python-Markdown would make it one paragraph.
    Fenced code is left exactly as written."""
    out: list[str] = []
    in_fence = in_list = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            if not line.strip():
                in_list = False
            elif _LIST_ITEM.match(line):
                if not in_list and out and out[-1].strip():
                    out.append("")
                in_list = True
        out.append(line)
    return "\n".join(out)


def render_markdown(text: str) -> str:
    """Safe HTML for ``text``; anything outside the allow-list is removed or shown as text."""
    import markdown  # imported on first use: it costs a sixth of the app's start-up time

    html = markdown.markdown(_lists_interrupt_paragraphs(text), extensions=_EXTENSIONS, output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
