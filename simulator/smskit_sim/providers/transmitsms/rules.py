"""TransmitSMS rules of every API method, on typed, validated parameters.

`routes.py` parses requests and writes answers; here each method (named after the API method: `send-sms` is
`send_sms`) takes the account and its parameters (already checked against the spec) and returns the fields of
its answer, or raises `ProviderError` with the documented code. Nothing here knows about HTTP.
"""

from __future__ import annotations

import base64
import collections
import csv
import hashlib
import io
import re
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote_to_bytes, urlsplit

from smskit_gsm import shape
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import ProviderError
from smskit_sim.providers.transmitsms.state import (
    PHP_TRIM,
    SHARED_NUMBER,
    Book,
    Client,
    ContactList,
    EmailSender,
    Import,
    Keyword,
    Member,
    Registry,
    Reply,
    Send,
    VirtualNumber,
    clean_digits,
    date_of,
    formatted,
    international,
    parse_time,
    region_of,
    stamp,
)
from smskit_sim.store import Account, Message, Store
from smskit_specs.model import Operation

__all__ = ["Host", "Rejected", "Rules"]

P = dict[str, Any]
T = TypeVar("T")

DAY = 86400.0
STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "OPTOUT", "OPT-OUT", "CANCEL", "END", "QUIT"})
_DLR_STATUS = {"delivered": "delivered", "failed": "hard-bounce", "expired": "soft-bounce"}
_PLACEHOLDER = re.compile(r"\[([^\[\]]{1,64})\]")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# add-email / delete-email: an address, or `*@domain` for every address of a domain (the spec's pattern)
_SENDER_EMAIL = re.compile(r"^(\*|[^@ \t\n\r]+)@[^@ \t\n\r.]+(\.[^@ \t\n\r.]+)+$")
_NO_MESSAGE = "Message with this ID does not exist"


class Rejected(ProviderError):
    """A documented error whose description is structured (RECIPIENTS_ERROR's `{fails, optouts}`)."""

    def __init__(self, code: str, detail: dict[str, Any]) -> None:
        super().__init__(code)
        self.detail = detail


class Host(Protocol):
    """What the rules need from the provider: the current store and its charging rule."""

    @property
    def store(self) -> Store: ...

    def charge(self, account: Account, amount: float) -> bool: ...


def invalid(field: str, what: str = "has invalid format") -> ProviderError:
    return ProviderError("FIELD_INVALID", f'Field "{field}" {what}')


