import bisect


def roc_auc(labels, scores):
    positives = sorted(s for y, s in zip(labels, scores) if y == 1)
    negatives = sorted(s for y, s in zip(labels, scores) if y != 1)
    if not positives or not negatives:
        return float("nan")
    total = 0.0
    for s in positives:
        # Bug: only negatives strictly below count; a tied pair earns nothing instead of one half.
        total += bisect.bisect_left(negatives, s)
    return total / (len(positives) * len(negatives))
