import math
from itertools import repeat


def fit(X, y, learning_rate, iterations):
    # A leading 1 on every row carries the intercept beta[0].
    rows = [[1.0] + row for row in X]
    cols = [list(col) for col in zip(*rows)]
    n = len(rows)
    dot = math.sumprod
    exp = math.exp
    beta = [0.0] * len(cols)
    step = learning_rate / n
    for _ in range(iterations):
        errors = [1.0 / (1.0 + exp(-z)) - label for z, label in zip(map(dot, repeat(beta), rows), y)]
        # Simultaneous update: every component steps from the same point.
        beta = [b - step * dot(errors, col) for b, col in zip(beta, cols)]
    return beta
