"""tandem-journal-cli: the headless companion over the same store.

Exit codes (a contract other tools script against):
0 success; 1 any other failure; 2 wrong usage, or a passphrase refused by a rule
(a private journal's passphrase that opens a tandem journal; a weak new passphrase
without --allow-weak, or one under 8 characters; the current passphrase as the new one);
3 wrong passphrase; 4 not a journal, damaged, or newer format,
or an import file that is not a Tandem Journal export (too large, nested too deeply, not JSON,
not valid); 5 journal in use;
6 the one-pager's selection does not fit on one page; 7 the file to write already exists (without --force).
Where a backup, an export, a one-pager, a report or an imported journal may go (the window's rules,
app/core/journal_care): 8 the file would replace the journal itself (or, for import, is the journal itself),
one of its own files, or any other journal or file named as one (.tandem, .reflections and their -journal, -wal,
-shm, .lock), even with --force; 9 the folder to write into does not exist
(a backup's DEST ending in / names a folder); 10 the folder cannot be written to (read-only, or not yours); 11 not enough
free space (the file and 1 MB more, or the disk filled while writing); 12 the name cannot be used there (too long for
the file system); 13 the file to read does not exist or cannot be read (import's IN.json: missing, a folder, or
not yours to read).
On every refusal nothing is written and the journal is untouched; a write goes to a temporary file beside the
target and is renamed into place, so a failed one leaves no part of a file.

A damaged journal: ``export`` still writes what can be read, marked as a rescue copy (its
``"rescue"`` field), and exits 4; ``backup`` writes nothing and exits 4. An unexpected error (a
bug) is one line naming it, exit 1; ``--debug`` (anywhere on the line) adds the traceback.

Every command but ``new`` works on a tandem journal and on a private journal alike.
Passphrases are never arguments. On a terminal they are asked for without
echo (twice when a new one is set); otherwise each is one line of standard
input, in order. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO, TypeVar

from app import __version__, languages
from app.core import journal_care, journals, strength
from app.core.clock import SystemClock
from app.store import (
    KINDS,
    SCHEMAS,
    AlreadyExists,
    EncryptedStore,
    InvalidData,
    Journal,
    JournalError,
    JournalInUse,
    NotAJournal,
    PrivateJournal,
    WrongPassphrase,
    open_any,
    portable,
)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_NOT_A_JOURNAL, EXIT_IN_USE = 0, 1, 2, 3, 4, 5
EXIT_DOES_NOT_FIT = 6
# A file to write that exists (every command), then where a backup or an export may go (the window's rules,
# app/core/journal_care.check_target): each refusal its own code.
EXIT_EXISTS, EXIT_ONTO_JOURNAL, EXIT_NO_FOLDER, EXIT_NOT_WRITABLE, EXIT_FULL, EXIT_NAME = 7, 8, 9, 10, 11, 12
EXIT_UNREADABLE = 13  # the file to read (import's) is missing, a folder, or not the person's to read
PROG = "tandem-journal-cli"
EXIT_CODES_HELP = (
    "exit codes: 0 success; 1 any other failure; 2 wrong usage, or a new passphrase refused by a rule (weak, "
    "under 8 characters, a tandem's for a private journal, the current one); 3 wrong passphrase; 4 not a "
    "journal, damaged, newer format, or not an export; 5 journal in use; 6 the one-pager does not fit on one "
    "page; 7 the file to write already exists; 8 the file would replace the journal itself (or, for import, is "
    "the journal itself); 9 the folder to write into does not exist; 10 the folder cannot be written to; 11 not "
    "enough free space; 12 the name cannot be used there; 13 the file to read does not exist or cannot be read. "
    "A refusal writes nothing and leaves the journal as it was.")
_J = TypeVar("_J", bound=EncryptedStore)


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def exit_code(error: JournalError) -> int:
    """One place that maps store errors to the documented exit codes."""
    if isinstance(error, (journals.TandemPassphraseChosen, journal_care.SamePassphrase)):
        return EXIT_USAGE
    if isinstance(error, (journal_care.OntoTheJournal, journal_care.SourceIsTheJournal)):  # before AlreadyExists
        return EXIT_ONTO_JOURNAL
    if isinstance(error, journal_care.SourceUnreadable):
        return EXIT_UNREADABLE
    if isinstance(error, (journal_care.SourceIsAJournal, journal_care.ImportRefused)):
        return EXIT_NOT_A_JOURNAL  # not an export
    if isinstance(error, AlreadyExists):
        return EXIT_EXISTS
    if isinstance(error, journal_care.FolderMissing):
        return EXIT_NO_FOLDER
    if isinstance(error, journal_care.FolderNotWritable):
        return EXIT_NOT_WRITABLE
    if isinstance(error, journal_care.FolderFull):
        return EXIT_FULL
    if isinstance(error, journal_care.NameRefused):
        return EXIT_NAME
    if isinstance(error, WrongPassphrase):
        return EXIT_PASSPHRASE
    if isinstance(error, NotAJournal):  # includes NewerFormat
        return EXIT_NOT_A_JOURNAL
    if isinstance(error, JournalInUse):
        return EXIT_IN_USE
    return EXIT_FAILURE


class Passphrases:
    """Reads passphrases from the terminal (no echo) or, when piped, one line each from stdin."""

    def __init__(self, stdin: TextIO, stderr: TextIO) -> None:
        self.stdin = stdin
        self.stderr = stderr
        self.interactive = stdin.isatty()

    def _line(self, what: str) -> str:
        line = self.stdin.readline()
        if not line:
            raise CliError(f"expected the {what} as a line on standard input, found none")
        return line.rstrip("\r\n")

    def existing(self, label: str = "Passphrase") -> str:
        if self.interactive:
            return getpass.getpass(f"{label}: ", stream=self.stderr)
        return self._line(label.lower())

    def new(self, label: str = "New passphrase", what: str = "") -> str:
        if not self.interactive:
            value = self._line(what or label.lower())
        else:
            value = getpass.getpass(f"{label}: ", stream=self.stderr)
            again = getpass.getpass(f"{label} (again): ", stream=self.stderr)
            if value != again:
                raise CliError("the two passphrases differ; nothing was changed")
        if not value:
            raise CliError("the passphrase must not be empty; nothing was changed")
        return value


def _open(path: Path, secrets: Passphrases) -> EncryptedStore:
    """A tandem or a private journal, whichever the file is."""
    return _opened(open_any(path, secrets.existing()))


def _opened(journal: _J) -> _J:
    """Say so when a journal on read-only media (or without the right to write) opened for reading only."""
    if journal.read_only:
        print(f"{PROG}: note: {journal.path.name} is read-only here (read-only media, or no permission to "
              "write): opened for reading only", file=sys.stderr)
    return journal


def _new_passphrase(args: argparse.Namespace, secrets: Passphrases) -> str:
    """A new journal's passphrase, rated by the app's rule (app/core/strength) against the file's name."""
    return _strong_enough(secrets.new(), [args.journal.stem], args.allow_weak, "the new passphrase",
                          "Nothing was changed.")


