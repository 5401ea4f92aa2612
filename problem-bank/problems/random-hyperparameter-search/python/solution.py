import math

# java.util.Random, whose algorithm its specification fixes: a 48-bit linear congruential generator.
MULTIPLIER = 0x5DEECE66D
MASK = (1 << 48) - 1


def random_search(low, high, kind, trials, seed):
    state = (seed ^ MULTIPLIER) & MASK

    def next_bits(bits):
        nonlocal state
        state = (state * MULTIPLIER + 11) & MASK
        return state >> (48 - bits)

    def next_double():
        return ((next_bits(26) << 27) + next_bits(27)) * (1.0 / (1 << 53))

    def next_int(bound):
        r = next_bits(31)
        if bound & (bound - 1) == 0:  # a power of two: the high bits
            return (bound * r) >> 31
        # Reject the top values that would make the result uneven, exactly as Java does.
        while True:
            value = r % bound
            if r - value + (bound - 1) < (1 << 31):
                return value
            r = next_bits(31)

    params = list(zip(low, high, kind))
    configs = []
    for _ in range(trials):
        config = []
        for lo, hi, k in params:
            if k == 2:
                # Integers: every value of [low, high] equally likely, bounds included.
                config.append(lo + next_int(int(hi - lo) + 1))
            elif k == 1:
                a, b = math.log(lo), math.log(hi)
                config.append(math.exp(a + next_double() * (b - a)))
            else:
                config.append(lo + next_double() * (hi - lo))
        configs.append(config)
    return configs
