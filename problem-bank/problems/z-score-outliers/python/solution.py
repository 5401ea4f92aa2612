import math


def remove_outliers(data, threshold):
    """The values with |x - mean| / std <= threshold (population std), in their original order."""
    n = len(data)
    if n == 0:
        return []
    # Plain left-to-right sums: the comparison at the threshold is exact, so the rounding must
    # be the usual one (Python 3.12's sum() compensates and can differ in the last bit).
    total = 0.0
    for x in data:
        total += x
    mean = total / n
    squares = 0.0
    for x in data:
        squares += (x - mean) * (x - mean)
    std = math.sqrt(squares / n)
    if std == 0:
        return list(data)
    return [x for x in data if abs(x - mean) / std <= threshold]
