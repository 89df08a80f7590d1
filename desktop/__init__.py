"""Sổ Dân Chủ: offline ledger of a commune's grassroots democracy records."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sodanchu")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
