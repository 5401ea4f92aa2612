def cosine_similarity(A, B):
    # The bug: the squared norms divide the dot product (no square root).
    norms_a = [sum(v * v for v in row) for row in A]
    norms_b = [sum(v * v for v in row) for row in B]
    result = []
    for row, norm_a in zip(A, norms_a):
        out = [0.0] * len(B)
        for j, (other, norm_b) in enumerate(zip(B, norms_b)):
            if norm_a != 0 and norm_b != 0:
                out[j] = sum(x * y for x, y in zip(row, other)) / (norm_a * norm_b)
        result.append(out)
    return result
