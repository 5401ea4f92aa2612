def lcs_length(a, b):
    count = 0
    start = 0
    for ch in a:
        if start >= len(b):
            break
        # Bug: takes the first possible match of every character of a, which can skip better pairings.
        at = b.find(ch, start)
        if at >= 0:
            count += 1
            start = at + 1
    return count
