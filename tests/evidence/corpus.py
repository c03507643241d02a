"""The evidence format (specs/evidence/README.md): loading the items, and holding each one against its spec.

Everything here reads the specs as written (`smskit.load_spec`, the YAML), so an item is checked against the spec
being edited, not the last generated copy. Every check returns a list of problems (empty: it holds), so a test
can name all of them at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from smskit import PROVIDERS, load_spec
from tests.specs.openapi_walk import Operation, operations, resolve

ROOT = Path(__file__).resolve().parents[2]
EVIDENCE = ROOT / "specs" / "evidence"
SEEDS = ROOT.parent / "shared" / "seeds"  # the source documents, where the checkout has them beside it

KINDS = {"seed-example", "seed-sample", "vendor-reference", "vendor-collection", "sdk-fixture",
         "third-party-client", "recorded"}  # fmt: skip
SEED_KINDS = {"seed-example", "seed-sample"}
TOP_KEYS = {"kind", "source", "operation", "request", "response", "note", "replay"}
SOURCE_KEYS = {"url", "repository", "path", "commit", "where", "seed", "recorded_at"}
REQUEST_KEYS = {"method", "path", "query", "headers", "content_type", "body"}
RESPONSE_KEYS = {"status", "content_type", "headers", "body"}
REPLAY_KEYS = {"skip", "status", "before", "why"}
REDACTED = "<redacted>"

_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SEED = re.compile(r"^seeds/\d{3}_[0-9a-f]{16}\.txt$")
_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class Item:
    """One evidence file."""

    path: Path
    provider: str
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def kind(self) -> str:
        return str(self.data.get("kind"))

    @property
    def operation_id(self) -> str:
        return str(self.data.get("operation"))

    @property
    def request(self) -> dict[str, Any] | None:
        request = self.data.get("request")
        return request if isinstance(request, dict) else None

    @property
    def response(self) -> dict[str, Any] | None:
        response = self.data.get("response")
        return response if isinstance(response, dict) else None


def load(path: Path, provider: str | None = None) -> Item:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return Item(path, provider or path.parent.name, data if isinstance(data, dict) else {"": data})


def items(root: Path = EVIDENCE) -> list[Item]:
    """Every item below `root` (`<id>/<slug>.yaml`; files starting with `_` are not items)."""
    return [load(path) for path in sorted(root.glob("*/*.yaml")) if not path.name.startswith("_")]


# --- the spec side -------------------------------------------------------------------------------------------


@cache
def registry(provider: str) -> Registry[Any]:
    return Registry().with_resource("urn:spec", Resource.from_contents(load_spec(provider), DRAFT202012))


def spec(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = load_spec(provider)  # type: ignore[assignment]
    return loaded


def find_operation(provider: str, operation_id: str) -> Operation | None:
    for op in operations(spec(provider)):
        if op.node.get("operationId") == operation_id:
            return op
    return None


def schema_errors(provider: str, pointer: str, value: Any) -> list[str]:
    """`value` against the schema at `pointer` in `provider`'s spec (its `$ref`s resolved by the registry)."""
    validator = Draft202012Validator({"$ref": f"urn:spec#{pointer}"}, registry=registry(provider))
    return [f"{'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
            for error in validator.iter_errors(value)]  # fmt: skip


def path_pattern(template: str) -> re.Pattern[str]:
    """The spec path `template` as a regex capturing its parameters; a trailing slash is read as the same path
    (the documents write some endpoints both ways; see the EzzySMS readings)."""
    parts = re.split(r"(\{[^}]+\})", template.rstrip("/"))
    body = "".join(f"(?P<{group_name(p[1:-1])}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{body}/?$")


def group_name(parameter: str) -> str:
    return re.sub(r"\W", "_", parameter)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def pick_content(content: dict[str, Any], content_type: str | None) -> str | None:
    """The key of `content` the recorded `content_type` falls under (exact, then `type/*`, then `*/*`)."""
    wanted = media_type(content_type)
    lowered = {key.lower(): key for key in content}
    for candidate in (wanted, wanted.split("/")[0] + "/*", "*/*"):
        if candidate in lowered:
            return lowered[candidate]
    return None


def is_json(content_type: str | None) -> bool:
    kind = media_type(content_type)
    return kind == "application/json" or kind.endswith("+json")


def parameters(op: Operation, provider: str) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """(location, name) -> (the resolved parameter, its pointer); the operation's own win over its path item's."""
    found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    doc = spec(provider)
    item_ptr = op.pointer.rsplit("/", 1)[0]
    for base, raw_list in ((item_ptr, op.path_item.get("parameters", [])), (op.pointer, op.node.get("parameters", []))):
        for index, raw in enumerate(raw_list):
            param, ptr = resolve(doc, raw, f"{base}/parameters/{index}")
            found[(param["in"], param["name"])] = (param, ptr)
    return found


def at(document: Any, pointer: str) -> Any:
    """The node at JSON `pointer` (list indices included)."""
    node = document
    for token in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(provider: str, pointer: str) -> tuple[Any, str]:
    """The schema at `pointer`, its `$ref`s followed, with its own pointer."""
    return resolve(spec(provider), at(spec(provider), pointer), pointer)


