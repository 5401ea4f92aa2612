from math import exp


def activations(x):
    """Rows: ReLU, its derivative, sigmoid, its derivative; NaN in gives NaN in all four."""
    # NaN is neither > 0 nor <= 0, so it falls through to itself in both ReLU rows.
    relu = [0.0 if v <= 0 else v for v in x]
    relu_grad = [1.0 if v > 0 else 0.0 if v <= 0 else v for v in x]
    # Only a non-positive number is ever exponentiated, so nothing overflows;
    # NaN fails v >= 0 and goes through exp, which keeps it NaN.
    sig = [1.0 / (1.0 + exp(-v)) if v >= 0 else exp(v) / (1.0 + exp(v)) for v in x]
    sig_grad = [s * (1.0 - s) for s in sig]
    return [relu, relu_grad, sig, sig_grad]