def _strong_enough(value: str, people: Sequence[str], allow_weak: bool, what: str, after: str) -> str:
    result = strength.rate(value, people)
    if not result.usable(allow_weak):
        why = " ".join(strength.english(key) for key in (result.warning, *result.suggestions[:1]) if key)
        if result.too_short:
            raise CliError(f"{what} is too short: {why} {after}", EXIT_USAGE)
        raise CliError(f"{what} is weak: {why} Choose another, or pass --allow-weak to use it anyway. {after}",
                       EXIT_USAGE)
    return value


def _exists(target: Path) -> CliError:
    return CliError(f"{target.name} already exists; pass --force to replace it, or choose another name. Nothing "
                    "was written.", EXIT_EXISTS)


def _check_out(target: Path, journal: Path, force: bool) -> None:
    """Before any passphrase is asked: the window's refusals of where a file may go (journal_care.check_target),
    and a file already there unless --force (never the journal itself: that is refused first)."""
    journal_care.check_target(target, journal, 0)
    if not force and target.exists():
        raise _exists(target)


def _write(target: Path, journal: Path, data: bytes, force: bool) -> None:
    """The checks again with the file's size, then a temporary file beside ``target`` renamed into place
    (journal_care.write_file): a refusal or a failed write leaves nothing half-written."""
    try:
        journal_care.write_file(target, journal, data, overwrite=force)
    except journal_care.OntoTheJournal:
        raise
    except AlreadyExists:  # appeared since _check_out
        raise _exists(target) from None


