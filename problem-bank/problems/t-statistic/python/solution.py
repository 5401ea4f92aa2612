import math


def t_statistic(sample, mu0):
    """One-sample t = (mean - mu0) / (s / sqrt(n)) with the sample standard deviation s."""
    n = len(sample)
    mean = sum(sample) / n
    squares = sum((x - mean) * (x - mean) for x in sample)
    # Bessel's correction; a single value has no spread to estimate (0 / 0 in IEEE terms).
    s = math.sqrt(squares / (n - 1)) if n > 1 else math.nan
    standard_error = s / math.sqrt(n)
    difference = mean - mu0
    if standard_error == 0:
        # Python raises on division by zero; IEEE gives +-Infinity, or NaN for 0 / 0.
        return math.copysign(math.inf, difference) if difference != 0 else math.nan
    return difference / standard_error
