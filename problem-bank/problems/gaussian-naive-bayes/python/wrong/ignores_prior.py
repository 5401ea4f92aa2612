import math


def _largest_column_variance(X):
    n = len(X)
    largest = 0.0
    for j in range(len(X[0])):
        m = 0.0
        for row in X:
            m += row[j]
        m /= n
        v = 0.0
        for row in X:
            v += (row[j] - m) * (row[j] - m)
        largest = max(largest, v / n)
    return largest


def predict(train_x, train_y, test_x):
    n = len(train_x)
    d = len(train_x[0])
    classes = max(train_y) + 1
    count = [0] * classes
    mean = [[0.0] * d for _ in range(classes)]
    for row, label in zip(train_x, train_y):
        count[label] += 1
        for j in range(d):
            mean[label][j] += row[j]
    for c in range(classes):
        for j in range(d):
            mean[c][j] /= count[c]
    var = [[0.0] * d for _ in range(classes)]
    for row, label in zip(train_x, train_y):
        for j in range(d):
            dev = row[j] - mean[label][j]
            var[label][j] += dev * dev
    # A small share of the largest variance keeps a constant feature from dividing by 0.
    epsilon = 1e-9 * _largest_column_variance(train_x)
    constant = []
    for c in range(classes):
        # The bug: the log prior is left out, as if every class were equally common.
        score = 0.0
        for j in range(d):
            var[c][j] = var[c][j] / count[c] + epsilon
            score -= 0.5 * math.log(2 * math.pi * var[c][j])
        constant.append(score)
    out = []
    for x in test_x:
        best = 0
        best_score = -math.inf
        for c in range(classes):
            quad = 0.0
            for j in range(d):
                dev = x[j] - mean[c][j]
                quad += dev * dev / var[c][j]
            score = constant[c] - 0.5 * quad
            if score > best_score:
                best_score = score
                best = c
        out.append(best)
    return out
