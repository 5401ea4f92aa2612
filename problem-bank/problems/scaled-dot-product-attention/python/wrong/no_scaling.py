import math
from operator import mul


def attention(Q, K, V, causal, valid_keys):
    """softmax(Q K^T / sqrt(d)) V with a padding mask and, when causal, the cache-aware causal mask."""
    n, m = len(Q), len(K)
    # Bug: the scores are never divided by sqrt(d), so the softmax is too peaked.
    scale = 1.0
    dv = len(V[0])
    columns = [list(col) for col in zip(*V)]
    out = []
    for i, q in enumerate(Q):
        # The queries are the last n of m positions, so query i sees keys up to i + m - n.
        visible = min(valid_keys, i + m - n + 1) if causal else valid_keys
        if visible <= 0:
            out.append([0.0] * dv)
            continue
        scores = [sum(map(mul, q, key)) * scale for key in K[:visible]]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        weights = [w / total for w in weights]
        out.append([sum(map(mul, weights, col)) for col in columns])
    return out
