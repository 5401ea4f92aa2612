from operator import mul


def cnn_forward(image, kernel, bias, dense_w, dense_b):
    """Valid cross-correlation + bias, ReLU, 2 x 2 max-pool (stride 2), then a dense layer."""
    h, w = len(image), len(image[0])
    kh, kw = len(kernel), len(kernel[0])
    ch, cw = h - kh + 1, w - kw + 1
    conv = []
    for i in range(ch):
        # One output row at a time: add each kernel weight times a shifted slice of the image.
        acc = [bias] * cw
        for a in range(kh):
            source = image[i + a]
            for b, weight in enumerate(kernel[a]):
                acc = [s + weight * x for s, x in zip(acc, source[b:b + cw])]
        conv.append([s if s > 0 else 0.0 for s in acc])
    # Pooling drops an odd last row or column; the pooled map is flattened row by row.
    flat = []
    for i in range(ch // 2):
        top, bottom = conv[2 * i], conv[2 * i + 1]
        flat.extend(max(top[2 * j], top[2 * j + 1], bottom[2 * j], bottom[2 * j + 1]) for j in range(cw // 2))
    return [b + sum(map(mul, weights, flat)) for weights, b in zip(dense_w, dense_b)]
