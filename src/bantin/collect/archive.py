"""Raw responses archived to WARC files (warcio), for provenance and re-processing.

``bantin ingest crawl-*.warc.gz`` reads them back through the same steps. A file is written as
``*.warc.gz.open`` and renamed when closed, so a file without ``.open`` is always complete.
Bodies are stored decoded (any Content-Encoding removed, Content-Length set to match).
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bantin.collect.fetch import Fetched

_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


class WarcArchive:
    def __init__(self, directory: str | Path, *, prefix: str = "bantin-crawl") -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.path = self.directory / f"{prefix}-{stamp}-{os.getpid()}.warc.gz"
        self._partial = self.path.with_name(self.path.name + ".open")
        self._file = self._partial.open("wb")
        self._writer = WARCWriter(self._file, gzip=True)
        self.records = 0

    def write(self, fetched: Fetched) -> None:
        headers = [(k, v) for k, v in fetched.headers.items() if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(fetched.body))))
        http = StatusAndHeaders(f"{fetched.status} {_reason(fetched.status)}", headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            fetched.url, "response", payload=io.BytesIO(fetched.body), http_headers=http,
            warc_headers_dict={"WARC-Date": fetched.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        self._writer.write_record(record)
        self._file.flush()
        self.records += 1

    def close(self) -> Path:
        self._file.close()
        if self.records:
            self._partial.rename(self.path)
        else:
            self._partial.unlink(missing_ok=True)
        return self.path


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
