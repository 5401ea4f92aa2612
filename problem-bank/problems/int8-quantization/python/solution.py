def _max_abs(row):
    return max((abs(v) for v in row), default=0.0)


def int8_round_trip(W, per_row):
    tensor_max = max((_max_abs(row) for row in W), default=0.0)
    out = []
    worst = 0.0
    for row in W:
        scale = (_max_abs(row) if per_row else tensor_max) / 127.0
        if scale > 0:
            # round() breaks ties to even, like Math.rint.
            back = [max(-127, min(127, round(v / scale))) * scale for v in row]
        else:
            back = [0.0] * len(row)
        for v, b in zip(row, back):
            worst = max(worst, abs(v - b))
        out.append(back)
    out.append([worst])
    return out
