import math


def _responsibilities(point, log_prefix, means, variances):
    """Posterior of each component for one point, computed in log space (far points
    would underflow every density to 0), and the log of the point's likelihood."""
    logs = [p - (point - m) ** 2 / (2 * v) for p, m, v in zip(log_prefix, means, variances)]
    top = max(logs)
    weights = [math.exp(value - top) for value in logs]
    norm = sum(weights)
    return [w / norm for w in weights], top + math.log(norm)


def em_step(x, weights, means, variances):
    n = len(x)
    k = len(weights)
    log_prefix = [math.log(w) - 0.5 * math.log(2 * math.pi * v) for w, v in zip(weights, variances)]
    total = [0.0] * k
    weighted_sum = [0.0] * k
    log_likelihood = 0.0
    posteriors = []
    for point in x:
        resp, log_point = _responsibilities(point, log_prefix, means, variances)
        posteriors.append(resp)
        log_likelihood += log_point
        for c in range(k):
            total[c] += resp[c]
            weighted_sum[c] += resp[c] * point
    new_means = [s / t if t > 0 else m for s, t, m in zip(weighted_sum, total, means)]
    # The bug: the new variance is taken around the old mean.
    squares = [0.0] * k
    for point, resp in zip(x, posteriors):
        for c in range(k):
            squares[c] += resp[c] * (point - means[c]) ** 2
    new_variances = [q / t if t > 0 else v for q, t, v in zip(squares, total, variances)]
    return [t / n for t in total] + new_means + new_variances + [log_likelihood]
