"""The documentation site's generated pages, and the mkdocs hooks that add them (mkdocs.yml: `hooks:`).

- `providers/<id>.md`, one per spec, written from specs/<id>.yaml (every `$ref` resolved, its behaviour
  compiled by tools/compile_spec.py, the same reading the SDK and the simulator get): the readings the spec
  takes where the documents contradict each other, with their sources, then every operation and webhook with
  its parameters, request and response fields, limits, batching, text and sender rules, and its error table
  with the retry classes.
- `changelog.md`: CHANGELOG.md as it is.

`undocumented()` lists the overlay's public objects that have no docstring (griffe, static): the strict build
fails on them (SMSKIT_DOCS_REQUIRE_DOCSTRINGS=0 only logs them, for a draft).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads this file by path, as a hook
    sys.path.insert(0, str(ROOT))

from tools.compile_spec import behaviour  # noqa: E402
from tools.generate import resolve_refs  # noqa: E402
from tools.spec_model import ErrorEntry, Operation, RateLimit  # noqa: E402

PROVIDERS = ("easysendsms", "ezzysms", "easify", "transmitsms", "mobyt")
_METHODS = ("get", "put", "post", "delete", "patch")
_PER = {1.0: "second", 60.0: "minute", 3600.0: "hour"}
log = logging.getLogger("mkdocs.plugins.smskit")

RETRY_MEANING = {
    "safe": "not processed; smskit may retry the same request",
    "no": "not processed; the same request would fail again",
    "unsafe": "may have been processed: the outcome is `unknown`, never re-sent",
}


def load(provider: str, specs: Path = ROOT / "specs") -> dict[str, Any]:
    """specs/<id>.yaml (or `specs`'s copy of it) with every `$ref` resolved."""
    with (specs / f"{provider}.yaml").open(encoding="utf-8") as fh:
        raw: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return resolve_refs(raw)


_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")


def _cell(value: object) -> str:
    """`value` on one line, for a table cell: pipes escaped outside code spans (the tables extension does not
    split a row inside one, and keeps a backslash there)."""
    text = " ".join(str(value).split())
    if not text:
        return " "
    out, at = [], 0
    for m in _CODE_SPAN.finditer(text):
        out += [text[at : m.start()].replace("|", "\\|"), m.group(0)]
        at = m.end()
    return "".join([*out, text[at:].replace("|", "\\|")])


def _code(value: object) -> str:
    text = str(value)
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def _type(schema: Mapping[str, Any]) -> str:
    raw = schema.get("type")
    if isinstance(raw, list):
        text = " | ".join(str(t) for t in raw)
    elif raw is not None:
        text = str(raw)
    elif "oneOf" in schema or "anyOf" in schema:
        alts = schema.get("oneOf") or schema.get("anyOf") or []
        text = " | ".join(sorted({_type(a) for a in alts if isinstance(a, dict)}))
    else:
        text = "any"
    if schema.get("format"):
        text += f" ({schema['format']})"
    if text.startswith("array") and isinstance(schema.get("items"), dict):
        text = f"array of {_type(schema['items'])}"
    return text


def _constraints(schema: Mapping[str, Any]) -> str:
    parts = []
    for key in ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum",
                "exclusiveMaximum", "default"):  # fmt: skip
        if key in schema:
            parts.append(f"{key} {_code(schema[key])}")
    if "pattern" in schema:
        parts.append(f"pattern {_code(schema['pattern'])}")
    if "enum" in schema:
        parts.append("one of " + ", ".join(_code(v) for v in schema["enum"]))
    if "const" in schema:
        parts.append(f"always {_code(schema['const'])}")
    if "x-smskit-known-values" in schema:
        parts.append("known values " + ", ".join(_code(v) for v in schema["x-smskit-known-values"]))
    return "; ".join(parts) or " "


def _fields(schema: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any], bool]]:
    from tools.changes import _fields as flat

    for name, (sub, required) in flat(schema).items():
        yield name, sub, required


