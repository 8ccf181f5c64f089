"""Journal care (issue 14): passphrase, backup, integrity, portable export and import — by table."""

from __future__ import annotations

import datetime as _dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from app import sample
from app.core import journal_care as care
from app.core import journals
from app.store import PRIVATE, TANDEM, AlreadyExists, Journal, PrivateJournal, WrongPassphrase, portable
from app.store.tables import LIMITS
from tests.conftest import OTHER, PASSPHRASE, in_private_mount

ROOT = Path(__file__).resolve().parents[3]
MINE = "nur ich kenne diesen Satz 2026"


# Default names and the backup reminder ----------------------------------------------------------------------
@pytest.mark.parametrize(("word", "day", "suffix", "name"), [
    ("tandem-backup", _dt.date(2026, 12, 4), ".tandem", "tandem-backup-2026-12-04.tandem"),
    ("Tandem Sicherung", _dt.date(2027, 1, 1), ".tandem", "Tandem-Sicherung-2027-01-01.tandem"),
    ("../x/y: z", _dt.date(2026, 2, 28), ".json", "x-y-z-2026-02-28.json"),  # never a path
    ("", _dt.date(2026, 2, 28), ".json", "journal-2026-02-28.json"),
])
def test_default_file_names_carry_a_word_and_the_date_never_a_path(word: str, day: _dt.date, suffix: str,
                                                                   name: str) -> None:
    assert care.file_name(word, day, suffix) == name


def test_a_second_backup_on_the_same_day_gets_a_number(tmp_path: Path) -> None:
    assert care.free_name(tmp_path, "b-2026-12-04.tandem") == "b-2026-12-04.tandem"
    (tmp_path / "b-2026-12-04.tandem").touch()
    assert care.free_name(tmp_path, "b-2026-12-04.tandem") == "b-2026-12-04-2.tandem"
    (tmp_path / "b-2026-12-04-2.tandem").touch()
    assert care.free_name(tmp_path, "b-2026-12-04.tandem") == "b-2026-12-04-3.tandem"


NOW = _dt.datetime(2026, 12, 4, 18, 0)
STARTS = ["2026-11-01T10:00", "2026-11-15T10:00", "2026-11-29T10:00", "2026-12-04T17:00", "2026-12-18T10:00"]


@pytest.mark.parametrize(("last", "every", "since", "remind"), [
    (None, 3, 4, True),  # never backed up: the held sessions count (the planned one does not)
    (None, 5, 4, False),
    (None, 0, 4, False),  # the reminder is off
    (_dt.datetime(2026, 11, 15, 10, 0), 3, 2, False),  # a session starting at the backup's minute was in it
    (_dt.datetime(2026, 11, 10, 9, 0), 3, 3, True),
    (_dt.datetime(2026, 12, 4, 17, 30), 1, 0, False),  # backed up after today's session
    (_dt.datetime(2026, 12, 4, 16, 59), 1, 1, True),
])
def test_the_backup_reminder_counts_sessions_held_since_the_last_backup(last: _dt.datetime | None, every: int,
                                                                       since: int, remind: bool) -> None:
    status = care.backup_status(last, STARTS, NOW, every)
    assert (status.last, status.sessions_since, status.remind) == (last, since, remind)


def test_no_sessions_no_reminder() -> None:
    assert not care.backup_status(None, [], NOW, 1).remind


@pytest.mark.parametrize(("starts", "last", "since"), [
    # a session time with an offset (the format allows one, e.g. from an import) counts by its wall time,
    # as the schedule reads it: it never meets the naive clock in a comparison (review 2026-12-04, item 5)
    (["2026-11-24T10:00+01:00"], None, 1),
    (["2026-11-24T10:00+01:00", "2026-12-04T17:00-05:00", "2026-12-04T19:00+00:00"], None, 2),
    (["2026-11-24T10:00+01:00", "2026-12-04T17:00Z"], _dt.datetime(2026, 12, 1, 9, 0), 1),
    (["2026-11-24T10:00"], _dt.datetime(2026, 11, 20, 9, 0, tzinfo=_dt.timezone.utc), 1),
])
def test_session_times_with_an_offset_are_read_as_wall_times(starts: list[str], last: _dt.datetime | None,
                                                             since: int) -> None:
    assert care.backup_status(last, starts, NOW, 1).sessions_since == since


# Where a copy may go ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["tandem.tandem", "tandem.tandem-journal", "tandem.tandem.lock"])
def test_a_copy_never_replaces_the_journal_or_its_own_files(journal_path: Path, name: str) -> None:
    with pytest.raises(care.OntoTheJournal, match="the journal itself"):
        care.check_target(journal_path.parent / name, journal_path, 10)


