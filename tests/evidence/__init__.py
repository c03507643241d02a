"""The evidence corpus (specs/evidence/<id>/*.yaml) held against the spec, the generated clients, the overlay and
the simulator."""
