def _solve(a, g):
    """Solves a w = g by Gaussian elimination with partial pivoting (a is d x d, small)."""
    d = len(g)
    m = [row[:] + [gi] for row, gi in zip(a, g)]
    for col in range(d):
        pivot = max(range(col, d), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        top = m[col]
        for r in range(col + 1, d):
            row = m[r]
            factor = row[col] / top[col]
            for c in range(col, d + 1):
                row[c] -= factor * top[c]
    w = [0.0] * d
    for i in range(d - 1, -1, -1):
        s = m[i][d]
        for c in range(i + 1, d):
            s -= m[i][c] * w[c]
        w[i] = s / m[i][i]
    return w


def fit(X, y, lambda_):
    """Ridge weights [intercept, w1..wd]; the intercept is not penalised."""
    n, d = len(X), len(X[0])
    mean_y = sum(y) / n
    mean_x = [sum(col) / n for col in zip(*X)]
    # Centring removes the intercept from the penalised problem:
    # (Xc^T Xc + lambda I) w = Xc^T yc, a d x d system built in one pass over the rows.
    a = [[0.0] * d for _ in range(d)]
    g = [0.0] * d
    for row, target in zip(X, y):
        xc = [v - m for v, m in zip(row, mean_x)]
        yc = target - mean_y
        for i in range(d):
            xi = xc[i]
            g[i] += xi * yc
            ai = a[i]
            for j in range(i, d):
                ai[j] += xi * xc[j]
    for i in range(d):
        for j in range(i):
            a[i][j] = a[j][i]
        a[i][i] += lambda_
    w = _solve(a, g)
    intercept = mean_y - sum(m * wi for m, wi in zip(mean_x, w))
    return [intercept] + w
