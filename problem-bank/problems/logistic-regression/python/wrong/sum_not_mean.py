import math
from itertools import repeat


def fit(X, y, learning_rate, iterations):
    rows = [[1.0] + row for row in X]
    cols = [list(col) for col in zip(*rows)]
    dot = math.sumprod
    exp = math.exp
    beta = [0.0] * len(cols)
    for _ in range(iterations):
        errors = [1.0 / (1.0 + exp(-z)) - label for z, label in zip(map(dot, repeat(beta), rows), y)]
        # Bug: steps along the summed gradient; the step should use the mean (divide by n).
        beta = [b - learning_rate * dot(errors, col) for b, col in zip(beta, cols)]
    return beta
