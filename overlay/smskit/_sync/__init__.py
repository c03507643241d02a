"""The synchronous I/O half of smskit, from `smskit._async` by tools/unasync.py: edit those."""
