"""Easify handlers, one per operationId of the spec."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_gsm import shape
from smskit_sim.context import Context
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import Provider, ProviderError
from smskit_sim.providers.easify import rules, state
from smskit_sim.providers.easify.laravel import Upload, label, paginate
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation

__all__ = ["Routes"]

MMS_CREDITS = 3
MAX_CAMPAIGN_RECIPIENTS = 10_000
MAX_REPORT_DAYS = 30
DEFAULT_LIMIT = 10


class Routes(Provider):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.fields = rules.Fields(self.ops, self.errors)
        send = self.fields.of("sendSms", self.ops["sendSms"].media_types[0])
        self.codes: tuple[str, ...] = tuple(send["country_code"]["enum"])  # the only countries Easify serves

    def state(self, account: Account) -> dict[str, Any]:
        return state.state(account, self.store, self.codes)

    def record(self, record: dict[str, Any]) -> dict[str, Any]:
        """A chat-history / report entry as the API shows it."""
        message = self.store.messages.get(record["sms_id"]) if record["sms_id"] else None
        outbound = record["send_by"] == "sender"
        return {
            "id": record["id"],
            "sender": record["number"] if outbound else record["contact"],
            "receiver": record["contact"] if outbound else record["number"],
            "message": record["message"],
            "sms_type": record["sms_type"],
            "send_by": record["send_by"],
            "media_url": record["media_url"],
            "status": state.word(message) if message else "Delivered",
            "created_at": state.listing(self.store.clock.datetime(record["created_at"])),
            "reason": (state.remarks(message) or None) if message else None,
        }

    def _send_one(self, account: Account, number: dict[str, Any], recipient: str, text: str, *, media_url: str | None,
                  scheduled_at: float | None, cost: float, group: str | None) -> Message:  # fmt: skip
        """Store one outgoing message and its chat-history entry."""
        store = self.store
        now = store.clock.now()
        encoding, _, parts, _ = shape(text)
        sms_id = store.opaque_id("easify sms")
        message = store.add_message(
            Message(id=sms_id, provider=self.id, account_id=account.id, recipient=recipient, sender=number["number"],
                    text=text, encoding=encoding, segments=max(parts, 1), outcome=outcome(recipient),
                    created_at=now, scheduled_at=scheduled_at, group=group or sms_id, cost=cost)
        )  # fmt: skip
        resources = self.state(account)
        resources["history"].append(
            {"id": state.next_serial(resources, "record"), "sms_id": sms_id, "number": number["number"],
             "contact": recipient, "send_by": "sender", "message": text, "sms_type": "mms" if media_url else "sms",
             "media_url": media_url or "", "created_at": now}
        )  # fmt: skip
        return message

    # --- phone numbers ----------------------------------------------------------------------------------------
    async def list_phone_numbers(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = [{k: n[k] for k in state.NUMBER_KEYS} for n in self.state(account)["numbers"]]
        limit = rules.positive(request.query_params.get("limit"))  # no validation error is documented here
        if limit is None:
            return JSONResponse({"status": True, "message": "Phone Numbers", "data": numbers, "links": []})
        page = paginate(request, numbers, limit, rules.positive(request.query_params.get("page")) or 1)
        return JSONResponse({"status": True, "message": "Phone Numbers", **page})

    async def update_phone_number_webhook(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        source, values, errors = await self.fields.body(request, op)
        errors.update(self.fields.errors(op.operation_id, source, op.body(source, values)))
        if errors:
            return self.fields.invalid(op.operation_id, source, errors)
        wanted = int(values["phone_number_id"])
        number = next((n for n in self.state(account)["numbers"] if n["id"] == wanted), None)
        if number is None:
            raise ProviderError("invalid_phone_number_id")
        number["webhook_url"] = values["webhook_url"]
        data = {k: number[k] for k in state.NUMBER_KEYS}
        return JSONResponse({"status": True, "message": "Webhook URL updated successfully", "data": data})

    # --- sms --------------------------------------------------------------------------------------------------
    async def send_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        op_id = op.operation_id
        source, values, errors = await self.fields.body(request, op)
        media = values.get("media")
        checked = {k: (v.filename or "file") if isinstance(v, Upload) else v for k, v in values.items()}
        errors.update(self.fields.errors(op_id, source, op.body(source, checked)))
        if "message" not in values and "media" not in values:
            for field, other in (("message", "media"), ("media", "message")):
                text = f"The {field} field is required when {other} is not present."
                errors.setdefault(field, (text, text))
        if "country_code" not in values:  # documented apart: 400, checked once the rest is valid
            errors.pop("country_code", None)
        if errors:
            return self.fields.invalid(op_id, source, errors)
        if "country_code" not in values:
            raise ProviderError("country_code_required")
        number = state.own_number(self.state(account), values["from_number"])
        if number is None:
            raise ProviderError("invalid_from_number")
        recipient = values["country_code"] + values["to_number"]
        result = outcome(recipient)
        if result is Outcome.INVALID:
            raise ProviderError("invalid_recipient")
        if result is Outcome.BLACKLISTED:
            raise ProviderError("recipient_blacklisted")
        text = values.get("message", "")
        cost = float(MMS_CREDITS if media is not None else shape(text)[2])
        if not self.charge(account, cost):
            raise ProviderError("insufficient_credits")
        media_url: str | None = media
        if isinstance(media, Upload):  # an address for the upload (the simulator does not serve it)
            media_url = f"{request.url.scheme}://{request.url.netloc}/easify/media/{uuid.uuid4().hex}/"
            media_url += quote(media.filename or "media")
        now = self.store.clock.now()
        scheduled_at = None if values.get("force_send") == 1 else rules.next_opening(account, self.store.clock, now)
        message = self._send_one(account, number, recipient, text, media_url=media_url, scheduled_at=scheduled_at,
                                 cost=cost, group=None)  # fmt: skip
        return JSONResponse({"status": True, "message": " SMS Processed successfully.", "data": {"sms_id": message.id}})

    async def get_sms_status(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self.fields.query(request, op)
        if errors:
            return self.fields.invalid(op.operation_id, "query", errors)
        message = self.store.messages.get(values["sms_id"])
        if message is None or message.account_id != account.id:
            raise ProviderError("invalid_sms_id")
        data = {"status": state.word(message), "remarks": state.remarks(message)}
        return JSONResponse({"status": True, "message": "SMS status successfully fetched", "data": data})

    async def get_chat_history(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self.fields.query(request, op)
        if errors:
            return self.fields.invalid(op.operation_id, "query", errors)
        resources = self.state(account)
        number = state.own_number(resources, values["sender"])
        contact = values["country_code"] + values["receiver"]
        history = resources["history"]
        found = [r for r in reversed(history) if number and r["number"] == number["number"] and r["contact"] == contact]
        page = paginate(request, found, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        page["data"] = [self.record(r) for r in page["data"]]
        return JSONResponse({"status": True, "message": "Chat History", **page})

    async def list_sms_templates(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        limit = rules.positive(request.query_params.get("limit")) or DEFAULT_LIMIT  # no validation error documented
        page = paginate(request, self.state(account)["templates"], limit,
                        rules.positive(request.query_params.get("page")) or 1)  # fmt: skip
        return JSONResponse({"status": True, "message": "SMS Templates", **page})

    async def get_sms_report(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        op_id = op.operation_id
        values, errors = self.fields.query(request, op)
        days: dict[str, dt.date] = {}
        for field in ("from_date", "to_date"):
            if field in values and field not in errors:
                try:
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", values[field]):
                        raise ValueError(values[field])
                    days[field] = dt.date.fromisoformat(values[field])
                except ValueError:
                    bad = f"The {label(field)} field must match the format Y-m-d."
                    errors[field] = (bad, bad)
        if len(days) == 2:
            first, last = days["from_date"], days["to_date"]
            span: str | None = None
            if last < first:
                span = "The to date field must be a date after or equal to from date."
            elif (last - first).days > MAX_REPORT_DAYS:
                limit_day = first + dt.timedelta(days=MAX_REPORT_DAYS)
                span = f"The to date field must be a date before or equal to {limit_day.isoformat()}."
            if span:
                errors["to_date"] = (span, span)
        if "country_code" in values and "receiver" not in values:
            errors["receiver"] = self.fields.documented(op_id, "receiver_required_with_country_code")
        if "receiver" in values and "country_code" not in values:
            errors["country_code"] = self.fields.documented(op_id, "country_code_required_with_receiver")
        if errors:
            return self.fields.invalid(op_id, "query", errors)
        clock, resources = self.store.clock, self.state(account)
        sender = state.own_number(resources, values["sender"]) if "sender" in values else None
        contact = values["country_code"] + values["receiver"] if "receiver" in values else None
        found = []
        for record in resources["history"]:
            if (
                record["send_by"] != "sender"
                or not days["from_date"] <= clock.datetime(record["created_at"]).date() <= days["to_date"]
            ):
                continue
            if ("sender" in values and (sender is None or record["number"] != sender["number"])) or (
                contact is not None and record["contact"] != contact
            ):
                continue
            found.append(record)
        if "status" in values:
            found = [r for r in found if self.record(r)["status"] == values["status"]]
        if values.get("order", "desc") == "desc":
            found.reverse()
        page = paginate(request, found, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        page["data"] = [self.record(r) for r in page["data"]]
        return JSONResponse({"status": True, "message": "SMS Report", **page})

    # --- campaigns --------------------------------------------------------------------------------------------
    async def send_sms_campaign(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        op_id = op.operation_id
        source, values, errors = await self.fields.body(request, op)
        for field in ("from_numbers", "template_ids"):  # a single JSON value reads as a list of one
            if field in values and not isinstance(values[field], list):
                values[field] = [values[field]]
        upload = values.get("recipients_file")
        checked = dict(values)
        if "template_ids" in checked:  # form values are strings: type each element, keeping unreadable ones
            checked["template_ids"] = [int(v) if isinstance(v, str) and v.isascii() and v.isdigit() else v
                                       for v in checked["template_ids"]]  # fmt: skip
        if isinstance(upload, Upload):
            checked["recipients_file"] = upload.filename or "file"
        for violation in op.body(source, checked):
            if violation.field in ("from_numbers", "template_ids") and violation.rule == "type":
                continue  # reported per element below, as Laravel does (`template_ids.0`)
            errors.update(self.fields.errors(op_id, source, [violation]))
        resources = self.state(account)
        senders: list[dict[str, Any]] = []
        for i, given in enumerate(checked.get("from_numbers", [])):
            found = state.own_number(resources, given)
            if found is None:
                text = f"The selected from_numbers.{i} is invalid."
                errors.setdefault("from_numbers", (text, text))
            else:
                senders.append(found)
        templates: list[dict[str, Any]] = []
        for i, given in enumerate(checked.get("template_ids", [])):
            template = next((t for t in resources["templates"] if t["id"] == given and type(given) is int), None)
            if template is None:
                text = (f"The template_ids.{i} field must be an integer." if not isinstance(given, int)
                        else f"The selected template_ids.{i} is invalid.")  # fmt: skip
                errors.setdefault("template_ids", (text, text))
            else:
                templates.append(template)
        scheduled_at = rules.campaign_start(values, errors, self.store.clock)
        rows: list[tuple[str, bool]] = []
        if "recipients_file" in values and "recipients_file" not in errors:
            if not isinstance(upload, Upload):
                text = "The recipients file field must be a file."
                errors["recipients_file"] = (text, text)
            else:
                try:
                    rows = rules.recipients(upload.data.decode("utf-8-sig"), self.codes)
                except ValueError:  # not UTF-8, or not CSV
                    text = "The recipients file field must be a file of type: csv, txt."
                    errors["recipients_file"] = (text, text)
                if len(rows) > MAX_CAMPAIGN_RECIPIENTS:
                    text = f"The recipients file may not contain more than {MAX_CAMPAIGN_RECIPIENTS} recipients."
                    errors["recipients_file"] = (text, text)
        if errors:
            return self.fields.invalid(op_id, source, errors)
        now = self.store.clock.now()
        campaign_id = state.next_serial(resources, "campaign")
        items: list[dict[str, Any]] = []
        created = state.listing(self.store.clock.datetime(now))
        valid = [recipient for recipient, ok in rows if ok]
        for i, recipient in enumerate(valid):
            number, template = senders[i % len(senders)], templates[i % len(templates)]
            text = template["message"]
            parts = shape(text)[2]
            item = {"id": state.next_serial(resources, "item"), "campaign_id": campaign_id, "sender": number["number"],
                    "receiver": recipient, "message": text, "credits": parts, "url_shortening_credits": 0,
                    "media_url": None, "remarks": None, "status": "Pending", "sms_id": None,
                    "scheduled_at": values.get("schedule_time"), "scheduled_timezone": values.get("schedule_timezone"),
                    "sms_type": "sms", "created_at": created}  # fmt: skip
            if self.charge(account, float(parts)):
                message = self._send_one(account, number, recipient, text, media_url=None, scheduled_at=scheduled_at,
                                         cost=float(parts), group=f"campaign-{campaign_id}")  # fmt: skip
                item["sms_id"] = message.id
            else:
                item.update(credits=0, status="Failed", remarks="Insufficient credits")
            items.append(item)
        resources["campaigns"][campaign_id] = items
        data = {"campaign_id": campaign_id, "recipients_in_file": len(rows), "valid_recipients": len(valid),
                "invalid_recipients": len(rows) - len(valid)}  # fmt: skip
        return JSONResponse({"status": True, "message": "SMS Campaign Processed Successfully", "data": data})

    async def list_sms_campaign_items(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self.fields.query(request, op)
        if errors:
            return self.fields.invalid(op.operation_id, "query", errors)
        items = self.state(account)["campaigns"].get(values["campaign_id"], [])  # an unknown id: no items
        page = paginate(request, items, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        shown = []
        for item in page["data"]:
            message = self.store.messages.get(item["sms_id"]) if item["sms_id"] else None
            view = {k: v for k, v in item.items() if k != "sms_id"}
            if message is not None:
                view.update(status=state.word(message), remarks=state.remarks(message) or None)
            shown.append(view)
        page["data"] = shown
        return JSONResponse({"status": True, "message": "SMS Campaign Items", **page})
