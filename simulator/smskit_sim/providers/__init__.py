"""One module per simulated provider; `PROVIDER_CLASSES` is what `create_app` mounts."""

from __future__ import annotations

from smskit_sim.providers.base import Provider
from smskit_sim.providers.easify import Easify
from smskit_sim.providers.easysendsms import EasySendSMS
from smskit_sim.providers.ezzysms import EzzySMS
from smskit_sim.providers.mobyt import Mobyt
from smskit_sim.providers.transmitsms import TransmitSMS

__all__ = ["PROVIDER_CLASSES"]

PROVIDER_CLASSES: tuple[type[Provider], ...] = (EasySendSMS, EzzySMS, Easify, TransmitSMS, Mobyt)
