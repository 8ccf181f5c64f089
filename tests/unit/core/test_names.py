"""Initials that respect names: titles left out, double names and particles as people write them,
every script kept (issue 16)."""

from __future__ import annotations

import pytest

from app.core.names import call_names, display_name, given_name, initials

NAMES = [
    # German: titles and honorifics left out, double names, particles, umlauts and ß
    ("Dr. Jürgen Maaß", "J. M."),
    ("Prof. Dr. Anna-Lena Schmidt", "A.-L. S."),
    ("Dipl.-Ing. Hans-Peter Müller-Lüdenscheidt", "H.-P. M.-L."),
    ("Ursula von der Leyen", "U. v. d. L."),
    ("Frau Dr. med. Özlem Türeci", "Ö. T."),
    ("Prof. Dr. h. c. mult. Karl Lauterbach", "K. L."),
    ("Mag. Eva Gruber", "E. G."),
    ("Mag.a Eva Gruber", "E. G."),
    ("Jürgen M. Maaß", "J. M. M."),
    ("Anna Schmidt, MBA", "A. S."),
    # Dutch, French, Italian, Arabic particles
    ("Vincent van Gogh", "V. v. G."),
    ("Charles de Gaulle", "C. d. G."),
    ("Leonardo da Vinci", "L. d. V."),
    ("Abu al-Hasan", "A. a.-H."),
    ("Mme Élodie Lefèvre", "É. L."),
    # English
    ("Mrs Mary O'Brien", "M. O."),
    ("Sir Tim Berners-Lee", "T. B.-L."),
    ("Dr Alice Walker, PhD", "A. W."),
    # Turkish, Polish, Vietnamese, Norwegian (beyond Latin-1 or not)
    ("Şükrü Øyvind Nguyễn", "Ş. Ø. N."),
    ("Łucja Gül", "Ł. G."),
    ("Mgr inż. Małgorzata Żółkiewska", "M. Ż."),
    ("Ayşe Hanım", "A."),
    ("Nguyễn Thị Ánh", "N. T. Á."),
    # Greek, Cyrillic, Chinese, Japanese
    ("Γιώργος Παπαδόπουλος", "Γ. Π."),
    ("Анна-Мария Иванова", "А.-М. И."),
    ("王 小明", "王. 小."),
    ("山田 太郎", "山. 太."),
    # names that look like titles are names; written as decomposed Unicode; empty
    ("Phil Collins", "P. C."),
    ("Ma Yun", "M. Y."),
    ("Ing Chen", "I. C."),
    ("E\u0301milie Dupont", "\u00c9. D."),
    ("  ", ""),
    ("Dr.", ""),
]


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_the_table_covers_many_names() -> None:
    assert len(NAMES) >= 15


@pytest.mark.parametrize(("style", "expected"), [("full", "Dr. Jürgen Maaß"), ("initials", "J. M."), ("none", "")])
def test_display_name_by_style(style: str, expected: str) -> None:
    assert display_name(" Dr. Jürgen Maaß ", style) == expected


CALLED = [
    # mentee, mentor -> how a session's lists call them (issue 20.14)
    ("Dr. Petra Schäfer-Ünal", "Jonas Weiß", ("Petra", "Jonas")),
    ("Frau Dr. med. Özlem Türeci", "Mx Sam Okafor", ("Özlem", "Sam")),
    ("Prof. Dr. h. c. mult. Karl Lauterbach", "Anna-Lena Schmidt, MBA", ("Karl", "Anna-Lena")),
    ("Jonas", "Sam", ("Jonas", "Sam")),
    ("Anna Schmidt", "anna Weber", ("Anna Schmidt", "anna Weber")),  # the same given name: in full
    ("", "Jonas Weiß", ("", "Jonas")),  # no name: the list says the role
    ("Dr.", "  ", ("", "")),
    ("山田太郎", "Анна Иванова", ("山田太郎", "Анна")),
]


@pytest.mark.parametrize(("mentee", "mentor", "called"), CALLED)
def test_a_sessions_lists_call_people_by_their_given_names(mentee: str, mentor: str,
                                                           called: tuple[str, str]) -> None:
    assert call_names(mentee, mentor) == called


def test_a_given_name_leaves_titles_out() -> None:
    assert [given_name(n) for n in ("Dr. Jürgen Maaß", "Mag.a Eva Gruber", "Sir Tim Berners-Lee", "", "Prof.")] == [
        "Jürgen", "Eva", "Tim", "", ""]
