"""The Vietnamese text layer: normalisation, matching keys, legacy encodings, decoding."""

from bantin.text.encoding import (
    Decoded,
    DecodeError,
    decode_html,
    encode_cp1258,
    looks_binary,
)
from bantin.text.legacy import (
    detect_legacy,
    repair_legacy,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from bantin.text.normalize import (
    VIETNAMESE_LETTERS,
    canonical_tones,
    clean_text,
    fold,
    folded_key,
    is_syllable,
    is_vietnamese,
    key,
)

__all__ = [
    "VIETNAMESE_LETTERS",
    "Decoded",
    "DecodeError",
    "canonical_tones",
    "clean_text",
    "decode_html",
    "detect_legacy",
    "encode_cp1258",
    "fold",
    "folded_key",
    "is_syllable",
    "is_vietnamese",
    "key",
    "looks_binary",
    "repair_legacy",
    "tcvn3_to_unicode",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vni_to_unicode",
]
