"""`smskit` on the command line: send, balance and preview with any provider (also `python -m smskit`).

    smskit --provider transmitsms send +61491570156 +61491570157 --text "Your code is 123456"
    smskit --provider easysendsms send --csv customers.csv --column phone --text "Sale today" --sender Shop
    cat numbers.txt | smskit --provider mobyt send - --text "Hello" --json
    smskit --provider ezzysms balance
    smskit preview "Grüße 👋"

Credentials come from the environment variables the clients read (e.g. TRANSMITSMS_API_KEY and
TRANSMITSMS_API_SECRET), the provider from `--provider` or SMSKIT_PROVIDER, the base URL from `--base-url` or
<ID>_BASE_URL. Exit codes: 0 every recipient accepted; 3 some rejected; 4 some unknown (check them before
sending again); 1 an error before any result (bad input, credentials, no connection); 2 a usage error.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Final

import attrs
import click

import smskit
from smskit._results import RecipientResult, SendResults
from smskit._sync.client import ClientBase

__all__ = ["main"]

EXIT_REJECTED: Final = 3
EXIT_UNKNOWN: Final = 4


class _Failure(click.ClickException):
    """An smskit error before any result: its message (which names no credential or text), exit code 1."""

    exit_code = 1


def _client(context: click.Context, **more: Any) -> ClientBase:
    provider, base_url = context.obj["provider"], context.obj["base_url"]
    if provider is None:
        raise click.UsageError(f"name a provider: --provider or SMSKIT_PROVIDER ({', '.join(smskit.PROVIDERS)})")
    options: dict[str, Any] = {} if base_url is None else {"base_url": base_url}
    # journal= for `send --journal` and `resume`: the client's own, so that its transport records each batch as
    # leaving at the last moment (after the rate limiter's wait); the campaign sends through it
    options.update(more)
    try:
        made = smskit.client(provider, **options)
    except smskit.SmsKitError as exc:
        raise _Failure(str(exc)) from None
    assert isinstance(made, ClientBase)  # every sync client is one
    return made


@click.group()
@click.option("--provider", envvar="SMSKIT_PROVIDER", type=click.Choice(smskit.PROVIDERS), help="The gateway.")
@click.option("--base-url", help="The provider's API root (default: <ID>_BASE_URL, else its documented one).")
@click.version_option(smskit.__version__, prog_name="smskit")
@click.pass_context
def main(context: click.Context, provider: str | None, base_url: str | None) -> None:
    """`smskit` on the command line: send, balance and preview with any provider (also `python -m smskit`)."""
    context.obj = {"provider": provider, "base_url": base_url}


def _recipients(to: tuple[str, ...], table: IO[str] | None, column: str | None, stdin: IO[str]) -> list[str]:
    """The recipients from the arguments, `-` (one per line on stdin) and a CSV file, in that order."""
    found: list[str] = []
    for entry in to:
        found.extend(line.strip() for line in stdin if line.strip()) if entry == "-" else found.append(entry)
    if table is not None:
        from smskit.campaign import COLUMNS  # the names read as a CSV's recipient column, campaigns' too

        reader = csv.DictReader(table)
        fields = reader.fieldnames or []
        name = column or next((f for f in fields if f.strip().lower() in COLUMNS), fields[0] if fields else None)
        if name is None or name not in fields:
            raise click.BadParameter(
                f"no column {name!r} in the CSV (it has {', '.join(fields)})", param_hint="--column"
            )
        found.extend(row[name].strip() for row in reader if row.get(name, "").strip())
    if not found:
        raise click.UsageError("no recipients: give numbers, - (read stdin) or --csv")
    return found


def _send(sms: ClientBase, recipients: list[str], text: str, sender: str | None, schedule_at: dt.datetime | None,
          progress: bool) -> SendResults:  # fmt: skip
    """`sms.send()` as a campaign kept in memory (`smskit.campaign`, its journal an in-memory SQLite database):
    a few batches a chunk, with a progress bar on bulk sends; a number is texted once however often it is listed,
    and the results keep the input's order. An account-level refusal after the first chunk ends the send: the
    recipients not sent by then are rejected with it (before any result it is an error: exit code 1)."""
    from smskit.campaign import Campaign
    from smskit.journal import SQLiteJournal

    per_batch = sms._send_op.batch.max if sms._send_op.batch is not None else 1
    results = SendResults()
    with contextlib.ExitStack() as stack:
        journal = SQLiteJournal(":memory:")
        stack.callback(journal.close)
        bar: Any = None
        if progress and len(recipients) > per_batch:
            bar = stack.enter_context(click.progressbar(length=len(recipients), label="sending", file=sys.stderr))
        run = Campaign(sms, recipients, text, journal=journal, key="cli", sender=sender, schedule_at=schedule_at,
                       chunk_size=per_batch * sms.concurrency,
                       progress=None if bar is None else lambda now: bar.update(now.done - bar.pos))  # fmt: skip
        try:
            for result in run:
                results.append(result)
        except smskit.APIError as refused:  # raised before any result of its chunk, which sent nothing
            if not results:
                raise
            results.extend(_unsent(sms, recipients[len(results) :], text, sender, schedule_at, refused, results))
    return results


def _unsent(sms: ClientBase, rest: list[str], text: str, sender: str | None, schedule_at: dt.datetime | None,
            refused: smskit.APIError, earlier: list[RecipientResult]) -> list[RecipientResult]:  # fmt: skip
    """The results of the recipients from the chunk an account-level refusal stopped on: a number of that chunk
    as the refusal says, one listed earlier as it was, any other rejected with the refusal (never sent)."""
    told = {r.number: r for r in (refused.results or []) if r.number}
    told.update((r.number, r) for r in earlier if r.number)
    kept = next((r.error for r in refused.results or [] if type(r.error) is type(refused)), None)
    stored = kept or refused  # the copy in the results, kept without frames, unlike the raised one
    plan = sms.plan(rest, text, sender, schedule_at)
    found: list[RecipientResult] = []
    for index, raw in enumerate(rest):
        number = plan.numbers[index]
        if number is None:  # named by its place in the whole send, as `send()` names it
            refusal = plan.rejected[index].at(f"to[{len(earlier) + index}]")
            found.append(RecipientResult(raw, "rejected", error=refusal, provider=sms.provider))
        elif number.e164 in told:
            found.append(told[number.e164]._replace(recipient=raw))
        else:
            found.append(RecipientResult(raw, "rejected", number=number.e164, error=stored, provider=sms.provider))
    return found


def _show(results: Iterable[RecipientResult], as_json: bool) -> None:
    from smskit.campaign import result_row  # the one JSON line of a result, as campaigns write it too

    if as_json:
        for result in results:
            click.echo(json.dumps(result_row(result), default=str))
        return
    rows = [(r.recipient, r.status, r.message_id or (f"{type(r.error).__name__}: {r.error}" if r.error else ""))
            for r in results]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for recipient, status, detail in rows:
        click.echo(f"{recipient:<{width}}  {status:<8}  {detail}")


@main.command()
@click.argument("to", nargs=-1)
@click.option("--text", "-m", required=True, help="The message.")
@click.option("--sender", help="The sender id or number.")
@click.option("--csv", "table", type=click.File("r", encoding="utf-8"), help="Recipients from a CSV file.")
@click.option("--column", help="The CSV's recipient column (default: to, phone, number... or the first).")
@click.option("--schedule-at", type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z"]),
              help="When to send, with its offset (e.g. 2026-12-24T09:00:00+0000).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="One JSON object per recipient, a line each.")
@click.option(
    "--journal",
    type=click.Path(dir_okay=False),
    help="A durable, resumable campaign recorded in this "
    "SQLite file (`smskit resume FILE` carries it on): nobody is texted twice, even after a crash.",
)
@click.option("--key", help="With --journal: the campaign's name (default: one derived from what is sent).")
@click.pass_context
def send(context: click.Context, to: tuple[str, ...], text: str, sender: str | None, table: IO[str] | None,
         column: str | None, schedule_at: dt.datetime | None, as_json: bool, journal: str | None,
         key: str | None) -> None:  # fmt: skip
    """Send TEXT to every recipient (numbers, - for stdin, or --csv): one result per recipient, in order."""
    if journal is not None:  # a durable campaign (smskit.campaign)
        source: Iterable[str] | Path
        if table is not None and not to and table.name not in ("-", "<stdin>"):
            source = Path(table.name)
        else:
            source = _recipients(to, table, column, sys.stdin)
            key = key or "cli-" + hashlib.sha256(json.dumps([text, sender, source]).encode()).hexdigest()[:16]
        spec = {"text": text, "sender": sender, "schedule_at": schedule_at, "column": column, "key": key}
        _run_campaign(context, journal, source, spec, as_json)
        return
    recipients = _recipients(to, table, column, sys.stdin)
    with _client(context) as sms:
        try:
            results = _send(sms, recipients, text, sender, schedule_at, progress=not as_json)
        except smskit.SmsKitError as exc:
            raise _Failure(str(exc)) from None
    _show(results, as_json)
    if results.unknown:
        context.exit(EXIT_UNKNOWN)
    if results.rejected:
        context.exit(EXIT_REJECTED)


@main.command()
@click.pass_context
def balance(context: click.Context) -> None:
    """The account's balance."""
    with _client(context) as sms:
        try:
            found = sms.balance()
        except smskit.SmsKitError as exc:
            raise _Failure(str(exc)) from None
    click.echo(f"{found.amount:g}" + (f" {found.currency}" if found.currency else " credits"))


