import math


def predict(train_X, train_y, queries, depth):
    d = len(train_X[0])
    full = (1 << d) - 1
    max_depth = min(depth, d)
    fact = [math.factorial(i) for i in range(d + 1)]
    bits = [1 << f for f in range(d)]
    sizes = [s.bit_count() for s in range(full + 1)]
    out = []
    for query in queries:
        # total[S] / ones[S]: training rows that agree with the query on every feature of S.
        total = [0] * (full + 1)
        ones = [0] * (full + 1)
        for row, label in zip(train_X, train_y):
            agree = sum(bit for bit, a, b in zip(bits, row, query) if a == b)
            total[agree] += 1
            ones[agree] += label
        for bit in bits:  # sums over supersets, one feature at a time
            for s in range(full + 1):
                if not s & bit:
                    total[s] += total[s | bit]
                    ones[s] += ones[s | bit]
        # votes[S]: orderings of the remaining features whose tree predicts 1 from the node S.
        votes = [0] * (full + 1)
        for s in range(full, -1, -1):
            k = sizes[s]
            if total[s] == 0 or k > max_depth:
                continue
            majority = 1 if 2 * ones[s] > total[s] else 0  # a tie predicts 0
            if k == max_depth:
                votes[s] = majority * fact[d - k]
                continue
            # A step into an empty branch stops there: the node's own majority decides.
            stop = majority * fact[d - k - 1]
            votes[s] = sum(votes[s | bit] if total[s | bit] else stop for bit in bits if not s & bit)
        out.append(1 if 2 * votes[0] > fact[d] else 0)
    return out
