"""The evidence corpus (specs/evidence/<id>/*.yaml, the format in specs/evidence/README.md) held against the
spec, the generated client, the overlay and the simulator. One test per item and check; ids are the files.

1. provenance: a known kind, a source (url; or repository + path + 40-hex commit; or, for seed kinds, the seed
   document), an operation of the provider's spec, a request or a response, no unknown keys;
2. each recorded response: its status is documented for the operation, its body validates against that status'
   schema; a 2xx parses through the generated client's typed request (`<op>_request(...).parse`); for send and
   balance operations, the real overlay client answered it gives results without crashing, and nobody the
   answer says was taken comes back `rejected`;
3. each recorded request: it validates against the operation (method, path, parameters, body) and, sent to the
   in-process simulator as the demo account, gets the recorded status class and a body its spec documents;
4. the corpus: the bars per provider (non-seed items) and the seeds' examples and samples covered (the manifest
   in specs/evidence/README.md).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import httpx
import pytest

from smskit import (
    PROVIDERS,
    AuthenticationError,
    Balance,
    InsufficientCreditError,
    PermissionDeniedError,
    SmsKitError,
)
from tests.evidence.corpus import (
    EVIDENCE,
    ROOT,
    SEED_KINDS,
    Item,
    items,
    load,
    provenance_problems,
    request_problems,
    response_problems,
    route_problems,
    seed_of,
)
from tests.evidence.drive import (
    authentication_failure,
    build_request,
    overlay_target,
    recorded_answer,
    replay,
    run_overlay,
    simulator,
)

ITEMS = items()
WITH_RESPONSE = [item for item in ITEMS if item.response is not None and "status" in item.response]
WITH_REQUEST = [item for item in ITEMS if item.request is not None]
# Non-seed items each of these providers needs at least (issue 10's bar).
# What send() raises when the account was refused and nothing sent (README, "The common interface").
ACCOUNT_REFUSALS = (AuthenticationError, PermissionDeniedError, InsufficientCreditError)
BARS = {"easysendsms": 10, "transmitsms": 10, "mobyt": 10}


def by_item(selection: list[Item]) -> Any:
    return pytest.mark.parametrize("item", selection, ids=[item.id for item in selection])


def _spec_ok(item: Item) -> None:
    """Skip checks that need a well-formed item when test_provenance already fails it."""
    if provenance_problems(item):
        pytest.skip("the item itself is malformed: see its test_provenance")


@by_item(ITEMS)
def test_provenance(item: Item) -> None:
    """Known kind, complete provenance, an operation of the provider's spec, a request or a response."""
    problems = provenance_problems(item)
    assert not problems, "\n".join(problems)


@by_item(WITH_RESPONSE)
def test_response_matches_spec(item: Item) -> None:
    """The recorded status is documented for the operation and the body validates against its schema."""
    _spec_ok(item)
    response = item.response or {}
    problems = response_problems(item.provider, item.operation_id, int(response["status"]),
                                 response.get("content_type"), response.get("body"), "body" in response)  # fmt: skip
    assert not problems, "\n".join(problems)


# `body` absent means the source shows none (nothing to parse); `body: ""` is a recorded empty body.
SUCCESS = [item for item in WITH_RESPONSE if 200 <= int((item.response or {})["status"]) < 300
           and "body" in (item.response or {})]  # fmt: skip


@by_item(SUCCESS)
def test_success_parses_through_generated_client(item: Item) -> None:
    """A 2xx answer parses through the generated client's typed request for the operation."""
    _spec_ok(item)
    if item.data["operation"] and _is_webhook(item):
        pytest.skip("a webhook: the provider sends it, no client request parses its answer")
    request = build_request(item.provider, item.operation_id, item.request)
    response = item.response or {}
    wire = httpx.Request(request.method, f"http://127.0.0.1:8787{request.path}")
    parsed = request.parse(recorded_answer(response, wire))
    if response["body"] not in (None, ""):
        assert parsed is not None, "a 2xx with a body parsed to nothing"


