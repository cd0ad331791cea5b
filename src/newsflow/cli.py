"""The `newsflow` command: run any stage or the whole pipeline without Airflow.

User mistakes (a missing file, a bad date, an unreachable database) end in one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsflow.models import NewsflowError

if TYPE_CHECKING:
    from newsflow.models import Article

EXIT_USAGE = 2
EXIT_ERROR = 1


class UsageError(NewsflowError):
    """A bad argument value."""


def parse_when(value: str) -> datetime:
    """An ISO date or date-time; naive values are UTC."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UsageError(f"not an ISO date or date-time: {value!r}") from exc
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n")


def cmd_parse(args: argparse.Namespace) -> int:
    article = _article_from_file(Path(args.file))
    parsed, normalized = article.parsed, article.normalized
    if args.json:
        contract = article.contract()
        contract.update({
            "normalized": {"title": normalized.title, "body": normalized.body.split("\n")},
            "key_sha256": normalized.key_sha256,
        })
        _print_json(contract)
    else:
        print(f"title:      {parsed.title}")
        print(f"publisher:  {parsed.publisher}")
        print(f"authors:    {', '.join(parsed.authors)}")
        print(f"script:     {normalized.script}")
        print(f"paragraphs: {len(parsed.paragraphs)}")
        for photo in parsed.photos:
            print(f"photo @{photo.before_paragraph}: {photo.caption} [{photo.credit_label}: {photo.credit}]")
        for box in parsed.related:
            print(f"related @{box.after_paragraph}: {box.heading} {len(box.headlines)} headlines")
    return 0


def _url(args: argparse.Namespace) -> str:
    from newsflow.db import resolve_url

    return resolve_url(args.database_url)


def _run_window(args: argparse.Namespace, reprocess: bool) -> int:
    from newsflow import pipeline
    from newsflow.db.migrate import apply_migrations

    start, end = parse_when(args.start), parse_when(args.end)
    if start >= end:
        raise UsageError(f"--start must be before --end ({args.start} >= {args.end})")
    url = _url(args)
    apply_migrations(url)
    run = pipeline.reprocess if reprocess else pipeline.ingest
    result = run(url, args.source, start, end)
    _print_json({"ingest_run_id": result.ingest_run_id, **result.counts})
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    return _run_window(args, reprocess=False)


def cmd_reprocess(args: argparse.Namespace) -> int:
    return _run_window(args, reprocess=True)


def _article_from_file(path: Path) -> Article:
    """A file through decode -> parse -> normalize -> metadata, as the pipeline takes it."""
    from newsflow.models import RawDocument, Rejection, SourceItem
    from newsflow.transform import transform

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from exc
    result = transform(RawDocument(SourceItem("cli", str(path), None, "none"), content, "", datetime.now(UTC)))
    if isinstance(result, Rejection):
        raise NewsflowError(f"{path}: not an article ({result.stage}: {result.reason}: {result.detail})")
    return result


