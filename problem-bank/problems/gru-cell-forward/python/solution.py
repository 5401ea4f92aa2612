import math


def _sigmoid(v):
    return 1 / (1 + math.exp(-v))


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def gru(X, h0, W, U, b):
    hidden = len(h0)
    h = list(h0)
    states = []
    for x in X:
        z = [_sigmoid(b[k] + _dot(W[k], x) + _dot(U[k], h)) for k in range(hidden)]
        r = [_sigmoid(b[hidden + k] + _dot(W[hidden + k], x) + _dot(U[hidden + k], h)) for k in range(hidden)]
        # The reset gate scales the old state before the recurrent product.
        reset = [rk * hk for rk, hk in zip(r, h)]
        new = []
        for k in range(hidden):
            row = 2 * hidden + k
            candidate = math.tanh(b[row] + _dot(W[row], x) + _dot(U[row], reset))
            new.append((1 - z[k]) * candidate + z[k] * h[k])
        h = new
        states.append(new)
    return states
