def is_rotation(a, b):
    """b is a rotation of a when the lengths agree and b occurs in a + a."""
    return len(a) == len(b) and b in a + a
