"""What changed for callers since the last release: the change report, the announcement check and releases.

    python tools/changes.py                  # print the report: every change since the last release
    python tools/changes.py --since REF      # ... since a git ref instead
    python tools/changes.py --check          # exit 1 on a breaking change the version and CHANGELOG.md do not announce
    python tools/changes.py release 0.2.0    # assemble changes/*.md into a CHANGELOG.md section, set the version

`nox -s generate` prints the report and writes it as fragments (`changes/<id>.md`, one per provider, holding
the changes CHANGELOG.md does not announce yet); `nox -s generate -- --check` runs the announcement check too.

The report has two halves per provider:
- **spec**: the spec at the baseline against the spec now, both with every `$ref` resolved: operations,
  parameters, request and response fields (type, format, enum and `x-smskit-known-values`, constraints,
  required), response statuses, security schemes, and the `x-smskit-*` behaviour (rate limits, batching, text
  and sender rules, error tables with their retry classes, error-body pointers, callbacks). Descriptions,
  examples and `x-smskit-source` are documentation, not API: they are not reported.
- **python**: griffe's breaking-change check of the generated package `<id>_client` (and, once, of the
  overlay `smskit`) at the baseline against the tree now. A package whose files are byte-identical is not loaded.

Each change is marked breaking or not by the rules in docs/changes.md (the same rules are the code below).

The baseline, the version rule and "announced" are defined in `baseline()` and `unannounced()`; in short:
CHANGELOG.md's sections (`## X.Y.Z (YYYY-MM-DD)`, newest first) are the releases. The section of the version
in pyproject.toml announces every breaking change since the release before it; a release's commit is its
`vX.Y.Z` tag, else the commit that added its heading to CHANGELOG.md. A breaking change needs the version
bumped (0.x: the minor, 1.x and later: the major) and its report line in that version's section.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as `python tools/changes.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = ("easysendsms", "ezzysms", "easify", "transmitsms", "mobyt")
CHANGELOG = ROOT / "CHANGELOG.md"
FRAGMENTS = ROOT / "changes"
PYPROJECT = ROOT / "pyproject.toml"
OVERLAY = "smskit"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Documentation, not API: never reported.
_DOC_KEYS = frozenset({"description", "summary", "title", "examples", "example", "x-smskit-source", "externalDocs"})


# --- the report --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """One change for callers. `where` names the operation, webhook or object (`provider` for the whole spec);
    `what` says what changed, in a sentence without a subject."""

    provider: str  # a provider id, or "smskit" for the overlay
    half: str  # "spec" or "python"
    where: str
    what: str
    breaking: bool

    @property
    def line(self) -> str:
        """The change in one line, as the report prints it and as CHANGELOG.md must hold it to announce it."""
        return f"{self.provider}: {self.where}: {self.what}"

    def markdown(self) -> str:
        return f"- {'**Breaking**: ' if self.breaking else ''}{self.line}"


def _code(value: object) -> str:
    return f"`{value}`"


def _lit(value: object) -> str:
    return "none" if value is None else f"`{value}`"


def _strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k not in _DOC_KEYS}
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    raw = schema.get("type")
    if raw is None:
        if "const" in schema:
            return frozenset({type(schema["const"]).__name__})
        return frozenset()
    return frozenset([raw] if isinstance(raw, str) else raw)


def _alternatives(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [s for key in ("oneOf", "anyOf") for s in schema.get(key, []) if isinstance(s, dict)]


def _properties(schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """An object schema's properties and required names, `allOf` merged, `oneOf` / `anyOf` alternatives united
    (a name is required only where every alternative requires it)."""
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema.get("allOf", []):
        p, r = _properties(part)
        props.update(p)
        required |= r
    alternatives = _alternatives(schema)
    if alternatives:
        found = [_properties(alt) for alt in alternatives]
        for p, _ in found:
            for name, sub in p.items():
                props.setdefault(name, sub)
        required |= set.intersection(*(r for _, r in found))
    return props, required


def _item(schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    items = schema.get("items")
    return items if isinstance(items, dict) else None


def _fields(schema: Mapping[str, Any], prefix: str = "", depth: int = 0) -> dict[str, tuple[Mapping[str, Any], bool]]:
    """Every field below an object schema, `a.b` for nested objects and `a[]` for array items, with its schema
    and whether it is required (in its parent)."""
    out: dict[str, tuple[Mapping[str, Any], bool]] = {}
    if depth > 12:
        return out
    props, required = _properties(schema)
    for name, sub in props.items():
        if not isinstance(sub, dict):
            continue
        path = f"{prefix}{name}"
        out[path] = (sub, name in required)
        out.update(_fields(sub, path + ".", depth + 1))
        item = _item(sub)
        if item is not None:
            out.update(_fields(item, path + "[].", depth + 1))
    item = _item(schema)
    if item is not None and not prefix:
        out.update(_fields(item, "[].", depth + 1))
    return out


def _enum(schema: Mapping[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    alts = _alternatives(schema)
    if alts and all("enum" in a or "const" in a for a in alts):
        return [v for a in alts for v in (a["enum"] if "enum" in a else [a["const"]])]
    return None


_UPPER = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
_LOWER = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")


def _schema_changes(old: Mapping[str, Any], new: Mapping[str, Any], *, sent: bool) -> Iterator[tuple[str, bool]]:
    """What changed in one field's own schema (not its children), each with whether it breaks callers.
    `sent`: the caller writes the value (a parameter or request field); else the caller reads it (a response)."""
    before, after = _types(old), _types(new)
    if before != after and before and after:
        lost = before - after if sent else after - before
        yield f"type {_lit('|'.join(sorted(before)))} -> {_lit('|'.join(sorted(after)))}", bool(lost)
    if old.get("format") != new.get("format"):
        yield f"format {_lit(old.get('format'))} -> {_lit(new.get('format'))}", True
    e_old, e_new = _enum(old), _enum(new)
    if e_old is not None and e_new is not None:
        added = [v for v in e_new if v not in e_old]
        removed = [v for v in e_old if v not in e_new]
        if added:
            # A closed enum in an answer: the generated model refuses a value it does not know.
            yield f"enum value(s) {', '.join(_code(v) for v in added)} added", not sent
        if removed:
            yield f"enum value(s) {', '.join(_code(v) for v in removed)} removed", sent
    elif e_old is None and e_new is not None:
        yield f"closed to the enum {', '.join(_code(v) for v in e_new)}", True
    elif e_old is not None and e_new is None:
        yield "no longer a closed enum", True  # the generated type changes from an Enum class
    k_old, k_new = old.get("x-smskit-known-values"), new.get("x-smskit-known-values")
    if k_old != k_new:
        added = [v for v in k_new or [] if v not in (k_old or [])]
        removed = [v for v in k_old or [] if v not in (k_new or [])]
        if added:
            yield f"known value(s) {', '.join(_code(v) for v in added)} added", False
        if removed:
            yield f"known value(s) {', '.join(_code(v) for v in removed)} removed", False
    for key in (*_UPPER, *_LOWER):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        tighter = b is not None and (a is None or (b < a if key in _UPPER else b > a))
        yield f"`{key}` {_lit(a)} -> {_lit(b)}", sent and tighter
    if old.get("pattern") != new.get("pattern"):
        a, b = old.get("pattern"), new.get("pattern")
        yield f"pattern {_lit(a)} -> {_lit(b)}", sent and b is not None and not _widened(a, b)
    if old.get("const") != new.get("const"):
        yield f"constant {_lit(old.get('const'))} -> {_lit(new.get('const'))}", True


def _widened(old: str | None, new: str) -> bool:
    """`new` is `old` with alternatives added to its outermost group (`^(a|b)$` -> `^(a|b|c)$`): it accepts
    everything `old` did. Any other change of a pattern is taken as possibly narrower."""
    if old is None:
        return False  # a pattern where there was none narrows what is taken
    o, n = old.removesuffix("$"), new.removesuffix("$")
    return o.endswith(")") and n.endswith(")") and n.startswith(o[:-1] + "|") and new.endswith("$") == old.endswith("$")


def _comparable(schema: Mapping[str, Any]) -> Any:
    return _strip_docs(dict(schema))


def _field_changes(
    old: Mapping[str, tuple[Mapping[str, Any], bool]],
    new: Mapping[str, tuple[Mapping[str, Any], bool]],
    *,
    sent: bool,
    noun: str,
) -> Iterator[tuple[str, bool]]:
    """Added, removed, renamed and changed fields (or parameters), each with whether it breaks callers."""
    removed = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    renamed: dict[str, str] = {}
    for name in removed:
        parent = name.rpartition(".")[0]
        same = [
            a
            for a in added
            if a.rpartition(".")[0] == parent
            and a not in renamed.values()
            and _comparable(new[a][0]) == _comparable(old[name][0])
            and new[a][1] == old[name][1]
        ]
        if len(same) == 1:
            renamed[name] = same[0]
    hidden_old = {r for r in removed if any(r.startswith(p + ".") or r.startswith(p + "[]") for p in removed)}
    hidden_new = {a for a in added if any(a.startswith(p + ".") or a.startswith(p + "[]") for p in added)}
    for name, to in renamed.items():
        hidden_old |= {r for r in removed if r.startswith(name + ".") or r.startswith(name + "[]")}
        hidden_new |= {a for a in added if a.startswith(to + ".") or a.startswith(to + "[]")}
    for name in removed:
        if name in hidden_old:
            continue
        if name in renamed:
            yield f"{noun} `{name}` renamed to `{renamed[name]}`", True
        else:
            yield f"{noun} `{name}` removed", True
    for name in added:
        if name in hidden_new or name in renamed.values():
            continue
        required = new[name][1]
        kind = "required" if required else "optional"
        yield f"{kind} {noun} `{name}` added", sent and required
    for name in [k for k in new if k in old]:
        (s_old, r_old), (s_new, r_new) = old[name], new[name]
        if r_old != r_new:
            if r_new:
                yield f"{noun} `{name}` is now required", sent
            else:
                yield f"{noun} `{name}` is now optional", not sent  # an answer may now lack it
        for text, breaking in _schema_changes(s_old, s_new, sent=sent):
            yield f"{noun} `{name}`: {text}", breaking


def _operations(spec: Mapping[str, Any], section: str = "paths") -> dict[str, tuple[str, str, dict[str, Any]]]:
    out = {}
    for path, item in (spec.get(section) or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                shared = item.get("parameters") or []
                node = {**node, "parameters": [*shared, *(node.get("parameters") or [])]}
                out[str(node.get("operationId") or f"{method.upper()} {path}")] = (method.upper(), path, node)
    return out


def _parameters(node: Mapping[str, Any]) -> dict[str, dict[str, tuple[Mapping[str, Any], bool]]]:
    """An operation's parameters by where they travel (path, query, header, cookie), then by name."""
    out: dict[str, dict[str, tuple[Mapping[str, Any], bool]]] = {}
    for p in node.get("parameters") or []:
        schema = dict(p.get("schema") or {})
        out.setdefault(str(p["in"]), {})[str(p["name"])] = (schema, bool(p.get("required", False)))
    return out


