def gradient_descent(X, y, learning_rate, iterations):
    n = len(X)
    d = len(X[0]) if n else 0
    b = 0.0
    w = [0.0] * d
    for _ in range(iterations if n else 0):
        residuals = [b + sum(wj * xj for wj, xj in zip(w, row)) - target for row, target in zip(X, y)]
        grad_b = sum(residuals)
        grad_w = [0.0] * d
        for r, row in zip(residuals, X):
            for j in range(d):
                grad_w[j] += r * row[j]
        # The bug: the gradient of the plain mean squared error, twice the 1/(2n) loss's.
        b -= learning_rate * 2 * grad_b / n
        w = [wj - learning_rate * 2 * g / n for wj, g in zip(w, grad_w)]
    return [b] + w
