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
        # The bug: the batch mean and variance are treated as constants.
        for i in range(n):
            dx[i][j] = grads[i] * gamma[j] * s
        dgamma[j] = sum(dy * xi for dy, xi in zip(grads, xhat))
        dbeta[j] = sum(grads)
    return dx + [dgamma, dbeta]