def test_a_missing_folder_an_unwritable_one_and_a_full_one_are_told_apart(tmp_path: Path, journal_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(care.FolderMissing, match="does not exist"):
        care.check_target(tmp_path / "gone" / "b.tandem", journal_path, 10)
    with pytest.raises(care.FolderNotWritable, match="cannot be written to"):
        care.check_target(Path("/sys/b.tandem"), journal_path, 10)  # not writable, even for root
    Usage = type(shutil.disk_usage(tmp_path))
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(10 ** 9, 10 ** 9 - 4096, 4096))
    with pytest.raises(care.FolderFull, match="not enough free space"):
        care.check_target(tmp_path / "b.tandem", journal_path, 10)


@pytest.mark.real_kdf  # the child process keys the journal as the app does
def test_a_backup_onto_a_really_full_disk_is_refused_and_leaves_nothing(tmp_path: Path, filled: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.core import journal_care as care\n"
        "from app.store import Journal\n"
        "dest = Path(sys.argv[2])\n"
        "with Journal.open(sys.argv[1], sys.argv[3]) as j:\n"
        "    try:\n"
        "        care.back_up(j, dest)\n"
        "    except care.FolderFull as exc:\n"
        "        print('FolderFull', exc)\n"
        "print('left:', sorted(p.name for p in dest.parent.iterdir() if not p.name.startswith('filler')))\n"
    )
    result = in_private_mount(
        f"mount -t tmpfs -o size=256k tmpfs {mnt}\n"
        f"head -c 200000 /dev/zero > {mnt}/filler || true\n"
        f"{sys.executable} -c \"$0\" {filled} {mnt}/b.tandem '{PASSPHRASE}'".replace("$0", script.replace('"', '\\"'))
    )
    assert result.returncode == 0, result.stderr
    assert "FolderFull" in result.stdout and "left: []" in result.stdout, result.stdout


# Passphrase -------------------------------------------------------------------------------------------------
@pytest.fixture
def filled(journal_path: Path) -> Path:
    with Journal.open(journal_path, PASSPHRASE) as j:
        sample.fill(j, sessions=3, items_per_session=2)
    return journal_path


@pytest.mark.parametrize(("current", "new", "error"), [
    (OTHER, "ein neuer langer Satz", care.CurrentPassphraseWrong),
    ("", "ein neuer langer Satz", care.CurrentPassphraseWrong),
    (PASSPHRASE, PASSPHRASE, care.SamePassphrase),
    (PASSPHRASE, "", ValueError),
])
def test_a_refused_passphrase_change_leaves_the_file_as_it_was(filled: Path, current: str, new: str,
                                                               error: type[Exception]) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        before = filled.read_bytes()
        with pytest.raises(error):
            care.change_passphrase(j, current, new)
        assert filled.read_bytes() == before
        assert j.counts()["sessions"] == 3  # still open, still readable


def test_the_new_passphrase_opens_and_the_old_does_not(filled: Path) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        care.change_passphrase(j, PASSPHRASE, OTHER)
        assert j.counts()["sessions"] == 3
    with pytest.raises(WrongPassphrase):
        Journal.open(filled, PASSPHRASE)
    with Journal.open(filled, OTHER) as j:
        assert j.integrity_problems() == [] and j.counts()["sessions"] == 3


def test_a_private_journal_may_not_take_the_tandems_passphrase(filled: Path) -> None:
    private = filled.parent / "meine.reflections"
    with journals.create_private(private, MINE) as mine:
        with pytest.raises(journals.TandemPassphraseChosen):
            care.change_passphrase(mine, MINE, PASSPHRASE)  # the tandem beside it opens with that
        care.change_passphrase(mine, MINE, "mein zweiter eigener Satz")
    PrivateJournal.open(private, "mein zweiter eigener Satz").close()


