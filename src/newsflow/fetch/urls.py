"""One key per article: URL canonicalisation (host case, default ports, fragments, tracking parameters, AMP),
and the page's own rel=canonical."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that say how a reader arrived, not what they read.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|"
    r"mkt_tok|ref_src|ref_url|cmpid|ncid|ocid|s_cid|spm|at_medium|at_campaign|at_custom\d*|"
    r"__twitter_impression|ito|taid|feed_id|smid|partner)$",
    re.IGNORECASE,
)
AMP_PARAMS = re.compile(r"^(amp|outputtype|amp_js_v|usqp)$", re.IGNORECASE)
AMP_SEGMENT = re.compile(r"(^|/)amp(?=/|$)")
AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)")
# Percent-escapes of unreserved characters are the characters themselves (RFC 3986 6.2.2.2).
UNRESERVED_ESCAPE = re.compile(r"%(?:4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2[DE]|5F|7E)", re.IGNORECASE)
ANY_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
SAFE_PATH = "/:@!$&'()*+,;=-._~%"

CANONICAL_LINK = re.compile(rb"<link\b[^>]*?\brel\s*=\s*[\"']?\s*canonical\b[^>]*>", re.IGNORECASE)
HREF = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE)
HEAD_BYTES = 64 * 1024


def canonicalize(url: str) -> str:
    """The URL as a key: lower-case scheme and host, no default port, no user info or fragment, no tracking
    or AMP parameters, sorted query, normalised escapes and dot segments, AMP paths folded to the article."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = _normalize_path(parts.path) if parts.path else "/"
    path = AMP_SUFFIX.sub("", AMP_SEGMENT.sub("", path)) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMS.match(k) and not AMP_PARAMS.match(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


def _normalize_path(path: str) -> str:
    path = UNRESERVED_ESCAPE.sub(lambda m: unquote(m.group(0)), path)
    path = ANY_ESCAPE.sub(lambda m: m.group(0).upper(), path)
    path = quote(path, safe=SAFE_PATH)
    return _remove_dot_segments(path)


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def declared_canonical(content: bytes, base_url: str, charset: str | None) -> str | None:
    """The absolute URL of the page's <link rel="canonical">, if its head declares one."""
    end = content.find(b"</head>", 0, HEAD_BYTES)
    match = CANONICAL_LINK.search(content, 0, end if end >= 0 else HEAD_BYTES)
    if not match:
        return None
    href = HREF.search(match.group(0))
    if not href:
        return None
    raw = next(g for g in href.groups() if g is not None)
    try:
        value = raw.decode(charset or "utf-8", errors="replace").strip()
    except LookupError:
        value = raw.decode("utf-8", errors="replace").strip()
    if not value:
        return None
    absolute = urljoin(base_url, value.replace("&amp;", "&"))
    return absolute if urlsplit(absolute).scheme in DEFAULT_PORTS else None


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """Whether a host is one of `allowed` (exact names, or `*.domain` for the domain and its subdomains)."""
    host = host.lower().rstrip(".")
    for pattern in allowed:
        if pattern.startswith("*."):
            if host == pattern[2:] or host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False
