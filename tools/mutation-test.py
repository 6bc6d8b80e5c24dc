#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
"""mutation-test.py - mutation testing of the hand-written files of lib/.

Each mutant is one small change to one file of lib/ (an operator replaced, a
constant moved by one, a statement deleted, a returned value replaced).  For
each, a scratch build directory configured against the source tree is given
the mutated file (a file in the build directory takes precedence over the
source tree's, as automake's compile rules and the preprocessor's quoted
includes look there first), the library is rebuilt and the tests are run:
the check suites, the fuzz-corpus replay and the Python comparison.  A test
that fails kills the mutant; a mutant that no test notices survives.

  invalid     the mutated library does not build
  equivalent  the library's objects, without debugging information, are
              byte for byte those of the unmutated source: no test can tell
  killed      a test failed or ran past the time limit
  survived    every test passed

A survivor must be explained in tools/mutation-explained.txt (see the head
of that file), or the run fails.  Results are kept per mutant in a state
file, so an interrupted campaign resumes where it stopped; a survivor is
tested again when the tests have changed since.

Usage (from a build directory, or through make check-mutation):

  tools/mutation-test.py [-j N] [--sample N --seed S] [--file lib/lang.c]
                         [--work DIR] [--state FILE] [--list]

The source tree must be bootstrapped (./autogen.sh) and not configured in
place: the scratch builds are out of tree.
"""

import argparse
import difflib
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

# Files of lib/ that tools/gen-registry.py writes from the data: they hold
# tables, not logic, and are not mutated.
GENERATED = re.compile(r'(_tables\.c|^name_hash\.h|^phrase_hash\.h)$')

KEYWORDS = {
    'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do',
    'double', 'else', 'enum', 'extern', 'float', 'for', 'goto', 'if',
    'inline', 'int', 'long', 'register', 'restrict', 'return', 'short',
    'signed', 'sizeof', 'static', 'struct', 'switch', 'typedef', 'union',
    'unsigned', 'void', 'volatile', 'while', '_Bool',
}
TYPE_WORDS = {
    'char', 'const', 'double', 'enum', 'float', 'int', 'long', 'short',
    'signed', 'static', 'struct', 'union', 'unsigned', 'void', 'volatile',
    'register', 'extern', 'inline', '_Bool',
}

PUNCTUATORS = sorted([
    '...', '<<=', '>>=', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=',
    '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '##',
    '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%',
    '<', '>', '^', '|', '?', ':', ';', '=', ',', '#',
], key=len, reverse=True)