@main.command()
@click.argument("text")
def preview(text: str) -> None:
    """How TEXT travels: its encoding, parts, and the characters that force UCS-2 (no provider needed)."""
    shown = smskit.preview(text)
    click.echo(f"encoding: {shown.encoding}\ncharacters: {shown.characters}\nunits: {shown.units}\n"
               f"parts: {shown.parts} ({shown.per_part} units each)")  # fmt: skip
    if shown.ucs2_characters:
        click.echo("forcing UCS-2: " + " ".join(f"{c!r} (U+{ord(c):04X})" for c in shown.ucs2_characters))


# --- durable campaigns: `send --journal` and `resume` (smskit.campaign) ----------------------------------------------
def _run_campaign(context: click.Context, journal: str, source: Iterable[str] | Path, spec: dict[str, Any],
                  as_json: bool) -> None:  # fmt: skip
    """Run (or carry on) a campaign, streaming each result as it comes; the exit code of `send`."""
    from smskit.campaign import Progress, campaign, result_row

    counts = Progress(0, None, 0, 0, 0)
    with _client(context, journal=journal) as sms:
        bar: Any = None
        shown = [0]

        def progress(now: Progress) -> None:
            nonlocal bar
            if as_json:
                return
            if bar is None:
                bar = click.progressbar(length=now.total or now.done, label="sending", file=sys.stderr)
                bar.__enter__()
            bar.update(now.done - shown[0])
            shown[0] = now.done

        try:
            run = campaign(sms, source, spec["text"], key=spec.get("key"), sender=spec.get("sender"),
                           schedule_at=spec.get("schedule_at"), column=spec.get("column"),
                           progress=progress)  # fmt: skip
            for result in run:
                if as_json:
                    click.echo(json.dumps(result_row(result), default=str))
                else:
                    detail = result.message_id or (
                        f"{type(result.error).__name__}: {result.error}" if result.error else ""
                    )
                    click.echo(f"{result.recipient:<16}  {result.status:<8}  {detail}")
            counts = Progress(run.done, run.done, run.accepted, run.rejected, run.unknown)
        except smskit.SmsKitError as exc:
            raise _Failure(str(exc)) from None
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    if counts.unknown:
        context.exit(EXIT_UNKNOWN)
    if counts.rejected:
        context.exit(EXIT_REJECTED)


