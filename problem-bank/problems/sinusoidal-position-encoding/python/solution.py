import math


def positional_encoding(positions, d_model, base):
    """Row p: sin(p * w_i) in column 2i and cos(p * w_i) in column 2i + 1, w_i = base^(-2i / d_model)."""
    # Both columns of a pair share the frequency of the even one.
    freqs = [base ** (-(j - j % 2) / d_model) for j in range(d_model)]
    even, odd = freqs[0::2], freqs[1::2]
    out = []
    for p in range(positions):
        row = [0.0] * d_model
        row[0::2] = [math.sin(p * f) for f in even]
        row[1::2] = [math.cos(p * f) for f in odd]
        out.append(row)
    return out
