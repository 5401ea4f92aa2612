import heapq
import math
from operator import mul


def top_k_cosine(docs, query, k):
    """Indices of the k documents most cosine-similar to the query, ties by lower index."""
    query_norm = math.sqrt(sum(map(mul, query, query)))
    scores = []
    for doc in docs:
        norm = math.sqrt(sum(map(mul, doc, doc)))
        # A zero vector has no direction: its similarity is 0 by definition here.
        if norm == 0 or query_norm == 0:
            scores.append(0.0)
        else:
            scores.append(sum(map(mul, doc, query)) / (norm * query_norm))
    # nlargest equals a stable descending sort cut at k, so ties keep the lower index first.
    return heapq.nlargest(k, range(len(docs)), key=scores.__getitem__)
