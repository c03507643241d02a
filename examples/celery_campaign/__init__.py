"""A campaign sent by Celery workers on several machines, one batch per task, each batch through smskit's
PostgreSQL journal: a task retried, redelivered after its worker died, or enqueued twice texts nobody twice.

Copy this folder into your project. `tasks` is the worker side (the Celery app and `send_batch`), `enqueue`
the producer side (split a list, enqueue its batches, collect their results). The documentation's recipe page
(docs/recipes/celery.md) explains the guarantees; tests/durable/test_celery.py kills real workers mid-campaign.
"""
