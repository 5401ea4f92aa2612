import heapq
import math


def _squared_distance(a, b):
    total = 0.0
    for x, y in zip(a, b):
        diff = x - y
        total += diff * diff
    return total


def recall_at_k(base, queries, approx, k):
    n = len(base)
    take = min(k, n)
    if take == 0 or not queries:
        return math.nan
    total = 0.0
    for query, answer in zip(queries, approx):
        dist = [_squared_distance(point, query) for point in base]
        # The exact top k: nearest first, the lower id wins a tie.
        exact = set(heapq.nsmallest(take, range(n), key=lambda i: (dist[i], i)))
        # The bug: every id the index returned counts, not only its first k.
        hits = len(exact.intersection(answer))
        total += hits / take
    return total / len(queries)
