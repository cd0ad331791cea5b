"""Run every benchmark and print its table."""

from __future__ import annotations

import argparse
import logging

from benchmarks import dedup, extraction, fetch_throughput, parse_throughput, queries


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    parser.add_argument("--only", choices=["parse", "extraction", "fetch", "dedup", "queries"],
                        help="run one benchmark")
    parser.add_argument("--dedup-sizes", default="10000,100000,1000000",
                        help="comma-separated article counts for the dedup scale table (the 1M takes about 7 "
                             "minutes: 10000,100000 for a quick run)")
    parser.add_argument("--dedup-originals", type=int, default=1000, help="originals in the accuracy corpus")
    parser.add_argument("--fetch-pages", type=int, default=2000, help="pages per fetch measurement")
    parser.add_argument("--queries-size", type=int, default=100_000,
                        help="articles loaded for the consumer query benchmark")
    parser.add_argument("--queries-parsed", type=int, default=5_000,
                        help="distinct generated documents parsed for it (the others are loaded again as copies)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.only in (None, "parse"):
        parse_throughput.main(seconds=args.seconds)
    if args.only in (None, "extraction"):
        extraction.main(seconds=args.seconds)
    if args.only in (None, "fetch"):
        fetch_throughput.main(pages=args.fetch_pages)
    if args.only in (None, "dedup"):
        sizes = tuple(int(s) for s in args.dedup_sizes.split(",") if s)
        dedup.main(sizes=sizes, originals=args.dedup_originals)
    if args.only in (None, "queries"):
        queries.main(size=args.queries_size, parsed=args.queries_parsed)


if __name__ == "__main__":
    main()
