"""Run every benchmark and print its table."""

from __future__ import annotations

import argparse
import logging

from benchmarks import parse_throughput


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    parse_throughput.main(seconds=args.seconds)


if __name__ == "__main__":
    main()
