"""Conformance: schemathesis fuzzes every provider spec against the in-process simulator."""