def cmd_new(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if args.private:
        journals.create_private(args.journal, _new_passphrase(args, secrets), args.tandem).close()
        print(f"created {PrivateJournal.schema.label} {args.journal}", file=out)
    else:
        Journal.create(args.journal, _new_passphrase(args, secrets)).close()
        print(f"created {Journal.schema.label} {args.journal}", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with _open(args.journal, secrets) as journal:
        problems = journal.integrity_problems()
        if problems:
            for problem in problems[:20]:
                print(f"{PROG}: problem: {problem}", file=sys.stderr)
            raise CliError(f"{args.journal.name} is damaged ({len(problems)} problems found)", EXIT_NOT_A_JOURNAL)
        counts = journal.counts()
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        print(f"{args.journal}: sound {journal.schema.label} (format {journal.schema_version}); {summary}",
              file=out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    if str(args.out) != "-":
        _check_out(args.out, args.journal, args.force)
    passphrase = secrets.existing()
    with _opened(open_any(args.journal, passphrase)) as journal:
        data = portable.export_data(journal, passphrase)
    text = portable.dumps(data)
    if str(args.out) == "-":
        out.write(text)
    else:
        _write(args.out, args.journal, text.encode("utf-8"), args.force)  # as the window's export: never the journal
        print(f"exported to {args.out}", file=out)
    if portable.is_rescue(data):
        rescue = data["rescue"]
        missing = ", ".join(rescue["incomplete"]) or "none"
        raise CliError(f"{args.journal.name} is damaged ({rescue['problems']} problems found): wrote a rescue copy "
                       f"to {args.out} with what could be read (lists that may miss entries: {missing}); "
                       f"'{PROG} check {args.journal}' lists the problems", EXIT_NOT_A_JOURNAL)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """IN.json checked (journal_care.check_source: readable, not the journal, not a journal), read (bounded) and
    validated fully before any journal is created or opened; a new journal's place checked as a backup's."""
    journal_care.check_source(args.source, args.journal)
    try:
        raw = portable.read_file(args.source)
        schema, data = portable.loads(raw, SCHEMAS)
    except InvalidData as exc:
        raise journal_care.import_refusal(args.source, exc) from None
    kind = next(k for k in KINDS if k.schema is schema)
    try:
        created = not args.journal.exists()
    except OSError:  # a name the file system refuses: check_target says so
        created = True
    if created:
        journal_care.check_target(args.journal, None, 2 * len(raw))  # as the window's import (import_new)
    if created and kind is PrivateJournal:
        journal: EncryptedStore = journals.create_private(args.journal, secrets.new(), args.tandem)
    else:
        journal = kind.create(args.journal, secrets.new()) if created else _open(args.journal, secrets)
    with journal:
        if journal.schema is not schema:
            raise CliError(f"{args.journal.name} is a {journal.schema.label}, but {args.source.name} holds a "
                           f"{schema.label}; nothing was changed")
        try:
            counts = portable.import_data(journal, data)
        except JournalError:
            if created:
                journal.close()
                args.journal.unlink()
            raise
    total = sum(counts.values())
    print(f"imported {total} entries into {args.journal}", file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    with _open(args.journal, secrets) as journal:
        hits = journal.search(" ".join(args.words), limit=args.limit)
    for hit in hits:
        when = (hit.session_starts_at or "")[:10] or "-"
        print(f"{hit.kind}\t{when}\t{hit.snippet.bracketed()}", file=out)
    if not hits:
        print(f"{PROG}: no matches", file=sys.stderr)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """The window's rules (journal_care): rated against the people's names and the file's, not the current one,
    a private journal's not a tandem's; all or nothing."""
    current = secrets.existing()
    with _opened(open_any(args.journal, current)) as journal:
        new = _strong_enough(secrets.new(), journal_care.passphrase_names(journal), args.allow_weak,
                             "the new passphrase", "Nothing was changed.")
        journal_care.change_passphrase(journal, current, new, args.tandem)
    print(f"passphrase changed for {args.journal}", file=out)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """The window's checks (journal_care): never onto the journal, nor into a folder that is missing, not
    writable or full, nor over a file; into a folder under the window's dated name without names."""
    passphrase = secrets.existing()
    with _opened(open_any(args.journal, passphrase)) as journal:
        target = journal_care.backup_target(args.dest, journal.schema, SystemClock().now().date())
        dest = journal_care.back_up(journal, target)
    # Prove the copy: it opens with the same passphrase and passes every check.
    with open_any(dest, passphrase) as copy:
        problems = copy.integrity_problems()
    if problems:
        raise CliError(f"the backup at {dest} failed its check: {problems[0]}", EXIT_NOT_A_JOURNAL)
    print(f"backup written to {dest}", file=out)
    return EXIT_OK


def cmd_onepager(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    from app.core.onepager import preselected
    from app.export import onepager  # reportlab loads only for this command

    _check_out(args.out, args.journal, args.force)
    with _opened(Journal.open(args.journal, secrets.existing())) as journal:
        content = preselected(journal, SystemClock())
        remembered = journal.tandem()["onepager_lang"]
        people = [str(person["display_name"] or "") for person in journal.people().values()]
    password = None
    if args.password_stdin:  # the line after the journal's passphrase (asked twice on a terminal)
        password = _strong_enough(secrets.new("PDF password", what="PDF password"),
                                  [*people, args.journal.stem, args.out.stem], args.allow_weak, "the PDF password",
                                  "No file was written.")
    if args.title is not None:
        content.title = args.title
    lang = args.lang or (remembered if languages.known(remembered) else "de")  # as last exported, else German
    try:
        page = onepager.render_page(content, onepager.Options(names=args.names, lang=lang, paper=args.paper,
                                                              password=password))
    except onepager.DoesNotFit as exc:
        raise CliError(str(exc), EXIT_DOES_NOT_FIT) from None
    except onepager.OnePagerError as exc:
        raise CliError(str(exc)) from None
    if page.missing:
        print(f"{PROG}: warning: no font here prints {' '.join(page.missing)}; they show as empty boxes",
              file=sys.stderr)
    if page.left_out:
        print(f"{PROG}: note: {page.left_out} more learnings are summed up as '… and {page.left_out} more'",
              file=sys.stderr)
    _write(args.out, args.journal, page.data, args.force)
    print(f"one-pager written to {args.out}", file=out)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, secrets: Passphrases, out: TextIO) -> int:
    """A programme report (issue 18): numbers and what the two chose, never what was said."""
    from app.core import programme_report

    _check_out(args.out, args.journal, args.force)
    choices = programme_report.Choices(goal_texts=args.goal_texts, own_topics=args.own_topics, names=args.names)
    with _opened(Journal.open(args.journal, secrets.existing())) as journal:
        report = programme_report.build(journal, SystemClock(), choices)
    data = programme_report.dumps(report)
    try:  # what a reader of reports takes, checked before anything is written
        if programme_report.validate(json.loads(data)) != report:
            raise programme_report.ReportProblem("it would not read back as written")
    except programme_report.ReportProblem as exc:
        raise CliError(f"{args.out.name}: {exc}; nothing was written (a bug: please report it)") from None
    _write(args.out, args.journal, data, args.force)
    print(f"programme report written to {args.out} ({len(report)} fields: {', '.join(report)})", file=out)
    return EXIT_OK


_REFUSED_WRITE = ("Refused, writing nothing: {out} is the journal itself or one of its files, or any other journal "
                  "or a file named as one (.tandem, .reflections and their -journal, -wal, -shm, .lock), even with --force "
                  "(exit 8), its folder does not exist (9), cannot be written to (10) or has not room for the file and "
                  "1 MB more (11), its name is too long for the folder's file system (12), or {out} exists and "
                  "--force was not given (7). The file is written beside its place and renamed into it: a failed "
                  "write leaves nothing half-written.")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise CliError(message, EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Work with encrypted tandem journals without the window.",
                     epilog=EXIT_CODES_HELP)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="on an unexpected error (a bug), show its traceback (anywhere on the line)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def tandem_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--tandem", type=Path, action="append", default=[], metavar="TANDEM",
                       help="a tandem journal whose passphrase a private journal must not use (repeatable; "
                            "tandem journals beside the private one are always checked)")

    def command(name: str, func: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("journal", type=Path, metavar="JOURNAL")
        return p

    def allow_weak_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--allow-weak", action="store_true",
                       help="use a new passphrase even if it is rated weak (never one under "
                            f"{strength.MIN_LENGTH} characters)")

    p = command("new", cmd_new, "create an empty tandem journal (or, with --private, a private journal)")
    p.add_argument("--private", action="store_true",
                   help="create a private journal for one person's reflections, with its own passphrase")
    tandem_option(p)
    allow_weak_option(p)
    command("check", cmd_check, "unlock, verify every page, print a summary")
    p = command("export", cmd_export, "write the whole journal in the portable JSON format")
    p.add_argument("out", type=Path, metavar="OUT.json", help="the file to write, or - for standard output")
    p.add_argument("--force", action="store_true", help="replace OUT.json if it exists (never a journal)")
    p.epilog = _REFUSED_WRITE.format(out="OUT.json")
    p = command("import", cmd_import, "read the portable format into JOURNAL (created if missing)")
    p.epilog = ("Refused, changing nothing: IN.json does not exist, is a folder or cannot be read (exit 13), is the "
                "journal itself (8), or is not an export: an encrypted journal, not JSON, not written by Tandem "
                "Journal, from a newer version, or damaged (4). A new JOURNAL's folder does not exist (9), cannot be "
                "written to (10) or is full (11), or its name is too long (12).")
    p.add_argument("source", type=Path, metavar="IN.json")
    tandem_option(p)
    p = command("search", cmd_search, "print the matches, best first, one per line")
    p.add_argument("words", nargs="+", metavar="WORDS")
    p.add_argument("--limit", type=int, default=50, help="at most this many matches (default 50)")
    p = command("passwd", cmd_passwd, "change the passphrase")
    tandem_option(p)
    allow_weak_option(p)
    p = command("onepager", cmd_onepager,
                "export the learnings flagged for the one-pager, quick wins and goals as a one-page PDF")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--names", choices=("full", "initials", "none"), default="full")
    p.add_argument("--lang", choices=languages.CODES, default=None,
                   help="the page's language (default: as last exported from the app, else de)")
    p.add_argument("--title", default=None,
                   help="the page's title (default: as last exported, else 'Reverse mentoring: what we learned' "
                        "in the page's language)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists (never a journal)")
    p.epilog = _REFUSED_WRITE.format(out="OUT.pdf")
    p.add_argument("--password-stdin", action="store_true",
                   help="protect the PDF with a password (AES-256), read as the line after the journal's passphrase "
                        "(asked twice on a terminal); it is not stored")
    allow_weak_option(p)
    p = command("report", cmd_report, "write a programme report: numbers and what you choose (docs/programme-report.md)")
    p.add_argument("out", type=Path, metavar="OUT.json")
    p.add_argument("--goal-texts", action="store_true", help="include the goals' titles")
    p.add_argument("--own-topics", action="store_true", help="include the titles of your own topics covered")
    p.add_argument("--names", action="store_true", help="include your two names")
    p.add_argument("--force", action="store_true", help="replace OUT.json if it exists (never a journal)")
    p.epilog = _REFUSED_WRITE.format(out="OUT.json")
    p = command("backup", cmd_backup, "write a consistent encrypted copy to DEST")
    p.epilog = ("Refused, writing nothing: DEST is the journal itself (exit 8), its folder does not exist (9), "
                "cannot be written to (10) or has not room for the copy and 1 MB more (11), its name is too long for "
                "the folder's file system (12), or DEST exists (7).")
    p.add_argument("dest", metavar="DEST",
                   help="a new file, or a folder (a name ending in / is one) for a copy named by the date, never "
                        "a name: tandem-backup-2026-12-04.tandem (reflections-backup-2026-12-04.reflections for a private "
                        "journal), "
                        "then -2, -3 on the same day")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return (and, as a console script, exit with) the documented exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    argv = [a for a in argv if a != "--debug"]
    try:
        args = build_parser().parse_args(argv)
        secrets = Passphrases(sys.stdin, sys.stderr)
        return int(args.func(args, secrets, sys.stdout))
    except CliError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.code
    except JournalError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exit_code(exc)
    except ValueError as exc:  # e.g. an empty passphrase
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"{PROG}: cancelled; nothing was changed", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FAILURE
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except Exception as exc:  # the last line of defence: a bug, told in one line without its text
        if debug:
            traceback.print_exc(file=sys.stderr)
        print(f"{PROG}: unexpected error ({type(exc).__name__}): this is a bug in {PROG} {__version__}, "
              "please report it; run the same command with --debug to see where it happened", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