def _is_webhook(item: Item) -> bool:
    from tests.evidence.corpus import find_operation

    op = find_operation(item.provider, item.operation_id)
    return op is not None and op.path.startswith("webhook:")


OVERLAID = [item for item in WITH_RESPONSE if not provenance_problems(item) and "body" in (item.response or {})
            and overlay_target(item.provider, item.operation_id) is not None]  # fmt: skip


@by_item(OVERLAID)
def test_overlay_reads_the_answer(item: Item) -> None:
    """The real overlay client answered this response: results without a crash; a taken recipient is never
    `rejected`; a 2xx balance is a Balance; any other outcome is an smskit error, never a stray exception."""
    response = item.response or {}
    run = run_overlay(item.provider, item.operation_id, item.request, response)
    assert run.answered >= 1, "the overlay never called the operation the item answers"
    status = int(response["status"])
    if run.kind == "send":
        if isinstance(run.error, ACCOUNT_REFUSALS) and not 200 <= status < 300:
            run.results = run.error.results  # an account-level refusal, nothing sent: raised, results attached
        else:
            assert run.error is None, f"send() raised once a request had left: {run.error!r}"
        assert run.results is not None and len(run.results) == len(run.recipients), "one result per recipient"
        assert [r.recipient for r in run.results] == run.recipients, "results in the caller's order"
        assert all(r.status in ("accepted", "rejected", "unknown") for r in run.results)
        wrong = [run.recipients[i] for i in sorted(run.taken) if run.results[i].status == "rejected"]
        assert not wrong, f"the answer says these were taken, the overlay says rejected: {wrong}"
        if 200 <= status < 300 and run.taken == set(range(len(run.recipients))):
            assert all(r.status != "rejected" for r in run.results)
    elif 200 <= status < 300:
        assert run.error is None, f"balance() failed on a documented 2xx answer: {run.error!r}"
        assert isinstance(run.balance, Balance)
    else:
        assert isinstance(run.error, SmsKitError), f"balance() on a {status}: {run.error!r} is not an smskit error"


@by_item(WITH_REQUEST)
def test_request_matches_spec(item: Item) -> None:
    """The recorded request is one the spec describes: method, path, parameters and body. A request the
    provider refused (a recorded 4xx) only has to be the operation's (method and path): its parameters or body
    may be what the refusal is about."""
    _spec_ok(item)
    status = int((item.response or {}).get("status", 200))
    refused = 400 <= status < 500
    problems = route_problems(item.provider, item) if refused else request_problems(item.provider, item)
    assert not problems, "\n".join(problems)


REPLAYED = [item for item in WITH_REQUEST if item.response is not None and "status" in item.response]


@by_item(REPLAYED)
def test_simulator_answers_like_the_provider(item: Item) -> None:
    """The recorded request, sent to the simulator as the demo account, gets the recorded status class and a
    body its spec documents (`replay` in the item states an expected difference, with the reason)."""
    _spec_ok(item)
    if _is_webhook(item):
        pytest.skip("a webhook: the provider sends it, the simulator does not receive it")
    replay_key = item.data.get("replay") or {}
    if replay_key.get("skip"):
        pytest.skip(f"replay skipped: {replay_key['why']}")
    request, response = item.request or {}, item.response or {}
    expected = replay_key.get("status") or f"{str(response['status'])[0]}xx"
    # A recorded refusal of the credentials is replayed with credentials the simulator refuses.
    wrong = authentication_failure(item.provider, item.operation_id, int(response["status"]))
    with simulator() as client:
        for before in replay_key.get("before") or []:
            setup = replay(client, item.provider, str(before.get("operation", item.operation_id)), before)
            assert setup.is_success, (
                f"replay.before {before.get('method')} {before.get('path')}: {setup.status_code} {setup.text[:300]}"
            )
        answer = replay(client, item.provider, item.operation_id, request, wrong=wrong)
    got = f"{str(answer.status_code)[0]}xx"
    assert got == expected, (
        f"the simulator answered {answer.status_code} ({answer.text[:300]!r}), the provider {response['status']}"
    )
    problems = response_problems(item.provider, item.operation_id, answer.status_code,
                                 answer.headers.get("content-type"), _body(answer))  # fmt: skip
    assert not problems, "the simulator's answer is not what its spec documents:\n" + "\n".join(problems)


