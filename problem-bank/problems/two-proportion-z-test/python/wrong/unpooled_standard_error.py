import math


def ab_test(conv_a, n_a, conv_b, n_b, z_alpha, z_beta):
    """[z, 1 if H0 is rejected else 0, per-group sample size to detect the observed lift]."""
    p_a, p_b = conv_a / n_a, conv_b / n_b
    # Bug: the unpooled standard error, although the test assumes equal rates under H0.
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    z = (p_b - p_a) / se if se != 0 else 0.0
    rejected = 1.0 if abs(z) > z_alpha else 0.0
    mean = (p_a + p_b) / 2
    spread = z_alpha * math.sqrt(2 * mean * (1 - mean)) + z_beta * math.sqrt(p_a * (1 - p_a) + p_b * (1 - p_b))
    delta = p_b - p_a
    n = spread * spread / (delta * delta) if delta != 0 else math.inf
    return [z, rejected, n]
