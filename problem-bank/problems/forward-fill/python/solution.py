import math


def forward_fill(values, limit):
    out = []
    last = math.nan
    last_index = -1
    for i, value in enumerate(values):
        if not math.isnan(value):
            last = value
            last_index = i
            out.append(value)
        elif last_index >= 0 and (limit <= 0 or i - last_index <= limit):
            out.append(last)
        else:
            # Nothing seen yet, or the gap is longer than the limit.
            out.append(math.nan)
    return out
