def lcs_length(a, b):
    # Bit-parallel form of the usual DP (one big int per row instead of a list): bit j of `row`
    # is 0 exactly where the table steps up between column j and j + 1, so the row's LCS
    # lengths are the zero bits counted from the right. O(len(a) * len(b) / word size).
    m = len(b)
    full = (1 << m) - 1
    where = {}
    for j, ch in enumerate(b):
        where[ch] = where.get(ch, 0) | (1 << j)
    row = full
    for ch in a:
        matches = row & where.get(ch, 0)
        row = ((row + matches) | (row - matches)) & full
    return m - row.bit_count()
