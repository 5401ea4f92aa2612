import math


def percentiles(data, q):
    ordered = sorted(data)
    last = len(ordered) - 1
    result = []
    for p in q:
        # Linear interpolation between the closest ranks (numpy's default).
        h = last * p / 100.0
        lo = math.floor(h)
        if lo >= last:
            result.append(ordered[last])
        else:
            result.append(ordered[lo] + (h - lo) * (ordered[lo + 1] - ordered[lo]))
    return result
