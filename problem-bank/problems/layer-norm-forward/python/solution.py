import math


def layer_norm(X, gamma, beta, eps):
    d = len(gamma)
    out = []
    for x in X:
        mean = sum(x) / d
        # Deviations first, then their squares: E[x^2] - E[x]^2 would cancel badly for rows with a large offset.
        centred = [v - mean for v in x]
        inv = 1.0 / math.sqrt(sum(c * c for c in centred) / d + eps)
        out.append([g * c * inv + b for g, c, b in zip(gamma, centred, beta)])
    return out
