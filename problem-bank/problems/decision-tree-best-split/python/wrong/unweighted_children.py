import math


def _impurity(counts, size, entropy):
    result = 0.0 if entropy else 1.0
    for c in counts:
        if c:
            p = c / size
            result -= p * math.log(p) / math.log(2) if entropy else p * p
    return result


def best_split(X, y, entropy):
    n = len(X)
    if n < 2:
        return [-1.0, 0.0, 0.0]
    d = len(X[0])
    classes = max(y) + 1
    total = [0] * classes
    for label in y:
        total[label] += 1
    parent = _impurity(total, n, entropy)
    best_gain, best_feature, best_threshold = 0.0, -1, 0.0
    for j in range(d):
        order = sorted(range(n), key=lambda i: X[i][j])
        left = [0] * classes
        right = list(total)
        # Sweep: once row i is on the left, split between it and the next distinct value.
        for i in range(n - 1):
            label = y[order[i]]
            left[label] += 1
            right[label] -= 1
            a = X[order[i]][j]
            b = X[order[i + 1]][j]
            if a == b:
                continue
            n_left = i + 1
            n_right = n - n_left
            # The bug: the children count equally, whatever their sizes.
            gain = parent - 0.5 * _impurity(left, n_left, entropy) - 0.5 * _impurity(right, n_right, entropy)
            # Gains equal up to rounding keep the earlier split (lower feature, lower threshold).
            if gain > best_gain + 1e-12:
                best_gain, best_feature, best_threshold = gain, j, (a + b) / 2
    if best_feature < 0:
        return [-1.0, 0.0, 0.0]
    return [float(best_feature), best_threshold, best_gain]
