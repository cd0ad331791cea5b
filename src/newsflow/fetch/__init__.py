"""The web fetch layer: every network I/O of newsflow lives in this package.

`client` (async HTTP with per-host limits, robots.txt, retries, conditional GET, size and safety guards),
`urls` (canonical keys), `charset` (header, then meta, then detection), `robots`, `ratelimit`, `errors`
(the one place httpx errors become newsflow errors), `settings` (per-source fetch settings, no imports
beyond the standard library, so that reading sources.toml stays cheap).
"""