def _media(node: Mapping[str, Any] | None) -> dict[str, Mapping[str, Any]]:
    return {k: (v or {}).get("schema") or {} for k, v in ((node or {}).get("content") or {}).items()}


def _rate(raw: Mapping[str, Any]) -> float:
    per = {"second": 1.0, "minute": 60.0, "hour": 3600.0}[raw["per"]]
    return float(raw["requests"]) / per


def _describe_limit(raw: Mapping[str, Any] | None) -> str:
    if raw is None:
        return "none"
    return f"`{raw['requests']}/{raw['per']}`"


def _behaviour_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[tuple[str, bool]]:
    """The `x-smskit-*` extensions of one node (the root, an operation or a webhook)."""
    a, b = old.get("x-smskit-rate-limit"), new.get("x-smskit-rate-limit")
    if a != b:
        if a and b and _rate(b) < _rate(a):
            verb = "tightened"
        elif a and b and _rate(b) > _rate(a):
            verb = "loosened"
        else:
            verb = "changed"
        extra = ""
        if a and b and (a.get("bucket"), a.get("scope")) != (b.get("bucket"), b.get("scope")):
            buckets = f"bucket {_lit(a.get('bucket'))} -> {_lit(b.get('bucket'))}"
            extra = f" ({buckets}, scope {_lit(a.get('scope'))} -> {_lit(b.get('scope'))})"
        # smskit paces itself by the limit: a tighter one makes bulk sends slower, it refuses nothing.
        yield f"rate limit {verb}: {_describe_limit(a)} -> {_describe_limit(b)}{extra}", False
    yield from _mapping_changes("batch", old.get("x-smskit-batch"), new.get("x-smskit-batch"), _batch_breaks)
    yield from _mapping_changes("text limits", old.get("x-smskit-text"), new.get("x-smskit-text"), _text_breaks)
    yield from _mapping_changes("sender rules", old.get("x-smskit-sender"), new.get("x-smskit-sender"), _sender_breaks)
    yield from _mapping_changes(
        "error body", old.get("x-smskit-error-body"), new.get("x-smskit-error-body"), lambda *_: False
    )
    yield from _mapping_changes(
        "callback", old.get("x-smskit-callback"), new.get("x-smskit-callback"), _callback_breaks
    )
    yield from _error_changes(old.get("x-smskit-errors") or [], new.get("x-smskit-errors") or [])


