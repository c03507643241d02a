"""smskit: typed clients for five SMS gateways, driven by their OpenAPI specs.

The per-provider clients, the common interface and the error tree come with the overlay; for now the
package installs, ships the specs and exposes what the generated clients are built from.
"""

from smskit._spec import PROVIDERS, load_spec, spec_path

__all__ = ["PROVIDERS", "__version__", "load_spec", "spec_path"]

__version__ = "0.1.0"
