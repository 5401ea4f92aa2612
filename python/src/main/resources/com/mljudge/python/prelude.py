# Runs in every submission's context before the solution. The real guard is the context's
# policy (no files, network, processes, environment or host objects); this only turns an
# import a judge never allows into a clear message at the solution's own line, and seeds
# `random` for the submission when the solution first imports it (importing it up front
# would cost every context its start-up).
def _judge_prelude(seed, allowed):
    import builtins
    import sys
    out, err = sys.__stdout__, sys.__stderr__
    real_import = builtins.__import__
    allowed = frozenset(allowed.split(','))
    seeded = []

    def judged_import(name, globals=None, locals=None, fromlist=(), level=0):
        solution = level == 0 and globals is not None and globals.get('__name__') == '__main__'
        top = name.partition('.')[0]
        if solution and top not in allowed:
            raise ImportError(
                "import of '" + top + "' is not allowed in the judge: solutions compute with the "
                "standard library (" + ", ".join(sorted(allowed)) + "); files, network, processes "
                "and the environment are out of reach")
        module = real_import(name, globals, locals, fromlist, level)
        if top == 'random' and not seeded:
            seeded.append(True)
            real_import('random').seed(seed)
        return module

    builtins.__import__ = judged_import

    # Python buffers its output (unbuffered I/O is an option the sandbox refuses): the judge
    # flushes after each test, so what a test printed is shown with it.
    def flush():
        out.flush()
        err.flush()

    return flush


# Copies an argument (the judge's read-only array proxies, nested `depth` deep, at most two as
# the signatures allow) into lists.
def _judge_copy(value, depth):
    if depth == 0 or value is None:
        return value
    if depth == 1:
        return list(value)
    return [None if row is None else list(row) for row in value]


# Numbers in bulk: one text of the values (Java's shortest round-trip decimal form, which
# float() reads back exactly) instead of one interop call per element; `lengths` splits 2-D
# arrays into rows (-1 for a null row).
def _judge_numbers(text, lengths, integral):
    parse = int if integral else float
    flat = list(map(parse, text.split()))
    if lengths is None:
        return flat
    rows = []
    start = 0
    for n in map(int, lengths.split()):
        if n < 0:
            rows.append(None)
            continue
        rows.append(flat[start:start + n])
        start += n
    return rows
