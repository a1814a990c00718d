#!/usr/bin/env python3
"""Compares what two versions of the contract say, once every $ref is resolved.

    git show main:openapi.yaml > /tmp/before.yaml
    ops/compare_contract.py /tmp/before.yaml openapi.yaml [--fold]

Each file is resolved with `npx -y @redocly/cli bundle --dereferenced` (Node.js needed), then the
two are compared as JSON: every difference is printed by JSON pointer, with both values, then the
count; the exit status is 1 when any differs. Components the second one adds are named (they are
what its $refs point to). With --fold, a schema `{allOf: [S], description: D}`, which is how an
OpenAPI 3.0 field gives a shared schema a description of its own, counts as S with description D.
A change that only moves the contract into shared components compares equal.
"""
import json
import os
import subprocess
import sys
import tempfile


def resolved(path):
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, 'resolved.json')
        subprocess.run(['npx', '-y', '@redocly/cli', 'bundle', '--dereferenced', path, '-o', out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding='utf-8') as f:
            return json.load(f)


def fold(node, folded):
    if isinstance(node, list):
        return [fold(value, folded) for value in node]
    if not isinstance(node, dict):
        return node
    node = {key: fold(value, folded) for key, value in node.items()}
    if 'allOf' in node and len(node['allOf']) == 1 and set(node) <= {'allOf', 'description'}:
        merged = dict(node['allOf'][0])
        if 'description' in node:
            merged['description'] = node['description']
        folded.append(1)
        return merged
    return node


def differences(a, b, pointer, out):
    if type(a) is not type(b):
        out.append((pointer, a, b))
    elif isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            at = pointer + '/' + key.replace('~', '~0').replace('/', '~1')
            if key not in a:
                out.append((at, '<absent>', b[key]))
            elif key not in b:
                out.append((at, a[key], '<absent>'))
            else:
                differences(a[key], b[key], at, out)
    elif isinstance(a, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            differences(x, y, pointer + '/' + str(i), out)
    elif a != b:
        out.append((pointer, a, b))


def main():
    args = [a for a in sys.argv[1:] if a != '--fold']
    if len(args) != 2:
        sys.exit(__doc__)
    before, after = resolved(args[0]), resolved(args[1])
    if '--fold' in sys.argv:
        folded = []
        before, after = fold(before, folded), fold(after, folded)
        print('allOf of one schema folded:', len(folded))
    out = []
    for key in sorted(set(before) | set(after)):
        if key != 'components':
            differences(before.get(key, '<absent>'), after.get(key, '<absent>'), '#/' + key, out)
            continue
        for kind in sorted(set(before.get(key, {})) | set(after.get(key, {}))):
            old, new = before.get(key, {}).get(kind, {}), after.get(key, {}).get(kind, {})
            for name in sorted(old):
                differences(old[name], new.get(name, '<absent>'), '#/components/%s/%s' % (kind, name), out)
            added = sorted(set(new) - set(old))
            if added:
                print('components/%s added: %s' % (kind, ', '.join(added)))
    for pointer, a, b in out:
        print(pointer)
        print('   before:', json.dumps(a, ensure_ascii=False)[:400])
        print('   after: ', json.dumps(b, ensure_ascii=False)[:400])
    print(len(out), 'differences')
    sys.exit(1 if out else 0)


if __name__ == '__main__':
    main()
