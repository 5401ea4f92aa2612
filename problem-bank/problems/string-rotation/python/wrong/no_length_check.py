def is_rotation(a, b):
    # Bug: without comparing lengths, any shorter piece of a + a passes.
    return b in a + a
