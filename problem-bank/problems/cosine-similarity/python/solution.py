import math


def _norms(rows):
    return [math.sqrt(sum(v * v for v in row)) for row in rows]


def cosine_similarity(A, B):
    norms_a = _norms(A)
    norms_b = _norms(B)
    result = []
    for row, norm_a in zip(A, norms_a):
        out = [0.0] * len(B)
        if norm_a != 0:
            for j, (other, norm_b) in enumerate(zip(B, norms_b)):
                # A zero row has no direction: its similarity stays 0.
                if norm_b != 0:
                    dot = sum(x * y for x, y in zip(row, other))
                    out[j] = dot / (norm_a * norm_b)
        result.append(out)
    return result
