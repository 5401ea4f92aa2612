import math


def _covariance(X):
    """Sample covariance of the columns (centred, divided by n - 1)."""
    n = len(X)
    d = len(X[0])
    mean = [0.0] * d
    for row in X:
        for t in range(d):
            mean[t] += row[t] / n
    cov = [[0.0] * d for _ in range(d)]
    for row in X:
        centred = [v - m for v, m in zip(row, mean)]
        for p in range(d):
            for q in range(p, d):
                cov[p][q] += centred[p] * centred[q]
    for p in range(d):
        for q in range(p, d):
            cov[p][q] /= n - 1
            cov[q][p] = cov[p][q]
    return cov


def _eigenvalues(a):
    """Cyclic Jacobi rotations until the off-diagonal part is negligible: the diagonal is
    then the spectrum of the symmetric matrix a (changed in place)."""
    d = len(a)
    for _ in range(100):
        whole = sum(v * v for row in a for v in row)
        off = sum(a[p][q] * a[p][q] for p in range(d) for q in range(d) if p != q)
        if off <= 1e-30 * whole or off == 0:
            break
        for p in range(d - 1):
            for q in range(p + 1, d):
                if a[p][q] == 0:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = 1.0 if theta == 0 else math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1))
                c = 1 / math.sqrt(t * t + 1)
                s = t * c
                for row in a:
                    rp, rq = row[p], row[q]
                    row[p] = c * rp - s * rq
                    row[q] = s * rp + c * rq
                ap, aq = a[p], a[q]
                for r in range(d):
                    pr, qr = ap[r], aq[r]
                    ap[r] = c * pr - s * qr
                    aq[r] = s * pr + c * qr
    return [a[i][i] for i in range(d)]


def explained_variance_ratio(X):
    # Rounding can leave a zero eigenvalue slightly negative.
    eigenvalues = sorted((max(0.0, v) for v in _eigenvalues(_covariance(X))), reverse=True)
    total = sum(eigenvalues)
    return [v / total if total > 0 else 0.0 for v in eigenvalues]