def _field_table(schema: Mapping[str, Any]) -> str:
    rows = [
        [_code(name), "yes" if required else "no", _cell(_type(sub)), _cell(_constraints(sub)),
         _cell(sub.get("description", ""))]
        for name, sub, required in _fields(schema)
    ]  # fmt: skip
    if not rows:
        return f"A {_cell(_type(schema))} ({_cell(_constraints(schema))}).\n"
    return _table(["field", "required", "type", "constraints", "description"], rows)


def _limit(limit: RateLimit | None) -> str:
    if limit is None:
        return "none documented"
    per = _PER.get(limit.per_seconds, f"{limit.per_seconds:g} s")
    return f"{limit.requests} requests per {per}, per {limit.scope} (bucket `{limit.bucket}`)"


def _error_rows(errors: Sequence[ErrorEntry]) -> list[list[str]]:
    rows = []
    for e in errors:
        flags = [f"matched by {_code(e.match)}"] if e.match else []
        if e.per_recipient:
            flags.append("reported per recipient")
        if e.aborts:
            flags.append(f"may stop the request part-way ({e.aborts})")
        rows.append([_code(e.code), str(e.status), _cell(e.description), f"`{e.kind}`",
                     f"`{e.retry}`: {RETRY_MEANING[e.retry]}", _cell("; ".join(flags))])  # fmt: skip
    return rows


def _behaviour(op: Operation) -> list[str]:
    out = [f"- **Rate limit**: {_limit(op.rate_limit)}"]
    if op.batch is not None:
        b = op.batch
        sep = "a JSON array" if b.separator is None else f"joined by {_code(b.separator)}"
        dedupe = ", de-duplicated" if b.dedupe else ""
        out.append(
            f"- **Batching**: at most {b.max} recipient(s) per request in `{b.parameter}`, {sep}{dedupe}, "
            f"written as `{b.number_format}`"
        )
    if op.text is not None:
        t = op.text
        chars = ", ".join(f"{k} {v}" for k, v in (t.max_chars or {}).items()) or "none documented"
        parts = "no part limit documented" if t.max_parts is None else f"at most {t.max_parts} part(s)"
        enc = "" if t.encoding is None else (
            f"; encoding in `{t.encoding.parameter}` (GSM-7 `{t.encoding.gsm}`, UCS-2 `{t.encoding.ucs2}`)"
        )  # fmt: skip
        out.append(f"- **Text** in `{t.parameter}`: {parts}, characters at most: {chars}{enc}")
    if op.sender is not None:
        s = op.sender
        kinds = []
        if s.numeric is not None:
            n = s.numeric
            plus = ", a leading `+` allowed" if n.allow_plus else ""
            seps = f", separators {_code(n.separators)} not counted" if n.separators else ""
            kinds.append(f"numeric: at most {n.max_length} digits{plus}{seps}")
        if s.alphanumeric is not None:
            a = s.alphanumeric
            extra = f" and {_code(a.extra)}" if a.extra else ""
            kinds.append(f"alphanumeric: at most {a.max_length} characters, letters ({a.letters}), digits{extra}")
        required = "required" if s.required else "optional"
        out.append(f"- **Sender** in `{s.parameter}` ({required}): " + ("; ".join(kinds) or "none taken"))
    return out


def _operations(spec: Mapping[str, Any], section: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get(section) or {}).items():
        for method in _METHODS:
            node = item.get(method) if isinstance(item, dict) else None
            if isinstance(node, dict):
                params = [*(item.get("parameters") or []), *(node.get("parameters") or [])]
                yield method.upper(), path, {**node, "parameters": params}


