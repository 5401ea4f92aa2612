import math


def backward(X, gamma, dout, eps):
    n = len(X)
    d = len(gamma)
    dx = [[0.0] * d for _ in range(n)]
    dgamma = [0.0] * d
    dbeta = [0.0] * d
    for j in range(d):
        column = [row[j] for row in X]
        grads = [row[j] for row in dout]
        mu = sum(column) / n
        var = sum((v - mu) ** 2 for v in column) / n
        s = 1.0 / math.sqrt(var + eps)
        xhat = [(v - mu) * s for v in column]
        g = [dy * gamma[j] for dy in grads]
        sum_g = sum(g)
        sum_gx = sum(gi * xi for gi, xi in zip(g, xhat))
        # The mean and variance depend on every x: hence the two sums subtracted.
        for i in range(n):
            dx[i][j] = s / n * (n * g[i] - sum_g - xhat[i] * sum_gx)
        dgamma[j] = sum(dy * xi for dy, xi in zip(grads, xhat))
        dbeta[j] = sum(grads)
    return dx + [dgamma, dbeta]
