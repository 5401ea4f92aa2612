def gradient_descent(X, y, learning_rate, iterations):
    n = len(X)
    d = len(X[0]) if n else 0
    b = 0.0
    w = [0.0] * d
    for _ in range(iterations if n else 0):
        # Every residual comes from the old coefficients; then all of them move at once.
        residuals = [b + sum(wj * xj for wj, xj in zip(w, row)) - target for row, target in zip(X, y)]
        grad_b = sum(residuals)
        grad_w = [0.0] * d
        for r, row in zip(residuals, X):
            for j in range(d):
                grad_w[j] += r * row[j]
        b -= learning_rate * grad_b / n
        w = [wj - learning_rate * g / n for wj, g in zip(w, grad_w)]
    return [b] + w
