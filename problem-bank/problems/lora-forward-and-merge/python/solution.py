import math


def lora(X, W, A, B, alpha, merge):
    scale = alpha / len(A)  # r is the number of rows of A
    dot = math.sumprod
    if merge:
        # W + scale * B A: entry (o, i) adds scale * (row o of B) . (column i of A).
        a_cols = [list(col) for col in zip(*A)]
        return [[w + scale * dot(b, col) for w, col in zip(w_row, a_cols)] for w_row, b in zip(W, B)]
    out = []
    for x in X:
        # The adapter goes through r numbers: O(r (in + out)) per row, never the merged matrix.
        low = [scale * dot(x, a) for a in A]
        out.append([dot(x, w) + dot(low, b) for w, b in zip(W, B)])
    return out
