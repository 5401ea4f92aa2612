from math import exp


def activations(x):
    # Bug: a NaN input fails v > 0, so ReLU and its derivative turn it into 0.
    relu = [v if v > 0 else 0.0 for v in x]
    relu_grad = [1.0 if v > 0 else 0.0 for v in x]
    sig = [1.0 / (1.0 + exp(-v)) if v >= 0 else exp(v) / (1.0 + exp(v)) for v in x]
    sig_grad = [s * (1.0 - s) for s in sig]
    return [relu, relu_grad, sig, sig_grad]
