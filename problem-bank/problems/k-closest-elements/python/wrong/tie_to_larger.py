from bisect import bisect_left


def closest_with_neighbors(sorted, queries, k):
    values = sorted
    n = len(values)
    out = []
    for target in queries:
        if n == 0:
            out.append([])
            continue
        p = bisect_left(values, target)
        # The bug: a tie goes to the larger value.
        if p == n or (p > 0 and target - values[p - 1] < values[p] - target):
            centre = bisect_left(values, values[p - 1])
        else:
            centre = p
        out.append(values[max(0, centre - k):min(n - 1, centre + k) + 1])
    return out
