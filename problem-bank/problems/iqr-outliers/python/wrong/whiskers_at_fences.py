import math


def _quantile(ordered, p):
    h = p * (len(ordered) - 1)
    lo = math.floor(h)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (h - lo) * (ordered[hi] - ordered[lo])


def box_plot(data):
    s = sorted(data)
    n = len(s)
    q1 = _quantile(s, 0.25)
    median = _quantile(s, 0.5)
    q3 = _quantile(s, 0.75)
    iqr = q3 - q1
    low_fence = q1 - 1.5 * iqr
    high_fence = q3 + 1.5 * iqr
    a = 0
    while a < n and s[a] < low_fence:
        a += 1
    b = n - 1
    while b >= 0 and s[b] > high_fence:
        b -= 1
    # The bug: the fences themselves are reported as the whiskers.
    return [low_fence, q1, median, q3, high_fence] + s[:a] + s[b + 1:]
