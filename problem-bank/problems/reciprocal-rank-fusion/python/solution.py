def rrf(rankings, k):
    """Fuses rankings by summing 1 / (k + rank); best fused score first, ties by lower id."""
    score = {}
    for ranking in rankings:
        credited = set()
        for position, doc in enumerate(ranking, start=1):
            # Only a document's first (best) position in one ranking counts.
            if doc in credited:
                continue
            credited.add(doc)
            score[doc] = score.get(doc, 0.0) + 1.0 / (k + position)
    return sorted(score, key=lambda doc: (-score[doc], doc))
