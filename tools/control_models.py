"""The simulator control API's answers as typed classes, written from control.yaml's schemas at generation.

`source(description)` is the text of `smskit_specs.sim_models`: a `Literal` alias per enum schema in `ALIASES`;
a `TypedDict` of what an account's PATCH takes (`AccountUpdate`) and of a fault's own fields (every `FaultSpec`
kind's, but `kind`, `provider`, `operation`); and one frozen dataclass per schema in `MODELS`, a field per
property (required ones first, the others defaulting to None; a Python keyword gets a `_`, `from_` reading
`from`), typed from the JSON Schema (`Time` becomes an aware datetime), each with `from_json` reading the
simulator's answer. The control client (`smskit_sim.testing`) takes and returns them, so a field added to
control.yaml reaches its callers by regeneration.
"""

from __future__ import annotations

import keyword
from typing import Any

__all__ = ["MODELS", "source"]

MODELS = ("Account", "Message", "Fault", "Callback", "InboundMessage")
ALIASES = ("FaultKind", "DamageName", "MessageStatus")
_FAULT_TARGET = ("kind", "provider", "operation")  # the control client's own parameters
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "object": "dict[str, Any]"}


def _ref(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return None if ref is None else str(ref).rsplit("/", 1)[-1]


def _type(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    name = _ref(schema)
    if name == "Time":
        return "dt.datetime"
    if name in ALIASES or name == "ProviderId":
        return name
    if name is not None:
        return _type(schemas[name], schemas)
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    if "allOf" in schema:  # a described reference: `allOf: [{$ref: ...}]` plus a description
        return _type(schema["allOf"][0], schemas)
    for combined in ("oneOf", "anyOf"):
        if combined in schema:
            return " | ".join(dict.fromkeys(_type(s, schemas) for s in schema[combined]))
    kind = schema.get("type")
    if kind is None:
        return "Any"
    kinds = kind if isinstance(kind, list) else [kind]
    return " | ".join("None" if k == "null" else _SCALARS[k] for k in kinds)


def _reader(name: str, typed: str, required: bool) -> str:
    value = f'data["{name}"]' if required else f'data.get("{name}")'
    return f"_time({value})" if "dt.datetime" in typed else value


def _model(name: str, schemas: dict[str, Any]) -> str:
    schema = schemas[name]
    required = [p for p in schema["properties"] if p in schema.get("required", ())]
    optional = [p for p in schema["properties"] if p not in required]
    fields, reads = [], []
    for prop in required + optional:
        attr = f"{prop}_" if keyword.iskeyword(prop) else prop
        typed = _type(schema["properties"][prop], schemas)
        if prop in optional and "None" not in typed.split(" | "):
            typed += " | None"
        fields.append(f"    {attr}: {typed}" + (" = None" if prop in optional else ""))
        reads.append(f"            {attr}={_reader(prop, typed, prop in required)},")
    doc = schema.get("description", f"A `{name}` of the control API.").strip().split("\n\n")[0].replace("\n", " ")
    return "\n".join(
        [
            "@dataclass(frozen=True, slots=True)",
            f"class {name}:",
            f'    """{doc}"""',
            "",
            *fields,
            "",
            "    @classmethod",
            f"    def from_json(cls, data: dict[str, Any]) -> {name}:",
            "        return cls(",
            *reads,
            "        )",
        ]
    )


def _alias(name: str, schemas: dict[str, Any]) -> str:
    return f"{name} = Literal[" + ", ".join(repr(v) for v in schemas[name]["enum"]) + "]"


def _typed_dict(name: str, doc: str, properties: dict[str, Any], schemas: dict[str, Any]) -> str:
    fields = [f"    {prop}: {_type(schema, schemas)}" for prop, schema in properties.items()]
    return "\n".join([f"class {name}(TypedDict, total=False):", f'    """{doc}"""', "", *fields])


def _fault_fields(schemas: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for kind in schemas["FaultSpec"]["oneOf"]:
        for prop, schema in schemas[_ref(kind) or ""]["properties"].items():
            fields.setdefault(prop, schema)
    return {prop: schema for prop, schema in fields.items() if prop not in _FAULT_TARGET}


def source(description: dict[str, Any], note: str) -> str:
    schemas = description["components"]["schemas"]
    parts = ["\n".join(_alias(name, schemas) for name in ALIASES)]
    account = "What an account's creation and PATCH take besides its provider and credentials."
    parts.append(_typed_dict("AccountUpdate", account, schemas["AccountUpdate"]["properties"], schemas))
    fault = "A fault's fields besides `kind`, `provider` and `operation` (which a kind takes: `FaultSpec`)."
    parts.append(_typed_dict("FaultFields", fault, _fault_fields(schemas), schemas))
    parts += [_model(name, schemas) for name in MODELS]
    body = "\n\n\n".join(parts)
    return (
        f'"""The control API\'s answers, typed: the {", ".join(MODELS)} schemas of control.yaml.\n\n'
        f'{note}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "import datetime as dt\n"
        "from dataclasses import dataclass\n"
        "from typing import Any, Literal, TypedDict\n\n"
        "from smskit_specs import ProviderId\n\n"
        f"__all__ = [{', '.join(repr(n) for n in (*ALIASES, 'AccountUpdate', 'FaultFields', *MODELS))}]\n\n\n"
        "def _time(value: Any) -> Any:\n"
        "    return None if value is None else dt.datetime.fromisoformat(value)\n\n\n"
        f"{body}\n"
    )
