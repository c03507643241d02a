"""One package per simulated provider (`providers/<id>/`), each in the same layout: `__init__.py` the provider
class (accounts, authentication, error bodies, callbacks), `routes.py` one handler per operationId of its spec,
`rules.py` its validation and business rules, `state.py` its per-account records where it keeps any.
`base.py` is what they share: the route table and request pipeline; `http.py` and `sender.py` small helpers.
"""