TOKEN = re.compile(r'''
    (?P<space>[ \t\f\v]+|\\\n)
  | (?P<newline>\n)
  | (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:[^'\\\n]|\\[^\n]+?)')
  | (?P<number>(?:0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*)
  | (?P<ident>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<punct>''' + '|'.join(re.escape(p) for p in PUNCTUATORS) + r''')
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)

RELATIONAL = {
    '<': ['<=', '>='], '<=': ['<', '>'], '>': ['>=', '<='], '>=': ['>', '<'],
    '==': ['!='], '!=': ['=='],
}
ARITHMETIC = {
    '+': ['-'], '-': ['+'], '*': ['/'], '/': ['*'], '%': ['/'],
    '<<': ['>>'], '>>': ['<<'], '&': ['|'], '|': ['&'], '^': ['|'],
    '+=': ['-='], '-=': ['+='], '*=': ['/='], '/=': ['*='],
    '|=': ['&='], '&=': ['|='], '++': ['--'], '--': ['++'],
}
LOGICAL = {'&&': ['||'], '||': ['&&']}


class Token:
    __slots__ = ('kind', 'text', 'start', 'end', 'line')

    def __init__(self, kind, text, start, end, line):
        self.kind, self.text, self.start, self.end, self.line = kind, text, start, end, line


def tokenize(text):
    """The tokens of C text, with preprocessor lines marked as kind 'pp'."""
    tokens = []
    line = 1
    at_line_start = True
    in_directive = False
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        value = match.group()
        if kind == 'newline':
            line += 1
            at_line_start = True
            in_directive = False
            continue
        if kind in ('space', 'comment'):
            line += value.count('\n')
            continue
        if at_line_start and value == '#':
            in_directive = True
        at_line_start = False
        tokens.append(Token('pp-' + kind if in_directive else kind, value,
                            match.start(), match.end(), line))
    return tokens


class Mutant:
    def __init__(self, path, operator, start, end, replacement, line, function,
                 original):
        self.path, self.operator = path, operator
        self.start, self.end, self.replacement = start, end, replacement
        self.line, self.function, self.original = line, function, original
        self.key = None         # set by name_mutants()
        self.id = None

    def apply(self, text):
        return text[:self.start] + self.replacement + text[self.end:]


def is_operand_end(token, previous):
    """Whether token ends an operand, so that an operator after it is binary."""
    if token is None:
        return False
    kind = token.kind.replace('pp-', '')
    if kind in ('number', 'char', 'string') or token.text in (')', ']'):
        return True
    if kind == 'ident':
        if token.text in KEYWORDS:
            return False
        # A type name before '*' declares a pointer.
        if token.text.endswith('_t') or token.text == 'httpstatus_entry':
            return False
        if previous is not None and previous.text in ('struct', 'enum', 'union'):
            return False
        return True
    return False


def constant_replacements(token):
    """The constants one above and one below a literal, 0 and 1 swapped."""
    text = token.text
    kind = token.kind.replace('pp-', '')
    out = []
    if kind == 'number':
        digits = text.rstrip('uUlL')
        suffix = text[len(digits):]
        value = int(digits, 16) if digits[:2].lower() == '0x' else int(digits, 10)
        if digits.startswith('0') and len(digits) > 1 and digits[:2].lower() != '0x':
            return out          # octal: none in lib/
        for new in (value + 1, value - 1):
            if new < 0:
                continue
            spelled = ('0x%x' % new) if digits[:2].lower() == '0x' else str(new)
            out.append(spelled + suffix)
    elif kind == 'char':
        body = text[1:-1]
        escapes = {'\\0': 0, '\\t': 9, '\\n': 10, '\\r': 13, "\\'": 39, '\\\\': 92}
        if len(body) == 1:
            value = ord(body)
        elif body in escapes:
            value = escapes[body]
        else:
            return out
        for new in (value + 1, value - 1):
            if new < 0 or new > 255:
                continue
            if 0x20 <= new < 0x7f and chr(new) not in "'\\":
                out.append("'%s'" % chr(new))
            else:
                out.append("'\\x%02x'" % new)
    return out


def statement_end(tokens, i):
    """The index of the ';' that ends the statement starting at tokens[i]."""
    depth = 0
    for j in range(i, len(tokens)):
        text = tokens[j].text
        if text in '([{' and text:
            depth += 1
        elif text in ')]}':
            depth -= 1
            if depth < 0:
                return None
        elif text == ';' and depth == 0:
            return j
    return None


def find_mutants(path, text):
    """Every mutant of the file at path (relative to the source tree)."""
    tokens = tokenize(text)
    mutants = []
    # Scopes: a '{' opened after ')' is a function body; others are
    # initialisers, structs or blocks inside a function.
    stack = []          # (is_function_body, function_name)
    function = None
    previous = None     # the previous token outside preprocessor lines

    def add(operator, token_or_span, replacement):
        if isinstance(token_or_span, Token):
            start, end, line = token_or_span.start, token_or_span.end, token_or_span.line
        else:
            start, end, line = token_or_span
        mutants.append(Mutant(path, operator, start, end, replacement, line,
                              function or '(file scope)', text[start:end]))

    def operator_mutants(index, token, prev, prevprev):
        value = token.text
        kind = token.kind.replace('pp-', '')
        if kind in ('number', 'char'):
            for new in constant_replacements(token):
                add('constant', token, new)
            return
        if kind != 'punct':
            return
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        binary = is_operand_end(prev, prevprev)
        if value in RELATIONAL:
            for new in RELATIONAL[value]:
                add('relational', token, new)
        elif value in LOGICAL:
            for new in LOGICAL[value]:
                add('logical', token, new)
        elif value == '!':
            add('logical', token, '')
        elif value in ('++', '--'):
            for new in ARITHMETIC[value]:
                add('arithmetic', token, new)
        elif value in ARITHMETIC:
            if value in ('+', '-', '*', '&') and not binary:
                return          # unary, a dereference or an address
            if value == '*' and nxt is not None and nxt.text in (')', ','):
                return          # a pointer type in a cast or prototype
            for new in ARITHMETIC[value]:
                add('arithmetic', token, new)

    i = 0
    prevprev = None
    while i < len(tokens):
        token = tokens[i]
        if token.kind.startswith('pp-'):
            # #define NAME replacement: the replacement list is mutated.
            j = i
            directive = []
            while j < len(tokens) and tokens[j].kind.startswith('pp-') and \
                    tokens[j].line == token.line:
                directive.append(j)
                j += 1
            if len(directive) >= 3 and tokens[directive[1]].text == 'define':
                body = directive[3:]
                name = tokens[directive[2]]
                if body and tokens[body[0]].text == '(' and \
                        tokens[body[0]].start == name.end:
                    depth = 0
                    for k, index in enumerate(body):
                        depth += tokens[index].text == '('
                        depth -= tokens[index].text == ')'
                        if depth == 0:
                            body = body[k + 1:]
                            break
                saved = function
                function = '#define ' + name.text
                pp_prev = pp_prevprev = None
                for index in body:
                    operator_mutants(index, tokens[index], pp_prev, pp_prevprev)
                    pp_prevprev, pp_prev = pp_prev, tokens[index]
                function = saved
            i = j
            continue

        in_body = any(body for body, _ in stack)
        if token.text == '{':
            is_body = not stack and previous is not None and previous.text == ')'
            if is_body:
                # The function's name: the identifier before the '(' that
                # the ')' closes.
                depth, k = 0, i - 1
                while k >= 0:
                    if tokens[k].text == ')':
                        depth += 1
                    elif tokens[k].text == '(':
                        depth -= 1
                        if depth == 0:
                            break
                    k -= 1
                name = tokens[k - 1].text if k > 0 else '?'
                # __attribute__((...)) comes before the return type here,
                # so the identifier before the parameter list is the name.
                function = name
            stack.append((is_body, function if is_body else None))
        elif token.text == '}':
            if stack:
                stack.pop()
            if not stack:
                function = None
        elif in_body:
            operator_mutants(i, token, previous, prevprev)
            # Statement deletion and return-value replacement, for
            # statements that begin a line.
            starts_line = previous is None or previous.line != token.line
            after = previous is not None and (
                previous.text in (';', '{', '}', ')', ':') or previous.text == 'else')
            if starts_line and after:
                end = statement_end(tokens, i)
                if end is not None:
                    first = token.text
                    second = tokens[i + 1].text if i + 1 < len(tokens) else ''
                    span = (token.start, tokens[end].end, token.line)
                    declaration = (first in TYPE_WORDS or first.endswith('_t') or
                                   (token.kind == 'ident' and first not in KEYWORDS and
                                    (tokens[i + 1].kind == 'ident' or
                                     (second == '*' and i + 2 < len(tokens) and
                                      tokens[i + 2].kind == 'ident' and
                                      i + 3 < len(tokens) and
                                      tokens[i + 3].text in ('=', ';', ',')))))
                    if first == 'return':
                        expression = text[tokens[i + 1].start:tokens[end].start].strip() \
                            if end > i + 1 else ''
                        if expression:
                            for new in ('0', '1'):
                                if expression != new:
                                    add('return', span, 'return %s;' % new)
                    elif first in ('if', 'for', 'while', 'do', 'switch', 'case',
                                   'default', 'else', 'goto'):
                        pass
                    elif not declaration:
                        add('delete', span, ';')
        prevprev, previous = previous, token
        i += 1
    return mutants


def normalise(line):
    return ' '.join(line.split())


def describe(mutant):
    if mutant.operator == 'delete':
        return 'delete statement'
    if mutant.operator == 'return':
        return 'return value -> %s' % mutant.replacement[len('return '):-1]
    return '%s %s -> %s' % (mutant.operator, normalise(mutant.original),
                            mutant.replacement or '(removed)')


def name_mutants(mutants, text):
    """Give each mutant a key without line numbers: file, function, the
    text of its line (with [n] when that text recurs in the function), the
    change (with [n] when the same change applies more than once on the
    line)."""
    lines = text.split('\n')
    seen_lines = {}
    line_ordinal = {}
    for mutant in sorted(mutants, key=lambda m: m.line):
        line_text = normalise(lines[mutant.line - 1])
        if (mutant.line, mutant.function) not in line_ordinal:
            group = (mutant.function, line_text)
            seen_lines[group] = seen_lines.get(group, 0) + 1
            line_ordinal[(mutant.line, mutant.function)] = seen_lines[group]
    totals = {}
    for (line, function), ordinal in line_ordinal.items():
        group = (function, normalise(lines[line - 1]))
        totals[group] = max(totals.get(group, 0), ordinal)
    changes = {}
    for mutant in sorted(mutants, key=lambda m: m.start):
        line_text = normalise(lines[mutant.line - 1])
        ordinal = line_ordinal[(mutant.line, mutant.function)]
        if totals[(mutant.function, line_text)] > 1:
            line_text += ' [%d]' % ordinal
        change = describe(mutant)
        group = (mutant.function, line_text, change)
        changes[group] = changes.get(group, 0) + 1
        mutant.key = [mutant.path, mutant.function, line_text, change,
                      changes[group]]
    for mutant in mutants:
        function, line_text, change, n = mutant.key[1:]
        if changes[(function, line_text, change)] > 1:
            change += ' [%d]' % n
        mutant.key = (mutant.path, function, line_text, change)
        mutant.id = hashlib.sha1('\0'.join(mutant.key).encode()).hexdigest()[:12]


def key_text(key):
    return ' :: '.join(key)


def read_explained(path):
    """The explained survivors: key -> reason."""
    explained = {}
    if not os.path.exists(path):
        return explained
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            fields = line.split(' :: ')
            if len(fields) != 5 or not re.match(r'(equivalent|unreachable|sanitizer): \S',
                                                fields[4]):
                sys.exit('%s:%d: not FILE :: FUNCTION :: LINE :: CHANGE :: '
                         'equivalent|unreachable|sanitizer: REASON' % (path, number))
            explained[tuple(fields[:4])] = fields[4]
    return explained


def kill_session(session):
    """Kill every process of a session: the check framework puts each test
    in a process group of its own, which killing the command's group misses
    (a mutant's endless loop then outlives its run).  Linux's /proc."""
    os.killpg(session, signal.SIGKILL)
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % entry) as handle:
                fields = handle.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        # After the command's name: state, ppid, pgrp, session.
        if int(fields[3]) == session:
            try:
                os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass


def run(command, cwd, timeout, log=None):
    """Run command in a session of its own; (status, output), status None
    on a timeout (every process of the session is killed)."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    with RUNNING_LOCK:
        RUNNING.add(process)
    try:
        output, _ = process.communicate(timeout=timeout)
        return process.returncode, output.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        kill_session(process.pid)
        output, _ = process.communicate()
        return None, output.decode('utf-8', 'replace')
    finally:
        with RUNNING_LOCK:
            RUNNING.discard(process)


# The commands under way, each in a process group of its own, which an
# interrupted run ends rather than leaves building in a scratch directory.
RUNNING = set()
RUNNING_LOCK = threading.Lock()


def stop(signum, frame):
    with RUNNING_LOCK:
        for process in RUNNING:
            try:
                kill_session(process.pid)
            except OSError:
                pass
    os._exit(128 + signum)


KILLS = {}
KILLS_LOCK = threading.Lock()


class Worker:
    """A scratch build directory of its own, configured against the source
    tree, holding a copy of every file of lib/."""

    def __init__(self, number, args, lib_files):
        self.args = args
        self.dir = os.path.join(args.work, 'build-%d' % number)
        self.lib_files = lib_files

    def make(self, *targets, timeout=None):
        return run([self.args.make, '-s'] + list(targets), self.dir,
                   timeout or self.args.build_timeout)

    def setup(self):
        args = self.args
        configured = os.path.exists(os.path.join(self.dir, 'config.status'))
        os.makedirs(os.path.join(self.dir, 'lib'), exist_ok=True)
        for name in os.listdir(os.path.join(args.srcdir, 'lib')):
            source = os.path.join(args.srcdir, 'lib', name)
            copy = os.path.join(self.dir, 'lib', name)
            if os.path.isfile(source):
                with open(source, 'rb') as f:
                    data = f.read()
                if not os.path.exists(copy) or open(copy, 'rb').read() != data:
                    with open(copy, 'wb') as f:
                        f.write(data)
        if not configured:
            status, output = run([os.path.join(args.srcdir, 'configure'),
                                  '--disable-static'] + args.configure_args,
                                 self.dir, args.build_timeout)
            if status != 0:
                sys.exit('configure failed in %s:\n%s' % (self.dir, output[-3000:]))
        # The library, then every program the tests run, unmutated.
        status, output = self.make('all', 'check', 'TESTS=', timeout=3600)
        if status != 0:
            sys.exit('the unmutated build failed in %s:\n%s' % (self.dir, output[-3000:]))
        self.baseline = self.objects()
        start = time.time()
        status, output = run([self.args.make, '-s', '-o', 'lib/libhttpstatus.la', 'check',
                              'TESTS=' + self.args.tests], self.dir, 3600)
        if status != 0:
            sys.exit('the tests fail on the unmutated library in %s:\n%s'
                     % (self.dir, output[-3000:]))
        return time.time() - start

    def objects(self):
        """The library's objects without debugging information, which
        holds line and column numbers that a mutant may shift."""
        result = {}
        libs = os.path.join(self.dir, 'lib', '.libs')
        for name in sorted(os.listdir(libs)):
            if not name.endswith('.o'):
                continue
            stripped = os.path.join(self.dir, 'stripped.o')
            status, _ = run([self.args.objcopy, '--strip-debug',
                             os.path.join(libs, name), stripped], self.dir, 60)
            if status != 0:
                return None
            with open(stripped, 'rb') as f:
                result[name] = hashlib.sha1(f.read()).hexdigest()
            os.unlink(stripped)
        return result

    def test(self, timeout):
        """Each test in turn, the slowest last, stopping at the first that
        fails: most mutants are killed by the first few.  -o: the test
        programs load the shared library at run time and need not be linked
        again."""
        deadline = time.time() + timeout
        output = ''
        # The tests that have killed the most mutants first: neighbouring
        # mutants tend to fall to the same test.
        with KILLS_LOCK:
            order = sorted(self.args.test_list, key=lambda n: -KILLS.get(n, 0))
        for name in order:
            left = deadline - time.time()
            if left <= 0:
                return None, output
            status, out = run([self.args.make, '-s', '-o', 'lib/libhttpstatus.la', 'check',
                               'TESTS=' + name], self.dir, left)
            output += out
            if status != 0:
                with KILLS_LOCK:
                    KILLS[name] = KILLS.get(name, 0) + 1
                return status, output
        return 0, output

    def write(self, relative, text):
        path = os.path.join(self.dir, relative)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)

    def try_mutant(self, mutant, sources, timeout):
        # The previous mutant's file stays mutated until a mutant of another
        # file comes: rebuilding it unmutated in between would cost a compile.
        dirty = getattr(self, 'dirty', None)
        if dirty is not None and dirty != mutant.path:
            self.write(dirty, sources[dirty])
        self.dirty = mutant.path
        self.write(mutant.path, mutant.apply(sources[mutant.path]))
        status, output = self.make('lib/libhttpstatus.la')
        if status != 0:
            return {'status': 'invalid'}
        if self.args.equivalence and self.baseline is not None and \
                self.objects() == self.baseline:
            return {'status': 'equivalent'}
        status, output = self.test(timeout)
        if status is None:
            return {'status': 'killed', 'by': 'time limit'}
        if status != 0:
            failed = sorted(set(re.findall(r'^(?:FAIL|ERROR): (\S+)', output, re.M)))
            return {'status': 'killed', 'by': ' '.join(failed) or 'make check'}
        return {'status': 'survived'}


def fingerprint(paths):
    digest = hashlib.sha1()
    for top in paths:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                digest.update(path.encode())
                with open(path, 'rb') as f:
                    digest.update(f.read())
    return digest.hexdigest()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--srcdir', default=os.path.dirname(here),
                        help='the source tree (default: the one holding this script)')
    parser.add_argument('--work', default='mutation',
                        help='scratch builds and the state file (default: ./mutation)')
    parser.add_argument('--state', help='the state file (default: WORK/state.json)')
    parser.add_argument('--explained', help='default: SRCDIR/tools/mutation-explained.txt')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    parser.add_argument('--sample', type=int, help='test N mutants chosen by --seed')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--only', action='append', metavar='ID',
                        help='test only the mutant of this id (repeatable)')
    parser.add_argument('--file', action='append', dest='files',
                        help='mutate only this file of lib/ (repeatable)')
    parser.add_argument('--operator', action='append', dest='operators',
                        choices=['relational', 'arithmetic', 'logical', 'constant',
                                 'delete', 'return'])
    parser.add_argument('--tests', help='the tests to run, as make check\'s TESTS '
                        '(default: the check suites, the fuzz replay, the Python comparison)')
    parser.add_argument('--list', action='store_true', help='list the mutants and stop')
    parser.add_argument('--report', action='store_true',
                        help='report what the state file holds; test nothing')
    parser.add_argument('--no-equivalence', dest='equivalence', action='store_false',
                        help='do not skip mutants whose objects are the original\'s')
    parser.add_argument('--retest', action='store_true',
                        help='test every selected mutant again, whatever the state says')
    parser.add_argument('--timeout', type=float,
                        help='seconds for the tests of one mutant (default: 10 x the '
                        'unmutated run, at least 60)')
    parser.add_argument('--build-timeout', type=float, default=600)
    parser.add_argument('--make', default=os.environ.get('MAKE', 'make'))
    parser.add_argument('--objcopy', default=os.environ.get('OBJCOPY', 'objcopy'))
    parser.add_argument('configure_args', nargs='*',
                        help='arguments for configure, after --')
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    args.srcdir = os.path.abspath(args.srcdir)
    args.work = os.path.abspath(args.work)
    args.state = args.state or os.path.join(args.work, 'state.json')
    args.explained = args.explained or os.path.join(args.srcdir, 'tools',
                                                    'mutation-explained.txt')
    args.make = args.make.split()[0] if args.make.split() else 'make'

    lib = os.path.join(args.srcdir, 'lib')
    files = sorted('lib/' + name for name in os.listdir(lib)
                   if re.search(r'\.[ch]$', name) and not GENERATED.search(name))
    if args.files:
        wanted = [os.path.relpath(os.path.abspath(f), args.srcdir)
                  if os.path.exists(f) else f for f in args.files]
        unknown = [f for f in wanted if f not in files]
        if unknown:
            sys.exit('not a hand-written file of lib/: %s' % ', '.join(unknown))
        files = wanted

    sources = {}
    mutants = []
    for path in files:
        with open(os.path.join(args.srcdir, path), encoding='utf-8') as f:
            sources[path] = f.read()
        found = find_mutants(path, sources[path])
        # The same mutated file twice (a returned 0 moved to 1 by two
        # operators, say) is one mutant.
        unique = {}
        for m in found:
            unique.setdefault(m.apply(sources[path]), m)
        found = list(unique.values())
        name_mutants(found, sources[path])
        mutants += found
    if args.operators:
        mutants = [m for m in mutants if m.operator in args.operators]
    if args.only:
        mutants = [m for m in mutants if m.id in args.only]
    mutants.sort(key=lambda m: (m.path, m.start, m.replacement))
    if args.sample is not None and args.sample < len(mutants):
        chosen = set(random.Random(args.seed).sample(range(len(mutants)), args.sample))
        mutants = [m for i, m in enumerate(mutants) if i in chosen]
    explained = read_explained(args.explained)

    if args.list:
        for m in mutants:
            print('%s  %s:%d  %s' % (m.id, m.path, m.line, key_text(m.key)))
        print('%d mutants' % len(mutants))
        return 0

    state = {}
    if os.path.exists(args.state):
        with open(args.state, encoding='utf-8') as f:
            state = json.load(f)
    tests_print = fingerprint([os.path.join(args.srcdir, d) for d in ('tests', 'fuzz')])
    file_print = {path: hashlib.sha1(text.encode()).hexdigest()
                  for path, text in sources.items()}

    def current(mutant):
        """The stored result, if it still holds."""
        result = state.get(mutant.id)
        if result is None or args.retest or result.get('source') != file_print[mutant.path]:
            return None
        if result['status'] == 'survived' and result.get('tests') != tests_print:
            return None
        return result

    todo = [m for m in mutants if current(m) is None]
    print('%d mutants of %d files; %d to test, %d known from %s'
          % (len(mutants), len(files), len(todo), len(mutants) - len(todo), args.state),
          flush=True)

    if todo and not args.report:
        if not os.path.exists(os.path.join(args.srcdir, 'configure')):
            sys.exit('%s has no configure: run ./autogen.sh there first' % args.srcdir)
        if os.path.exists(os.path.join(args.srcdir, 'config.status')):
            sys.exit('%s is configured in place; the scratch builds are out of tree: '
                     'run make distclean there first' % args.srcdir)
        if shutil.which(args.objcopy) is None:
            args.equivalence = False
        os.makedirs(args.work, exist_ok=True)
        args.tests = args.tests or default_tests(args)
        with open(os.path.join(args.work, 'print-tests.mk'), 'w') as f:
            f.write('mutation-print-tests:\n\t@echo $(MUTATION_TESTS)\n')
        jobs = max(1, min(args.jobs, len(todo)))
        workers = [Worker(n, args, files) for n in range(jobs)]
        setup_times = [None] * jobs

        def set_up(n):
            setup_times[n] = workers[n].setup()
        threads = [threading.Thread(target=set_up, args=(n,)) for n in range(jobs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if any(t is None for t in setup_times):
            return 2
        args.test_list = expand_tests(args, workers[0].dir)
        timeout = args.timeout or max(60.0, 10 * max(setup_times))
        lock = threading.Lock()
        queue = list(todo)
        done = [0]

        def save():
            temporary = args.state + '.new'
            with open(temporary, 'w', encoding='utf-8') as f:
                json.dump(state, f, indent=0, sort_keys=True)
            os.replace(temporary, args.state)

        def work(worker):
            while True:
                with lock:
                    if not queue:
                        return
                    mutant = queue.pop(0)
                result = worker.try_mutant(mutant, sources, timeout)
                result.update(source=file_print[mutant.path], tests=tests_print,
                              key=list(mutant.key))
                with lock:
                    state[mutant.id] = result
                    save()
                    done[0] += 1
                    print('[%d/%d] %-10s %s:%d %s' % (done[0], len(todo), result['status'],
                                                       mutant.path, mutant.line,
                                                       describe(mutant)), flush=True)
        threads = [threading.Thread(target=work, args=(w,)) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    return report(args, mutants, state, sources, explained)


def default_tests(args):
    """The check suites, the fuzz replay and the Python comparison."""
    return '$(check_suites) tests/fuzz-replay.sh tests/python-compat.sh'


def expand_tests(args, build):
    """The tests one by one, as the build's Makefile expands the list, the
    slow ones (threads, the Python comparison) last."""
    status, output = run([args.make, '-s', '--no-print-directory', '-f', 'Makefile', '-f',
                          os.path.join(args.work, 'print-tests.mk'),
                          'mutation-print-tests', 'MUTATION_TESTS=' + args.tests],
                         build, 120)
    names = output.split() if status == 0 else []
    if not names:
        sys.exit('cannot list the tests in %s:\n%s' % (build, output))
    slow = ('threads', 'python', 'fuzz')
    return sorted(names, key=lambda n: any(word in n for word in slow))


def report(args, mutants, state, sources, explained):
    per_file = {}
    unexplained = []
    used = set()
    for m in mutants:
        result = state.get(m.id, {}).get('status', 'untested')
        counts = per_file.setdefault(m.path, {})
        if result == 'survived' and m.key in explained:
            used.add(m.key)
            kind = explained[m.key].split(':')[0]
            result = 'explained-' + kind
        counts[result] = counts.get(result, 0) + 1
        if result == 'survived':
            unexplained.append(m)
    print()
    print('%-20s %7s %6s %7s %10s %7s %8s %10s %11s %6s' % (
        'file', 'mutants', 'tested', 'invalid', 'equivalent', 'killed', 'survived',
        'explained', 'unexplained', 'score'))
    totals = {}
    for path in sorted(per_file):
        counts = per_file[path]
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
        print_row(path, counts)
    print_row('all', totals)
    if unexplained:
        print('\n%d survivors not explained in %s:' % (len(unexplained), args.explained))
        for m in unexplained:
            print('\n%s:%d (mutant %s)\n  %s :: equivalent|unreachable: REASON'
                  % (m.path, m.line, m.id, key_text(m.key)))
            original = sources[m.path]
            diff = difflib.unified_diff(original.splitlines(True),
                                        m.apply(original).splitlines(True),
                                        'a/' + m.path, 'b/' + m.path, n=2)
            sys.stdout.writelines('  ' + line for line in diff)
        return 1
    if args.sample is None and not args.files and not args.operators and not args.only:
        stale = [k for k in explained if k not in used and
                 not any(m.key == k for m in mutants
                         if state.get(m.id, {}).get('status') == 'survived')]
        for k in stale:
            print('note: explained, but no longer a survivor: %s' % key_text(k))
    return 0


def print_row(name, counts):
    tested = sum(v for k, v in counts.items() if k != 'untested')
    invalid = counts.get('invalid', 0)
    equivalent = counts.get('equivalent', 0) + counts.get('explained-equivalent', 0)
    # Out-of-bounds reads that only AddressSanitizer sees, killed in a
    # campaign configured --enable-sanitizers.
    killed = counts.get('killed', 0) + counts.get('explained-sanitizer', 0)
    explained = (counts.get('explained-equivalent', 0) + counts.get('explained-unreachable', 0) +
                 counts.get('explained-sanitizer', 0))
    survived = counts.get('survived', 0) + explained
    valid = tested - invalid - equivalent
    score = '%.1f%%' % (100.0 * killed / valid) if valid else '-'
    print('%-20s %7d %6d %7d %10d %7d %8d %10d %11d %6s' % (
        name, sum(counts.values()), tested, invalid, equivalent, killed, survived, explained,
        counts.get('survived', 0), score))


if __name__ == '__main__':
    sys.exit(main())
