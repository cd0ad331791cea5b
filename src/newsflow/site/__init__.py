"""Local web sites: a small asyncio HTTP server (`server`) and the demo corpus rendered as a news site (`demo`),
for `make run`, the tests and the fetch benchmark. Nothing here fetches: fetching is `newsflow.fetch`."""
