import math
from itertools import repeat


def multi_head_attention(X, Wq, Wk, Wv, Wo, heads, causal):
    n = len(X)
    width = len(Wq) // heads  # each head owns a contiguous block of `width` columns
    dot = math.sumprod
    q, k, v = matmul(X, Wq), matmul(X, Wk), matmul(X, Wv)
    scale = 1.0 / math.sqrt(width)
    concat = [[] for _ in range(n)]
    for h in range(heads):
        cols = slice(h * width, (h + 1) * width)
        q_head = [row[cols] for row in q]
        k_head = [row[cols] for row in k]
        v_cols = [list(col) for col in zip(*(row[cols] for row in v))]
        for i in range(n):
            visible = i + 1 if causal else n
            scores = [s * scale for s in map(dot, repeat(q_head[i], visible), k_head)]
            top = max(scores)
            weights = [math.exp(s - top) for s in scores]
            total = sum(weights)
            # Masked positions weigh 0, so each output is one dot product over all n values.
            weights += [0.0] * (n - visible)
            concat[i] += [dot(weights, col) / total for col in v_cols]
    return matmul(concat, Wo)


def matmul(a, b):
    b_cols = [list(col) for col in zip(*b)]
    return [[math.sumprod(row, col) for col in b_cols] for row in a]
