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
        g = list(map(mul, up, gamma))
        sum_g = sum(g)
        sum_gx = sum(map(mul, g, xhat))
        dgamma = list(map(add, dgamma, map(mul, up, xhat)))
        dbeta = list(map(add, dbeta, up))
        # The two sums take out the parts along the mean and along xhat that normalising discards.
        k = s / d
        dx.append([k * (d * gi - sum_g - xh * sum_gx) for gi, xh in zip(g, xhat)])
    return dx + [dgamma, dbeta]
