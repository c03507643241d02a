"""The ceiling: a bare Starlette endpoint answering the send path with the same JSON, no validation, no state.

Run: python benchmarks/bare_app.py --port 8790 (one uvicorn worker, the same server settings as smskit-sim).
"""

from __future__ import annotations

import argparse

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

SEND_PATH = "/easysendsms/v1/rest/sms/send"
ANSWER = {"status": "OK", "scheduled": "Now", "messageIds": ["OK: 2f1c7a4e-9d3b-4c55-8a61-0b7e3f9d2c18"]}


async def send(request: Request) -> Response:
    return JSONResponse(ANSWER)


app = Starlette(routes=[Route(SEND_PATH, send, methods=["POST"])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args()

    import uvicorn

    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
