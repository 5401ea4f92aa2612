import math


def forward(X, gamma, beta, running_mean, running_var, momentum, eps, training):
    n = len(X)
    d = len(gamma)
    if training:
        mean = [0.0] * d
        for row in X:
            for j in range(d):
                mean[j] += row[j]
        mean = [m / n for m in mean]
        var = [0.0] * d
        for row in X:
            for j in range(d):
                diff = row[j] - mean[j]
                var[j] += diff * diff
        # The biased (population) variance normalises; the running statistics move towards the batch.
        var = [v / n for v in var]
        new_mean = [momentum * r + (1 - momentum) * m for r, m in zip(running_mean, mean)]
        new_var = [momentum * r + (1 - momentum) * v for r, v in zip(running_var, var)]
    else:
        mean = list(running_mean)
        var = list(running_var)
        new_mean = list(running_mean)
        new_var = list(running_var)
    scale = [g / math.sqrt(v + eps) for g, v in zip(gamma, var)]
    out = [[(x - m) * s + b for x, m, s, b in zip(row, mean, scale, beta)] for row in X]
    out.append(new_mean)
    out.append(new_var)
    return out
