"""A NumPy forward pass of all-MiniLM-L6-v2 (a 6-layer BERT, 384 wide, mean-pooled), enough to
embed short texts on a CPU without PyTorch. Used only by build.py, offline."""
import json
import re
import struct
import unicodedata

import numpy as np
from scipy.special import erf


class MiniLM:
    def __init__(self, model_dir):
        with open(f"{model_dir}/model.safetensors", "rb") as f:
            header_size = struct.unpack("<Q", f.read(8))[0]
            header = json.loads(f.read(header_size))
            body = f.read()
        self.weights = {}
        for name, entry in header.items():
            if name == "__metadata__" or entry["dtype"] != "F32":
                continue
            start, end = entry["data_offsets"]
            self.weights[name] = np.frombuffer(body[start:end], dtype=np.float32).reshape(entry["shape"])
        with open(f"{model_dir}/vocab.txt", encoding="utf-8") as f:
            self.vocab = [line.rstrip("\n") for line in f]
        self.ids = {piece: index for index, piece in enumerate(self.vocab)}

    @staticmethod
    def basic_tokens(text):
        """BERT's uncased basic tokenizer: lower case, accents stripped, punctuation apart."""
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        return re.findall(r"\w+|[^\w\s]", text)

    def word_pieces(self, word):
        """Greedy longest-match WordPiece ids of one word ([UNK] when a piece is missing)."""
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found = self.ids[piece]
                    break
                end -= 1
            if found is None:
                return [self.ids["[UNK]"]]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, sequences):
        """Mean-pooled, L2-normalised embeddings of id sequences (each with [CLS] … [SEP])."""
        w = self.weights
        length, batch = max(len(s) for s in sequences), len(sequences)
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        heads, width = 12, 32
        for layer in range(6):
            p = f"encoder.layer.{layer}."

            def linear(v, name):
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(v):
                return v.reshape(batch, length, heads, width).transpose(0, 2, 1, 3)

            q = split(linear(x, "attention.self.query"))
            k = split(linear(x, "attention.self.key"))
            v = split(linear(x, "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(width) + (1 - mask)[:, None, None, :] * -1e9
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, heads * width)
            x = _layer_norm(linear(attended, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            hidden = linear(x, "intermediate.dense")
            hidden = 0.5 * hidden * (1 + erf(hidden / np.sqrt(2)))
            x = _layer_norm(linear(hidden, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def _layer_norm(x, gain, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * gain + bias
