"""One typed settings object: shipped defaults -> user file -> environment -> command-line flags.

Settings are passed explicitly to whatever needs them; nothing reads them at import time.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

frozen = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)


@frozen
class StoreSettings:
    path: str = "bantin.db"


@frozen
class IngestSettings:
    workers: int = 0
    batch_size: int = 64
    max_page_bytes: int = 8_000_000
    progress: bool = True

    @property
    def worker_count(self) -> int:
        if self.workers > 0:
            return self.workers
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)


@frozen
class ExtractSettings:
    min_text_chars: int = 200
    min_keep_chars: int = 80
    timezone: str = "Asia/Ho_Chi_Minh"


@frozen
class SearchSettings:
    limit: int = 20
    snippet_chars: int = 160


@frozen
class CrawlSettings:
    """Collecting from the web: politeness, retries, limits, safety (see defaults.toml)."""

    user_agent: str = ""  # empty: bantin/<version> (+https://github.com/bantin/bantin)
    concurrency: int = 16
    per_host_concurrency: int = 2
    min_interval: float = 1.0
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 300.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    request_deadline: float = 120.0
    max_redirects: int = 5
    max_body_bytes: int = 8_000_000
    max_sitemap_bytes: int = 52_428_800
    allow_private_addresses: bool = False
    allowed_networks: tuple[str, ...] = ()
    every: str = "15m"
    backfill_days: int = 3
    max_pages_per_pass: int = 5_000
    max_sitemaps_per_source: int = 50
    max_attempts: int = 3
    warc_dir: str = ""


@frozen
class NlpSettings:
    enabled: bool = True
    keyphrases: int = 10
    min_topic_confidence: float = 0.0


@frozen
class ConnectSettings:
    """Duplicates, stories and alerts (see defaults.toml and bantin.connect)."""

    after_ingest: bool = True
    batch_size: int = 2_000
    story_window_days: float = 3.0
    alert_baseline_days: int = 14
    alert_min_articles: int = 3


@frozen
class WebSettings:
    """The dashboard and API (see defaults.toml and bantin.web)."""

    admin_token: str = ""
    workers: int = 1
    cache_seconds: float = 60.0


@frozen
class Settings:
    store: StoreSettings = StoreSettings()
    ingest: IngestSettings = IngestSettings()
    extract: ExtractSettings = ExtractSettings()
    search: SearchSettings = SearchSettings()
    crawl: CrawlSettings = CrawlSettings()
    nlp: NlpSettings = NlpSettings()
    connect: ConnectSettings = ConnectSettings()
    web: WebSettings = WebSettings()

    def with_overrides(self, section: str, **values: Any) -> Settings:
        """A copy with some keys of one section replaced (``None`` values are ignored)."""
        values = {k: v for k, v in values.items() if v is not None}
        if not values:
            return self
        part = dataclasses.replace(getattr(self, section), **values)
        return dataclasses.replace(self, **{section: part})


class SettingsError(ValueError):
    pass


def load_settings(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read the shipped defaults, then ``path`` (or $BANTIN_CONFIG), then BANTIN_<SECTION>_<KEY> variables."""
    env = os.environ if env is None else env
    layers = [tomllib.loads(resources.files("bantin").joinpath("defaults.toml").read_text("utf-8"))]
    path = path or env.get("BANTIN_CONFIG")
    if path:
        try:
            layers.append(tomllib.loads(Path(path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
    settings = Settings()
    for layer, origin in zip(layers, ("the shipped defaults.toml", str(path)), strict=False):
        settings = _apply(settings, layer, origin)
    return _apply_env(settings, env)


# What a number stands for, named in error messages ("must be a number of seconds").
UNITS = {
    "min_interval": "seconds", "backoff": "seconds", "max_retry_after": "seconds", "connect_timeout": "seconds",
    "read_timeout": "seconds", "request_deadline": "seconds", "cache_seconds": "seconds",
    "story_window_days": "days", "backfill_days": "days", "alert_baseline_days": "days",
    "max_page_bytes": "bytes", "max_body_bytes": "bytes", "max_sitemap_bytes": "bytes",
}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _expected(kind: type, name: str) -> str:
    """How a value of ``kind`` is described to the user: "a number of seconds", "true or false"..."""
    unit = UNITS.get(name)
    if kind is bool:
        return "true or false"
    if kind is int:
        return f"a whole number of {unit}" if unit else "a whole number"
    if kind is float:
        return f"a number of {unit}" if unit else "a number"
    if kind is tuple:
        return "a list of strings"
    return "a string"


def _check(value: Any, kind: type, name: str, where: str) -> Any:
    """``value`` from a settings file as a ``kind``; a ``SettingsError`` naming ``where`` otherwise."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise SettingsError(f"{where} must be {_expected(kind, name)}, got {value!r}")


def _parse(raw: str, kind: type, name: str, where: str) -> Any:
    """An environment variable's text as a ``kind``; a ``SettingsError`` naming ``where`` otherwise."""
    if kind is tuple:  # a comma-separated list
        return tuple(v.strip() for v in raw.split(",") if v.strip())
    if kind is bool:
        word = raw.strip().lower()
        if word in _TRUE | _FALSE:
            return word in _TRUE
    elif kind in (int, float):
        try:
            return kind(raw.strip().replace("_", ""))
        except ValueError:
            pass
    else:
        return raw
    raise SettingsError(f"{where} must be {_expected(kind, name)}, got {raw!r}")


def _apply(settings: Settings, layer: Mapping[str, Any], origin: str) -> Settings:
    for section, values in layer.items():
        if section not in Settings.__dataclass_fields__ or not isinstance(values, Mapping):
            raise SettingsError(f"{origin}: unknown settings section [{section}]")
        part = getattr(settings, section)
        known = part.__dataclass_fields__
        unknown = set(values) - set(known)
        if unknown:
            raise SettingsError(f"{origin}: unknown key(s) in [{section}]: {', '.join(sorted(unknown))}")
        checked = {
            name: _check(value, type(getattr(part, name)), name, f"{origin}: [{section}] {name}")
            for name, value in values.items()
        }
        settings = settings.with_overrides(section, **checked)
    return settings


def _apply_env(settings: Settings, env: Mapping[str, str]) -> Settings:
    for section in Settings.__dataclass_fields__:
        part = getattr(settings, section)
        for field in dataclasses.fields(part):
            variable = f"BANTIN_{section}_{field.name}".upper()
            raw = env.get(variable)
            if raw is None:
                continue
            value = _parse(raw, type(getattr(part, field.name)), field.name, variable)
            settings = settings.with_overrides(section, **{field.name: value})
    return settings