def _body(answer: httpx.Response) -> Any:
    if "json" in answer.headers.get("content-type", ""):
        try:
            return answer.json()
        except ValueError:
            return answer.text
    return answer.text


# --- the corpus as a whole -----------------------------------------------------------------------------------


def counts() -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {provider: Counter() for provider in PROVIDERS}
    for item in ITEMS:
        if item.provider in found:
            found[item.provider][item.kind] += 1
    return found


@pytest.mark.parametrize("provider", sorted(BARS))
def test_bar_of_non_seed_items(provider: str) -> None:
    """Issue 10's bar: at least ten items from outside the seeds for each of these providers."""
    tally = counts()[provider]
    outside = sum(n for kind, n in tally.items() if kind not in SEED_KINDS)
    assert outside >= BARS[provider], (
        f"{provider}: {outside} non-seed items ({dict(tally)}), the bar is {BARS[provider]}"
    )


MANIFEST = re.compile(r"^\|\s*(?P<provider>[a-z]+)\s*\|\s*(?P<seed>seeds/\S+)\s*\|\s*(?P<what>[^|]+?)\s*\|"
                      r"\s*(?P<files>[^|]*?)\s*\|\s*$")  # fmt: skip


def manifest() -> list[dict[str, str]]:
    """The seed-coverage table of specs/evidence/README.md: provider | seed | example or sample | item files."""
    text = (EVIDENCE / "README.md").read_text(encoding="utf-8")
    section = text.split("## Seed coverage", 1)[1] if "## Seed coverage" in text else ""
    section = section.split("\n## ", 1)[0]
    return [m.groupdict() for line in section.splitlines() if (m := MANIFEST.match(line.strip()))
            and m["provider"] != "provider"]  # fmt: skip


@pytest.mark.parametrize("provider", PROVIDERS)
def test_seed_examples_are_covered(provider: str) -> None:
    """Every example and code sample of the provider's seed, as listed in the README's manifest, is covered by
    existing items of seed kinds that name that seed; every seed item of the provider is listed."""
    rows = [row for row in manifest() if row["provider"] == provider]
    assert rows, f"the manifest in specs/evidence/README.md lists no example or sample of {provider}'s seed"
    problems, listed = [], set()
    for row in rows:
        if row["files"].startswith("none:"):
            continue  # the seed shows nothing to check here; the row says why
        files = [name.strip().strip("`") for name in row["files"].split(",") if name.strip()]
        if not files:
            problems.append(f"{row['what']}: no item covers it yet")
        for name in files:
            path = EVIDENCE / provider / name
            listed.add(path)
            if not path.is_file():
                problems.append(f"{row['what']}: {name} does not exist")
                continue
            if seed_of(load(path)) != row["seed"]:
                problems.append(f"{row['what']}: {name} does not name {row['seed']} as its source")
    unlisted = [item.id for item in ITEMS if item.provider == provider and item.kind in SEED_KINDS
                and item.path not in listed]  # fmt: skip
    problems += [f"{name}: a seed item the manifest does not list" for name in unlisted]
    assert not problems, "\n".join(problems)


def test_corpus_counts_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    """A table of the corpus per provider and kind (printed with -s), and the corpus is found at all."""
    tally = counts()
    assert sum(sum(c.values()) for c in tally.values()) == len(ITEMS) > 0, (
        f"no evidence below {EVIDENCE.relative_to(ROOT)}"
    )
    with capsys.disabled():
        print()
        for provider, counter in tally.items():
            outside = sum(n for kind, n in counter.items() if kind not in SEED_KINDS)
            bar = f" (bar {BARS[provider]})" if provider in BARS else ""
            print(
                f"  {provider:12} {sum(counter.values()):3} items, {outside:3} outside the seeds{bar}: {dict(counter)}"
            )
