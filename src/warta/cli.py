"""The `warta` command: a thin shell around read -> extract -> group -> brief.

Exit codes (every subcommand that takes inputs): 0 when every input was read, 1 when some inputs
failed but output was produced, 2 when nothing could be read. Each failed input gets one line on
stderr naming it and saying what is wrong (and an entry in `errors` in JSON output).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from warta import __version__
from warta.api import brief as make_briefs
from warta.api import extract, group, read, story_index
from warta.model import Article, InputError, Story
from warta.render import article_dict, render_html, render_json, render_markdown
from warta.render.jsondoc import error_dict
from warta.render.labels import span
from warta.stories.features import text_date

FORMATS = ("md", "json", "html")
EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2

_INPUT_HELP = (
    "files (plain text, HTML, JSONL, RSS/Atom, WARC), directories (read recursively), "
    "http(s) URLs, or - for standard input"
)


class _Errors(list[InputError]):
    """Collects input errors and prints each as one line on stderr as it happens."""

    def __call__(self, err: InputError) -> None:
        self.append(err)
        print(f"warta: {err.source}: {err.error}", file=sys.stderr)


def _articles(paths: Sequence[str], errors: _Errors) -> list[Article]:
    return list(extract(read(paths, on_error=errors), on_error=errors))


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _exit_code(produced: bool, errors: _Errors) -> int:
    if not produced:
        if not errors:
            print("warta: no articles found in the inputs", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_PARTIAL if errors else EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    errors = _Errors()
    stories = group(_articles(args.inputs, errors), join_threshold=args.join_threshold)
    briefs = []
    for story in stories:
        try:
            briefs.append(make_briefs(story, length=args.length))
        except Exception as exc:  # one story's failure must not lose the others
            errors(InputError(f"story {story.id}", f"could not write its brief ({exc.__class__.__name__}: {exc})"))
    renderer: Callable[..., str] = {"md": render_markdown, "json": render_json, "html": render_html}[args.format]
    if briefs or args.format == "json":
        _emit(renderer(briefs, list(errors)), args.output)
    return _exit_code(bool(briefs), errors)


def cmd_extract(args: argparse.Namespace) -> int:
    errors = _Errors()
    rows = [article_dict(a) for a in _articles(args.inputs, errors)]
    if args.format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        text = json.dumps({"articles": rows, "errors": [error_dict(e) for e in errors]}, ensure_ascii=False, indent=2)
    if rows or args.format == "json":
        _emit(text, args.output)
    return _exit_code(bool(rows), errors)


def _story_row(story: Story) -> dict[str, object]:
    first, last = span(story.articles)
    row: dict[str, object] = {
        "id": story.id,
        "articles": [a.id for a in story.articles],
        "outlets": story.outlets,
        "first_published": first,
        "last_published": last,
        "near_copies": {a.id: a.near_copy_of for a in story.articles if a.near_copy_of},
    }
    if first is None:  # no article says when it was published: the days their texts give, as grouping read them
        days = sorted(d.date().isoformat() for a in story.articles if (d := text_date(a)) is not None)
        if days:
            row["dated_by_text"] = [days[0], days[-1]]
    return row


def cmd_group(args: argparse.Namespace) -> int:
    from warta.stories import explain

    errors = _Errors()
    index = story_index(args.join_threshold)  # kept: --explain reports the decisions as they were taken
    stories = group(_articles(args.inputs, errors), index=index)
    rows = []
    for story in stories:
        row = _story_row(story)
        if args.explain:
            row["explain"] = {a.id: explain(a, story, index) for a in story.articles}
        rows.append(row)
    if args.format == "json":
        doc = {"stories": rows, "errors": [error_dict(e) for e in errors]}
        text = json.dumps(doc, ensure_ascii=False, indent=2, default=str)
    else:
        lines = []
        for row in rows:
            by_text = row.get("dated_by_text")
            span = f"~{by_text[0]} .. ~{by_text[1]}" if by_text else \
                f"{row['first_published'] or '?'} .. {row['last_published'] or '?'}"
            n = len(row["articles"])
            lines.append(f"{row['id']}  {n} article{'s' if n > 1 else ''}  {span}  {', '.join(row['outlets'])}")
            for aid in row["articles"]:
                lines.append(f"    {aid}")
                if args.explain:  # the one-line reason in text; every feature is in --format json
                    why = row["explain"][aid]
                    reason = why.get("reason") or json.dumps(why, ensure_ascii=False, default=str)
                    lines.append(f"        {reason}")
        text = "\n".join(lines)
    if rows or args.format == "json":
        _emit(text, args.output)
    return _exit_code(bool(rows), errors)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from warta.service.app import create_app

    uvicorn.run(create_app(store_url=args.store, token=args.token), host=args.host, port=args.port)
    return EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from warta.batch import run_batch

    result = run_batch(args.inputs, args.out, workers=args.workers)
    print(result.summary())
    return EXIT_OK if not result.errors else (EXIT_PARTIAL if result.stories else EXIT_NOTHING)


def _probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"must be a number between 0 and 1, not {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="warta",
        description="Turn raw Indonesian news coverage from many outlets into one checked brief per story.",
        epilog="Exit codes: 0 all inputs read, 1 some inputs failed but output was produced, 2 nothing read.",
    )
    p.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def inputs_cmd(name: str, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.add_argument("inputs", nargs="+", metavar="PATH", help=_INPUT_HELP)
        sp.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
        return sp

    def grouping(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--join-threshold", type=_probability, metavar="P",
                        help="P(same story) an article needs to join a story (default: the model's; higher: "
                             "fewer merges, more split stories)")  # fmt: skip

    b = inputs_cmd("brief", "Extract, group and write one brief per story.")
    b.add_argument("-f", "--format", choices=FORMATS, default="md", help="output format (default: md)")
    b.add_argument("--length", type=int, metavar="N", help="at most N summary sentences (default: about 5 / 100 words)")
    grouping(b)
    b.set_defaults(func=cmd_brief)

    e = inputs_cmd("extract", "Print clean articles with metadata, without grouping.")
    e.add_argument("-f", "--format", choices=("json", "jsonl"), default="json", help="output format (default: json)")
    e.set_defaults(func=cmd_extract)

    g = inputs_cmd("group", "Group articles into stories and print them, without briefs.")
    g.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output format (default: text)")
    g.add_argument("--explain", action="store_true", help="show why each article joined its story")
    grouping(g)
    g.set_defaults(func=cmd_group)

    s = sub.add_parser("serve", help="Run the web app and REST API.", description="Run the web app and REST API.")
    s.add_argument("--store", metavar="URL", help="SQLAlchemy URL (default: sqlite:///warta.db; postgresql+psycopg://...)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    s.add_argument("--token", help="bearer token required for writes (default: $WARTA_TOKEN; none: read-only)")
    s.set_defaults(func=cmd_serve)

    bt = sub.add_parser(
        "batch",
        help="Run the pipeline on a distributed engine (Dask) over a big archive.",
        description="Run the pipeline on a distributed engine (Dask); writes stories/articles/errors JSONL.",
    )
    bt.add_argument("inputs", nargs="+", metavar="PATH", help=_INPUT_HELP)
    bt.add_argument("--out", required=True, metavar="DIR", help="output directory")
    bt.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    bt.set_defaults(func=cmd_batch)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
