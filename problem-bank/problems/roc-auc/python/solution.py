import bisect


def roc_auc(labels, scores):
    """Probability that a random positive outscores a random negative, a tie counting one half."""
    positives = sorted(s for y, s in zip(labels, scores) if y == 1)
    negatives = sorted(s for y, s in zip(labels, scores) if y != 1)
    if not positives or not negatives:
        return float("nan")
    total = 0.0
    for s in positives:
        below = bisect.bisect_left(negatives, s)
        tied = bisect.bisect_right(negatives, s) - below
        total += below + tied / 2.0
    return total / (len(positives) * len(negatives))
