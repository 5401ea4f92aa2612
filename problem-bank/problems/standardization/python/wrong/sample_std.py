import math


def standardize(data):
    """(x - mean) / population std over the non-NaN values; NaN stays NaN, zero spread maps to 0."""
    # NaN is the only value not equal to itself.
    present = [x for x in data if x == x]
    count = len(present)
    if count == 0:
        return list(data)
    mean = sum(present) / count
    # Bug: the sample standard deviation (n - 1) instead of the population one.
    std = math.sqrt(sum([(x - mean) * (x - mean) for x in present]) / (count - 1)) if count > 1 else 0.0
    if std == 0:
        return [0.0 if x == x else x for x in data]
    # NaN - mean is NaN again, so missing values stay missing.
    return [(x - mean) / std for x in data]
