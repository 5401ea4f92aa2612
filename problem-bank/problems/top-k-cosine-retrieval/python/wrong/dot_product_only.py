import heapq
from operator import mul


def top_k_cosine(docs, query, k):
    # Bug: the raw dot product, so long documents win whatever their direction.
    scores = [sum(map(mul, doc, query)) for doc in docs]
    return heapq.nlargest(k, range(len(docs)), key=scores.__getitem__)
