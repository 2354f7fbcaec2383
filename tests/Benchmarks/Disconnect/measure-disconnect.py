"""Issue 15 item 4: what a large request costs the standalone simulator after its client gives up.

usage: measure-disconnect.py SubscriberSimulator.Tool.dll MODE [CASE-SUBSTRING]
MODE answered   the request answered: wall time and server CPU
     gaveup     the client closes GIVEUP seconds (default 0.5) after sending: server CPU after that
     sigterm    SIGTERM GIVEUP seconds (default 0.2) after sending, the client gone (or still
                connected with CONNECTED=1): time until the process exits
Each case starts a fresh server (port 0, demo seed, no rate limits). CPU is read from /proc.
"""
import base64, json, os, re, signal, socket, subprocess, sys, time
DLL = sys.argv[1]
TICK = os.sysconf('SC_CLK_TCK')

def start():
    p = subprocess.Popen(['dotnet', DLL, '--port', '0', '--no-rate-limits'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in p.stdout:
        m = re.search(r'listening on http://([0-9.]+):(\d+)', line)
        if m:
            return p, int(m.group(2))
    raise SystemExit('no start')

def cpu(pid):
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / TICK

def bodies():
    n = 400_000
    yield 'essential 400k properties', '/essential/v2/account/channels/essentialDemoChannel01/subscribers/upsert', \
        'Basic ' + base64.b64encode(b'essentialDemoAccount01:demo-token-essential').decode(), \
        '{"phone_number":"5009998091","properties":{' + ','.join(f'"k{i}":"v"' for i in range(n)) + '}}'
    yield 'sequenzy 160k tags', '/sequenzy/api/v1/subscribers', 'Bearer sk_live_sequenzy_demo', \
        '{"email":"big@example.com","tags":[' + ','.join(f'"t{i}"' for i in range(160_000)) + ']}'
    yield 'attentive 160k custom ids', '/attentive/v1/subscriptions', 'Bearer attentive-demo-token', \
        '{"user":{"phone":"+19148440001"},"signUpSourceId":"357276","externalIdentifiers":{"customIdentifiers":[' + \
        ','.join(f'{{"name":"n{i}","value":"v{i}"}}' for i in range(160_000)) + ']}}'

def more():
    yield 'essential 10 MB unknown keys', '/essential/v2/account/channels/essentialDemoChannel01/subscribers/upsert', \
        'Basic ' + base64.b64encode(b'essentialDemoAccount01:demo-token-essential').decode(), \
        '{"phone_number":"5009998091",' + ','.join(f'"x{i}":0' for i in range(800_000)) + '}'
    yield 'mta 10 MB array in a string field', '/mta/v3/subscribers', 'Bearer mta_demo_key', \
        '{"number":"9148442180","firstName":[' + ','.join('{"a":[1,2]}' for i in range(800_000)) + ']}'
    yield 'sequenzy 10 MB tags of 1k', '/sequenzy/api/v1/subscribers', 'Bearer sk_live_sequenzy_demo', \
        '{"email":"big@example.com","tags":[' + ','.join('"' + 'x'*9000 + f'{i}"' for i in range(1000)) + ']}'

def post(port, path, auth, body):
    """Sends the whole request on a new connection and returns the connection, unread."""
    data = body.encode()
    s = socket.create_connection(('127.0.0.1', port))
    s.sendall((f'POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\n'
               f'Content-Length: {len(data)}\r\n\r\n').encode() + data)
    return s

def settle(pid, since):
    # CPU until the process has been idle (< 20 ms CPU per 0.5 s) for 1.5 s.
    last, quiet, t0 = cpu(pid), 0, time.time()
    while quiet < 3 and time.time() - t0 < 180:
        time.sleep(0.5)
        now = cpu(pid)
        quiet = quiet + 1 if now - last < 0.02 else 0
        last = now
    return last - since, time.time() - t0 - 1.5

mode = sys.argv[2]
for name, path, auth, body in list(bodies()) + list(more()):
    if len(sys.argv) > 3 and sys.argv[3] not in name:
        continue
    p, port = start()
    time.sleep(1)
    settle(p.pid, 0)
    if mode == 'answered':
        c0, t0 = cpu(p.pid), time.time()
        s = post(port, path, auth, body)
        status = s.recv(64).split(b'\r\n')[0].decode()
        s.close()
        print(f'{name}: {len(body)/1e6:.1f} MB answered "{status}" in {time.time()-t0:.2f} s, CPU {cpu(p.pid)-c0:.2f} s', flush=True)
    elif mode == 'gaveup':
        c0 = cpu(p.pid)
        s = post(port, path, auth, body)
        time.sleep(float(os.environ.get('GIVEUP', '0.5')))
        s.close()
        c1 = cpu(p.pid)
        used, busy = settle(p.pid, c1)
        print(f'{name}: CPU before the client gave up {c1-c0:.2f} s, after {used:.2f} s (busy ~{busy:.1f} s)', flush=True)
    elif mode == 'sigterm':
        c0 = cpu(p.pid)
        held = post(port, path, auth, body)
        if not os.environ.get('CONNECTED'):
            held.close()
        time.sleep(float(os.environ.get('GIVEUP', '0.2')))
        print(f'CPU since the request {cpu(p.pid)-c0:.2f} s; ', end='')
        t0 = time.time()
        p.send_signal(signal.SIGTERM)
        p.wait(120)
        print(f'{name}: SIGTERM to exit {time.time()-t0:.2f} s (exit {p.returncode})', flush=True)
    p.kill(); out=p.stdout.read(); p.wait()
    if os.environ.get('SHOWLOG'): print(out[-3000:])
