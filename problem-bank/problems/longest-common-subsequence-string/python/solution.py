def lcs(a, b):
    n, m = len(a), len(b)
    full = (1 << m) - 1
    where = {}
    for j, ch in enumerate(b):
        where[ch] = where.get(ch, 0) | (1 << j)
    # Row i of the usual table L[i][j], kept as one big int (the bit-parallel LCS): bit j - 1 is 0
    # exactly where L[i][j] = L[i][j - 1] + 1, so L[i][j] is the number of zero bits below bit j.
    rows = [full]
    for ch in a:
        row = rows[-1]
        matches = row & where.get(ch, 0)
        rows.append(((row + matches) | (row - matches)) & full)

    def length(i, j):
        return j - (rows[i] & ((1 << j) - 1)).bit_count()

    # Walk back from the corner; on a tie drop a's last character (move up), as the statement fixes.
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif length(i - 1, j) >= length(i, j - 1):
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
