import math


class _JavaRandom:
    """java.util.Random's generator (a 48-bit linear congruence), so the resamples are
    the ones the statement's seed defines."""

    _MULTIPLIER = 0x5DEECE66D
    _MASK = (1 << 48) - 1

    def __init__(self, seed):
        self._seed = (seed ^ self._MULTIPLIER) & self._MASK

    def _next(self, bits):
        self._seed = (self._seed * self._MULTIPLIER + 0xB) & self._MASK
        return self._seed >> (48 - bits)

    def next_int(self, bound):
        if bound & (bound - 1) == 0:
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            # Java rejects the draws whose int arithmetic overflows: the last, partial block.
            if bits - value + (bound - 1) < (1 << 31):
                return value


def _percentile(ordered, p):
    h = (len(ordered) - 1) * p
    i = math.floor(h)
    if i >= len(ordered) - 1:
        return ordered[-1]
    return ordered[i] + (h - i) * (ordered[i + 1] - ordered[i])


def bootstrap_ci(data, resamples, confidence, seed):
    n = len(data)
    rng = _JavaRandom(seed)
    means = []
    for _ in range(resamples):
        total = 0.0
        for _ in range(n):
            total += data[rng.next_int(n)]
        means.append(total / n)
    means.sort()
    alpha = 1 - confidence
    return [sum(data) / n, _percentile(means, alpha / 2), _percentile(means, 1 - alpha / 2)]
