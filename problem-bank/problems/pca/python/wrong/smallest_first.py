import math


def principal_components(X, k):
    cov = covariance(X)
    d = len(cov)
    vectors = [[1.0 if r == c else 0.0 for c in range(d)] for r in range(d)]
    diagonalize(cov, vectors)
    # Bug: sorts by increasing eigenvalue, so the least important directions come first.
    order = sorted(range(d), key=lambda i: cov[i][i])
    return [[vectors[t][j] for t in range(d)] for j in order[:k]]


def covariance(X):
    """Sample covariance of the columns (centred, divided by n - 1)."""
    n = len(X)
    columns = []
    for col in zip(*X):
        mean = sum(col) / n
        columns.append([v - mean for v in col])
    return [[math.sumprod(a, b) / (n - 1) for b in columns] for a in columns]


def diagonalize(a, v):
    """Cyclic Jacobi rotations: a becomes diagonal (the eigenvalues), the columns of v the
    eigenvectors. Symmetric matrices only; converges quadratically."""
    d = len(a)
    for _ in range(100):
        total = sum(x * x for row in a for x in row)
        off = total - sum(a[p][p] * a[p][p] for p in range(d))
        if off <= 1e-30 * total or off == 0:
            return
        for p in range(d - 1):
            for q in range(p + 1, d):
                if a[p][q] == 0:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = 1.0 if theta == 0 else math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1))
                c = 1 / math.sqrt(t * t + 1)
                s = t * c
                for m in (a, v):  # columns p and q of a and of v
                    for row in m:
                        rp, rq = row[p], row[q]
                        row[p] = c * rp - s * rq
                        row[q] = s * rp + c * rq
                a[p], a[q] = ([c * x - s * y for x, y in zip(a[p], a[q])],
                              [s * x + c * y for x, y in zip(a[p], a[q])])
