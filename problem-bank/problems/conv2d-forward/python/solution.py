def conv2d(x, kernel, bias, stride, padding):
    h = len(x)
    w = len(x[0]) if h else 0
    kh = len(kernel)
    kw = len(kernel[0])
    if h == 0 or w == 0 or h + 2 * padding < kh or w + 2 * padding < kw:
        return []
    out_rows = (h + 2 * padding - kh) // stride + 1
    out_cols = (w + 2 * padding - kw) // stride + 1
    y = []
    for i in range(out_rows):
        out = []
        for j in range(out_cols):
            # Cross-correlation: the kernel is not flipped; cells in the padding are zeros.
            acc = bias
            for a in range(kh):
                r = i * stride - padding + a
                if 0 <= r < h:
                    xr = x[r]
                    kr = kernel[a]
                    for c in range(kw):
                        col = j * stride - padding + c
                        if 0 <= col < w:
                            acc += kr[c] * xr[col]
            out.append(acc)
        y.append(out)
    return y
