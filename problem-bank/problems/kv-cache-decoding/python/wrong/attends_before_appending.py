import math
from operator import mul


def decode_with_cache(cache_k, cache_v, X, Wq, Wk, Wv):
    q_cols, k_cols, v_cols = (list(zip(*w)) for w in (Wq, Wk, Wv))
    keys = [list(k) for k in cache_k]
    values = [list(v) for v in cache_v]
    scale = 1.0 / math.sqrt(len(k_cols))
    out = []
    for x in X:
        q = [sum(map(mul, x, col)) for col in q_cols]
        # Bug: attends over the cache as it was before this token, then appends.
        if keys:
            scores = [scale * sum(map(mul, q, k)) for k in keys]
            top = max(scores)
            weights = [math.exp(s - top) for s in scores]
            total = sum(weights)
            out.append([sum(w * v[c] for w, v in zip(weights, values)) / total for c in range(len(v_cols))])
        else:
            out.append([0.0] * len(v_cols))
        keys.append([sum(map(mul, x, col)) for col in k_cols])
        values.append([sum(map(mul, x, col)) for col in v_cols])
    return out
