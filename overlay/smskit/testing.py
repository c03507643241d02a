"""Switches for testing code that uses smskit.

`set_testing(True)` makes retries and the client-side rate limiter skip their sleeps (time moves virtually),
so tests of retry paths run in milliseconds; `slept()` lists the waits that were skipped.
"""

from smskit._timing import is_testing, set_testing, slept

__all__ = ["is_testing", "set_testing", "slept"]
