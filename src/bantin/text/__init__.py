"""The Vietnamese text layer: normalisation, keys, legacy encodings, decoding."""

from bantin.text.encoding import encode_cp1258
from bantin.text.legacy import tcvn3_to_unicode, unicode_to_tcvn3

__all__ = [
    "encode_cp1258",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
]
