def replace_spaces(s, c):
    # Bug: split() drops leading and trailing blanks, merges runs and splits on tabs too.
    return c.join(s.split())