def coerce(provider: str, schema_ptr: str, value: Any) -> Any:
    """A wire value (a query, form or path string) as the JSON value the schema describes: "5" for an integer
    schema is 5, "true" for a boolean True, "a,b" for an array ["a", "b"]; anything else is kept."""
    schema, ptr = deref(provider, schema_ptr)
    if not isinstance(schema, dict):
        return value
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: coerce(provider, f"{ptr}/properties/{_escape(k)}", v) if k in props else v for k, v in value.items()}
    if "array" in types and "items" in schema:
        values = value if isinstance(value, list) else str(value).split(",") if isinstance(value, str) else [value]
        return [coerce(provider, f"{ptr}/items", v) for v in values]
    if not isinstance(value, str) or "string" in types:
        return value
    for kind in types:
        try:
            if kind == "integer":
                return int(value)
            if kind == "number":
                return float(value)
        except ValueError:
            continue
        if kind == "boolean" and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        if kind == "null" and value in ("", "null"):
            return None
    return value


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


# --- the item against its spec -------------------------------------------------------------------------------


def seed_of(item: Item) -> str | None:
    """The seed document an item comes from: `source.seed`, or a `source.path` under seeds/ with no repository."""
    source = item.data.get("source")
    if not isinstance(source, dict):
        return None
    if "seed" in source:
        return str(source["seed"])
    if "repository" not in source and "url" not in source and str(source.get("path", "")).startswith("seeds/"):
        return str(source["path"])
    return None


def provenance_problems(item: Item) -> list[str]:
    data, problems = item.data, []
    if item.provider not in PROVIDERS:
        return [f"folder {item.provider!r} is not a provider id ({', '.join(PROVIDERS)})"]
    unknown = set(data) - TOP_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)} (the format takes {sorted(TOP_KEYS)})")
    if data.get("kind") not in KINDS:
        problems.append(f"kind {data.get('kind')!r} is not one of {sorted(KINDS)}")
    source = data.get("source")
    if not isinstance(source, dict):
        return [*problems, "no `source` mapping"]
    if set(source) - SOURCE_KEYS:
        problems.append(f"unknown source keys {sorted(set(source) - SOURCE_KEYS)}")
    if "url" in source:
        if not _URL.match(str(source["url"])):
            problems.append(f"source.url {source['url']!r} is not an http(s) URL")
    elif "repository" in source:
        if not _REPO.match(str(source["repository"])):
            problems.append(f"source.repository {source['repository']!r} is not owner/name")
        if not source.get("path"):
            problems.append("source.repository without source.path")
        if not _COMMIT.match(str(source.get("commit", ""))):
            problems.append(f"source.commit {source.get('commit')!r} is not 40 hex digits")
    elif seed_of(item) is not None:
        seed = str(seed_of(item))
        if data.get("kind") not in SEED_KINDS:
            problems.append("a seed document is the provenance of seed-example / seed-sample items only")
        if not _SEED.match(seed):
            problems.append(f"source seed {seed!r} is not seeds/<nnn>_<16 hex>.txt")
        elif SEEDS.is_dir() and not (SEEDS.parent / seed).is_file():
            problems.append(f"source seed {seed!r} names no source document")
    else:
        problems.append("source needs url, or repository + path + commit, or (seed kinds) seed")
    if find_operation(item.provider, item.operation_id) is None:
        problems.append(f"operation {item.operation_id!r} is not an operationId of specs/{item.provider}.yaml")
    if item.request is None and item.response is None:
        problems.append("neither a request nor a response")
    for part, keys in (("request", REQUEST_KEYS), ("response", RESPONSE_KEYS)):
        block = data.get(part)
        if block is not None and not isinstance(block, dict):
            problems.append(f"{part} is not a mapping")
        elif isinstance(block, dict) and set(block) - keys:
            problems.append(f"unknown {part} keys {sorted(set(block) - keys)}")
    replay = data.get("replay")
    if replay is not None and not (
        isinstance(replay, dict) and isinstance(replay.get("why"), str) and set(replay) <= REPLAY_KEYS
        and replay.get("skip") in (None, True) and replay.get("status") in (None, "2xx", "4xx")
        and isinstance(replay.get("before", []), list)
    ):  # fmt: skip
        problems.append("replay takes why (required), and skip: true, status: 2xx | 4xx, before: [requests]")
    return problems


def response_spec(provider: str, op: Operation, status: int) -> tuple[dict[str, Any], str] | None:
    """The operation's documented response for `status` (exact, then `4XX`, then `default`) and its pointer."""
    responses = op.node.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in responses:
            found: tuple[dict[str, Any], str] = resolve(spec(provider), responses[key], f"{op.pointer}/responses/{key}")
            return found
    return None


def decoded_body(content_type: str | None, body: Any) -> Any:
    """A recorded body as the value its schema describes: JSON text read as JSON, text kept as text."""
    if is_json(content_type) and isinstance(body, str):
        try:
            return json.loads(body)
        except ValueError:
            return body
    if not is_json(content_type) and isinstance(body, int | float | bool):
        return str(body)
    return body


