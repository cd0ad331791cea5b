"""Run every benchmark and print its table."""

from __future__ import annotations

import argparse
import logging

from benchmarks import dedup, extraction, parse_throughput


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    parser.add_argument("--only", choices=["parse", "extraction", "dedup"], help="run one benchmark")
    parser.add_argument("--dedup-sizes", default="10000,100000",
                        help="comma-separated article counts for the dedup scale table (add 1000000 for the full run)")
    parser.add_argument("--dedup-originals", type=int, default=1000, help="originals in the accuracy corpus")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.only in (None, "parse"):
        parse_throughput.main(seconds=args.seconds)
    if args.only in (None, "extraction"):
        extraction.main(seconds=args.seconds)
    if args.only in (None, "dedup"):
        sizes = tuple(int(s) for s in args.dedup_sizes.split(",") if s)
        dedup.main(sizes=sizes, originals=args.dedup_originals)


if __name__ == "__main__":
    main()
