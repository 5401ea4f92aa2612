def scale(data):
    if not data:
        return []
    # Bug: min and max compare with <, which is always false against NaN, so a NaN in the data
    # gives a wrong or NaN range depending on where it sits.
    low = min(data)
    spread = max(data) - low
    if spread > 0:
        return [(v - low) / spread for v in data]
    return [0.0 for v in data]
