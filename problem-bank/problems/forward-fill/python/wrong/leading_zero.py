import math


def forward_fill(values, limit):
    out = []
    # The bug: starts as if 0.0 had been seen at index 0, so leading NaNs become 0.0.
    last = 0.0
    last_index = 0
    for i, value in enumerate(values):
        if not math.isnan(value):
            last = value
            last_index = i
            out.append(value)
        elif limit <= 0 or i - last_index <= limit:
            out.append(last)
        else:
            out.append(math.nan)
    return out
