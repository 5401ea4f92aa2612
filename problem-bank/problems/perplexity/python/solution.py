import math


def perplexity(logits, targets):
    total_log_prob = 0.0
    counted = 0
    for z, target in zip(logits, targets):
        if target < 0:
            continue  # padding
        # log softmax with the maximum taken out, so large logits cannot overflow exp.
        top = max(z)
        log_sum = math.log(sum(map(math.exp, [v - top for v in z])))
        total_log_prob += (z[target] - top) - log_sum
        counted += 1
    return math.exp(-total_log_prob / counted) if counted else math.nan
