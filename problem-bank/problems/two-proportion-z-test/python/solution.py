import math


def ab_test(conv_a, n_a, conv_b, n_b, z_alpha, z_beta):
    """[z, 1 if H0 is rejected else 0, per-group sample size to detect the observed lift]."""
    p_a, p_b = conv_a / n_a, conv_b / n_b
    # Under H0 both groups share one rate, so the test's standard error uses the pooled rate.
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (p_b - p_a) / se if se != 0 else 0.0
    rejected = 1.0 if abs(z) > z_alpha else 0.0
    mean = (p_a + p_b) / 2
    spread = z_alpha * math.sqrt(2 * mean * (1 - mean)) + z_beta * math.sqrt(p_a * (1 - p_a) + p_b * (1 - p_b))
    delta = p_b - p_a
    n = spread * spread / (delta * delta) if delta != 0 else math.inf
    return [z, rejected, n]
