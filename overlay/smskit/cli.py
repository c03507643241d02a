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

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, Final

import click

import smskit
from smskit._base import SendPlan
from smskit._results import RecipientResult, SendResults

__all__ = ["main"]

EXIT_REJECTED: Final = 3
EXIT_UNKNOWN: Final = 4
_COLUMNS: Final = ("to", "phone", "number", "mobile", "recipient")  # a CSV's recipient column, if none is named


class _Failure(click.ClickException):
    """An smskit error before any result: its message (which names no credential or text), exit code 1."""

    exit_code = 1


def _client(context: click.Context) -> smskit.SmsClient:
    provider, base_url = context.obj["provider"], context.obj["base_url"]
    if provider is None:
        raise click.UsageError(f"name a provider: --provider or SMSKIT_PROVIDER ({', '.join(smskit.PROVIDERS)})")
    options: dict[str, Any] = {} if base_url is None else {"base_url": base_url}
    try:
        made: smskit.SmsClient = smskit.client(provider, **options)
    except smskit.SmsKitError as exc:
        raise _Failure(str(exc)) from None
    return made


@click.group(help=__doc__.split("\n\n", 1)[0])
@click.option("--provider", envvar="SMSKIT_PROVIDER", type=click.Choice(smskit.PROVIDERS), help="The gateway.")
@click.option("--base-url", help="The provider's API root (default: <ID>_BASE_URL, else its documented one).")
@click.version_option(smskit.__version__, prog_name="smskit")
@click.pass_context
def main(context: click.Context, provider: str | None, base_url: str | None) -> None:
    context.obj = {"provider": provider, "base_url": base_url}


def _recipients(to: tuple[str, ...], table: IO[str] | None, column: str | None, stdin: IO[str]) -> list[str]:
    """The recipients from the arguments, `-` (one per line on stdin) and a CSV file, in that order."""
    found: list[str] = []
    for entry in to:
        found.extend(line.strip() for line in stdin if line.strip()) if entry == "-" else found.append(entry)
    if table is not None:
        reader = csv.DictReader(table)
        fields = reader.fieldnames or []
        name = column or next((f for f in fields if f.strip().lower() in _COLUMNS), fields[0] if fields else None)
        if name is None or name not in fields:
            raise click.BadParameter(
                f"no column {name!r} in the CSV (it has {', '.join(fields)})", param_hint="--column"
            )
        found.extend(row[name].strip() for row in reader if row.get(name, "").strip())
    if not found:
        raise click.UsageError("no recipients: give numbers, - (read stdin) or --csv")
    return found


def _in_chunks(sms: smskit.SmsClient, unique: list[str], size: int, text: str, sender: str | None,
               schedule_at: dt.datetime | None) -> Iterator[dict[str, RecipientResult]]:  # fmt: skip
    """Send distinct numbers `size` at a time (for the progress bar), yielding each chunk's results by number.
    An account-level refusal ends the send: the numbers after it were never sent, and say why."""
    for start in range(0, len(unique), size):
        chunk = unique[start : start + size]
        try:
            got: list[RecipientResult] = sms.send(chunk, text, sender=sender, schedule_at=schedule_at)
        except smskit.APIError as refused:
            if not refused.results or start == 0:  # nobody sent at all: an error, not results (exit code 1)
                raise
            stored = refused.results[0].error  # kept without frames, unlike the raised copy
            rest = unique[start + size :]
            yield dict(zip(chunk, refused.results, strict=True))
            yield {n: RecipientResult(n, "rejected", number=n, error=stored, provider=sms.provider) for n in rest}
            return
        yield dict(zip(chunk, got, strict=True))


def _send(sms: smskit.SmsClient, recipients: list[str], text: str, sender: str | None,
          schedule_at: dt.datetime | None, progress: bool) -> SendResults:  # fmt: skip
    """`sms.send()`, a few batches at a time with a progress bar on bulk sends: the recipients are parsed and
    de-duplicated once, here, so nobody is texted twice across chunks, and the results keep the input's order."""
    plan: SendPlan = sms.plan(recipients, text, sender, schedule_at)  # type: ignore[attr-defined]  # every client's
    unique = list(dict.fromkeys(n.e164 for n in plan.numbers if n is not None))
    size = max((len(b.numbers) for b in plan.batches), default=1) * getattr(sms, "concurrency", 1)
    by_number: dict[str, RecipientResult] = {}
    chunks = _in_chunks(sms, unique, size, text, sender, schedule_at)
    if progress and len(plan.batches) > 1:
        with click.progressbar(length=len(unique), label="sending", file=sys.stderr) as bar:
            for results in chunks:
                by_number.update(results)
                bar.update(len(results))
    else:
        for results in chunks:
            by_number.update(results)
    merged = SendResults()
    for index, raw in enumerate(recipients):
        number = plan.numbers[index]
        if number is None:
            merged.append(RecipientResult(raw, "rejected", error=plan.rejected[index], provider=sms.provider))
        else:
            merged.append(by_number[number.e164]._replace(recipient=raw))
    return merged


def _row(result: RecipientResult) -> dict[str, object]:
    error = result.error
    described = None if error is None else {"type": type(error).__name__, "message": str(error),
                                            "code": getattr(error, "code", None)}  # fmt: skip
    return {"recipient": result.recipient, "status": result.status, "number": result.number,
            "message_id": result.message_id, "reference": result.reference, "error": described}  # fmt: skip


def _show(results: Iterable[RecipientResult], as_json: bool) -> None:
    if as_json:
        for result in results:
            click.echo(json.dumps(_row(result), default=str))
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
@click.pass_context
def send(context: click.Context, to: tuple[str, ...], text: str, sender: str | None, table: IO[str] | None,
         column: str | None, schedule_at: dt.datetime | None, as_json: bool) -> None:  # fmt: skip
    """Send TEXT to every recipient (numbers, - for stdin, or --csv): one result per recipient, in order."""
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