def _operation(method: str, path: str, node: Mapping[str, Any], op: Operation | None, webhook: bool) -> str:
    op_id = node.get("operationId", f"{method} {path}")
    out = [f"### `{op_id}`\n", f"`{method} {path}`{' (a webhook: the provider calls you)' if webhook else ''}"]
    if node.get("summary"):
        out.append(f": {node['summary']}")
    out.append("\n\n")
    if node.get("description"):
        out.append(str(node["description"]).strip() + "\n\n")
    sources = node.get("x-smskit-source") or []
    if sources:
        out.append("Source: " + ", ".join(_code(s) for s in sources) + "\n\n")
    if op is not None:
        out.append("\n".join(_behaviour(op)) + "\n\n")
    params = node.get("parameters") or []
    if params:
        rows = [
            [_code(p["name"]), p["in"], "yes" if p.get("required") else "no", _cell(_type(p.get("schema") or {})),
             _cell(_constraints(p.get("schema") or {})), _cell(p.get("description", ""))]
            for p in params
        ]  # fmt: skip
        out.append("**Parameters**\n\n" + _table(["name", "in", "required", "type", "constraints", "description"],
                                                  rows) + "\n")  # fmt: skip
    body = node.get("requestBody") or {}
    for media, content in (body.get("content") or {}).items():
        required = "required" if body.get("required") else "optional"
        out.append(f"**Request body** (`{media}`, {required})\n\n{_field_table((content or {}).get('schema') or {})}\n")
    responses = node.get("responses") or {}
    if responses:
        rows = [[f"`{status}`", _cell((r or {}).get("description", ""))] for status, r in responses.items()]
        out.append("**Responses**\n\n" + _table(["status", "meaning"], rows) + "\n")
        for status, r in responses.items():
            if not str(status).startswith("2"):
                continue
            for media, content in ((r or {}).get("content") or {}).items():
                schema = (content or {}).get("schema") or {}
                out.append(f"**Response {status}** (`{media}`)\n\n{_field_table(schema)}\n")
    callback = node.get("x-smskit-callback")
    if callback:
        fields = ", ".join(f"`{k}` from `{v}`" for k, v in callback.get("fields", {}).items())
        out.append(f"**smskit reads it** as a `{callback.get('kind')}` callback: {fields}.\n\n")
        if callback.get("statuses"):
            rows = [[_code(k), f"`{v}`"] for k, v in callback["statuses"].items()]
            out.append(_table(["status word", "read as"], rows) + "\n")
    if op is not None and op.errors:
        head = ["code", "HTTP", "the provider's description", "kind", "retry", "notes"]
        out.append("**Errors** (its own table, then the provider-wide entries it does not override)\n\n")
        out.append(_table(head, _error_rows(op.errors)) + "\n")
    return "".join(out)


def provider_page(provider: str, spec: Mapping[str, Any]) -> str:
    """The docs page of one provider, from its spec (resolved)."""
    model = behaviour(provider, dict(spec))
    info = spec.get("info") or {}
    version = info.get("version", "?")
    out = [
        f"# {info.get('title', provider)}\n\n",
        f"Provider id `{provider}`; spec `specs/{provider}.yaml` (API version `{version}`). This page is generated "
        "from the spec by `tools/docs_pages.py`: edit the spec, not the page.\n\n",
    ]
    servers = spec.get("servers") or []
    if servers:
        out.append("## Servers\n\n" + _table(["URL", "description"],
                   [[_code(s.get("url")), _cell(s.get("description", ""))] for s in servers]) + "\n")  # fmt: skip
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    if schemes:
        rows = [[_code(name), _cell(s.get("type", "")), _cell(s.get("scheme") or s.get("name") or ""),
                 _cell(s.get("description", ""))] for name, s in schemes.items()]  # fmt: skip
        out.append("## Authentication\n\n" + _table(["scheme", "type", "scheme / header", "description"], rows) + "\n")
    out.append("## The spec's readings\n\nWhat the provider's documents say, and the reading the spec takes where "
               "they contradict each other or are silent:\n\n")  # fmt: skip
    out.append(_demote(str(info.get("description", "")).strip()) + "\n\n")
    root_limit = spec.get("x-smskit-rate-limit")
    body = spec.get("x-smskit-error-body") or {}
    out.append("## Provider-wide behaviour\n\n")
    if root_limit is not None:
        out.append(f"- **Rate limit** (every operation without its own): {root_limit['requests']} requests per "
                   f"{root_limit['per']}, per {root_limit.get('scope', 'account')}\n")  # fmt: skip
    if body:
        pointers = ", ".join(f"{k} at {_code(v)}" for k, v in body.items())
        out.append(f"- **Error answers** carry their {pointers}\n")
    out.append("- **Retry classes**: " + "; ".join(f"`{k}`: {v}" for k, v in RETRY_MEANING.items()) + "\n\n")
    root_errors = spec.get("x-smskit-errors") or []
    if root_errors:
        from tools.compile_spec import _entry

        head = ["code", "HTTP", "the provider's description", "kind", "retry", "notes"]
        out.append("**Provider-wide errors**\n\n" + _table(head, _error_rows([_entry(e) for e in root_errors])) + "\n")
    out.append("## Operations\n\n")
    for method, path, node in _operations(spec, "paths"):
        op = model.operations.get(str(node.get("operationId")))
        out.append(_operation(method, path, node, op, webhook=False))
    hooks = list(_operations(spec, "webhooks"))
    if hooks:
        out.append("## Webhooks\n\n")
        for method, path, node in hooks:
            out.append(_operation(method, path, node, None, webhook=True))
    return "".join(out)