def _flat(raw: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(raw, dict):
        return {prefix.rstrip("."): raw} if prefix else {"": raw}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _mapping_changes(label: str, old: Any, new: Any, breaks: Any) -> Iterator[tuple[str, bool]]:
    if old == new:
        return
    if old is None:
        yield f"{label} added", bool(breaks("", None, new))
        return
    if new is None:
        yield f"{label} removed", bool(breaks("", old, None))
        return
    a, b = _flat(old), _flat(new)
    for key in [*a, *(k for k in b if k not in a)]:
        if a.get(key) != b.get(key):
            yield f"{label} `{key}` {_lit(a.get(key))} -> {_lit(b.get(key))}", bool(breaks(key, a.get(key), b.get(key)))


def _batch_breaks(key: str, old: Any, new: Any) -> bool:
    # smskit packs recipients by these rules itself: a caller never sees the batch size or number format.
    return False


def _smaller(old: Any, new: Any) -> bool:
    """A limit lowered: `None` is "no limit", so a limit appearing is lower too."""
    if old == new:
        return False
    if new is None:
        return False
    return old is None or (isinstance(new, int | float) and isinstance(old, int | float) and new < old)


def _text_breaks(key: str, old: Any, new: Any) -> bool:
    # A text smskit sent before is refused (InputError) when a limit is lowered.
    if key in ("max_parts", "max_chars.gsm", "max_chars.ucs2"):
        return _smaller(old, new)
    if key == "max_chars":
        return new is not None  # limits appearing where none were
    return key == "" and new is not None and old is None


def _sender_breaks(key: str, old: Any, new: Any) -> bool:
    # A sender smskit took before is refused (InputError) when a rule narrows.
    if key == "required":
        return bool(new) and not bool(old)
    if key.endswith("max_length"):
        return _smaller(old, new)
    if key in ("numeric", "alphanumeric") or key.endswith(("numeric", "alphanumeric")):
        return new is None  # that kind of sender is no longer taken
    if key.endswith("allow_plus"):
        return bool(old) and not bool(new)
    if key.endswith("letters"):
        return bool(old == "any" and new == "ascii")
    if key.endswith(("extra", "separators")):
        return bool(set(str(old or "")) - set(str(new or "")))
    return key == "" and new is not None and old is None


def _callback_breaks(key: str, old: Any, new: Any) -> bool:
    # smskit.webhooks reads callbacks by this data: a caller sees the same Delivery / Inbound objects, unless
    # the kind itself changes or the callback stops being read.
    return key == "kind" or (key == "" and new is None)


def _error_key(entry: Mapping[str, Any]) -> Any:
    return entry.get("code"), entry.get("match")


def _error_changes(old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> Iterator[tuple[str, bool]]:
    a = {_error_key(e): e for e in old}
    b = {_error_key(e): e for e in new}
    for key, entry in b.items():
        if key not in a:
            yield (
                f"error code `{entry['code']}` added (HTTP {entry['status']}, kind `{entry['kind']}`, "
                f"retry `{entry['retry']}`)",
                False,
            )
    for key, entry in a.items():
        if key not in b:
            # An answer with it is then mapped by its HTTP status alone: its exception class may change.
            yield f"error code `{entry['code']}` removed", True
    for key in [k for k in b if k in a]:
        x, y = a[key], b[key]
        code = key[0]
        if x.get("kind") != y.get("kind"):
            yield f"error code `{code}`: kind `{x.get('kind')}` -> `{y.get('kind')}`", True  # another exception
        if x.get("retry") != y.get("retry"):
            # `unsafe` is the line between a `rejected` result and an `unknown` one (smskit/_outcome.py).
            crosses = "unsafe" in (x.get("retry"), y.get("retry"))
            yield f"error code `{code}`: retry `{x.get('retry')}` -> `{y.get('retry')}`", crosses
        if x.get("status") != y.get("status"):
            yield f"error code `{code}`: HTTP status `{x.get('status')}` -> `{y.get('status')}`", False
        for flag in ("per_recipient", "aborts"):
            if x.get(flag) != y.get(flag):
                yield f"error code `{code}`: `{flag}` {_lit(x.get(flag))} -> {_lit(y.get(flag))}", True
        if x.get("description") != y.get("description"):
            yield f"error code `{code}`: description changed", False


def _security(spec: Mapping[str, Any]) -> dict[str, Any]:
    schemes: dict[str, Any] = _strip_docs((spec.get("components") or {}).get("securitySchemes") or {})
    return schemes


def spec_changes(provider: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change for callers between two versions of a provider's spec (each with its `$ref`s resolved)."""
    out: list[Change] = []

    def add(where: str, items: Iterator[tuple[str, bool]]) -> None:
        out.extend(Change(provider, "spec", where, what, breaking) for what, breaking in items)

    def root() -> Iterator[tuple[str, bool]]:
        s_old = [s.get("url") for s in old.get("servers") or []]
        s_new = [s.get("url") for s in new.get("servers") or []]
        for url in s_new:
            if url not in s_old:
                yield f"server {_code(url)} added", False
        for url in s_old:
            if url not in s_new:
                yield f"server {_code(url)} removed", False
        if s_old and s_new and s_old[0] != s_new[0] and s_new[0] in s_old and s_old[0] in s_new:
            yield f"default server {_code(s_old[0])} -> {_code(s_new[0])}", False
        a, b = _security(old), _security(new)
        for name in [k for k in b if k not in a]:
            yield f"security scheme `{name}` added", False
        for name in [k for k in a if k not in b]:
            yield f"security scheme `{name}` removed", True
        for name in sorted([k for k in b if k in a]):
            if a[name] != b[name]:
                yield f"security scheme `{name}` changed", True
        yield from _behaviour_changes(old, new)

    add("provider", root())
    for section, noun in (("paths", "operation"), ("webhooks", "webhook")):
        ops_old, ops_new = _operations(old, section), _operations(new, section)
        for op_id in [k for k in ops_new if k not in ops_old]:
            method, path, _ = ops_new[op_id]
            out.append(Change(provider, "spec", _code(op_id), f"{noun} added ({method} {path})", False))
        for op_id in [k for k in ops_old if k not in ops_new]:
            out.append(Change(provider, "spec", _code(op_id), f"{noun} removed", True))
        for op_id in [k for k in ops_new if k in ops_old]:
            add(_code(op_id), _operation_changes(ops_old[op_id], ops_new[op_id], webhook=section == "webhooks"))
    return out


def _operation_changes(
    old: tuple[str, str, dict[str, Any]], new: tuple[str, str, dict[str, Any]], *, webhook: bool
) -> Iterator[tuple[str, bool]]:
    (m_old, p_old, a), (m_new, p_new, b) = old, new
    if (m_old, p_old) != (m_new, p_new):
        # The generated method is named after the operationId, so a caller's code does not change.
        yield f"moved from {m_old} {p_old} to {m_new} {p_new}", False
    # A webhook's "request" is what the provider sends and smskit reads: its fields are read, not sent.
    sent = not webhook
    params_a, params_b = _parameters(a), _parameters(b)
    for where in dict.fromkeys([*params_a, *params_b]):
        yield from _field_changes(
            params_a.get(where, {}), params_b.get(where, {}), sent=sent, noun=f"{where} parameter"
        )
    body_a, body_b = a.get("requestBody"), b.get("requestBody")
    media_a, media_b = _media(body_a), _media(body_b)
    for media in [k for k in media_b if k not in media_a]:
        yield f"request body as `{media}` added", False
    for media in [k for k in media_a if k not in media_b]:
        yield f"request body as `{media}` removed", sent
    if bool((body_a or {}).get("required")) != bool((body_b or {}).get("required")) and media_a and media_b:
        now = bool((body_b or {}).get("required"))
        yield f"request body is now {'required' if now else 'optional'}", sent and now
    for media in sorted([k for k in media_b if k in media_a]):
        label = "request field" if len(media_b) == 1 else f"request field ({media})"
        yield from _field_changes(_fields(media_a[media]), _fields(media_b[media]), sent=sent, noun=label)
    r_old, r_new = a.get("responses") or {}, b.get("responses") or {}
    for status in [k for k in r_new if k not in r_old]:
        yield f"response {status} added", False
    for status in [k for k in r_old if k not in r_new]:
        yield f"response {status} removed", False
    for status in sorted([k for k in r_new if k in r_old], key=str):
        ma, mb = _media(r_old[status]), _media(r_new[status])
        for media in sorted([k for k in mb if k in ma]):
            noun = f"response {status} field"
            yield from _field_changes(_fields(ma[media]), _fields(mb[media]), sent=False, noun=noun)
    yield from _behaviour_changes(a, b)


# --- the Python half: griffe --------------------------------------------------------------------------------


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            h.update(str(path.relative_to(folder)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def python_changes(provider: str, package: str, old_root: Path, new_root: Path) -> list[Change]:
    """griffe's breaking changes of `package` between two folders holding it (nothing if its files are equal)."""
    if _digest(old_root / package) == _digest(new_root / package):
        return []
    if not (old_root / package).is_dir():
        return []  # a new package breaks nobody
    import griffe  # only when a package changed: loading it is the slow part

    if not (new_root / package).is_dir():
        return [Change(provider, "python", _code(package), "package removed", True)]
    old = griffe.load(package, search_paths=[str(old_root)], resolve_aliases=False)
    new = griffe.load(package, search_paths=[str(new_root)], resolve_aliases=False)
    out = []
    for b in griffe.find_breaking_changes(old, new):
        out.append(Change(provider, "python", _code(b.obj.path), _explain(b), True))
    return sorted(set(out), key=lambda c: (c.where, c.what))


def _explain(b: Any) -> str:
    value = str(b.kind.value)
    kind = value[0].lower() + value[1:]
    name = getattr(b.old_value, "name", None)
    if name is not None and "arameter" in b.kind.value:
        return f"{kind} (`{name}`)"
    if b.kind.name in ("ATTRIBUTE_CHANGED_TYPE", "ATTRIBUTE_CHANGED_VALUE", "RETURN_CHANGED_TYPE"):
        return f"{kind}: `{b.old_value}` -> `{b.new_value}`"
    if b.kind.name == "CLASS_REMOVED_BASE":
        return f"{kind} (`{b.old_value}`)"
    return kind


# --- trees: the baseline and the tree now -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tree:
    """One state of the project: a folder of specs, one of generated packages, one holding the overlay."""

    specs: Path
    generated: Path
    overlay: Path
    label: str = "the working tree"

    def spec_text(self, provider: str) -> str | None:
        path = self.specs / f"{provider}.yaml"
        return path.read_text(encoding="utf-8") if path.exists() else None


def working_tree() -> Tree:
    return Tree(ROOT / "specs", ROOT / "generated", ROOT / "overlay")


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)
    except FileNotFoundError:  # no git at all
        return subprocess.CompletedProcess(["git", *args], 127, b"", b"git not found")


def tree_at(ref: str, into: Path) -> Tree:
    """The specs, generated packages and overlay as committed at `ref`, extracted into `into` (read-only git)."""
    paths = ["specs", "generated", "overlay/smskit"]
    proc = _git("archive", "--format=tar", ref, "--", *paths)
    if proc.returncode != 0:  # a path that did not exist then: take what there is
        present = [p for p in paths if _git("cat-file", "-e", f"{ref}:{p}").returncode == 0]
        proc = _git("archive", "--format=tar", ref, "--", *present)
        if proc.returncode != 0:
            raise RuntimeError(f"git archive {ref} failed: {proc.stderr.decode(errors='replace')}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(into, filter="data")
    short = _git("rev-parse", "--short", ref).stdout.decode().strip() or ref
    return Tree(into / "specs", into / "generated", into / "overlay", label=f"{ref} ({short})" if short != ref else ref)


def _load(text: str) -> dict[str, Any]:
    from tools.generate import resolve_refs

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(text, Loader=loader)  # a safe loader: libyaml's when present
    return resolve_refs(loaded)


def report(old: Tree, new: Tree, providers: Sequence[str] = PROVIDERS, *, overlay: bool = True) -> list[Change]:
    """Every change between two trees: per provider its spec and its generated package, then the overlay."""
    out: list[Change] = []
    for provider in providers:
        a, b = old.spec_text(provider), new.spec_text(provider)
        if a is None and b is not None:
            out.append(Change(provider, "spec", "provider", "provider added", False))
        elif a is not None and b is None:
            out.append(Change(provider, "spec", "provider", "provider removed", True))
        elif a is not None and b is not None and a != b:
            out += spec_changes(provider, _load(a), _load(b))
        out += python_changes(provider, f"{provider}_client", old.generated, new.generated)
    if overlay:
        out += python_changes(OVERLAY, OVERLAY, old.overlay, new.overlay)
    return out


def render_text(changes: Sequence[Change], since: str) -> str:
    """The report as `nox -s generate` prints it."""
    if not changes:
        return f"change report: nothing changed for callers since {since}\n"
    breaking = sum(c.breaking for c in changes)
    lines = [f"change report since {since}: {len(changes)} change(s), {breaking} breaking"]
    for owner in dict.fromkeys(c.provider for c in changes):
        lines.append(f"  {owner}")
        for c in (c for c in changes if c.provider == owner):
            lines.append(f"    {'BREAKING ' if c.breaking else '         '}[{c.half}] {c.where}: {c.what}")
    return "\n".join(lines) + "\n"


def render_fragment(owner: str, changes: Sequence[Change], since: str) -> str:
    """One provider's (or the overlay's) changes as a Markdown fragment for changes/: the lines a release copies
    into CHANGELOG.md. Prose may be added below the list; the lines themselves are what announces a change."""
    head = f"### {owner}\n\n<!-- written by tools/changes.py from the changes since {since}; add prose below -->\n\n"
    return head + "\n".join(c.markdown() for c in changes) + "\n"


# --- the changelog, the version rule and announcements -------------------------------------------------------

_HEADING = re.compile(r"^## (\d+)\.(\d+)\.(\d+) \((\d{4}-\d\d-\d\d)\)\s*$", re.MULTILINE)
_VERSION = re.compile(r'^version = "(\d+\.\d+\.\d+)"$', re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Release:
    version: tuple[int, int, int]
    date: str
    body: str  # the section below its heading, up to the next one

    @property
    def name(self) -> str:
        return ".".join(map(str, self.version))


def releases(changelog: str) -> list[Release]:
    """CHANGELOG.md's sections, as written (newest first)."""
    found = list(_HEADING.finditer(changelog))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(changelog)
        version = (int(m[1]), int(m[2]), int(m[3]))
        out.append(Release(version, m[4], changelog[m.end() : end]))
    return out


def parse_version(text: str) -> tuple[int, int, int]:
    major, minor, patch = (int(p) for p in text.split("."))
    return major, minor, patch


def required_version(last: tuple[int, int, int], *, breaking: bool) -> tuple[int, int, int]:
    """The least version after `last` for a release with (or without) a breaking change.

    0.x (before 1.0.0): a breaking change bumps the minor (0.1.3 -> 0.2.0), anything else the patch.
    1.x and later (semantic versioning): a breaking change bumps the major (1.4.2 -> 2.0.0); anything else
    at least the patch (new operations or fields: the minor, by convention; not enforced).
    """
    major, minor, patch = last
    if not breaking:
        return major, minor, patch + 1
    return (0, minor + 1, 0) if major == 0 else (major + 1, 0, 0)


def project_version(pyproject: str) -> tuple[int, int, int]:
    m = _VERSION.search(pyproject)
    if m is None:
        raise ValueError('pyproject.toml has no `version = "X.Y.Z"` line')
    return parse_version(m[1])


def release_ref(version: str, changelog_path: Path = CHANGELOG) -> str | None:
    """A release's commit: its `vX.Y.Z` tag, else the commit that added its heading to CHANGELOG.md, else None
    (not committed yet)."""
    if _git("rev-parse", "-q", "--verify", f"refs/tags/v{version}^{{commit}}").returncode == 0:
        return f"v{version}"
    try:
        rel = str(changelog_path.resolve().relative_to(ROOT))
    except ValueError:
        return None
    proc = _git("log", "--format=%H", "-S", f"## {version} (", "--", rel)
    commits = proc.stdout.decode().split()
    return commits[-1] if proc.returncode == 0 and commits else None


@dataclass(frozen=True, slots=True)
class Baseline:
    """What the tree now is compared against: the release `version` (None: no release yet) at `ref`
    (None: not committed yet, so HEAD stands in), and the section that must announce what broke since."""

    version: tuple[int, int, int] | None
    ref: str | None
    announcing: Release | None
    note: str = ""

    @property
    def git_ref(self) -> str:
        return self.ref or "HEAD"

    @property
    def label(self) -> str:
        if self.version is None:
            return self.git_ref
        name = ".".join(map(str, self.version))
        return f"{name} ({self.ref[:12] if self.ref else 'HEAD: not committed yet'})"


def baseline(version: tuple[int, int, int], changelog: str, changelog_path: Path = CHANGELOG) -> Baseline:
    """The release the tree is compared against, and the section that announces what broke since.

    - The project's version has a section, and a release before it: that section announces what changed
      since the release before it, which is the baseline (the version being prepared, or the newest release
      while it carries no `vX.Y.Z` tag).
    - The project's version is tagged `vX.Y.Z`: it is published; the baseline is that tag and a breaking
      change needs a new version.
    - The project's version is the first section: it is the baseline itself (the first release).
    - The project's version has no section: the baseline is the newest section; a breaking change needs one.
    """
    sections = releases(changelog)
    mine = next((i for i, r in enumerate(sections) if r.version == version), None)
    name = ".".join(map(str, version))
    if mine is not None and _git("rev-parse", "-q", "--verify", f"refs/tags/v{name}").returncode == 0:
        return Baseline(version, f"v{name}", None, "published (tagged): a breaking change needs a new version")
    if mine is not None and mine + 1 < len(sections):
        previous = sections[mine + 1]
        return Baseline(previous.version, release_ref(previous.name, changelog_path), sections[mine])
    if mine is not None:
        return Baseline(version, release_ref(name, changelog_path), None, "the first release")
    if sections:
        return Baseline(sections[0].version, release_ref(sections[0].name, changelog_path), None)
    return Baseline(None, None, None, "CHANGELOG.md has no release yet")


def _normal(text: str) -> str:
    return " ".join(text.split())


def announced(change: Change, section: Release | None) -> bool:
    return section is not None and _normal(change.line) in _normal(section.body)


def unannounced(changes: Sequence[Change], version: tuple[int, int, int], base: Baseline) -> list[str]:
    """Why the tree may not land: each breaking change that the version and CHANGELOG.md do not announce."""
    breaking = [c for c in changes if c.breaking]
    if not breaking:
        return []
    name = ".".join(map(str, version))
    if base.version is None:
        return [f"{len(breaking)} breaking change(s), and CHANGELOG.md has no release to announce them in"]
    problems = []
    need = ".".join(map(str, required_version(base.version, breaking=True)))
    if version < required_version(base.version, breaking=True):
        problems.append(
            f"{len(breaking)} breaking change(s) since {base.label}: the version must be at least {need} "
            f"(pyproject.toml says {name}; rule: docs/changes.md)"
        )
    if base.announcing is None:
        problems.append(f"CHANGELOG.md has no `## {need} (YYYY-MM-DD)` section announcing them")
    problems += [f"not announced in CHANGELOG.md: {c.line}" for c in breaking if not announced(c, base.announcing)]
    return problems


# --- fragments and releases ---------------------------------------------------------------------------------


def write_fragments(
    changes: Sequence[Change], since: str, section: Release | None, folder: Path = FRAGMENTS
) -> list[Path]:
    """Write `folder/<owner>.md` for each provider (and the overlay) with changes not yet announced in
    `section`; remove the fragment of an owner with none left. Fragments under other names are the maintainers'
    own prose and are left alone."""
    folder.mkdir(exist_ok=True)
    written = []
    for owner in (*PROVIDERS, OVERLAY):
        mine = [c for c in changes if c.provider == owner and not announced(c, section)]
        path = folder / f"{owner}.md"
        if mine:
            text = render_fragment(owner, mine, since)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            written.append(path)
        elif path.exists() and path.read_text(encoding="utf-8").startswith(f"### {owner}\n\n<!-- written by"):
            path.unlink()
    return written


def fragments(folder: Path = FRAGMENTS) -> list[Path]:
    """The fragments a release assembles: every changes/*.md but its README, providers first in their order."""
    order = {f"{o}.md": i for i, o in enumerate((*PROVIDERS, OVERLAY))}
    found = [p for p in folder.glob("*.md") if p.name != "README.md"] if folder.is_dir() else []
    return sorted(found, key=lambda p: (order.get(p.name, len(order)), p.name))


def assemble(version: str, date: str, parts: Sequence[str]) -> str:
    """The CHANGELOG.md section of a release from its fragments' text."""
    body = "\n".join(p.strip() + "\n" for p in parts if p.strip()) or "No change for callers.\n"
    body = re.sub(r"<!-- written by tools/changes.py[^>]*-->\n\n", "", body)
    return f"## {version} ({date})\n\n{body}\n"


def release(
    version: str,
    *,
    date: str | None = None,
    changelog_path: Path = CHANGELOG,
    pyproject_path: Path = PYPROJECT,
    folder: Path = FRAGMENTS,
) -> str:
    """Cut a release: the fragments become CHANGELOG.md's newest section, pyproject's version is set, and the
    fragments are removed. Refuses a version that the changes since the last release do not allow."""
    parse_version(version)
    changelog = changelog_path.read_text(encoding="utf-8")
    sections = releases(changelog)
    if sections and parse_version(version) <= sections[0].version:
        raise ValueError(f"{version} is not after the newest release, {sections[0].name}")
    parts = [p.read_text(encoding="utf-8") for p in fragments(folder)]
    breaking = any("- **Breaking**: " in p for p in parts)
    if sections and parse_version(version) < required_version(sections[0].version, breaking=breaking):
        need = ".".join(map(str, required_version(sections[0].version, breaking=breaking)))
        raise ValueError(f"the fragments hold a breaking change: the version must be at least {need}")
    section = assemble(version, date or dt.date.today().isoformat(), parts)
    first = _HEADING.search(changelog)
    at = first.start() if first else len(changelog)
    changelog_path.write_text(changelog[:at] + section + changelog[at:], encoding="utf-8")
    pyproject = pyproject_path.read_text(encoding="utf-8")
    pyproject_path.write_text(_VERSION.sub(f'version = "{version}"', pyproject, count=1), encoding="utf-8")
    for p in fragments(folder):
        p.unlink()
    return section


# --- what tools/generate.py calls ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    changes: list[Change]
    base: Baseline
    problems: list[str]
    version: tuple[int, int, int]
    enforced: bool = True


def run(since: str | None = None, providers: Sequence[str] = PROVIDERS, new: Tree | None = None) -> Outcome:
    """The report of `new` (default: the working tree) against the baseline (or `since`), and the check."""
    version = project_version(PYPROJECT.read_text(encoding="utf-8"))
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    base = baseline(version, changelog)
    if since is not None:
        base = dataclasses.replace(base, ref=since, note=f"given: {since}")
    if _git("rev-parse", "--verify", "-q", "HEAD").returncode != 0:
        # An unpacked sdist or a copy without history: nothing to compare against.
        skipped = dataclasses.replace(base, note="not a git checkout: no change report")
        return Outcome([], skipped, [], version, enforced=False)
    with tempfile.TemporaryDirectory(prefix="smskit-baseline-") as tmp:
        old = tree_at(base.git_ref, Path(tmp))
        changes = report(old, new or working_tree(), providers)
    if base.ref is None and base.version is not None:
        # The release is this very tree, not committed yet: the report (against HEAD) is shown, not enforced,
        # and no fragment is written (there is nothing to announce before the release it would belong to).
        return Outcome(changes, base, [], version, enforced=False)
    return Outcome(changes, base, unannounced(changes, version, base), version)


def print_report(outcome: Outcome, *, write: bool, full: bool | None = None) -> None:
    """Print the report (what `nox -s generate` shows); with `write`, also write changes/<owner>.md.

    `full` (default: when the report is enforced) prints every change; else one line per owner with its counts,
    so that work on a release not committed yet is not buried under the changes since HEAD."""
    note = f" [{outcome.base.note}]" if outcome.base.note else ""
    if outcome.base.ref is None and outcome.base.version is not None:
        note += " [not enforced]"
    if full if full is not None else outcome.enforced:
        print(render_text(outcome.changes, outcome.base.label + note), end="")
    else:
        breaking = sum(c.breaking for c in outcome.changes)
        print(f"change report since {outcome.base.label}{note}: {len(outcome.changes)} change(s), {breaking} breaking")
        for owner in dict.fromkeys(c.provider for c in outcome.changes):
            mine = [c for c in outcome.changes if c.provider == owner]
            print(f"  {owner}: {len(mine)} change(s), {sum(c.breaking for c in mine)} breaking")
        if outcome.changes:
            print("  (every change: python tools/changes.py)")
    if write and outcome.enforced:
        for path in write_fragments(outcome.changes, outcome.base.label, outcome.base.announcing):
            print(f"fragment: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--since", help="a git ref to compare against (default: the last release)")
    parser.add_argument("--check", action="store_true", help="fail on a breaking change not announced")
    parser.add_argument("--write", action="store_true", help="also write the fragments, changes/<owner>.md")
    parser.add_argument("command", nargs="*", help="`release X.Y.Z`: cut a release from the fragments")
    args = parser.parse_args(argv)
    if args.command:
        if len(args.command) != 2 or args.command[0] != "release":
            parser.error("the only command is `release X.Y.Z`")
        try:
            print(release(args.command[1]), end="")
        except ValueError as exc:
            print(f"release refused: {exc}", file=sys.stderr)
            return 1
        return 0
    outcome = run(args.since)
    print_report(outcome, write=args.write, full=True)
    if args.check and outcome.problems:
        for line in outcome.problems:
            print(line, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
