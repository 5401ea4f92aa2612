def _java_random(seed):
    """nextInt(bound) of java.util.Random(seed): the same linear congruential draws as in Java."""
    multiplier, mask = 0x5DEECE66D, (1 << 48) - 1
    state = (seed ^ multiplier) & mask

    def next_int(bound):
        nonlocal state
        while True:
            state = (state * multiplier + 0xB) & mask
            bits = state >> 17  # the top 31 of the 48 bits
            if bound & -bound == bound:
                return (bound * bits) >> 31
            value = bits % bound
            # Java redraws when bits - value + bound - 1 overflows an int: the last, partial block.
            if bits - value + bound - 1 < 1 << 31:
                return value

    return next_int


def assign_splits(n, val_percent, test_percent, seed):
    """Per row: 2 test, 1 validation, 0 train, after a seeded Fisher-Yates shuffle."""
    test_size = (n * test_percent + 99) // 100
    val_size = min(n - test_size, (n * val_percent + 99) // 100)
    order = list(range(n))
    next_int = _java_random(seed)
    for i in range(n - 1, 0, -1):
        j = next_int(i + 1)
        order[i], order[j] = order[j], order[i]
    split = [0] * n
    for position, row in enumerate(order):
        if position < test_size:
            split[row] = 2
        elif position < test_size + val_size:
            split[row] = 1
    return split
