# The smskit simulator as a container, for test suites in any language (a Prism- or Mailpit-like mock):
#   docker build -t smskit-sim . && docker run --rm -p 8787:8787 smskit-sim
# Each provider answers at http://127.0.0.1:8787/<provider id>/..., the control API at /_sim/ (README).
# Arguments after the image name go to smskit-sim, e.g. `--clock 2026-01-01T00:00:00Z`.
FROM python:3.12-slim

WORKDIR /build
# What the distribution builds from (pyproject.toml's wheel targets); nothing else of the checkout.
COPY pyproject.toml README.md ./
COPY overlay overlay
COPY gsm gsm
COPY simulator simulator
COPY generated generated
COPY specs specs
RUN pip install --no-cache-dir ".[sim]" && cd / && rm -rf /build

WORKDIR /
EXPOSE 8787
HEALTHCHECK --interval=5s --timeout=2s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8787/_sim/clock')"]
# 0.0.0.0: reachable through the published port, not only from inside the container.
ENTRYPOINT ["smskit-sim", "--host", "0.0.0.0", "--port", "8787"]
