"""Command line: ``viewer extract`` (JSON lines or a table)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence

DEFAULT_CORPUS = "seeds"


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one line with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="viewer", description="Rare-earth dispute timeline.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    ex = sub.add_parser("extract", help="print the dated events of saved news pages")
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help=f"files or folders (.txt, .md, .html); default: {DEFAULT_CORPUS}/")
    ex.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                    help="publication date to resolve partial dates against (overrides the page)")
    ex.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    ex.add_argument("--no-corrections", action="store_true",
                    help="ignore the analyst's corrections saved for this corpus")
    ex.add_argument("--merged", action="store_true",
                    help="one object per happening, with its mentions (see resources/merge.toml)")
    ex.add_argument("--jobs", type=_jobs_arg, metavar="N",
                    help="worker processes for a large corpus (default: one per core)")

    rd = sub.add_parser("render", help="draw a timeline picture (PNG, SVG or PDF) without a display")
    rd.add_argument("paths", nargs="*", metavar="PATH",
                    help=f"files or folders (.txt, .md, .html); default: {DEFAULT_CORPUS}/")
    rd.add_argument("--countries", metavar="LIST",
                    help="comma-separated ISO codes or names (JP,CN or Japan,中国); default: all")
    rd.add_argument("--from", dest="start", metavar="DATE", default="2010-01",
                    help="first day shown: YYYY, YYYY-MM or YYYY-MM-DD (default 2010-01)")
    rd.add_argument("--to", dest="end", metavar="DATE", default="2026-12",
                    help="last day shown, same forms (default 2026-12, i.e. 2026-12-31)")
    rd.add_argument("--search", default="", help="only events whose sentence contains TEXT")
    rd.add_argument("--title", help="the picture's title (default: names the subject)")
    rd.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the picture")
    rd.add_argument("--size", default="slide",
                    help="WIDTHxHEIGHT in pixels, or slide (1920x1080), slide4k, a4 (PDF)")
    rd.add_argument("--out", required=True, metavar="FILE", help="timeline.png, .svg or .pdf")
    rd.add_argument("--lanes", choices=("none", "country", "article"), default="none",
                    help="group the timeline into lanes by country or by article")
    rd.add_argument("--unmerged", action="store_true",
                    help="draw every mention on its own instead of one event per happening")
    rd.add_argument("--no-footer", action="store_true", help="leave out the sources footer")
    rd.add_argument("--no-date", action="store_true",
                    help="leave the date the picture was made out of the footer (for "
                         "byte-identical pictures)")
    rd.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                    help="publication date to resolve partial dates against")
    rd.add_argument("--no-corrections", action="store_true",
                    help="ignore the analyst's corrections saved for this corpus")
    rd.set_defaults(subparser=rd)
    return parser


def _jobs_arg(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {text!r}")
    return int(text)


def main_extract(args: argparse.Namespace) -> int:
    from viewer.core.loading import load

    paths = args.paths or [DEFAULT_CORPUS]
    corpus = load(paths, published=args.published, workers=args.jobs)
    corpus.mentions = with_corrections(corpus, paths, args)
    for problem in corpus.problems:
        print(f"viewer: {problem}", file=sys.stderr)
    if not corpus.articles and not corpus.problems:
        print(f"viewer: no .txt, .md or .html files in {', '.join(map(str, paths))}",
              file=sys.stderr)
    out = sys.stdout
    if args.merged:
        from viewer.core import timeline as tl

        table, unresolved = tl.build(corpus.mentions, merged=True)
        events = sorted(table.events, key=lambda e: (e.start, e.end, e.label))
        events += [tl.TimelineEvent.of(len(table) + k, m) for k, m in enumerate(unresolved)]
        if args.format == "jsonl":
            for e in events:
                out.write(json.dumps(event_dict(e), ensure_ascii=False) + "\n")
        else:
            out.write(format_merged_table(events) + "\n")
    elif args.format == "jsonl":
        for m in corpus.mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(format_table(corpus) + "\n")
    return 1 if not corpus.articles else 0


def with_corrections(corpus, paths, args) -> list:
    """The corpus's mentions with the corrections saved for these paths (unless told not to)."""
    from viewer.core import corrections as cr

    if args.no_corrections:
        return corpus.mentions
    where = cr.project_path([str(p) for p in paths], cr.default_data_dir())
    try:
        saved = cr.load(where)
    except cr.ProjectError as exc:
        print(f"viewer: {where}: the corrections were not applied: {exc}.", file=sys.stderr)
        return corpus.mentions
    return cr.corrected(corpus, saved) if not saved.is_empty() else corpus.mentions


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    out, used = [], 0
    for c in text:
        w = _width(c)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out) + " " * (width - used)


def _when(m) -> str:
    from viewer.core.timeline import format_span

    return "unresolved" if m.start is None else format_span(m.start, m.end, m.precision,
                                                           m.open_ended)


