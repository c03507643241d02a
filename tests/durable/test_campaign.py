"""`smskit.campaign.campaign`: bounded chunks, each a durable send; numbers listed twice texted once; resumable;
and the command line's `send --journal` / `resume` against the simulator on a real socket."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

import smskit
from smskit.campaign import Progress, async_campaign, campaign
from smskit.cli import EXIT_REJECTED, main
from smskit_sim import create_app
from smskit_sim.inprocess import SimulatorTransport
from smskit_sim.threaded import serve_in_thread
from tests.durable.conftest import EASYSENDSMS_KEY, SIM, stored, unlimit
from tests.durable.test_idempotency import Died


def _csv(path: Path, numbers: list[str], column: str = "phone") -> Path:
    path.write_text("name," + column + "\n" + "".join(f"n{i},{n}\n" for i, n in enumerate(numbers)), encoding="utf-8")
    return path


def numbers(count: int) -> list[str]:
    """`count` recipients: distinct numbers, every 50th listed again later, every 97th refused by the provider."""
    found = [f"+1415{i:07d}" if i % 97 else f"+1415{i:03d}9989" for i in range(count)]
    return [n if i % 50 != 49 else found[i - 40] for i, n in enumerate(found)]


def sms(transport: httpx.BaseTransport, journal: Path | None = None) -> smskit.EasySendSMS:
    return smskit.EasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", transport=transport, journal=journal,
                              rate_limit=0)  # fmt: skip


def test_a_campaign_from_a_csv_texts_each_number_once_in_chunks(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """Chunks of 100 over 1,000 rows: one result per row, in order; a number listed again (in a later chunk) is
    texted once and both rows get its result; progress after each chunk."""
    listed = numbers(1000)
    seen: list[Progress] = []
    run = campaign(sms(transport), _csv(tmp_path / "c.csv", listed), "Sale today", sender="Shop",
                   journal=tmp_path / "j.db", chunk_size=100, progress=seen.append)  # fmt: skip
    results = list(run)
    assert [r.recipient for r in results] == listed
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted)) == len({n for n in listed if not n.endswith("9989")})
    by_number = {r.number: r for r in results}
    assert all(r.message_id == by_number[r.number].message_id for r in results)
    assert len(seen) == 10 and seen[-1] == Progress(1000, 1000, run.accepted, run.rejected, 0)
    assert run.rejected == sum(n.endswith("9989") for n in listed)


def test_running_a_campaign_again_sends_nothing_and_streams_the_same_results(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """The same campaign twice (same journal): the second run sends nothing, every result as before."""
    listed = numbers(400)
    path = _csv(tmp_path / "c.csv", listed)
    first = list(campaign(sms(transport), path, "Hi", sender="Shop", journal=tmp_path / "j.db", chunk_size=64))
    count = len(stored(control, "easysendsms"))
    again = list(campaign(sms(transport), path, "Hi", sender="Shop", journal=tmp_path / "j.db", chunk_size=64))
    assert [(r.status, r.message_id) for r in first] == [(r.status, r.message_id) for r in again]
    assert len(stored(control, "easysendsms")) == count


def test_another_text_under_the_same_campaign_is_refused(transport: SimulatorTransport, control: httpx.Client,
                                                         tmp_path: Path) -> None:  # fmt: skip
    listed = [f"+1415555{i:04d}" for i in range(10)]
    list(campaign(sms(transport), listed, "Hi", sender="Shop", journal=tmp_path / "j.db", key="spring"))
    with pytest.raises(smskit.InputError) as refused:
        list(campaign(sms(transport), listed, "Hello", sender="Shop", journal=tmp_path / "j.db", key="spring"))
    assert refused.value.rule == "reused"
    assert len(stored(control, "easysendsms")) == 10


def test_an_iterable_needs_a_key_and_a_campaign_a_journal(transport: SimulatorTransport, tmp_path: Path) -> None:
    with pytest.raises(smskit.InputError) as no_key:
        campaign(sms(transport), iter(["+14155550100"]), "Hi", sender="Shop", journal=tmp_path / "unused.db")
    assert no_key.value.field == "key"
    with pytest.raises(smskit.InputError) as no_journal:
        campaign(sms(transport), ["+14155550100"], "Hi", sender="Shop", key="k")
    assert no_journal.value.field == "journal"


def test_a_campaign_keeps_its_journal_and_leaves_the_clients_alone(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """A client with a journal of its own runs a campaign in another: the chunks are recorded in the campaign's,
    the client's gets nothing, and the client's own keyed sends still go to its own."""
    client = sms(transport, tmp_path / "client.db")
    own = client._journal
    run = campaign(client, numbers(150), "Sale", sender="Shop", key="c1", journal=tmp_path / "camp.db",
                   chunk_size=60)  # fmt: skip
    results = list(run)
    assert client._journal is own and len(results) == 150
    assert run.journal.batches("c1#0") and not own.batches("c1#0")  # type: ignore[union-attr]
    assert client.send("+14155550199", "Hi", sender="Shop", idempotency_key="solo")[0].accepted
    assert own.batches("solo") and not run.journal.batches("solo")  # type: ignore[union-attr]


def test_a_client_of_the_other_kind_is_refused_before_anything_is_written(app: object, tmp_path: Path) -> None:
    """An async client in `campaign()` (or a sync one in `async_campaign()`) would send nothing: refused, naming
    the function that makes the right one, before the journal is opened."""
    asynchronous = smskit.AsyncEasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms",
                                           transport=httpx.ASGITransport(app))  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(smskit.InputError) as refused:
        campaign(asynchronous, ["+14155550100"], "Hi", sender="Shop", key="c", journal=tmp_path / "j.db")  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.rule) == ("client", "kind") and "smskit.client(" in str(refused.value)
    with pytest.raises(smskit.InputError, match=r"smskit\.async_client\("):
        async_campaign(sms(SimulatorTransport(app)), ["+14155550100"], "Hi", key="c", journal=tmp_path / "j.db")  # type: ignore[arg-type]
    assert not (tmp_path / "j.db").exists()


def test_an_async_campaign_streams_the_same_results_and_resumes_in_the_same_journal(
    app: object, control: httpx.Client, tmp_path: Path
) -> None:
    """The async twin over 250 recipients in chunks of 60: one result per recipient in order, a number listed
    twice texted once, progress per chunk; run again (sync, same journal) it sends nothing and streams the same."""
    listed = numbers(250)
    seen: list[Progress] = []

    async def run() -> tuple[list[smskit.RecipientResult], Progress]:
        client = smskit.AsyncEasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", rate_limit=0,
                                         transport=httpx.ASGITransport(app))  # type: ignore[arg-type]  # fmt: skip
        async with client:
            going = async_campaign(client, listed, "Sale", sender="Shop", key="a", journal=tmp_path / "j.db",
                                   chunk_size=60, progress=seen.append)  # fmt: skip
            results = [r async for r in going]
            return results, going._final()

    results, final = asyncio.run(run())
    assert [r.recipient for r in results] == listed and len(seen) == 5 and seen[-1] == final
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted)) == len({n for n in listed if not n.endswith("9989")})
    again = list(campaign(sms(SimulatorTransport(app)), listed, "Sale", sender="Shop", key="a",
                          journal=tmp_path / "j.db", chunk_size=60))  # fmt: skip
    assert [(r.status, r.message_id) for r in again] == [(r.status, r.message_id) for r in results]
    assert len(stored(control, "easysendsms")) == len(texted)


def test_a_refused_recipient_is_named_by_its_place_in_the_whole_source(
    transport: SimulatorTransport, tmp_path: Path
) -> None:
    listed = [f"+1415555{i:04d}" for i in range(25)] + ["not a number"]
    results = list(campaign(sms(transport), listed, "Hi", sender="Shop", key="c", journal=tmp_path / "j.db",
                            chunk_size=10))  # fmt: skip
    assert results[25].status == "rejected" and results[25].error.field == "to[25]"  # type: ignore[union-attr]


def test_a_campaign_from_a_generator_keeps_only_a_chunk(transport: SimulatorTransport, control: httpx.Client,
                                                        tmp_path: Path) -> None:  # fmt: skip
    """The source is read a chunk at a time: when the first results come out, at most one chunk was read."""
    read = [0]

    def source() -> Iterator[str]:
        for i in range(600):
            read[0] += 1
            yield f"+1415{i:07d}"

    run = iter(campaign(sms(transport), source(), "Hi", sender="Shop", journal=tmp_path / "j.db", key="gen",
                        chunk_size=120))  # fmt: skip
    next(run)
    assert read[0] == 120
    assert sum(1 for _ in run) == 599 and len(stored(control, "easysendsms")) == 600


@pytest.mark.parametrize("on_client", [True, False], ids=["client-journal", "campaign-journal"])
def test_a_campaign_cut_short_by_the_process_dying_resumes_without_duplicates(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path, on_client: bool
) -> None:
    """Killed (in-process: the end of the process) in the middle of a chunk, then run again: every number is
    texted at most once, the batch in flight is unknown, everything else accepted or rejected as the simulator
    says."""
    listed = numbers(500)
    path = _csv(tmp_path / "c.csv", listed)

    class Dying(httpx.BaseTransport):
        def __init__(self) -> None:
            self.sends = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/sms/send"):
                self.sends += 1
                if self.sends > 7:  # the process is gone: nothing more reaches the provider
                    raise Died
            response = transport.handle_request(request)
            if self.sends == 7 and request.url.path.endswith("/sms/send"):
                response.read()
                raise Died
            return response

    given = {"journal": tmp_path / "j.db"}  # to the client, or (a client made without one) to the campaign
    client = smskit.EasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", transport=Dying(), rate_limit=0,
                                concurrency=1, **(given if on_client else {}))  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(Died):
        list(campaign(client, path, "Hi", sender="Shop", chunk_size=90, **({} if on_client else given)))
    results = list(campaign(sms(transport), path, "Hi", sender="Shop", journal=tmp_path / "j.db", chunk_size=90))
    assert [r.recipient for r in results] == listed
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted))
    in_sim = {"+" + t for t in texted}
    for result in results:
        if result.status == "accepted":
            assert result.number in in_sim
        elif result.status == "rejected":
            assert result.number not in in_sim
    # the chunk in flight (3 batches of 30, the sync pool carrying on after the 7th request): unknown, not re-sent
    assert 0 < sum(r.status == "unknown" for r in results) <= 90
    assert sum(r.status == "accepted" for r in results) >= 500 - 90 - 10


# --- the command line --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield url


@pytest.fixture
def sim(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server) as control:
        assert control.post("/_sim/reset").status_code == 200
        unlimit(control, "easysendsms")
        yield control


def _cli(server: str, *args: str) -> tuple[int, str]:
    env = {"EASYSENDSMS_API_KEY": EASYSENDSMS_KEY, "SMSKIT_PROVIDER": "easysendsms"}
    result = CliRunner().invoke(main, ["--base-url", f"{server}/easysendsms", *args], env=env)
    return result.exit_code, result.stdout


def test_cli_send_with_a_journal_then_resume(server: str, sim: httpx.Client, tmp_path: Path) -> None:
    """`smskit send --csv big.csv --journal camp.db --json`, then `smskit resume camp.db --json`: the same
    lines, nobody texted twice; exit 3 for the rejected numbers."""
    listed = numbers(300)
    path = _csv(tmp_path / "big.csv", listed)
    journal = str(tmp_path / "camp.db")
    code, out = _cli(server, "send", "--csv", str(path), "--journal", journal, "--text", "Sale", "--sender", "Shop",
                     "--json")  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_REJECTED and [r["recipient"] for r in rows] == listed
    count = len(sim.get("/_sim/messages", params={"provider": "easysendsms"}).json()["messages"])
    code, again = _cli(server, "resume", journal, "--json")
    assert code == EXIT_REJECTED and again == out
    assert len(sim.get("/_sim/messages", params={"provider": "easysendsms"}).json()["messages"]) == count


def test_cli_resume_of_an_empty_journal_is_an_error(server: str, tmp_path: Path) -> None:
    journal = tmp_path / "none.db"
    smskit.journal.SQLiteJournal(journal).close()
    code, _ = _cli(server, "resume", str(journal))
    assert code == 1


@pytest.mark.parametrize("command", [["resume"], ["send", "--csv", "missing.csv", "--text", "Hi", "--journal"]])
def test_cli_a_journal_server_it_cannot_reach_is_a_message_not_a_traceback(command: list[str], tmp_path: Path) -> None:
    """`smskit resume postgresql://...` (or `send --journal`) with nothing listening: exit 1 and one line saying
    so, without the URL's password."""
    _csv(tmp_path / "missing.csv", numbers(1))
    env = {"EASYSENDSMS_API_KEY": EASYSENDSMS_KEY, "SMSKIT_PROVIDER": "easysendsms"}
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, [*command, "postgresql://smskit:canary-pg-pw8@127.0.0.1:1/smskit"], env=env)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "cannot connect to the journal's PostgreSQL server" in result.output
    assert "canary-pg-pw8" not in result.output
