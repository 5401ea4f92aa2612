def _solve(A, g):
    """Solves A w = g (Gaussian elimination with partial pivoting); A is changed."""
    d = len(g)
    M = [row + [gi] for row, gi in zip(A, g)]
    for col in range(d):
        pivot = max(range(col, d), key=lambda r: abs(M[r][col]))
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(col + 1, d):
            factor = M[r][col] / M[col][col]
            for c in range(col, d + 1):
                M[r][c] -= factor * M[col][c]
    w = [0.0] * d
    for i in range(d - 1, -1, -1):
        s = M[i][d]
        for c in range(i + 1, d):
            s -= M[i][c] * w[c]
        w[i] = s / M[i][i]
    return w


def _moments(X, y, rows):
    """Sums of y, x, x y and the upper triangle of x x^T over the rows."""
    d = len(X[0])
    sy = 0.0
    sx = [0.0] * d
    sxy = [0.0] * d
    sxx = [[0.0] * d for _ in range(d)]
    for i in rows:
        x = X[i]
        sy += y[i]
        for a in range(d):
            sx[a] += x[a]
            sxy[a] += x[a] * y[i]
            row = sxx[a]
            for b in range(a, d):
                row[b] += x[a] * x[b]
    return sy, sx, sxy, sxx


def cross_validate_ridge(X, y, folds, lambdas):
    n = len(X)
    d = len(X[0])
    start = [0]
    for f in range(folds):
        start.append(start[-1] + n // folds + (1 if f < n % folds else 0))
    # Each fold's sums once; a training part's sums are the total minus its fold's.
    parts = [_moments(X, y, range(start[f], start[f + 1])) for f in range(folds)]
    total_y = sum(p[0] for p in parts)
    total_x = [sum(p[1][a] for p in parts) for a in range(d)]
    total_xy = [sum(p[2][a] for p in parts) for a in range(d)]
    total_xx = [[sum(p[3][a][b] for p in parts) for b in range(d)] for a in range(d)]
    cv = [0.0] * len(lambdas)
    for f, (sy, sx, sxy, sxx) in enumerate(parts):
        held_out = range(start[f], start[f + 1])
        m = n - len(held_out)
        mx = [(total_x[a] - sx[a]) / m for a in range(d)]
        my = (total_y - sy) / m
        # Centring the training part fits the intercept separately from the weights.
        g = [(total_xy[a] - sxy[a]) - m * mx[a] * my for a in range(d)]
        G = [[0.0] * d for _ in range(d)]
        for a in range(d):
            for b in range(a, d):
                G[a][b] = G[b][a] = (total_xx[a][b] - sxx[a][b]) - m * mx[a] * mx[b]
        for c, lam in enumerate(lambdas):
            A = [list(row) for row in G]
            for a in range(d):
                A[a][a] += lam
            w = _solve(A, g)
            b0 = my
            for a in range(d):
                b0 -= mx[a] * w[a]
            sse = 0.0
            for i in held_out:
                pred = b0 + sum(wa * xa for wa, xa in zip(w, X[i]))
                sse += (y[i] - pred) ** 2
            # The bug: pools the squared errors of all folds instead of averaging the fold MSEs.
            cv[c] += sse / n
    # The lowest mean fold error; a tie goes to the smaller lambda.
    best = min(range(len(lambdas)), key=lambda c: (cv[c], lambdas[c]))
    return [lambdas[best]] + cv
