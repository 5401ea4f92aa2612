from operator import mul


def fit(X, y):
    n = len(X)
    d = len(X[0])
    y_mean = sum(y) / n
    x_means = [sum(col) / n for col in zip(*X)]
    # Normal equations on centred data; each entry is one dot product of two centred columns.
    cols = [[v - m for v in col] for col, m in zip(zip(*X), x_means)]
    target = [v - y_mean for v in y]
    system = [[sum(map(mul, a, b)) for b in cols] + [sum(map(mul, a, target))] for a in cols]
    w = solve(system, d)
    intercept = y_mean - sum(map(mul, w, x_means))
    return [intercept] + w


def solve(m, d):
    """Gaussian elimination with partial pivoting on an augmented d x (d + 1) matrix."""
    for col in range(d):
        pivot = max(range(col, d), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        top = m[col]
        for r in range(col + 1, d):
            factor = m[r][col] / top[col]
            m[r] = [a - factor * b for a, b in zip(m[r], top)]
    x = [0.0] * d
    for r in range(d - 1, -1, -1):
        x[r] = (m[r][d] - sum(m[r][c] * x[c] for c in range(r + 1, d))) / m[r][r]
    return x
