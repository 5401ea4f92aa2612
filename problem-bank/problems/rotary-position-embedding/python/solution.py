import math


def rope(X, start_position, base):
    """Rotates each column pair (2i, 2i+1) of row t by (start_position + t) * base^(-2i/d)."""
    if not X:
        return []
    d = len(X[0])
    freqs = [base ** (-2.0 * i / d) for i in range(d // 2)]
    out = []
    for t, x in enumerate(X):
        position = start_position + t
        cos = [math.cos(position * f) for f in freqs]
        sin = [math.sin(position * f) for f in freqs]
        a, b = x[0::2], x[1::2]
        # Counter-clockwise: (a, b) -> (a cos - b sin, a sin + b cos).
        y = [0.0] * d
        y[0::2] = [p * c - q * s for p, q, c, s in zip(a, b, cos, sin)]
        y[1::2] = [p * s + q * c for p, q, c, s in zip(a, b, cos, sin)]
        out.append(y)
    return out