def response_problems(provider: str, operation_id: str, status: int, content_type: str | None, body: Any,
                      has_body: bool = True) -> list[str]:  # fmt: skip
    """An answer (status, content type, body) against what the spec documents for it."""
    op = find_operation(provider, operation_id)
    if op is None:
        return [f"no operation {operation_id!r}"]
    found = response_spec(provider, op, status)
    if found is None:
        return [f"status {status} is not documented for {operation_id} ({', '.join(op.node.get('responses', {}))})"]
    response, ptr = found
    content = response.get("content") or {}
    empty = not has_body or body in (None, "")
    if not content:
        return [] if empty else [f"{status} is documented without a body, but the answer has one"]
    if empty:
        return []  # nothing recorded to check (the status itself is documented)
    key = pick_content(content, content_type)
    if key is None:
        return [f"{status} is documented as {', '.join(content)}, not {content_type!r}"]
    if "schema" not in content[key]:
        return []
    return schema_errors(provider, f"{ptr}/content/{_escape(key)}/schema", decoded_body(key, body))


def route_problems(provider: str, item: Item) -> list[str]:
    """The recorded request's method and path are the operation's."""
    request, op = item.request, find_operation(provider, item.operation_id)
    if request is None or op is None:
        return []
    problems = []
    if str(request.get("method", "")).lower() != op.method:
        problems.append(f"method {request.get('method')!r} is not {op.method.upper()}")
    if not op.path.startswith("webhook:") and not path_pattern(op.path).match(str(request.get("path", ""))):
        problems.append(f"path {request.get('path')!r} is not {op.path} (query strings go in `query`)")
    return problems


def request_problems(provider: str, item: Item) -> list[str]:
    """The recorded request against the operation: method, path, parameters and body."""
    request, op = item.request, find_operation(provider, item.operation_id)
    if request is None or op is None:
        return []
    problems = route_problems(provider, item)
    if problems:
        return problems
    params = parameters(op, provider)
    match = None if op.path.startswith("webhook:") else path_pattern(op.path).match(str(request["path"]))
    path_values = match.groupdict() if match else {}
    query = dict(request.get("query") or {})
    headers = {k.lower(): v for k, v in (request.get("headers") or {}).items()}
    declared = {name for where, name in params if where == "query"}
    fields = spec(provider).get("x-smskit-fields") or {}  # how the provider reads fields beyond the schema
    extra = {name: value for name, value in query.items() if name not in declared}
    body = request.get("body")
    if (
        extra
        and fields.get("query_on_post") == "form"
        and op.method == "post"
        and (body is None or isinstance(body, dict))
    ):
        # read as form fields; the body wins on a clash
        form = request_content_type(request) or "application/x-www-form-urlencoded"
        request = {**request, "body": {**extra, **(body or {})}, "content_type": form}
        query = {name: value for name, value in query.items() if name in declared}
    elif fields.get("unknown") == "ignored":
        query = {name: value for name, value in query.items() if name in declared}
    problems += [f"query parameter {name!r} is not in the spec" for name in query if name not in declared]
    for (where, name), (param, ptr) in params.items():
        value: Any = {"path": path_values.get(group_name(name)), "query": query.get(name),
                      "header": headers.get(name.lower())}.get(where)  # fmt: skip
        if value is None:
            if param.get("required") and where in ("path", "query"):
                problems.append(f"required {where} parameter {name!r} missing")
            continue
        if "schema" in param and value != REDACTED:
            coerced = coerce(provider, f"{ptr}/schema", value)
            problems += [f"{where} {name}: {e}" for e in schema_errors(provider, f"{ptr}/schema", coerced)]
    problems += _body_problems(provider, op, request)
    return problems


def request_content_type(request: dict[str, Any]) -> str | None:
    if request.get("content_type"):
        return str(request["content_type"])
    for name, value in (request.get("headers") or {}).items():
        if name.lower() == "content-type":
            return str(value)
    return None


def _body_problems(provider: str, op: Operation, request: dict[str, Any]) -> list[str]:
    raw = op.node.get("requestBody")
    body = request.get("body")
    if raw is None:
        return [] if body in (None, "", {}) else ["the operation takes no request body, but one was sent"]
    request_body, ptr = resolve(spec(provider), raw, f"{op.pointer}/requestBody")
    if body is None:
        return ["the request body is required, but none was sent"] if request_body.get("required") else []
    content = request_body.get("content") or {}
    content_type = request_content_type(request)
    key = pick_content(content, content_type)
    if key is None:
        return [f"request body documented as {', '.join(content)}, not {content_type!r}"]
    if "schema" not in content[key]:
        return []
    schema_ptr = f"{ptr}/content/{_escape(key)}/schema"
    value = decoded_body(key, body)
    if not is_json(key):
        value = coerce(provider, schema_ptr, value)
    return [f"body {e}" for e in schema_errors(provider, schema_ptr, value)]


def operation_ids(provider: str) -> Iterator[str]:
    for op in operations(spec(provider)):
        yield str(op.node.get("operationId"))