def paginate(items: list[T], p: P) -> tuple[list[T], dict[str, int]]:
    """One page of `items` per `page` / `max`, and the `page` block (at least one page, as recorded)."""
    size, number = int(p.get("max", 10)), int(p.get("page", 1))
    start = (number - 1) * size
    return items[start : start + size], {"count": max(1, -(-len(items) // size)), "number": number}


def _setting(account: Account, name: str, kind: type[T], default: T) -> T:
    value = account.settings.get(name, default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # type: ignore[return-value]
    return value if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)) else default


class Rules:
    def __init__(self, host: Host, send: Operation) -> None:
        """`send`: the send-sms operation, whose `x-smskit-batch` and `x-smskit-text` limit every send."""
        assert send.batch is not None and send.text is not None and send.text.max_parts is not None
        self.host = host
        self._registry = Registry(host.store)
        self._max_recipients, self._max_parts = send.batch.max, send.text.max_parts
        chars = send.text.max_chars or {}
        self._too_long = f"is too long: at most {chars.get('gsm')} characters ({chars.get('ucs2')} for Unicode text)"

    # --- shared --------------------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.host.store

    @property
    def registry(self) -> Registry:
        if self._registry.store is not self.store:  # the simulator was reset
            self._registry = Registry(self.store)
        return self._registry

    def book(self, account: Account) -> Book:
        return Book(account, self.store)

    def _stamp(self, at: float | None) -> str | None:
        return stamp(self.store, at)

    def _send(self, account: Account, message_id: int) -> Send:
        owner = self.registry.messages.get(message_id)
        if owner is None:
            raise ProviderError("NOT_FOUND", _NO_MESSAGE)
        if owner != account.id:
            raise ProviderError("NO_ACCESS", "You do not have access to this \u2018message\u2019")
        return self.book(account).sends[message_id]

    def _list(self, account: Account, list_id: int) -> ContactList:
        owner = self.registry.lists.get(list_id)
        if owner is None:
            raise ProviderError("NOT_FOUND", "List with this ID does not exist")
        if owner != account.id:
            raise ProviderError("NO_ACCESS", "You do not have access to this \u2018list\u2019")
        return self.book(account).lists[list_id]

    def _window(self, p: P) -> tuple[float, float]:
        """The start / end filter (default: the last 30 days)."""
        now = self.store.clock.now()
        try:
            end = parse_time(self.store, p["end"], end_of_day=True) if "end" in p else now
        except ValueError:
            raise invalid("end") from None
        try:
            start = parse_time(self.store, p["start"]) if "start" in p else end - 30 * DAY
        except ValueError:
            raise invalid("start") from None
        return start, end

    def _callback(self, account: Account, field: str, url: str | None) -> str | None:
        """A callback URL: any absolute URI. The provider documents no refusal of private or loopback hosts
        (FIELD_UNSAFE is one third-party SDK's own client-side check), so none is refused here either."""
        if url is None:
            return None
        if not _URI.fullmatch(url):
            raise invalid(field)
        try:
            urlsplit(url)
        except ValueError:
            raise invalid(field) from None
        return url

    def _price(self, account: Account) -> float:
        return _setting(account, "sms_price", float, 0.087)

    # --- SMS -----------------------------------------------------------------------------------------------
    def send_sms(self, account: Account, p: P) -> P:
        book, store = self.book(account), self.store
        to, list_id = p.get("to") or None, p.get("list_id")
        if (to is None) == (list_id is None):
            raise ProviderError("FIELD_INVALID", "You must provide either 'list_id' or 'to'")
        template: str = p["message"]
        if shape(template)[2] > self._max_parts:
            raise invalid("message", self._too_long)
        sender = self._sender(book, p.get("from"))
        callbacks = ("dlr_callback", "reply_callback", "link_hits_callback")
        urls = {field: self._callback(account, field, p.get(field)) for field in callbacks}
        if p.get("tracked_link_url") is not None and not _URI.fullmatch(p["tracked_link_url"]):
            raise invalid("tracked_link_url")
        now = store.clock.now()
        try:
            at = max(now, parse_time(store, p["send_at"])) if p.get("send_at") else now
        except ValueError:
            raise invalid("send_at") from None
        lst = self._list(account, list_id) if list_id is not None else None
        targets, fails, optouts = self._targets(book, to, lst, p.get("countrycode"))
        if not targets:
            raise Rejected("RECIPIENTS_ERROR", {"fails": fails, "optouts": optouts})
        message_id = next(self.registry.message_ids)
        price, plans = self._price(account), []
        for number, member in targets:
            text = _expand(template, member, lst, message_id, number, p.get("tracked_link_url") is not None)
            encoding, _, parts, _ = shape(text)
            plans.append((number, text, encoding, parts))
        sms = sum(plan[3] for plan in plans)
        cost = round(sms * price, 3)
        if not self.host.charge(account, cost):
            raise ProviderError("LEDGER_ERROR")
        self.registry.messages[message_id] = account.id
        send = Send(message_id, template, sender, at, cost, sms, {}, lst.id if lst else None, lst.name if lst else None,
                    urls["dlr_callback"], urls["reply_callback"], p.get("validity"),
                    kind="campaign" if lst else "api")  # fmt: skip
        for number, text, encoding, parts in plans:
            message = Message(id=f"{message_id}-{number}", provider="transmitsms", account_id=account.id,
                              recipient=str(number), sender=sender, text=text, encoding=encoding, segments=parts,
                              outcome=outcome(str(number)), created_at=now, scheduled_at=at if at > now else None,
                              group=str(message_id), cost=round(parts * price, 3), dlr_url=urls["dlr_callback"],
                              reply_url=urls["reply_callback"])  # fmt: skip
            send.recipients[number] = store.add_message(message).id
        book.sends[message_id] = send
        answer: P = {"message_id": message_id, "send_at": self._stamp(at), "recipients": len(plans), "cost": cost,
                     "sms": sms}  # fmt: skip
        if lst is not None:
            answer["list"] = {"id": lst.id, "name": lst.name}
        answer["delivery_stats"] = {"delivered": 0, "pending": 0, "bounced": 0, "responses": 0, "optouts": 0}
        return answer

    def _sender(self, book: Book, sender: str | None) -> str:
        """`from` as sent: a leased, active number of the account, or an alphanumeric sender ID."""
        if sender is None:
            return str(SHARED_NUMBER)
        digits = sender.removeprefix("+")
        if digits.isdigit():
            leased = book.numbers.get(int(digits))
            if leased is None or leased.status != "active":
                raise ProviderError("BAD_CALLER_ID")
            return digits
        return sender

    def _targets(
        self, book: Book, to: str | None, lst: ContactList | None, countrycode: str | None
    ) -> tuple[list[tuple[int, Member | None]], list[str], list[str]]:
        """Recipients, numbers that failed validation, and opted-out numbers that were skipped."""
        targets: list[tuple[int, Member | None]] = []
        fails: list[str] = []
        optouts: list[str] = []
        if lst is not None:
            if not lst.active:
                raise ProviderError("LIST_EMPTY")
            candidates: Iterable[tuple[str, Member | None]] = ((str(m.msisdn), m) for m in lst.active)
            region = None
        else:
            assert to is not None
            numbers = [n.strip(PHP_TRIM) for n in to.split(",") if n.strip(PHP_TRIM)]
            if len(numbers) > self._max_recipients:
                raise invalid("to", f"has too many numbers: at most {self._max_recipients} per call")
            candidates = ((n, None) for n in numbers)
            region = self._region(countrycode)
        seen: set[int] = set()
        for raw, member in candidates:
            digits = international(raw, region)
            if digits is None or outcome(digits) is Outcome.UNROUTABLE:
                fails.append(raw)
                continue
            number = int(digits)
            if number in seen:
                continue
            seen.add(number)
            if number in book.optouts or outcome(digits) is Outcome.BLACKLISTED:
                optouts.append(raw)
            else:
                targets.append((number, member))
        return targets, fails, optouts

    @staticmethod
    def _region(countrycode: str | None, error: Callable[[], ProviderError] | None = None) -> str | None:
        if countrycode is None:
            return None
        region = region_of(countrycode)
        if region is None:
            raise error() if error else invalid("countrycode", "has invalid value")
        return region

    def _tally(self, account: Account, send: Send) -> dict[str, int]:
        counts = dict.fromkeys(("delivered", "pending", "soft", "hard", "cancelled"), 0)
        for message_id in send.recipients.values():
            status = self.store.messages[message_id].status
            key = {"delivered": "delivered", "failed": "hard", "expired": "soft", "cancelled": "cancelled"}
            counts[key.get(status, "pending")] += 1
        counts["responses"] = sum(1 for r in self.book(account).replies if r.message_id == send.message_id)
        counts["optouts"] = len(send.optouts)
        return counts

    def _summary(self, account: Account, send: Send) -> P:
        tally = self._tally(account, send)
        answer: P = {"message_id": send.message_id, "send_at": self._stamp(send.send_at),
                     "recipients": len(send.recipients), "cost": send.cost, "sms": send.sms,
                     "message": send.template}  # fmt: skip
        if send.list_id is not None:
            answer["list"] = {"id": send.list_id, "name": send.list_name}
        answer["delivery_stats"] = {"delivered": tally["delivered"], "pending": tally["pending"],
                                    "bounced": tally["soft"] + tally["hard"], "responses": tally["responses"],
                                    "optouts": tally["optouts"]}  # fmt: skip
        return answer

    def get_sms(self, account: Account, p: P) -> P:
        return self._summary(account, self._send(account, p["message_id"]))

    def get_sms_stats(self, account: Account, p: P) -> P:
        send = self._send(account, p["message_id"])
        t = self._tally(account, send)
        return {"stats": {"hard_bounced": t["hard"], "soft_bounced": t["soft"], "total": len(send.recipients),
                          "recipientCount": len(send.recipients), "delivered": t["delivered"], "pending": t["pending"],
                          "bounced": t["soft"] + t["hard"], "responses": t["responses"], "opt-outs": t["optouts"],
                          "link_hits": 0}}  # fmt: skip

    def get_sms_delivery_status(self, account: Account, p: P) -> P:
        send = self._send(account, p["message_id"])
        found = send.recipients.get(p["msisdn"])
        if found is None:
            raise ProviderError("NOT_FOUND", "This message was not sent to this number")
        message = self.store.messages[found]
        status = {"delivered": "delivered", "failed": "failed", "expired": "failed"}.get(message.status, "pending")
        return {"stats": {"message_id": send.message_id, "sender_id": _sender_id(send.sender), "mobile": p["msisdn"],
                          "send_at": self._stamp(send.send_at), "datetime": self._stamp(message.final_at),
                          "status": status, "message": message.text}}  # fmt: skip

    def get_sms_sent(self, account: Account, p: P) -> P:
        send = self._send(account, p["message_id"])
        lst = self._list(account, p["list_id"]) if "list_id" in p else None
        if lst is None and send.list_id is not None:
            lst = self.book(account).lists.get(send.list_id)
        replies = collections.Counter(r.msisdn for r in self.book(account).replies if r.message_id == send.message_id)
        rows = []
        for number, message_id in send.recipients.items():
            status = self.store.messages[message_id].status
            word = {"delivered": "delivered", "failed": "bounced", "expired": "bounced"}.get(status, "pending")
            if p.get("delivery") not in (None, {"bounced": "failed"}.get(word, word)):
                continue
            opted = number in send.optouts
            if (p.get("optouts") == "only" and not opted) or (p.get("optouts") == "omit" and opted):
                continue
            member = lst.members.get(number) if lst else None
            rows.append({"msisdn": number, "first_name": member.first_name if member else None,
                         "last_name": member.last_name if member else None, "delivery_status": word,
                         "optout": opted, "responses": replies[number]})  # fmt: skip
        shown, page = paginate(rows, p)
        return {"page": page, "total": len(rows), "message": self._summary(account, send), "recipients": shown}

    def cancel_sms(self, account: Account, p: P) -> P:
        send = self._send(account, p["id"])
        messages = [self.store.messages[m] for m in send.recipients.values()]
        if any(m.status != "scheduled" for m in messages):
            raise ProviderError("ALREADY_SENT")
        for message in messages:
            self.store.cancel(message)
        account.balance = round(account.balance + send.cost, 6)  # nothing left, so nothing is charged
        return {"success": "OK"}

    def get_balance(self, account: Account, p: P) -> P:
        return {"balance": round(account.balance, 3), "currency": _setting(account, "currency", str, "AUD")}

    def format_number(self, account: Account, p: P) -> P:
        region = self._region(p["countrycode"])
        assert region is not None
        return {"number": formatted(p["msisdn"], region)}

    # --- replies -------------------------------------------------------------------------------------------
    def _reply_rows(self, account: Account, replies: list[Reply], p: P) -> P:
        start, end = self._window(p)
        rows = [r for r in replies if start <= r.received_at <= end]
        if "msisdn" in p:
            rows = [r for r in rows if r.msisdn == p["msisdn"]]
        shown, page = paginate(rows, p)
        out = []
        for r in shown:
            row = {"id": r.id, "message_id": r.message_id, "list_id": r.list_id,
                   "received_at": self._stamp(r.received_at), "first_name": r.first_name,
                   "last_name": r.last_name, "msisdn": r.msisdn, "response": r.response,
                   "longcode": r.longcode}  # fmt: skip
            if p.get("include_original") and r.message_id:
                send = self.book(account).sends.get(r.message_id)
                message = self.store.messages.get(send.recipients.get(r.msisdn, "")) if send else None
                row["original_message"] = message.text if message else (send.template if send else "")
            out.append(row)
        return {"page": page, "total": len(rows), "responses": out}

    def get_sms_responses(self, account: Account, p: P) -> P:
        book = self.book(account)
        if "keyword" in p and "number" not in p:
            raise ProviderError("FIELD_INVALID", "If you provide 'keyword', you must provide 'number'")
        if not any(k in p for k in ("message_id", "keyword_id", "keyword")):
            raise ProviderError("FIELD_INVALID", "You must provide either 'message_id', 'keyword_id' or 'keyword'")
        replies = book.replies
        if "message_id" in p:
            send = self._send(account, p["message_id"])
            replies = [r for r in replies if r.message_id == send.message_id]
        if "keyword_id" in p:
            if p["keyword_id"] not in book.keywords:
                raise ProviderError("NOT_FOUND", "Keyword with this ID does not exist")
            replies = [r for r in replies if r.keyword_id == p["keyword_id"]]
        if "keyword" in p:
            keyword = self._keyword(book, p["keyword"], p["number"])
            replies = [r for r in replies if r.keyword_id == keyword.id]
        return self._reply_rows(account, replies, p)

    def get_user_sms_responses(self, account: Account, p: P) -> P:
        replies = self.book(account).replies
        if p.get("keywords") == "only":
            replies = [r for r in replies if r.keyword_id is not None]
        elif p.get("keywords") == "omit":
            replies = [r for r in replies if r.keyword_id is None]
        if "number" in p:
            replies = [r for r in replies if r.longcode == p["number"]]
        return self._reply_rows(account, replies, {k: v for k, v in p.items() if k != "msisdn"})

    def receive(self, account: Account, event: dict[str, Any]) -> tuple[Reply, str | None, P]:
        """An inbound SMS (control API): stored as a reply; returns it, its callback URL and the callback query."""
        book = self.book(account)
        digits = international(str(event["from"]), None)
        if digits is None:
            raise ValueError("`from` must be a mobile number in international format")
        mobile, (to_digits, _) = int(digits), clean_digits(str(event["to"]))
        longcode = int(to_digits) if to_digits.isascii() and to_digits.isdigit() else None
        send = self._answered(book, mobile, longcode, event.get("reply_to"))
        text = str(event["text"])
        word = text.split()[0].upper() if text.split() else ""
        keyword = next((k for k in book.keywords.values()
                        if (k.number, k.keyword.upper(), k.status) == (longcode, word, "open")), None)  # fmt: skip
        list_ids = [i for i in (send.list_id if send else None, keyword.list_id if keyword else None) if i]
        lists = [book.lists[i] for i in list_ids if i in book.lists]
        member = next((lst.members[mobile] for lst in lists if mobile in lst.members), None)
        if keyword is not None and keyword.list_id in book.lists and mobile not in book.lists[keyword.list_id].members:
            book.lists[keyword.list_id].members[mobile] = Member(keyword.list_id, mobile, None, None,
                                                                 self.store.clock.now(), {})  # fmt: skip
        reply = Reply(next(self.registry.reply_ids), send.message_id if send else 0,
                      (send.list_id or 0) if send else 0, self.store.clock.now(), mobile, text, longcode,
                      member.first_name if member else None, member.last_name if member else None,
                      keyword.id if keyword else None, word in STOP_WORDS)  # fmt: skip
        if reply.is_optout:
            book.optouts.add(mobile)
            if send is not None:
                send.optouts.add(mobile)
                if send.list_id in book.lists and mobile in book.lists[send.list_id].members:
                    book.lists[send.list_id].members[mobile].optout = True
        book.replies.append(reply)
        number = book.numbers.get(longcode) if longcode is not None else None
        if number is not None and number.list_id in book.lists and mobile not in book.lists[number.list_id].members:
            book.lists[number.list_id].members[mobile] = Member(number.list_id, mobile, None, None,
                                                                self.store.clock.now(), {})  # fmt: skip
        url = ((send.reply_callback if send else None) or (keyword.forward_url if keyword else None)
               or (number.forward_url if number else None)
               or _setting(account, "reply_callback", str, "") or None)  # fmt: skip
        params: P = {"user_id": self.registry.user_id(account)}
        if send is not None:
            params["message_id"] = send.message_id
        params.update(mobile=mobile, longcode=longcode if longcode is not None else event["to"],
                      datetime_entry=self._stamp(reply.received_at), response=text, response_id=reply.id,
                      is_optout="yes" if reply.is_optout else "no")  # fmt: skip
        return reply, url, params

    def _answered(self, book: Book, mobile: int, longcode: int | None, reply_to: Any) -> Send | None:
        """The message a reply answers: `reply_to`, else the latest one sent to that number (from `to` first)."""
        if reply_to is not None:
            try:
                send = book.sends.get(int(reply_to))
            except (TypeError, ValueError):
                send = None
            if send is None or mobile not in send.recipients:
                raise ValueError(f"`reply_to` {reply_to!r} is no message of this account sent to `from`")
            return send
        sent = [s for s in book.sends.values() if mobile in s.recipients]
        from_there = [s for s in sent if longcode is not None and s.sender == str(longcode)]
        return max(from_there or sent, key=lambda s: s.message_id, default=None)

    def delivery_report(self, message: Message) -> tuple[str, P] | None:
        """Where the final status of `message` is reported, and the report's query parameters."""
        account = self.store.accounts.get(message.account_id)
        status = _DLR_STATUS.get(message.status)
        if account is None or status is None:
            return None
        url = message.dlr_url or _setting(account, "dlr_callback", str, "") or account.webhook_url
        if not url:
            return None
        return url, {"message_id": int(message.group or 0), "mobile": int(message.recipient),
                     "datetime": self._stamp(message.final_at), "status": status,
                     "user_id": self.registry.user_id(account)}  # fmt: skip

    # --- lists ---------------------------------------------------------------------------------------------
    def _list_out(self, lst: ContactList, p: P) -> P:
        return {"id": lst.id, "name": lst.name, "created": self._stamp(lst.created_at),
                "members_active": len(lst.active), "fields": _fields(lst.fields, p)}  # fmt: skip

    def _member_out(self, lst: ContactList, m: Member, p: P) -> P:
        values = {name: m.values.get(slot, "") for slot, name in lst.fields.items()}
        return {"list_id": lst.id, "msisdn": m.msisdn, "first_name": m.first_name, "last_name": m.last_name,
                "created_at": self._stamp(m.created_at), "status": m.status, "fields": _fields(values, p)}  # fmt: skip

    def get_lists(self, account: Account, p: P) -> P:
        lists = sorted(self.book(account).lists.values(), key=lambda lst: lst.id)
        shown, page = paginate(lists, p)
        out = [{**self._list_out(lst, p), "members_total": len(lst.members)} for lst in shown]
        return {"page": page, "lists_total": len(lists), "lists": out}

    def get_list(self, account: Account, p: P) -> P:
        lst = self._list(account, p["list_id"])
        which = p.get("members", "all")
        members = [m for m in lst.members.values() if which == "all" or m.status == which]
        shown, page = paginate(members, p)
        answer: P = {"page": page, "members_total": len(lst.members), **self._list_out(lst, p)}
        if which != "none":
            answer["members"] = [self._member_out(lst, m, p) for m in shown]
        return answer

    def add_list(self, account: Account, p: P) -> P:
        book, name = self.book(account), p["name"].strip(PHP_TRIM)
        if not name:
            raise ProviderError("FIELD_EMPTY", "Required field 'name' is empty")
        if any(lst.name.lower() == name.lower() for lst in book.lists.values()):
            raise ProviderError("KEY_EXISTS")
        fields = {}
        for slot in (f"field_{i}" for i in range(1, 11)):
            if slot in p:
                if not p[slot].strip(PHP_TRIM):
                    raise ProviderError("MISSING_PARAM")
                fields[slot] = p[slot].strip(PHP_TRIM)
        lst = self._new_list(account, name, fields, self.store.clock.now())
        return self._list_out(lst, p)

    def _new_list(self, account: Account, name: str, fields: dict[str, str], created: float | None) -> ContactList:
        lst = ContactList(next(self.registry.list_ids), name, created, fields)
        self.book(account).lists[lst.id] = lst
        self.registry.lists[lst.id] = account.id
        return lst

    def remove_list(self, account: Account, p: P) -> P:
        lst = self._list(account, p["list_id"])
        del self.book(account).lists[lst.id], self.registry.lists[lst.id]
        return {}

    def add_to_list(self, account: Account, p: P) -> P:
        book, lst = self.book(account), self._list(account, p["list_id"])
        region = self._region(p.get("countrycode"), lambda: ProviderError("BAD_MOBILE_COUNTRY"))
        digits = international(p["msisdn"], region)
        if digits is None:
            raise ProviderError("BAD_MOBILE")
        if outcome(digits) is Outcome.UNROUTABLE:
            raise ProviderError("BAD_MOBILE_COUNTRY")
        number, existing = int(digits), lst.members.get(int(digits))
        if (existing is not None and existing.optout) or number in book.optouts:
            raise ProviderError("OPTOUT")
        if outcome(digits) is Outcome.BLACKLISTED:
            raise ProviderError("OPTOUT")
        if existing is not None:
            raise ProviderError("DUPLICATE_DELETED" if existing.deleted else "KEY_EXISTS")
        values = {slot: str(p[slot]) for slot in lst.fields if slot in p}
        member = Member(lst.id, number, p.get("first_name"), p.get("last_name"), self.store.clock.now(), values)
        lst.members[number] = member
        return self._member_out(lst, member, p)

    def _lists_for(self, account: Account, list_id: int | None) -> list[ContactList]:
        if not list_id:
            return list(self.book(account).lists.values())
        return [self._list(account, list_id)]

    def delete_from_list(self, account: Account, p: P) -> P:
        lists = self._lists_for(account, p.get("list_id"))
        digits = international(p["msisdn"], self._region(p.get("countrycode")))
        number = int(digits) if digits else 0
        hit = [lst for lst in lists if number in lst.members and not lst.members[number].deleted]
        if not hit:
            raise ProviderError("NOT_FOUND")
        for lst in hit:
            lst.members[number].deleted = True
        return {"list_ids": [lst.id for lst in hit]}

    def optout_list_member(self, account: Account, p: P) -> P:
        book, lists, number = self.book(account), self._lists_for(account, p.get("list_id")), p["msisdn"]
        hit = [lst for lst in lists if number in lst.members and not lst.members[number].optout]
        if not hit:
            raise ProviderError("NOT_FOUND")
        for lst in hit:
            lst.members[number].optout = True
        if not p.get("list_id") or _setting(account, "global_optout", bool, False):
            book.optouts.add(number)
        return {"list_ids": [lst.id for lst in hit]}

    # --- numbers -------------------------------------------------------------------------------------------
    def get_numbers(self, account: Account, p: P) -> P:
        book, which = self.book(account), p.get("filter", "owned")
        pool = book.numbers if which == "owned" else book.available
        numbers = sorted(pool.values(), key=lambda n: n.number)
        shown, page = paginate(numbers, p)
        out = [_number_out(n) if which == "owned" else {"number": n.number, "price": n.price} for n in shown]
        return {"page": page, "numbers_total": len(numbers), "filter": which, "numbers": out}

    def get_number(self, account: Account, p: P) -> P:
        number = self.book(account).numbers.get(p["number"])
        if number is None:
            raise ProviderError("FIELD_INVALID", "This number is not leased to you.")
        return _number_out(number)

    def lease_number(self, account: Account, p: P) -> P:
        book = self.book(account)
        wanted = p.get("number", min(book.available, default=None))
        number = book.available.get(wanted) if wanted is not None else None
        if number is None:
            raise ProviderError("FIELD_INVALID", "This number is not available for lease.")
        forward = self._callback(account, "forward_url", p.get("forward_url"))
        price = _setting(account, "number_price", float, number.price)
        if not self.host.charge(account, price):
            raise ProviderError("LEDGER_ERROR", "Insufficient funds to carry out debit")
        del book.available[number.number]
        leased = VirtualNumber(number.number, price, "active", True,
                               date_of(self.store, self.store.clock.now() + 30 * DAY), forward)  # fmt: skip
        book.numbers[leased.number] = leased
        return _number_out(leased)

    # --- keywords ------------------------------------------------------------------------------------------
    def _keyword(self, book: Book, word: str, number: int) -> Keyword:
        for keyword in book.keywords.values():
            if keyword.number == number and keyword.keyword.lower() == word.lower():
                return keyword
        raise ProviderError("NOT_FOUND", "Keyword with this name does not exist on this number")

    def _keyword_fields(self, account: Account, keyword: Keyword, p: P) -> None:
        if "list_id" in p:
            keyword.list_id = self._list(account, p["list_id"]).id
        keyword.forward_url = self._callback(account, "forward_url", p.get("forward_url")) or keyword.forward_url
        for name in ("reference", "welcome_message", "forward_email", "forward_sms"):
            setattr(keyword, name, p.get(name, getattr(keyword, name)))
        keyword.member_message = p.get("members_message", keyword.member_message)
        if "activate" in p:
            keyword.status = "open" if p["activate"] else "closed"
        if "status" in p:
            keyword.status = p["status"].lower()

    def add_keyword(self, account: Account, p: P) -> P:
        book = self.book(account)
        number = book.numbers.get(p["number"])
        if number is None or number.status != "active":
            raise ProviderError("FIELD_INVALID", "This number is not leased to you.")
        if any(k.number == number.number and k.keyword.lower() == p["keyword"].lower() for k in book.keywords.values()):
            raise ProviderError("KEY_EXISTS")
        now = self.store.clock.now()
        keyword = Keyword(next(self.registry.keyword_ids), p["keyword"], number.number, 0,
                          billing_date=date_of(self.store, now + 30 * DAY))  # fmt: skip
        self._keyword_fields(account, keyword, p)
        if "list_id" not in p:
            keyword.list_id = self._new_list(account, f"auto list for keyword {keyword.keyword}", {}, None).id
        book.keywords[keyword.id] = keyword
        return _keyword_out(keyword)

    def edit_keyword(self, account: Account, p: P) -> P:
        keyword = self._keyword(self.book(account), p["keyword"], p["number"])
        self._keyword_fields(account, keyword, p)
        return _keyword_out(keyword)

    def get_keywords(self, account: Account, p: P) -> P:
        keywords = sorted(self.book(account).keywords.values(), key=lambda k: k.id)
        if "number" in p:
            keywords = [k for k in keywords if k.number == p["number"]]
        shown, page = paginate(keywords, p)
        return {"page": page, "keywords_total": len(keywords), "keywords": [_keyword_out(k) for k in shown]}

    # --- reseller clients ----------------------------------------------------------------------------------
    def _reseller(self, account: Account) -> Book:
        if not _setting(account, "reseller", bool, True):
            raise ProviderError("NO_ACCESS")
        return self.book(account)

    def _client_out(self, client: Client) -> P:
        account = self.store.accounts[client.account_id]
        book = self.book(account)
        spend = round(sum(s.cost for s in book.sends.values()), 3)
        return {"id": client.id, "name": client.name, "contact": client.contact, "email": client.email,
                "msisdn": client.msisdn, "currency": _setting(account, "currency", str, "AUD"),
                "timezone": client.timezone, "created": self._stamp(client.created_at),
                "client_pays": client.client_pays,
                "sms_margin": client.sms_margin, "number_margin": client.number_margin,
                "apikey": account.credentials["api_key"], "apisecret": account.credentials["api_secret"],
                "recharge_amount": client.recharge_amount, "total_lists": len(book.lists),
                "total_sms": sum(s.sms for s in book.sends.values()),
                "total_contacts": sum(len(lst.members) for lst in book.lists.values()), "total_spend": spend,
                "total_revenue": round(spend * client.sms_margin / 100, 3), "credit_based": False,
                "balance": round(account.balance, 3), "has_credit_card": "no", "trial": "no"}  # fmt: skip

    def get_clients(self, account: Account, p: P) -> P:
        clients = sorted(self._reseller(account).clients.values(), key=lambda c: c.id)
        shown, page = paginate(clients, p)
        return {"page": page, "clients_total": len(clients), "clients": [self._client_out(c) for c in shown]}

    def get_client(self, account: Account, p: P) -> P:
        if "client_id" not in p:
            return self._own(account)
        owner = self.registry.clients.get(p["client_id"])
        if owner is None:
            raise ProviderError("NOT_FOUND", "Client with this ID does not exist")
        if owner != account.id:
            raise ProviderError("NO_ACCESS")
        return self._client_out(self._reseller(account).clients[p["client_id"]])

    def _own(self, account: Account) -> P:
        """get-client without `client_id`: the caller's own account (a reseller's client sees its client record)."""
        user_id = self.registry.user_id(account)
        reseller = self.store.accounts.get(self.registry.clients.get(user_id, ""))
        if reseller is not None:
            return self._client_out(self.book(reseller).clients[user_id])
        book = self.book(account)
        return {"id": user_id, "name": _setting(account, "name", str, "Demo account"), "contact": None,
                "email": _setting(account, "email", str, f"{account.id}@example.com"),
                "currency": _setting(account, "currency", str, "AUD"),
                "timezone": _setting(account, "timezone", str, "Australia/Sydney"), "created": self._stamp(0.0),
                "apikey": account.credentials["api_key"], "apisecret": account.credentials["api_secret"],
                "total_lists": len(book.lists), "total_sms": sum(s.sms for s in book.sends.values()),
                "balance": round(account.balance, 3)}  # fmt: skip

    def add_client(self, account: Account, p: P) -> P:
        book = self._reseller(account)
        if not _EMAIL.fullmatch(p["email"]):
            raise invalid("email")
        if p["email"].lower() in self.registry.emails:
            raise ProviderError("KEY_EXISTS")
        digits, _ = clean_digits(p["msisdn"])
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
            raise invalid("msisdn")
        timezone = p.get("timezone", _setting(account, "timezone", str, "Australia/Sydney"))
        try:
            zoneinfo.ZoneInfo(timezone)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            raise invalid("timezone", "is not a known time zone") from None
        if p.get("payment_method") == "fixed" and "fixed_top_up_amount" not in p:
            raise ProviderError("FIELD_EMPTY", "Required field 'fixed_top_up_amount' is empty")
        client_id = next(self.registry.client_ids)
        key = hashlib.md5(f"transmitsms-client-{client_id}".encode()).hexdigest()
        login = self.store.add_account("transmitsms", {"api_key": key, "api_secret": p.get("api_secret", "")}, 0.0)
        login.settings.update(reseller=False, currency=_setting(account, "currency", str, "AUD"))
        login.resources["user_id"] = client_id
        client = Client(client_id, login.id, p["name"], p["email"], int(digits), p.get("contact"), timezone,
                        self.store.clock.now(), p.get("client_pays", True), float(p.get("sms_margin", 0.0)),
                        float(p.get("number_margin", 0.0)), p.get("payment_method", "variable"),
                        float(p.get("fixed_top_up_amount", 0.0)))  # fmt: skip
        book.clients[client_id] = client
        self.registry.clients[client_id] = account.id
        self.registry.emails.add(p["email"].lower())
        return self._client_out(client)

    # --- reporting over time -------------------------------------------------------------------------------
    def _span(self, p: P, days: int) -> tuple[float, float]:
        """A `start` / `end` window at most `days` calendar days long; neither given: the last 24 hours."""
        now = self.store.clock.now()
        if "start" not in p and "end" not in p:
            return now - DAY, now
        start, end = self._window(p)
        if "start" not in p:
            start = end - days * DAY
        first, last = self.store.clock.datetime(start).date(), self.store.clock.datetime(end).date()
        if (last - first).days > days:
            raise invalid("end", f"is too far from start: start and end must be within {days} days")
        return start, end

    def _sent(self, account: Account) -> Iterable[tuple[Send, int, Message]]:
        """Every recipient's SMS of the account, newest message first: (send, number, stored message)."""
        for send in sorted(self.book(account).sends.values(), key=lambda s: s.message_id, reverse=True):
            for number, stored in send.recipients.items():
                yield send, number, self.store.messages[stored]

    def get_sms_sent_count(self, account: Account, p: P) -> P:
        start, end = self._span(p, 7)
        parts = sum(m.segments for _, _, m in self._sent(account)
                    if m.sent_at is not None and start <= m.sent_at <= end)  # fmt: skip
        return {"count": parts}

    def get_user_sms_sent(self, account: Account, p: P) -> P:
        start, end = self._window(p)
        rows = []
        for send, number, m in self._sent(account):
            if m.sent_at is None or not start <= m.sent_at <= end or p.get("msisdn", number) != number:
                continue
            rows.append({"id": send.sms_id(number), "message_id": send.message_id, "message": m.text,
                         "sent_at": self._stamp(m.sent_at), "msisdn": number, "caller_id": _sender_id(send.sender),
                         "status": _DLR_STATUS.get(m.status, "pending")})  # fmt: skip
        shown, page = paginate(rows, p)
        return {"page": page, "total": len(rows), "messages": shown}

    def get_contact_sms_stats(self, account: Account, p: P) -> P:
        digits = international(str(p["mobile"]), self._region(p.get("countrycode")))
        start, end = self._window(p) if "start" in p else (float("-inf"), self._window(p)[1])
        rows = []
        for send, number, m in self._sent(account):
            if digits is None or number != int(digits) or m.status == "cancelled" or not start <= send.send_at <= end:
                continue
            rows.append({"message_id": send.message_id, "datetime_send": self._stamp(send.send_at),
                         "delivery_status": _DLR_STATUS.get(m.status, "pending")})  # fmt: skip
        key = p.get("sort_field", "message_id")
        rows.sort(key=lambda r: (r[key], r["message_id"]), reverse=p.get("order") == "desc")
        shown, page = paginate(rows, p)
        return {"page": page, "total": len(rows), "records": shown}

    def get_message_report(self, account: Account, p: P) -> P:
        start, end = self._span(p, 30)
        lst = self._list(account, p["list_id"]) if "list_id" in p else None
        sends = [s for s in sorted(self.book(account).sends.values(), key=lambda s: s.message_id, reverse=True)
                 if start <= s.send_at <= end and p.get("type", "all") in ("all", s.kind)
                 and ("number" not in p or s.sender == str(p["number"]))]  # fmt: skip
        shown, page = paginate(sends, p)
        rows = []
        for send in shown:
            tally = self._tally(account, send)
            statuses = {self.store.messages[m].status for m in send.recipients.values()}
            state = "completed"
            if statuses & {"scheduled", "cancelled"}:
                state = "scheduled" if "scheduled" in statuses else "cancelled" if statuses == {"cancelled"} else state
            row: P = {"type": send.kind, "id": send.message_id, "sms": send.sms, "cost": -send.cost,
                      "sent_at": self._stamp(send.send_at), "status": state, "message": send.template,
                      "pending": tally["pending"], "delivered": tally["delivered"], "soft_bounced": tally["soft"],
                      "hard_bounced": tally["hard"], "optouts": tally["optouts"],
                      "responses": tally["responses"]}  # fmt: skip
            if len(send.recipients) == 1:
                (number,) = send.recipients
                row["msisdn"] = number
                member = lst.members.get(number) if lst else None
                if lst is not None and member is not None:
                    values = {name: member.values.get(slot, "") for slot, name in lst.fields.items()}
                    row.update(first_name=member.first_name, last_name=member.last_name, fields=_fields(values, p))
            rows.append(row)
        return {"page": page, "messages_total": len(sends), "sms_total": sum(s.sms for s in sends), "messages": rows}

    # --- contacts ------------------------------------------------------------------------------------------
    def _contact(self, lst: ContactList, msisdn: str) -> Member:
        digits = international(msisdn, None)
        member = lst.members.get(int(digits)) if digits else None
        if member is None:
            raise ProviderError("NOT_FOUND", "Contact with this mobile does not exist on this list")
        return member

    def get_contact(self, account: Account, p: P) -> P:
        lst = self._list(account, p["list_id"])
        return self._member_out(lst, self._contact(lst, p["msisdn"]), p)

    def edit_list_member(self, account: Account, p: P) -> P:
        book, lst = self.book(account), self._list(account, p["list_id"])
        digits = international(p["msisdn"], None)
        if digits is None:
            raise ProviderError("BAD_MOBILE")
        if outcome(digits) is Outcome.UNROUTABLE:
            raise ProviderError("BAD_MOBILE_COUNTRY")
        member = self._contact(lst, digits)
        if member.optout or member.msisdn in book.optouts:
            raise ProviderError("OPTOUT")
        if member.deleted:
            raise ProviderError("DUPLICATE_DELETED")
        member.first_name = p.get("first_name", member.first_name)
        member.last_name = p.get("last_name", member.last_name)
        member.values.update({slot: str(p[slot]) for slot in lst.fields if slot in p})
        return self._member_out(lst, member, p)

    def add_field_to_list(self, account: Account, p: P) -> P:
        lst = self._list(account, p["list_id"])
        named = {slot: p[slot].strip(PHP_TRIM) for slot in (f"field_{i}" for i in range(1, 11)) if slot in p}
        if not named or not all(named.values()):
            raise ProviderError("MISSING_PARAM")
        fields = {**lst.fields, **named}
        lst.fields = {slot: fields[slot] for slot in sorted(fields, key=lambda slot: int(slot[6:]))}
        custom = {f"custom_{slot[6:]}": name for slot, name in named.items()}
        if p.get("response_style") == "array":
            return {"fields": [{"name": key, "value": name} for key, name in custom.items()], "id": lst.id}
        return {**custom, "id": lst.id}

    def add_contacts_bulk(self, account: Account, p: P) -> P:
        book = self.book(account)
        if ("list_id" in p) == ("name" in p):
            raise ProviderError("FIELD_INVALID", "You must provide either 'list_id' or 'name'")
        region = self._region(p.get("countrycode"))
        url = p.get("file_url")
        if url is not None and not _URI.fullmatch(url):
            raise invalid("file_url")
        names = {slot: p[slot].strip(PHP_TRIM) for slot in (f"field_{i}" for i in range(1, 11)) if slot in p}
        if "name" in p:
            name = p["name"].strip(PHP_TRIM)
            if any(lst.name.lower() == name.lower() for lst in book.lists.values()):
                raise ProviderError("KEY_EXISTS")
            lst = self._new_list(account, name, {}, self.store.clock.now())
        else:
            lst = self._list(account, p["list_id"])
        fields = {**lst.fields, **names}
        lst.fields = {slot: fields[slot] for slot in sorted(fields, key=lambda slot: int(slot[6:]))}
        rows = _csv_rows(url)
        now = self.store.clock.now()
        job = Import(lst.id, now, now + max(1.0, float(-(-len(rows or []) // 1000))), "failed")
        if rows is not None and (not rows or "mobile" in rows[0]):
            job.status = "completed"
            self._import(book, lst, rows[1:] if rows else [], region, job)
        job.importlength = max(0, len(rows or []) - 1)
        book.imports[lst.id] = job
        return {"list_id": lst.id}

    def _import(
        self, book: Book, lst: ContactList, rows: list[dict[str, str]], region: str | None, job: Import
    ) -> None:
        """Apply a file's rows to a list: new contacts added, existing ones updated, the rest counted."""
        by_name = {name.lower(): slot for slot, name in lst.fields.items()}
        seen: set[int] = set()
        for row in rows:
            digits = international(row.get("mobile", ""), region) if row.get("mobile", "").strip(PHP_TRIM) else None
            if digits is None or outcome(digits) is Outcome.UNROUTABLE:
                job.skipped += 1
                continue
            number, existing = int(digits), lst.members.get(int(digits))
            first = row.get("firstname", row.get("first_name"))
            last = row.get("lastname", row.get("last_name"))
            values = {by_name[key]: value for key, value in row.items() if key in by_name}
            if number in seen or existing is not None:
                job.duplicates += 1
                if existing is not None and number not in seen and not existing.deleted:
                    existing.first_name = first if first is not None else existing.first_name
                    existing.last_name = last if last is not None else existing.last_name
                    existing.values.update(values)
                seen.add(number)
                continue
            seen.add(number)
            if number in book.optouts or outcome(digits) is Outcome.BLACKLISTED:
                job.optout += 1
                continue
            lst.members[number] = Member(lst.id, number, first, last, self.store.clock.now(), values)
            job.imported += 1

    def add_contacts_bulk_progress(self, account: Account, p: P) -> P:
        lst = self._list(account, p["list_id"])
        job = self.book(account).imports.get(lst.id)
        if job is None:
            raise ProviderError("NOT_FOUND", "No import was started for this list")
        now = self.store.clock.now()
        done = now >= job.done_at
        share = 1.0 if done else (now - job.started_at) / (job.done_at - job.started_at)
        return {"list_id": lst.id, "status": job.status if done else "in progress",
                "importlength": job.importlength, "completed": int(job.importlength * share),
                "duplicates": job.duplicates, "skipped": job.skipped, "optout": job.optout,
                "imported": job.imported}  # fmt: skip

    # --- number options, Email to SMS ----------------------------------------------------------------------
    def _leased(self, book: Book, number: int) -> VirtualNumber:
        leased = book.numbers.get(number)
        if leased is None or leased.status != "active":
            raise ProviderError("FIELD_INVALID", "This number is not leased to you.")
        return leased

    def edit_number_options(self, account: Account, p: P) -> P:
        number = self._leased(self.book(account), p["number"])
        if "list_id" in p:
            number.list_id = self._list(account, p["list_id"]).id
        number.forward_url = self._callback(account, "forward_url", p.get("forward_url")) or number.forward_url
        for name in ("forward_email", "forward_sms", "welcome_message", "members_message"):
            setattr(number, name, p.get(name, getattr(number, name)))
        return {}

    def add_email(self, account: Account, p: P) -> P:
        book = self.book(account)
        if not _SENDER_EMAIL.search(p["email"]):
            raise invalid("email")
        number = self._leased(book, p["number"]).number if "number" in p else None
        book.emails[p["email"].lower()] = EmailSender(p["email"], p.get("max_sms", 1), number)
        return {"success": True}

    def delete_email(self, account: Account, p: P) -> P:
        emails, wanted = self.book(account).emails, p["email"].lower()
        if not _SENDER_EMAIL.search(wanted):
            raise invalid("email")
        domain = wanted[2:] if wanted.startswith("*@") else None
        gone = [e for e in emails if e == wanted or (domain is not None and e.rpartition("@")[2] == domain)]
        if not gone:
            raise ProviderError("NOT_FOUND", "This email address is not registered")
        for email in gone:
            del emails[email]
        return {"success": True}


# --- answer pieces ---------------------------------------------------------------------------------------------
def _fields(values: dict[str, str], p: P) -> Any:
    """Custom fields as documented: `[]` when none, an object by default, name/value pairs with response_style."""
    if not values:
        return []
    if p.get("response_style") == "array":
        return [{"name": name, "value": value} for name, value in values.items()]
    return dict(values)


def _csv_rows(url: str | None) -> list[dict[str, str]] | None:
    """A CSV file's header row and rows (cells keyed by lower-case header), from a `data:` URL. None for any other
    URL: the simulator reaches no network, so an import from one fails (as an unreachable file would)."""
    if url is None:
        return []
    if not url.startswith("data:") or "," not in url:
        return None
    meta, _, payload = url[5:].partition(",")
    try:
        raw = base64.b64decode(payload, validate=True) if meta.endswith(";base64") else unquote_to_bytes(payload)
        text = raw.decode("utf-8-sig")
    except (ValueError, UnicodeDecodeError):
        return None
    table = [row for row in csv.reader(io.StringIO(text))]
    if not table:
        return []
    header = [cell.strip(PHP_TRIM).lower() for cell in table[0]]
    rows = [dict(zip(header, header, strict=False))]
    rows += [{h: cell.strip(PHP_TRIM) for h, cell in zip(header, row, strict=False)} for row in table[1:] if row]
    return rows


def _number_out(n: VirtualNumber) -> P:
    return {"number": n.number, "price": n.price, "auto_renew": n.auto_renew, "next_charge": n.next_charge,
            "status": n.status}  # fmt: skip


def _keyword_out(k: Keyword) -> P:
    return {"id": k.id, "keyword": k.keyword, "reference": k.reference, "number": k.number, "list_id": k.list_id,
            "welcome_message": k.welcome_message, "member_message": k.member_message, "forward_url": k.forward_url,
            "forward_sms": k.forward_sms, "forward_email": k.forward_email, "status": k.status,
            "billing_date": k.billing_date}  # fmt: skip


def _sender_id(sender: str) -> int | str:
    return int(sender) if sender.isdigit() else sender


def _expand(template: str, member: Member | None, lst: ContactList | None, message_id: int, number: int,
            tracked: bool) -> str:  # fmt: skip
    """The text one recipient gets: name and custom-field placeholders and the tracked / opt-out links filled in."""
    if "[" not in template:
        return template
    code = _base62(message_id * 7919 + number % 100003)
    values = {"firstname": (member.first_name or "") if member else "",
              "lastname": (member.last_name or "") if member else "",
              "unsub-reply-link": f"TapTh.is/u{code}"}  # fmt: skip
    if tracked:
        values["tracked-link"] = f"TapTh.is/{code}"
    if member is not None and lst is not None:
        values.update({name.lower(): member.values.get(slot, "") for slot, name in lst.fields.items()})
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1).lower(), m.group(0)), template)


def _base62(value: int) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        value, digit = divmod(value, 62)
        out = alphabet[digit] + out
        if not value:
            return out
