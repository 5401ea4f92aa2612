def encode(values, drop_first):
    # Bug: columns follow the order in which categories first appear, not their sorted order.
    levels = list(dict.fromkeys(values))
    offset = 1 if drop_first else 0
    width = max(0, len(levels) - offset)
    column = {level: i - offset for i, level in enumerate(levels)}
    rows = []
    for value in values:
        row = [0] * width
        col = column[value]
        if col >= 0:
            row[col] = 1
        rows.append(row)
    return rows
