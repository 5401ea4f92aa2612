import math


def layer_norm(X, gamma, beta, eps):
    d = len(gamma)
    out = []
    for x in X:
        mean = sum(x) / d
        centred = [v - mean for v in x]
        # Bug: the sample variance (d - 1); layer norm uses the population variance (d).
        inv = 1.0 / math.sqrt(sum(c * c for c in centred) / max(1, d - 1) + eps)
        out.append([g * c * inv + b for g, c, b in zip(gamma, centred, beta)])
    return out