# Backup and check -------------------------------------------------------------------------------------------
def test_a_backup_opens_with_the_same_passphrase_and_holds_the_same_rows(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "copies" / care.file_name("tandem-backup", _dt.date(2026, 12, 4), ".tandem")
    target.parent.mkdir()
    with Journal.open(filled, PASSPHRASE) as j:
        assert care.back_up(j, target) == target
        exported = portable.export_data(j)
        with pytest.raises(AlreadyExists):
            care.back_up(j, target)  # never replaced
        with pytest.raises(care.OntoTheJournal):
            care.back_up(j, filled)
    assert target.stat().st_mode & 0o777 == 0o600
    with Journal.open(target, PASSPHRASE) as copy:
        assert portable.export_data(copy) == exported


def test_the_check_counts_every_page_and_reports_one_flipped_byte(filled: Path) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        report = care.check(j)
    assert report.sound and report.pages == filled.stat().st_size // 4096 > 10
    flip_byte_of_last_page(filled)
    with Journal.open(filled, PASSPHRASE) as j:
        report = care.check(j)
    assert not report.sound and report.problems


def flip_byte_of_last_page(path: Path) -> None:
    """One bit of the last page's HMAC flipped: the page no longer verifies; opening still works."""
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x01
    path.write_bytes(bytes(data))


# Export and import ------------------------------------------------------------------------------------------
def test_export_then_import_into_a_new_journal_then_export_gives_the_same_file(filled: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "eins.json", tmp_path / "zwei.json"
    with Journal.open(filled, PASSPHRASE) as j:
        care.export_json(j, first)
        with pytest.raises(care.OntoTheJournal):
            care.export_json(j, filled)
    preview = care.read_export(first, TANDEM)
    assert preview.counts["sessions"] == 3 and preview.counts["learnings"] > 0 and "tandem" not in preview.counts
    assert care.import_new(preview, tmp_path / "neu.tandem", OTHER) == preview.counts
    with Journal.open(tmp_path / "neu.tandem", OTHER) as again:
        care.export_json(again, second)
    assert second.read_bytes() == first.read_bytes()


def _export(filled: Path) -> dict[str, Any]:
    with Journal.open(filled, PASSPHRASE) as j:
        return portable.export_data(j)


def _bad_files(data: dict[str, Any]) -> dict[str, tuple[bytes, str, str]]:
    """name: (file content, the refusal's reason, a word its message holds)."""
    def with_(change: Any) -> bytes:
        copy = json.loads(json.dumps(data))
        change(copy)
        return json.dumps(copy).encode("utf-8")

    duplicate = with_(lambda d: d["sessions"].append(dict(d["sessions"][0])))
    return {
        "not json": (b"Dies ist kein JSON {", care.ImportRefused.NOT_JSON, "valid JSON"),
        "not text": (b"\xff\xfe\x00binary", care.ImportRefused.NOT_TEXT, "UTF-8"),
        "foreign": (b'{"format": "something-else", "items": []}', care.ImportRefused.FOREIGN, "not a Tandem"),
        "a list": (b"[1, 2, 3]", care.ImportRefused.FOREIGN, "not a Tandem"),
        "newer": (with_(lambda d: d.update(format_version=99)), care.ImportRefused.NEWER, "newer version"),
        "duplicate ids": (duplicate, care.ImportRefused.CONTENT, "used twice"),
        "wrong type": (with_(lambda d: d["sessions"][0].update(duration_minutes="neunzig")),
                       care.ImportRefused.CONTENT, "whole number"),
        "NUL": (with_(lambda d: d["learnings"][0].update(text="a\x00b")), care.ImportRefused.CONTENT, "NUL"),
    }


@pytest.mark.parametrize("case", ["not json", "not text", "foreign", "a list", "newer", "duplicate ids",
                                  "wrong type", "NUL"])
def test_a_bad_import_file_is_refused_with_its_own_reason_and_nothing_is_created(filled: Path, tmp_path: Path,
                                                                                case: str) -> None:
    content, reason, word = _bad_files(_export(filled))[case]
    source = tmp_path / "import.json"
    source.write_bytes(content)
    with pytest.raises(care.ImportRefused) as refused:
        care.read_export(source, TANDEM)
    assert refused.value.reason == reason and word in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["import.json", "tandem.tandem"]


def test_a_file_larger_than_any_export_is_refused_before_it_is_read(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's import checks the size first, as the CLI does (review 2026-12-04, item 8)."""
    source = tmp_path / "film.json"
    with source.open("wb") as sparse:
        sparse.truncate(portable.MAX_FILE_BYTES + 1)

    def never(self: Path) -> bytes:
        raise AssertionError(f"{self.name} was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(care.ImportRefused) as refused:
        care.read_export(source, TANDEM)
    assert refused.value.reason == care.ImportRefused.UNREADABLE and "larger than any" in str(refused.value)


def test_text_saved_before_the_limits_exports_and_imports_again(filled: Path, tmp_path: Path) -> None:
    """Older journals may hold texts longer than today's limits (review 2026-12-04, item 2): an export of a
    journal always imports again, whole."""
    title, learning = "Ziel " + "z" * 395, "Gelernt: " + "🙂" * 5_991
    with Journal.open(filled, PASSPHRASE) as j:
        goal = j.add("goal", title="kurz")
        lid = j.add("learning", text="kurz")
        with j.transaction() as conn:  # as an older version could save them
            conn.execute("UPDATE goal SET title = ? WHERE id = ?", (title, goal))
            conn.execute("UPDATE learning SET text = ? WHERE id = ?", (learning, lid))
        care.export_json(j, tmp_path / "alt.json")
    preview = care.read_export(tmp_path / "alt.json", TANDEM)
    care.import_new(preview, tmp_path / "wieder.tandem", OTHER)
    with Journal.open(tmp_path / "wieder.tandem", OTHER) as again:
        assert again.get("goal", goal)["title"] == title  # type: ignore[index]
        assert again.get("learning", lid)["text"] == learning  # type: ignore[index]
        assert portable.dumps(portable.export_data(again)) == (tmp_path / "alt.json").read_text(encoding="utf-8")


def test_the_import_size_bound_holds_three_notes_at_their_limit() -> None:
    """Three session notes of the longest length, each character an emoji (4 bytes), fit in one import file."""
    assert portable.MAX_FILE_BYTES >= 3 * 4 * LIMITS["notes"] + 1_000_000


def test_a_new_passphrase_is_rated_against_the_names_in_the_journal_or_the_file(filled: Path,
                                                                               tmp_path: Path) -> None:
    """As the CLI does (review 2026-12-04, item 6): the two people, a private journal's author, the file."""
    with Journal.open(filled, PASSPHRASE) as j:
        j.set_person("mentee", display_name="Ilkay Wolkenbruch")
        j.set_person("mentor", display_name="")
        assert care.passphrase_names(j) == ["Ilkay Wolkenbruch", "tandem"]
        care.export_json(j, tmp_path / "anna.json")
    assert care.read_export(tmp_path / "anna.json", TANDEM).names == ["Ilkay Wolkenbruch", "anna"]
    with journals.create_private(tmp_path / "meine.reflections", MINE) as mine:
        mine.update("author", 1, display_name="Ilkay")
        assert care.passphrase_names(mine) == ["Ilkay", "meine"]
        care.export_json(mine, tmp_path / "meine.json")
    assert care.read_export(tmp_path / "meine.json", PRIVATE).names == ["Ilkay", "meine"]


def test_a_private_export_is_not_read_into_a_tandem_journal_nor_the_other_way(filled: Path, tmp_path: Path) -> None:
    with journals.create_private(tmp_path / "meine.reflections", MINE) as mine:
        care.export_json(mine, tmp_path / "meine.json")
    with Journal.open(filled, PASSPHRASE) as j:
        care.export_json(j, tmp_path / "tandem.json")
    for source, expected in (("meine.json", TANDEM), ("tandem.json", PRIVATE)):
        with pytest.raises(care.ImportRefused) as refused:
            care.read_export(tmp_path / source, expected)
        assert refused.value.reason == care.ImportRefused.OTHER_KIND and "nothing was created" in str(refused.value)


@pytest.mark.parametrize("size", [20_000, 2_000_000])
def test_emoji_import_whole_and_a_two_megabyte_note_whole_or_refused_by_name(filled: Path, tmp_path: Path,
                                                                            size: int) -> None:
    data = _export(filled)
    note = ("Notizen 🙂👩🏽‍💻 " * (size // 10 + 1))[:size]
    data["sessions"][0]["notes"] = note
    source = tmp_path / "gross.json"
    source.write_text(portable.dumps(data), encoding="utf-8")
    try:
        preview = care.read_export(source, TANDEM)
    except care.ImportRefused as refused:  # the store may set a limit on one text (it names the field)
        assert size > 1_000_000 and refused.reason == care.ImportRefused.CONTENT
        assert "sessions[0].notes" in str(refused) and not (tmp_path / "gross.tandem").exists()
        return
    care.import_new(preview, tmp_path / "gross.tandem", OTHER)
    with Journal.open(tmp_path / "gross.tandem", OTHER) as j:
        assert j.get("session", data["sessions"][0]["id"])["notes"] == note  # type: ignore[index]


def test_an_import_that_fails_leaves_no_file(filled: Path, tmp_path: Path) -> None:
    private = tmp_path / "meine.reflections"
    with journals.create_private(private, MINE) as mine:
        mine.add("reflection", title="Für mich", body="🙂", written_on="2026-12-04")
        care.export_json(mine, tmp_path / "meine.json")
    preview = care.read_export(tmp_path / "meine.json", PRIVATE)
    target = tmp_path / "zurück.reflections"
    with pytest.raises(journals.TandemPassphraseChosen):  # the tandem beside it opens with that passphrase
        care.import_new(preview, target, PASSPHRASE)
    assert not target.exists() and not Path(f"{target}.lock").exists()
    with pytest.raises(AlreadyExists):
        care.import_new(preview, private, "noch ein eigener Satz")
    assert care.import_new(preview, target, "noch ein eigener Satz")["reflections"] == 1
