"""Decompression with a cap on the decoded size, so a small gzip bomb cannot fill the memory.

Output is produced at most ``limit + 1`` bytes at a time (``zlib``'s ``max_length``), so the
cap holds however far the data would expand.
"""

from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"


class TooLarge(Exception):
    """The decoded data passed the limit."""


class Inflater:
    """Feeds compressed chunks, keeps the decoded bytes; raises ``TooLarge`` past ``limit``.

    ``encoding`` is an HTTP Content-Encoding: "", "identity", "gzip", "x-gzip" or "deflate".
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding.lower().strip()
        if self.encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise ValueError(f"unsupported content encoding {encoding!r}")
        self.limit = limit
        self._chunks: list[bytes] = []
        self.size = 0
        self._decoder = self._new_decoder() if self.encoding not in ("", "identity") else None

    @staticmethod
    def _new_decoder():
        return zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)  # gzip or zlib header, detected

    def feed(self, data: bytes) -> None:
        if self._decoder is None:
            self._keep(data)
            return
        while data:
            out = self._decoder.decompress(data, self.limit - self.size + 1)
            self._keep(out)
            if self._decoder.unconsumed_tail:
                data = self._decoder.unconsumed_tail
            elif self._decoder.eof and self._decoder.unused_data:  # a multi-member gzip stream
                data = self._decoder.unused_data
                self._decoder = self._new_decoder()
            else:
                data = b""

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge(f"more than {self.limit:,} bytes")
        self._chunks.append(data)

    def finish(self) -> bytes:
        if self._decoder is not None:
            self._keep(self._decoder.flush())
        return b"".join(self._chunks)


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """``data`` decompressed if it is gzip (by its magic bytes), else as it is; raises ``TooLarge``."""
    if not data.startswith(GZIP_MAGIC):
        if len(data) > limit:
            raise TooLarge(f"more than {limit:,} bytes")
        return data
    inflater = Inflater("gzip", limit)
    inflater.feed(data)
    return inflater.finish()
