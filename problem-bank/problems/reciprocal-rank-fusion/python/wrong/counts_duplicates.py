def rrf(rankings, k):
    score = {}
    for ranking in rankings:
        for position, doc in enumerate(ranking, start=1):
            # Bug: a document listed twice in one ranking is credited for both positions.
            score[doc] = score.get(doc, 0.0) + 1.0 / (k + position)
    return sorted(score, key=lambda doc: (-score[doc], doc))
