import math
from itertools import repeat

LEARNING_RATE = 0.5
ITERATIONS = 60


def sigmoid(z):
    # Written for both signs so math.exp never overflows.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_predict(train_X, train_y, test_X):
    n = len(train_X)
    # Standardise with the training statistics so one learning rate suits every feature's scale.
    means = [sum(col) / n for col in zip(*train_X)]
    scales = []
    for col, m in zip(zip(*train_X), means):
        var = sum((v - m) ** 2 for v in col) / n
        scales.append(math.sqrt(var) if var > 0 else 1.0)

    def standardised(row):
        # A leading 1 carries the intercept.
        return [1.0] + [(v - m) / s for v, m, s in zip(row, means, scales)]

    rows = [standardised(row) for row in train_X]
    cols = [list(col) for col in zip(*rows)]
    dot = math.sumprod
    beta = [0.0] * len(cols)
    step = LEARNING_RATE / n
    for _ in range(ITERATIONS):
        errors = [sigmoid(z) - y for z, y in zip(map(dot, repeat(beta), rows), train_y)]
        # Bug: climbs the loss instead of descending it.
        beta = [b + step * dot(errors, col) for b, col in zip(beta, cols)]
    return [1 if dot(beta, standardised(row)) >= 0 else 0 for row in test_X]
