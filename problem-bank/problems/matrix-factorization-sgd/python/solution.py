import math


def mf_sgd_epoch(users, items, ratings, P, Q, learning_rate, reg):
    user_factors = [list(p) for p in P]
    item_factors = [list(q) for q in Q]
    lr = learning_rate
    dot = math.sumprod
    for u, i, rating in zip(users, items, ratings):
        p = user_factors[u]
        q = item_factors[i]
        error = rating - dot(p, q)
        # Both updates use the factors as they were before this rating.
        user_factors[u] = [pf + lr * (error * qf - reg * pf) for pf, qf in zip(p, q)]
        item_factors[i] = [qf + lr * (error * pf - reg * qf) for pf, qf in zip(p, q)]
    return user_factors + item_factors