@main.command()
@click.argument("journal")
@click.option("--key", help="The campaign, where the journal holds several.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per recipient, a line each.")
@click.pass_context
def resume(context: click.Context, journal: str, key: str | None, as_json: bool) -> None:
    """Carry on the campaign that JOURNAL (a file, or a postgresql:// DSN) records (`send --journal`): sends only
    what provably never left, and prints every recipient's result, in order. Credentials come from the
    environment, as for `send`."""
    from smskit.campaign import CampaignJournal, resume_spec
    from smskit.journal import open_journal

    if not journal.startswith(("postgresql://", "postgres://")) and not Path(journal).is_file():
        raise click.BadParameter(f"no such file: {journal}", param_hint="JOURNAL")
    try:  # a server that cannot be reached, a URL libpq cannot read, a journal without the campaign
        held: CampaignJournal = open_journal(journal)  # type: ignore[assignment]  # both kinds keep campaigns
        try:
            found_key, spec = resume_spec(held, key)
        finally:
            held.close()
    except smskit.SmsKitError as exc:
        raise _Failure(str(exc)) from None
    context.obj["provider"] = context.obj["provider"] or spec["provider"]
    if context.obj["provider"] != spec["provider"]:
        raise click.UsageError(f"the campaign was sent with {spec['provider']}, not {context.obj['provider']}")
    context.obj["base_url"] = context.obj["base_url"] or spec["base_url"]
    source_spec: dict[str, Any] = spec["source"]  # type: ignore[assignment]
    if "csv" not in source_spec:
        raise _Failure("this campaign read its recipients from an iterable: resume it by running it again")
    schedule = spec.get("schedule_at")
    run_spec = {"text": spec["text"], "sender": spec.get("sender"), "key": found_key,
                "column": source_spec.get("column"),
                "schedule_at": dt.datetime.fromisoformat(schedule) if isinstance(schedule, str) else None}  # fmt: skip
    _run_campaign(context, journal, Path(str(source_spec["csv"])), run_spec, as_json)


@main.command()
@click.argument("message_id")
@click.option("--recipient", help="The recipient, where one message went to several (TransmitSMS, Mobyt).")
@click.option("--json", "as_json", is_flag=True, help="The state as one JSON object.")
@click.pass_context
def status(context: click.Context, message_id: str, recipient: str | None, as_json: bool) -> None:
    """What became of a sent message, as the provider's status read says (exit 1 where it has none)."""
    with _client(context) as sms:
        try:
            state = sms.status(message_id, recipient)
        except smskit.SmsKitError as exc:
            raise _Failure(str(exc)) from None
    if as_json:
        click.echo(json.dumps(attrs.asdict(state), default=str))
    else:
        click.echo(f"{state.status} ({state.provider_status})" + (f" at {state.at.isoformat()}" if state.at else ""))
