"""The pytest plugin (`smskit_sim.pytest_plugin`, entry point `pytest11`) as a user's test suite meets it.

Each test writes a small suite and runs pytest on it (pytester), so what is checked is what a user gets: the
fixtures found by the installed entry point, their state fresh per test, the marker and options, the failure
report, and the README's first test passing as written.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_first_test() -> str:
    section = re.search(r"^## Testing your code with the simulator\n(.*?)(?=^## |\Z)", README.read_text(), re.M | re.S)
    assert section, 'README.md has no "## Testing your code with the simulator" section'
    block = re.search(r"^```python\n(.*?)^```", section.group(1), re.M | re.S)
    assert block
    return block.group(1)


def test_the_readmes_first_test_passes_and_is_at_most_five_lines(pytester: pytest.Pytester) -> None:
    first = readme_first_test()
    assert len(first.strip().splitlines()) <= 5
    pytester.makepyfile(test_first=first)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_state_is_fresh_for_every_test_and_clients_see_one_simulator(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_one(smskit_sim, smskit_mobyt, smskit_transmitsms):
            assert smskit_mobyt.send("+393471234567", "hi")[0].status == "accepted"
            assert smskit_transmitsms.send("+61491570156", "hi")[0].status == "accepted"
            assert [m.provider for m in smskit_sim.messages()] == ["mobyt", "transmitsms"]
            smskit_sim.add_fault("drop", provider="ezzysms")

        def test_two(smskit_sim, smskit_ezzysms):
            assert smskit_sim.messages() == [] and smskit_sim.faults() == []
            assert smskit_ezzysms.send("+256712345670", "hi")[0].status == "accepted"
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_the_marker_pins_the_clock_presets_faults_and_switches_limits_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import datetime as dt
        import pytest

        @pytest.mark.smskit_sim(clock="2026-03-01T08:00:00Z", rate_limits=False,
                                faults=[{"kind": "status", "provider": "easysendsms", "status": 500}])
        def test_marked(smskit_sim, smskit_easysendsms):
            assert smskit_sim.now() == dt.datetime(2026, 3, 1, 8, tzinfo=dt.timezone.utc)
            assert {a.rate_limit_scale for a in smskit_sim.accounts()} == {0}
            assert smskit_easysendsms.send("+14155550100", "hi", sender="Shop")[0].status != "accepted"
            assert smskit_sim.messages() == []

        def test_unmarked(smskit_sim):
            assert smskit_sim.now() == dt.datetime(2026, 5, 5, tzinfo=dt.timezone.utc)  # the ini option's
            assert smskit_sim.faults() == [] and {a.rate_limit_scale for a in smskit_sim.accounts()} == {1}

        @pytest.mark.smskit_sim(clok="2026-01-01T00:00:00Z")
        def test_misspelt(smskit_sim):
            pass
        """
    )
    pytester.makeini("[pytest]\nsmskit_sim_clock = 2026-05-05T00:00:00Z\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*smskit_sim takes keywords clock, faults, rate_limits; not clok*"])
    pinned = pytester.runpytest("-p", "no:cacheprovider", "--smskit-sim-clock", "2026-05-05T00:00:00+00:00", "-k",
                                "unmarked")  # fmt: skip
    pinned.assert_outcomes(passed=1)


def test_a_failing_tests_report_shows_the_simulators_log(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_fails(smskit_sim, smskit_easysendsms):
            smskit_easysendsms.send("+14155550100", "Your code is 987654", sender="Shop")
            smskit_sim.advance(60)
            smskit_sim.inject_inbound("easify", sender="+13151350000", to="+13205550100", text="Thanks")
            assert False
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "--smskit-sim-clock", "2026-01-01T12:00:00Z")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*smskit-sim messages (in-process)*",
        "easysendsms  14155550100      delivered  1 part(s) gsm cost 1  'Your code is 987654'",
        "*smskit-sim inbound (in-process)*",
        "easify       +13151350000     to +13205550100     at 2026-01-01 12:01:00  'Thanks'",
        "*smskit-sim callbacks (in-process)*",
    ])  # fmt: skip


def test_the_server_fixture_is_a_real_socket_with_real_connection_faults(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import httpx, pytest, smskit

        def test_socket(smskit_sim_server):
            assert smskit_sim_server.url.startswith("http://127.0.0.1:")
            assert httpx.get(smskit_sim_server.url + "/_sim/clock").status_code == 200
            smskit_sim_server.add_fault("drop", provider="easysendsms", operation="sendSms", count=1)
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # closed, or reset: the OS's call
                httpx.post(smskit_sim_server.base_url("easysendsms") + "/v1/rest/sms/send", json={})
            key = smskit_sim_server.demo_account("easysendsms").credentials["api_key"]
            with smskit.EasySendSMS(api_key=key, base_url=smskit_sim_server.base_url("easysendsms")) as client:
                assert client.send("+14155550100", "hi", sender="Shop")[0].status == "accepted"
            assert len(smskit_sim_server.messages()) == 1

        def test_fresh(smskit_sim_server):
            assert smskit_sim_server.messages() == [] and smskit_sim_server.faults() == []
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_async_clients_in_an_async_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.fixture
        def anyio_backend():
            return "asyncio"  # smskit's async clients run on asyncio

        @pytest.mark.anyio
        async def test_async(smskit_sim_async, smskit_async_mobyt, smskit_async_easify):
            assert (await smskit_async_mobyt.send("+393471234567", "ciao"))[0].status == "accepted"
            assert (await smskit_async_easify.send("+13155550100", "hi"))[0].status == "accepted"
            assert [m.provider for m in await smskit_sim_async.messages()] == ["mobyt", "easify"]
        """
    )
    pytester.runpytest("-p", "no:cacheprovider", "-p", "anyio").assert_outcomes(passed=1)


def test_loading_the_plugin_imports_no_server_stack() -> None:
    """An SDK-only install (no `sim` extra) runs pytest with the plugin on: loading it imports neither."""
    stack = "{'starlette', 'uvicorn', 'jsonschema_rs'}"
    code = f"import sys, smskit_sim.pytest_plugin; print(sorted({stack} & set(sys.modules)))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
