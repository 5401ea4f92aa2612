import math
from itertools import repeat


def mmr(docs, query, k, lambda_):
    # lambda is a keyword in Python, hence lambda_.
    dot = math.sumprod
    unit = [normalised(d) for d in docs]
    q = normalised(query)
    relevance = [lambda_ * dot(u, q) for u in unit]
    redundancy_weight = 1 - lambda_
    # Largest similarity of each document to anything selected so far (0 before the first pick).
    penalty = [0.0] * len(docs)
    taken = [False] * len(docs)
    result = []
    for _ in range(min(k, len(docs))):
        scores = [-math.inf if t else r - redundancy_weight * p for r, p, t in zip(relevance, penalty, taken)]
        best = scores.index(max(scores))  # index() finds the first maximum: ties go to the lower index
        taken[best] = True
        result.append(best)
        similarity = map(dot, unit, repeat(unit[best]))
        penalty = list(similarity) if len(result) == 1 else list(map(max, penalty, similarity))
    return result


def normalised(v):
    norm = math.sqrt(math.sumprod(v, v))
    return [x / norm for x in v] if norm > 0 else [0.0] * len(v)
