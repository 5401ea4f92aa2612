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


# Arguments in bulk (BulkValues): chunks of text the judge builds one at a time as they are read.
# Numbers in Java's shortest round-trip decimal form, which float() reads back exactly; 2-D
# arguments one row per line ('-' for a null row). Strings: their lengths (-1 for None), a
# newline, then the strings end to end. The built-ins are bound here, before the solution runs.
def _judge_bulk(chunks, code, depth, _int=int, _float=float, _map=map, _list=list):
    out = []
    if code == 's':
        for chunk in chunks:
            head, _, body = chunk.partition('\n')
            start = 0
            for n in _map(_int, head.split()):
                if n < 0:
                    out.append(None)
                else:
                    out.append(body[start:start + n])
                    start += n
        return out
    parse = _int if code == 'i' else _float
    if depth == 1:
        for chunk in chunks:
            out.extend(_map(parse, chunk.split()))
        return out
    for chunk in chunks:
        for line in chunk.split('\n'):
            out.append(None if line == '-' else _list(_map(parse, line.split())))
    return out


# A result in one text (BulkValues.decode), or None when any part of it is not exactly what the
# code asks for; the judge then converts it element by element and says where it went wrong.
# Codes: 'f' float (an int within 2**53 too), 'i' 32-bit int, 'l' 64-bit int, 'b' bool, 's' str.
def _judge_encode(value, code, depth, _type=type, _set=set, _map=map, _len=len, _str=str, _list=list,
                  _tuple=tuple, _float=float, _int=int, _bool=bool, _min=min, _max=max, _repr=repr,
                  _frepr=float.__repr__, _irepr=int.__repr__):
    sequences = (_list, _tuple)
    bounds = {'f': 2 ** 53, 'i': 2 ** 31, 'l': 2 ** 63}

    def row_text(row):
        if _type(row) not in sequences:
            return None
        kinds = _set(_map(_type, row))
        if code == 'b':
            if not kinds <= {_bool}:
                return None
            return ''.join(['1' if x else '0' for x in row])
        if code == 's':
            if not kinds <= {_str}:
                return None
            return ' '.join(_map(_str, _map(_len, row))) + '\n' + ''.join(row)
        if code == 'f' and kinds <= {_float}:
            return ' '.join(_map(_frepr, row))
        if not kinds <= ({_float, _int} if code == 'f' else {_int}):
            return None
        ints = [x for x in row if _type(x) is _int]
        if ints:
            low = bounds[code]
            high = low if code == 'f' else low - 1
            if _min(ints) < -low or _max(ints) > high:
                return None
        return ' '.join(_map(_repr, row))

    if depth == 1:
        return row_text(value)
    if _type(value) not in sequences:
        return None
    lines = [_str(_len(value))]
    for row in value:
        if row is None:
            lines.append('-')
            continue
        text = row_text(row)
        if text is None:
            return None
        lines.append(text)
    return '\n'.join(lines)
