def distance(a, b):
    total = 0.0
    for x, y in zip(a, b):
        diff = x - y
        total += diff * diff
    # The bug: the squared distance is returned; the square root is missing.
    return total
