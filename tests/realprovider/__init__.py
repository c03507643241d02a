"""Conformance against the real provider (`nox -s real`): read-only checks, sends only on request, record mode."""