def cmd_demo_site(args: argparse.Namespace) -> int:
    """Serve the demo corpus as a local news site until Ctrl-C (what `make run` serves for `demo-site`)."""
    from newsflow.db.connection import project_home
    from newsflow.site.demo import serve_demo

    corpus = Path(args.corpus) if args.corpus else project_home() / "demo" / "articles"
    if not corpus.is_dir():
        raise UsageError(f"not a directory: {corpus}")
    try:
        server = serve_demo(corpus, args.host, args.port)
    except OSError as exc:
        raise NewsflowError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from exc
    print(f"demo site on {server.url}/ (feed.xml, sitemap.xml, archive/, text/); Ctrl-C to stop", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        server.stop()


def cmd_similar(args: argparse.Namespace) -> int:
    from newsflow.config import load_dedup
    from newsflow.similarity import MinHasher, decide, exact_jaccard, set_jaccard, title_dice
    from newsflow.stories import member_for

    settings = load_dedup()
    hasher = MinHasher(settings.similarity)
    a, b = _article_from_file(Path(args.file_a)), _article_from_file(Path(args.file_b))
    # B as the newer article compared with A, as dedup would when B arrives after A
    ma, mb = member_for(1, a, hasher), member_for(2, b, hasher)

    decision = decide(mb.fingerprint, ma.fingerprint, settings.similarity)
    report = {
        "relation": decision.relation,
        "reason": decision.reason,
        "estimated_jaccard": round(decision.similarity, 4),
        "jaccard": round(exact_jaccard(a.normalized.folded_key, b.normalized.folded_key, settings.similarity.ngram), 4),
        "names_figures_jaccard": round(set_jaccard(ma.fingerprint.anchors, mb.fingerprint.anchors), 4),
        "title_dice": round(title_dice(a.parsed.title, b.parsed.title), 4),
        "scripts": [a.normalized.script, b.normalized.script],
        "parameters": settings.similarity.algorithm,
    }
    if args.json:
        _print_json(report)
    else:
        print(f"{decision.relation}: {decision.reason}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from newsflow.evaluation import evaluate, format_report, load_cases

    directory = Path(args.directory)
    if not directory.is_dir():
        raise UsageError(f"not a directory: {directory}")
    cases = load_cases(directory)
    if not cases:
        raise UsageError(f"no cases (NAME.txt or NAME.html beside NAME.expected.json) in {directory}")
    report = evaluate(cases)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(format_report(report, worst=args.worst))
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from newsflow.db import connect
    from newsflow.db.connection import redact
    from newsflow.db.migrate import apply_migrations
    from newsflow.db.store import table_counts

    url = _url(args)
    if args.db_command == "url":
        print(url)
    elif args.db_command == "migrate":
        applied = apply_migrations(url)
        print(f"applied {len(applied)} migration(s) to {redact(url)}" + (f": {', '.join(applied)}" if applied else ""))
    elif args.db_command == "stats":
        with connect(url) as conn:
            try:
                counts = table_counts(conn)
            except Exception as exc:  # psycopg.errors.UndefinedTable and friends
                raise NewsflowError(f"cannot count rows ({str(exc).splitlines()[0]}); run `newsflow db migrate`") \
                    from exc
        if args.json:
            _print_json(counts)
        else:
            for table, count in counts.items():
                print(f"{table:20} {count}")
    elif args.db_command == "schema-doc":
        return cmd_db_schema_doc(args, url)
    return 0


def cmd_db_schema_doc(args: argparse.Namespace, url: str) -> int:
    """Write docs/schema.md from the catalog of the (migrated) news DB, or with --check fail when it differs."""
    from newsflow.db import connect
    from newsflow.db.migrate import apply_migrations
    from newsflow.db.schema_doc import default_path, schema_markdown

    apply_migrations(url)
    with connect(url) as conn:
        text = schema_markdown(conn)
    path = Path(args.output) if args.output else default_path()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            raise NewsflowError(f"{path} is stale: run `newsflow db schema-doc`")
        print(f"{path} is current")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from newsflow.db import connect
    from newsflow.db.search import search

    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1 (got {args.limit})")
    after = parse_when(args.after) if args.after else None
    before = parse_when(args.before) if args.before else None
    with connect(_url(args)) as conn:
        hits = search(conn, args.query, args.limit, after, before)
    if args.json:
        _print_json([asdict(hit) for hit in hits])
    else:
        for hit in hits:
            day = hit.published_at.date().isoformat() if hit.published_at else "-"
            where = "title" if hit.in_title else "body"
            print(f"{hit.rank:3d}  {day}  {hit.publisher_canonical or '-'}  {hit.title}  "
                  f"({where}, article {hit.article_id})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsflow", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--database-url", help="news DB (default: DATABASE_URL, else the embedded server)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one article file and print the parse contract")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the FORMAT.md parse contract as JSON")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("ingest", help="run the whole pipeline for one source and window")
    p.add_argument("--source", required=True, help="a source name from sources.toml")
    p.add_argument("--start", required=True, help="window start, ISO date or date-time (UTC if naive)")
    p.add_argument("--end", required=True, help="window end (exclusive)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reprocess", help="parse and load again the stored documents of a window (no fetching)")
    p.add_argument("--source", required=True)
    p.add_argument("--start", required=True)
    p.add_argument("--end", required=True)
    p.set_defaults(func=cmd_reprocess)

    p = sub.add_parser("demo-site", help="serve the demo corpus as a local news site (feed, sitemap, archive)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="the port of [sources.demo-site] urls (8765)")
    p.add_argument("--corpus", help="a folder of YYYY-MM-DD folders of text articles (demo/articles)")
    p.set_defaults(func=cmd_demo_site)

    p = sub.add_parser("similar", help="how similar two article files are, and the relation dedup would decide")
    p.add_argument("file_a", help="the earlier article")
    p.add_argument("file_b", help="the later article")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_similar)

    p = sub.add_parser("eval", help="field-level accuracy of the parser on a labelled golden set")
    p.add_argument("directory", help="a folder of NAME.txt / NAME.html inputs with NAME.expected.json")
    p.add_argument("--worst", type=int, default=5, help="how many of the worst cases to show")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("db", help="database commands")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("migrate", help="apply pending sql/ migrations")
    dbsub.add_parser("url", help="print the news DB URL in use")
    stats = dbsub.add_parser("stats", help="row counts per table")
    stats.add_argument("--json", action="store_true")
    doc = dbsub.add_parser("schema-doc", help="write docs/schema.md from the catalog (after migrating)")
    doc.add_argument("--check", action="store_true", help="fail when the file differs instead of writing it")
    doc.add_argument("--output", help="where to write (default: docs/schema.md of the project)")
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("search", help="articles holding every word of a query, in any script, ranked")
    p.add_argument("query", help="words separated by spaces, in Simplified or Traditional script")
    p.add_argument("--limit", type=int, default=20, help="at most this many articles (default 20)")
    p.add_argument("--after", help="published at or after, ISO date or date-time (UTC if naive)")
    p.add_argument("--before", help="published before")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewsflowError as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newsflow: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
