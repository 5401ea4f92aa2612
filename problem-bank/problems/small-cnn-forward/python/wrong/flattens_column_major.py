from operator import mul


def cnn_forward(image, kernel, bias, dense_w, dense_b):
    h, w = len(image), len(image[0])
    kh, kw = len(kernel), len(kernel[0])
    ch, cw = h - kh + 1, w - kw + 1
    conv = []
    for i in range(ch):
        acc = [bias] * cw
        for a in range(kh):
            source = image[i + a]
            for b, weight in enumerate(kernel[a]):
                acc = [s + weight * x for s, x in zip(acc, source[b:b + cw])]
        conv.append([s if s > 0 else 0.0 for s in acc])
    # Bug: the pooled map is flattened column by column, so the dense weights meet the wrong features.
    flat = []
    for j in range(cw // 2):
        for i in range(ch // 2):
            top, bottom = conv[2 * i], conv[2 * i + 1]
            flat.append(max(top[2 * j], top[2 * j + 1], bottom[2 * j], bottom[2 * j + 1]))
    return [b + sum(map(mul, weights, flat)) for weights, b in zip(dense_w, dense_b)]
