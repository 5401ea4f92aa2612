import math


def decode_with_cache(cache_k, cache_v, X, Wq, Wk, Wv):
    # Weight columns, so each projected coordinate is one dot product.
    q_cols, k_cols, v_cols = ([list(col) for col in zip(*w)] for w in (Wq, Wk, Wv))
    dot = math.sumprod
    keys = [list(k) for k in cache_k]
    # Values are kept column by column: an output coordinate is then one dot product with the weights.
    value_cols = [list(col) for col in zip(*cache_v)] if cache_v else [[] for _ in v_cols]
    scale = 1.0 / math.sqrt(len(k_cols))
    out = []
    for x in X:
        q = [dot(x, col) * scale for col in q_cols]
        keys.append([dot(x, col) for col in k_cols])
        for values, col in zip(value_cols, v_cols):
            values.append(dot(x, col))
        scores = [dot(q, k) for k in keys]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        out.append([dot(weights, values) / total for values in value_cols])
    return out
