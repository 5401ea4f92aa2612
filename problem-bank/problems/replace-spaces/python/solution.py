def replace_spaces(s, c):
    """Every ordinary space becomes c; other whitespace and runs of spaces stay as they are."""
    return s.replace(" ", c)