def event_dict(e) -> dict:
    """A merged event: its date, countries and label, and every mention as in the plain output."""
    return {
        "start": e.start.isoformat() if e.start else None,
        "end": e.end.isoformat() if e.end else None,
        "precision": e.precision,
        "open_ended": e.open_ended,
        "countries": e.countries,
        "label": e.label,
        "sources": len(e.mentions),
        "mentions": [m.to_dict() for m in e.mentions],
    }


def format_merged_table(events) -> str:
    cols = (("date", 23), ("n", 3), ("countries", 14), ("label", 44), ("articles", 30))
    lines = ["  ".join(_fit(name, w) for name, w in cols).rstrip()]
    lines.append("  ".join("-" * w for _, w in cols))
    for e in events:
        arts = ",".join(dict.fromkeys(m.article[:12] for m in e.mentions))
        row = (_when(e), str(len(e.mentions)), ",".join(e.countries) or "-", e.label, arts)
        lines.append("  ".join(_fit(v, w) for v, (_, w) in zip(row, cols)).rstrip())
    n = sum(len(e.mentions) for e in events)
    lines.append(f"{len(events)} events from {n} mentions")
    return "\n".join(lines)


def format_table(corpus) -> str:
    """An aligned, human-readable view of a corpus's mentions."""
    cols = (("article", 12), ("date", 23), ("text", 18), ("countries", 14), ("label", 44))
    lines = ["  ".join(_fit(name, w) for name, w in cols).rstrip()]
    lines.append("  ".join("-" * w for _, w in cols))
    for m in corpus.mentions:
        row = (m.article, _when(m), m.text, ",".join(m.countries) or "-", m.label)
        lines.append("  ".join(_fit(v, w) for v, (_, w) in zip(row, cols)).rstrip())
    n_art = len(corpus.articles)
    pub = sum(1 for a in corpus.articles if a.published)
    lines.append(f"{len(corpus.mentions)} events from {n_art} articles "
                 f"({pub} with a publication date, {len(corpus.problems)} unreadable)")
    return "\n".join(lines)


def _period(text: str, end: bool) -> dt.date:
    """2010 / 2010-01 / 2010-01-31 as the first day (or, for ``end``, the last day)."""
    import calendar

    parts = text.strip().split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            y = int(parts[0])
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return dt.date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        pass
    raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _render_spec(args: argparse.Namespace, parser: argparse.ArgumentParser):
    """Validate the render arguments; every problem is a one-line error with status 2."""
    import os
    from pathlib import Path

    from viewer.core import gazetteer

    countries = None
    if args.countries is not None:
        countries = []
        gaz = gazetteer.default()
        for name in [c for c in args.countries.split(",") if c.strip()]:
            code = gaz.lookup(name.strip())
            if code is None:
                parser.error(f"unknown country: {name.strip()!r}")
            countries.append(code)
    try:
        start, end = _period(args.start, False), _period(args.end, True)
    except ValueError as exc:
        parser.error(str(exc))
    if start > end:
        parser.error(f"--from {args.start} is after --to {args.end}")
    from viewer.ui.figure import FORMATS, parse_size

    try:
        width, height = parse_size(args.size)
    except ValueError as exc:
        parser.error(str(exc))
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        parser.error(f"unknown picture format {out.suffix or '(none)'!r}: use .png, .svg or .pdf")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK) or (
            out.exists() and (out.is_dir() or not os.access(out, os.W_OK))):
        parser.error(f"cannot write {out}")
    fields = {"width": width, "height": height, "start": start, "end": end,
              "countries": countries, "search": args.search, "title": args.title,
              "lang": args.lang, "footer": not args.no_footer, "lanes": args.lanes}
    return fields, out


def main_render(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import os

    fields, out = _render_spec(args, parser)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # same pixels with or without a display
    from PySide6.QtGui import QGuiApplication

    from viewer.core import timeline as tl
    from viewer.core.loading import load
    from viewer.ui import fonts
    from viewer.ui.figure import FigureSpec, save
    from viewer.ui.i18n import Translations

    app = QGuiApplication.instance() or QGuiApplication(["viewer"])
    fonts.register()
    Translations(app).use(args.lang)
    paths = args.paths or [DEFAULT_CORPUS]
    corpus = load(paths, published=args.published)
    corpus.mentions = with_corrections(corpus, paths, args)
    for problem in corpus.problems:
        print(f"viewer: {problem}", file=sys.stderr)
    if not corpus.articles:
        print("viewer render: error: nothing could be read", file=sys.stderr)
        return 1
    table, _ = tl.build(corpus.mentions, merged=not args.unmerged)
    made = None if args.no_date else dt.date.today()
    try:
        save(FigureSpec(**fields, made_on=made), table, corpus.articles, out)
    except OSError as exc:
        print(f"viewer render: error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "render":
        return main_render(args, args.subparser)
    if args.command == "extract":
        try:
            return main_extract(args)
        except BrokenPipeError:  # e.g. piped into `head`: stop quietly
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    build_parser().print_help()
    return 2
