"""Markdown to safe HTML. Qt-free, shared by the session preview and the exports.

Markdown is untrusted input: Python-Markdown passes raw HTML straight
through, so its output is sanitised with an explicit allow-list (nh3). No
images, no styles, no scripts, no event handlers; links keep only http,
https and mailto targets, and the preview never follows them by itself.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "del",
    "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
_EXTENSIONS = ["sane_lists", "tables", "fenced_code"]


def render_markdown(text: str) -> str:
    """Safe HTML for ``text``; anything outside the allow-list is removed or shown as text."""
    import markdown  # imported on first use: it costs a sixth of the app's start-up time

    html = markdown.markdown(text, extensions=_EXTENSIONS, output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