def _demote(markdown: str) -> str:
    """A description's own headings, below the page's."""
    return "\n".join("###" + line if line.startswith("#") else line for line in markdown.splitlines())


# --- undocumented public objects ----------------------------------------------------------------------------


def undocumented(search: Sequence[Path] = (ROOT / "overlay", ROOT / "generated", ROOT / "gsm")) -> list[str]:
    """The overlay's public objects without a docstring: every name in `smskit.__all__` and in its public
    modules' `__all__`, and their public methods and properties (not those inherited from generated code)."""
    import griffe

    pkg = griffe.load("smskit", search_paths=[str(p) for p in search], resolve_aliases=True,
                      resolve_external=False)  # fmt: skip
    missing: list[str] = []
    seen: set[str] = set()

    def visit(obj: Any, public_path: str) -> None:
        target = obj.final_target if obj.is_alias else obj
        if target.path in seen or not target.path.startswith("smskit"):
            return
        seen.add(target.path)
        if target.docstring is None or not target.docstring.value.strip():
            missing.append(public_path)
        if target.is_class:
            for name, member in target.all_members.items():  # inherited ones too, where smskit defines them
                if name.startswith("_") or member.is_alias or not member.parent.path.startswith("smskit"):
                    continue
                if member.is_function or member.is_class or (member.is_attribute and "property" in member.labels):
                    visit(member, f"{public_path}.{name}")

    modules = [pkg, *(m for name, m in pkg.modules.items() if not name.startswith("_"))]
    for module in modules:
        prefix = module.path
        if module is not pkg and (module.docstring is None or not module.docstring.value.strip()):
            missing.append(prefix)
        for name in module.exports or []:
            member = module.get_member(str(name)) if str(name) in module.members else None
            if member is not None:
                try:
                    visit(member, f"{prefix}.{name}")
                except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                    continue
    return sorted(dict.fromkeys(missing))


# --- mkdocs hooks -------------------------------------------------------------------------------------------


def on_files(files: Any, config: Any) -> Any:
    """Add providers/<id>.md and changelog.md, generated, to the site's files."""
    from mkdocs.structure.files import File

    for provider in PROVIDERS:
        page = provider_page(provider, load(provider))
        files.append(File.generated(config, f"providers/{provider}.md", content=page))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    files.append(File.generated(config, "changelog.md", content=changelog))
    return files


def on_post_build(config: Any) -> None:
    """Log the overlay's public objects without a docstring; fail the (strict) build on them when asked."""
    missing = undocumented()
    strict = os.environ.get("SMSKIT_DOCS_REQUIRE_DOCSTRINGS", "1") == "1"
    if missing:
        say = log.warning if strict else log.info
        say("%d public object(s) of smskit without a docstring: %s", len(missing), ", ".join(missing))
